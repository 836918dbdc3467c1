"""Server rows of the thirty-sixth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ..conftest import SEEDS
from ..pg_server import PgServer
from .test_seventeenth_run_server import _database
from .test_tenth_run_server import RUN


@pytest.mark.parametrize("command", ["rerun", "export"])
def test_r36b_18_an_edit_log_row_spoiled_on_a_server_is_said_not_a_table_changed(server: PgServer, tmp_path: Path,
                                                                                 command: str) -> None:
    """Run 36 B18: an edit-log payload another program spoiled on a server (`{not json`): export --with-source and
    rerun said a table of the corpus was renamed, dropped or narrowed. Said as the value it is, naming doctor."""
    url = server.new_database()
    for args in (["import", str(SEEDS / "003_4221d1719c757f4b.txt")], ["rerun"]):
        done = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    server.admin("UPDATE editlog SET payload = '{not json'", database=_database(url))
    args = ["rerun"] if command == "rerun" else ["export", "--format", "json", "--with-source", "-o",
                                                 str(tmp_path / "w.json")]
    out = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "not the JSON jmreview writes" in out.stderr, out.stderr
    assert "renamed" not in out.stderr and "unexpected" not in out.stderr, out.stderr


def test_r36b_11_12_13_25_why_a_password_or_service_file_gave_nothing_is_said(server: PgServer,
                                                                               tmp_path: Path) -> None:
    """Run 36 B11: a ~/.pgpass whose byte-order mark spoils only a comment, for a role with no line: blamed on the
    mark. B12: a line written for another host (`localhost` for 127.0.0.1): "none was given; put it in ~/.pgpass".
    B13: a file saved as UTF-16: the same. B25: a service file with a mark: "service not found; check its
    spelling". Each is said as it is."""
    import os
    import sys

    from ..pg_server import make_role

    url = server.new_database()
    name, role_url = make_role(server, url, "editor", password="right-w0rd")
    base = {**os.environ, "HOME": str(tmp_path)}
    for variable in ("PGPASSWORD", "PGPASSFILE", "PGSERVICEFILE", "PGSERVICE"):
        base.pop(variable, None)
    pgpass = tmp_path / ".pgpass"

    def said(content: bytes, address: str = role_url) -> str:
        pgpass.write_bytes(content)
        pgpass.chmod(0o600)
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", address], env=base,
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "unexpected" not in out.stderr and "w0rd" not in out.stderr, out.stderr
        return out.stderr

    b11 = said(b"\xef\xbb\xbf# team passwords\n*:*:*:someone_else:right-w0rd\n")
    assert "byte-order mark" not in b11 and "holds no line for it" in b11 and name in b11, b11
    b12 = said(f"203.0.113.9:*:*:{name}:right-w0rd\n".encode())
    assert "203.0.113.9" in b12 and "localhost is not 127.0.0.1" in b12, b12
    b13 = said(b"\xff\xfe" + f"*:*:*:{name}:right-w0rd\n".encode("utf-16-le"))
    assert "UTF-16" in b13, b13
    pgpass.unlink()
    host = role_url.split("host=", 1)[1].split("&", 1)[0]
    (tmp_path / ".pg_service.conf").write_bytes(f"\ufeff[desk]\nhost={host}\ndbname={_database(url)}\n"
                                                f"user={name}\n".encode())
    b25 = said(f"*:*:*:{name}:right-w0rd\n".encode(), "postgresql://?service=desk")
    assert "byte-order mark" in b25 and "service file" in b25 and "check its spelling" not in b25, b25
    (tmp_path / ".pg_service.conf").write_bytes(f"[desk]\nhost={host}\ndbname={_database(url)}\n"
                                                f"user={name}\n".encode())
    works = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", "postgresql://?service=desk"],
                           env=base, capture_output=True, text=True, timeout=120)
    assert "holds no jmreview database yet" in works.stderr, works.stderr   # (reached: the file read without a mark)


def test_r36b_16_a_jmreview_session_is_named_so_on_the_server(server: PgServer) -> None:
    """Run 36 B16: the busy message named a stopped jmreview session "psql?": jmreview gave its sessions no name, and
    a nameless one was guessed to be psql. Its sessions are named jmreview (unless the address names them)."""
    from jmreview.store.database import Store

    url = server.new_database()
    with Store(url) as store:
        name = store.db.execute_sql("SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()")
        assert name.fetchone()[0] == "jmreview"
    with Store(url + "&application_name=desk7") as store:
        name = store.db.execute_sql("SELECT current_setting('application_name')")
        assert name.fetchone()[0] == "desk7"


def test_r36b_24_doctor_says_a_missing_value_not_pythons_none(server: PgServer) -> None:
    """Run 36 B24: a review state or a decision's side emptied to NULL by an administrator: doctor said "has the
    review state None", "is taken as None" (Python's word)."""
    url = server.new_database()
    for args in (["import", str(SEEDS / "003_4221d1719c757f4b.txt")],
                 ["double-review", "003_4221d1719c757f4b.txt", "--editors", "wang", "li"]):
        done = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    server.admin("ALTER TABLE sourcefile ALTER review_state DROP NOT NULL; "
                 "UPDATE sourcefile SET review_state = NULL WHERE review_of IS NULL", database=_database(url))
    out = subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, text=True, timeout=120)
    assert "review state NULL" in out.stdout and "None" not in out.stdout, out.stdout


def test_r37b_38_39_40_values_emptied_to_null_are_named_not_an_unexpected_error(server: PgServer,
                                                                                  tmp_path: Path) -> None:
    """Run 37 B38, B39, B40: an administrator dropped NOT NULL and emptied a decision's key, an assignment's editor,
    its moment: doctor said "decision None", or ended (as export --with-source did) in "unexpected error: TypeError:
    normalize() …" / "Invalid isoformat string: 'None'" while telling the user to run doctor."""
    url = server.new_database()
    page = "003_4221d1719c757f4b.txt"
    for args in (["import", str(SEEDS / page)], ["assign", page, "--to", "wang"],
                 ["double-review", page, "--editors", "wang", "li"], ["curate", page, "--all", "a"]):
        done = subprocess.run([*RUN, *args, "--db", url], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    server.admin("ALTER TABLE assignment ALTER editor DROP NOT NULL, ALTER assigned_at DROP NOT NULL; "
                 "UPDATE assignment SET editor = NULL, assigned_at = NULL",
                 database=_database(url))
    doctor = subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, text=True, timeout=120)
    assert "unexpected" not in doctor.stderr and "None" not in doctor.stdout, (doctor.stdout, doctor.stderr)
    assert "assignment 1, editor is NULL" in doctor.stdout and "assigned_at is NULL" in doctor.stdout, doctor.stdout
    from jmreview.store.doctor_team import _said

    assert _said(None) == "NULL (none at all)"   # (a decision's key emptied: said so, B38)
    out = subprocess.run([*RUN, "export", "--format", "json", "--with-source", "-o", str(tmp_path / "s.json"),
                          "--db", url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "unexpected" not in out.stderr and "assigned_at is NULL" in out.stderr, out.stderr


def test_r37b_33_a_password_expired_under_an_open_store_is_said_as_the_password(server: PgServer) -> None:
    """Run 37 B33: a role's password expired (VALID UNTIL) under an open window: "its right to connect was taken
    away, or it may not log in" — never the password, which was what the server refused."""
    import pytest

    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.server_errors import ServerGone

    from ..pg_server import make_role

    url = server.new_database()
    Store(url).close()
    name, own = make_role(server, url, "editor", password="right-w0rd")
    own = own.replace(f"{name}@", f"{name}:right-w0rd@", 1)
    with Store(own):
        server.admin(f"ALTER ROLE \"{name}\" VALID UNTIL '2020-01-01'")
        server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{name}'")
        try:
            with pytest.raises(ServerGone):
                SourceFile.select().count()   # the session found gone
            with pytest.raises(ServerGone) as refused:
                SourceFile.select().count()   # a new one refused: said why
        finally:
            server.admin(f"ALTER ROLE \"{name}\" VALID UNTIL 'infinity'")
        assert refused.value.why == "again_password", refused.value


def test_r37b_3_a_source_with_a_spoiled_log_row_is_named_and_the_server_left_untouched(
        server: PgServer, tmp_path: Path) -> None:
    """Run 37 B3: `copy` of a SQLite file whose edit log holds a row another program cut short, into a server
    database: the server database was blamed (doctor there found nothing) and left with empty tables."""
    import sqlite3

    db = tmp_path / "l.sqlite3"
    for args in (["import", str(SEEDS / "003_4221d1719c757f4b.txt")], ["rerun"]):
        done = subprocess.run([*RUN, *args, "--db", str(db)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as con:
        con.execute("""UPDATE editlog SET payload = '{"steps": [{"op": "cre'""")
    con.close()
    url = server.new_database()
    out = subprocess.run([*RUN, "copy", str(db), url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "l.sqlite3" in out.stderr and "not the JSON" in out.stderr, out.stderr
    import psycopg2

    with psycopg2.connect(url) as con, con.cursor() as cur:
        cur.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert cur.fetchone() == (0,)
    con.close()


def test_r37b_55_a_corpus_on_a_standby_opens_read_only_from_the_start() -> None:
    """Run 37 B55: a window opened on a hot standby showed no read-only banner and every editing command; each edit
    was refused only once typed. The store opens read-only, saying why, as for a reader's role."""
    import shutil

    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import started

    standby = started()
    try:
        url = standby.new_database()
        with Store(url) as store:
            import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        standby.halt()
        (standby.data / "standby.signal").touch()   # started again as a standby (no primary to follow)
        if standby.data.owner() != (signal := standby.data / "standby.signal").owner():
            shutil.chown(signal, standby.data.owner())
        standby.restart()
        with Store(url) as store:
            assert store.readonly and "standby" in str(getattr(store, "why_readonly", "")), store.readonly
            with pytest.raises(StoreError):
                store.check_writable()
    finally:
        standby.stop()
