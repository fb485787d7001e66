#!/usr/bin/env bash
# Set up everything on a fresh Debian machine: system packages, then a virtual environment in .venv.
#   scripts/setup.sh          the app
#   scripts/setup.sh test     the app and the test tools
# Once done, it does nothing (no network) until pyproject.toml or setup.py change: a stamp in .venv
# records what was installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mode=${1:-app}
want=$(cat pyproject.toml setup.py | sha256sum | cut -c1-32)
for have in "$mode" test; do
  if [ -x .venv/bin/python ] && [ "$(cat ".venv/setup-stamp-$have" 2>/dev/null)" = "$want" ]; then
    exit 0
  fi
  [ "$mode" = test ] && break
done
"$root/scripts/install-system-packages.sh"
python=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = "test" ]; then
  .venv/bin/python -m pip install -q -e ".[test]"
else
  .venv/bin/python -m pip install -q -e .
fi
echo "$want" > ".venv/setup-stamp-$mode"
