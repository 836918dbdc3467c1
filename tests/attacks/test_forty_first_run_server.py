"""Rows of the forty-first adversarial run's server half (issue 10), each failing before its fix."""
from __future__ import annotations

import subprocess
import sys
import time

from jmreview.store.database import Store
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from .test_database_safety import run_cli

QUICK = ("import sys; import jmreview.store.server_wait as w; w.ANSWER_SECONDS = 1; "
         "from jmreview.cli import main; sys.exit(main(sys.argv[1:]))")


def test_r41b_18_19_a_command_waiting_on_the_server_says_so(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 41 B18, B19: a command whose server session was frozen, or whose commit waited for a standby that was
    gone, printed nothing for 92 s and 301 s. While the server is up and the wait goes on, it now says so each time it
    waits on (here: a lock another session holds, the wait of a statement without an answer made short)."""
    import psycopg2

    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    holder = psycopg2.connect(pg_url)
    try:
        holder.cursor().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")
        proc = subprocess.Popen([sys.executable, "-c", QUICK, "export", "-o", str(tmp_path / "out.json"), "--db",
                                 pg_url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "the server has not answered for" in line and "Ctrl+C stops it" in line, line
        time.sleep(0.2)
    finally:
        holder.rollback()
        holder.close()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert "articles written" in out, out


def test_r41b_27_a_policy_turned_on_after_the_opening_is_said_before_a_write(pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 41 B27: row-level security turned on while a window was open: a page listed with no article, an export
    of 63 of 68 articles said done, a merge said "deleted in another window". The store now says the policy before a
    write (and the window before an export, and within seconds: its watch asks as it asks about a standby)."""
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.workflows.importer import import_paths

    from ..pg_server import make_role

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    _, own = make_role(pg_server, pg_url, "editor")
    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    with Store(own) as store:
        assert store.rows_hidden() is None   # type: ignore[attr-defined]
        shown = Article.select().where(Article.reading_order > 2).order_by(Article.id).first()
        for statement in ("ALTER TABLE article ENABLE ROW LEVEL SECURITY",
                          "CREATE POLICY p ON article USING (reading_order > 2)"):
            pg_server.admin(statement, database=database)
        with pytest.raises(StoreError) as refused:
            set_article_field(store, "wang", shown.id, "title", "看得见的标题")
        assert "hides rows" in str(refused.value) and "article" in str(refused.value), refused.value
        assert store.rows_hidden() is not None   # type: ignore[attr-defined]


def test_r41b_3_doctor_on_a_server_names_an_administrators_trigger(pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 41 B3: a BEFORE INSERT trigger on `entity` relabelling what a take added: doctor on the server said ok
    (on SQLite it names every trigger). It names triggers and rules on a server too."""
    from jmreview.store.database import Store
    from jmreview.store.doctor import check
    from jmreview.workflows.importer import import_paths

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    assert check(pg_url).problems == []
    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    for statement in ("CREATE FUNCTION org() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN new.label := 'ORG'; "
                      "RETURN new; END $$",
                      "CREATE TRIGGER relabel BEFORE INSERT ON entity FOR EACH ROW EXECUTE FUNCTION org()",
                      "CREATE RULE quiet AS ON DELETE TO label DO INSTEAD NOTHING"):
        pg_server.admin(statement, database=database)
    found = check(pg_url).problems
    assert any("trigger named “relabel” on entity" in p for p in found), found
    assert any("rule named “quiet” on label" in p for p in found), found


def test_r41b_6_a_password_libpq_would_misread_is_refused_before_libpq_sees_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 41 B6: pieces of a password under 3 characters around an unencoded `?` or `/` were echoed by libpq
    (`Pa55?w@rd` → host name "rd@127.0.0.1"), the advice "check its spelling"; a URL given as another URL's dbname
    was printed whole. The password is refused before libpq reads it, saying how to write the character."""
    from ..attacks.test_database_safety import run_cli

    for password, code in (("Pa55?w@rd", "%3F"), ("Tq8/Lm?x@7Kp", "%2F"), ("x?y@zz/1", "%3F"),
                           ("pa@ss", "%40")):   # (run 43 B16: an `@` alone, "ss@127.0.0.1" echoed)
        out = run_cli("stats", "--db", f"postgresql://wang:{password}@127.0.0.1:1/team", timeout=60)
        said = out.stdout + out.stderr
        assert out.returncode == 2 and f"must write as {code}" in said and "~/.pgpass" in said, said
        assert not any(piece in said for piece in ("rd@", "w@rd", "x@7", "zz/1", "y@zz", "Lm?", "ss@")), said
    out = run_cli("stats", "--db", "postgresql://postgres@127.0.0.1:1/?dbname=postgresql://u:s3cret@h/db",
                  timeout=60)
    assert out.returncode != 0 and "s3cret" not in out.stdout + out.stderr, out.stderr


def test_r41b_13_a_pgpass_password_ending_in_spaces_is_said(pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 41 B13: a ~/.pgpass line whose password ends in two spaces: "check the password in ~/.pgpass" — the line
    read right on screen. The spaces are named."""
    out = _stats_with_pgpass(pg_server, tmp_path, "right-w0rd  ")
    assert out.returncode == 2 and "ends in 2 spaces or tabs" in out.stderr, out.stderr
    assert "w0rd" not in out.stderr


def test_r39b_37_libpqs_own_english_warning_on_a_readable_pgpass_is_not_printed(pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 39 B37: a ~/.pgpass that others may read: libpq printed its own English warning ("WARNING: password file
    … has group or world access") on every command, beside jmreview's words. Only jmreview's are said."""
    out = _stats_with_pgpass(pg_server, tmp_path, "right-w0rd", mode=0o644)
    assert out.returncode == 2 and "WARNING" not in out.stderr and "group or world" not in out.stderr, out.stderr
    assert str(tmp_path / ".pgpass") in out.stderr, out.stderr


def test_r40b_22_39_copy_names_the_source_with_a_renamed_column_and_a_target_of_another_program(
        pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 40 B22: `copy` of a server corpus whose `article.title` another program renamed: the target was named, and
    jmreview's empty tables left in it. B39: `copy` into a database holding another program's `article` table: "ask
    the administrator to put it back" of a table never jmreview's. The source is named, the target left as it was;
    the other program's table is said as such."""
    from ..pg_server import sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    target = pg_server.new_database()
    sql(pg_url, "ALTER TABLE article RENAME COLUMN title TO heading")
    out = run_cli("copy", pg_url, target, timeout=120)
    assert out.returncode == 2 and "article.title" in out.stderr, out.stderr
    assert sql(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]
    sql(pg_url, "ALTER TABLE article RENAME COLUMN heading TO title")
    sql(target, "CREATE TABLE article (id serial PRIMARY KEY, body text)")
    out = run_cli("copy", pg_url, target, timeout=120)
    assert out.returncode == 2 and "holds tables of another program named as jmreview's (article)" in out.stderr, \
        out.stderr
    assert "put it back" not in out.stderr
    assert sql(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(1,)]


def test_r42b_9_a_deferred_trigger_is_made_to_fire_before_the_read_back(pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 42 B9: an administrator's deferred constraint trigger fired at the commit, after the edit's rows were read
    back: a caption taken became a note, the take said done. Deferred triggers now fire before the read-back."""
    import pytest

    from jmreview.store.edits import set_block_role
    from jmreview.store.models import Block
    from jmreview.store.server_errors import ServerRefused

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    database = pg_url.split("@/", 1)[1].split("?", 1)[0]
    for statement in ("CREATE FUNCTION fr() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF new.role = 'caption' "
                      "THEN UPDATE block SET role = 'note' WHERE id = new.id; END IF; RETURN NULL; END $$",
                      "CREATE CONSTRAINT TRIGGER fr AFTER UPDATE ON block DEFERRABLE INITIALLY DEFERRED FOR EACH ROW "
                      "EXECUTE FUNCTION fr()"):
        pg_server.admin(statement, database=database)
    with Store(pg_url) as store:
        block = Block.select().where(Block.article.is_null(False) & (Block.role == "body")).order_by(Block.id).first()
        with pytest.raises(ServerRefused) as refused:
            set_block_role(store, "wang", block.id, "caption")
        assert "not stored as written" in str(refused.value), refused.value
        assert Block.get_by_id(block.id).role == "body"


def test_r42b_40_a_pgpass_password_with_an_unescaped_backslash_or_colon_is_said(pg_server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 42 B40: a ~/.pgpass password holding `\\` or `:` written without escapes: "check the password in
    ~/.pgpass" of a line that looked right. The escape is named; a password escaped right is not blamed."""
    out = _stats_with_pgpass(pg_server, tmp_path, "a\\b:c", password="a\\b:c")
    assert out.returncode == 2 and "written as it is, which libpq reads as an escape" in out.stderr, out.stderr
    right = _stats_with_pgpass(pg_server, tmp_path, "a\\\\b\\:c", password="a\\b:c")   # escaped as libpq reads it:
    # the login goes through (to an empty database)
    assert "refused this role's login" not in right.stderr and "escape" not in right.stderr, right.stderr


def test_r42b_34_a_column_renamed_on_a_server_is_named(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 42 B34: on a server, with a column of the corpus renamed, a command said only "a table of the corpus on
    the server is not as jmreview made it", naming no column and no doctor (a file names the column)."""
    from ..pg_server import sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    sql(pg_url, "ALTER TABLE article RENAME COLUMN kicker TO overline")
    out = run_cli("export", "-o", str(tmp_path / "out.json"), "--db", pg_url, timeout=120)
    assert out.returncode == 2 and "kicker" in out.stderr and "jmreview doctor" in out.stderr, out.stderr
    from jmreview.store.server_errors import NO_COLUMN  # (run 43 B4: the query's alias named as if a table)

    assert NO_COLUMN.search("column t1.taken does not exist").groups() == ("taken", None)


def _stats_with_pgpass(pg_server, tmp_path, line: str, mode: int = 0o600,  # type: ignore[no-untyped-def]
                       password: str = "right-w0rd") -> subprocess.CompletedProcess[str]:
    """`stats` as a new role whose password is `password`, its ~/.pgpass line's password written as `line`."""
    import os

    from ..pg_server import make_role

    url = pg_server.new_database()
    name, role_url = make_role(pg_server, url, "editor", password=password)
    env = {**os.environ, "HOME": str(tmp_path)}
    env.pop("PGPASSWORD", None)
    env.pop("PGPASSFILE", None)
    (tmp_path / ".pgpass").write_text(f"*:*:*:{name}:{line}\n", encoding="utf-8")
    (tmp_path / ".pgpass").chmod(mode)
    return subprocess.run([sys.executable, "-m", "jmreview.cli", "stats", "--db", role_url], env=env,
                          capture_output=True, text=True, timeout=120)


def test_r43b_38_a_column_narrowed_on_a_server_is_named_by_doctor(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 43 B38: `editlog.summary` narrowed to varchar(8) by the administrator: every write said "a table … is not
    as jmreview made it", naming no column, and doctor said ok. doctor names the column and its type now, and the
    refusal sends the editor to it."""
    from jmreview.store.doctor import check

    from ..pg_server import sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    assert check(pg_url).problems == []
    sql(pg_url, "ALTER TABLE editlog ALTER COLUMN summary TYPE varchar(8)")
    sql(pg_url, "ALTER TABLE article ALTER COLUMN kicker TYPE integer USING length(kicker)")
    found = check(pg_url).problems
    assert any("editlog.summary" in p and "character varying(8)" in p for p in found), found
    assert any("article.kicker" in p and "integer" in p for p in found), found
    out = run_cli("rerun", "--db", pg_url, timeout=120)
    assert out.returncode == 2 and "jmreview doctor" in out.stderr, out.stderr


def test_r43b_28_a_holder_this_role_may_not_see_is_not_called_working(pg_server, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 43 B28: another editor's program stalled holding the write turn; a role that may not read other sessions
    was told it "has held its write turn for ? s and is working" — a guess. It is now told the session is hidden
    from it, and who can see and end it."""
    import psycopg2
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.server import WRITE_LOCK

    from ..pg_server import make_role

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    _name, role_url = make_role(pg_server, pg_url, "editor")
    holder = psycopg2.connect(pg_url, application_name="jmreview import")
    try:
        holder.cursor().execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))   # the turn taken, then stalled
        with Store(role_url, busy_ms=300) as store, pytest.raises(StoreError) as busy:
            set_article_field(store, "甲", Article.select().first().id, "title", "等着")
        said = str(busy.value)
        assert "working" not in said and "? s" not in said, said
        assert f"pid {holder.get_backend_pid()}" in said and "may not see" in said, said
        assert f"pg_terminate_backend({holder.get_backend_pid()})" in said, said
    finally:
        holder.rollback()
        holder.close()


def test_r45b_18_19_a_view_put_in_a_tables_place_is_refused_and_named(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 45 B18: the administrator renamed `article` and put a view hiding one page in its place: every export
    said "27 articles written" of 32, unwarned. B19: the window showed PostgreSQL's English GROUP BY error. The
    view is refused in words at the opening and named by doctor."""
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.server_messages import SERVER_MESSAGES

    from ..pg_server import sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt", SEEDS / "002_4a1bb4f78707ee57.txt"], workers=1)
        hidden = store.db.execute_sql("SELECT MIN(id) FROM sourcefile").fetchone()[0]
    sql(pg_url, "ALTER TABLE article RENAME TO article_all")
    sql(pg_url, f"CREATE VIEW article AS SELECT * FROM article_all WHERE file_id <> {hidden}")
    with pytest.raises(StoreError) as refused:
        Store(pg_url).close()
    assert refused.value.args[0].template == SERVER_MESSAGES["view_in_place"], refused.value
    out = run_cli("export", "-o", str(tmp_path / "out.json"), "--db", pg_url, timeout=120)
    assert out.returncode == 2 and "is not jmreview's table but a view" in out.stderr, out.stderr
    assert not (tmp_path / "out.json").exists()
    out = run_cli("doctor", "--db", pg_url, timeout=120)
    assert out.returncode != 0 and "article of the corpus on the server is not jmreview's table" in out.stderr, out


def test_r45b_20_a_not_null_column_an_administrator_added_is_named(pg_url: str) -> None:  # type: ignore[no-untyped-def]
    """Run 45 B20: a NOT NULL column without a default added to `entity`: every change adding an entity was refused
    as "a table … is not as jmreview made it", naming nothing, and doctor said ok. Both name the column now."""
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.doctor import check
    from jmreview.store.entity_edits import add_entity
    from jmreview.store.models import Block, Entity
    from jmreview.store.server_messages import SERVER_MESSAGES

    from ..pg_server import sql

    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
    sql(pg_url, "ALTER TABLE entity ADD COLUMN checked_by text NOT NULL DEFAULT 'x'")
    sql(pg_url, "ALTER TABLE entity ALTER COLUMN checked_by DROP DEFAULT")
    assert any("entity has a column checked_by another program added" in p for p in check(pg_url).problems)
    with Store(pg_url) as store:
        block = next(b for b in Block.select().where(Block.article.is_null(False)).order_by(Block.id)
                     if not Entity.select().where((Entity.file == b.file_id) & (Entity.start < b.start + 2)
                                                  & (Entity.end > b.start)).exists())
        with pytest.raises(StoreError) as refused:
            add_entity(store, "甲", block.article_id, block.start, block.start + 2, "ORG")
        assert refused.value.args[0].template == SERVER_MESSAGES["column_not_filled"], refused.value
        assert "entity.checked_by" in str(refused.value)


def test_r46b_22_a_session_ended_under_a_read_does_not_speak_of_an_unsaved_change() -> None:
    """Run 46 B22: the administrator ended the session of an `export --with-source`: "nothing of this change was
    saved" — the editor had only exported, and feared for her corrections. It says what stopped, and what is kept."""
    from jmreview.store.server_errors import ServerGone

    said = str(ServerGone("postgresql://db.example/corpus", "session_ended"))
    assert "nothing of this change was saved" not in said and "what was saved before is kept" in said, said
