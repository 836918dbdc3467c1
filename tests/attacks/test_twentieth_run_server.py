"""Issue 10, runs 19 and 20 on a server: what was left open or found (tests "r19b…"/"r20b…")."""
from __future__ import annotations

import pytest

from jmreview.store.database import Store

from ..pg_server import PgServer
from .test_seventeenth_run_server import _corpus_in_schema, _database


def test_r19b_25_the_corpuss_schema_renamed_under_an_open_store_is_said_not_an_unexpected_error(
        server: PgServer) -> None:
    """Run 19 B25: an administrator renamed the schema holding the corpus while the window was open: every refresh and
    edit ended in "unexpected error: relation "sourcefile" does not exist"."""
    from jmreview.store.edits import set_article_field
    from jmreview.store.models import Article, SourceFile
    from jmreview.store.server import ServerGone

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
