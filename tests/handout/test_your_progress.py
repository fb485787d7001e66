"""'Your progress' in the patient handout: off by default, plain words when chosen, a small plot."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.outcomes.progress_words import load_progress_words, patient_progress
from rehab_planner.readability import PATIENT_GRADE_LIMIT, grade
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.storage.planfile import save_plan
from rehab_planner.visits import Visit, record_measure
from tests.outcomes.factory import demo_patient, tka_plan

SURGERY = dt.date(2026, 9, 1)


def visit(day: int, pain: int, lefs: list[int]) -> Visit:
    return Visit(plan_id="p", date=SURGERY + dt.timedelta(days=day),
                 measures=[record_measure("nprs", [pain]), record_measure("lefs", lefs)])


def test_the_words_say_the_trend_plainly() -> None:
    plan = tka_plan(SURGERY)
    better = patient_progress(plan, [visit(7, 7, [1] * 20), visit(35, 3, [2] * 20)])
    assert better is not None
    assert better.lines == [
        "Here is how you are doing since your first visit on 8 Sep 2026.",
        "Your pain went down. It was 7 out of 10. Now it is 3.",
        "You can do more now. Your leg use score went from 20 to 40. That is a big step.",
    ]
    assert better.plotted is not None and better.plotted.measure.id == "lefs"
    small = patient_progress(plan, [visit(7, 4, [1] * 20), visit(35, 5, [1] * 19 + [2])])
    assert small is not None
    assert small.lines[1] == "Your pain is about the same as at your first visit. It is 5 out of 10."
    assert small.lines[2].startswith("You can do a little more now.")
    worse = patient_progress(plan, [visit(7, 2, [3] * 20), visit(35, 6, [2] * 20)])
    assert worse is not None and "Tell your therapist." in worse.lines[1]
    assert "Talk with your therapist" in worse.lines[2]
    assert patient_progress(plan, [visit(7, 2, [3] * 20)]) is None  # nothing to compare yet


def test_every_progress_sentence_reads_at_grade_6_or_below() -> None:
    words = load_progress_words()
    texts = [words.intro, words.plot_caption, words.plot_title, words.plot_axis,
             *words.pain.model_dump().values(),
             *words.function.model_dump().values()]
    for text in texts:
        filled = (text.replace("{first_date}", "8 Sep").replace("{what}", "leg use")
                  .replace("{first}", "20").replace("{latest}", "40"))
        assert grade(filled) <= PATIENT_GRADE_LIMIT, text


def test_a_broken_words_file_names_the_field(tmp_path: Path) -> None:
    from rehab_planner.errors import DataFileError

    path = tmp_path / "words.yaml"
    path.write_text("schema_version: 1\nwords:\n  heading: Your progress\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"words.yaml: intro: Field required"):
        load_progress_words(path)


def test_render_prints_your_progress_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    with PatientDatabase.open(url) as db:
        plan_id = demo_patient(db, 6, today=dt.date(2026, 12, 1))
        plan, _ = db.load_plan(plan_id)
    plan_file = tmp_path / "plan.json"
    save_plan(plan, plan_file)
    plain, chosen = tmp_path / "plain.pdf", tmp_path / "progress.pdf"
    assert main(["--db", url, "render", str(plan_file), "-o", str(plain)]) == 0
    assert main(["--db", url, "render", str(plan_file), "-o", str(chosen), "--progress"]) == 0
    text_plain = "\n".join(p.extract_text() for p in PdfReader(plain).pages)
    text = "\n".join(p.extract_text() for p in PdfReader(chosen).pages)
    assert "Your progress" not in text_plain
    assert "Your progress" in text and "Your pain went down. It was 7 out of 10. Now it is 5." in text
    assert "Your leg use score went from 44 to 59" in text
    assert "Each dot is one visit." in text and "weeks after surgery" in text
    assert "Your leg use score" in text and "LEFS" not in text.split("Your progress")[1][:400]


def test_the_choice_saved_with_the_plan_prints_your_progress(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehab_planner.storage.planfile import load_plan

    url = f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    with PatientDatabase.open(url) as db:
        plan_id = demo_patient(db, 6, today=dt.date(2026, 12, 1))
        plan, _ = db.load_plan(plan_id)
    plan.settings.print_progress = True
    plan_file = tmp_path / "plan.json"
    save_plan(plan, plan_file)
    assert load_plan(plan_file).settings.print_progress  # kept in the plan file
    out = tmp_path / "chosen.pdf"
    assert main(["--db", url, "render", str(plan_file), "-o", str(out)]) == 0
    assert "Your progress" in "\n".join(p.extract_text() for p in PdfReader(out).pages)
    # With no patient database the handout still prints, without the section, and says why.
    capsys.readouterr()
    bare = tmp_path / "bare.pdf"
    assert main(["render", str(plan_file), "-o", str(bare)]) == 0  # the test's own empty data folder
    assert "'Your progress' left out: there is no patient database yet" in capsys.readouterr().err
    assert "Your progress" not in "\n".join(p.extract_text() for p in PdfReader(bare).pages)
