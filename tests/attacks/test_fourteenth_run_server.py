"""Issue 10, fourteenth run, on a server: an import whose session another session ends (the server running) says
so, and what it imported — not that the server stopped and nothing was saved (B#16)."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from jmreview.store.database import Store

from ..pg_server import PgServer, sql
from .test_ninth_run_server import drop_window_sessions
from .test_tenth_run_server import RUN, pages, wait_for


def test_r14b_16_an_import_whose_session_was_ended_says_so_and_what_it_imported(
        server: PgServer, tmp_path: Path) -> None:
    """B#16: 200 pages imported, pg_terminate_backend on the importer 1.5–4 s in, the server running: `… stopped
    answering (the server was stopped …): nothing of this change was saved`, rc 2, while 40 pages were saved."""
    url = server.new_database()
    Store(url).close()
    folder = pages(tmp_path / "pages", 150)
    proc = subprocess.Popen([*RUN, "import", str(folder), "--db", url], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        wait_for(url, "SELECT count(*) FROM sourcefile", 8, proc)
        drop_window_sessions(url)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    committed = sql(url, "SELECT count(*) FROM sourcefile")[0][0]
    assert "unexpected" not in err and "Traceback" not in err, err[-2000:]
    assert "stopped answering" not in err and "nothing of this change was saved" not in err, err[-2000:]
    assert "ended this session" in err, err[-2000:]
    assert re.search(rf"\b{committed} imported\b", out), (committed, out, err[-2000:])


def test_r15b_23_a_statement_timeout_set_on_the_database_is_named(server: PgServer) -> None:
    """Run 15 B#23: an administrator set `statement_timeout = 1` on the database: the window said only the server's
    English `canceling statement due to statement timeout`. Now the setting is named, and what to do."""
    from jmreview.errors import StoreError

    url = server.new_database()
    Store(url).close()
    database = url.split("@/", 1)[1].split("?", 1)[0]
    server.admin(f"ALTER DATABASE {database} SET statement_timeout = 1")
    try:
        with pytest.raises(StoreError) as refused:
            with Store(url) as store, store.write():   # (the opening itself may be what runs out)
                store.db.execute_sql("SELECT pg_sleep(0.05)")
        assert "statement_timeout" in str(refused.value) and refused.value.args[0].template
    finally:
        server.admin(f"ALTER DATABASE {database} RESET statement_timeout")


def test_r15b_14_a_copy_whose_session_was_ended_says_so(server: PgServer, tmp_path: Path) -> None:
    """Run 15 B#14: `copy` of 150 pages to the server, the session ended by another one (the server running): "the
    database stopped answering (the server was stopped …)". Now: the session was ended; nothing was copied."""
    source = tmp_path / "big.sqlite3"
    with Store(source) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [pages(tmp_path / "pages", 150)], workers=2)
    url = server.new_database()
    proc = subprocess.Popen([*RUN, "copy", str(source), url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        wait_for(url, "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query LIKE 'INSERT%%'", 1,
                 proc)
        drop_window_sessions(url)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "unexpected" not in err and "Traceback" not in err, err[-2000:]
    if proc.returncode == 0:
        pytest.skip("the copy finished before its session was ended")
    assert "stopped answering" not in err and "ended this session" in err, err[-2000:]


def test_r16b_22_a_search_path_naming_no_schema_is_named(server: PgServer) -> None:
    """Run 16 B#22: `ALTER DATABASE … SET search_path = nosuch`: "cannot be opened: no schema has been selected to
    create in" — the server's text, nothing saying it is a setting."""
    from jmreview.errors import StoreError

    url = server.new_database()
    database = url.split("@/", 1)[1].split("?", 1)[0]
    server.admin(f"ALTER DATABASE {database} SET search_path = nosuch")
    try:
        with pytest.raises(StoreError, match="search_path setting") as refused:
            Store(url).close()
        assert refused.value.args[0].template
    finally:
        server.admin(f"ALTER DATABASE {database} RESET search_path")


@pytest.mark.parametrize("how", ["cancel", "serialize"])
def test_r16b_24_25_a_cancelled_or_unserializable_statement_is_said_in_words(server: PgServer, how: str) -> None:
    """Run 16 B#24/#25: `could not serialize access` (a serializable database, two curators at once) and `canceling
    statement due to user request` (pg_cancel_backend) ended in "unexpected error"."""
    import psycopg2

    from jmreview.errors import StoreError
    from jmreview.store.server_errors import read_failure

    message = {"cancel": "canceling statement due to user request",
               "serialize": "could not serialize access due to concurrent update"}[how]
    meant = read_failure(psycopg2.errors.QueryCanceled(message) if how == "cancel"   # as the driver raises them
                         else psycopg2.errors.SerializationFailure(message), "postgresql://x@/db")
    assert isinstance(meant, StoreError) and meant.args[0].template and "try again" in str(meant)
