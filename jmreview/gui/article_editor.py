"""The Article panel: every field editable, saved the moment it changes, and the text as read."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from jmreview.analysis.dates import typed_date
from jmreview.analysis.name_lists import join_names, split_names
from jmreview.analysis.script import to_simplified
from jmreview.errors import StoreError
from jmreview.gui.closing import keep_text, typed_for
from jmreview.gui.session import Session
from jmreview.gui.store_messages import user_message
from jmreview.gui.table_models import CATEGORY_TITLES, STATUS_TITLES
from jmreview.store import edits
from jmreview.store.changes import EditConflict
from jmreview.store.models import CATEGORIES, STATUSES, Article, Block, SourceFile
from jmreview.store.queries import article_text, blocks_of, counterpart, current_version

TEXT_FIELDS = (("title", "Title"), ("kicker", "Kicker"), ("subtitle", "Subtitle"), ("date", "Date"))
LIST_FIELDS = (("reporters", "Reporters"), ("correspondents", "Correspondents"),
               ("photographers", "Photographers"), ("sources", "Sources"))


def tr(text: str) -> str:
    """Translate a string of the article panel."""
    return QCoreApplication.translate("ArticleEditor", text)


def _kept_in(path: Path | None) -> str:
    """Where handed-back text is kept too (the clipboard dies with the program on most desktops: run 28 A33)."""
    return tr(" It is kept in {file} too.").format(file=path) if path is not None else ""


def _title(name: str) -> str:
    """A field's title as the panel shows it (the category's for any other name)."""
    return tr(dict((*TEXT_FIELDS, *LIST_FIELDS)).get(name, "Category"))


class ArticleEditor(QWidget):
    """Fields of the selected article; each change is one undoable edit."""

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self.session = session
        self.article_id: int | None = None
        self.version: int | None = None
        self.simplified = False  # fields shown in Simplified (Ctrl+T); only what the editor types is saved
        self.shown: dict[str, str] = {}
        self.typing: dict[str, int] = {}  # field → the article's version when the editor began typing (unsaved)
        self.first_line: tuple[int, int, str] | None = None   # the shown article's page, first line and title
        self.carried: set[str] = set()   # fields holding text typed for an article taken away: saved by Return only
        self.refused: dict[str, str] = {}   # text a rule refused (not a server away): tried again by Return only
        self.leaving: list[tuple[int | None, str, str, int]] = []   # typed for an article left, being saved on it
        self._saving = False
        self.closed = False   # the window closed: what was typed was saved or kept (gui.closing)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, title in (*TEXT_FIELDS, *LIST_FIELDS):
            line = QLineEdit(self)
            line.setMaxLength(2**31 - 1)   # Qt's 32,767 cut a longer title shown; Return saved it cut (run 27 A30)
            line.setAccessibleName(tr(title))
            line.setObjectName(f"field_{name}")
            line.returnPressed.connect(lambda n=name: self._returned(n))   # before editingFinished
            line.editingFinished.connect(lambda n=name: self._commit(n))
            line.textEdited.connect(lambda _t, n=name: self._typed(n))
            self.edits[name] = line
            form.addRow(tr(title), line)
        self.category = QComboBox(self)
        self.category.setObjectName("field_category")
        self.category.setAccessibleName(tr("Category"))
        for c in CATEGORIES:
            self.category.addItem(QCoreApplication.translate("TableModels", CATEGORY_TITLES[c]), c)
        self.category.activated.connect(lambda _i: self._commit("category"))
        form.insertRow(3, tr("Category"), self.category)
        self.status = QComboBox(self)
        self.status.setObjectName("field_status")
        self.status.setAccessibleName(tr("Status"))
        for s in STATUSES:
            self.status.addItem(QCoreApplication.translate("TableModels", STATUS_TITLES[s]), s)
        self.status.activated.connect(self._commit_status)
        form.addRow(tr("Status"), self.status)
        self.flag = QLabel(self)
        self.flag.setObjectName("article_flag")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #b71c1c; font-weight: bold")
        self.flag.setVisible(False)
        form.addRow(self.flag)
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setObjectName("article_text")
        self.text.setAccessibleName(tr("Article text as read"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        self.setEnabled(False)

    def _typed(self, name: str) -> None:
        if self.version is not None:
            self.typing.setdefault(name, self.version)

    def show_article(self, article_id: int | None) -> None:
        """Load an article's fields (or clear the panel); a field being typed in keeps the editor's text."""
        art = Article.get_or_none(Article.id == article_id) if article_id else None   # read first: a server gone
        if self.typing and article_id != self.article_id:  # left without Return (a key, another window's change)
            self._hand_back([n for n in self.typing if n in self.carried])
            seen = [n for n in self.typing if n not in self.carried and self.refused.get(n) == self.edits[n].text()]
            for n in seen:   # refused by a rule, the editor told: kept, not refused again on leaving (run 65 B31)
                keep_text(self.edits[n].text(), _title(n), typed_for(self.session, self.article_id))
            left = [(self.article_id, n, self.edits[n].text(), v) for n, v in self.typing.items()
                    if n not in self.carried and n not in seen]
            self.typing.clear()
            self.carried.clear()
            self.refused.clear()
            if self.article_id is not None and Article.get_or_none(Article.id == self.article_id) is None:
                self._carry(left, art)   # merged or re-made away by another window while typed in
            else:
                self.leaving += left   # unsaved until saved on it (a logout meanwhile keeps it)
                QTimer.singleShot(0, self._save_left)
        self.article_id = article_id   # …leaves the panel on the article it shows, so edits go where they are seen
        self.setEnabled(art is not None)
        if art is not None:
            first = Block.select(Block.line).where(Block.article == art.id).order_by(Block.line).first()
            self.first_line = (art.file_id, first.line, art.title) if first is not None else None
        if art is None:
            self.version = None
            for line in self.edits.values():
                line.clear()
            self.text.clear()
            return
        self.version = art.version
        self.flag.setText(tr("Check: {why}").format(why=tr(art.flag)) if art.flag else "")
        self.flag.setVisible(bool(art.flag))
        for name, _ in TEXT_FIELDS:
            self.shown[name] = self._script(getattr(art, name) or "")
        for name, _ in LIST_FIELDS:
            self.shown[name] = self._script(join_names(getattr(art, name)))
        for name, text in self.shown.items():
            if name not in self.typing:   # a reload never takes back what the editor is typing
                self.edits[name].setText(text)
        self.category.setCurrentIndex(max(0, self.category.findData(art.category)))
        self.status.setCurrentIndex(max(0, self.status.findData(art.status)))
        source = SourceFile.get_by_id(art.file_id)
        self.text.setPlainText(self._script(article_text(source.text, blocks_of(art))))

    def successor(self, file_id: int | None) -> int | None:
        """The article now holding the first line of the article shown (gone: merged or re-made in another window)."""
        if self.first_line is None or file_id != self.first_line[0]:
            return None
        block = Block.get_or_none((Block.file == file_id) & (Block.line == self.first_line[1]))
        return block.article_id if block is not None else None

    def _carry(self, left: list[tuple[int | None, str, str, int]], now: Article | None) -> None:
        """What was typed into an article another window took away: kept in the fields when the article now shown
        holds its first line (Return saves it there), else handed back on the clipboard; the editor is told."""
        title = self.first_line[2][:20] if self.first_line is not None else ""
        typed = [(name, text) for _a, name, text, _v in left if name != "category" and text != self.shown.get(name)]
        if not typed:
            return
        held = now is not None and self.first_line is not None and now.file_id == self.first_line[0] \
            and Block.get_or_none((Block.article == now.id) & (Block.line == self.first_line[1])) is not None
        if held and now is not None:
            for name, text in typed:
                self.edits[name].setText(text)
                self.typing[name] = now.version
                self.carried.add(name)   # not saved by leaving the field: only Return puts it on this article
            said = tr("《{old}》 was merged or made anew in another window while you typed: what you typed stays in "
                      "the fields, now those of 《{new}》, which holds its lines — Return saves it there")
            self._tell(said.format(old=title, new=now.title[:20]))
            return
        words = "\n".join(text for _name, text in typed)
        kept = keep_text(words, title, typed_for(self.session, self.article_id))
        self._tell(tr("《{old}》 was removed in another window while you typed; what you typed could not be saved and "
                      "is on the clipboard: {text}").format(old=title, text=words[:500]) + _kept_in(kept))

    def _hand_back(self, names: list[str]) -> None:
        """Carried text left without Return: not saved on an article it was not typed for — on the clipboard. Text
        the article holds already is no loss (run 31 B48: a change "maybe saved" that the server then committed)."""
        art = Article.get_or_none(Article.id == self.article_id) if self.article_id is not None else None
        names = [n for n in names if art is None or n == "category" or not self._holds(art, n, self.edits[n].text())]
        words = "\n".join(self.edits[name].text() for name in names)
        if not words:
            return
        kept = keep_text(words, self.first_line[2][:20] if self.first_line is not None else "",
                         typed_for(self.session, self.article_id))
        self._tell(tr("What you typed was not saved (you left the article without Return) and is on the clipboard: "
                      "{text}").format(text=words[:500]) + _kept_in(kept))

    def _holds(self, art: Article, name: str, text: str) -> bool:
        """True when the article stores this field as the text typed (or as shown, in Simplified)."""
        value = self._value(name, text)
        stored = getattr(art, name) if name != "date" else (art.date or "")
        return bool(value == stored or isinstance(value, str) and isinstance(stored, str) and value
                    and value == self._script(stored))

    def _tell(self, text: str) -> None:
        """Say it once the panels are shown again (not from inside the refresh that found the article gone)."""
        QTimer.singleShot(0, lambda: self.session.failed.emit(text))

    def _script(self, text: str) -> str:
        return to_simplified(text) if self.simplified and text else text

    def _value(self, name: str, text: str) -> Any:
        if name == "category":
            return self.category.currentData()
        if name in dict(LIST_FIELDS):
            return split_names(text)   # (run 62 A17: "Wang Fang" is one name)
        return text

    def commit_typing(self) -> None:
        """Save what is being typed (no Return yet), as leaving the article would: before a job rewrites the page."""
        for name in list(self.typing):
            self._commit(name)

    def _returned(self, name: str) -> None:
        """Return pressed in a field: what it holds is saved, even text refused before (the editor means it)."""
        self.carried.discard(name)
        self.refused.pop(name, None)

    def _commit(self, name: str) -> None:
        if self.article_id is None or self._saving or name in self.carried or self.closed:
            return
        if name != "category" and self.refused.get(name) == self.edits[name].text():
            return   # refused by a rule and left as it was: not refused again at each focus-out (run 23 B39)
        base = self.typing.get(name, self.version)   # still unsaved while the save runs (its box open, a logout:
        text = self.edits[name].text() if name != "category" else ""   # run 29 A9, A10: then kept nowhere)
        if name != "category" and text == self.shown.get(name):
            self.typing.pop(name, None)
            return  # as shown (maybe converted for display): the editor changed nothing
        saved = self._save(self.article_id, name, text, base)
        if self.typing.get(name) == base:
            self.typing.pop(name, None)
        if not saved and name != "category":
            self._keep(self.article_id, name, text, base)
            if self.session.refusal:   # a rule's refusal (an EditConflict's code), not a server away
                self.refused[name] = text
        elif base is not None and (art := Article.get_or_none(Article.id == self.article_id)) is not None \
                and art.version == base + 1:   # this save moved the article on: the fields typed since the same
            for other, seen in self.typing.items():   # version are no change of another window's (run 27 B17, B62)
                if seen == base:
                    self.typing[other] = base + 1

    def unsaved(self) -> list[tuple[str, str]]:
        """The fields (their titles) and text typed that are not saved (a save refused, the server away), and text
        typed for an article left that is still being saved on it."""
        return [(_title(name), self.edits[name].text()) for name in self.typing
                if name in self.edits and self.edits[name].text() != self.shown.get(name)] + \
            [(_title(name), text) for _a, name, text, _v in self.leaving if name != "category"]

    def _save(self, article_id: int, name: str, text: str, base: int | None) -> bool:
        """One field as typed, saved if the article is still at the version the editor saw; False if refused."""
        try:
            art = Article.get_or_none(Article.id == article_id)
        except StoreError as exc:   # the server stopped answering: said, and the text stays for the next Return
            self.session.failed.emit(user_message(exc))
            return False
        if art is None:
            self.session.failed.emit(user_message(EditConflict(f"article {article_id} is gone", "removed")))
            return False
        value = self._value(name, text)
        current = getattr(art, name) if name != "date" else (art.date or "")
        if value == current:
            return True
        field = _title(name)
        shown = QCoreApplication.translate("TableModels", CATEGORY_TITLES.get(value, value)) \
            if name == "category" else "、".join(value) if isinstance(value, list) \
            else (typed_date(value) or value) if name == "date" else value   # as it is kept: 2024/1/5 is 2024-01-05
        shown = shown if len(shown) <= 40 else shown[:40] + "…"   # a history line, never a page (run 28 A21)
        label = tr("《{title}》: {field} → “{value}”").format(title=art.title[:20], field=field, value=shown)
        self._saving = True   # a refusal's message box takes the focus: that is no second Return
        try:
            return self.session.apply(label, edits.set_article_field, article_id, name, value,
                                      expected_version=base)
        finally:
            self._saving = False

    def let_go(self) -> None:
        """Forget what is typed and not saved (the caller kept it elsewhere): the fields show what is stored."""
        for name in list(self.typing):
            self.edits[name].setText(self.shown.get(name, ""))
        self.typing.clear()
        self.carried.clear()
        self.refused.clear()
        self.leaving.clear()

    def _keep(self, article_id: int, name: str, text: str, base: int | None = None) -> bool:
        """A refused save (the editor was told why): the text stays in the field, for the same article or its new
        version, and Return — knowingly, not a click elsewhere — then saves it over what is stored now. False when
        it could not stay there (another article is shown)."""
        if self.article_id is None or name in self.typing:
            return name in self.typing
        if self.article_id != article_id and self._new_version_of(article_id) is None:
            return False   # another article is shown: what was typed for the first one must not land on it
        self.edits[name].setText(text)
        self.typing[name] = self.version if self.version is not None else 0
        if base is not None and base != self.version:   # refused as changed since shown (now shown anew): saved
            self.carried.add(name)   # over the colleague's value by Return only, never by leaving the field
        return True

    def _new_version_of(self, article_id: int) -> Article | None:
        """The article shown, when it is the new version of `article_id` (its page delivered again); else None."""
        old, now = Article.get_or_none(Article.id == article_id), Article.get_or_none(Article.id == self.article_id)
        if old is None or now is None or old.file_id == now.file_id or current_version(old.file_id) != now.file_id \
                or counterpart(old.id, now.file_id) != now.id:   # (run 37 A25: another article of the new one)
            return None
        return now

    def _onto_new_version(self, article_id: int, name: str, text: str) -> bool:
        """Text typed for an article whose page a delivery replaced, the panel now on its new version: kept in the
        field, saved there by Return only, and said (run 53 A12: "nothing was changed", the field showing the old
        title, then the typing saved on the new version when the editor clicked elsewhere). An article with no line
        left in the new version: kept in the file and on the clipboard, and said in one box (run 55 A8)."""
        old = Article.get_or_none(Article.id == article_id) if name != "category" else None
        if old is None or current_version(old.file_id) == old.file_id:
            return False
        now = self._new_version_of(article_id)
        if now is None:
            kept = keep_text(text, _title(name), typed_for(self.session, article_id))
            self._tell(tr("This page was replaced by a newer version of its file while you typed in {field}, and "
                          "the article you typed in has no line left in it: what you typed is not saved; it is on the "
                          "clipboard: {text}").format(field=_title(name), text=text[:500]) + _kept_in(kept))
            return True
        if name in self.typing:
            return False
        self.edits[name].setText(text)
        self.typing[name] = now.version
        self.carried.add(name)
        self._tell(tr("This page was replaced by a newer version of its file while you typed in {field}: what you "
                      "typed is not saved, and stays in the field, now that of 《{title}》 on the new version — "
                      "press Return to save it there").format(field=_title(name), title=now.title[:20]))
        return True

    def _save_left(self) -> None:
        """Save what was typed into an article the panel no longer shows, on that article (version checked); what
        can be neither saved nor put back in a field is kept in the unsaved-typing file, and said (run 29 A41: left
        with Alt+Down under another program's write lock, it was gone)."""
        while self.leaving:
            article_id, name, text, base = self.leaving[0]
            try:
                if article_id is not None and self._onto_new_version(article_id, name, text):
                    continue
                if article_id is not None and not self._save(article_id, name, text, base) \
                        and not self._keep(article_id, name, text) and name != "category":
                    field = _title(name)
                    kept = keep_text(text, field, typed_for(self.session, article_id))
                    self._tell(tr("What you typed in {field} could not be saved on the article you left: {text}")
                               .format(field=field, text=text[:500]) + _kept_in(kept))
            finally:
                self.leaving.pop(0)

    def _commit_status(self, _index: int) -> None:
        if self.article_id is None:
            return
        status = self.status.currentData()
        art = Article.get_by_id(self.article_id)
        if status != art.status:
            what = tr("《{title}》: {status}").format(title=art.title[:20], status=self.status.currentText())
            self.session.apply(what, edits.set_status, self.article_id, status,
                               expected_version=self.version)
