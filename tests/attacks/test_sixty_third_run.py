"""Issue 10, run 63: what a full-size adversarial run found, each test failing before its fix."""
from __future__ import annotations

import json
from pathlib import Path

from .test_database_safety import run_cli
from .test_fifty_ninth_run import _statuses


def _astral_page(tmp_path: Path) -> Path:
    """A database of one page whose lines hold characters beyond the BMP (𠮷, 🙂) before their names."""
    from ..conftest import SEEDS

    lines = (SEEDS / "001_69ca20e02664ffc6.txt").read_text(encoding="utf-8").split("\n")
    out = [("𠮷𡒄" + line[:10] + "🙂" + line[10:]) if k > 3 and len(line) > 20 and k % 3 == 0 else line
           for k, line in enumerate(lines)]
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "A01.txt").write_text("\n".join(out), encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(tmp_path / "in"), "--db", str(db), "--workers", "1").returncode == 0
    return db


def _units(text: str, at: int) -> int:
    return len(text[:at].encode("utf-16-le")) // 2


def test_r63a_21_utf16_offsets_are_decided_for_the_document_not_span_by_span(tmp_path: Path) -> None:
    """Run 63 A21 (CORRUPT): Label Studio's offsets in UTF-16 units on a page with 𠮷 or 🙂, every prediction
    kept: one 江门 was rejected — its UTF-16 offsets, read as characters, landed on another 江门 further on. The
    document's spans say which units it uses, for all of them."""
    db = _astral_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    for task in tasks:
        result = json.loads(json.dumps(task["predictions"][0]["result"])) if task.get("predictions") else []
        for region in result:
            value = region["value"]
            value["start"], value["end"] = (_units(task["data"]["text"], value["start"]),
                                            _units(task["data"]["text"], value["end"]))
        task["annotations"] = [{"result": result, "was_cancelled": False}]
    ls.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    before = _statuses(db)
    out = run_cli("import-annotations", str(ls), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "0 rejected" in out.stdout, out.stdout + out.stderr
    assert _statuses(db).get("rejected", 0) == before.get("rejected", 0)
    assert _statuses(db).get("accepted", 0) >= 250, _statuses(db)   # (entities on duplicate lines stay as they are)


def test_r63b_5_b7_a_span_shape_not_read_is_said_and_spacys_ents_are_read(tmp_path: Path) -> None:
    """Run 63 B5, B7, A7 (minor): `"labels": "LOC"` (a string) was said "the span 15–17 does not fit its text",
    offsets that were right; a span with keys jmreview does not read said "None–None"; spaCy's Doc.to_json (`ents`)
    was read as no entities, unsaid. A label written as a string is read, a shape not read is named, `ents` is
    read."""
    from .test_fifty_ninth_run import _one_page

    db = _one_page(tmp_path)
    ls = tmp_path / "ls.json"
    assert run_cli("export", "--format", "labelstudio", "-o", str(ls), "--db", str(db)).returncode == 0
    tasks = json.loads(ls.read_text(encoding="utf-8"))
    flat, ents, odd = [], [], []
    for k, task in enumerate(tasks):
        regions = task["predictions"][0]["result"] if task.get("predictions") else []
        flat.append(dict(task["data"], id=k + 1, label=[{"start": r["value"]["start"], "end": r["value"]["end"],
                                                         "text": r["value"]["text"],
                                                         "labels": r["value"]["labels"][0]} for r in regions]))
        ents.append(json.dumps({"text": task["data"]["text"], "ents": [
            {"start": r["value"]["start"], "end": r["value"]["end"], "label": r["value"]["labels"][0]}
            for r in regions], "jmreview_id": task["data"]["jmreview_id"]}, ensure_ascii=False))
        odd.append(dict(task["data"], id=k + 1, label=[{"begin": 0, "stop": 2, "tag": "PER"}]))
    (tmp_path / "flat.json").write_text(json.dumps(flat, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-annotations", str(tmp_path / "flat.json"), "--as", "accepted", "--db", str(db))
    assert out.returncode == 0 and "does not fit" not in out.stdout + out.stderr, out.stdout + out.stderr
    assert "0 rejected" in out.stdout and _statuses(db).get("accepted", 0) >= 250, out.stdout
    (tmp_path / "odd.json").write_text(json.dumps(odd, ensure_ascii=False), encoding="utf-8")
    out = run_cli("import-annotations", str(tmp_path / "odd.json"), "--as", "accepted", "--db", str(db))
    assert 'the span {"begin": 0' in out.stdout + out.stderr and "start_offset" in out.stdout + out.stderr, \
        out.stdout + out.stderr

    (tmp_path / "two").mkdir()
    db2 = _one_page(tmp_path / "two")
    (tmp_path / "ents.jsonl").write_text("\n".join(ents) + "\n", encoding="utf-8")
    out = run_cli("import-annotations", str(tmp_path / "ents.jsonl"), "--as", "accepted", "--db", str(db2))
    assert out.returncode == 0 and _statuses(db2).get("accepted", 0) >= 250, out.stdout + out.stderr


def test_r63a_14_b10_a_web_archive_or_a_utf16_web_page_is_named_not_imported(tmp_path: Path) -> None:
    """Run 63 A14, B10 (CORRUPT, minor): a web archive (.mht, a "single file" web page of Word or IE) and a web page
    saved as UTF-16 (Notepad's "Unicode") were imported with their headers and tags as the page's lines (a title
    `Content-Type: multipart/related…`, `<br>`). Each is refused as a web page."""
    text = "江门日报讯 记者李明报道：今天江门市举行了新闻发布会。\n"
    (tmp_path / "A01.mht").write_text(
        "From: <Saved by Windows Internet Explorer 11>\r\nSubject: A01\r\nMIME-Version: 1.0\r\nContent-Type: "
        'multipart/related; boundary="x"; type="text/html"\r\n\r\n--x\r\nContent-Type: text/html; charset="utf-8"'
        "\r\n\r\n<html><body><p>" + text + "</p></body></html>\r\n--x--\r\n", encoding="utf-8")
    (tmp_path / "A02.txt").write_text("<html>\r\n<body>\r\n" + text + "<br>\r\n</body></html>", encoding="utf-16")
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(tmp_path / "A01.mht"), str(tmp_path / "A02.txt"), "--db", str(db))
    said = out.stdout + out.stderr
    assert "A01.mht: is a web page (HTML)" in said and "A02.txt: is a web page (HTML)" in said, said


def test_r63a_42_a_link_up_to_a_folder_holding_the_import_is_passed_over_and_said(tmp_path: Path) -> None:
    """Run 63 A42 (CORRUPT, minor): a link `up -> ..` inside the pages folder was followed, and `import pages` took
    in the pages of other folders unsaid. A link to a folder holding the one imported is passed over, and said."""
    import sqlite3

    from ..conftest import SEEDS

    (tmp_path / "pages").mkdir()
    (tmp_path / "other").mkdir()
    (tmp_path / "pages" / "A01.txt").write_bytes((SEEDS / "000_fe75734c17ad953c.txt").read_bytes())
    (tmp_path / "other" / "B01.txt").write_bytes((SEEDS / "001_69ca20e02664ffc6.txt").read_bytes())
    (tmp_path / "pages" / "up").symlink_to("..")
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(tmp_path / "pages"), "--db", str(db), "--workers", "1")
    assert "up/: is a link to a folder that holds the folder imported" in out.stdout + out.stderr, \
        out.stdout + out.stderr
    con = sqlite3.connect(db)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sourcefile")] == ["A01.txt"]
    finally:
        con.close()


def test_r63a_46_a_compressed_archive_is_named_with_the_way_to_its_pages(tmp_path: Path) -> None:
    """Run 63 A46 (minor): a day's pages as .tar.gz, .rar or .7z given to `import` were "binary" (NUL bytes), with
    no word of extracting them as a .zip gets. Each is named a compressed archive."""
    import gzip
    import io
    import tarfile

    page = "江门日报讯 记者李明报道：今天江门市举行了新闻发布会。\n".encode()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        info = tarfile.TarInfo("A01.txt")
        info.size = len(page)
        tar.addfile(info, io.BytesIO(page))
    (tmp_path / "day.tar").write_bytes(buffer.getvalue())
    (tmp_path / "day.tar.gz").write_bytes(gzip.compress(buffer.getvalue()))
    (tmp_path / "day.rar").write_bytes(b"Rar!\x1a\x07\x01\x00" + bytes(200))
    (tmp_path / "day.7z").write_bytes(b"7z\xbc\xaf\x27\x1c\x00\x04" + bytes(200))
    names = ("day.tar", "day.tar.gz", "day.rar", "day.7z")
    out = run_cli("import", *(str(tmp_path / n) for n in names), "--db", str(tmp_path / "db.sqlite3"))
    said = out.stdout + out.stderr
    assert all(f"{n}: is a compressed archive" in said for n in names), said


def test_r63a_32_a_copy_mark_on_the_folder_names_the_pages_folder(tmp_path: Path) -> None:
    """Run 63 A32 (minor): a changed page re-delivered in `2024-01-01 (1)/`: "A01.txt: has the name of page A01.txt
    but for … a copy's mark" — the same name twice, the folder with the mark unsaid. The page is named with its
    folder."""
    from ..conftest import SEEDS

    first = tmp_path / "a" / "2024-01-01"
    again = tmp_path / "b" / "2024-01-01 (1)"
    first.mkdir(parents=True)
    again.mkdir(parents=True)
    text = (SEEDS / "000_fe75734c17ad953c.txt").read_text(encoding="utf-8")
    (first / "A01.txt").write_text(text, encoding="utf-8")
    (again / "A01.txt").write_text(text.replace("昨日", "前日", 1) + "\n补：一行。\n", encoding="utf-8")
    db = tmp_path / "db.sqlite3"
    assert run_cli("import", str(tmp_path / "a"), "--db", str(db), "--workers", "1").returncode == 0
    out = run_cli("import", str(tmp_path / "b"), "--db", str(db), "--workers", "1")
    assert "has the name of page 2024-01-01/A01.txt" in out.stdout + out.stderr, out.stdout + out.stderr


def test_r63a_45_a_changed_version_cell_is_named(tmp_path: Path) -> None:
    """Run 63 A45 (minor): only the hidden 版本（勿改） cell of a row changed (1 to 99): import-xlsx named the 修改时间
    cell, which nobody touched, and not the version's. Both hidden cells are named."""
    from openpyxl import load_workbook

    from .test_fifty_ninth_run import _one_page

    db = _one_page(tmp_path)
    book = tmp_path / "w.xlsx"
    assert run_cli("export", "--format", "xlsx", "-o", str(book), "--db", str(db)).returncode == 0
    wb = load_workbook(book)
    sheet = wb.worksheets[0]
    headers = [c.value for c in sheet[1]]
    column = next(k for k, h in enumerate(headers, start=1) if h and str(h).startswith("版本"))
    sheet.cell(2, column).value = 99
    wb.save(book)
    out = run_cli("import-xlsx", str(book), "--dry-run", "--db", str(db))
    letter = sheet.cell(2, column).column_letter
    assert f"row 2, column {letter}" in out.stdout + out.stderr, out.stdout + out.stderr


def test_r63a_40_gbk_file_names_are_read_as_chinese(tmp_path: Path) -> None:
    """Run 63 A40 (minor): pages of a zip made on Chinese Windows, unzipped here, have GBK names: they were stored as
    `\\xbd\\xad…` escapes and their page mark was not read. Such a name is read as the Chinese it is."""
    import os
    import sqlite3

    from ..conftest import SEEDS

    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsdecode("第A01版.txt".encode("gbk"))
    (folder / name).write_bytes((SEEDS / "000_fe75734c17ad953c.txt").read_bytes())
    db = tmp_path / "db.sqlite3"
    out = run_cli("import", str(folder), "--db", str(db), "--workers", "1")
    assert out.returncode == 0, out.stderr
    con = sqlite3.connect(db)
    try:
        assert con.execute("SELECT name, page_label FROM sourcefile").fetchall() == [("第A01版.txt", "A01")]
    finally:
        con.close()
