from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class ManualConfig(AppConfig):
    name = "ourway.manual"
    label = "manual"
    verbose_name = _("Our user manual")
    reset_features = (
        Feature(
            part=4,
            title=_("Our user manual"),
            url_name="manual:manual",
            joint=True,
            blurb=_(
                "How each of you works, written down on a calm day for the hard ones. "
                "Versioned, and printable."
            ),
            order=20,
        ),
    )
    nav_items = (NavItem(_("Our user manual"), "manual:manual", order=40, joint=True, more=True),)
