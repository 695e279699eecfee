#!/usr/bin/env bash
# The arXiv metadata snapshot reader side by side with pandas, in one run: `papernb stats` and
# `pandas_snapshot.py` (pd.read_json(lines=True) and the same statistics) on the same synthetic
# snapshot files, plus `papernb stats` on the same papers as BibTeX. Prints wall seconds, MB/s
# and peak RSS of each run (/usr/bin/time -v) in a table at the end.
#
#   bash bench/snapshot-vs-pandas.sh [N...]     # papers per snapshot; default 200000 1750000
#
# 1,750,000 synthetic papers make a snapshot of about 4 GB, the size of arXiv's own (2.7 million
# shorter records). pandas runs on sizes up to PANDAS_MAX (default 1000000): read_json holds the
# whole file several times over. Files are made once into bench/data/ (git-ignored) and reused.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA="$ROOT/bench/data"
SIZES=${*:-"200000 1750000"}
PANDAS_MAX=${PANDAS_MAX:-1000000}
BIBTEX_MAX=${BIBTEX_MAX:-200000}
PYTHON=/usr/bin/python3
LOGS="$DATA/logs"
mkdir -p "$DATA" "$LOGS"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

ensure_tools
cd "$ROOT"
say "building the generator and papernb (Release)"
GENERATE=$(build bench/PaperNotebooks.Bench/PaperNotebooks.Bench.csproj)
PAPERNB=$(build src/PaperNotebooks.Cli/PaperNotebooks.Cli.csproj)

for n in $SIZES; do
  snapshot="$DATA/snapshot-$(label "$n").json"
  bib="$DATA/papers-$(label "$n").bib"
  args=()
  [[ -f $snapshot ]] || args+=(--snapshot "$snapshot.tmp")
  ((n <= BIBTEX_MAX)) && [[ ! -f $bib ]] && args+=(--bibtex "$bib.tmp")
  if ((${#args[@]})); then
    say "generating $n papers"
    $GENERATE generate --papers "$n" --out /dev/null "${args[@]}"
    [[ -f $snapshot.tmp ]] && mv "$snapshot.tmp" "$snapshot"
    [[ -f $bib.tmp ]] && mv "$bib.tmp" "$bib"
  fi
done

FAILED=0
check() { # name: sets NOTE and FAILED from STATUS
  NOTE=""
  if ((STATUS != 0)); then NOTE="failed (exit $STATUS), see $LOGS/$1.log"; FAILED=1; fi
}

for n in $SIZES; do
  name=$(label "$n")
  snapshot="$DATA/snapshot-$name.json"
  size=$(mb "$snapshot")
  say "papernb stats on the $name snapshot"
  measure "papernb-snapshot-$name" $PAPERNB stats "$snapshot" --top 20
  check "papernb-snapshot-$name"
  row "papernb stats" "$name snapshot" "$size" "$WALL" "$(rate "$size" "$WALL")" "$RSS_MB" "$NOTE"

  if ((n <= PANDAS_MAX)); then
    say "pandas on the $name snapshot"
    measure "pandas-snapshot-$name" "$PYTHON" "$ROOT/bench/pandas_snapshot.py" "$snapshot" --top 20
    check "pandas-snapshot-$name"
    [[ -z $NOTE ]] && NOTE=$(grep -o 'read_json: [0-9.]* s' "$LOGS/pandas-snapshot-$name.log" || true)
    row "pandas_snapshot.py" "$name snapshot" "$size" "$WALL" "$(rate "$size" "$WALL")" "$RSS_MB" "$NOTE"
  fi

  bib="$DATA/papers-$name.bib"
  if [[ -f $bib ]]; then
    say "papernb stats on the $name BibTeX"
    measure "papernb-bibtex-$name" $PAPERNB stats "$bib" --top 20
    check "papernb-bibtex-$name"
    row "papernb stats" "$name bibtex" "$(mb "$bib")" "$WALL" "$(rate "$(mb "$bib")" "$WALL")" "$RSS_MB" "$NOTE"
  fi
done

echo
echo "snapshot benchmark, $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) (outputs in $LOGS)"
printf '%-24s %-14s %9s %8s %8s %12s  %s\n' "run" "input" "size MB" "wall s" "MB/s" "peak RSS MB" "notes"
printf '%s\n' "${ROWS[@]}"
exit $FAILED
