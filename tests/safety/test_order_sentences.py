"""Patient sentences built from an order's values: one test per form, and the data file checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from rehab_planner.errors import DataFileError
from rehab_planner.model import PrecautionSetting
from rehab_planner.order_text import days_words, load_order_texts, order_line
from rehab_planner.precaution_text import weeks_words
from rehab_planner.readability import grade
from rehab_planner.safety.catalogue import catalogue_path, load_catalogue, patient_text

CATALOGUE = load_catalogue()


def say(pid: str, **params: object) -> str:
    return patient_text(CATALOGUE[pid], PrecautionSetting(id=pid, params=params))  # type: ignore[arg-type]


def test_lift_limit_of_zero_says_no_lifting_and_a_number_says_the_number() -> None:
    assert say("lift-limit", lift_limit_lb=0) == "Do not lift anything. Ask for help to carry things."
    assert say("lift-limit", lift_limit_lb=10) == (
        "Do not lift anything heavier than 10 pounds (4.5 kg).")
    assert "push" not in say("lift-limit", lift_limit_lb=10)


def test_lifting_as_tolerated() -> None:
    assert say("lifting-as-tolerated") == "You may lift what feels OK. Start light. Stop if it hurts."


def test_push_and_pull_is_its_own_order() -> None:
    assert say("push-pull-limit", push_pull_limit_lb=5) == (
        "Do not push or pull anything heavier than 5 pounds (2.3 kg).")
    assert say("push-pull-limit", push_pull_limit_lb=0).startswith("Do not push or pull anything,")


def test_overhead_resistance_is_not_overhead_reaching() -> None:
    assert "weight or pull a band" in say("no-overhead-resistance")
    assert "reach up" in say("no-overhead-reach")
    assert "reach" not in say("no-overhead-resistance")


@pytest.mark.parametrize(("params", "expected"), [
    ({}, "Wear your brace whenever you are out of bed. You may take it off in bed. "
         "You may take it off to wash, and for exercises if your therapist says so."),
    ({"device": "neck collar", "wear": "day and night", "in_shower": True},
     "Wear your neck collar day and night, also in bed. Keep it on in the shower too."),
    ({"device": "knee immobilizer", "wear": "at night"},
     "Wear your knee immobilizer at night in bed. You do not need it in the day."),
    ({"device": "knee brace", "wear": "when walking"},
     "Wear your knee brace when you walk. You may take it off to sit or lie down. "
     "You may take it off to wash, and for exercises if your therapist says so."),
])
def test_brace_when_and_where(params: dict[str, object], expected: str) -> None:
    assert say("brace", **params) == expected


@pytest.mark.parametrize("aid", ["crutches", "walker", "cane", "crutches or walker"])
def test_the_walking_aid_is_named(aid: str) -> None:
    for pid in ("wb-non", "wb-toe-touch", "wb-partial"):
        assert say(pid, aid=aid).endswith(f"Use your {aid}.")
    assert f"Use your {aid} until your therapist says" in say("wb-as-tolerated", aid=aid)


def test_weight_bearing_as_tolerated_without_an_aid() -> None:
    text = say("wb-as-tolerated", aid="no aid")
    assert text == ("You may put as much weight on your leg as feels OK. "
                    "You do not need a walker, crutches or a cane.")


def test_partial_weight_bearing_then_more_each_week() -> None:
    assert "Each week" not in say("wb-partial", percent=25)
    assert say("wb-partial", percent=25, add_percent_each_week=25, aid="crutches") == (
        "Put no more than 25% of your weight on your leg that had surgery. Each week, put 25% "
        "more of your weight on it, until you stand on it fully. Use your crutches.")


def test_sling_when_to_wear_it() -> None:
    assert say("shoulder-sling").startswith("Wear your sling day and night")
    assert say("shoulder-sling", wear="out of bed").startswith("Wear your sling when you are up")


def test_defaults_read_as_the_fixed_sentences_of_plan_format_1() -> None:
    """Old plans keep their words: a default order prints what format 1 printed."""
    assert say("wb-non") == ("Do not put any weight on your leg that had surgery. "
                             "Use your crutches or walker.")
    assert say("wb-as-tolerated") == (
        "You may put as much weight on your leg as feels OK. Use your walker or cane until your "
        "therapist says you can stop.")
    assert say("shoulder-sling") == (
        "Wear your sling day and night, also when you sleep. Take it off only to wash, dress and "
        "do your exercises.")


def test_every_sentence_form_is_plain() -> None:
    for pid, precaution in CATALOGUE.items():
        for sentence in precaution.sentences:
            assert grade(sentence.text) <= 6.5, (pid, sentence.text)


def _order_values() -> st.SearchStrategy[tuple[str, dict[str, object]]]:
    def values(pid: str) -> st.SearchStrategy[tuple[str, dict[str, object]]]:
        fields: dict[str, st.SearchStrategy[object]] = {}
        for p in CATALOGUE[pid].parameters:
            if p.choices:
                fields[p.name] = st.sampled_from(p.choices)
            elif isinstance(p.default, bool):
                fields[p.name] = st.booleans()
            else:
                fields[p.name] = st.integers(int(p.minimum or 0), int(p.maximum or 100))
        return st.fixed_dictionaries(fields).map(lambda v: (pid, v))
    return st.sampled_from(sorted(CATALOGUE)).flatmap(values)


@settings(max_examples=150, deadline=None)
@given(_order_values())
def test_any_values_give_a_filled_sentence(case: tuple[str, dict[str, object]]) -> None:
    pid, values = case
    text = say(pid, **values)
    assert text and "{" not in text and "}" not in text
    assert text.endswith((".", '"'))


def test_days_and_the_surgeons_words_print_beside_the_plain_words() -> None:
    order = PrecautionSetting(id="no-bending", weeks_from=0, weeks_to=30 / 7, unit="days",
                              wording="No lumbar flexion x 30 days")
    line = order_line(CATALOGUE["no-bending"], order, lambda o: weeks_words(o, dt.date(2026, 11, 2)))
    assert line == ("Until 2 Dec 2026 (for the first 30 days after surgery): Do not bend forward "
                    "or to the side at "
                    "the waist. Bend your knees and keep your back straight. "
                    'Your surgeon wrote: "No lumbar flexion x 30 days"')
    later = PrecautionSetting(id="no-bending", weeks_from=10 / 7, weeks_to=30 / 7, unit="days")
    assert days_words(later) == "From day 10 to day 30 after surgery"
    assert days_words(PrecautionSetting(id="no-bending", weeks_to=1 / 7, unit="days")) == (
        "For the first day after surgery")
    assert days_words(PrecautionSetting(id="no-bending", weeks_from=2, unit="days")).startswith(
        "From day 14 after surgery")


def _broken_catalogue(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load(catalogue_path().read_text("utf-8"))
    change({p["id"]: p for p in data["precautions"]})
    path = tmp_path / "precautions.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return path


@pytest.mark.parametrize(("change", "field", "reason"), [
    (lambda c: c["brace"]["sentences"][0].update(when={"colour": "red"}),
     "sentences[0].when.colour", "'colour' is not a parameter of 'brace'"),
    (lambda c: c["brace"]["sentences"][0].update(when={"wear": "sometimes"}),
     "sentences[0].when.wear", "wear must be one of"),
    (lambda c: c["lift-limit"]["sentences"][1].update(text="Lift {weight} at most."),
     "sentences[1].text", "placeholder {weight} is not a parameter"),
])
def test_a_broken_sentence_names_entry_and_field(tmp_path: Path, change, field: str,  # type: ignore[no-untyped-def]
                                                 reason: str) -> None:
    with pytest.raises(DataFileError) as caught:
        load_catalogue(_broken_catalogue(tmp_path, change))
    message = str(caught.value)
    assert field in message and reason in message


def test_order_texts_refuse_an_unknown_placeholder(tmp_path: Path) -> None:
    path = tmp_path / "orders.yaml"
    path.write_text(yaml.safe_dump({"schema_version": 1, "texts": {
        "surgeon_wording": "Your surgeon wrote {words}",
        "days": {"first_day": "a", "first_days": "b {end}", "between": "c {start} {end}",
                 "from_day": "d {start}", "until_lifted": "e"},
        "stance": {"operated": "f", "other": "g"},
        "weekly": {"schedule": "h {steps}", "step": "i {percent} {date}", "full": "j {day}"},
        "lift_push_pull": {"nothing": "k", "up_to": "l {pounds} {kg}", "under": "m {pound}"}}}),
        "utf-8")
    with pytest.raises(DataFileError, match=r"surgeon_wording.*\{words\}") as refused:
        load_order_texts(path)
    assert "{day}" in str(refused.value) and "{pound}" in str(refused.value)  # each problem named
    assert load_order_texts().surgeon_wording.count("{wording}") == 1
