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
    for host, shown in (("127.0.0.1", '"127.0.0.1"'), ("127.0.0.1", '"localhost" (127.0.0.1)')):
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
