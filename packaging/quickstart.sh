#!/usr/bin/env bash
# README quick start, first command: install, build, and start Guichet on its embedded default
# (training mode, SQLite database in the user's data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh run
cmake --preset release
cmake --build --preset release
exec ./build/release/app/guichet "$@"
