#!/usr/bin/env bash
# The PC/SC test rig (TESTING.md, "PC/SC"): pcscd with the vpcd virtual reader driver and a
# private reader configuration, giving "Guichet Test Reader 00 00" and "... 00 01", whose
# virtual cards connect on TCP 40000 and 40001.
#
#   pcscd-rig.sh start DIR   start pcscd (or reuse one already running with these readers);
#                            writes DIR/status: started | reused | unavailable: REASON
#   pcscd-rig.sh stop DIR    stop the pcscd this rig started (never one it reused)
#   pcscd-rig.sh kill DIR    kill the pcscd this rig started with SIGKILL (tests of a pcscd
#                            crash); refuses when the daemon was reused
#   pcscd-rig.sh status DIR  print DIR/status
#
# pcsc-lite allows one pcscd per machine (fixed socket /run/pcscd/pcscd.comm). When the
# packages are missing, start succeeds with "unavailable: ..." so tests can skip with the
# reason, unless GUICHET_REQUIRE_PCSCD=1, where it fails.
set -euo pipefail

command="${1:-}"
dir="${2:-}"
if [[ -z "$command" || -z "$dir" ]]; then
    echo "usage: $0 start|stop|kill|status DIR" >&2
    exit 2
fi
mkdir -p "$dir"
dir="$(cd "$dir" && pwd)"
driver=/usr/lib/pcsc/drivers/serial/libifdvpcd.so
socket=/run/pcscd/pcscd.comm
port=40000 # CHANNELID 0x9C40

# A live pcscd (a zombie left by a killed one does not count).
running_pcscd() { ps -C pcscd -o pid=,stat= 2>/dev/null | awk '$2 !~ /^Z/ { print $1; exit }'; }
port_listening() { ss -ltnH "sport = :$1" 2>/dev/null | grep -q LISTEN; }

unavailable() {
    echo "unavailable: $1" >"$dir/status"
    cat "$dir/status"
    if [[ "${GUICHET_REQUIRE_PCSCD:-0}" == 1 ]]; then
        echo "pcscd-rig: GUICHET_REQUIRE_PCSCD=1 and $1" >&2
        exit 1
    fi
    exit 0
}

our_pid() {
    local pid
    pid="$(cat "$dir/pcscd.pid" 2>/dev/null || true)"
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        echo "$pid"
    fi
}

start() {
    if ! command -v pcscd >/dev/null 2>&1; then
        unavailable "pcscd is not installed (Debian packages pcscd, vsmartcard-vpcd)"
    fi
    if [[ ! -e "$driver" ]]; then
        unavailable "the vpcd driver $driver is missing (Debian package vsmartcard-vpcd)"
    fi
    if [[ -n "$(our_pid)" ]]; then
        echo started >"$dir/status"
        cat "$dir/status"
        return
    fi
    if [[ -n "$(running_pcscd)" ]]; then
        # Only one pcscd per machine: use it if it has the test readers.
        for _ in $(seq 50); do
            port_listening "$port" && break
            sleep 0.1
        done
        if port_listening "$port"; then
            echo reused >"$dir/status"
            cat "$dir/status"
            return
        fi
        unavailable "a pcscd without the Guichet test readers is running (pid $(running_pcscd)); stop it, or give it the Guichet test reader configuration (TESTING.md, section PC/SC)"
    fi
    # Files a killed pcscd left behind would make the new one believe it is already running.
    rm -f "$socket" /run/pcscd/pcscd.pid
    mkdir -p "$dir/conf"
    cat >"$dir/conf/guichet-test-reader" <<'CONF'
FRIENDLYNAME "Guichet Test Reader"
DEVICENAME   /dev/null:0x9C40
LIBPATH      /usr/lib/pcsc/drivers/serial/libifdvpcd.so
CHANNELID    0x9C40
CONF
    # setsid and no inherited descriptors: ctest must not wait for the daemon's output.
    setsid pcscd --foreground --error -c "$dir/conf" </dev/null >>"$dir/pcscd.log" 2>&1 &
    echo $! >"$dir/pcscd.pid"
    for _ in $(seq 100); do
        if [[ -S "$socket" ]] && port_listening "$port" && port_listening $((port + 1)); then
            echo started >"$dir/status"
            cat "$dir/status"
            return
        fi
        if [[ -z "$(our_pid)" ]]; then
            break
        fi
        sleep 0.1
    done
    tail -n 20 "$dir/pcscd.log" >&2 || true
    unavailable "pcscd did not start (log: $dir/pcscd.log)"
}

stop_ours() {
    local signal="$1" pid
    pid="$(our_pid)"
    if [[ -z "$pid" ]]; then
        return
    fi
    kill "-$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$dir/pcscd.pid"
}

case "$command" in
start) start ;;
stop)
    if [[ "$(cat "$dir/status" 2>/dev/null || true)" == started ]]; then
        stop_ours TERM
    fi
    rm -f "$dir/status"
    ;;
kill)
    if [[ "$(cat "$dir/status" 2>/dev/null || true)" != started || -z "$(our_pid)" ]]; then
        echo "pcscd-rig: this rig did not start the running pcscd; not killing it" >&2
        exit 1
    fi
    stop_ours KILL
    ;;
status) cat "$dir/status" 2>/dev/null || echo "stopped" ;;
*)
    echo "usage: $0 start|stop|kill|status DIR" >&2
    exit 2
    ;;
esac
