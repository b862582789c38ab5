"""The manual as one document: what the page, the printable page, the Markdown export and
the API all show. Built in a fixed, small number of queries whatever its history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from ourway.content.manual import AGREEMENTS_HELP, AGREEMENTS_TITLE, QUESTIONS, ManualQuestion
from ourway.couples.access import partner_of
from ourway.manual.editing import manual_of
from ourway.manual.models import JointAnswer, Manual, ManualAgreement, ManualAnswer
from ourway.talk.models import Agreement


@dataclass
class Section:
    question: ManualQuestion
    title: str
    prompt: str
    help: str
    ideas: list[str]
    mine: ManualAnswer | None = None
    theirs: ManualAnswer | None = None
    together: JointAnswer | None = None

    @property
    def key(self) -> str:
        return self.question.key

    @property
    def is_together(self) -> bool:
        return self.question.kind == "together"


@dataclass
class AgreementLine:
    text: str
    author: str
    created: datetime
    source: str  # "manual" or "conversation"
    id: int | None = None  # for manual agreements, which can be retired


@dataclass
class Document:
    me: Any
    partner: Any
    sections: list[Section]
    agreements: list[AgreementLine] = field(default_factory=list)
    manual: Manual | None = None

    @property
    def review_due(self) -> bool:
        if self.manual is None:
            return False
        if self.manual.last_reviewed_on is None:
            # Never reviewed: ask once there is something to read together.
            return self.partner is not None and self.has_content
        return self.manual.review_due()

    @property
    def next_review(self) -> date | None:
        return self.manual.next_review() if self.manual else None

    @property
    def has_content(self) -> bool:
        return bool(self.agreements) or any(
            (s.mine and s.mine.text)
            or (s.theirs and s.theirs.text)
            or (s.together and s.together.text)
            for s in self.sections
        )


def build(user: Any) -> Document:
    partner = partner_of(user)
    answers = ManualAnswer.objects.visible_to(user)
    personal = {(a.owner_id, a.question): a for a in answers}
    joint = {
        a.question: a for a in JointAnswer.objects.in_couple_of(user).select_related("last_editor")
    }
    sections = []
    for q in QUESTIONS:
        section = Section(q, _(q.title), _(q.prompt), _(q.help), [_(idea) for idea in q.ideas])
        if q.kind == "personal":
            section.mine = personal.get((user.pk, q.key))
            section.theirs = personal.get((partner.pk, q.key)) if partner else None
        else:
            section.together = joint.get(q.key)
        sections.append(section)
    doc = Document(me=user, partner=partner, sections=sections, manual=manual_of(user))
    doc.agreements = _agreements(user)
    return doc


def _agreements(user: Any) -> list[AgreementLine]:
    lines = [
        AgreementLine(a.text, a.author.name, a.created, "manual", a.pk)
        for a in ManualAgreement.objects.in_couple_of(user)
        .filter(retired_at__isnull=True)
        .select_related("author")
    ]
    lines += [
        AgreementLine(a.text, a.author.name, a.created, "conversation")
        for a in Agreement.objects.in_couple_of(user).select_related("author")
    ]
    return sorted(lines, key=lambda line: line.created)


def _quoted(text: str) -> str:
    """An answer as a Markdown block quote, so a person's own "#" or "-" stays their text."""
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines()) or ">"


def to_markdown(doc: Document) -> str:
    me, partner = doc.me.name, doc.partner.name if doc.partner else None
    title = (
        _("Our user manual: %(a)s and %(b)s") % {"a": me, "b": partner}
        if partner
        else _("My user manual: %(a)s") % {"a": me}
    )
    out = [f"# {title}", "", _("Written with OurWay on %(day)s.") % {"day": timezone.localdate()}]
    if doc.manual and doc.manual.last_reviewed_on:
        out.append(_("Last reviewed together: %(day)s.") % {"day": doc.manual.last_reviewed_on})
    for section in doc.sections:
        out += ["", f"## {section.title}", "", f"*{section.prompt}*"]
        if section.is_together:
            text = section.together.text if section.together else ""
            out += ["", _quoted(text) if text else _("(not written yet)")]
            continue
        for name, answer in ((me, section.mine), (partner, section.theirs)):
            if name is None:
                continue
            out += ["", f"### {name}", ""]
            out.append(_quoted(answer.text) if answer and answer.text else _("(not written yet)"))
    out += ["", f"## {_(AGREEMENTS_TITLE)}", "", f"*{_(AGREEMENTS_HELP)}*", ""]
    if doc.agreements:
        out += [f"- {' '.join(line.text.split())} ({line.author})" for line in doc.agreements]
    else:
        out.append(_("(none yet)"))
    return "\n".join(out) + "\n"
