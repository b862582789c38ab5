from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from ourway.web.features import Feature, NavItem


class CareConfig(AppConfig):
    name = "ourway.care"
    label = "care"
    verbose_name = _("Care and safety")
    reset_features = (
        Feature(
            part=4,
            title=_("Calling in reinforcements"),
            url_name="care:reinforcements",
            blurb=_("Honest signs that a therapist could help, and where to find one."),
            quiet_blurb=_("Support for you on your own, and where to find it."),
            order=80,
        ),
    )
    # One tap from every page, for everyone alike (so its presence tells a partner nothing),
    # and named so that a glance over a shoulder shows nothing alarming.
    nav_items = (NavItem(_("Safety"), "care:safety", order=90),)
    # The quick exit (and, only for a person in safety mode, crisis lines) on every page;
    # a quiet "Safety and support" link in every footer.
    top_includes = ("care/_top.html",)
    footer_includes = ("care/_footer.html",)

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from ourway.care.middleware import start_session

        def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
            if request is not None and hasattr(request, "session"):
                start_session(request, user)

        user_logged_in.connect(on_login, dispatch_uid="care_start_session", weak=False)
