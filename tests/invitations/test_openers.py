"""The openers library: pure data, no database."""

from __future__ import annotations

from ourway.coach import analyze
from ourway.content.openers import NOT_YET_NOTES, OPENERS, SITUATIONS, grouped, opener


def test_there_are_at_least_24_openers_in_at_least_six_situations():
    assert len(OPENERS) >= 24
    assert len(SITUATIONS) >= 6
    assert all(items for _situation, items in grouped())


def test_every_opener_has_a_unique_key_and_a_known_situation():
    keys = [o.key for o in OPENERS]
    assert len(keys) == len(set(keys))
    assert {o.situation for o in OPENERS} <= {s.key for s in SITUATIONS}
    assert opener("no-such-opener") is None


def test_no_opener_or_note_trips_the_coach():
    for text in [o.text for o in OPENERS] + [n.text for n in NOT_YET_NOTES]:
        result = analyze(text)
        assert not result.harsh_startup, text
        assert not result.blame, text
        assert not result.horsemen, text
        assert not result.fine_shield, text


def test_openers_do_not_copy_the_seed_article():
    from pathlib import Path

    seed = Path("/work/shared/seed/relationship-reset.txt")
    if not seed.exists():
        return
    article = seed.read_text().lower()
    for item in OPENERS:
        assert item.text.lower()[:40] not in article, item.key


def test_content_imports_no_django():
    import ast
    import inspect

    import ourway.content.openers as module

    tree = ast.parse(inspect.getsource(module))
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not any(name.startswith("django") for name in imported)
