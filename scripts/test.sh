#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh build-tests -DTB_WERROR=ON
cd build-tests
ctest --output-on-failure --parallel "$(nproc)" --timeout 900
