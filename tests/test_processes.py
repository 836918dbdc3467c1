"""Real processes: SIGKILL in the middle of imports and corrections; two writers on one file."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.models import Article, Block, EditLog, Entity, SourceFile

from .conftest import ROOT, SEEDS

WORKER = r"""
import random, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits, entity_edits
from jmreview.workflows.importer import import_paths
from jmreview.store.models import Article, Block, Entity
from jmreview.store.database import Store
db, pages, mode = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
with Store(db, backups=False) as store:
    print("ready", flush=True)
    if mode == "import":
        import_paths(store, sorted(pages.glob("*.txt")), workers=1)
    rng = random.Random()
    while True:  # a stream of corrections until killed (or, for the writer test, a fixed number)
        arts = [a.id for a in Article.select(Article.id)]
        if not arts:
            time.sleep(0.01); continue
        a = rng.choice(arts)
        kind = rng.randrange(4)
        if kind == 0:
            edits.set_status(store, mode, a, rng.choice(["in_review", "reviewed", "auto"]))
        elif kind == 1:
            edits.set_article_field(store, mode, a, "kicker", f"{mode}{rng.randrange(1000)}")
        elif kind == 2:
            b = Block.select().where(Block.article == a).order_by(Block.line.desc()).first()
            if b is not None and Block.select().where(Block.article == a).count() > 1:
                edits.split_article(store, mode, b.id)
        else:
            e = Entity.select().where(Entity.article == a).first()
            if e is not None:
                entity_edits.update_entity(store, mode, e.id, status="accepted")
"""


def make_pages(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for n in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            (folder / f"{seed.stem}_{n}.txt").write_text(seed.read_text(encoding="utf-8") + f"\n（{n}）\n",
                                                         encoding="utf-8")
    return folder


def check_whole(db: Path) -> None:
    """Every committed change is there and nothing half-written is."""
    with Store(db, backups=False) as store:
        problems = examine(store).problems
        assert not [p for p in problems if "network" not in p], problems
        for sf in SourceFile.select():
            assert Block.select().where(Block.file == sf).exists(), f"{sf.name} has no blocks"
            assert Article.select().where(Article.file == sf).exists(), f"{sf.name} has no articles"
        assert not Entity.select().join(Article).where(Article.file != Entity.file).exists()


def kill_rounds(db: Path, pages: Path, mode: str, rounds: int, rng: random.Random) -> int:
    """Start the worker, SIGKILL it at a random moment, check the database; returns the kills."""
    kills = 0
    last_files = last_edits = 0
    for _ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(ROOT), str(db), str(pages), mode],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        proc.stdout.readline()  # "ready": the database is open
        time.sleep(rng.uniform(0.05, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        kills += proc.returncode == -signal.SIGKILL
        check_whole(db)
        with Store(db, backups=False):
            files, log = SourceFile.select().count(), EditLog.select().count()
        assert files >= last_files and log >= last_edits  # what was committed before stays committed
        last_files, last_edits = files, log
    return kills


def test_sigkill_during_imports_and_corrections_leaves_a_whole_database(tmp_path: Path) -> None:
    from jmreview.workflows.importer import import_paths

    pages = make_pages(tmp_path / "pages", 3)
    db = tmp_path / "kill.sqlite3"
    Store(db).close()
    rng = random.Random(20261122)
    kills = kill_rounds(db, pages, "import", 10, rng)  # killed in the middle of importing
    with Store(db, backups=False) as store:  # finishing the interrupted import completes the corpus
        import_paths(store, [pages], workers=1)
        assert SourceFile.select().count() == 15
        edits_before = EditLog.select().count()
    kills += kill_rounds(db, pages, "edit", 10, rng)  # killed in a stream of corrections
    with Store(db, backups=False):
        assert EditLog.select().count() > edits_before
    assert kills >= 16


WRITER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from jmreview.store import edits
from jmreview.store.models import Article
from jmreview.store.database import Store
with Store(Path(sys.argv[2]), backups=False) as store:
    ids = [a.id for a in Article.select(Article.id).order_by(Article.id)]
    for n in range(int(sys.argv[4])):
        edits.set_article_field(store, sys.argv[3], ids[n % len(ids)], "kicker", f"{sys.argv[3]}-{n}")
print("done")
"""


def test_two_processes_write_the_same_database(tmp_path: Path) -> None:
    db = tmp_path / "two.sqlite3"
    from jmreview.workflows.importer import import_paths

    with Store(db) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(ROOT), str(db), who, "40"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for who in ("甲", "乙")]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    with Store(db, backups=False):
        whos = [e.who for e in EditLog.select()]
        assert whos.count("甲") == 40 and whos.count("乙") == 40


def test_the_later_of_two_edits_of_one_article_is_refused(tmp_path: Path) -> None:
    from jmreview.store import edits
    from jmreview.store.changes import EditConflict
    from jmreview.workflows.importer import import_paths

    db = tmp_path / "conflict.sqlite3"
    with Store(db) as store:
        import_paths(store, [SEEDS / "003_4221d1719c757f4b.txt"], workers=1)
        art = Article.select().first()
        seen = art.version  # what the first window shows
    other = subprocess.run([sys.executable, "-c", WRITER, str(ROOT), str(db), "乙", "1"], capture_output=True,
                           text=True, timeout=60)
    assert other.returncode == 0, other.stderr
    with Store(db, backups=False) as store:
        with pytest.raises(EditConflict, match="changed elsewhere"):
            edits.set_article_field(store, "甲", art.id, "kicker", "甲的修改", expected_version=seen)
        assert Article.get_by_id(art.id).kicker == "乙-0"
