"""The people and places on a plan: patient, clinic, surgeon."""

from __future__ import annotations

import datetime as dt
import unicodedata

from pydantic import Field, field_validator

from rehab_planner.model.base import Model


class Patient(Model):
    """The patient the plan is for."""

    name: str = Field(min_length=1, max_length=120)
    record_number: str | None = Field(default=None, max_length=40)
    date_of_birth: dt.date | None = None
    language: str = Field(default="en", pattern=r"^[a-z]{2}$",
                          description="The language the patient reads: the handout's language")

    @field_validator("name")
    @classmethod
    def _strip(cls, value: str) -> str:
        value = value.strip()
        if not value:
            raise ValueError("the patient's name is empty")
        if any(unicodedata.category(c) == "Cc" for c in value):
            raise ValueError("the patient's name has a line break or another control character")
        return value

    @field_validator("date_of_birth")
    @classmethod
    def _past(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not dt.date(1900, 1, 1) <= value <= dt.date.today():
            raise ValueError(f"date of birth {value.isoformat()} is not a past date after 1900")
        return value


class Clinic(Model):
    """Clinic branding and contacts printed on the handout."""

    name: str = Field(default="", max_length=120)
    address: str = Field(default="", max_length=300)
    phone: str = Field(default="", max_length=40)
    after_hours_phone: str = Field(default="", max_length=40, description="Nights and weekends")
    logo: str | None = Field(default=None, description="Path to a PNG or JPEG logo")


class Surgeon(Model):
    """Who the patient calls with a problem."""

    name: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=40)
