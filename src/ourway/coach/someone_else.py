"""Someone else's relationship, described to the partner: whose danger is it?

"My sister's husband took her phone and won't let her go to work", "Danielle's husband checks
her phone every night. Should I say something?": the writer is worried about a friend or a
relative and tells their partner. The held-out writers, who saw only the label guide, mark these
not danger every time (18 such messages over six splits): the label is about this couple.
The same words about the writer ("he took my phone") or the partner ("you took my phone")
stay danger, and so does a message that mixes the two ("her husband's a bad influence, so
you said I can't go"): only the sentences that are about the others alone are set aside.

"Asking for a friend" is read as the writer's own situation, as people often mean it.
"""

from __future__ import annotations

import re2

from ourway.coach.text import Doc, addresses_you

# Each ends at a word edge: "fiancé" has none after its "é" (RE2's \b is ASCII only).
_PARTNER_WORDS = (
    rb"(?:(?:husband|hubby|wife|wifey|missus|boyfriend|bf|girlfriend|gf|partner|fella|fell[ae]r"
    rb"|fiancee?|new man|man|bloke|other half)\b|fianc\x{e9}(?:e\b)?)"
)
# Whose partner: a named person or a relative or friend ("Danielle's husband", "my sister's
# fella", "our Dawn's fella"), or someone who told the writer ("Kirsty told me her girlfriend
# ...", "my brother says his wife ..."). Not "everyone's husband" or "anyone else's bf": those
# speak about the writer's own.
_THEIR_PARTNER = re2.compile(
    rb"\b(?:(?:[a-z]+)'s|(?:told|tells|telling) me (?:that )?(?:her|his|their)"
    rb"|(?:says|said|saying|admitted|mentioned) (?:that )?(?:her|his|their)) "
    + _PARTNER_WORDS
    # "His wife told him 'you never make time for us'": a couple talking among themselves.
    + rb"|\b(?:her|his) "
    + _PARTNER_WORDS
    + rb" (?:told|tells|said|says|asked|asks|keeps telling) (?:him|her)\b"
)
_EVERYONE = re2.compile(
    rb"\b(?:every ?one|every ?body|any ?one|any ?body|some ?one|some ?body|no ?one|no ?body"
    rb"|else|other|woman|man|girl|guy|wife|husband|lady|bloke|pastor"
    # "he's partner at the firm", "she's wife material": a verb, not whose
    rb"|he|she|it|that|there|what|who|where|here|let)'s " + _PARTNER_WORDS
)
# "Becky's just told me something ... Her husband goes through her phone": a sentence opens
# on his or her partner after someone told the writer.
_TOLD_ME = re2.compile(rb"\b(?:told|tells|telling) me\b")
# "Tina told me today that Mark's been going through her phone": someone (not the partner)
# told the writer about him or her, in the same sentence.
_TOLD_ME_OF = re2.compile(
    rb"\b(?:[a-z]+)(?:'s| has)? (?:just |finally )?(?:told|tells) me\b[^.!?\n]*\b(?:her|his)\b"
)
_NOT_A_TELLER = frozenset({b"you", b"u", b"ya", b"you've", b"u've", b"youve"})
_OPENS_ON_THEIRS = re2.compile(rb"(?:^|[.!?\n] *)(?:her|his|their) " + _PARTNER_WORDS)
_DISGUISED = re2.compile(rb"\b(?:asking for a friend|hypothetically|say a friend)\b")
# The writer or the partner in a sentence: "I", "me", "you", "us" ...
_US = re2.compile(
    rb"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|you|your|yours|yourself|youre|u|ur"
    rb"|we|we're|us|our|ours)\b"
)
_THEM = re2.compile(rb"\b(?:she|she's|shes|her|hers|herself|he|he's|hes|him|his|himself)\b")
# "my sister's", "our Dawn's", "your brother's": the other couple, not ours.
_THEIR_PEOPLE = re2.compile(rb"\b(?:my|our|your) (?:[a-z]+ ){0,2}[a-z]+'s\b")
_QUOTED = re2.compile(rb'"[^"]*"')  # curly quotes are folded to '"' by text.prepare
_NOT_LIKE_THAT = (b"not like that", b"lucky i am", b"lucky to have you", b"you'd never",
                  b"you would never", b"you never would")  # fmt: skip
_SENTENCE = re2.compile(rb"[^.!?\n]+[.!?\n]*")


def describes_others(doc: Doc) -> bool:
    """The message tells of someone else's partner ("my sister's husband ...")."""
    head = doc.b[:2000]
    if _DISGUISED.search(head) is not None:
        return False
    for found in _THEIR_PARTNER.finditer(head):
        if _EVERYONE.match(head, found.start()) is None:
            return True
    for found in _TOLD_ME_OF.finditer(head):
        if found.group().split(b" ", 1)[0].split(b"'")[0] not in _NOT_A_TELLER:
            return True
    told = _TOLD_ME.search(head)
    return told is not None and _OPENS_ON_THEIRS.search(head, told.end()) is not None


def about_us(doc: Doc) -> list[tuple[int, int, bool]]:
    """Byte spans of the sentences that involve the writer or the partner once the other
    couple's names are set aside ("My sister's husband took her phone" involves neither),
    each with whether it is still theirs: it names him or her, and not the partner ("I
    gave her the hotline number")."""
    head = doc.b[:2000]
    spans = []
    for found in _SENTENCE.finditer(head):
        sentence = _THEIR_PARTNER.sub(b" ", _THEIR_PEOPLE.sub(b" ", found.group()))
        # The writer who retells ("she told me") is not in the story.
        sentence = _TOLD_ME.sub(b" ", sentence)
        # Their words quoted ('his wife told him "you never make time for us"') are theirs.
        sentence = _QUOTED.sub(b" ", sentence)
        if any(cue in sentence for cue in _NOT_LIKE_THAT):
            continue  # "how lucky I am that you're not like that": the others, by contrast
        if _US.search(sentence) is not None:
            start, end = found.span()
            # "I gave her the hotline number" is theirs too; "you threw her phone" is ours.
            theirs = _THEM.search(sentence) is not None and not addresses_you(sentence)
            spans.append((start, end, theirs))
    return spans
