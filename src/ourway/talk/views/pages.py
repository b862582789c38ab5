from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coach import build_i_feel, feelings
from ourway.content import talk as words
from ourway.couples.access import couple_of, get_in_couple_or_404, partner_of
from ourway.couples.outreach import is_quiet, joint_feature, tell_partner
from ourway.talk.forms import PauseForm, StartForm
from ourway.talk.models import RepairSession
from ourway.talk.views.context import load_session, session_context
from ourway.text import clean_text
from ourway.web.carry import as_form_data, carry, posted, take

HISTORY_SIZE = 20


def find_session(request: HttpRequest, session_id: int) -> RepairSession:
    return get_in_couple_or_404(load_session(RepairSession.objects), request.user, pk=session_id)


def caller_name(request: HttpRequest) -> str:
    return str(getattr(request.user, "name", ""))


def carry_key(session_id: int) -> str:
    """Where a refused action leaves its form and words for the conversation page."""
    return f"talk:{session_id}"


def pause_key(session_id: int) -> str:
    return f"talk-pause:{session_id}"


def gone(request: HttpRequest, kept: str = "") -> HttpResponse:
    """The same calm page for a conversation that ended with the couple and for any unknown id.

    `kept`: words the person had just sent, shown for them to copy.
    """
    return render(request, "talk/gone.html", {"kept": kept}, status=404)


@login_required
@joint_feature
def home(request: HttpRequest) -> HttpResponse:
    partner = partner_of(request.user)
    carried = take(request, "talk-start") if request.method == "GET" else None
    form = StartForm(request.POST or (as_form_data(carried["data"]) if carried else None))
    if request.method == "POST":
        if partner is None or not form.is_valid():
            # Alone, the page says why there is nothing to start; otherwise it shows the
            # form's problem, filled in as it was sent.
            if partner is not None:
                carry(request, "talk-start", {"data": posted(request)})
            return redirect("talk:home")
        speaker = request.user if form.cleaned_data["first"] == "me" else partner
        session, created = RepairSession.start(
            couple_of(request.user),  # type: ignore[arg-type]
            request.user,
            topic=clean_text(form.cleaned_data["topic"]),
            mode=form.cleaned_data["mode"],
            speaker=speaker,
        )
        if created and not session.is_shared_device:
            tell_partner(
                request.user,
                kind="talk_started",
                text=_("%(name)s is waiting for you in OurWay.") % {"name": caller_name(request)},
                url=reverse("talk:session", args=[session.pk]),
                about=session,
            )
        elif not created:
            messages.info(request, _("You already have a conversation going. Here it is."))
        return redirect("talk:session", session_id=session.pk)
    sessions = RepairSession.objects.in_couple_of(request.user).prefetch_related("agreements")
    history = list(sessions[:HISTORY_SIZE])
    current = next((s for s in history if not s.is_ended), None)
    return render(
        request,
        "talk/home.html",
        {"form": form, "partner": partner, "history": history, "current": current},
    )


@login_required
@joint_feature
def session(request: HttpRequest, session_id: int) -> HttpResponse:
    carried = take(request, carry_key(session_id)) or {}
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request, kept=str(carried.get("kept", "")))
    return render(request, "talk/session.html", session_context(request.user, found, carried))


@login_required
def state(request: HttpRequest, session_id: int) -> HttpResponse:
    """The live part of the page, polled every two seconds; 204 while nothing changed."""
    if is_quiet(request.user):
        return HttpResponse(status=286)
    try:
        found = find_session(request, session_id)
    except Http404:
        if request.headers.get("HX-Request") != "true":
            raise
        # Any unknown id gets this same answer, so it reveals nothing; 286 stops the polling.
        return render(request, "talk/gone.html#gone", status=286)
    if request.GET.get("v") == found.etag:
        return HttpResponse(status=204)
    context = session_context(request.user, found)
    return render(request, "talk/session.html#live", context, status=286 if found.is_ended else 200)


@login_required
@joint_feature
def pause_page(request: HttpRequest, session_id: int) -> HttpResponse:
    try:
        found = find_session(request, session_id)
    except Http404:
        return gone(request)
    carried = take(request, pause_key(session_id))
    form = PauseForm(as_form_data(carried["data"])) if carried else PauseForm()
    return render(request, "talk/pause.html", {"session": found, "form": form, "words": words})


@login_required
@require_POST
def builder(request: HttpRequest) -> HttpResponse:
    """A live preview of the I-feel sentence and what could make it land as blame."""
    parts = [
        clean_text(request.POST.get(name, ""))[:500] for name in ("situation", "emotion", "meaning")
    ]
    built = build_i_feel(*parts) if any(parts) else None
    entry = feelings.lookup(parts[1]) if parts[1] else None
    return render(
        request,
        "talk/_builder.html",
        {"built": built, "faux": entry if entry and entry.kind == "faux" else None},
    )
