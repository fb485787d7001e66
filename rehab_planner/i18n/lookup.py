"""The text for this language, with the English text as the fallback, and a record of fallbacks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from rehab_planner.i18n.languages import DEFAULT_LANGUAGE

#: Put before an English text printed in a handout of another language.
MARK = "[EN] "


@dataclass(frozen=True)
class Fallback:
    """An English text used because the language has no translation for it.

    Attributes:
        where: which text it is, e.g. "topics.yaml: walking.bullets[2]".
        english: the English text that is used instead.
    """

    where: str
    english: str


@dataclass
class TextLookup:
    """Looks texts up in one language's translations and records what fell back to English.

    Attributes:
        language: the language code.
        texts: key -> translated text.
        fallbacks: every lookup that had no translation, in order, each key once.
        hashes: '<file>: <entry path>' -> the hash of the English the entry was written for.
        stale: the entries (same keys) whose English has changed since: their texts are not
            used. In order, each once.
    """

    language: str
    texts: Mapping[str, str] = field(default_factory=dict)
    fallbacks: list[Fallback] = field(default_factory=list)
    hashes: Mapping[str, str] = field(default_factory=dict)
    stale: list[str] = field(default_factory=list)

    def without_entry(self, entry: str) -> TextLookup:
        """This lookup with the texts of a stale entry left out (the English prints, marked).

        The entry is recorded in `stale`; fallbacks and stale entries are shared with this lookup.
        """
        if entry not in self.stale:
            self.stale.append(entry)
        prefix = f"{entry}."
        texts = {k: v for k, v in self.texts.items() if not k.startswith(prefix)}
        return TextLookup(self.language, texts, self.fallbacks, self.hashes, self.stale)

    def text(self, key: str, english: str, *, mark: bool = True) -> str:
        """The translation of the text with this key, or the English text (marked "[EN] ").

        English needs no translation; an empty English text stays empty.

        Args:
            key: where the text is (file and field), the same for every language.
            english: the source text.
            mark: put MARK before an English fallback (False for texts that are not printed).
        """
        if self.language == DEFAULT_LANGUAGE or not english.strip():
            return english
        found = self.texts.get(key)
        if found is not None and found.strip():
            return found
        if all(f.where != key for f in self.fallbacks):
            self.fallbacks.append(Fallback(key, english))
        return f"{MARK}{english}" if mark else english
