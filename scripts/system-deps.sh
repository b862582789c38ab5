#!/usr/bin/env bash
# Install what the tests need from Debian's packages, only when missing:
# Chromium (browser tests), libharfbuzz-subset0 (Chromium's font subsetting) and the
# PostgreSQL server (the suite's second run). Idempotent; a no-op on a prepared machine.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/lib/x86_64-linux-gnu/libharfbuzz-subset.so.0 ] || need+=(libharfbuzz-subset0)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
if ((${#need[@]})); then
  echo "Installing system packages: ${need[*]}"
  SUDO=(); [ "$(id -u)" = 0 ] || SUDO=(sudo)
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
