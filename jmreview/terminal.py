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
    """A text stream that escapes control characters before they reach a terminal, and names itself in the errors of
    its writes (run 24 A15: `stats > /dev/full` said the database was full)."""

    def __init__(self, stream: TextIO, tty: bool, name: str) -> None:
        self._stream, self._tty, self._name = stream, tty, name

    def write(self, text: str) -> int:
        """Write the text, its control characters escaped on a terminal."""
        try:
            self._stream.write(shown(text) if self._tty else text)
        except OSError as exc:
            exc.filename = exc.filename or self._name
            raise
        return len(text)

    def flush(self) -> None:
        """Flush, naming the stream in an error."""
        try:
            self._stream.flush()
        except OSError as exc:
            exc.filename = exc.filename or self._name
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def guard(stream: TextIO, name: str = "") -> TextIO:
    """The stream itself, or, when it is a terminal or is named, the same stream escaping control characters on a
    terminal and naming itself in its errors."""
    if stream is None:   # started with the stream closed (`>&-`): left as Python leaves it
        return stream
    try:
        tty = stream.isatty()
    except (AttributeError, ValueError, OSError):
        tty = False
    return SafeTerminal(stream, tty, name) if tty or name else stream   # type: ignore[return-value]
