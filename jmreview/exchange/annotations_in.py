"""Read entity annotations other tools wrote: Label Studio (JSON tasks), doccano and spaCy JSONL, CoNLL BIO.

Each document read is an `Incoming`: our article id when the file carries it, the text (a BIO
file gives its characters without white space), the spans a person decided (Label Studio's
annotation, doccano's `label`, BIO's tags) and the suggestions (Label Studio's prediction,
`suggestions` beside doccano's labels). A span whose offsets do not fit the text is kept
out and reported; Label Studio offsets counted in UTF-16 units (older versions) are read
as such when that is what makes the span's text match.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jmreview.errors import Coded, JmreviewError
from jmreview.exchange.document_kind import is_workbook
from jmreview.exchange.export_kind import corpus_lines
from jmreview.exchange.safe_read import read_capped
from jmreview.store.changes import MAX_ID

NOTES = {   # what reading or matching an annotation file says (English; the window translates them)
    "not_json": "{file}: line {line} is not JSON ({detail}); nothing was imported",
    "not_object": "{file}: line {line} is JSON but no document (a JSON object {{…}} on each line); nothing was "
                  "imported",
    "unknown": "{file} is neither Label Studio tasks, doccano or spaCy JSONL nor a BIO file; nothing was imported",
    "corpus_json": "{file} is jmreview's corpus JSON, not an annotation file: read it back with `jmreview "
                   "import-json` (nothing was imported)",
    "corpus_lines": "{file} is jmreview's JSON Lines export, made for other programs, not an annotation file; no "
                    "command reads it back: import a doccano, Label Studio, spaCy or BIO file instead, or a snapshot "
                    "(`export --format json --with-source`) with `jmreview import-json` (nothing was imported)",
    "bad_span": "document {doc}: the span {start}–{end} does not fit its text; left out",
    "across_lines": "document {doc}: the span {start}–{end} runs across a line break, and an entity lies on one line; "
                    "left out",
    "across_joined": "document {doc}: the span {start}–{end} (“{text}”) runs over two lines of the page that the "
                     "export shows joined, and an entity lies on one line; left out — mark it in the window, on the "
                     "line it belongs to",
    "bad_tag": "{file}: line {line}: “{text}” is not a character and a BIO tag; nothing was imported",
    "too_deep": "{file}: line {line} is nested too deeply; nothing was imported",
    "long_number": "{file}: line {line} holds a number thousands of digits long; nothing was imported",
    "not_utf8": "{file} is not UTF-8 text; save it as UTF-8 and try again (nothing was imported)",
    "workbook": "{file} is a workbook, not an annotation file: read an edited workbook back with `jmreview "
                "import-xlsx` (nothing was imported)",
    "zip": "{file} is a zip file (the brat export is one, made for brat, and is not read back): import a doccano, "
           "Label Studio, spaCy or BIO file instead (nothing was imported)",
    "bad_id": "{file}: line {line}: “{text}” does not name an article (jmreview:ID, an id up to {limit}); nothing "
              "was imported",
    "not_spans": "document {doc}: “{key}” is “{value}”, not a list of spans [start, end, label]; left out",
    "span_shape": "document {doc}: the span {value} is not one jmreview reads ([start, end, label], or an object with "
                  "start and end — or start_offset and end_offset — and label or labels); left out",
    "unread_spans": "document {doc}: some of its spans could not be read, so none of the suggestions it lacks is "
                    "rejected",
    # matching (annotations_apply)
    "not_here": "document {doc}: article {id} is not in this database; left out",
    "gone": "document {doc}: article {id} is no longer in this database: it was merged into another article, split, "
            "deleted or made anew by re-running automation here after the export; left out (export the file again "
            "and annotate it there)",
    "changed": "document {doc}: the text of article {id} is not the text in the file (the article was changed "
               "here since it was exported, or the file was written for another database or by hand); left out",
    "replaced": "document {doc}: article {id} is on a version of its page that a newer delivery replaced after the "
                "export, and its text is not in the new version; left out (export the file again and annotate it "
                "there)",
    "no_match": "document {doc}: no article of this database has this text; left out",
    "twice": "document {doc}: its text is that of articles on {n} pages here ({pages}: a reprint?), and the file names "
             "no article of this database to tell which; left out (export the file from this database to match by "
             "article)",
    "label": "document {doc}: label {label} is not a label of this database; its spans were left out (a suggestion "
             "of ours on one of them is left as it is)",
    "other_label": "document {doc}: the file labels {n} of our suggestions otherwise (the first: “{text}” as "
                   "{label}, here {here}); left as suggestions — `--as accepted` takes the file's labels",
    "rejected_here": "document {doc}: a person here rejected “{text}”, which the file accepts as {label}: kept "
                     "rejected — change it in the window if the file is right",
    "labelled_here": "document {doc}: a person here accepted “{text}” as {here}, which the file accepts as {label}: "
                     "kept as {here} — change it in the window if the file is right",
}
MAX_BYTES = 1 << 30
JSON_SUFFIXES = (".json", ".jsonl")
DOC_ID = re.compile(r"^[0-9]{1,10}$")


class AnnotationFileError(JmreviewError):
    """An annotation file that cannot be read; its reason is a Coded sentence."""

    def __init__(self, reason: Coded) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class Incoming:
    """One document of an annotation file."""

    where: str                                   # its number in a report: the task, the line (JSONL), the document
    article_id: int | None
    text: str
    decided: list[tuple[int, int, str]] = field(default_factory=list)
    suggested: list[tuple[int, int, str]] = field(default_factory=list)
    spaced: bool = True                          # False: a BIO text, white space left out
    problems: list[str] = field(default_factory=list)
    annotated: bool = True                       # False: a task nobody annotated yet (run 59 A40: its suggestions
    # were rejected as if it had been annotated "no entities")


def read_annotations(path: Path) -> list[Incoming]:
    """The documents of an annotation file, its format told by its suffix (.json, .jsonl) or else its content."""
    path = Path(path)
    data = read_capped(path, MAX_BYTES)
    if is_workbook(data):   # (run 46 A16)
        raise AnnotationFileError(Coded(NOTES["workbook"], file=path.name))
    if data.startswith(b"PK\x03\x04"):   # a zip: the brat export (for brat itself), which is not read back (r26 A18)
        raise AnnotationFileError(Coded(NOTES["zip"], file=path.name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnnotationFileError(Coded(NOTES["not_utf8"], file=path.name)) from None
    head = text.lstrip()[:1]
    lines = path.suffix.lower() == ".jsonl"
    if (head == "[" and not lines) or (head != "{" and path.suffix.lower() == ".json"):
        tasks = _json(text, path.name, 1)
        if not isinstance(tasks, list):
            raise AnnotationFileError(Coded(NOTES["unknown"], file=path.name))
        return [_record(t, str(k), path.name) for k, t in enumerate(tasks, start=1)]
    if head == "{" and not lines and _corpus_json(text):   # (run 50 A10: "line 1 is not JSON")
        raise AnnotationFileError(Coded(NOTES["corpus_json"], file=path.name))
    if head == "{" or lines:   # JSON Lines end at \n only: U+2028, U+0085, \x0c… are text inside a line (run 43
        # A11: a .jsonl whose first line is no object was read whole, line 2 blamed)
        return [_record(_json(line, path.name, n), str(n), path.name, n)
                for n, line in enumerate(text.split("\n"), start=1) if line.strip()]
    return read_bio(text, path.name)


def _corpus_json(text: str) -> bool:
    """The text is jmreview's own corpus JSON (an export, or a snapshot), read back by import-json."""
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(doc, dict) and doc.get("format") == "jmreview-corpus"


def _json(text: str, name: str, line: int) -> Any:
    """One JSON document (a file, or a line of JSONL); refused by line when it is none."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(Coded(NOTES["not_json"], file=name, line=line + exc.lineno - 1,
                                        detail=exc.msg)) from None
    except ValueError:   # Python refuses integers of more than 4,300 digits
        raise AnnotationFileError(Coded(NOTES["long_number"], file=name, line=line)) from None
    except RecursionError:
        raise AnnotationFileError(Coded(NOTES["too_deep"], file=name, line=line)) from None


def _record(record: Any, where: str, name: str, line: int = 0) -> Incoming:
    if not isinstance(record, dict):
        raise AnnotationFileError(Coded(NOTES["not_object"], file=name, line=line) if line else
                                  Coded(NOTES["unknown"], file=name))
    if isinstance(record.get("data"), dict):
        return _label_studio(record, where, name)
    if corpus_lines(record):   # (run 49 A12: read as doccano, a line "span None–None" for each entity)
        raise AnnotationFileError(Coded(NOTES["corpus_lines"], file=name))
    text = record.get("text")
    if not isinstance(text, str):
        raise AnnotationFileError(Coded(NOTES["unknown"], file=name))
    meta = record["meta"] if isinstance(record.get("meta"), dict) else {}
    doc = Incoming(where, _id(record.get("jmreview_id", meta.get("jmreview_id"))), text)
    key = next((k for k in ("label", "labels", "entities", "ents") if k in record), "label")   # ents: spaCy's
    # Doc.to_json (run 63 B7: read as no entities, unsaid)
    doc.decided = _spans(doc, record.get(key, []), key)
    doc.suggested = _spans(doc, record.get("suggestions", []), "suggestions")
    doc.annotated = bool(record.get(key))   # doccano writes a document nobody annotated as `"label": []` or none:
    return doc                              # it rejects nothing (run 60 A4)


def _id(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _spans(doc: Incoming, items: Any, key: str) -> list[tuple[int, int, str]]:
    """[start, end, label] lists or objects ({start_offset, end_offset, label}, {start, end, label(s), text}),
    checked against the text."""
    out: list[tuple[int, int, str]] = []
    if items is not None and not isinstance(items, list):
        shown = items if isinstance(items, str) else json.dumps(items, ensure_ascii=False)
        doc.problems.append(Coded(NOTES["not_spans"], doc=doc.where, key=key,
                                  value=shown if len(shown) <= 40 else shown[:40] + "…"))
        return out
    utf16 = _utf16_offsets(doc.text, [(_start_end(i) + (i.get("text"),)) for i in items or [] if isinstance(i, dict)])
    for item in items or []:
        if isinstance(item, dict):   # run 62 A30, A31 (Label Studio's JSON-MIN, spaCy's objects)
            item = _span_object(doc, item, utf16)
        offsets = isinstance(item, list) and len(item) == 3 and all(isinstance(v, int) for v in item[:2])
        if offsets and isinstance(item[2], str) and _fits(doc, item[0], item[1]):
            out.append((item[0], item[1], item[2]))
        elif offsets and not _fits(doc, item[0], item[1]):
            doc.problems.append(Coded(NOTES["bad_span"], doc=doc.where, start=_at(item, 0), end=_at(item, 1)))
        else:   # no offsets, or no label, read (run 63 A7, B5: a shape not read was said "does not fit")
            shown = json.dumps(item[0] if isinstance(item, list) and len(item) == 1 else item, ensure_ascii=False)
            doc.problems.append(Coded(NOTES["span_shape"], doc=doc.where,
                                      value=shown if len(shown) <= 60 else shown[:60] + "…"))
    return out


def _start_end(item: dict[str, Any]) -> tuple[Any, Any]:
    return item.get("start_offset", item.get("start")), item.get("end_offset", item.get("end"))


def _label(item: dict[str, Any]) -> Any:
    """A span's label: `label`, or the first of `labels` (a list, or one label as a string: run 63 B5)."""
    labels = item.get("labels")
    if item.get("label") is None and isinstance(labels, list) and labels:
        return labels[0]
    return labels if item.get("label") is None and isinstance(labels, str) else item.get("label")


def _span_object(doc: Incoming, item: dict[str, Any], utf16: bool) -> list[Any]:
    """A span written as an object, as [start, end, label] (offsets in UTF-16 units where the document's are)."""
    start, end = _start_end(item)
    if utf16:
        start, end = _from_utf16(doc.text, start), _from_utf16(doc.text, end)
    text = item.get("text")
    if isinstance(start, int) and isinstance(end, int) and isinstance(text, str) and doc.text[start:end] != text:
        return [-1, -1, _label(item)]   # offsets that miss their own text: said not to fit
    if isinstance(item, dict) and not (isinstance(start, int) and isinstance(end, int)):
        return [item]   # no offsets jmreview reads: said as a shape not read
    return [start, end, _label(item)]


def _utf16_offsets(text: str, spans: list[tuple[Any, Any, Any]]) -> bool:
    """The document's offsets are UTF-16 units (JavaScript's string index), not characters: its spans' own texts
    say so — decided for the document, never span by span (run 63 A21: a UTF-16 span read as characters landed on
    the same word further on, and the real one was rejected)."""
    if not text or max(text) < "\U00010000":
        return False
    points = units = 0
    for start, end, shown in spans:
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(shown, str)):
            continue
        points += text[start:end] == shown
        s, e = _from_utf16(text, start), _from_utf16(text, end)
        units += isinstance(s, int) and isinstance(e, int) and text[s:e] == shown
    return units > points


def _at(item: Any, k: int) -> str:
    return str(item[k]) if isinstance(item, list) and len(item) > k else "?"


def _fits(doc: Incoming, start: Any, end: Any) -> bool:
    ok = all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end))
    return ok and 0 <= start < end <= len(doc.text)


def _label_studio(task: dict[str, Any], where: str, name: str) -> Incoming:
    """A task: its text and our id from `data`, the latest annotation that was not cancelled, the first prediction."""
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        raise AnnotationFileError(Coded(NOTES["unknown"], file=name))
    doc = Incoming(where, _id(data.get("jmreview_id")), text)
    kept = [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]
    if kept:
        doc.decided = _ls_regions(doc, kept[-1].get("result"))
    doc.annotated = bool(kept)
    predictions = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    if predictions:
        doc.suggested = _ls_regions(doc, predictions[0].get("result"))
    if kept and predictions and _begun_from(kept[-1], predictions[0]):   # (run 61 A7: the regions an annotator
        doc.suggested = []   # deleted from a pre-labelled task were left suggested, "0 rejected")
    return doc


def _begun_from(annotation: dict[str, Any], prediction: dict[str, Any]) -> bool:
    """The annotation was begun from the prediction (Label Studio's pre-labelling): it is then the whole answer. Its
    regions kept from the prediction share an id or a span with it; jmreview's own export marks an accepted
    suggestion "prediction" too, but never shares one (run 62 A3: a region drawn by hand on a suggestion's span)."""
    if annotation.get("parent_prediction") is not None:
        return True
    theirs = [r for r in prediction.get("result") or [] if isinstance(r, dict)] \
        if isinstance(prediction.get("result"), list) else []
    ids = {str(r["id"]) for r in theirs if r.get("id") is not None}
    spans = {_region_span(r) for r in theirs} - {None}
    result = annotation.get("result")
    regions = [r for r in result if isinstance(r, dict)] if isinstance(result, list) else []
    shared = [r for r in regions if (r.get("id") is not None and str(r["id"]) in ids) or _region_span(r) in spans]
    origins = [r.get("origin") for r in regions]
    if origins and all(isinstance(o, str) for o in origins):   # each region says where it came from
        return any(r.get("origin") in ("prediction", "prediction-changed") for r in shared)
    return len(shared) >= 2 and 2 * len(shared) >= len(regions)   # no origins (an older Label Studio)


def _region_span(region: dict[str, Any]) -> tuple[Any, Any] | None:
    value = region.get("value")
    return (value.get("start"), value.get("end")) if isinstance(value, dict) else None


def _ls_regions(doc: Incoming, result: Any) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    regions = result if isinstance(result, list) else []
    values: list[dict[str, Any]] = [r["value"] for r in regions if isinstance(r, dict) and isinstance(
        r.get("value"), dict) and r.get("type", "labels") == "labels"]
    utf16 = _utf16_offsets(doc.text, [(v.get("start"), v.get("end"), v.get("text")) for v in values])
    for value in values:
        start, end, label = value.get("start"), value.get("end"), _label(value)
        if utf16:
            start, end = _from_utf16(doc.text, start), _from_utf16(doc.text, end)
        if isinstance(label, str) and isinstance(start, int) and isinstance(end, int) and \
                _fits(doc, start, end) and doc.text[start:end] == value.get("text", doc.text[start:end]):
            out.append((start, end, label))
        else:
            doc.problems.append(Coded(NOTES["bad_span"], doc=doc.where, start=value.get("start"),
                                      end=value.get("end")))
    return out


def _from_utf16(text: str, units: Any) -> Any:
    """A UTF-16 offset (JavaScript's string index) as a code-point offset (None when it falls inside a pair)."""
    if not isinstance(units, int):
        return None
    count = 0
    for k, ch in enumerate(text):
        if count == units:
            return k
        count += 2 if ord(ch) > 0xFFFF else 1
        if count > units:
            return None
    return len(text) if count == units else None


def _doc_id(line: str, name: str, n: int) -> int | None:
    """Our article id on a `-DOCSTART- jmreview:ID` line (None on another tool's); an id no article has is refused."""
    if "jmreview:" not in line:
        return None
    tail = line.rpartition("jmreview:")[2].strip()
    if not DOC_ID.match(tail) or not 1 <= int(tail) <= MAX_ID:
        raise AnnotationFileError(Coded(NOTES["bad_id"], file=name, line=n, text=line[:40], limit=MAX_ID))
    return int(tail)


def read_bio(text: str, name: str) -> list[Incoming]:
    """CoNLL lines `CHARACTER TAG`; documents start at `-DOCSTART-` (ours carry `jmreview:ID`), blank lines apart."""
    docs: list[Incoming] = []
    chars: list[str] = []
    current: Incoming | None = None

    def close() -> None:
        if current is not None and (chars or current.article_id is not None):
            current.text = "".join(chars)
            docs.append(current)

    for n, line in enumerate(text.splitlines(), start=1):
        if line.startswith("-DOCSTART-"):
            close()
            current, chars = Incoming(str(len(docs) + 1), _doc_id(line, name, n), "", spaced=False), []
            continue
        parts = line.split()
        if not parts:
            continue
        if current is None:
            current, chars = Incoming("1", None, "", spaced=False), []
        tag = parts[-1]
        if len(parts) != 2 or len(parts[0]) != 1 or not (tag == "O" or tag[:2] in ("B-", "I-")):
            raise AnnotationFileError(Coded(NOTES["bad_tag"], file=name, line=n, text=line[:40]))
        spans = current.decided
        if tag.startswith("I-") and spans and spans[-1][1] == len(chars) and spans[-1][2] == tag[2:]:
            spans[-1] = (spans[-1][0], len(chars) + 1, tag[2:])
        elif tag != "O":
            spans.append((len(chars), len(chars) + 1, tag[2:]))   # an I- with no B- before it starts a span
        chars.append(parts[0])
    close()
    return docs
