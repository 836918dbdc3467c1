"""Pages whose stored text is no longer the text of the bytes imported (run 45 A18).

Another program may rewrite a page's text in the database (and its entities to match, so no offset is wrong): the
text then no longer encodes to the bytes its sha256 names. doctor names it in its snapshot line; every export says it
too, as it says the rows doctor finds wrong, since it writes that text as it is.
"""
from __future__ import annotations

import hashlib

from jmreview.exchange.json_checks import _encoded, big5_ambiguous
from jmreview.store.models import SourceFile

CHANGED_TEXT = ("file {name}: its stored text is no longer the text of the bytes imported (another program changed "
                "it): restore a backup — a page's text cannot be corrected in the window")


def sources_changed() -> list[str]:
    """A line for each page (not a review copy, whose number is its own) whose text does not match its sha256."""
    found = []
    for f in SourceFile.select(SourceFile.name, SourceFile.folder, SourceFile.text, SourceFile.encoding,
                               SourceFile.sha256).where(SourceFile.review_of.is_null()).order_by(SourceFile.id):
        try:
            candidates = _encoded(f.text, f.encoding)
        except (UnicodeError, LookupError, TypeError):
            candidates = []
        if any(hashlib.sha256(data).hexdigest() == f.sha256 for data in candidates):
            continue
        if f.encoding == "big5" and isinstance(f.text, str) and not big5_ambiguous().isdisjoint(f.text):
            continue   # (bytes two Big5 pairs decode to: not recoverable, not checked)
        found.append(CHANGED_TEXT.format(name=f"{f.folder}/{f.name}" if f.folder else f.name))
    return found
