"""Who taught what a new delivery carried: the edit that decided it on an earlier version of the page.

A new delivery makes the page's entities and lines again on the new version, with the marks people set; the
edit log names the rows of the version the person worked on. Without this the lexicon would credit "import"
for every decision a new delivery carried (run 48 A17).
"""
from __future__ import annotations

from jmreview.analysis.blocks import remove_pinyin
from jmreview.analysis.learned import line_key
from jmreview.store.models import database_proxy
from jmreview.store.queries import current_versions

Stamp = tuple[int, str, str]

OLD_DECISIONS_SQL = (
    "SELECT e.id, e.file_id, e.simplified, e.label, e.status FROM entity e JOIN sourcefile f ON f.id = e.file_id "
    "WHERE f.replaced_by IS NOT NULL AND (e.status IN ('accepted', 'rejected') OR e.origin = 'manual')")
OLD_LINES_SQL = (
    "SELECT b.id, b.file_id, f.text, b.start, b.\"end\", b.role, b.article_id FROM block b "
    "JOIN sourcefile f ON f.id = b.file_id WHERE f.replaced_by IS NOT NULL AND ((b.role = 'kicker' AND "
    "b.manual LIKE '%\"role\"%') OR (b.article_id IS NULL AND b.manual LIKE '%\"article\"%'))")


def line_role(text: str, start: int, end: int, role: str, article: int | None) -> tuple[str, str] | None:
    """The lexicon's key for a line a person set: (its text's key, "noise" or its role), or None."""
    key = line_key(remove_pinyin(text[start:end])[0])
    return (key, "noise" if article is None else role) if key else None


def carried_credit(logs: dict[tuple[str, int], Stamp]) -> dict[tuple[object, ...], Stamp]:
    """(current version id, "Entity", simplified, label, status) or (…, "Block", line key, role) → the newest edit
    that decided it on an earlier version of that page."""
    current = current_versions()
    out: dict[tuple[object, ...], Stamp] = {}

    def keep(key: tuple[object, ...], stamp: Stamp | None) -> None:
        if stamp is not None and (key not in out or stamp[0] > out[key][0]):
            out[key] = stamp

    if not current:
        return out
    for e_id, file_id, simple, label, status in database_proxy.execute_sql(OLD_DECISIONS_SQL):
        if file_id in current:
            keep((current[file_id], "Entity", simple, label, status), logs.get(("Entity", e_id)))
    for b_id, file_id, text, start, end, role, article in database_proxy.execute_sql(OLD_LINES_SQL):
        found = line_role(text, start, end, role, article) if file_id in current else None
        if found is not None:
            keep((current[file_id], "Block", *found), logs.get(("Block", b_id)))
    return out
