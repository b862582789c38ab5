from __future__ import annotations

from typing import Any

import pytest

from ourway.couples.access import couple_of


@pytest.fixture
def talk(cast: Any) -> Any:
    """A two-device conversation Ana started, Ben joined, Ana speaking first."""
    from ourway.talk.models import RepairSession

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic="the weekend plans", mode="two_devices", speaker=cast.a
    )
    session.join(cast.b)
    return session


def full_turn(
    session: Any, speaker: Any, listener: Any, words: str = "When the plans changed, I felt lonely."
) -> Any:
    """One turn all the way to the deep why; returns the turn."""
    turn = session.share(speaker, version=session.version, statement=words)
    session.reflect(
        listener,
        version=session.version,
        text="What I hear is that you felt lonely. Did I get that?",
    )
    session.confirm(speaker, version=session.version)
    session.choose_need(speaker, version=session.version, need="priority")
    return turn
