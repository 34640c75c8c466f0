#!/usr/bin/env bash
# Clean-machine test: the Debian package and the AppImage on minimal Debian 12 roots that have
# never seen a compiler.
#   clean-machine.sh GUICHET.deb GUICHET.AppImage
#   clean-machine.sh --prepare          only build the cached root
# 1. A minbase bookworm root (debootstrap, cached), `apt-get install ./guichet.deb` inside,
#    then guichet-cli --version, guichet-cli mrz check on the ICAO 9303 specimen, and the
#    window's start-up on the offscreen platform (guichet --check-startup).
# 2. The same three with the AppImage, in a root that has only the base desktop libraries
#    (GL, X11, fontconfig; no Qt) and no /dev/fuse, so the runtime's extraction path runs.
# Needs root, debootstrap and the network to the Debian mirror of /etc/apt; exits 77 with the
# reason otherwise. Cache: $GUICHET_DEBOOTSTRAP_CACHE (default /var/cache/guichet-debootstrap):
# the pristine root and apt's downloaded packages, so later runs download nothing new.
set -euo pipefail
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
prepare_only=false
[ "${1:-}" = "--prepare" ] && prepare_only=true
[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot, mounts)"
for tool in debootstrap chroot unshare mount; do
    command -v "$tool" > /dev/null || skip "$tool missing (Debian: debootstrap, util-linux)"
done
if ! $prepare_only; then
    [ -f "${1:-}" ] || fail "no package at ${1:-}"
    [ -f "${2:-}" ] || fail "no AppImage at ${2:-}"
    deb="$(realpath "$1")"
    appimage="$(realpath "$2")"
fi

# The mirror this machine's apt uses (deb822 sources or the one-line format).
mirror="$(sed -n 's/^URIs:[[:space:]]*\(http[^ ]*\/debian\)\/*$/\1/p' /etc/apt/sources.list.d/*.sources 2> /dev/null | head -1)"
[ -n "$mirror" ] || mirror="$(awk '$1 == "deb" && $2 ~ /\/debian\/?$/ { print $2; exit }' /etc/apt/sources.list 2> /dev/null || true)"
[ -n "$mirror" ] || skip "no Debian mirror found in /etc/apt"
mirror="${mirror%/}"

cache="${GUICHET_DEBOOTSTRAP_CACHE:-/var/cache/guichet-debootstrap}"
base="$cache/bookworm-minbase"
archives="$cache/archives"
mkdir -p "$archives/partial"
started=$SECONDS
phase() { echo "[$((SECONDS - started)) s] $*"; }

if [ ! -f "$base/.complete" ]; then
    phase "debootstrap bookworm (minbase) from $mirror into the cache (first run only)"
    rm -rf "$base"
    debootstrap --variant=minbase --cache-dir="$archives" bookworm "$base" "$mirror" \
        > "$cache/debootstrap.log" 2>&1 || {
        tail -20 "$cache/debootstrap.log" >&2
        if ! grep -q "Retrieving\|Validating" "$cache/debootstrap.log"; then
            skip "the Debian mirror $mirror is unreachable"
        fi
        fail "debootstrap failed (log: $cache/debootstrap.log)"
    }
    if mountpoint -q "$base/proc"; then umount "$base/proc"; fi
    printf 'deb %s bookworm main\ndeb %s bookworm-updates main\n' "$mirror" "$mirror" \
        > "$base/etc/apt/sources.list"
    # Services are not started inside a chroot (pcscd's postinst would try).
    printf '#!/bin/sh\nexit 101\n' > "$base/usr/sbin/policy-rc.d"
    chmod 0755 "$base/usr/sbin/policy-rc.d"
    touch "$base/.complete"
    phase "cached root ready"
fi
$prepare_only && exit 0

work="$(mktemp -d "${TMPDIR:-/tmp}/guichet-clean-machine.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

# Runs "$@" with a fresh copy of the cached root at $work/$root, mounts private to this run.
# Only /proc, /dev/null-like nodes from debootstrap and the apt cache are visible inside.
in_root() {
    local root="$work/$1"
    shift
    unshare -m --propagation private sh -c '
        root="$1"; archives="$2"; shift 2
        mount -t proc proc "$root/proc"
        mount --bind "$archives" "$root/var/cache/apt/archives"
        exec chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
            LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"' sh "$root" "$archives" "$@"
}
make_root() {
    cp -a "$base" "$work/$1"
    in_root "$1" apt-get update -q > "$work/$1.apt.log" 2>&1 || {
        cat "$work/$1.apt.log" >&2
        fail "apt-get update failed in the clean root"
    }
}
mrz='P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<
L898902C36UTO7408122F1204159ZE184226B<<<<<10'
check_three() { # $1 root, then the command prefix that runs guichet-cli / guichet
    local root="$1" cli="$2" gui="$3"
    version="$(in_root "$root" sh -c "$cli --version")" || fail "$root: guichet-cli --version failed"
    echo "$version" | grep -q "^guichet-cli [0-9]" || fail "$root: unexpected version: $version"
    phase "$root: $version"
    printf '%s\n' "$mrz" | in_root "$root" sh -c "$cli mrz check --date 2010-01-01" \
        > "$work/$root.mrz" 2>&1 || { cat "$work/$root.mrz" >&2; fail "$root: mrz check refused the specimen"; }
    phase "$root: mrz check accepted the ICAO 9303 specimen"
    in_root "$root" sh -c "QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/run $gui --check-startup" \
        > "$work/$root.gui" 2>&1 || { cat "$work/$root.gui" >&2; fail "$root: the window did not start"; }
    phase "$root: the window started and quit on the offscreen platform"
}

# --- 1. The Debian package ---------------------------------------------------------------
phase "root 1: installing $(basename "$deb") with apt-get"
make_root deb
cp "$deb" "$work/deb/tmp/guichet.deb"
in_root deb apt-get install -y -q --no-install-recommends /tmp/guichet.deb \
    > "$work/deb.install.log" 2>&1 || { tail -30 "$work/deb.install.log" >&2; fail "apt-get could not install the package"; }
in_root deb sh -c 'test -x /usr/bin/guichet && test -x /usr/bin/guichet-cli && test -f /usr/share/applications/guichet.desktop' ||
    fail "the package did not install its files"
mkdir -p "$work/deb/tmp/run" && chmod 0700 "$work/deb/tmp/run"
check_three deb guichet-cli guichet

# --- 2. The AppImage, on the base desktop libraries only --------------------------------
phase "root 2: base desktop libraries only, then $(basename "$appimage")"
make_root appimage
in_root appimage apt-get install -y -q --no-install-recommends libgl1 libopengl0 libegl1 libx11-6 libxcb1 \
    libfontconfig1 libfreetype6 fonts-dejavu-core > "$work/appimage.install.log" 2>&1 ||
    { tail -30 "$work/appimage.install.log" >&2; fail "could not install the base desktop libraries"; }
if in_root appimage sh -c 'ls /usr/lib/*/libQt6Core.so* > /dev/null 2>&1'; then
    fail "the AppImage root has Qt: the test would prove nothing"
fi
[ ! -e "$work/appimage/dev/fuse" ] || rm -f "$work/appimage/dev/fuse" # no FUSE: extraction path
cp "$appimage" "$work/appimage/tmp/Guichet.AppImage"
mkdir -p "$work/appimage/tmp/run" && chmod 0700 "$work/appimage/tmp/run"
check_three appimage "/tmp/Guichet.AppImage guichet-cli" "/tmp/Guichet.AppImage"
grep -q "falling back to extraction" "$work/appimage.gui" ||
    fail "the AppImage did not report its fallback to extraction"
phase "done: the package and the AppImage work on clean roots"
