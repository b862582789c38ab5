"""Safety mode pauses the manual for that person only; a year of history stays cheap."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from ourway.manual.editing import add_agreement, save_answer
from ourway.manual.models import Revision
from tests.amends.conftest import quiet


def test_the_manual_is_paused_for_a_person_in_safety_mode_and_unchanged_for_the_partner(cast):
    save_answer(cast.b, "raise_it", "Text me first.", 0)
    before = cast.api("a", "get", "/api/v1/manual").json()
    quiet(cast.b)
    for name in ("manual:manual", "manual:history", "manual:print", "manual:export_markdown"):
        assert "Paused for now" in cast.client_b.get(reverse(name)).content.decode(), name
    cast.client_b.post(
        reverse("manual:edit", args=["raise_it"]), {"text": "changed", "base_version": 1}
    )
    cast.client_b.post(reverse("manual:agreement_add"), {"text": "secret"})
    assert cast.api("b", "get", "/api/v1/manual").status_code == 404
    assert (
        cast.api(
            "b", "put", "/api/v1/manual/answers/raise_it", {"text": "x", "base_version": 1}
        ).status_code
        == 404
    )
    assert cast.api("a", "get", "/api/v1/manual").json() == before
    assert Revision.objects.count() == 1


def test_the_manual_page_stays_fast_with_a_year_of_changes(cast, django_assert_max_num_queries):
    from ourway.couples.access import couple_of
    from ourway.talk.models import Agreement

    start = timezone.now() - timedelta(days=365)
    for week in range(52):
        for person in (cast.a, cast.b):
            current = Revision.objects.filter(author=person, question="raise_it").count()
            save_answer(person, "raise_it", f"week {week} {person.name}", current)
        add_agreement(cast.a, f"agreement {week}")
        Agreement.objects.create(couple=couple_of(cast.a), author=cast.b, text=f"talk {week}")
    Revision.objects.update(created=start)
    with django_assert_max_num_queries(15):
        response = cast.client_a.get(reverse("manual:manual"))
    assert "week 51 Ben" in response.content.decode()
    with django_assert_max_num_queries(15):
        response = cast.client_a.get(reverse("manual:history"))
    assert response.status_code == 200
    with django_assert_max_num_queries(15):
        cast.client_a.get(reverse("manual:print"))
