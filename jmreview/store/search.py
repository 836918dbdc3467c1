"""Corpus search over every block's Simplified text (SQLite FTS5 with the trigram tokenizer).

A Simplified query finds Traditional text and the reverse, because both the index and the
query are in Simplified form. Queries shorter than three characters, which trigrams cannot
index, fall back to a scan of the same table.
"""
from __future__ import annotations

from dataclasses import dataclass

from jmreview.analysis.blocks import remove_pinyin
from jmreview.analysis.script import to_simplified_aligned
from jmreview.store.database import Store
from jmreview.store.models import Block, SourceFile

TABLE = "block_fts"


@dataclass(frozen=True)
class Hit:
    """One block that contains the query."""

    block_id: int
    file_id: int
    file_name: str
    line: int
    article_id: int | None
    snippet: str
    start: int      # source offsets of the first match in the block
    end: int
    before: str = ""  # the block's shown text before the match, the match as written, the text after it
    matched: str = ""
    after: str = ""


def ensure_index(store: Store) -> None:
    """Create the search table if missing and index every block not yet in it."""
    db = store.db
    db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, tokenize='trigram')")
    (have,) = db.execute_sql(f"SELECT COUNT(*) FROM {TABLE}").fetchone()
    if have < Block.select().count():
        with store.write():
            indexed = {r[0] for r in db.execute_sql(f"SELECT rowid FROM {TABLE}")}
            for source in SourceFile.select():
                rows = [(b.id, simplified_block(source.text, b.start, b.end))
                        for b in Block.select(Block.id, Block.start, Block.end).where(Block.file == source)
                        if b.id not in indexed]
                db.connection().executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", rows)


def index_blocks(store: Store, file_id: int, text: str) -> None:
    """Add one file's blocks to the search table (inside the caller's transaction)."""
    store.db.execute_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, tokenize='trigram')")
    rows = [(b.id, simplified_block(text, b.start, b.end))
            for b in Block.select(Block.id, Block.start, Block.end).where(Block.file == file_id)]
    store.db.connection().executemany(f"INSERT INTO {TABLE}(rowid, text) VALUES (?, ?)", rows)


def simplified_block(text: str, start: int, end: int) -> str:
    """A block's searchable form: pinyin artifacts out, Simplified, one character per source character."""
    return to_simplified_aligned(remove_pinyin(text[start:end])[0])


def search(store: Store, query: str, file_id: int | None = None, limit: int = 500) -> list[Hit]:
    """Blocks whose Simplified text contains the query, in file and line order."""
    needle = to_simplified_aligned(query.strip())
    if not needle:
        return []
    db = store.db
    if len(needle) >= 3:
        phrase = '"' + needle.replace('"', '""') + '"'
        sql = f"SELECT rowid, text FROM {TABLE} WHERE {TABLE} MATCH ? LIMIT ?"
        rows = db.execute_sql(sql, (phrase, limit * 4)).fetchall()
    else:
        # trigram LIKE answers nothing for patterns under three characters: scan with instr
        sql = f"SELECT rowid, text FROM {TABLE} WHERE instr(text, ?) > 0 LIMIT ?"
        rows = db.execute_sql(sql, (needle, limit * 4)).fetchall()
    if not rows:
        return []
    texts = dict(rows)
    query_blocks = (Block.select(Block.id, Block.file, Block.line, Block.article, Block.start, Block.end,
                                 SourceFile.id, SourceFile.name, SourceFile.text)
                    .join(SourceFile).where(Block.id.in_(list(texts))))
    if file_id is not None:
        query_blocks = query_blocks.where(Block.file == file_id)
    hits = []
    for b in query_blocks.order_by(SourceFile.name, Block.line).limit(limit):
        shown, offsets = remove_pinyin(b.file.text[b.start:b.end], b.start)
        at = to_simplified_aligned(shown).find(needle)
        if at < 0:
            continue
        start, end = offsets[at], offsets[at + len(needle) - 1] + 1
        snippet = shown[max(0, at - 20): at + len(needle) + 20]
        hits.append(Hit(b.id, b.file.id, b.file.name, b.line, b.article_id, snippet, start, end,
                        shown[:at], shown[at:at + len(needle)], shown[at + len(needle):]))
    return hits
