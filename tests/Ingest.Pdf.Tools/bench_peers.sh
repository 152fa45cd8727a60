#!/usr/bin/env bash
# Throughput of Ingest.Pdf, pdftotext and pdf.js on the benchmark samples, same session. Per core = pages per
# second of the process's own CPU time (pinning .NET to one core with taskset slows its GC threads unfairly).
# Ingest.Pdf and pdf.js: in-process loops (no start-up cost); pdftotext: one process per file
# (hyperfine), which includes its start-up. Each prints pages/s of wall time and of its own CPU time:
# the CPU figure stays fair when other work shares the machine. Run BenchmarkDotNet separately for the reference figure:
#   dotnet run -c Release --project tests/Ingest.Benchmarks -- --filter '*PdfReader*' --job short
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ours="${INGEST_ARTIFACTS:-/tmp/art-pdf}/bin/PdfText/release/PdfText"
samples=(seed-en udhr-ru udhr-ja debian-debmake-ru debian-amc-pdftex)
repeat="${REPEAT:-200}"
echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
for name in "${samples[@]}"; do
  pdf="$root/samples/pdf/$name.pdf"
  pages=$(qpdf --show-npages "$pdf")
  echo "== $name ($pages pages)"
  "$ours" --repeat "$repeat" "$pdf"
  node "$root/tests/Ingest.Pdf.Tools/pdfjs_text.mjs" --repeat "$((repeat / 4))" "$pdf" 2>&1 > /dev/null
  hyperfine -N --warmup 3 --runs 30 --export-json /tmp/hf.json "pdftotext -enc UTF-8 $pdf /dev/null" > /dev/null 2>&1
  python3 -c "import json; r = json.load(open('/tmp/hf.json'))['results'][0]; print('pdftotext %.0f pages/s wall, %.0f pages/s CPU (process start-up included)' % ($pages / r['mean'], $pages / (r['user'] + r['system'])))"
done
