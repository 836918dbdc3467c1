"""Rows of the forty-first adversarial run's server half (issue 10), each failing before its fix."""
from __future__ import annotations

import subprocess
import sys
import time

from ..conftest import SEEDS

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
