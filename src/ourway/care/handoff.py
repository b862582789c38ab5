"""The therapist hand-off summary: built only from what each partner chose to include.

`build(handoff)` returns plain data for the printable page; `to_markdown(summary)` gives the
download. Nothing private goes in unless its owner ticked it: journal entries and check-in
words never do; check-ins appear as weekly numbers only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.accounts.middleware import zone_of
from ourway.care.models import Handoff, HandoffChoice

TREND_WEEKS = 12
TALK_DAYS = 180


@dataclass
class PersonPart:
    name: str
    manual: list[tuple[str, str]] | None = None  # (question, answer); None = not chosen
    manual_missing: bool = False  # chosen, but the manual is not available in this install
    agreements: list[tuple[str, str]] | None = None  # (date, text)
    closeness: list[tuple[str, str]] | None = None  # (week of, average or "-")


@dataclass
class Summary:
    names: list[str]
    made: str
    people: list[PersonPart] = field(default_factory=list)
    talks: dict[str, int] | None = None


def manual_answers(person: Any, *, together: bool) -> list[tuple[str, str]] | None:
    """The person's own answers in the user manual, via `ourway.manual.document.build`.

    Answers written together are added only when `together` (both partners ticked the
    manual). None when the manual app is not installed.
    """
    try:
        from ourway.manual.document import build as build_manual
    except ImportError:
        return None
    found = []
    for section in build_manual(person).sections:
        if section.is_together:
            text = section.together.text if (together and section.together) else ""
        else:
            text = section.mine.text if section.mine else ""
        if text:
            found.append((str(section.title), str(text)))
    return found


def _agreements(handoff: Handoff, person: Any) -> list[tuple[str, str]]:
    try:
        from ourway.talk.models import Agreement
    except ImportError:
        return []
    rows = Agreement.objects.filter(couple=handoff.couple, author=person).order_by("created")
    # The day on the writer's own clock, not the server's (nor the reader's).
    zone = zone_of(person)
    return [(timezone.localdate(a.created, zone).isoformat(), a.text) for a in rows]


def _closeness(person: Any) -> list[tuple[str, str]]:
    try:
        from ourway.checkins.trends import weekly_closeness
    except ImportError:
        return []
    points = weekly_closeness(person, weeks=TREND_WEEKS)
    return [
        (p.week_start.isoformat(), f"{p.average:.1f}" if p.average is not None else "–")
        for p in points
    ]


def _talks(handoff: Handoff) -> dict[str, int]:
    try:
        from ourway.talk.models import RepairSession, Status
    except ImportError:
        return {"ended": 0, "with_agreement": 0}
    since = timezone.now() - timedelta(days=TALK_DAYS)
    sessions = RepairSession.objects.filter(
        couple=handoff.couple, status=Status.ENDED, ended_at__gte=since
    ).prefetch_related("turns", "agreements")
    ended = list(sessions)
    return {"ended": len(ended), "with_agreement": sum(s.ended_with_agreement for s in ended)}


def build(handoff: Handoff) -> Summary:
    """The summary of a ready hand-off (both partners said yes). The caller checks readiness."""
    consents = sorted(handoff.consents.select_related("person"), key=lambda c: c.person.name)
    summary = Summary(
        names=[c.person.name for c in consents],
        made=timezone.localdate().isoformat(),
    )
    both_manual = len(consents) == 2 and all(c.includes(HandoffChoice.MANUAL) for c in consents)
    for index, consent in enumerate(consents):
        part = PersonPart(name=consent.person.name)
        if consent.includes(HandoffChoice.MANUAL):
            # Answers written together appear once, with the first person.
            together = both_manual and index == 0
            part.manual = manual_answers(consent.person, together=together)
            part.manual_missing = part.manual is None
            part.manual = part.manual or []
        if consent.includes(HandoffChoice.AGREEMENTS):
            part.agreements = _agreements(handoff, consent.person)
        if consent.includes(HandoffChoice.CHECKINS):
            part.closeness = _closeness(consent.person)
        summary.people.append(part)
    # Counts about conversations belong to both: only when both ticked them.
    if consents and all(c.includes(HandoffChoice.TALKS) for c in consents):
        summary.talks = _talks(handoff)
    return summary


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.splitlines())


def to_markdown(summary: Summary) -> str:
    lines = [
        "# " + _("For our therapist"),
        "",
        _("Prepared with OurWay by %(names)s on %(date)s. Both of us agreed to share this;")
        % {"names": _(" and ").join(summary.names), "date": summary.made},
        _("each of us chose what of ours is included."),
        "",
    ]
    if summary.talks is not None:
        lines += [
            "## " + _("Our repair conversations (last six months)"),
            "",
            _("- Conversations finished: %(n)s") % {"n": summary.talks["ended"]},
            _("- Ended with feeling heard and an agreement: %(n)s")
            % {"n": summary.talks["with_agreement"]},
            "",
        ]
    for part in summary.people:
        lines += ["## " + _("From %(name)s") % {"name": part.name}, ""]
        if part.manual is not None:
            lines += ["### " + _("My answers in our user manual"), ""]
            if part.manual_missing:
                lines += [_("(The user manual is not available on this OurWay.)"), ""]
            for question, answer in part.manual:
                lines += [f"**{question}**", "", _quote(answer), ""]
        if part.agreements is not None:
            lines += ["### " + _("Agreements I made"), ""]
            lines += [f"- {day}: {text}" for day, text in part.agreements] or [_("(none yet)")]
            lines += [""]
        if part.closeness is not None:
            lines += [
                "### " + _("How close I felt, week by week (1 = far apart, 5 = very close)"),
                "",
                "| " + _("Week of") + " | " + _("Average") + " |",
                "|---|---|",
            ]
            lines += [f"| {week} | {value} |" for week, value in part.closeness]
            lines += [""]
        if part.manual is None and part.agreements is None and part.closeness is None:
            lines += [_("(Nothing chosen.)"), ""]
    return "\n".join(lines).rstrip() + "\n"
