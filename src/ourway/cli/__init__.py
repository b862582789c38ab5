"""The `ourway` console command: a thin layer over the library and the web app.

Each area registers its own subcommands (see `SUBCOMMAND_MODULES`); this module only
builds the parser and dispatches.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Modules that define `register(subparsers)`; each subcommand sets `func` on its parser.
SUBCOMMAND_MODULES = (
    "ourway.cli.serve",
    "ourway.cli.coach",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ourway",
        description="OurWay: a private companion for a couple repairing their relationship.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    sys.exit(main())
