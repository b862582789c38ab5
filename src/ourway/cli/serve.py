"""`ourway serve`, `ourway demo` and `ourway manage`: run the web app."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ourway.web.settings")
    import django

    django.setup()


def register(subparsers: Any) -> None:
    serve = subparsers.add_parser(
        "serve",
        help="apply pending migrations, then serve the web app",
        description=(
            "Apply pending database migrations, then serve OurWay with gunicorn. Uses "
            "DATABASE_URL (SQLite in OURWAY_DATA_DIR by default)."
        ),
    )
    serve.add_argument(
        "--host",
        default=os.environ.get("HOST", "127.0.0.1"),
        help="address to listen on (default 127.0.0.1)",
    )
    serve.add_argument(
        "--port", type=int, default=int(os.environ.get("PORT", "8000")), help="port (default 8000)"
    )
    serve.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("WEB_WORKERS", "2")),
        help="gunicorn worker processes (default 2)",
    )
    serve.set_defaults(func=run_serve)

    demo = subparsers.add_parser(
        "demo",
        help="create a demo couple to look around with (prints two logins)",
        description="Create (or reset) a demo couple, Alex and Sam, with a few journal entries.",
    )
    demo.set_defaults(func=run_demo)

    manage = subparsers.add_parser(
        "manage",
        help="run a Django management command (e.g. createsuperuser, check --deploy)",
        add_help=False,
    )
    manage.add_argument("args", nargs=argparse.REMAINDER)
    manage.set_defaults(func=run_manage)


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def run_serve(args: argparse.Namespace) -> int:
    setup_django()
    from django.conf import settings

    migrate()
    if not settings.WHITENOISE_USE_FINDERS:
        # Production: WhiteNoise serves only what is collected into STATIC_ROOT. Locally it
        # serves the app's own folders directly, so there is nothing to collect.
        from django.core.management import call_command

        call_command("collectstatic", interactive=False, verbosity=0)
    host = "[::1]" if args.host == "::1" else args.host
    shown = "127.0.0.1" if host in ("0.0.0.0", "") else host  # noqa: S104
    print(f"\n  OurWay is running. Open http://{shown}:{args.port}/ in your browser.", flush=True)
    print(f"  Data folder: {settings.DATA_DIR}   (Ctrl+C to stop)\n", flush=True)
    argv = [
        sys.executable, "-m", "gunicorn", "ourway.web.wsgi:application",
        "--bind", f"{host}:{args.port}",
        "--workers", str(max(1, args.workers)),
        "--threads", "4",
        "--access-logfile", "-" if os.environ.get("ACCESS_LOG") else "/dev/null",
        "--log-level", "warning",
    ]  # fmt: skip
    os.execv(sys.executable, argv)  # noqa: S606 - replaces this process with gunicorn
    return 0  # pragma: no cover


def run_demo(args: argparse.Namespace) -> int:
    setup_django()
    migrate()
    from ourway.web.demo import create_demo_couple

    for email, password in create_demo_couple():
        print(f"  demo login: {email}  password: {password}")
    return 0


def run_manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ourway.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["ourway manage", *args.args])
    return 0
