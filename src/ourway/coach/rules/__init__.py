"""All of the coach's rules, grouped by label. Order matters only for display."""

from __future__ import annotations

from ourway.coach.rulebase import Rule
from ourway.coach.rules import (
    apology,
    blame,
    danger,
    danger_control,
    danger_quiet,
    horsemen,
    horsemen_more,
    ifeel,
    listening,
    logistics,
    openings,
    turn,
)

ALL_RULES: tuple[Rule, ...] = (
    *danger.RULES,
    *danger_control.RULES,
    *danger_quiet.RULES,
    *blame.RULES,
    *horsemen.RULES,
    *horsemen_more.RULES,
    *openings.RULES,
    *ifeel.RULES,
    *apology.RULES,
    *listening.RULES,
    *logistics.RULES,
    *turn.RULES,
)


def by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in ALL_RULES}
