"""Forms of a repair conversation. They render and collect; `ourway.talk.flow` validates."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.formats import time_format
from django.utils.translation import gettext_lazy as _

from ourway.coach import feelings
from ourway.talk.choices import (
    FEELING_FAMILIES,
    MAX_COME_BACK_MINUTES,
    MAX_TOPIC_CHARS,
    MIN_PAUSE_MINUTES,
    Mode,
    Need,
)


def emotion_choices() -> list[Any]:
    """Real feelings by family, then the words that describe the other person (flagged).

    Only the kind, everyday words of each family are offered (`feelings.offered`); the coach
    still knows the others when someone writes them in their own words.
    """
    grouped: list[Any] = [("", _("Choose a feeling…"))]
    for family, words in feelings.offered().items():
        name = FEELING_FAMILIES.get(family, family.capitalize())
        grouped.append((name, [(w, w) for w in words]))
    grouped.append(
        (
            _("Words about what the other did (the coach will suggest a feeling)"),
            [(w, w) for w in feelings.faux_words()],
        )
    )
    return grouped


class QuietForm(forms.Form):
    """Labels end in "…" or "?" already; no colon after them."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


class StartForm(QuietForm):
    topic = forms.CharField(
        label=_("What would you like to talk about?"),
        help_text=_("A few words, for example “the weekend plans”. You can both see it."),
        max_length=MAX_TOPIC_CHARS,
        error_messages={
            "required": _("Name the topic in a few words, so you both know what this is about."),
            "max_length": _(
                "Keep the topic short (up to %(limit_value)d characters); "
                "the details come when you talk."
            ),
        },
    )
    mode = forms.ChoiceField(
        label=_("How are you talking?"),
        choices=Mode.choices,
        initial=Mode.TWO_DEVICES,
        widget=forms.RadioSelect,
    )
    first = forms.ChoiceField(
        label=_("Who speaks first?"),
        choices=(("me", _("I do")), ("partner", _("My partner does"))),
        initial="me",
        widget=forms.RadioSelect,
    )


class VersionForm(QuietForm):
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=0)


# Builder fields feed the live preview, and keep what was typed when the page refreshes.
BUILDER_PART = {"class": "builder-part", "hx-preserve": "true"}


class StatementForm(VersionForm):
    situation = forms.CharField(
        label=_("When…"),
        required=False,
        help_text=_("One specific moment, as a camera would have seen it."),
        widget=forms.TextInput(attrs=BUILDER_PART),
    )
    emotion = forms.ChoiceField(
        label=_("I feel…"),
        required=False,
        choices=emotion_choices,
        widget=forms.Select(attrs=BUILDER_PART),
    )
    meaning = forms.CharField(
        label=_("because I interpret it as…"),
        required=False,
        help_text=_("The story you tell yourself about it."),
        widget=forms.TextInput(attrs=BUILDER_PART),
    )
    statement = forms.CharField(
        label=_("What I want you to hear"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Leave it empty to use the sentence built above, or write in your own words."),
    )
    said_aloud = forms.BooleanField(
        label=_("I said it aloud; this is a short note of it"), required=False
    )


class ReflectionForm(VersionForm):
    reflection = forms.CharField(
        label=_("What I heard"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )


class AnswerForm(VersionForm):
    correction = forms.CharField(
        label=_("If not quite: what was missed?"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class NeedForm(VersionForm):
    need = forms.ChoiceField(
        label=_("The need underneath"),
        required=False,
        choices=[*Need.choices, ("", _("Not sure yet"))],
        widget=forms.RadioSelect,
    )


def _come_back_choices() -> list[tuple[int, str]]:
    now = timezone.localtime()
    choices = []
    for minutes in (MIN_PAUSE_MINUTES, 60, 180, 8 * 60, MAX_COME_BACK_MINUTES):
        at = time_format(now + timedelta(minutes=minutes), "H:i")
        if minutes == MIN_PAUSE_MINUTES:
            label = _("When the break ends, at %(time)s") % {"time": at}
        elif minutes == 60:
            label = _("In an hour, at %(time)s") % {"time": at}
        elif minutes == MAX_COME_BACK_MINUTES:
            label = _("Tomorrow, at about %(time)s") % {"time": at}
        else:
            label = _("In %(hours)d hours, at %(time)s") % {"hours": minutes // 60, "time": at}
        choices.append((minutes, label))
    return choices


class PauseForm(QuietForm):
    minutes = forms.TypedChoiceField(
        label=_("How long a break?"),
        coerce=int,
        choices=[(m, _("%(m)d minutes") % {"m": m}) for m in (20, 30, 45, 60)],
        initial=MIN_PAUSE_MINUTES,
        help_text=_("At least twenty minutes: that is how long a racing heart needs to calm down."),
    )
    come_back_in = forms.TypedChoiceField(
        label=_("When shall we come back to it?"),
        coerce=int,
        choices=_come_back_choices,
        initial=MIN_PAUSE_MINUTES,
    )


class WordsForm(QuietForm):
    """Closing words (what I understood, next time I will…); `author` only on one device."""

    text = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 3}))
    author = forms.TypedChoiceField(
        required=False, coerce=int, label=_("Who is writing?"), widget=forms.RadioSelect
    )

    def __init__(
        self, *args: Any, label: str = "", people: list[Any] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["text"].label = label
        if people:
            author = self.fields["author"]
            assert isinstance(author, forms.ChoiceField)
            author.choices = [(p.pk, p.name) for p in people]
        else:
            del self.fields["author"]
