#!/usr/bin/env bash
# Installs the peers outside the repository and runs them over the samples that corpus.sh made.
# Usage: peers.sh [WORKDIR]   (default /tmp/eval-language; predictions go to WORKDIR/peers/NAME.txt)
set -euo pipefail
work="${1:-/tmp/eval-language}"
here="$(cd "$(dirname "$0")" && pwd)"
peers="${PEERS_DIR:-/tmp/peers-language}"
mkdir -p "$peers" "$work/peers"
if [ ! -d "$peers/node_modules/franc-all" ]; then
  (cd "$peers" && npm init -y >/dev/null && npm install franc-all@7.2.0 eld@2.1.0 tinyld@1.3.4)
fi
if ! /usr/bin/python3 -c 'import langdetect' 2>/dev/null; then
  apt-get update && apt-get install -y python3-langdetect
fi
cp "$here/peers.mjs" "$peers/peers.mjs"
node "$peers/peers.mjs" "$work/samples.tsv" "$work/peers"
/usr/bin/python3 "$here/peers_langdetect.py" "$work/samples.tsv" "$work/peers/langdetect.txt"
