"""What the command line writes to a terminal: control characters shown, never obeyed.

Titles, names and labels come from files and colleagues; printed raw, an escape sequence in one of them would clear
the screen, recolour it or retitle the terminal window (run 17 B32). Written to a terminal, every control character
but a line end and a tab is shown as an escape (\\x1b), and so are the marks that reorder text (a right-to-left
override); written to a file or a pipe, the text is left as it is.
"""
from __future__ import annotations

import re
from typing import Any, TextIO

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def shown(text: str) -> str:
    """Text with its control characters as visible escapes."""
    return UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str) -> str:
    """A name (a path) on one line: its line breaks, control characters and bytes that were no UTF-8 as escapes, as
    an import shows a file's name (run 23 A43: doctor printed a path with a raw line break)."""
    return "".join(f"\\x{ord(ch) - 0xDC00:02x}" if 0xDC80 <= ord(ch) <= 0xDCFF
                   else ch.encode("unicode_escape").decode("ascii") if ch < " " or "\x7f" <= ch <= "\x9f" else ch
                   for ch in text)


class SafeTerminal:
    """A terminal's text stream that escapes control characters before they reach it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write the text, its control characters escaped."""
        self._stream.write(shown(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard(stream: TextIO) -> TextIO:
    """The stream itself, or, when it is a terminal, the same stream escaping control characters."""
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError, OSError):
        tty = False
    return SafeTerminal(stream) if tty else stream   # type: ignore[return-value]
