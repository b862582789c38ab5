from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class InvitationsConfig(AppConfig):
    name = "ourway.invitations"
    label = "invitations"
    verbose_name = _("Invitations")
    reset_features = (
        Feature(
            part=1,
            title=_("The right moment"),
            url_name="invitations:moment",
            joint=True,
            blurb=_("A quick check that you are both calm, fed, rested and free to talk."),
            order=30,
        ),
        Feature(
            part=1,
            title=_("Invitations to talk"),
            url_name="invitations:invitations",
            joint=True,
            blurb=_("Gentle openers, checked by the coach, that your partner can accept or move."),
            order=40,
        ),
    )
    nav_items = (
        NavItem(_("Invitations"), "invitations:invitations", order=10, joint=True, more=True),
    )
