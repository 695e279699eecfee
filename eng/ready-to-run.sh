#!/usr/bin/env bash
# Usage: bash eng/ready-to-run.sh artifacts/feed/PaperNotebooks.Interactive.<version>.nupkg
#
# Puts ReadyToRun images of the extension's own two assemblies (PaperNotebooks, PaperNotebooks.Interactive) in the
# package in place of the IL ones, for x64 Linux, where this project's kernels run: compiled ahead, so that a
# notebook's first load, list or chart does not wait for the JIT (a first load compiles about 11,000 methods). The
# images hold the IL too, so on any other platform the runtime compiles as usual. Code that runs one long loop over all
# the papers (key phrases, the author count) is marked AggressiveOptimization, which the ahead-of-time compiler leaves
# to the JIT: it inlines across assemblies and compiles it optimised at once. The dependencies keep their packages'
# own assemblies. Elsewhere than x64 Linux, or without Crossgen2 (restored from the registry), the package stays IL.
set -euo pipefail
cd "$(dirname "$0")/.."
package=$1
name=$(basename "$package" .nupkg)
version=${name#PaperNotebooks.Interactive.}
export HOME="${HOME:-/root}" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ $(uname -s) != Linux || $(uname -m) != x86_64 ]]; then
  echo "ready-to-run: not x64 Linux; the package keeps the IL assemblies" >&2
  exit 0
fi
images=$(mktemp -d)
trap 'rm -rf "$images"' EXIT
if ! dotnet publish src/PaperNotebooks.Interactive -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:Version="$version" -o "$images" -nologo -clp:ErrorsOnly >&2; then
  echo "ready-to-run: no ReadyToRun images could be made; the package keeps the IL assemblies" >&2
  exit 0
fi
python3 - "$package" "$images" <<'PY'
import os, sys, tempfile, zipfile
package, images = sys.argv[1], sys.argv[2]
own = {"PaperNotebooks.dll", "PaperNotebooks.Interactive.dll"}
# Written beside the package and renamed over it: never a half-written package.
handle, temporary = tempfile.mkstemp(dir=os.path.dirname(os.path.abspath(package)), suffix=".nupkg.tmp")
os.close(handle)
try:
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            name = entry.filename
            if name.startswith("lib/") and os.path.basename(name) in own:
                target.write(os.path.join(images, os.path.basename(name)), name)
            else:
                target.writestr(entry, source.read(entry))
    os.replace(temporary, package)
finally:
    if os.path.exists(temporary):
        os.remove(temporary)
PY
