#!/usr/bin/env bash
# Start the desktop app, setting it up first when needed (the first time, or after pyproject.toml
# changed); after that it starts at once and needs no network. Arguments go to the app, e.g. a plan.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
exec "$root/.venv/bin/python" "$root/main.py" "$@"
