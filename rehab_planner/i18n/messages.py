"""The core's messages to the therapist (findings, history lines, errors) in the interface language.

The texts live in resources/messages/<family>.yaml (English) and
resources/i18n/<language>/messages/<family>.yaml (the same keys, the same {placeholders}). The
interface language is one per run of the app: the GUI sets it when it installs its translators;
the CLI and the tests leave it English unless they choose another.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from types import MappingProxyType

from rehab_planner import paths
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, check_language

log = logging.getLogger(__name__)

#: The message files, one per family of messages; a key is '<family>.<name>'.
FAMILIES = ("findings", "wording", "history", "visits", "datafile")

MAX_BYTES = 256 * 1024  # a message file is small; a larger one is a mistake

PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")

# One per process (not a context variable): the app's worker threads check plans and read files
# too, and they must speak the language the window speaks.
_interface = DEFAULT_LANGUAGE


def interface_language() -> str:
    """The language the core writes its messages to the therapist in ('en' unless set)."""
    return _interface


def set_interface_language(code: str) -> str:
    """Write the core's messages in this language from now on; returns the code as known.

    Raises:
        RehabError: an unknown language code.
    """
    global _interface
    _interface = check_language(code)
    return _interface


@contextmanager
def speaking(code: str) -> Iterator[str]:
    """Write the core's messages in this language inside the block (tests, a CLI option).

    Raises:
        RehabError: an unknown language code.
    """
    before = _interface
    try:
        yield set_interface_language(code)
    finally:
        set_interface_language(before)


def message_file(language: str, family: str) -> Path:
    """The file of one family of messages in a language."""
    return paths.messages_dir(language) / f"{family}.yaml"


def read_messages(path: Path) -> dict[str, str]:
    """The texts of one message file, keyed by name.

    Read directly, not through datafile.read_yaml: the file gate's own refusals are messages
    from here, so its failures are told in plain English.

    Raises:
        DataFileError: the file is missing, too large or broken, or a text is not a string.
    """
    import yaml  # here, not at start-up

    try:
        if path.stat().st_size > MAX_BYTES:
            raise DataFileError(path, [("", "", f"larger than {MAX_BYTES // 1024} KB")])
        data = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader",
                                                                 yaml.SafeLoader))
    except OSError as exc:
        raise DataFileError(path, [("", "", f"cannot read the file ({exc.strerror or exc})")]
                            ) from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DataFileError(path, [("", "", f"not valid YAML: {exc}")]) from None
    return _checked(path, data)


def _checked(path: Path, data: object) -> dict[str, str]:
    """The texts of a message file's data: {schema_version: 1, texts: {name: text}}.

    (Checked by hand, not by a pydantic model: the window imports this module before it shows,
    and pydantic loads later.)

    Raises:
        DataFileError: every way the data is not that.
    """
    if not isinstance(data, dict):
        raise DataFileError(path, [("", "", "expected a mapping with schema_version and texts")])
    problems = [("", str(key), "unknown top-level key") for key in data
                if key not in ("schema_version", "texts")]
    if data.get("schema_version", 1) != 1:
        problems.append(("", "schema_version", f"must be 1, found {data['schema_version']!r}"))
    texts = data.get("texts")
    if not isinstance(texts, dict):
        problems.append(("", "texts", "expected a mapping of names to texts"))
        texts = {}
    problems += [("texts", str(key), "must be text") for key, text in texts.items()
                 if not isinstance(key, str) or not isinstance(text, str)]
    if problems:
        raise DataFileError(path, problems)
    return dict(texts)


@cache
def messages(language: str) -> Mapping[str, str]:
    """Every message of a language, '<family>.<name>' -> text; English where it has none.

    A broken translation file does not silence the core: its messages are English, and the
    reason is logged.

    Raises:
        DataFileError: an English message file is broken (the app ships it whole).
    """
    out: dict[str, str] = {}
    for family in FAMILIES:
        texts = read_messages(message_file(DEFAULT_LANGUAGE, family))
        if language != DEFAULT_LANGUAGE:
            try:
                texts.update({k: v for k, v in
                              read_messages(message_file(language, family)).items()
                              if k in texts and v.strip()})
            except DataFileError as err:
                log.warning("%s messages stay English: %s", family, err)
        out.update({f"{family}.{name}": text for name, text in texts.items()})
    return MappingProxyType(out)


def say(key: str, /, lang: str | None = None, **values: object) -> str:
    """The message with this key in the interface language, its {placeholders} filled in.

    Args:
        key: '<family>.<name>', e.g. 'findings.no-figure'.
        lang: write in this language instead of the interface language.
        values: the placeholders' values (numbers and names already written out).

    Raises:
        KeyError: no message has this key (a mistake in the code, caught by the tests).
    """
    text = messages(lang or _interface)[key]
    if not values:
        return text
    return PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values
                           else m.group(0), text)


def placeholders(text: str) -> set[str]:
    """The {placeholder} names a message uses."""
    return set(PLACEHOLDER.findall(text))
