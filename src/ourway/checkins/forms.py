from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ourway.checkins.models import CLOSENESS_CHOICES, MAX_MORE_OF_CHARS, MAX_WORDS_CHARS
from ourway.text import clean_text
from ourway.web.forms import CleanTextField


def _too_long(text: str, most: int) -> forms.ValidationError:
    return forms.ValidationError(
        _(
            "This is %(count)s characters long; a check-in holds up to %(max)s. Your words are "
            "still here: shorten them, or keep the long version in your journal."
        )
        % {"count": f"{len(text):,}", "max": f"{most:,}"}
    )


class CheckInForm(forms.Form):
    closeness = forms.TypedChoiceField(
        label=_("How close do we feel today?"),
        choices=CLOSENESS_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": _("Pick the point on the scale that fits best today.")},
    )
    words = CleanTextField(
        label=_("In a few words, how are we?"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Honest beats polished. Only you see this until your partner answers too."),
    )
    more_of = CleanTextField(
        label=_("What I would like more of (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def clean_words(self) -> str:
        text = clean_text(self.cleaned_data.get("words") or "")
        if not text:
            raise forms.ValidationError(
                _("Write a few words first, even one is enough. It is okay if it is “not great”.")
            )
        if len(text) > MAX_WORDS_CHARS:
            raise _too_long(text, MAX_WORDS_CHARS)
        return text

    def clean_more_of(self) -> str:
        text = clean_text(self.cleaned_data.get("more_of") or "")
        if len(text) > MAX_MORE_OF_CHARS:
            raise _too_long(text, MAX_MORE_OF_CHARS)
        return text
