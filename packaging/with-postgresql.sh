#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server on a loopback port, for the storage tests that
# run against both SQLite and PostgreSQL (docs/STORAGE.md). initdb into a temporary folder, start
# it with pg_ctl (as the unprivileged `postgres` user when run as root: PostgreSQL refuses to run
# as root), export SWITCHBOARD_TEST_POSTGRESQL="host=127.0.0.1 port=N user=switchboard" to the
# command, and stop and remove the server afterwards. Durability is switched off: it is a scratch
# server. With SWITCHBOARD_TEST_POSTGRESQL already set (your own server) it only runs the command.
set -euo pipefail

if [ -n "${SWITCHBOARD_TEST_POSTGRESQL:-}" ]; then
    exec "$@"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "switchboard: PostgreSQL's server is not installed (packaging/install-deps.sh installs it)" >&2
    exit 1
fi

dir=$(mktemp -d /tmp/switchboard-pg.XXXXXX)
as_server=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "switchboard: running as root, but there is no 'postgres' user to run the server as" >&2
        exit 1
    fi
    chown postgres: "$dir"
    as_server=(runuser -u postgres --)
fi

cleanup() {
    "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT

"${as_server[@]}" "$bindir/initdb" -D "$dir/data" -U switchboard --auth=trust -E UTF8 \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }

# A port in the dynamic range derived from this process; the next ones when it is taken.
started=
for attempt in $(seq 0 19); do
    port=$(( 49152 + ($$ * 7 + attempt * 131) % 16000 ))
    if "${as_server[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
        -o "-h 127.0.0.1 -p $port -k $dir -F -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null 2>&1; then
        started=yes
        break
    fi
done
if [ -z "$started" ]; then
    echo "switchboard: the PostgreSQL test server did not start; its log:" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
fi

export SWITCHBOARD_TEST_POSTGRESQL="host=127.0.0.1 port=$port user=switchboard"
status=0
"$@" || status=$?
exit "$status"
