"""Our JSON writer gives exactly the bytes of json.dumps(..., ensure_ascii=False, indent=1)."""
from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from jmreview.exchange.export_json import corpus, export_json
from jmreview.exchange.json_text import dumps, iter_document

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20),
                    st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=6), inner, max_size=4)),
                      max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(VALUES)
def test_same_bytes_as_the_standard_encoder(value) -> None:  # type: ignore[no-untyped-def]
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=1)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=5), VALUES, max_size=4), st.lists(VALUES, max_size=4))
def test_streamed_document_is_the_same_text(doc, files) -> None:  # type: ignore[no-untyped-def]
    doc = {**doc, "files": files}
    assert "".join(iter_document(doc, "files")) == json.dumps(doc, ensure_ascii=False, indent=1)


def test_export_is_the_standard_indented_json_of_the_corpus(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "c.json"
    export_json(path)
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    again = corpus()
    again["exported_at"] = doc["exported_at"]
    assert text == json.dumps(again, ensure_ascii=False, indent=1)
