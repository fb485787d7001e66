"""Text from plans and the database made safe to print on a terminal: no escapes, no bidi tricks.

A patient name or plan id comes from files and databases other people wrote. Printed raw, an
escape sequence could recolour or rewrite the terminal and a right-to-left override could make
one id look like another; shown() prints such characters as visible escapes (\\x1b, \\u202e).
"""

from __future__ import annotations

import unicodedata

# Categories printed as escapes: controls, format characters (bidi overrides, zero-width joiners
# and marks), surrogates, private use, unassigned; and line and paragraph separators.
_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _escape(char: str) -> str:
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def shown(text: str) -> str:
    """The text with every control, format or invisible separator character shown escaped.

    Ordinary letters of every script (accents, Arabic, Chinese) are kept as they are.
    """
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _HIDDEN else c for c in text)


def shown_lines(text: str) -> str:
    """shown() line by line: the text's own line breaks are kept, every other control escaped."""
    return "\n".join(shown(line) for line in text.split("\n"))
