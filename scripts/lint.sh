#!/usr/bin/env bash
# Static checks: ruff (lint + format), mypy, missing migrations, Django's deploy check.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=(env UV_PYTHON_DOWNLOADS=never UV_PYTHON=python3.11 python3 -m uv)
export OURWAY_DATA_DIR=${OURWAY_DATA_DIR:-$(mktemp -d /tmp/ourway-lint.XXXXXX)}
"${UV[@]}" run ruff check src tests bench
"${UV[@]}" run ruff format --check src tests bench
"${UV[@]}" run mypy
"${UV[@]}" run python manage.py makemigrations --check --dry-run
# 64 random bytes: after dropping "+", "/" and "=" the key is always well over 50 characters.
DJANGO_ENV=production SECRET_KEY="lint-only-$(head -c 64 /dev/urandom | base64 -w0 | tr -dc a-zA-Z0-9)" \
  ALLOWED_HOSTS=ourway.example.org \
  "${UV[@]}" run python manage.py check --deploy --fail-level WARNING
