#!/usr/bin/env bash
# Takes pictures of the app on the sample project under Xvfb, into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/src/app/tunebench ] || scripts/setup.sh build
mkdir -p docs/screenshots
export XDG_DATA_HOME="$(mktemp -d)"   # a fresh sample project each time
xvfb-run -a -s "-screen 0 1280x800x24" build/src/app/tunebench --sample --screenshot docs/screenshots/main-window.png
echo "screenshots: docs/screenshots/main-window.png"
