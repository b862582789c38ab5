"""Staff admin. Staff can see every record here, private ones included (documented in the
README: whoever runs the server can read its database anyway). Journal text is encrypted at
rest but shown decrypted to staff."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from ourway.accounts.forms import PersonCreationForm
from ourway.accounts.models import ApiToken, User


@admin.register(User)
class PersonAdmin(UserAdmin):
    list_display = ("email", "name", "is_staff", "date_joined")
    search_fields = ("email", "name")
    ordering = ("email",)
    fieldsets = (
        (None, {"fields": ("email", "password", "name", "email_notices", "time_zone")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "is_superuser")}),
        ("Dates", {"fields": ("last_login", "date_joined", "unconfirmed_since")}),
    )
    readonly_fields = ("unconfirmed_since",)
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("email", "name", "password1", "password2")}),
    )
    add_form = PersonCreationForm


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("user", "label", "created", "last_used")
