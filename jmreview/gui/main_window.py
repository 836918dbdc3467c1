"""The main window: it only wires the panels, the actions and the session together."""
from __future__ import annotations

import contextlib
from functools import partial

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMessageBox, QUndoView

from jmreview.gui import databases, jobs, navigation, round_trips
from jmreview.gui.actions import ROLE_KEYS, Spec, build, learning_specs
from jmreview.gui.article_editor import ArticleEditor
from jmreview.gui.caret import follow_caret
from jmreview.gui.closing import may_close
from jmreview.gui.corrections import Corrections
from jmreview.gui.cue_text import cue_text
from jmreview.gui.dialogs import FONT_SIZE, font_size, restored, show_about, show_shortcuts
from jmreview.gui.host import Opener, WindowHost
from jmreview.gui.label_actions import label_specs, sync_label_actions
from jmreview.gui.legend import Legend
from jmreview.gui.news import StoryPanel, news_specs
from jmreview.gui.page_view import PageView, page_font
from jmreview.gui.panels import ArticlesPanel, EntitiesPanel, FilesPanel
from jmreview.gui.search_panel import SearchPanel
from jmreview.gui.session import Session
from jmreview.gui.team_dialog import say_under_review, team_specs
from jmreview.gui.view_options import show_script, splitter, zoom_in_keys
from jmreview.gui.watch import ChangeWatch, follow_new_version, is_replaced
from jmreview.store.models import Article, Label, SourceFile
from jmreview.store.view_rows import block_rows, file_entities

StdKey = QKeySequence.StandardKey


def tr(text: str) -> str:
    """Translate a string of the main window."""
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(WindowHost):
    """Files | page | article, entities and history, with every command in a menu."""

    def __init__(self, session: Session, settings: QSettings, opener: Opener) -> None:
        super().__init__()
        self.opener = opener
        self.session = session
        self.settings = settings
        self.current_file: int | None = None
        self.current_article: int | None = None
        self.caret_entity: int | None = None  # the entity list's row the page caret chose
        self.source_text = ""
        self.replay_target: tuple[int, int, str] | None = None  # where the undo or redo being shown changed things
        title = tr("jmreview — {path}").format(path=session.store.path.name)
        self.setWindowTitle(title + (tr(" (read-only)") if session.store.readonly else ""))
        self.files = FilesPanel()
        self.articles = ArticlesPanel()
        self.page = PageView()
        self.editor = ArticleEditor(session)
        self.entities = EntitiesPanel()
        self.story = StoryPanel(self)
        self.legend = Legend()
        self.history = QUndoView(session.undo_stack)
        self.history.setObjectName("undo_history")
        self.history.setAccessibleName(tr("Undo history"))
        self.history.setEmptyLabel(tr("<opened>"))
        self.search = SearchPanel(session.store)
        self.fix = Corrections(self)
        self._layout()
        self.actions_by_name, self.menus = build(self, self._specs())
        self.recent_menu = self.menus["file"].addMenu(tr("Recent databases"))
        self.recent_menu.setObjectName("recent_databases")
        self.recent_menu.aboutToShow.connect(lambda: databases.fill_recent(self.recent_menu, self, self.opener))
        self._connect()
        self.actions_by_name["bigger"].setShortcuts(zoom_in_keys())
        self.set_font_size(font_size(settings))
        self.actions_by_name["simplified"].setChecked(settings.value("display_script", "original") == "simplified")
        self.refresh()
        if self.files.ids():
            self.files.select_id(self.files.ids()[0])

    # -- layout -------------------------------------------------------------------
    def _layout(self) -> None:
        left = splitter(Qt.Orientation.Vertical, "left_splitter", self.files, self.articles, self.search)
        right = splitter(Qt.Orientation.Vertical, "right_splitter", self.editor, self.story, self.entities,
                         self.history)
        middle = splitter(Qt.Orientation.Vertical, "page_splitter", self.page, self.legend)
        middle.setStretchFactor(0, 1)
        middle.setSizes([2000, 44])  # the legend takes its two lines, the page the rest
        self.main_split = splitter(Qt.Orientation.Horizontal, "main_splitter", left, middle, right)
        self.main_split.setSizes([430, 590, 380])  # the article list's columns all visible
        left.setSizes([270, 330, 200])  # files: eight rows and more
        right.setSizes([420, 70, 260, 120])
        self.splitters = [self.main_split, left, right]
        for split in self.splitters:
            restored(split.restoreState, self.settings.value(f"splitter/{split.objectName()}"))
        self.setCentralWidget(self.main_split)
        if not restored(self.restoreGeometry, self.settings.value("geometry")):
            self.resize(1400, 860)
        self.statusBar().showMessage(tr("Ready"))

    def _specs(self) -> list[Spec]:
        f, go = self.fix, navigation
        specs = [
            Spec("file", "open_database", "&Open database…", "Ctrl+Shift+D", self.open_database),
            Spec("file", "import_files", "&Import files…", "Ctrl+O", partial(jobs.ask_and_import, self, False)),
            Spec("file", "import_folder", "Import &folder…", "Ctrl+Shift+O", partial(jobs.ask_and_import, self, True)),
            Spec("file", "import_json", "Import corpus &JSON…", "Ctrl+Alt+O", partial(jobs.ask_and_import_json, self)),
            Spec("file", "import_xlsx", "Import an edited E&xcel workbook…", None,
                 partial(round_trips.ask_and_import_xlsx, self)),
            Spec("file", "import_annotations", "Import entity &annotations…", None,
                 partial(round_trips.ask_and_import_annotations, self)),
            Spec("file", "export", "&Export…", "Ctrl+Shift+S", partial(jobs.ask_and_export, self)),
            Spec("file", "rerun", "&Re-run automation on this file", "Ctrl+Shift+R", self.rerun),
            Spec("file", "restore", "Restore a &backup…", "Ctrl+Alt+B", self.restore_backup),
            Spec("file", "quit", "&Quit", StdKey.Quit, self.quit),
            Spec("edit", "undo", "&Undo", "Ctrl+Z", self.session.undo_stack.undo),
            Spec("edit", "redo", "&Redo", "Ctrl+Shift+Z", self.session.undo_stack.redo),
            Spec("edit", "find", "&Find in page and corpus", "Ctrl+F", self.search.focus_query),
            Spec("edit", "settings", "&Settings…", "Ctrl+,", self.edit_settings),
            Spec("article", "split", "&New article at this line", "Ctrl+Return", f.split),
            Spec("article", "merge_previous", "Merge with &previous", "Ctrl+Shift+Up", partial(f.merge, -1)),
            Spec("article", "merge_next", "Merge with &next", "Ctrl+Shift+Down", partial(f.merge, 1)),
            Spec("article", "move_to", "&Move lines to…", "Ctrl+M", f.move_to),
            Spec("article", "reviewed_next", "Mark &reviewed and go to next", "F8",
                 partial(f.set_status, "reviewed", True)),
            Spec("article", "in_review", "Mark &in review", "Ctrl+Shift+I", partial(f.set_status, "in_review")),
            Spec("article", "rejected", "Mark re&jected", "Ctrl+Shift+J", partial(f.set_status, "rejected")),
            Spec("article", "next_article", "Ne&xt article", "Alt+Down", partial(go.step_article, self, 1)),
            Spec("article", "previous_article", "Pre&vious article", "Alt+Up", partial(go.step_article, self, -1)),
            Spec("block", "next_block", "Next &line", "Alt+Shift+Down", partial(go.step_block, self, 1)),
            Spec("block", "previous_block", "Previous l&ine", "Alt+Shift+Up", partial(go.step_block, self, -1)),
            Spec("block", "next_check", "Next automatic join or duplicate to chec&k", "F7",
                 partial(go.next_check, self)),
        ]
        for n, (role, title) in enumerate(ROLE_KEYS, start=1):
            role_title = tr("Role: {role}").format(role=QCoreApplication.translate("PageView", title))
            specs.append(Spec("block", f"role_{role}", role_title, f"Alt+{n}", partial(f.set_role, role),
                              translated=True))
        specs += [
            Spec("block", "noise", "Mark as &noise / bring back", "Ctrl+Shift+N", f.toggle_noise),
            Spec("block", "join", "&Join to previous / undo join", "Ctrl+J", f.toggle_join),
            Spec("block", "duplicate", "&Duplicate / clear", "Ctrl+D", f.toggle_duplicate),
        ]
        specs += label_specs(self.fix.label)
        specs += [
            Spec("entity", "accept", "&Accept entity", "Ctrl+E", partial(f.entity_status, "accepted")),
            Spec("entity", "reject", "&Reject entity", "Ctrl+Shift+E", partial(f.entity_status, "rejected")),
            Spec("entity", "delete_entity", "&Delete entity", "Ctrl+Shift+Delete", f.delete_entity),
            Spec("entity", "accept_all", "Accept all &suggestions", "Ctrl+Alt+A", f.accept_all),
            Spec("entity", "label_all_file", "Label all in &file", "Ctrl+L", partial(f.label_all, False)),
            Spec("entity", "label_all_corpus", "Label all in &corpus", "Ctrl+Shift+L", partial(f.label_all, True)),
            Spec("entity", "labels", "&Labels…", "Ctrl+Alt+L", self.edit_labels),
            Spec("view", "simplified", "Show &Simplified", "Ctrl+T", self.show_script, checkable=True),
            Spec("view", "bigger", "&Larger text", "Ctrl+=", partial(self.zoom, 1)),
            Spec("view", "smaller", "&Smaller text", StdKey.ZoomOut, partial(self.zoom, -1)),
            Spec("view", "normal_size", "&Normal text size", "Ctrl+0", partial(self.zoom, 0)),
            Spec("help", "shortcuts", "&Keyboard shortcuts", "F1", lambda: show_shortcuts(self)),
            Spec("help", "about", "&About jmreview", "Shift+F1", lambda: show_about(self)),
        ]
        return specs + learning_specs(self) + news_specs(self) + team_specs(self)

    def _connect(self) -> None:
        self.files.selected.connect(self.select_file)
        self.files.emptied.connect(self.show_nothing)
        self.articles.selected.connect(self.select_article)
        self.page.block_clicked.connect(self._block_clicked)
        self.entities.selected.connect(self._entity_selected)
        self.search.open_hit.connect(self._open_hit)
        self.articles.view.blocks_dropped.connect(self._blocks_dropped)
        self.session.changed.connect(self.refresh_after_edit)
        self.session.replayed.connect(self._show_replayed)
        self.session.failed.connect(lambda msg: QMessageBox.warning(self, tr("Not done"), msg))
        stack: QUndoStack = self.session.undo_stack
        stack.canUndoChanged.connect(self.actions_by_name["undo"].setEnabled)
        stack.canRedoChanged.connect(self.actions_by_name["redo"].setEnabled)
        self.actions_by_name["undo"].setEnabled(stack.canUndo())   # the earlier sessions' edits: undoable at once
        self.actions_by_name["redo"].setEnabled(stack.canRedo())
        self.watch = ChangeWatch(self)

    # -- navigation ---------------------------------------------------------------
    def select_file(self, file_id: int) -> None:
        """Show a file: its page and its articles."""
        if file_id == self.current_file:
            return
        shown = (self.current_file, self.current_article, self.source_text)
        try:
            self.source_text = SourceFile.get_by_id(file_id).text
            self.current_file, self.current_article = file_id, None
            self.articles.show_file(file_id)
            self.show_page()
        except Exception:   # the server gone or busy: the list, page and articles back on the page still shown
            self.current_file, self.current_article, self.source_text = shown   # (run 22 B25, run 21 B32)
            with contextlib.suppress(Exception):
                self.articles.show_file(self.current_file)
                self.show_page()
            self.files.select_id(self.current_file, quiet=True)
            QTimer.singleShot(0, lambda: self.files.select_id(self.current_file, quiet=True))
            raise
        self.files.select_id(file_id, quiet=True)
        ids = self.articles.ids()
        self.select_article(ids[0] if ids else None)
        say_under_review(self, file_id)

    def show_nothing(self) -> None:
        """A filter that lists no page: no page shown either (nothing to correct that the list does not show)."""
        self.current_file = self.current_article = None
        self.articles.show_file(None)
        self.show_page()
        self.select_article(None)

    def select_article(self, article_id: int | None) -> None:
        """Show an article's fields and entities and put the page on it."""
        try:
            art = Article.get_or_none(Article.id == article_id) if article_id else None
        except Exception:   # the server gone: the list back on the article still shown, which edits would change
            self.articles.select_id(self.current_article, quiet=True)   # now, and once the click has finished
            QTimer.singleShot(0, lambda: self.articles.select_id(self.current_article, quiet=True))
            raise
        if art is not None and art.file_id != self.current_file:
            self.select_file(art.file_id)
        self.current_article = art.id if art else None
        self.articles.select_id(self.current_article, quiet=True)
        self.editor.show_article(self.current_article)
        self.entities.show_article(self.current_article)
        self.story.show_article(self.current_article)
        if art is not None:
            navigation.caret_to_article(self, art.id)

    def _block_clicked(self, block_id: int) -> None:
        row = next((r for r in self.page.rows_by_line.values() if r.id == block_id), None)
        if row is not None and row.article_id is not None and row.article_id != self.current_article:
            self.select_article(row.article_id)
        if row is not None:
            self.statusBar().showMessage(tr("Line {n}: {cue}").format(n=row.line, cue=cue_text(row.cue)))
        self.caret_entity = follow_caret(self.page, self.entities, self.current_file, self.caret_entity)

    def _entity_selected(self, entity_id: int) -> None:
        row = next((r for r in self.entities.model.rows if r.id == entity_id), None)
        if row is not None:
            self.page.blockSignals(True)
            self.page.select_span(row.start, row.end)
            self.page.blockSignals(False)

    def _blocks_dropped(self, block_ids: list[int], row: int) -> None:
        target = self.articles.model.rows[row].id
        rows = [r for r in self.page.rows_by_line.values() if r.id in set(block_ids)]
        self.fix.move_to(target, rows)

    def _open_hit(self, file_id: int, start: int, end: int) -> None:
        self.select_file(file_id)
        self.page.select_span(start, end, center=True)
        row = self.page.current_block()
        if row is not None and row.article_id is not None:
            self.select_article(row.article_id)

    def _show_replayed(self, file_id: int, article_id: int, text: str, undone: bool) -> None:
        """Before the refresh after an undo or redo: go where it changed something, and say what it was."""
        self.replay_target = (file_id, article_id, (tr("Undone: {what}") if undone else tr("Redone: {what}"))
                              .format(what=text))

    # -- refresh ------------------------------------------------------------------
    def refresh_after_edit(self) -> None:
        """After a correction, undo or redo: only the current file can have changed counts (or the replayed one)."""
        target, self.replay_target = self.replay_target, None
        file_id, article_id, said = target or (0, 0, "")
        if file_id and SourceFile.get_or_none(SourceFile.id == file_id) is None:
            file_id = article_id = 0   # the step took that file away (the undo of a double review's copies)
        if target and self.session.replayed_pages > 1:   # a workbook's import undone: every page's counts (run 64 A13)
            self.files.refresh()
        if file_id and file_id != self.current_file:
            if self.files.filtered() and self.files.model.row_of_id(file_id) < 0:
                self.files.clear_filters()   # an undo shows where it changed something: on a page the list shows
            self.select_file(file_id)
            self.files.refresh_file(file_id)
        elif self.current_file is not None and self.files.model.row_of_id(self.current_file) >= 0:
            self.current_article = article_id or self.current_article  # shown once, by the refresh
            self.refresh(full=False)
        else:
            self.refresh()
        if article_id and article_id != self.current_article:
            self.select_article(article_id)
        elif article_id and article_id == self.current_article:
            navigation.caret_to_article(self, article_id)
        row = self.page.current_block()  # one current article: the one holding the caret (a split moves it)
        if row is not None and row.article_id is not None and row.article_id != self.current_article:
            self.select_article(row.article_id)
        if said:
            self.say(said)

    def refresh(self, full: bool = True) -> None:
        """Reload the panels from the store (every file's counts when full)."""
        if full or self.current_file is None:
            self.files.refresh()
        else:
            self.files.refresh_file(self.current_file)
        labels = list(Label.select().order_by(Label.id))
        self.entities.set_labels([lab.name for lab in labels])
        sync_label_actions(self, self.menus["entity"], self.actions_by_name, self.fix.label, labels)
        self.legend.show_labels([(lab.name, lab.title, lab.color) for lab in labels])
        if is_replaced(self):
            follow_new_version(self)
        self.articles.show_file(self.current_file)
        if self.current_article is not None and Article.get_or_none(Article.id == self.current_article) is None:
            self.current_article = self.editor.successor(self.current_file)   # merged or re-made away: its lines
        self.show_page()
        self.articles.select_id(self.current_article, quiet=True)
        self.editor.show_article(self.current_article)
        self.entities.show_article(self.current_article)
        self.story.show_article(self.current_article)
        self.caret_entity = follow_caret(self.page, self.entities, self.current_file, self.caret_entity)

    def show_script(self) -> None:
        """Ctrl+T: page, article fields, lists and entities in Simplified, or as stored (display only)."""
        show_script(self.actions_by_name["simplified"].isChecked(),
                    [self.files.model, self.articles.model, self.entities.model], self.editor, self.search)
        self.show_page()

    def show_page(self) -> None:
        """Redraw the page of the current file, keeping the scroll position."""
        if self.current_file is None:
            self.page.clear()
            return
        bar = self.page.verticalScrollBar().value()
        cursor = self.page.textCursor().position()
        labels = {lab.name: lab.color for lab in Label.select()}
        simplified = self.actions_by_name["simplified"].isChecked() if hasattr(self, "actions_by_name") else False
        self.settings.setValue("display_script", "simplified" if simplified else "original")
        self.page.show_page(self.source_text, block_rows(self.current_file), file_entities(self.current_file),
                            labels, simplified)
        self.page.blockSignals(True)
        cur = self.page.textCursor()
        cur.setPosition(min(cursor, len(self.page.toPlainText())))
        self.page.setTextCursor(cur)
        self.page.blockSignals(False)
        self.page.verticalScrollBar().setValue(bar)

    # -- misc ---------------------------------------------------------------------
    def quit(self) -> None:
        """Close the window (everything is already saved)."""
        self.close()

    def say(self, message: str) -> None:
        """A short message in the status bar."""
        self.statusBar().showMessage(message, 6000)

    def set_font_size(self, size: int) -> None:
        """Text size of the page and article text."""
        size = max(8, min(32, size))
        self.settings.setValue("font_size", size)
        self.page.setFont(page_font(size))
        self.editor.text.setFont(page_font(size))

    def zoom(self, step: int) -> None:
        """Make the text larger (+1) or smaller (-1), or back to its normal size (0)."""
        size = font_size(self.settings)
        self.set_font_size(size + step if step else FONT_SIZE)

    def open_database(self, path: str | None = None) -> None:
        """Switch to another database file (a recent one, or one chosen in a dialog)."""
        databases.open_database(self, self.opener, path)

    def restore_backup(self) -> None:
        """Replace the database with one of its backups (what it replaces is backed up first)."""
        databases.ask_restore_backup(self, self.opener)

    def rerun(self) -> None:
        """Redo segmentation and extraction of the current file, keeping what people decided."""
        from jmreview.gui.jobs import rerun_automation

        if self.current_file is not None:
            self.editor.commit_typing()   # a title being typed is saved first, not dropped with its article
            rerun_automation(self, self.current_file)

    def edit_labels(self) -> None:
        """The labels dialog."""
        from jmreview.gui.labels_dialog import LabelsDialog

        LabelsDialog(self.session, self).exec()

    def edit_settings(self) -> None:
        """Editor name, text size and interface language."""
        from jmreview.gui.dialogs import SettingsDialog

        SettingsDialog(self.settings, self.session, self).exec()
        self.set_font_size(font_size(self.settings))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save what is being typed, or stay while it cannot be (closing.may_close); remember geometry, splitters."""
        if not may_close(self, self.editor):
            event.ignore()
            return
        self.settings.setValue("geometry", self.saveGeometry())
        for split in self.splitters:
            self.settings.setValue(f"splitter/{split.objectName()}", split.saveState())
        super().closeEvent(event)

