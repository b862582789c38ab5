from tests.conftest import A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    """A conversation of the couple A and B (a couple record: shared between them, nobody else)."""
    from ourway.couples.access import couple_of
    from ourway.talk.models import RepairSession

    session, _ = RepairSession.start(
        couple_of(cast.a), cast.a, topic=f"Topic {A_SHARED}", mode="two_devices", speaker=cast.a
    )
    session.join(cast.b)
    turn = session.share(
        cast.a, version=session.version, statement=f"When it rained, I felt sad. {A_SHARED}"
    )
    return {"talk_session": session.pk, "talk_turn": turn.pk}


def shared(ids):
    return {"session_id": ids["talk_session"]}


def version(ids):
    return {"version": 3}


def session_route(*methods, **extra):
    return Route(methods=methods or ("get",), shared=shared, **extra)


ROUTES = {
    "talk:home": page("get", "post"),
    "talk:builder": page("post"),
    "talk:session": session_route(),
    "talk:state": session_route(),
    "talk:pause": session_route(),
    "talk:start_pause": session_route("post"),
    "talk:resume": session_route("post"),
    "talk:ready": session_route("post"),
    "talk:not_ready": session_route("post"),
    "talk:join": session_route("post"),
    "talk:share": session_route("post"),
    "talk:reflect": session_route("post"),
    "talk:answer": session_route("post"),
    "talk:need": session_route("post"),
    "talk:close": session_route("post"),
    "talk:keep_talking": session_route("post"),
    "talk:understood": session_route("post"),
    "talk:agree": session_route("post"),
    "talk:end": session_route("get", "post"),
    # Deleting words is only ever the author's: the partner gets a kind refusal, not the words.
    "talk:forget": Route(
        methods=("get", "post"),
        shared=lambda ids: {
            "session_id": ids["talk_session"],
            "kind": "statement",
            "item_id": ids["talk_turn"],
        },
    ),
}

API = "/api/v1/talk"

API_ROUTES = {
    f"GET {API}": page(),
    f"POST {API}": page("post", body=lambda ids: {"topic": "something new"}),
    f"GET {API}/{{session_id}}": session_route(),
    f"POST {API}/{{session_id}}/join": session_route("post"),
    f"POST {API}/{{session_id}}/turns": session_route(
        "post", body=lambda ids: {"version": 3, "statement": "When x, I feel sad."}
    ),
    f"POST {API}/{{session_id}}/reflections": session_route(
        "post", body=lambda ids: {"version": 3, "text": "You felt sad."}
    ),
    f"POST {API}/{{session_id}}/confirm": session_route("post", body=version),
    f"POST {API}/{{session_id}}/correct": session_route(
        "post", body=lambda ids: {"version": 3, "text": "Not quite."}
    ),
    f"POST {API}/{{session_id}}/need": session_route(
        "post", body=lambda ids: {"version": 3, "need": "heard"}
    ),
    f"POST {API}/{{session_id}}/pause": session_route(
        "post", body=lambda ids: {"minutes": 20, "come_back_in": 60}
    ),
    f"POST {API}/{{session_id}}/resume": session_route("post"),
    f"POST {API}/{{session_id}}/ready": session_route("post", body=lambda ids: {}),
    f"DELETE {API}/{{session_id}}/ready": session_route("delete"),
    f"POST {API}/{{session_id}}/close": session_route("post", body=version),
    f"POST {API}/{{session_id}}/understood": session_route(
        "post", body=lambda ids: {"text": "I understood."}
    ),
    f"POST {API}/{{session_id}}/agreements": session_route(
        "post", body=lambda ids: {"text": "Next time, I will."}
    ),
    f"POST {API}/{{session_id}}/end": session_route("post"),
    f"DELETE {API}/{{session_id}}/words/{{kind}}/{{item_id}}": Route(
        methods=("delete",),
        shared=lambda ids: {
            "session_id": ids["talk_session"],
            "kind": "statement",
            "item_id": ids["talk_turn"],
        },
    ),
}
