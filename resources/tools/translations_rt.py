"""Simplified Chinese for the round trips: annotation formats in the export dialog, importing annotations and an
edited workbook (issue 15).

Part of the reviewed table of `translations.py` (merged into it there, context by context); the
English sources of the core's messages are the templates of `jmreview.exchange.xlsx_read.PROBLEMS`,
`jmreview.exchange.xlsx_changes.CHANGES` and `jmreview.exchange.annotations_in.NOTES`.
"""
from __future__ import annotations

_AT = "sheet {sheet}, row {row}, column {column} ({header}): "
_AT_ZH = "工作表“{sheet}”第 {row} 行 {column} 列（{header}）："

ZH_RT: dict[str, dict[str, str]] = {
    "ExportDialog": {
        "Entities: CoNLL BIO by character (.bio)": "实体：CoNLL BIO，逐字 (.bio)",
        "Entities: brat standoff (.zip)": "实体：brat 标注 (.zip)",
        "Entities: spaCy JSONL (.jsonl)": "实体：spaCy JSONL (.jsonl)",
        "Entities: Label Studio tasks (.json)": "实体：Label Studio 任务 (.json)",
        "Entities: doccano JSONL (.jsonl)": "实体：doccano JSONL (.jsonl)",
        "Script (Excel, entities)": "字体（Excel、实体）",
    },
    "Actions": {
        "Import an edited E&xcel workbook…": "导入修改过的 Excel(&X)…",
        "Import entity &annotations…": "导入实体标注(&A)…",
    },
    "RoundTrips": {
        "Annotations (*.json *.jsonl *.bio *.conll *.txt)": "标注文件 (*.json *.jsonl *.bio *.conll *.txt)",
        "As decisions (accepted)": "作为决定（已接受）",
        "As suggestions": "作为建议",
        "Changes in {name}": "{name} 中的修改",
        "Excel workbook (*.xlsx)": "Excel 工作簿 (*.xlsx)",
        "How should the entities of {file} be taken?": "{file} 中的实体按什么处理？",
        "Import an edited workbook": "导入修改过的 Excel",
        "Import entity annotations": "导入实体标注",
        "Import {file}": "导入 {file}",
        "Left as they are": "保持原样",
        "{file} changes nothing.": "{file} 没有任何修改。",
        "{file} was not imported; nothing was changed:": "{file} 没有导入，数据库没有任何改动：",
        "{n} articles changed from {file}": "已按 {file} 修改 {n} 篇文章",
        "…and {n} more": "……另有 {n} 处",
        "《{title}》 changed while its changes were shown; nothing was imported — import the workbook again":
            "显示修改期间《{title}》又被改动；没有导入任何内容——请重新导入该工作簿",
        "{n} changes in {a} articles. Nothing is written until you press OK; one undo takes them all back.":
            "{a} 篇文章共 {n} 处修改。按“确定”才会写入；撤销一次即可全部恢复。",
        "{m} of {n} documents matched ({i} by id, {t} by text): {a} entities added, {c} accepted, {r} relabelled, "
        "{j} rejected": "{n} 篇文档中 {m} 篇已对应（按编号 {i} 篇，按文字 {t} 篇）：新增实体 {a} 个，接受 {c} 个，"
                        "改标签 {r} 个，拒绝 {j} 个",
    },
    "StoreMessages": {
        "{file} is not a workbook jmreview can read ({detail})": "{file} 不是 jmreview 能读取的工作簿（{detail}）",
        "the workbook has no sheet “{sheet}” (renamed or deleted?)": "工作簿中没有工作表“{sheet}”（被改名或删除了？）",
        "sheet {sheet}, row 1, column {column}: “{found}” where “{expected}” belongs (columns moved, added or "
        "deleted?)": "工作表“{sheet}”第 1 行 {column} 列：应为“{expected}”，却是“{found}”（列被移动、插入或删除了？）",
        _AT + "“{value}” is not an id of this database": _AT_ZH + "“{value}”不是本数据库的编号",
        _AT + "article {value} is on row {other} too": _AT_ZH + "文章 {value} 在第 {other} 行也有",
        _AT + "“{value}” is not a label (the labels are {allowed})": _AT_ZH + "“{value}”不是标签（标签有：{allowed}）",
        _AT + "“{value}” is not one of {allowed}": _AT_ZH + "“{value}”不在可选值之中：{allowed}",
        _AT + "“{value}” is not a date (write it as 2024-03-01)": _AT_ZH + "“{value}”不是有效日期（请写成 2024-03-01）",
        _AT + "“{value}” is not the version jmreview wrote there (a hidden column: leave it as it is)":
            _AT_ZH + "“{value}”不是 jmreview 写入的版本号（这是隐藏列，请勿修改）",
        "sheet {sheet}, row {row}: an entity row without jmreview's ids (added by hand?) — a workbook cannot add "
        "entities; label them in the window": "工作表“{sheet}”第 {row} 行：实体行没有 jmreview 的编号（手工添加的？）"
                                              "——工作簿不能新增实体，请在窗口中标注",
        "article {id} 《{title}》": "文章 {id}《{title}》",
        "{field}: “{old}” → “{new}”": "{field}：“{old}” → “{new}”",
        "entity “{text}” ×{n}: label {old} → {new}": "实体“{text}” ×{n}：标签 {old} → {new}",
        "entity “{text}” ×{n}: {old} → {new}": "实体“{text}” ×{n}：{old} → {new}",
        "entity “{text}” ×{n}: row deleted → rejected": "实体“{text}” ×{n}：行已删除 → 退回",
        "article {id} 《{title}》 was changed here after the export (version {here}, the workbook has {theirs}); "
        "left as it is": "文章 {id}《{title}》在导出后又在这里修改过（版本 {here}，工作簿中为 {theirs}）；保持原样",
        "article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is":
            "文章 {id}《{title}》：导出后其版面已被新版本替换；保持原样",
        "sheet {sheet}, row {row}: article {id} is not on sheet {articles}; its entity row was left as it is":
            "工作表“{sheet}”第 {row} 行：文章 {id} 不在工作表“{articles}”中；该实体行保持原样",
        "{file}: line {line} is not JSON ({detail}); nothing was imported":
            "{file}：第 {line} 行不是 JSON（{detail}）；没有导入任何内容",
        "{file} is neither Label Studio tasks, doccano or spaCy JSONL nor a BIO file; nothing was imported":
            "{file} 既不是 Label Studio 任务、doccano 或 spaCy JSONL，也不是 BIO 文件；没有导入任何内容",
        "document {doc}: the span {start}–{end} does not fit its text; left out": "第 {doc} 篇文档：区间 {start}–{end} "
                                                                                 "与文字不符；已略过",
        "{file}: line {line}: “{text}” is not a character and a BIO tag; nothing was imported":
            "{file}：第 {line} 行“{text}”不是“字 标记”格式；没有导入任何内容",
        "document {doc}: article {id} is not in this database; left out":
            "第 {doc} 篇文档：本数据库中没有文章 {id}；已略过",
        "document {doc}: the text of article {id} is no longer the text in the file (changed here since); left out":
            "第 {doc} 篇文档：文章 {id} 的文字已与文件中的不同（之后在这里修改过）；已略过",
        "document {doc}: no article of this database has this text; left out":
            "第 {doc} 篇文档：本数据库中没有文字相同的文章；已略过",
        "document {doc}: label {label} is not a label of this database; its spans were left out":
            "第 {doc} 篇文档：{label} 不是本数据库的标签；这些区间已略过",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_RT.items():
        table.setdefault(context, {}).update(strings)


def rt_strings() -> dict[str, set[str]]:
    """The core's messages of the round trips that the window translates, by context."""
    from jmreview.exchange.annotations_in import NOTES
    from jmreview.exchange.xlsx_changes import CHANGES
    from jmreview.exchange.xlsx_read import PROBLEMS

    return {"StoreMessages": {*PROBLEMS.values(), *CHANGES.values(), *NOTES.values()}}
