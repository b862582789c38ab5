"""Where OurWay keeps its files, and the secrets it makes for itself on first run.

No Django import here: the CLI uses it before Django is configured.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    """The folder for the SQLite file, the generated secret key and uploads.

    `OURWAY_DATA_DIR` wins; otherwise `./data` beside where the command runs.
    """
    folder = Path(os.environ.get("OURWAY_DATA_DIR") or Path.cwd() / "data").resolve()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def kept_secret(name: str, env_var: str) -> str:
    """A secret from the environment, or one generated once and kept in the data folder.

    The file is created with mode 0600 so other local users cannot read it.
    """
    if value := os.environ.get(env_var):
        return value
    path = data_dir() / name
    if path.exists():
        return path.read_text().strip()
    value = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value)
    return value
