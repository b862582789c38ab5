"""Word differences: a plain function, no database."""

from ourway.manual.diffing import changed, word_diff


def test_an_added_word_is_marked_added_and_the_rest_kept():
    assert word_diff("we take a pause", "we take a long pause") == [
        ("same", "we take a "),
        ("add", "long "),
        ("same", "pause"),
    ]


def test_a_replaced_word_shows_what_went_and_what_came():
    segments = word_diff("give me space", "give me a hug")
    assert ("del", "space") in segments
    assert ("add", "a hug") in segments


def test_joining_the_kept_and_added_parts_gives_the_new_text():
    before, after = "Ask me first.\nNot at night.", "Ask me first, gently.\nNever at night."
    segments = word_diff(before, after)
    assert "".join(t for op, t in segments if op != "del") == after
    assert "".join(t for op, t in segments if op != "add") == before


def test_the_same_text_has_no_changes():
    assert not changed(word_diff("same words", "same words"))


def test_markup_is_kept_as_plain_text_for_the_template_to_escape():
    assert word_diff("", "<script>x</script>") == [("add", "<script>x</script>")]
