"""ourway.coach is pure Python: it never imports Django (STYLE.md, habit 1)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import ourway.coach

PACKAGE = Path(ourway.coach.__file__).parent


def test_importing_the_coach_does_not_import_django() -> None:
    code = (
        "import sys, ourway.coach, ourway.coach.evaluate; "
        "ourway.coach.analyze('You never listen'); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'django'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def test_no_module_in_the_coach_mentions_django_in_an_import() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []
    assert len(list(PACKAGE.rglob("*.py"))) > 5  # the scan really saw the package
