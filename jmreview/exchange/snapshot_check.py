"""Doctor's last look: would a snapshot of this database come back? (run 31 A4, A5, A28, A65)

Another program can write a value every command reads but a snapshot's import refuses — a NUL in a title, a line
whose offsets are no longer its line, a folder that is a path, bytes that are no UTF-8. Each was once named one by one
after an adversarial run found it; this check writes the snapshot (`export --with-source`) into a temporary file and
runs on it every check `import-json` makes before it restores, so whatever it would refuse is named now, while the
database still holds the work, not on the day the snapshot is needed.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from jmreview.errors import JmreviewError
from jmreview.exchange.export_json import export_json
from jmreview.exchange.json_checks import check_against_sources, verify_source
from jmreview.exchange.json_news import check_newspaper
from jmreview.exchange.json_team_checks import check_team, check_team_sources
from jmreview.exchange.json_validate import InvalidCorpus, load_corpus
from jmreview.exchange.source_check import sources_changed
from jmreview.store.database import Store
from jmreview.store.doctor import older_schema

REFUSED = ("snapshot: an export --with-source of this database would be refused by its import-json ({why}): a value "
           "another program wrote; correct it in the window, or restore a backup")
FAILED = "snapshot: an export --with-source of this database fails ({why}): a value another program wrote"


def snapshot_problems(path: Path | str) -> list[str]:
    """Doctor's line for a database whose snapshot would not restore (none when it would, or cannot be checked)."""
    try:
        with Store(path, readonly=True) as store:
            if older_schema(store) is not None:   # doctor checked an upgraded copy: the file's own columns are older
                return []
            if changed := sources_changed():   # named with what helps: a backup, not the window (run 45 A18)
                return changed
            found = snapshot_refusal()
    except (JmreviewError, OSError):
        return []   # what keeps it from opening is doctor's to say, and it said it
    return [found] if found else []


def snapshot_refusal() -> str | None:
    """Why the open database's snapshot would not restore (None: it would, or it could not be written here)."""
    try:
        tmp = tempfile.mkdtemp()
    except OSError:   # no temporary folder at all (run 32 A22): not checked
        return None
    try:
        target = Path(tmp) / "snapshot.json"
        try:
            export_json(target, with_source=True)
        except (ValueError, UnicodeError) as exc:   # a value it cannot write
            return FAILED.format(why=_short(exc))
        except (OSError, JmreviewError):
            return None   # no room here for it (run 32 A36): doctor's other checks say what room is lacking
        why = restore_refusal(target)
        return REFUSED.format(why=why) if why else None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def restore_refusal(target: Path) -> str | None:
    """Why import-json would refuse this snapshot file, in short (None: it would restore it); the checks it makes
    before it restores, run on a snapshot just written (run 34 B2: one its import refused, written without a word)."""
    try:
        doc = load_corpus(target)
        check_newspaper(doc)
        check_team(doc)
        sources = [verify_source(f) for f in doc["files"]]
        known = {lab["name"] for lab in doc.get("labels") or []}
        check_against_sources(doc, [*sources], known)
        check_team_sources(doc, sources, known)
    except InvalidCorpus as exc:
        return _short(exc)
    return None


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 300 else text[:299] + "…"
