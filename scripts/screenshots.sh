#!/usr/bin/env bash
# Takes pictures of every page on the sample project under Xvfb, into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x build/src/app/tunebench ] || scripts/setup.sh build
mkdir -p docs/screenshots
export XDG_DATA_HOME="$(mktemp -d)" XDG_CONFIG_HOME="$(mktemp -d)"   # a fresh sample project and settings
xvfb-run -a -s "-screen 0 1280x800x24" build/src/app/tunebench --screenshots docs/screenshots
ls docs/screenshots
