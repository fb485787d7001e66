"""The README's command-line examples run as written (in a scratch folder, with a throwaway data folder)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIND_ID = ('$(rehab-planner db list --all --json | "$PYTHON" -c '
           '"import json,sys; print(json.load(sys.stdin)[0][\'plan_id\'])")')


def readme_examples() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(mkdir -p scratch.*?)```", text, re.S)
    assert block, "the README's command-line example block is missing"
    lines = [line for line in block.group(1).splitlines() if not line.startswith("rehab-planner app")]
    return "\n".join(lines).replace("PLAN_ID", FIND_ID)


@pytest.mark.slow
def test_the_readme_examples_run(tmp_path: Path) -> None:
    work = tmp_path / "checkout"
    work.mkdir()
    shutil.copytree(ROOT / "exercises", work / "exercises")
    script = work / "examples.sh"
    script.write_text("set -euo pipefail\n" + readme_examples() + "\n", encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
           "PYTHON": sys.executable, "REHAB_PLANNER_DATA": str(tmp_path / "data")}
    env.pop("REHAB_PLANNER_DB", None)
    done = subprocess.run(["bash", str(script)], cwd=work, env=env, capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (work / "scratch" / "handout.pdf").stat().st_size > 10_000
    assert (work / "scratch" / "progress.pdf").is_file()
