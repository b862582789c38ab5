from django import forms
from django.utils.translation import gettext_lazy as _


class JoinForm(forms.Form):
    code = forms.CharField(
        label=_("Invitation code"),
        max_length=40,
        help_text=_("The 8 letters and numbers your partner gave you. Spaces and dashes are fine."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
