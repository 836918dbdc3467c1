"""What people decided on earlier versions of pages that no new delivery carried onto the current version.

A new delivery that cannot carry a person's decision leaves it on the old version, which is kept (and says so); a
snapshot (`export --with-source`) holds current versions only, so such decisions are counted for its warning (run
49 A24: the snapshot dropped them without a word, and restoring it lost them). An article a person touched is
carried when the next version has an article of its title with the same marks; then the entity decisions it lacks
are counted; an article not carried counts every mark a person set on it, its status, its lines' marks and its
entity decisions (run 50 A4: only titles and entities were counted, over the whole page).
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict

from jmreview.store.models import database_proxy
from jmreview.store.queries import current_versions

DECIDED_SQL = ("SELECT article_id, simplified, label, status FROM entity WHERE file_id IN ({files}) "
               "AND (status IN ('accepted', 'rejected') OR origin = 'manual')")
ARTICLES_SQL = "SELECT id, file_id, title, manual, status FROM article WHERE file_id IN ({files})"
LINES_SQL = ("SELECT article_id, COUNT(*) FROM block WHERE file_id IN ({files}) AND manual NOT IN ('[]', '') "
             "AND article_id IS NOT NULL GROUP BY article_id")


def _marks(manual: object) -> list[str]:
    """The marks a person set on an article (its entities' mark left out: they are counted one by one; and the mark
    a new delivery sets on what it carried)."""
    try:
        found = json.loads(manual) if isinstance(manual, str) else manual
    except ValueError:
        return []
    return [str(m) for m in found if m not in ("entities", "carried")] if isinstance(found, list) else []


def not_carried() -> int:
    """How many decisions people set on earlier versions the next version did not take over."""
    current = current_versions(copies=False)   # (a version in a ring made by hand leads to no current one)
    nxt = {int(i): int(r) for i, r in database_proxy.execute_sql(
        "SELECT id, replaced_by FROM sourcefile WHERE replaced_by IS NOT NULL").fetchall() if int(i) in current}
    if not nxt:
        return 0
    files = ", ".join(str(f) for f in sorted(set(nxt) | set(nxt.values())))
    decided: dict[int, Counter[tuple[str, str, str]]] = defaultdict(Counter)
    for article, simple, label, status in database_proxy.execute_sql(DECIDED_SQL.format(files=files)):
        decided[article][(simple, label, status)] += 1
    lines = dict(database_proxy.execute_sql(LINES_SQL.format(files=files)).fetchall())
    by_title: dict[tuple[int, str], list[int]] = defaultdict(list)
    old_articles = []
    marks_of: dict[int, list[str]] = {}
    for a_id, file_id, title, manual, status in database_proxy.execute_sql(ARTICLES_SQL.format(files=files)):
        by_title[(file_id, title or "")].append(a_id)
        marks_of[a_id] = sorted(_marks(manual))
        if file_id in nxt and (_marks(manual) or status != "auto" or decided[a_id] or lines.get(a_id)):
            old_articles.append((a_id, file_id, title or "", _marks(manual), status))
    count = 0
    for a_id, file_id, title, marks, status in old_articles:
        twins = [t for t in by_title.get((nxt[file_id], title), []) if marks_of[t] == marks_of[a_id]]
        if twins:
            count += sum((decided[a_id] - sum((decided[t] for t in twins), Counter())).values())
        else:
            count += len(marks) + (status != "auto") + lines.get(a_id, 0) + sum(decided[a_id].values())
    return count
