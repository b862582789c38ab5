"""The permission matrix: every URL pattern and API route, tried by A, B, an outsider and
an anonymous visitor. See spec.py for what each check means."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.conftest import A_PRIVATE, A_SHARED
from tests.permissions.spec import Route

TESTS = Path(__file__).resolve().parent.parent
SKIPPED_NAMESPACES = {"admin", "api"}  # admin: staff only (own test); api: walked below


def spec_modules() -> list[Any]:
    modules = []
    for path in sorted(TESTS.glob("*/permissions.py")):
        modules.append(importlib.import_module(f"tests.{path.parent.name}.permissions"))
    return modules


def all_routes() -> dict[str, Route]:
    found: dict[str, Route] = {}
    for module in spec_modules():
        found.update(getattr(module, "ROUTES", {}))
    return found


def all_api_routes() -> dict[str, Route]:
    found: dict[str, Route] = {}
    for module in spec_modules():
        found.update(getattr(module, "API_ROUTES", {}))
    return found


def url_names(resolver: URLResolver | None = None, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            namespace = entry.namespace
            if namespace in SKIPPED_NAMESPACES:
                continue
            names |= url_names(entry, f"{prefix}{namespace}:" if namespace else prefix)
        elif isinstance(entry, URLPattern) and entry.name:
            names.add(prefix + entry.name)
    return names


def api_operations() -> set[str]:
    from ourway.api.main import api

    schema = api.get_openapi_schema()
    return {
        f"{method.upper()} {path}"
        for path, operations in schema["paths"].items()
        for method in operations
    }


def seed_everything(cast: Any) -> dict[str, Any]:
    ids: dict[str, Any] = {}
    for module in spec_modules():
        if hasattr(module, "seed"):
            ids.update(module.seed(cast) or {})
    return ids


def test_every_url_pattern_has_a_spec() -> None:
    missing = url_names() - set(all_routes())
    assert not missing, f"URL patterns with no permission spec: {sorted(missing)}"


def test_every_spec_names_a_real_url_pattern() -> None:
    stale = set(all_routes()) - url_names()
    assert not stale, f"permission specs for URL names that do not exist: {sorted(stale)}"


def test_every_api_route_has_a_spec() -> None:
    missing = api_operations() - set(all_api_routes())
    assert not missing, f"API routes with no permission spec: {sorted(missing)}"
    stale = set(all_api_routes()) - api_operations()
    assert not stale, f"permission specs for API routes that do not exist: {sorted(stale)}"


def _call(client: Any, method: str, url: str) -> Any:
    return getattr(client, method)(url)


def _text(response: Any) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def _web_url(name: str, route: Route, ids: dict[str, Any], which: str | None) -> str:
    kwargs: dict[str, Any] = {}
    if route.kwargs:
        kwargs.update(route.kwargs(ids))
    if which == "private" and route.private:
        kwargs.update(route.private(ids))
    if which == "shared" and route.shared:
        kwargs.update(route.shared(ids))
    if which is None and (route.private or route.shared):
        kwargs.update((route.private or route.shared)(ids))  # type: ignore[misc]
    return reverse(name, kwargs=kwargs or None)


@pytest.mark.parametrize("name", sorted(all_routes()))
def test_web_route(name: str, cast: Any) -> None:
    route = all_routes()[name]
    ids = seed_everything(cast)
    anonymous = type(cast.client_a)()
    url = _web_url(name, route, ids, None)
    for method in route.methods:
        response = _call(anonymous, method, url)
        if route.public:
            assert response.status_code < 500, (method, url, response.status_code)
        else:
            assert response.status_code == 302, (method, url, response.status_code)
            assert response["Location"].startswith(reverse("accounts:login")), response["Location"]

    if route.public:
        return
    if route.alone is not None:
        _sends_a_away(cast, route.alone, url, route.methods)
    if route.private is None and route.shared is None:
        for method in route.methods:
            if method != "get":
                continue
            as_b = _call(cast.client_b, "get", url)
            assert as_b.status_code < 500
            assert A_PRIVATE not in _text(as_b), f"partner saw A's private item on {url}"
            as_c = _call(cast.client_c, "get", url)
            assert as_c.status_code < 500
            seen = _text(as_c)
            assert A_PRIVATE not in seen, f"outsider saw A's private item on {url}"
            assert A_SHARED not in seen, f"outsider saw A's shared item on {url}"
        return
    if route.private is not None:
        url = _web_url(name, route, ids, "private")
        for method in route.methods:
            for who in ("b", "c"):
                response = _call(cast.clients[who], method, url)
                assert response.status_code == 404, (who, method, url, response.status_code)
        if "get" in route.methods:
            assert _call(cast.client_a, "get", url).status_code in (200, 302), url
    if route.shared is not None:
        url = _web_url(name, route, ids, "shared")
        for method in route.methods:
            response = _call(cast.client_c, method, url)
            assert response.status_code == 404, ("c", method, url, response.status_code)
            if not route.partner_may_use_shared:
                response = _call(cast.client_b, method, url)
                assert response.status_code == 404, ("b", method, url, response.status_code)
        if "get" in route.methods and route.partner_may_use_shared:
            response = _call(cast.client_b, "get", url)
            assert response.status_code in (200, 302), (url, response.status_code)


def _sends_a_away(cast: Any, alone: str, url: str, methods: tuple[str, ...]) -> None:
    """A needs support on their own (positive screen in the care seed): `alone` tells them."""
    landing = reverse(alone)
    for method in methods:
        response = _call(cast.client_a, method, url)
        if url != landing:
            assert response.status_code == 302, (method, url, response.status_code)
            assert response["Location"] == landing, (method, url, response["Location"])
            response = cast.client_a.get(landing)
        assert response.status_code == 200, (method, url, response.status_code)
        # Random tokens (CSRF) are left out: "Ben" may turn up inside one by chance.
        words = re.sub(r"[A-Za-z0-9_-]{32,}", "", _text(response))
        assert cast.b.name not in words, f"A was shown B on {url}"


def _api_path(key: str, route: Route, ids: dict[str, Any], which: str | None) -> tuple[str, str]:
    method, template = key.split(" ", 1)
    params: dict[str, Any] = {}
    if route.kwargs:
        params.update(route.kwargs(ids))
    chosen = {"private": route.private, "shared": route.shared}.get(which or "")
    if chosen is None and which is None:
        chosen = route.private or route.shared
    if chosen:
        params.update(chosen(ids))
    path = re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), template)
    return method, path


@pytest.mark.parametrize("key", sorted(all_api_routes()))
def test_api_route(key: str, cast: Any) -> None:
    route = all_api_routes()[key]
    ids = seed_everything(cast)
    body = route.body(ids) if route.body else None
    method, path = _api_path(key, route, ids, None)
    response = cast.api(None, method, path, body)
    if route.public:
        assert response.status_code < 500, (key, response.status_code)
        return
    assert response.status_code == 401, (key, response.status_code)
    assert "detail" in response.json()
    if route.alone_status is not None:
        as_a = cast.api("a", method, path, body)
        assert as_a.status_code == route.alone_status, (key, as_a.status_code)
        assert cast.b.name not in as_a.content.decode(), f"A was shown B: {key}"

    if route.private is None and route.shared is None:
        if method == "GET":
            as_b = cast.api("b", method, path)
            assert as_b.status_code < 500, (key, as_b.status_code)
            assert A_PRIVATE not in as_b.content.decode(), f"partner saw A's private item: {key}"
            as_c = cast.api("c", method, path)
            seen = as_c.content.decode()
            assert A_PRIVATE not in seen, f"outsider saw A's private item: {key}"
            assert A_SHARED not in seen, f"outsider saw A's shared item: {key}"
        return
    if route.private is not None:
        method, path = _api_path(key, route, ids, "private")
        for who in ("b", "c"):
            response = cast.api(who, method, path, body)
            assert response.status_code == 404, (who, key, path, response.status_code)
            assert A_PRIVATE not in response.content.decode()
        if method == "GET":
            assert cast.api("a", method, path).status_code == 200, path
    if route.shared is not None:
        method, path = _api_path(key, route, ids, "shared")
        response = cast.api("c", method, path, body)
        assert response.status_code == 404, ("c", key, path, response.status_code)
        if not route.partner_may_use_shared:
            response = cast.api("b", method, path, body)
            assert response.status_code == 404, ("b", key, path, response.status_code)
        elif method == "GET":
            assert cast.api("b", method, path).status_code == 200, path


def test_admin_is_for_staff_only(cast: Any) -> None:
    response = cast.client_a.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
