from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "ourway.api"
    label = "api"
    verbose_name = "API"
