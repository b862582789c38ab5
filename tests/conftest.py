"""The cast every test can use: two partners in one couple, and an outsider couple.

cast.a, cast.b        partner A (Ana) and partner B (Ben), one couple
cast.c, cast.d        the outsider couple (Cleo and Dev)
cast.client_a ...     Django test clients logged in as each of them
cast.token_a ...      API bearer tokens
cast.api(who, method, path, json=None)   an API call as "a", "b", "c" or None
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client

# Playwright's sync API runs an event loop in the test thread; Django would refuse ORM
# calls from tests and fixtures without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

A_PRIVATE = "a-private-secret-4711"
A_SHARED = "a-shared-note-0815"
PASSWORD = "a calm river 2026"


@dataclass
class Cast:
    a: Any
    b: Any
    c: Any
    d: Any
    clients: dict[str, Client] = field(default_factory=dict)
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def client_a(self) -> Client:
        return self.clients["a"]

    @property
    def client_b(self) -> Client:
        return self.clients["b"]

    @property
    def client_c(self) -> Client:
        return self.clients["c"]

    @property
    def token_a(self) -> str:
        return self.tokens["a"]

    @property
    def token_b(self) -> str:
        return self.tokens["b"]

    @property
    def token_c(self) -> str:
        return self.tokens["c"]

    def person(self, who: str) -> Any:
        return getattr(self, who)

    def api(self, who: str | None, method: str, path: str, json_body: Any = None) -> Any:
        """Call the JSON API as one of the cast (or anonymously with who=None)."""
        headers = {"HTTP_AUTHORIZATION": f"Bearer {self.tokens[who]}"} if who else {}
        client = Client()
        call = getattr(client, method.lower())
        if json_body is None and method.lower() in ("get", "delete"):
            return call(path, **headers)
        return call(
            path, data=json.dumps(json_body or {}), content_type="application/json", **headers
        )


def make_person(email: str, name: str) -> Any:
    from ourway.accounts.models import User

    return User.objects.create_person(email, PASSWORD, name)


def pair(first: Any, second: Any) -> None:
    from ourway.couples.pairing import invite_partner, join_couple

    join_couple(second, invite_partner(first).code)


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    # Argon2 is deliberately slow; tests create many people. Production hashing is
    # checked by tests/accounts/test_passwords.py.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db: Any) -> Cast:
    from ourway.accounts.models import ApiToken

    a = make_person("ana@example.com", "Ana")
    b = make_person("ben@example.com", "Ben")
    c = make_person("cleo@example.com", "Cleo")
    d = make_person("dev@example.com", "Dev")
    pair(a, b)
    pair(c, d)
    people = {"a": a, "b": b, "c": c, "d": d}
    the_cast = Cast(a=a, b=b, c=c, d=d)
    for key, person in people.items():
        client = Client()
        client.force_login(person)
        the_cast.clients[key] = client
        the_cast.tokens[key] = ApiToken.issue(person, label="tests")[1]
    return the_cast
