"""Issue 10, run 53: the minor unclear rows of a short run on run 52's fixes."""
from __future__ import annotations

from pathlib import Path

from .test_forty_fifth_run import _deliver_again
from .test_thirty_eighth_run import _seed_001_imported


def test_r53a_2_a_noise_line_moved_by_a_delivery_is_named_by_its_new_line(tmp_path: Path) -> None:
    """Run 53 A2: a paragraph a person took out as noise, swapped by a delivery with another (commas reset), came
    back in an article; the report named "line 27", the old number, which on the new version is the other paragraph.
    The report now names the new line that holds the paragraph, and the old number as the old version's."""
    from jmreview.store import edits
    from jmreview.store.database import Store
    from jmreview.store.models import Block, SourceFile

    page, db = _seed_001_imported(tmp_path)
    with Store(db) as store:
        noise = Block.get((Block.file == 1) & (Block.line == 27))
        edits.set_noise(store, "王五", noise.id, True)
        removed = SourceFile.get_by_id(1).text[noise.start:noise.end]

    def swap(text: list[str]) -> None:
        text[22], text[26] = text[26].replace("，", ","), text[22].replace("，", ",")

    said = _deliver_again(page, db, swap)
    line = next(s for s in said.splitlines() if "taken out as noise" in s)
    assert "on line 27 of the old version" in line, said
    named = int(line.split("line ", 1)[1].split(" ", 1)[0])
    with Store(db):
        new = SourceFile.get(SourceFile.replaced_by.is_null())
        there = Block.get((Block.file == new) & (Block.line == named))
        assert new.text[there.start:there.end].replace(",", "，") == removed   # the line named is the paragraph
