from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class JournalConfig(AppConfig):
    name = "ourway.journal"
    label = "journal"
    verbose_name = _("Journal")
    reset_features = (
        Feature(
            part=0,
            title=_("Journal"),
            url_name="journal:journal",
            blurb=_("Your own notes. Private unless you choose to share one."),
        ),
    )
    nav_items = (NavItem(_("Journal"), "journal:journal", order=30),)
