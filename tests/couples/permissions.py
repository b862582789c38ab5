from tests.permissions.spec import page

ROUTES = {
    "couples:couple": page(),
    "couples:start": page("post"),
    "couples:invite": page("post"),
    "couples:join": page("get", "post"),
    "couples:join_link": page("get", kwargs=lambda ids: {"code": "ABCDEFGH"}),
    "couples:leave": page("get"),
    "couples:notices": page(),
}

API_ROUTES = {
    "GET /api/v1/couple": page(),
    "POST /api/v1/couple/invite": page("post"),
    "POST /api/v1/couple/join": page("post", body=lambda ids: {"code": "ABCDEFGH"}),
    "DELETE /api/v1/couple": page("delete"),
}
