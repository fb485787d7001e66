"""Lay one language's texts over English data, field by field, keyed by the same names and ids.

English data (as plain dicts and lists, e.g. a model's model_dump) and a translation file share
their shape: mappings by the same keys, entries with an `id` by that id (the translation may key
them in a mapping), other lists by position. A guidance line ({text: ..., when: ...}) may be
translated by its text alone. Only texts are replaced; conditions, ids and numbers stay English.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from typing import TypeAlias

from rehab_planner.i18n.lookup import TextLookup

Data: TypeAlias = object
#: Decides from a field path (names and ids, no positions) whether a string there is text to
#: translate.
IsText: TypeAlias = Callable[[tuple[str, ...]], bool]

# Fields that are never patient text, in any data file (callers pass only the fields a patient
# reads of a model that holds other strings too, e.g. an exercise's name, steps and notes).
NOT_TEXT = frozenset({
    "id", "when", "unless", "ends", "until_week", "only_for", "while_in_force", "ends_with",
    "starts_after", "forbids",
    "schema_version", "groups",
    "low", "high",
})
#: The key of the hash of the English an entry of a translation file was written for (see
#: rehab_planner.i18n.sources); it is not a text.
HASH_KEY = "english_hash"
HASH_LENGTH = 8


def any_text(names: tuple[str, ...]) -> bool:
    """Every string is text unless a field on its path is one of NOT_TEXT."""
    return not NOT_TEXT.intersection(names)


def _is_line(value: Data) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("text"), str)


def _entries(value: list[object]) -> bool:
    return bool(value) and all(isinstance(v, Mapping) and isinstance(v.get("id"), str)
                               for v in value)


def text_paths(data: Data, path: str = "", names: tuple[str, ...] = (),
               is_text: IsText = any_text) -> Iterator[tuple[str, str]]:
    """(path, text) of every text in the data, with the paths a translation uses."""
    if isinstance(data, str):
        if is_text(names) and path:
            yield path, data
    elif _is_line(data):
        assert isinstance(data, Mapping)
        yield from text_paths(data["text"], path, (*names, "text"), is_text)
    elif isinstance(data, Mapping):
        for key, value in data.items():
            child = f"{path}.{key}" if path else str(key)
            yield from text_paths(value, child, (*names, str(key)), is_text)
    elif isinstance(data, list):
        if _entries(data):
            for entry in data:
                assert isinstance(entry, Mapping)
                child = f"{path}.{entry['id']}" if path else str(entry["id"])
                yield from text_paths(entry, child, names, is_text)
        else:
            for i, value in enumerate(data):
                yield from text_paths(value, f"{path}[{i}]", names, is_text)


def english_hash(data: Data) -> str:
    """The short hash of the English texts in data (a model dump), each with its path."""
    texts = list(text_paths(data))
    digest = hashlib.sha256(json.dumps(texts, ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:HASH_LENGTH]


def _current(lookup: TextLookup, entry: str, data: Data) -> TextLookup:
    """The lookup, without the entry's texts when they were written for other English."""
    written_for = lookup.hashes.get(entry)
    if written_for is None or written_for == english_hash(data):
        return lookup
    return lookup.without_entry(entry)


def translated(data: Data, lookup: TextLookup, prefix: str, path: str = "",
               names: tuple[str, ...] = (), is_text: IsText = any_text) -> Data:
    """A copy of English data with each text replaced by lookup.text(prefix + path, text).

    An entry of the translation that keeps an english_hash other than the hash of the English
    here is stale: its texts are not used (the English prints, marked) and the lookup records it.
    """
    if isinstance(data, str):
        if is_text(names) and path:
            return lookup.text(f"{prefix}{path}", data)
        return data
    if _is_line(data):
        assert isinstance(data, Mapping)
        out = dict(data)
        out["text"] = translated(data["text"], lookup, prefix, path, (*names, "text"), is_text)
        return out
    if isinstance(data, Mapping):
        if lookup.hashes:
            lookup = _current(lookup, f"{prefix}{path}" if path else prefix.rstrip("."), data)
        return {key: translated(value, lookup, prefix, f"{path}.{key}" if path else str(key),
                                (*names, str(key)), is_text)
                for key, value in data.items()}
    if isinstance(data, list):
        if _entries(data):
            return [translated(entry, lookup, prefix,
                               f"{path}.{entry['id']}" if path else str(entry["id"]),
                               names, is_text) for entry in data]
        return [translated(value, lookup, prefix, f"{path}[{i}]", names, is_text)
                for i, value in enumerate(data)]
    return data


def translation_texts(data: Data, path: str = "") -> Iterator[tuple[str, str]]:
    """(path, text) of every text a translation file holds (any string: it has no conditions)."""
    if isinstance(data, str):
        if path:
            yield path, data
    elif _is_line(data):
        assert isinstance(data, Mapping)
        yield path, data["text"]
    elif isinstance(data, Mapping):
        for key, value in data.items():
            if key in ("id", HASH_KEY):
                continue
            yield from translation_texts(value, f"{path}.{key}" if path else str(key))
    elif isinstance(data, list):
        if _entries(data):
            for entry in data:
                assert isinstance(entry, Mapping)
                yield from translation_texts(entry, f"{path}.{entry['id']}" if path
                                             else str(entry["id"]))
        else:
            for i, value in enumerate(data):
                yield from translation_texts(value, f"{path}[{i}]")


def translation_hashes(data: Data, path: str = "") -> dict[str, str]:
    """Path of each mapping of a translation file that keeps an english_hash -> that hash."""
    out: dict[str, str] = {}
    if isinstance(data, Mapping):
        if isinstance(data.get(HASH_KEY), str):
            out[path] = data[HASH_KEY]
        for key, value in data.items():
            if key != HASH_KEY:
                out.update(translation_hashes(value, f"{path}.{key}" if path else str(key)))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            out.update(translation_hashes(value, f"{path}[{i}]"))
    return out
