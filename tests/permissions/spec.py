"""How each URL pattern and API route is tried by the permission matrix.

Every app's `tests/<app>/permissions.py` defines:

    def seed(cast) -> dict[str, Any]
        Create partner A's items: at least one PRIVATE item whose text contains
        `tests.conftest.A_PRIVATE` and, where the app has sharing, one SHARED item (or a couple
        record) whose text contains `A_SHARED`. Return the ids routes need, with keys
        prefixed by the app label (e.g. {"journal_private": 3, "journal_shared": 4}).

    ROUTES: dict[str, Route]       keyed by URL name, e.g. "journal:entry"
    API_ROUTES: dict[str, Route]   keyed by "METHOD /api/v1/path/{param}" exactly as in the
                                   OpenAPI schema, e.g. "GET /api/v1/journal/{entry_id}"

The matrix (tests/permissions/test_matrix.py) seeds every app, then for each route checks:
- anonymous: web pages redirect to the login page, API routes answer 401 (unless public);
- pages and lists (routes without `private`/`shared`): partner B never sees A_PRIVATE,
  the outsider C sees neither A_PRIVATE nor A_SHARED;
- `private` kwargs (A's private item): B and C get 404 for every method; A does not;
- `shared` kwargs (A's shared item or the couple's record): C gets 404 for every method;
  B may GET it (or gets 404 too when `partner_may_use_shared=False`, e.g. editing).
- `alone` (web routes done together, e.g. the therapist hand-off): A, whose private screen
  in the care seed is positive, is sent to that URL name for every method, which answers
  A with 200 and nothing of B (never a 404: that would say "there is nothing").
- `alone_status` (API routes, the same A): the status A gets, with nothing of B in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

Ids = dict[str, Any]


@dataclass(frozen=True)
class Route:
    public: bool = False
    methods: tuple[str, ...] = ("get",)
    # URL kwargs pointing at A's private item.
    private: Callable[[Ids], dict[str, Any]] | None = None
    # URL kwargs pointing at A's shared item / the couple's record.
    shared: Callable[[Ids], dict[str, Any]] | None = None
    partner_may_use_shared: bool = True
    # URL kwargs for routes whose parameters are not about privacy (e.g. an invite code).
    kwargs: Callable[[Ids], dict[str, Any]] | None = None
    # A valid JSON body for API calls (so validation does not answer before privacy).
    body: Callable[[Ids], dict[str, Any]] | None = None
    # Where a person who needs support on their own is sent instead (see the docstring).
    alone: str | None = None
    # API routes: the status such a person gets instead (see the docstring).
    alone_status: int | None = None
    # Why a route is left out of the content checks (e.g. a file download of one's own data).
    note: str = ""


def page(*methods: str, **extra: Any) -> Route:
    """A page behind login with no object in its URL."""
    return Route(methods=methods or ("get",), **extra)


def public(*methods: str, **extra: Any) -> Route:
    return Route(public=True, methods=methods or ("get",), **extra)
