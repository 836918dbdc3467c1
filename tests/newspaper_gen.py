"""A generated newspaper issue for tests: pages with stories continued across pages, every note form, both scripts."""
from __future__ import annotations

import random
from dataclasses import dataclass

from jmreview.analysis.script import converter

TO_FORMS = ("（下转{p}版）", "（转{p}版）", "（下转第{n}版）", "（转第{cn}版）", "（下接{p}版）", "（续见{p}版）")
FROM_FORMS = ("（上接{p}版）", "（紧接{p}版）", "（接第{n}版）", "（上接第{cn}版）", "（续接{p}版）", "（承接{p}版）")
CN = "〇一二三四五六七八九"
WORDS = ("江门市", "侨乡", "新会区", "蓬江区", "台山市", "开平市", "鹤山市", "恩平市", "文化", "产业", "项目", "建设",
         "群众", "服务", "乡村", "振兴", "企业", "发展", "交通", "教育", "医疗", "生态", "旅游", "活动")


@dataclass
class Story:
    """A story continued from one page to another: where each part is."""

    title: str
    first_page: int
    then_page: int


def _body(rng: random.Random, n: int) -> list[str]:
    return ["　　" + "".join(rng.choice(WORDS) for _ in range(rng.randint(12, 20))) + "。" for _ in range(n)]


def make_issue(issue: str, seed: int, pages: int = 8, continued: int = 6) -> tuple[dict[str, str], list[Story]]:
    """Page texts by file name (`<issue>_A0N.txt`) and the continued stories they hold."""
    rng = random.Random(seed)
    texts: dict[int, list[str]] = {p: [] for p in range(1, pages + 1)}
    stories: list[Story] = []
    for k in range(continued):
        first = rng.randint(1, pages - 1)
        then = rng.randint(first + 1, pages)
        title = "".join(rng.sample(WORDS, 3)) + f"新篇章{k}"
        stories.append(Story(title, first, then))
    for p in range(1, pages + 1):
        lines = texts[p]
        for _ in range(rng.randint(1, 2)):   # ordinary stories
            lines += ["", "".join(rng.sample(WORDS, 3)) + "取得新进展", f"　　江门日报讯（记者/{rng.choice('李王张陈')}明）"
                      + "".join(rng.choice(WORDS) for _ in range(15)) + "。", *_body(rng, 3)]
    for k, story in enumerate(stories):
        to_form = TO_FORMS[k % len(TO_FORMS)]
        from_form = FROM_FORMS[(k * 5) % len(FROM_FORMS)]
        label_then, label_first = f"A{story.then_page:02d}", f"A{story.first_page:02d}"
        note_to = to_form.format(p=label_then, n=story.then_page, cn=CN[story.then_page])
        note_from = from_form.format(p=label_first, n=story.first_page, cn=CN[story.first_page])
        texts[story.first_page] += ["", story.title, "　　江门日报讯 " + "".join(rng.choice(WORDS) for _ in range(18))
                                    + "。", *_body(rng, 2), _body(rng, 1)[0] + note_to]
        repeated = [story.title] if k % 2 else []   # papers often repeat the headline after the note
        texts[story.then_page] += ["", note_from, *repeated, *_body(rng, 3), "（记者 李明）"]
    out: dict[str, str] = {}
    for p, lines in texts.items():
        text = "\n".join(lines).strip() + "\n"
        out[f"{issue}_A{p:02d}.txt"] = converter("s2t")(text) if p % 2 == 0 else text   # both scripts
    return out, stories
