"""The I-feel builder and the feelings vocabulary behind it."""

from __future__ import annotations

from ourway.coach import build_i_feel, feelings


def _codes(built) -> list[str]:
    return [p.code for p in built.problems]


def test_a_good_statement_has_no_problems() -> None:
    built = build_i_feel("you worked late on Friday", "lonely", "I'm not a priority")
    assert built.ok
    assert built.statement == (
        "When you worked late on Friday, I feel lonely, because I interpret it as "
        "I'm not a priority."
    )


def test_a_faux_feeling_gets_real_feelings_and_needs() -> None:
    built = build_i_feel("you looked at your phone at dinner", "ignored", "I don't matter")
    (problem,) = built.problems
    assert problem.code == "faux_feeling"
    assert problem.part == "emotion"
    assert problem.suggestions == ("lonely", "hurt")
    assert "heard" in problem.message


def test_a_generalisation_is_flagged() -> None:
    built = build_i_feel("you ALWAYS work late", "sad", "work comes first")
    assert _codes(built) == ["generalisation"]


def test_empty_parts_and_thoughts_are_flagged() -> None:
    assert _codes(build_i_feel("", "", "")) == ["empty", "empty", "empty"]
    assert _codes(build_i_feel("you left", "like you don't care", "x")) == ["thought"]
    assert _codes(build_i_feel("you left", "zorbish", "x")) == ["unknown_feeling"]
    assert _codes(build_i_feel("you left", "sad", "you're so selfish")) == ["judgement"]


def test_families_hold_real_feelings_only() -> None:
    fams = feelings.families()
    assert {"sad", "scared", "angry", "happy"} <= set(fams)
    for words in fams.values():
        for word in words:
            assert feelings.lookup(word).kind == "real", word


def test_every_faux_feeling_maps_to_real_feelings_and_known_needs() -> None:
    for word, entry in feelings.faux().items():
        assert entry.feelings, word
        assert entry.needs, word
        for real in entry.feelings:
            assert feelings.lookup(real).kind == "real", (word, real)
        assert set(entry.needs) <= set(feelings.needs()), word


def test_the_picker_offers_a_kind_list_from_each_family() -> None:
    offered, fams = feelings.offered(), feelings.families()
    assert list(offered) == list(fams)
    for family, words in offered.items():
        assert words, family
        assert len(set(words)) == len(words), family
        assert set(words) <= set(fams[family]), family
    everything = [word for words in offered.values() for word in words]
    assert len(set(everything)) == len(everything)
    assert len(everything) < len(feelings.real_words())
    for coarse in ("crap", "rubbish", "pissed off", "knackered", "stupid"):
        assert coarse not in everything, coarse


def test_words_a_picker_leaves_out_are_still_recognised_as_feelings() -> None:
    assert feelings.lookup("crap").family == "sad"
    assert feelings.lookup("pissed off").family == "angry"
    assert "pissed off" in feelings.real_words()
    assert build_i_feel("you left the party early", "pissed off", "I don't matter").ok
    assert feelings.offered()["sad"][:3] == feelings.families()["sad"][:3]


def test_every_feeling_the_builder_suggests_can_be_picked() -> None:
    # The page's "Perhaps: lonely" buttons choose the word in the picker: it must be there.
    offered = {word for words in feelings.offered().values() for word in words}
    tries = [*feelings.faux_words(), "like you don't care", "zorbish", ""]
    suggested = {
        word
        for emotion in tries
        for problem in build_i_feel("you left", emotion, "x").problems
        for word in problem.suggestions
    }
    assert suggested
    assert suggested <= offered, sorted(suggested - offered)


def test_lookup_forgives_case_and_spacing() -> None:
    assert feelings.lookup("  Left   OUT ").word == "left out"
    assert feelings.lookup("pizza") is None
    assert feelings.lookup("manipulated").imputes_intent is True
    assert feelings.lookup("unappreciated").imputes_intent is False
