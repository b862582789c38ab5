"""Form pieces shared by every app."""

from __future__ import annotations

from django import forms

from ourway.text import clean_text


class CleanTextField(forms.CharField):
    """Text cleaned before validation, so a pasted NUL or odd normalisation is quietly fixed
    instead of being refused with a technical message."""

    def to_python(self, value: object) -> str:
        return clean_text(str(super().to_python(value) or ""))
