from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class ConnectConfig(AppConfig):
    name = "ourway.connect"
    label = "connect"
    verbose_name = _("Rebuild the bridge")
    reset_features = (
        Feature(
            part=3,
            title=_("Bids for connection"),
            url_name="connect:bids",
            blurb=_(
                "Notice the small moments your partner reaches for you, and how you "
                "answered. Private to you."
            ),
        ),
    )
    nav_items = (NavItem(_("Bids for connection"), "connect:bids", order=20, more=True),)
