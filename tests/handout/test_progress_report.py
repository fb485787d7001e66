"""The clinician progress report: a real PDF from a real database, read back with pypdf."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics.charts.lineplots import LinePlot

from rehab_planner.cli import main
from rehab_planner.handout.progress_plots import measure_drawing
from rehab_planner.storage.database import PatientDatabase
from tests.outcomes.factory import demo_patient

TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    with PatientDatabase.open(url) as db:
        demo_patient(db, 8, today=TODAY)
    return url


def _text(path: Path) -> tuple[str, int]:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages), len(reader.pages)


def test_the_report_shows_measures_mcid_adherence_criteria_changes_and_plots(
    url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "report.pdf"
    assert main(["--db", url, "report", "MRN-1", "-o", str(out), "--date", TODAY.isoformat(),
                 "--by", "PT Kim"]) == 0
    assert "pages)" in capsys.readouterr().err
    text, pages = _text(out)
    assert 1 <= pages <= 2
    for expected in ("Progress report, 1 Dec 2026", "Ann Lee (record MRN-1)", "Total knee replacement",
                     "Week 8 after surgery", "8 visits", "LEFS (0 to 80, higher is better)",
                     "NPRS (0 to 10, lower is better)", "passes MCID", "Binkley JM",
                     "days a week on average", "Criteria met", "Plan changes since the first version",
                     "Ankle pumps: now 3 sets of 15", "Progress over time", "weeks after surgery",
                     "Surgery", "Home program: days done per week"):
        assert expected in text, expected
    # The activities the patient named on the PSFS, first and latest score.
    assert "Activities the patient chose (PSFS" in text
    assert "Climbing the stairs at home: 2 on" in text and "8 on" in text and "(+6)" in text
    assert "Kneeling in the garden: 1 on" in text
    # The MCIDs not checked against their paper are marked as such.
    assert "not yet checked against the paper" in text
    reader = PdfReader(out)
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)


def test_a_second_report_lists_the_changes_since_the_first(url: str, tmp_path: Path) -> None:
    first, second = tmp_path / "one.pdf", tmp_path / "two.pdf"
    assert main(["--db", url, "report", "MRN-1", "-o", str(first)]) == 0
    assert main(["--db", url, "report", "MRN-1", "-o", str(second)]) == 0
    text, _ = _text(second)
    assert "Plan changes since the last report (revision 2)" in text
    assert "No changes to the plan in this time." in text
    assert main(["--db", url, "report", "MRN-1", "-o", str(second)]) == 2  # no silent overwrite


def test_the_pdf_plot_draws_the_core_series_points(url: str) -> None:
    from rehab_planner.outcomes.series import progress_series

    with PatientDatabase.open(url) as db:
        plan_id = db.search("MRN-1")[0].plan_id
        plan, _ = db.load_plan(plan_id)
        series = progress_series(plan, db.visits(plan_id))
    lefs = series.measure("lefs")
    assert lefs is not None
    drawing = measure_drawing(series, lefs, 250, 160)
    plot = next(c for c in drawing.contents if isinstance(c, LinePlot))
    assert plot.data == [[(p.weeks, p.value) for p in lefs.points]]
    assert len(lefs.points) == 8
