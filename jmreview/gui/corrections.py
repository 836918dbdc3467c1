"""What each correction command does: read the selection, run the core edit through the session."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from jmreview.analysis.rules import dedupe_key
from jmreview.gui import navigation
from jmreview.gui.host import WindowHost
from jmreview.gui.labels_dialog import choose_label
from jmreview.gui.page_view import ROLE_MARKS
from jmreview.gui.store_messages import user_message
from jmreview.gui.table_models import STATUS_TITLES
from jmreview.store import edits, entity_edits
from jmreview.store.changes import EditConflict
from jmreview.store.models import Article, Block, Entity
from jmreview.store.queries import block_display
from jmreview.store.view_rows import BlockRow


def tr(text: str) -> str:
    """Translate a string of the corrections."""
    return QCoreApplication.translate("Corrections", text)


def shown(row: BlockRow) -> edits.Seen:
    """What the page showed of a block: a correction is refused when the block changed since."""
    return {"article_id": row.article_id, "role": row.role, "joins_previous": row.joins_previous,
            "duplicate_of": row.duplicate_of}


class Corrections:
    """The correction commands of one window."""

    def __init__(self, window: WindowHost) -> None:
        self.w = window
        self.session = window.session

    # -- selection helpers -------------------------------------------------------------
    def block(self) -> BlockRow | None:
        """The block under the page cursor, or a message when there is none."""
        row = self.w.page.current_block()
        if row is None:
            self.w.say(tr("Put the cursor on a line of the page first."))
        return row

    def selected_blocks(self) -> list[BlockRow]:
        """Blocks touched by the page selection (or the one under the cursor)."""
        span = self.w.page.selected_span()
        if span is None:
            row = self.w.page.current_block()
            return [row] if row else []
        return sorted((r for r in self.w.page.rows_by_line.values() if r.start < span[1] and r.end > span[0]),
                      key=lambda r: r.line)

    # -- blocks ------------------------------------------------------------------------
    def set_role(self, role: str) -> None:
        """Give the selected lines (or the one under the cursor) a role."""
        rows = self.selected_blocks()
        if not rows:
            self.block()  # says where to put the cursor
            return
        role_name = QCoreApplication.translate("PageView", ROLE_MARKS.get(role, role))
        what = tr("Line {n}: role {role}").format(n=rows[0].line, role=role_name) if len(rows) == 1 else \
            tr("Lines {a}–{b}: role {role}").format(a=rows[0].line, b=rows[-1].line, role=role_name)
        self.session.apply(what, edits.set_block_roles, [r.id for r in rows], role, seen={r.id: shown(r) for r in rows})

    def toggle_noise(self) -> None:
        """Mark the current block as noise, or bring it back."""
        row = self.block()
        if row:
            what = tr("Line {n}: noise") if row.article_id is not None else tr("Line {n}: back into an article")
            self.session.apply(what.format(n=row.line), edits.set_noise, row.id, row.article_id is not None,
                               seen=shown(row))

    def toggle_join(self) -> None:
        """Join the current block to the previous one, or undo the join."""
        row = self.block()
        if row:
            what = tr("Undo the join of line {n}") if row.joins_previous else tr("Join line {n}")
            self.session.apply(what.format(n=row.line), edits.set_join, row.id, not row.joins_previous,
                               seen=shown(row))

    def toggle_duplicate(self) -> None:
        """Mark the current block as a duplicate of an earlier identical block, or clear the mark."""
        row = self.block()
        if row is None:
            return
        if row.duplicate_of is not None:
            self.session.apply(tr("Clear duplicate on line {n}").format(n=row.line), edits.set_duplicate, row.id, None,
                               seen=shown(row))
            return
        text = self.w.source_text
        key = dedupe_key(block_display(text, Block.get_by_id(row.id)))
        first = next((r for r in sorted(self.w.page.rows_by_line.values(), key=lambda r: r.line)
                      if r.line < row.line and r.article_id == row.article_id
                      and dedupe_key(block_display(text, Block.get_by_id(r.id))) == key), None)
        if first is None:
            self.w.say(tr("No earlier line of this article has the same text."))
            return
        self.session.apply(tr("Line {n}: duplicate of line {of}").format(n=row.line, of=first.line),
                           edits.set_duplicate, row.id, first.line, seen=shown(row))

    # -- articles ----------------------------------------------------------------------
    def split(self) -> None:
        """Start a new article at the current block."""
        row = self.block()
        if row:
            self.session.apply(tr("New article at line {n}").format(n=row.line), edits.split_article, row.id,
                               seen=shown(row))

    def merge(self, step: int) -> None:
        """Merge the current article with the previous (-1) or next (+1) one."""
        art_id = self.w.current_article
        if art_id is None:
            return
        other = edits.neighbour(art_id, step)
        if other is None:
            self.w.say(tr("There is no article to merge with."))
            return
        keep, gone = (other.id, art_id) if step < 0 else (art_id, other.id)
        shown_versions = {r.id: r.version for r in self.w.articles.model.rows}
        versions = [shown_versions[a] for a in (keep, gone)] if {keep, gone} <= shown_versions.keys() else None
        what = tr("Merge 《{gone}》 into 《{keep}》").format(gone=Article.get_by_id(gone).title[:20],
                                                          keep=Article.get_by_id(keep).title[:20])
        self.session.apply(what, edits.merge_articles, keep, gone, versions=versions)
        self.w.select_article(keep)

    def move_to(self, target: int | None = None, rows: list[BlockRow] | None = None) -> None:
        """Move the selected blocks to another article (asks which when not given)."""
        rows = rows if rows is not None else self.selected_blocks()
        if not rows:
            self.w.say(tr("Select the lines to move in the page first."))
            return
        rows = sorted(rows, key=lambda r: r.line)
        if target is None:
            target = self.ask_target(rows)
            if target is None:
                return
        lines = str(rows[0].line) if len(rows) == 1 else f"{rows[0].line}–{rows[-1].line}"
        what = tr("Move lines {lines} to 《{title}》").format(lines=lines, title=Article.get_by_id(target).title[:20])
        self.session.apply(what, edits.move_blocks, [r.id for r in rows], target, seen={r.id: shown(r) for r in rows})

    def ask_target(self, rows: list[BlockRow]) -> int | None:
        """Ask where the lines go, listing them (number and start of text) and the page's articles."""
        arts = list(Article.select().where(Article.file == self.w.current_file).order_by(Article.reading_order))
        own = {r.article_id for r in rows}
        names = [f"{a.reading_order + 1}. {a.title}" + (tr(" (where they are now)") if a.id in own else "")
                 for a in arts]
        listed = [tr("Line {n}: {text}").format(n=r.line, text=_start(block_display(
            self.w.source_text, Block.get_by_id(r.id)))) for r in rows[:8]]
        if len(rows) > 8:
            listed.append(tr("… and {n} more lines").format(n=len(rows) - 8))
        label = tr("Move these {n} lines:\n{lines}\n\nto the article:").format(n=len(rows), lines="\n".join(listed))
        here = max((k for k, a in enumerate(arts) if a.id in own), default=-1)
        choice, ok = QInputDialog.getItem(self.w, tr("Move to article"), label, names,
                                          min(here + 1, len(names) - 1), False)
        return arts[names.index(choice)].id if ok and choice in names else None

    def set_status(self, status: str, advance: bool = False) -> None:
        """Set the current article's status; optionally go to the next unreviewed article."""
        art_id = self.w.current_article
        art = self._as_shown(art_id)
        if art is None or art_id is None:
            return
        what = tr("《{title}》: {status}").format(title=art.title[:20], status=QCoreApplication.translate(
            "TableModels", STATUS_TITLES.get(status, status)))
        if self.session.apply(what, edits.set_status, art_id, status, expected_version=self.w.editor.version) \
                and advance:
            navigation.next_unreviewed(self.w)

    def _as_shown(self, art_id: int | None) -> Article | None:
        """The article the window shows, or None when there is none — or it went in another window (said so)."""
        art = Article.get_or_none(Article.id == art_id) if art_id is not None else None
        if art is None and art_id is not None:
            self.session.failed.emit(user_message(EditConflict(f"article {art_id} is gone", "removed")))
            self.w.refresh()
        return art

    # -- entities ----------------------------------------------------------------------
    def label(self, name: str) -> None:
        """Label the page selection; with no selection, relabel the selected entity."""
        span = self.w.page.selected_span()
        art_id = self.w.current_article
        chosen = next((r for r in self.w.entities.model.rows if r.id == self.w.entities.current_id()), None)
        if chosen is not None and span == (chosen.start, chosen.end):
            span = None  # the page shows the chosen entity: relabel it rather than add a copy
        if span is not None:
            owner = next((r.article_id for r in self.w.page.rows_by_line.values()
                          if r.start <= span[0] < r.end and r.article_id), art_id)
            if owner is None:
                self.w.say(tr("The selection is not inside an article."))
                return
            text = self.w.source_text[span[0]:span[1]]
            self.session.apply(tr("Label “{text}” as {label}").format(text=text[:20], label=name),
                               entity_edits.add_entity, owner,
                               span[0], span[1], name)
            return
        ents = self.w.entities.current_ids()
        if ents:
            self.session.apply(tr("“{text}”: label {label}").format(text=self.entity_text(ents), label=name),
                               entity_edits.update_entity, ents, label=name)
        else:
            self.w.say(tr("Select text in the page, or an entity in the list, first."))

    def entity_text(self, ids: list[int]) -> str:
        """The text of the first of some entities, for the undo history."""
        entity = Entity.get_or_none(Entity.id == ids[0]) if ids else None
        return entity.text[:20] if entity is not None else ""

    def entity_label(self, ids: list[int]) -> str:
        """The label of the first of some entities, for the undo history."""
        entity = Entity.get_or_none(Entity.id == ids[0]) if ids else None
        return entity.label if entity is not None else ""

    def entity_status(self, status: str) -> None:
        """Accept or reject the selected entity."""
        ents = self.w.entities.current_ids()
        if ents:
            what = tr("“{text}” ({label}): {s}").format(text=self.entity_text(ents), label=self.entity_label(ents),
                                                       s=tr(status))
            self.session.apply(what,
                               entity_edits.update_entity, ents, status=status)

    def delete_entity(self) -> None:
        """Delete the selected entity."""
        ents = self.w.entities.current_ids()
        if ents:
            self.session.apply(tr("Delete entity “{text}” ({label})").format(text=self.entity_text(ents),
                                                                              label=self.entity_label(ents)),
                               entity_edits.delete_entity, ents)

    def accept_all(self) -> None:
        """Accept every suggestion of the current article."""
        art = self._as_shown(self.w.current_article)
        if art is not None:
            self.session.apply(tr("《{title}》: accept all suggestions").format(title=art.title[:20]),
                               entity_edits.accept_all, art.id, expected_version=self.w.editor.version)

    def label_all(self, corpus: bool) -> None:
        """Label every occurrence of the selected text (or entity) in the file or the corpus, and say what changed."""
        span = self.w.page.selected_span()
        text = self.w.source_text[span[0]:span[1]] if span else None
        ent = self.w.entities.current_id()
        chosen = next((r for r in self.w.entities.model.rows if r.id == ent), None) if ent is not None else None
        if text is None and chosen is not None:
            text = chosen.text
        if not text:
            self.w.say(tr("Select text in the page, or an entity in the list, first."))
            return
        on_span = Entity.select(Entity.label).where((Entity.file == self.w.current_file) & (Entity.start == span[0])
                                                    & (Entity.end == span[1])).first() if span else None
        default = on_span.label if on_span else chosen.label if chosen else None
        label = choose_label(self.w, tr("Label all occurrences"), default)
        if label is None:
            return
        counts: dict[str, int] = {}
        scope = None if corpus else self.w.current_file
        self.session.apply(tr("Label all “{t}” as {label}").format(t=text, label=label),
                           entity_edits.label_all_occurrences, text, label, scope, counts=counts)
        if counts:
            where = tr("in the corpus") if corpus else tr("in this file")
            self.w.say(tr("“{t}” {where} labelled {label}: {added} added, {relabelled} relabelled, {accepted} accepted")
                       .format(t=text, where=where, label=label, **counts))


def _start(text: str, n: int = 16) -> str:
    """The start of a line's text, for a dialog."""
    return text[:n] + "…" if len(text) > n else text
