# Shared by the benchmark scripts: sourced after ROOT, PYTHON and LOGS are set.
# shellcheck shell=bash

say() { printf '\n== %s\n' "$*" >&2; }

ensure_tools() {
  local missing=()
  [[ -x /usr/bin/time ]] || missing+=(time)
  "$PYTHON" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
  if ((${#missing[@]})); then
    say "installing ${missing[*]}"
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# Builds a project in Release and prints the path of the program to run (apphost, else dll).
build() {
  local project=$1
  dotnet build "$project" -c Release -nologo -v q -m:1 -clp:NoSummary >&2
  local target
  target=$(dotnet msbuild "$project" -nologo -getProperty:TargetPath -p:Configuration=Release)
  if [[ -x "${target%.dll}" ]]; then echo "${target%.dll}"; else echo "dotnet $target"; fi
}

label() { # 200000 -> 200k, 1000000 -> 1m
  local n=$1
  if ((n % 1000000 == 0)); then echo "$((n / 1000000))m"
  elif ((n % 1000 == 0)); then echo "$((n / 1000))k"
  else echo "$n"; fi
}

mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f", b / 1e6 }'; }

# Runs a command under /usr/bin/time -v, output to $LOGS/<name>.log; sets WALL, RSS_MB, STATUS.
measure() {
  local name=$1; shift
  local timing="$LOGS/$name.time"
  STATUS=0
  /usr/bin/time -v -o "$timing" "$@" >"$LOGS/$name.log" 2>&1 || STATUS=$?
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$timing")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$timing")
}

ROWS=()
row() { ROWS+=("$(printf '%-24s %-14s %9s %8s %8s %12s  %s' "$@")"); }
rate() { awk -v m="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", m / s; else print "-" }'; }
