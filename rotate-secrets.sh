#!/usr/bin/env bash
# The runbook's entry point for secret rotation:
#   ./rotate-secrets.sh --secret-name <secret_name>     rotate one secret
#   ./rotate-secrets.sh --all                           rotate every secret the config uses
# Extra arguments (--yes, --from-stdin, --offline, --grace-minutes N) go to `openclaw secrets rotate`.
# On this host against ./secrets (or $SECRETS_DIR), with config/openclaw.json when present. An
# existing secret file is rewritten in place, so a running container, which bind-mounts each file
# at /run/secrets/<id>, sees the new value and the gateway switches to it within a second.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
    echo "usage: $0 --secret-name <secret_name> | --all [--yes] [--from-stdin] [--offline]" >&2
    exit 64
}

[[ $# -gt 0 ]] || usage
case "$1" in
    --secret-name | --all | -h | --help) ;;
    *) usage ;;
esac

secrets_dir="${SECRETS_DIR:-./secrets}"
if [[ -n "${OPENCLAW_CONTAINER:-}" ]]; then
    echo "note: OPENCLAW_CONTAINER is no longer read; secrets are rotated on this host in $secrets_dir, and a running container sees them through its bind mounts" >&2
fi
arguments=(secrets rotate --dir "$secrets_dir")
if [[ -f config/openclaw.json ]]; then
    arguments+=(--config config/openclaw.json)
fi

if command -v openclaw >/dev/null 2>&1; then
    exec openclaw "${arguments[@]}" "$@"
fi
echo "no openclaw on PATH: building it with swift (this can take a while)" >&2
exec swift run -c release openclaw "${arguments[@]}" "$@"
