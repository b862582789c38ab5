from tests.permissions.spec import page, public

ROUTES = {
    "care:safety": page(),
    "care:screen": page("get", "post"),
    "care:forget": page("post"),
    "care:mode": page("post"),
    "care:resources": public(),
    "care:passcode": page("get", "post"),
    "care:remove_passcode": page("post"),
    "care:unlock": page("get", "post"),
    "care:still_here": page("post"),
    # The quick exit's sign-out: open to anyone, it only ends the caller's own session.
    "care:exit": public("post"),
    "care:reinforcements": page(),
    # A's private screen is positive (see seed): every hand-off page sends A to the hand-off
    # page's honest line. The summary is the couple's own document: B sees it once both said
    # yes, C gets 404 (tests/care/test_handoff.py has the full table).
    "care:handoff": page("get", "post", alone="care:handoff"),
    "care:handoff_withdraw": page("post", alone="care:handoff"),
    "care:handoff_summary": page(alone="care:handoff"),
    "care:handoff_markdown": page(alone="care:handoff"),
}

API_ROUTES = {
    "GET /api/v1/care/safety": page(),
    "POST /api/v1/care/screen": page("post", body=lambda ids: {"answers": {"afraid": "never"}}),
    "DELETE /api/v1/care/screen": page("delete"),
    "PUT /api/v1/care/safety-mode": page("put", body=lambda ids: {"on": False}),
    "GET /api/v1/care/resources": public(),
    "GET /api/v1/care/signals": page(),
    "GET /api/v1/care/handoff": page(),
    "PUT /api/v1/care/handoff": page("put", body=lambda ids: {"choices": ["talks"]}),
    "DELETE /api/v1/care/handoff": page("delete"),
    "GET /api/v1/care/handoff/summary": page(),
}


def seed(cast):
    """A ready hand-off in which A chose to share nothing, then A's positive private screen."""
    from ourway.care.models import Handoff, SafetyScreen

    Handoff.agree(cast.a, [])
    Handoff.agree(cast.b, ["talks"])
    SafetyScreen.record(cast.a, {"afraid": "often", "watched": "often"}, "seed-token")
    return {}
