"""procedure-words.yaml: loaded and validated, errors named; any input loads or fails cleanly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rehab_planner.errors import DataFileError
from rehab_planner.guidance import load_guidance
from rehab_planner.procedure_words import PROCEDURE_WORDS_FILE, load_procedure_words

GROUPS = load_guidance().warning_signs.groups
KNOWN = set(GROUPS) | {m for members in GROUPS.values() for m in members}


def test_the_shipped_file_names_only_known_groups() -> None:
    words = load_procedure_words(known=KNOWN)
    assert any(w.text == "fusion" for w in words.words)
    assert words.contradictions


def test_an_unknown_group_is_named_with_file_entry_and_field(tmp_path: Path) -> None:
    (tmp_path / PROCEDURE_WORDS_FILE).write_text(
        "schema_version: 1\nwords:\n  - {text: fusion, only_for: [fusion]}\n"
        "  - {text: new knee, only_for: [kneee]}\n", "utf-8")
    with pytest.raises(DataFileError) as info:
        load_procedure_words(tmp_path, known=KNOWN)
    message = str(info.value)
    assert PROCEDURE_WORDS_FILE in message and "words[1]" in message and "only_for" in message
    assert "'kneee'" in message


def test_a_missing_field_is_named(tmp_path: Path) -> None:
    (tmp_path / PROCEDURE_WORDS_FILE).write_text(
        "schema_version: 1\nwords:\n  - {only_for: [fusion]}\n", "utf-8")
    with pytest.raises(DataFileError, match="text"):
        load_procedure_words(tmp_path)


values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["words", "text", "only_for", "schema_version", "contradictions",
                         "one", "other", "why", "x"]), inner, max_size=4),
    max_leaves=12,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=values)
def test_any_file_loads_or_fails_with_a_named_error(tmp_path: Path, data: object) -> None:
    (tmp_path / PROCEDURE_WORDS_FILE).write_text(yaml.safe_dump(data), "utf-8")
    try:
        words = load_procedure_words(tmp_path, known=KNOWN)
    except DataFileError as exc:
        assert PROCEDURE_WORDS_FILE in str(exc)
        return
    for word in words.words:  # what loads can be searched
        words.foreign(f"After {word.text}.", set())
