"""Every MCID says where it comes from. The ones not checked against their paper say what was
searched, and they are marked as unchecked in every place a score is judged: the meaning lines
(which the app repeats word for word), `db measures list` (text and JSON) and the progress report.
The MCIDs that were checked carry no mark."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehab_planner.cli import main
from rehab_planner.outcomes.catalogue import shipped_measures
from rehab_planner.outcomes.meaning import latest_meanings
from rehab_planner.storage.database import PatientDatabase
from rehab_planner.visits.lookup import find_plan_id
from tests.outcomes.factory import tka_plan, weekly_visits

#: The MCIDs no readable source could confirm (see each file's `note` and resources/outcomes/README.md).
UNCHECKED = {"koos_jr", "hoos_jr", "groc"}
#: A piece of each MCID's source, as the report prints it.
SOURCE_PIECES = {"nprs": "Childs JD", "lefs": "Binkley JM", "koos_jr": "Lyman S", "hoos_jr": "Lyman S",
                 "psfs": "jospt.2014.5248", "groc": "Jaeschke R"}
SURGERY = dt.date(2026, 9, 1)


def test_every_mcid_says_where_it_comes_from_and_the_unchecked_ones_what_was_searched() -> None:
    measures = shipped_measures()
    with_mcid = {mid for mid, m in measures.items() if m.mcid is not None}
    assert with_mcid == set(SOURCE_PIECES)
    assert {mid for mid in with_mcid if not measures[mid].mcid.checked} == UNCHECKED  # type: ignore[union-attr]
    for mid in with_mcid:
        mcid = measures[mid].mcid
        assert mcid is not None and SOURCE_PIECES[mid] in mcid.source and mcid.note, mid
        if mid in UNCHECKED:
            # When and what was searched, so the next person does not start from nothing.
            assert "Searched" in mcid.note and "2026-12-04" in mcid.note, mid
            assert "nchecked" in mcid.note, mid


def test_the_terms_of_the_jr_surveys_and_the_psfs_say_where_they_were_read() -> None:
    measures = shipped_measures()
    for mid in ("koos_jr", "hoos_jr"):
        terms = measures[mid].terms
        assert "hss.edu/hoos-jr-koos-jr-outcomes-surveys.asp" in terms and "free to use" in terms, mid
        assert "Lyman" in terms  # the developer whose permission a changed survey needs
    assert "rehabmeasures.org" in measures["psfs"].terms and "free" in measures["psfs"].terms


@pytest.fixture
def url(tmp_path: Path) -> str:
    """A database with a plan whose visits took every measure that has an MCID."""
    url = f"sqlite:///{tmp_path / 'patients.sqlite3'}"
    plan = tka_plan(SURGERY)
    with PatientDatabase.open(url) as db:
        db.save_plan(plan, by="PT Kim", expected_revision=None)
        for visit in weekly_visits(plan, 4):  # NPRS, LEFS, KOOS JR, PSFS; GROC at the 4th visit
            db.save_visit(visit, by="PT Kim")
    first, last = (SURGERY + dt.timedelta(days=d) for d in (5, 26))
    for day, answers in ((first, "3,3,3,3,3,3"), (last, "1,1,1,1,1,1")):
        assert main(["--db", url, "db", "measures", "add", "MRN-1", "hoos_jr", answers,
                     "--date", day.isoformat()]) == 0
    return url


def test_the_unchecked_mark_is_on_exactly_the_unchecked_mcids_in_the_cli(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with PatientDatabase.open(url) as db:
        visits = db.visits(find_plan_id(db, "MRN-1"))
    latest = {m.measure.id: m.describe() for m in latest_meanings(visits)}
    assert set(latest) == set(SOURCE_PIECES)
    for mid, line in latest.items():
        assert line.endswith(", unchecked)") == (mid in UNCHECKED), line

    capsys.readouterr()
    assert main(["--db", url, "db", "measures", "list", "MRN-1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    for line in latest.values():
        assert any(out.endswith(line) for out in lines), line
    assert main(["--db", url, "db", "measures", "list", "MRN-1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["measure"]: r["mcid_checked"] for r in rows} == {
        mid: mid not in UNCHECKED for mid in SOURCE_PIECES}


def test_the_report_prints_every_mcid_source_and_stars_only_the_unchecked(
    url: str, tmp_path: Path
) -> None:
    out = tmp_path / "report.pdf"
    assert main(["--db", url, "report", "MRN-1", "-o", str(out), "--date", "2026-10-01"]) == 0
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    measures = shipped_measures()
    for mid, piece in SOURCE_PIECES.items():
        name = measures[mid].short_name
        assert re.search(rf"{re.escape(name)} MCID: [^*]*?{re.escape(piece)}", text), mid
        mcid = measures[mid].mcid
        assert mcid is not None
        starred = f"{mcid.value:g}*"
        # The MCID column: a star after the value of an unchecked MCID, none after a checked one.
        assert (re.search(rf"\b{re.escape(starred)}", text) is not None) == (mid in UNCHECKED), mid
    assert "* MCID cited from the literature but not yet checked against the paper." in text
