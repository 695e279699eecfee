#!/usr/bin/env bash
# The local NuGet feed that `#r "nuget: PaperNotebooks.Interactive, *-*"` finds in Jupyter and Polyglot Notebooks:
# a folder in the user's home (never inside a checkout, which may be deleted while NuGet still lists it), registered
# once in the user's NuGet configuration as PaperNotebooksLocal. Idempotent; also repairs a registration that points
# at a folder that no longer exists, which would otherwise make every restore on the machine fail (NU1301).
# Usage: bash eng/local-feed.sh            -> prints the feed folder
set -euo pipefail
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

feed="${PAPERNB_USER_FEED:-$HOME/.papernotebooks/feed}"
mkdir -p "$feed"
user_config="$HOME/.nuget/NuGet/NuGet.Config"
[ -f "$user_config" ] || dotnet nuget list source >/dev/null   # lets NuGet write its default user configuration first
registered=$(dotnet nuget list source --configfile "$user_config" --format detailed 2>/dev/null \
  | awk '/PaperNotebooksLocal/ { getline; gsub(/^[ \t]+/, ""); print; exit }')
if [ "$registered" != "$feed" ]; then
  dotnet nuget remove source PaperNotebooksLocal --configfile "$user_config" >/dev/null 2>&1 || true
  dotnet nuget add source "$feed" --name PaperNotebooksLocal --configfile "$user_config" >&2
fi
echo "$feed"
