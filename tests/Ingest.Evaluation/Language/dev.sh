#!/usr/bin/env bash
# Downloads a development set for the language identifier: message catalogues of Debian packages that are neither
# training text (Profiles/SOURCE.md) nor evaluation text (corpus.sh), labelled the same way. Rules and weights are
# chosen on this set; the evaluation set only reports the result. Serbian in Latin letters (sr@latin, and the
# ijekavian variants of KDE) counts as Serbian here, so a rule that only works while Serbian is Cyrillic shows.
# Usage: dev.sh [WORKDIR]   (default /tmp/dev-language); then
#   dotnet run -c Release --project tests/Ingest.Evaluation -- language WORKDIR
set -euo pipefail
work="${1:-/tmp/dev-language}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$work/debs" "$work/root"
packages=(
  libc-l10n e2fsprogs-l10n libglib2.0-data libgtk-3-common gcc-12-locales make sed diffutils gawk nano gettext
  binutils-common libparted-i18n vlc-l10n xfce4-panel thunar-data mousepad libkf5coreaddons-data
  gnome-control-center-data nautilus-data gedit-common evolution-data-server-common policykit-1 libgnomekbd-common
  cups-common systemd pulseaudio gimp-data mutter-common gnome-shell-common inkscape
)
if [ ! -f "$work/.downloaded" ]; then
  (cd "$work/debs" && apt-get download "${packages[@]}")
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  touch "$work/.downloaded"
fi
EXTRA_TAGS="sr@latin=sr sr@ijekavian=sr sr@ijekavianlatin=sr pt_PT=pt ms_MY=ms" PER_BUCKET=80 \
  python3 "$here/make_samples.py" "$work/root" "$work/samples.tsv"
