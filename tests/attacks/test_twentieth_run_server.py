"""Issue 10, runs 19 and 20 on a server: what was left open or found (tests "r19b…"/"r20b…")."""
from __future__ import annotations

from pathlib import Path

import pytest

from jmreview.store.database import Store

from ..pg_server import SUPERUSER, PgServer
from .test_seventeenth_run_server import _corpus_in_schema, _database


def test_r19b_25_the_corpuss_schema_renamed_under_an_open_store_is_said_not_an_unexpected_error(
        server: PgServer) -> None:
    """Run 19 B25: an administrator renamed the schema holding the corpus while the window was open: every refresh and
    edit ended in "unexpected error: relation "sourcefile" does not exist"."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.server_errors import ServerGone

    url = _corpus_in_schema(server, "team")
    with Store(url) as store:
        first = Article.select().first().id
        server.admin('ALTER SCHEMA team RENAME TO "team 2"', database=_database(url))
        with pytest.raises(ServerGone) as read:
            SourceFile.select().count()
        assert read.value.why == "moved" and "open it again" in str(read.value)
        with pytest.raises(ServerGone) as write:
            set_article_field(store, "甲", first, "title", "改名之后")
        assert write.value.why == "moved"
    with Store(url):   # opened again: found where it is now
        assert SourceFile.select().count() == 1
        assert Article.get_by_id(first).title != "改名之后"


def test_r20b_18_a_role_missing_the_right_to_read_one_table_is_told_which(server: PgServer, tmp_path: Path) -> None:
    """Run 20 B18: an editor's role granted table by table, SELECT on `block` missing: `stats` and `export` ended in
    "unexpected error: ProgrammingError: permission denied for table block" (the window: 意外错误)."""
    import subprocess

    from ..conftest import SEEDS
    from ..pg_server import make_role
    from .test_tenth_run_server import RUN

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    name, own = make_role(server, url, "editor")
    server.admin(f'REVOKE SELECT ON block FROM "{name}"', database=_database(url))
    out = subprocess.run([*RUN, "export", "--format", "json", "-o", str(tmp_path / "e.json"), "--db", own], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2 and "may not read the table block" in out.stderr, out.stderr
    assert "unexpected" not in out.stderr


def test_r20b_13_the_windows_session_stuck_on_a_live_server_is_given_up(server: PgServer,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 20 B13: only the window's own backend stopped (a stuck extension, a backend blocked in I/O) while the server
    answered everyone else: the window froze, unpainted, for the whole 95 s — the wait went on while the server's
    front door answered. The window's own thread now waits a bounded while (made short here), then says so."""
    import os
    import signal
    import time

    from jmreview.store import server_wait
    from jmreview.store.models import SourceFile
    from jmreview.store.server_errors import ServerGone

    from .conftest import one_page_server

    url = one_page_server(server)
    monkeypatch.setattr(server_wait, "ANSWER_SECONDS", 1)
    monkeypatch.setattr(server_wait, "PROBE_SECONDS", 1)
    monkeypatch.setattr(server_wait, "UI_SECONDS", 3)
    with Store(url) as store:
        assert SourceFile.select().count() == 1
        backend = store.own_pid()
        os.kill(backend, signal.SIGSTOP)
        try:
            started = time.monotonic()
            with pytest.raises(ServerGone):
                SourceFile.select().count()
            assert time.monotonic() - started < 10
        finally:
            os.kill(backend, signal.SIGCONT)
        assert SourceFile.select().count() == 1   # a new session: the work goes on


def test_r20b_31_a_connection_limit_reached_is_said_with_the_way_forward(server: PgServer) -> None:
    """Run 20 B31: a second window on a database whose connection limit the first one held: 无法打开数据库 with the
    server's English alone ("FATAL: too many connections for database") and no way forward."""
    from jmreview.errors import StoreError

    from ..pg_server import make_role

    url = server.new_database()
    Store(url).close()
    _name, own = make_role(server, url, "editor")
    server.admin(f'ALTER DATABASE "{_database(url)}" CONNECTION LIMIT 1')
    try:
        with Store(own):
            with pytest.raises(StoreError) as refused:
                Store(own).close()
        assert "allows no more connections" in str(refused.value) and "close a window" in str(refused.value)
    finally:
        server.admin(f'ALTER DATABASE "{_database(url)}" CONNECTION LIMIT -1')


def test_r20b_35_one_table_of_the_corpus_missing_is_named(server: PgServer) -> None:
    """Run 20 B35: `ALTER TABLE entity RENAME TO entity_old` by another tool (or a restore not finished): the window's
    意外错误 "relation "entity" does not exist"; `stats`, `import`, even `doctor`: "unexpected error"."""
    import subprocess

    from ..conftest import SEEDS
    from .test_tenth_run_server import RUN

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin("ALTER TABLE entity RENAME TO entity_old", database=_database(url))
    for argv in (["stats"], ["import", str(SEEDS / "004_8fe30a7831068c4f.txt")]):
        out = subprocess.run([*RUN, *argv, "--db", url], capture_output=True, text=True, timeout=120)
        assert out.returncode == 2 and "table entity is missing" in out.stderr, (argv, out.stderr)
    out = subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "table entity of the corpus is missing" in out.stdout, out.stdout + out.stderr


def test_r20b_56_the_grant_advised_names_the_schema_as_sql_takes_it(server: PgServer) -> None:
    """Run 20 B56: the corpus in schema `Team`, a role without USAGE: the advice "GRANT USAGE ON SCHEMA Team TO …" fails
    as written (`schema "team" does not exist`): the name must be quoted."""
    from jmreview.errors import StoreError

    from ..pg_server import make_role
    from .test_seventeenth_run_server import _corpus_in_schema

    url = _corpus_in_schema(server, "Team")
    _name, own = make_role(server, url, "editor")
    with pytest.raises(StoreError) as refused:
        Store(own).close()
    assert 'GRANT USAGE ON SCHEMA "Team"' in str(refused.value), str(refused.value)


def test_r20b_32_a_server_that_ends_idle_sessions_is_named_not_called_gone(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None) -> None:
    """Run 20 B32: `ALTER DATABASE … SET idle_session_timeout = '2s'`: the window said the server had stopped answering
    and kept "不显示其他编辑的修改", though the server never stopped; the setting was never named."""
    import subprocess

    from ..server_window import show
    from .conftest import one_page_server
    from .test_tenth_run_server import RUN

    url = one_page_server(server)
    server.admin(f'ALTER DATABASE "{_database(url)}" SET idle_session_timeout = \'1s\'')
    said: list[str] = []
    try:
        window = show(qtbot, tmp_path, url, monkeypatch)
        monkeypatch.setattr(window, "say", lambda text, *a: said.append(text))
        qtbot.wait(2500)
        for _ in range(20):
            window.watch.check()
            qtbot.wait(100)
        assert any("idle_session_timeout" in text for text in said), said
        assert not any("联系中断" in text for text in said), said
        art = __import__("tests.pg_server", fromlist=["sql"]).sql(url, "SELECT min(id) FROM article")[0][0]
        other = subprocess.run([*RUN, "link", str(art), str(art + 1), "--db", url], capture_output=True, text=True,
                               timeout=60)
        assert other.returncode == 0, other.stderr
        qtbot.waitUntil(lambda: not window.watch.lost, timeout=8000)
        window.watch.timer.stop()   # (its ticks must not outlive the test)
        window.close()
        window.session.store.close()
    finally:
        server.admin(f'ALTER DATABASE "{_database(url)}" RESET idle_session_timeout')


def test_r21b_14_33_a_role_kept_out_or_short_of_a_right_is_told_what_to_ask_for(server: PgServer,
                                                                               tmp_path: Path) -> None:
    """Run 21 B14: CONNECT revoked, or a role NOLOGIN: the server's English ("FATAL: permission denied for database").
    B33: a role without UPDATE on the sequences: "permission denied for this database role", naming neither what nor
    which grant."""
    import subprocess

    from jmreview.errors import StoreError

    from ..conftest import SEEDS
    from ..pg_server import make_role
    from .test_tenth_run_server import RUN

    url = server.new_database()
    Store(url).close()
    name, own = make_role(server, url, "editor")
    server.admin(f'REVOKE USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public FROM "{name}"', _database(url))
    out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", own], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode != 0 and "lacks a right on" in out.stderr, out.stderr
    server.admin(f'ALTER ROLE "{name}" NOLOGIN')
    with pytest.raises(StoreError) as kept_out:
        Store(own).close()
    assert "does not let this database role in" in str(kept_out.value), str(kept_out.value)


def test_r21b_52_an_address_choosing_an_empty_schema_never_works_on_another_corpus(server: PgServer) -> None:
    """Run 21 B52: `?options=-c search_path=team2` (an empty schema) on a database whose corpus (another desk's) is in
    public: the import landed in public."""
    import subprocess

    from jmreview.errors import StoreError

    from ..conftest import SEEDS
    from .test_tenth_run_server import RUN

    url = server.new_database()
    out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", url], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    server.admin("CREATE SCHEMA team2", database=_database(url))
    chosen = url + "&options=-c%20search_path%3Dteam2"
    with pytest.raises(StoreError) as refused:
        Store(chosen).close()
    assert "chooses the schema team2" in str(refused.value), str(refused.value)
    for setting in (f"ALTER DATABASE {_database(url)} SET search_path TO team2",   # run 22 B38: chosen by a setting
                    f"ALTER ROLE {SUPERUSER} IN DATABASE {_database(url)} SET search_path TO team2"):
        server.admin(setting)
        with pytest.raises(StoreError) as refused:
            Store(url).close()
        assert "chooses the schema team2" in str(refused.value), str(refused.value)
        server.admin(f"ALTER DATABASE {_database(url)} RESET search_path")
        server.admin(f"ALTER ROLE {SUPERUSER} IN DATABASE {_database(url)} RESET search_path")
    with Store(url):   # the default search_path again: the corpus in public, as ever
        pass


def test_r21a_72_a_snapshot_restored_on_a_server_never_gives_again_a_number_it_names(server: PgServer, db: Path,
                                                                                      tmp_path: Path) -> None:
    """Run 21 A72 on a server: the snapshot's highest numbers carried on by the server's sequences."""
    from jmreview.exchange.export_json import export_json
    from jmreview.exchange.import_json import import_json
    from jmreview.store.edits import merge_articles
    from jmreview.store.models import Article

    from .test_twentieth_run import _split_first

    split = _split_first(db)
    with Store(db) as store:
        kept = Article.select().where(Article.id < split).order_by(Article.id).first().id
        merge_articles(store, "甲", kept, split)
        snapshot = tmp_path / "all.json"
        export_json(snapshot, with_source=True)
    url = server.new_database()
    with Store(url) as store:
        import_json(store, snapshot, "甲")
    assert _split_first(url) > split   # type: ignore[arg-type]


def test_r21b_58_a_change_after_a_pause_longer_than_idle_session_timeout_is_saved(server: PgServer) -> None:
    """Run 21 B58: the database's idle_session_timeout 2 s, a title typed after a pause: refused with "ended this
    session … nothing was saved; try again" (the setting not named); the retry saved."""
    import time

    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin(f"ALTER DATABASE {_database(url)} SET idle_session_timeout = '500ms'")
    with Store(url) as store:
        first = Article.select().first().id
        for n in range(2):
            time.sleep(0.9)   # the server ends the store's session meanwhile
            set_article_field(store, "甲", first, "title", f"停了一会儿之后 {n}")
            assert Article.get_by_id(first).title == f"停了一会儿之后 {n}"
        time.sleep(0.9)
        with store.write():   # a change whose first statement is its own
            Article.update(flag="停了一会儿").where(Article.id == first).execute()
        assert Article.get_by_id(first).flag == "停了一会儿"


def test_r22b_20_a_database_that_cannot_hold_chinese_text_is_refused_before_anything_is_set_up(
        server: PgServer) -> None:
    """Run 22 B20: an import into `CREATE DATABASE lat ENCODING 'LATIN1'`: the server's encoding error only, no word of
    the way forward (a UTF-8 database)."""
    from jmreview.errors import StoreError

    server.admin("CREATE DATABASE lat1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
    with pytest.raises(StoreError) as refused:
        Store(server.url("lat1")).close()
    assert "LATIN1" in str(refused.value) and "UTF-8" in str(refused.value), refused.value
    with pytest.raises(StoreError, match="holds no jmreview database"):   # nothing was set up in it
        Store(server.url("lat1"), readonly=True).close()


def test_r22b_61_two_copies_into_one_empty_server_database_at_once(server: PgServer, tmp_path: Path) -> None:
    """Run 22 B61: two `copy` commands into one empty server database at once: the second ended in "unexpected error:
    IntegrityError: duplicate key … sourcefile_pkey" (the database looked empty to both before either wrote)."""
    import subprocess

    from ..conftest import SEEDS
    from .test_tenth_run_server import RUN

    source = tmp_path / "src.sqlite3"
    out = subprocess.run([*RUN, "import", *map(str, sorted(SEEDS.glob("*.txt"))), "--db", str(source)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    url = server.new_database()
    subprocess.run([*RUN, "doctor", "--db", url], capture_output=True, timeout=120)   # its tables made before the race
    both = [subprocess.Popen([*RUN, "copy", str(source), url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    results = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in both]
    assert sorted(rc for rc, _ in results)[0] == 0, results
    for _rc, said in results:
        assert "unexpected error" not in said and "Traceback" not in said, said
    loser = [said for rc, said in results if rc != 0]
    assert not loser or "already holds a corpus" in loser[0] or "busy" in loser[0], loser


def test_r23b_41_42_a_login_or_an_address_the_server_refuses_is_said_with_the_way_forward(server: PgServer) -> None:
    """Run 23 B41/B42: a role with a password opened without it ("fe_sendauth: no password supplied"), a wrong
    password, a database or a role that does not exist, `port=abc`: only libpq's or the server's own words."""
    from jmreview.errors import StoreError
    from jmreview.store.server import SERVER_MESSAGES

    from ..pg_server import make_role

    url = server.new_database()
    Store(url).close()
    _, with_password = make_role(server, url, "editor", password="s3cret")
    name = with_password.split("://", 1)[1].split("@", 1)[0]
    wrong = with_password.replace(f"{name}@", f"{name}:wrong@", 1)
    cases = {"no_password": with_password, "auth_failed_address": wrong,   # (run 34 B41: the address named)
             "no_database": url.replace(_database(url), "no_such_corpus"),
             "no_role": url.replace(f"{SUPERUSER}@", "no_such_role@", 1),
             "bad_address": url + "&port=abc"}
    for why, address in cases.items():
        with pytest.raises(StoreError) as refused:
            Store(address).close()
        assert refused.value.args[0].template == SERVER_MESSAGES[why], (why, str(refused.value))
        assert "s3cret" not in str(refused.value) and "wrong" not in str(refused.value).replace("wrong password", "")


def test_r23b_36_a_temp_file_limit_set_by_the_administrator_is_named(server: PgServer) -> None:
    """Run 23 B36: `temp_file_limit = 64kB` (with `work_mem = 64kB`) on the database: every command "cannot be
    opened: ERROR: temporary file size exceeds temp_file_limit (64kB)", the server's own words."""
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    server.admin(f"ALTER DATABASE {_database(url)} SET temp_file_limit = '64kB'")
    server.admin(f"ALTER DATABASE {_database(url)} SET work_mem = '64kB'")
    from jmreview.errors import StoreError
    from jmreview.store.server_errors import read_failure

    try:
        with Store(url) as store:   # (the opening itself may spill to a temporary file: said so too)
            assert Article.select().count() > 0
            list(store.db.execute_sql("SELECT a.id FROM block a, block b ORDER BY md5(a.cue || b.cue || a.id::text "
                                      "|| b.id::text) LIMIT 1"))   # a query large enough to spill
    except StoreError as exc:
        said: Exception | None = exc
    except Exception as exc:   # noqa: BLE001 — as the window's crash hook and the command line read it
        said = read_failure(exc, url)
    else:
        said = None
    assert said is not None and "temp_file_limit" in str(said) and "administrator" in str(said), said

def test_r23b_35_a_full_disk_on_the_server_is_said_as_such() -> None:
    """Run 23 B35: the server's tablespace full: "unexpected error: OperationalError: 错误: 无法扩展文件 …: 设备上没有
    空间" and no summary of what the import did (read by its code, or its words in either language)."""
    from jmreview.store.server_errors import ServerRefused, read_failure

    class Full(Exception):
        pgcode = "53100"

    for error in (Full("错误: 无法扩展文件"), Exception('could not extend file "base/1/2": No space left on device'),
                  Exception("错误:  无法扩展文件 \"pg_tblspc/1\": 设备上没有空间")):
        said = read_failure(error, "postgresql://ed@/news")
        assert isinstance(said, ServerRefused) and "disk is full" in str(said), error


def test_r23b_9_a_search_path_in_pgoptions_is_a_choice_as_one_in_the_address(server: PgServer,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 23 B9: `PGOPTIONS="-c search_path=team2"` (a desk's login script) beside a corpus in public: jmreview's own
    options replaced libpq's PGOPTIONS, and the import landed in public unsaid."""
    from jmreview.errors import StoreError
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin("CREATE SCHEMA team2", database=_database(url))
    monkeypatch.setenv("PGOPTIONS", "-c search_path=team2")
    with pytest.raises(StoreError) as refused:
        Store(url).close()
    assert "chooses the schema team2" in str(refused.value), str(refused.value)
    monkeypatch.setenv("PGOPTIONS", "-c statement_timeout=0")   # PGOPTIONS of another kind: honoured, opens
    Store(url).close()


def test_r23b_40_a_column_changed_by_another_program_is_said_not_an_unexpected_error(server: PgServer,
                                                                                      tmp_path: Path) -> None:
    """Run 23 B40: another tool renamed `article.title`, or added a NOT NULL column to `assignment`: `export` and
    `assign` ended in "unexpected error: ProgrammingError: column "title" does not exist" / "IntegrityError"."""
    import subprocess

    from ..conftest import SEEDS
    from .test_tenth_run_server import RUN

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin("ALTER TABLE assignment ADD COLUMN note text NOT NULL", database=_database(url))
    out = subprocess.run([*RUN, "assign", "003_4221d1719c757f4b.txt", "--to", "甲", "--db", url], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode != 0 and "another program" in out.stderr and "unexpected" not in out.stderr, out.stderr
    server.admin("ALTER TABLE article RENAME COLUMN title TO title2", database=_database(url))
    out = subprocess.run([*RUN, "export", "--format", "json", "-o", str(tmp_path / "e.json"), "--db", url],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and "another program" in out.stderr and "unexpected" not in out.stderr, out.stderr


def test_r22b_60_row_level_security_hiding_rows_from_a_role_is_refused_not_read_as_the_corpus(
        server: PgServer) -> None:
    """Run 22 B60: a restrictive row-level security policy hid page 2's lines from an editor's role: doctor called its
    articles orphans, `export` wrote them with empty text and said nothing, `rerun` ended in "unexpected error"."""
    from jmreview.errors import StoreError

    from ..conftest import SEEDS
    from ..pg_server import make_role

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    name, own = make_role(server, url, "editor")
    for statement in ("ALTER TABLE block ENABLE ROW LEVEL SECURITY",
                      "CREATE POLICY allrows ON block FOR ALL TO PUBLIC USING (true)",
                      f'CREATE POLICY hide ON block AS RESTRICTIVE FOR SELECT TO "{name}" USING (file_id <> 2)'):
        server.admin(statement, database=_database(url))
    with pytest.raises(StoreError) as refused:
        Store(own).close()
    assert "row-level security" in str(refused.value) and "block" in str(refused.value), refused.value
    with Store(url):   # its owner sees every row: opened as ever
        pass


def test_r24b_39_a_password_file_others_may_read_is_named_as_ignored(server: PgServer, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Run 24 B39: the right password in ~/.pgpass, but the file mode 0644 (a text editor's default): "put it in the
    file ~/.pgpass" — it is there; libpq ignores it for its permissions and says so only on stderr."""
    from jmreview.errors import StoreError
    from jmreview.store.server import SERVER_MESSAGES

    from ..pg_server import make_role

    url = server.new_database()
    Store(url).close()
    name, with_password = make_role(server, url, "editor", password="s3cret")
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:*:{name}:s3cret\n", encoding="utf-8")
    passfile.chmod(0o644)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with pytest.raises(StoreError) as refused:
        Store(with_password).close()
    assert refused.value.args[0].template == SERVER_MESSAGES["pgpass_open"] and str(passfile) in str(refused.value)
    passfile.chmod(0o600)
    Store(with_password).close()   # private: used, and the role logs in


def test_r24b_42_an_administrators_trigger_refusing_a_change_is_said_in_its_words(server: PgServer) -> None:
    """Run 24 B42: the administrator's own trigger (`RAISE EXCEPTION '版面已签发，禁止修改'` before an update of an
    article): "unexpected error: InternalError: 错误: 版面已签发… CONTEXT…"; the window: 出错了 and "may not have been
    saved", though nothing was."""
    from jmreview.errors import StoreError
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin("CREATE FUNCTION signed_off() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                 "RAISE EXCEPTION '版面已签发，禁止修改'; END $$", database=_database(url))
    server.admin("CREATE TRIGGER signed BEFORE UPDATE ON article FOR EACH ROW EXECUTE FUNCTION signed_off()",
                 database=_database(url))
    with Store(url) as store:
        art = Article.select().first()
        with pytest.raises(StoreError) as refused:
            set_article_field(store, "甲", art.id, "title", "改不了")
        assert "版面已签发，禁止修改" in str(refused.value) and "rule of its own" in str(refused.value)
        assert "CONTEXT" not in str(refused.value) and Article.get_by_id(art.id).title == art.title


def test_r24b_31_a_new_session_refused_after_a_lost_one_is_said_not_as_a_stopped_server(server: PgServer) -> None:
    """Run 24 B31: the window's sessions ended while the server's connections were full (or its role made NOLOGIN):
    "没有响应（服务器已停止或连接已断开）… 请在服务器恢复后再试" though the server ran; the command line named the cause."""
    import psycopg2

    from jmreview.store.models import SourceFile
    from jmreview.store.server_errors import ServerGone

    from ..pg_server import make_role

    url = server.new_database()
    Store(url).close()
    name, own = make_role(server, url, "editor")
    server.admin(f'ALTER ROLE "{name}" CONNECTION LIMIT 1')
    kicked = f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{name}'"
    with Store(own):
        server.admin(kicked)
        holder = psycopg2.connect(own)   # the role's one slot taken meanwhile
        try:
            with pytest.raises(ServerGone):
                SourceFile.select().count()   # the session found gone
            with pytest.raises(ServerGone) as refused:
                SourceFile.select().count()   # a new one refused: said why
            assert refused.value.why == "again_full_house", refused.value
        finally:
            holder.close()
        server.admin(f'ALTER ROLE "{name}" NOLOGIN')
        server.admin(kicked)
        with pytest.raises(ServerGone) as refused:
            SourceFile.select().count()   # (the store's session was closed above: a new one is refused at once)
        assert refused.value.why == "again_no_entry", refused.value
    server.admin(f'ALTER ROLE "{name}" LOGIN')


def test_r25b_51_11_a_database_closed_to_connections_and_a_unique_key_added_are_said(server: PgServer) -> None:
    """Run 25 B51: `ALTER DATABASE … allow_connections false`: the server's raw "FATAL: database … is not currently
    accepting connections", in the window too. B11: a unique index the administrator added on `assignment (editor)`:
    "unexpected error: IntegrityError: 重复键违反唯一约束"."""
    from jmreview.errors import StoreError
    from jmreview.store.models import SourceFile
    from jmreview.store.server import SERVER_MESSAGES
    from jmreview.store.team import assign

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, sorted(SEEDS.glob("*.txt"))[:2], workers=1)
    server.admin("CREATE UNIQUE INDEX one_page_each ON assignment (editor)", database=_database(url))
    with Store(url) as store:
        pages = [p.id for p in SourceFile.select().order_by(SourceFile.id)]
        with pytest.raises(StoreError) as refused:
            assign(store, "主编", pages, "王")
        assert refused.value.args[0].template == SERVER_MESSAGES["unique"], refused.value
    server.admin(f"ALTER DATABASE {_database(url)} WITH ALLOW_CONNECTIONS false")
    try:
        with pytest.raises(StoreError) as closed:
            Store(url).close()
        assert closed.value.args[0].template == SERVER_MESSAGES["closed_db"], closed.value
    finally:
        server.admin(f"ALTER DATABASE {_database(url)} WITH ALLOW_CONNECTIONS true")


def test_r25b_45_a_database_dropped_under_an_open_store_is_said_gone_at_every_try(server: PgServer) -> None:
    """Run 25 B45: the corpus's database dropped: the first edit said it no longer exists, every later one "try again
    when the server is back" — waiting never brings it back."""
    from jmreview.store.models import SourceFile
    from jmreview.store.server_errors import ServerGone

    url = server.new_database()
    Store(url).close()
    with Store(url):
        server.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{_database(url)}'")
        server.admin(f"DROP DATABASE {_database(url)}")
        for _ in range(3):
            with pytest.raises(ServerGone) as gone:
                SourceFile.select().count()
            assert gone.value.why == "dropped", gone.value


def test_r25b_20_a_change_an_administrators_trigger_skips_is_refused_not_logged_as_saved(server: PgServer) -> None:
    """Run 25 B20: a `BEFORE UPDATE … RETURN NULL` trigger on article (the change silently skipped): the title said
    saved and logged as an undoable edit, the article unchanged."""
    from jmreview.store.changes import EditConflict
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, EditLog

    from ..conftest import SEEDS

    url = server.new_database()
    with Store(url) as store:
        from jmreview.workflows.importer import import_paths

        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    server.admin("CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
                 database=_database(url))
    server.admin("CREATE TRIGGER skipped BEFORE UPDATE ON article FOR EACH ROW EXECUTE FUNCTION skip()",
                 database=_database(url))
    with Store(url) as store:
        art = Article.select().first()
        logged = EditLog.select().count()
        with pytest.raises(EditConflict) as refused:
            set_article_field(store, "甲", art.id, "title", "写不进去")
        assert refused.value.code == "not_written"
        assert EditLog.select().count() == logged and Article.get_by_id(art.id).title == art.title
