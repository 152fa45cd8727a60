#!/usr/bin/env bash
# Gathers the held-out set of PDFs with bookmarks for `pdf-headings --bookmarks` (Debian 12 packages other than
# texlive-doc, made by other tools: Sphinx, DocBook, Doxygen, groff, ReportLab, HeVeA, asciidoc...):
#   bash tests/Ingest.Evaluation/Pdf/heldout.sh [OUT]   (OUT defaults to /tmp/pdf-heldout)
# then: dotnet run -c Release --project tests/Ingest.Evaluation -- pdf-headings --bookmarks OUT
# The package versions used are written to OUT/VERSIONS; BENCHMARKS.md names the ones measured.
set -euo pipefail
out="${1:-/tmp/pdf-heldout}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# package, then the PDF inside it (path under the package's root, gzipped or not)
files=(
  "auto-multiple-choice-doc-pdf usr/share/doc/auto-multiple-choice/auto-multiple-choice.en.pdf"
  "camlidl-doc usr/share/doc/camlidl/camlidl-1.04.doc.pdf"
  "debian-policy usr/share/doc/debian-policy/policy.pdf.gz"
  "debian-policy usr/share/doc/debian-policy/fhs/fhs-3.0.pdf.gz"
  "developers-reference usr/share/developers-reference/developers-reference.pdf"
  "docbook-xsl-doc-pdf usr/share/doc/docbook-xsl-doc-pdf/doc/reference.pdf.gz"
  "doxygen-doc usr/share/doc/doxygen/doxygen_manual.pdf"
  "freefem-doc usr/share/doc/freefem-doc/freefem.pdf"
  "gri-pdf-doc usr/share/doc/gri/gri.pdf.gz"
  "groff usr/share/doc/groff-base/examples/mom/mom-pdf.pdf.gz"
  "groff usr/share/doc/groff-base/pdf/pdfmark.pdf.gz"
  "live-manual-pdf usr/share/doc/live-manual/pdf/live-manual.portrait.en.a4.pdf.gz"
  "python-reportlab-doc usr/share/doc/python-reportlab-doc/reportlab-userguide.pdf"
  "siscone-doc-pdf usr/share/doc/siscone-doc-pdf/pdf/refman.pdf.gz"
  "ubuntu-packaging-guide-pdf usr/share/doc/ubuntu-packaging-guide-pdf/ubuntu-packaging-guide.pdf.gz"
  "why3-doc-pdf usr/share/doc/why3-doc-pdf/manual.pdf"
)
packages="$(printf '%s\n' "${files[@]}" | cut -d' ' -f1 | sort -u)"
mkdir -p "$out"
(cd "$work" && apt-get download $packages >/dev/null 2>&1) || { apt-get update -qq; (cd "$work" && apt-get download $packages >/dev/null); }
: > "$out/VERSIONS"
for deb in "$work"/*.deb; do
  name="$(dpkg-deb -f "$deb" Package)"
  dpkg-deb -f "$deb" Version | sed "s/^/$name /" >> "$out/VERSIONS"
  dpkg-deb -x "$deb" "$work/$name"
done
for entry in "${files[@]}"; do
  package="${entry%% *}"; path="${entry#* }"
  target="$out/$package/$(basename "${path%.gz}")"
  mkdir -p "$(dirname "$target")"
  case "$path" in
    *.gz) gunzip -c "$work/$package/$path" > "$target" ;;
    *) cp "$work/$package/$path" "$target" ;;
  esac
done
sort -o "$out/VERSIONS" "$out/VERSIONS"
ls -1 "$out"/*/*.pdf | wc -l | sed 's/$/ PDFs/'
