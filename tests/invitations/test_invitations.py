"""Soft invitations: writing, the coach's second look, answering, and every dead end."""

from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ourway.couples.models import Notice
from ourway.invitations.models import MAX_INVITATION_CHARS, Invitation, InvitationProblem, Status

NEW = "/invitations/new/"
GENTLE = "I miss you. Could we find some time to talk this weekend?"
HARSH = "We need to talk. You never listen to me."


def later(hours=3):
    return (timezone.localtime() + timedelta(hours=hours)).strftime("%Y-%m-%dT%H:%M")


def send(client, text=GENTLE, token="t-1", **extra):
    return client.post(NEW, {"text": text, "token": token, **extra})


def sent_page(client, text=GENTLE, token="t-1", **extra):
    """Post the compose form like a browser: it always answers with a redirect (so Back and
    reload are safe), and the page after it shows the outcome."""
    response = send(client, text, token, **extra)
    assert response.status_code == 302
    return client.get(response["Location"]).content.decode()


def quiet(person):
    person.safety_mode_since = timezone.now()
    person.save(update_fields=["safety_mode_since"])


def detail(invitation):
    return reverse("invitations:invitation", args=[invitation.pk])


def respond(client, invitation, **data):
    return client.post(reverse("invitations:respond", args=[invitation.pk]), data)


def test_a_gentle_invitation_is_sent_and_the_partner_gets_a_neutral_notice(cast):
    cast.b.email_notices = True
    cast.b.save(update_fields=["email_notices"])
    response = send(cast.client_a, proposed_for=later())
    invitation = Invitation.objects.get()
    assert response["Location"] == detail(invitation)
    assert (invitation.sender, invitation.recipient, invitation.status) == (
        cast.a,
        cast.b,
        "pending",
    )
    notice = Notice.objects.get(recipient=cast.b)
    assert notice.text == "Ana sent you an invitation."
    assert GENTLE not in notice.text
    assert len(mail.outbox) == 1
    assert "talk" not in mail.outbox[0].subject.lower()
    assert GENTLE not in mail.outbox[0].body
    assert GENTLE in cast.client_b.get(detail(invitation)).content.decode()


def test_a_harsh_draft_gets_a_second_look_and_is_not_sent(cast):
    page = sent_page(cast.client_a, HARSH)
    assert "Before it goes: a second look" in page
    assert "<mark>We need to talk</mark>" in page
    assert "A kinder way to say it:" in page
    assert "Send it as it is" in page
    assert HARSH in page  # the draft is still in the box
    assert not Invitation.objects.exists()


def test_a_threatening_draft_gets_the_threat_card_and_never_a_softer_version(cast):
    threat = "We need to talk tonight, or I swear you will never see the kids again."
    page = sent_page(cast.client_a, threat)
    assert "These words read as a threat, or as control over your partner." in page
    assert "<mark>We need to talk</mark>" in page
    assert "A kinder way to say it:" not in page
    assert "Open softly with your side" not in page  # no tip to say the rest more softly
    assert "Use the kinder wording" not in page
    assert not Invitation.objects.exists()


def test_a_sender_who_may_not_be_safe_sees_safety_options_and_may_still_send(cast):
    scared = "We need to talk. I am scared of what you do when you drink."
    page = sent_page(cast.client_a, scared)
    assert "What you wrote sounds like you may not be safe." in page
    assert 'href="/care/safety/"' in page
    assert "<mark>" not in page  # no advice on wording for the partner
    assert not Invitation.objects.exists()
    send(cast.client_a, scared, send_anyway="on")
    assert Invitation.objects.get().text == scared


def test_send_anyway_sends_the_harsh_draft_as_written(cast):
    send(cast.client_a, HARSH, send_anyway="on")
    assert Invitation.objects.get().text == HARSH


def test_use_the_kinder_wording_puts_the_rewrite_in_the_box_without_sending(cast):
    page = sent_page(cast.client_a, HARSH, use_rewrite="1")
    assert not Invitation.objects.exists()
    assert "The kinder wording is in the box." in page
    assert "something for us to solve together" in page
    # Sending the chosen wording goes straight out: the second look was already given.
    assert 'name="send_anyway" value="on"' in page


def test_a_kinder_shape_with_a_gap_is_shown_but_not_offered_as_the_wording(cast):
    page = sent_page(cast.client_a, "We need to talk. You're so selfish.")
    assert not Invitation.objects.exists()
    assert "[one specific moment this happened]" in page
    assert "put your own words where the brackets or the dots are" in page
    assert "Use the kinder wording" not in page


def test_an_opener_fills_the_box(cast):
    page = cast.client_a.get(NEW + "?opener=distant-no-agenda").content.decode()
    assert "No agenda, just the two of us." in page
    assert 'value="distant-no-agenda"' in page


def test_a_double_submit_sends_one_invitation(cast):
    send(cast.client_a, token="same")
    send(cast.client_a, token="same")
    assert Invitation.objects.count() == 1
    assert Notice.objects.filter(recipient=cast.b).count() == 1


def test_empty_and_huge_drafts_get_kind_errors_and_keep_the_text(cast):
    empty = sent_page(cast.client_a, " \x00 ")
    assert "The invitation is empty." in empty
    huge_text = "please " * (MAX_INVITATION_CHARS // 6)
    huge = sent_page(cast.client_a, huge_text)
    assert "an invitation holds up to" in huge
    assert huge_text.strip()[:300] in huge
    assert not Invitation.objects.exists()


def test_a_time_in_the_past_is_refused_kindly(cast):
    past = (timezone.localtime() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    page = sent_page(cast.client_a, proposed_for=past)
    assert "That time has already passed." in page
    assert not Invitation.objects.exists()


def test_accepting_a_suggested_time_shows_the_agreed_time_to_both(cast):
    send(cast.client_a, proposed_for=later(5))
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="accept")
    invitation.refresh_from_db()
    assert invitation.status == Status.ACCEPTED
    assert invitation.agreed_for == invitation.proposed_for
    shown = timezone.localtime(invitation.agreed_for).strftime("%H:%M")
    for client in (cast.client_a, cast.client_b):
        page = client.get(detail(invitation)).content.decode()
        assert "It is a date" in page
        assert shown in page
    assert Notice.objects.filter(recipient=cast.a, text="Ben answered your invitation.").exists()


def test_accepting_without_a_suggested_time_asks_for_one(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    response = respond(cast.client_b, invitation, action="accept")
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.status == Status.PENDING
    respond(cast.client_b, invitation, action="accept", at=later(2))
    invitation.refresh_from_db()
    assert invitation.status == Status.ACCEPTED
    assert invitation.agreed_for is not None


def test_proposing_another_time_hands_the_turn_back_to_the_sender(cast):
    send(cast.client_a, proposed_for=later(2))
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="propose", at=later(26))
    invitation.refresh_from_db()
    assert invitation.waiting_on == cast.a
    assert invitation.status == Status.PENDING
    sender_page = cast.client_a.get(detail(invitation)).content.decode()
    assert "Ben suggests another time:" in sender_page
    respond(cast.client_a, invitation, action="accept")
    invitation.refresh_from_db()
    assert invitation.status == Status.ACCEPTED
    assert invitation.agreed_for == invitation.proposed_for


def test_not_yet_carries_a_gentle_preset_note(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="not_yet", note_key="need-to-settle")
    page = cast.client_a.get(detail(invitation)).content.decode()
    assert "Ben answered “not yet”." in page
    assert "I need a little time to settle first." in page
    assert "Not yet is not no." in page


def test_a_not_yet_without_a_known_note_changes_nothing(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="not_yet", note_key="you-are-annoying")
    invitation.refresh_from_db()
    assert invitation.status == Status.PENDING


def test_an_expired_invitation_says_so_and_cannot_be_answered(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    Invitation.objects.filter(pk=invitation.pk).update(
        expires=timezone.now() - timedelta(minutes=1)
    )
    page = cast.client_b.get(detail(invitation)).content.decode()
    assert "This invitation has expired." in page
    response = respond(cast.client_b, invitation, action="accept", at=later())
    follow = cast.client_b.get(response["Location"]).content.decode()
    assert "This invitation has expired." in follow
    invitation.refresh_from_db()
    assert invitation.status == Status.PENDING


def test_a_withdrawn_invitation_gives_the_partner_a_clear_message(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    cast.client_a.post(reverse("invitations:withdraw", args=[invitation.pk]))
    response = respond(cast.client_b, invitation, action="accept", at=later())
    follow = cast.client_b.get(response["Location"]).content.decode()
    assert "This invitation was withdrawn, so there is nothing to answer." in follow


def test_answering_twice_gives_a_clear_message_and_keeps_the_first_answer(cast):
    send(cast.client_a, proposed_for=later())
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="accept")
    response = respond(cast.client_b, invitation, action="not_yet", note_key="need-rest")
    follow = cast.client_b.get(response["Location"]).content.decode()
    assert "This invitation is already accepted" in follow
    invitation.refresh_from_db()
    assert invitation.status == Status.ACCEPTED


def test_both_pressing_at_once_one_wins_and_the_other_is_told(cast):
    invitation, _ = Invitation.send(
        cast.a, text=GENTLE, token="x", proposed_for=timezone.now() + timedelta(hours=1)
    )
    Invitation.respond(invitation.pk, cast.b, action="accept")
    with pytest.raises(InvitationProblem, match="already answered"):
        Invitation.withdraw(invitation.pk, cast.a)
    invitation.refresh_from_db()
    assert invitation.status == Status.ACCEPTED


def test_the_sender_cannot_answer_their_own_invitation(cast):
    send(cast.client_a, proposed_for=later())
    invitation = Invitation.objects.get()
    response = respond(cast.client_a, invitation, action="accept")
    follow = cast.client_a.get(response["Location"]).content.decode()
    assert "It is your partner’s turn to answer." in follow


def test_only_the_sender_can_withdraw(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    assert (
        cast.client_b.post(reverse("invitations:withdraw", args=[invitation.pk])).status_code == 404
    )
    assert (
        cast.client_c.post(reverse("invitations:withdraw", args=[invitation.pk])).status_code == 404
    )


def test_an_outsider_sees_nothing(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    assert cast.client_c.get(detail(invitation)).status_code == 404
    assert GENTLE not in cast.client_c.get("/invitations/").content.decode()


def test_a_person_without_a_partner_is_told_kindly(cast):
    from tests.conftest import make_person

    solo = make_person("solo@example.com", "Sol")
    cast.client_c.force_login(solo)
    page = cast.client_c.get(NEW).content.decode()
    assert "Once they have joined your couple space" in page
    assert "Invitations go to your partner." in sent_page(cast.client_c, token="solo")
    assert not Invitation.objects.exists()


def test_in_safety_mode_a_person_neither_sends_nor_sees_invitations(cast):
    send(cast.client_b, token="from-b")
    quiet(cast.a)
    assert "Paused for now" in cast.client_a.get("/invitations/").content.decode()
    invitation = Invitation.objects.get()
    assert GENTLE not in cast.client_a.get(detail(invitation)).content.decode()
    send(cast.client_a, token="from-a")
    assert Invitation.objects.count() == 1


def test_the_senders_view_is_the_same_whether_or_not_the_partner_is_in_safety_mode(cast):
    send(cast.client_a, proposed_for=later())
    invitation = Invitation.objects.get()

    def senders_view():
        page = cast.client_a.get(detail(invitation)).content.decode()
        main = page.split('<main id="main"', 1)[1].split("</main>", 1)[0]
        return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", main)

    senders_view()  # the "Sent." message is shown once
    before = senders_view()
    quiet(cast.b)
    assert senders_view() == before
    assert "Waiting for Ben to answer." in before


def test_a_partner_in_safety_mode_is_not_notified(cast):
    quiet(cast.b)
    send(cast.client_a)
    assert Invitation.objects.count() == 1
    assert not Notice.objects.filter(recipient=cast.b).exists()


def test_the_list_runs_a_bounded_number_of_queries_with_a_year_of_invitations(
    cast, django_assert_max_num_queries
):
    couple = cast.a.membership.couple
    now = timezone.now()
    Invitation.objects.bulk_create(
        Invitation(
            couple=couple,
            sender=cast.a if n % 2 else cast.b,
            recipient=cast.b if n % 2 else cast.a,
            waiting_on=cast.b,
            text=f"invitation {n}",
            token=f"bulk-{n}",
            status=Status.NOT_YET,
            created=now - timedelta(days=n),
            expires=now - timedelta(days=n - 3),
        )
        for n in range(365)
    )
    cast.client_a.get("/invitations/")
    with django_assert_max_num_queries(14):
        response = cast.client_a.get("/invitations/")
    assert "invitation 0" in response.content.decode()


def test_export_holds_only_what_i_sent(cast):
    from ourway.invitations.exports import export_for

    send(cast.client_a, token="a1")
    send(cast.client_b, "Would you like a walk together tomorrow?", token="b1")
    exported = export_for(cast.a)
    assert [i["text"] for i in exported["invitations_sent"]] == [GENTLE]


# --- Post/Redirect/Get: Back and reload never send a form again --------------------------


def test_every_press_on_the_compose_form_answers_with_a_redirect(cast):
    for extra in ({"text": ""}, {"text": HARSH}, {"text": HARSH, "use_rewrite": "1"}):
        response = cast.client_a.post(NEW, {"token": "t-1", **extra})
        assert (response.status_code, response["Location"]) == (302, NEW)
    assert not Invitation.objects.exists()


def test_reloading_the_second_look_shows_it_again_and_sends_nothing(cast):
    first = sent_page(cast.client_a, HARSH)
    again = cast.client_a.get(NEW).content.decode()
    for page in (first, again):
        assert "Before it goes: a second look" in page
        assert HARSH in page
    assert not Invitation.objects.exists()


def test_after_sending_the_form_is_fresh_and_the_draft_is_gone(cast):
    sent_page(cast.client_a, HARSH, use_rewrite="1")
    page = cast.client_a.get(NEW).content.decode()
    kinder = re.search(r'<textarea name="text"[^>]*>\s*([^<]+)</textarea>', page).group(1)
    response = send(cast.client_a, kinder.strip(), send_anyway="on")
    invitation = Invitation.objects.get()
    assert response["Location"] == detail(invitation)
    fresh = cast.client_a.get(NEW).content.decode()  # what Back shows after sending
    assert kinder.strip() not in fresh
    assert "Before it goes" not in fresh
    assert 'name="token" value="t-1"' not in fresh  # a new form, a new token


def test_a_kept_draft_is_sealed_in_the_session(cast):
    from django.contrib.sessions.models import Session

    sent_page(cast.client_a, HARSH)
    stored = [(s.session_data, json.dumps(s.get_decoded())) for s in Session.objects.all()]
    assert stored
    for raw, decoded in stored:
        assert "You never listen" not in raw
        assert "You never listen" not in decoded


def test_an_opener_picked_without_javascript_keeps_the_drafts_time(cast):
    when = later(4)
    sent_page(cast.client_a, "", proposed_for=when)  # empty words: the draft is kept
    page = cast.client_a.get(NEW + "?opener=distant-no-agenda").content.decode()
    assert "No agenda, just the two of us." in page
    assert f'value="{when}"' in page
    assert "The invitation is empty." not in page


def test_the_compose_picker_starts_at_now(cast):
    before = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    page = cast.client_a.get(NEW).content.decode()
    after = timezone.localtime().strftime("%Y-%m-%dT%H:%M")
    picker = re.search(r'<input type="datetime-local" name="proposed_for"[^>]*>', page).group(0)
    assert re.search(r'min="([^"]+)"', picker).group(1) in {before, after}
    assert 'max="' in picker


# --- Answering: one box when no time was suggested, errors beside their own form ---------


def answer_page(client, invitation):
    return client.get(detail(invitation)).content.decode()


def form_for(page, action):
    """The HTML of the answer form for `action` ("accept", "propose", "not_yet")."""
    forms = re.findall(r"<form method=\"post\" action=\"[^\"]+/respond/\".*?</form>", page, re.S)
    found = [f for f in forms if f'name="action" value="{action}"' in f]
    return found[0] if found else None


def test_with_no_time_suggested_there_is_one_box_to_pick_a_time(cast):
    send(cast.client_a)
    page = answer_page(cast.client_b, Invitation.objects.get())
    assert page.count('type="datetime-local"') == 1
    accept = form_for(page, "accept")
    assert "Pick a time" in accept
    assert re.search(
        r'<input type="datetime-local" name="at" id="accept-at" required min="', accept
    )
    assert form_for(page, "propose") is None
    assert "Propose this time" not in page


def test_with_a_suggested_time_the_partner_may_accept_it_or_propose_another(cast):
    send(cast.client_a, proposed_for=later(5))
    page = answer_page(cast.client_b, Invitation.objects.get())
    assert "Yes, that time works" in form_for(page, "accept")
    propose = form_for(page, "propose")
    assert "Propose this time" in propose
    assert 'min="' in propose
    assert "Pick a time" not in page


def test_a_past_time_is_refused_beside_the_box_it_was_typed_in(cast):
    send(cast.client_a)
    invitation = Invitation.objects.get()
    past = (timezone.localtime() - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M")
    response = respond(cast.client_b, invitation, action="accept", at=past)
    assert response["Location"] == detail(invitation)
    page = answer_page(cast.client_b, invitation)
    accept = form_for(page, "accept")
    assert "That time has already passed. Pick one that is still ahead." in accept
    assert f'value="{past}"' in accept
    assert 'aria-invalid="true"' in accept
    assert "already passed" not in form_for(page, "not_yet")
    invitation.refresh_from_db()
    assert invitation.status == Status.PENDING
    # Once shown, a reload gives a clean page.
    assert "already passed" not in answer_page(cast.client_b, invitation)


def test_a_missing_time_or_note_is_asked_for_beside_its_own_form(cast):
    send(cast.client_a, proposed_for=later(5))
    invitation = Invitation.objects.get()
    respond(cast.client_b, invitation, action="propose", at="")
    page = answer_page(cast.client_b, invitation)
    assert "Pick the time you would like instead." in form_for(page, "propose")
    respond(cast.client_b, invitation, action="not_yet", note_key="you-are-annoying")
    page = answer_page(cast.client_b, invitation)
    assert "Pick one of the notes, so your answer lands gently." in form_for(page, "not_yet")
    assert "Pick the time you would like instead." not in page
    invitation.refresh_from_db()
    assert invitation.status == Status.PENDING


# --- Time zones: typed and shown in each person's own zone -------------------------------


def test_a_time_is_read_in_the_senders_zone_and_shown_in_the_partners(cast):
    from zoneinfo import ZoneInfo

    type(cast.a).objects.filter(pk=cast.a.pk).update(time_zone="America/New_York")
    type(cast.b).objects.filter(pk=cast.b.pk).update(time_zone="Asia/Tokyo")
    new_york, tokyo = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")
    tomorrow = (timezone.localtime(timezone=new_york) + timedelta(days=1)).date()
    send(cast.client_a, proposed_for=f"{tomorrow.isoformat()}T19:00")
    invitation = Invitation.objects.get()
    assert invitation.proposed_for.astimezone(new_york).strftime("%H:%M") == "19:00"
    in_tokyo = invitation.proposed_for.astimezone(tokyo).strftime("%H:%M")
    assert in_tokyo != "19:00"
    respond(cast.client_b, invitation, action="accept")
    agreed = re.compile(r'<p class="agreed-time">[^<]*?(\d\d:\d\d)</p>')
    assert agreed.search(answer_page(cast.client_a, invitation)).group(1) == "19:00"
    assert agreed.search(answer_page(cast.client_b, invitation)).group(1) == in_tokyo
