"""fold: the quick way for plain ASCII text gives what the full Unicode way gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.text import fold


def _fold_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return plain.replace("-", " ").replace("_", " ")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_text_folds_as_unicode_text_does(text: str) -> None:
    assert fold(text) == _fold_the_long_way(text)


@given(st.text())
def test_any_text_folds_as_before(text: str) -> None:
    assert fold(text) == _fold_the_long_way(text)


def test_examples() -> None:
    assert fold("Núñez-Díaz") == "nunez diaz"
    assert fold("Heel_Slide-Long") == "heel slide long"
    assert fold("STRASSE Straße") == "strasse strasse"
