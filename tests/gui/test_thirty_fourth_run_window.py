"""Window rows of the thirty-fourth adversarial run (issue 10), each failing before its fix."""
from __future__ import annotations

from pathlib import Path

import pytest

from ..conftest import SEEDS
from .conftest import open_window


@pytest.mark.parametrize("written", ["[splitter]\nmain_splitter=\n", "[splitter]\nmain_splitter=zzz\n",
                                     "[splitter]\nright_splitter=1\n", "[General]\ngeometry=zzz\n",
                                     "[General]\ngeometry=a, b\n", "[General]\ngeometry=@ByteArray(junk)\n"])
def test_r34a_23_a_damaged_window_layout_in_the_settings_keeps_no_window_from_opening(  # type: ignore[no-untyped-def]
        qtbot, tmp_path: Path, written: str) -> None:
    """Run 34 A23: a splitter's or the window's saved layout made text by another program (`main_splitter=zzz`,
    `geometry=`): "unexpected error: TypeError … restoreState(str)", the window never opened, at every start. The
    layout is ignored and the window opens as new; a layout saved as it closes is read back."""
    (tmp_path / "settings.ini").write_text(written, encoding="utf-8")
    window = open_window(qtbot, tmp_path, [SEEDS / "003_4221d1719c757f4b.txt"])
    assert window.isVisible() and window.main_split.sizes()[0] > 0
    window.main_split.setSizes([300, 700, 400])
    window.close()
    window.session.store.close()
    again = open_window(qtbot, tmp_path, [])
    assert again.main_split.sizes()[0] < 340, again.main_split.sizes()   # (made: 430)
    again.session.store.close()
