from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ManualConfig(AppConfig):
    name = "ourway.manual"
    label = "manual"
    verbose_name = _("Our user manual")
