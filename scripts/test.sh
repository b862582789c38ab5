#!/usr/bin/env bash
# The whole suite twice: on SQLite, then on a throwaway PostgreSQL server started here.
set -euo pipefail
cd "$(dirname "$0")/.."
UV=(env UV_PYTHON_DOWNLOADS=never UV_PYTHON=python3.11 python3 -m uv)
WORKERS=${TEST_WORKERS:-2}
export OURWAY_DATA_DIR=${OURWAY_DATA_DIR:-$(mktemp -d /tmp/ourway-test.XXXXXX)}
export PYTHONWARNINGS=${PYTHONWARNINGS:-}

echo "== tests on SQLite"
env -u DATABASE_URL "${UV[@]}" run pytest -n "$WORKERS" "$@"

echo "== tests on PostgreSQL"
eval "$(scripts/pg-up.sh)"
trap scripts/pg-down.sh EXIT
"${UV[@]}" run pytest -n "$WORKERS" "$@"
