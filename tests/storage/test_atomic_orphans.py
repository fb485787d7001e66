"""Temp files of killed saves are removed by the next save of the same file."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from rehab_planner.storage.atomic import STALE_SECONDS, write_atomic, write_text_atomic

KILL_DURING_SAVE = """
import os, signal, sys
from rehab_planner.storage.atomic import write_atomic
os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)  # die after writing, before rename
write_atomic(sys.argv[1], b"x" * 2_000_000)
"""


def _temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_killed_save_leaves_a_temp_file_the_next_save_removes(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    write_text_atomic(target, "good copy")
    for _ in range(3):
        result = subprocess.run([sys.executable, "-c", KILL_DURING_SAVE, str(target)], check=False)
        assert result.returncode == -9
        # each save clears the leftovers of the ones killed before it: they never pile up
        assert len(_temps(tmp_path)) == 1
    assert target.read_text() == "good copy"  # the last good copy survived every kill
    write_text_atomic(target, "new copy")
    assert _temps(tmp_path) == []
    assert target.read_text() == "new copy"


def test_only_orphans_of_this_file_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "plan.json"
    live = tmp_path / f".plan.json.{os.getppid()}.abc123.tmp"  # a save still running elsewhere
    old_style = tmp_path / ".plan.json.k2j3h4.tmp"  # no process id: removed once stale
    fresh_old_style = tmp_path / ".plan.json.zz9zz9.tmp"
    other = tmp_path / ".other.json.99999999.abc.tmp"  # another file's temp
    for path in (live, old_style, fresh_old_style, other):
        path.write_bytes(b"partial")
    past = time.time() - STALE_SECONDS - 60
    os.utime(old_style, (past, past))
    write_atomic(target, b"data")
    assert live.exists() and fresh_old_style.exists() and other.exists()
    assert not old_style.exists()
