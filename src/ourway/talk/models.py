"""A repair conversation: turns of speaking and listening, pauses, and what the couple agrees.

Everything here is a couple record: the transcript is shared between the two partners and
nobody else. Texts are stored encrypted. The state machine itself (who may do what, when)
lives in `ourway.talk.flow`; these models only hold the data and a few read-only helpers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedTextField

from ourway.couples.access import CoupleQuerySet
from ourway.couples.models import CoupleRecord
from ourway.talk import closing, flow
from ourway.talk.choices import DELETED_TEXT, Mode, Need, Outcome, Status, Step

if TYPE_CHECKING:
    from ourway.couples.models import Couple


class RepairSessionQuerySet(CoupleQuerySet["RepairSession"]):
    def unfinished(self) -> RepairSessionQuerySet:
        return self.exclude(status=Status.ENDED)

    def ended_without_agreement(self) -> RepairSessionQuerySet:
        """Ended, but with no confirmed turn or no agreement (read by the care app)."""
        confirmed = Turn.objects.filter(session=OuterRef("pk"), confirmed_at__isnull=False)
        agreed = Agreement.objects.filter(session=OuterRef("pk"))
        return self.filter(status=Status.ENDED).exclude(Exists(confirmed) & Exists(agreed))


class RepairSession(CoupleRecord):
    """One repair conversation between the two partners."""

    topic = EncryptedTextField(_("what we want to talk about"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    step = models.CharField(max_length=12, choices=Step.choices, default=Step.WAITING)
    mode = models.CharField(max_length=12, choices=Mode.choices, default=Mode.TWO_DEVICES)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    # The person holding the floor right now; the other partner listens.
    speaker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    joined_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every change; pages poll with it and every action carries it, so an action
    # made on a page that is out of date is noticed instead of applied to the wrong step.
    version = models.PositiveIntegerField(default=1)
    updated = models.DateTimeField(default=timezone.now)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = RepairSessionQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")
        verbose_name = _("repair conversation")
        constraints = [
            # One unfinished conversation per couple: starting twice opens the same one.
            models.UniqueConstraint(
                fields=["couple"],
                condition=~models.Q(status="ended"),
                name="talk_one_unfinished_session_per_couple",
            ),
        ]

    def __str__(self) -> str:
        return f"repair conversation {self.pk}"

    @classmethod
    def start(
        cls, couple: Couple, by: Any, *, topic: str, mode: str, speaker: Any
    ) -> tuple[RepairSession, bool]:
        """Open a conversation, or return the couple's unfinished one (and False).

        Both partners pressing "start" at once end up in the same conversation: the unique
        constraint lets only one be created.
        """
        on_one_device = mode == Mode.ONE_DEVICE
        try:
            with transaction.atomic():
                created = cls.objects.create(
                    couple=couple,
                    topic=topic,
                    mode=mode,
                    started_by=by,
                    speaker=speaker,
                    # Together on one device, both are already here.
                    step=Step.SPEAKING if on_one_device else Step.WAITING,
                    joined_at=timezone.now() if on_one_device else None,
                )
        except IntegrityError:
            return cls.objects.filter(couple=couple).unfinished().get(), False
        return created, True

    # The state machine lives in flow.py; these are its entry points on the session.
    join = flow.join
    share = flow.share
    reflect = flow.reflect
    confirm = flow.confirm
    correct = flow.correct
    choose_need = flow.choose_need
    start_closing = flow.start_closing
    keep_talking = flow.keep_talking
    understand = closing.understand
    agree = closing.agree
    pause = closing.pause
    resume = closing.resume
    ready_to_return = closing.ready_to_return
    not_ready_after_all = closing.not_ready_after_all
    end = closing.end
    forget_my_words = closing.forget_my_words

    def current_pause(self) -> Pause | None:
        return self.pauses.filter(resumed_at__isnull=True).order_by("-created", "-pk").first()

    def couple_reflections(self) -> models.QuerySet[Reflection]:
        return Reflection.objects.filter(turn__session=self)

    @property
    def etag(self) -> str:
        """What a polling page compares: changes with every action, and when a break ends."""
        pause = self.current_pause() if self.status == Status.PAUSED else None
        over = pause is not None and pause.ends_at <= timezone.now()
        return f"{self.version}{'-over' if over else ''}"

    @property
    def is_ended(self) -> bool:
        return self.status == Status.ENDED

    @property
    def is_paused(self) -> bool:
        return self.status == Status.PAUSED

    @property
    def is_shared_device(self) -> bool:
        return self.mode == Mode.ONE_DEVICE

    @property
    def has_confirmed_turn(self) -> bool:
        return any(turn.confirmed_at for turn in self.turns.all())

    @property
    def has_agreement(self) -> bool:
        return len(self.agreements.all()) > 0

    @property
    def ended_with_agreement(self) -> bool:
        """Ended after at least one confirmed reflection and with at least one agreement.

        The care app reads this: conversations that end without it are worth a gentle look.
        """
        return self.is_ended and self.has_confirmed_turn and self.has_agreement


class TurnQuerySet(CoupleQuerySet["Turn"]):
    pass


class Turn(CoupleRecord):
    """One person speaking while the other listens, until the listener's reflection is confirmed."""

    session = models.ForeignKey(RepairSession, on_delete=models.CASCADE, related_name="turns")
    number = models.PositiveIntegerField()
    speaker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    listener = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    # The builder's parts, kept so the speaker's choices stay visible; `statement` is what counts.
    situation = EncryptedTextField(_("when…"), blank=True, null=True)
    emotion = models.CharField(_("I feel…"), max_length=40, blank=True)
    meaning = EncryptedTextField(_("because I interpret it as…"), blank=True, null=True)
    # Null once its author deletes it (the encrypted field stores "" as null).
    statement = EncryptedTextField(_("what I want you to hear"), null=True)
    said_aloud = models.BooleanField(_("I said it aloud; this is a note of it"), default=False)
    statement_deleted = models.BooleanField(default=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    need_suggested = models.CharField(max_length=10, choices=Need.choices, blank=True)
    need = models.CharField(
        _("the need underneath"), max_length=10, choices=Need.choices, blank=True
    )
    need_chosen_at = models.DateTimeField(null=True, blank=True)

    objects = TurnQuerySet.as_manager()

    class Meta:
        ordering = ("session", "number")
        constraints = [
            models.UniqueConstraint(fields=["session", "number"], name="talk_turn_number_unique"),
        ]

    def __str__(self) -> str:
        return f"turn {self.number} of {self.session_id}"

    @property
    def shown_statement(self) -> str:
        return str(DELETED_TEXT) if self.statement_deleted else (self.statement or "")


class ReflectionQuerySet(CoupleQuerySet["Reflection"]):
    pass


class Reflection(CoupleRecord):
    """The listener's words for what they heard, and the speaker's answer to them."""

    turn = models.ForeignKey(Turn, on_delete=models.CASCADE, related_name="reflections")
    attempt = models.PositiveIntegerField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField(_("what I heard"), null=True)
    text_deleted = models.BooleanField(default=False)
    outcome = models.CharField(max_length=10, choices=Outcome.choices, default=Outcome.WAITING)
    # When the speaker says "not quite", what was missed (the speaker's own words).
    correction = EncryptedTextField(_("what was missed"), blank=True, null=True)
    correction_deleted = models.BooleanField(default=False)
    answered_at = models.DateTimeField(null=True, blank=True)

    objects = ReflectionQuerySet.as_manager()

    class Meta:
        ordering = ("turn", "attempt")
        constraints = [
            models.UniqueConstraint(
                fields=["turn", "attempt"], name="talk_reflection_attempt_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"reflection {self.attempt} on {self.turn_id}"

    @property
    def shown_text(self) -> str:
        return str(DELETED_TEXT) if self.text_deleted else (self.text or "")

    @property
    def shown_correction(self) -> str:
        return str(DELETED_TEXT) if self.correction_deleted else (self.correction or "")


class PauseQuerySet(CoupleQuerySet["Pause"]):
    pass


class Pause(CoupleRecord):
    """A flooding break: at least twenty minutes apart, with a time to come back."""

    session = models.ForeignKey(RepairSession, on_delete=models.CASCADE, related_name="pauses")
    called_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    ends_at = models.DateTimeField()
    come_back_at = models.DateTimeField()
    resumed_at = models.DateTimeField(null=True, blank=True)
    resumed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The partner who said "I'm ready to come back now" first; the break ends early only
    # when the other says it too (`closing.ready_to_return`). Until then the one who said it
    # may take it back (`closing.not_ready_after_all`).
    ready_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    ready_at = models.DateTimeField(null=True, blank=True)

    objects = PauseQuerySet.as_manager()

    class Meta:
        ordering = ("-created", "-pk")

    def __str__(self) -> str:
        return f"pause in {self.session_id}"

    @property
    def is_over(self) -> bool:
        """The break's twenty minutes (or more) have passed: the couple may go on."""
        return self.ends_at <= timezone.now()


class UnderstandingQuerySet(CoupleQuerySet["Understanding"]):
    pass


class Understanding(CoupleRecord):
    """What one partner understood from the conversation, written at the end."""

    session = models.ForeignKey(
        RepairSession, on_delete=models.CASCADE, related_name="understandings"
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField(_("what I understood"), null=True)
    text_deleted = models.BooleanField(default=False)

    objects = UnderstandingQuerySet.as_manager()

    class Meta:
        ordering = ("created", "pk")
        constraints = [
            models.UniqueConstraint(
                fields=["session", "author"], name="talk_one_understanding_each"
            ),
        ]

    def __str__(self) -> str:
        return f"understanding in {self.session_id}"

    @property
    def shown_text(self) -> str:
        return str(DELETED_TEXT) if self.text_deleted else (self.text or "")


class AgreementQuerySet(CoupleQuerySet["Agreement"]):
    pass


class Agreement(CoupleRecord):
    """ "Next time, I will…": one partner's promise, kept for the couple's relationship manual."""

    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField(_("next time, I will…"))
    session = models.ForeignKey(
        RepairSession,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agreements",
    )

    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ("created", "pk")
        verbose_name = _("agreement")

    def __str__(self) -> str:
        return f"agreement {self.pk}"
