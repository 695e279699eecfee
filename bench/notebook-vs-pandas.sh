#!/usr/bin/env bash
# Issue 11's benchmark: the same steps in real Jupyter, PaperNotebooks' #!paper directives in the dotnet-interactive
# kernel beside pandas + plotly express in Debian's python3 kernel, on the same synthetic papers (the listing for one,
# its CSV for the other), one after the other in one run. Prints, per size, seconds per step, the sum of the steps,
# the floor (#r / imports) apart, the whole nbconvert run, and each kernel's peak memory.
#
#   bash bench/notebook-vs-pandas.sh [N...]       # papers; default 200000 1000000
#
# Needs the e2e prerequisites (jupyter, the dotnet-interactive kernel: eng/install-e2e-prerequisites.sh) and installs
# python3-ipykernel, python3-pandas and python3-plotly from Debian when missing. Files go to bench/data/ (git-ignored).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA="$ROOT/bench/data"
SIZES=${*:-"200000 1000000"}
PYTHON=/usr/bin/python3
LOGS="$DATA/logs"
mkdir -p "$DATA" "$LOGS"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

ensure_tools
missing=()
"$PYTHON" -c 'import plotly' 2>/dev/null || missing+=(python3-plotly)
"$PYTHON" -c 'import ipykernel' 2>/dev/null || missing+=(python3-ipykernel)
if ((${#missing[@]})); then
  say "installing ${missing[*]}"
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v jupyter >/dev/null || { say "jupyter is missing: run bash eng/install-e2e-prerequisites.sh"; exit 2; }
jupyter kernelspec list 2>/dev/null | grep -q '\.net-csharp' || { say "the .NET kernel is missing: run bash eng/install-e2e-prerequisites.sh"; exit 2; }

cd "$ROOT"
say "building the generator and packing the extension (Release)"
GENERATE=$(build bench/PaperNotebooks.Bench/PaperNotebooks.Bench.csproj)
version=$(bash eng/pack-extension.sh)
LOAD_CELL="#i \"nuget: $ROOT/artifacts/feed\""$'\n'"#r \"nuget: PaperNotebooks.Interactive, $version\""

FAILED=0
for n in $SIZES; do
  name=$(label "$n")
  listing="$DATA/papers-$name.txt" csv="$DATA/papers-$name.csv"
  if [[ ! -f $listing || ! -f $csv ]]; then
    say "generating $n papers"
    $GENERATE generate --papers "$n" --out "$listing.tmp" --csv "$csv.tmp"
    mv "$listing.tmp" "$listing"; mv "$csv.tmp" "$csv"
  fi
  out="$DATA/notebooks-$name"
  rm -rf "$out"; mkdir -p "$out"
  "$PYTHON" "$ROOT/bench/notebook_steps.py" write "$listing" "$csv" "$LOAD_CELL" "$out"
  for nb in papernotebooks pandas; do
    say "jupyter nbconvert --execute $nb.ipynb ($name papers)"
    measure "notebook-$nb-$name" jupyter nbconvert --to notebook --execute --ExecutePreprocessor.timeout=1800 \
      --output "$nb.executed.ipynb" "$out/$nb.ipynb"
    ((STATUS == 0)) || { say "$nb failed, see $LOGS/notebook-$nb-$name.log"; FAILED=1; }
    declare "WALL_$nb=$WALL"
  done
  "$PYTHON" "$ROOT/bench/notebook_steps.py" report "$out/papernotebooks.executed.ipynb" "$out/pandas.executed.ipynb" \
    --label "$name papers, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg)" \
    --wall-cs "$WALL_papernotebooks" --wall-py "$WALL_pandas" | tee "$LOGS/notebook-vs-pandas-$name.txt" || FAILED=1
done
exit $FAILED
