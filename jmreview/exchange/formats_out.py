"""Entity annotations for other tools: CoNLL BIO, brat, spaCy JSONL, Label Studio, doccano.

Every format writes one document per article (`annotations.Document`): its text in the
chosen script and its entities at offsets valid in that text (code points). Rejected
entities are left out; the others are the corpus's entities as they stand — accepted ones
and the suggestions nobody decided yet. Label Studio keeps the two apart (accepted as the
annotation, suggestions as a prediction), doccano too (`label`, and `suggestions` beside it);
BIO and spaCy, which cannot hold overlapping spans, keep accepted before suggested, then the
longer, and count what they left out. Files are written atomically (brat: one .zip).
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zipfile import ZIP_DEFLATED, ZipFile

from jmreview.exchange.annotations import Document, Span, documents, without_overlaps
from jmreview.exchange.atomic import replacing, write_atomically
from jmreview.store.queries import labels

FORMATS = ("bio", "brat", "spacy", "labelstudio", "doccano")
Progress = Callable[[int, int, str], None]


@dataclass
class FormatReport:
    """What an annotation export wrote and left out."""

    articles: int = 0
    entities: int = 0
    unplaced: int = 0       # entities with no exact place in the text written (on duplicate lines)
    overlapping: int = 0    # entities a flat format (BIO, spaCy) could not hold beside another


def export_annotations(path: Path, fmt: str, status: str | None = None, script: str = "original",
                       progress: Progress | None = None) -> FormatReport:
    """Write the corpus's entities in one of FORMATS; returns what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    report = FormatReport()

    def docs() -> Iterator[Document]:
        for doc in documents(status, script):
            report.articles += 1
            report.unplaced += doc.unplaced
            if progress and report.articles % 200 == 1:
                progress(report.articles, 0, doc.file)
            yield doc

    if fmt == "brat":
        _brat(Path(path), docs(), report)
    else:
        write_atomically(Path(path), WRITERS[fmt](docs(), report))
    return report


def _flat(doc: Document, report: FormatReport) -> list[Span]:
    spans, dropped = without_overlaps(doc.spans)
    report.overlapping += dropped
    report.entities += len(spans)
    return spans


def _bio(docs: Iterator[Document], report: FormatReport) -> Iterator[str]:
    """Character BIO: a `-DOCSTART- jmreview:ID` line per article, a sentence per line of text, blank lines between.

    White space is not a token: a space or line break inside the text is left out, so every
    line reads `CHARACTER TAG`.
    """
    for doc in docs:
        tags = ["O"] * len(doc.text)
        for s in _flat(doc, report):
            tags[s.start:s.end] = [f"B-{s.label}"] + [f"I-{s.label}"] * (s.end - s.start - 1)
        out = [f"-DOCSTART- jmreview:{doc.article_id}\n"]
        sentence: list[str] = []
        for ch, tag in zip(doc.text, tags):
            if ch == "\n" and sentence:
                out.append("\n" + "".join(sentence))
                sentence = []
            elif not ch.isspace():
                sentence.append(f"{ch} {tag}\n")
        if sentence:
            out.append("\n" + "".join(sentence))
        yield "".join(out) + "\n"


def _spacy(docs: Iterator[Document], report: FormatReport) -> Iterator[str]:
    """One article a line: text, entities [[start, end, label]] (no overlaps), meta."""
    for doc in docs:
        ents = [[s.start, s.end, s.label] for s in _flat(doc, report)]
        yield _line({"text": doc.text, "entities": ents, "meta": _meta(doc)})


def _doccano(docs: Iterator[Document], report: FormatReport) -> Iterator[str]:
    """doccano's sequence-labelling JSONL: text and label [[start, end, label]] (accepted); our ids beside them."""
    for doc in docs:
        report.entities += len(doc.spans)
        decided = [[s.start, s.end, s.label] for s in doc.spans if s.status == "accepted"]
        suggested = [[s.start, s.end, s.label] for s in doc.spans if s.status != "accepted"]
        yield _line({"text": doc.text, "label": decided, "suggestions": suggested, **_meta(doc)})


def _ls_region(doc: Document, s: Span, n: int) -> dict[str, Any]:
    return {"id": f"e{doc.article_id}-{n}", "from_name": "label", "to_name": "text", "type": "labels",
            "origin": "manual" if s.origin == "manual" else "prediction",
            "value": {"start": s.start, "end": s.end, "text": doc.text[s.start:s.end], "labels": [s.label]}}


def _labelstudio(docs: Iterator[Document], report: FormatReport) -> Iterator[str]:
    """A JSON list of Label Studio tasks: accepted entities as the annotation, suggestions as a prediction."""
    yield "["
    for k, doc in enumerate(docs):
        report.entities += len(doc.spans)
        regions = [(n, s) for n, s in enumerate(doc.spans)]
        task: dict[str, Any] = {
            "data": {"text": doc.text, **_meta(doc)},
            "annotations": [{"result": [_ls_region(doc, s, n) for n, s in regions if s.status == "accepted"],
                             "ground_truth": False, "was_cancelled": False}],
            "predictions": [{"model_version": "jmreview",
                             "result": [_ls_region(doc, s, n) for n, s in regions if s.status != "accepted"]}],
        }
        yield ("," if k else "") + "\n" + json.dumps(task, ensure_ascii=False)
    yield "\n]\n"


def _meta(doc: Document) -> dict[str, Any]:
    return {"jmreview_id": doc.article_id, "file": doc.file, "title": doc.title}


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False) + "\n"


def _brat(path: Path, docs: Iterator[Document], report: FormatReport) -> None:
    """A .zip of brat standoff: FOLDER/ID.txt and FOLDER/ID.ann per article, FOLDER/annotation.conf."""
    folder = path.stem or "jmreview"
    conf = "[entities]\n" + "".join(f"{lab.name}\n" for lab in labels()) + \
        "\n[relations]\n\n[events]\n\n[attributes]\n"
    with replacing(path) as staged, staged.open("wb") as fh, ZipFile(fh, "w", ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/annotation.conf", conf)
        for doc in docs:
            lines = []
            for n, s in enumerate(doc.spans, start=1):
                lines.append(f"T{n}\t{s.label} {s.start} {s.end}\t{doc.text[s.start:s.end]}\n")
                if s.status != "accepted":
                    lines.append(f"#{n}\tAnnotatorNotes T{n}\tsuggested\n")
            report.entities += len(doc.spans)
            archive.writestr(f"{folder}/{doc.article_id}.txt", doc.text)
            archive.writestr(f"{folder}/{doc.article_id}.ann", "".join(lines))


WRITERS: dict[str, Callable[[Iterator[Document], FormatReport], Iterator[str]]] = {
    "bio": _bio, "spacy": _spacy, "doccano": _doccano, "labelstudio": _labelstudio}
