#!/usr/bin/env bash
# Builds the MRZ / organisation identifier libFuzzer target with clang into build/fuzz and
# runs it for a bounded time. Exits non-zero when the fuzzer finds a crash, a sanitizer
# report or a broken invariant (the reproducer is left in build/fuzz/artifacts/).
#   tests/fuzz/run-fuzz.sh [SECONDS]     default 60, or GUICHET_FUZZ_SECONDS
# Needs the Debian packages clang and libclang-rt-14-dev.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
seconds="${1:-${GUICHET_FUZZ_SECONDS:-60}}"
build="$root/build/fuzz"
generator=()
if command -v ninja >/dev/null; then
    generator=(-G Ninja)
fi

cmake -S "$root/tests/fuzz" -B "$build" "${generator[@]}" \
    -DCMAKE_CXX_COMPILER="${GUICHET_FUZZ_CXX:-clang++}" -DCMAKE_BUILD_TYPE=None >/dev/null
cmake --build "$build" --parallel 2

# New inputs go to build/fuzz/corpus; the seeds in the repository are only read.
mkdir -p "$build/corpus" "$build/artifacts"
cd "$build"
"$build/fuzz_mrz" \
    -max_total_time="$seconds" -max_len=512 -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/" \
    "$build/corpus" "$root/tests/fuzz/corpus"
