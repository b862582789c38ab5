from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ourway.content.openers import NOT_YET_NOTES
from ourway.invitations.models import (
    MAX_INVITATION_CHARS,
    MOST_AHEAD,
    READINESS_ITEMS,
    Action,
    InvitationProblem,
    check_time,
)
from ourway.text import clean_text
from ourway.web.forms import CleanTextField

PICKER_FORMAT = "%Y-%m-%dT%H:%M"
NOTE_NEEDED = gettext_lazy("Pick one of the notes, so your answer lands gently.")


def picker_bounds() -> dict[str, str]:
    """`min` and `max` for a date-time picker, in the person's own zone: from now (a past
    time cannot be picked) to two months ahead, the times `check_time` accepts."""
    now = timezone.localtime()
    return {
        "min": now.strftime(PICKER_FORMAT),
        "max": (now + MOST_AHEAD).strftime(PICKER_FORMAT),
    }


def _time_widget() -> forms.DateTimeInput:
    return forms.DateTimeInput(attrs={"type": "datetime-local"}, format=PICKER_FORMAT)


def _checked_time(value: Any) -> Any:
    try:
        return check_time(value)
    except InvitationProblem as problem:
        raise forms.ValidationError(problem.message) from problem


class ComposeForm(forms.Form):
    text = CleanTextField(
        label=gettext_lazy("Your invitation"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=gettext_lazy(
            "Start with how you feel or what you miss, and ask. Pick an opener below if the "
            "words will not come."
        ),
    )
    proposed_for = forms.DateTimeField(
        label=gettext_lazy("Suggest a time (optional)"),
        required=False,
        widget=_time_widget(),
        help_text=gettext_lazy("Leave it empty to let your partner choose."),
    )
    opener_key = forms.CharField(required=False, widget=forms.HiddenInput)
    token = forms.CharField(max_length=64, widget=forms.HiddenInput)
    send_anyway = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_text(self) -> str:
        text = clean_text(self.cleaned_data.get("text") or "")
        if not text:
            raise forms.ValidationError(
                _("The invitation is empty. A sentence or two is enough, or pick an opener below.")
            )
        if len(text) > MAX_INVITATION_CHARS:
            raise forms.ValidationError(
                _(
                    "This is %(count)s characters long; an invitation holds up to %(max)s. "
                    "Your words are still here: keep the heart of it, and save the rest for "
                    "the conversation itself."
                )
                % {"count": f"{len(text):,}", "max": f"{MAX_INVITATION_CHARS:,}"}
            )
        return text

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["proposed_for"].widget.attrs.update(picker_bounds())

    def clean_proposed_for(self) -> Any:
        return _checked_time(self.cleaned_data.get("proposed_for"))


class RespondForm(forms.Form):
    """One answer to `invitation`: accept (at the suggested time, or at `at` when none was
    suggested), propose another time, or not yet with one of the preset notes."""

    action = forms.ChoiceField(choices=Action.choices, widget=forms.HiddenInput)
    at = forms.DateTimeField(label=gettext_lazy("Time"), required=False, widget=_time_widget())
    note_key = forms.ChoiceField(
        label=gettext_lazy("A note to go with it"),
        choices=[(n.key, gettext_lazy(n.text)) for n in NOT_YET_NOTES],
        required=False,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": NOTE_NEEDED},
    )

    def __init__(self, *args: Any, invitation: Any = None, **kwargs: Any) -> None:
        self.invitation = invitation
        super().__init__(*args, **kwargs)

    def clean_at(self) -> Any:
        return _checked_time(self.cleaned_data.get("at"))

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        action = cleaned.get("action")
        suggested = self.invitation is not None and self.invitation.proposed_for is not None
        no_time = cleaned.get("at") is None and "at" not in self.errors
        if action == Action.ACCEPT and not suggested and no_time:
            self.add_error("at", _("Pick a time that suits you, so you both know when."))
        elif action == Action.PROPOSE and no_time:
            self.add_error("at", _("Pick the time you would like instead."))
        elif (
            action == Action.NOT_YET
            and not cleaned.get("note_key")
            and "note_key" not in self.errors
        ):
            self.add_error("note_key", NOTE_NEEDED)
        return cleaned


class ReadinessForm(forms.Form):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, label, _tip in READINESS_ITEMS:
            self.fields[name] = forms.BooleanField(label=label, required=False)
