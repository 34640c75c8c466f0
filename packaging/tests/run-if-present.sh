#!/bin/sh
# run-if-present.sh TOOL DEBIAN_PACKAGE COMMAND...: runs COMMAND, or exits 77 (CTest: skipped)
# with the reason printed when TOOL is not installed.
tool="$1"
package="$2"
shift 2
command -v "$tool" > /dev/null || { echo "SKIP: $tool missing (Debian: $package)"; exit 77; }
exec "$@"
