#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks for Tunebench, then configures and builds it.
# Usage: scripts/setup.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-l10n-tools libgl-dev
  libqt6svg6   # the SVG image and icon plugins: the app icon is drawn from an SVG
  nlohmann-json3-dev libspdlog-dev libfmt-dev qtkeychain-qt6-dev libzip-dev
  libsimdjson-dev libpcre2-dev libjemalloc-dev libgtest-dev libbenchmark-dev
  python3 time xvfb xauth imagemagick fonts-noto-color-emoji
  desktop-file-utils appstream dpkg-dev file   # packaging checks and the .deb (scripts/package.sh)
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tokenizer's differential test and benchmark run @dqbd/tiktoken and gpt-tokenizer in Node,
# pinned by tests/oracle/package-lock.json. Node itself is optional (the test skips without it);
# when it is there, install the pinned packages.
if command -v node >/dev/null && command -v npm >/dev/null; then
  (cd tests/oracle && npm ci --no-audit --no-fund --loglevel=error)
else
  echo "setup: node/npm not found; the tokenizer differential test will be skipped"
fi

build_dir="${1:-build}"
shift || true
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
