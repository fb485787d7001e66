"""The shipped measures load and score as their sources say; broken files and answers fail clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from rehab_planner.errors import DataFilesError
from rehab_planner.outcomes.catalogue import Scoring, load_measures, measure, shipped_measures
from rehab_planner.outcomes.scoring import AnswerError, parse_answers, score

LICENSED = {"odi", "ndi", "dash", "quickdash", "oxford_knee", "oxford_hip", "promis"}


def test_the_shipped_measures_are_the_free_ones_with_sources_and_terms() -> None:
    measures = shipped_measures()
    assert set(measures) == {"nprs", "psfs", "lefs", "koos_jr", "hoos_jr", "groc", "sane"}
    assert not LICENSED & set(measures)
    for m in measures.values():
        assert m.source and m.terms
        assert m.mcid is not None or m.no_mcid_reason


def test_lefs_sums_twenty_items_to_0_80_with_an_mcid_of_9() -> None:
    lefs = measure("lefs")
    assert score(lefs, [4] * 20).score == 80
    assert score(lefs, [0] * 20).score == 0
    assert score(lefs, [3] * 10 + [2] * 10).score == 50
    assert lefs.mcid is not None and lefs.mcid.value == 9


def test_koos_jr_and_hoos_jr_convert_the_raw_sum_through_their_tables() -> None:
    koos, hoos = measure("koos_jr"), measure("hoos_jr")
    assert koos.scoring is Scoring.TABLE
    assert score(koos, [0] * 7).score == 100
    assert score(koos, [4] * 7).score == 0
    assert score(koos, [1] * 7).raw == 7 and score(koos, [1] * 7).score == 68.3
    assert score(hoos, [1] * 6).score == 70.4
    for m in (koos, hoos):
        assert all(a > b for a, b in zip(m.table, m.table[1:], strict=False))  # worse sum, lower score


# Points of the published raw-to-interval tables (Lyman et al. 2016, HSS scoring) that the shipped
# files were checked against; a slip in either file changes one of them.
KOOS_JR_POINTS = {0: 100.0, 1: 91.975, 2: 84.6, 7: 68.284, 14: 52.465, 26: 15.939, 27: 8.291, 28: 0.0}
HOOS_JR_POINTS = {0: 100.0, 1: 92.34, 2: 85.257, 6: 70.426, 12: 52.965, 22: 15.633, 23: 8.104, 24: 0.0}


def test_the_jr_tables_are_the_published_ones_and_say_where_they_were_checked() -> None:
    for measure_id, points in (("koos_jr", KOOS_JR_POINTS), ("hoos_jr", HOOS_JR_POINTS)):
        m = measure(measure_id)
        assert {raw: m.table[raw] for raw in points} == points
        assert m.table_checked and "Lyman" in m.table_source and "agree" in m.table_source
        # The MCIDs of the JR versions could not be confirmed: they stay marked unchecked.
        assert m.mcid is not None and not m.mcid.checked


def test_only_the_mcids_confirmed_in_a_source_are_marked_checked() -> None:
    checked = {mid for mid, m in shipped_measures().items() if m.mcid is not None and m.mcid.checked}
    assert checked == {"nprs", "psfs", "lefs"}
    assert "15928561" in measure("nprs").mcid.source  # type: ignore[union-attr]
    assert "jospt.2014.5248" in measure("psfs").mcid.source  # type: ignore[union-attr]


def test_a_checked_table_must_say_where_it_was_checked(tmp_path: Path) -> None:
    good = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "resources/outcomes/measures/koos_jr.yaml").read_text()
    )
    del good["measure"]["table_source"]
    _write(tmp_path, "koos_jr.yaml", good)
    with pytest.raises(DataFilesError, match="table_source"):
        load_measures(tmp_path)


def test_psfs_averages_the_activities_given() -> None:
    assert score(measure("psfs"), [3, 4, 8, None, None]).score == 5.0
    with pytest.raises(AnswerError, match="at least 1"):
        score(measure("psfs"), [None] * 5)


def test_a_lefs_answer_of_7_is_one_clear_error() -> None:
    with pytest.raises(AnswerError) as err:
        score(measure("lefs"), [7] + [3] * 19)
    assert str(err.value) == (
        "LEFS item 1 (Usual work, housework or school): 7 is not an answer; answers go from 0 to 4"
    )


def test_wrong_count_and_blank_items_are_refused() -> None:
    with pytest.raises(AnswerError, match="20 items; 3 answers"):
        score(measure("lefs"), [1, 2, 3])
    with pytest.raises(AnswerError, match="every item"):
        score(measure("lefs"), [None] + [3] * 19)


def test_groc_goes_from_minus_7_to_plus_7() -> None:
    assert score(measure("groc"), [-7]).score == -7
    with pytest.raises(AnswerError):
        score(measure("groc"), [8])


@given(st.text(max_size=40))
def test_parse_answers_never_crashes(text: str) -> None:
    try:
        answers = parse_answers(text)
    except AnswerError:
        return
    assert all(a is None or isinstance(a, int) for a in answers)


@given(st.lists(st.one_of(st.none(), st.integers(-20, 120)), max_size=25))
def test_any_answers_score_or_fail_clearly(answers: list[int | None]) -> None:
    for m in shipped_measures().values():
        try:
            result = score(m, answers)
        except AnswerError:
            continue
        assert m.score_min <= result.score <= m.score_max


def _write(folder: Path, name: str, data: object) -> None:
    (folder / name).write_text(yaml.safe_dump(data), encoding="utf-8")


def test_a_broken_measure_file_names_file_measure_and_field(tmp_path: Path) -> None:
    good = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "resources/outcomes/measures/lefs.yaml").read_text()
    )
    bad = {"schema_version": 1, "measure": {**good["measure"], "answer_max": "lots"}}
    _write(tmp_path, "lefs.yaml", bad)
    table = {"schema_version": 1, "measure": {**good["measure"], "id": "short", "scoring": "table",
                                              "table": [1.0, 2.0]}}
    _write(tmp_path, "short.yaml", table)
    with pytest.raises(DataFilesError) as err:
        load_measures(tmp_path)
    text = str(err.value)
    assert f"{tmp_path / 'lefs.yaml'}: lefs: answer_max:" in text
    assert "short.yaml: short" in text and "the table needs 81 values" in text


def test_a_measure_without_mcid_must_say_why(tmp_path: Path) -> None:
    good = yaml.safe_load(
        (Path(__file__).resolve().parents[2] / "resources/outcomes/measures/nprs.yaml").read_text()
    )
    del good["measure"]["mcid"]
    _write(tmp_path, "nprs.yaml", good)
    with pytest.raises(DataFilesError, match="no_mcid_reason"):
        load_measures(tmp_path)


_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-200, 200), st.floats(allow_nan=False),
              st.text(max_size=12)),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children,
                                                                        max_size=4),
    max_leaves=12,
)


@given(st.dictionaries(st.sampled_from(["id", "name", "short_name", "better", "scoring", "items",
                                        "answer_min", "answer_max", "score_min", "score_max",
                                        "table", "mcid", "source", "terms", "extra"]),
                       _values, max_size=10))
def test_any_measure_file_loads_or_fails_with_a_named_error(raw: dict[str, object]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.yaml"
        path.write_text(yaml.safe_dump({"schema_version": 1, "measure": raw}), encoding="utf-8")
        try:
            load_measures(Path(folder))
        except DataFilesError as err:
            assert all(line.startswith(str(path)) for line in err.lines())


@given(st.lists(st.one_of(st.none(), st.integers(-2, 12)), max_size=7),
       st.lists(st.text(max_size=90), max_size=7))
def test_psfs_answers_and_names_score_or_fail_clearly(answers: list[int | None], names: list[str]) -> None:
    from rehab_planner.visits import record_measure

    try:
        result = record_measure("psfs", answers, names)
    except AnswerError:
        return
    # Every scored activity has a name, every name a score; the names round-trip through the model.
    assert len(result.activities) == len(result.answers) == 5
    assert all(bool(a.strip()) == (s is not None) for a, s in zip(result.activities, result.answers,
                                                                    strict=True))
    assert type(result).model_validate(result.model_dump()) == result
