"""A desk of editors on one server: 8 processes × 1,000 edits with deliberate same-article collisions."""
from __future__ import annotations

import json
import subprocess
import sys
import time

from jmreview.store.database import Store
from jmreview.store.doctor import examine
from jmreview.store.models import Article, EditLog
from jmreview.workflows.importer import import_paths

from .conftest import ROOT, SEEDS

EDITORS = ("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛")
EDITS = 1000
SECONDS = 60   # the brief's budget for the whole desk on two cores

EDITOR = r"""
import json, random, sys, time
sys.path.insert(0, sys.argv[1])
from jmreview.store import edits
from jmreview.store.changes import EditConflict
from jmreview.store.database import Store
from jmreview.store.models import Article
url, who, count, start = sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
targets = json.loads(sys.argv[6])
rng = random.Random(who)
done, refused = [], []
with Store(url) as store:
    while time.time() < start:   # every editor starts at once: their edits collide
        time.sleep(0.005)
    for n in range(count):
        art = rng.choice(targets)
        seen = Article.select(Article.version).where(Article.id == art).scalar()   # what this editor's window shows
        if n % 4 == 0:
            time.sleep(0.002)   # …while another editor may change the article
        value = f"{who}-{n}"
        try:
            if n % 3 == 2:
                value = rng.choice(["in_review", "reviewed", "auto"])
                log = edits.set_status(store, who, art, value, expected_version=seen)
                done.append([art, "status", value, log])
            else:
                log = edits.set_article_field(store, who, art, "kicker", value, expected_version=seen)
                done.append([art, "kicker", value, log])
        except EditConflict as exc:
            refused.append(str(exc))
print(json.dumps({"done": done, "refused": refused}))
"""


def test_eight_editors_a_thousand_edits_each_collide_on_one_server(pg_url: str) -> None:
    with Store(pg_url) as store:
        import_paths(store, [SEEDS / "001_69ca20e02664ffc6.txt"], workers=1)
        targets = [a.id for a in Article.select().order_by(Article.id).limit(6)]
        before = {a.id: a.version for a in Article.select()}
    began = time.monotonic()
    start = time.time() + 4   # every process has opened its store by then
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, str(ROOT), pg_url, who, str(EDITS), str(start),
                               json.dumps(targets)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in EDITORS]
    outs = [p.communicate(timeout=600) for p in procs]
    took = time.monotonic() - began
    assert [p.returncode for p in procs] == [0] * len(EDITORS), [err[-2000:] for _, err in outs]
    results = {who: json.loads(out) for who, (out, _) in zip(EDITORS, outs)}
    refusals = [m for r in results.values() for m in r["refused"]]
    assert len(refusals) > 100, "the editors hardly collided: the test proves little"
    assert all("changed elsewhere" in m and "reload it and try again" in m for m in refusals), refusals[:3]
    with Store(pg_url) as store:
        assert not examine(store).problems
        logs = {e.id: e for e in EditLog.select()}
        committed = []
        for who, r in results.items():   # every committed edit is in the log under its editor; no refused one is
            assert len(r["done"]) + len(r["refused"]) == EDITS
            mine = {log for *_, log in r["done"] if log}   # 0: a status it already had, no edit
            assert {i for i, e in logs.items() if e.who == who} == mine
            for art, what, value, log in r["done"]:
                if log:
                    steps = [s for s in logs[log].payload["steps"] if s["op"] == "set" and s["id"] == art]
                    kept = value if what == "status" else None   # "reviewed" again: a new moment, the same status
                    assert any(s["after"].get(what, kept) == value for s in steps) and not logs[log].undone
                    committed.append((log, art, what, value))
        assert len(logs) == len(committed)
        committed.sort()
        for art in targets:   # one version per committed edit, and the last committed value of each field shows
            mine = [(what, value) for _, a, what, value in committed if a == art]
            row = Article.get_by_id(art)
            assert row.version == before[art] + len(mine), art
            for field in ("kicker", "status"):
                values = [value for what, value in mine if what == field]
                if values:
                    assert getattr(row, field) == values[-1], (art, field)
        assert all(a.version == before[a.id] for a in Article.select().where(Article.id.not_in(targets)))
    print(f"{len(committed)} edits committed, {len(refusals)} refused, in {took:.1f} s")
    assert took < SECONDS * 1.5, f"8 × {EDITS} edits took {took:.0f} s"
