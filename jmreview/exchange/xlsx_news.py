"""The newspaper in the Excel export: 续自 / 转至 cells, the sheet of continued stories (their text joined), the
summary sheet with its coverage per issue.

The sheets are the export's `SheetWriter`s (passed in; typed loosely so this module needs nothing of its caller).
Rejected links are not written: a colleague reads the stories as they stand.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from jmreview.exchange.xlsx_layout import print_setup
from jmreview.exchange.xlsx_text import HEADERS, VALUES
from jmreview.store.coverage import issues
from jmreview.store.models import database_proxy

LINKS_SQL = "SELECT first_id, then_id, status FROM storylink WHERE status != 'rejected' ORDER BY first_id, then_id"


@dataclass
class Stories:
    """The links of the corpus, and what the export saw of each linked article (page, title, text)."""

    forward: dict[int, list[tuple[int, str]]] = field(default_factory=dict)   # first → [(then, status)]
    back: dict[int, list[tuple[int, str]]] = field(default_factory=dict)      # then → [(first, status)]
    parts: dict[int, tuple[str | None, str, str, str]] = field(default_factory=dict)   # id → issue, page, title, text

    @classmethod
    def load(cls) -> Stories:
        """Every link not rejected."""
        out = cls()
        for first, then, status in database_proxy.execute_sql(LINKS_SQL).fetchall():
            out.forward.setdefault(first, []).append((then, status))
            out.back.setdefault(then, []).append((first, status))
        return out

    def cells(self, article_id: int, values: dict[str, str]) -> list[str]:
        """The 续自 and 转至 cells of an article: the other parts' numbers, a suggested link marked so."""
        def cell(items: list[tuple[int, str]]) -> str:
            return "、".join(str(i) + (f"（{values.get(s, s)}）" if s != "accepted" else "") for i, s in items)
        return [cell(self.back.get(article_id, [])), cell(self.forward.get(article_id, []))]

    def note(self, article_id: int, issue: str | None, page: str | None, title: str, text: str) -> None:
        """Keep what a story's sheet needs of a linked article."""
        if article_id in self.forward or article_id in self.back:
            self.parts[article_id] = (issue, page or "", title, text)

    def chains(self) -> list[list[tuple[int, str]]]:
        """Each story as its parts in order (the first part's id, then each next with its link's status).

        Every link is in one chain, so no part is ever lost: stories start at parts nothing leads to, then any link
        left over (a circle, or a second link out of or into a part, which only a damaged database holds; doctor
        names them) starts a chain of its own."""
        order = sorted(self.forward, key=lambda i: (self.parts.get(i, (None, "", "", ""))[:2], i))
        used: set[tuple[int, int]] = set()
        out = []
        for start in [i for i in order if i not in self.back] + order:
            if all((start, nxt) in used for nxt, _ in self.forward[start]):
                continue
            chain, seen = [(start, "")], {start}
            while True:
                nxt_link = next(((n, s) for n, s in self.forward.get(chain[-1][0], [])
                                 if (chain[-1][0], n) not in used and n not in seen), None)
                if nxt_link is None:
                    break
                used.add((chain[-1][0], nxt_link[0]))
                chain.append(nxt_link)
                seen.add(nxt_link[0])
            if len(chain) == 1:   # its only links lead back into this chain: the link closing a circle
                nxt, status = next((n, s) for n, s in self.forward[start] if (start, n) not in used)
                used.add((start, nxt))
                chain.append((nxt, status))
            out.append(chain)
        return out

    def write(self, sheet: Any, values: dict[str, str]) -> None:
        """One row per story: its issue, its parts (page, number, title), its links, its text joined."""
        for n, chain in enumerate(self.chains(), start=1):
            known = [(i, s, self.parts[i]) for i, s in chain if i in self.parts]
            if len(known) < 2:
                continue   # a part the export left out (another status): no story to show
            parts = " → ".join(f"{p[1]} {i}《{p[2]}》" for i, _, p in known)
            links = "、".join(values.get(s, s) for _, s, _ in known[1:])
            text = "\n".join(p[3] for _, _, p in known)
            sheet.add([n, known[0][2][0], parts, links, len(text), text])


def summary_sheet(sheet: Any, counts: dict[str, Counter[str]], top: dict[str, Counter[str]], folder: Path) -> None:
    """The summary sheet: coverage per issue, counts and most frequent names, every text through the same safe cells."""
    ws, language, report = sheet.ws, sheet.language, sheet.report
    values = VALUES[language]
    bold = Font(bold=True)
    for letter, width in zip("ABCDEF", (28, 12, 12, 12, 12, 16)):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A2"
    print_setup(ws, language)
    sheet.start(folder)
    row = 0

    def put(cells: list[Any]) -> None:
        nonlocal row
        row += 1
        ws.append([sheet.styled(v, "percent", "0.0%") if isinstance(v, float) else sheet.cell(v, row, k)
                   for k, v in enumerate(cells)])

    def title(text: str) -> None:
        nonlocal row
        row += 1
        cell = WriteOnlyCell(ws, value=text)
        cell.font = bold
        ws.append([cell])

    title(HEADERS["summary"]["title"][language])
    found = issues()
    if found:
        title(HEADERS["summary"]["coverage"][language])
        put(HEADERS["summary"]["coverage_head"][language].split(" | "))
        for issue, members, c in found:
            put([issue or values["no_issue"], len(members), c.share(c.in_articles), c.share(c.noise),
                 c.share(c.unassigned), c.reviewed_share])
        put([])
    for key in ("status", "category", "label"):
        title(HEADERS["summary"][key][language])
        for name, n in counts[key].most_common():
            put([values.get(name, name), n])
        put([])
    for label in ("PER", "LOC", "ORG"):
        title(HEADERS["summary"][f"top_{label}"][language])
        for name, n in top[label].most_common(20):
            put([name, n])
        put([])
    for key, cells in (("truncated", report.truncated), ("replaced", report.replaced)):
        if cells:
            title(HEADERS["summary"][key][language])
            for where in list(cells):
                put([where])
