from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AmendsConfig(AppConfig):
    name = "ourway.amends"
    label = "amends"
    verbose_name = _("Apologies")
