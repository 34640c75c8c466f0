#!/usr/bin/env bash
# Builds the AppImage runtime: build.sh OUTPUT. Links squashfuse, libfuse 3 and the
# decompressors statically (Debian: libsquashfuse-dev libfuse3-dev liblz4-dev libzstd-dev
# liblzma-dev zlib1g-dev) so that the AppImage needs nothing but a kernel (and
# fusermount3 for unprivileged users; without it the runtime extracts instead).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$1"
cc="${CC:-gcc}"
libs=(-lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llz4 -llzma -lz -lpthread -ldl)
# The one linker note expected, and dropped: libfuse's high-level module loader uses dlopen,
# which the runtime never calls (it uses the low-level API only).
log="$("$cc" -std=gnu11 -Os -Wall -Wextra -Werror -D_FILE_OFFSET_BITS=64 \
    -I/usr/include/squashfuse -static -o "$out" \
    "$here/runtime.c" "$here/mount.c" "$here/extract.c" "$here/nolzo.c" "${libs[@]}" 2>&1)" || {
    echo "$log" >&2
    exit 1
}
echo "$log" | grep -v -e "in function .fuse_get_module.:" \
    -e "Using 'dlopen' in statically linked applications" -e '^$' >&2 || true
strip "$out"
# Type-2 AppImage magic: "AI" and the type in the ELF identification padding (offset 8).
printf 'AI\002' | dd of="$out" bs=1 seek=8 conv=notrunc status=none
