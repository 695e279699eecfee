#!/usr/bin/env bash
# The main job: reads the bundled seed listing and writes its papers in every export format, plus statistics,
# into artifacts/seed/.
set -euo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash eng/install-prerequisites.sh
dotnet build src/PaperNotebooks.Cli -c Release -nologo -clp:ErrorsOnly
papernb=(dotnet src/PaperNotebooks.Cli/bin/Release/net10.0/papernb.dll)
seed=seeds/000_4bb47f8579d701ca.txt
out=artifacts/seed
mkdir -p "$out"
for format in json csv bibtex markdown; do
  "${papernb[@]}" parse "$seed" --to "$format" -o "$out/papers.$format"
done
"${papernb[@]}" stats "$seed" | tee "$out/stats.txt"
echo "main: wrote $out/papers.{json,csv,bibtex,markdown} and $out/stats.txt"
