#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what the tests need, builds, tests, and ends
# with one line 'N passed, N failed' counted from the test results.
set -uo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

bash eng/install-prerequisites.sh || { echo "prerequisites could not be installed"; echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results"
if ! dotnet build PaperNotebooks.sln -c Release -nologo -clp:ErrorsOnly; then
  echo "the build failed"
  echo "0 passed, 1 failed"
  exit 1
fi
dotnet test PaperNotebooks.sln -c Release --no-build -nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results"
test_exit=$?

python3 eng/count-test-results.py "$results"
count_exit=$?
[ "$test_exit" -eq 0 ] && [ "$count_exit" -eq 0 ]
