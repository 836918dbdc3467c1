"""Issue 10, run 26's open rows and run 27 on a server (tests "r26b…"/"r27b…"), each failing before its fix."""
from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from ..pg_server import PgServer, sql
from .test_seventeenth_run_server import _database


def test_r26b_31_a_role_ending_idle_sessions_brings_no_false_news(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 26 B31: the role's idle_session_timeout of 1 s, nobody writing: the listening session ended and made anew
    every 2 s, and each time the status bar said "已显示另一个窗口所做的修改" — the note naming the setting overwritten."""
    from ..server_window import show
    from .conftest import one_page_server
    from .test_tenth_run_server import RUN

    url = one_page_server(server)
    server.admin(f'ALTER DATABASE "{_database(url)}" SET idle_session_timeout = \'1s\'')
    said: list[str] = []
    try:
        window = show(qtbot, tmp_path, url, monkeypatch)
        monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
        for _ in range(60):   # some six seconds of looks: the listening session ended two or three times
            window.watch.check()
            qtbot.wait(100)
        assert any("idle_session_timeout" in text for text in said), said
        assert not any("另一个窗口" in text for text in said), said
        art = sql(url, "SELECT min(id) FROM article")[0][0]
        other = subprocess.run([*RUN, "link", str(art), str(art + 1), "--db", url], capture_output=True, text=True,
                               timeout=60)
        assert other.returncode == 0, other.stderr
        for _ in range(60):   # another's change is still shown
            window.watch.check()
            qtbot.wait(100)
            if any("另一个窗口" in text for text in said):
                break
        assert any("另一个窗口" in text for text in said), said
        window.watch.timer.stop()   # (its ticks must not outlive the test)
        window.close()
        window.session.store.close()
    finally:
        server.admin(f'ALTER DATABASE "{_database(url)}" RESET idle_session_timeout')


def _two_pages(server: PgServer) -> str:
    """A new server database holding two sample pages; its URL."""
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    return url


def _refused_while_held(url: str) -> str:
    """What a change says when another session holds the write turn (the caller holds it), its wait made 0.3 s."""
    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    with Store(url, busy_ms=300) as store, pytest.raises(StoreError) as busy:
        set_article_field(store, "甲", Article.select().first().id, "title", "等着")
    return str(busy.value)


def test_r26b_25_39_40_an_administrators_column_trigger_or_rule_is_said_not_an_unexpected_error(
        server: PgServer) -> None:
    """Run 26 B25: `assignment.editor` narrowed to varchar(3): "unexpected error: DataError: value too long". B39: a
    trigger skipping inserts into `assignment`: "unexpected error: AssignmentDoesNotExist" with raw SQL. B40: a `DO
    INSTEAD NOTHING` rule on editlog: the server's raw "cannot perform INSERT RETURNING … HINT"."""
    from jmreview.errors import StoreError
    from jmreview.store.changes import EditConflict
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, Assignment, EditLog, SourceFile
    from jmreview.store.server import SERVER_MESSAGES
    from jmreview.store.team import assign

    url = _two_pages(server)
    name = _database(url)
    server.admin("ALTER TABLE assignment ALTER COLUMN editor TYPE varchar(3)", database=name)
    with Store(url) as store:
        pages = [p.id for p in SourceFile.select().order_by(SourceFile.id)]
        with pytest.raises(StoreError) as narrowed:
            assign(store, "主编", pages, "欧阳娜娜娜")
        assert narrowed.value.args[0].template == SERVER_MESSAGES["column_changed"], narrowed.value
    server.admin("ALTER TABLE assignment ALTER COLUMN editor TYPE varchar(255)", database=name)
    server.admin("CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
                 database=name)
    server.admin("CREATE TRIGGER skipped BEFORE INSERT ON assignment FOR EACH ROW EXECUTE FUNCTION skip()",
                 database=name)
    with Store(url) as store:
        with pytest.raises(EditConflict) as skipped:
            assign(store, "主编", pages, "王")
        assert skipped.value.code == "not_written" and Assignment.select().count() == 0
    server.admin("DROP TRIGGER skipped ON assignment", database=name)
    server.admin("CREATE RULE nolog AS ON INSERT TO editlog DO INSTEAD NOTHING", database=name)
    with Store(url) as store:
        art = Article.select().first()
        with pytest.raises(StoreError) as ruled:
            set_article_field(store, "甲", art.id, "title", "规则之下")
        assert ruled.value.args[0].template == SERVER_MESSAGES["rule_skips"], ruled.value
        assert "INSERT RETURNING" in str(ruled.value) and "HINT" not in str(ruled.value)
        assert Article.get_by_id(art.id).title == art.title and EditLog.select().count() == 0


def test_r26b_43_26_a_restarted_sequence_and_a_renamed_table_are_named(server: PgServer, tmp_path: Path) -> None:
    """Run 26 B43: `ALTER SEQUENCE … RESTART WITH 1`: an import said "the server was busy … import again", and again,
    never succeeding; doctor said ok. B26: `curationdecision` renamed: doctor said ok."""
    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile
    from jmreview.store.server import SERVER_MESSAGES
    from jmreview.store.team import assign

    from ..conftest import SEEDS
    from .test_tenth_run_server import RUN

    url = _two_pages(server)
    name = _database(url)
    with Store(url) as store:
        pages = [p.id for p in SourceFile.select().order_by(SourceFile.id)]
        assign(store, "主编", pages, "王")
    with Store(url) as store:   # restarted under an open store: said
        server.admin("ALTER SEQUENCE assignment_id_seq RESTART WITH 1", database=name)
        with pytest.raises(StoreError) as behind:
            assign(store, "主编", pages[1:], "李")
        assert behind.value.args[0].template == SERVER_MESSAGES["sequence_behind"], behind.value
        assert "assignment" in str(behind.value)
    doctor = subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, text=True, timeout=120)
    assert "numbering of assignment is behind its rows" in doctor.stdout, doctor.stdout   # (run 35 B19)
    server.admin("ALTER SEQUENCE sourcefile_id_seq RESTART WITH 1", database=name)
    third = sorted(SEEDS.glob("*.txt"))[2]   # an editor's opening sets the numbering past the rows (run 35 B19)
    imported = subprocess.run([*RUN, "import", str(third), "--db", url], capture_output=True, text=True, timeout=120)
    assert imported.returncode == 0, imported.stdout + imported.stderr
    with Store(url) as store:
        assign(store, "主编", pages[1:], "李")
    server.admin("ALTER TABLE curationdecision RENAME TO curationdecision_old", database=name)
    doctor = subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, text=True, timeout=120)
    assert doctor.returncode == 1 and "curationdecision" in doctor.stdout, doctor.stdout + doctor.stderr


def test_r26b_44_45_the_whole_servers_settings_are_named_as_the_servers(server: PgServer) -> None:
    """Run 26 B44: `ALTER SYSTEM SET default_transaction_read_only = on`: "read-only (default_transaction_read_only in
    the address's options) … connect without that option" — the address had none. B45 alike for search_path."""
    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.server import SERVER_MESSAGES

    url = _two_pages(server)
    server.admin("ALTER SYSTEM SET default_transaction_read_only = on")
    server.admin("SELECT pg_reload_conf()")
    try:
        with Store(url) as store:
            art = Article.select().first()
            with pytest.raises(StoreError) as refused:
                set_article_field(store, "甲", art.id, "title", "只读之下")
            assert refused.value.args[0].template == SERVER_MESSAGES["read_only_server"], refused.value
    finally:
        server.admin("ALTER SYSTEM RESET default_transaction_read_only")
        server.admin("SELECT pg_reload_conf()")
    assert "whole server" in SERVER_MESSAGES["chosen_empty"]


def test_r25b_54_a_command_gives_up_a_session_the_server_froze(server: PgServer, monkeypatch: pytest.MonkeyPatch,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Run 25 B54: `export` on a server whose session for it was frozen (`kill -STOP` of its backend, the server up):
    no word and no end for as long as it stayed frozen; the window gives up after 60 s, the command line never."""
    import os
    import signal
    import threading

    from jmreview.cli import main
    from jmreview.store import server_wait

    from .conftest import one_page_server, short_waits

    url = one_page_server(server)
    short_waits(monkeypatch)
    monkeypatch.setattr(server_wait, "COMMAND_SECONDS", 4)
    frozen: list[int] = []
    mine = {row[0] for row in sql(url, "SELECT pid FROM pg_stat_activity")}

    def freeze() -> None:   # the command's own session, stopped once it has made it
        for _ in range(400):
            found = [pid for (pid,) in sql(url, "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                                "AND pid <> pg_backend_pid()")
                     if pid not in mine]
            if found:
                os.kill(found[0], signal.SIGSTOP)
                frozen.append(found[0])
                return
            time.sleep(0.01)

    stopper = threading.Thread(target=freeze)
    stopper.start()
    from jmreview.exchange import export_json

    first_file = export_json.file_record   # (its session made and frozen before it reads a page: no race to lose
    monkeypatch.setattr(export_json, "file_record",   # on a busy machine, the export over before the freeze)
                        lambda *a, **k: (stopper.join(timeout=20), first_file(*a, **k))[1])
    started = time.monotonic()
    try:
        code = main(["export", "--format", "json", "-o", str(server.root / "x.json"), "--db", url])
    finally:
        stopper.join()
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    said = capsys.readouterr()
    assert frozen, "the command's session was never seen"
    assert code != 0 and time.monotonic() - started < 60, said
    assert "answer" in said.err + said.out, said


def test_r27b_51_a_reviewer_logged_in_as_herself_does_not_curate_her_page_under_another_name(
        server: PgServer) -> None:
    """Run 27 B51: a reviewer connected with her own server role curated her own page with `--editor 主编`: the
    decision and the log said 主编, her role recorded nowhere."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.curation import differences, take
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, CurationDecision, SourceFile
    from jmreview.store.team import mark_double_review, review_copy

    from ..pg_server import make_role

    url = _two_pages(server)
    role, own = make_role(server, url, "editor")
    with Store(url) as store:
        page = SourceFile.select().order_by(SourceFile.id).first().id
        mark_double_review(store, "主编", page, [role, "乙"])
        copy = review_copy(page, "乙")
        assert copy is not None
        art = Article.select().where(Article.file == copy.id).first()
        set_article_field(store, "乙", art.id, "title", "乙的标题")
        key = differences(page)[0].key
    with Store(own) as store:
        with pytest.raises(EditConflict) as refused:
            take(store, "主编", page, key, "a")
        assert refused.value.code == "own_review" and role in str(refused.value)
        assert CurationDecision.select().count() == 0


def test_r25b_30_a_database_defaulting_to_repeatable_read_is_written_read_committed(server: PgServer) -> None:
    """Run 25 B30: `default_transaction_isolation` set to repeatable read (or serializable) on the database: writers
    taking turns each read what was there before the one ahead of it — "unexpected error: IntegrityError" on a
    concurrent import, a take refused by a unique key, identical markings failing."""
    from jmreview.store.database import Store
    from jmreview.store.models import SourceFile

    url = _two_pages(server)
    server.admin(f"ALTER DATABASE \"{_database(url)}\" SET default_transaction_isolation = 'repeatable read'")
    with Store(url) as store:
        with store.write():
            level = store.db.execute_sql("SHOW transaction_isolation").fetchone()[0]
            assert SourceFile.select().count() == 2
        assert level == "read committed"
        assert store.db.execute_sql("SHOW transaction_isolation").fetchone()[0] == "read committed"


def test_r25b_41_a_colleagues_session_holding_the_write_turn_is_named(server: PgServer) -> None:
    """Run 25 B41: a colleague's import stopped mid-file (a laptop lid closed): every other editor's change said "is
    busy with another editor's change … try again in a moment" for as long as it sat idle in its transaction — nobody
    named, nothing said that waiting would not help."""
    import psycopg2

    from jmreview.store.server import WRITE_LOCK

    url = _two_pages(server)
    holder = psycopg2.connect(url, application_name="jmreview import")
    try:
        holder.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))   # the turn taken, then idle
        said = _refused_while_held(url)
        assert "jmreview import" in said and f"pg_terminate_backend({holder.get_backend_pid()})" in said, said
        assert "idle in its transaction" in said, said
    finally:
        holder.rollback()
        holder.close()


def test_r28b_33_a_server_restarted_with_nobody_writing_brings_no_false_news(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 28 B33: `pg_ctl restart` under a window, nobody writing: once back, "已显示另一个窗口所做的修改" — though
    nothing was committed (run 26 B31's false news, reached by a restart). Run 29 B11: still so in the real window,
    where a refused edit during the restart left the version last heard unknown."""
    from ..server_window import show
    from .conftest import one_page_server, short_waits

    url = one_page_server(server)
    short_waits(monkeypatch)
    said: list[str] = []
    window = show(qtbot, tmp_path, url, monkeypatch)
    monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
    from jmreview.store.server_errors import ServerGone, ServerRefused

    with qtbot.capture_exceptions() as errors:   # a panel's read as the server goes: the status bar says it
        server.halt()
        window.session.changed.emit()   # run 29 B11: an edit refused meanwhile (the window's own "changed")
        server.restart()
        for _ in range(80):
            window.watch.check()
            qtbot.wait(100)
            if not window.watch.lost and any("联系中断" in text for text in said):
                break
        for _ in range(20):
            window.watch.check()
            qtbot.wait(100)
    assert all(isinstance(e[1], (ServerGone, ServerRefused)) for e in errors), errors
    assert not window.watch.lost, said
    assert not any("另一个窗口" in text for text in said), said
    window.watch.timer.stop()
    window.close()
    window.session.store.close()


def test_r29b_35_a_bare_notify_of_another_program_is_no_news(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 29 B35: any role may send a bare `NOTIFY jmreview` on the corpus's channel: each one refreshed the window
    and said "已显示另一个窗口所做的修改", nothing committed. Only a write's own notification is news."""
    import psycopg2

    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from ..server_window import show
    from .conftest import one_page_server

    url = one_page_server(server)
    said: list[str] = []
    window = show(qtbot, tmp_path, url, monkeypatch)
    monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
    other = psycopg2.connect(url)
    other.autocommit = True
    for payload in ("", "x", "w"):
        other.cursor().execute(f"NOTIFY jmreview, '{payload}'")
    other.close()
    for _ in range(15):
        window.watch.check()
        qtbot.wait(100)
    assert not any("另一个窗口" in text for text in said), said
    with Store(url) as store:   # another editor's real change is news
        set_article_field(store, "乙", Article.select().first().id, "title", "乙改的标题")
    for _ in range(30):
        window.watch.check()
        qtbot.wait(100)
        if any("另一个窗口" in text for text in said):
            break
    assert any("另一个窗口" in text for text in said), said
    window.watch.timer.stop()
    window.close()
    window.session.store.close()


def test_r29b_4_a_role_name_with_an_invisible_mark_shows_it(server: PgServer) -> None:
    """Run 29 B4: logged in as the role 张\\u034f三, "the database role '张͏三' cannot name an editor" printed the mark
    raw: it read as if 张三 were refused."""
    from urllib.parse import quote

    from jmreview.errors import StoreError
    from jmreview.store.database import Store

    url = server.new_database()
    Store(url).close()
    role = "张\u034f三"
    server.admin(f"CREATE ROLE \"{role}\" LOGIN SUPERUSER")
    try:
        own = f"postgresql://{quote(role, safe='')}@/{_database(url)}?host={server.socket}"
        from jmreview.store.server import editor_of

        with Store(own) as store, pytest.raises(StoreError) as refused:
            editor_of(store, None)
        assert "张\\u034f三" in str(refused.value), str(refused.value)
    finally:
        server.admin(f"DROP ROLE \"{role}\"")


def test_r29b_39_a_server_shutting_down_is_said_in_words() -> None:
    """Run 29 B39: opened while the server was in a smart shutdown (a session still open), or recovering after a
    crash: "cannot be opened: FATAL: the database system is shutting down" — the server's raw words, English in the
    Chinese window on an English server, no way forward. (A private server: a smart shutdown waits for every session.)"""

    import psycopg2

    from jmreview.errors import StoreError
    from jmreview.store.database import Store

    from ..pg_server import _as_owner, server_bin, started

    own = started()
    try:
        url = own.new_database()
        Store(url).close()
        holder = psycopg2.connect(url)
        subprocess.run(_as_owner([server_bin("pg_ctl"), "stop", "-D", str(own.data), "-m", "smart", "-W"]),
                       capture_output=True, timeout=30)   # it waits for the open session
        said = ""
        for _ in range(50):
            try:
                Store(url).close()
            except StoreError as exc:
                said = str(exc)
                break
            time.sleep(0.1)
        holder.close()
        assert "starting up, shutting down or recovering" in said and "FATAL" not in said, said
    finally:
        own.stop()


def test_r29b_50_a_change_lost_while_it_was_committed_may_be_saved(  # type: ignore[no-untyped-def]
        server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 29 B50: the server's synchronous standby gone (every COMMIT waits for it, committed here): the command gave
    up and said "nothing of this change was saved" — the change was in once the wait ended, and a retry would have
    made it twice. Lost while committing, it is said that it may be saved, to be looked at before it is made again."""
    from jmreview.errors import StoreError
    from jmreview.store import server_wait
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from .conftest import one_page_server, short_waits

    url = one_page_server(server)
    short_waits(monkeypatch)
    monkeypatch.setattr(server_wait, "UI_SECONDS", 3)
    server.admin(f'ALTER DATABASE "{_database(url)}" SET synchronous_commit = on')   # (the test server's is off)
    server.admin("ALTER SYSTEM SET synchronous_standby_names = 'nosuch'")
    server.admin("SELECT pg_reload_conf()")
    try:
        with Store(url) as store:
            art = Article.select().first().id
            with pytest.raises(StoreError) as lost:
                set_article_field(store, "甲", art, "title", "等备用服务器的标题")
    finally:
        server.admin("ALTER SYSTEM RESET synchronous_standby_names")
        server.admin("SELECT pg_reload_conf()")
    said = str(lost.value)
    assert "may be saved" in said and "nothing of this change was saved" not in said, said
    for _ in range(100):   # the server lets the waiting commit go once it has read the setting back: not at once
        if sql(url, "SELECT title FROM article WHERE id = %s", art)[0][0] == "等备用服务器的标题":
            break
        time.sleep(0.1)
    assert sql(url, "SELECT title FROM article WHERE id = %s", art)[0][0] == "等备用服务器的标题"


def test_r29b_43_a_restore_by_an_editors_role_names_the_table_it_may_not_write(  # type: ignore[no-untyped-def]
        server: PgServer, tmp_path: Path) -> None:
    """Run 29 B43: `import-json` of a team snapshot into a server database set up by its owner, by an editor's role
    lacking INSERT on curationdecision: "cannot be written (permission denied for this database role)" — the search
    table the role may not create was what failed first, and neither table was named. The search table is made when
    the database is set up; the table missing a right is named; a role with every right restores it."""
    from jmreview.store.curation import differences, take
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..pg_server import make_role
    from .conftest import SMALL_PAGE
    from .test_tenth_run_server import RUN
    from .test_thirteenth_run_team import marked_twice

    src = tmp_path / "s.sqlite3"
    with Store(src) as store:
        import_paths(store, [SMALL_PAGE], workers=1)
        page = marked_twice(store)
        take(store, "主编", page, differences(page)[0].key, "a")
    snap = tmp_path / "snap.json"
    made = subprocess.run([*RUN, "export", "--format", "json", "--with-source", "-o", str(snap), "--db", str(src)],
                          capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    for revoke in (True, False):
        url = server.new_database()
        Store(url).close()   # set up by its owner
        name, role_url = make_role(server, url, "editor")
        if revoke:
            server.admin(f'REVOKE INSERT ON curationdecision FROM "{name}"', _database(url))
        out = subprocess.run([*RUN, "import-json", str(snap), "--db", role_url, "--editor", "主编"],
                             capture_output=True, text=True, timeout=120)
        if revoke:
            assert out.returncode != 0 and "curationdecision" in out.stderr, out.stderr
        else:
            assert out.returncode == 0, out.stderr
            assert sql(url, "SELECT count(*) FROM curationdecision")[0][0] == 1


def test_r29b_8_a_session_lock_of_another_program_on_the_write_turn_is_named(server: PgServer) -> None:
    """Run 29 B8: another program took jmreview's write lock for its whole session (`pg_advisory_lock`, then idle,
    in no transaction): every change said "busy … try again in a moment" — which never helps while that session
    lives — and named nobody."""
    import psycopg2

    from jmreview.store.server import WRITE_LOCK

    url = _two_pages(server)
    holder = psycopg2.connect(url, application_name="a lock tool")
    holder.autocommit = True
    try:
        holder.cursor().execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))   # the session's, outside a transaction
        said = _refused_while_held(url)
        assert "a lock tool" in said and f"pg_terminate_backend({holder.get_backend_pid()})" in said, said
        assert "outside any transaction" in said, said
    finally:
        holder.close()


def test_r30b_14_a_session_lock_holder_running_a_long_query_is_named(server: PgServer) -> None:
    """Run 30 B14: a program holding jmreview's write lock for its session while it ran a long query (its state
    "active"): "busy with another editor's change … try again in a moment" — nobody named, for as long as it ran."""
    import threading

    import psycopg2

    from jmreview.store.server import WRITE_LOCK

    url = _two_pages(server)
    holder = psycopg2.connect(url, application_name="a long report")
    holder.autocommit = True
    holder.cursor().execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK,))
    report = threading.Thread(target=lambda: holder.cursor().execute("SELECT pg_sleep(4)"))
    report.start()
    try:
        said = _refused_while_held(url)
        assert "a long report" in said and f"pid {holder.get_backend_pid()}" in said and "working" in said, said
    finally:
        report.join()
        holder.close()


def test_r31b_45_48_a_change_committed_after_the_server_stopped_answering_joins_the_history(  # type: ignore[no-untyped-def]
        qapp, server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 31 B45: a change said to be "maybe saved" (a synchronous standby gone) was committed once the setting was
    reset, but it was not in the window's history: Ctrl+Z took the step before it, saying another editor had changed
    it. Found in the database, it joins the history and is undone like any other."""

    from jmreview.gui.session import Session
    from jmreview.store import server_wait
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from .conftest import one_page_server, short_waits

    url = one_page_server(server)
    short_waits(monkeypatch)
    monkeypatch.setattr(server_wait, "UI_SECONDS", 3)
    server.admin(f'ALTER DATABASE "{_database(url)}" SET synchronous_commit = on')
    server.admin("ALTER SYSTEM SET synchronous_standby_names = 'nosuch'")
    server.admin("SELECT pg_reload_conf()")
    with Store(url) as store:
        session = Session(store, "甲")
        art = Article.select().first()
        try:
            assert not session.apply("标题", set_article_field, art.id, "title", "等备用服务器的标题")
            assert len(session.maybe) == 1 and session.undo_stack.count() == 0
        finally:
            server.admin("ALTER SYSTEM RESET synchronous_standby_names")
            server.admin("SELECT pg_reload_conf()")
        deadline = time.monotonic() + 20
        while session.maybe and time.monotonic() < deadline:
            session.confirm_maybe()
            time.sleep(0.2)
        assert session.undo_stack.count() == 1 and not session.maybe
        session.undo_stack.undo()
        assert Article.get_by_id(art.id).title == art.title, session.refusal


def test_r32b_31_a_session_that_set_a_group_role_is_still_its_login(server: PgServer) -> None:  # type: ignore[no-untyped-def]
    """Run 32 B31: a reviewer connecting with `options=-c role=编辑部` (her group) was logged as the group, and so
    curated her own double review. The editor is the login role, whatever role the session set."""
    from urllib.parse import quote

    from jmreview.store.database import Store

    from ..pg_server import make_role
    from .conftest import one_page_server

    url = one_page_server(server)
    name, login = make_role(server, url, "editor")
    server.admin('CREATE ROLE "编辑部_r32" NOLOGIN')
    server.admin(f'GRANT "编辑部_r32" TO "{name}"')
    sql(url, 'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "编辑部_r32"')
    sql(url, 'GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "编辑部_r32"')
    with Store(login + "&options=" + quote("-c role=编辑部_r32")) as store:
        assert store.role == name


def test_r33b_4_5_a_moment_of_infinity_another_program_wrote_stops_no_command(server: PgServer) -> None:  # type: ignore[no-untyped-def]
    """Run 33 B4, B5: `updated_at = 'infinity'` on an article, `imported_at = 'infinity'` on a page, written by
    psql: every export, `work` and doctor itself ended in "unexpected error: ValueError: Invalid isoformat string"."""
    import json

    from jmreview.cli import main

    from .conftest import one_page_server

    url = one_page_server(server)
    sql(url, "UPDATE article SET updated_at = 'infinity', version = 2 WHERE id = (SELECT MIN(id) FROM article)")
    sql(url, "UPDATE sourcefile SET imported_at = '-infinity'")
    out = server.root / "inf.json"
    assert main(["export", "--format", "json", "--with-source", "-o", str(out), "--db", url]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["files"][0]["articles"][0]["changed_at"] is None
    assert main(["doctor", "--db", url]) in (0, 1)


def test_r33b_29_doctor_on_a_table_another_session_locked_says_busy(server: PgServer,  # type: ignore[no-untyped-def]
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Run 33 B29: `LOCK TABLE article IN ACCESS EXCLUSIVE MODE` held in psql: doctor said "problem: the tables of
    the corpus could not be listed (canceling statement due to lock timeout)", exit 1 — a busy server as damage."""
    import psycopg2

    from jmreview.cli import main

    from .conftest import one_page_server, short_waits

    url = one_page_server(server)
    short_waits(monkeypatch)
    holder = psycopg2.connect(url)
    try:
        holder.cursor().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")
        code = main(["doctor", "--db", url])
    finally:
        holder.rollback()
        holder.close()
    said = capsys.readouterr()
    assert code == 2 and "problem" not in said.out, said
