#!/usr/bin/env bash
# Build the desktop bundle for this platform with PyInstaller (one folder: dist/rehab-planner/),
# then smoke-test it as a user would: --version, render a handout, show the window offscreen.
# Prints the bundle's size and its start-to-window time. Linux is built and tested here; the
# Windows and macOS bundles are built by .github/workflows/bundle.yml on the hosted runners.
#   scripts/build-bundle.sh            build and test
#   scripts/build-bundle.sh --no-test  build only
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
python=${BUNDLE_PYTHON:-}
if [ -z "$python" ]; then
  "$root/scripts/setup.sh" test
  .venv/bin/python -m pip install -q -e ".[bundle]"
  python=$root/.venv/bin/python
fi
sep=":"; case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) sep=";" ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/rehab-bundle.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN --onedir --name rehab-planner \
  --distpath dist --workpath "$work/build" --specpath "$work" \
  --icon "$root/resources/icons/rehab-planner.png" \
  --add-data "$root/exercises${sep}rehab_planner/data/exercises" \
  --add-data "$root/resources${sep}rehab_planner/data/resources" \
  --add-data "$root/rehab_planner/storage/migrations${sep}rehab_planner/storage/migrations" \
  --collect-submodules rehab_planner \
  --collect-data pyphen --collect-data reportlab --collect-submodules reportlab.graphics.barcode \
  --exclude-module tkinter --exclude-module pytest --exclude-module hypothesis \
  "$root/packaging/bundle_entry.py" >"$work/pyinstaller.log" 2>&1 \
  || { tail -n 40 "$work/pyinstaller.log"; exit 1; }
cp packaging/rehab-planner.desktop resources/icons/rehab-planner.svg dist/rehab-planner/
echo "bundle: dist/rehab-planner built in $(( $(date +%s) - started )) s, $(du -sh dist/rehab-planner | cut -f1)"
[ "${1:-}" = "--no-test" ] && exit 0

exe=dist/rehab-planner/rehab-planner
[ -x "$exe" ] || exe=dist/rehab-planner/rehab-planner.exe
check=$(mktemp -d "${TMPDIR:-/tmp}/rehab-bundle-check.XXXXXX")
trap 'rm -rf "$work" "$check"' EXIT
export REHAB_PLANNER_DATA="$check/data"
(
  cd "$check"
  "$root/$exe" --version
  "$root/$exe" library list --json | "$python" -c "import json,sys; n=len(json.load(sys.stdin)); assert n > 100, n; print(f'library: {n} exercises')"
  "$root/$exe" new --template lumbar-fusion --patient "Bundle Check" --surgery-date 2026-11-02 -o plan.json
  "$root/$exe" render plan.json -o handout.pdf
  "$python" - <<'PY'
from pypdf import PdfReader
reader = PdfReader("handout.pdf")
assert "Bundle Check" in reader.pages[0].extract_text()
print(f"render: handout.pdf has {len(reader.pages)} pages")
PY
  start=$("$python" -c 'import time; print(time.perf_counter())')
  QT_QPA_PLATFORM=offscreen "$root/$exe" app --smoke-test
  "$python" -c "import time,sys; print(f'bundle start to window: {time.perf_counter() - float(sys.argv[1]):.2f} s')" "$start"
)
echo "bundle smoke test passed"
