#!/usr/bin/env bash
# Downloads a development set for the language identifier: message catalogues of Debian packages that are neither
# training text (Profiles/SOURCE.md) nor evaluation text (corpus.sh), labelled the same way. Rules and weights are
# chosen on this set; the evaluation set only reports the result. Serbian in Latin letters (sr@latin, and the
# ijekavian variants of KDE) counts as Serbian here, so a rule that only works while Serbian is Cyrillic shows.
# Usage: dev.sh [WORKDIR]   (default /tmp/dev-language); then
#   dotnet run -c Release --project tests/Ingest.Evaluation -- language WORKDIR
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
PACKAGES="libc-l10n e2fsprogs-l10n libglib2.0-data libgtk-3-common gcc-12-locales make sed diffutils gawk nano gettext
  binutils-common libparted-i18n vlc-l10n xfce4-panel thunar-data mousepad libkf5coreaddons-data
  gnome-control-center-data nautilus-data gedit-common evolution-data-server-common policykit-1 libgnomekbd-common
  cups-common systemd pulseaudio gimp-data mutter-common gnome-shell-common inkscape" \
EXTRA_TAGS="sr@latin=sr sr@ijekavian=sr sr@ijekavianlatin=sr pt_PT=pt ms_MY=ms" PER_BUCKET=80 \
  bash "$here/corpus.sh" "${1:-/tmp/dev-language}"
