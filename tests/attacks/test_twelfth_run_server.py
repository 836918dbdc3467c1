"""Issue 10, twelfth run, on a server: a command of many edits stopped midway says what it saved (B#14, B#15);
a session made read-only by the address is not called a role without rights (B#18)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jmreview.gui.table_models import ID_ROLE
from jmreview.store.database import Store
from jmreview.store.entity_edits import update_entity
from jmreview.store.models import Entity, SourceFile
from jmreview.store.team import mark_double_review, review_copy
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS
from ..pg_server import PgServer, sql
from ..server_window import show
from .conftest import one_page_server, short_waits
from .test_tenth_run_server import cli, pages, stopped_midway


def test_r12b_14_double_review_stopped_by_the_server_says_how_many_pages_were_marked(
        server: PgServer, tmp_path: Path) -> None:
    """B#14: the server stopped 4 s into `double-review` of 200 pages: 'nothing of this change was saved' though
    11 pages had been marked, each whole."""
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [pages(tmp_path / "pages", 120)], workers=2)
        names = [f.name for f in SourceFile.select().order_by(SourceFile.name)]
    proc, out, err, marked = stopped_midway(server, url, ["double-review", *names, "--editors", "a", "b", "--db", url],
                                            "SELECT count(*) FROM sourcefile WHERE review_state = 'double'")
    assert proc.returncode == 2 and "unexpected" not in err, err[-2000:]
    assert "stopped answering" in err and f"of the {len(names)} pages, {marked} were marked before this" in err, \
        (marked, err)
    assert sql(url, "SELECT count(*) FROM sourcefile WHERE review_of IS NOT NULL")[0][0] == 2 * marked


def test_r12b_15_curate_all_stopped_by_the_server_says_how_many_differences_were_settled(
        server: PgServer) -> None:
    """B#15: `curate FILE --all b` on a server stopped after some takes: 'nothing of this change was saved' though
    those takes were committed."""
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "000_fe75734c17ad953c.txt"], workers=1)
        page = SourceFile.get().id
        mark_double_review(store, "主编", page, ["a", "b"])
        a = review_copy(page, "a")
        assert a is not None
        ids = [e.id for e in Entity.select().where(Entity.file == a.id)]
        for eid in ids:   # one difference per entity
            update_entity(store, "a", [eid], label="ORG" if Entity.get_by_id(eid).label != "ORG" else "PER")
        name = SourceFile.get_by_id(page).name
    proc, out, err, settled = stopped_midway(server, url, ["curate", name, "--all", "b", "--db", url],
                                             "SELECT count(*) FROM curationdecision")
    assert proc.returncode == 2 and "unexpected" not in err, err[-2000:]
    assert "stopped answering" in err and f"differences to settle, {settled} were settled before this" in err, \
        (settled, err)


def test_r12b_18_a_session_made_read_only_by_the_address_is_said_so(server: PgServer) -> None:
    """B#18: `options=-c default_transaction_read_only=on` in the address: the write refused as 'permission denied
    for this database role' — the role may write; the address made the session read-only."""
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        name = SourceFile.get().name
    sep = "&" if "?" in url else "?"
    out = cli("assign", name, "--to", "q", "--db", f"{url}{sep}options=-c%20default_transaction_read_only%3Don")
    assert out.returncode == 2, out.stderr
    assert "this connection is read-only" in out.stderr and "permission denied" not in out.stderr, out.stderr
    assert sql(url, "SELECT count(*) FROM assignment") == [(0,)]


def test_r12a_32_a_click_in_the_list_the_frozen_server_never_answered_leaves_the_list_on_the_article_shown(  # type: ignore[no-untyped-def]
        qtbot, server: PgServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chinese: None, dialogs) -> None:
    """A#32: with the server frozen, the editor clicked article 3 in the list; after the thaw the list highlighted
    article 3 while the fields and the page showed article 1, and Ctrl+Shift+Down merged 1 and 2 (a title typed
    "for article 3" went to article 1). Now the list goes back to the article still shown, the editor with it."""

    short_waits(monkeypatch)
    _said, errors = dialogs
    url = one_page_server(server)
    window = show(qtbot, tmp_path, url, monkeypatch)
    try:
        ids = window.articles.ids()
        window.select_article(ids[0])
        qtbot.wait(200)
        server.freeze()
        view = window.articles.view   # a click on the third row, as the mouse gives it (press, then selection)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         pos=view.visualRect(window.articles.model.index(2, 0)).center())
        qtbot.wait(100)
        server.freeze(False)
        qtbot.wait(1500)
        assert errors, "the frozen read reached the window's hook (said in the status bar)"
        assert window.current_article == ids[0]
        assert window.articles.current_id() == ids[0]
        chosen = view.selectionModel().selectedRows()
        assert [window.articles.model.data(i, ID_ROLE) for i in chosen] == [ids[0]]   # the highlight too
        assert window.editor.article_id == ids[0]
    finally:
        server.freeze(False)
        window.session.store.close()


def test_r13a_9_a_database_made_read_only_by_its_administrator_is_said_so(server: PgServer) -> None:
    """Run 13 A#9: with default_transaction_read_only set on the database (or the role) by an administrator, the
    refusal blamed 'the address's options' and said to connect without them — the address had none."""
    url = server.new_database()
    with Store(url) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        name = SourceFile.get().name
    (database,) = sql(url, "SELECT current_database()")[0]
    server.admin(f'ALTER DATABASE "{database}" SET default_transaction_read_only = on')
    out = cli("assign", name, "--to", "q", "--db", url)
    assert out.returncode == 2, out.stderr
    assert "set on the role or the database by an administrator" in out.stderr, out.stderr
    assert "address's options" not in out.stderr


def test_r13b_32_a_session_the_address_lets_the_server_end_is_not_called_a_stopped_server(server: PgServer) -> None:
    """Run 13 B#32: `idle_in_transaction_session_timeout=1` in the address: some writes ended 'stopped answering …
    try again when the server is back' — the server was up; the address's own option ended the session."""
    import time

    from jmreview.errors import StoreError

    url = server.new_database()
    Store(url).close()
    sep = "&" if "?" in url else "?"
    with Store(f"{url}{sep}options=-c%20idle_in_transaction_session_timeout%3D50") as store:
        with pytest.raises(StoreError) as ended:
            with store.write():
                time.sleep(0.5)   # a transaction left idle longer than the address allows
                store.db.execute_sql("SELECT 1")
    said = str(ended.value)
    assert "idle_in_transaction_session_timeout" in said and "stopped answering" not in said, said
