"""Issue 10, item 6: a new version whose lines differ only in spaces or # marks keeps every entity on its text."""
from __future__ import annotations

from pathlib import Path

from jmreview.store import edits
from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.models import Article, Entity, SourceFile
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

PAGE = SEEDS / "001_69ca20e02664ffc6.txt"


def test_item6_entities_follow_their_text_when_spaces_and_marks_change(store: Store, tmp_path: Path) -> None:
    """item 6: spaces inserted before entities and `#` marks added: offsets still point at the entity's text."""
    page = tmp_path / "page.txt"
    original = PAGE.read_text(encoding="utf-8")
    page.write_text(original, encoding="utf-8")
    import_paths(store, [page], workers=1)
    for art in Article.select():
        edits.set_status(store, "甲", art.id, "reviewed")  # every article decided by a person
    Entity.update(status="accepted").execute()
    before = sorted((e.text, e.label) for e in Entity.select())
    assert len(before) > 20
    lines = original.split("\n")
    changed = 0
    for n, line in enumerate(lines):
        if len(line) > 30 and n % 2 == 0:
            lines[n] = "  " + line[:10] + " " + line[10:20] + "\u3000" + line[20:]  # spaces inside the line
            changed += 1
        elif 0 < len(line) <= 30 and n % 3 == 0:
            lines[n] = "## " + line  # a heading mark
            changed += 1
    assert changed > 10
    page.write_text("\n".join(lines), encoding="utf-8")
    report = import_paths(store, [page], workers=1, replace=True)
    assert report.new_versions == ["page.txt"], report.refused
    new = SourceFile.get(SourceFile.replaced_by.is_null())
    moved = list(Entity.select().where(Entity.file == new))
    assert all(new.text[e.start:e.end] == e.text for e in moved), [
        (e.text, new.text[e.start:e.end]) for e in moved if new.text[e.start:e.end] != e.text][:5]
    # every accepted entity is there; one the new version split with a space holds the space too
    accepted = sorted(("".join(e.text.split()), e.label) for e in moved if e.status == "accepted")
    assert accepted == before
    assert not examine(store).problems
