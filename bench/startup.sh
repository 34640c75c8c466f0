#!/usr/bin/env bash
# Start-up to a mapped main window under Xvfb, Guichet beside XCA in the same run, and
# Guichet's resident memory on the large database.
#   bench/startup.sh BUILD_DIR DB_100K DB_1M [RUNS]
# Prints the median of RUNS cold-process starts for each program and the ratio.
set -euo pipefail
build="$1"
db100k="$2"
db1m="$3"
runs="${4:-15}"
timer="$build/bench/guichet-time-to-window"
home="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
export DISPLAY="$display" HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_app() { "$timer" -- "$@" 2>/dev/null | sed -n 's/^mapped_ms=//p'; }

time_app "$build/app/guichet" --db "$db100k" >/dev/null # warm the page cache once
time_app xca >/dev/null
guichet=()
xca=()
for _ in $(seq 1 "$runs"); do
    guichet+=("$(time_app "$build/app/guichet" --db "$db100k")")
    xca+=("$(time_app xca)")
done
g=$(printf '%s\n' "${guichet[@]}" | median)
x=$(printf '%s\n' "${xca[@]}" | median)
echo "guichet_100k_mapped_ms_median=$g (runs: ${guichet[*]})"
echo "xca_empty_mapped_ms_median=$x (runs: ${xca[*]})"
awk -v g="$g" -v x="$x" 'BEGIN {printf "ratio_guichet_over_xca=%.2f\n", g / x}'
"$timer" --rss-after 3000 -- "$build/app/guichet" --db "$db1m" 2>/dev/null | sed -n 's/^rss_kb=/guichet_1m_rss_kb=/p'
