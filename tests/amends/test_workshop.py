"""The apology workshop through its pages, as partner A (writer) and partner B (reader)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from ourway.amends.models import MAX_APOLOGY_CHARS, Apology, Commitment, LookBack
from ourway.coaching.models import CoachSighting
from ourway.couples.models import Notice
from tests.amends.conftest import FULL


def _write(client, text=FULL, action="draft", **extra):
    data = {"text": text, "promise": "", "look_back_on": "", "action": action, **extra}
    return client.post(reverse("amends:workshop"), data)


def test_the_workshop_page_explains_the_research_and_shows_the_checklist(cast):
    page = cast.client_a.get(reverse("amends:workshop")).content.decode()
    assert "Lewicki" in page
    assert "counts most" in page
    assert 'hx-post="/coaching/check/"' in page
    assert "Send to Ben" in page


def test_saving_a_draft_keeps_it_private_to_the_author(cast):
    response = _write(cast.client_a, text="I'm sorry I forgot your birthday. It was my fault.")
    apology = Apology.objects.get()
    assert response.status_code == 302
    assert apology.is_draft
    assert not apology.shared
    assert "forgot your birthday" in cast.client_a.get(reverse("amends:workshop")).content.decode()
    assert (
        "forgot your birthday" not in cast.client_b.get(reverse("amends:workshop")).content.decode()
    )
    assert cast.client_b.get(reverse("amends:received", args=[apology.pk])).status_code == 404
    assert Notice.objects.for_person(cast.b).count() == 0
    assert CoachSighting.objects.filter(owner=cast.a, source="apology").count() == 1


def test_an_empty_apology_gets_a_kind_error_and_nothing_is_saved(cast):
    response = _write(cast.client_a, text="   \n ")
    page = response.content.decode()
    assert response.status_code == 200
    assert "There is nothing here yet" in page
    assert 'role="alert"' in page
    assert Apology.objects.count() == 0


def test_a_huge_apology_is_refused_kindly_and_the_text_stays_in_the_box(cast):
    text = "I'm sorry. " + "x" * (MAX_APOLOGY_CHARS + 10)
    response = _write(cast.client_a, text=text)
    page = response.content.decode()
    assert "Your words are still here" in page
    assert "x" * 500 in page
    assert Apology.objects.count() == 0


def test_odd_unicode_is_cleaned_and_kept(cast):
    _write(cast.client_a, text="I'm sorry\x00 I was rude. Cafe\u0301 😔 עברית")
    assert Apology.objects.get().text == "I'm sorry I was rude. Café 😔 עברית"


def test_a_double_submit_of_the_same_form_makes_one_draft(cast):
    token = "0b9d8c52-7d55-4e0a-9d8e-111111111111"
    _write(cast.client_a, form_token=token)
    _write(cast.client_a, form_token=token)
    assert Apology.objects.count() == 1


def test_sending_shares_it_tells_the_partner_neutrally_and_makes_a_commitment(cast, mailoutbox):
    type(cast.b).objects.filter(pk=cast.b.pk).update(email_notices=True)
    _write(cast.client_a, action="send")
    apology = Apology.objects.get()
    assert apology.shared
    assert apology.sent_at
    notice = Notice.objects.for_person(cast.b).get()
    assert "apolog" not in notice.text.lower()
    assert "sorry" not in notice.text.lower()
    assert notice.url == reverse("amends:received", args=[apology.pk])
    assert len(mailoutbox) == 1
    assert "sorry" not in (mailoutbox[0].subject + mailoutbox[0].body).lower()
    commitment = Commitment.objects.get()
    assert commitment.text == "From now on I will take a break before I answer."
    assert commitment.look_back_on == timezone.localdate() + timedelta(days=28)
    page = cast.client_b.get(reverse("amends:received", args=[apology.pk])).content.decode()
    assert "I was wrong to shout at you" in page
    assert "take a break before I answer" in page


def test_sending_twice_tells_the_partner_once(cast):
    _write(cast.client_a)
    apology = Apology.objects.get()
    for _ in range(2):
        cast.client_a.post(reverse("amends:send", args=[apology.pk]))
    assert Notice.objects.for_person(cast.b).count() == 1
    assert Commitment.objects.count() == 1


def test_without_a_partner_the_apology_stays_a_draft(db):
    from django.test import Client

    from tests.conftest import make_person

    alone = make_person("solo@example.com", "Sol")
    client = Client()
    client.force_login(alone)
    page = client.get(reverse("amends:workshop")).content.decode()
    assert "Send to" not in page
    client.post(reverse("amends:workshop"), {"text": FULL, "action": "draft"})
    apology = Apology.objects.get()
    response = client.post(reverse("amends:send", args=[apology.pk]), follow=True)
    assert "joined OurWay yet" in response.content.decode()
    apology.refresh_from_db()
    assert apology.is_draft


def test_the_partner_accepts_and_the_author_sees_the_answer(cast):
    _write(cast.client_a, action="send")
    apology = Apology.objects.get()
    cast.client_b.post(
        reverse("amends:received", args=[apology.pk]), {"reply": "accepted", "note": "Thank you."}
    )
    apology.refresh_from_db()
    assert apology.reply == "accepted"
    notice = Notice.objects.for_person(cast.a).get()
    assert notice.url == reverse("amends:apology", args=[apology.pk])
    page = cast.client_a.get(reverse("amends:apology", args=[apology.pk])).content.decode()
    assert "I accept your apology" in page
    assert "Thank you." in page


def test_the_partner_can_ask_for_what_is_missing(cast):
    _write(cast.client_a, text="I'm sorry.", action="send")
    apology = Apology.objects.get()
    response = cast.client_b.post(
        reverse("amends:received", args=[apology.pk]),
        {"reply": "missing", "missing": ["responsibility", "change"]},
    )
    assert response.status_code == 302
    apology.refresh_from_db()
    assert apology.reply_missing == ["responsibility", "change"]
    page = cast.client_a.get(reverse("amends:apology", args=[apology.pk])).content.decode()
    assert "I own what I did" in page
    assert "Write a fuller apology" in page
    again = cast.client_a.get(reverse("amends:workshop") + f"?again={apology.pk}").content.decode()
    assert ">I&#x27;m sorry.</textarea>" in again


def test_asking_for_what_is_missing_without_saying_what_gets_a_kind_error(cast):
    _write(cast.client_a, action="send")
    apology = Apology.objects.get()
    page = cast.client_b.post(
        reverse("amends:received", args=[apology.pk]), {"reply": "missing"}
    ).content.decode()
    assert "Tick what feels missing" in page
    apology.refresh_from_db()
    assert apology.reply == ""


def test_a_double_submitted_answer_tells_the_author_once(cast):
    _write(cast.client_a, action="send")
    apology = Apology.objects.get()
    for _ in range(2):
        cast.client_b.post(reverse("amends:received", args=[apology.pk]), {"reply": "need_time"})
    assert Notice.objects.for_person(cast.a).count() == 1


def test_a_sent_apology_can_be_neither_revised_nor_deleted(cast):
    _write(cast.client_a, action="send")
    apology = Apology.objects.get()
    cast.client_a.post(
        reverse("amends:apology", args=[apology.pk]), {"text": "changed", "action": "draft"}
    )
    assert cast.client_a.post(reverse("amends:delete", args=[apology.pk])).status_code == 404
    apology.refresh_from_db()
    assert "shout" in apology.text


def test_a_draft_can_be_revised_then_deleted(cast):
    _write(cast.client_a)
    apology = Apology.objects.get()
    cast.client_a.post(
        reverse("amends:apology", args=[apology.pk]),
        {"text": "I'm sorry. I was wrong.", "action": "draft"},
    )
    apology.refresh_from_db()
    assert apology.text == "I'm sorry. I was wrong."
    cast.client_a.post(reverse("amends:delete", args=[apology.pk]))
    assert Apology.objects.count() == 0


def test_the_live_checklist_ticks_what_the_words_cover(cast):
    response = cast.client_a.post(
        reverse("amends:checklist"), {"text": "I'm sorry. It was my fault."}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert "<html" not in page
    assert page.count('class="covered"') == 2
    assert 'value="55"' in page


def test_the_live_coach_gives_apology_specific_hints(cast):
    response = cast.client_a.post(
        reverse("coaching:check"),
        {"text": "I'm sorry, but you started it.", "purpose": "apology", "field": "text"},
    )
    assert "case for the" in response.content.decode()


def test_a_due_commitment_shows_on_the_workshop_for_both(cast):
    _write(cast.client_a, action="send")
    Commitment.objects.update(look_back_on=timezone.localdate())
    for client in (cast.client_a, cast.client_b):
        page = client.get(reverse("amends:workshop")).content.decode()
        assert "Time to look back together" in page


def test_both_partners_looking_back_at_once_keep_both_notes(cast):
    _write(cast.client_a, action="send")
    commitment = Commitment.objects.get()
    url = reverse("amends:look_back", args=[commitment.pk])
    cast.client_a.post(url, {"note": "I paused twice this month."})
    cast.client_b.post(url, {"note": "I noticed, thank you."})
    cast.client_b.post(url, {"note": "I noticed, thank you."})
    commitment.refresh_from_db()
    assert commitment.looked_back_at is not None
    assert sorted(LookBack.objects.values_list("note", flat=True)) == [
        "I noticed, thank you.",
        "I paused twice this month.",
    ]
    page = cast.client_a.get(reverse("amends:commitments")).content.decode()
    assert "I noticed, thank you." in page
