#!/usr/bin/env bash
# Topic quality and speed, side by side in one run (issue 15): NMI of topics vs the papers' arXiv labels at k = 10
# and k = 18 for papernb's semantic and nmf models and for scikit-learn's NMF on TF-IDF, and the time of whole
# `papernb topics` runs with a cold and a warm embedding cache. Prints one Markdown table a corpus.
#   bash bench/topics/run.sh              # both corpora
#   bash bench/topics/run.sh archives     # 2,000 papers of 18 archives, scored against the primary archive
#   bash bench/topics/run.sh categories   # 2,036 papers of 18 (mostly cs) categories, against the primary category
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
which=${1:-all}
case "$which" in all|archives|categories) ;; *) echo "usage: run.sh [all|archives|categories]" >&2; exit 2 ;; esac

# scikit-learn from Debian, for the system Python (not a pyenv or venv one).
if ! /usr/bin/python3 -c 'import sklearn' 2>/dev/null; then
  apt-get install -y python3-sklearn >/dev/null
fi

dotnet build src/PaperNotebooks.Cli -c Release -nologo -clp:ErrorsOnly >&2
papernb="src/PaperNotebooks.Cli/bin/Release/net10.0/papernb"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

# The seconds a command takes; its messages go to last.err, and to stderr too when it fails (which stops the run).
seconds() {
  local start=$(date +%s.%N)
  "$@" 2>"$work/last.err" >/dev/null || { cat "$work/last.err" >&2; return 1; }
  echo "$(date +%s.%N) - $start" | bc
}
col() { echo "$1" | cut -f"$2"; }

# bench CORPUS.jsonl.gz LABEL TITLE: one table for one corpus, LABEL being `category` or `archive` (see nmi.py).
bench() {
  local corpus=$1 label=$2 title=$3
  work="$root/$label"
  mkdir -p "$work"
  zcat "$corpus" > "$work/papers.json"
  # A cache folder of its own, empty: the first semantic run embeds every paper.
  export PAPERNOTEBOOKS_CACHE="$work/cache"

  declare -A took
  took[cold]=$(seconds "$papernb" topics "$work/papers.json" --model semantic --k 10 --to csv -o "$work/semantic-10.csv")
  took[warm]=$(seconds "$papernb" topics "$work/papers.json" --model semantic --k 18 --to csv -o "$work/semantic-18.csv")
  took[nmf10]=$(seconds "$papernb" topics "$work/papers.json" --model nmf --k 10 --to csv -o "$work/nmf-10.csv")
  took[nmf18]=$(seconds "$papernb" topics "$work/papers.json" --model nmf --k 18 --to csv -o "$work/nmf-18.csv")
  took[auto]=$(seconds "$papernb" topics "$work/papers.json" --model semantic --to csv -o "$work/semantic-auto.csv")
  local auto_k
  auto_k=$(grep -o 'k = [0-9]* chosen automatically' "$work/last.err" | head -1 || true)

  nmi() { /usr/bin/python3 bench/topics/nmi.py "$work/papers.json" "$1" "$label" "${@:2}"; }
  local k10 k18 kauto
  mapfile -t k10 < <(nmi 10 "$work/semantic-10.csv" "$work/nmf-10.csv")
  mapfile -t k18 < <(nmi 18 "$work/semantic-18.csv" "$work/nmf-18.csv")
  mapfile -t kauto < <(nmi 10 "$work/semantic-auto.csv")

  local papers
  papers=$(wc -l < "$work/papers.json")
  echo "### $title"
  echo
  echo "| model ($papers papers, NMI vs primary $label) | NMI k = 10 | NMI k = 18 | whole run |"
  echo "|---|---:|---:|---|"
  echo "| papernb semantic | $(col "${k10[0]}" 2) | $(col "${k18[0]}" 2) | cold cache $(printf %.1f "${took[cold]}") s (k = 10), warm $(printf %.1f "${took[warm]}") s (k = 18) |"
  echo "| papernb nmf | $(col "${k10[1]}" 2) | $(col "${k18[1]}" 2) | $(printf %.1f "${took[nmf10]}") s / $(printf %.1f "${took[nmf18]}") s |"
  echo "| scikit-learn NMF on TF-IDF | $(col "${k10[2]}" 2) | $(col "${k18[2]}" 2) | fit $(col "${k10[2]}" 3) s / $(col "${k18[2]}" 3) s (Python, after import) |"
  echo
  echo "papernb semantic --k auto: ${auto_k:-?} in $(printf %.1f "${took[auto]}") s (warm cache), NMI $(col "${kauto[0]}" 2)."
  echo
}

if [[ $which == all || $which == archives ]]; then
  bench bench/topics/data/archives.jsonl.gz archive "Many archives (issue 15's setup): data/archives.jsonl.gz"
fi
if [[ $which == all || $which == categories ]]; then
  bench bench/topics/data/papers.jsonl.gz category "Neighbouring categories, mostly cs: data/papers.jsonl.gz"
fi
