#!/usr/bin/env bash
# Installs the Debian 12 packages Jiuzhu needs to build, test and run.
# Idempotent: packages already present are left as they are.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-pdf-dev qt6-translations-l10n
    libqt6sql6-sqlite qt6-qpa-plugins libgl-dev
    libsqlite3-dev sqlite3
    libicu-dev
    libboost-serialization-dev libsodium-dev
    libbenchmark-dev
    xvfb xauth poppler-utils
    fonts-arphic-uming fonts-arphic-ukai fonts-hanazono fonts-wqy-microhei
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "All build and runtime packages are already installed."
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
