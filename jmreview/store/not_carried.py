"""What people decided on earlier versions of pages that no new delivery carried onto the current version.

A new delivery that cannot carry a person's decision leaves it on the old version, which is kept (and says so); a
snapshot (`export --with-source`) holds current versions only, so such decisions are counted for its warning (run
49 A24: the snapshot dropped them without a word, and restoring it lost them).
"""
from __future__ import annotations

from collections import defaultdict

from jmreview.store.lexicon_credit import current_versions
from jmreview.store.models import database_proxy

DECIDED_SQL = ("SELECT file_id, simplified, label, status FROM entity "
               "WHERE status IN ('accepted', 'rejected') OR origin = 'manual'")
TITLES_SQL = "SELECT file_id, title, manual FROM article"


def not_carried() -> int:
    """How many entity decisions and titles people set on earlier versions the next version did not take over."""
    current = current_versions(copies=False)   # (a version in a ring made by hand leads to no current one: left out)
    nxt = {int(i): int(r) for i, r in database_proxy.execute_sql(
        "SELECT id, replaced_by FROM sourcefile WHERE replaced_by IS NOT NULL").fetchall() if int(i) in current}
    if not nxt:
        return 0
    wanted = set(nxt) | set(nxt.values())
    entities: dict[int, set[tuple[str, str, str]]] = defaultdict(set)
    for file_id, simple, label, status in database_proxy.execute_sql(DECIDED_SQL):
        if file_id in wanted:
            entities[file_id].add((simple, label, status))
    titles: dict[int, set[str]] = defaultdict(set)   # every title of a version
    set_by_people: dict[int, set[str]] = defaultdict(set)   # those a person set
    for file_id, title, manual in database_proxy.execute_sql(TITLES_SQL):
        if file_id in wanted:
            titles[file_id].add(title or "")
            if "title" in str(manual or ""):
                set_by_people[file_id].add(title or "")
    return sum(len(entities[old] - entities[new]) + len(set_by_people[old] - titles[new]) for old, new in nxt.items())
