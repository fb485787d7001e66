"""The user's data folder is private: folders 0700, files 0600, tightened every time the app starts.

Plans, the patient database, recovery files and photos hold patient details; a folder made by an
older version (or copied in with 0755) is closed up on the next start.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from rehab_planner import paths
from rehab_planner.errors import RehabError

log = logging.getLogger(__name__)

FOLDER_MODE = 0o700
FILE_MODE = 0o600
MAX_ENTRIES = 20_000  # stop walking a data folder someone filled with junk


def tighten(folder: Path) -> int:
    """Make folder and everything under it private (symlinks are left alone, never followed).

    Returns:
        How many files and folders were changed.
    """
    changed = 0
    seen = 0
    for root, dirs, files in os.walk(folder, followlinks=False):
        for name in [".", *dirs, *files]:
            seen += 1
            if seen > MAX_ENTRIES:
                log.warning("%s: more than %d entries; stopped tightening", folder, MAX_ENTRIES)
                return changed
            path = os.path.join(root, name)
            try:
                info = os.lstat(path)
                if stat.S_ISDIR(info.st_mode):
                    wanted = FOLDER_MODE
                elif stat.S_ISREG(info.st_mode):
                    wanted = FILE_MODE
                else:
                    continue
                if stat.S_IMODE(info.st_mode) != wanted:
                    os.chmod(path, wanted, follow_symlinks=False)
                    changed += 1
            except (OSError, NotImplementedError):
                continue  # not ours, or the platform cannot change it: leave it
    return changed


def tighten_user_data() -> int:
    """tighten() the user's data folder (made first when missing); 0 when it cannot be reached."""
    try:
        return tighten(paths.user_data())
    except (OSError, RehabError) as exc:
        log.warning("cannot tighten the data folder's permissions: %s", exc)
        return 0
