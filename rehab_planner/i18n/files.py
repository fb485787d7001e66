"""A language's translation files (resources/i18n/<language>/*.yaml), read as text by path."""

from __future__ import annotations

from pathlib import Path

from rehab_planner import paths
from rehab_planner.datafile import read_yaml
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
    data = read_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(path, [("", "", "the file must hold a mapping of names to texts")])
    if key is not None:
        data = data.get(key) or {}
    else:
        data = {k: v for k, v in data.items() if k != "schema_version"}
    return dict(translation_texts(data))


def read_translation_hashes(path: Path) -> dict[str, str]:
    """Path of each entry of a translation file that keeps an english_hash -> that hash.

    Raises:
        DataFileError: the file is not valid YAML.
    """
    if not path.is_file():
        return {}
    data = read_yaml(path)
    return translation_hashes(data) if isinstance(data, dict) else {}


def unknown_paths(path: Path, translation: dict[str, str], english: set[str]) -> list[str]:
    """The translation's paths that name no English text (typos, or texts the English lost)."""
    return sorted(set(translation) - english)
