"""Issue 10, run 53, in the window: the minor unclear rows of a short run on run 52's fixes."""
from __future__ import annotations


def test_r53a_2_the_window_says_the_moved_noise_line_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]
    """Run 53 A2 in the window: both the new line's note and an old version's line read in Chinese."""
    from jmreview.gui.cue_text import carried_text
    from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, LINE_WAS, noted

    moved = carried_text("A01.txt: " + noted(LINE.format(n=23), CARRY_NOTES["noise_now"].format(was=27)))
    assert moved.startswith("A01.txt：第 23 行（这一行在旧版本中是第 27 行"), moved
    gone = carried_text(noted(LINE_WAS.format(n=27), CARRY_NOTES["noise_unsure"]))
    assert gone.startswith("旧版本第 27 行（"), gone
