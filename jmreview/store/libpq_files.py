"""libpq's own files (the service file, the password file), refused up front when they are not regular files.

libpq opens and reads a service file before any connect timeout starts: a FIFO waits for a writer for ever, and
/dev/zero is one endless line. Like SQLite's companion files (store/database.py), such a file is named and
nothing is opened. libpq's rules: a service is looked up (when one is named: ``service=`` or PGSERVICE) in
PGSERVICEFILE or ~/.pg_service.conf, then in $PGSYSCONFDIR/pg_service.conf; the password file is ``passfile=``,
PGPASSFILE or ~/.pgpass.
"""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from jmreview.store.pgpass import asked, padded, service_marked, why_none

NO_CONVERSION = re.compile(r"conversion between UTF8 and (\w+) is not supported|\bUTF8\b[\s?]+([A-Z][A-Z0-9_]+)\b[\s?]")
NO_SERVICE = re.compile(r'definition of service "([^"]*)" not found')
KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a device"), (stat.S_ISBLK, "a device"),
         (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
NOT_A_FILE = ("{path} cannot be opened: libpq's {what} {file} is not a regular file ({kind}): libpq would wait "
              "on it or read it without end, so nothing was opened; move it away, or name another with {variable}")


def _home() -> Path | None:
    """The home folder libpq looks in."""
    try:
        return Path.home()
    except (KeyError, RuntimeError):
        return None


def libpq_files(params: dict[str, str]) -> list[tuple[str, Path, str]]:
    """The files libpq may read for a connection with these parameters: (what, file, the variable naming it)."""
    home = _home()
    found: list[tuple[str, Path, str]] = []
    if params.get("service") or os.environ.get("PGSERVICE"):
        user = os.environ.get("PGSERVICEFILE") or (str(home / ".pg_service.conf") if home else "")
        if user:
            found.append(("service file", Path(user), "PGSERVICEFILE"))
        if os.environ.get("PGSYSCONFDIR"):
            found.append(("service file", Path(os.environ["PGSYSCONFDIR"]) / "pg_service.conf", "PGSYSCONFDIR"))
    passfile = params.get("passfile") or os.environ.get("PGPASSFILE") or (str(home / ".pgpass") if home else "")
    if passfile:
        found.append(("password file", Path(passfile), "PGPASSFILE"))
    return found


def not_a_file(params: dict[str, str]) -> dict[str, str] | None:
    """The parameters of the NOT_A_FILE sentence for the first of libpq's files that exists and is not a regular
    file; None when there is none."""
    for what, path, variable in libpq_files(params):
        try:
            mode = os.stat(path).st_mode   # follows links: a link to /dev/zero is /dev/zero
        except OSError:   # none there: libpq goes on without it
            continue
        if not stat.S_ISREG(mode):
            kind = next((name for test, name in KINDS if test(mode)), "special")
            return {"what": what, "file": str(path), "kind": kind, "variable": variable}
    return None


def open_passfile(params: dict[str, str]) -> str | None:
    """The password file when others may read it, which libpq then ignores (it says so only on stderr, which a
    window never shows: run 24 B39); None when it is private, missing or no regular file."""
    for what, path, _variable in libpq_files(params):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            continue
        if what == "password file" and stat.S_ISREG(mode) and mode & 0o077:
            return str(path)
    return None


def garbled(params: dict[str, str], detail: str) -> str | None:
    """What a login refusal a server sent as question marks was (run 35 B28: a Chinese-speaking server started under
    the C locale writes `????:  ??? "nosuch" ???` before a database is chosen): by the name it quotes."""
    words = re.sub(r'"[^"]*"', "", detail)
    if "??" not in detail or re.search(r"[A-Za-z]{3,}", words.replace("Password", "")):
        return None
    if "Password" in words:   # the one English word of the Chinese "password authentication failed" (run 37 B52)
        return "auth_failed"
    quoted = re.findall(r'"([^"]*)"', detail)
    if not quoted:
        return None   # the role's refusals (none such, no login, its connections used up) read alike, and the
    if quoted[0] == params.get("dbname") and quoted[0] != params.get("user"):   # database's (none such, no right to
        return "garbled_db"                                                     # connect): each said (run 37 B53)
    return "garbled_role" if quoted[0] == params.get("user") and quoted[0] != params.get("dbname") else None


def password_said(params: dict[str, str], why: str, detail: str = "", full: str = "") -> tuple[str, dict[str, str]]:
    """The message for a refused login or a missing password, and its parameters: where the wrong password came
    from (run 34 B41, run 35 B7: the address, PGPASSWORD, a service file, the file PGPASSFILE names), or why libpq
    read none (a password file others may read (run 24 B39), one PGPASSFILE names that is not there, one saved
    with a byte-order mark, as Notepad does: run 35 B32, or as UTF-16, or holding no line for this role or this
    host: run 36 B11-B13, or the host of several that asked: run 53 B16, in libpq's `full` message), or why a named
    service was not found (its file saved with a mark: run 36 B25)."""
    why = garbled(params, detail) or why if why == "cannot_open" else why
    if (no_utf8 := NO_CONVERSION.search(detail)) is not None:   # a MULE_INTERNAL database (run 37 B50)
        return "not_unicode", {"file": "", "encoding": no_utf8.group(1) or no_utf8.group(2)}
    if why == "bad_address" and (marked := service_marked(params, [p for w, p, _ in libpq_files(params)
                                                                   if w == "service file"])):
        return "service_bom", marked   # a service file saved with a mark: its first service unread (run 36 B25)
    if why == "bad_address" and (missing := NO_SERVICE.search(detail)):   # the file named (run 51 B16)
        files = [p for w, p, _ in libpq_files(params) if w == "service file"]
        there = [p for p in files if os.path.isfile(p)]
        return ("no_service" if there else "no_service_file"), {
            "service": missing.group(1), "file": "、".join(str(p) for p in (there or files[:1]))}
    named = params.get("passfile") or os.environ.get("PGPASSFILE")
    passfile = next((path for what, path, _ in libpq_files(params) if what == "password file"), None)
    if why == "auth_failed":
        if params.get("password"):
            return "auth_failed_address", {"file": ""}
        if os.environ.get("PGPASSWORD"):
            return "auth_failed_in", {"file": "", "source": "PGPASSWORD"}
        if params.get("service") or os.environ.get("PGSERVICE"):
            return "auth_failed_service", {"file": ""}
        if passfile is not None and (spaces := padded(passfile, params)) is not None:   # (run 41 B13, run 42
            return f"pgpass_{spaces.pop('why')}", spaces   # B40: the line looked right)
        return ("auth_failed_in", {"file": "", "source": named}) if named else ("auth_failed", {"file": ""})
    if why != "no_password" or passfile is None:
        return why, {"file": ""}
    if (shared := open_passfile(params)) is not None:
        return "pgpass_open", {"file": shared}
    if not os.path.exists(passfile):
        return ("pgpass_missing", {"file": str(passfile)}) if named else (why, {"file": ""})
    return why_none(passfile, params, asked(full or detail)) or (why, {"file": ""})   # a mark, UTF-16, no line for this
    # role or this host (the host of several that asked: run 53 B16)

