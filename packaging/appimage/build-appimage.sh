#!/usr/bin/env bash
# Builds the Guichet AppImage from a configured and built CMake tree:
#   packaging/appimage/build-appimage.sh BUILD_DIR OUTPUT.AppImage
# AppDir = `cmake --install` + Qt's libraries, plugins and translations from this Debian 12
# system, relative RPATHs (patchelf), qt.conf, AppRun; then our runtime + a zstd SquashFS.
# Needs: patchelf squashfs-tools libsquashfuse-dev libfuse3-dev liblz4-dev libzstd-dev
# liblzma-dev zlib1g-dev (packaging/debian/release-depends.txt).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="$(cd "$1" && pwd)"
output="$(realpath -m "$2")"
work="$build/appimage"
appdir="$work/AppDir"
qtlib=/usr/lib/x86_64-linux-gnu
qtplugins="$qtlib/qt6/plugins"
rm -rf "$work"
mkdir -p "$appdir/usr/lib" "$appdir/usr/plugins" "$appdir/usr/translations"

cmake --install "$build" --prefix "$appdir/usr" --strip > "$work/install.log"

# Plugins: platforms (xcb for desks, offscreen for checks), image formats, SQL, TLS.
plugins=(platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so
    xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so
    platforminputcontexts/libcomposeplatforminputcontextplugin.so
    sqldrivers/libqsqlite.so sqldrivers/libqsqlpsql.so
    tls/libqopensslbackend.so tls/libqcertonlybackend.so)
for plugin in "$qtplugins"/imageformats/*.so; do plugins+=("imageformats/$(basename "$plugin")"); done
# Printing (the intervention form's print preview) through CUPS, where Qt has the plugin.
for plugin in "$qtplugins"/printsupport/*.so; do
    if [ -e "$plugin" ]; then plugins+=("printsupport/$(basename "$plugin")"); fi
done
for plugin in "${plugins[@]}"; do
    mkdir -p "$appdir/usr/plugins/$(dirname "$plugin")"
    cp -L "$qtplugins/$plugin" "$appdir/usr/plugins/$plugin"
done
for qm in qtbase_fr.qm qt_fr.qm; do
    cp -L "/usr/share/qt6/translations/$qm" "$appdir/usr/translations/"
done

# Libraries: everything the binaries and plugins need (ldd, transitively), except the base
# of any desktop Linux: glibc, the C++ runtime, the GL/X11/font stack and systemd's libudev.
excluded='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libresolv|libutil|libanl|libnss_.*|libstdc\+\+|libgcc_s|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libdrm|libgbm|libX11|libxcb|libfontconfig|libfreetype|libexpat|libz|libudev)\.so'
# QtKeychain opens libsecret with dlopen, so ldd does not name it.
extra=("$qtlib/libsecret-1.so.0")
collect() {
    { ldd "$@" || true; } | awk '/=> \// { print $3 }' | sort -u
}
# The scanner service (libsane's host, started by guichet and guichet-cli) is in libexec.
helper="$appdir/usr/libexec/guichet/guichet-scan-helper"
[ -x "$helper" ] || { echo "build-appimage: $helper was not installed" >&2; exit 1; }
objects=("$appdir/usr/bin/"* "$helper" $(find "$appdir/usr/plugins" -name '*.so') "${extra[@]}")
mapfile -t needed < <(collect "${objects[@]}" | grep -v "^$appdir")
for library in "${needed[@]}" "${extra[@]}"; do
    name="$(basename "$library")"
    if [[ ! "$name" =~ $excluded ]] && [ ! -e "$appdir/usr/lib/$name" ]; then
        cp -L "$library" "$appdir/usr/lib/$name"
    fi
done
rm -f "$appdir/usr/bin/qt.conf"
patchelf --set-rpath '$ORIGIN/../lib' "$appdir"/usr/bin/guichet "$appdir"/usr/bin/guichet-cli
patchelf --set-rpath '$ORIGIN/../../lib' "$helper"
find "$appdir/usr/lib" -name '*.so*' -type f -exec patchelf --set-rpath '$ORIGIN' {} \;
find "$appdir/usr/plugins" -name '*.so' -type f -exec patchelf --set-rpath '$ORIGIN/../../lib' {} \;
# A second pass: every library that a bundled object names (DT_NEEDED) must be in the
# AppDir or in the excluded base (whose own dependencies come from the host with it).
for object in "$appdir"/usr/bin/guichet "$appdir"/usr/bin/guichet-cli "$helper" "$appdir"/usr/lib/*.so* \
    $(find "$appdir/usr/plugins" -name '*.so'); do
    readelf -d "$object" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'
done | sort -u | while read -r name; do
    [ -e "$appdir/usr/lib/$name" ] || [[ "$name" =~ $excluded ]] || echo "$name"
done > "$work/unbundled.txt"
if [ -s "$work/unbundled.txt" ]; then
    echo "build-appimage: libraries neither bundled nor part of the desktop base:" >&2
    cat "$work/unbundled.txt" >&2
    exit 1
fi
cat > "$appdir/usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Translations = translations
CONF

# Desktop integration at the AppDir root, as the AppImage tools expect.
cp "$here/AppRun" "$appdir/AppRun"
cp "$appdir/usr/share/applications/guichet.desktop" "$appdir/guichet.desktop"
cp "$appdir/usr/share/icons/hicolor/256x256/apps/guichet.png" "$appdir/guichet.png"
ln -s guichet.png "$appdir/.DirIcon"

# Licences: ours, the runtime's, and each bundled library's Debian copyright file.
doc="$appdir/usr/share/doc"
mkdir -p "$doc/guichet-appimage-runtime"
cp "$here/LICENSES" "$doc/guichet-appimage-runtime/LICENSES"
for package in libsquashfuse0 libfuse3-3 libc6 libzstd1 liblz4-1 liblzma5 zlib1g; do
    cp "/usr/share/doc/$package/copyright" "$doc/guichet-appimage-runtime/$package.copyright"
done
for library in "$appdir"/usr/lib/*.so* "$appdir"/usr/plugins/*/*.so; do
    owner="$(dpkg -S "*/$(basename "$library")" 2>/dev/null | head -1 | cut -d: -f1)" || true
    if [ -n "$owner" ] && [ -f "/usr/share/doc/$owner/copyright" ]; then
        mkdir -p "$doc/$owner"
        cp "/usr/share/doc/$owner/copyright" "$doc/$owner/copyright"
    fi
done

"$here/runtime/build.sh" "$work/runtime"
mksquashfs "$appdir" "$work/image.squashfs" -root-owned -noappend -comp zstd -no-progress -quiet
mkdir -p "$(dirname "$output")"
cat "$work/runtime" "$work/image.squashfs" > "$output"
chmod 0755 "$output"
echo "build-appimage: $output ($(du -h "$output" | cut -f1))"
