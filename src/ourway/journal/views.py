from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coaching.tally import note
from ourway.couples.access import get_own_or_404, get_visible_or_404
from ourway.couples.outreach import tell_partner
from ourway.journal.forms import JournalEntryForm
from ourway.journal.models import JournalEntry
from ourway.web.typing import AuthedRequest

PAGE_SIZE = 30


def _tell_partner_it_is_shared(request: AuthedRequest, entry: JournalEntry) -> None:
    tell_partner(
        request.user,
        kind="journal_shared",
        text=_("%(name)s shared a journal entry with you.") % {"name": request.user.name},
        url=reverse("journal:entry", args=[entry.pk]),
    )


@login_required
def journal(request: AuthedRequest) -> HttpResponse:
    form = JournalEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        entry.owner = request.user
        entry.save()
        note(request, entry.text, source="journal")
        if entry.shared:
            _tell_partner_it_is_shared(request, entry)
        messages.success(
            request,
            _("Shared with your partner.") if entry.shared else _("Saved. Only you can see it."),
        )
        return redirect("journal:journal")
    entries = JournalEntry.objects.visible_to(request.user).select_related("owner")[:PAGE_SIZE]
    return render(request, "journal/journal.html", {"form": form, "entries": entries})


@login_required
def entry(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_visible_or_404(
        JournalEntry.objects.select_related("owner"), request.user, pk=entry_id
    )
    return render(request, "journal/entry.html", {"entry": found})


@login_required
def edit(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_own_or_404(JournalEntry.objects, request.user, pk=entry_id)
    was_shared = found.shared
    form = JournalEntryForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        note(request, saved.text, source="journal")
        if saved.shared and not was_shared:
            _tell_partner_it_is_shared(request, saved)
        messages.success(request, _("Saved."))
        return redirect("journal:entry", entry_id=saved.pk)
    return render(request, "journal/edit.html", {"form": form, "entry": found})


@login_required
@require_POST
def toggle_share(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_own_or_404(JournalEntry.objects.select_related("owner"), request.user, pk=entry_id)
    wanted = request.POST.get("shared") == "1"
    if found.shared != wanted:
        found.shared = wanted
        found.save(update_fields=["shared", "updated"])
        if wanted:
            _tell_partner_it_is_shared(request, found)
    if request.htmx:
        return render(request, "journal/journal.html#entry", {"entry": found})
    return redirect("journal:journal")


@login_required
def delete(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_own_or_404(JournalEntry.objects, request.user, pk=entry_id)
    if request.method == "POST":
        found.delete()
        messages.success(request, _("Deleted for good."))
        return redirect("journal:journal")
    return render(request, "journal/delete.html", {"entry": found})
