#!/usr/bin/env python3
"""Wraps PNG images into a Windows .ico (PNG-compressed entries, valid since Windows Vista).
Usage: make-ico.py OUTPUT.ico IMAGE.png... (square PNGs up to 256x256, e.g. from rsvg-convert)."""
import struct
import sys


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit("not a PNG image")
    return struct.unpack(">II", data[16:24])


def main(output, images):
    blobs = [open(path, "rb").read() for path in images]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for blob in blobs:
        width, height = png_size(blob)
        if width > 256 or height > 256:
            raise SystemExit("icons are at most 256x256")
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    with open(output, "wb") as ico:
        ico.write(header + entries + b"".join(blobs))


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    main(sys.argv[1], sys.argv[2:])
