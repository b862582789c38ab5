from django.contrib import admin

from ourway.couples.models import Couple, Invite, Membership


class MembershipInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Membership
    extra = 0


@admin.register(Couple)
class CoupleAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("pk", "created")
    inlines = (MembershipInline,)


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("code", "couple", "created", "expires", "used_at")
