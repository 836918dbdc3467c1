"""Passwords in a server address, never shown: a URL's `user:…@` and `password=…`, a libpq `password=…` string.

Hiding errs on the safe side: a password written unencoded with `/`, `?`, `@` or a space in it (common in generated
passwords), a parameter name percent-encoded (`%70assword`, as libpq decodes it), a password given twice — every
form is taken out, and so is each piece of it a driver's message might echo (run 38 B35, B8).
"""
from __future__ import annotations

import re
from urllib.parse import unquote

PASSWORD = re.compile(r"(://[^:/@?]*):[^/?]*@")   # up to the authority's last @, as libpq reads it
USERINFO = re.compile(r"(postgres(?:ql)?://[^:/@?\s]*):(.*)@", re.I)   # up to the last @: `/`, `?`, `@` in it
PORT_ONLY = re.compile(r"postgres(?:ql)?://[^:/@?\s]*:\d*(?:[/?]|$)", re.I)   # host:port, no password
SCHEME = re.compile(r"\s*postgres(?:ql)?://", re.I)
EMBEDDED = re.compile(r"postgres(?:ql)?://[^\s']*", re.I)
QUERY_START = re.compile(r"[?&][\w%.-]+=")
PARAM = re.compile(r"([?&])([^&]*)")
PASSWORD_KEY = re.compile(r"\s*(?!passfile\b)(?:[^=\s]*pass[^=\s]*|pwd)\s*=", re.I)   # (misspelt: run 36 B19)
KV_PASSWORD = re.compile(r"(^|\s)(?!passfile)(?:\w*pass\w*|pwd)\s*=\s*('(?:[^'\\]|\\.)*'|'.*|\S*)", re.I)   # (B19, B20)


def _userinfo(url: str) -> tuple[str, str | None]:
    """The URL without a `user:password@` password, and that password (None: none written)."""
    if PORT_ONLY.match(url):
        return url, None
    query = QUERY_START.search(url)   # a parameter (`?key=`) ends the part a password may be in
    found = USERINFO.match(url[:query.start()] if query else url)
    if found is None:
        return url, None
    return found.group(1) + "@" + url[found.end():], found.group(2)


def _params(text: str) -> tuple[str, list[str]]:
    """Query text without any parameter whose name (percent-decoded) is a password's; the values taken out. A
    parameter with no `=` after a password is taken for the rest of it (an `&` in the password: run 39 B13), and a
    `;` typed for `&` is read as libpq would not, but a password behind it is hidden all the same."""
    values: list[str] = []
    after_password = False

    def drop(m: re.Match[str]) -> str:
        nonlocal after_password
        segment = m.group(2)
        parts = [unquote(part) for part in segment.split(";")]
        found = [part for part in parts if PASSWORD_KEY.match(part)]
        if found or (after_password and "=" not in segment and "%3d" not in segment.lower()):
            values.extend(part.split("=", 1)[1] for part in found)
            values.extend(re.split("=|%3[dD]", part, maxsplit=1)[-1] for part in segment.split(";")
                          if PASSWORD_KEY.match(unquote(part)))
            values.extend([] if found else [unquote(segment)])
            after_password = True
            return m.group(1)
        after_password = False
        return m.group(0)

    text = PARAM.sub(drop, text)
    text = re.sub(r"([?&])&+", r"\1", text)
    return text.rstrip("&?"), values


def _embedded(text: str) -> list[str]:
    """URLs written inside a libpq string or another URL (`dbname=postgresql://…`, which libpq expands: run 39 B13,
    run 41 B6)."""
    outer = SCHEME.match(text)
    return [m.group(0) for m in EMBEDDED.finditer(text, outer.end() if outer else 0)]


def unencoded(url: str) -> str | None:
    """A `/`, `?` or `@` written as it is in a URL's password: libpq ends the address's user part there and misreads
    the rest, echoing pieces of the password in its message (run 41 B6); None when there is none."""
    _, password = _userinfo(url)
    return next((c for c in password or "" if c in "/?@"), None)   # (run 43 B16: an `@` too)


def shown(url: str) -> str:
    """A URL or libpq string as it may be shown or logged: every password left out."""
    text, _password = _userinfo(url)
    if "?" in text:
        head, query = text.split("?", 1)
        query, _values = _params("?" + query)
        text = head + query
    for inner in _embedded(text):
        text = text.replace(inner, shown(inner))
    return KV_PASSWORD.sub("", text).strip()


def secrets_of(url: str) -> list[str]:
    """The passwords written in an address and the pieces a driver's message may echo (`/`, `?`, `@`, space apart)."""
    rest, password = _userinfo(url)
    found = [password] if password else []
    if "?" in rest:
        found += _params("?" + rest.split("?", 1)[1])[1]
    found += [m.group(2).strip("'") for m in KV_PASSWORD.finditer(url)]
    found += [s for inner in _embedded(url) for s in secrets_of(inner)]
    pieces = [p for s in found for p in re.split(r"[/?@\s&;]+", s) if len(p) >= 3]
    return sorted({s for s in found + pieces if s}, key=len, reverse=True)   # the longest first


def without_passwords(text: str) -> str:
    """Text (a traceback, a message) with the password of any ``postgresql://`` URL in it left out."""
    return KV_PASSWORD.sub(r"\1password=…", re.sub(r"postgres(?:ql)?://\S*", lambda m: shown(m.group(0)), text))
