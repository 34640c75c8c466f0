#!/usr/bin/env bash
# Installs the Debian packages Guichet needs: `install-deps.sh run` for building and running,
# `install-deps.sh test` for building and running the test suite. Idempotent; needs root.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
lists=("$here/debian/build-depends.txt" "$here/debian/run-depends.txt")
if [ "${1:-run}" = "test" ]; then
    lists+=("$here/debian/test-depends.txt")
fi
mapfile -t packages < <(cat "${lists[@]}" | sed -e 's/#.*//' -e '/^[[:space:]]*$/d' | sort -u)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
        missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: run as root to install: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends "${missing[@]}"
