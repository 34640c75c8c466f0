#!/usr/bin/env bash
# Smoke test of the Windows installer definition (packaging/windows/guichet.wxs): wixl builds
# it against a staged test payload (dummy executables and DLLs, the real icon) into
# OUTPUT_DIR/guichet-VERSION-smoketest.msi, which is never shipped. Fails on any wixl warning,
# then checks the tables that carry the promises: per-machine, fixed UpgradeCode with major
# upgrade, Start-menu shortcut, the optional PATH feature.
#   wixl-smoketest.sh VERSION OUTPUT_DIR        exit 77 (skipped, reason printed) without wixl
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="$1"
out="$(realpath -m "$2")"
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }
command -v wixl > /dev/null || skip "wixl missing (Debian: wixl)"
command -v wixl-heat > /dev/null || skip "wixl-heat missing (Debian: wixl)"
command -v msiinfo > /dev/null || skip "msiinfo missing (Debian: msitools)"
command -v rsvg-convert > /dev/null || skip "rsvg-convert missing (Debian: librsvg2-bin)"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
payload="$stage/payload"
mkdir -p "$payload/platforms" "$payload/sqldrivers" "$payload/tls" "$payload/translations"
# What windeployqt stages next to the executables, in miniature.
for file in guichet.exe guichet-cli.exe Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Sql.dll \
    Qt6Network.dll libcrypto-3-x64.dll libssl-3-x64.dll platforms/qwindows.dll \
    sqldrivers/qsqlite.dll sqldrivers/qsqlpsql.dll tls/qopensslbackend.dll \
    translations/qtbase_fr.qm; do
    echo "Guichet MSI smoke-test payload: $file" > "$payload/$file"
done
for size in 16 32 48 256; do
    rsvg-convert -w $size -h $size -o "$stage/$size.png" "$here/../linux/icons/guichet.svg"
done
python3 "$here/../windows/make-ico.py" "$payload/guichet.ico" "$stage"/{16,32,48,256}.png

cd "$stage"
(cd payload && find . -type f ! -name 'guichet*.exe' ! -name guichet.ico | sed 's|^\./||' | sort) |
    wixl-heat -p "" --component-group DeployedRuntime --var var.SourceDir \
        --directory-ref INSTALLDIR --win64 > runtime.wxs
msi="$out/guichet-$version-smoketest.msi"
mkdir -p "$out"
rm -f "$msi"
wixl -a x64 -D "Version=$version" -D Win64=yes -D SourceDir=payload -o "$msi" \
    "$here/../windows/guichet.wxs" runtime.wxs > wixl.log 2>&1 || {
    cat wixl.log >&2
    fail "wixl failed"
}
if [ -s wixl.log ]; then
    cat wixl.log >&2
    fail "wixl printed warnings"
fi
[ -s "$msi" ] || fail "no MSI written"

# Tables exported to files first: grep -q on a pipe would stop msiinfo early (pipefail).
table() {
    [ -f "tables/$1" ] || { mkdir -p tables && msiinfo export "$msi" "$1" > "tables/$1"; }
    cat "tables/$1"
}
grep -q '{5B0E6A64-2C8F-4C8B-9D3E-7A1F2C4D9E01}' <(table Upgrade) || fail "UpgradeCode changed or missing"
grep -q WIX_DOWNGRADE_DETECTED <(table Upgrade) || fail "no major-upgrade rows"
grep -q RemoveExistingProducts <(table InstallExecuteSequence) || fail "RemoveExistingProducts not scheduled"
grep -qP '^ALLUSERS\t1' <(table Property) || fail "not a per-machine install"
grep -q 'Template: x64;1033' <(msiinfo suminfo "$msi") || fail "not an x64 package"
grep -qP '^GuichetStartMenu\tProgramMenuFolder\tGuichet\t' <(table Shortcut) || fail "no Start-menu shortcut"
grep -qP '^CliPath\t' <(table Feature) || fail "no optional PATH feature"
grep -q "SetEnvironmentVariable('Path'" <(table CustomAction) || fail "PATH actions missing"
grep -q 'qwindows.dll' <(table File) || fail "harvested Qt runtime missing"
grep -qP '^INSTALLDIR\tProgramFiles64Folder\tGuichet' <(table Directory) || fail "not in Program Files"
echo "ok: $msi ($(stat -c %s "$msi") bytes), no wixl warning"
