"""Simplified Chinese for team work: "my work", double review and the curation view (issue 16).

Part of the reviewed table of `translations.py` (merged into it there, context by context).
"""
from __future__ import annotations

ZH_TEAM: dict[str, dict[str, str]] = {
    "Actions": {
        "&Curate double review…": "裁定双人审校(&C)…",
        "&Assign pages and double review…": "分配版面与双人审校(&A)…",
    },
    "History": {
        "Give pages to an editor": "分配版面给编辑", "Take pages back from an editor": "从编辑收回版面",
        "Mark for double review": "标为双人审校", "Curation": "裁定",
        "Give {n} pages to {editor}": "将 {n} 个版面分配给 {editor}",
        "Take {n} pages back from {editor}": "从 {editor} 收回 {n} 个版面",
        "Double review by {a} and {b}": "由 {a} 和 {b} 双人审校",
        "Curation: both reviewers agree": "裁定：两位审校意见一致", "Curation: {kind} → {side}": "裁定：{kind}，{side}",
    },
    "TeamDialog": {
        "Assign pages and double review": "分配版面与双人审校",
        "This page ({name})": "本版（{name}）",
        "Every page of its issue, {date} ({n})": "本期全部版面，{date}（{n} 个）",
        "Every page the file list shows ({n})": "文件列表显示的全部版面（{n} 个）",
        "Pages": "版面", "Editor": "编辑", "Second reviewer": "第二位审校",
        "Give to the editor": "分配给该编辑", "Take back from the editor": "从该编辑收回",
        "Double review by both": "交两位编辑双人审校",
        "No page is shown: the commands act on the pages of the file list.":
            "没有显示版面：命令作用于文件列表中的版面。",
        "{state} by {a} and {b}": "{state}（{a} 和 {b}）",
        "{page}: given to {who}; {state}.": "{page}：已分配给 {who}；{state}。",
        "nobody": "无人",
        "not under double review": "未进行双人审校", "under double review": "双人审校中", "being curated": "裁定中",
        "curated": "已裁定",
        "Give {n} pages to {editor}": "将 {n} 个版面分配给 {editor}",
        "Take {n} pages back from {editor}": "从 {editor} 收回 {n} 个版面",
        "Double review of {page} by {a} and {b}": "{page} 由 {a} 和 {b} 双人审校",
        "{n} pages marked for double review by {a} and {b}": "已将 {n} 个版面标为由 {a} 和 {b} 双人审校",
        "{n} of {total} pages marked for double review by {a} and {b}; the rest were not":
            "{total} 个版面中已有 {n} 个标为由 {a} 和 {b} 双人审校；其余的没有标记",
        " and ": " 和 ", "Marking pages for double review…": "正在标记双人审校的版面……", "Stop": "停止",
        "Marking pages for double review… {n} of {total}": "正在标记双人审校的版面……（{total} 个中的第 {n} 个）",
        "{page} is under double review by {editors}: it is corrected on their review copies (My work) and written "
        "here by curation (Ctrl+Alt+U)": "{page} 正由 {editors} 双人审校：请在复审副本上修改（我的任务），"
                                          "裁定后写入本版（Ctrl+Alt+U）",
    },
    "Panels": {
        "My work": "我的任务",
        "Only the pages given to you, each as your review copy when it is under double review":
            "只显示分配给您的版面；双人审校中的版面显示您自己的复审副本",
    },
    "TableModels": {
        "{name} (my review copy)": "{name}（我的复审副本）",
    },
    "Curation": {
        "The differences could not be read: {why}": "无法读取两份副本的分歧：{why}",
        "Curation": "裁定",
        "This page is not under double review by two editors.": "本版没有由两位编辑进行双人审校。",
        "Take A": "采用 A", "Take B": "采用 B", "Keep the page as I edited it": "保留我在本版上的修改",
        "Next unsettled": "下一处未裁定",
        "{page}: A = {a}, B = {b}; {left} of {n} differences unsettled":
            "{page}：A = {a}，B = {b}；{n} 处分歧中 {left} 处未裁定",
        "{page}: A = {a}, B = {b}; every difference settled": "{page}：A = {a}，B = {b}；分歧已全部裁定",
        "Agreement: boundaries F1 {b}, roles F1 {r} (kappa {k}), entities F1 {e}":
            "一致性：分篇 F1 {b}，行身份 F1 {r}（kappa {k}），实体 F1 {e}",
        "line": "行", "noise": "噪声", "This page": "本版（现为）",
        "Curation: {kind} at line {line} → {side}": "裁定：第 {line} 行的{kind}，{side}",
        "Article boundaries": "分篇", "Role": "行身份", "Join": "接续", "Duplicate": "重复",
        "Title and fields": "标题与字段", "Entity": "实体",
        "{page}: neither A = {a} nor B = {b} has decided anything on their copy yet (each is as the page was given "
        "to them): wait for their review; Alt+Left (or Alt+Right) would end a review nobody did":   # run 55 B11
            "{page}：A = {a} 和 B = {b} 都还没有在各自的副本上做任何决定（副本与交给他们时一样）：请等他们审校；"
            "现在按 Alt+Left（或 Alt+Right）会结束一次没有人做过的审校",
        "{page}: A = {a}, B = {b} agree on everything: Alt+Left (or Alt+Right) writes their answer onto the page "
        "and ends its review":
            "{page}：A = {a}，B = {b} 意见完全一致：按 Alt+Left（或 Alt+Right）把他们的答案写入本版，结束双人审校",
        "Curation: both reviewers agree": "裁定：两位审校意见一致",
        "unsettled": "未裁定", "took A": "采用 A", "took B": "采用 B", "own answer": "自定答案",
        "Title": "标题", "Kicker": "引题", "Subtitle": "副题", "Category": "类别", "Reporters": "记者",
        "Correspondents": "通讯员", "Photographers": "摄影", "Sources": "供稿", "Date": "日期", "Status": "状态",
        "Flag": "复审标记", "automatic": "自动", "in review": "审校中", "reviewed": "已审", "rejected": "退回",
    },
    "StoreMessages": {
        "double review needs two different editors (given: {names}); nothing was changed":
            "双人审校需要两位不同的编辑（所给：{names}）；没有任何改动",
        "{name} is not an editor's name (1 to 100 characters, no line break nor other control or invisible "
        "character); nothing was changed":
            "{name} 不是编辑的名字（1 到 100 个字符，不能有换行或其他控制字符、不可见字符）；没有任何改动",
        "{name} is under double review by {editors}: it is corrected on their review copies and written here by "
        "curation (File → Curate double review); nothing was changed":
            "{name} 正由 {editors} 双人审校：请在他们的复审副本上修改，裁定后再写入本版（文件 → 裁定双人审校）；"
            "没有任何改动",
        "{editor} reviews {page}, which is under double review and not curated yet: taking it back would take her "
        "review copy out of her work; curate the page first (or undo its marking); nothing was changed":
            "{editor} 正在审校 {page}，该版面处于双人审校中、尚未裁定：收回它会把她的复审副本从她的任务中拿走；"
            "请先裁定该版面（或撤销其标记）；没有任何改动",
        "{page} is already under double review by {editors}, not curated yet: curate it first (or undo that marking) "
        "before giving it to another pair; nothing was changed":
            "{page} 已由 {editors} 进行双人审校，尚未裁定：请先裁定（或撤销那次标记），再交给另一对编辑；没有任何改动",
        "{page} was replaced by a new version a moment ago (someone imported it meanwhile): nothing was changed; do "
        "it again, on the new version":   # run 52 B11
            "{page} 刚刚被新版本替换（有人在此期间导入了它）：未做任何改动；请再做一次，这次会用新版本",
        "file {id} is not a current page of the corpus; nothing was changed":
            "文件 {id} 不是语料中的当前版面；没有任何改动",
        "“{summary}” changed several pages, and {name} is now under double review by {editors}: it is undone whole "
        "or not at all; undo the marking for double review first (or correct the other pages one by one); nothing "
        "was changed":
            "“{summary}”改动了多个版面，而 {name} 现正由 {editors} 双人审校：这项修改只能整体撤销；"
            "请先撤销双人审校的标记（或逐个修改其他版面）；没有任何改动",
        "“{summary}” cannot be redone: {key} of {name} was settled again since it was undone (by {who}); look at it "
        "again; nothing was changed":
            "“{summary}”无法重做：撤销之后，{name} 的 {key} 已由 {who} 重新裁定；请再看一遍；没有任何改动",
        "“{summary}” cannot be redone: the first decision on {name} is undone, so the page is under double review "
        "again; redo that one first (or settle this difference anew); nothing was changed":
            "“{summary}”无法重做：{name} 的第一个裁定已撤销，版面又回到双人审校；请先重做那一个（或重新裁定此处分歧）；"
            "没有任何改动",
        "“{summary}” cannot be undone: {name} was sent to a new round of double review since, which set this "
        "decision aside with the rest of its round (undoing that marking brings them back); nothing was changed":
            "“{summary}”无法撤销：此后 {name} 已进入新一轮双人审校，这个裁定和同一轮的其他裁定一起被搁置了"
            "（撤销那次标记就能把它们恢复）；没有任何改动",   # run 55 B10
        "“{summary}” cannot be undone: you settled {key} of {name} anew since, elsewhere (the command line or another "
        "window: taking {taken}); that later decision stands — to change it, take the difference again; nothing was "
        "changed":   # run 55 B5
            "“{summary}”无法撤销：此后你在别处（命令行或另一个窗口）重新裁定了 {name} 的 {key}（采用 {taken}）；"
            "那个较晚的裁定仍然有效——要改变它，请重新裁定这处分歧；没有任何改动",
        "“{summary}” cannot be undone: {who} settled {key} of {name} anew since (taking {taken}); that decision is "
        "theirs and stands; nothing was changed":   # run 52 B12
            "“{summary}”无法撤销：此后 {who} 重新裁定了 {name} 的 {key}（采用 {taken}）；那是对方的裁定，仍然有效；"
            "没有任何改动",
        "“{summary}” cannot be undone: {n} other differences of {name} were settled after it (the page would be "
        "under double review again with those decisions standing); undo those first; nothing was changed":
            "“{summary}”无法撤销：此后 {name} 又有 {n} 处分歧已裁定（撤销后版面会回到双人审校，而那些裁定仍然有效）；"
            "请先撤销那些裁定；没有任何改动",
        "“{summary}” cannot be undone: {n} other differences of {name} were settled after it, by {who} (the page "
        "would be under double review again with those decisions standing); to change this decision, take the "
        "difference again (in the curation view, or `jmreview curate --take KEY=a|b --again`); nothing was "
        "changed":   # run 54 B18
            "“{summary}”无法撤销：此后 {who} 又裁定了 {name} 的 {n} 处分歧（撤销后版面会回到双人审校，"
            "而那些裁定仍然有效）；要改变这个裁定，请重新裁定这处分歧（在裁定视图中，或用 "
            "`jmreview curate --take KEY=a|b --again`）；没有任何改动",
        "“{summary}” cannot be redone: the reviewers changed their copies of {name} since this decision; "
        "settle it again; nothing was changed":
            "“{summary}”无法重做：此决定之后，审校人又修改了 {name} 的审校副本；请重新裁定；没有任何改动",
        "{name}: its lines in the database are not the lines of its text (another program changed them), so its "
        "automatic articles are not redone; left as it is (jmreview doctor names what changed)":   # run 34 A41
            "{name}：数据库中它的各行与它文字中的各行不一致（别的程序改动过），所以不重新生成它的自动文章；保持原样"
            "（jmreview doctor 会指出改动了什么）",
        "{name} is under double review by {editors}: its automatic articles are not redone; left as it is":
            "{name} 正由 {editors} 双人审校：不重做其自动分出的文章；保持原样",
        "{name} is being curated from the double review by {editors}: its automatic articles are not redone; left "
        "as it is": "{name} 正在根据 {editors} 的双人审校进行裁定：不重做其自动分出的文章；保持原样",
        "{name} was curated by a double review ({editors}): its answers are the curator's decisions, so its "
        "automatic articles are not redone; left as it is":
            "{name} 已经过双人审校（{editors}）的裁定：其中的答案是裁定人的决定，因此不重做其自动分出的文章；保持原样",
        "{name} is a review copy whose page's curation has begun (or ended): the curator decides on what it says, so "
        "it is not redone; left as it is":
            "{name} 是复审副本，其版面的裁定已经开始（或已结束）：裁定人依据它的内容作决定，因此不重做；保持原样",
        "{who} is one of the two reviewers of {name}: another editor curates it (a decision freezes both review "
        "copies, the other reviewer's too); nothing was changed":
            "{who} 是 {name} 的两位复审人之一：应由另一位编辑裁定"
            "（一经裁定，两份复审副本都会冻结，另一位复审人的也一样）；没有任何改动",
        "{editor}'s review copy of {page} is still in the database, but not under the page (another program moved "
        "it): nothing was changed; `jmreview doctor` names it — restore a backup, or put it back":   # run 32 B5
            "{editor} 的 {page} 复审副本还在数据库里，但已不在该版面之下（另一个程序移动了它）：没有任何改动；"
            "`jmreview doctor` 会指出它——请恢复备份，或把它放回去",
        "{name} has no two review copies to curate; mark it for double review first":
            "{name} 没有两份可裁定的复审副本；请先将其标为双人审校",
        "{name} is under double review, but {n} of its two review copies is left (another program moved or deleted "
        "one): nothing can be curated; mark it for double review again by the same two editors (the lost copy is "
        "made anew from the page, the other kept), or restore a backup; `jmreview doctor` names the copy":   # r34 B47
            "{name} 正在双人审校，但两份复审副本只剩 {n} 份（另一个程序移走或删除了一份）：无法裁定；"
            "请由同样的两位编辑重新标记双人审校（丢失的副本会从本版重新生成，另一份保留），或恢复备份；"
            "`jmreview doctor` 会指出是哪一份",
        "{name}: there is no difference “{key}” between the review copies of {a} and {b} (they changed since, or "
        "the page went to a new round of double review: list its differences again); nothing was changed":   # run 58
            "{name}：{a} 和 {b} 的审校副本之间没有分歧“{key}”（副本此后改过了，或者本版已进入新一轮双人审校："
            "请重新列出它的分歧）；没有任何改动",
        "{name}: the answers for “{key}” changed since they were shown (a reviewer or an editor changed them); look "
        "at them again; nothing was changed":
            "{name}：“{key}”的答案在显示之后被改动了（某位审校或编辑改了它们）；请重新查看；没有任何改动",
        "{name}: “{key}” was settled, and the page's answer has been corrected since ({page}): a new take would "
        "replace that correction; look at it in the window's curation view, or correct the page itself; nothing was "
        "changed":
            "{name}：“{key}”已经裁定，而此后版面上的答案又被修改过（{page}）：再次裁定会覆盖那次修改；"
            "请在窗口的裁定视图中查看，或直接修改版面；没有任何改动",
        "{name}: {who} settled “{key}” since it was shown (taking {whose}'s answer); look at it again; nothing was "
        "changed": "{name}：在显示之后，{who} 已裁定“{key}”（采用 {whose} 的答案）；请重新查看；没有任何改动",
        "{name}: the reviewers differ in {n} places (or its curation has begun): settle each difference; nothing was "
        "changed": "{name}：两位审校有 {n} 处分歧（或裁定已经开始）：请逐处裁定；没有任何改动",
        "{name}: this review copy's page was curated, so the review is over and the copy is no longer read; "
        "correct the page itself; nothing was changed":
            "{name}：这份复审副本的版面已经裁定，复审已结束，副本不再被采用；请直接修改版面本身；没有任何改动",
        "{name}: the curation of this review copy's page has begun, so the copy is no longer corrected (the curator "
        "decides on what it said); tell the curator, who can write it as their own answer; nothing was changed":
            "{name}：这份复审副本的版面已开始裁定，副本不再修改（裁定依据的是它原来的内容）；"
            "请告诉裁定人，由其作为自己的答案写入；没有任何改动",
        "“{value}” is not an answer for {key}: a role difference takes a role (kicker, headline, subheadline, "
        "byline, subhead, caption, note, body); nothing was changed":
            "“{value}”不是 {key} 的有效答案：角色分歧只能填角色（kicker 引题、headline 标题、subheadline 副题、"
            "byline 署名、subhead 小标题、caption 图片说明、note 附注、body 正文）；没有任何改动",
        "“{value}” is not an answer for {key}: an entity difference takes one of the database's labels (PER, LOC, "
        "ORG, DATE…) or nothing, to have no entity there; nothing was changed":
            "“{value}”不是 {key} 的有效答案：实体分歧只能填本数据库已有的标签（PER、LOC、ORG、DATE 等），"
            "或留空表示此处没有实体；没有任何改动",
        "“{value}” is not an answer for {key}: this difference takes a, b, or own with no value (the page's own "
        "answer, as the curator corrected it); nothing was changed":
            "“{value}”不是 {key} 的有效答案：这类分歧只能选 a、b，或不带值的 own（采用版面自己的答案，"
            "即裁定人改好的样子）；没有任何改动",
        # exchange.json_team.TEAM_LEFT: a snapshot applied to a database that holds a corpus
        "the team work this file holds ({copies} review copies, {assignments} assignments, {decisions} curation "
        "decisions) is restored only into an empty database: left as it is here":
            "此文件中的团队工作（{copies} 份复审副本、{assignments} 项分配、{decisions} 项裁定）只在恢复到空数据库时"
            "才会还原：此处保持原样",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_TEAM.items():
        table.setdefault(context, {}).update(strings)


def team_strings() -> dict[str, set[str]]:
    """Strings of team work the window translates through tables rather than literals, by context."""
    from jmreview.exchange.json_team import TEAM_LEFT
    from jmreview.gui.curation_view import KINDS, SETTLED
    from jmreview.gui.team_dialog import STATES
    from jmreview.store.curation import CURATION
    from jmreview.store.curation_redo import (
        COPIES_CHANGED,
        DECIDED_BY_OTHERS,
        DECIDED_SINCE,
        FIRST_UNDONE,
        NEW_ROUND,
        REPLACED_BY_SELF,
        REPLACED_SINCE,
        SETTLED_AGAIN,
    )
    from jmreview.store.review_guard import MANY_PAGES
    from jmreview.store.team import TEAM
    from jmreview.workflows.automation import LEFT

    return {"Curation": {*KINDS.values(), *SETTLED.values()},
            "StoreMessages": {*TEAM.values(), *CURATION.values(), TEAM_LEFT, COPIES_CHANGED, DECIDED_SINCE,
                              DECIDED_BY_OTHERS, MANY_PAGES, FIRST_UNDONE, SETTLED_AGAIN, REPLACED_SINCE,
                              REPLACED_BY_SELF, NEW_ROUND, *LEFT.values()},
            "TeamDialog": set(STATES.values())}
