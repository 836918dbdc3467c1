"""Simplified Chinese for the newspaper: issues and pages, continued stories, coverage, resolved dates (issue 14).

Part of the reviewed table of `translations.py` (merged into it there, context by context).
"""
from __future__ import annotations

ZH_NEWS: dict[str, dict[str, str]] = {
    "Actions": {
        "Accept the suggested continuation lin&k": "接受建议的续稿链接(&K)",
        "Reject the suggested continuation link": "拒绝建议的续稿链接",
        "Issue and &page of this file…": "本文件的期和版(&P)…",
        "Link to the &continuation…": "链接到续稿(&C)…",
        "Show the story &whole": "显示整篇稿件(&W)",
    },
    "Dialogs": {
        "File name patterns": "文件名模式",
        "Issue and page from file names (read before the usual patterns)": "从文件名读取期和版（先于内置模式）",
        "One regular expression a line, with the named groups y, m and d (the issue date) and/or page":
            "每行一个正则表达式，用命名分组 y、m、d（出版日期）和/或 page（版次）",
        "{pattern} is not a file name pattern: name the groups y, m and d (all three) and/or page.":
            "{pattern} 不是可用的文件名模式：请命名分组 y、m、d（三个都要）和/或 page。",
    },
    "IssueBars": {
        "In articles {a}%, noise {n}%, unassigned {u}%; reviewed {r}% of the text in articles":
            "在文章中 {a}%，噪声 {n}%，未归属 {u}%；文章文字已审 {r}%",
        "Progress per issue": "每期进度",
        "no issue": "未知期",
        "nothing unassigned": "无未归属",
        "reviewed {p}%": "已审 {p}%",
        "unassigned {p}%": "未归属 {p}%",
        "{issue} · {n} pages": "{issue} · {n} 版",
    },
    "Newspaper": {
        " ({status})": "（{status}）",
        "(no page)": "（无版次）",
        "Accept link": "接受链接",
        "Choose a file first.": "请先选择一个文件。",
        "Choose an article first.": "请先选择一篇文章。",
        "Continued story": "续稿",
        "Continues from {page}《{title}》": "续自 {page}《{title}》",
        "Continues in {page}《{title}》": "转至 {page}《{title}》",
        "Go to this part": "转到这一部分",
        "Issue and page of {name}": "{name} 的期和版",
        "Issue date": "出版日期",
        "Link to the continuation": "链接到续稿",
        "Link to the continuation {page}《{title}》": "链接到续稿 {page}《{title}》",
        "Link to the continuation…": "链接到续稿…",
        "Link with {page}《{title}》: {status}": "与 {page}《{title}》的链接：{status}",
        "No article on another page of this issue to link to.": "本期其他版面上没有可链接的文章。",
        "Not continued on another page.": "没有转到其他版面。",
        "Page": "版次",
        "Part {n} of {total} · {issue} page {page} · 《{title}》":
            "第 {n}/{total} 部分 · {issue} {page} 版 · 《{title}》",
        "Reject link": "拒绝链接",
        "Show the story whole": "显示整篇稿件",
        "The issue date is known": "已知出版日期",
        "The story whole: 《{title}》": "整篇稿件：《{title}》",
        "This article continues in:": "本文转至：",
        "This article has no suggested link to decide.": "本文没有待决定的建议链接。",
        "This article is not linked to another part.": "本文没有链接到其他部分。",
        "like A03 or 3": "如 A03 或 3",
        "{name}: issue {issue}, page {page}": "{name}：{issue} 期，{page} 版",
        "suggested": "建议", "accepted": "已接受", "rejected": "已拒绝",
    },
    "StoreMessages": {   # store.story_rules.LINK_RULES, json_news.PAGE_KEPT, database.OPENING["no_folder"]
        "article {first} continues in more than one article ({others}); a story is a chain: one continuation each way":
            "文章 {first} 转至不止一篇文章（{others}）；一篇稿件是一条链：前后各只有一个续接",
        "articles {others} all continue in article {then}; a story is a chain: one continuation each way":
            "文章 {others} 都转至文章 {then}；一篇稿件是一条链：前后各只有一个续接",
        "the links of articles {chain} make a circle; a story is a chain, with a first part and a last":
            "文章 {chain} 的链接 首尾相连成了一个环；一篇稿件是一条链，有头有尾",
        "the link article {first} → article {then} is given more than once ({statuses}); say each link once":
            "文章 {first} → 文章 {then} 的链接出现了不止一次（{statuses}）；每个链接只能写一次",
        "the link article {first} → article {then} joins two issues ({one}, {other}); a story continues within one "
        "issue": "文章 {first} → 文章 {then} 的链接跨越了两期（{one}、{other}）；稿件只在同一期内续接",
        "article {first} cannot continue in article {then}: article {then} already leads to article {first} "
        "({chain}), so the story would be a circle; nothing was changed":
            "文章 {first} 不能转至文章 {then}：文章 {then} 已经续接到文章 {first}（{chain}），稿件会首尾相连成环；"
            "没有任何改动",
        "article {first} already continues in article {other}; reject that link first; nothing was changed":
            "文章 {first} 已经转至文章 {other}；请先拒绝那个链接；没有任何改动",
        "article {other} already continues in article {then}; reject that link first; nothing was changed":
            "文章 {other} 已经转至文章 {then}；请先拒绝那个链接；没有任何改动",
        "{name} cannot move to issue {issue}: its link article {first} → article {then} would join two issues (a "
        "story continues within one issue); reject or unlink it first; nothing was changed":
            "{name} 不能改到 {issue} 期：它的链接 文章 {first} → 文章 {then} 会跨越两期（稿件只在同一期内续接）；"
            "请先拒绝或取消该链接；没有任何改动",
        "article {id} is in {editor}'s review copy of {name}: a story links articles of the corpus, never those of a "
        "review copy; nothing was changed":
            "文章 {id} 属于 {editor} 对 {name} 的复审副本：续稿只链接语料中的文章，不能链接复审副本中的文章；"
            "没有任何改动",
        "its issue and page were set by hand here ({issue} {page}); the file says {file_issue} {file_page}: left as "
        "it is": "它的期和版是在这里人工设置的（{issue} {page}）；文件中为 {file_issue} {file_page}：保持不变",
        "{path} cannot be opened: the folder {folder} does not exist; create it, or choose another place":
            "无法打开 {path}：文件夹 {folder} 不存在；请先创建它，或另选位置",
    },
    "Panels": {
        "Filter by what is left unassigned": "按未归属筛选",
        "Nothing left unassigned": "无未归属",
        "Still unassigned": "仍有未归属",
    },
    "TableModels": {
        "Issue": "期", "Page": "版", "Unassigned": "未归属", "Resolved day": "解析日期", "⚠ unresolved": "⚠ 未能解析",
    },
    "History": {
        "Set a file's issue and page": "设置文件的期和版", "Link the parts of a story": "链接续稿",
        "Accept or reject a link": "接受或拒绝续稿链接", "Unlink the parts of a story": "取消续稿链接",
        "{name}: issue {issue}, page {page}": "{name}：{issue} 期，{page} 版",
        "《{first}》 continues in 《{then}》": "《{first}》转至《{then}》",
        "Link 《{first}》 to 《{then}》: {status}": "《{first}》与《{then}》的续稿链接：{status}",
        "Unlink 《{first}》 from 《{then}》": "取消《{first}》与《{then}》的续稿链接",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_NEWS.items():
        table.setdefault(context, {}).update(strings)


def news_strings() -> dict[str, set[str]]:
    """Strings of the newspaper the window translates through tables rather than literals, by context."""
    from jmreview.exchange.json_news import PAGE_KEPT
    from jmreview.gui.news import STATUS_WORDS
    from jmreview.store.story_rules import LINK_RULES

    return {"Newspaper": set(STATUS_WORDS.values()), "StoreMessages": {*LINK_RULES.values(), PAGE_KEPT}}
