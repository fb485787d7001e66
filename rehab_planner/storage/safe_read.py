"""The gate every file the app reads goes through: regular files only, size counted, shape bounded.

A plan, a library file or a photo may come from another computer, so nothing here trusts it:
  * the file is opened without blocking (O_NONBLOCK), so a FIFO or a device cannot hang us, and
    the *open descriptor* is checked to be a regular file (no race with a swapped path);
  * the size is counted while reading, never taken from stat (a device reports 0), and reading
    stops one byte past the cap;
  * parsed data (JSON or YAML) is walked once with a budget: depth, list length, string length,
    number size and the total count of values (which also stops YAML alias "billion laughs").
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from rehab_planner.errors import RehabError

CHUNK = 1 << 16


class FileRefused(RehabError):
    """A file cannot be read safely: not a regular file, too large, unreadable, or badly shaped."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


@dataclass(frozen=True)
class Limits:
    """How large and how deep a data file may be (see README, 'Reliability and limits')."""

    max_bytes: int
    max_depth: int = 24
    max_items: int = 2_000  # the longest list or mapping
    max_string: int = 20_000  # characters in one string
    max_nodes: int = 200_000  # every value in the file, counted through YAML aliases
    max_int_digits: int = 30


PLAN_LIMITS = Limits(max_bytes=4 * 1024 * 1024)
DATA_FILE_LIMITS = Limits(max_bytes=4 * 1024 * 1024)
MAX_PICTURE_BYTES = 20 * 1024 * 1024


def read_bytes(path: Path | str, max_bytes: int, what: str = "file") -> bytes:
    """The whole content of a regular file of at most max_bytes bytes.

    Args:
        path: the file.
        max_bytes: the cap; a longer file is refused after reading max_bytes + 1 bytes.
        what: what the file should be, for messages ('plan file', 'photo').

    Raises:
        FileRefused: missing, a folder, a FIFO or device, unreadable, or too large.
    """
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileRefused(path, _why("missing", what)) from None
    except IsADirectoryError:
        raise FileRefused(path, _why("folder", what)) from None
    except PermissionError:
        raise FileRefused(path, _why("permission", what)) from None
    except OSError as exc:
        raise FileRefused(path, _why("unreadable", what, reason=exc.strerror or exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused(path, _why("folder", what))
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused(path, _why("not-regular", what))
        chunks: list[bytes] = []
        total = 0
        while True:
            try:
                chunk = os.read(fd, min(CHUNK, max_bytes + 1 - total))
            except OSError as exc:
                if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
                    raise FileRefused(path, _why("busy", what)) from None
                raise FileRefused(path, _why("unreadable", what, reason=exc.strerror or exc)) from None
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise FileRefused(path, _why("too-large", what, size=_size(max_bytes)))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _why(key: str, what: str, *, reason: object = "", size: str = "") -> str:
    """Why a file is refused, in the interface language ('what' named in it too)."""
    from rehab_planner.i18n.messages import say  # the messages read their files through here

    try:
        shown = say("datafile.what." + what.replace(" ", "-"))
    except KeyError:
        shown = what
    return say(f"datafile.refused.{key}", what=shown, reason=reason, size=size)


def read_text(path: Path | str, max_bytes: int, what: str = "file") -> str:
    """read_bytes decoded as UTF-8 (a byte-order mark is dropped).

    Raises:
        FileRefused: as read_bytes, or the file is not UTF-8 text.
    """
    data = read_bytes(path, max_bytes, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileRefused(path, _why("not-utf8", what)) from None


def regular_file_or_missing(path: Path | str, what: str = "file") -> None:
    """Refuse a path that exists but is not a regular file (e.g. a database path of /dev/zero).

    Never opens the path, so a FIFO cannot block.

    Raises:
        FileRefused: the path is a folder, device, pipe or socket.
    """
    try:
        info = os.stat(path)
    except OSError:
        return
    if stat.S_ISDIR(info.st_mode):
        raise FileRefused(path, _why("folder", what))
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(path, _why("not-regular", what))


def shape_problem(data: object, limits: Limits) -> str | None:
    """The first way parsed data breaks the limits, as 'where: what', or None when it fits.

    Walks without recursion, so any depth is safe to inspect. Data that fits (nearly always) is
    walked once by a quick pass that keeps no places; only data that breaks a limit is walked
    again to say where (a 10,000-exercise library: 150 ms -> 30 ms; bench/cli_bench.py).
    """
    if _fits(data, limits):
        return None
    return _first_problem(data, limits)


def _fits(data: object, limits: Limits) -> bool:
    """True only when the data keeps every limit (then _first_problem would find nothing).

    Quick because it keeps no places and takes the usual data (text keys; text, numbers, lists and
    mappings) level by level; anything unusual (a key that is not text, a tuple) answers False and
    leaves the judgement to the full walk.
    """
    max_string, max_items, max_nodes = limits.max_string, limits.max_items, limits.max_nodes
    too_big = 10 ** limits.max_int_digits
    if limits.max_depth < 1 or not _scalar_fits(data, max_string, too_big):
        return False
    nodes, depth = 1, 1
    level: list[object] = [data]
    while level:
        deeper: list[object] = []
        for value in level:
            children: Collection[object]
            if type(value) is dict:
                try:
                    if value and max(map(len, value)) > max_string:
                        return False
                except TypeError:  # a key that is not text
                    return False
                children = value.values()
            elif type(value) is list:
                children = value
            elif isinstance(value, dict | list | tuple):
                return False
            else:
                continue
            count = len(children)
            if not count:
                continue
            nodes += count
            if count > max_items or nodes > max_nodes or depth >= limits.max_depth:
                return False
            for child in children:
                kind = type(child)
                if kind is str:
                    if len(child) > max_string:
                        return False
                elif kind is dict or kind is list:
                    deeper.append(child)
                elif kind is float or kind is bool or child is None:
                    continue
                elif kind is int:
                    if not -too_big < child < too_big:
                        return False
                else:
                    return False
        level = deeper
        depth += 1
    return True


def _scalar_fits(value: object, max_string: int, too_big: int) -> bool:
    if isinstance(value, str):
        return len(value) <= max_string
    if isinstance(value, int) and not isinstance(value, bool):
        return abs(value) < too_big
    return True


def _first_problem(data: object, limits: Limits) -> str | None:
    """shape_problem's answer, with the place of the first problem found."""
    nodes = 0
    stack: list[tuple[object, int, str]] = [(data, 1, "")]
    while stack:
        value, depth, where = stack.pop()
        nodes += 1
        if nodes > limits.max_nodes:
            return f"more than {limits.max_nodes:,} values in the file"
        if depth > limits.max_depth:
            return f"{where or 'top'}: nested more than {limits.max_depth} levels deep"
        if isinstance(value, str):
            if len(value) > limits.max_string:
                return f"{where or 'top'}: a text longer than {limits.max_string:,} characters"
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int):
            # compare with a bound rather than str(value): str() of a huge int is itself slow
            if abs(value) >= 10 ** limits.max_int_digits:
                return f"{where or 'top'}: a number with more than {limits.max_int_digits} digits"
        elif isinstance(value, dict):
            if len(value) > limits.max_items:
                return f"{where or 'top'}: more than {limits.max_items:,} entries"
            for key, item in value.items():
                if isinstance(key, str) and len(key) > limits.max_string:
                    return f"{where or 'top'}: a key longer than {limits.max_string:,} characters"
                stack.append((item, depth + 1, f"{where}.{key}" if where else str(key)[:80]))
        elif isinstance(value, list | tuple):
            if len(value) > limits.max_items:
                return f"{where or 'top'}: a list of more than {limits.max_items:,} items"
            for index, item in enumerate(value):
                stack.append((item, depth + 1, f"{where}[{index}]"))
    return None


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):g} MB"
    return f"{count / 1024:g} KB"
