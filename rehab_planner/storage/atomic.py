"""Atomic writes: a temp file in the same folder, flushed and fsynced, then renamed over the target.

The last good copy survives a crash, a full disk or a killed process: the target is replaced only
by a complete file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

PRIVATE = 0o600


def write_atomic(path: Path | str, data: bytes, mode: int = PRIVATE) -> None:
    """Write bytes to path atomically, readable by the user only by default.

    Args:
        path: the target file; its folder must exist.
        data: the whole content.
        mode: permission bits of the new file.

    Raises:
        OSError: the folder is missing or not writable, or the disk is full. The old file is intact.
    """
    target = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent)
    except OSError as exc:
        # Name the file the user asked for, not our temporary one.
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_folder(target.parent)


def write_text_atomic(path: Path | str, text: str, mode: int = PRIVATE) -> None:
    """Write UTF-8 text atomically (see write_atomic)."""
    write_atomic(path, text.encode("utf-8"), mode)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
