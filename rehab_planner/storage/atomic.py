"""Atomic writes: a temp file in the same folder, flushed and fsynced, then renamed over the target.

The last good copy survives a crash, a full disk or a killed process: the target is replaced only
by a complete file. A killed save leaves its temp file behind; the next save of the same file
removes such orphans (see remove_orphans).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

PRIVATE = 0o600
STALE_SECONDS = 3600  # a temp file this old is an orphan even if its process id is in use again


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


def _writer_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of ours may be saving the same file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists but belongs to someone else
    return True


def remove_orphans(target: Path) -> int:
    """Remove temp files earlier saves of target left when they were killed; return how many.

    A temp file is `.<name>.<pid>.<random>.tmp`: it is an orphan when that process is gone, or
    when it is older than STALE_SECONDS (older names without a process id, a reused id, another
    computer writing to a shared folder).
    """
    prefix = _temp_prefix(target)
    removed = 0
    try:
        candidates = [p for p in target.parent.iterdir()
                      if p.name.startswith(prefix) and p.name.endswith(".tmp")]
    except OSError:
        return 0
    now = time.time()
    for path in candidates:
        middle = path.name[len(prefix):-len(".tmp")].split(".")
        pid = int(middle[0]) if len(middle) == 2 and middle[0].isdigit() else None
        try:
            info = path.lstat()
        except OSError:
            continue
        stale = now - info.st_mtime > STALE_SECONDS
        if stale or (pid is not None and not _writer_alive(pid)):
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
    return removed


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
    remove_orphans(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f"{_temp_prefix(target)}{os.getpid()}.",
                                        suffix=".tmp", dir=target.parent)
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
