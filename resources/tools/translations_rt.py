"""Simplified Chinese for the round trips: annotation formats in the export dialog, importing annotations and an
edited workbook (issue 15).

Part of the reviewed table of `translations.py` (merged into it there, context by context); the
English sources of the core's messages are the templates of `jmreview.exchange.xlsx_read.PROBLEMS`,
`jmreview.exchange.xlsx_changes.CHANGES`, `jmreview.exchange.annotations_in.NOTES`, and (issue 10, fifth run)
`jmreview.exchange.safe_read.REFUSALS` and `jmreview.exchange.lexicon_check.FILE_PROBLEMS` / `ENTRY_PROBLEMS`.
"""
from __future__ import annotations

_AT = "sheet {sheet}, row {row}, column {column} ({header}): "
_AT_ZH = "工作表“{sheet}”第 {row} 行 {column} 列（{header}）："

ZH_RT: dict[str, dict[str, str]] = {
    "App": {
        "{path}, the database last worked on, could not be opened: this is jmreview's own database; File → Recent "
        "databases opens it again":   # run 54 B4
            "上次使用的数据库 {path} 无法打开：现在打开的是 jmreview 自己的数据库；"
            "可通过“文件 → 最近的数据库”再次打开它",
    },
    "ArticleEditor": {   # typing met by a new delivery of the page
        "This page was replaced by a newer version of its file while you typed in {field}, and the article you typed "
        "in has no line left in it: what you typed is not saved; it is on the clipboard: {text}":   # run 55 A8
            "您在{field}中输入时，此版面已被新版本文件替换，而您输入时所在的文章在新版本中已没有任何一行："
            "您输入的内容没有保存，已复制到剪贴板：{text}",
        "This page was replaced by a newer version of its file while you typed in {field}: what you typed is not "
        "saved, and stays in the field, now that of 《{title}》 on the new version — press Return to save it there":
            "您在{field}中输入时，此版面已被新版本文件替换：您输入的内容尚未保存，仍留在字段中，现属于新版本上的"
            "《{title}》——按回车即保存到那里",   # run 53 A12
    },
    "MainWindow": {   # run 42 B32: typing a rule refused is not saved with Return; run 41 B27: a policy turned on
        "Database": "数据库",
        "{n} of your changes are no longer in the database: another window or program restored a backup, or the "
        "server lost them as it switched to a standby. They were taken back from the history, which shows what is "
        "left: make them again if they are needed.":   # run 43 B39
            "你的 {n} 项修改已不在数据库中：另一个窗口或程序恢复了备份，或者服务器在切换到备用服务器时丢失了它们。"
            "它们已从历史记录中撤下，历史记录显示的是剩下的修改：如有需要，请重新修改。",
        "What you typed in {fields} could not be saved: it was refused, as said when you pressed Return:\n{text}\n\n"
        "Close again (Ctrl+Q) to close: the text is then kept in {file} (and put on the clipboard).":
            "你在 {fields} 中输入的内容未能保存：按回车时它已被拒绝（见当时的说明）：\n{text}\n\n"
            "再关闭一次（Ctrl+Q）即可关闭：这些内容会保存在 {file}（并放到剪贴板上）。",
    },
    "Carry": {   # run 45: what an import of a new delivery says of each article it carried over
        "{n} of {m} lines moved": "{m} 行中有 {n} 行移动了位置",
        "{n} of {m} lines changed": "{m} 行中有 {n} 行改动了",
        "{n} new lines joined it": "新版本中有 {n} 行新内容并入了它",
        "the {mark} a person set on line {line} is not carried: set it again":
            "有人在第 {line} 行设定的{mark}没有带过来：请重新设定",
        "entities not carried over: {names}": "没有带过来的实体：{names}",
        "entities not carried over: {names} and {n} more": "没有带过来的实体：{names}，另有 {n} 个",
        "taken out as noise by a person, and changed in the new version: it stays out, look at it again":
            "这一行曾被人标为噪声，新版本改动了它：它仍在文章之外，请再看一下",
        "taken out as noise by a person, and the lines around it changed in the new version: look at them again, it "
        "may be back in an article":
            "这一行曾被人标为噪声，新版本改动了它周围的几行：请再看一下，它可能又回到了某篇文章里",
        "taken out as noise by a person on line {was} of the old version, moved here and changed in the new version: "
        "look at it again, it may be back in an article":   # run 53 A2
            "这一行在旧版本中是第 {was} 行，曾被人标为噪声，新版本把它移到了这里并改动了它：请再看一下，"
            "它可能又回到了某篇文章里",
        "on {page}, its story link to “{title}” of this page is taken away: no line of that story is left in the "
        "new version, link it again where the story is now":
            "它在 {page} 上，与本版“{title}”的续稿链接已取消：新版本中没有留下那篇稿件的任何一行，"
            "请在稿件现在所在之处重新链接",
        "no line of it is left in the new version": "新版本中没有留下它的任何一行",
        "entities a person decided found again by their text on other lines":
            "有人确定过的实体按其文字在别的行上重新找到了位置",
        "the lines where it stood hold other text in the new version (another story): it is not carried over":
            "新版本中它原来所在的几行换成了别的内容（另一篇稿件）：它没有带过来",
        "line {n}": "第 {n} 行",
        "line {n} of the old version": "旧版本第 {n} 行",
        "role": "角色", "join": "接续", "duplicate mark": "重复标记",
    },
    "Jobs": {   # run 41 A14: the window's export says what doctor finds in the rows it wrote
        "{n} other files in the folders were passed over, their types not a page's (a page is a .txt file, or a file "
        "without a type): {names}":   # run 64 A4
            "文件夹中另有 {n} 个文件已跳过，它们的类型不是版面（版面是 .txt 文件或没有扩展名的文件）：{names}",
        "{name}: taken for a new delivery of page {page}, renamed (its text is that page's but for a few lines; its "
        "name differs by a copy's mark, case or its ending).":   # run 57 A18
            "{name}：被当作版面 {page} 改了名的重新交稿（文字除少数几行外与该版面相同；"
            "名字只差副本标记、大小写或扩展名）。",
        "Import them as those pages' new versions? What people did there is kept (an article whose lines changed goes "
        "back to review, flagged); the old versions are kept too.":
            "要把它们作为这些版面的新版本导入吗？人工处理过的内容会保留（行有改动的文章会被标记并放回审校中）；"
            "旧版本也会保留。",
        "{name}: a hidden or system folder (a trash, the old versions a sync tool keeps, a tool's own copies): the "
        "page files inside it were passed over; one imported by its own name is a page of its own, beside any page "
        "of its name (to make it a page's new version, put it in that page's folder)":   # run 54 A25, run 55 A29
            "{name}：是隐藏文件夹或系统文件夹（回收站、同步工具保存的旧版本、某个工具自己的副本），其中的版面文件已跳过；"
            "按文件名单独导入其中的文件，会成为一个独立的版面，与同名版面并存（要让它成为某个版面的新版本，"
            "请把它放到那个版面所在的文件夹中）",
        "The text of {n} pages in this database is no longer the text of the files imported (another program changed "
        "it). This export holds it as it is: restore a backup (a page's text cannot be corrected in the window; "
        "jmreview doctor names the pages).":   # run 46 A6
            "这个数据库中有 {n} 个版面的文本已不是导入时文件的文本（被别的程序改过）。这次导出照原样包含了它："
            "请恢复备份（版面文本无法在窗口中更正；jmreview doctor 会列出这些版面）。",
        "Doctor finds what the program would not have written in this database ({n} in all, another program changed "
        "them). This export holds them as they are: run jmreview doctor to see each, then restore a backup or correct "
        "each as it says.":
            "数据库检查发现这个数据库中有本程序不会写出的内容（共 {n} 处，被别的程序改过）。这次导出照原样包含了它们："
            "请运行 jmreview doctor 逐一查看，然后恢复备份，或按它说的逐一更正。",
    },
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
        # run 46 A16: a workbook given to import-json or import-annotations
        "{file} is a workbook, not a corpus file: read an edited workbook back with `jmreview import-xlsx` (nothing "
        "was imported)":
            "{file} 是工作簿，不是语料文件：修改过的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；什么也没有导入",
        "{file} is a workbook, not an annotation file: read an edited workbook back with `jmreview import-xlsx` "
        "(nothing was imported)":
            "{file} 是工作簿，不是标注文件：修改过的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；什么也没有导入",
        "{file} is not a workbook jmreview can read ({detail})": "{file} 不是 jmreview 能读取的工作簿（{detail}）",
        "the workbook has no sheet “{sheet}” (renamed or deleted?)": "工作簿中没有工作表“{sheet}”（被改名或删除了？）",
        "sheet {sheet}, row 1, column {column}: “{found}” where “{expected}” belongs (columns moved, added or "
        "deleted?)": "工作表“{sheet}”第 1 行 {column} 列：应为“{expected}”，却是“{found}”（列被移动、插入或删除了？）",
        _AT + "“{value}” is not an id of this database": _AT_ZH + "“{value}”不是本数据库的编号",
        _AT + "article {value} is on row {other} too": _AT_ZH + "文章 {value} 在第 {other} 行也有",
        _AT + "“{value}” is not a label (the labels are {allowed})": _AT_ZH + "“{value}”不是标签（标签有：{allowed}）",
        _AT + "“{value}” is not one of {allowed}": _AT_ZH + "“{value}”不在可选值之中：{allowed}",
        _AT + "“{value}” is not a date (write it as 2024-03-01)": _AT_ZH + "“{value}”不是有效日期（请写成 2024-03-01）",
        _AT + "“{value}” is no text but a spreadsheet's error or truth value (a formula gone wrong?); write the text "
        "itself": _AT_ZH + "“{value}”不是文字，而是电子表格的错误值或逻辑值（公式出错了？）；请直接写入文字",
        _AT + "“{value}” is not the version jmreview wrote there (a hidden column: leave it as it is)":
            _AT_ZH + "“{value}”不是 jmreview 写入的版本号（这是隐藏列，请勿修改）",
        "sheet {sheet}, row {row}: an entity row without jmreview's ids (added by hand?) — a workbook cannot add "
        "entities; label them in the window": "工作表“{sheet}”第 {row} 行：实体行没有 jmreview 的编号（手工添加的？）"
                                              "——工作簿不能新增实体，请在窗口中标注",
        "sheet {sheet}: not read from row {row} on (a sheet holds at most 1,048,576 rows, and a workbook with a "
        "thousand problems is no workbook jmreview wrote)": "工作表“{sheet}”：从第 {row} 行起没有再读（一个工作表最多 "
                                                          "1,048,576 行，有上千处问题的工作簿不是 jmreview 写出的）",
        "article {id} 《{title}》": "文章 {id}《{title}》",
        "{field}: “{old}” → “{new}”": "{field}：“{old}” → “{new}”",
        "entity “{text}” ×{n}: label {old} → {new}": "实体“{text}” ×{n}：标签 {old} → {new}",
        "entity “{text}” ×{n}: {old} → {new}": "实体“{text}” ×{n}：{old} → {new}",
        "entity “{text}” ×{n}: row deleted → rejected": "实体“{text}” ×{n}：行已删除 → 退回",
        "article {id} 《{title}》 was changed here after the export (version {here}, the workbook has {theirs}); "
        "left as it is": "文章 {id}《{title}》在导出后又在这里修改过（版本 {here}，工作簿中为 {theirs}）；保持原样",
        "article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is "
        "(export a new workbook and make the change there)":
            "文章 {id}《{title}》：导出后其版面已被新版本替换；保持原样（请重新导出工作簿，在新的工作簿中修改）",
        "article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is (its text "
        "is article {new} of the newer version: export a new workbook and make the change there)":   # run 40 A25
            "文章 {id}《{title}》：导出后其版面已被新版本替换；保持原样（它的正文现在是新版本中的文章 {new}：请重新导出"
            "工作簿，在新的工作簿中修改）",
        "article {id} 《{title}》 is no longer in this database: it was merged into another article, split, deleted or "
        "made anew by re-running automation here after the export; left as it is (export a new workbook and make the "
        "change there)":
            "文章 {id}《{title}》已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，或因重新运行自动处理"
            "而重新生成；保持原样（请重新导出工作簿，在新的工作簿中修改）",
        "article {id} is no longer in this database: it was merged into another article, split, deleted or made anew "
        "by re-running automation here after the export; its entity rows were left as they are":
            "文章 {id} 已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，"
            "或因重新运行自动处理而重新生成；它的实体行保持原样",
        "{n} changed cells in column {column} of sheet {sheet} are not read back (they are not corrected through a "
        "workbook): correct them in the window":
            "工作表“{sheet}”的“{column}”列有 {n} 个单元格被修改，但这一列不会读回（不能通过工作簿修改）："
            "请在窗口中修改",
        "sheet {sheet}, row {row}: article {id} is not on sheet {articles}; its entity row was left as it is":
            "工作表“{sheet}”第 {row} 行：文章 {id} 不在工作表“{articles}”中；该实体行保持原样",
        "{file}: line {line} is not JSON ({detail}); nothing was imported":
            "{file}：第 {line} 行不是 JSON（{detail}）；没有导入任何内容",
        "{path} is a database of another program: its tables {tables} are named as jmreview's but are not jmreview's "
        "(they lack its columns): nothing was changed; choose a jmreview database, or a new file name to start one":
            "{path} 是另一个程序的数据库：其中的表 {tables} 与 jmreview 的表同名，却不是 jmreview 的（缺少它的列）："
            "没有做任何改动；请选择一个 jmreview 数据库，或用一个新文件名新建",   # run 43 B15
        "{file}: line {line} is JSON but no document (a JSON object {{…}} on each line); nothing was imported":
            "{file}：第 {line} 行是 JSON，但不是文档（每行应是一个 JSON 对象 {{…}}）；没有导入任何内容",   # r43 A11
        "{file} is neither Label Studio tasks, doccano or spaCy JSONL nor a BIO file; nothing was imported":
            "{file} 既不是 Label Studio 任务、doccano 或 spaCy JSONL，也不是 BIO 文件；没有导入任何内容",
        "document {doc}: the span {start}–{end} does not fit its text; left out": "第 {doc} 篇文档：区间 {start}–{end} "
                                                                                 "与文字不符；已略过",
        "document {doc}: the span {value} is not one jmreview reads ([start, end, label], or an object with start and "
        "end — or start_offset and end_offset — and label or labels); left out":
            "第 {doc} 篇文档：区间 {value} 的写法 jmreview 读不懂（应为 [起点, 终点, 标签]，或带有 start 和 end"
            "（或 start_offset 和 end_offset）以及 label 或 labels 的对象）；已略过",   # run 63 A7, B5
        "document {doc}: some of its spans could not be read, so none of the suggestions it lacks is rejected":
            "第 {doc} 篇文档：其中有些区间无法读取，所以它没有的建议一个也不驳回",   # run 62 A30
        "document {doc}: the span {start}–{end} (“{text}”) runs over two lines of the page that the export shows "
        "joined, and an entity lies on one line; left out — mark it in the window, on the line it belongs to":
            "第 {doc} 篇文档：区间 {start}–{end}（“{text}”）跨过了版面上的两行（导出时这两行接成了一段），"
            "而实体只在一行之内；已略过——如有需要，请在窗口中把它标在所属的那一行上",   # run 54 A11
        "document {doc}: the span {start}–{end} runs across a line break, and an entity lies on one line; left out":
            "第 {doc} 篇文档：区间 {start}–{end} 跨过了换行，而实体只在一行之内；已略过",   # run 37 A15
        "{file}: line {line}: “{text}” is not a character and a BIO tag; nothing was imported":
            "{file}：第 {line} 行“{text}”不是“字 标记”格式；没有导入任何内容",
        "document {doc}: its text is that of articles on {n} pages here ({pages}: a reprint?), and the file names no "
        "article of this database to tell which; left out (export the file from this database to match by "
        "article)":   # run 40 A24
            "第 {doc} 篇文档：它的正文与这里 {n} 个版面（{pages}：转载？）上的文章相同，而文件中没有本数据库的文章编号"
            "来区分是哪一篇；已略过（请从本数据库导出文件，以便按文章对应）",
        "document {doc}: article {id} is not in this database; left out":
            "第 {doc} 篇文档：本数据库中没有文章 {id}；已略过",
        "document {doc}: article {id} is no longer in this database: it was merged into another article, split, "
        "deleted or made anew by re-running automation here after the export; left out (export the file again and "
        "annotate it there)":   # run 41 A22
            "第 {doc} 篇文档：文章 {id} 已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，或因重新运行"
            "自动处理而重新生成；已略过（请重新导出文件，在新文件中标注）",
        "document {doc}: the text of article {id} is not the text in the file (the article was changed here since it "
        "was exported, or the file was written for another database or by hand); left out":   # run 29 A57
            "第 {doc} 篇文档：文章 {id} 的文字与文件中的不同（导出后这篇文章在这里改过，或这个文件是为另一个数据库"
            "写的、或手写的）；已略过",
        "document {doc}: no article of this database has this text; left out":
            "第 {doc} 篇文档：本数据库中没有文字相同的文章；已略过",
        "document {doc}: label {label} is not a label of this database; its spans were left out (a suggestion of "
        "ours on one of them is left as it is)":   # run 59 A38
            "第 {doc} 篇文档：{label} 不是本数据库的标签；这些区间已略过（本库在这些区间上的建议保持不变）",
        "document {doc}: the file labels {n} of our suggestions otherwise (the first: “{text}” as {label}, here "
        "{here}); left as suggestions — `--as accepted` takes the file's labels":   # run 59 A18
            "第 {doc} 篇文档：文件给本库的 {n} 个建议标了不同的标签（第一个：“{text}”标为 {label}，这里是 {here}）；"
            "仍保留为建议——要采用文件的标签，请“作为决定（已接受）”再导入一次",
        "document {doc}: a person here rejected “{text}”, which the file accepts as {label}: kept rejected — change "
        "it in the window if the file is right":   # run 48 A22
            "第 {doc} 篇文档：这里有人拒绝了“{text}”，文件却把它接受为 {label}：保持拒绝——如果文件是对的，"
            "请在窗口中修改",
        "document {doc}: a person here accepted “{text}” as {here}, which the file accepts as {label}: kept as "
        "{here} — change it in the window if the file is right":
            "第 {doc} 篇文档：这里有人把“{text}”接受为 {here}，文件却把它接受为 {label}：保持 {here}——"
            "如果文件是对的，请在窗口中修改",
    },
}


_LEX_AT = {"line {n}": "第 {n} 行", "entry {n}": "第 {n} 条"}
_LEX_ZH = {   # lexicon_check._ENTRY_PROBLEMS: {at} is the line (CSV) or the entry (JSON)
    "{file}, {at}: “{label}” is not a lexicon label (the labels are {allowed})":
        "{file} {at}：“{label}”不是词库标签（标签有：{allowed}）",
    "{file}, {at}: the label is missing": "{file} {at}：缺少标签",
    "{file}, {at}: the editor's name {name} is no name an editor may have (a control or invisible character, or over "
    "100 characters)": "{file} {at}：编辑名 {name} 不能用作编辑的名字（含控制字符或不可见字符，或超过 100 个字符）",
    "{file}, {at}: the text is blank": "{file} {at}：文字是空的",
    "{file}, {at}: the text holds an invisible character ({point}), which no page's word holds":   # run 35 A37
        "{file} {at}：文字中含有不可见字符（{point}），版面上的词不会含有它",
    "{file}, {at}: “{text}” ({label}) is said yes and no in two rows of the file; keep the one meant":   # run 35 A38
        "{file} {at}：“{text}”（{label}）在文件的两行中一行为“是”、一行为“否”；请只保留想要的那一行",
    "{file}, {at}: “{value}” in the column positive is neither yes nor no (write yes, or no for a name the desk "
    "rejected)": "{file} {at}：positive 列中的“{value}”既不是“是”也不是“否”（请写 是；编辑部否定的名字写 否）",
    "{file}, {at}: the count “{count}” is not a whole number from 1 to {limit}":
        "{file} {at}：次数“{count}”不是 1 到 {limit} 之间的整数",
    "{file}, {at}: a cell is longer than {limit} characters (a lexicon entry is a word, a name or a line)":
        "{file} {at}：有单元格超过 {limit} 个字符（词库条目应是一个词、一个名字或一行）",
    "{file}, {at}: the row has {found} cells where the header has {expected}":
        "{file} {at}：这一行有 {found} 个单元格，标题行有 {expected} 个",
    "{file}, {at}: the text holds a line break or another control character": "{file} {at}：文字中有换行或其他控制字符",
    "{file}, {at}: the text holds a lone surrogate, which is no character":
        "{file} {at}：文字中有孤立的代理码元，不是有效字符",
    "{file}, {at}: not a lexicon entry (an object with a text and a label; editors a list of names)":
        "{file} {at}：不是词库条目（应有文字和标签；编辑者是名字列表）",
    "{file}, {at}: not a CSV row ({detail})": "{file} {at}：不是 CSV 行（{detail}）",
}
ZH_FIX5 = {   # issue 10, fifth run: the guard of chosen files, lexicon files, workbooks, annotation files
    "{file} is not a regular file ({kind}): nothing was read": "{file} 不是普通文件（{kind}）：什么也没有读取",
    "a folder": "文件夹", "special": "特殊文件",
    "{file} is over {limit} MB; files that big are refused: nothing was read":
        "{file} 超过 {limit} MB，不接受这么大的文件：什么也没有读取",
    "{file} cannot be read: {detail}": "无法读取 {file}：{detail}",
    "{file} would unpack to over {limit} MB (a zip bomb?); workbooks that big are refused: nothing was read":
        "{file} 解压后将超过 {limit} MB（压缩炸弹？），不接受这么大的工作簿：什么也没有读取",
    "{file} is text (a workbook saved as CSV or text?), not a workbook: nothing was read; the changes are read "
    "back from the .xlsx jmreview exported only — make them in that workbook and save it as .xlsx, then import that":
        "{file} 是文本（工作簿另存成了 CSV 或文本？），不是工作簿：什么也没有读取；"
        "修改只能从 jmreview 导出的工作簿读回——请在那个工作簿里修改，按原来的工作簿格式保存，再导入",   # run 62 A15
    "{file} is not a workbook (not a zip archive): nothing was read":
        "{file} 不是工作簿（不是 zip 压缩包）：什么也没有读取",
    "{file} is neither UTF-8, UTF-16 nor GB18030 text; save it as “CSV UTF-8” and try again":
        "{file} 既不是 UTF-8、UTF-16 也不是 GB18030 文本；请另存为“CSV UTF-8”后再试",
    "{file}: the first row is not the header; a lexicon CSV starts with the row {header} (text and label at least)":
        "{file}：第一行不是标题行；词库 CSV 以 {header} 这一行开头（至少要有 text 和 label）",
    "{file} is not valid JSON (line {line}, column {column})": "{file} 不是有效的 JSON（第 {line} 行第 {column} 列）",
    "{file} holds one JSON record per line, as the jsonl export writes for other programs: import-json reads a "
    "corpus file, exported with --format json (or --with-source); nothing was imported":   # run 34 A44
        "{file} 每行一条 JSON 记录，这是供其他程序使用的 jsonl 导出：这里读取的是以 JSON 格式"
        "（或含原文的快照）导出的语料文件；没有导入任何内容",
    "{file} is a {kind} file, made for an annotation tool, not a corpus file: read it back with "
    "`jmreview import-annotations` (nothing was imported)":   # run 51 A5
        "{file} 是 {kind} 标注文件，不是语料文件：请用“文件”菜单中的“导入实体标注”读回（没有导入任何内容）",
    "{file} is a zip file, not a corpus file (the brat export is one: it is made for brat and is not read back); a "
    "corpus file is exported with --format json (nothing was imported)":
        "{file} 是 zip 压缩包，不是语料文件（brat 导出就是这种文件：它是给 brat 用的，不能读回）；"
        "语料文件要以 JSON 格式导出（没有导入任何内容）",
    "{file} is an OpenDocument spreadsheet (.ods, LibreOffice's own format), not an Excel workbook: nothing was "
    "imported; in LibreOffice save it as Excel 2007-365 (.xlsx), then import that":   # run 35 A43
        "{file} 是开放文档格式的电子表格（某些电子表格程序默认保存的格式），不是可导入的工作簿：没有导入任何内容；"
        "请在电子表格程序中另存为与导出时相同格式的工作簿，再导入那个文件",
    "{file} is nested too deeply": "{file} 嵌套层数过多",
    "{file} holds a number thousands of digits long, which no lexicon file has":
        "{file} 含有长达数千位的数字，词库文件不会有这样的数字",
    "{file} is not a jmreview lexicon (format “jmreview-lexicon” with a list of entries)":
        "{file} 不是 jmreview 词库（应为 format “jmreview-lexicon”，并有条目列表）",
    **{en.replace("{at}", at): zh.replace("{at}", at_zh)
       for en, zh in _LEX_ZH.items() for at, at_zh in _LEX_AT.items()},
    _AT.replace(" ({header})", "") + "“{value}” is outside the table (no header above it)":
        _AT_ZH.replace("（{header}）", "") + "“{value}”在表格之外（上方没有标题）",
    "sheet {sheet}, row {row}: a cell cannot be read ({detail})":
        "工作表“{sheet}”第 {row} 行：有单元格无法读取（{detail}）",
    _AT + "article {value} is on the row that was written for article {written} (was this column sorted or changed "
    "on its own? sort whole rows)": _AT_ZH + "文章 {value} 所在的行原本是为文章 {written} 写的（这一列被单独排序或修改"
                                    "了吗？请整行排序）",
    _AT + "this row was not written for article {value} (the row's file {row_file} or its text length differs from "
    "the article's, of {file}) — was this column sorted or changed on its own? Sort whole rows":
        _AT_ZH + "这一行不是为文章 {value} 写的（这一行的文件 {row_file} 或正文字数与该文章（属于 {file}）不同）——"
                 "这一列被单独排序或修改了吗？请整行排序",
    _AT + "“{value}” are not the ids written for its text “{text}” (was this column sorted or pasted on its own? "
    "Sort whole rows)":
        _AT_ZH + "“{value}”不是为这一行的文字“{text}”写的编号（这一列被单独排序或粘贴了吗？请整行排序）",
    "{file}: line {line} is nested too deeply; nothing was imported":
        "{file}：第 {line} 行嵌套层数过多；没有导入任何内容",
    "{file}: line {line} holds a number thousands of digits long; nothing was imported":
        "{file}：第 {line} 行含有长达数千位的数字；没有导入任何内容",
    "{file} is not UTF-8 text; save it as UTF-8 and try again (nothing was imported)":
        "{file} 不是 UTF-8 文本；请另存为 UTF-8 后再试（没有导入任何内容）",
    "{file}: line {line}: “{text}” does not name an article (jmreview:ID, an id up to {limit}); nothing was imported":
        "{file}：第 {line} 行“{text}”没有指明文章（应为 jmreview:编号，编号不超过 {limit}）；没有导入任何内容",
    "document {doc}: “{key}” is “{value}”, not a list of spans [start, end, label]; left out":
        "第 {doc} 篇文档：“{key}”是“{value}”，不是区间列表 [起点, 终点, 标签]；已略过",
}
ZH_RT["StoreMessages"].update(ZH_FIX5)
ZH_RT["StoreMessages"].update({   # run 47 A12
    "{n} articles of pages replaced by a newer version after the export have no change in the workbook's article "
    "rows; left as they are (entity rows of replaced pages are never applied: export a new workbook and make such "
    "changes there)":
        "有 {n} 篇文章所在的版面在导出之后被新版本替换了，工作簿里这些文章的行没有改动；保持原样"
        "（被替换版面的实体行一律不会应用：请导出新的工作簿，在那里修改）",
})
ZH_RT["StoreMessages"].update({   # run 47 A16
    "document {doc}: article {id} is on a version of its page that a newer delivery replaced after the export, and "
    "its text is not in the new version; left out (export the file again and annotate it there)":
        "第 {doc} 篇文档：文章 {id} 所在的版面在导出之后被新送来的版本替换了，新版本里没有这段文字；已略过"
        "（请重新导出文件，在新文件上标注）",
})
ZH_RT["StoreMessages"].update({   # run 50 A10
    "{file} is jmreview's corpus JSON, not an annotation file: read it back with `jmreview import-json` (nothing "
    "was imported)": "{file} 是 jmreview 的语料 JSON，不是标注文件：请用“导入语料 JSON”读回（没有导入任何内容）",
})
ZH_RT["StoreMessages"].update({   # run 49 A12
    "{file} is jmreview's JSON Lines export, made for other programs, not an annotation file; no command reads it "
    "back: import a doccano, Label Studio, spaCy or BIO file instead, or a snapshot (`export --format json "
    "--with-source`) with `jmreview import-json` (nothing was imported)":
        "{file} 是 jmreview 为其他程序导出的 JSONL 文件，不是标注文件；本程序不能把它读回："
        "请改为导入 doccano、Label Studio、spaCy 或 BIO 文件，或导出附带原文的语料 JSON 快照，"
        "再用“导入语料 JSON”恢复（没有导入任何内容）",
})
ZH_RT.setdefault("Curation", {}).update({   # run 49 B14: a reviewer's answer changed under the selection
    "A reviewer's answer at line {line} changed a moment ago; it is shown now. Nothing was taken: look at it, then "
    "press the key again.":
        "第 {line} 行有位审校人的答案刚刚改了，现在显示的是新答案。这次没有采用任何一方：请看清后再按一次。",
    "The difference you had selected was settled or went away a moment ago; the one at line {line} is selected now. "
    "Nothing was taken: look at it, then press the key again.":
        "你选中的那处差异刚刚已被裁定或已不存在；现在选中的是第 {line} 行的差异。"
        "这次没有采用任何一方：请看清后再按一次。",
})


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_RT.items():
        table.setdefault(context, {}).update(strings)


def rt_strings() -> dict[str, set[str]]:
    """The core's messages of the round trips that the window translates, by context."""
    from jmreview.exchange.annotations_in import NOTES
    from jmreview.exchange.lexicon_check import ENTRY_PROBLEMS, FILE_PROBLEMS
    from jmreview.exchange.safe_read import KINDS, REFUSALS
    from jmreview.exchange.xlsx_changes import CHANGES
    from jmreview.exchange.xlsx_read import PROBLEMS
    from jmreview.exchange.xlsx_unread import UNREAD_LINE
    from jmreview.workflows.carry_notes import CARRY_NOTES, LINE, LINE_WAS, MARKS

    lexicon = {*FILE_PROBLEMS.values(), *(t for kind in ENTRY_PROBLEMS.values() for t in kind.values())}
    return {"Carry": {*CARRY_NOTES.values(), LINE, LINE_WAS, *MARKS.values()},
            "StoreMessages": {*PROBLEMS.values(), *CHANGES.values(), *NOTES.values(), *REFUSALS.values(),
                              *KINDS.values(), "special", UNREAD_LINE, *lexicon}}
