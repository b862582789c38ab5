from django.contrib import admin

from ourway.journal.models import JournalEntry


@admin.register(JournalEntry)
class JournalEntryAdmin(admin.ModelAdmin):
    list_display = ("pk", "owner", "shared", "created")
    list_filter = ("shared",)
