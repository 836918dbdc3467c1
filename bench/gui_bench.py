"""Window speed on a generated corpus (100,000 articles unless told), in SQLite or on a PostgreSQL server.

    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py [--articles 100000] [--keep DB]
    QT_QPA_PLATFORM=offscreen python bench/gui_bench.py --db postgresql://me@/bench?host=/run/postgresql

Generates the corpus (pages of 50 articles, three blocks and three entities each, search index
included, eight pages to an issue; automation is not what is measured here): into a SQLite file
(`--keep` keeps it for the next run), or with COPY into an empty server database (`--db`; a database
that already holds the corpus is reused). Then times in the real window: opening the database and
showing the first page, switching article, undoing a correction, and searching the corpus.
Targets: open ≤ 1 s, switch ≤ 30 ms, undo ≤ 50 ms, search ≤ 200 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jmreview.store.database import Store  # noqa: E402
from jmreview.store.models import Article, Block, Entity, SourceFile, now  # noqa: E402
from jmreview.store.schema import trigram_index  # noqa: E402
from jmreview.store.search import SERVER_TABLE, TABLE, simplified_block  # noqa: E402
from jmreview.store.server_wait import unbounded  # noqa: E402

WORDS = ("江门 台山 开平 鹤山 恩平 新会 蓬江 江海 推进 建设 发展 高质量 产业 项目 会议 召开 强调 全面 深化 改革 开放 "
         "侨都 湾区").split()
PER_FILE = 50
PAGES_PER_ISSUE = 8
FILE_COLUMNS = ("id", "name", "sha256", "encoding", "script", "text", "line_count", "size", "imported_at", "folder",
                "issue_date", "page_label", "page_source")
ENTITY_COLUMNS = ("article_id", "file_id", "start", '"end"', "text", "simplified", "label", "role", "origin", "status",
                  "created_at")
TARGETS = {"open": 1.0, "switch": 0.030, "undo": 0.050, "search": 0.200}


def sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def pages(files: int) -> Iterator[tuple[tuple[Any, ...], list[tuple[Any, ...]], list[tuple[Any, ...]],
                                        list[tuple[Any, ...]], list[tuple[int, str]]]]:
    """Each page's rows: the file, its articles, blocks, entities and search rows (ids given, as SQLite would)."""
    rng = random.Random(7)
    art_id = block_id = 0
    first_day = dt.date(2018, 1, 1)
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
        issue = (first_day + dt.timedelta(days=f // PAGES_PER_ISSUE)).isoformat()
        file_id = f + 1
        source = (file_id, f"page_{f:05d}.txt", hashlib.sha256(text.encode()).hexdigest(), "utf-8", "simplified",
                  text, len(lines) * 2, len(text.encode()), now(), "", issue, f"A{f % PAGES_PER_ISSUE + 1:02d}",
                  "name")
        arts = [(art_id + a + 1, file_id, a, f"第{f}版第{a}篇", "", "", f"第{f}版第{a}篇", "news", None,
                 "[]", "[]", "[]", "[]", "auto", None, None, now(), now(), 1, "auto", "bench", "[]", "")
                for a in range(PER_FILE)]
        blocks, ents, fts = [], [], []
        for k, (a, kind, s, e, line) in enumerate(spans):
            block_id += 1
            blocks.append((block_id, file_id, line, s, e, art_id + a + 1, k % 3, kind, "bench", 0, "", None, "[]"))
            fts.append((block_id, simplified_block(text, s, e)))
            if kind == "body":
                ents.append((art_id + a + 1, file_id, s, s + 2, text[s:s + 2], text[s:s + 2], "LOC", None,
                             "auto", "suggested", now()))
        art_id += PER_FILE
        yield source, arts, blocks, ents, fts


def generate(path: Path, articles: int) -> None:
    """The corpus into a new SQLite file, one transaction per page."""
    with Store(path) as store:
        conn = store.db.connection()
        store.db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, tokenize='trigram')")
        for source, arts, blocks, ents, fts in pages(articles // PER_FILE):
            with store.write():
                conn.execute(f'INSERT INTO sourcefile ({", ".join(FILE_COLUMNS)}) VALUES '
                             f'({",".join("?" * len(FILE_COLUMNS))})', source)
                conn.executemany(f'INSERT INTO "article" VALUES ({",".join("?" * 23)})', arts)
                conn.executemany(f'INSERT INTO "block" VALUES ({",".join("?" * 13)})', blocks)
                conn.executemany(f'INSERT INTO entity ({", ".join(ENTITY_COLUMNS)}) VALUES '
                                 f'({",".join("?" * len(ENTITY_COLUMNS))})', ents)
                conn.executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", fts)
        counted(articles)


def _copy_text(rows: list[tuple[Any, ...]]) -> io.StringIO:
    """Rows in COPY's text format (tab-separated, \\N for NULL, backslash escapes)."""
    def cell(value: Any) -> str:
        if value is None:
            return "\\N"
        text = value.isoformat() if isinstance(value, dt.datetime) else str(value)
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return io.StringIO("".join("\t".join(cell(v) for v in row) + "\n" for row in rows))


def generate_server(url: str, articles: int, batch: int = 200) -> None:
    """The corpus into an empty server database with COPY, `batch` pages per transaction; then the indexes."""
    with Store(url) as store:
        db = store.db
        db.execute_sql(f"CREATE TABLE IF NOT EXISTS {SERVER_TABLE} (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
        tables = {"sourcefile": f"sourcefile ({', '.join(FILE_COLUMNS)})", "article": "article",
                  "block": "block", "entity": f"entity ({', '.join(ENTITY_COLUMNS)})",
                  "search": f"{SERVER_TABLE} (id, text)"}
        pending: dict[str, list[tuple[Any, ...]]] = {name: [] for name in tables}

        def flush() -> None:
            with store.write(), unbounded():   # COPY: psycopg2 refuses it with the store's bounded waits
                cursor = db.cursor()
                for name, target in tables.items():
                    cursor.copy_expert(f"COPY {target} FROM STDIN", _copy_text(pending[name]))
                    pending[name].clear()

        for n, (source, arts, blocks, ents, fts) in enumerate(pages(articles // PER_FILE), start=1):
            for name, rows in zip(tables, ([source], arts, blocks, ents, fts)):
                pending[name].extend(rows)
            if n % batch == 0:
                flush()
        flush()
        with store.write():
            for table in ("sourcefile", "article", "block"):
                db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), MAX(id)) FROM {table}")
            trigram_index(store.db)
        db.execute_sql("ANALYZE")
        counted(articles)


def counted(articles: int) -> None:
    assert Article.select().count() == articles // PER_FILE * PER_FILE
    print(f"generated {Article.select().count():,} articles, {Block.select().count():,} blocks, "
          f"{Entity.select().count():,} entities")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def measure(location: Path | str, settings_path: Path, settle: bool = False) -> dict[str, float]:
    """Open the window on the corpus and time the four things an editor waits for; medians."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from jmreview.gui.app import reopen
    from jmreview.gui.main_window import MainWindow
    from jmreview.gui.session import Session
    from jmreview.store import edits

    app = QApplication.instance() or QApplication(sys.argv[:1])
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    start = time.perf_counter()
    store = Store(location)
    window = MainWindow(Session(store, "bench"), settings, reopen)
    window.show()
    app.processEvents()
    opened = time.perf_counter() - start
    assert window.page.toPlainText() and window.current_article is not None
    if settle and getattr(store, "opening", None) is not None:   # the rest measured once the on-open job is done
        store.opening.finish()
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
    print(f"(the window's first search, which first checks the index is complete: {ms(searches[0])})")
    window.close()
    background = getattr(store, "opening", None)
    t = time.perf_counter()
    store.close()
    if background is not None:
        print(f"(a large file: checked{' and backed up' if background.made else ''} beside the window; closing "
              f"waited {time.perf_counter() - t:.1f} s for it)")
    return {"open": opened, "switch": statistics.median(switches), "undo": statistics.median(undos),
            "search": statistics.median(searches)}


def report(result: dict[str, float]) -> None:
    for name, value in result.items():
        verdict = "ok" if value <= TARGETS[name] else "OVER"
        print(f"{name:8s} {ms(value)}   target {ms(TARGETS[name])}   {value / TARGETS[name]:.2f} of target  {verdict}")


def main(argv: list[str] | None = None) -> dict[str, float]:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--keep", type=Path, help="reuse (or keep) the generated SQLite database here")
    ap.add_argument("--db", help="a PostgreSQL URL: generate into this empty database (or reuse what it holds)")
    ap.add_argument("--settle", action="store_true",
                    help="a large SQLite file: measure switch, undo and search after its on-open check and backup")
    args = ap.parse_args(argv)
    scratch = Path(tempfile.mkdtemp())
    t = time.perf_counter()
    if args.db:
        location: Path | str = args.db
        with Store(args.db):
            empty = not SourceFile.select().exists()
        if empty:
            generate_server(args.db, args.articles)
            print(f"generation {time.perf_counter() - t:.1f} s")
    else:
        location = args.keep or scratch / "bench.sqlite3"
        if not location.exists():
            generate(location, args.articles)
            print(f"generation {time.perf_counter() - t:.1f} s, {location.stat().st_size / 1e6:.0f} MB")
    result = measure(location, scratch / "bench.ini", args.settle)
    report(result)
    return result


if __name__ == "__main__":
    main()
