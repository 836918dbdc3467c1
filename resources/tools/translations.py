"""Build the interface translations: resources/i18n/*.ts from the table below, then .qm with lrelease.

    python resources/tools/translations.py          # write .ts and compile .qm
    python resources/tools/translations.py --check  # list strings of the code with no translation

The table is the reviewed source of the Simplified Chinese interface. `--check` scans the
gui modules for tr("…") literals and the string tables they translate, so a new string
without a translation is caught (a test runs it).
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_cues import ZH_CUES, cue_strings  # noqa: E402  (cues, refusals, backup kinds: reviewed apart)
from translations_news import merge as merge_news  # noqa: E402  (the newspaper, issue 14: reviewed apart)
from translations_news import news_strings  # noqa: E402
from translations_rt import merge, rt_strings  # noqa: E402  (round trips with other tools: reviewed apart)
from translations_run8 import merge as merge_run8  # noqa: E402  (the eighth adversarial run, issue 10)
from translations_run8 import run8_strings  # noqa: E402
from translations_run20 import merge as merge_run20  # noqa: E402  (the twentieth and twenty-first runs, issue 10)
from translations_server import merge as merge_server  # noqa: E402  (the window on a server, issue 16)
from translations_server import server_strings  # noqa: E402
from translations_team import merge as merge_team  # noqa: E402  (double review and curation, issue 16)
from translations_team import team_strings  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "jmreview" / "gui"
TS = ROOT / "resources" / "i18n" / "jmreview_zh_CN.ts"
QM_DIR = ROOT / "jmreview" / "data" / "i18n"

ZH: dict[str, dict[str, str]] = {
    "Actions": {
        "Next automatic join or duplicate to chec&k": "下一处待检查的自动接续或重复(&K)",
        "Le&xicon…": "学到的词库(&X)…", "Apply what was lear&ned to the corpus…": "将学到的内容应用到整个语料(&N)…",
        "&File": "文件(&F)", "&Edit": "编辑(&E)", "&Article": "文章(&A)", "&Block": "行(&B)",
        "E&ntities": "实体(&N)",
        "&View": "视图(&V)", "&Help": "帮助(&H)",
        "&Import files…": "导入文件(&I)…", "Import &folder…": "导入文件夹(&F)…", "&Export…": "导出(&E)…",
        "&Quit": "退出(&Q)", "&Undo": "撤销(&U)", "&Redo": "重做(&R)",
        "&Find in page and corpus": "在本版和语料中查找(&F)", "&Settings…": "设置(&S)…",
        "&New article at this line": "从此行开始新文章(&N)", "Merge with &previous": "与上一篇合并(&P)",
        "Merge with &next": "与下一篇合并(&N)", "&Move lines to…": "移动行到(&M)…",
        "Mark &reviewed and go to next": "标为已审并转到下一篇(&R)", "Mark &in review": "标为审校中(&I)",
        "Mark re&jected": "标为退回(&J)", "Ne&xt article": "下一篇文章(&X)", "Pre&vious article": "上一篇文章(&V)",
        "Next &line": "下一行(&L)", "Previous l&ine": "上一行(&I)",
        "Mark as &noise / bring back": "标为噪声 / 恢复(&N)",
        "&Join to previous / undo join": "接续上一行 / 取消接续(&J)",
        "&Duplicate / clear": "标为重复 / 清除(&D)", "&Accept entity": "接受实体(&A)", "&Reject entity": "拒绝实体(&R)",
        "&Delete entity": "删除实体(&D)", "Accept all &suggestions": "接受全部建议(&S)",
        "Label all in &file": "在本文件中全部标注(&F)", "Label all in &corpus": "在整个语料中全部标注(&C)",
        "Show &Simplified": "显示简体(&S)",
        "&Normal text size": "正常文字大小(&N)", "&Larger text": "放大文字(&L)", "&Smaller text": "缩小文字(&S)",
        "&Keyboard shortcuts": "键盘快捷键(&K)", "&About jmreview": "关于 jmreview(&A)",
        "&Labels…": "标签(&L)…",
        "&Open database…": "打开数据库(&O)…",
        "Import corpus &JSON…": "导入语料 JSON(&J)…",
        "Restore a &backup…": "恢复备份(&B)…", "&Re-run automation on this file": "对本文件重新自动处理(&R)",
    },
    "App": {
        "Your corrections are recorded as {name}; change it in Edit → Settings":
            "您的修改将以“{name}”的名义记录；可在 编辑 → 设置 中更改",
        "{path} is too damaged to be read, even read-only ({detail}). Open it again and choose Restore the newest "
        "backup, or keep the file for a technician.":
            "{path} 损坏严重，连只读也无法读取（{detail}）。"
            "请重新打开它并选择“恢复最新的备份”，或保留该文件交给技术人员。",
        "{path} could not be read: the server said: {detail}. Nothing was changed; ask the database's administrator.":
            "无法读取 {path}：服务器的回答是：{detail}。没有任何改动；请联系数据库管理员。",
        "Cannot open the database": "无法打开数据库", "Word segmenter ready": "分词词典已就绪",
        "Database on a network drive": "数据库在网络驱动器上", "Open read-only": "以只读方式打开",
        "Restore the newest backup": "恢复最新的备份", "The database is damaged": "数据库已损坏",
        "{path} is on a network drive. Only one computer may open it at a time; copy it to this computer to work "
        "safely.": "{path} 在网络驱动器上。同一时间只能有一台电脑打开它；请复制到本机再工作。",
        "Opened with a warning": "已打开，但有警告",
    },
    "ArticleEditor": {
        "Title": "标题", "Kicker": "引题", "Subtitle": "副题", "Date": "日期", "Reporters": "记者",
        "Correspondents": "通讯员", "Photographers": "摄影", "Sources": "供稿", "Category": "类别", "Status": "状态",
        "Article text as read": "文章正文（按阅读顺序）", "Check: {why}": "请核对：{why}",
        "text changed in a new version of the file: check this article against the old one":
            "文件的新版本改动了这篇文章的文字：请与旧版本核对", "Edit {field}": "修改{field}", "Set status": "设置状态",
        "《{title}》: {field} → “{value}”": "《{title}》：{field}改为“{value}”",
        "《{title}》: {status}": "《{title}》：标为{status}",
        "《{old}》 was merged or made anew in another window while you typed: what you typed stays in the fields, now "
        "those of 《{new}》, which holds its lines — Return saves it there":
            "您输入时，《{old}》在另一个窗口中被合并或重新生成：您输入的内容仍留在字段中，现属于包含其各行的《{new}》"
            "——按回车即保存到这篇文章",
        "《{old}》 was removed in another window while you typed; what you typed could not be saved and is on the "
        "clipboard: {text}":
            "您输入时，《{old}》在另一个窗口中被删除；您输入的内容无法保存，已复制到剪贴板：{text}",
        "What you typed was not saved (you left the article without Return) and is on the clipboard: {text}":
            "您输入的内容没有保存（未按回车就离开了这篇文章），已复制到剪贴板：{text}",
    },
    "Corrections": {
        "Line {n}: role {role}": "第 {n} 行改为{role}", "Undo the join of line {n}": "取消第 {n} 行的接续",
        "《{title}》: {status}": "《{title}》：标为{status}", "Label “{text}” as {label}": "将“{text}”标注为 {label}",
        "Line {n}: noise": "第 {n} 行标为噪声", "Line {n}: back into an article": "第 {n} 行恢复到文章中",
        "Line {n}: duplicate of line {of}": "第 {n} 行标为第 {of} 行的重复",
        "Merge 《{gone}》 into 《{keep}》": "把《{gone}》并入《{keep}》",
        "“{text}” ({label}): {s}": "“{text}”（{label}）：{s}",
        "Delete entity “{text}” ({label})": "删除实体“{text}”（{label}）",
        "《{title}》: accept all suggestions": "《{title}》：接受全部建议",
        "“{text}”: label {label}": "“{text}”：标签改为 {label}", "“{text}”: {s}": "“{text}”：{s}",
        "Delete entity “{text}”": "删除实体“{text}”",
        "Put the cursor on a line of the page first.": "请先把光标放在版面的某一行上。",
        "Set role of line {n}": "设置第 {n} 行的角色", "Noise on line {n}": "第 {n} 行噪声",
        "Join line {n}": "接续第 {n} 行", "Clear duplicate on line {n}": "清除第 {n} 行的重复标记",
        "No earlier line of this article has the same text.": "本文章前面没有文字相同的行。",
        "Duplicate on line {n}": "第 {n} 行为重复", "New article at line {n}": "从第 {n} 行开始新文章",
        "There is no article to merge with.": "没有可合并的文章。", "Merge articles": "合并文章",
        "Select the lines to move in the page first.": "请先在版面中选中要移动的行。",
        "Move to article": "移动到文章", "Lines {a}–{b}: role {role}": "第 {a}–{b} 行改为{role}",
        "Move lines {lines} to 《{title}》": "把第 {lines} 行移到《{title}》", " (where they are now)": "（现在所在）",
        "Line {n}: {text}": "第 {n} 行：{text}", "… and {n} more lines": "……另有 {n} 行",
        "Move these {n} lines:\n{lines}\n\nto the article:": "移动这 {n} 行：\n{lines}\n\n到文章：",
        "Set status": "设置状态", "The selection is not inside an article.": "所选文字不在任何文章内。",
        "Label {label}": "标注为 {label}", "Change label": "更改标签",
        "Select text in the page, or an entity in the list, first.": "请先在版面中选中文字，或在列表中选中实体。",
        "Entity {s}": "实体{s}", "accepted": "已接受", "rejected": "已拒绝", "Delete entity": "删除实体",
        "Accept all suggestions": "接受全部建议", "Label all occurrences": "标注所有出现",
        "Label all “{t}” as {label}": "全部标注“{t}”为 {label}", "in the corpus": "在全部语料中",
        "in this file": "在本文件中",
        "“{t}” {where} labelled {label}: {added} added, {relabelled} relabelled, {accepted} accepted":
            "“{t}”{where}全部标注为 {label}：新增 {added} 处，改标 {relabelled} 处，接受 {accepted} 处",
    },
    "Crash": {
        "Unexpected error": "意外错误",
        "Something went wrong: {error}\n\nWhat was saved before stays saved; the change being made when this "
        "happened may not have been saved: check it. Details are in {log}.":
            "出错了：{error}\n\n此前已保存的内容都还在；出错时正在做的修改可能没有保存，请核对。详细信息在 {log}。",
    },
    "Dialogs": {
        "editor": "编辑",
        "Keyboard shortcuts": "键盘快捷键", "Command": "命令", "Keys": "按键", "About jmreview": "关于 jmreview",
        "jmreview {version}\nReview 江门日报 page dumps into a clean corpus.":
            "jmreview {version}\n把江门日报版面文本整理审校为干净的语料。",
        "Your name": "您的姓名", "Name recorded with your corrections:": "记录在您每次修改中的姓名：",
        "Sample pages": "示例版面", "This database is empty. Import the bundled sample pages to start?":
            "数据库是空的。要导入随附的示例版面开始吗？",
        "Settings": "设置", "Editor name": "编辑姓名", "Interface language": "界面语言",
        "Interface language (after restart)": "界面语言（重启后生效）", "Text size": "文字大小",
        "Text size (Ctrl+= / Ctrl+- / Ctrl+0)": "文字大小（Ctrl+= / Ctrl+- / Ctrl+0）",
    },
    "Jobs": {
        "a field does not fit jmreview's corpus format; the details say which":
            "其中有字段不符合 jmreview 的语料格式，详细信息中写明了是哪一处",
        "{file} was not imported: {reason}. Nothing was changed.": "{file} 没有导入：{reason}。数据库没有任何改动。",
        "{reason}. Nothing was changed.": "{reason}。数据库没有任何改动。",
        "Restored {n} articles of {files} files": "已从 {files} 个文件恢复 {n} 篇文章",
        "Applied {n} articles of {files} files": "已应用 {files} 个文件中的 {n} 篇文章",
        "; {n} left as they are": "；{n} 篇保持原样", "; {n} files not in this database": "；{n} 个文件不在本数据库中",
        "Characters a workbook cannot hold were replaced in:": "工作簿无法保存的字符已被替换（显示为替换符 U+FFFD）：",
        "Unexpected error: {error}. What was finished is kept; details are in {log}.":
            "意外错误：{error}。已完成的部分都已保存；详情见 {log}。",
        "Cancelled: the files done so far are kept.": "已取消：已完成的文件都已保存。", "Cancel": "取消",
        "Unexpected error: {error}. Nothing was exported: any previous file of that name is unchanged; details are "
        "in {log}.": "意外错误：{error}。没有导出任何内容：同名的原有文件保持不变；详情见 {log}。",
        "Cancelled: nothing was exported; any previous file of that name is unchanged.":
            "已取消：没有导出任何内容，同名的原有文件保持不变。",
        "Import": "导入", "{n} files imported, {a} articles.": "已导入 {n} 个文件，{a} 篇文章。",
        "Already there: {name}": "已存在：{name}", "Refused: {name}: {why}": "拒绝导入：{name}：{why}",
        "Already there as {where} (the same bytes): {name}": "已作为 {where} 导入（内容完全相同）：{name}",
        "Already there as {where} (the same text in another encoding or with other line breaks): {name}":
            "已作为 {where} 导入（文字相同，只是编码或换行不同）：{name}",
        "Importing…": "正在导入…", "Import folder": "导入文件夹", "Import page dumps": "导入版面文本",
        "Text files (*.txt);;All files (*)": "文本文件 (*.txt);;所有文件 (*)", "Export corpus": "导出语料",
        "JSON (*.json);;JSON lines (*.jsonl)": "JSON (*.json);;JSON 行 (*.jsonl)", "Export": "导出",
        "{n} articles written to {path}": "已写入 {n} 篇文章到 {path}", "Exporting…": "正在导出…",
        "Kept {k} articles decided by people, redid {r}.": "保留了 {k} 篇人工处理过的文章，重新处理了 {r} 篇。",
        "Re-run automation": "重新自动处理", "Re-running automation…": "正在重新自动处理…",
        "Cells cut at Excel's 32,767-character limit:": "超过 Excel 32,767 字上限而被截断的单元格：",
        "Import corpus JSON": "导入语料 JSON", "JSON (*.json)": "JSON (*.json)",
        "New versions of imported files": "已导入文件的新版本", "Flagged for review: {what}": "已标记待复审：{what}",
        "{names}: new versions of imported files change articles people worked on.":
            "{names}：已导入文件的新版本改动了人工处理过的文章。",
        "Not in this database: {name}": "不在本数据库中：{name}",
    },
    "ExportDialog": {
        "All articles": "全部文章", "Articles": "文章", "As in the source": "与原文相同", "Export": "导出",
        "Export corpus": "导出语料", "Format": "格式", "Simplified": "简体",
        "Include each file's source text (a complete backup)": "包含每个文件的原文（完整备份）",
        "Script (Excel)": "字体（Excel）", "Sheet language (Excel)": "表头语言（Excel）",
        "Excel workbook (.xlsx)": "Excel 工作簿 (.xlsx)", "JSON corpus (.json)": "JSON 语料 (.json)",
        "JSON lines (.jsonl)": "JSON 行 (.jsonl)", "corpus": "语料",
    },
    "LexiconWindow": {
        "kicker line": "引题行", "noise line": "噪声行", "Lexicon entry": "词库条目",
        "Suggest it (unchecked: never suggest it)": "建议它（不勾选：永不建议）", "Text": "文字", "Label": "标签",
        "Corrections": "更正次数", "Lexicon: what was learned from corrections": "词库：从更正中学到的内容",
        "Search the lexicon": "搜索词库", "Use": "用法", "Editors": "编辑", "Last": "最近", "Origin": "来源",
        "learned from corrections": "从更正中学到", "imported": "导入", "edited by hand": "人工修改",
        "&Add…": "添加(&A)…", "&Edit…": "修改(&E)…", "&Delete": "删除(&D)", "&Import…": "导入(&I)…",
        "E&xport…": "导出(&X)…", "Apply to the whole &corpus…": "应用到整个语料(&C)…", "all": "全部",
        "suggest": "建议", "never suggest": "永不建议", "cut this tail off": "去掉这个结尾",
        "learned pattern": "学到的规律",
        "pattern: cut this ending off suggestions": "规律：从建议中去掉这个结尾",
        "pattern: suggest names ending so": "规律：建议以此结尾的名称",
        "pattern: never suggest such names from {source}": "规律：不再建议{source}给出的这类名称",
        "the rules": "规则", "jieba": "结巴分词",
        "{n} entries": "{n} 条", "Choose an entry of the lexicon first.": "请先选择词库中的一个条目。",
        "Lexicon: add {text}": "词库：添加 {text}", "Lexicon: edit {text}": "词库：修改 {text}",
        "Lexicon: delete {text}": "词库：删除 {text}", "Import a lexicon": "导入词库",
        "Lexicon files (*.csv *.json)": "词库文件 (*.csv *.json)", "Not imported": "未导入",
        "Lexicon: import {name}": "词库：导入 {name}", "Export the lexicon": "导出词库", "Not exported": "未导出",
        "{n} entries written to {path}": "已将 {n} 条写入 {path}", "Nothing to apply": "没有可应用的内容",
        "What was learned is already applied everywhere automation may change.":
            "学到的内容已应用到自动处理可以改动的所有地方。",
        "Apply what was learned to the articles nobody has decided about?\n\n"
        "{added} suggestions added, {removed} taken away, {kickers} lines set to kicker, "
        "{noise} lines set to noise, in {articles} articles. One step: Ctrl+Z undoes it.":
            "将学到的内容应用到还没有人处理过的文章？\n\n"
            "新增 {added} 条建议，去掉 {removed} 条，{kickers} 行设为引题，{noise} 行设为噪声，"
            "涉及 {articles} 篇文章。一步完成：Ctrl+Z 可撤销。",
        "Apply what was learned": "应用学到的内容",
        "Apply what was learned ({n} changes)": "应用学到的内容（{n} 处改动）",
    },
    "LabelsDialog": {
        "&Add label…": "添加标签(&A)…", "Add label": "添加标签", "Colour": "颜色", "Edit label": "修改标签",
        "Hotkey (Ctrl+…)": "快捷键（Ctrl+…）", "Key used with Ctrl (a digit):": "与 Ctrl 同按的键（一个数字）：",
        "Label colour": "标签颜色", "Label hotkey": "标签快捷键", "Label title": "标签名称", "Labels": "标签",
        "Name": "代号", "Name (capital letters, e.g. EVT):": "代号（大写字母，如 EVT）：", "Title": "名称",
        "Title shown to editors:": "显示给编辑的名称：", "Title:": "名称：", "Label:": "标签：",
    },
    "Legend": {
        "Legend": "图例", "Legend:": "图例：", "↳ joined to the paragraph before": "↳ 与上一段接续",
        "duplicate (struck through, left out)": "重复（划掉，不计入正文）",
        "noise (in no article)": "噪声（不属于任何文章）",
        "tint: one article; rule: where it starts": "底色：同一篇文章；横线：文章开头",
        "dashed underline: a suggestion; solid: accepted": "虚下划线：建议；实下划线：已接受",
    },
    "MainWindow": {
        "Undone: {what}": "已撤销：{what}", "Redone: {what}": "已重做：{what}",
        "No automatic join or duplicate left to check after this line.": "此行之后没有待检查的自动接续或重复。",
        "{path} does not exist (any more): nothing was opened.": "{path} 不存在（或已被移走）：没有打开任何数据库。",
        "jmreview — {path}": "jmreview — {path}", "Undo history": "撤销历史", "<opened>": "<打开时>",
        "Ready": "就绪", "Not done": "未完成",
        "This page was replaced by a newer version of its file; you are now working on the new version":
            "此版面已被新版本文件替换，现在编辑的是新版本", "Line {n}: {cue}": "第 {n} 行：{cue}",
        "Every article is reviewed.": "所有文章都已审完。", "Label as {name} ({title})": "标注为 {name}（{title}）",
        "Role: {role}": "角色：{role}", "Open database": "打开数据库", "Recent databases": "最近的数据库",
        " (read-only)": "（只读）", "Backup:": "备份：", "Restore a backup": "恢复备份",
        "There is no backup of this database yet.": "这个数据库还没有备份。",
        "Updated with changes made in another window": "已显示另一个窗口所做的修改",
        "jmreview databases (*.sqlite3 *.db);;All files (*)": "jmreview 数据库 (*.sqlite3 *.db);;所有文件 (*)",
    },
    "PageView": {
        "Duplicate": "重复", "Line {n}: {cue}": "第 {n} 行：{cue}",
        "Joined to the paragraph before it (no line break in the article's text): {why}":
            "与上一段接续（文章正文中此处不换行）：{why}",
        "Duplicate of line {n}: left out of the article's text": "与第 {n} 行重复：不计入文章正文",
        "Set by automation: F7 goes to the next one to check, Ctrl+J / Ctrl+D change it":
            "由自动处理设定：按 F7 转到下一处待检查，Ctrl+J / Ctrl+D 修改",
        "Kicker": "引题", "Headline": "标题", "Subheadline": "副题", "Byline": "署名", "Subhead": "小标题",
        "Caption": "图说", "Note": "转版", "Body": "正文", "Noise": "噪声", "Page text": "版面文字",
    },
    "Panels": {
        "Files": "文件", "Articles": "文章", "Entities": "实体", "All": "全部", "Filter files": "筛选文件",
        "Filter by status": "按状态筛选", "Filter by category": "按类别筛选", "Filter by label": "按标签筛选",
    },
    "SearchPanel": {
        "Search (Simplified or Traditional)": "搜索（简体或繁体）", "Search": "搜索", "Whole corpus": "整个语料",
        "Search results": "搜索结果", "{n} results": "共 {n} 处", "first {n} results": "前 {n} 处",
        "{file} · line {n}": "{file} · 第 {n} 行",
    },
    "History": {
        "{kind} ({what})": "{kind}（{what}）",
        "Line {lines}: role {role}": "第 {lines} 行改为{role}", "Line {n}: noise": "第 {n} 行标为噪声",
        "Line {n}: back into an article": "第 {n} 行恢复到文章中", "Join line {n}": "接续第 {n} 行",
        "Undo the join of line {n}": "取消第 {n} 行的接续", "Clear duplicate on line {n}": "清除第 {n} 行的重复标记",
        "Line {n}: duplicate of line {of}": "第 {n} 行标为第 {of} 行的重复",
        "New article at line {n}": "从第 {n} 行开始新文章",
        "Merge 《{gone}》 into 《{keep}》": "把《{gone}》并入《{keep}》",
        "Move lines {lines} to 《{title}》": "把第 {lines} 行移到《{title}》",
        "《{title}》: {field} → “{value}”": "《{title}》：{field}改为“{value}”",
        "《{title}》: {status}": "《{title}》：标为{status}",
        "Label “{text}” as {label}": "将“{text}”标注为 {label}", "“{text}”: {values}": "“{text}”：{values}",
        "“{text}” ({label}): {values}": "“{text}”（{label}）：{values}",
        "label {label}": "标签改为 {label}", "role {role}": "身份改为 {role}", ", ": "，",
        "Delete entity “{text}” ({label})": "删除实体“{text}”（{label}）",
        "《{title}》: accept all suggestions": "《{title}》：接受全部建议",
        "Label all “{text}” as {label}": "全部标注“{text}”为 {label}",
        "Add label {name} ({title})": "添加标签 {name}（{title}）",
        "Edit label {name}": "修改标签 {name}", "back to a suggestion": "改回建议", "accepted": "已接受",
        "rejected": "已拒绝",
        "Set a line's role": "设置行的角色", "Noise / back into an article": "标为噪声 / 恢复", "Join": "接续",
        "Duplicate mark": "重复标记", "New article": "新建文章", "Merge articles": "合并文章", "Move lines": "移动行",
        "Edit a field": "修改字段", "Set status": "设置状态", "Add an entity": "添加实体",
        "Change an entity": "修改实体",
        "Delete an entity": "删除实体", "Accept all suggestions": "接受全部建议", "Label every occurrence": "全部标注",
        "Add a label": "添加标签", "Edit a label": "修改标签", "Import corpus JSON": "导入语料 JSON",
    },
    "StoreMessages": {
        "{path} is open read-only: the disk holding it is full; free some space to make changes":
            "{path} 以只读方式打开：它所在的磁盘已满；请腾出一些空间后才能修改。",
        "{path} is open read-only: its backups folder {folder} is a link that leads nowhere (or to itself); remove "
        "that link (a new folder is made) or point it at a folder to make changes":
            "{path} 以只读方式打开：它的备份文件夹 {folder} 是一个无处可达（或指向自身）的链接；"
            "请删除该链接（会新建文件夹）或让它指向一个文件夹，才能修改。",
        "{path} is open read-only: its backups folder {folder} cannot be written (its permissions, or an attribute "
        "such as immutable); ask for the right to write in it, or copy the database to a folder of your own":
            "{path} 以只读方式打开：它的备份文件夹 {folder} 不可写入（其权限，或“不可更改”之类的属性）；"
            "请申请在其中写入的权限，或把数据库复制到你自己的文件夹。",
        "{path} is open read-only: the disk is full, so no backup could be made, and changes left in {name}-wal "
        "are merged only after a backup; free some space and open it again":
            "{path} 以只读方式打开：磁盘已满，无法备份，而 {name}-wal 中留下的修改只有在备份之后才会并入；"
            "请腾出一些空间后重新打开。",
        "{path} is open read-only: {detail}, and changes left in {name}-wal are merged only after a backup":
            "{path} 以只读方式打开：{detail}；{name}-wal 中留下的修改只有在备份之后才会并入。",
        "{path} is open without a new backup: the disk is full; free some space soon":
            "{path} 已打开，但没有做新的备份：磁盘已满；请尽快腾出一些空间。",
        "{path} is open without a new backup: {detail}": "{path} 已打开，但没有做新的备份：{detail}",
        "{path} is open read-only: the file cannot be written (a read-only file or disk); to make changes, copy it to "
        "a folder you can write to, with {name}-wal beside it if there is one (it holds the latest changes), and "
        "open the copy":
            "{path} 以只读方式打开：这个文件不可写入（只读文件或只读磁盘）；如需修改，请把它复制到一个可写入的文件夹，"
            "旁边若有 {name}-wal 也一并复制（其中是最近的修改），然后打开副本",
        "{path} is open read-only: its folder {folder} cannot be written (a read-only folder or disk), and SQLite "
        "needs to write beside the file; to make changes, copy it to a folder you can write to, with {name}-wal "
        "beside it if there is one (it holds the latest changes), and open the copy":
            "{path} 以只读方式打开：它所在的文件夹 {folder} 不可写入（只读文件夹或只读磁盘），"
            "而 SQLite 需要在文件旁写入；如需修改，请把它复制到一个可写入的文件夹，"
            "旁边若有 {name}-wal 也一并复制（其中是最近的修改），然后打开副本",
        "{path} is a backup (a file of a backups folder): it is open read-only, since a change to it would be pruned "
        "with it; to go back to it use File → Restore a backup, to work on it copy it out of the folder":
            "{path} 是一个备份（备份文件夹中的文件）：它以只读方式打开，因为对它的修改会随它一起被清理掉；"
            "要回到它，请用“文件 → 恢复备份”；要在它上面工作，请先把它复制到文件夹外",
        "{why}; nothing can be changed": "{why}；不能做任何修改",
        "it is an empty file (0 bytes)": "它是一个空文件（0 字节）",
        "{path} is open read-only: {folder} should be its backups folder but is a file; move that file away to make "
        "changes": "{path} 以只读方式打开：{folder} 本应是它的备份文件夹，却是一个文件；请把该文件移走后再修改。",
        "{folder} cannot be written: choose another folder for the database":
            "{folder} 不可写入：请为数据库另选一个文件夹",
        "{path} cannot be opened: {detail}": "无法打开 {path}：{detail}",
        "{path} is a folder, not a jmreview database": "{path} 是一个文件夹，不是 jmreview 数据库",
        "{path} is not a regular file ({kind}), not a jmreview database":
            "{path} 不是普通文件（{kind}），不是 jmreview 数据库",
        "a FIFO": "命名管道", "a device": "设备", "a socket": "套接字", "a folder": "文件夹",
        "{path} cannot be used: its name is too long ({length} bytes) for the files SQLite keeps beside it; a "
        "database's name may be at most {most} bytes long: choose a shorter name":
            "无法使用 {path}：它的名字太长（{length} 字节），SQLite 无法在旁边建立它的附属文件；"
            "数据库名最长 {most} 字节：请换一个短一些的名字",
        "{file} beside {path} is not a regular file ({kind}): SQLite would wait on it or read it without end, so "
        "nothing was opened; move {file} out of the folder and try again":
            "{path} 旁边的 {file} 不是普通文件（{kind}）：SQLite 会一直等待它或无休止地读取它，所以没有打开数据库；"
            "请把 {file} 移出该文件夹后再试",
        "{file} lies beside {path}, which does not exist: it holds the last changes of a database that was there "
        "(renamed or moved without it?); nothing was created — put that database back beside it and open it, or move "
        "{file} out of the folder (keep it) to start a new database here":
            "{path} 不存在，但它旁边有 {file}：其中是曾在此处的数据库最后的修改（数据库被改名或移走而它没有跟着？）；"
            "没有新建数据库——请把那个数据库放回它旁边再打开，或把 {file} 移出该文件夹（请保留）后在此新建数据库",
        "{file} beside {path} is a link to another file: SQLite does not follow it, and what it points to may be "
        "another database's; nothing was opened; move {file} out of the folder and try again":
            "{path} 旁边的 {file} 是指向另一个文件的链接：SQLite 不会跟随它，而它指向的可能属于另一个数据库；"
            "没有打开数据库；请把 {file} 移出该文件夹后再试",
        "{path} has changes in {name}-wal that SQLite reads only with a {name}-shm file beside it, and none can be "
        "made on this read-only disk; copy the whole folder to a writable disk and open it there (nothing was "
        "changed)":
            "{path} 在 {name}-wal 中有未并入的修改，SQLite 只有在旁边有 {name}-shm 文件时才能读取，"
            "而这个只读磁盘上无法创建它；请把整个文件夹复制到可写的磁盘上再打开（没有任何改动）",
        "{path} is an empty file (0 bytes), not a jmreview database; choose another file or delete this one to start "
        "a new project": "{path} 是一个空文件（0 字节），不是 jmreview 数据库；请另选文件，或删除它以开始新项目",
        "{path} is not a SQLite database; jmreview will not overwrite it":
            "{path} 不是 SQLite 数据库；jmreview 不会覆盖它",
        "{path} cannot be opened: the disk is full; free some space and try again":
            "无法打开 {path}：磁盘已满；请腾出一些空间后再试",
        "{path} was made by a newer jmreview (schema {version}); update jmreview to open it":
            "{path} 由更新版本的 jmreview 创建（结构版本 {version}）；请升级 jmreview 后再打开",
        "{name} cannot be written (read-only): nothing was saved": "{name} 不可写入（只读）：什么也没有保存",
        "{file} is not a regular file: nothing was read": "{file} 不是普通文件：什么也没有读取",
        "{file} is over {limit} MB; corpus files that big are refused":
            "{file} 超过 {limit} MB，不接受这么大的语料文件",
        "{file} cannot be read: {detail}": "无法读取 {file}：{detail}",
        "{file} is not UTF-8 text (a corpus file is saved as UTF-8, as jmreview exports it); save it as UTF-8 and "
        "try again": "{file} 不是 UTF-8 文本（语料文件以 UTF-8 保存，jmreview 导出的就是这样）；请另存为 UTF-8 后再试",
        "{file} is not valid JSON (line {line}, column {column})":
            "{file} 不是有效的 JSON（第 {line} 行第 {column} 列）",
        "{file} is nested too deeply": "{file} 嵌套层次太深",
        "{file} holds a number thousands of digits long, which no corpus file has":
            "{file} 含有一个长达数千位的数字，语料文件中不会有这样的数字",
        "file {name} has no source text: export with --with-source to restore a corpus":
            "文件 {name} 不带原文：要恢复语料，请导出时选择“附带原文”（--with-source）",
        "file {name}: its source text is larger than any page dump jmreview imports":
            "文件 {name}：其原文比 jmreview 能导入的任何版面文本都大",
        "file {name}: its source text cannot be written in {encoding}, so it is not the file its sha256 names":
            "文件 {name}：其原文无法用 {encoding} 编码写出，因此不是其 sha256 所指的文件",
        "file {name}: its source text does not match its sha256 (it was changed after the export, or belongs to "
        "another file)": "文件 {name}：其原文与 sha256 不符（导出后被改动过，或属于另一个文件）",
        "file {name}: its source text differs from the file with the same sha256 in this database":
            "文件 {name}：其原文与本数据库中 sha256 相同的文件不一致",
        "article {id} 《{title}》 was changed here after the export (version {here}, the file has {theirs}); left "
        "as it is": "文章 {id}《{title}》在导出之后又在这里被修改过（这里是第 {here} 版，文件中是第 {theirs} 版）；"
                    "保持原样",
        "article {id} 《{title}》 was merged into another article here after the export; not re-created":
            "文章 {id}《{title}》在导出之后已在这里并入另一篇文章；不再重建",
        "{name} is under double review by {editors}: it is corrected on their review copies; left as it is":
            "{name} 正由 {editors} 双人审校：在他们的审校副本上修改；保持原样",
        "article {id} 《{title}》: its line {line} now belongs to article {other}, which is not in the file; left "
        "as it is": "文章 {id}《{title}》：它的第 {line} 行现在属于文章 {other}，而该文章不在文件中；保持原样",
        "article {id} 《{title}》: its line {line} now belongs to article {other}, which is left as it is; so is "
        "this one": "文章 {id}《{title}》：它的第 {line} 行现在属于文章 {other}，该文章保持原样；本文也保持原样",
        "article {id} 《{title}》: its line {line} goes to article {other}, which is left as it is; so is this one":
            "文章 {id}《{title}》：它的第 {line} 行要归入文章 {other}，该文章保持原样；本文也保持原样",
        "it is not a SQLite database any more": "它已不再是 SQLite 数据库",
        "database disk image is malformed": "数据库文件已损坏",
        "file is not a database": "不是数据库文件",
        "disk I/O error": "磁盘读写出错",
        "unable to open database file": "无法打开数据库文件",
        "it is empty or cut short": "它是空的或不完整",
        "it is not a SQLite database": "它不是 SQLite 数据库",
        "it was never finished (a -journal lies beside it)": "它从未写完（旁边有一个 -journal 文件）",
        "it is not a jmreview database": "它不是 jmreview 数据库",
        "the check failed": "检查未通过",
        "{name} is open read-only: nothing can be changed": "{name} 以只读方式打开：不能做任何修改",
        "{path} is damaged ({detail}). Its newest complete backup is {backup}: restore it, or open the damaged "
        "file read-only and export what it still holds.":
            "{path} 已损坏（{detail}）。它最新的完整备份是 {backup}："
            "请恢复该备份，或以只读方式打开损坏的文件并导出其中仍可读取的内容。",
        "{path} is damaged ({detail}) and has no backup: open it read-only and export what it still holds.":
            "{path} 已损坏（{detail}），且没有备份：请以只读方式打开并导出其中仍可读取的内容。",
        "{path} is damaged ({detail}), and its backups folder holds backups of more than one database: which are its "
        "own cannot be told on this computer, so none is offered. Open it on the computer that made it, or open it "
        "read-only and export what it still holds.":
            "{path} 已损坏（{detail}），而它的备份文件夹中有不止一个数据库的备份：在这台电脑上无法分辨哪些是它自己的，"
            "因此不提供任何备份。请在建立它的那台电脑上打开它，或以只读方式打开并导出其中仍可读取的内容。",
        "{name} was replaced by a newer version of the file; nothing was changed — work on the new version":
            "{name} 已被新版本文件替换，未做任何更改——请在新版本上工作",
        "What this change was about was removed in another window; nothing was changed":
            "这项更改涉及的内容已在另一窗口中被删除，未做任何更改",
        "“{summary}” cannot be undone: what it changed was changed again since (in another window or by another "
        "editor); nothing was changed":
            "无法撤销“{summary}”：它改动的内容此后又被（另一窗口或另一位编辑）改过，未做任何更改",
        "“{summary}” cannot be redone: what it changed was changed again since (in another window or by another "
        "editor); nothing was changed":
            "无法重做“{summary}”：它改动的内容此后又被（另一窗口或另一位编辑）改过，未做任何更改",
        "《{title}》 was changed in another window since it was shown; nothing was changed — look at it again and "
        "retry": "《{title}》在显示之后已在另一窗口中被修改，未做任何更改——请重新查看后再试",
        "Line {line} was changed in another window since it was shown; nothing was changed — look at it again and "
        "retry": "第 {line} 行在显示之后已在另一窗口中被修改，未做任何更改——请重新查看后再试",
        "This file has no article to put the line into": "本文件没有可放入此行的文章",
        "Line {line} is in no article": "第 {line} 行不属于任何文章",
        "Line {line} already starts its article": "第 {line} 行已经是其文章的开头",
        "Only two different articles of the same file can be merged": "只能合并同一文件中的两篇不同文章",
        "Lines can only move to an article of their own file": "行只能移到本文件的文章中",
        "Article numbers have reached their limit ({limit}); nothing was changed":
            "文章编号已达上限（{limit}），未做任何更改",
        "This edit is no longer in the database (it was restored from a backup or replaced); nothing was changed":
            "这项修改已不在数据库中（数据库已从备份恢复或被替换），未做任何更改",
        "This edit is already undone; nothing was changed": "这项修改已经撤销过，未做任何更改",
        "This edit is not undone; nothing was changed": "这项修改并未撤销，未做任何更改",
        "“{issue}” is not a day (YYYY-MM-DD); nothing was changed": "“{issue}”不是一个日期（年-月-日），未做任何更改",
        "{page} is not a page label (like A03 or 3); nothing was changed":
            "{page} 不是版次（如 A03 或 3），未做任何更改",
        "An article cannot continue in itself; nothing was changed": "文章不能接续到它自己，未做任何更改",
        "The two articles are in different issues; a story continues within one issue; nothing was changed":
            "两篇文章不在同一期报纸中；稿件只在同一期内转版，未做任何更改",
        "Article {id} has reached the limit of {limit} changes; nothing was changed":
            "文章 {id} 的修改次数已达上限（{limit} 次），未做任何更改",
        "{path} is locked by another program or window: nothing was saved; try again when it has finished":
            "{path} 正被另一个程序或窗口锁定：什么也没有保存；请等它完成后再试。",
        "Nothing of this change was saved in {path}: the disk is full; free some space and try again":
            "这次修改没有保存到 {path}：磁盘已满；请腾出一些空间后再试。",
        "{path} was replaced, moved or deleted on disk since it was opened: nothing was saved (it would have gone "
        "to the file that was there before); open {path} again":
            "{path} 在打开之后已在磁盘上被替换、移走或删除：什么也没有保存（否则会存进原先那个文件里）；"
            "请重新打开 {path}。",
        "{path} was not restored from {backup}: that backup cannot be used ({detail}); the database is as it was":
            "{path} 没有从 {backup} 恢复：该备份无法使用（{detail}）；数据库保持原样。",
        "{path} was not restored from {backup}: the disk is full; the database is as it was — free some space "
        "and try again": "{path} 没有从 {backup} 恢复：磁盘已满；数据库保持原样——请腾出一些空间后再试。",
        "{path} was not restored from {backup} ({detail}); the database is as it was":
            "{path} 没有从 {backup} 恢复（{detail}）；数据库保持原样。",
        "{path} was not restored from {backup}: its current content could not be backed up first ({detail}); "
        "the database is as it was":
            "{path} 没有从 {backup} 恢复：无法先备份它当前的内容（{detail}）；数据库保持原样。",
    },
    "TableModels": {
        "File": "文件", "Articles": "文章数", "Reviewed": "已审", "#": "序号", "Title": "标题", "Category": "类别",
        "Status": "状态", "Why it starts here": "为何从此开始", "Text": "文字", "Label": "标签", "Role": "身份",
        "Count": "次数", "automatic": "自动", "in review": "审校中", "reviewed": "已审", "rejected": "退回",
        "not an entity": "已拒绝",
        "news": "消息", "feature": "通讯", "commentary": "评论", "document": "文件", "roundup": "综述",
        "photo": "图片新闻", "advertisement": "广告", "suggested": "建议", "accepted": "已接受",
        "Origin": "来源", "by hand": "人工",
    },
} | ZH_CUES
merge(ZH)
merge_news(ZH)
merge_team(ZH)
merge_server(ZH)
merge_run8(ZH)
merge_run20(ZH)


def _unescape(literal: str) -> str:
    return literal.replace("\\n", "\n").replace('\\"', '"')


def code_strings() -> dict[str, set[str]]:
    """Strings the gui code passes through tr(), by context."""
    sys.path.insert(0, str(ROOT))
    from jmreview.gui import actions, article_editor, export_dialog, page_view, table_models

    found: dict[str, set[str]] = {}
    for path in GUI.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        ctx = re.search(r'QCoreApplication\.translate\("(\w+)", text\)', text)
        if not ctx:
            continue
        calls = re.findall(r'\btr\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', text)   # one literal or several in a row
        literals = {"".join(re.findall(r'"((?:[^"\\]|\\.)*)"', call)) for call in calls}
        found.setdefault(ctx.group(1), set()).update(map(_unescape, literals))
        specs = re.findall(r'Spec\("\w+", "\w+", "((?:[^"\\]|\\.)*)"', text)
        found.setdefault("Actions", set()).update(map(_unescape, specs))
    found.setdefault("Actions", set()).update(title for _, title in actions.MENUS)
    found.setdefault("ExportDialog", set()).update(title for _, title in export_dialog.FORMATS)
    found["PageView"].update(page_view.ROLE_MARKS.values())
    found["ArticleEditor"].update(t for _, t in (*article_editor.TEXT_FIELDS, *article_editor.LIST_FIELDS))
    from jmreview.gui import history, store_messages

    found.setdefault("StoreMessages", set()).update(store_messages.CONFLICTS.values())
    found.setdefault("History", set()).update(history.TITLES.values())
    found["History"].update([*(template for *_, template in history.FORMS), *history.ENTITY_STATUSES.values()])
    found["StoreMessages"].update(store_messages.RESTORE_FAILURES.values())
    from jmreview.store.database import NOT_SQLITE
    from jmreview.store.opening import WARNINGS

    found["StoreMessages"].update(WARNINGS.values(), NOT_SQLITE.values())
    from jmreview.store.database import OPENING

    found["StoreMessages"].update(OPENING.values(), ("a FIFO", "a device", "a socket", "a folder"))
    from jmreview.store.search import DAMAGED_INDEX

    found["StoreMessages"].add(DAMAGED_INDEX)
    from jmreview.exchange.json_apply import APPLY_REFUSALS
    from jmreview.exchange.json_checks import SOURCE_REFUSALS
    from jmreview.exchange.json_validate import READ_REFUSALS

    found["StoreMessages"].update(READ_REFUSALS.values(), SOURCE_REFUSALS.values(), APPLY_REFUSALS.values())
    found.update(cue_strings())
    for context, strings in (*rt_strings().items(), *news_strings().items(), *team_strings().items(),
                              *server_strings().items(), *run8_strings().items()):
        found.setdefault(context, set()).update(strings)
    tm = found.setdefault("TableModels", set())
    for model in (table_models.FileTableModel, table_models.ArticleTableModel, table_models.EntityTableModel):
        tm.update(title for title, _ in model.columns)
    tm.update(table_models.STATUS_TITLES.values())
    tm.update(table_models.CATEGORY_TITLES.values())
    tm.update(("suggested", "accepted", "rejected"), table_models.ENTITY_STATUS_TITLES.values())
    return found


def missing() -> list[tuple[str, str]]:
    """(context, source) pairs the code uses and the table does not translate."""
    return sorted((ctx, s) for ctx, strings in code_strings().items() for s in strings if s not in ZH.get(ctx, {}))


def write_ts() -> None:
    """Write the Qt Linguist source file from the table."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="zh_CN">']
    for ctx in sorted(ZH):
        out.append(f"<context>\n    <name>{ctx}</name>")
        for source, target in sorted(ZH[ctx].items()):
            out.append(f"    <message>\n        <source>{escape(source)}</source>\n"
                       f"        <translation>{escape(target)}</translation>\n    </message>")
        out.append("</context>")
    out.append("</TS>\n")
    TS.write_text("\n".join(out), encoding="utf-8")


def compile_qm() -> None:
    """Compile the .ts with lrelease and copy Qt's own Chinese catalogue beside it."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    tool = shutil.which("pyside6-lrelease") or "pyside6-lrelease"
    subprocess.run([tool, str(TS), "-qm", str(QM_DIR / "jmreview_zh_CN.qm")], check=True)
    from PySide6.QtCore import QLibraryInfo

    qt = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_zh_CN.qm"
    if qt.exists():
        shutil.copy(qt, QM_DIR / "qtbase_zh_CN.qm")


if __name__ == "__main__":
    if "--check" in sys.argv:
        gaps = missing()
        for ctx, s in gaps:
            print(f"untranslated: [{ctx}] {s}")
        sys.exit(1 if gaps else 0)
    write_ts()
    compile_qm()
    print(f"wrote {TS.relative_to(ROOT)} and {QM_DIR.relative_to(ROOT)}/*.qm")
