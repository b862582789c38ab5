from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ourway.coaching.tally import note
from ourway.couples.access import get_own_or_404, get_visible_or_404
from ourway.journal.forms import JournalEntryForm
from ourway.journal.models import JournalEntry
from ourway.web.typing import AuthedRequest

PAGE_SIZE = 30


@login_required
def journal(request: AuthedRequest) -> HttpResponse:
    form = JournalEntryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        entry = form.save(commit=False)
        entry.owner = request.user
        entry.save()
        note(request, entry.text, source="journal")
        entry.sharing_changed(was_shared=False)
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
    if request.htmx:  # "Keep it private" on the journal page: the entry's card again
        return render(request, "journal/journal.html#entry", {"entry": found})
    return render(request, "journal/entry.html", {"entry": found})


@login_required
def edit(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_own_or_404(JournalEntry.objects, request.user, pk=entry_id)
    was_shared = found.shared
    form = JournalEntryForm(request.POST or None, instance=found)
    if request.method == "POST" and form.is_valid():
        saved = form.save()
        note(request, saved.text, source="journal")
        saved.sharing_changed(was_shared)
        messages.success(request, _("Saved."))
        return redirect("journal:entry", entry_id=saved.pk)
    return render(request, "journal/edit.html", {"form": form, "entry": found})


@login_required
def toggle_share(request: AuthedRequest, entry_id: int) -> HttpResponse:
    """Share an entry (after a confirmation step) or make it private again (at once).

    GET asks "Sam will be able to read this. Share it?"; with htmx the question appears in
    the entry's card, without JavaScript on a page of its own. A POST that would share
    without `confirmed` is shown that question too, so one tap never shares.
    """
    found = get_own_or_404(JournalEntry.objects.select_related("owner"), request.user, pk=entry_id)
    if request.method == "POST":
        wanted = request.POST.get("shared") == "1"
        if not wanted or request.POST.get("confirmed") == "1":
            changed = found.set_shared(wanted)
            if request.htmx:
                return render(request, "journal/journal.html#entry", {"entry": found})
            if changed:
                messages.success(
                    request,
                    _("Shared with your partner.")
                    if wanted
                    else _("Private again. Only you can see it."),
                )
            return redirect("journal:journal")
        if not request.htmx:
            return redirect("journal:share", entry_id=found.pk)
    if found.shared:  # nothing left to ask
        if request.htmx:
            return render(request, "journal/journal.html#entry", {"entry": found})
        return redirect("journal:journal")
    if request.htmx:
        return render(request, "journal/journal.html#entry", {"entry": found, "asking": True})
    return render(request, "journal/share.html", {"entry": found})


@login_required
def delete(request: AuthedRequest, entry_id: int) -> HttpResponse:
    found = get_own_or_404(JournalEntry.objects, request.user, pk=entry_id)
    if request.method == "POST":
        found.delete()
        messages.success(request, _("Deleted for good."))
        return redirect("journal:journal")
    return render(request, "journal/delete.html", {"entry": found})
