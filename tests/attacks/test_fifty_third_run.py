"""Issue 10, run 53: the minor unclear rows of a short run on run 52's fixes."""
from __future__ import annotations

from pathlib import Path

import pytest

from .test_database_safety import run_cli
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


def test_r53b_8_a_take_refused_because_it_was_settled_while_the_command_ran_names_again(tmp_path: Path) -> None:
    """Run 53 B8: two `curate --take` of one difference at once; the loser, whose command read it unsettled, was told
    the window's words ("since it was shown"), not `--again`. The command line now says it was settled while the
    command ran, and names `--again`; the first decision stays."""
    from jmreview.cli_team import _while_it_ran
    from jmreview.errors import JmreviewError
    from jmreview.store.curation import differences, take
    from jmreview.store.database import Store
    from jmreview.store.models import CurationDecision

    from .test_thirty_sixth_run import _under_review_with_differences

    db, page = _under_review_with_differences(tmp_path)
    with Store(db) as store:
        key = next(d.key for d in differences(page) if d.key.startswith("role:"))
        take(store, "zhu", page, key, "a")
        with pytest.raises(JmreviewError) as refused:   # what the loser's take meets: read unsettled, settled now
            take(store, "qian", page, key, "b", seen=None)
        said = str(_while_it_ran(refused.value, f"--take {key}=b", "add --again to change that decision"))
        assert "while this command ran" in said and "--again" in said and "since it was shown" not in said, said
        assert [(d.who, d.taken) for d in CurationDecision.select()] == [("zhu", "a")]


def test_r53b_8_two_takes_at_once_from_the_command_line_leave_one_and_name_again_to_the_other(tmp_path: Path) -> None:
    """Run 53 B8 for real: two processes take one difference at once; one decision stands, the other is told to add
    `--again` whichever way the race went."""
    import subprocess
    import sys

    from .test_database_safety import ROOT
    from .test_thirty_sixth_run import _under_review_with_differences

    db, _page = _under_review_with_differences(tmp_path)
    name = "003_4221d1719c757f4b.txt"
    role = next(line.split()[0] for line in run_cli("curate", name, "--db", str(db)).stdout.splitlines()
                if line.startswith("role:"))
    runs = [subprocess.Popen([sys.executable, "-m", "jmreview.cli", "curate", name, "--take", f"{role}={side}",
                              "--editor", who, "--db", str(db)], cwd=ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for who, side in (("zhu", "a"), ("qian", "b"))]
    done = [(r.wait(timeout=120), r.communicate()[1]) for r in runs]
    assert sorted(rc == 0 for rc, _ in done) == [False, True], done
    lost = next(err for rc, err in done if rc)
    assert "--again" in lost and "since it was shown" not in lost, lost


def test_r53b_16_a_two_host_address_names_the_host_that_asked_for_a_password(tmp_path: Path) -> None:
    """Run 53 B16: a two-host address, the first host down (a standby promoted), ~/.pgpass with a line for the first
    host only: "none was given; put it in ~/.pgpass", naming neither the host that asked nor the line for the other.
    The host that asked, as libpq names it (TCP with and without a resolved name, a socket), is the one looked up."""
    from jmreview.store.libpq_files import password_said

    pgpass = tmp_path / "pgpass"
    pgpass.write_text("127.0.0.1:55511:*:zhu:secret\n", encoding="utf-8")
    pgpass.chmod(0o600)
    address = {"host": "127.0.0.1,127.0.0.1", "port": "55511,55510", "dbname": "sb", "user": "zhu",
               "passfile": str(pgpass)}
    refused = "\tIs the server running on that host and accepting TCP/IP connections?\n"
    for shown in ('"127.0.0.1"', '"localhost" (127.0.0.1)'):
        libpq = (f"connection to server at {shown}, port 55511 failed: Connection refused\n{refused}"
                 f"connection to server at {shown}, port 55510 failed: fe_sendauth: no password supplied\n")
        if "localhost" in shown:
            address["host"] = "localhost,localhost"
            pgpass.write_text("localhost:55511:*:zhu:secret\n", encoding="utf-8")
        why, said = password_said(address, "no_password", libpq.splitlines()[0], libpq)
        assert why == "pgpass_other_port", (why, said)
        assert said["ours"].endswith(":55510/sb") and said["theirs"].endswith(":55511/*"), said
    socket = ('connection to server on socket "/tmp/x/.s.PGSQL.55511" failed: No such file or directory\n'
              'connection to server on socket "/tmp/y/.s.PGSQL.55510" failed: fe_sendauth: no password supplied\n')
    address["host"] = "/tmp/x,/tmp/y"
    assert password_said(address, "no_password", "", socket)[1]["ours"] == "localhost:55510/sb"


def test_r53b_4_a_copy_whose_source_session_is_ended_mid_read_leaves_nothing_the_retry_refuses(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Run 53 B4: an administrator ended the session of `copy` from a server mid-read: said as an ended session,
    "try again" — and a 0-byte target was seen, which the same command again refused. That file was the sqlite3
    shell's, which the run's check ran on the missing target (it makes the file it opens). Held here: the failed
    copy leaves no file, and the same command again copies it whole."""
    import sqlite3

    from jmreview import cli
    from jmreview.store import copy
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import sql
    from .test_tenth_run_server import pages

    with Store(pg_url) as store:
        import_paths(store, [pages(tmp_path / "pages", 3)], workers=1)
    copy_table = copy._copy_table

    def ended_mid_read(src, dst, model):  # type: ignore[no-untyped-def]
        if model is copy.Block:
            sql(pg_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()")
            monkeypatch.setattr(copy, "_copy_table", copy_table)
        return copy_table(src, dst, model)

    monkeypatch.setattr(copy, "_copy_table", ended_mid_read)
    target = tmp_path / "copy.sqlite3"
    assert cli.main(["copy", pg_url, str(target)]) == 2
    said = capsys.readouterr().err
    assert "ended this session" in said and "try again" in said, said
    assert not target.exists() or target.stat().st_size > 0, "a 0-byte file left"
    assert cli.main(["copy", pg_url, str(target)]) == 0, capsys.readouterr().err   # "try again" works
    with sqlite3.connect(target) as con:
        assert con.execute("SELECT count(*) FROM block").fetchone()[0] == sql(pg_url, "SELECT count(*) FROM block")[0][0]


@pytest.mark.parametrize("step", ["highest_ever", "columns_gone", "Store"])
def test_a_copy_whose_source_session_is_ended_as_it_opens_says_the_session_ended(
        pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        step: str) -> None:
    """Found with run 53 B4: the session of `copy` ended by an administrator as the source was first read (its
    schema looked at, its ids read): "stopped answering (the server was stopped …); try again when the server is
    back", the server up. Said as the ended session it is; no file left."""
    from jmreview import cli
    from jmreview.store import copy
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import sql
    from .test_tenth_run_server import pages

    with Store(pg_url) as store:
        import_paths(store, [pages(tmp_path / "pages", 2)], workers=1)
    real = getattr(copy, step)
    target = tmp_path / "copy.sqlite3"

    def ended_first(*args, **named):  # type: ignore[no-untyped-def]
        if step != "Store" or str(args[0]) == str(target):   # (the target opened: the source's snapshot begins next)
            sql(pg_url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND pid <> pg_backend_pid()")
        return real(*args, **named)

    monkeypatch.setattr(copy, step, ended_first)
    assert cli.main(["copy", pg_url, str(target)]) == 2
    said = capsys.readouterr().err
    assert "ended this session" in said and "when the server is back" not in said, said
    assert not target.exists()
