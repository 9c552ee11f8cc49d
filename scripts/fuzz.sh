#!/usr/bin/env bash
# Builds the libFuzzer targets with clang and sanitizers and runs one of them on a copy of its
# seed corpus. Usage: scripts/fuzz.sh fuzz_NAME [SECONDS=300]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh fuzz_NAME [SECONDS]}"
seconds="${2:-300}"
command -v clang++ >/dev/null || { [ "$(id -u)" -eq 0 ] && apt-get install -y -qq clang libclang-rt-14-dev || sudo apt-get install -y -qq clang libclang-rt-14-dev; }
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DTB_FUZZ=ON -DTB_BUILD_GUI=OFF -DTB_BUILD_TESTS=OFF -DTB_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --target "$target"
work=$(mktemp -d)
cp -r "tests/fuzz/corpus/$target/." "$work/" 2>/dev/null || true
mkdir -p tests/fuzz/crashes
build-fuzz/tests/fuzz/"$target" "$work" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 \
  -artifact_prefix=tests/fuzz/crashes/ -print_final_stats=1
