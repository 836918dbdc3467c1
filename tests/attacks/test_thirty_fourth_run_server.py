"""Server rows of the thirty-fourth adversarial run (issue 10), and server rows earlier runs left open."""
from __future__ import annotations

import subprocess

from ..conftest import SEEDS
from ..pg_server import PgServer
from .test_seventeenth_run_server import _database
from .test_tenth_run_server import RUN


def test_r33b_8_a_schema_with_some_of_the_tables_first_on_the_search_path_is_refused(server: PgServer) -> None:
    """Run 33 B8: a schema `evil` holding a `schemainfo` and an empty `sourcefile` only, put first on the database's
    search_path: it was taken for the corpus, its other tables read from public's, and an import ended in "unexpected
    error". A schema holding only some of the tables is no whole corpus: it is refused, naming the
    tables it lacks."""
    url = server.new_database()
    first = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    database = _database(url)
    server.admin("CREATE SCHEMA evil; CREATE TABLE evil.schemainfo AS SELECT * FROM public.schemainfo; "
                 "CREATE TABLE evil.sourcefile (LIKE public.sourcefile INCLUDING ALL)", database=database)
    server.admin(f"ALTER DATABASE {database} SET search_path = evil, public")
    try:
        out = subprocess.run([*RUN, "import", str(SEEDS / "001_69ca20e02664ffc6.txt"), "--db", url],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "unexpected" not in out.stderr and "evil" in out.stderr, out.stderr
    finally:
        server.admin(f"ALTER DATABASE {database} RESET search_path")
    assert "lacks its tables" in out.stderr and "article" in out.stderr, out.stderr
    again = subprocess.run([*RUN, "stats", "--db", url], capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "more than one schema" in again.stderr, again.stderr   # (as run 19 B36)


def test_r34a_39_case_and_full_width_forms_do_not_matter_to_a_search_on_a_server(server: PgServer,
                                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 34 A39 on a server: `gdp` and `２０２５年` find what `GDP` and `2025年` find; an index of before is made
    anew, folded, at the first search."""
    from jmreview.store.database import Store
    from jmreview.store.search import ensure_index, marked, search
    from jmreview.workflows.importer import import_paths

    page = tmp_path / "page.txt"
    page.write_text("本报讯 今年ＧＤＰ增长，２０２５年目标明确。\n全市GDP总量2025年将再创新高。\n", encoding="utf-8")
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [page], workers=1)
        assert marked(store)
        assert len(search(store, "gdp")) == 2 and len(search(store, "２０２５年")) == 2
        store.db.execute_sql("DELETE FROM block_search WHERE id = 0")
        store.db.execute_sql("UPDATE block_search SET text = '今年ＧＤＰ增长' WHERE id = (SELECT MIN(id) FROM block_search)")
        ensure_index(store)
        assert marked(store) and len(search(store, "gdp")) == 2


def test_r34b_41_a_wrong_password_is_looked_for_where_it_was_given(server: PgServer,
                                                                   tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 34 B41: a wrong password in the address, or in a service file: "check the password in ~/.pgpass" — the
    one file holding the right one. The advice names where the wrong one came from."""
    import os
    import sys

    from ..pg_server import make_role

    url = server.new_database()
    name, role_url = make_role(server, url, "editor", password="right-w0rd")
    env = {**os.environ, "HOME": str(tmp_path), "PGPASSFILE": str(tmp_path / "none")}
    wrong = role_url.replace(f"{name}@", f"{name}:wrong-w0rd@", 1)
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", wrong], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "written in the address" in out.stderr and "wrong-w0rd" not in out.stderr, \
        out.stderr
    host = role_url.split("host=", 1)[1].split("&", 1)[0]
    database = _database(url)
    (tmp_path / "services.conf").write_text(f"[desk]\nhost={host}\ndbname={database}\nuser={name}\n"
                                            "password=wrong-w0rd\n", encoding="utf-8")
    env["PGSERVICEFILE"] = str(tmp_path / "services.conf")
    out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", "postgresql://?service=desk"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "in the service file" in out.stderr and "wrong-w0rd" not in out.stderr, out.stderr


def test_r32b_27_a_database_closed_under_an_open_store_is_said_closed(server: PgServer) -> None:
    """Run 32 B27: `ALTER DATABASE … ALLOW_CONNECTIONS false` and the sessions ended under an open window: said as a
    server that stopped answering. It says the database was closed to connections."""
    import pytest

    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.server_errors import ServerGone

    url = server.new_database()
    database = _database(url)
    with Store(url):
        server.admin(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false")
        try:
            server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'")
            with pytest.raises(ServerGone):
                SourceFile.select().count()   # the session found gone
            with pytest.raises(ServerGone) as refused:
                SourceFile.select().count()   # a new one refused: said why
            assert refused.value.why == "again_closed", refused.value
            assert "closed it to connections" in str(refused.value)
        finally:
            server.admin(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true")


def test_r35b_7_32_a_password_from_the_environment_or_a_named_file_is_looked_for_there(
        server: PgServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 35 B7: a wrong password from PGPASSWORD or from the file PGPASSFILE names was looked for in ~/.pgpass, and
    PGPASSFILE naming no file said "put it in ~/.pgpass", which libpq then never reads. B32: a ~/.pgpass saved with
    a byte-order mark (Notepad) said no password was given, though it is there."""
    import os
    import sys

    from ..pg_server import make_role

    url = server.new_database()
    name, role_url = make_role(server, url, "editor", password="right-w0rd")
    base = {**os.environ, "HOME": str(tmp_path)}
    base.pop("PGPASSWORD", None)
    base.pop("PGPASSFILE", None)

    def said(**env: str) -> str:
        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", role_url], env={**base, **env},
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "unexpected" not in out.stderr and "w0rd" not in out.stderr, out.stderr
        return out.stderr

    assert "check the password in PGPASSWORD" in said(PGPASSWORD="wrong-w0rd")
    (tmp_path / "alt").write_text(f"*:*:*:{name}:wrong-w0rd\n", encoding="utf-8")
    (tmp_path / "alt").chmod(0o600)
    assert f"check the password in {tmp_path / 'alt'}" in said(PGPASSFILE=str(tmp_path / "alt"))
    assert "does not exist" in said(PGPASSFILE=str(tmp_path / "nosuch"))
    (tmp_path / ".pgpass").write_bytes(f"\ufeff*:*:*:{name}:right-w0rd\n".encode())
    (tmp_path / ".pgpass").chmod(0o600)
    assert "byte-order mark" in said()


def test_r35b_38_names_in_an_english_message_are_joined_the_english_way(server: PgServer) -> None:
    """Run 35 B38: "lacks its tables article、assignment、block…", "(public、zhu)": the Chinese enumeration comma in
    English sentences."""
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.database import Store

    from ..pg_server import SUPERUSER

    url = server.new_database()
    first = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    database = _database(url)
    server.admin(f'CREATE SCHEMA "{SUPERUSER}"; CREATE TABLE "{SUPERUSER}".schemainfo (version int); '
                 f'CREATE TABLE "{SUPERUSER}".sourcefile (id int)', database=database)
    with pytest.raises(StoreError) as refused:
        Store(url).close()
    assert "、" not in str(refused.value) and f"{SUPERUSER}, public" in str(refused.value), str(refused.value)


def test_r35b_37_a_copy_of_a_value_too_long_for_the_server_names_it_in_the_source(server: PgServer,
                                                                                 tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 35 B37: `copy` of a SQLite file whose assignment names an editor of 300 characters (another program's):
    "a table of the corpus on the server is not as jmreview made it … ask the administrator to put it back". The
    value in the source is named."""
    import sqlite3

    db = tmp_path / "src.sqlite3"
    assert subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(db)],
                          capture_output=True, text=True, timeout=120).returncode == 0
    assert subprocess.run([*RUN, "assign", "003_4221d1719c757f4b.txt", "--to", "王", "--db", str(db)],
                          capture_output=True, text=True, timeout=120).returncode == 0
    with sqlite3.connect(db) as con:
        con.execute("UPDATE assignment SET editor = ?", ("w" * 300,))
    con.close()
    out = subprocess.run([*RUN, "copy", str(db), server.new_database()], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "assignment" in out.stderr and "300 characters" in out.stderr, out.stderr
    assert "administrator" not in out.stderr, out.stderr
