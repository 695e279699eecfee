#!/usr/bin/env bash
# The main job: runs the shipped notebooks on the bundled seed listing with `papernb run` and writes each as an
# executed .ipynb and a self-contained HTML page into artifacts/notebooks/; also writes the seed's papers in every
# export format and its statistics into artifacts/seed/, and packs the extension for Jupyter (eng/pack-extension.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash eng/install-prerequisites.sh
dotnet build src/PaperNotebooks.Cli -c Release -nologo -clp:ErrorsOnly
papernb=(dotnet src/PaperNotebooks.Cli/bin/Release/net10.0/papernb.dll)

seed=seeds/000_4bb47f8579d701ca.txt
mkdir -p artifacts/seed artifacts/notebooks
for pair in json:json csv:csv bibtex:bib markdown:md; do
  "${papernb[@]}" parse "$seed" --to "${pair%%:*}" -o "artifacts/seed/papers.${pair##*:}" --force
done
"${papernb[@]}" stats "$seed" > artifacts/seed/stats.txt
"${papernb[@]}" stats seeds/references.bib "$seed" > artifacts/seed/stats-with-references.txt

version=$(bash eng/pack-extension.sh)
"${papernb[@]}" run notebooks --out artifacts/notebooks --format ipynb,html --force
echo "main: notebooks executed into artifacts/notebooks/ (open the .html files offline); seed exports in artifacts/seed/;"
echo "main: PaperNotebooks.Interactive $version packed into ~/.papernotebooks/feed for Jupyter (#r \"nuget: PaperNotebooks.Interactive, *-*\")"
