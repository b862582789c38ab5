from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone


class CoachSighting(models.Model):
    """Which coach labels appeared in a text a person saved. Private to that person.

    Only labels are kept, never the text: this is what reinforcement signals count.
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=40)
    labels = models.JSONField(default=list)
    created = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ("-created",)

    def __str__(self) -> str:
        return f"{self.source}: {', '.join(self.labels) or '-'}"
