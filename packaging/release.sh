#!/usr/bin/env bash
# One release command: builds every Linux artefact from a clean checkout into dist/:
#   dist/guichet_VERSION_amd64.deb          the Debian package (CPack)
#   dist/Guichet-VERSION-x86_64.AppImage    the AppImage (our runtime + SquashFS)
#   dist/smoketest/guichet-VERSION-smoketest.msi   wixl check of the MSI definition, NOT shipped
#   dist/SHA256SUMS
# then tries the .deb and the AppImage on clean Debian 12 roots (debootstrap; skipped with the
# reason when not root). Run as root on Debian 12:  bash packaging/release.sh
# Options: --no-clean-machine skips the clean-root test. The Windows MSI itself is built on
# Windows (docs/packaging.md).
set -euo pipefail
cd "$(dirname "$0")/.."
clean_machine=true
[ "${1:-}" = "--no-clean-machine" ] && clean_machine=false

bash packaging/install-deps.sh run
mapfile -t packages < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' packaging/debian/release-depends.txt)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2> /dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$(id -u)" -eq 0 ] || { echo "release: run as root to install: ${missing[*]}" >&2; exit 1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

build=build/release-artefacts
rm -rf "$build" dist
cmake --preset release -B "$build"
cmake --build "$build"
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"

desktop-file-validate packaging/linux/guichet.desktop
appstreamcli validate --no-net packaging/linux/fr.guichet.Guichet.metainfo.xml
packaging/tests/deb-package.sh "$build"
packaging/tests/appimage-package.sh "$build" "$version"
packaging/tests/wixl-smoketest.sh "$version" "$build/dist/smoketest"

mkdir -p dist/smoketest
cp "$build/dist/guichet_${version}_amd64.deb" "$build/dist/Guichet-${version}-x86_64.AppImage" dist/
cp "$build/dist/smoketest/guichet-${version}-smoketest.msi" dist/smoketest/
(cd dist && sha256sum "guichet_${version}_amd64.deb" "Guichet-${version}-x86_64.AppImage" > SHA256SUMS)

if $clean_machine; then
    status=0
    packaging/tests/clean-machine.sh "dist/guichet_${version}_amd64.deb" \
        "dist/Guichet-${version}-x86_64.AppImage" || status=$?
    [ $status -eq 0 ] || [ $status -eq 77 ] || exit $status
fi
echo "release: artefacts of Guichet $version in dist/"
ls -l dist dist/smoketest
