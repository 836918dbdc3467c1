"""Rows of the thirty-eighth adversarial run's server half (issue 10), each failing before its fix."""
from __future__ import annotations

import pytest

from .test_database_safety import run_cli

SECRETS = ("Zz9", "secret", "Other7")


@pytest.mark.parametrize("address", [
    "postgresql://wang:Zz9/secret@127.0.0.1:1/team",   # a `/`, common in base64 passwords
    "postgresql://wang:Zz9?secret@127.0.0.1:1/team",
    "postgresql://wang:Zz9@secret@127.0.0.1:1/team",
    "postgresql://wang@127.0.0.1:1/team?password=Zz9 secret&application_name=x",
    "postgresql://wang@127.0.0.1:1/team?user=li&password=Zz9secret&password=Other7secret",
    "postgresql://wang@127.0.0.1:1/team?user=wang&%70assword=Zz9secret",   # (B8: libpq decodes the name)
    "Server=127.0.0.1;Port=1;User Id=wang;Password=Zz9secret;Database=team",   # (B7: an ADO.NET string)
    "postgresql://127.0.0.1:1/team?user=wang&password=Zz9&secret",   # (run 39 B13: an `&` in the password,
    "postgresql://127.0.0.1:1/team?user=wang;password=Zz9secret",    # `;` typed for `&`, a URL as dbname)
    "dbname=postgresql://wang:Zz9secret@127.0.0.1:1/team",
])
def test_r38b_35_7_8_a_password_written_any_way_is_never_shown(address: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 38 B35: a password written unencoded with `/`, `?`, `@` or a space, or given twice, was printed whole or
    in part (in the address and in the driver's words). B8: a percent-encoded `%70assword`. B7: an ADO.NET
    connection string was taken for a file name, printed, and a database and backups folder made under it."""
    from jmreview.store.server import secrets_of, shown

    out = run_cli("stats", "--db", address, timeout=60)
    assert out.returncode != 0
    said = out.stdout + out.stderr
    assert not any(s in said for s in SECRETS), said
    assert "unexpected" not in said
    if address.startswith("postgresql://"):
        assert not any(s in shown(address) for s in SECRETS), shown(address)
        assert any("Zz9" in s for s in secrets_of(address)), secrets_of(address)


def test_r38b_35_an_address_without_a_password_is_shown_as_written() -> None:
    """Hiding errs on the safe side but leaves an address without a password as it is (a port, an `@` in a
    parameter's value)."""
    from jmreview.store.server import secrets_of, shown

    for address in ("postgresql://host:5432/db?options=a@b", "postgresql://zhu@/w3?host=/tmp/x&port=55438",
                    "postgresql://wang@/w3?host=/tmp&application_name=x@y"):
        assert shown(address) == address and secrets_of(address) == []
    assert shown("postgresql://wang:ab==@h/db") == "postgresql://wang@h/db"


def test_r38b_42_a_session_ended_while_a_refusal_is_handled_is_a_server_gone() -> None:
    """Run 38 B42: a take refused for a missing right; while its message was open the administrator ended the
    window's session, and the refresh after it met "FATAL: terminating connection due to administrator command":
    "unexpected error" (the error's code was looked for in the refusal being handled, "permission denied"). It is
    read as the session ended: the server gone, said in the status bar."""
    import peewee
    import psycopg2

    from jmreview.errors import StoreError
    from jmreview.store.server_codes import meaning
    from jmreview.store.server_errors import ServerGone, read_failure

    class Denied(psycopg2.Error):
        pgcode = "42501"

    ended = None
    try:
        try:
            raise Denied("permission denied for table curationdecision")
        except Denied as denied:
            raise StoreError("refused") from denied
    except StoreError:
        try:   # the refresh after the refusal, on the session the administrator ended
            try:
                raise psycopg2.OperationalError("FATAL:  terminating connection due to administrator command\n"
                                                "server closed the connection unexpectedly")
            except psycopg2.OperationalError as exc:
                raise peewee.OperationalError(exc, *exc.args)  # noqa: B904  (as peewee wraps the driver's)
        except peewee.OperationalError as exc:
            ended = exc
    assert ended is not None and meaning(ended) == "ended"
    assert isinstance(read_failure(ended, "postgresql://zhu@/w3"), ServerGone)


def test_r38b_15_16_a_standby_says_so_on_a_write_and_a_promotion_lets_it_write() -> None:
    """Run 38 B15: a write on a hot standby said only "is open read-only: nothing can be changed", no reason and no
    way forward. B16: the standby promoted under an open store stayed read-only. The refusal names the standby and
    the primary; once promoted, the store may write."""
    import shutil

    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS
    from ..pg_server import sql, started

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
            with pytest.raises(StoreError) as refused:
                store.check_writable()
            assert "standby" in str(refused.value) and "primary" in str(refused.value), refused.value
            sql(url, "SELECT pg_promote(true, 30)")
            store.check_writable()   # the primary now: no refusal
            assert not store.readonly
    finally:
        standby.stop()


def test_r39b_31_a_policy_that_only_checks_writes_is_said_as_such() -> None:
    """Run 39 B31: a row-level security policy that hides nothing (`USING (true) WITH CHECK (…)`) was refused as
    hiding rows of sourcefile from the role, which in fact saw every row. It is said as checking the rows written,
    at a write; reading is whole (run 54 B29: an export, stats and a copy off the server were refused too)."""
    import pytest

    from jmreview.errors import StoreError
    from jmreview.store.database import Store
    from jmreview.workflows.importer import import_paths

    from ..conftest import SEEDS
    from ..pg_server import make_role, started

    server = started()
    try:
        url = server.new_database()
        with Store(url) as store:
            import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        name, own = make_role(server, url, "editor")
        database = url.split("@/", 1)[1].split("?", 1)[0]
        for statement in ("ALTER TABLE sourcefile ENABLE ROW LEVEL SECURITY",
                          "CREATE POLICY p2 ON sourcefile USING (true) WITH CHECK (review_state <> 'curated')"):
            server.admin(statement, database=database)
        with Store(own) as store:   # run 54 B29: reading is whole (an export, a copy off the server, stats)
            from jmreview.store.edits import set_article_field
            from jmreview.store.models import Article, SourceFile

            assert SourceFile.select().count() == 1
            with pytest.raises(StoreError) as refused:   # a write is refused, as the policy may refuse it
                set_article_field(store, name, Article.select().first().id, "title", "改")
        said = str(refused.value)
        assert "see every row" in said and "hides rows" not in said, said
        import subprocess
        import sys

        out = subprocess.run([sys.executable, "-m", "jmreview.cli", "export", "--format", "json", "-o", "-", "--db",
                              own], capture_output=True, text=True, timeout=120)
        assert out.returncode == 0 and '"articles"' in out.stdout, out.stderr
    finally:
        server.stop()
