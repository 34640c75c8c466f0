#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, on a free loopback port, in DIR.
#   postgres-server.sh start DIR   prints the port once the server accepts connections
#   postgres-server.sh stop DIR
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user.
set -euo pipefail
action="$1"
dir="$2"
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$*"
    else
        sh -c "$*"
    fi
}
case "$action" in
start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    if ! as_owner "'$bin/initdb' -D '$dir/data' -A trust -U guichet -E UTF8 --locale=C.UTF-8" \
        >"$dir/initdb.log" 2>&1; then
        echo "postgres-server: initdb failed (the folders above $dir must be searchable):" >&2
        cat "$dir/initdb.log" >&2
        exit 1
    fi
    for attempt in $(seq 1 20); do
        port=$((20000 + RANDOM % 30000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            if as_owner "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 \
                  -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=on\" start" \
                  >"$dir/pg_ctl.log" 2>&1; then
                echo "$port" >"$dir/port"
                echo "$port"
                exit 0
            fi
        fi
    done
    echo "postgres-server: could not start PostgreSQL; see $dir/server.log" >&2
    cat "$dir/server.log" >&2 || true
    exit 1
    ;;
stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: postgres-server.sh start|stop DIR" >&2
    exit 2
    ;;
esac
