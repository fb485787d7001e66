"""Picture cues: a few words under a picture, the one thing its look-alike does not do.

Blind reviewers named look-alikes right (standing march, high knee march) but would not bet on
them; the cue ("knees high") is the part of the steps the picture could not say alone.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from rehab_planner import paths
from rehab_planner.errors import DataFileError
from rehab_planner.figures import words as words_module
from rehab_planner.figures.crop import hugs
from rehab_planner.figures.cues import CUE_BAND
from rehab_planner.figures.primitives import Label, Picture, bounds, item_bounds
from rehab_planner.figures.render import BOX_H, BOX_W, render_exercise
from rehab_planner.i18n.current import using_language
from rehab_planner.library import load_library
from rehab_planner.library.loader import validate_library
from tests.figures.cue_items import drawn

# Pairs that blind reviews mixed up most: each side of each pair prints its own cue.
LOOK_ALIKES = [
    ("standing-march", "high-knee-march"),
    ("heel-lower-step-bent", "heel-lower-step-straight"),
    ("heel-raises", "single-leg-heel-raise"),
    ("band-inward-turn", "band-outward-turn"),
    ("abdominal-brace", "thigh-buttock-tighten"),
    ("median-nerve-glide", "radial-nerve-glide"),
    ("heel-raises", "hop-in-place"),  # "both feet" under both read as one exercise (review ZZ)
    ("split-squat", "forward-lunge"),
    ("upper-trap-stretch", "neck-side-bend"),
]

# Words a cue may use that the steps put another way; the steps must still say it like this.
SAID_IN_THE_STEPS = {
    "grapevine-walk": "Cross your other foot",
    "split-squat": "Keep your feet where they are",
    "abdominal-brace": "pull in the muscles",
    "sit-up": "until you sit up",
    "hop-in-place": "a few inches off the floor",
}
LINK_WORDS = {"a", "an", "the", "in", "and", "then", "to", "of", "up", "down", "on", "out", "at", "it"}


def cued(library):  # type: ignore[no-untyped-def]
    return [e for e in library if e.figure is not None and e.figure.cue is not None]


def labels(picture: Picture) -> list[Label]:
    return [i for i in picture.items if isinstance(i, Label)]


def test_the_blind_reviews_weakest_figures_have_cues(library) -> None:  # type: ignore[no-untyped-def]
    assert len(cued(library)) >= 120
    for pair in LOOK_ALIKES:
        cues = [library.get(eid).figure.cue for eid in pair]
        assert None not in cues and cues[0] != cues[1], pair


def test_every_cue_says_what_the_steps_say(library) -> None:  # type: ignore[no-untyped-def]
    words = words_module.figure_words().cues
    for exercise in cued(library):
        text = " ".join([exercise.name, *exercise.steps]).lower()
        if exercise.id in SAID_IN_THE_STEPS:
            assert SAID_IN_THE_STEPS[exercise.id].lower() in text, exercise.id
            continue
        for word in re.findall(r"[a-z0-9]+", words[exercise.figure.cue].lower()):
            if word not in LINK_WORDS:
                assert word[:4] in text, (exercise.id, word)


def test_every_cue_is_printed_by_some_picture(library) -> None:  # type: ignore[no-untyped-def]
    used = {exercise.figure.cue for exercise in cued(library)}
    assert set(words_module.figure_words().cues) == used


def test_the_standing_march_says_it_stays_in_place(library) -> None:  # type: ignore[no-untyped-def]
    march = library.get("standing-march")
    assert "March in place" in march.steps[0]
    assert words_module.figure_words().cues[march.figure.cue] == "march in place"


def test_the_cue_prints_under_the_drawing_at_word_size(library) -> None:  # type: ignore[no-untyped-def]
    from rehab_planner.figures.muscles import WORD_SIZE

    words = words_module.figure_words().cues
    for exercise in cued(library):
        picture = render_exercise(exercise, None, crop=hugs(exercise.figure))
        text = words[exercise.figure.cue]
        [cue] = [label for label in labels(picture) if label.text == text]
        assert cue.size == pytest.approx(WORD_SIZE)
        top = item_bounds(cue)[3]
        drawn = [item_bounds(i) for i in picture.items if not isinstance(i, Label)
                 and item_bounds(i)[1] > CUE_BAND * 0.5]
        # Nothing above the band reaches down into it: the words never cover the body.
        assert all(b[1] >= top - 0.02 for b in drawn), exercise.id
        assert picture.height <= BOX_H + 1e-9 and picture.width == BOX_W


def test_a_cropped_lying_picture_grows_for_its_cue(library) -> None:  # type: ignore[no-untyped-def]
    exercise = library.get("hamstring-set")
    bare = exercise.model_copy(update={"figure": exercise.figure.model_copy(update={"cue": None})})
    with_cue = render_exercise(exercise, None, crop=True)
    without = render_exercise(bare, None, crop=True)
    assert with_cue.height == pytest.approx(without.height + CUE_BAND)


def test_a_numbered_figure_has_one_cue_under_all_its_panels(library) -> None:  # type: ignore[no-untyped-def]
    picture = render_exercise(library.get("heel-and-toe-walk"), None)
    [cue] = [label for label in labels(picture) if label.text == "toes then heels"]
    assert cue.at[0] == pytest.approx(BOX_W / 2)
    assert {"1", "2"} <= {label.text for label in labels(picture)}


def test_spanish_pictures_print_the_spanish_cue(library) -> None:  # type: ignore[no-untyped-def]
    english = words_module.figure_words().cues
    with using_language("es"):
        spanish = words_module.figure_words().cues
        picture = render_exercise(library.get("high-knee-march"), None)
    assert set(spanish) == set(english)
    assert "rodillas altas" in {label.text for label in labels(picture)}
    assert "knees high" not in {label.text for label in labels(picture)}
    for name, text in spanish.items():
        assert len(text) <= words_module.CUE_LETTERS, name


def test_a_cue_too_long_for_the_picture_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = yaml.safe_load(paths.figure_words_file().read_text(encoding="utf-8"))
    source["words"]["cues"]["knees_high"] = "lift both of your knees up high"
    broken = tmp_path / "words.yaml"
    broken.write_text(yaml.safe_dump(source), encoding="utf-8")
    monkeypatch.setattr(paths, "figure_words_file", lambda: broken)
    words_module.clear_cache()
    try:
        with pytest.raises(DataFileError) as err:
            words_module.figure_words()
        assert str(broken) in str(err.value) and "knees_high" in str(err.value)
    finally:
        words_module.clear_cache()


def test_an_unknown_cue_names_the_file_the_exercise_and_the_field(tmp_path: Path) -> None:
    exercise = {
        "id": "heel-slide", "name": "Heel slide", "region": "knee", "category": "range_of_motion",
        "position": "lying_on_back", "equipment": [], "steps": ["Lie on your back."],
        "dosage": {"reps": 10, "times_a_day": 3}, "movements": [],
    }
    (tmp_path / "knee.yaml").write_text(
        yaml.safe_dump({"schema_version": 1, "exercises": [exercise]}), encoding="utf-8")
    (tmp_path / "figures").mkdir()
    figure_file = tmp_path / "figures" / "knee.yaml"
    figure_file.write_text(yaml.safe_dump({"schema_version": 1, "figures": {"heel-slide": {
        "base": "lying_on_back", "end": {"right_knee": 90}, "moving": ["right_leg"],
        "cue": "slide_far"}}}), encoding="utf-8")
    assert validate_library(tmp_path) == [
        f"{figure_file}: heel-slide: cue: no picture cue has this name: slide_far "
        "(resources/figures/words.yaml, cues)"
    ]
    figure_file.write_text(figure_file.read_text(encoding="utf-8").replace("slide_far", "knee_bent"),
                           encoding="utf-8")
    assert validate_library(tmp_path) == []
    assert load_library(tmp_path).get("heel-slide").figure.cue == "knee_bent"


def test_a_picture_can_leave_its_cue_out_for_a_thumbnail(library) -> None:  # type: ignore[no-untyped-def]
    exercise = library.get("high-knee-march")
    full = render_exercise(exercise)
    small = render_exercise(exercise, cue=False)
    assert "knees high" in {label.text for label in labels(full)}
    assert "knees high" not in {label.text for label in labels(small)}
    # Without the band the drawing keeps the whole box.
    assert bounds(small.items)[1] < CUE_BAND < bounds(drawn(full, exercise))[1] + 0.01
