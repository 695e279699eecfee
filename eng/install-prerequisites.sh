#!/usr/bin/env bash
# Installs what building and testing need beyond the .NET SDK. Idempotent; every step checks before it installs.
#   - NuGet packages: restored by dotnet itself; the local feed for the extension exists before any restore.
#   - Jupyter (nbconvert, nbclient, jupyter-client), Chromium, and the pinned dotnet-interactive tool with its
#     .net-csharp kernelspec, for the end-to-end tests and for running notebooks: eng/install-e2e-prerequisites.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash eng/local-feed.sh >/dev/null
bash eng/install-e2e-prerequisites.sh
