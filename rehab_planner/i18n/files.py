"""A language's translation files (resources/i18n/<language>/*.yaml), read as text by path."""

from __future__ import annotations

from pathlib import Path

from rehab_planner import paths
from rehab_planner.datafile import parse_text, read_data_text, read_yaml
from rehab_planner.errors import DataFileError
from rehab_planner.i18n.languages import check_language
from rehab_planner.i18n.overlay import translation_hashes, translation_texts


def translation_file(language: str, name: str) -> Path:
    """The file translating the English data file `name` into a language."""
    return paths.i18n_dir(check_language(language)) / name


def read_translation(path: Path, key: str | None = None) -> dict[str, str]:
    """path -> text of every text in a translation file (empty when there is no file).

    Args:
        path: the translation file.
        key: read only this top-level entry (e.g. 'topics').

    Raises:
        DataFileError: the file is not valid YAML, or a text is not a string.
    """
    if not path.is_file():
        return {}
    return _texts(path, read_yaml(path), key)


def _texts(path: Path, data: object, key: str | None = None) -> dict[str, str]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(path, [("", "", "the file must hold a mapping of names to texts")])
    if key is not None:
        data = data.get(key) or {}
    else:
        data = {k: v for k, v in data.items() if k != "schema_version"}
    return dict(translation_texts(data))


def read_language_files(files: dict[str, Path]) -> tuple[dict[str, str], dict[str, str]]:
    """'<name>: <path>' -> text, and '<name>: <entry path>' -> english_hash, of the translation
    files by name (a missing file has none).

    Walking every text of the files takes tens of milliseconds (the exercises' file is the
    largest), at each start in another language: the result is kept in the parse cache
    (storage.parse_cache), found by the files' names and texts, so a changed file is read again.

    Raises:
        DataFileError: a file is not valid YAML, or a text is not a string.
    """
    from rehab_planner.storage import parse_cache

    found = {name: read_data_text(path) for name, path in files.items() if path.is_file()}
    key = "\0".join(["translation lookup", *(f"{name}\0{text}" for name, text in found.items())])
    kept = parse_cache.cached(key)
    if _is_lookup(kept):
        return kept["texts"], kept["hashes"]
    texts: dict[str, str] = {}
    hashes: dict[str, str] = {}
    for name, text in found.items():
        path = files[name]
        data = parse_text(path, text)
        texts.update((f"{name}: {k}", v) for k, v in _texts(path, data).items())
        if isinstance(data, dict):
            hashes.update((f"{name}: {k}", v) for k, v in translation_hashes(data).items())
    parse_cache.store(key, {"texts": texts, "hashes": hashes})
    return texts, hashes


def _is_lookup(kept: object) -> bool:
    """True for what read_language_files keeps: two mappings of text to text."""
    return (isinstance(kept, dict) and all(
        isinstance(kept.get(part), dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in kept[part].items())
        for part in ("texts", "hashes")))


def unknown_paths(path: Path, translation: dict[str, str], english: set[str]) -> list[str]:
    """The translation's paths that name no English text (typos, or texts the English lost)."""
    return sorted(set(translation) - english)
