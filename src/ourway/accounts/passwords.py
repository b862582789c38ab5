"""Django's password rules, said in OurWay's words.

The checks are Django's own; only what a person reads changes. Each rule's help text is a
short phrase, so all of them together read as one line under a password box:
"At least 8 characters. Not only numbers. Not a common password. Not like your name or email."
"""

from __future__ import annotations

from django.contrib.auth import password_validation as django_rules
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


class MinimumLengthValidator(django_rules.MinimumLengthValidator):
    def get_error_message(self) -> str:
        return ngettext(
            "Use at least %d character. A few words together work well.",
            "Use at least %d characters. A few words together work well.",
            self.min_length,
        ) % (self.min_length,)

    def get_help_text(self) -> str:
        return ngettext("At least %d character.", "At least %d characters.", self.min_length) % (
            self.min_length,
        )


class NumericPasswordValidator(django_rules.NumericPasswordValidator):
    def get_error_message(self) -> str:
        return _("Use more than numbers: add a few letters or words.")

    def get_help_text(self) -> str:
        return _("Not only numbers.")


class CommonPasswordValidator(django_rules.CommonPasswordValidator):
    def get_error_message(self) -> str:
        return _("That password is very common, so it is easy to guess. Choose another.")

    def get_help_text(self) -> str:
        return _("Not a common password.")


class UserAttributeSimilarityValidator(django_rules.UserAttributeSimilarityValidator):
    # `username` mirrors the email; `name` is what the partner calls them.
    DEFAULT_USER_ATTRIBUTES = ("username", "email", "name")

    def __init__(
        self,
        user_attributes: tuple[str, ...] = DEFAULT_USER_ATTRIBUTES,
        max_similarity: float = 0.7,
    ) -> None:
        super().__init__(user_attributes=user_attributes, max_similarity=max_similarity)

    def get_error_message(self) -> str:
        # Django fills in the field's name ("username"); ours says both, plainly.
        return _("That password is too like your name or email. Choose another.")

    def get_help_text(self) -> str:
        return _("Not like your name or email.")


def _help_text() -> str:
    return " ".join(str(text) for text in django_rules.password_validators_help_texts())


# The rules in force, as one line of help under a new password (not Django's bullet list).
password_help_text = lazy(_help_text, str)
