from datetime import timedelta

from django.utils import timezone

from tests.conftest import A_PRIVATE, A_SHARED
from tests.permissions.spec import Route, page


def seed(cast):
    from ourway.checkins.models import CheckIn

    today = timezone.localdate()
    yesterday = today - timedelta(days=1)
    # Only A answered today: private to A until B answers.
    CheckIn.objects.create(owner=cast.a, day=today, closeness=2, words=f"Not great {A_PRIVATE}")
    # Both answered yesterday: revealed to each other.
    CheckIn.objects.create(
        owner=cast.a, day=yesterday, closeness=4, words=f"Better {A_SHARED}", shared=True
    )
    CheckIn.objects.create(owner=cast.b, day=yesterday, closeness=4, words="Good", shared=True)
    # A's private check-in is also revealable in principle (shared=True) but B did not answer.
    CheckIn.objects.filter(owner=cast.a, day=today).update(shared=True)
    return {"checkins_private_day": today.isoformat(), "checkins_shared_day": yesterday.isoformat()}


def private(ids):
    return {"day": ids["checkins_private_day"]}


def shared(ids):
    return {"day": ids["checkins_shared_day"]}


ROUTES = {
    "checkins:checkins": page("get", "post"),
    "checkins:day": Route(private=private, shared=shared),
}

API_ROUTES = {
    "GET /api/v1/checkins": page(),
    "POST /api/v1/checkins": page("post", body=lambda ids: {"closeness": 3, "words": "okay-ish"}),
    "GET /api/v1/checkins/today": page(),
    "GET /api/v1/checkins/trend": page(),
    "GET /api/v1/checkins/days/{day}": Route(private=private, shared=shared),
}
