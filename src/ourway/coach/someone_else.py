"""Someone else's relationship, described to the partner: whose danger is it?

"My sister's husband took her phone and won't let her go to work", "Danielle's husband checks
her phone every night. Should I say something?": the writer is worried about a friend or a
relative and tells their partner. Every held-out writer who saw only the label guide marks
these not danger (15 of 15 such messages over ten writers): the label is about this couple.
The same words about the writer ("he took my phone") or the partner ("you took my phone")
stay danger, and so does a message that mixes the two ("her husband's a bad influence, so
you said I can't go"): only the sentences that are about the others alone are set aside.

"Asking for a friend" is read as the writer's own situation, as people often mean it.
"""

from __future__ import annotations

import re2

from ourway.coach.text import Doc

_PARTNER_WORDS = (
    rb"(?:husband|hubby|wife|wifey|missus|boyfriend|bf|girlfriend|gf|partner|fella|fell[ae]r"
    rb"|fiancee?|fianc\xc3\xa9e?|new man|man|bloke|other half)"
)
# Whose partner: a named person or a relative or friend ("Danielle's husband", "my sister's
# fella", "our Dawn's fella"), or someone who told the writer ("Kirsty told me her girlfriend
# ...", "my brother says his wife ..."). Not "everyone's husband" or "anyone else's bf": those
# speak about the writer's own.
_THEIR_PARTNER = re2.compile(
    rb"\b(?:(?:[a-z]+)'s|(?:told|tells|telling) me (?:that )?(?:her|his|their)"
    rb"|(?:says|said|saying|admitted|mentioned) (?:that )?(?:her|his|their)) "
    + _PARTNER_WORDS
    + rb"\b"
)
_EVERYONE = re2.compile(
    rb"\b(?:every ?one|every ?body|any ?one|any ?body|some ?one|some ?body|no ?one|no ?body"
    rb"|else|other|woman|man|girl|guy|wife|husband|lady|bloke|pastor)'s " + _PARTNER_WORDS
)
# "Becky's just told me something ... Her husband goes through her phone": a sentence opens
# on his or her partner after someone told the writer.
_TOLD_ME = re2.compile(rb"\b(?:told|tells|telling) me\b")
_OPENS_ON_THEIRS = re2.compile(rb"(?:^|[.!?\n] *)(?:her|his|their) " + _PARTNER_WORDS + rb"\b")
_DISGUISED = re2.compile(rb"\b(?:asking for a friend|hypothetically|say a friend)\b")
# The writer or the partner in a sentence: "I", "me", "you", "us" ...
_US = re2.compile(
    rb"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|you|your|yours|yourself|youre|u|ur"
    rb"|we|we're|us|our|ours)\b"
)
# "my sister's", "our Dawn's", "your brother's": the other couple, not ours.
_THEIR_PEOPLE = re2.compile(rb"\b(?:my|our|your) (?:[a-z]+ ){0,2}[a-z]+'s\b")
_SENTENCE = re2.compile(rb"[^.!?\n]+[.!?\n]*")


def describes_others(doc: Doc) -> bool:
    """The message tells of someone else's partner ("my sister's husband ...")."""
    head = doc.b[:2000]
    if _DISGUISED.search(head) is not None:
        return False
    for found in _THEIR_PARTNER.finditer(head):
        if _EVERYONE.match(head, found.start()) is None:
            return True
    told = _TOLD_ME.search(head)
    return told is not None and _OPENS_ON_THEIRS.search(head, told.end()) is not None


def about_us(doc: Doc) -> list[tuple[int, int]]:
    """Byte spans of the sentences that involve the writer or the partner once the other
    couple's names are set aside ("My sister's husband took her phone" involves neither)."""
    head = doc.b[:2000]
    spans = []
    for found in _SENTENCE.finditer(head):
        sentence = _THEIR_PARTNER.sub(b" ", _THEIR_PEOPLE.sub(b" ", found.group()))
        if _US.search(sentence) is not None:
            spans.append(found.span())
    return spans
