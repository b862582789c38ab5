"""The apology workshop: write (private drafts, always available), send and answer (joint)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.amends.checklist import read
from ourway.amends.forms import ApologyForm, LookBackForm, ReplyForm
from ourway.amends.models import MAX_APOLOGY_CHARS, AmendsError, Apology, Commitment
from ourway.coaching.tally import note
from ourway.couples.access import (
    get_in_couple_or_404,
    get_own_or_404,
    get_visible_or_404,
    partner_of,
)
from ourway.couples.outreach import is_quiet, joint_feature, tell_partner
from ourway.text import clean_text

LIST_SIZE = 20


def _send(request: HttpRequest, apology: Apology) -> None:
    """Send a draft and tell the partner, in words that reveal nothing over a shoulder."""
    try:
        newly_sent = apology.send()
    except AmendsError as error:
        messages.info(request, str(error))
        return
    if newly_sent:
        tell_partner(
            request.user,
            kind="apology",
            text=_("%(name)s sent you something to read when you're ready.")
            % {"name": getattr(request.user, "name", "")},
            url=reverse("amends:received", args=[apology.pk]),
            about=apology,
        )
    messages.success(request, _("Sent. Whatever they answer, you did the brave part."))


def _save_draft(request: HttpRequest, form: ApologyForm) -> Apology:
    data = form.cleaned_data
    apology, _created = Apology.write(
        request.user, data["text"], data["promise"], data["look_back_on"], data["form_token"]
    )
    note(request, apology.text, source="apology")
    return apology


def _workshop_context(request: HttpRequest, form: ApologyForm) -> dict[str, object]:
    user = request.user
    context: dict[str, object] = {
        "form": form,
        "reading": read(form["text"].value() or "", form["promise"].value() or ""),
        "drafts": Apology.objects.drafts().owned_by(user)[:LIST_SIZE],
        "quiet": is_quiet(user),
        "partner": partner_of(user),
    }
    if not context["quiet"]:
        context["sent"] = Apology.objects.sent().owned_by(user)[:LIST_SIZE]
        context["received"] = Apology.objects.received_by(user).select_related("owner")[:LIST_SIZE]
        context["due"] = Commitment.objects.due().in_couple_of(user).select_related("made_by")
    return context


@login_required
def workshop(request: HttpRequest) -> HttpResponse:
    initial = {}
    if again := request.GET.get("again"):
        # "Write a fuller apology": start from the words already sent.
        earlier = get_own_or_404(Apology.objects, request.user, pk=again)
        initial = {"text": earlier.text, "promise": earlier.promise}
    form = ApologyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        apology = _save_draft(request, form)
        if request.POST.get("action") == "send" and not is_quiet(request.user):
            _send(request, apology)
            return redirect("amends:apology", apology_id=apology.pk)
        messages.success(request, _("Saved as a draft. Only you can see it."))
        return redirect("amends:apology", apology_id=apology.pk)
    return render(request, "amends/workshop.html", _workshop_context(request, form))


@login_required
@require_POST
def checklist(request: HttpRequest) -> HttpResponse:
    """The live checklist beside the text box (htmx), from what is in the box now."""
    text = clean_text(request.POST.get("text", ""))[: MAX_APOLOGY_CHARS * 2]
    promise = clean_text(request.POST.get("promise", ""))[:2_000]
    return render(request, "amends/_checklist.html#checklist", {"reading": read(text, promise)})


@login_required
def apology(request: HttpRequest, apology_id: int) -> HttpResponse:
    found = get_visible_or_404(
        Apology.objects.select_related("commitment"), request.user, pk=apology_id
    )
    if found.owner_id != request.user.pk:
        return redirect("amends:received", apology_id=found.pk)
    if not found.is_draft:
        return _sent_page(request, found)
    form = ApologyForm(
        request.POST or None,
        initial={
            "text": found.text,
            "promise": found.promise,
            "look_back_on": found.look_back_on,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        found.revise(data["text"], data["promise"], data["look_back_on"])
        note(request, found.text, source="apology")
        if request.POST.get("action") == "send" and not is_quiet(request.user):
            _send(request, found)
        else:
            messages.success(request, _("Draft saved. Only you can see it."))
        return redirect("amends:apology", apology_id=found.pk)
    reading = read(form["text"].value() or "", form["promise"].value() or "")
    return render(
        request,
        "amends/draft.html",
        {
            "apology": found,
            "form": form,
            "reading": reading,
            "quiet": is_quiet(request.user),
            "partner": partner_of(request.user),
        },
    )


@joint_feature
def _sent_page(request: HttpRequest, found: Apology) -> HttpResponse:
    return render(
        request, "amends/sent.html", {"apology": found, "reading": read(found.text, found.promise)}
    )


@login_required
@require_POST
@joint_feature
def send(request: HttpRequest, apology_id: int) -> HttpResponse:
    found = get_own_or_404(Apology.objects, request.user, pk=apology_id)
    _send(request, found)
    return redirect("amends:apology", apology_id=found.pk)


@login_required
def delete(request: HttpRequest, apology_id: int) -> HttpResponse:
    found = get_own_or_404(Apology.objects.drafts(), request.user, pk=apology_id)
    if request.method == "POST":
        found.delete()
        messages.success(request, _("The draft is deleted for good."))
        return redirect("amends:workshop")
    return render(request, "amends/delete.html", {"apology": found})


@login_required
@joint_feature
def received(request: HttpRequest, apology_id: int) -> HttpResponse:
    found = get_visible_or_404(Apology.objects.select_related("owner"), request.user, pk=apology_id)
    if found.owner_id == request.user.pk:
        return redirect("amends:apology", apology_id=found.pk)
    form = ReplyForm(
        request.POST or None,
        initial={
            "reply": found.reply or None,
            "missing": found.reply_missing,
            "note": found.reply_note,
        },
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if found.answer(request.user, data["reply"], data["missing"], data["note"]):
            if data["note"]:
                note(request, data["note"], source="apology_reply")
            tell_partner(
                request.user,
                kind="apology_reply",
                text=_("%(name)s answered you.") % {"name": getattr(request.user, "name", "")},
                url=reverse("amends:apology", args=[found.pk]),
                about=found,
            )
        messages.success(request, _("Your answer is with them. Thank you for reading it."))
        return redirect("amends:received", apology_id=found.pk)
    return render(request, "amends/received.html", {"apology": found, "form": form})


@login_required
@joint_feature
def commitments(request: HttpRequest) -> HttpResponse:
    every = Commitment.objects.in_couple_of(request.user).select_related("made_by")
    every = every.prefetch_related("looks__by")
    return render(
        request, "amends/commitments.html", {"commitments": every, "form": LookBackForm()}
    )


@login_required
@joint_feature
def look_back(request: HttpRequest, commitment_id: int) -> HttpResponse:
    found = get_in_couple_or_404(
        Commitment.objects.select_related("made_by"), request.user, pk=commitment_id
    )
    form = LookBackForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        found.look_back(request.user, form.cleaned_data["note"])
        if form.cleaned_data["note"]:
            note(request, form.cleaned_data["note"], source="look_back")
        messages.success(request, _("Noted. Looking back together is how promises stay alive."))
        return redirect("amends:commitments")
    return render(request, "amends/look_back.html", {"commitment": found, "form": form})
