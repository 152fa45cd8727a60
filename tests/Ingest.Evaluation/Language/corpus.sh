#!/usr/bin/env bash
# Downloads the held-out evaluation text (Debian translated documentation and message catalogues, none of it
# UDHR text, which the profiles are built from) and cuts it into samples.tsv of length buckets.
# Usage: corpus.sh [WORKDIR]   (default /tmp/eval-language); needs apt-get (Debian) and python3.
set -euo pipefail
work="${1:-/tmp/eval-language}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work/debs" "$work/root"
# PACKAGES (space-separated) replaces the list, as dev.sh does for the development set.
packages=(
  manpages-cs manpages-da manpages-de manpages-el manpages-es manpages-fi manpages-fr manpages-hu
  manpages-id manpages-it manpages-ja manpages-mk manpages-nb manpages-nl manpages-pl manpages-pt
  manpages-pt-br manpages-ro manpages-ru manpages-sr manpages-sv manpages-tr manpages-uk manpages-vi
  manpages-zh manpages
  maint-guide-ca maint-guide-es maint-guide-de debian-faq-ko debian-reference-id
  coreutils tar grep findutils wget dpkg apt util-linux-locales gnupg-l10n debconf-i18n
)
if [ -n "${PACKAGES:-}" ]; then
  read -r -d "" -a packages <<< "$PACKAGES" || true
fi
if [ ! -f "$work/.downloaded" ]; then
  (cd "$work/debs" && apt-get download "${packages[@]}")
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  touch "$work/.downloaded"
fi
python3 "$here/make_samples.py" "$work/root" "$work/samples.tsv"
