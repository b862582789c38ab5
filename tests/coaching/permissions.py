from tests.permissions.spec import page

ROUTES = {
    "coaching:check": page("post"),
}

API_ROUTES = {
    "POST /api/v1/coach/analyze": page("post", body=lambda ids: {"text": "You never listen."}),
}
