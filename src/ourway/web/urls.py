"""URLs: each app under `ourway.` with a `urls.py` is mounted at its `url_prefix`.

An app's AppConfig may set `url_prefix` (default: its label followed by a slash).
"""

import importlib.util

from django.apps import apps
from django.contrib import admin
from django.urls import include, path

from ourway.api.main import api
from ourway.web import views


def _app_urls() -> list:
    mounted = []
    for config in apps.get_app_configs():
        if not config.name.startswith("ourway.") or config.label == "api":
            continue
        if importlib.util.find_spec(f"{config.name}.urls") is None:
            continue
        prefix = getattr(config, "url_prefix", f"{config.label}/")
        mounted.append(path(prefix, include(f"{config.name}.urls")))
    return mounted


urlpatterns = [
    path("", views.home, name="home"),
    path("manifest.webmanifest", views.manifest, name="manifest"),
    *_app_urls(),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]
