#!/usr/bin/env bash
# Builds the Debian package: a Release build of the app and the command-line tool, then CPack.
# Usage: scripts/package.sh [BUILD_DIR]   (default build-pkg; the .deb lands in it)
# Install it with: sudo apt-get install ./build-pkg/tunebench_<version>_<arch>.deb
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${1:-build-pkg}"

missing=()
for tool in cmake ninja cpack dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "package: missing ${missing[*]}; scripts/setup.sh installs them (dpkg-shlibdeps: dpkg-dev)" >&2
  exit 1
fi

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTB_BUILD_TESTS=OFF -DTB_BUILD_BENCH=OFF
cmake --build "$build_dir" --parallel "$(nproc)"
(cd "$build_dir" && cpack -G DEB)
echo "package: $(ls "$build_dir"/*.deb)"
