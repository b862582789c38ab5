"""The journal: a person's own notes, private unless they choose to share one."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.couples.access import PersonalQuerySet
from ourway.couples.models import PersonalRecord

# Long enough for a heartfelt letter; short enough that one paste cannot fill the disk.
MAX_ENTRY_CHARS = 20_000


class JournalEntry(PersonalRecord):
    text = EncryptedTextField(_("entry"))

    objects = PersonalQuerySet["JournalEntry"].as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        verbose_name = _("journal entry")
        verbose_name_plural = _("journal entries")

    def __str__(self) -> str:
        return f"journal entry {self.pk}"

    @property
    def title(self) -> str:
        first_line = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first_line[:80]
