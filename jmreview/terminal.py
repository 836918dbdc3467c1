"""What the command line writes to a terminal: control characters shown, never obeyed.

Titles, names and labels come from files and colleagues; printed raw, an escape sequence in one of them would clear
the screen, recolour it or retitle the terminal window (run 17 B32). Every control character but a line end and a
tab is shown as an escape (\\x1b), and so are the marks that reorder text (a right-to-left override) — on a terminal,
and in a pipe or a log file too, which a terminal shows later (run 26 A26: a refusal written to a log held a title's
raw escapes). What the command line writes as text is for people; a corpus on standard output (`export -o -`) is
written as bytes, past this.
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
    """A text stream that escapes control characters before they are written, and names itself in the errors of its
    writes (run 24 A15: `stats > /dev/full` said the database was full)."""

    def __init__(self, stream: TextIO, name: str) -> None:
        self._stream, self._name = stream, name

    def write(self, text: str) -> int:
        """Write the text, its control characters escaped."""
        try:
            self._stream.write(shown(text))
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
    """The stream, escaping control characters and naming itself in its errors."""
    if stream is None:   # started with the stream closed (`>&-`): left as Python leaves it
        return stream
    return SafeTerminal(stream, name)   # type: ignore[return-value]
