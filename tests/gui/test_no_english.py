"""Issue 12 item 8: no English in the Chinese window — cues, refusals, backup kinds, Qt's dialogs, every title."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTableView,
    QTreeView,
    QWidget,
)

from jmreview.store.models import Article, Block

from ..conftest import SEEDS
from .conftest import open_window

CJK = re.compile(r"[\u4e00-\u9fff]")
# English words a Chinese interface may show: names of formats, programs and keys, never a sentence
ALLOWED = {"jmreview", "json", "jsonl", "excel", "xlsx", "txt", "sqlite", "db", "utf", "big", "gb", "markdown",
           "ctrl", "shift", "alt", "ascii", "nul", "fifo", "mb", "per", "loc", "org", "date", "evt", "pdf", "home",
           "english", "wal",  # the interface language offered in its own name, as language choosers do
           "conll", "bio", "brat", "zip", "spacy", "doccano",  # other tools' formats, by their names
           "word", "office", "libreoffice", "wps", "opendocument", "rtf", "html", "doc", "xls", "csv", "gz", "tar", "rar"}   # and programs
WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str) -> list[str]:
    """Words of a shown text that are English (paths and allowed names left out)."""
    text = re.sub(r"(?:/[\w.\-]+)+/?|\*\.\w+|\{\w+\}|Label Studio", " ", text)  # paths, filters, placeholders, a name
    return [w for w in WORD.findall(text) if w.lower() not in ALLOWED]


def test_every_cue_refusal_and_backup_kind_reads_in_chinese(chinese: None) -> None:
    from jmreview.analysis.cue_codes import CUES
    from jmreview.errors import REFUSALS
    from jmreview.gui.cue_text import backup_kind_text, cue_text, refusal_text
    from jmreview.store.backup import BACKUP_KINDS

    untranslated = []
    for code, template in CUES.items():
        args = {name: "王编辑" if name == "who" else "3" for name in re.findall(r"\{(\w+)\}", template)}
        shown = cue_text(code if not args else f"{code} {json.dumps(args, ensure_ascii=False)}")
        if not CJK.search(shown) or english_words(shown):
            untranslated.append(f"cue {code}: {shown}")
        if "{" not in template and cue_text(template) != shown:  # an old database's English cue: same text
            untranslated.append(f"old cue {template!r} reads {cue_text(template)!r}, not {shown!r}")
    for template in REFUSALS.values():
        given = dict(encoding="utf-16", detail="x", longest="1,000,001", limit="64", size="70", n="2",
                     titles="《标题》", path="/tmp/a.sqlite3", left="3", editors="甲 / 乙", name="A01.txt")
        reason = template.format(**{k: given.get(k, "3") for k in re.findall(r"\{(\w+)\}", template)})
        shown = refusal_text(reason)
        if not CJK.search(shown) or english_words(re.sub(r"jmreview \w+|--\w+|temp_file_limit", "",
                                                         shown.replace("utf-16", ""))):
            untranslated.append(f"refusal {reason}: {shown}")   # a command, option or server setting stays as typed
    for kind in [*BACKUP_KINDS, "before-schema-7"]:
        if kind == "before-schema-{n}":
            continue
        shown = backup_kind_text(kind)
        if not CJK.search(shown) or english_words(shown):
            untranslated.append(f"backup {kind}: {shown}")
    assert not untranslated, "\n".join(untranslated)


def test_cues_stay_english_in_the_english_window() -> None:
    from jmreview.gui.cue_text import backup_kind_text, cue_text, refusal_text

    assert cue_text("start.first_heading") == "new article: first heading on the page"
    assert cue_text("new article: first heading on the page") == "new article: first heading on the page"
    assert cue_text("something an older version wrote") == "something an older version wrote"
    assert refusal_text("is empty (0 bytes)") == "is empty (0 bytes)"
    assert backup_kind_text("before-import") == "before an import"


def test_the_window_shows_every_cue_of_real_pages_in_chinese(qtbot, tmp_path: Path, chinese: None) -> None:  # type: ignore[no-untyped-def]
    from jmreview.analysis.cue_codes import english

    window = open_window(qtbot, tmp_path, sorted(SEEDS.glob("*.txt")))
    try:
        stored = [a.start_cue for a in Article.select()] + [b.cue for b in Block.select()] \
            + [b.join_cue for b in Block.select() if b.join_cue]
        assert all(english(s) != s for s in stored)  # every cue is a code, never English text
        model = window.articles.model
        column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index("为何从此开始")
        shown = [model.data(model.index(r, column)) for r in range(model.rowCount())]
        assert shown and all(CJK.search(s) and not english_words(s) for s in shown), shown
        assert shown[0] == "新文章：本版的第一个标题"
        first = next(iter(window.page.rows_by_line.values()))
        window._block_clicked(first.id)
        message = window.statusBar().currentMessage()
        assert message.startswith(f"第 {first.line} 行：") and not english_words(message), message
    finally:
        window.session.store.close()


def test_an_old_databases_english_cues_read_in_chinese(qtbot, tmp_path: Path, chinese: None) -> None:  # type: ignore[no-untyped-def]
    from jmreview.analysis.cue_codes import english

    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    try:
        for a in Article.select():
            Article.update(start_cue=english(a.start_cue)).where(Article.id == a.id).execute()
        Article.update(start_cue="set by hand (王编辑)").where(Article.id == Article.select().first().id).execute()
        window.refresh()
        model = window.articles.model
        shown = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
        assert shown[0] == "人工设定（王编辑）" and all(CJK.search(s) for s in shown), shown
    finally:
        window.session.store.close()


def test_a_refused_import_is_reported_in_chinese(qtbot, tmp_path: Path, chinese: None, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from jmreview.gui import jobs

    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    try:
        empty = tmp_path / "empty.txt"
        empty.write_bytes(b"")
        warnings: list[str] = []
        monkeypatch.setattr(jobs.QMessageBox, "warning", lambda _w, _t, text: warnings.append(text))
        job = jobs.import_into(window, [empty])
        qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
        del job
        assert "拒绝导入：empty.txt：是空文件（0 字节）" in warnings[0], warnings
        assert not english_words(warnings[0].replace("empty.txt", "")), warnings[0]
    finally:
        window.session.store.close()


def shown_texts(widget: QWidget) -> list[str]:
    """Every text a dialog shows: title, labels, buttons, tooltips, menus, headers, combo items."""
    out = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            out.append(child.text())
        if isinstance(child, QGroupBox):
            out.append(child.title())
        if isinstance(child, QComboBox):
            out += [child.itemText(i) for i in range(child.count())]
        if isinstance(child, (QTreeView, QTableView)) and child.model() is not None:
            m = child.model()
            out += [str(m.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(m.columnCount())]
        out.append(child.toolTip())
        out += [a.text() for a in child.actions()]
    return [t for t in out if t]


def test_every_menu_action_and_dialog_reads_in_chinese(qtbot, tmp_path: Path, chinese: None) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, tmp_path, [SEEDS / "001_69ca20e02664ffc6.txt"])
    window.session.store.backup("before-import")
    found: list[str] = []
    try:
        for menu in window.menuBar().findChildren(QMenu):
            found += [f"menu: {menu.title()}"] if english_words(menu.title()) else []
        for name, action in window.actions_by_name.items():
            if english_words(action.text()) or not CJK.search(action.text()):
                found.append(f"action {name}: {action.text()}")
        for name in ("settings", "shortcuts", "about", "labels", "export", "import_files", "import_folder",
                     "import_json", "open_database", "restore"):
            seen: list[QWidget] = []

            def look(seen: list[QWidget] = seen, name: str = name) -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is None or dialog in seen:
                    QTimer.singleShot(50, lambda: look(seen, name))
                    return
                seen.append(dialog)
                found.extend(f"{name}: {t}" for t in shown_texts(dialog) if english_words(t))
                dialog.close() if not hasattr(dialog, "reject") else dialog.reject()

            QTimer.singleShot(50, look)
            window.actions_by_name[name].trigger()
            assert seen, f"{name} opened no dialog"
        assert not found, "\n".join(found)
    finally:
        window.session.store.close()


def test_the_export_proposes_a_chinese_file_name(chinese: None) -> None:
    from jmreview.gui.export_dialog import default_name

    assert default_name("xlsx") == "语料.xlsx"


def test_the_status_bar_says_the_word_segmenter_is_ready(chinese: None) -> None:
    from jmreview.gui import app

    source = Path(app.__file__).read_text(encoding="utf-8")
    said = re.findall(r'window\.say\(tr\("([^"]+)"\)\)', source)
    assert [QCoreApplication.translate("App", s) for s in said] == ["分词词典已就绪"]


def test_qt_file_dialog_speaks_chinese(qtbot, chinese: None) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(None, "t", "", "Text (*.txt)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = shown_texts(dialog)
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts, texts
    assert not [t for t in texts if english_words(t) and t not in ("t", "Text (*.txt)")], texts


def test_a_refusal_is_a_code_that_travels_from_a_worker_process() -> None:
    import pickle

    from jmreview.errors import RefusedInput

    refusal = pickle.loads(pickle.dumps(RefusedInput("a.txt", "too_big", {"size": "70", "limit": "64"})))
    assert (refusal.code, refusal.arguments) == ("too_big", {"size": "70", "limit": "64"})
    assert str(refusal) == "a.txt: is 70 MB; page dumps over 64 MB are refused"  # the command line stays English


def test_the_importers_own_refusals_read_in_chinese(tmp_path: Path, chinese: None) -> None:
    from jmreview.gui.cue_text import refusal_text
    from jmreview.store.database import Store
    from jmreview.store.opening import DiskFull
    from jmreview.workflows.importer import _full_reason, import_paths

    assert refusal_text(_full_reason(DiskFull(tmp_path / "a.sqlite3"), 3)).startswith("未导入：")
    assert refusal_text(_full_reason(DiskFull(tmp_path / "a.sqlite3"), 0)).startswith("未导入：")
    store = Store(tmp_path / "v.sqlite3")
    page = tmp_path / "p" / "A01.txt"
    page.parent.mkdir()
    page.write_text("# 市图书馆举办读书月活动\n\n江门日报讯（记者/黎禹君）3月2日，活动举行。\n", encoding="utf-8")
    import_paths(store, [page], workers=1)
    Article.update(status="reviewed", manual=["title"]).execute()
    page.write_text("# 市图书馆举办读书节活动\n\n江门日报讯（记者/黎禹君）3月3日，活动举行。\n", encoding="utf-8")
    report = import_paths(store, [page], workers=1)
    store.close()
    assert report.refused  # a new version that changes people's work is refused until confirmed
    assert refusal_text(report.refused[0][1]).startswith("是已导入文件的新版本"), report.refused


def test_every_cue_the_analysis_records_is_a_known_code() -> None:
    from jmreview.analysis.cue_codes import CUES, decode, encode, english
    from jmreview.analysis.pipeline import analyse_text
    from jmreview.exchange.ingest import read_source

    for path in sorted(SEEDS.glob("*.txt")):
        page = analyse_text(read_source(path).text, with_entities=False)
        cues = [a.start_cue for a in page.articles] + [c for a in page.articles for c in a.cues.values()]
        assert all(c in CUES for c in [*cues, *page.joins.values()]), path
    assert decode(encode("hand.article", who="王 编辑")) == ("hand.article", {"who": "王 编辑"})
    assert english(encode("hand.article", who="王")) == "set by hand (王)"


def test_every_coded_message_of_the_core_reads_in_chinese(chinese: None) -> None:
    """Opening warnings, corpus-file refusals and apply refusals: every template the core codes reads in Chinese."""
    from jmreview.errors import Coded
    from jmreview.exchange.json_apply import APPLY_REFUSALS
    from jmreview.exchange.json_checks import SOURCE_REFUSALS
    from jmreview.exchange.json_validate import READ_REFUSALS
    from jmreview.gui.store_messages import coded_text
    from jmreview.store.database import NOT_SQLITE
    from jmreview.store.opening import WARNINGS

    args = {k: "x" for k in ("file", "name", "path", "folder", "detail", "limit", "encoding", "id", "title", "here",
                             "here_at", "theirs", "theirs_at", "line", "other", "column", "editors", "n", "ids", "kind")}
    untranslated = []
    for template in [*WARNINGS.values(), *READ_REFUSALS.values(), *SOURCE_REFUSALS.values(),
                     *APPLY_REFUSALS.values(), *NOT_SQLITE.values()]:
        shown = coded_text(Coded(template, **args))
        if not CJK.search(shown) or english_words(shown.replace("sha256", "").replace("with-source", "")):
            untranslated.append(f"{template}: {shown}")
    assert not untranslated, "\n".join(untranslated)


def test_run3_62_json_import_refusals_and_conflicts_read_in_chinese(window, chinese: None, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """run 3 #62: a refused corpus file (an id twice, no source, not JSON) and an apply with stale articles are
    said in Chinese in the window, naming the file; nothing is changed by a refusal."""
    import json as jsonlib

    from PySide6.QtWidgets import QMessageBox

    from jmreview.exchange.export_json import export_json
    from jmreview.gui.jobs import import_json_into
    from jmreview.store import edits

    shown: list[str] = []
    details: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(title + "\n" + text))

    def capture(box: QMessageBox) -> int:
        shown.append(box.windowTitle() + "\n" + box.text())
        details.append(box.detailedText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    path = tmp_path / "c.json"
    export_json(path)
    doc = jsonlib.loads(path.read_text(encoding="utf-8"))
    doubled = jsonlib.loads(jsonlib.dumps(doc))
    doubled["files"][0]["articles"].append(doubled["files"][0]["articles"][0])
    (tmp_path / "doubled.json").write_text(jsonlib.dumps(doubled, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    before = Article.select().count()
    for name in ("doubled.json", "broken.json"):
        import_json_into(window, tmp_path / name)
    assert Article.select().count() == before
    first = doc["files"][0]["articles"][0]
    edits.set_article_field(window.session.store, "乙", first["id"], "title", "另一位编辑改过的标题")
    import_json_into(window, path)   # the stale article is left as it is, and the window says so
    assert len(shown) == 3, shown
    for text in shown:
        assert CJK.search(text) and not english_words(re.sub(r"\w+\.(json|txt)|JSON", "", text)), text
    assert "doubled.json" in shown[0] and "broken.json" in shown[1]
    assert "appears twice" in details[0]   # the technical detail, for whoever fixes the file
    assert "保持原样" in shown[2] and str(first["id"]) in shown[2], shown[2]


def test_every_logged_edit_reads_in_chinese_in_the_history(chinese: None) -> None:
    """History wording: each summary the core logs (and an old, unknown one) reads in Chinese, naming what changed."""
    from jmreview.gui.history import TITLES, history_title

    summaries = {
        "set_role": ["line 9: role → caption", "lines 9, 10, 12: role → subhead"],
        "set_noise": ["line 9: noise", "line 9: back into an article"],
        "set_join": ["line 9: join", "line 9: no join"],
        "set_duplicate": ["line 9: duplicate of 7", "line 9: duplicate of None"],
        "split_article": ["new article at line 9"], "merge_articles": ["《甲文》 merged into 《乙文》"],
        "move_blocks": ["lines 9, 10 → 《乙文》"],
        "set_field": ["《甲文》 kicker → 新引题", "《甲文》 category → feature", "《甲文》 reporters → ['张三', '李四']",
                      "《甲文》 date → None"],
        "set_status": [f"《甲文》 → {s}" for s in ("auto", "in_review", "reviewed", "rejected")],
        "add_entity": ["PER 张三"], "update_entity": ["张三 ×2: {'status': 'accepted'}",
                                                      "张三 ×1: {'label': 'LOC', 'status': 'accepted'}",
                                                      "张三 (PER) ×1: {'status': 'rejected'}"],
        "delete_entity": ["delete PER 张三 ×1"], "accept_all": ["《甲文》: accept all suggestions"],
        "label_all": ["ORG 江门日报: every occurrence"], "add_label": ["label EVT (事件)"],
        "edit_label": ["label EVT: {'color': '#ff0000'}"], "import_json": ["apply a corpus file"],
        "set_page": ["第三版.txt: issue 2024-08-21, page A03", "第三版.txt: issue -, page -"],
        "link_stories": ["《甲文》 → 《乙文》"], "link_status": [f"《甲文》 → 《乙文》: {s}" for s in
                                                         ("suggested", "accepted", "rejected")],
        "unlink": ["《甲文》 ↛ 《乙文》"],
        "assign": ["3 pages → 张三"], "unassign": ["1 pages ← 张三"], "double_review": ["double review: 甲 / 乙"],
        "curate": ["fields:107: a", "segment:3: b", "entity:12:14: own"],
        "import_xlsx": ["edited workbook 审校.xlsx"], "import_annotations": ["entity annotations from 标注.jsonl"],
        "apply_lexicon": ["apply what was learned: 3 articles"], "lexicon_delete": ["lexicon: delete PER 张三"],
        "lexicon_edit": ["lexicon: 张三 PER → ORG 张三"], "lexicon_import": ["lexicon: 3 entries imported from a.csv"],
    }
    assert set(summaries) == set(TITLES)
    found = []
    for action, shown in summaries.items():
        for summary in [*shown, "something an older version wrote"]:
            text = history_title(action, summary)
            if not CJK.search(text) or english_words(text) or "→" in text:
                found.append(f"{action} {summary!r}: {text}")
    assert not found, "\n".join(found)
    assert history_title("set_status", "《甲文》 → rejected") == "《甲文》：标为退回"
    assert history_title("set_role", "lines 9, 10, 12: role → subhead") == "第 9–12 行改为小标题"
    assert history_title("update_entity", "张三 ×1: {'label': 'LOC', 'status': 'accepted'}") == "“张三”：标签改为 LOC"
    assert history_title("set_field", "《甲文》 category → feature") == "《甲文》：类别改为“通讯”"
    assert history_title("update_entity", "张三 (PER) ×1: {'status': 'rejected'}") == "“张三”（PER）：已拒绝"


def test_b35_the_file_dialogs_type_column_says_folder_in_chinese(chinese: None, tmp_path: Path) -> None:
    """Fourth run B35: the file dialog's 类型 column said 'Folder'."""
    from PySide6.QtCore import QFileInfo
    from PySide6.QtWidgets import QFileIconProvider

    assert QFileIconProvider().type(QFileInfo(str(tmp_path))) == "文件夹"


def test_a_rejected_entity_reads_as_rejected_not_as_a_returned_article(chinese: None) -> None:
    """An article sent back is 退回; an entity an editor said is none is 已拒绝 (the same English word, two meanings)."""
    from jmreview.gui.table_models import ENTITY_STATUS_TITLES, STATUS_TITLES

    table = "TableModels"
    assert QCoreApplication.translate(table, STATUS_TITLES["rejected"]) == "退回"
    assert QCoreApplication.translate(table, ENTITY_STATUS_TITLES["rejected"]) == "已拒绝"


def test_r23a_40_50_the_systems_words_for_a_file_read_in_chinese(chinese: None) -> None:
    """Run 23 A40/A50: an export to `…/e.sqlite3/sub/x.xlsx` said the system's "Not a directory"; jmreview's own folder
    being a file said "(File exists：…)"."""
    from jmreview.errors import Coded
    from jmreview.gui.store_messages import coded_text, user_message
    from jmreview.store.opening_messages import OPENING

    said = user_message(NotADirectoryError(20, "Not a directory", "/x/e.sqlite3/sub/x.xlsx"))
    assert "不是文件夹" in said and "Not a directory" not in said, said
    said = coded_text(Coded(OPENING["no_data_folder"], folder="/home/x/.local/share/jmreview", detail="File exists"))
    assert "已有同名文件" in said and "File exists" not in said, said
