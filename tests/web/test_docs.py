"""The README follows the code: every setting and command is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = ROOT / "src" / "ourway" / "web" / "settings.py"


def env_vars_read_by_the_code() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "src" / "ourway").rglob("*.py"):
        text = path.read_text()
        names |= set(re.findall(r"""environ(?:\.get)?\(\s*["']([A-Z_]+)["']""", text))
        names |= set(re.findall(r"""env_(?:bool|list|int)\(\s*["']([A-Z_]+)["']""", text))
        names |= set(
            re.findall(r"""_(?:value|positive_int|directories)\(\s*["']([A-Z_]+)["']""", text)
        )
        names |= set(re.findall(r"""kept_secret\(\s*["'][a-z_]+["'],\s*["']([A-Z_]+)["']""", text))
    return names - {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE", "NO_COLOR"}


def test_every_environment_variable_is_in_env_example_and_readme() -> None:
    example = (ROOT / ".env.example").read_text()
    readme = (ROOT / "README.md").read_text()
    for name in sorted(env_vars_read_by_the_code()):
        assert re.search(rf"^#?\s*{name}=", example, re.M), f"{name} missing from .env.example"
        assert f"`{name}`" in readme, f"{name} missing from the README"


def test_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text()
    out = subprocess.run(
        [sys.executable, "-m", "ourway.cli", "--help"], capture_output=True, text=True, check=True
    ).stdout
    listed = out.split("positional arguments:", 1)[1].split("options:", 1)[0]
    commands = re.findall(r"^    ([a-z][a-z-]+)", listed, re.M)
    assert "serve" in commands
    for command in commands:
        assert f"ourway {command}" in readme, command


def test_the_readme_gives_the_two_setup_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme
    assert "make test" in readme
    assert "## Unreleased" in (ROOT / "CHANGELOG.md").read_text()
