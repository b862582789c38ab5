from tests.conftest import A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.manual.editing import add_agreement, save_answer

    # The manual has no private items: every answer is written for the couple to read.
    save_answer(cast.a, "raise_it", f"Ask me after dinner {A_SHARED}", 0)
    save_answer(cast.a, "old_pattern", f"We pause for twenty minutes {A_SHARED}", 0)
    agreement, _ = add_agreement(cast.a, f"We say goodnight kindly {A_SHARED}")
    return {"manual_agreement": agreement.pk}


def agreement(ids):
    return {"agreement_id": ids["manual_agreement"]}


ROUTES = {
    "manual:manual": page(),
    "manual:edit": page("get", "post", kwargs=lambda ids: {"key": "old_pattern"}),
    "manual:agreement_add": page("post"),
    "manual:agreement_retire": Route(methods=("post",), shared=agreement),
    "manual:review": page("post"),
    "manual:history": page(),
    "manual:export_markdown": page(),
    "manual:print": page(),
}

API_ROUTES = {
    "GET /api/v1/manual": page(),
    "PUT /api/v1/manual/answers/{key}": page(
        "put",
        kwargs=lambda ids: {"key": "old_pattern"},
        body=lambda ids: {"text": "We breathe first.", "base_version": 0},
    ),
    "GET /api/v1/manual/versions": page(),
    "GET /api/v1/manual/export.md": page(),
    "POST /api/v1/manual/agreements": page("post", body=lambda ids: {"text": "We hug."}),
    "POST /api/v1/manual/review": page("post", body=lambda ids: {}),
}
