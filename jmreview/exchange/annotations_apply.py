"""`jmreview import-annotations`: entity annotations from another tool applied to the matching articles.

A document of the file matches an article by our id (when the file carries it, and only if
the article's text is still the text of the file, in either script) or else by its text.
Its spans become entities of the article, all in ONE logged edit that one undo takes back:

- ``accepted``: what the file's person decided becomes accepted (a suggestion on the same
  span is accepted or relabelled; none there: a person's entity is added), the file's
  suggestions are suggested, and a suggestion of ours that the file has neither way is
  rejected — the file is a whole annotation of its document. What people here accepted or
  rejected is never undone by a suggestion.
- ``suggested``: every span of the file is added as a suggestion where the article has no
  entity on it; nothing else changes.

Entities on duplicate lines are not in the documents, and are left as they are.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jmreview.analysis.script import to_simplified_aligned
from jmreview.errors import Coded
from jmreview.exchange.annotations import Document, file_documents, text_key
from jmreview.exchange.annotations_in import NOTES, Incoming, read_annotations
from jmreview.exchange.deleted_spans import removed_by_people
from jmreview.exchange.json_apply import under_review
from jmreview.store.changes import Changes, record
from jmreview.store.database import Store
from jmreview.store.ids import Logged
from jmreview.store.models import Article, Entity, Label, now
from jmreview.store.queries import files
from jmreview.terminal import shown

MODES = ("suggested", "accepted")
UNREAD = (NOTES["bad_span"], NOTES["not_spans"], NOTES["span_shape"])   # a document's spans that were not read


@dataclass
class AnnotationReport:
    """What an annotation import matched and did."""

    documents: int = 0
    by_id: int = 0
    by_text: int = 0
    added: int = 0
    kept: int = 0          # spans of the file a person deleted here since: left deleted
    unplaced: int = 0      # entities on duplicate lines of the matched articles: in no such file, left as they are
    accepted: int = 0
    relabelled: int = 0
    rejected: int = 0
    notes: list[str] = field(default_factory=list)   # Coded: documents left out, spans left out
    log_id: int = 0

    def summary(self) -> str:
        """One line for the terminal."""
        return (f"{self.by_id + self.by_text} of {self.documents} documents matched ({self.by_id} by id, "
                f"{self.by_text} by text): {self.added} entities added, {self.accepted} accepted, "
                f"{self.relabelled} relabelled, {self.rejected} rejected"
                + (f"; {self.kept} deleted here since, left deleted" if self.kept else "")
                + (f"; {self.unplaced} entities on duplicate lines left as they are (such files leave them out: their "
                   "first copy is in them)" if self.unplaced else ""))   # (run 38 A17: unsaid)


def _nonspace(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace())


class Index:
    """Every current article's document, by id and by the fingerprint of its text (either script, spaced or not)."""

    def __init__(self) -> None:
        self.by_id: dict[int, Document] = {}
        self.by_key: dict[str, Document] = {}
        self.logged = Logged()   # the ids this database ever had
        self.twice: dict[str, set[str]] = {}   # a text on more than one page (a reprint): its pages
        page: dict[str, tuple[int, str]] = {}
        for source in files():
            where = (source.id, f"{source.folder}/{source.name}" if source.folder else source.name)
            for doc in file_documents(source):
                self.by_id[doc.article_id] = doc
                for text in self.texts(doc, True) + self.texts(doc, False):
                    key = text_key(text)
                    self.by_key.setdefault(key, doc)
                    if page.setdefault(key, where)[0] != source.id:
                        self.twice.setdefault(key, {page[key][1]}).add(where[1])

    @staticmethod
    def texts(doc: Document, spaced: bool) -> list[str]:
        """The texts a file may hold for this document."""
        texts = [doc.text, to_simplified_aligned(doc.text)]
        return texts if spaced else [_nonspace(t) for t in texts]

    def match(self, inc: Incoming, report: AnnotationReport) -> Document | None:
        """The article a document of the file is about (None, with a note, when there is none or it changed)."""
        if inc.article_id is not None:   # by our id while the article's text is still the file's, else by the
            doc = self.by_id.get(inc.article_id)   # text (run 38 A45: a new version of the page matched nothing)
            if doc is not None and inc.text in self.texts(doc, inc.spaced):
                report.by_id += 1
                return doc
            other = self._by_text(inc, report)
            if other is not None or text_key(inc.text) in self.twice:
                return other
            earlier = doc is None and Article.get_or_none(Article.id == inc.article_id) is not None   # on a version
            gone = doc is None and not earlier and inc.article_id in self.logged   # merged, split… (run 41 A22)
            report.notes.append(Coded(NOTES["gone" if gone else "not_here" if doc is None and not earlier   # replaced
                                            else "replaced" if earlier   # since (run 39 A4), said (run 47 A16)
                                            else "changed"], doc=inc.where, id=inc.article_id))
            return None
        doc = self._by_text(inc, report)
        if doc is None and text_key(inc.text) not in self.twice:
            report.notes.append(Coded(NOTES["no_match"], doc=inc.where))
        return doc

    def _by_text(self, inc: Incoming, report: AnnotationReport) -> Document | None:
        """The article whose text the document's is, when one page holds it (a reprint's two: said, left out)."""
        key = text_key(inc.text)
        if key in self.twice:   # (run 40 A24: applied to the reprint, unsaid)
            pages = sorted(self.twice[key])
            report.notes.append(Coded(NOTES["twice"], doc=inc.where, n=len(pages), pages=", ".join(pages[:3])))
            return None
        doc = self.by_key.get(key)
        if doc is not None:
            report.by_text += 1
        return doc


def _source_spans(doc: Document, inc: Incoming, spans: list[tuple[int, int, str]], labels: set[str],
                  report: AnnotationReport, held: set[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """The file's spans as source offsets of the article (a BIO text has no white space: mapped back); those of a
    label this database does not have go into `held`: the file answered there, in words not read here."""
    at = list(range(len(doc.text))) if inc.spaced else [k for k, ch in enumerate(doc.text) if not ch.isspace()]
    out = []
    for start, end, label in spans:
        if label not in labels:
            note = Coded(NOTES["label"], doc=inc.where, label=shown(label))   # a file's name: never an escape
            if note not in report.notes:
                report.notes.append(note)
            if 0 <= start < end <= len(at) and (place := doc.source_span(at[start], at[end - 1] + 1)) is not None:
                held.add(place)   # (run 59 A38, A39: our suggestion there rejected, an answer nobody gave)
            continue
        place = doc.source_span(at[start], at[end - 1] + 1)
        if place is None:   # (run 37 A15: a span across a line break was said not to fit its text)
            report.notes.append(_not_placed(doc, inc, start, end, at))
        else:
            out.append((*place, label))
    return out


def _not_placed(doc: Document, inc: Incoming, start: int, end: int, at: list[int]) -> Coded:
    """Why a span of the file lies on no line of the article: across a line break, across two lines the export
    joined (run 54 A11: "does not fit its text", though it fits the text jmreview wrote), or out of its text."""
    i, j = at[start], at[end - 1] + 1
    if "\n" in doc.text[i:j] or "\r" in doc.text[i:j]:
        return Coded(NOTES["across_lines"], doc=inc.where, start=start, end=end)
    if 0 <= i < j <= len(doc.text) and min(doc.lines[i], doc.lines[j - 1]) >= 0:   # two lines, shown as one
        return Coded(NOTES["across_joined"], doc=inc.where, start=start, end=end, text=shown(doc.text[i:j][:40]))
    return Coded(NOTES["bad_span"], doc=inc.where, start=start, end=end)


def import_annotations(store: Store, path: Path, who: str, mode: str = "suggested") -> AnnotationReport:
    """Read an annotation file and apply it to the matching articles as one logged edit."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}")
    incoming = read_annotations(Path(path))
    report = AnnotationReport(documents=len(incoming))
    index = Index()
    labels = {lab.name for lab in Label.select(Label.name)}
    work = []
    for inc in incoming:
        report.notes += inc.problems
        doc = index.match(inc, report)
        if doc is not None:
            held: set[tuple[int, int]] = set()   # spans the file labelled in words this database does not know
            whole = not any(getattr(p, "template", "") in UNREAD for p in inc.problems)   # spans not read: not the
            if inc.annotated and not whole and mode == "accepted":   # whole answer (run 62 A30, A31: a shape not read
                report.notes.append(Coded(NOTES["unread_spans"], doc=inc.where))   # rejected every suggestion)
            work.append((doc, _source_spans(doc, inc, inc.decided, labels, report, held),
                         _source_spans(doc, inc, inc.suggested, labels, report, held), inc.where,
                         frozenset(held) if inc.annotated and whole else None))   # (None: rejects nothing)
    reviewed = under_review()   # pages corrected on their review copies: left alone, one line each, the rest applied
    if reviewed:
        on_page = {a.id: a.file_id for a in Article.select(Article.id, Article.file).where(
            Article.file.in_(sorted(reviewed)))}
        for doc, *_ in work:
            if doc.article_id in on_page and reviewed[on_page[doc.article_id]] not in report.notes:
                report.notes.append(reviewed[on_page[doc.article_id]])
        work = [w for w in work if w[0].article_id not in on_page]
    removed = removed_by_people()
    with record(store, who, "import_annotations", f"entity annotations from {Path(path).name}") as ch:
        for doc, decided, suggested, where, answered in work:
            report.unplaced += doc.unplaced
            gone = removed.get(doc.article_id, set())   # a span a person deleted here: not brought back (r25 A54)
            report.kept += sum((s, e) in gone for s, e, _ in decided + suggested)
            _apply(ch, doc, [x for x in decided if x[:2] not in gone], [x for x in suggested if x[:2] not in gone],
                   mode, report, where, answered)
    if ch.steps:
        report.log_id = ch.log_id()
    return report


def _apply(ch: Changes, doc: Document, decided: list[tuple[int, int, str]], suggested: list[tuple[int, int, str]],
           mode: str, report: AnnotationReport, where: str = "", held: frozenset[tuple[int, int]] | None = frozenset()
           ) -> None:
    """One article's entities as the file says (see the module's description); `held`: spans it answered in labels
    not read here (their suggestions left as they are), None for a document nobody annotated (nothing rejected)."""
    article = Article.get_by_id(doc.article_id)
    rows: dict[tuple[int, int], list[Any]] = {}
    for e in Entity.select().where(Entity.article == article).order_by(Entity.id):
        rows.setdefault((e.start, e.end), []).append(e)
    before = len(ch.steps)
    if mode == "suggested":
        decided, suggested = [], decided + suggested
    for start, end, label in decided:
        have = rows.get((start, end))
        if not have:
            rows[(start, end)] = [_create(ch, article, start, end, label, "accepted")]
            report.added += 1
        elif have[0].status == "rejected" or (have[0].status == "accepted" and have[0].label != label):
            key = "rejected_here" if have[0].status == "rejected" else "labelled_here"   # a person's decision
            report.notes.append(Coded(NOTES[key], doc=where, text=have[0].text, here=have[0].label,   # here is
                                      label=label))   # never overturned by a file (run 48 A22)
        elif have[0].label != label or have[0].status != "accepted":
            report.relabelled += have[0].label != label
            report.accepted += have[0].label == label
            ch.set(have[0], label=label, status="accepted")
    otherwise = []   # a file's other label for a suggestion, read as a suggestion: said (run 59 A18)
    for start, end, label in suggested:
        have = rows.get((start, end))
        if not have:
            rows[(start, end)] = [_create(ch, article, start, end, label, "suggested")]
            report.added += 1
        elif mode == "accepted" and have[0].status == "suggested" and have[0].label != label:
            ch.set(have[0], label=label)
            report.relabelled += 1
        elif have[0].status == "suggested" and have[0].label != label:
            otherwise.append((have[0], label))
    if otherwise:
        report.notes.append(Coded(NOTES["other_label"], doc=where, n=len(otherwise), text=otherwise[0][0].text,
                                  label=otherwise[0][1], here=otherwise[0][0].label))
    if mode == "accepted" and held is not None:
        said = {(s, e) for s, e, _ in decided + suggested} | held
        for span, group in rows.items():
            for e in group:
                if e.status == "suggested" and span not in said and doc.text_span(*span) is not None:
                    ch.set(e, status="rejected")
                    report.rejected += 1
        if len(ch.steps) > before and "entities" not in article.manual:
            ch.set(article, manual=sorted({*article.manual, "entities"}))
    if len(ch.steps) > before:
        ch.touch(article)


def _create(ch: Changes, article: Article, start: int, end: int, label: str, status: str) -> Any:
    text = article.file.text[start:end]
    return ch.create(Entity, article=article, file=article.file_id, start=start, end=end, text=text,
                     simplified=to_simplified_aligned(text), label=label, role=None,
                     origin="manual" if status == "accepted" else "auto", status=status, created_at=now())
