from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "ourway.accounts"
    label = "accounts"
    verbose_name = _("Accounts")
    url_prefix = "accounts/"
    api_prefix = "/auth"
