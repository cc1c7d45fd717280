#!/usr/bin/env bash
# Installs what Jiuzhu needs, builds everything (Release, with tests and
# benchmarks) and runs every test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build/release --parallel "$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build/release --output-on-failure --parallel "$(nproc)"
