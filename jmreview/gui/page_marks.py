"""The marks drawn on the page — line tints, struck duplicates, entity underlines, dimmed pinyin — as plain tuples.

Qt draws every extra selection it is given on every paint, and placing each one costs a text cursor: a page near the
size limit (34,000 lines, 60,000 marks) took 35 s to show and froze the window on every paint (run 36 A12). The page
view gives Qt all of them on an ordinary page, and on a long one only those near what is in view, drawing again as
the view moves past them.
"""
from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat

from jmreview.analysis.blocks import PINYIN_ARTIFACT, is_pinyin
from jmreview.store.view_rows import BlockRow

Mark = tuple[int, int, int, QTextCharFormat]   # start, end (code points), line (1-based; 0: a span), its format
WHOLE = 3000      # a page with no more marks than this has all of them drawn
MARGIN = 20_000   # else: the marks within this many characters of the view


def line_marks(rows: dict[int, BlockRow], colors: dict[int, QColor]) -> list[Mark]:
    """Each line's tint (its article's colour; noise grey and italic) and its strike-through when a duplicate."""
    noise = QTextCharFormat()
    noise.setProperty(QTextFormat.Property.FullWidthSelection, True)
    noise.setBackground(QColor("#eeeeee"))
    noise.setForeground(QColor("#9e9e9e"))
    noise.setFontItalic(True)
    struck = QTextCharFormat()
    struck.setFontStrikeOut(True)
    struck.setForeground(QColor("#8d6e63"))
    tints: dict[int, QTextCharFormat] = {}
    marks: list[Mark] = []
    for line, row in rows.items():
        if row.article_id is not None and row.article_id not in tints:   # one format per article, not per line
            tint = tints[row.article_id] = QTextCharFormat()
            tint.setProperty(QTextFormat.Property.FullWidthSelection, True)
            tint.setBackground(colors[row.article_id])
        marks.append((row.start, row.end, line, noise if row.article_id is None else tints[row.article_id]))
        if row.duplicate_of is not None:  # left out of the article's text: shown struck through
            marks.append((row.start, row.end, 0, struck))
    return marks


def span_marks(entities: list[tuple[int, int, str, str]], label_colors: dict[str, str], lines: list[str],
               line_starts: list[int]) -> list[Mark]:
    """The entities' underlines (solid when accepted) and the pinyin artifacts dimmed."""
    formats: dict[tuple[str, bool], QTextCharFormat] = {}
    marks: list[Mark] = []
    for start, end, label, status in entities:
        key = (label, status == "accepted")
        if (fmt := formats.get(key)) is None:
            fmt = formats[key] = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline if key[1]
                                  else QTextCharFormat.UnderlineStyle.DashUnderline)
            fmt.setUnderlineColor(QColor(label_colors.get(label, "#000000")))
        marks.append((start, end, 0, fmt))
    dim = QTextCharFormat()
    dim.setForeground(QColor("#bdbdbd"))
    for n, text in enumerate(lines):
        for match in PINYIN_ARTIFACT.finditer(text):
            if is_pinyin(match.group(1) or match.group(2)):
                base = line_starts[n]
                marks.append((base + match.start(), base + match.end(), 0, dim))
    return marks


def near(marks: list[Mark], low: int, high: int) -> list[Mark]:
    """The marks touching the characters [low, high]."""
    return [m for m in marks if m[1] >= low and m[0] <= high]
