#!/usr/bin/env bash
# Builds the AppImage from a configured and built tree and checks it on this machine.
#   appimage-package.sh BUILD_DIR VERSION    (writes BUILD_DIR/dist/Guichet-VERSION-x86_64.AppImage)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
fail() { echo "FAIL: $*" >&2; exit 1; }
for tool in patchelf mksquashfs gcc; do
    command -v "$tool" > /dev/null || { echo "SKIP: $tool missing (packaging/debian/release-depends.txt)"; exit 77; }
done
build="$(cd "$1" && pwd)"
image="$build/dist/Guichet-$2-x86_64.AppImage"
"$here/../appimage/build-appimage.sh" "$build" "$image"
# First line: Guichet's version; then the Qt, OpenSSL and pcsc-lite versions it runs on.
versions="$("$image" guichet-cli --version)"
version="$(printf '%s\n' "$versions" | head -n 1)"
[ "$version" = "guichet-cli $2" ] || fail "the AppImage's CLI says: $version"
printf '%s\n' "$versions" | grep -q '^OpenSSL 3' || fail "the AppImage's CLI names no OpenSSL: $versions"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$image" --appimage-extract > /dev/null)
for path in AppRun guichet.desktop .DirIcon usr/bin/qt.conf usr/plugins/platforms/libqxcb.so \
    usr/plugins/platforms/libqoffscreen.so usr/plugins/sqldrivers/libqsqlite.so \
    usr/plugins/sqldrivers/libqsqlpsql.so usr/plugins/tls/libqopensslbackend.so \
    usr/plugins/imageformats/libqjpeg.so usr/translations/qtbase_fr.qm usr/lib/libQt6Core.so.6 \
    usr/share/doc/guichet-appimage-runtime/LICENSES usr/libexec/guichet/guichet-scan-helper \
    usr/lib/libsane.so.1; do
    [ -e "$work/squashfs-root/$path" ] || fail "the AppImage lacks $path"
done
rpath="$(patchelf --print-rpath "$work/squashfs-root/usr/bin/guichet")"
[ "$rpath" = '$ORIGIN/../lib' ] || fail "guichet's RPATH is $rpath"
# guichet finds the scanner service at bin/../libexec/guichet (SaneProcessScanner).
rpath="$(patchelf --print-rpath "$work/squashfs-root/usr/libexec/guichet/guichet-scan-helper")"
[ "$rpath" = '$ORIGIN/../../lib' ] || fail "guichet-scan-helper's RPATH is $rpath"
echo "ok: $image ($(du -h "$image" | cut -f1))"
