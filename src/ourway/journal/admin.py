from django.contrib import admin

from ourway.journal.models import JournalEntry


@admin.register(JournalEntry)
class JournalEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("pk", "owner", "shared", "created")
    list_filter = ("shared",)
