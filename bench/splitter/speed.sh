#!/usr/bin/env bash
# The listing reader before and after a change, side by side in one run: builds papernb at BASE (a commit, default
# the merge-base with main) from `git archive` into a temporary folder and papernb of the work tree, makes a 200 MB
# synthetic listing (bench/data/, git-ignored), then alternates the two, RUNS times each, on `papernb stats`
# (reading for counts) and `papernb parse --to csv` (reading whole papers), and prints the best and median wall time
# of each and the ratio after/before.
#
#   bash bench/splitter/speed.sh                 # BASE=$(git merge-base HEAD main) RUNS=5 PAPERS=108000
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
BASE=${BASE:-$(git merge-base HEAD main)}
RUNS=${RUNS:-5}
PAPERS=${PAPERS:-108000}
AS_OF=2026-09-30
DATA="$ROOT/bench/data"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$DATA"

listing="$DATA/papers-$PAPERS.txt"
if [[ ! -f $listing ]]; then
  dotnet run -c Release --project bench/PaperNotebooks.Bench -- generate --papers "$PAPERS" --out "$listing" >&2
fi
echo "listing: $listing, $(du -m "$listing" | cut -f1) MB" >&2

git archive "$BASE" | tar -x -C "$WORK"
dotnet build "$WORK/src/PaperNotebooks.Cli/PaperNotebooks.Cli.csproj" -c Release -nologo -v q -clp:ErrorsOnly >&2
dotnet build src/PaperNotebooks.Cli/PaperNotebooks.Cli.csproj -c Release -nologo -v q -clp:ErrorsOnly >&2
before="$WORK/src/PaperNotebooks.Cli/bin/Release/net10.0/papernb"
after="$ROOT/src/PaperNotebooks.Cli/bin/Release/net10.0/papernb"

seconds() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
summary() { sort -n | awk '{ a[NR] = $1 } END { printf "%.2f %.2f\n", a[1], a[int((NR + 1) / 2)] }'; }

for command in stats parse; do
  : >"$WORK/before" ; : >"$WORK/after"
  for ((i = 0; i < RUNS; i++)); do
    for side in before after; do
      program=${!side}
      if [[ $command == stats ]]; then
        seconds "$program" stats "$listing" --as-of "$AS_OF" >>"$WORK/$side"
      else
        seconds "$program" parse "$listing" --as-of "$AS_OF" --to csv -o "$WORK/out.csv" --force >>"$WORK/$side"
      fi
    done
  done
  read -r bb bm < <(summary <"$WORK/before")
  read -r ab am < <(summary <"$WORK/after")
  printf '%-6s before (%s): best %s s, median %s s | after: best %s s, median %s s | ratio of medians %.2f\n' \
    "$command" "${BASE:0:7}" "$bb" "$bm" "$ab" "$am" "$(echo "$am / $bm" | bc -l)"
done
