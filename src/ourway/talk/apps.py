from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class TalkConfig(AppConfig):
    name = "ourway.talk"
    label = "talk"
    verbose_name = _("Repair conversations")
    reset_features = (
        Feature(
            part=2,
            title=_("A repair conversation"),
            url_name="talk:home",
            joint=True,
            blurb=_(
                "One of you speaks, the other listens and says back what they heard, until "
                "it lands. Then you switch. Take a break whenever it gets too hot."
            ),
        ),
    )
    nav_items = (NavItem(_("Talk"), "talk:home", order=20, joint=True),)

    def ready(self) -> None:
        from ourway.coaching.purposes import register
        from ourway.talk.hints import reflection_hints, speaker_hints

        register("speaker", speaker_hints)
        # A listener says back what they heard: a kinder "When ..., I feel ..." in their box
        # would turn the reflection into their own complaint, so the hints alone guide it.
        register("reflection", reflection_hints, rewrites=False)
