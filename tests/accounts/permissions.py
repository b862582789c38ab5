from tests.permissions.spec import Route, page, public

ROUTES = {
    "accounts:signup": public("get", "post"),
    "accounts:signup_sent": public(),
    # A made-up link: the kind "this link no longer works" page, for anyone.
    "accounts:confirm": public("get", "post", kwargs=lambda ids: {"uidb64": "MQ", "token": "x-y"}),
    "accounts:login": public("get", "post"),
    "accounts:logout": public("post"),
    "accounts:password_change": page("get", "post"),
    "accounts:password_change_done": page(),
    "accounts:password_reset": public("get", "post"),
    "accounts:password_reset_done": public(),
    "accounts:password_reset_confirm": public(
        kwargs=lambda ids: {"uidb64": "MQ", "token": "set-password"}
    ),
    "accounts:password_reset_complete": public(),
    "accounts:settings": page("get", "post"),
    "accounts:new_token": page("post"),
    # Revoking filters by the person's own tokens: someone else's id simply does nothing.
    "accounts:revoke_token": Route(
        methods=("post",), kwargs=lambda ids: {"token_id": ids["accounts_token_a"]}
    ),
    "accounts:export": page(),
    "accounts:delete": page("get"),
}

API_ROUTES = {
    "POST /api/v1/auth/signup": public("post"),
    "POST /api/v1/auth/token": public("post"),
    "GET /api/v1/auth/me": page(),
}


def seed(cast):
    from ourway.accounts.models import ApiToken

    return {"accounts_token_a": ApiToken.objects.filter(user=cast.a).first().pk}
