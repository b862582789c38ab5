from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TalkConfig(AppConfig):
    name = "ourway.talk"
    label = "talk"
    verbose_name = _("Repair conversations")
