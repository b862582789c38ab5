from __future__ import annotations

from typing import Any, cast

from django import forms
from django.contrib.auth import authenticate, password_validation
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordChangeForm,
    PasswordResetForm,
    SetPasswordForm,
)
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from ourway.accounts.mail_limit import may_send
from ourway.accounts.models import SentEmail, User
from ourway.accounts.passwords import password_help_text
from ourway.accounts.zones import grouped_zones

# Django's own words ("Enter a valid email address.", "This field is required.") said
# plainly, the same on every page that asks for an email.
EMAIL_ERRORS = {
    "required": _("Type your email address."),
    "invalid": _("That does not look like an email address. It looks like name@example.com."),
}


class SignupForm(forms.Form):
    """A request for an account. Deliberately not a ModelForm: an email that is already in
    use is not an error here (saying so would tell anyone who uses OurWay); the view
    answers every valid request the same way (see `User.objects.sign_up`)."""

    name = forms.CharField(
        label=_("Your first name (what your partner calls you)"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "given-name"}),
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_help_text(),
        error_messages={"required": _("Choose a password.")},
    )

    def clean_name(self) -> str:
        name = " ".join(self.cleaned_data["name"].split())
        if not name:
            raise forms.ValidationError(_("Please tell us what to call you."))
        return name

    def clean_email(self) -> str:
        return str(self.cleaned_data["email"]).strip().lower()

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        password = cleaned.get("password")
        if password:
            probe = User(email=cleaned.get("email", ""), name=cleaned.get("name", ""))
            try:
                password_validation.validate_password(password, probe)
            except forms.ValidationError as error:
                self.add_error("password", error)
        return cleaned


class ConfirmEmailForm(forms.Form):
    """The page behind a confirmation link: the password chosen at sign-up, so that only
    whoever chose the account's current password can switch it on (confirmation.py)."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("Type the password you chose when you signed up."),
        error_messages={"required": _("Type the password you chose when you signed up.")},
    )

    def __init__(self, request: HttpRequest, person: User, *args: Any, **kwargs: Any) -> None:
        self.request, self.person = request, person
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        # Through authenticate(), so django-axes counts a wrong password and locks out.
        found = authenticate(
            self.request, confirming=self.person, username=self.person.email, password=password
        )
        if found is None:
            raise forms.ValidationError(
                _(
                    "That password does not match the newest sign-up for this address. "
                    "Nothing has changed. Try again, or sign up again to start over."
                )
            )
        return password


class EmailLoginForm(AuthenticationForm):
    """Log in with an email address (stored lower-cased as the username)."""

    username = forms.EmailField(
        label=_("Email"),
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )
    error_messages = {
        # The email's case never matters (it is lower-cased); the password's does.
        "invalid_login": _(
            "That email and password do not match an account. Check for typos: capital "
            "letters count in the password."
        ),
        "inactive": _("This account cannot log in at the moment."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["password"].error_messages["required"] = _("Type your password.")

    def clean_username(self) -> str:
        return str(self.cleaned_data["username"]).strip().lower()


class NewPasswordForm(SetPasswordForm):
    """Choosing a new password from a reset link: one line of help instead of Django's list."""

    error_messages = {
        "password_mismatch": _("The two passwords are not the same. Type the new one twice."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        first, again = self.fields["new_password1"], self.fields["new_password2"]
        first.help_text = password_help_text()
        first.error_messages["required"] = _("Choose a new password.")
        again.label = _("The new password again")
        again.help_text = ""
        again.error_messages["required"] = _("Type the new password once more.")


class ChangePasswordForm(NewPasswordForm, PasswordChangeForm):
    """Changing the password while logged in: the current one first, then a new one."""

    error_messages = {
        **NewPasswordForm.error_messages,
        "password_incorrect": _("That is not your current password. Please try again."),
    }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        current = self.fields["old_password"]
        current.label = _("Your current password")
        current.error_messages["required"] = _("Type your current password.")


class ResetPasswordForm(PasswordResetForm):
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages=EMAIL_ERRORS,
    )

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        """Only a few reset emails to one address each hour (mail_limit.py); past that the
        page answers as usual and nothing is sent."""
        if may_send(SentEmail.RESET, to_email):
            super().send_mail(
                subject_template_name,
                email_template_name,
                context,
                from_email,
                to_email,
                html_email_template_name=html_email_template_name,
            )


class SettingsForm(forms.ModelForm):
    """Name, email notices and time zone. `device_zone` is the zone this browser reports."""

    time_zone = forms.ChoiceField(label=_("Your time zone"), required=False)

    class Meta:
        model = User
        fields = ("name", "email_notices", "time_zone")
        labels = {"name": _("Your first name")}

    def __init__(self, *args: Any, device_zone: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = cast(forms.ChoiceField, self.fields["time_zone"])
        saved = self.instance.time_zone
        field.choices = [("", _("The same as this device")), *grouped_zones(keep=saved)]
        field.help_text = User._meta.get_field("time_zone").help_text
        if device_zone and device_zone != saved:
            field.help_text = _("%(help)s This device is set to %(zone)s.") % {
                "help": field.help_text,
                "zone": device_zone,
            }


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password, to confirm"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user: User, *args: Any, **kwargs: Any) -> None:
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not right."))
        return password


class PersonCreationForm(BaseUserCreationForm):
    """The admin's "add person" form (email and name instead of a username)."""

    class Meta:
        model = User
        fields = ("email", "name")


def axes_username(request: object, credentials: dict[str, str] | None) -> str:
    """django-axes counts failures per lower-cased email, like the login itself."""
    raw = (credentials or {}).get("username") or getattr(request, "POST", {}).get("username", "")
    return str(raw).strip().lower()
