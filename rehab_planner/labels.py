"""Patient-facing names: category headings, sides, regions, positions and equipment."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, ValidationError

from rehab_planner import paths
from rehab_planner.datafile import Problem, read_yaml, section_problems
from rehab_planner.errors import DataFileError
from rehab_planner.model.base import Model
from rehab_planner.model.vocab import Category, Equipment, Position, Region, Side

LABELS_FILE = "labels.yaml"

class Labels(Model):
    """Patient-facing names of categories, sides, regions, positions and equipment."""

    schema_version: int = Field(default=1, ge=1, le=1)
    categories: dict[Category, str]
    sides: dict[Side, str]
    regions: dict[Region, str]
    positions: dict[Position, str]
    equipment: dict[Equipment, str]


def labels(folder: Path | None = None) -> Labels:
    """Load the patient-facing labels (category headings, sides, vocabulary names).

    Raises:
        DataFileError: a label is missing or the file is broken.
    """
    path = (folder or paths.guidance_dir()) / LABELS_FILE
    try:
        result = Labels.model_validate(read_yaml(path))
    except ValidationError as err:
        raise DataFileError(path, section_problems(err)) from err
    problems: list[Problem] = []
    for section, vocab in (
        ("categories", Category),
        ("sides", Side),
        ("regions", Region),
        ("positions", Position),
        ("equipment", Equipment),
    ):
        have = getattr(result, section)
        for member in vocab:
            if not str(have.get(member, "")).strip():
                problems.append((section, member.value, "no label"))
    if problems:
        raise DataFileError(path, problems)
    return result
