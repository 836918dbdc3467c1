"""A new delivery of a page that arrived under another name: the page it is, by its name's forms and its text.

A name differs from the page's by case, width or its text ending (run 52 A19, run 54 A35: A01.TXT, A01, A01.txt.txt
as a second A01, every article doubled), or by the marks a copy gets (`A01 (1).txt`, `A01 - 副本.txt`, a sync
tool's conflicting copy: `jmreview.analysis.file_names`), on either side (run 56 A22: `A01.txt` after `A01 (1).txt`
was imported) and in its folder's name too (run 56 A20: an issue unzipped as `2026-01-01 (1)/`). A mark alone proves
nothing — a batch rename numbers different pages `江门日报 (1).txt` … `(5).txt` (run 55 A6, run 56 A16) — so a page
so named is the new file's only when their texts are alike, as a delivery mending some lines is (distinct pages of
the seeds and real pages keep at most 0.31 of their pairs of characters; a mended one about 0.99).
"""
from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from jmreview.analysis.file_names import copy_levels
from jmreview.store.models import SourceFile, database_proxy
from jmreview.store.queries import current_version
from jmreview.workflows.carry_marks import likeness

SAME_PAGE = 0.6     # two texts this alike are one page's deliveries
COMPARED = 60000    # characters of each text compared (a page holds some ten thousand: run 57 A11, a late story
# added at the top, its first 3,000 characters 0.52 alike, the whole 0.90)
MOST = 20           # pages of one name's form in the folder's issue looked at, the newest first


def renamed_twin(name: str, folder: str, text: str = "", anywhere: bool = False) -> SourceFile | None:
    """The current version of the page `name` names in another form, alike in its text (without `text`: by the
    name's case, width and ending only), of the folder's issue (`anywhere`: of any folder). Asked for every new page:
    the names are read once per database connection, then only those added since; at most MOST pages of a form are
    compared (a batch rename's hundred pages)."""
    db = database_proxy.obj
    seen, keys = _NAMES.get(db, (0, {}))
    rows: Any = SourceFile.select(SourceFile.id, SourceFile.name, SourceFile.folder).where(
        (SourceFile.id > seen) & SourceFile.review_of.is_null()).order_by(SourceFile.id).tuples()
    for fid, other, where in rows:
        for level in copy_levels(str(other)):
            keys.setdefault(level, []).append((int(fid), str(other), str(where)))
        seen = max(seen, int(fid))
    _NAMES[db] = (seen, keys)
    levels = copy_levels(name) if text else copy_levels(name)[:1]
    home = copy_levels(folder)[-1] if folder else ""
    best: tuple[float, SourceFile] | None = None
    looked: set[int] = set()
    for level in levels:
        near = [(fid, other, where) for fid, other, where in keys.get(level, [])   # the folder's issue's own (run
                if anywhere or not where or where == folder or copy_levels(where)[-1] == home]   # 57 A9: 25 A01s)
        for fid, other, where in reversed(near[-MOST:]):
            if other == name and where == folder:
                continue
            now = current_version(fid)
            if now is None or now in looked:
                continue
            looked.add(now)
            found = SourceFile.get_or_none(SourceFile.id == now)
            if found is None or found.replaced_by is not None or (found.name == name and found.folder == folder):
                continue
            alike = likeness(text[:COMPARED], found.text[:COMPARED]) if text else 1.0
            if alike >= SAME_PAGE and (best is None or alike > best[0]):
                best = (alike, found)
        if best is not None:   # the nearest form of the name that has one
            return best[1]
    return None


_NAMES: WeakKeyDictionary[Any, tuple[int, dict[str, list[tuple[int, str, str]]]]] = WeakKeyDictionary()
