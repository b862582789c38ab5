from django.contrib import admin

from ourway.couples.models import Couple, Invite, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0


@admin.register(Couple)
class CoupleAdmin(admin.ModelAdmin):
    list_display = ("pk", "created")
    inlines = (MembershipInline,)


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):
    list_display = ("code", "couple", "created", "expires", "used_at")
