from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from ourway.journal.models import MAX_ENTRY_CHARS, JournalEntry
from ourway.text import clean_text
from ourway.web.forms import CleanTextField


class JournalEntryForm(forms.ModelForm):
    class Meta:
        model = JournalEntry
        fields = ("text", "shared")
        # Like every other text box: a pasted NUL is quietly dropped, not refused with
        # Django's technical "Null characters are not allowed".
        field_classes = {"text": CleanTextField}
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}
        labels = {"text": _("What is on your mind?")}
        error_messages = {"text": {"required": _("The entry is empty. Write a few words first.")}}

    def clean_text(self) -> str:
        text = clean_text(self.cleaned_data.get("text") or "")
        if not text:
            raise forms.ValidationError(_("The entry is empty. Write a few words first."))
        if len(text) > MAX_ENTRY_CHARS:
            raise forms.ValidationError(
                _(
                    "This entry is %(count)s characters long; the most one entry can hold is "
                    "%(max)s. Split it into two entries — your text is still here to copy."
                )
                % {"count": f"{len(text):,}", "max": f"{MAX_ENTRY_CHARS:,}"}
            )
        return text
