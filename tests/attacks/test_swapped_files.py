"""Third adversarial run, #39/#40: files changed behind SQLite's back under an open database refuse the next write."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jmreview.store import edits
from jmreview.store.database import Store
from jmreview.store.models import Article
from jmreview.store.opening import DatabaseReplaced
from jmreview.workflows.importer import import_paths

from ..conftest import SEEDS

RUN = [sys.executable, "-m", "jmreview.cli"]


def make(path: Path, page: Path) -> Path:
    with Store(path, backups=False) as store:
        import_paths(store, [page], workers=1)
        store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def test_39_a_deleted_wal_refuses_the_next_edit(tmp_path: Path) -> None:
    """-wal and -shm deleted under an open database, another process imports: the open one writes nothing more."""
    db = make(tmp_path / "db.sqlite3", SEEDS / "001_69ca20e02664ffc6.txt")
    with Store(db, backups=False) as store:
        art = Article.select().first().id
        edits.set_article_field(store, "甲", art, "title", "先改一次")
        for suffix in ("-wal", "-shm"):
            Path(str(db) + suffix).unlink()
        out = subprocess.run([*RUN, "import", str(SEEDS / "003_4221d1719c757f4b.txt"), "--db", str(db)],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        with pytest.raises(DatabaseReplaced):
            edits.set_article_field(store, "甲", art, "title", "再改一次")
        # (known limit: closing this connection still folds its unlinked -wal back in, as SQLite does on close;
        #  Python 3.11 cannot set SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE — see docs/reliability.md)


def test_edits_from_two_stores_and_a_job_thread_are_never_refused(tmp_path: Path) -> None:
    """The guard refuses only real swaps: other connections writing (and checkpointing) are fine."""
    import threading

    db = make(tmp_path / "db.sqlite3", SEEDS / "001_69ca20e02664ffc6.txt")
    with Store(db, backups=False) as store:
        arts = [a.id for a in Article.select()]
        for n in range(30):
            edits.set_article_field(store, "甲", arts[n % len(arts)], "kicker", f"甲{n}")
            if n % 10 == 0:  # another process writes (and checkpoints as it closes)
                page = sorted(SEEDS.glob("*.txt"))[2 + n // 10]
                subprocess.run([*RUN, "import", str(page), "--db", str(db)], capture_output=True, text=True,
                               timeout=120, check=True)
            worker = threading.Thread(target=lambda: edits.set_status(store, "乙", arts[0], "in_review"))
            worker.start()
            worker.join()
            store.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
