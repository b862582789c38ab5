from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ourway.manual.models import MAX_AGREEMENT_CHARS, MAX_ANSWER_CHARS, REVIEW_MONTH_CHOICES
from ourway.text import clean_text
from ourway.web.forms import CleanTextField


def _checked(raw: str, limit: int) -> str:
    text = clean_text(raw or "")
    if not text:
        raise forms.ValidationError(
            _("The box is empty. Write a few words first, or come back to this one later.")
        )
    if len(text) > limit:
        # The form is shown again with the person's text still in the box.
        raise forms.ValidationError(
            _(
                "This is %(count)s characters long; the most one answer can hold is %(max)s. "
                "Your text is still in the box: shorten it, or keep the heart of it."
            )
            % {"count": f"{len(text):,}", "max": f"{limit:,}"}
        )
    return text


class AnswerForm(forms.Form):
    text = CleanTextField(required=False, widget=forms.Textarea(attrs={"rows": 8}))
    base_version = forms.IntegerField(min_value=0, widget=forms.HiddenInput)

    def clean_text(self) -> str:
        return _checked(self.cleaned_data.get("text", ""), MAX_ANSWER_CHARS)


class AgreementForm(forms.Form):
    text = CleanTextField(
        label=_("A new agreement"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "One small, clear promise you both agree to, like “we pause when either "
            "of us asks, and come back within a day”."
        ),
    )

    def clean_text(self) -> str:
        return _checked(self.cleaned_data.get("text", ""), MAX_AGREEMENT_CHARS)


class RhythmForm(forms.Form):
    every_months = forms.TypedChoiceField(
        label=_("Remind us to read it together every"),
        coerce=int,
        choices=[
            (n, _("%(n)s months") % {"n": n} if n > 1 else _("month")) for n in REVIEW_MONTH_CHOICES
        ],
    )
