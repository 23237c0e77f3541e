#!/usr/bin/env bash
# Proves the hardened container on a live one: builds openclaw:secure, starts the shipped
# docker-compose.yml's `openclaw` service against the Telegram and model simulators (run on the
# host by `openclaw simulate`), and checks each property from inside, from outside and end to end.
# Prints every check; exits 0 only when all of them held.
#
#   deploy/test/container-test.sh                 # image from dist/openclaw (prebuilt, offline)
#   OPENCLAW_BINARY=source deploy/test/container-test.sh   # compile in the Swift image instead
#
# Needs: a Docker engine with runsc registered as a runtime, Compose v2 (`docker compose`), BuildKit
# (buildx, or a docker CLI older than 23 that has it built in: DOCKER_BUILD_CLI=/usr/bin/docker),
# /bin/busybox from a static build (mounted read-only into the container only to look around
# inside, since the image has no shell), curl, and the host's openclaw CLI for the simulators
# (OPENCLAW_HOST_CLI, default .build/debug/openclaw). Set KEEP=1 to leave the stack running.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
host_cli=${OPENCLAW_HOST_CLI:-$root/.build/debug/openclaw}
binary_source=${OPENCLAW_BINARY:-prebuilt}
build_cli=${DOCKER_BUILD_CLI:-docker}
# Without buildx, a docker CLI from 23 on refuses BuildKit; Debian 12's 20.10 CLI has it built in.
if [[ -z "${DOCKER_BUILD_CLI:-}" ]] && ! docker buildx version >/dev/null 2>&1 && [[ -x /usr/bin/docker ]]; then
    build_cli=/usr/bin/docker
fi
container=openclaw-gateway
uid=10001
user_id=4242
failures=0
checks=0

say() { printf '\n== %s\n' "$*"; }
show() { printf '   %s\n' "$@"; }
check() { # check <description> <command…>: runs the command, prints PASS/FAIL
    local description=$1
    shift
    checks=$((checks + 1))
    if "$@"; then
        printf '   PASS  %s\n' "$description"
    else
        printf '   FAIL  %s\n' "$description"
        failures=$((failures + 1))
    fi
}
inside() { docker exec "$container" /opt/proof/busybox "$@"; }
elapsed() { awk -v start="$1" -v now="$(date +%s.%N)" 'BEGIN { printf "%.1f", now - start }'; }

for tool in docker curl openssl socat ss ip "$host_cli" /bin/busybox; do
    command -v "$tool" >/dev/null || { echo "container-test: $tool not found" >&2; exit 2; }
done
docker info --format '{{json .Runtimes}}' | grep -q '"runsc"' || { echo "container-test: runsc is not a registered Docker runtime" >&2; exit 2; }

# Left over from an interrupted run.
ip link del oc-ct-host 2>/dev/null || true
ip netns del openclaw-ct-outside 2>/dev/null || true
work=$(mktemp -d /tmp/openclaw-container-test.XXXXXX)
simulator_pid=
socat_pid=
outside_pid=
outside_ns=openclaw-ct-outside
outside_veth=oc-ct-host
cleanup() {
    if [[ "${KEEP:-0}" != 1 ]]; then
        (cd "$work" && docker compose down -v --remove-orphans >/dev/null 2>&1) || true
        [[ -z "$simulator_pid" ]] || kill "$simulator_pid" 2>/dev/null || true
        [[ -z "$socat_pid" ]] || kill "$socat_pid" 2>/dev/null || true
        [[ -z "$outside_pid" ]] || kill "$outside_pid" 2>/dev/null || true
        ip link del "$outside_veth" 2>/dev/null || true
        ip netns del "$outside_ns" 2>/dev/null || true
        rm -rf "$work"
    else
        echo "KEEP=1: stack left running from $work (simulators pid $simulator_pid)"
    fi
}
trap cleanup EXIT

say "image: docker build -t openclaw:secure (OPENCLAW_BINARY=$binary_source)"
if [[ "$binary_source" == prebuilt && ! -x "$root/dist/openclaw" ]]; then
    echo "container-test: dist/openclaw missing; build it with: swift build -c release --static-swift-stdlib --product openclaw && install -D .build/release/openclaw dist/openclaw" >&2
    exit 2
fi
build_started=$(date +%s.%N)
DOCKER_BUILDKIT=1 "$build_cli" build -q --build-arg OPENCLAW_BINARY="$binary_source" -t openclaw:secure "$root" >/dev/null
build_seconds=$(elapsed "$build_started")
image_bytes=$(docker image inspect -f '{{.Size}}' openclaw:secure)
show "built in ${build_seconds%.*} s; image size $((image_bytes / 1024 / 1024)) MiB ($image_bytes bytes)"
show "layers: $(docker history --format '{{.Size}} {{.CreatedBy}}' openclaw:secure | grep -v '^0B' | cut -c1-90 | paste -sd ';')"
check "the image runs as uid $uid, not root" test "$(docker image inspect -f '{{.Config.User}}' openclaw:secure)" = "$uid:$uid"
check "the image has a healthcheck running openclaw health" \
    bash -c "docker image inspect -f '{{json .Config.Healthcheck.Test}}' openclaw:secure | grep -q '\"openclaw\",\"health\"'"

say "an operator's folder: the shipped docker-compose.yml, a config aimed at the simulators, secrets"
cp "$root/docker-compose.yml" "$work/"
cp -r "$root/deploy" "$work/deploy"
mkdir -p "$work/config" "$work/secrets"
chmod 0700 "$work/secrets"
# The default bridge's address on the host (docker inspect leaves Gateway empty on older engines).
bridge=$(docker network inspect bridge -f '{{range .IPAM.Config}}{{.Gateway}}{{end}}')
[[ -n "$bridge" ]] || bridge=$(ip -4 -o addr show docker0 | awk '{ split($4, a, "/"); print a[1] }')
"$host_cli" simulate --host "$bridge" --ready-file "$work/simulators" </dev/null >"$work/simulators.log" 2>&1 &
simulator_pid=$!
for _ in $(seq 100); do [[ -s "$work/simulators" ]] && break; sleep 0.1; done
[[ -s "$work/simulators" ]] || { echo "container-test: simulators did not start" >&2; cat "$work/simulators.log" >&2; exit 1; }
simulator_url=$(awk '$1 == "telegram" { print $2 }' "$work/simulators")
bot_token=$(awk '$1 == "telegram" { print $4 }' "$work/simulators")
model_url=$(awk '$1 == "model" { print $2 }' "$work/simulators")
control=$(awk '$1 == "control" { print $2 }' "$work/simulators")
# The gateway speaks plain http to Telegram on loopback only, so the simulator is reached over TLS:
# a throw-away CA, a certificate for the bridge address, socat terminating TLS in front of the
# simulator, and the CA given to the container as its CA bundle (a read-only mount, like busybox).
mkdir -p "$work/tls"
(
    cd "$work/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=openclaw container test CA" -keyout ca.key -out ca.crt \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=$bridge" -keyout tls.key -out tls.csr 2>/dev/null
    printf 'subjectAltName=IP:%s\nextendedKeyUsage=serverAuth\n' "$bridge" >tls.ext
    openssl x509 -req -in tls.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 1 -extfile tls.ext -out tls.crt 2>/dev/null
    cat tls.crt tls.key >tls.pem
)
tls_port=
for candidate in $(shuf -i 20000-60000 -n 20); do
    ss -ltnH "sport = :$candidate" | grep -q . || { tls_port=$candidate; break; }
done
socat "OPENSSL-LISTEN:$tls_port,bind=$bridge,reuseaddr,fork,cert=$work/tls/tls.pem,verify=0" "TCP:${simulator_url#http://}" </dev/null >/dev/null 2>&1 &
socat_pid=$!
telegram_url="https://$bridge:$tls_port"
for _ in $(seq 50); do ss -ltnH "sport = :$tls_port" | grep -q . && break; sleep 0.1; done
show "simulators on the docker0 bridge address: telegram $telegram_url (TLS by socat in front of $simulator_url), model $model_url; control $control"
cat >"$work/config/openclaw.json" <<EOF
{
  "gateway": { "bind": "loopback", "port": 18789, "auth": { "token": { "source": "file", "id": "gateway_token" } } },
  "secrets": { "dir": "/run/secrets" },
  "channels": { "telegram": {
    "botToken": { "source": "file", "id": "telegram_bot_token" },
    "apiRoot": "$telegram_url", "dmPolicy": "pairing", "groupPolicy": "allowlist" } },
  "models": { "providers": { "simulator": {
    "api": "anthropic-messages", "baseUrl": "$model_url",
    "apiKey": { "source": "file", "id": "anthropic_api_key" },
    "models": [ { "id": "claude-sim", "cost": { "input": 3, "output": 15 } } ] } } },
  "agents": { "defaults": { "model": "simulator/claude-sim", "historyLimit": 10 } }
}
EOF
umask 077
printf '%s' "$bot_token" >"$work/secrets/telegram_bot_token"
printf '%s' "sk-ant-api03-container-test-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')" >"$work/secrets/anthropic_api_key"
for id in storage_encryption_key gateway_token audit_signing_key backup_encryption_key grafana_admin_password alertmanager_smtp_password; do
    "$host_cli" secrets init --dir "$work/secrets" --generate "$id" >/dev/null 2>&1 \
        || head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$work/secrets/$id"
done
# The ownership and modes docs/DEPLOYMENT.md prescribes.
chmod 0700 "$work/secrets"
chown "$uid:$uid" "$work/secrets"/{telegram_bot_token,anthropic_api_key,storage_encryption_key,gateway_token,audit_signing_key,backup_encryption_key}
chmod 0400 "$work/secrets"/{telegram_bot_token,anthropic_api_key,storage_encryption_key,audit_signing_key,backup_encryption_key}
chmod 0440 "$work/secrets/gateway_token"
show "$(cd "$work/secrets" && stat -c '%a %u:%g %n' -- * | paste -sd ';')"
# Only for looking inside (a static busybox, read-only, at /opt/proof) and for trusting the test CA.
# The shipped file is unchanged.
cat >"$work/docker-compose.proof.yml" <<'EOF'
services:
  openclaw:
    volumes:
      - /bin/busybox:/opt/proof/busybox:ro
      - ./tls/ca.crt:/etc/ssl/certs/ca-certificates.crt:ro
EOF
export COMPOSE_FILE=docker-compose.yml:docker-compose.proof.yml
cd "$work"
# A stack left by an earlier KEEP=1 run has the same project name: start from nothing.
docker compose down -v --remove-orphans >/dev/null 2>&1 || true

wait_ready() { # seconds until `openclaw health` inside the container says ready
    local started=$1 deadline=$((SECONDS + 90))
    while ((SECONDS < deadline)); do
        if docker exec "$container" openclaw health >/dev/null 2>&1; then
            elapsed "$started"
            return 0
        fi
        sleep 0.1
    done
    return 1
}
wait_healthy() { # seconds until Docker's healthcheck reports healthy
    local started=$1 deadline=$((SECONDS + 90))
    while ((SECONDS < deadline)); do
        if [[ "$(docker inspect -f '{{.State.Health.Status}}' "$container")" == healthy ]]; then
            elapsed "$started"
            return 0
        fi
        sleep 0.1
    done
    return 1
}

say "docker compose up -d openclaw (the monitoring images are not pulled here)"
up_started=$(date +%s.%N)
docker compose up -d --no-build openclaw 2>&1 | sed 's/^/   /'
ready_seconds=$(wait_ready "$up_started") || { docker compose logs openclaw | tail -20; exit 1; }
show "cold start to ready (openclaw health inside answers ready): ${ready_seconds} s"
show "$(docker exec "$container" openclaw health)"
healthy_seconds=$(wait_healthy "$up_started") || healthy_seconds=
show "Docker's health status: $(docker inspect -f '{{.State.Health.Status}}' "$container") after ${healthy_seconds:-?} s (engines before 25 run the first check one interval, 30 s, after start)"
check "the healthcheck turns healthy" test -n "$healthy_seconds"

diff_at_start=$(docker diff "$container" | sort)

say "from inside the container"
show "/proc/version: $(inside cat /proc/version)"
show "dmesg: $(inside dmesg 2>/dev/null | head -2 | paste -sd '|')"
check "the kernel is gVisor's (runsc), not the host's" bash -c "docker exec $container /opt/proof/busybox dmesg | grep -q gVisor"
check "docker inspect: runtime runsc" test "$(docker inspect -f '{{.HostConfig.Runtime}}' "$container")" = runsc
# As uid 0, which owns / and so would pass the permission check: only the read-only mount stops it.
show "as root: $(docker exec -u 0 "$container" /opt/proof/busybox touch /probe 2>&1 || true)"
check "the root filesystem is read-only (root's write to / fails)" bash -c "! docker exec -u 0 $container /opt/proof/busybox touch /probe 2>/dev/null"
check "the config is read-only (root's write to /app/config fails)" bash -c "! docker exec -u 0 $container /opt/proof/busybox touch /app/config/probe 2>/dev/null"
check "the state folder is writable (the store lives there)" bash -c "docker exec $container /opt/proof/busybox ls /app/workspace | grep -q openclaw"
status=$(inside cat /proc/1/status)
show "pid 1: $(inside cat /proc/1/cmdline | tr '\0' ' ')"
show "$(grep -E '^(Uid|Gid|CapInh|CapPrm|CapEff|CapBnd|CapAmb|NoNewPrivs|Seccomp)' <<<"$status" | paste -sd ';')"
check "the gateway runs as uid $uid (not 0)" bash -c "grep -qE '^Uid:\s+$uid\s+$uid\s+$uid\s+$uid' <<<'$status'"
cap_eff=$(awk '/^CapEff/ { print $2 }' <<<"$status")
cap_bnd=$(awk '/^CapBnd/ { print $2 }' <<<"$status")
check "effective capabilities: none beyond NET_BIND_SERVICE (CapEff $cap_eff)" test $((16#$cap_eff & ~0x400)) -eq 0
check "bounding set is NET_BIND_SERVICE alone (CapBnd $cap_bnd)" test $((16#$cap_bnd)) -eq $((0x400))
if grep -q '^NoNewPrivs' <<<"$status"; then
    check "NoNewPrivs is set" bash -c "grep -qE '^NoNewPrivs:\s+1' <<<'$status'"
else
    show "gVisor's /proc/1/status has no NoNewPrivs line: runsc always runs with no_new_privs (it refuses setuid and file capabilities on exec)"
    check "docker inspect: no-new-privileges in SecurityOpt" bash -c "docker inspect -f '{{json .HostConfig.SecurityOpt}}' $container | grep -q no-new-privileges:true"
fi
show "/run/secrets: $(inside ls -ln /run/secrets | awk 'NR > 1 { print $1, $3 ":" $4, $9 }' | paste -sd ';')"
check "the gateway's uid reads its secrets" bash -c "docker exec $container /opt/proof/busybox cat /run/secrets/telegram_bot_token >/dev/null"
check "another uid cannot read them" bash -c "! docker exec -u 12345:12345 $container /opt/proof/busybox cat /run/secrets/telegram_bot_token 2>/dev/null"
check "no secret file is world-readable" bash -c "! docker exec $container /opt/proof/busybox find /run/secrets -type f -perm -004 | grep -q ."
environ=$(inside cat /proc/1/environ | tr '\0' '\n')
show "environment of pid 1 (names): $(cut -d= -f1 <<<"$environ" | paste -sd ' ')"
leaked=0
for file in "$work"/secrets/*; do
    value=$(cat "$file")
    grep -qF -- "$value" <<<"$environ" && leaked=$((leaked + 1))
    # The value may exist only under /run/secrets: search the rest of the filesystem for it.
    if docker exec "$container" /opt/proof/busybox grep -rlF -- "$value" /app /tmp /etc /usr /lib /lib64 /run 2>/dev/null | grep -v '^/run/secrets/' | grep -q .; then
        leaked=$((leaked + 1))
    fi
done
check "no secret value in /proc/1/environ nor anywhere outside /run/secrets" test "$leaked" -eq 0
check "the container's config has no secret in its environment" \
    bash -c "! docker inspect -f '{{json .Config.Env}}' $container | grep -qiE 'token|key|password'"

say "from outside"
show "docker port: $(docker port "$container" | paste -sd ';')"
show "listening: $(ss -ltnH 'sport = :18789' | awk '{ print $4 }' | paste -sd ' ')"
check "the published port listens on 127.0.0.1 only" bash -c "ss -ltnH 'sport = :18789' | awk '{ print \$4 }' | grep -vq '^127\.0\.0\.1:18789$' && exit 1; ss -ltnH 'sport = :18789' | grep -q 127.0.0.1:18789"
check "/healthz answers on 127.0.0.1:18789" bash -c "curl -fsS http://127.0.0.1:18789/healthz | grep -q ok"
metrics_status=$(curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18789/metrics)
check "/metrics without the token is refused (HTTP $metrics_status)" test "$metrics_status" = 401
token=$(cat "$work/secrets/gateway_token")
check "/metrics with the gateway token answers (as Prometheus scrapes it)" \
    bash -c "curl -fsS -H 'Authorization: Bearer $token' http://127.0.0.1:18789/metrics | grep -q '^# TYPE openclaw_'"
net=$(docker network ls --format '{{.Name}}' | grep 'openclaw-net$')
check "docker network $net is internal" test "$(docker network inspect -f '{{.Internal}}' "$net")" = true
routes=$(docker run --rm --network "$net" -v /bin/busybox:/busybox:ro debian:bookworm-slim /busybox ip route)
show "routes of a container on $net only: ${routes//$'\n'/; } (Docker's internal bridge drops what is sent to the gateway address)"
# "Out" is a host of our own beyond this machine's routing: a network namespace behind a veth pair
# (198.51.100.0/30, a documentation range), with a listener. Docker forwards and masquerades to it
# from openclaw-external, as it would to Telegram; from the internal network it must drop.
ip netns add "$outside_ns"
ip link add "$outside_veth" type veth peer name oc-ct-out
ip link set oc-ct-out netns "$outside_ns"
ip addr add 198.51.100.1/30 dev "$outside_veth" && ip link set "$outside_veth" up
ip netns exec "$outside_ns" ip addr add 198.51.100.2/30 dev oc-ct-out
ip netns exec "$outside_ns" ip link set oc-ct-out up
ip netns exec "$outside_ns" ip route add default via 198.51.100.1
ip netns exec "$outside_ns" /bin/busybox nc -ll -p 8080 -e /bin/busybox echo outside </dev/null >/dev/null 2>&1 &
outside_pid=$!
check "the gateway (on openclaw-external) reaches a host outside" \
    bash -c "docker exec $container /opt/proof/busybox nc -w 3 198.51.100.2 8080 </dev/null | grep -q outside"
check "the internal network has no route out (the same host is unreachable from it)" \
    bash -c "! docker run --rm --network $net -v /bin/busybox:/busybox:ro debian:bookworm-slim /busybox nc -w 3 198.51.100.2 8080 </dev/null 2>/dev/null | grep -q outside"
host_reach=$(docker run --rm --network "$net" -v /bin/busybox:/busybox:ro debian:bookworm-slim /busybox nc -w 3 "$bridge" "$tls_port" </dev/null >/dev/null 2>&1 && echo reachable || echo unreachable)
show "the host's own addresses from the internal network: $host_reach ($bridge:$tls_port; Docker gives the internal bridge an address on the host, so bind host services to 127.0.0.1)"
show "AppArmor profile asked for: $(docker inspect -f '{{json .HostConfig.SecurityOpt}}' "$container"); applied: '$(docker inspect -f '{{.AppArmorProfile}}' "$container")' (this kernel has no AppArmor)"

say "end to end: a DM through the Telegram simulator"
urlencode() {
    local text=$1 encoded='' character index
    for ((index = 0; index < ${#text}; index++)); do
        character=${text:index:1}
        case $character in
            [a-zA-Z0-9.~_-]) encoded+=$character ;;
            *) printf -v character '%%%02X' "'$character" && encoded+=$character ;;
        esac
    done
    printf '%s' "$encoded"
}
dm() { curl -fsS -X POST "$control/dm?user=$user_id&text=$(urlencode "$1")" >/dev/null; }
sent() { curl -fsS "$control/sent?chat=$user_id&count=$1&timeout=30"; }
dm "hello, who are you?"
pairing=$(sent 1)
show "bot: ${pairing//$'\n'/ }"
code=$(grep -oE 'Pairing code: [A-Z0-9]{8}' <<<"$pairing" | awk '{ print $3 }')
check "a stranger gets a pairing code" test -n "$code"
approval=$(docker compose exec -T openclaw openclaw pairing approve telegram "$code")
show "docker compose exec openclaw openclaw pairing approve telegram $code → $approval"
dm "What can you do?"
first=$(sent 2)
show "bot: $first"
check "the containerised gateway answered through the model simulator" grep -q 'echo: What can you do?' <<<"$first"
sleep 1 # the log driver flushes asynchronously
auth_lines=$(docker compose logs openclaw | grep -i "auth\|pairing\|failed" || true)
show "docker compose logs openclaw | grep -i \"auth\\|pairing\\|failed\":" "${auth_lines//$'\n'/$'\n'   }"
check "the pairing request is in the log" grep -q 'pairing request created' <<<"$auth_lines"
check "the refused /metrics request is in the log" grep -q 'metrics auth failed' <<<"$auth_lines"
check "no secret value in the container's log" bash -c "! docker compose logs openclaw | grep -qF -f <(for file in '$work'/secrets/*; do cat \"\$file\"; echo; done)"
memory=$(docker stats --no-stream --format '{{.MemUsage}}' "$container" 2>/dev/null || echo '?')
show "docker stats: memory $memory after the conversation"

say "rotation: a secret written in place on the host reaches the running gateway"
new_token=$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')
printf '%s' "$new_token" >"$work/secrets/gateway_token" # same inode: the bind mount sees it
rotated=
for _ in $(seq 100); do
    if curl -fsS -o /dev/null -H "Authorization: Bearer $new_token" http://127.0.0.1:18789/metrics 2>/dev/null; then rotated=1; break; fi
    sleep 0.1
done
check "the new gateway_token is accepted without a restart" test -n "$rotated"
old_status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" http://127.0.0.1:18789/metrics)
check "the old gateway_token is refused (HTTP $old_status)" test "$old_status" = 401

diff=$(docker diff "$container" | sort)
show "docker diff $container after traffic: ${diff//$'\n'/; }"
check "docker diff after traffic is what it was at start (nothing written)" test "$diff" = "$diff_at_start"
check "docker diff lists only the mount points Docker made for the secrets and the proof tools" \
    bash -c "! grep -vE '^(A|C) /(run|run/secrets|run/secrets/[a-z_]+|opt|opt/proof|opt/proof/busybox)$' <<<'$diff'"

say "state across docker compose down && docker compose up -d"
docker compose down 2>&1 | sed 's/^/   /'
up_again=$(date +%s.%N)
docker compose up -d --no-build openclaw 2>&1 | sed 's/^/   /'
wait_ready "$up_again" >/dev/null || { docker compose logs openclaw | tail -20; exit 1; }
dm "Do you remember me?"
second=$(sent 3)
show "bot: $second"
check "the conversation survived: no new pairing, the model saw the earlier turns" grep -q 'echo: Do you remember me? (3 turns)' <<<"$second"
restart_healthy=$(wait_healthy "$up_again") || restart_healthy=
check "healthy again after the restart (${restart_healthy:-?} s)" test -n "$restart_healthy"

printf '\nimage %s MiB, cold start to ready %s s, to Docker healthy %s s, memory %s\n' "$((image_bytes / 1024 / 1024))" "$ready_seconds" "${healthy_seconds:-?}" "$memory"
printf '%s passed, %s failed\n' "$((checks - failures))" "$failures"
[[ "$failures" -eq 0 ]]
