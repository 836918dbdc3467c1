"""Why libpq read no password from a password file that is there: its lines matched as libpq matches them (run 36).

libpq takes the first line `HOST:PORT:DATABASE:ROLE:PASSWORD` whose first four fields equal the connection's (or are
`*`), the host `localhost` standing for a Unix socket; a line starting with `#` is a comment; `\\` escapes `:` and
`\\`. It reads bytes: a byte-order mark spoils the first line only, and a file saved as UTF-16 holds no line at all.
"""
from __future__ import annotations

import getpass
import os
import re
from pathlib import Path

UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")
UTF8_MARK = b"\xef\xbb\xbf"


ASKED = re.compile(r'server (?:at "([^"]*)"(?: \([^)]*\))?, port (\d+)|on socket "[^"]*\.(\d+)") failed: '
                   r'(?:fe_sendauth: )?no password supplied')   # which of an address's hosts asked (libpq's words)


def asked(detail: str) -> tuple[str, str] | None:
    """The host (`localhost` for a socket) and port that asked for a password, as libpq names them; None: unsaid."""
    found = ASKED.search(detail)
    if found is None:
        return None
    return (found.group(1), found.group(2)) if found.group(2) else ("localhost", found.group(3))


def wanted(params: dict[str, str], at: tuple[str, str] | None = None) -> list[str]:
    """The host, port, database and role libpq looks for in the file, as it fills them in (for the host and port
    that asked, of an address naming several: run 53 B16, a standby promoted, the first host's line said none)."""
    env = os.environ
    host = at[0] if at else (params.get("host") or env.get("PGHOST") or "").split(",")[0]
    if not host or host.startswith(("/", "@")):   # a Unix socket: written `localhost` in the file
        host = "localhost"
    port = at[1] if at else (params.get("port") or env.get("PGPORT") or "5432").split(",")[0]
    try:
        login = getpass.getuser()
    except (KeyError, OSError):
        login = ""
    user = params.get("user") or env.get("PGUSER") or login
    return [host, port, params.get("dbname") or env.get("PGDATABASE") or user, user]


def fields(line: str) -> list[str] | None:
    """A line's five fields (backslash escapes undone), or None for a comment or a line of fewer."""
    if line.startswith("#"):
        return None
    out: list[str] = []
    field, escaped = "", False
    for char in line:
        if escaped:
            field, escaped = field + char, False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(out) < 4:
            out, field = [*out, field], ""
        else:
            field += char
    return [*out, field] if len(out) == 4 else None


def _fits(line: list[str], want: list[str]) -> bool:
    """True when the line's first four fields match the connection's."""
    return all(have in ("*", need) for have, need in zip(line[:4], want))


def why_none(path: Path, params: dict[str, str],
             at: tuple[str, str] | None = None) -> tuple[str, dict[str, str]] | None:
    """Why the password file at `path` gave no password to the host and port `at` (the first of the address when
    unsaid): a message name and its parameters. None when a line fits (its password then empty, or refused) or the
    file cannot be read."""
    try:
        data = path.read_bytes()[:1_000_000]
    except OSError:
        return None
    if data.startswith(UTF16_MARKS):
        return "pgpass_utf16", {"file": str(path)}
    want = wanted(params, at)
    lines = data.decode("utf-8", errors="replace").splitlines()
    parsed = [fields(line) for line in lines]
    if data.startswith(UTF8_MARK):   # the mark spoils the first line for libpq: said when that line was meant
        first = fields(lines[0][1:]) if lines else None
        if first is not None and _fits(first, want):
            return "pgpass_bom", {"file": str(path)}
        parsed = parsed[1:]
    lines_here = [line for line in parsed if line is not None]
    if any(_fits(line, want) for line in lines_here):
        return None
    ours = f"{want[0]}:{want[1]}/{want[2]}"
    same_role = [line for line in lines_here if line[3] in ("*", want[3])]
    if same_role:
        line = same_role[0]
        theirs = f"{line[0]}:{line[1]}/{line[2]}"
        why = "pgpass_elsewhere" if line[0] not in ("*", want[0]) else "pgpass_other_port"   # (run 37 B11: a port
        return why, {"file": str(path), "role": want[3], "ours": ours, "theirs": theirs}    # told as localhost)
    return "pgpass_no_line", {"file": str(path), "role": want[3], "ours": ours}


def padded(path: Path, params: dict[str, str]) -> dict[str, str] | None:
    """What is wrong with the password of the line libpq takes, which looks right on screen (None: nothing seen, or
    no line): white space at its end, which libpq keeps in it (run 41 B13); a `:` or `\\` not escaped (run 42 B40)."""
    try:
        lines = path.read_bytes()[:1_000_000].decode("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    want = wanted(params)
    raw = next((text for text in lines if (f := fields(text)) is not None and _fits(f, want)), None)
    line = fields(raw) if raw is not None else None
    if raw is None or line is None:
        return None
    written = _after_fourth(raw)
    if _unescaped(written):   # libpq reads `\` as an escape, and ends the password at a `:` (run 42 B40)
        return {"file": str(path), "why": "escape"}
    if line[4] == line[4].rstrip():
        return None
    return {"file": str(path), "n": str(len(line[4]) - len(line[4].rstrip())), "why": "spaces"}


def _unescaped(written: str) -> bool:
    """True when a password as written holds a `:` not escaped, or a `\\` escaping neither `\\` nor `:`."""
    k = 0
    while k < len(written):
        if written[k] == ":" or (written[k] == "\\" and written[k + 1:k + 2] not in ("\\", ":")):
            return True
        k += 2 if written[k] == "\\" else 1
    return False


def _after_fourth(text: str) -> str:
    """A line's text after its fourth `:` not escaped: the password as written."""
    seen, escaped = 0, False
    for k, char in enumerate(text):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            seen += 1
            if seen == 4:
                return text[k + 1:]
    return ""


def service_marked(params: dict[str, str], files: list[Path]) -> dict[str, str] | None:
    """The service file libpq could not read a named service from because of a byte-order mark (or UTF-16), or
    None."""
    service = params.get("service") or os.environ.get("PGSERVICE")
    for path in files if service else []:
        try:
            data = path.read_bytes()[:1_000_000]
        except OSError:
            continue
        first = data[3:].decode("utf-8", errors="replace").lstrip().split("\n", 1)[0].strip()
        if data.startswith(UTF16_MARKS) or (data.startswith(UTF8_MARK) and first == f"[{service}]"):
            return {"file": str(path), "kind": "UTF-16" if data.startswith(UTF16_MARKS) else "UTF-8"}
    return None
