"""Safety mode: drafts stay available; sending, answering and commitments pause for the
person in safety mode, and the partner's side reveals nothing."""

from django.urls import reverse

from ourway.amends.models import Apology, Commitment
from ourway.couples.models import Notice
from tests.amends.conftest import FULL, quiet


def _sent_by_a(cast):
    apology, _ = Apology.write(cast.a, FULL)
    apology.send()
    return apology


def test_in_safety_mode_drafts_still_work_but_sending_is_paused(cast):
    quiet(cast.a)
    page = cast.client_a.get(reverse("amends:workshop")).content.decode()
    assert "Keep as a private draft" in page
    assert "Send to" not in page
    cast.client_a.post(reverse("amends:workshop"), {"text": FULL, "action": "send"})
    apology = Apology.objects.get()
    assert apology.is_draft
    response = cast.client_a.post(reverse("amends:send", args=[apology.pk]))
    assert "Paused for now" in response.content.decode()
    apology.refresh_from_db()
    assert apology.is_draft
    assert Notice.objects.for_person(cast.b).count() == 0
    assert Commitment.objects.count() == 0


def test_received_apologies_and_commitments_are_hidden_for_the_person_in_safety_mode(cast):
    apology = _sent_by_a(cast)
    quiet(cast.b)
    workshop = cast.client_b.get(reverse("amends:workshop")).content.decode()
    assert "From Ana" not in workshop
    assert (
        "Paused for now"
        in cast.client_b.get(reverse("amends:received", args=[apology.pk])).content.decode()
    )
    assert "Paused for now" in cast.client_b.get(reverse("amends:commitments")).content.decode()
    cast.client_b.post(reverse("amends:received", args=[apology.pk]), {"reply": "accepted"})
    apology.refresh_from_db()
    assert apology.reply == ""


def test_the_partner_sees_no_difference_when_the_other_is_in_safety_mode(cast):
    apology = _sent_by_a(cast)
    before = cast.client_a.get(reverse("amends:apology", args=[apology.pk])).content.decode()
    before_api = cast.api("a", "get", f"/api/v1/amends/apologies/{apology.pk}").json()
    quiet(cast.b)
    after = cast.client_a.get(reverse("amends:apology", args=[apology.pk])).content.decode()
    after_api = cast.api("a", "get", f"/api/v1/amends/apologies/{apology.pk}").json()
    strip = lambda html: html.split('name="csrfmiddlewaretoken"')[0].split("X-CSRFToken")[0]  # noqa: E731
    assert strip(before) == strip(after)
    assert before_api == after_api


def test_a_new_apology_to_a_partner_in_safety_mode_sends_them_no_notice(cast, mailoutbox):
    type(cast.b).objects.filter(pk=cast.b.pk).update(email_notices=True)
    quiet(cast.b)
    cast.client_a.post(reverse("amends:workshop"), {"text": FULL, "action": "send"})
    assert Apology.objects.get().shared
    assert Notice.objects.for_person(cast.b).count() == 0
    assert mailoutbox == []


def test_joint_api_endpoints_answer_404_in_safety_mode(cast):
    apology = _sent_by_a(cast)
    commitment = Commitment.objects.get()
    quiet(cast.b)
    assert cast.api("b", "get", "/api/v1/amends/apologies").json() == []
    assert cast.api("b", "get", f"/api/v1/amends/apologies/{apology.pk}").status_code == 404
    assert (
        cast.api(
            "b", "post", f"/api/v1/amends/apologies/{apology.pk}/reply", {"reply": "accepted"}
        ).status_code
        == 404
    )
    assert cast.api("b", "get", "/api/v1/amends/commitments").status_code == 404
    assert (
        cast.api(
            "b", "post", f"/api/v1/amends/commitments/{commitment.pk}/look-back", {}
        ).status_code
        == 404
    )
    mine = cast.api("b", "post", "/api/v1/amends/apologies", {"text": "I'm sorry."})
    assert mine.status_code == 201
    assert (
        cast.api("b", "post", f"/api/v1/amends/apologies/{mine.json()['id']}/send").status_code
        == 404
    )
