#!/usr/bin/env bash
# Build benchmark (issue #4): training records built, scrubbed, validated and written for the
# generated 1,000,000-message Slack export, with time and peak memory. The baseline, in the same
# run, is `tunebench-cli dump --jsonl` of the same project: reading every message and writing it
# as one JSON line, which any build must at least do. The ratio says what the recipe, the
# scrubber, the split, the validator and the tokenizer cost on top of that.
# Usage: scripts/bench-build.sh [MESSAGES=1000000] [RECIPE=reply-as-me|next-speaker|all]
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"
which="${2:-all}"
build=build-bench
scripts/setup.sh "$build" -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_GUI=OFF -DTB_BUILD_TESTS=OFF >/dev/null
cli="$build/src/cli/tunebench-cli"

data="bench/data/slack-$messages"
if [ ! -f "$data/users.json" ]; then
  rm -rf "$data"
  "$build/bench/gen_slack_export" "$data" "$messages" 42
fi
project="bench/data/slack-$messages.tunebench"
if [ ! -f "$project.done" ]; then
  rm -f "$project" "$project-wal" "$project-shm"
  "$cli" import --project "$project" "$data" > /dev/null
  touch "$project.done"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

timed() { # LABEL COMMAND... → prints "LABEL SECONDS PEAK_KB"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" > "$out/stdout" || true
  read -r seconds peak < "$out/time"
  echo "$label $seconds $peak"
}

# Warm the page cache the same way for every run.
cat "$project" > /dev/null
results=("$(timed dump "$cli" dump --project "$project" --jsonl)")
if [ "$which" = all ] || [ "$which" = reply-as-me ]; then
  results+=("$(timed reply-as-me "$cli" build --project "$project" --recipe reply-as-me --option me=user1 --scrub \
    --valid-fraction 0.1 --out "$out/reply.jsonl" --json)")
  cp "$out/stdout" "$out/reply-report.json"
fi
if [ "$which" = all ] || [ "$which" = next-speaker ]; then
  results+=("$(timed next-speaker "$cli" build --project "$project" --recipe next-speaker --format prompt-completion \
    --scrub --valid-fraction 0.1 --out "$out/next.jsonl" --json)")
  cp "$out/stdout" "$out/next-report.json"
fi

python3 - "$messages" "$out" "${results[@]}" <<'PY'
import json, os, sys
messages, out = int(sys.argv[1]), sys.argv[2]
rows = [r.split() for r in sys.argv[3:]]
base = float(rows[0][1])
print(f"project: {messages:,} messages")
print(f"{'run':<14}{'seconds':>9}{'peak MiB':>10}{'records':>11}{'x dump':>8}")
for label, seconds, peak in rows:
    s, mib = float(seconds), int(peak) / 1024
    records = ""
    report = os.path.join(out, {"reply-as-me": "reply-report.json", "next-speaker": "next-report.json"}.get(label, ""))
    if label != "dump" and os.path.isfile(report):
        r = json.load(open(report))
        records = f"{r['build']['records']:,}"
    print(f"{label:<14}{s:>9.2f}{mib:>10.0f}{records:>11}{s / base:>8.2f}")
PY
