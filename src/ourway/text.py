"""Cleaning what people type or paste, before it is stored or analysed. No Django here."""

from __future__ import annotations

import unicodedata


def clean_text(value: str) -> str:
    """NFC-normalised, without NUL characters or lone surrogates, trimmed.

    >>> clean_text("  cafe\u0301\x00 ")
    'café'
    """
    value = value.encode("utf-8", "replace").decode("utf-8")
    value = unicodedata.normalize("NFC", value).replace("\x00", "")
    return value.strip()
