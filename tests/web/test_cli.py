from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OURWAY = [sys.executable, "-m", "ourway.cli"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_help_lists_the_commands() -> None:
    result = subprocess.run([*OURWAY, "--help"], capture_output=True, text=True, check=True)
    for command in ("serve", "demo", "manage", "analyze", "coach-eval"):
        assert command in result.stdout


def test_serve_migrates_then_serves_and_prints_the_url(tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "OURWAY_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.pop("DEBUG", None)
    server = subprocess.Popen(
        [*OURWAY, "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as page:
                    body = page.read().decode()
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail("the server did not start")
                time.sleep(0.3)
        assert "The four parts of the reset" in body
        assert (tmp_path / "ourway.sqlite3").exists()
        # DEBUG is off, and static files are still served.
        css = f"http://127.0.0.1:{port}/static/css/ourway.css"
        with urllib.request.urlopen(css, timeout=5) as style:
            assert style.status == 200
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no-such-page/", timeout=5)
        assert missing.value.code == 404
        not_found = missing.value.read().decode()
        assert "We could not find that page" in not_found
        assert "URLconf" not in not_found
    finally:
        server.terminate()
        output = server.communicate(timeout=30)[0]
    assert f"http://127.0.0.1:{port}/" in output


def test_demo_prints_two_logins_that_work(tmp_path: Path) -> None:
    env = {**os.environ, "OURWAY_DATA_DIR": str(tmp_path), "DATABASE_URL": ""}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run([*OURWAY, "demo"], env=env, capture_output=True, text=True, check=True)
    assert "alex@example.com" in result.stdout
    assert "sam@example.com" in result.stdout
    again = subprocess.run([*OURWAY, "demo"], env=env, capture_output=True, text=True, check=True)
    assert again.stdout == result.stdout
