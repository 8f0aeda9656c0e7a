#!/usr/bin/env bash
# Runs every test of bangtin, installing first what the tests need and the machine lacks.
# Needs Java 17 and Maven; installs the rest (Node packages under tools/js, and Debian's
# Chromium for browser tests once those exist) when missing.
set -euo pipefail
cd "$(dirname "$0")"

# Debian's Chromium, for the tests that load pages in a real browser (search, validators, axe-core).
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  else
    echo "run-tests.sh: the browser tests need Chromium; install Debian's chromium package (or run as root)" >&2
  fi
fi

# Node packages used by tests (validators, the browser search script's tests).
# (again when package-lock.json is newer than the installed tree; no install scripts are needed).
if [ -f tools/js/package.json ] && { [ ! -d tools/js/node_modules ] \
    || [ tools/js/package-lock.json -nt tools/js/node_modules/.package-lock.json ]; }; then
  npm ci --prefix tools/js --no-audit --no-fund --ignore-scripts
fi

mvn -B -ntp verify "$@"
