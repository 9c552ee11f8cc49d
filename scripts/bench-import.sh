#!/usr/bin/env bash
# Import benchmark (issue #2): generates a seeded Slack-like export, then in one run times
#   (a) Python's json.load of every file (the seeds' approach, parse only) and
#   (b) tunebench-cli import of the same export (parse, normalise, store, index),
# and reports the ratio and the import's peak memory against the export's size on disk.
# Usage: scripts/bench-import.sh [MESSAGES=1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"
build=build-bench
scripts/setup.sh "$build" -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_GUI=OFF -DTB_BUILD_TESTS=OFF >/dev/null

data="bench/data/slack-$messages"
if [ ! -f "$data/users.json" ]; then
  rm -rf "$data"
  "$build/bench/gen_slack_export" "$data" "$messages" 42
fi
bytes=$(du -sb "$data" | cut -f1)
sync

# Warm the page cache the same way for both contenders.
cat "$data"/*/*.json > /dev/null

python_json=$(python3 bench/python_json_baseline.py "$data")
python_s=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$python_json")

project=$(mktemp -d)/bench.tunebench
timing=$(mktemp)
/usr/bin/time -f "%e %M" -o "$timing" "$build/src/cli/tunebench-cli" import --project "$project" "$data" --json > "$project.report.json" || true
read -r import_s peak_kb < "$timing"
added=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['imports'][0]['messages_added'])" "$project.report.json")

python3 - "$messages" "$bytes" "$python_s" "$import_s" "$peak_kb" "$added" <<'PY'
import sys
messages, size, py, imp, peak_kb, added = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
mb = size / 1e6
print(f"export: {messages} messages, {mb:.0f} MB on disk ({size / messages:.0f} B/message); imported {added}")
print(f"python json.load alone: {py:.2f} s ({mb / py:.0f} MB/s)")
print(f"tunebench-cli import:   {imp:.2f} s ({mb / imp:.0f} MB/s, {messages / imp:,.0f} messages/s)")
print(f"speed-up over json.load: {py / imp:.2f}x (target >= 4x)")
print(f"peak memory: {peak_kb / 1024:.0f} MiB = {peak_kb * 1024 / size:.2f} of the export's size (target < 1)")
PY
rm -rf "$(dirname "$project")"
