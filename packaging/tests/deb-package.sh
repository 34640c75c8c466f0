#!/usr/bin/env bash
# Builds the Debian package from a configured and built tree with CPack and checks what it
# declares and contains.   deb-package.sh BUILD_DIR    (the .deb lands in BUILD_DIR/dist)
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }
build="$(cd "$1" && pwd)"
command -v dpkg-shlibdeps > /dev/null || { echo "SKIP: dpkg-shlibdeps missing (dpkg-dev)"; exit 77; }
rm -f "$build"/dist/guichet_*.deb
(cd "$build" && cpack -G DEB > "$build/cpack-deb.log" 2>&1) || { cat "$build/cpack-deb.log" >&2; fail "cpack failed"; }
deb="$(ls "$build"/dist/guichet_*_amd64.deb)"
fields="$(dpkg-deb -f "$deb")"
contents="$(dpkg-deb -c "$deb")"
depends="$(dpkg-deb -f "$deb" Depends)"
# From dpkg-shlibdeps (the ELF dependencies) and the explicit run-time list (p11-kit is
# used through its modules and proxy, not linked, so it is listed explicitly).
for package in libqt6core6 libqt6widgets6 libqt6sql6 libqt6network6 libssl3 libpcsclite1 \
    libqt6keychain1 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql pcscd \
    libsane1 p11-kit; do
    grep -Eq "(^|, )$package( |,|$)" <<< "$depends" || fail "Depends lacks $package: $depends"
done
grep -q '^Recommends: .*gnome-keyring' <<< "$fields" || fail "gnome-keyring not recommended"
grep -q '^Suggests: .*softhsm2' <<< "$fields" || fail "softhsm2 not suggested"
for path in ./usr/bin/guichet ./usr/bin/guichet-cli ./usr/libexec/guichet/guichet-scan-helper \
    ./usr/share/applications/guichet.desktop \
    ./usr/share/metainfo/fr.guichet.Guichet.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/guichet.svg \
    ./usr/share/icons/hicolor/48x48/apps/guichet.png \
    ./usr/share/icons/hicolor/256x256/apps/guichet.png \
    ./usr/share/man/man1/guichet-cli.1 ./usr/share/man/man1/guichet.1; do
    grep -q " $path\$" <<< "$contents" || fail "the package lacks $path"
done
echo "ok: $deb"
echo "$fields" | grep -E '^(Package|Version|Architecture|Depends|Recommends|Suggests|Installed-Size):'
