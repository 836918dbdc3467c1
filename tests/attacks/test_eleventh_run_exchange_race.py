"""Issue 10, eleventh run #42: two restores of one snapshot into the same empty database at once."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from jmreview.errors import JmreviewError
from jmreview.exchange import import_json as module
from jmreview.store.database import Store
from jmreview.store.models import SourceFile

from .conftest import SMALL_PAGE


def test_r11_42_a_restore_overtaken_by_another_import_is_refused_in_a_sentence(
        db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#42: the loser of two restores ended in `unexpected error: IntegrityError` (it had decided the database was
    empty before taking the write lock). Now the restore looks again under the lock and says what happened."""
    snapshot = tmp_path / "s.json"
    run = [sys.executable, "-m", "jmreview.cli"]
    assert subprocess.run([*run, "export", "-o", str(snapshot), "--with-source", "--db", str(db)],
                          capture_output=True, timeout=120).returncode == 0
    target = tmp_path / "empty.sqlite3"
    real = module.check_team_sources

    def meanwhile(*args: Any, **kw: Any) -> None:   # another process fills the database after the look
        out = subprocess.run([*run, "import", str(SMALL_PAGE), "--db", str(target), "--workers", "1"],
                             capture_output=True, text=True, timeout=120)
        assert out.returncode == 0, out.stderr
        real(*args, **kw)

    monkeypatch.setattr(module, "check_team_sources", meanwhile)
    with Store(target) as store:
        with pytest.raises(JmreviewError) as refused:
            module.import_json(store, snapshot, "甲")
        assert "no longer empty" in str(refused.value)
        assert SourceFile.select().count() == 1   # the other import's page, nothing of the snapshot
