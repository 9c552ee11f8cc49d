#!/usr/bin/env bash
# Browse benchmark (issue #3): builds a project from a seeded Slack-like export once (cached under
# bench/data/), then opens it in the real window under Qt's offscreen platform and prints
#   (a) the time from opening the project until the first conversation is painted (target < 1 s),
#   (b) search latency over 100 queries of different selectivity (median < 50 ms, p95 < 200 ms),
#   (c) the worst repaint while scrolling the biggest conversation.
# Usage: scripts/bench-browse.sh [MESSAGES=1000000] [CONVERSATIONS]
#   CONVERSATIONS defaults to the generator's one per 5,000 messages; 1 puts every message in one
#   channel (a million-message conversation).
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"
conversations="${2:-}"
build=build-bench
scripts/setup.sh "$build" -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_GUI=ON -DTB_BUILD_TESTS=OFF >/dev/null

name="slack-$messages${conversations:+-in-$conversations}"
data="bench/data/$name"
project="bench/data/$name.tunebench"
if [ ! -f "$project.done" ]; then
  if [ ! -f "$data/users.json" ]; then
    rm -rf "$data"
    "$build/bench/gen_slack_export" "$data" "$messages" 42 ${conversations:+"$conversations"}
  fi
  rm -f "$project" "$project-wal" "$project-shm"
  echo "importing $data into $project (once; later runs reuse it)"
  "$build/src/cli/tunebench-cli" import --project "$project" "$data" >/dev/null
  touch "$project.done"
fi

QT_QPA_PLATFORM=offscreen "$build/bench/bench_browse" "$project"
