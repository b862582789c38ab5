"""The journal: a person's own notes, private unless they choose to share one."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.couples.access import PersonalQuerySet
from ourway.couples.models import PersonalRecord
from ourway.couples.outreach import tell_partner, withdraw

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

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        withdraw(self)  # the partner's notice about it goes too
        return super().delete(*args, **kwargs)

    def set_shared(self, shared: bool) -> bool:
        """Share the entry with the partner or make it private again; True if that changed."""
        was_shared = self.shared
        if shared == was_shared:
            return False
        self.shared = shared
        self.save(update_fields=["shared", "updated"])
        self.sharing_changed(was_shared)
        return True

    def sharing_changed(self, was_shared: bool) -> None:
        """After a save: tell the partner about a newly shared entry, or take the notice back.

        Made private again, the entry leaves no trace on the partner's side: not in their
        journal, not on their home page, not in their notices.
        """
        if self.shared and not was_shared:
            tell_partner(
                self.owner,
                kind="journal_shared",
                text=gettext("%(name)s shared a journal entry with you.")
                % {"name": self.owner.name},
                url=reverse("journal:entry", args=[self.pk]),
                about=self,
            )
        elif was_shared and not self.shared:
            withdraw(self)

    @property
    def title(self) -> str:
        first_line = self.text.strip().splitlines()[0] if self.text.strip() else ""
        return first_line[:80]
