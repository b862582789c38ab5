from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ourway.connect.models import MAX_BID_CHARS, Bid, Response
from ourway.text import clean_text


class BidForm(forms.ModelForm):
    class Meta:
        model = Bid
        fields = ("what", "response", "day")
        widgets = {
            "what": forms.TextInput(attrs={"maxlength": MAX_BID_CHARS}),
            "response": forms.RadioSelect,
            "day": forms.DateInput(attrs={"type": "date"}),
        }
        help_texts = {
            "what": _(
                "A few words: “showed me a photo”, “sighed after work”, “asked about my day”."
            )
        }
        error_messages = {
            "what": {"required": _("Say in a few words what your partner reached for you with.")},
            "response": {"required": _("Choose how you met it. Honesty helps more than a score.")},
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Most bids are logged the same day: an empty date means today.
        self.fields["day"].required = False
        self.fields["day"].initial = timezone.localdate
        # Radio buttons need no empty "---------" choice.
        self.fields["response"].choices = Response.choices  # type: ignore[attr-defined]

    def clean_what(self) -> str:
        what = clean_text(self.cleaned_data.get("what") or "")
        if not what:
            raise forms.ValidationError(
                _("Say in a few words what your partner reached for you with.")
            )
        if len(what) > MAX_BID_CHARS:
            raise forms.ValidationError(
                _("Keep it to %(max)s characters: a few words are enough.") % {"max": MAX_BID_CHARS}
            )
        return what

    def clean_day(self) -> date:
        day: date = self.cleaned_data.get("day") or timezone.localdate()
        today = timezone.localdate()
        if day > today:
            raise forms.ValidationError(_("That day has not happened yet."))
        if day < today - timedelta(days=366):
            raise forms.ValidationError(_("Log bids from the past year."))
        return day
