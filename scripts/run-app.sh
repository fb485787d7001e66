#!/usr/bin/env bash
# Set up (if needed) and start the desktop app. Arguments go to the app, e.g. a plan file.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
exec "$root/.venv/bin/python" "$root/main.py" "$@"
