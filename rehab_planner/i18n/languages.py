"""The languages a handout can be printed in."""

from __future__ import annotations

from rehab_planner.errors import RehabError

#: Language code -> its name in that language (what a patient or clinician recognises).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}

#: The language of the source texts, and of every plan that names none.
DEFAULT_LANGUAGE = "en"


def check_language(code: str) -> str:
    """The language code, lower-cased, if the app knows it.

    Raises:
        RehabError: an unknown code (the message lists the known ones).
    """
    value = code.strip().lower()
    if value not in LANGUAGES:
        known = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise RehabError(f"Unknown language '{code}'; choose from: {known}")
    return value


def language_name(code: str) -> str:
    """'Español' for 'es'; the code itself for an unknown one."""
    return LANGUAGES.get(code, code)
