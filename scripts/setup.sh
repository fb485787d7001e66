#!/usr/bin/env bash
# Set up everything on a fresh Debian machine: system packages, then a virtual environment in .venv.
#   scripts/setup.sh          the app
#   scripts/setup.sh test     the app and the test tools
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/install-system-packages.sh"
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "${1:-}" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
