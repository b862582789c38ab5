from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class AmendsConfig(AppConfig):
    name = "ourway.amends"
    label = "amends"
    verbose_name = _("Apologies")
    reset_features = (
        Feature(
            part=4,
            title=_("Apology workshop"),
            url_name="amends:workshop",
            blurb=_(
                "Write an apology that lands, with a checklist beside you. "
                "Promises become something you look back at together."
            ),
            quiet_blurb=_("Put words to things with a checklist beside you, as private drafts."),
            order=10,
        ),
    )
    nav_items = (NavItem(_("Apology workshop"), "amends:workshop", order=30, more=True),)

    def ready(self) -> None:
        from ourway.amends.hints import apology_hints
        from ourway.coaching.purposes import register

        # Replaces the coaching app's generic apology hint with pattern-specific ones.
        register("apology", apology_hints)
