"""The entity spans people deleted, as they stand on the current version of each page.

A file exported before a deletion is no reason to bring the entity back (run 25 A54). A new delivery of the page
keeps the deletion (the suggestion is not made again) but gives the article a new id and the line new offsets, so
the deletion is followed onto the current version: line by line as the two versions align (run 49 A11).
"""
from __future__ import annotations

from typing import Any

from jmreview.analysis.align import align
from jmreview.store.models import Block, EditLog, SourceFile
from jmreview.store.queries import current_versions


def _deleted() -> list[tuple[int, int, int, int, str]]:
    """(file id, article id, start, end, text) of every entity a person deleted, in edits not undone."""
    out = []
    for log in EditLog.select(EditLog.payload).where((EditLog.action == "delete_entity") & ~EditLog.undone):
        payload: Any = log.payload
        steps = payload.get("steps") if isinstance(payload, dict) else None
        for step in steps if isinstance(steps, list) else []:   # a hand-edited row is no reason to stop (r49 A15)
            before = step.get("before") if isinstance(step, dict) else None
            if not isinstance(before, dict) or (step.get("op"), step.get("model")) != ("delete", "Entity"):
                continue
            file_id, article_id, start, end = (before.get(k) for k in ("file_id", "article_id", "start", "end"))
            if isinstance(article_id, int) and isinstance(start, int) and isinstance(end, int):
                out.append((file_id if isinstance(file_id, int) else -1, article_id, start, end,
                            str(before.get("text") or "")))
    return out


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of a page's text: (its first offset, its text)."""
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, line))
        at += len(line) + 1
    return out


class _Forward:
    """Spans of earlier versions mapped onto the current version of their page, each pair of versions aligned once."""

    def __init__(self) -> None:
        self.current = current_versions(copies=False)
        self.texts: dict[int, list[tuple[int, str]]] = {}
        self.pairs: dict[tuple[int, int], dict[int, int]] = {}

    def _text(self, file_id: int) -> list[tuple[int, str]]:
        if file_id not in self.texts:
            found = SourceFile.select(SourceFile.text).where(SourceFile.id == file_id).first()
            self.texts[file_id] = _lines(found.text if found is not None else "")
        return self.texts[file_id]

    def span(self, file_id: int, start: int, end: int, text: str) -> tuple[int, int, int] | None:
        """(current file id, start, end) where a deleted span of an earlier version stands now, or None."""
        new_id = self.current.get(file_id)
        if new_id is None:
            return None
        old, new = self._text(file_id), self._text(new_id)
        if (file_id, new_id) not in self.pairs:
            self.pairs[(file_id, new_id)] = align([t for _, t in old], [t for _, t in new])
        k = next((i for i, (at, t) in enumerate(old) if at <= start and end <= at + len(t)), None)
        j = self.pairs[(file_id, new_id)].get(k) if k is not None else None
        if k is None or j is None:
            return None
        (old_at, old_line), (new_at, new_line) = old[k], new[j]
        here = start - old_at
        if new_line[here:here + end - start] != (text or old_line[here:end - old_at]):   # the line changed there:
            found = [i for i in range(len(new_line)) if text and new_line.startswith(text, i)]   # nearest same text
            if not found:
                return None
            here = min(found, key=lambda i: abs(i - here))
        return new_id, new_at + here, new_at + here + end - start


def removed_by_people() -> dict[int, set[tuple[int, int]]]:
    """The spans of entities a person deleted (an edit not undone), by the article that holds them now."""
    found: dict[int, set[tuple[int, int]]] = {}
    forward: _Forward | None = None
    replaced = {f.id for f in SourceFile.select(SourceFile.id).where(SourceFile.replaced_by.is_null(False)
                                                                     & SourceFile.review_of.is_null())}
    for file_id, article_id, start, end, text in _deleted():
        if file_id not in replaced:   # on the current version, a review copy, or a row naming no file: as it was
            found.setdefault(article_id, set()).add((start, end))
            continue
        forward = forward or _Forward()
        now = forward.span(file_id, start, end, text)
        block = now and Block.select(Block.article).where((Block.file == now[0]) & (Block.start <= now[1])
                                                          & (Block.end >= now[2])).first()
        if now and block is not None and block.article_id is not None:
            found.setdefault(block.article_id, set()).add(now[1:])
    return found
