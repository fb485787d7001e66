"""Languages of the patient handout: the languages known, dates and numbers in words, text lookup.

No Qt and no reportlab here: the handout, `check` and the CLI all ask this package.
"""

from rehab_planner.i18n.current import current_language, using_language
from rehab_planner.i18n.languages import DEFAULT_LANGUAGE, LANGUAGES, check_language, language_name
from rehab_planner.i18n.lookup import MARK, Fallback, TextLookup

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "MARK",
    "Fallback",
    "TextLookup",
    "check_language",
    "current_language",
    "language_name",
    "using_language",
]
