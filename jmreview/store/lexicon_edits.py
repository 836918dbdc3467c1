"""Changes to the lexicon made by hand or by an import, each one logged and undoable like any correction."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jmreview.analysis.learned import ENTITY_LABELS, LAYOUT_LABELS, Entry
from jmreview.analysis.script import to_simplified
from jmreview.store.changes import BATCH, Changes, record
from jmreview.store.database import Store
from jmreview.store.models import LexiconEntry, now

LABELS = ENTITY_LABELS + LAYOUT_LABELS



def _check(entry: Entry) -> Entry:
    text = to_simplified(entry.text.strip())
    if not text:
        raise ValueError("a lexicon entry needs a text")
    if entry.label not in LABELS:
        raise ValueError(f"unknown lexicon label {entry.label!r} (one of {', '.join(LABELS)})")
    return Entry(text, entry.label, entry.positive, max(1, int(entry.count)), tuple(entry.editors))


def _hide(ch: Changes, text: str, label: str) -> None:
    """Take a text and label out of the lexicon: its stored rows go, a hidden row covers what is derived."""
    for row in LexiconEntry.select().where((LexiconEntry.text == text) & (LexiconEntry.label == label)):
        if not row.hidden:
            ch.delete(row)
    if not LexiconEntry.select().where((LexiconEntry.text == text) & (LexiconEntry.label == label)
                                       & LexiconEntry.hidden).exists():
        ch.create(LexiconEntry, text=text, label=label, positive=True, count=0, editors=[], last_at=now(),
                  origin="edited", hidden=True)


def _put(ch: Changes, entry: Entry, origin: str) -> None:
    """Store an entry (the only stored row of its text and label)."""
    for row in LexiconEntry.select().where((LexiconEntry.text == entry.text) & (LexiconEntry.label == entry.label)):
        ch.delete(row)
    ch.create(LexiconEntry, text=entry.text, label=entry.label, positive=entry.positive, count=entry.count,
              editors=list(entry.editors), last_at=now(), origin=origin, hidden=False)


def delete_entry(store: Store, who: str, text: str, label: str) -> int:
    """Remove an entry from the lexicon (what is derived stays out until this edit is undone)."""
    with record(store, who, "lexicon_delete", f"lexicon: delete {label} {text}") as ch:
        _hide(ch, text, label)
    return ch.log_id()


def edit_entry(store: Store, who: str, old: tuple[str, str], new: Entry) -> int:
    """Change an entry's text, label, polarity or count: the new one is kept as edited by hand."""
    new = _check(new)
    with record(store, who, "lexicon_edit", f"lexicon: {old[1]} {old[0]} → {new.label} {new.text}") as ch:
        if old != (new.text, new.label):
            _hide(ch, *old)
        _put(ch, Entry(new.text, new.label, new.positive, new.count, new.editors or (who,)), "edited")
    return ch.log_id()


def import_entries(store: Store, who: str, entries: Iterable[Entry], source: str) -> tuple[int, int]:
    """Add another desk's entries (one undoable edit); returns (entries imported, log id)."""
    checked = {(e.text, e.label): e for e in map(_check, entries)}
    texts = sorted({text for text, _label in checked})
    with record(store, who, "lexicon_import", f"lexicon: {len(checked)} entries imported from {source}") as ch:
        stored: list[Any] = [row for start in range(0, len(texts), BATCH) for row in LexiconEntry
                             .select(LexiconEntry.id, LexiconEntry.text, LexiconEntry.label)
                             .where(LexiconEntry.text.in_(texts[start:start + BATCH])).tuples()]
        ch.delete_many(LexiconEntry, [row_id for row_id, text, label in stored if (text, label) in checked])
        at = now()
        ch.create_many(LexiconEntry, [{"text": e.text, "label": e.label, "positive": e.positive, "count": e.count,
                                       "editors": list(e.editors), "last_at": at, "origin": "imported",
                                       "hidden": False} for e in checked.values()])
    return len(checked), ch.log_id()   # (each text and label keeps one stored row: the imported one)
