from django.contrib import admin

from ourway.checkins.models import CheckIn


@admin.register(CheckIn)
class CheckInAdmin(admin.ModelAdmin):
    # No text columns: an administrator has no reason to read a couple's answers.
    list_display = ("pk", "owner", "day", "closeness")
    list_filter = ("day",)
