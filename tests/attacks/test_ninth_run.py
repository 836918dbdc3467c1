"""Ninth adversarial run: a backups folder held locked, a job started through a link, an atomic group in a page
pattern, a corpus backup that did not say what it leaves out."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from jmreview.cli import main
from jmreview.store import busy
from jmreview.store.backup import backup_dir
from jmreview.store.busy import RestoreBusy, long_job, no_job_running

from ..conftest import SEEDS

SEED = SEEDS / "001_69ca20e02664ffc6.txt"
HOLD = "import fcntl, os, sys, time\nfd = os.open(sys.argv[1], os.O_RDONLY)\nfcntl.flock(fd, fcntl.LOCK_EX)\n" \
       "print('held', flush=True)\ntime.sleep(float(sys.argv[2]))\n"


def test_r9_19_a_backups_folder_held_locked_refuses_the_job_instead_of_waiting_without_end(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Another program held `flock -x` on the backups folder: `import` waited silently until killed."""
    db = tmp_path / "fl.sqlite3"
    assert main(["import", str(SEED), "--db", str(db), "--workers", "1"]) == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(backup_dir(db)), "30"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(busy, "WAIT_S", 1.0)
        capsys.readouterr()
        started = time.monotonic()
        assert main(["rerun", "--db", str(db)]) == 2
        assert time.monotonic() - started < 10
        err = capsys.readouterr().err
        assert "backups folder locked" in err and "try again" in err and "unexpected" not in err
    finally:
        holder.kill()
    assert main(["rerun", "--db", str(db)]) == 0   # the lock gone, the job runs


def test_r9_38_a_job_started_through_a_link_keeps_a_restore_out(tmp_path: Path) -> None:
    """The CLI imported through `rbl.sqlite3 → rb2.sqlite3` while the window restored rb2: the job had locked the
    link's backups folder, so the restore went through."""
    db = tmp_path / "rb2.sqlite3"
    assert main(["import", str(SEED), "--db", str(db), "--workers", "1"]) == 0
    link = tmp_path / "rbl.sqlite3"
    link.symlink_to(db)
    with long_job(link):
        with pytest.raises(RestoreBusy):
            with no_job_running(db):
                pass


def test_r9_20_an_atomic_group_in_a_page_pattern_is_refused_not_a_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--page-pattern '^(?P<page>(?>a*)*b)'` ended in 'unexpected error: TypeError: cannot unpack …'."""
    pages = tmp_path / "pp"
    pages.mkdir()
    (pages / ("a" * 40 + "!.txt")).write_text("标题\n\n　　江门日报讯 正文。\n", encoding="utf-8")
    for pattern in (r"^(?P<page>(?>a*)*b)", r"^(?P<page>(a*+)*)$"):
        capsys.readouterr()
        assert main(["import", str(pages), "--db", str(tmp_path / "p.sqlite3"), "--page-pattern", pattern]) == 2
        err = capsys.readouterr().err
        assert "unexpected" not in err and "ways to match" in err, err
    assert main(["import", str(pages), "--db", str(tmp_path / "p.sqlite3"),
                 "--page-pattern", r"^(?P<page>(?>a+))!$"]) == 0   # an atomic group that cannot backtrack is fine


def test_r9_32_a_corpus_backup_says_what_it_leaves_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`export --with-source` ('a complete backup') left out review copies, assignments and curation without a word;
    since the snapshot holds the team's work (issue 16) it says nothing, and a restore brings the work back."""
    db = str(tmp_path / "t.sqlite3")
    assert main(["import", str(SEED), "--db", db, "--workers", "1"]) == 0
    out = tmp_path / "c.json"
    capsys.readouterr()
    assert main(["export", "--format", "json", "--with-source", "-o", str(out), "--db", db]) == 0
    assert "not in this file" not in capsys.readouterr().err   # nothing left out: nothing said
    assert main(["assign", SEED.name, "--to", "周编辑", "--db", db]) == 0
    assert main(["double-review", SEED.name, "--editors", "甲", "乙", "--db", db]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "json", "--with-source", "-o", str(out), "--db", db]) == 0
    err = capsys.readouterr().err
    assert "not in this file" not in err, err   # the team's work is in the snapshot (tests/test_json_team.py)
    back = str(tmp_path / "back.sqlite3")
    assert main(["import-json", str(out), "--db", back]) == 0
    capsys.readouterr()
    assert main(["work", "--for", "甲", "--db", back]) == 0
    assert "double review (甲's copy)" in capsys.readouterr().out
