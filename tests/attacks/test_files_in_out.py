"""Files in and out under attack: hostile texts, FIFOs and devices, odd file names, full disks, kill -9.

Real processes (the `jmreview` command), real files, real SQLite databases, a real tmpfs.
"""
from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from jmreview.store.database import Store
from jmreview.store.models import Article, Entity
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from ..test_export_xlsx import libreoffice_rows

RUN = [sys.executable, "-m", "jmreview.cli"]
HOSTILE = ['=HYPERLINK("http://evil.invalid","点我")', "=1+1"]
PAGE = SEEDS / "000_fe75734c17ad953c.txt"
SECOND = SEEDS / "003_4221d1719c757f4b.txt"


def run(*args: str, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:  # type: ignore[no-untyped-def]
    """The command as a user runs it."""
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout, **kwargs)


def clean_lines(out: subprocess.CompletedProcess) -> None:
    """No traceback, no "unexpected error", nothing Python printed on its own."""
    for bad in ("Traceback", "unexpected error", "Exception ignored", "Error:"):
        assert bad not in out.stderr and bad not in out.stdout, out.stderr


@pytest.fixture
def db(seeded_db: Path, tmp_path: Path) -> Path:
    """A copy of the five sample pages' database, this test's own."""
    path = tmp_path / "db" / "corpus.sqlite3"
    path.parent.mkdir()
    shutil.copy(seeded_db, path)
    return path


def summary_xml(path: Path) -> str:
    """The XML of the fourth sheet (概览) as written."""
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet4.xml").decode("utf-8")


def test_summary_sheet_writes_hostile_entity_texts_and_labels_as_text(db: Path, tmp_path: Path) -> None:
    """item 10: entity texts and a label name that look like formulas stay text in 概览, in LibreOffice too."""
    with Store(db, backups=False):
        people = [e.id for e in Entity.select().where(Entity.label == "PER").order_by(Entity.id).limit(60)]
        for k, text in enumerate(HOSTILE):
            Entity.update(text=text, simplified=text, status="accepted").where(
                Entity.id.in_(people[k * 30:(k + 1) * 30])).execute()
        places = [e.id for e in Entity.select().where(Entity.label == "LOC").order_by(Entity.id).limit(5)]
        Entity.update(label="=1+1").where(Entity.id.in_(places)).execute()
    path = tmp_path / "hostile.xlsx"
    out = run("export", "--format", "xlsx", "-o", str(path), "--db", str(db))
    assert out.returncode == 0, out.stderr
    xml = summary_xml(path)
    assert "<f>" not in xml and "<f " not in xml
    summary = load_workbook(path)["概览"]
    cells = {c.value: c for row in summary.iter_rows() for c in row if isinstance(c.value, str)}
    for text in HOSTILE:
        assert cells[text].data_type == "s", text
    if shutil.which("soffice"):
        shown = [row[0] for row in libreoffice_rows(path, tmp_path, "概览") if row]
        for text in HOSTILE:
            assert text in shown, text  # the text itself, not a computed 2 or a live link


def test_control_characters_are_replaced_visibly_and_reported(db: Path, tmp_path: Path) -> None:
    """items 13, 15: a control character in an entity and a title: the xlsx is written, the cells say so."""
    with Store(db, backups=False):
        people = [e.id for e in Entity.select().where(Entity.label == "PER").order_by(Entity.id).limit(30)]
        Entity.update(text="张\x07三", simplified="张\x07三", status="accepted").where(Entity.id.in_(people)).execute()
        first = Article.select().order_by(Article.id).first()
        Article.update(title="标题\x01\x1b带控制符").where(Article.id == first.id).execute()
    path = tmp_path / "controls.xlsx"
    out = run("export", "--format", "xlsx", "-o", str(path), "--db", str(db))
    assert out.returncode == 0, out.stderr
    clean_lines(out)
    wb = load_workbook(path)
    texts = {c.value for ws in wb for row in ws.iter_rows() for c in row if isinstance(c.value, str)}
    assert "张\ufffd三" in texts and "标题\ufffd\ufffd带控制符" in texts
    assert not any(ch in t for t in texts for ch in "\x01\x07\x1b")
    assert "replaced" in out.stderr and "实体 " in out.stderr and "概览 " in out.stderr
    listed = [r[0].value for r in wb["概览"].iter_rows()]
    assert any(isinstance(v, str) and v.startswith("文章 ") and v.endswith(" title") for v in listed)


def test_fifos_and_devices_are_refused_by_name_never_read(tmp_path: Path) -> None:
    """item 11: a FIFO and /dev/zero named on the command line are refused at once; a huge file too."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: costs no disk
    db = tmp_path / "f.sqlite3"

    def cap_memory() -> None:  # the old code read /dev/zero until memory ran out: keep that bounded
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    out = run("import", str(fifo), "/dev/zero", str(huge), "--db", str(db), "--workers", "1", timeout=20,
              preexec_fn=cap_memory)
    assert out.returncode == 1
    clean_lines(out)
    assert "refused: pipe.txt: is not a regular file" in out.stderr
    assert "refused: zero: is not a regular file" in out.stderr
    assert "refused: huge.txt: is 200 MB" in out.stderr
    assert "0 imported" in out.stdout


def test_a_refused_file_travels_back_from_a_worker_process(tmp_path: Path) -> None:
    """item 15: a folder with an empty file, imported by worker processes: the others are imported."""
    folder = tmp_path / "pages"
    folder.mkdir()
    shutil.copy(PAGE, folder / "a.txt")
    shutil.copy(SECOND, folder / "b.txt")
    (folder / "empty.txt").write_bytes(b"")
    out = run("import", str(folder), "--workers", "2", "--db", str(tmp_path / "w.sqlite3"))
    assert out.returncode == 1
    clean_lines(out)
    assert "refused: empty.txt: is empty" in out.stderr
    assert "2 imported" in out.stdout and "1 refused" in out.stdout


def test_file_names_that_are_not_utf8_are_imported_with_escaped_bytes(tmp_path: Path) -> None:
    """items 13, 15: a non-UTF-8 file name is imported (bytes shown escaped) or refused by a printable name."""
    folder = tmp_path / "pages"
    folder.mkdir()
    base = os.fsencode(folder)
    with open(base + b"/caf\xe9.txt", "wb") as fh:
        fh.write(PAGE.read_bytes())
    with open(base + b"/vide\xff.txt", "wb"):
        pass
    (folder / "two\nlines.txt").write_bytes(SECOND.read_bytes())  # a control character: shown escaped too
    db = tmp_path / "n.sqlite3"
    out = run("import", str(folder), "--db", str(db))
    assert out.returncode == 1
    clean_lines(out)
    assert "refused: vide\\xff.txt: is empty" in out.stderr
    assert "2 imported" in out.stdout and "[1/3] caf\\xe9.txt" in out.stderr and "[2/3] two\\x0alines.txt" in out.stderr
    again = run("import", os.fsdecode(base + b"/caf\xe9.txt"), "--db", str(db))
    assert again.returncode == 0 and "caf\\xe9.txt: already imported" in again.stderr
    for fmt in ("json", "xlsx"):
        target = tmp_path / f"names.{fmt}"
        exp = run("export", "--format", fmt, "-o", str(target), "--db", str(db))
        assert exp.returncode == 0, exp.stderr
    assert '"name": "caf\\\\xe9.txt"' in (tmp_path / "names.json").read_text(encoding="utf-8")
    assert load_workbook(tmp_path / "names.xlsx")["文件"]["C2"].value == "caf\\xe9.txt"
    with Store(tmp_path / "window.sqlite3") as store:  # the window's way in: the same function, in-process
        report = import_paths(store, [folder], workers=1)
    assert report.imported == ["caf\\xe9.txt", "two\\x0alines.txt"] and report.refused[0][0] == "vide\\xff.txt"


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real, tiny filesystem: a 64 KB tmpfs (needs root and mount).

    RLIMIT_FSIZE is no substitute here: it also stops the export's own 1 MB database from being
    checkpointed, so the child fails opening the database instead of writing the export.
    """
    mnt = tmp_path / "small"
    mnt.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_exports_to_a_full_disk_fail_in_one_line_and_leave_the_old_file(db: Path, full_disk: Path) -> None:
    """item 15: xlsx and json export to a full disk: one line naming the file, the old file intact, no debris."""
    for fmt in ("xlsx", "json"):
        target = full_disk / f"corpus.{fmt}"
        target.write_text("the previous export", encoding="utf-8")
        out = run("export", "--format", fmt, "-o", str(target), "--db", str(db))
        assert out.returncode == 2, out.stderr
        clean_lines(out)
        last = out.stderr.splitlines()[-1]
        assert [line for line in out.stderr.splitlines() if not line.startswith("[")] == [last]  # but progress
        assert last.startswith(f"jmreview: {target}: ") and "No space left" in last
        assert target.read_text(encoding="utf-8") == "the previous export"
        assert sorted(p.name for p in full_disk.iterdir()) == sorted(f"corpus.{f}" for f in ("xlsx", "json")
                                                                     if (full_disk / f"corpus.{f}").exists())


def test_export_keeps_permissions_and_writes_through_a_symlink(db: Path, tmp_path: Path) -> None:
    """item 16: over a 0640 file the mode stays 0640; a new file gets the umask's mode; a symlink stays one."""
    def umask() -> None:
        os.umask(0o022)

    for fmt in ("json", "xlsx", "jsonl"):
        old = tmp_path / f"old.{fmt}"
        old.write_text("old", encoding="utf-8")
        old.chmod(0o640)
        new = tmp_path / f"new.{fmt}"
        real = tmp_path / "real"
        real.mkdir(exist_ok=True)
        link = tmp_path / f"link.{fmt}"
        link.symlink_to(real / f"target.{fmt}")
        for target in (old, new, link):
            out = run("export", "--format", fmt, "-o", str(target), "--db", str(db), preexec_fn=umask)
            assert out.returncode == 0, out.stderr
        assert stat.S_IMODE(old.stat().st_mode) == 0o640
        assert stat.S_IMODE(new.stat().st_mode) == 0o644
        assert link.is_symlink() and (real / f"target.{fmt}").stat().st_size > 1000
        assert stat.S_IMODE((real / f"target.{fmt}").stat().st_mode) == 0o644
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["target.json", "target.jsonl", "target.xlsx"]


def debris(out_dir: Path, scratch: Path) -> list[str]:
    """What exports leave: any name beside the exports but themselves, openpyxl's files in the temp folder."""
    return sorted([p.name for p in out_dir.iterdir() if p.name not in ("corpus.xlsx", "corpus.json")]
                  + [p.name for p in scratch.iterdir() if p.name.startswith("openpyxl.")])


def writing(out_dir: Path, scratch: Path, fmt: str) -> bool:
    """The export is in the middle of writing: the JSON's temporary file, or a sheet's XML for the workbook."""
    if fmt == "json":
        return any(p.suffix == ".tmp" for p in out_dir.iterdir())
    sheets = [p for d in out_dir.iterdir() if d.is_dir() for p in d.iterdir()]
    return bool(sheets) or any(p.name.startswith("openpyxl.") for p in scratch.iterdir())


def kill_when_writing(args: list[str], out_dir: Path, scratch: Path, fmt: str) -> bool:
    """Start an export, SIGKILL it once it writes; True when it died mid-write and left something."""
    env = {**os.environ, "TMPDIR": str(scratch)}  # openpyxl's own temporary files land where we can see them
    proc = subprocess.Popen([*RUN, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 60
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(OSError):  # a folder that vanished while we looked
                if writing(out_dir, scratch, fmt):
                    proc.send_signal(signal.SIGKILL)
                    break
    finally:
        proc.kill()
        proc.wait(timeout=30)
    return proc.returncode == -signal.SIGKILL and bool(debris(out_dir, scratch))


def test_killed_exports_leave_nothing_after_the_next_export(db: Path, tmp_path: Path) -> None:
    """item 16: kill -9 in the middle of xlsx and json exports; the next export clears what they left."""
    out_dir, scratch = tmp_path / "out", tmp_path / "scratch"
    out_dir.mkdir()
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    for fmt in ("xlsx", "json"):
        target = out_dir / f"corpus.{fmt}"
        args = ["export", "--format", fmt, "-o", str(target), "--db", str(db),
                *(["--with-source"] if fmt == "json" else [])]   # (a workbook holds no source: run 64 A18)
        killed = sum(kill_when_writing(args, out_dir, scratch, fmt) for _ in range(3))
        assert killed >= 1, "no kill landed in the middle of writing"
        assert debris(out_dir, scratch)
        out = subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=120, env=env)
        assert out.returncode == 0, out.stderr
        assert debris(out_dir, scratch) == [], fmt
        assert target.stat().st_size > 1000
