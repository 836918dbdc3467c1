"""The peewee models of the store.

Machine output and human decisions are kept apart: every block and article remembers which
of its fields an editor set (``manual``), and an article touched by hand or reviewed is
never redone by automation. Blocks, entities and articles point into the immutable source
text by code-point offsets.
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from peewee import (
    SQL,
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

SCHEMA_VERSION = 9   # 5: lexicon (13), 6: newspaper (14), 7: double review, 8: file list index, 9: ids not reused
database_proxy = DatabaseProxy()
STATUSES = ("auto", "in_review", "reviewed", "rejected")
ROLES = ("kicker", "headline", "subheadline", "byline", "subhead", "caption", "note", "body")
CATEGORIES = ("news", "feature", "commentary", "document", "roundup", "photo", "ad")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "big5")   # a page's, read
SCRIPTS = ("traditional", "simplified", "mixed")
ORIGINS = ("auto", "manual")
MAX_VERSION = 1_000_000_000   # an article's count of changes, as a corpus file may carry it
DEFAULT_LABELS = (
    ("PER", "人名", "#d9534f", "1"),
    ("LOC", "地名", "#5cb85c", "2"),
    ("ORG", "机构", "#337ab7", "3"),
    ("DATE", "日期", "#f0ad4e", "4"),
)


def now() -> datetime:
    """The current time, timezone-aware UTC."""
    return datetime.now(timezone.utc)


class JSONField(TextField):
    """A list or dict stored as UTF-8 JSON text."""

    def db_value(self, value: Any) -> str:
        """Serialise for the database."""
        return json.dumps(value if value is not None else [], ensure_ascii=False)

    def python_value(self, value: Any) -> Any:
        """Deserialise from the database."""
        return json.loads(value) if value else []


class DamagedValue(ValueError):
    """A stored value jmreview would not have written (another program's), met as it is read."""


class ListField(JSONField):
    """A list of names or marks stored as JSON text (run 34 B4, B5: `[1,2]` or `null` another program wrote ended
    curate and agreement in a TypeError): read as texts, doctor naming the value; no list at all is refused."""

    def python_value(self, value: Any) -> Any:
        """Deserialise as a list of texts."""
        return listed(value, f"{self.model.__name__.lower()}.{self.name}")


def listed(raw: Any, where: str = "a list", strict: bool = False) -> list[str]:
    """A stored list of names or marks, read: null as none, numbers as their text (strict: refused); DamagedValue
    when it is no list."""
    found = json.loads(raw) if raw else []
    texts = found is None or isinstance(found, list) and all(isinstance(x, str) for x in found)
    if not isinstance(found, (list, type(None))) or strict and not texts:
        raise DamagedValue(f"{where} holds {str(raw)[:40]!r}, not a list of texts")
    return [x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in found or [] if x is not None]


class RowIdField(AutoField):
    """A row id never given twice: AUTOINCREMENT on SQLite (a server's sequences never go back anyway).

    Without it SQLite gives the highest id again after that row is deleted (an undo of a split), and the redo of
    that edit would find its rows taken by another process's new ones.
    """

    def ddl(self, ctx: Any) -> Any:
        """The column's definition, with AUTOINCREMENT when the database is SQLite."""
        node = super().ddl(ctx)
        if ctx.state.field_types.get("AUTO") == "INTEGER":   # SQLite's name for an auto field
            node.nodes.append(SQL("AUTOINCREMENT"))
        return node


class BaseModel(Model):
    """Every model shares the one database."""

    id = RowIdField()

    class Meta:
        database = database_proxy


class SchemaInfo(BaseModel):
    """The schema version of this database (one row)."""

    version = IntegerField()
    created_at = DateTimeField(default=now)


class Label(BaseModel):
    """An entity label: name, title shown to editors, colour and hotkey."""

    name = CharField(unique=True)
    title = CharField()
    color = CharField()
    hotkey = CharField(null=True)


class SourceFile(BaseModel):
    """One imported page dump, exactly as decoded; never modified."""

    name = CharField()
    sha256 = CharField(unique=True)
    encoding = CharField()
    script = CharField()
    text = TextField()
    line_count = IntegerField()
    size = IntegerField()
    imported_at = DateTimeField(default=now)
    replaced_by = IntegerField(null=True)  # schema 2: a newer import of the same name with other bytes
    folder = TextField(default="")  # schema 4: the name of the folder it came from ('' for older imports)
    # schema 6: the issue and page it was printed as, and where they were read ('' not yet looked at, 'none'
    # nothing found, 'name', 'folder', 'furniture', 'manual' set by an editor)
    issue_date = CharField(null=True)
    page_label = CharField(null=True)
    page_source = CharField(default="", constraints=[SQL("DEFAULT ''")])
    # schema 7: double review. A review copy is one editor's own copy of a page (``review_of`` the page, ``replaced_by``
    # the page too, so every list of current files leaves it out); ``review_state`` of a page: '' not under double
    # review, 'double' marked, 'curating' its first difference settled, 'curated' every difference settled
    review_of = IntegerField(null=True)
    review_editor = CharField(null=True)
    review_state = CharField(default="", constraints=[SQL("DEFAULT ''")])


# schema 3: one current version per page, enforced by the database (two importers cannot both add one);
# schema 4: a page is its file name in its folder (A01.txt of two days are two pages)
SourceFile.add_index(SourceFile.index(SourceFile.folder, SourceFile.name, unique=True,
                                      where=SourceFile.replaced_by.is_null(), name="sourcefile_one_current_page"))
# schema 8: the file list and the issues' pages read from an index holding every column they show, never from the
# rows themselves (whose page text SQLite keeps before these columns: 20,000 pages read 0.3 s of it)
SourceFile.add_index(SourceFile.index(SourceFile.replaced_by, SourceFile.issue_date, SourceFile.page_label,
                                      SourceFile.name, SourceFile.id, SourceFile.script, SourceFile.review_of,
                                      SourceFile.page_source, name="sourcefile_listed"))


class Article(BaseModel):
    """One editorial unit: an ordered list of blocks plus its fields."""

    file = ForeignKeyField(SourceFile, backref="articles", on_delete="CASCADE")
    file_id: int
    reading_order = IntegerField()
    title = TextField(default="")
    kicker = TextField(default="")
    subtitle = TextField(default="")
    title_simplified = TextField(default="")
    category = CharField(default="news")
    date = CharField(null=True)
    reporters = ListField(default=list)
    correspondents = ListField(default=list)
    photographers = ListField(default=list)
    sources = ListField(default=list)
    status = CharField(default="auto")
    reviewer = CharField(null=True)
    reviewed_at = DateTimeField(null=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    version = IntegerField(default=1)
    origin = CharField(default="auto")
    start_cue = TextField(default="")
    manual = ListField(default=list)
    flag = TextField(default="")  # schema 2: why a person should look at this article again


class Block(BaseModel):
    """One non-empty line of a source file, with its role and membership."""

    file = ForeignKeyField(SourceFile, backref="blocks", on_delete="CASCADE")
    file_id: int
    line = IntegerField()
    start = IntegerField()
    end = IntegerField()
    article = ForeignKeyField(Article, backref="blocks", null=True, on_delete="SET NULL")
    article_id: int | None
    position = IntegerField(default=0)
    role = CharField(default="body")
    cue = TextField(default="")
    joins_previous = BooleanField(default=False)
    join_cue = TextField(default="")
    duplicate_of = IntegerField(null=True)  # line number of the first copy
    manual = ListField(default=list)

    class Meta:
        indexes = ((("file", "line"), True), (("article", "position"), False),
                   (("article", "start"), False))   # the line an entity lies on, found by one seek (derived)


class Entity(BaseModel):
    """A labelled span of source text inside an article."""

    article = ForeignKeyField(Article, backref="entities", on_delete="CASCADE")
    article_id: int
    file = ForeignKeyField(SourceFile, backref="entities", on_delete="CASCADE")
    file_id: int
    start = IntegerField()
    end = IntegerField()
    text = TextField()
    simplified = TextField()
    label = CharField()
    role = CharField(null=True)
    origin = CharField(default="auto")
    status = CharField(default="suggested")
    created_at = DateTimeField(default=now)
    # schema 5: where a suggestion came from (a cue: the rules, jieba, or what editors taught)
    cue = TextField(default="", constraints=[SQL("DEFAULT ''")])
    resolved = CharField(null=True)       # schema 6: a DATE's day, resolved against the issue date (ISO)
    resolved_rule = CharField(default="", constraints=[SQL("DEFAULT ''")])  # …and the rule used, or 'unresolved.<why>'


def entities_within(file: Any, start: int, end: int) -> Any:
    """The condition for a file's entities inside [start, end), bounded on both sides so the (file, start) index
    reads only them (run 50 A13: a lower bound alone read the rest of the page, per line)."""
    return (Entity.file == file) & (Entity.start >= start) & (Entity.start <= end) & (Entity.end <= end)


class EditLog(BaseModel):
    """Every correction: who, when, what, and how to undo it."""

    at = DateTimeField(default=now)
    who = CharField()
    action = CharField()
    summary = TextField(default="")
    payload = JSONField(default=dict)
    inverse = JSONField(default=dict)
    undone = BooleanField(default=False)


class StoryLink(BaseModel):
    """Schema 6: article `first` continues in article `then` (下转 … 上接), suggested by automation or made by hand."""

    first = ForeignKeyField(Article, backref="continued_in", on_delete="CASCADE")
    first_id: int
    then = ForeignKeyField(Article, backref="continues", on_delete="CASCADE")
    then_id: int
    cue = TextField(default="")
    origin = CharField(default="auto")      # auto or manual
    status = CharField(default="suggested")  # suggested, accepted, rejected
    created_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("first", "then"), True), (("then",), False))


class LexiconEntry(BaseModel):
    """Schema 5: what the lexicon holds besides what is derived from decisions: imported and edited entries.

    ``hidden`` rows are deletions made in the lexicon window: they hide that text and label.
    """

    text = TextField()
    label = CharField()
    positive = BooleanField(default=True)
    count = IntegerField(default=1)
    editors = ListField(default=list)
    last_at = DateTimeField(null=True)
    origin = CharField(default="imported")  # imported (another desk's lexicon) or edited (in the lexicon window)
    hidden = BooleanField(default=False)

    class Meta:
        indexes = ((("text", "label"), False),)


class Assignment(BaseModel):
    """Schema 7: a page given to an editor to review ("my work"); who gave it and when are in the edit log too."""

    file = ForeignKeyField(SourceFile, backref="assignments", on_delete="CASCADE")
    file_id: int
    editor = CharField()
    assigned_by = CharField(default="")
    assigned_at = DateTimeField(default=now)

    class Meta:
        indexes = ((("file", "editor"), True),)


class CurationDecision(BaseModel):
    """Schema 7: how a curator settled one difference between two review copies of a page (a, b or own)."""

    file = ForeignKeyField(SourceFile, backref="curation", on_delete="CASCADE")
    file_id: int
    key = CharField()          # which difference (store.curation): 'segment:12', 'role:15', 'entity:301:304', …
    taken = CharField()        # 'a', 'b' or 'own' (the curator's own answer)
    editor_a = CharField()
    editor_b = CharField()
    who = CharField(default="")
    at = DateTimeField(default=now)

    class Meta:
        indexes = ((("file", "key"), True),)


ALL_MODELS = (SchemaInfo, Label, SourceFile, Article, Block, Entity, EditLog, LexiconEntry, StoryLink, Assignment,
              CurationDecision)
