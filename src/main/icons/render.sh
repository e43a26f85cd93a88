#!/usr/bin/env bash
# Renders our own icon (samverkan.svg, drawn for this project) to the files the app serves:
#   META-INF/resources/icons/icon.png  512x512, the base from which Vaadin's PWA support makes every size
#   META-INF/resources/favicon.ico     16x16 and 32x32 PNGs in an ICO container
# Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Run it after changing the SVG and commit the results.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${here}/../resources/META-INF/resources"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
cp "${here}/samverkan.svg" "${work}/"

render() { # size file
  printf '<!doctype html><html><body style="margin:0"><img src="samverkan.svg" width="%s" height="%s" style="display:block"></body></html>' \
    "$1" "$1" > "${work}/page.html"
  "${chromium}" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --default-background-color=00000000 --window-size="$1,$1" --screenshot="$2" "file://${work}/page.html" >/dev/null 2>&1
}

render 512 "${out}/icons/icon.png"
render 16 "${work}/16.png"
render 32 "${work}/32.png"

# ICO: a 6-byte header, one 16-byte entry per image, then the PNGs themselves (PNG inside ICO: Windows Vista+,
# every current browser)
le16() { printf "\\x$(printf %02x $(($1 & 255)))\\x$(printf %02x $(($1 >> 8 & 255)))"; }
le32() { le16 $(($1 & 65535)); le16 $(($1 >> 16)); }
{
  le16 0; le16 1; le16 2
  offset=$((6 + 2 * 16))
  for size in 16 32; do
    bytes=$(stat -c %s "${work}/${size}.png")
    printf "\\x$(printf %02x "${size}")\\x$(printf %02x "${size}")\\x00\\x00"
    le16 1; le16 32; le32 "${bytes}"; le32 "${offset}"
    offset=$((offset + bytes))
  done
  cat "${work}/16.png" "${work}/32.png"
} > "${out}/favicon.ico"
ls -l "${out}/icons/icon.png" "${out}/favicon.ico"
