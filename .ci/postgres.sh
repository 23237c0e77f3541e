#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on loopback for the tests, in a fresh temp folder, as the
# unprivileged `postgres` user that Debian's package creates, and prints the variables the tests
# read. Usage: eval "$(bash .ci/postgres.sh)"; stop it with
#   runuser -u postgres -- "$OPENCLAW_TEST_POSTGRES_BIN/pg_ctl" -D "$OPENCLAW_TEST_POSTGRES_DATA" stop
set -euo pipefail

bin=$(find /usr/lib/postgresql -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi
# A port free now, chosen by the kernel (two runs on one machine do not collide).
port=${OPENCLAW_TEST_POSTGRES_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
data=$(mktemp -d /tmp/openclaw-postgres.XXXXXX)
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
printf '%s\n' "$password" >"$data/pw"
chown -R postgres:postgres "$data"
chmod 700 "$data"
chmod 600 "$data/pw"
runuser -u postgres -- "$bin/initdb" -D "$data/db" -U openclaw --pwfile="$data/pw" --auth=scram-sha-256 -E UTF8 >"$data/initdb.log" 2>&1
rm -f "$data/pw"
# Many tests run at once, each with its own schema and a few connections. fsync is off: the tests
# kill gateways, never this server, so what they check does not depend on the server's own disk
# flushes, and on shared CI disks each flush costs more than the statement.
runuser -u postgres -- "$bin/pg_ctl" -D "$data/db" -l "$data/server.log" -w start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$data -c max_connections=400 -c fsync=off" >>"$data/initdb.log" 2>&1
runuser -u postgres -- env PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$port" -U openclaw openclaw >>"$data/initdb.log" 2>&1
echo "export OPENCLAW_TEST_POSTGRES_URL=postgresql://openclaw:$password@127.0.0.1:$port/openclaw"
echo "export OPENCLAW_TEST_POSTGRES_DATA=$data/db"
echo "export OPENCLAW_TEST_POSTGRES_BIN=$bin"
