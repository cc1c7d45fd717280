#!/usr/bin/env bash
# Installs what Jiuzhu needs, builds it (Release) and starts the desktop app
# on its default data folder. Extra arguments are passed to jiuzhu.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build/release --target jiuzhu
exec build/release/app/jiuzhu "$@"
