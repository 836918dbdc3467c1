"""Issue 10, eighth adversarial run (command line and opening): a database named `file:…` and one with a long name,
special files beside the database and among gold files, the tokenizer's cache, the own JSONL export taken back,
one page's bytes in two issues, an output that cannot hold Chinese, deep folders, a huge worker count, a server
URL's own options."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jmreview.store.lineage import LINEAGE

from ..conftest import SEEDS
from .conftest import SMALL_PAGE

RUN = [sys.executable, "-m", "jmreview.cli"]
GOLD = Path(__file__).parent.parent / "data" / "gold"
OTHER_PAGE = SEEDS / "000_fe75734c17ad953c.txt"


def cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None,
        timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RUN, *args], capture_output=True, text=True, timeout=timeout, cwd=cwd,
                          env={**os.environ, **(env or {})})


def files_in(db: Path) -> list[str]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return [r[0] for r in con.execute("SELECT name FROM sourcefile ORDER BY id")]


def plain(out: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in out.stderr and "unexpected error" not in out.stderr, out.stderr


def test_r8_34_a_database_named_file_colon_opens_that_file(db: Path, tmp_path: Path) -> None:
    """#34: `--db file:v.sqlite3` opens (and writes) the file of that name, never a `v.sqlite3` beside it."""
    named = tmp_path / "file:v.sqlite3"
    shutil.copy(db, named)
    out = cli("stats", "--db", "file:v.sqlite3", cwd=tmp_path)
    assert out.returncode == 0 and "files 1 " in out.stdout, out.stdout + out.stderr
    out = cli("import", str(OTHER_PAGE), "--db", "file:v.sqlite3", "--workers", "1", cwd=tmp_path)
    assert out.returncode == 0 and "1 imported" in out.stdout, out.stderr
    assert not list(tmp_path.glob("v.sqlite3*")), list(tmp_path.iterdir())
    assert files_in(named) == [SMALL_PAGE.name, OTHER_PAGE.name]
    assert list((tmp_path / "file:v.sqlite3.backups").glob("file:v-*-before-import.sqlite3"))


TOKENS = "from jmreview.analysis.lexicon import tokens; print(len(tokens('江门日报讯 昨天，市长出席活动。')))"


def _tokens(cache: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-c", TOKENS], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "XDG_CACHE_HOME": str(cache)})


def _done(proc: subprocess.Popen[str]) -> None:
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0 and int(out) > 3 and not err, err


def test_r8_25_54_the_tokenizer_cache_is_repaired_never_leaks_and_is_optional(tmp_path: Path) -> None:
    """#25: a cache missing a piece is rebuilt once, in place; two processes building it at once leave one folder
    and no temporary one. #54: a cache folder that cannot be made (a file in the way) is no reason to refuse work."""
    cache = tmp_path / "cache"
    _done(_tokens(cache))
    [folder] = (cache / "jmreview").glob("jieba-prefix-*")
    (folder / "05.bin").unlink()
    for _ in range(2):
        _done(_tokens(cache))
        assert sorted(p.name for p in (cache / "jmreview").iterdir()) == [folder.name]
        assert (folder / "05.bin").is_file()
    (folder / "07.bin").write_bytes(b"\x00garbage")
    _done(_tokens(cache))
    assert sorted(p.name for p in (cache / "jmreview").iterdir()) == [folder.name]

    race = tmp_path / "race"
    for proc in [_tokens(race) for _ in range(3)]:
        _done(proc)
    assert [p.name for p in (race / "jmreview").iterdir()] == [folder.name]

    blocked = tmp_path / "blocked"
    blocked.mkdir()
    (blocked / "jmreview").write_text("not a folder", encoding="utf-8")
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    for where in (blocked, tmp_path / "a-file"):
        _done(_tokens(where))
        out = cli("import", str(SMALL_PAGE), "--db", str(tmp_path / f"{where.name}.sqlite3"), "--workers", "1",
                  env={"XDG_CACHE_HOME": str(where)})
        assert out.returncode == 0 and "1 imported" in out.stdout, out.stderr
        plain(out)


SEPARATORS = ["\u2028", "\x85", "\x0c", "\x1e", "\x0b", "\u2029", "\x1c", "\x1d"]


def test_r8_2_the_own_spacy_and_doccano_export_comes_back_with_line_separators(tmp_path: Path) -> None:
    """#2: JSON Lines are split at \\n only: U+2028, U+0085, \\x0c, \\x1c–\\x1e inside a text are part of it."""
    lines = SMALL_PAGE.read_text(encoding="utf-8").split("\n")
    for i, line in enumerate(lines):
        if line.strip() and i % 3 == 1:
            lines[i] = line[:len(line) // 2] + SEPARATORS[i % len(SEPARATORS)] + line[len(line) // 2:]
    (tmp_path / "ls").mkdir()
    (tmp_path / "ls" / "2024-08-21_A01.txt").write_text("\n".join(lines), encoding="utf-8", newline="")
    db = str(tmp_path / "ls.sqlite3")
    assert cli("import", str(tmp_path / "ls"), "--db", db, "--workers", "1").returncode == 0
    for fmt in ("spacy", "doccano"):
        exported = tmp_path / f"ls.{fmt}.jsonl"
        assert cli("export", "--format", fmt, "-o", str(exported), "--db", db).returncode == 0
        assert "\u2028" in exported.read_text(encoding="utf-8")
        out = cli("import-annotations", str(exported), "--db", db, "--as", "accepted")
        assert out.returncode == 0 and "not JSON" not in out.stderr, out.stderr
        plain(out)
        assert out.stdout.startswith("8 of 8 documents matched"), out.stdout


@pytest.mark.parametrize("kind", ["journal-fifo", "wal-zero", "shm-zero", "wal-fifo", "journal-folder"])
def test_r8_4_5_a_special_file_beside_the_database_is_refused_by_name(db: Path, kind: str) -> None:
    """#4, #5: a -journal FIFO (SQLite would wait for a writer for ever), a -wal or -shm linked to /dev/zero: every
    command, doctor too, refuses at once, naming that file and what to do."""
    suffix, what = kind.split("-")
    companion = db.with_name(db.name + "-" + suffix)
    companion.unlink(missing_ok=True)
    if what == "fifo":
        os.mkfifo(companion)
    elif what == "zero":
        companion.symlink_to("/dev/zero")
    else:
        companion.mkdir()
    for command in ("stats", "doctor", "pages"):
        started = time.monotonic()
        out = cli(command, "--db", str(db), timeout=30)
        assert time.monotonic() - started < 20
        assert out.returncode == 2 and companion.name in out.stderr and "move" in out.stderr, out.stderr
        plain(out)
    companion.unlink() if what != "folder" else companion.rmdir()
    assert cli("stats", "--db", str(db)).returncode == 0


def test_r8_3_a_long_database_name_keeps_working_and_its_backups_are_listed(tmp_path: Path) -> None:
    """#3: a database named with 70 Chinese characters (218 bytes) opens again and again; its backups get shorter,
    still recognisable names and are listed for restoring. A name too long for SQLite's own -journal is refused up
    front."""
    from jmreview.store.backup import list_backups

    db = tmp_path / ("港" * 70 + ".sqlite3")
    for page in (SMALL_PAGE, OTHER_PAGE):
        out = cli("import", str(page), "--db", str(db), "--workers", "1")
        assert out.returncode == 0 and "1 imported" in out.stdout, out.stderr
    out = cli("stats", "--db", str(db))
    assert out.returncode == 0 and "files 2 " in out.stdout, out.stderr
    backups = list_backups(db)
    assert backups and all(b.path.name.startswith("港" * 20) for b in backups)
    assert {b.reason for b in backups} >= {"before-import"}
    assert not [p for p in db.with_name(db.name + ".backups").iterdir() if p.name.startswith(".")
                and p.name != LINEAGE]   # no temporary file left (the folder's note of its database aside)

    too_long = tmp_path / ("a" * 240 + ".sqlite3")
    out = cli("import", str(SMALL_PAGE), "--db", str(too_long), "--workers", "1")
    assert out.returncode == 2 and "too long" in out.stderr and not too_long.exists(), out.stderr
    plain(out)


def test_r8_9_the_same_bytes_as_a_page_of_another_issue_say_where_they_are(tmp_path: Path) -> None:
    """#9: an ad page reprinted the next day (the same bytes in two issues' folders) is not a silent
    "already imported": the message names the page that holds those bytes. The same path twice stays a no-op."""
    for day in ("2024-01-01", "2024-01-02"):
        (tmp_path / "sd" / day).mkdir(parents=True)
        shutil.copy(SMALL_PAGE, tmp_path / "sd" / day / "A08.txt")
    db = str(tmp_path / "sd.sqlite3")
    out = cli("import", str(tmp_path / "sd"), "--db", db, "--workers", "1")
    assert out.returncode == 0, out.stderr
    line = next(x for x in out.stderr.splitlines() if "2024-01-02" in x)
    assert "2024-01-01/A08.txt" in line and "same bytes" in line, out.stderr
    again = cli("import", str(tmp_path / "sd" / "2024-01-01"), "--db", db, "--workers", "1")
    assert again.returncode == 0 and "already imported" in again.stderr and "0 imported" in again.stdout


def test_r8_17_an_output_that_cannot_hold_chinese_gets_escapes(tmp_path: Path) -> None:
    """#17: `PYTHONIOENCODING=ascii jmreview pages` prints the names escaped, as `import` does, no traceback."""
    (tmp_path / "江门").mkdir()
    shutil.copy(SMALL_PAGE, tmp_path / "江门" / "头版.txt")
    db = str(tmp_path / "a.sqlite3")
    assert cli("import", str(tmp_path / "江门"), "--db", db, "--workers", "1").returncode == 0
    for command in ("pages", "stats", "work"):
        out = cli(command, "--db", db, env={"PYTHONIOENCODING": "ascii"})
        assert out.returncode == 0, out.stderr
        plain(out)
    assert "\\u5934\\u7248" in cli("pages", "--db", db, env={"PYTHONIOENCODING": "ascii"}).stdout


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_r8_22_23_special_gold_and_bio_files_are_refused_by_name(db: Path, tmp_path: Path, kind: str) -> None:
    """#22, #23: a FIFO or a link to /dev/zero among the gold files, or as the BIO file, is refused at once by name
    (never read: a FIFO blocks for ever, /dev/zero fills the memory)."""
    gold = tmp_path / "gold"
    shutil.copytree(GOLD, gold)
    special = gold / "zz_special.json"
    bio = tmp_path / "ev.bio"
    for path in (special, bio):
        os.mkfifo(path) if kind == "fifo" else path.symlink_to("/dev/zero")
    for args in (("--gold", str(gold)), ("--bio", str(bio))):
        started = time.monotonic()
        out = cli("evaluate", *args, "--db", str(db), timeout=60)
        assert time.monotonic() - started < 30
        name = special.name if args[0] == "--gold" else bio.name
        assert out.returncode == 2 and name in out.stderr and "not a regular file" in out.stderr, out.stderr
        plain(out)


def test_r8_32_a_page_a_thousand_folders_deep_is_imported(tmp_path: Path) -> None:
    """#32: a page 1,000 folders deep (a 2,000-character path) is imported; the folders are walked without
    recursion."""
    deep = tmp_path / "deep"
    os.makedirs(deep)
    fds = [os.open(deep, os.O_RDONLY)]
    try:
        for _ in range(1000):
            os.mkdir("d", dir_fd=fds[-1])
            fds.append(os.open("d", os.O_RDONLY, dir_fd=fds[-1]))
        with open(os.open("2024-08-21_A01.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fds[-1]), "w",
                  encoding="utf-8") as fh:
            fh.write("江门日报讯 深处的一页。\n")
        out = cli("import", str(deep), "--db", str(tmp_path / "deep.sqlite3"), "--workers", "1")
        assert out.returncode == 0 and "1 imported" in out.stdout, out.stderr
        plain(out)
    finally:   # removed here, bottom up: pytest's own clean-up of old folders recurses
        os.unlink("2024-08-21_A01.txt", dir_fd=fds[-1])
        while len(fds) > 1:
            os.close(fds.pop())
            os.rmdir("d", dir_fd=fds[-1])
        os.close(fds[0])


def _children(pid: int) -> int:
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                status = Path(f"/proc/{entry}/status").read_text()
            except OSError:
                continue
            count += f"\nPPid:\t{pid}\n" in status
    return count


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="counts processes in /proc")
def test_r8_33_workers_are_capped_at_the_files_and_the_cores(tmp_path: Path) -> None:
    """#33: `import --workers 100000` starts no more workers than files and cores (not hundreds of processes)."""
    cap = min(5, os.cpu_count() or 1) + 1   # the workers, and the executor's resource tracker
    proc = subprocess.Popen([*RUN, "import", str(SEEDS), "--db", str(tmp_path / "w.sqlite3"), "--workers", "100000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    most = 0
    try:
        while proc.poll() is None:
            most = max(most, _children(proc.pid))
            if most > cap:
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate(timeout=60)
    assert most <= cap, f"{most} processes"
    assert proc.returncode == 0 and "5 imported" in out, err


def test_r8_16_a_server_urls_own_options_are_kept(pg_url: str, tmp_path: Path) -> None:
    """#16: `options=-c default_transaction_read_only=on` in the URL is honoured (nothing written), not replaced by
    jmreview's own options."""
    assert cli("import", str(SMALL_PAGE), "--db", pg_url, "--workers", "1").returncode == 0
    joiner = "&" if "?" in pg_url else "?"
    read_only = f"{pg_url}{joiner}options=-c%20default_transaction_read_only%3Don"
    out = cli("import", str(OTHER_PAGE), "--db", read_only, "--workers", "1")
    assert out.returncode == 2 and "nothing was saved" in out.stderr, out.stdout + out.stderr
    plain(out)
    out = cli("stats", "--db", pg_url)
    assert "files 1 " in out.stdout, out.stdout + out.stderr
