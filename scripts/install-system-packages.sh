#!/usr/bin/env bash
# Install the Debian packages Qt, the PDF tools and the test database need. Safe to run again.
set -euo pipefail
packages=(
  # Qt offscreen and on a real X screen (shared/PLATFORM-NOTES.md)
  libegl1 libgl1 libx11-6 libxkbcommon0 libfontconfig1 libfreetype6 fonts-dejavu-core
  libdbus-1-3 libglib2.0-0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  libx11-xcb1 libxcb-xinerama0 libnss3 libxrandr2 libxcomposite1 libxdamage1 libxtst6 libasound2
  # a virtual screen for screenshots, PDF pages to PNG
  xvfb xauth poppler-utils
  # the database tests run against PostgreSQL as well as SQLite
  postgresql
  python3-venv
)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "These system packages are missing; install them as root: ${missing[*]}" >&2; exit 1
  fi
else SUDO=""; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
