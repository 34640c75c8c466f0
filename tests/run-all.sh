#!/usr/bin/env bash
# README quick start, second command: install what the tests need, build with warnings as
# errors, start the services the tests use (a private PostgreSQL server on a loopback port),
# run the fuzzer for a bounded time and every test, and stop the services.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
bash packaging/install-deps.sh test
cmake --preset ci
cmake --build --preset ci

services="$(mktemp -d /tmp/guichet-services.XXXXXX)"
chmod 755 "$services" # the server runs as the postgres user
cleanup() {
    bash "$root/tests/support/postgres-server.sh" stop "$services/pg" || true
    rm -rf "$services"
}
trap cleanup EXIT INT TERM

port="$(bash tests/support/postgres-server.sh start "$services/pg")"
export GUICHET_TEST_PG="postgresql://guichet@127.0.0.1:${port}/postgres"
export GUICHET_REQUIRE_PG=1
# The smart-card tests start pcscd with the vpcd virtual reader through a CTest fixture, and
# the token tests make a SoftHSM2 token per test: neither may be skipped here.
export GUICHET_REQUIRE_PCSCD=1 GUICHET_REQUIRE_SOFTHSM=1

# A bounded libFuzzer run of the MRZ parser and identifier checks (clang build of its own).
bash tests/fuzz/run-fuzz.sh "${GUICHET_FUZZ_SECONDS:-60}"

# Last, so that its summary closes the output.
ctest --preset ci --parallel 2 --timeout 600
