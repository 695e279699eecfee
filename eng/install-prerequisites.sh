#!/usr/bin/env bash
# Installs what building and testing need beyond the .NET SDK. Idempotent; every step checks before it installs.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "prerequisites: NuGet packages are restored by dotnet itself"
