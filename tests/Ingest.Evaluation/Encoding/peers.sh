#!/usr/bin/env bash
# Installs the peer detectors outside the repository and runs them on an evaluation corpus.
# Usage: bash peers.sh CORPUS_DIR OUT_TSV   (writes lines: file <TAB> peer <TAB> detected label)
# Peers: jschardet (npm), uchardet, python3-chardet, python3-charset-normalizer, python3-icu (Debian).
set -euo pipefail
corpus="$1"
out="$2"
peers="${PEERS_DIR:-/tmp/peers-encoding}"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$peers"
if ! command -v uchardet >/dev/null || ! /usr/bin/python3 -c "import chardet, charset_normalizer, icu" 2>/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq uchardet python3-chardet python3-charset-normalizer python3-icu >/dev/null
fi
if [ ! -d "$peers/node_modules/jschardet" ]; then
  (cd "$peers" && npm install --silent --no-audit --no-fund jschardet >/dev/null)
fi
: > "$out"
# jschardet
NODE_PATH="$peers/node_modules" node -e '
const fs = require("fs"), path = require("path"), jschardet = require("jschardet");
const [corpus] = process.argv.slice(1);
for (const line of fs.readFileSync(path.join(corpus, "manifest.tsv"), "utf8").split("\n")) {
  if (!line) continue;
  const file = line.split("\t")[0];
  const r = jschardet.detect(fs.readFileSync(path.join(corpus, file)));
  console.log(`${file}\tjschardet\t${r && r.encoding ? r.encoding : ""}`);
}' "$corpus" >> "$out"
# uchardet: one process for all files, in manifest order.
(cd "$corpus" && cut -f1 manifest.tsv | xargs uchardet | paste <(cut -f1 manifest.tsv) - \
  | awk -F'\t' '{ sub(/^[^:]*: /, "", $2); print $1 "\tuchardet\t" $2 }') >> "$out"
# chardet, charset-normalizer and ICU, with Debian's Python (where the packages are).
/usr/bin/python3 "$here/peers.py" "$corpus" >> "$out"
