from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class CheckinsConfig(AppConfig):
    name = "ourway.checkins"
    label = "checkins"
    verbose_name = _("Check-ins")
    reset_features = (
        Feature(
            part=1,
            title=_("How are we?"),
            url_name="checkins:checkins",
            blurb=_(
                "A daily, honest check-in. You see each other's answers once you have both "
                "answered."
            ),
            quiet_blurb=_("A daily, honest check-in. For now your answers stay with you."),
            order=10,
        ),
    )
    nav_items = (NavItem(_("How are we?"), "checkins:checkins", order=10),)
