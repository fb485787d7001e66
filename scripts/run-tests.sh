#!/usr/bin/env bash
# Set up (if needed), then run the linters, the type checker and the whole test suite,
# against SQLite and against a throwaway PostgreSQL server started here.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check rehab_planner tests bench main.py
.venv/bin/mypy
if [ -z "${REHAB_TEST_PG_URL:-}" ]; then
  # shellcheck source=/dev/null
  source "$root/scripts/start-test-postgres.sh" || echo "PostgreSQL could not start; its tests are skipped" >&2
fi
.venv/bin/python -m pytest "$@"
