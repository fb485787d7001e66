"""Handout options and edge cases: names in many scripts, QR codes, changes, logo, files, errors."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from PIL import Image as PILImage

from rehab_planner import paths
from rehab_planner.cli import main
from rehab_planner.errors import RenderError, UnknownExerciseError
from rehab_planner.handout import HandoutContent, HandoutOptions, render_handout, write_handout
from rehab_planner.handout.fonts import missing_characters, register_fonts
from rehab_planner.handout.minutes import daily_minutes
from rehab_planner.model import Category, Patient, Phase, Plan, Prescription
from rehab_planner.safety.rules import exercise_minutes
from rehab_planner.storage.planfile import save_plan
from tests.handout.conftest import PRINTED, make_plan
from tests.handout.pdfread import all_text, page_texts

OPTIONS = HandoutOptions(printed_on=PRINTED)


def small_plan(content: HandoutContent, name: str = "Ольга Иванова") -> Plan:
    """A one-phase plan of three library exercises (no template)."""
    ids = [e.id for e in content.library][:3]
    return Plan(
        patient=Patient(name=name), procedure="Total knee replacement",
        surgery_date=dt.date(2026, 2, 27),
        phases=[Phase(name="First weeks", weeks_from=0, weeks_to=2,
                      prescriptions=[Prescription(exercise_id=i) for i in ids])],
    )


@pytest.mark.parametrize("name", ["José Núñez", "Zoë Łukasiewicz", "Ольга Иванова"])
def test_names_in_latin_and_cyrillic_print_without_warnings(
    content: HandoutContent, name: str
) -> None:
    result = render_handout(small_plan(content, name), OPTIONS, content=content)
    assert result.warnings == []
    for page in page_texts(result.pdf):
        assert name in page


def test_a_character_no_font_has_is_a_warning(content: HandoutContent) -> None:
    result = render_handout(small_plan(content, "Li 李"), OPTIONS, content=content)
    assert len(result.warnings) == 1
    assert "U+674E" in result.warnings[0] and "patient's name" in result.warnings[0]
    register_fonts()
    assert missing_characters("José Łukasz Ольга °·•…") == []


def test_qr_code_only_for_exercises_with_a_video(content: HandoutContent) -> None:
    plan = small_plan(content)
    first = content.library.get(plan.phases[0].prescriptions[0].exercise_id)
    library = content.library.with_exercise(
        first.model_copy(update={"video_url": "https://example.org/videos/one"})
    )
    with_video = HandoutContent(library, content.guidance, content.labels, content.catalogue,
                                content.text)
    caption = content.text.exercise.video
    assert caption not in all_text(render_handout(plan, OPTIONS, content=content).pdf)
    pdf = render_handout(plan, OPTIONS, content=with_video).pdf
    assert all_text(pdf).count(caption) == 1


def test_changes_since_last_visit_are_printed_when_given(content: HandoutContent) -> None:
    plan = small_plan(content)
    heading = content.text.changes.heading
    assert heading not in all_text(render_handout(plan, OPTIONS, content=content).pdf)
    options = HandoutOptions(printed_on=PRINTED, changes=["We added a walking goal."])
    text = all_text(render_handout(plan, options, content=content).pdf)
    assert heading in text and "We added a walking goal." in text


def test_logo_is_drawn_and_a_broken_logo_is_a_warning(content: HandoutContent,
                                                      tmp_path: Path) -> None:
    plan = small_plan(content)
    logo = paths.clinic_pictures_dir() / "logo.png"  # where the photo import puts a logo
    PILImage.new("RGB", (200, 80), "navy").save(logo)
    plan.clinic.name = "Riverside PT"
    plan.clinic.logo = str(logo)
    plain = render_handout(plan, OPTIONS, content=content)
    assert plain.warnings == []
    assert b"/Subtype /Image" in plain.pdf
    plan.clinic.logo = str(tmp_path / "missing.png")
    broken = render_handout(plan, OPTIONS, content=content)
    assert any("logo" in w for w in broken.warnings)
    assert "Riverside PT" in all_text(broken.pdf)


def test_without_the_log(content: HandoutContent) -> None:
    plan = small_plan(content)
    options = HandoutOptions(printed_on=PRINTED, include_log=False)
    text = all_text(render_handout(plan, options, content=content).pdf)
    assert content.text.log.heading not in text


def test_minutes_a_day_is_printed(content: HandoutContent) -> None:
    plan = small_plan(content)
    result = render_handout(plan, OPTIONS, content=content)
    from rehab_planner.handout.context import BuildContext  # noqa: F401  (imports cleanly)

    items = [content.library.get(rx.exercise_id) for rx in plan.phases[0].prescriptions]
    # walks (aerobic) and posture held for minutes are not counted: the sentence says so
    total = sum(exercise_minutes(e.category, e.dosage) for e in items)
    assert any(e.category == Category.AEROBIC for e in items)
    assert total < sum(e.dosage.minutes_a_day() for e in items)
    expected = max(5, round(total / 5) * 5)
    text = all_text(result.pdf)
    assert f"about {expected} minutes a day" in text
    assert "Walks and resting positions are not part of that time" in text
    assert daily_minutes([]).minutes == 5


def test_unknown_exercise_and_page_size_are_clear_errors(content: HandoutContent) -> None:
    plan = small_plan(content)
    plan.phases[0].prescriptions.append(Prescription(exercise_id="no-such-exercise"))
    with pytest.raises(UnknownExerciseError, match="no-such-exercise"):
        render_handout(plan, OPTIONS, content=content)
    with pytest.raises(RenderError, match="legal"):
        render_handout(small_plan(content), HandoutOptions(page_size="legal"), content=content)


def test_write_handout_is_atomic_and_private(content: HandoutContent, tmp_path: Path) -> None:
    target = tmp_path / "handout.pdf"
    target.write_bytes(b"old copy")
    result = write_handout(small_plan(content), target, OPTIONS, content=content)
    assert target.read_bytes() == result.pdf
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    with pytest.raises(RenderError, match="could not write"):
        write_handout(small_plan(content), tmp_path / "nope" / "h.pdf", OPTIONS, content=content)
    assert list(tmp_path.iterdir()) == [target]


def test_cli_render(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan_file = tmp_path / "plan.json"
    save_plan(make_plan("Zoë 李"), plan_file)
    out = tmp_path / "handout.pdf"
    code = main(["render", str(plan_file), "-o", str(out), "--large-print", "--page-size", "a4",
                 "--printed-on", "2026-11-03"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    assert "warning:" in err and "U+674E" in err
    first = page_texts(out.read_bytes())[0]
    assert "Printed on: 3 Nov 2026" in first and "Call (217) 555-0199" in first
    assert main(["render", str(tmp_path / "missing.json"), "-o", str(out)]) == 2
    assert main(["render", str(plan_file), "-o", str(tmp_path / "handout.txt")]) == 2
    assert "must end in .pdf" in capsys.readouterr().err


def test_large_print_letter_prints_every_warning_sign(content: HandoutContent) -> None:
    plan = make_plan()
    result = render_handout(plan, HandoutOptions(large_print=True, printed_on=PRINTED),
                            content=content)
    text = all_text(result.pdf)
    from rehab_planner.guidance import warning_signs_for

    signs = warning_signs_for(plan, content.guidance, content.catalogue)
    for item in [*signs.call_911, *signs.call_surgeon]:
        assert item in text


def test_a_broken_handout_text_file_names_the_section_and_field(tmp_path: Path) -> None:
    import yaml

    from rehab_planner import paths
    from rehab_planner.errors import DataFileError
    from rehab_planner.handout.texts import HANDOUT_TEXT_FILE, load_handout_text

    data = yaml.safe_load((paths.guidance_dir() / HANDOUT_TEXT_FILE).read_text(encoding="utf-8"))
    data["log"]["week_days"] = ["Mon"]
    (tmp_path / HANDOUT_TEXT_FILE).write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(DataFileError) as info:
        load_handout_text(tmp_path)
    assert [(entry, field) for entry, field, _ in info.value.problems] == [("log", "week_days")]
    assert "at least 7" in info.value.problems[0][2]
