#!/usr/bin/env bash
# Installs pandoc (Debian package) and writes its reading of the structure samples for the `structure` evaluation:
#   bash tests/Ingest.Evaluation/Structure/peers.sh [OUT]   (OUT defaults to /tmp/peers-structure)
# then: dotnet run --project tests/Ingest.Evaluation -- structure --peers OUT
set -euo pipefail
repo="$(cd "$(dirname "$0")/../../.." && pwd)"
out="${1:-/tmp/peers-structure}"
mkdir -p "$out"
if ! command -v pandoc >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
fi
pandoc --version | head -1 > "$out/VERSION"
for input in "$repo"/samples/html/*.html "$repo"/seeds/*.txt; do
  name="$(basename "$input")"
  case "$(head -c 4096 "$input")" in
    *'<html'*|*'<!DOCTYPE'*|*'<!doctype'*) from=html ;;
    *) from=markdown ;;
  esac
  # pandoc's own section tree: every heading it sees, with its level, as JSON lines {"level":N,"title":"..."}.
  pandoc --from "$from" --to json "$input" \
    | python3 -c '
import json, sys
def text(inlines):
    out = []
    for i in inlines:
        t = i.get("t")
        if t == "Str": out.append(i["c"])
        elif t in ("Space", "SoftBreak", "LineBreak"): out.append(" ")
        elif t in ("Emph", "Strong", "Underline", "SmallCaps", "Strikeout", "Superscript", "Subscript"): out.append(text(i["c"]))
        elif t in ("Link", "Span", "Quoted", "Cite"): out.append(text(i["c"][1] if t != "Quoted" else i["c"][1]))
    return "".join(out)
def walk(blocks):
    for b in blocks:
        if b.get("t") == "Header":
            print(json.dumps({"level": b["c"][0], "title": " ".join(text(b["c"][2]).split())}, ensure_ascii=False))
        elif b.get("t") == "Div":
            walk(b["c"][1])
walk(json.load(sys.stdin)["blocks"])
' > "$out/$name.headings.jsonl"
done
echo "pandoc outlines in $out"
