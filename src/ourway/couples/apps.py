from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CouplesConfig(AppConfig):
    name = "ourway.couples"
    label = "couples"
    verbose_name = _("Couples")
    url_prefix = "couple/"
    api_prefix = "/couple"
