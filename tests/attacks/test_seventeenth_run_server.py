"""Issue 10, seventeenth run, on a server: a client_encoding set on the database (B14), a role whose name cannot
name an editor (B12), a statement cancelled during a long import (B10)."""
from __future__ import annotations

import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from jmreview.store.database import Store

from ..conftest import SEEDS
from ..pg_server import PgServer
from .test_tenth_run_server import RUN


def _database(url: str) -> str:
    return url.split("@/", 1)[1].split("?", 1)[0]


def test_r17b_14_a_client_encoding_set_on_the_database_does_not_reach_jmreview(server: PgServer, tmp_path: Path) -> None:
    """Run 17 B14: `ALTER DATABASE … SET client_encoding = LATIN1`: import, curate, export, copy and doctor ended in
    `unexpected error: UnicodeEncodeError`, and the window called the healthy database too damaged to read."""
    url = server.new_database()
    Store(url).close()
    server.admin(f"ALTER DATABASE {_database(url)} SET client_encoding = 'LATIN1'")
    try:
        for argv in (["import", str(SEEDS / "003_4221d1719c757f4b.txt")], ["doctor"],
                     ["export", "--format", "json", "-o", str(tmp_path / "e.json")]):
            out = subprocess.run([*RUN, *argv, "--db", url], capture_output=True, text=True, timeout=120)
            assert out.returncode == 0, (argv, out.stderr[-1500:])
        assert "江门" in (tmp_path / "e.json").read_text(encoding="utf-8")
    finally:
        server.admin(f"ALTER DATABASE {_database(url)} RESET client_encoding")


def test_r17b_12_a_role_whose_name_cannot_name_an_editor_is_refused_as_the_editor(server: PgServer) -> None:
    """Run 17 B12: on a server the default editor is the database role; a role named with an escape sequence or a
    line break was logged as the editor as it was (the editor-name rule skipped it)."""
    url = server.new_database()
    Store(url).close()
    role = "ev\x1b[31mil"
    server.admin(f"CREATE ROLE \"{role}\" LOGIN SUPERUSER")
    try:
        own = f"postgresql://{quote(role, safe='')}@/{_database(url)}?host={server.socket}"
        out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", own],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode != 0 and "cannot name an editor" in out.stderr and "--editor" in out.stderr, out.stderr
        named = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", own,
                                "--editor", "甲"], capture_output=True, text=True, timeout=120)
        assert named.returncode == 0, named.stderr
    finally:
        server.admin(f"DROP OWNED BY \"{role}\"", database=_database(url))
        server.admin(f"DROP ROLE \"{role}\"")


def test_r17b_10_an_import_whose_statement_another_session_cancels_says_what_it_imported(
        server: PgServer, tmp_path: Path) -> None:
    """Run 17 B10: pg_cancel_backend into `import` of many pages: "another session cancelled this change; nothing of
    it was saved" while 14–37 pages had been imported and kept — no file named, no count. Now as for an ended
    session: the file, what was imported, what was not tried."""
    import re
    import time

    from ..pg_server import sql
    from .test_tenth_run_server import pages, wait_for

    url = server.new_database()
    Store(url).close()
    folder = pages(tmp_path / "pages", 150)
    proc = subprocess.Popen([*RUN, "import", str(folder), "--db", url], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    database = _database(url)
    try:
        wait_for(url, "SELECT count(*) FROM sourcefile", 8, proc)
        while proc.poll() is None:   # cancel whatever statement the importer runs, until one lands
            sql(url.replace(f"/{database}?", "/postgres?"), "SELECT pg_cancel_backend(pid) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid() AND state = 'active'", database)
            time.sleep(0.05)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    if proc.returncode == 0:
        pytest.skip("no cancel landed on a statement of the import")
    committed = sql(url, "SELECT count(*) FROM sourcefile")[0][0]
    assert "unexpected" not in err and "Traceback" not in err, err[-2000:]
    assert "did not finish this file" in err and "more files were not tried" in err, err[-2000:]
    assert re.search(rf"\b{committed} imported\b", out), (committed, out, err[-2000:])


def test_r18b_12_an_empty_schema_named_after_the_role_does_not_hide_the_corpus(server: PgServer) -> None:
    """Run 18 B12/B13: `CREATE SCHEMA <role>` (empty) in a database whose corpus is in public: the default search_path
    ("$user", public) put it first, and every command worked on a new, empty corpus made there (the window offered
    the sample pages; an import ended in `unexpected error: IntegrityError`)."""
    from jmreview.store.models import SourceFile

    from ..pg_server import SUPERUSER

    url = server.new_database()
    out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    server.admin(f'CREATE SCHEMA "{SUPERUSER}"', database=_database(url))
    with Store(url):
        assert SourceFile.select().count() == 1
    again = subprocess.run([*RUN, "import", str(SEEDS / "004_8fe30a7831068c4f.txt"), "--db", url],
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "unexpected" not in again.stderr, again.stderr
    with Store(url):
        assert SourceFile.select().count() == 2


def test_r18b_19_a_search_path_of_the_sessions_temporary_schema_is_refused(server: PgServer) -> None:
    """Run 18 B19: `?options=-c search_path=pg_temp,public` on an empty database: "5 imported", and everything gone
    when the command ended (the tables were made in the session's temporary schema)."""
    from jmreview.errors import StoreError

    url = server.new_database() + "&options=-c%20search_path%3Dpg_temp%2Cpublic"
    with pytest.raises(StoreError, match="search_path setting"):
        Store(url).close()


def test_r18b_18_a_database_dropped_under_an_open_store_is_said_gone_for_good(server: PgServer) -> None:
    """Run 18 B18: `DROP DATABASE … WITH (FORCE)` under the window: "stopped answering … try again when the server
    is back" — advice that can never work."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.server_errors import ServerGone

    url = server.new_database()
    store = Store(url)
    try:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        first = Article.select().first().id
        server.admin(f'DROP DATABASE "{_database(url)}" WITH (FORCE)')
        with pytest.raises(ServerGone) as gone:
            set_article_field(store, "甲", first, "title", "新标题")
        assert gone.value.why == "dropped" and "no longer exists" in str(gone.value), str(gone.value)
    finally:
        store.close()


def test_r18b_32_an_empty_database_set_read_only_says_the_setting(server: PgServer) -> None:
    """Run 18 B32: `default_transaction_read_only = on` on a fresh database: "cannot be opened: cannot execute CREATE
    TABLE in a read-only transaction" — the server's English, the setting not named."""
    from jmreview.errors import StoreError

    url = server.new_database()
    server.admin(f"ALTER DATABASE {_database(url)} SET default_transaction_read_only = on")
    with pytest.raises(StoreError) as refused:
        Store(url).close()
    assert "default_transaction_read_only" in str(refused.value) and refused.value.args[0].template, refused.value


def _corpus_in_schema(server: PgServer, schema: str) -> str:
    """A database whose corpus lives in `schema` (moved there from public); its URL."""
    url = server.new_database()
    out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    database = _database(url)
    ident, literal = schema.replace('"', '""'), schema.replace("'", "''")
    server.admin(f'CREATE SCHEMA "{ident}"', database=database)
    server.admin(f"DO $$ DECLARE t record; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                 f"LOOP EXECUTE format('ALTER TABLE public.%I SET SCHEMA %I', t.tablename, '{literal}'); END LOOP; "
                 "END $$", database=database)
    return url


def test_r19b_14_a_corpus_in_a_schema_of_any_name_survives_a_reconnection(server: PgServer) -> None:
    """Run 19 B14: corpus in schema `团队 一`; the sessions terminated (a restart, a pooler): the reconnected session was
    back on the default path — `relation "sourcefile" does not exist` at every refresh."""
    from jmreview.store.models import SourceFile

    from .test_ninth_run_server import drop_window_sessions

    url = _corpus_in_schema(server, "团队 一")
    with Store(url) as store:
        assert SourceFile.select().count() == 1
        drop_window_sessions(url)
        store.db.close()   # as the window finds its session gone and connects anew
        assert SourceFile.select().count() == 1


def test_r19b_12_a_role_that_may_not_use_the_corpuss_schema_is_refused(server: PgServer) -> None:
    """Run 19 B12: a colleague's role without USAGE on the schema holding the corpus: an empty corpus made in public,
    hiding the team's from every default-path session."""
    from jmreview.errors import StoreError

    from ..pg_server import make_role

    url = _corpus_in_schema(server, "team")
    name, own = make_role(server, url, "editor")
    server.admin(f'GRANT CREATE, USAGE ON SCHEMA public TO "{name}"', database=_database(url))
    with pytest.raises(StoreError, match="may not use"):
        Store(own).close()
    assert not [r for r in __import__("tests.pg_server", fromlist=["sql"]).sql(
        url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'")]


def test_r19b_13_a_database_dropped_and_made_anew_under_the_window_is_never_written(server: PgServer) -> None:
    """Run 19 B13: the database dropped and made anew with another corpus under an open window: the window reconnected
    silently and saved the typed title on another corpus's article."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.server_errors import ServerGone

    url = server.new_database()
    database = _database(url)
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        first = Article.select().first().id
        server.admin(f'DROP DATABASE "{database}" WITH (FORCE)')
        server.admin(f'CREATE DATABASE "{database}"')
        other = subprocess.run([*RUN, "import", str(SEEDS / "004_8fe30a7831068c4f.txt"), "--db", url],
                               capture_output=True, text=True, timeout=120)
        assert other.returncode == 0, other.stderr
        with pytest.raises(ServerGone) as gone:
            set_article_field(store, "甲", first, "title", "打在另一个语料上")
        assert gone.value.why == "dropped", str(gone.value)


def test_r19b_32_a_schema_name_with_quotes_is_one_identifier(server: PgServer) -> None:
    """Run 19 B32/B31: the corpus in a schema named `x", pg_temp, "y`: the name went into the search_path unquoted —
    an import landed in temporary tables and vanished; a schema named `a"b` could not be opened at all."""
    from jmreview.store.models import SourceFile

    for schema in ('x", pg_temp, "y', 'a"b'):
        url = _corpus_in_schema(server, schema)
        with Store(url):
            assert SourceFile.select().count() == 1
        out = subprocess.run([*RUN, "import", str(SEEDS / "004_8fe30a7831068c4f.txt"), "--db", url],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        with Store(url):
            assert SourceFile.select().count() == 2


def test_r19b_36_a_second_corpus_appearing_in_the_roles_schema_is_refused_not_used(server: PgServer) -> None:
    """Run 19 B36: a full copy of the corpus appeared in a schema named after the role: new sessions worked on the
    copy without a word."""
    from jmreview.errors import StoreError

    from ..pg_server import SUPERUSER

    url = server.new_database()
    out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    database = _database(url)
    server.admin(f'CREATE SCHEMA "{SUPERUSER}"', database=database)
    server.admin(f'CREATE TABLE "{SUPERUSER}".schemainfo (version int); '
                 f'CREATE TABLE "{SUPERUSER}".sourcefile (id int)', database=database)
    with pytest.raises(StoreError, match="more than one schema"):
        Store(url).close()
