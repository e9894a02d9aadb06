#!/bin/sh
# Install the system programs the tests drive for real: a PostgreSQL server and
# headless Chromium, from Debian's packages, when they are not already there.
# Idempotent and quiet when everything is present.
set -eu

missing=""
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
    missing="$missing postgresql"
fi
if ! command -v chromium >/dev/null 2>&1; then
    missing="$missing chromium"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
else
    echo "system-deps: need root (or sudo) to install:$missing" >&2
    exit 1
fi
echo "system-deps: installing$missing from Debian packages" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
