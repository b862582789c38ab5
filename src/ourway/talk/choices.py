"""The words and limits of a repair conversation, shared by the models, the flow and the API."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

# A topic names the conversation in a few words; the care app compares topics over time.
MAX_TOPIC_CHARS = 120
# One turn is a few sentences, not an essay: the listener has to hold all of it in mind.
MAX_TURN_CHARS = 2_000
# The builder's parts are fragments of one sentence.
MAX_PART_CHARS = 500
# The research behind the flooding pause: a body needs at least twenty minutes to settle.
MIN_PAUSE_MINUTES = 20
# A break with no return inside a day starts to feel like stonewalling.
MAX_COME_BACK_MINUTES = 24 * 60

DELETED_TEXT = _("deleted by its author")


class Status(models.TextChoices):
    OPEN = "open", _("open")
    PAUSED = "paused", _("paused")
    ENDED = "ended", _("ended")


class Step(models.TextChoices):
    WAITING = "waiting", _("waiting for your partner to join")
    SPEAKING = "speaking", _("the speaker shares")
    REFLECTING = "reflecting", _("the listener reflects back")
    CONFIRMING = "confirming", _("the speaker checks the reflection")
    NEED = "need", _("the need underneath")
    CLOSING = "closing", _("closing together")


class Mode(models.TextChoices):
    TWO_DEVICES = "two_devices", _("Each on our own device")
    ONE_DEVICE = "one_device", _("Together on this device, passing it between us")


class Need(models.TextChoices):
    SAFETY = "safety", _("to feel safe and secure")
    RESPECT = "respect", _("to feel respected and valued")
    HEARD = "heard", _("to feel heard and understood")
    PRIORITY = "priority", _("to feel that I matter to you, that I am a priority")


class Outcome(models.TextChoices):
    WAITING = "waiting", _("waiting for the speaker")
    CONFIRMED = "confirmed", _("yes, that's it")
    CORRECTED = "corrected", _("not quite")


# The names of the feelings families (ourway.coach's data knows them only by key), shown as
# the groups of the I-feel builder's picker.
FEELING_FAMILIES = {
    # Translators: a group of feelings in a list to pick from ("sad, hurt, lonely…").
    "sad": _("Sad"),
    "scared": _("Scared"),
    "angry": _("Angry"),
    "tired": _("Tired"),
    "confused": _("Confused"),
    "ashamed": _("Ashamed"),
    "disconnected": _("Disconnected"),
    "happy": _("Happy"),
    "loving": _("Loving"),
}
