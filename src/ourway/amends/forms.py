from __future__ import annotations

import uuid
from datetime import date, timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ourway.amends.checklist import PARTS, heard_title
from ourway.amends.models import (
    MAX_APOLOGY_CHARS,
    MAX_LOOK_BACK_DAYS,
    MAX_NOTE_CHARS,
    MAX_PROMISE_CHARS,
    Reply,
    default_look_back,
)
from ourway.text import clean_text
from ourway.web.forms import CleanTextField


def _checked(value: str, limit: int, what: object) -> str:
    text = clean_text(value or "")
    if len(text) > limit:
        # The form is shown again with everything the person typed still in the box.
        raise forms.ValidationError(
            _(
                "This %(what)s is %(count)s characters long; the most it can hold is %(max)s. "
                "Your words are still here: shorten them a little and try again."
            )
            % {"what": what, "count": f"{len(text):,}", "max": f"{limit:,}"}
        )
    return text


class ApologyForm(forms.Form):
    text = CleanTextField(
        label=_("Your apology"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 9}),
        help_text=_("Write it the way you would say it. Nothing is sent until you choose to."),
    )
    promise = CleanTextField(
        label=_("What you will do differently (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("A promise of change becomes a commitment you look back at together."),
    )
    look_back_on = forms.DateField(
        label=_("When shall we look back at it together?"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    form_token = forms.UUIDField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        if not self.is_bound:
            self.initial.setdefault("form_token", uuid.uuid4())
            self.initial.setdefault("look_back_on", default_look_back())

    def clean_text(self) -> str:
        text = _checked(self.cleaned_data.get("text", ""), MAX_APOLOGY_CHARS, _("apology"))
        if not text:
            raise forms.ValidationError(
                _(
                    "There is nothing here yet. Start with a few honest words; it doesn't "
                    "have to be perfect, and nothing is sent until you choose to."
                )
            )
        return text

    def clean_promise(self) -> str:
        return _checked(self.cleaned_data.get("promise", ""), MAX_PROMISE_CHARS, _("promise"))

    def clean_look_back_on(self) -> date | None:
        chosen = self.cleaned_data.get("look_back_on")
        if chosen is None:
            return None
        today = timezone.localdate()
        if chosen < today:
            raise forms.ValidationError(_("Please pick today or a day still to come."))
        if chosen > today + timedelta(days=MAX_LOOK_BACK_DAYS):
            raise forms.ValidationError(_("Please pick a day within the next year."))
        return chosen


class ReplyForm(forms.Form):
    reply = forms.ChoiceField(
        label=_("How does it land?"),
        choices=Reply.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Please choose one of the answers.")},
    )
    missing = forms.MultipleChoiceField(
        label=_("What is still missing for you?"),
        required=False,
        choices=[(key, heard_title(key)) for key in PARTS],
        widget=forms.CheckboxSelectMultiple,
    )
    note = CleanTextField(
        label=_("A few words back (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_note(self) -> str:
        return _checked(self.cleaned_data.get("note", ""), MAX_NOTE_CHARS, _("note"))

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        if data.get("reply") == Reply.MISSING and not data.get("missing") and not data.get("note"):
            self.add_error(
                "missing",
                _("Tick what feels missing, or write a few words, so they know what would help."),
            )
        return data


class LookBackForm(forms.Form):
    note = CleanTextField(
        label=_("How has it gone? (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_note(self) -> str:
        return _checked(self.cleaned_data.get("note", ""), MAX_NOTE_CHARS, _("note"))
