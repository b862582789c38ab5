from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


def test_every_page_sends_a_strict_content_security_policy(db: Any) -> None:
    policy = Client().get("/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["default-src"] == "'self'"
    assert "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def directives_of(response: Any) -> dict[str, str]:
    policy = response["Content-Security-Policy"]
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


@pytest.mark.parametrize(
    ("configured", "allowed"),
    [
        ("https://news.example/today", "https://news.example"),
        ("https://news.example:8443/", "https://news.example:8443"),
        # Anything that could break out of the header falls back to the default site.
        ("https://news.example/; script-src *", "https://weather.com"),
        ("https://news.example;script-src/", "https://weather.com"),
        ("http://news.example/", "https://weather.com"),
    ],
)
def test_forms_may_lead_here_and_to_the_quick_exits_site_only(
    db: Any, settings: Any, configured: str, allowed: str
) -> None:
    """Without JavaScript the quick exit is a form redirected to the neutral site."""
    settings.QUICK_EXIT_URL = configured
    directives = directives_of(Client().get("/"))
    assert directives["form-action"] == f"'self' {allowed}"
    assert directives["script-src"] == "'self'"


def test_pages_have_no_inline_scripts_or_styles(cast: Any) -> None:
    for path in ("/", "/journal/", "/couple/", "/accounts/settings/"):
        page = cast.client_a.get(path).content.decode()
        assert "<style" not in page, path
        assert 'style="' not in page, path
        for chunk in page.split("<script")[1:]:
            assert chunk.lstrip().startswith("src="), (path, chunk[:80])


def test_the_manifest_makes_the_app_installable(db: Any) -> None:
    response = Client().get("/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = response.json()
    assert manifest["display"] == "standalone"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        assert Client().get(icon["src"]).status_code == 200


def test_home_explains_the_four_parts(db: Any) -> None:
    page = Client().get("/").content.decode()
    for title in ("Acknowledge", "Repair conversations", "Rebuild the bridge", "Forge a new path"):
        assert title in page


def test_sqlite_runs_in_wal_mode_with_durable_commits(db: Any) -> None:
    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


def test_production_settings_pass_the_deploy_check(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DJANGO_ENV": "production",
        "SECRET_KEY": "x" * 20 + "a-real-looking-secret-key-for-the-deploy-check-0123456789",
        "ALLOWED_HOSTS": "ourway.example.org",
        "OURWAY_DATA_DIR": str(tmp_path),
        "DATABASE_URL": "",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for Playwright in the test process only
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_sqlite_file_uses_wal(tmp_path: Path) -> None:
    env = {**os.environ, "OURWAY_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    code = (
        "import django; django.setup();"
        "from django.db import connection; c = connection.cursor();"
        "c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, "DJANGO_SETTINGS_MODULE": "ourway.web.settings"},
        check=True,
    )
    assert result.stdout.strip() == "wal"
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("path", ["/care/safety/", "/care/safety/questions/"])
def test_signed_out_a_care_page_sends_to_log_in_without_saying_which(db: Any, path: str) -> None:
    # After a quick exit, Back asks for the safety page again: the address bar must not
    # then read "/accounts/login/?next=/care/safety/".
    response = Client().get(path)
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/"


def test_other_pages_keep_where_to_go_after_logging_in(db: Any) -> None:
    response = Client().get("/journal/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/journal/"
