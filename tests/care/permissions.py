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
    # page's honest line; taking back A's own yes still works and lands there too. The
    # summary is the couple's own document: while A needs support on their own it is not
    # ready for B either, and C gets 404 (tests/care/test_handoff_while_alone.py has the
    # full table).
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
    # A (positive screen): reads only A's own yes, can always take it back; the rest is 404.
    "GET /api/v1/care/handoff": page(alone_status=200),
    "PUT /api/v1/care/handoff": page(
        "put", body=lambda ids: {"choices": ["talks"]}, alone_status=404
    ),
    "DELETE /api/v1/care/handoff": page("delete", alone_status=204),
    "GET /api/v1/care/handoff/summary": page(alone_status=404),
}


def seed(cast):
    """A ready hand-off in which A chose to share nothing, then A's positive private screen."""
    from ourway.care.models import Handoff, SafetyScreen

    Handoff.agree(cast.a, [])
    Handoff.agree(cast.b, ["talks"])
    SafetyScreen.record(cast.a, {"afraid": "often", "watched": "often"}, "seed-token")
    return {}
