#!/usr/bin/env bash
# Packs the extension from this checkout into artifacts/feed with a fresh version and makes it what
# `#r "nuget: PaperNotebooks.Interactive, *-*"` finds in Jupyter and Polyglot Notebooks:
#   - the feed is registered once in the user's NuGet configuration (a local folder, under the name PaperNotebooksLocal);
#   - dotnet-interactive's cache of resolved `#r` lines is cleared, since it would otherwise keep answering `*-*` with
#     the version it resolved the first time.
# Prints the version it packed.
set -euo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

feed="$PWD/artifacts/feed"
mkdir -p "$feed"
dotnet pack src/PaperNotebooks.Interactive -c Release -nologo -clp:ErrorsOnly -o "$feed" >&2
version=$(cat "$feed/PaperNotebooks.Interactive.version")
# Keep the feed small: only the package just made.
find "$feed" -name 'PaperNotebooks.Interactive.*.nupkg' ! -name "PaperNotebooks.Interactive.$version.nupkg" -delete

user_config="$HOME/.nuget/NuGet/NuGet.Config"
[ -f "$user_config" ] || dotnet nuget list source >/dev/null   # lets NuGet write its default user configuration first
if ! dotnet nuget list source --configfile "$user_config" --format short | grep -qF "$feed"; then
  dotnet nuget remove source PaperNotebooksLocal --configfile "$user_config" >/dev/null 2>&1 || true
  dotnet nuget add source "$feed" --name PaperNotebooksLocal --configfile "$user_config" >&2
fi
rm -rf "$HOME/.packagemanagement/nuget/Cache"
echo "$version"
