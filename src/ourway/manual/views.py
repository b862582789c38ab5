"""Our user manual: read it, write your side, write the shared parts together, look at its
history, print it. The whole manual is a joint feature (paused in safety mode)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ourway.coaching.tally import note
from ourway.content.manual import keys, question
from ourway.couples.access import get_in_couple_or_404
from ourway.couples.outreach import joint_feature
from ourway.manual.diffing import word_diff
from ourway.manual.document import build, to_markdown
from ourway.manual.editing import (
    Conflict,
    ManualError,
    add_agreement,
    answer_for,
    mark_reviewed,
    retire_agreement,
    set_rhythm,
)
from ourway.manual.forms import AgreementForm, AnswerForm, RhythmForm
from ourway.manual.models import ManualAgreement, Revision

HISTORY_PAGE = 30


def _page(request: HttpRequest, agreement_form: AgreementForm | None = None) -> HttpResponse:
    doc = build(request.user)
    rhythm = RhythmForm(
        initial={"every_months": doc.manual.review_every_months if doc.manual else 3}
    )
    return render(
        request,
        "manual/manual.html",
        {
            "doc": doc,
            "agreement_form": agreement_form or AgreementForm(),
            "rhythm_form": rhythm,
        },
    )


@login_required
@joint_feature
def manual(request: HttpRequest) -> HttpResponse:
    return _page(request)


@login_required
@joint_feature
def edit(request: HttpRequest, key: str) -> HttpResponse:
    if key not in keys():
        raise Http404
    current = answer_for(request.user, key)
    initial = {
        "text": current.text if current else "",
        "base_version": current.version if current else 0,
    }
    form = AnswerForm(request.POST or None, initial=initial)
    conflict = None
    if request.method == "POST" and form.is_valid():
        try:
            _saved, changed = _save(request, key, form)
        except Conflict as clash:
            conflict, form = clash, _rebased(request, clash)
        except ManualError as error:
            form.add_error(None, str(error))
        else:
            messages.success(
                request,
                _("Saved. Thank you for writing it down.") if changed else _("Already saved."),
            )
            return redirect(reverse("manual:manual") + f"#q-{key}")
    return render(
        request,
        "manual/edit.html",
        {
            "question": question(key),
            "form": form,
            "conflict": conflict,
            "diff": word_diff(form["text"].value() or "", conflict.current.text)
            if conflict
            else None,
        },
    )


def _save(request: HttpRequest, key: str, form: AnswerForm) -> tuple[object, bool]:
    from ourway.manual.editing import save_answer

    text = form.cleaned_data["text"]
    saved, changed = save_answer(request.user, key, text, form.cleaned_data["base_version"])
    if changed:
        note(request, text, source="manual")
    return saved, changed


def _rebased(request: HttpRequest, clash: Conflict) -> AnswerForm:
    """The person's own text stays in the box; the next save is based on the current version."""
    data = request.POST.copy()
    data["base_version"] = str(clash.current.version)
    rebased = AnswerForm(data)
    rebased.is_valid()
    return rebased


@login_required
@require_POST
@joint_feature
def agreement_add(request: HttpRequest) -> HttpResponse:
    form = AgreementForm(request.POST)
    if not form.is_valid():
        return _page(request, agreement_form=form)
    try:
        _agreement, created = add_agreement(request.user, form.cleaned_data["text"])
    except ManualError as error:
        form.add_error("text", str(error))
        return _page(request, agreement_form=form)
    if created:
        note(request, form.cleaned_data["text"], source="manual_agreement")
    messages.success(request, _("Added to your agreements."))
    return redirect(reverse("manual:manual") + "#agreements")


@login_required
@require_POST
@joint_feature
def agreement_retire(request: HttpRequest, agreement_id: int) -> HttpResponse:
    found = get_in_couple_or_404(ManualAgreement.objects, request.user, pk=agreement_id)
    if retire_agreement(request.user, found):
        messages.success(request, _("Taken off the list. It stays in the history."))
    return redirect(reverse("manual:manual") + "#agreements")


@login_required
@require_POST
@joint_feature
def review(request: HttpRequest) -> HttpResponse:
    form = RhythmForm(request.POST)
    months = form.cleaned_data["every_months"] if form.is_valid() else None
    try:
        if request.POST.get("action") == "reviewed":
            mark_reviewed(request.user, months)
            messages.success(request, _("Lovely. Reading it together is how it stays true."))
        elif months:
            set_rhythm(request.user, months)
            messages.success(request, _("Saved. We'll remind you gently when it's time."))
    except ManualError as error:
        messages.info(request, str(error))
    return redirect(reverse("manual:manual") + "#review")


@login_required
@joint_feature
def history(request: HttpRequest) -> HttpResponse:
    revisions = Revision.objects.visible_to(request.user).select_related("author")
    page = Paginator(revisions, HISTORY_PAGE).get_page(request.GET.get("page"))
    changes = [
        {
            "revision": r,
            "diff": word_diff(r.before, r.after),
            "title": _(question(r.question).title) if r.question in keys() else _("Our agreements"),
        }
        for r in page
    ]
    return render(request, "manual/history.html", {"page": page, "changes": changes})


@login_required
@joint_feature
def export_markdown(request: HttpRequest) -> HttpResponse:
    response = HttpResponse(
        to_markdown(build(request.user)), content_type="text/markdown; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="our-user-manual.md"'
    return response


@login_required
@joint_feature
def printable(request: HttpRequest) -> HttpResponse:
    return render(request, "manual/print.html", {"doc": build(request.user)})
