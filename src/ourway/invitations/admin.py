from django.contrib import admin

from ourway.invitations.models import Invitation


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    # No text column: an administrator has no reason to read a couple's words.
    list_display = ("pk", "couple", "status", "created", "agreed_for")
    list_filter = ("status",)
