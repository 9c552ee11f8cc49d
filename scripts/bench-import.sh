#!/usr/bin/env bash
# Import benchmark (issue #2): generates a seeded Slack-like export, then in one run times
#   (a) Python's json.load of every file (the seeds' approach, parse only) and
#   (b) tunebench-cli import of the same export (parse, normalise, store, index),
#   (c) nlohmann/json's DOM parse of the same files (the issue's other reference reader),
# and reports the ratio, the import's peak memory against the export's size on disk, and how this
# machine's single-thread speed compares with the project machine the issue's figures come from.
# Usage: scripts/bench-import.sh [MESSAGES=1000000] [ROUNDS=3]
set -euo pipefail
cd "$(dirname "$0")/.."
messages="${1:-1000000}"
rounds="${2:-3}"
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

# The VM this runs on is shared: both contenders slow down together when a neighbour is busy. So
# they take turns, ROUNDS times, and the ratio is taken between their medians.
python_times=()
dom_times=()
import_times=()
peaks=()
added=0
for round in $(seq 1 "$rounds"); do
  python_json=$(python3 bench/python_json_baseline.py "$data")
  python_times+=("$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$python_json")")
  dom_json=$("$build/bench/json_dom_baseline" "$data")
  dom_times+=("$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['seconds'])" "$dom_json")")

  project=$(mktemp -d)/bench.tunebench
  timing=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$timing" "$build/src/cli/tunebench-cli" import --project "$project" "$data" --json > "$project.report.json" || true
  read -r import_s peak_kb < "$timing"
  import_times+=("$import_s")
  peaks+=("$peak_kb")
  added=$(python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print(r['imports'][0]['messages_added'])" "$project.report.json")
  rm -rf "$(dirname "$project")" "$timing"
  echo "round $round: json.load ${python_times[-1]} s, nlohmann DOM ${dom_times[-1]} s, import ${import_s} s" >&2
done

python3 - "$messages" "$bytes" "$added" "${python_times[*]}" "${import_times[*]}" "${peaks[*]}" "${dom_times[*]}" <<'PY'
import statistics, sys
messages, size, added = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
py = [float(x) for x in sys.argv[4].split()]
imp = [float(x) for x in sys.argv[5].split()]
peak_kb = max(int(x) for x in sys.argv[6].split())
dom = [float(x) for x in sys.argv[7].split()]
mpy, mimp, mdom = statistics.median(py), statistics.median(imp), statistics.median(dom)
mb = size / 1e6
runs = lambda xs: ', '.join(f'{x:.2f}' for x in xs)
print(f"export: {messages} messages, {mb:.0f} MB on disk ({size / messages:.0f} B/message); imported {added}")
print(f"rounds: {len(py)}, taking turns; medians below")
print(f"python json.load alone: {mpy:.2f} s ({mb / mpy:.0f} MB/s; the issue's project machine: ~93)   runs: {runs(py)}")
print(f"nlohmann/json DOM alone: {mdom:.2f} s ({mb / mdom:.0f} MB/s; the issue's project machine: ~74)   runs: {runs(dom)}")
print(f"tunebench-cli import:   {mimp:.2f} s ({mb / mimp:.0f} MB/s, {messages / mimp:,.0f} messages/s)   runs: {runs(imp)}")
print(f"speed-up over json.load: {mpy / mimp:.2f}x of the medians, {min(py) / min(imp):.2f}x of the fastest runs (target >= 4x)")
print(f"peak memory: {peak_kb / 1024:.0f} MiB = {peak_kb * 1024 / size:.2f} of the export's size (target < 1)")
PY
