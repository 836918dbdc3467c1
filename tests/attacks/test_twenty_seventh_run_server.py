"""Issue 10, run 26's open rows and run 27 on a server (tests "r26b…"/"r27b…"), each failing before its fix."""
from __future__ import annotations

import subprocess
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
