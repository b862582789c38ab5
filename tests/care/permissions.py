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
    "care:handoff": page("get", "post"),
    "care:handoff_withdraw": page("post"),
    # The summary is the couple's own document: B sees it once both said yes, C gets 404.
    "care:handoff_summary": page(),
    "care:handoff_markdown": page(),
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
    """A's answered screen, and a ready hand-off in which A chose to share nothing."""
    from ourway.care.models import Handoff, SafetyScreen

    SafetyScreen.record(cast.a, {"afraid": "often", "watched": "often"}, "seed-token")
    Handoff.agree(cast.a, [])
    Handoff.agree(cast.b, ["talks"])
    return {}
