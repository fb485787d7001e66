#!/usr/bin/env bash
# Set up (if needed), then run the linters, the type checker and the whole test suite,
# against SQLite and against a throwaway PostgreSQL server started here; the suite includes
# installing the built wheel outside the checkout. Last, the desktop bundle is built and
# smoke-tested (REHAB_SKIP_BUNDLE=1 skips it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check rehab_planner tests bench main.py setup.py packaging
.venv/bin/mypy
if [ -z "${REHAB_TEST_PG_URL:-}" ]; then
  # shellcheck source=/dev/null
  source "$root/scripts/start-test-postgres.sh" || echo "PostgreSQL could not start; its tests are skipped" >&2
fi
.venv/bin/python -m pytest "$@"
if [ -z "${REHAB_SKIP_BUNDLE:-}" ] && [ $# -eq 0 ]; then
  "$root/scripts/build-bundle.sh"
fi
