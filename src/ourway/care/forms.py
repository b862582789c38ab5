from __future__ import annotations

import re
import secrets
from typing import Any

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ourway.care.models import PASSCODE_MAX, PASSCODE_MIN, HandoffChoice
from ourway.content.care import FREQUENCIES, SCREEN_QUESTIONS

DIGITS = re.compile(r"^[0-9]+$")


class ScreenForm(forms.Form):
    """The private safety questions. Every question may be skipped."""

    form_token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["form_token"] = secrets.token_urlsafe(24)
        choices = [(value, gettext(label)) for value, label in FREQUENCIES]
        for question in SCREEN_QUESTIONS:
            self.fields[question.key] = forms.ChoiceField(
                label=gettext(question.text),
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
            )

    def answers(self) -> dict[str, str]:
        return {q.key: self.cleaned_data.get(q.key) or "" for q in SCREEN_QUESTIONS}


def _passcode_field(label: str | Any) -> forms.CharField:
    return forms.CharField(
        label=label,
        strip=True,
        max_length=64,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "pattern": "[0-9]*"}
        ),
    )


def _check_digits(value: str) -> str:
    if not DIGITS.match(value) or not PASSCODE_MIN <= len(value) <= PASSCODE_MAX:
        raise forms.ValidationError(
            _("Please use %(min)s to %(max)s digits, numbers only."),
            params={"min": PASSCODE_MIN, "max": PASSCODE_MAX},
        )
    return value


class PasscodeForm(forms.Form):
    passcode = _passcode_field(_("New passcode (4 to 8 digits)"))
    again = _passcode_field(_("The same passcode again"))

    def clean_passcode(self) -> str:
        return _check_digits(self.cleaned_data["passcode"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("passcode") and cleaned.get("passcode") != cleaned.get("again"):
            self.add_error("again", _("The two passcodes are not the same. Please try again."))
        return cleaned


class UnlockForm(forms.Form):
    passcode = _passcode_field(_("Your passcode"))


class HandoffForm(forms.Form):
    choices = forms.MultipleChoiceField(
        label=_("What of yours may go in the summary?"),
        choices=HandoffChoice.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only what you tick. Your private journal and check-in words never go in."),
    )
