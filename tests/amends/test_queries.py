"""The workshop stays cheap with a year of apologies and commitments."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from ourway.amends.models import Apology, Commitment
from ourway.couples.access import couple_of


def test_the_workshop_and_commitments_pages_stay_fast_with_a_year_of_data(
    cast, django_assert_max_num_queries
):
    couple = couple_of(cast.a)
    start = timezone.now() - timedelta(days=365)
    for week in range(52):
        author, reader = (cast.a, cast.b) if week % 2 else (cast.b, cast.a)
        apology = Apology.objects.create(
            owner=author,
            text=f"I'm sorry, week {week}. It was my fault.",
            shared=True,
            sent_at=start + timedelta(days=7 * week),
            reply="accepted",
            parts=["remorse"],
        )
        Apology.objects.create(owner=author, text=f"draft {week}")
        commitment = Commitment.objects.create(
            couple=couple,
            apology=apology,
            made_by=author,
            text=f"promise {week}",
            look_back_on=(start + timedelta(days=7 * week + 28)).date(),
        )
        if week % 3:
            commitment.look_back(reader, f"note {week}")
    with django_assert_max_num_queries(15):
        response = cast.client_a.get(reverse("amends:workshop"))
    assert response.status_code == 200
    with django_assert_max_num_queries(15):
        response = cast.client_a.get(reverse("amends:commitments"))
    assert "note 50" in response.content.decode()
