#!/usr/bin/env bash
# End-to-end scale benchmark: `papernb stats` on synthetic listings of 200k and 1M papers, and
# pandas doing the same statistics on the 200k CSV. Prints wall seconds, MB/s and peak RSS of
# each run (all measured by /usr/bin/time -v) in a table at the end.
#
#   bash bench/scale.sh
#
# Environment: SCALE_SIZES (papers per listing, default "200000 1000000"), PANDAS_SIZE (the
# listing whose CSV pandas reads, default 200000), AS_OF (default 2026-09-30, the generator's
# default, so papers listed without a year get the years the generator meant), TOP (default 20).
# Listings are made once into bench/data/ (git-ignored) and reused while they exist.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DATA="$ROOT/bench/data"
SIZES=${SCALE_SIZES:-"200000 1000000"}
PANDAS_SIZE=${PANDAS_SIZE:-200000}
AS_OF=${AS_OF:-2026-09-30}
TOP=${TOP:-20}
PYTHON=/usr/bin/python3
LOGS="$DATA/logs"
mkdir -p "$DATA" "$LOGS"

# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

ensure_tools
cd "$ROOT"

say "building the generator (Release)"
GENERATE=$(build bench/PaperNotebooks.Bench/PaperNotebooks.Bench.csproj)

PAPERNB=""
if [[ -f src/PaperNotebooks.Cli/PaperNotebooks.Cli.csproj ]]; then
  say "building papernb (Release)"
  PAPERNB=$(build src/PaperNotebooks.Cli/PaperNotebooks.Cli.csproj) || { say "papernb did not build"; PAPERNB=""; }
fi

for n in $SIZES; do
  listing="$DATA/papers-$(label "$n").txt"
  csv="$DATA/papers-$(label "$n").csv"
  csv_args=()
  [[ $n == "$PANDAS_SIZE" && ! -f $csv ]] && csv_args=(--csv "$csv.tmp")
  if [[ ! -f $listing || ${#csv_args[@]} -gt 0 ]]; then
    say "generating $n papers into $listing"
    $GENERATE generate --papers "$n" --out "$listing.tmp" --as-of "$AS_OF" "${csv_args[@]}"
    mv "$listing.tmp" "$listing"
    if ((${#csv_args[@]})); then mv "$csv.tmp" "$csv"; fi
  fi
done

FAILED=0
for n in $SIZES; do
  name=$(label "$n")
  listing="$DATA/papers-$name.txt"
  size=$(mb "$listing")
  if [[ -z $PAPERNB ]]; then
    row "papernb stats" "$name listing" "$size" - - - "not run: no papernb build"
    continue
  fi
  say "papernb stats on $name papers"
  measure "papernb-stats-$name" $PAPERNB stats "$listing" --as-of "$AS_OF" --top "$TOP"
  note=""
  if ((STATUS != 0)); then note="failed (exit $STATUS), see $LOGS/papernb-stats-$name.log"; FAILED=1
  elif [[ ! -s "$LOGS/papernb-stats-$name.log" ]]; then note="printed nothing: stats not implemented?"; FAILED=1
  fi
  row "papernb stats" "$name listing" "$size" "$WALL" "$(rate "$size" "$WALL")" "$RSS_MB" "$note"
done

name=$(label "$PANDAS_SIZE")
pandas_csv="$DATA/papers-$name.csv"
source_note="generator's --csv"
if [[ -n $PAPERNB ]]; then
  say "papernb parse --to csv on $name papers"
  rm -f "$DATA/papers-$name.papernb.csv"
  measure "papernb-parse-$name" $PAPERNB parse "$DATA/papers-$name.txt" --to csv -o "$DATA/papers-$name.papernb.csv"
  if ((STATUS == 0)) && [[ -s "$DATA/papers-$name.papernb.csv" ]]; then
    row "papernb parse --to csv" "$name listing" "$(mb "$DATA/papers-$name.txt")" "$WALL" "$(rate "$(mb "$DATA/papers-$name.txt")" "$WALL")" "$RSS_MB" ""
    pandas_csv="$DATA/papers-$name.papernb.csv"
    source_note="papernb's CSV"
  else
    row "papernb parse --to csv" "$name listing" "$(mb "$DATA/papers-$name.txt")" - - - "no CSV (exit $STATUS); pandas reads the generator's"
  fi
fi

say "pandas on $pandas_csv"
measure "pandas-$name" "$PYTHON" "$ROOT/bench/pandas_stats.py" "$pandas_csv" --top "$TOP"
size=$(mb "$pandas_csv")
note="$source_note; $(grep -o 'read_csv: [0-9.]* s' "$LOGS/pandas-$name.log" || true)"
((STATUS == 0)) || { note="failed (exit $STATUS), see $LOGS/pandas-$name.log"; FAILED=1; }
row "pandas_stats.py" "$name csv" "$size" "$WALL" "$(rate "$size" "$WALL")" "$RSS_MB" "$note"

echo
echo "scale benchmark, $(nproc) cores, as of $AS_OF (outputs in $LOGS)"
printf '%-24s %-14s %9s %8s %8s %12s  %s\n' "run" "input" "size MB" "wall s" "MB/s" "peak RSS MB" "notes"
printf '%s\n' "${ROWS[@]}"
exit $FAILED
