from __future__ import annotations

from typing import TYPE_CHECKING, Any

from encrypted_fields.fields import EncryptedTextField

if TYPE_CHECKING:
    # The encryption library ships no type hints; to mypy the field is its untyped base.
    OptionalEncryptedTextField = EncryptedTextField
else:

    class OptionalEncryptedTextField(EncryptedTextField):
        """Encrypted text that may be empty.

        The encryption library stores "" as NULL (it never encrypts an empty value), so the
        column must allow NULL; reading it back gives "" again, so code never sees None.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("null", True)
            kwargs.setdefault("blank", True)
            kwargs.setdefault("default", "")
            super().__init__(*args, **kwargs)

        def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
            if value is None:
                return ""
            return super().from_db_value(value, expression, connection)
