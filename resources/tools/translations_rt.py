"""Simplified Chinese for the round trips: annotation formats in the export dialog, importing annotations and an
edited workbook (issue 15).

Part of the reviewed table of `translations.py` (merged into it there, context by context); the
English sources of the core's messages are the templates of `jmreview.exchange.xlsx_read.PROBLEMS`,
`jmreview.exchange.xlsx_changes.CHANGES` and `jmreview.exchange.annotations_in.NOTES`.
"""
from __future__ import annotations

ZH_RT: dict[str, dict[str, str]] = {
    "ExportDialog": {
        "Entities: CoNLL BIO by character (.bio)": "实体：CoNLL BIO，逐字 (.bio)",
        "Entities: brat standoff (.zip)": "实体：brat 标注 (.zip)",
        "Entities: spaCy JSONL (.jsonl)": "实体：spaCy JSONL (.jsonl)",
        "Entities: Label Studio tasks (.json)": "实体：Label Studio 任务 (.json)",
        "Entities: doccano JSONL (.jsonl)": "实体：doccano JSONL (.jsonl)",
        "Script (Excel, entities)": "字体（Excel、实体）",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_RT.items():
        table.setdefault(context, {}).update(strings)


def rt_strings() -> dict[str, set[str]]:
    """The core's messages of the round trips that the window translates, by context."""
    return {}
