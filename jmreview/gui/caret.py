"""What the page's caret stands on: the entity under it is the one the entity commands act on."""
from __future__ import annotations

from typing import Any

from jmreview.gui.page_view import PageView
from jmreview.gui.panels import EntitiesPanel
from jmreview.store.models import Entity


def entity_at(file_id: int, pos: int) -> int | None:
    """The entity whose span holds a source offset (inside it before at its edge, the shortest first)."""
    query: Any = Entity.select(Entity.id, Entity.start, Entity.end).where(
        (Entity.file == file_id) & (Entity.start <= pos) & (Entity.end >= pos))
    spans = [(int(i), int(a), int(b)) for i, a, b in query.tuples()]
    spans.sort(key=lambda s: (not s[1] < pos < s[2], s[2] - s[1], s[0]))
    return int(spans[0][0]) if spans else None


def follow_caret(page: PageView, entities: EntitiesPanel, file_id: int | None, chosen: int | None) -> int | None:
    """Choose in the entity list the entity under the caret; returns the row chosen so (None: none).

    A row the caret chose earlier (`chosen`) is let go when the caret leaves it; a row the editor
    chose in the list (the page then shows it selected) stays.
    """
    cursor = page.textCursor()
    if file_id is None or cursor.hasSelection() or not page.lines:
        return chosen
    entity = entity_at(file_id, page.from_qt(cursor.position()))
    row = next((r for r in entities.model.rows if entity in r.ids), None) if entity is not None else None
    if row is not None:
        entities.select_id(row.id, quiet=True)
        return row.id
    if chosen is not None and entities.current_id() == chosen:
        entities.select_id(None, quiet=True)
    return None
