#!/usr/bin/env bash
# Installs what is missing, builds, and opens Tunebench on the bundled sample exports.
# Without a display it says so and runs the same sample through tunebench-cli instead.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  exec build/src/app/tunebench --sample
fi

echo "run: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
echo "run: importing the same bundled sample with tunebench-cli instead:"
work=$(mktemp -d)
project="$work/sample.tunebench"
cli=build/src/cli/tunebench-cli
set +e
for sample in resources/sample/*; do
  "$cli" import --project "$project" "$sample"
done
set -e
"$cli" stats --project "$project"
echo "run: first messages of the project:"
"$cli" dump --project "$project" --jsonl | head -n 5
echo "run: project left at $project (open it later with: build/src/app/tunebench --project $project)"
