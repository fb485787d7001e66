"""A phase's range limits on the exercise cards, in plain words, in English and Spanish, in this
week's handout and the whole program."""

from __future__ import annotations

from pathlib import Path

import pytest

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.i18n.current import using_language
from rehab_planner.model.range_limit import MOTIONS, Joint, Motion, RangeLimit, joint_motion_key
from rehab_planner.range_text import limit_sentence, load_range_words, range_words_in
from rehab_planner.storage.planfile import load_plan, save_plan
from tests.handout.pdfread import page_texts

HEIGHT = {"en": "Do not lift your arm higher than your shoulder (90°).",
          "es": "No levante el brazo más arriba de la altura del hombro (90°)."}
TURN_20 = {"en": "With your elbow at your side, do not turn your hand out more than 20° from "
                 "straight ahead.",
           "es": "Con el codo junto al cuerpo, no gire la mano hacia afuera más de 20° desde el "
                 "frente."}
TURN_30 = {"en": "do not turn your hand out more than 30° from straight ahead.",
           "es": "no gire la mano hacia afuera más de 30° desde el frente."}


@pytest.fixture(scope="module")
def cuff_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cuff") / "plan.json"
    assert main(["new", "--template", "rotator-cuff-repair", "--patient", "Ann Lee",
                 "--surgery-date", "2026-03-02", "--surgeon-phone", "555-0199",
                 "-o", str(path)]) == 0
    return path


def _render(plan: Path, out: Path, language: str, *extra: str) -> str:
    """The pages after page 1 (the cards); page 1 lists the stages' limits as rules, with their
    dates (tests/handout/test_limit_rules.py)."""
    assert main(["render", str(plan), "-o", str(out), "--accept-findings",
                 "--language", language, *extra]) == 0
    return " ".join(page_texts(out.read_bytes())[1:])


@pytest.mark.parametrize("language", ["en", "es"])
def test_this_weeks_cards_say_how_far(cuff_plan: Path, tmp_path: Path, language: str) -> None:
    # week 4 (23 to 29 Mar 2026): the helped motion stage, limits 90° and 20°
    text = _render(cuff_plan, tmp_path / "week.pdf", language, "--print-date", "2026-03-26")
    assert text.count(HEIGHT[language]) == 2  # table slide, cane forward raise
    assert text.count(TURN_20[language]) == 1  # cane outward turn
    assert TURN_30[language] not in text  # the next stage's limit is not printed this week


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_whole_program_prints_each_stages_limits(cuff_plan: Path, tmp_path: Path,
                                                     language: str) -> None:
    text = _render(cuff_plan, tmp_path / "all.pdf", language, "--whole-program",
                   "--print-date", "2026-03-26")
    assert text.count(HEIGHT[language]) == 2
    assert text.count(TURN_20[language]) == 1
    # the cane outward turn, weeks 6-12 (the side-lying outward turn starts at week 12 since
    # stop 43: its caution says most people start it then)
    assert text.count(TURN_30[language]) == 1


def test_a_plan_without_limits_prints_no_limit_line(cuff_plan: Path, tmp_path: Path) -> None:
    plan = load_plan(cuff_plan)
    for phase in plan.phases:
        phase.range_limits = []
    bare = tmp_path / "bare.json"
    save_plan(plan, bare)
    text = _render(bare, tmp_path / "bare.pdf", "en", "--whole-program")
    assert HEIGHT["en"] not in text and "more than 30°" not in text


@pytest.mark.parametrize(("limit", "en", "es"), [
    (RangeLimit(joint=Joint.HIP, motion=Motion.FLEXION, degrees=90),
     # "when you sit": lying on the back in a heel slide the knee is above the hip (stop 43)
     "Do not bend your hip past a right angle (90°). When you sit, keep your knee lower than "
     "your hip.",
     "No doble la cadera más de un ángulo recto (90°). Al sentarse, mantenga la rodilla más "
     "baja que la cadera."),
    (RangeLimit(joint=Joint.HIP, motion=Motion.INTERNAL_ROTATION, degrees=0),
     "Do not turn your knee or toes in.", "No gire la rodilla ni los dedos del pie hacia adentro."),
    (RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=120, side="left"),
     "Do not lift your left arm in front of you higher than the top of your head (120°).",
     "No levante el brazo izquierdo hacia el frente más alto que su cabeza (120°)."),
    (RangeLimit(joint=Joint.SHOULDER, motion=Motion.FLEXION, degrees=100),
     "Do not lift your arm in front of you more than 100°. At 90° it points straight ahead.",
     "No levante el brazo hacia el frente más de 100°. A 90°, el brazo apunta derecho al frente."),
    (RangeLimit(joint=Joint.KNEE, motion=Motion.FLEXION, degrees=120),
     "Do not bend your knee more than 120°, a little more than when you sit in a chair.",
     "No doble la rodilla más de 120°, un poco más que cuando se sienta en una silla."),
    (RangeLimit(joint=Joint.ANKLE, motion=Motion.DORSIFLEXION, degrees=10),
     "Do not pull your toes up toward you more than a little past where your foot and leg make "
     "an L (10°).",
     "No suba la punta del pie hacia usted más que un poquito después de la forma de L (10°)."),
    (RangeLimit(joint=Joint.KNEE, motion=Motion.FLEXION, degrees=90, side="right"),
     "Do not bend your right knee past a right angle (90°).",
     "No doble la rodilla derecha más de un ángulo recto (90°)."),
])
def test_a_limit_reads_in_plain_words(limit: RangeLimit, en: str, es: str) -> None:
    with using_language("en"):
        assert limit_sentence(limit) == en
    with using_language("es"):
        assert limit_sentence(limit) == es


def test_every_joint_motion_has_words_in_both_languages() -> None:
    keys = {joint_motion_key(j, m) for j, motions in MOTIONS.items() for m in motions}
    english, spanish = range_words_in("en"), range_words_in("es")
    assert set(english.motions) == set(spanish.motions) == keys
    assert english.patient_texts().keys() == spanish.patient_texts().keys()
    for key, text in spanish.patient_texts().items():
        assert text != english.patient_texts()[key], key


def test_a_broken_words_file_names_the_sentence(tmp_path: Path) -> None:
    source = (paths.guidance_dir() / "range-limits.yaml").read_text("utf-8")
    broken = tmp_path / "range-limits.yaml"
    broken.write_text(source.replace("Do not lift your {limb} up in front", "Do not lift your "
                                     "{arm} up in front"), "utf-8")
    with pytest.raises(Exception, match=r"shoulder flexion.none.*placeholder \{arm\}"):
        load_range_words(broken)
