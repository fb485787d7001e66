"""Reading ease of Spanish text: Fernández-Huerta, with a simple Spanish syllable counter.

L = 206.84 - 60 S - 1.02 W, where S is syllables per word and W words per sentence (Fernández
Huerta 1959, the Spanish form of Flesch reading ease; written as 0.60 P with P syllables per 100
words). Its sentence term is often printed as "sentences per 100 words", which would make shorter
sentences score lower; like textstat, this uses words per sentence, as Flesch does. 70 and above
reads as "bastante fácil" (fairly easy) or easier.
"""

from __future__ import annotations

import re

from rehab_planner.readability import prepare

#: The handout's floor for every Spanish text.
SPANISH_EASE_FLOOR = 70.0

_STRONG = set("aeoáéó")  # open vowels; two of them side by side are two syllables (hiatus)
_WEAK = set("iuü")  # closed vowels without an accent glide into a diphthong
_VOWELS = _STRONG | _WEAK | set("íú")  # í and ú carry the stress: a syllable of their own
_WORD = re.compile(r"[a-záéíóúüñ]+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?:;]+")


def syllables(word: str) -> int:
    """Syllables of one Spanish word, by its vowel nuclei (at least 1).

    Diphthongs and triphthongs (weak + vowel, vowel + weak) make one syllable; two open vowels
    (ae, eo, oa ...) and a stressed í or ú beside another vowel make two (hiatus). A final y after
    a vowel (hoy, muy) is part of that syllable. The silent u of que, qui, gue, gui joins the next
    vowel as a diphthong would, so it adds nothing.
    """
    word = word.lower()
    count = 0
    previous = ""
    for char in word:
        if char not in _VOWELS:
            previous = ""
            continue
        if not previous:
            count += 1
        elif (previous in _STRONG and char in _STRONG) or char in "íú" or previous in "íú":
            count += 1  # hiatus
        previous = char
    return max(count, 1)


def words(text: str) -> list[str]:
    """The words of a text (numbers and signs left out)."""
    return _WORD.findall(text)


def sentence_count(text: str) -> int:
    """Sentences: runs of ., !, ?, : or ; (at least 1 for a text with words)."""
    found = len([m for m in _SENTENCE_END.finditer(text)])
    return max(found, 1)


def fernandez_huerta(text: str) -> float:
    """The Fernández-Huerta reading ease of a Spanish text (higher is easier; 100 for no words).

    Placeholders count as a short number and every line as a sentence, as in the English check.
    """
    prepared = prepare(text)
    found = words(prepared)
    if not found:
        return 100.0
    per_word = sum(syllables(w) for w in found) / len(found)
    per_sentence = len(found) / sentence_count(prepared)
    return 206.84 - 60.0 * per_word - 1.02 * per_sentence
