"""The JSON API under /api/v1 (django-ninja), with OpenAPI at /api/v1/openapi.json.

Each area adds a router from its own `api.py`; this module only assembles them and makes
every error a JSON object with a `detail` message a person can read.
"""

from __future__ import annotations

import importlib
import importlib.util

from django.apps import apps
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from ourway.api.auth import BearerToken

api = NinjaAPI(
    title="OurWay API",
    version="1",
    description=(
        "The OurWay JSON API. Get a token with POST /api/v1/auth/token and send it as "
        "`Authorization: Bearer <token>`. Someone else's private item answers 404."
    ),
    auth=BearerToken(),
    urls_namespace="api",
    docs_url="/docs",
)


def _mount_routers() -> None:
    """Every `ourway.<app>.api` module's `router`, at the app's `api_prefix`.

    `api_prefix` defaults to "/<label>"; the tag shown in the docs is the app's label.
    """
    for config in apps.get_app_configs():
        if not config.name.startswith("ourway.") or config.label == "api":
            continue
        if importlib.util.find_spec(f"{config.name}.api") is None:
            continue
        module = importlib.import_module(f"{config.name}.api")
        prefix = getattr(config, "api_prefix", f"/{config.label}")
        api.add_router(prefix, module.router, tags=[str(config.verbose_name)])


_mount_routers()


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return api.create_response(request, {"detail": "Not found."}, status=404)


@api.exception_handler(AuthenticationError)
def unauthorised(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = api.create_response(
        request,
        {"detail": "Please sign in: send a valid token as 'Authorization: Bearer <token>'."},
        status=401,
    )
    response["WWW-Authenticate"] = "Bearer"
    return response


@api.exception_handler(ValidationError)
def invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    problems = []
    for error in exc.errors:
        where = ".".join(
            str(part) for part in error.get("loc", ()) if part not in ("body", "payload")
        )
        problems.append({"field": where, "message": error.get("msg", "is not valid")})
    summary = "; ".join(
        f"{p['field']}: {p['message']}" if p["field"] else p["message"] for p in problems
    )
    return api.create_response(
        request,
        {"detail": f"Some of what was sent is not valid. {summary}", "errors": problems},
        status=422,
    )


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)
