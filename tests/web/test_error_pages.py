"""OurWay's own 404 and 500 pages, with the quick exit, and DEBUG off unless asked for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.test import Client, RequestFactory
from django.views.defaults import server_error

from ourway.journal.models import JournalEntry

ROOT = Path(__file__).resolve().parents[2]


def test_a_page_that_is_not_yours_is_the_friendly_404(cast: Any) -> None:
    private = JournalEntry.objects.create(owner=cast.a, text="only mine")
    response = cast.client_b.get(f"/journal/{private.pk}/")
    page = response.content.decode()
    assert response.status_code == 404
    assert "We could not find that page" in page
    assert 'href="/">Back to OurWay' in page
    assert "data-quick-exit" in page
    assert "css/ourway.css" in page
    assert "URLconf" not in page


def test_a_missing_page_is_the_friendly_404_signed_out_too(db: Any) -> None:
    page = Client().get("/no-such-page/").content.decode()
    assert "We could not find that page" in page
    assert "data-quick-exit" in page
    assert "data-sign-out" not in page


def test_the_500_page_needs_no_request_context_and_no_database(
    django_assert_num_queries: Any, db: Any
) -> None:
    with django_assert_num_queries(0):
        response = server_error(RequestFactory().get("/"))
    page = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong on our side" in page
    assert 'href="/">Back to OurWay' in page
    assert "data-quick-exit" in page
    assert "js/quick-exit.js" in page
    assert "css/ourway.css" in page


def settings_debug(tmp_path: Path, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "DJANGO_ENV")}
    clean.update(OURWAY_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="ourway.web.settings")
    clean.update(env)
    code = "from django.conf import settings; print(settings.DEBUG)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=clean, capture_output=True, text=True, check=True
    )
    return result.stdout.strip()


@pytest.mark.parametrize(("env", "expected"), [({}, "False"), ({"DEBUG": "1"}, "True")])
def test_debug_is_off_unless_a_developer_turns_it_on(
    tmp_path: Path, env: dict[str, str], expected: str
) -> None:
    assert settings_debug(tmp_path, **env) == expected
