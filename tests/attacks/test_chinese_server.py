"""Run 22 B42-B45: a server installed in a Chinese locale answers in Chinese (its lc_messages, which only a superuser
can change), and every refusal jmreview explains became a raw error there ("unexpected error: ProgrammingError: 错误:
对表 block 权限不够"). Here the tests of those refusals on an English server run again on one that speaks Chinese,
with those the run found besides."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from jmreview.store.database import Store

from ..pg_server import PgServer, started
from .conftest import one_page_server
from .test_fourteenth_run_server import (  # noqa: F401 — run again here, on this module's server
    test_r14b_16_an_import_whose_session_was_ended_says_so_and_what_it_imported,
    test_r15b_23_a_statement_timeout_set_on_the_database_is_named,
    test_r16b_22_a_search_path_naming_no_schema_is_named,
    test_r16b_24_25_a_cancelled_or_unserializable_statement_is_said_in_words,
)
from .test_seventeenth_run_server import (  # noqa: F401
    test_r18b_18_a_database_dropped_under_an_open_store_is_said_gone_for_good,
    test_r18b_32_an_empty_database_set_read_only_says_the_setting,
    test_r19b_12_a_role_that_may_not_use_the_corpuss_schema_is_refused,
)
from .test_twentieth_run_server import (  # noqa: F401
    test_r19b_25_the_corpuss_schema_renamed_under_an_open_store_is_said_not_an_unexpected_error,
    test_r20b_18_a_role_missing_the_right_to_read_one_table_is_told_which,
    test_r20b_31_a_connection_limit_reached_is_said_with_the_way_forward,
    test_r20b_35_one_table_of_the_corpus_missing_is_named,
    test_r21b_14_33_a_role_kept_out_or_short_of_a_right_is_told_what_to_ask_for,
    test_r21b_58_a_change_after_a_pause_longer_than_idle_session_timeout_is_saved,
    test_r22b_60_row_level_security_hiding_rows_from_a_role_is_refused_not_read_as_the_corpus,
    test_r23b_36_a_temp_file_limit_set_by_the_administrator_is_named,
    test_r23b_40_a_column_changed_by_another_program_is_said_not_an_unexpected_error,
    test_r23b_41_42_a_login_or_an_address_the_server_refuses_is_said_with_the_way_forward,
    test_r24b_31_a_new_session_refused_after_a_lost_one_is_said_not_as_a_stopped_server,
    test_r24b_42_an_administrators_trigger_refusing_a_change_is_said_in_its_words,
    test_r25b_45_a_database_dropped_under_an_open_store_is_said_gone_at_every_try,
    test_r25b_51_11_a_database_closed_to_connections_and_a_unique_key_added_are_said,
)

CHINESE = "zh_CN.UTF-8"


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    """This module's server speaks Chinese."""
    server = started(messages=CHINESE)
    yield server
    server.stop()


def test_the_server_speaks_chinese(server: PgServer) -> None:
    """The tests above are run on a server whose errors are in Chinese (else they prove nothing new)."""
    import psycopg2

    con = psycopg2.connect(server.url("postgres"))
    try:
        with pytest.raises(psycopg2.Error) as raised:
            con.cursor().execute("SELECT * FROM no_such_table")
        assert "不存在" in str(raised.value), raised.value
    finally:
        con.close()


def test_r22b_43_a_lock_held_by_another_session_is_said_busy(server: PgServer) -> None:
    """Run 22 B43: a table lock held from psql, a title edited: 出错了 "由于锁超时，取消语句操作" with the SQL, not "busy"."""
    import psycopg2

    from jmreview.errors import StoreError
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article
    from jmreview.store.server import SERVER_MESSAGES
    from jmreview.store.server_errors import read_failure

    url = one_page_server(server)
    holder = psycopg2.connect(url)
    try:
        with Store(url, busy_ms=300) as store:
            first = Article.select().first().id
            holder.cursor().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE")   # inside the holder's transaction
            with pytest.raises(Exception) as refused:   # (a read the edit makes: the window's crash hook words it)
                set_article_field(store, "甲", first, "title", "锁着的时候")
            said = refused.value if isinstance(refused.value, StoreError) else read_failure(refused.value, url)
            assert said is not None and said.args[0].template in (SERVER_MESSAGES["busy"], SERVER_MESSAGES["locked"])
    finally:
        holder.rollback()
        holder.close()


def test_r22b_44_no_server_at_the_address_is_said_with_the_way_forward(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Run 22 B44: the window opened on a stopped server: only libpq's "connection to server on socket … failed: No
    such file or directory", no way forward."""
    from jmreview.errors import StoreError
    from jmreview.store.server import SERVER_MESSAGES

    with pytest.raises(StoreError) as refused:
        Store(f"postgresql://jmreview@/corpus?host={tmp_path}")
    assert refused.value.args[0].template == SERVER_MESSAGES["no_answer"], refused.value
    assert "start the server" in str(refused.value)


def test_r23b_2_connect_revoked_from_everyone_is_said_on_a_server_speaking_chinese(server: PgServer) -> None:
    """Run 23 B2: `REVOKE CONNECT ON DATABASE … FROM public`: "致命错误: 访问数据库"c1"的权限不够", the server's own words
    (its Chinese for a connection refused differs from that of a right missing on a table)."""
    from jmreview.errors import StoreError
    from jmreview.store.server import SERVER_MESSAGES

    from ..pg_server import make_role
    from .test_seventeenth_run_server import _database

    url = one_page_server(server)
    _, outsider = make_role(server, url, "reader")
    server.admin(f"REVOKE CONNECT ON DATABASE {_database(url)} FROM public")
    with pytest.raises(StoreError) as refused:
        Store(outsider).close()
    assert refused.value.args[0].template == SERVER_MESSAGES["no_entry"], str(refused.value)
