#!/usr/bin/env bash
# Packs the extension from this checkout with a fresh version (into artifacts/feed) and puts it in the local feed
# that Jupyter and Polyglot Notebooks resolve `#r "nuget: PaperNotebooks.Interactive, *-*"` from (eng/local-feed.sh).
# dotnet-interactive caches what each `#r` line resolved to and would keep answering `*-*` with the first version it
# saw, so that cache is cleared. Prints the version it packed.
set -euo pipefail
cd "$(dirname "$0")/.."
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

feed=$(bash eng/local-feed.sh)
out="$PWD/artifacts/feed"
mkdir -p "$out"
suffix="dev.$(date -u +%Y%m%d%H%M%S)"
dotnet pack src/PaperNotebooks.Interactive -c Release -nologo -clp:ErrorsOnly -o "$out" -p:VersionSuffix="$suffix" >&2
version=$(cat "$out/PaperNotebooks.Interactive.version")

# The extension's own two assemblies go into the package as ReadyToRun images for x64 Linux, where this project's
# kernels run: compiled ahead, so that a notebook's first load, list or chart does not wait for the JIT (it compiled
# about 11,000 methods during a first load). They are IL as well, so elsewhere the runtime ignores the native code and
# compiles as usual. If they cannot be made (no Crossgen2 package), the package keeps the IL assemblies.
r2r="$PWD/artifacts/ready-to-run"
rm -rf "$r2r"
if [[ $(uname -s) == Linux && $(uname -m) == x86_64 ]] &&
  dotnet publish src/PaperNotebooks.Interactive -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:VersionSuffix="$suffix" -o "$r2r" -nologo -clp:ErrorsOnly >&2; then
  python3 - "$out/PaperNotebooks.Interactive.$version.nupkg" "$r2r" <<'PY'
import os, shutil, sys, tempfile, zipfile
package, images = sys.argv[1], sys.argv[2]
own = {"PaperNotebooks.dll", "PaperNotebooks.Interactive.dll"}
handle, temporary = tempfile.mkstemp(dir=os.path.dirname(package), suffix=".nupkg.tmp")
os.close(handle)
with zipfile.ZipFile(package) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
    for entry in source.infolist():
        name = entry.filename
        if name.startswith("lib/") and os.path.basename(name) in own:
            target.write(os.path.join(images, os.path.basename(name)), name)
        else:
            target.writestr(entry, source.read(entry))
os.replace(temporary, package)
PY
else
  echo "pack-extension: no ReadyToRun images; the package keeps the IL assemblies" >&2
fi
# The feed holds only the package just made.
find "$out" "$feed" -name 'PaperNotebooks.Interactive.*.nupkg' ! -name "PaperNotebooks.Interactive.$version.nupkg" -delete
cp "$out/PaperNotebooks.Interactive.$version.nupkg" "$feed/"
rm -rf "$HOME/.packagemanagement/nuget/Cache"
echo "$version"
