"""Corrections to entities and labels, each reversible, in one transaction and logged."""
from __future__ import annotations

import re
from typing import Any

from jmreview.analysis.script import to_simplified_aligned
from jmreview.errors import Coded
from jmreview.store.changes import Changes, record
from jmreview.store.database import Store
from jmreview.store.derived import on_its_lines
from jmreview.store.edits import check_version, typed
from jmreview.store.models import Article, Block, Entity, Label, SourceFile, now

LABEL_NAME = re.compile(r"^[A-Z][A-Z0-9_]{1,15}$")
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
HOTKEY = re.compile(r"^[1-9]$")   # pressed with Ctrl (Ctrl+0 is the normal text size)
LABEL_REFUSALS = {   # said in the window's language (Coded): run 29, a hotkey typed as Ctrl+Alt+Q was kept unsaid
    "name": "a label name is 2–16 capital letters, digits or _",
    "color": "a colour is written #rrggbb",
    "hotkey": "a label's hotkey is one digit from 1 to 9 (pressed with Ctrl)",
    "clash": "label {name} already has that name or hotkey",
    "fixed_name": "a label's name cannot change; add a new label instead",
}



def add_entity(store: Store, who: str, article_id: int, start: int, end: int, label: str,
               role: str | None = None) -> int:
    """Label a span of source text in an article (an accepted, manual entity); a labelled span is relabelled."""
    article = Article.get_by_id(article_id)
    source = SourceFile.get_by_id(article.file_id)
    if not 0 <= start < end <= len(source.text):
        raise ValueError("the span is outside the source text")
    _require_label(label)
    text = source.text[start:end]
    with record(store, who, "add_entity", f"{label} {text}") as ch:
        if _label_span(ch, source, article.id, start, end, label) == "added":
            ch.create(Entity, article=article, file=source, start=start, end=end, text=text,
                      simplified=to_simplified_aligned(text), label=label, role=role, origin="manual",
                      status="accepted", created_at=now())
        _decided(ch, article)
    return ch.log_id()


def _label_span(changes: Changes, source: SourceFile, article_id: int, start: int, end: int, label: str) -> str:
    """Give a span one accepted entity with this label: 'relabelled', 'accepted', '' (already so) or 'added' (none yet).

    The first entity on the span keeps it; any other entity on the same span is removed (one entity per span).
    """
    on_span = list(Entity.select().where((Entity.file == source.id) & (Entity.start == start) & (Entity.end == end))
                   .order_by(Entity.id))
    if not on_span:
        return "added"
    keep = on_span[0]
    for extra in on_span[1:]:
        changes.delete(extra)
    done = "relabelled" if keep.label != label else "accepted" if keep.status != "accepted" else ""
    changes.set(keep, label=label, status="accepted", article=article_id)
    return done or ("relabelled" if len(on_span) > 1 else "")


def _decided(changes: Changes, article: Article) -> None:
    """A person decided about this article's entities: touch it and mark it, so automation keeps them."""
    fresh = Article.get_by_id(article.id)
    if "entities" not in fresh.manual:
        changes.set(fresh, manual=sorted({*fresh.manual, "entities"}))
    changes.touch(fresh)


def _require_label(label: str) -> None:
    if not Label.select().where(Label.name == label).exists():
        raise ValueError(f"unknown label {label!r}")


def update_entity(store: Store, who: str, entity_ids: int | list[int], **values: Any) -> int:
    """Change the label, status or role of one entity or of several (one edit); a person's relabel accepts it."""
    ids = [entity_ids] if isinstance(entity_ids, int) else list(entity_ids)
    entities = [Entity.get_by_id(i) for i in ids]
    if "label" in values:
        _require_label(values["label"])
        values.setdefault("status", "accepted")
    if values.get("status", "accepted") not in ("suggested", "accepted", "rejected"):
        raise ValueError(f"unknown status {values['status']!r}")
    summary = f"{entities[0].text} ({entities[0].label}) ×{len(ids)}: {values}"
    with record(store, who, "update_entity", summary) as ch:
        for entity in entities:
            ch.set(entity, **values)
            _decided(ch, Article.get_by_id(entity.article_id))
    return ch.log_id()


def delete_entity(store: Store, who: str, entity_ids: int | list[int]) -> int:
    """Remove one entity or several (one edit)."""
    ids = [entity_ids] if isinstance(entity_ids, int) else list(entity_ids)
    entities = [Entity.get_by_id(i) for i in ids]
    with record(store, who, "delete_entity", f"delete {entities[0].label} {entities[0].text} ×{len(ids)}") as ch:
        for entity in entities:
            _decided(ch, Article.get_by_id(entity.article_id))
            ch.delete(entity)
    return ch.log_id()


def accept_all(store: Store, who: str, article_id: int, expected_version: int | None = None) -> int:
    """Accept every suggested entity on an article's lines (those of a line set to noise are left alone); with
    `expected_version`, only while the article is as the caller showed it."""
    article = Article.get_by_id(article_id)
    with record(store, who, "accept_all", f"《{article.title}》: accept all suggestions") as ch:
        check_version(Article.get_by_id(article_id), expected_version)
        for e in Entity.select().where((Entity.article == article) & (Entity.status == "suggested") & on_its_lines()):
            ch.set(e, status="accepted")
        _decided(ch, article)
    return ch.log_id()


def label_all_occurrences(store: Store, who: str, text: str, label: str, file_id: int | None = None,
                          counts: dict[str, int] | None = None) -> int:
    """Label every occurrence of a string, in Traditional or Simplified form, in a file or the corpus.

    Each occurrence inside an article ends with one accepted entity with this label: added where
    the span had none, relabelled or accepted where it had one. ``counts`` (when given) receives
    how many were added, relabelled and accepted; returns the log id (0 when nothing changed).
    """
    _require_label(label)
    needle = to_simplified_aligned(text.strip())
    if not needle:
        raise ValueError("nothing to label")
    tally = {"added": 0, "relabelled": 0, "accepted": 0}
    files = [SourceFile.get_by_id(file_id)] if file_id else list(SourceFile.select().where(
        SourceFile.replaced_by.is_null() & SourceFile.review_state.not_in(("double", "curating"))))   # reviewed on
    # their copies, or being curated from them: the curator writes the page
    with record(store, who, "label_all", f"{label} {text}: every occurrence") as ch:
        for source in files:
            simple = to_simplified_aligned(source.text)
            blocks = list(Block.select().where((Block.file == source) & Block.article.is_null(False)))
            for match in re.finditer(re.escape(needle), simple):
                start, end = match.start(), match.end()
                owner = next((b for b in blocks if b.start <= start and end <= b.end), None)
                if owner is None:
                    continue
                done = _label_span(ch, source, int(owner.article_id or 0), start, end, label)
                if done == "added":
                    ch.create(Entity, article=owner.article_id, file=source, start=start, end=end,
                              text=source.text[start:end], simplified=needle, label=label, origin="manual",
                              status="accepted", created_at=now())
                if done:
                    tally[done] += 1
                    _decided(ch, Article.get_by_id(owner.article_id))
    if counts is not None:
        counts.update(tally)
    return ch.log_id()


def add_label(store: Store, who: str, name: str, title: str, color: str, hotkey: str | None = None) -> int:
    """Add an entity label (name like 'EVT', a title editors read, a colour, an optional hotkey)."""
    _check_label(name, color, hotkey, None)
    title = typed(title)
    with record(store, who, "add_label", f"label {name} ({title})") as ch:
        ch.create(Label, name=name, title=title, color=color, hotkey=hotkey or None)
    return ch.log_id()


def edit_label(store: Store, who: str, label_id: int, **values: Any) -> int:
    """Change a label's title, colour or hotkey (its name is what entities refer to)."""
    label = Label.get_by_id(label_id)
    if "name" in values:
        raise ValueError(Coded(LABEL_REFUSALS["fixed_name"]))
    _check_label(label.name, values.get("color", label.color), values.get("hotkey", label.hotkey), label.id)
    if "title" in values:
        values["title"] = typed(values["title"])
    with record(store, who, "edit_label", f"label {label.name}: {values}") as ch:
        ch.set(label, **values)
    return ch.log_id()


def _check_label(name: str, color: str, hotkey: str | None, own_id: int | None) -> None:
    if not LABEL_NAME.match(name):
        raise ValueError(Coded(LABEL_REFUSALS["name"]))
    if not COLOR.match(color):
        raise ValueError(Coded(LABEL_REFUSALS["color"]))
    if hotkey is not None and not HOTKEY.match(hotkey):
        raise ValueError(Coded(LABEL_REFUSALS["hotkey"]))
    clash = Label.select().where(((Label.name == name) | ((Label.hotkey == hotkey) & (Label.hotkey.is_null(False))))
                                 & (Label.id != (own_id or 0))).first()
    if clash is not None:
        raise ValueError(Coded(LABEL_REFUSALS["clash"], name=clash.name))
