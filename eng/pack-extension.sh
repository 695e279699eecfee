#!/usr/bin/env bash
# Packs the extension from this checkout with a fresh version (into artifacts/feed; its own assemblies compiled ahead
# for x64 Linux by eng/ready-to-run.sh) and puts it in the local feed
# that Jupyter and Polyglot Notebooks resolve `#r "nuget: PaperNotebooks.Interactive, *-*"` from (eng/local-feed.sh).
# dotnet-interactive caches what each `#r` line resolved to and would keep answering `*-*` with the first version it
# saw, so that cache is cleared. Prints the version it packed.
set -euo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

feed=$(bash eng/local-feed.sh)
out="$PWD/artifacts/feed"
mkdir -p "$out"
dotnet pack src/PaperNotebooks.Interactive -c Release -nologo -clp:ErrorsOnly -o "$out" >&2
version=$(cat "$out/PaperNotebooks.Interactive.version")
bash eng/ready-to-run.sh "$out/PaperNotebooks.Interactive.$version.nupkg"
# The feed holds only the package just made.
find "$out" "$feed" -name 'PaperNotebooks.Interactive.*.nupkg' ! -name "PaperNotebooks.Interactive.$version.nupkg" -delete
cp "$out/PaperNotebooks.Interactive.$version.nupkg" "$feed/"
rm -rf "$HOME/.packagemanagement/nuget/Cache"
echo "$version"
