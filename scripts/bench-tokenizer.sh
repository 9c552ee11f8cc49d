#!/usr/bin/env bash
# Tokenizer benchmark (issue #4): our tokenizer against @dqbd/tiktoken (OpenAI's tiktoken in WASM)
# and gpt-tokenizer on one seeded chat-like multilingual corpus (cached under bench/data/), in one
# run. Prints single-threaded MB/s and tokens/s, ours on every core, and ratios to @dqbd/tiktoken;
# the token totals must agree, or the comparison is void.
# Usage: scripts/bench-tokenizer.sh [MEGABYTES=30] [ENCODING=o200k_base] [REPEATS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes="${1:-30}"
encoding="${2:-o200k_base}"
repeats="${3:-3}"
build=build-bench

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_TESTS=OFF -DTB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" --parallel "${TB_BENCH_JOBS:-$(nproc)}" --target gen_chat_corpus bench_tokenizer >/dev/null
if ! command -v node >/dev/null; then
  echo "bench-tokenizer: node is not installed; the JavaScript tokenizers cannot run" >&2
  exit 1
fi
[ -d tests/oracle/node_modules/@dqbd/tiktoken ] || (cd tests/oracle && npm ci --no-audit --no-fund >/dev/null)

corpus="bench/data/chat-corpus-${megabytes}mb.jsonl"
if [ ! -f "$corpus" ]; then
  mkdir -p bench/data
  "$build/bench/gen_chat_corpus" "$corpus" "$megabytes" 42
fi

ours="$("$build/bench/bench_tokenizer" "$corpus" "$encoding" "$repeats")"
dqbd="$(node bench/tokenizer_js.mjs dqbd "$corpus" "$encoding" "$repeats")"
gpt="$(node bench/tokenizer_js.mjs gpt-tokenizer "$corpus" "$encoding" "$repeats")"

echo "$ours" | grep '^#'
{ echo "$ours" | grep -v '^#'; echo "$dqbd"; echo "$gpt"; } | awk -v enc="$encoding" '
  { name[NR] = $1; mbs[NR] = $2; tps[NR] = $3; tokens[NR] = $4; if ($1 == "dqbd") base = $2 }
  END {
    label["count"] = "Tunebench count, 1 thread"; label["encode"] = "Tunebench encode, 1 thread"
    label["countMany"] = "Tunebench countMany, all cores"; label["dqbd"] = "@dqbd/tiktoken 1.0.22 (WASM), 1 thread"
    label["gpt-tokenizer"] = "gpt-tokenizer 4.0.0, 1 thread"
    printf "| %-40s | %8s | %12s | %11s |\n", "tokenizer (" enc ")", "MB/s", "tokens/s", "vs tiktoken"
    printf "|%s|%s|%s|%s|\n", "------------------------------------------", "---------:", "-------------:", "------------:"
    for (i = 1; i <= NR; ++i)
      printf "| %-40s | %8.1f | %12.0f | %10.1fx |\n", label[name[i]], mbs[i], tps[i], mbs[i] / base
    for (i = 2; i <= NR; ++i)
      if (tokens[i] != tokens[1]) { printf "token totals differ: %s %s vs %s %s\n", name[1], tokens[1], name[i], tokens[i]; bad = 1 }
    if (!bad) printf "token totals agree: %s\n", tokens[1]
    exit bad
  }'
