#!/usr/bin/env bash
# Tests the AppImage runtime (packaging/appimage/runtime) on a small AppDir, independent of the
# application: run through FUSE, exit status, arguments, --appimage-extract (contents,
# symbolic links, modes, a pattern), --appimage-offset, and the fallback to a temporary
# extraction when FUSE is unavailable (a real mount failure: /dev/fuse hidden in a private
# mount namespace). Exit 77 (skipped, reason printed) when the tools are missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v mksquashfs > /dev/null || skip "mksquashfs missing (Debian: squashfs-tools)"
command -v gcc > /dev/null || skip "gcc missing"
[ -f /usr/lib/x86_64-linux-gnu/libsquashfuse.a ] || skip "libsquashfuse.a missing (libsquashfuse-dev)"
[ -f /usr/lib/x86_64-linux-gnu/libfuse3.a ] || skip "libfuse3.a missing (libfuse3-dev)"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
"$here/../appimage/runtime/build.sh" "$work/runtime"

app="$work/AppDir"
mkdir -p "$app/usr/bin" "$app/usr/share/data"
cat > "$app/AppRun" <<'SH'
#!/bin/sh
echo "appdir=$APPDIR"
echo "appimage=$APPIMAGE"
echo "args=$*"
cat "$APPDIR/usr/share/data/payload.txt"
readlink "$APPDIR/usr/bin/link"
exit "${EXIT_WITH:-0}"
SH
chmod 0755 "$app/AppRun"
echo "payload of the squashfs image" > "$app/usr/share/data/payload.txt"
head -c 300000 /dev/urandom > "$app/usr/share/data/blob.bin" # more than one block
ln -s ../share/data/payload.txt "$app/usr/bin/link"
mksquashfs "$app" "$work/image" -root-owned -noappend -comp zstd -no-progress -quiet
cat "$work/runtime" "$work/image" > "$work/Test.AppImage"
chmod 0755 "$work/Test.AppImage"

offset="$("$work/Test.AppImage" --appimage-offset)"
[ "$offset" = "$(stat -c %s "$work/runtime")" ] || fail "offset $offset is not the runtime's size"
[ "$(head -c 11 "$work/Test.AppImage" | tail -c 3 | od -An -c | tr -d ' ')" = 'AI002' ] ||
    fail "type-2 magic missing"

check_run() { # $1: how; the output of a run is in $work/out
    grep -qx "args=one two words" "$work/out" || fail "$1: arguments not passed: $(cat "$work/out")"
    grep -qx "payload of the squashfs image" "$work/out" || fail "$1: payload not read"
    grep -qx "../share/data/payload.txt" "$work/out" || fail "$1: symbolic link lost"
    grep -qx "appimage=$work/Test.AppImage" "$work/out" || fail "$1: APPIMAGE not set"
}

# 1. Normal start: FUSE where available, else (announced) extraction.
"$work/Test.AppImage" one "two words" > "$work/out" 2> "$work/err" || fail "run failed: $(cat "$work/err")"
check_run "default run"
if grep -q "falling back" "$work/err"; then
    echo "note: FUSE is unavailable here, the default run used the extraction"
else
    grep -q "^appdir=$TMPDIR/.mount_guichet-" "$work/out" || fail "not run from a FUSE mount"
    echo "ok: ran from a FUSE mount"
fi
EXIT_WITH=3 "$work/Test.AppImage" > /dev/null 2>&1 && fail "exit status lost" || [ $? -eq 3 ] ||
    fail "exit status 3 not propagated"
# The server unmounts and removes the mount point once the application has exited.
for _ in $(seq 50); do
    grep -q "$TMPDIR/.mount_guichet" /proc/mounts || break
    sleep 0.1
done
grep -q "$TMPDIR/.mount_guichet" /proc/mounts && fail "mount left behind after exit"

# 2. --appimage-extract: identical tree, links and modes kept; a pattern extracts a subset.
(cd "$work" && ./Test.AppImage --appimage-extract > /dev/null)
diff -r --no-dereference "$app" "$work/squashfs-root" || fail "extracted tree differs"
[ "$(stat -c %a "$work/squashfs-root/AppRun")" = 755 ] || fail "AppRun lost its mode"
rm -rf "$work/squashfs-root"
(cd "$work" && ./Test.AppImage --appimage-extract 'usr/share/data/*.txt' > /dev/null)
[ -f "$work/squashfs-root/usr/share/data/payload.txt" ] || fail "pattern extract missed the file"
[ ! -e "$work/squashfs-root/AppRun" ] || fail "pattern extract took too much"
echo "ok: --appimage-extract"

# 3. FUSE unavailable: /dev/fuse replaced by a plain file in a private mount namespace, so the
#    mount really fails; the runtime must extract, run, and clean up after itself.
touch "$work/not-fuse"
if [ "$(id -u)" -eq 0 ] && [ -e /dev/fuse ] &&
    unshare -m sh -c 'mount --bind "$1" /dev/fuse' sh "$work/not-fuse" 2> /dev/null; then
    unshare -m sh -c 'mount --bind "$1" /dev/fuse && shift && exec "$@"' sh "$work/not-fuse" \
        "$work/Test.AppImage" one "two words" > "$work/out" 2> "$work/err" ||
        fail "fallback run failed: $(cat "$work/err")"
    how="FUSE hidden"
else
    echo "note: cannot hide /dev/fuse here (not root, no mount namespace or no /dev/fuse):" \
        "forcing the fallback with APPIMAGE_EXTRACT_AND_RUN=1"
    APPIMAGE_EXTRACT_AND_RUN=1 "$work/Test.AppImage" one "two words" > "$work/out" 2> "$work/err" ||
        fail "fallback run failed: $(cat "$work/err")"
    how="extract-and-run"
fi
check_run "$how"
grep -q "falling back\|temporary extraction" "$work/err" || fail "$how: no fallback announced"
grep -q "^appdir=$TMPDIR/.guichet-appimage-" "$work/out" || fail "$how: not run from an extraction"
leftovers="$(find "$TMPDIR" -mindepth 1 -maxdepth 1)"
[ -z "$leftovers" ] || fail "temporary folders left behind: $leftovers"
echo "ok: fallback to extraction ($how)"
