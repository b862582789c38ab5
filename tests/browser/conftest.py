"""End-to-end tests in a real headless Chromium (Debian's package) driven by Playwright.

Fixtures:
    two_people     -> (page_a, page_b): two separate browser contexts, each signed in as
                      partner A / partner B of the `cast` (paired), at the live server
    new_page(ctx)  -> a page that fails the test on any console error or page error
    axe(page)      -> serious or critical accessibility violations found by axe-core
    shot(page, n)  -> screenshots at phone (390 px) and desktop (1280 px) width

Helpers:
    settle(page, delay_ms=0) -> wait until htmx has nothing in flight (see below)
    coach_answered(page, id) -> wait for the live coach's first answer beside box `id`
    COACH_DELAY              -> the live coach's "delay:700ms" (coaching/_live.html)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_JS = Path(__file__).with_name("axe.min.js")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
COACH_DELAY = 700  # ms: the live coach asks 700 ms after the last keystroke
HTMX_BUSY = ".htmx-request, .htmx-swapping, .htmx-settling"


def settle(page: Any, delay_ms: int = 0, timeout: float = 30_000) -> None:
    """Wait until no htmx request is in flight on the page and no swap is under way.

    A click that lands while htmx replaces the region under it hits a detached element and
    is lost (seen on slow CI, 98059d8); one below a live preview that grows or shrinks can
    miss as the page moves. htmx keeps `htmx-request` on the requesting element until its
    answer is swapped in. A request held back by an hx-trigger "delay:" is not in flight
    yet: right after typing, pass that delay and the check is made once more.
    Call this after waiting for content that shows the answer to the last change.
    """
    busy = page.locator(HTMX_BUSY)
    expect(busy).to_have_count(0, timeout=timeout)
    if delay_ms:
        page.wait_for_timeout(delay_ms + 100)
        expect(busy).to_have_count(0, timeout=timeout)


def coach_answered(page: Any, field_id: str, timeout: float = 30_000) -> None:
    """Wait until the live coach has answered the first words typed in its box, then settle.

    The coach shows its idle line until it has read some words. It sits between its box
    and the form's buttons and changes height when it answers, moving them.
    """
    expect(page.locator(f"#coach-{field_id} .coach-idle")).to_have_count(0, timeout=timeout)
    settle(page, timeout=timeout)


def pytest_collection_modifyitems(items: list[Any]) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def new_page() -> Iterator[Callable[[Any], Any]]:
    problems: list[str] = []

    def make(context: Any) -> Any:
        page = context.new_page()
        page.on(
            "console",
            lambda msg: (
                problems.append(f"console {msg.type}: {msg.text}") if msg.type == "error" else None
            ),
        )
        page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
        return page

    yield make
    assert not problems, "the browser reported errors:\n" + "\n".join(problems)


def sign_in(page: Any, base_url: str, email: str, password: str) -> None:
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base_url}/")


@pytest.fixture
def two_people(
    cast: Any, live_server: Any, browser: Any, new_page: Any
) -> Iterator[tuple[Any, Any]]:
    from tests.conftest import PASSWORD

    contexts = [browser.new_context(viewport={"width": 390, "height": 844}) for _ in range(2)]
    pages = [new_page(context) for context in contexts]
    sign_in(pages[0], live_server.url, cast.a.email, PASSWORD)
    sign_in(pages[1], live_server.url, cast.b.email, PASSWORD)
    yield pages[0], pages[1]
    for context in contexts:
        context.close()


@pytest.fixture
def axe() -> Callable[..., list[dict[str, Any]]]:
    source = AXE_JS.read_text()

    def run(page: Any, impacts: tuple[str, ...] = ("serious", "critical")) -> list[dict[str, Any]]:
        # evaluate() goes through the DevTools protocol, so the page's strict CSP (rightly)
        # does not block it; an injected <script> tag would be refused.
        page.evaluate(source)
        violations = page.evaluate("() => axe.run(document).then(r => r.violations)")
        return [v for v in violations if v.get("impact") in impacts]

    return run


@pytest.fixture
def shot() -> Callable[[Any, str], None]:
    SCREENSHOTS.mkdir(exist_ok=True)

    def take(page: Any, name: str) -> None:
        size = page.viewport_size
        for label, width in (("phone", 390), ("desktop", 1280)):
            page.set_viewport_size({"width": width, "height": 900})
            page.screenshot(path=str(SCREENSHOTS / f"{name}-{label}.png"), full_page=True)
        if size:
            page.set_viewport_size(size)

    return take
