#!/usr/bin/env bash
# Makes sure the C libraries Facsimile links against are installed (Debian and Ubuntu).
#
# Installs them with apt-get when run as root or when sudo works without a password;
# otherwise says exactly what to install and exits with status 1.
set -euo pipefail

packages=(libopenblas-dev liblapacke-dev pkg-config)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: Facsimile needs OpenBLAS and LAPACKE (with pkg-config), and this machine" >&2
    echo "has no apt-get. Install them with your package manager, then run make again." >&2
    exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
    runner=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    runner=(sudo -n)
else
    echo "error: Facsimile needs these Debian packages: ${missing[*]}" >&2
    echo "Install them, then run make again:" >&2
    echo "    sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "Installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
"${runner[@]}" apt-get update -qq
"${runner[@]}" apt-get install -y -qq "${missing[@]}"
