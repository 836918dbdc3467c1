"""Window speed on a generated corpus of 100,000 articles.

    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py [--articles 100000] [--keep DB]

Generates the corpus straight into SQLite (2,000 pages of 50 articles, three blocks and
three entities each, search index included; automation is not what is measured here), then
times in the real window: opening the database and showing the first page, switching
article, undoing a correction, and searching the corpus. Targets: open ≤ 1 s, switch ≤ 30 ms,
undo ≤ 50 ms, search ≤ 200 ms.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jmreview.store.database import Store  # noqa: E402
from jmreview.store.models import Article, Block, Entity, SourceFile, now  # noqa: E402
from jmreview.store.search import TABLE, simplified_block  # noqa: E402

WORDS = ("江门 台山 开平 鹤山 恩平 新会 蓬江 江海 推进 建设 发展 高质量 产业 项目 会议 召开 强调 全面 深化 改革 开放 "
         "侨都 湾区").split()
PER_FILE = 50


def sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def generate(path: Path, articles: int) -> None:
    rng = random.Random(7)
    files = articles // PER_FILE
    with Store(path) as store:
        conn = store.db.connection()
        store.db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, tokenize='trigram')")
        art_id = block_id = 0
        for f in range(files):
            lines, spans = [], []
            pos = 0
            for a in range(PER_FILE):
                for kind, text in (("headline", f"第{f}版第{a}篇 " + sentence(rng, 4)[:-1]),
                                   ("body", f"江门日报讯（记者/张{a % 10}明）" + sentence(rng, 20)),
                                   ("body", sentence(rng, 25))):
                    spans.append((a, kind, pos, pos + len(text), len(lines) * 2 + 1))
                    lines.append(text)
                    pos += len(text) + 2
            text = "\n\n".join(lines) + "\n"
            with store.write():
                sf = SourceFile.create(name=f"page_{f:05d}.txt", sha256=hashlib.sha256(text.encode()).hexdigest(),
                                       encoding="utf-8", script="simplified", text=text,
                                       line_count=len(lines) * 2, size=len(text.encode()))
                arts = [(art_id + a + 1, sf.id, a, f"第{f}版第{a}篇", "", "", f"第{f}版第{a}篇", "news", None,
                         "[]", "[]", "[]", "[]", "auto", None, None, now(), now(), 1, "auto", "bench", "[]", "")
                        for a in range(PER_FILE)]
                conn.executemany(f'INSERT INTO "article" VALUES ({",".join("?" * 23)})', arts)
                rows, ents, fts = [], [], []
                for k, (a, kind, s, e, line) in enumerate(spans):
                    block_id += 1
                    rows.append((block_id, sf.id, line, s, e, art_id + a + 1, k % 3, kind, "bench", 0, "", None, "[]"))
                    fts.append((block_id, simplified_block(text, s, e)))
                    if kind == "body":
                        ents.append((art_id + a + 1, sf.id, s, s + 2, text[s:s + 2], text[s:s + 2], "LOC", None,
                                     "auto", "suggested", now()))
                conn.executemany(f'INSERT INTO "block" VALUES ({",".join("?" * 13)})', rows)
                conn.executemany('INSERT INTO "entity" (article_id, file_id, start, "end", text, simplified, label, '
                                 'role, origin, status, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)', ents)
                conn.executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", fts)
            art_id += PER_FILE
        assert Article.select().count() == files * PER_FILE
        print(f"generated {Article.select().count():,} articles, {Block.select().count():,} blocks, "
              f"{Entity.select().count():,} entities")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def measure(path: Path) -> dict[str, float]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.app import reopen
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session
    from jmreview.store import edits

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    start = time.perf_counter()
    store = Store(path)
    window = MainWindow(Session(store, "bench"), settings, reopen)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start
    assert window.page.toPlainText() and window.current_article is not None
    ids = window.articles.ids()
    switches = []
    for k in range(40):
        t = time.perf_counter()
        window.select_article(ids[(k + 1) % len(ids)])
        app.processEvents()
        switches.append(time.perf_counter() - t)
    undos = []
    for k in range(20):
        window.session.apply("bench", edits.set_status, ids[k % len(ids)], "in_review" if k % 2 else "reviewed")
        app.processEvents()
        t = time.perf_counter()
        window.session.undo_stack.undo()
        app.processEvents()
        undos.append(time.perf_counter() - t)
    searches = []
    for query in ("第12版第7篇", "高质量产业", "侨都湾区", "台山推进", "记者/张3明"):
        window.search.query.setText(query)
        t = time.perf_counter()
        window.search.run()
        app.processEvents()
        searches.append(time.perf_counter() - t)
        assert window.search.hits, query
    window.close()
    store.close()
    return {"open": opened, "switch": statistics.median(switches), "undo": statistics.median(undos),
            "search": statistics.median(searches)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="reuse (or keep) the generated database here")
    args = ap.parse_args()
    path = args.keep or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    if not path.exists():
        t = time.perf_counter()
        generate(path, args.articles)
        print(f"generation {time.perf_counter() - t:.1f} s, {path.stat().st_size / 1e6:.0f} MB")
    result = measure(path)
    targets = {"open": 1.0, "switch": 0.030, "undo": 0.050, "search": 0.200}
    for name, value in result.items():
        verdict = "ok" if value <= targets[name] else "OVER"
        print(f"{name:8s} {ms(value)}   target {ms(targets[name])}   {value / targets[name]:.2f} of target  {verdict}")


if __name__ == "__main__":
    main()
