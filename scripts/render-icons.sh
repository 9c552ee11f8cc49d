#!/usr/bin/env bash
# Renders the app icon (resources/icons/tunebench.svg) to the PNG sizes desktops look up in the hicolor
# theme (packaging/icons/hicolor/<N>x<N>/apps/<app id>.png), and the PNG the app falls back to when Qt's
# SVG plugin is missing (resources/icons/tunebench-256.png). Run it after editing the SVG; commit the PNGs.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."

app_id=io.github.tunebench.Tunebench
svg=resources/icons/tunebench.svg
sizes=(16 22 24 32 48 64 128 256 512)

if ! command -v rsvg-convert >/dev/null; then
  # ImageMagick's own SVG reader loses the gradient (the bubble comes out black), so it is no substitute.
  echo "render-icons: needs rsvg-convert: apt-get install librsvg2-bin" >&2
  exit 1
fi

for n in "${sizes[@]}"; do
  dir="packaging/icons/hicolor/${n}x${n}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "$dir/$app_id.png"
done
cp "packaging/icons/hicolor/256x256/apps/$app_id.png" resources/icons/tunebench-256.png
echo "render-icons: ${sizes[*]} px -> packaging/icons/hicolor/, and resources/icons/tunebench-256.png"
