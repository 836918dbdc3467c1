"""Simplified Chinese for the cues, import refusals and backup kinds, and Qt's file dialog strings Qt leaves out.

Part of the reviewed table of `translations.py` (merged into it there); the English sources are
the templates of `jmreview.analysis.cue_codes.CUES`, `jmreview.errors.REFUSALS` and
`jmreview.store.backup.BACKUP_KINDS`.
"""
from __future__ import annotations

_GAP = "set apart by extra blank lines, as stories are on this page"
_GAP_ZH = "与上文隔着额外的空行，本版的稿件都是这样分隔的"

ZH_CUES: dict[str, dict[str, str]] = {
    "Cues": {
        "new article: first heading on the page": "新文章：本版的第一个标题",
        "new article: a numbered piece of a roundup (its number, then its title)":
            "新文章：综述中带编号的一篇（先是编号，后是标题）",
        "new article: short lines with contact details read as an advertisement": "新文章：带联系方式的短行，看作广告",
        "new article: heading after the previous article closed with its byline":
            "新文章：上一篇已以署名结束，其后的标题",
        "new article: heading followed by a 江门日报讯 dateline": "新文章：标题后紧跟“江门日报讯”电头",
        "new article: heading followed by a reporter byline": "新文章：标题后紧跟记者署名",
        "new article: a speaker line with a colon heads a roundup piece":
            "新文章：带冒号的发言人行，是综述中的一篇的开头",
        "new article: markdown heading (#/##)": "新文章：Markdown 标题（#/##）",
        "new article: a 上接/紧接 note continues a story from another page":
            "新文章：“上接/紧接”转版提示，续接其他版面的稿件",
        "new article: starts with a cross-page note": "新文章：以转版提示开头",
        "new article: a byline with nothing before it": "新文章：前面没有内容的署名",
        "new article: a reporter byline opens a feature whose headline may come later":
            "新文章：记者署名开启一篇通讯，标题可能在后面",
        "new article: text with no headline after a finished article": "新文章：上一篇结束后没有标题的文字",
        f"new article: a reporter byline {_GAP}": f"新文章：记者署名，{_GAP_ZH}",
        f"new article: heading {_GAP}": f"新文章：标题，{_GAP_ZH}",
        f"new article: a dateline {_GAP}": f"新文章：电头，{_GAP_ZH}",
        f"new article: a photo caption {_GAP}": f"新文章：图片说明，{_GAP_ZH}",
        f"new article: text with no headline {_GAP}": f"新文章：没有标题的文字，{_GAP_ZH}",
        "kicker: line above the headline": "引题：标题上方的一行",
        "kicker: line above the headline or bold banner": "引题：标题或加粗横幅上方的一行",
        "kicker: a speaker's name and title": "引题：发言人的姓名和职务",
        "kicker: the number of a series (第N期) above the headline": "引题：标题上方的栏目期数（第N期）",
        "caption: a line between the headline and its repeat (under a photo)":
            "图说：标题与其重复之间的一行（图片说明）",
        "headline: short line without final punctuation": "标题：末尾没有标点的短行",
        "headline: the top markdown heading (#) of the group": "标题：这组中级别最高的 Markdown 标题（#）",
        "headline: the headline repeated by layout": "标题：排版重复出现的标题",
        "headline: first heading of an article that began without one": "标题：开头没有标题的文章中的第一个标题",
        "headline: first line of an advertisement": "标题：广告的第一行",
        "subheadline: line right under the headline": "副题：紧接标题下方的一行",
        "subheadline: a bold deck right under the headline": "副题：紧接标题下方的加粗提要",
        "byline: the organisation that supplied the story": "署名：供稿单位",
        "byline: the advertiser's name": "署名：广告主名称",
        "byline: a body signing the notice": "署名：落款的单位",
        "byline: names in parentheses close the article": "署名：括号中的姓名结束本文",
        "byline: reporter named inside the article": "署名：文中署名的记者",
        "byline: reporter named at the end of the article": "署名：文末署名的记者",
        "byline: reporter named at the start of the article": "署名：文首署名的记者",
        "byline: reporter named under the headline": "署名：标题下署名的记者",
        "subhead: numbered section heading": "小标题：带编号的小节标题",
        "subhead: short heading inside an article": "小标题：文中的短标题",
        "subhead: short box label under the headline": "小标题：标题下方的短栏目名",
        "caption: one of a strip of short lines printed close together": "图说：排得很紧的一串短行之一",
        "caption: an unmarked short line inside a story, on a page that marks its headings":
            "图说：在标注了标题的版面上，稿件中没有标注的短行",
        "caption: photo credit after the article's byline": "图说：文章署名之后的摄影署名",
        "caption: photo credit (摄/供图/图为)": "图说：摄影署名（摄/供图/图为）",
        "caption: a short phrase between paragraphs": "图说：段落之间的短语",
        "caption: one short sentence set apart by extra blank lines": "图说：用额外空行隔开的一个短句",
        "note: continued from another page": "转版：续接其他版面",
        "note: points to another page": "转版：指向其他版面",
        "body": "正文",
        "body: dateline": "正文：电头",
        "body: advertisement text": "正文：广告文字",
        "body: line of the notice's signature": "正文：落款中的一行",
        "body: paragraph displaced by layout, returned to the story it reads like":
            "正文：被排版挪开的段落，已放回内容相近的稿件",
        "body: paragraph displaced by layout, returned to its story (it closes with the story's byline)":
            "正文：被排版挪开的段落，已放回其稿件（它以该稿的署名结尾）",
        "body: the signed end of an earlier story, displaced by layout": "正文：前面某篇稿件带署名的结尾，被排版挪开",
        "join: the previous paragraph stops mid-sentence": "接续：上一段在句子中间断开",
        "noise: punctuation or layout debris in no article": "噪声：不属于任何文章的标点或排版残留",
        "set by hand": "人工设定",
        "set by hand ({who})": "人工设定（{who}）",
        "restored from a corpus file": "从语料文件恢复",
        "applied from a corpus file": "从语料文件应用",
        "suggested by the rules (patterns and word lists)": "由规则建议（模式和词表）",
        "suggested by jieba's word segmentation": "由结巴分词建议",
        "learned from {n} corrections by {who}": "从{who}的 {n} 次更正中学到",
        "learned pattern {pattern} from {n} corrections by {who}": "从{who}的 {n} 次更正中学到的规律“{pattern}”",
        "kicker: learned from {n} corrections by {who}": "引题：从{who}的 {n} 次更正中学到",
        "noise: learned from {n} corrections by {who}": "噪声：从{who}的 {n} 次更正中学到",
    },
    "Refusals": {
        "is empty (0 bytes)": "是空文件（0 字节）",
        "is a new version of a page under double review by {editors}, not curated yet: nothing was done (their "
        "review copies belong to this version); curate the page first (jmreview curate {name}), then import the new "
        "version": "是双人审校（{editors}）中、尚未裁定的版面的新版本：未做任何操作（他们的复审副本属于当前版本）；"
                   "请先裁定该版面（jmreview curate {name}），再导入新版本",
        "is the same as an earlier version of this page, which a newer import replaced: nothing was done (the newer "
        "version stays current; its old versions are all kept in the database)":
            "与此版面的一个较早版本相同，而该版本已被更新的导入替换：未做任何操作（较新版本仍为当前版本；所有旧版本都保存在数据库中）",
        "has the name of page {page} but for case, width, its ending or a copy's mark (a new delivery of it, "
        "renamed?): nothing was done; to replace that page, import it with --replace (it then keeps what people did "
        "there), or give it another name if it is another page":   # run 52 A19, run 54 A35
            "与版面 {page} 同名，只是大小写、全角半角、扩展名或副本标记（如“(1)”“- 副本”）不同"
            "（是改了名的重新交稿吗？）：未做任何操作；"
            "要替换那个版面，请再导入一次并在询问时选“是”（命令行加 --replace；人工处理过的内容会保留），"
            "如果它是另一个版面，请给它另起一个名字",
        "was to replace a page, but no page of its name comes from {folder}: pages named {name} come from {others}; "
        "nothing was done: put the new version in the folder of the page it replaces, or import it without --replace "
        "to add it as another page":
            "本应替换一个版面，但没有来自 {folder} 的同名版面：名为 {name} 的版面来自 {others}；"
            "未做任何操作：请把新版本放到它所替换的版面所在的文件夹中，或不加 --replace 导入，作为另一个版面加入",
        "was to replace a page, and its text is that of page {page} but for a few lines, named as it is but for case, "
        "width, its ending or a copy's mark — a page that comes from {others}, not from {folder}; nothing was done: "
        "put the new version in that page's folder, named {name}, or import it without --replace to add it as another "
        "page":
            "本应替换一个版面：它的文字除少数几行外与版面 {page} 相同，名字也只差大小写、全角半角、扩展名或副本标记"
            "——但那个版面来自 {others}，不是 {folder}；未做任何操作："
            "请把新版本以 {name} 为名放到那个版面所在的文件夹中，或不加 --replace 导入，作为另一个版面加入",
            # run 57 A12
        "starts with a {encoding} mark but its text behind it is {actual} (a program put the mark in front of it): "
        "nothing was imported; save it as UTF-8 (or remove the mark) and import it again":   # run 54 A9
            "开头有 {encoding} 标记，但标记后面的文字是 {actual} 编码（某个程序把这个标记加在了文件前面）："
            "未导入任何内容；请把它另存为 UTF-8（或去掉这个标记）后重新导入",
        "is {language} text ({encoding}), not Chinese: read as Chinese it would be nonsense, so nothing was "
        "imported; if it is a page of the newspaper, ask for it again as Chinese text":   # run 54 A8
            "是{language}文本（{encoding}），不是中文：当作中文读取会成为乱码，因此未导入任何内容；"
            "如果它确是本报的版面，请重新索取中文文本",
        "Korean": "韩文", "Japanese": "日文",
        "is a folder that could not be read ({detail}): none of the pages inside it was imported; move them to a "
        "folder with a shorter path, or make it readable, and import again":
            "是一个无法读取的文件夹（{detail}）：其中的版面都没有导入；请把它们移到路径较短的文件夹中，或让该文件夹可读，"
            "然后重新导入",
        "holds only white space": "只有空白字符",
        "contains NUL bytes: this is a binary file, not a page dump": "含有 NUL 字节：这是二进制文件，不是版面文本",
        "is full of control characters: this is a binary file, not a page dump":
            "含有大量控制字符：这是二进制文件，不是版面文本",
        "starts with a {encoding} mark but its text is UTF-8 (a program put the wrong mark in front): save it as UTF-8 "
        "and import it again":
            "开头是 {encoding} 标记，但内容其实是 UTF-8（某个程序在前面加错了标记）：请另存为 UTF-8 后重新导入",
        "is {encoding} text but for a damaged character on line {line} (the file was changed or copied "
        "with an error); ask for the file again, or mend that place in an editor and save it as UTF-8":
            "是 {encoding} 文本，但第 {line} 行有一个损坏的字符（文件被改动过或复制出错）；"
            "请重新索取文件，或在编辑器中修好那一处并另存为 UTF-8",   # run 51 A7
        "starts with a {encoding} mark but does not decode at byte {detail} (a damaged character there: the file was "
        "changed or copied with an error); ask for the file again, or mend that place in an editor and save it as "
        "UTF-8":   # run 50 A35: no cause, no way forward
            "以 {encoding} 标记开头，却在第 {detail} 字节处无法解码（那里有一个损坏的字符：文件被改动过或复制出错）；"
            "请重新索取文件，或在编辑器中修好那一处并另存为 UTF-8",
        "has {lines} lines: this is not a page dump (a printed page holds a few hundred; files over {limit} lines are "
        "refused)": "有 {lines} 行：这不是版面文本（一个印刷版面只有几百行；超过 {limit} 行的文件会被拒绝）",
        "is a {kind} export, not a page dump: read it back with `jmreview {command}`":   # run 46 A15
            "是 {kind} 格式的导出文件，不是版面文本：请用 `jmreview {command}` 读回",
        "is an Excel workbook, not a page dump: a workbook jmreview exported is read back with `jmreview "
        "import-xlsx`; a page kept in a workbook must be saved as text (.txt) first":   # run 61 A8
            "是 Excel 工作簿，不是版面文本：jmreview 导出的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；"
            "存在工作簿里的版面须先另存为文本（.txt）再导入",
        "is a compressed archive (.gz, .tar, .rar, .7z…), not a page dump: extract it and import the pages in it":
            "是压缩包（.gz、.tar、.rar、.7z 等），不是版面文本：请解压后导入其中的版面",   # run 63 A46
        "is a Word document, not a page dump: save it as plain text (.txt) and import that":
            "是 Word 文档，不是版面文本：请另存为纯文本（.txt）后导入",
        "is an OpenDocument file (LibreOffice, WPS), not a page dump: save it as plain text (.txt) and import that":
            "是 OpenDocument 文档（LibreOffice、WPS），不是版面文本：请另存为纯文本（.txt）后导入",   # run 62 A8
        "is an old Office document (.doc, .xls, .wps), not a page dump: save it as plain text (.txt) and import that":
            "是旧版 Office 文档（.doc、.xls、.wps），不是版面文本：请另存为纯文本（.txt）后导入",
        "is an RTF document (WordPad, Word), not a page dump: save it as plain text (.txt) and import that":
            "是 RTF 文档（写字板、Word），不是版面文本：请另存为纯文本（.txt）后导入",   # run 62 A6
        "is a web page (HTML), not a page dump: save it from the browser as text (.txt), or paste its text into a "
        ".txt file, and import that":
            "是网页（HTML），不是版面文本：请在浏览器中另存为文本（.txt），或把其中文字粘贴到一个 .txt 文件里，再导入",
        "is a zip archive, not a page dump: unzip it and import the pages in it (jmreview's export for brat is read "
        "back by no command)":
            "是 zip 压缩包，不是版面文本：请解压后导入其中的版面（jmreview 为 brat 导出的压缩包不能读回）",
        "is jmreview's JSON Lines export, made for other programs, not a page dump; no command reads it back: import "
        "the pages themselves, or a snapshot (`export --format json --with-source`) with `jmreview import-json`":
            "是 jmreview 为其他程序导出的 JSONL 文件，不是版面文本；本程序不能把它读回："
            "请导入版面文件本身，或导出附带原文的语料 JSON 快照，再用“导入语料 JSON”恢复",
        "is not text in UTF-8, UTF-16, GB18030 or Big5": "不是 UTF-8、UTF-16、GB18030 或 Big5 编码的文本",
        "ends in the middle of a character: the file is cut short (a copy or a download that did not finish); copy "
        "it again in full and import it again":
            "在一个字符的中间结束：文件不完整（复制或下载没有完成）；请重新完整复制后再导入",
        "is Chinese written in {encoding}, a 7-bit encoding jmreview does not read (imported, the page would be its "
        "escape codes): save it as UTF-8 or GB18030 and import it again":
            "是用 {encoding} 编码的中文，jmreview 不读这种 7 位编码（若导入，版面将只是其转义码）："
            "请另存为 UTF-8 或 GB18030 后再导入",
        "has a line of {longest} characters: this is not a page dump (lines over {limit} characters are refused)":
            "有一行长达 {longest} 个字符：这不是版面文本（超过 {limit} 个字符的行不予导入）",
        "is {size} MB; page dumps over {limit} MB are refused": "有 {size} MB；超过 {limit} MB 的版面文本不予导入",
        "cannot be read: {detail}": "无法读取：{detail}",
        "is a link to a folder that holds the folder imported: passed over (the pages of its other folders are not "
        "this import's; import them by their own folder)":   # run 63 A42
            "是指向包含所导入文件夹的上级文件夹的链接：已跳过（其他文件夹里的版面不属于这次导入；请按它们自己的文件夹导入）",
        "is a link that leads back to itself (a loop of links): remove it, or point it at a page file":
            "是一个绕回自身的链接（链接循环）：请删除它，或让它指向一个版面文件",
        "is a link to a file that does not exist: remove it, or point it at a page file":
            "是指向一个不存在的文件的链接：请删除它，或让它指向一个版面文件",
        "may not be read by you (no permission): change its permissions, or ask its owner":
            "无法读取：您没有读取它的权限（请修改其权限，或询问其所有者）",
        "is not a regular file (a FIFO): only page dump files are imported":
            "不是普通文件（是管道）：只导入版面文本文件",
        "is not a regular file (a device): only page dump files are imported":
            "不是普通文件（是设备）：只导入版面文本文件",
        "is not a regular file (a socket): only page dump files are imported":
            "不是普通文件（是套接字）：只导入版面文本文件",
        "is not a regular file (a folder): only page dump files are imported":
            "不是普通文件（是文件夹）：只导入版面文本文件",
        "is not a regular file (special): only page dump files are imported":
            "不是普通文件（是特殊文件）：只导入版面文本文件",
        "is a new version of an imported file and {n} articles people worked on have changed lines ({titles}); "
        "import it with --replace to keep them, flagged for review":
            "是已导入文件的新版本，其中 {n} 篇人工处理过的文章有行被改动（{titles}）；"
            "要保留它们，请以替换方式导入，这些文章会被标记待复审",
        "not imported: {path} stopped answering as this file was written (if it went as the file was committed, the "
        "file may be in whole); import again when the server is back (a file already in is skipped)":   # run 28 B54
            "未导入：写入这个文件时 {path} 没有响应（若恰在提交时中断，这个文件可能已完整存入）；"
            "请等服务器恢复后重新导入（已存入的文件会跳过）",
        "not imported: {path} stopped answering as this file was written (if it went as the file was committed, the "
        "file may be in whole); the import stopped here, {left} more files were not tried; import again when the "
        "server is back (a file already in is skipped)":
            "未导入：写入这个文件时 {path} 没有响应（若恰在提交时中断，这个文件可能已完整存入）；导入在此停止，"
            "还有 {left} 个文件没有尝试；请等服务器恢复后重新导入（已存入的文件会跳过）",
        "not imported: {path} did not finish this file (the server was busy, a time limit of the database ran out, "
        "or another session cancelled it), nothing of this file was saved; import again (files already imported are "
        "skipped)":
            "未导入：{path} 没有完成这个文件（服务器正忙、数据库的时间限制已到，或另一个会话取消了它），"
            "这个文件的内容都没有保存；请重新导入（已导入的文件会跳过）",
        "not imported: {path} did not finish this file (the server was busy, a time limit of the database ran out, "
        "or another session cancelled it), nothing of this file was saved; the import stopped here, {left} more files "
        "were not tried; import again (files already imported are skipped)":
            "未导入：{path} 没有完成这个文件（服务器正忙、数据库的时间限制已到，或另一个会话取消了它），"
            "这个文件的内容都没有保存；导入在此停止，另有 {left} 个文件没有尝试；请重新导入（已导入的文件会跳过）",
        "not imported: {path} ended this session though the server is running (an administrator, or a setting of "
        "the address), nothing of this file was saved; import again (files already imported are skipped)":
            "未导入：服务器仍在运行，但 {path} 结束了这次会话（管理员所为，或地址中的某项设置），"
            "这个文件的内容都没有保存；请重新导入（已导入的文件会跳过）",
        "not tried: {path} ended this session though the server is running (an administrator, or a setting of the "
        "address) as the file before this one was committed — that one is in whole; the import stopped here, {left} "
        "files were not tried (this one among them); import again (files already imported are skipped)":
            "未尝试：服务器仍在运行，但 {path} 在提交上一个文件时结束了这次会话（管理员所为，或地址中的某项设置）"
            "——上一个文件已完整存入；导入在此停止，有 {left} 个文件没有尝试（包括这一个）；"
            "请重新导入（已导入的文件会跳过）",
        "not imported: {path} ended this session though the server is running (an administrator, or a setting of "
        "the address), nothing of this file was saved; the import stopped here, {left} more files were not tried; "
        "import again (files already imported are skipped)":
            "未导入：服务器仍在运行，但 {path} 结束了这次会话（管理员所为，或地址中的某项设置），"
            "这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；请重新导入（已导入的文件会跳过）",
        "not imported: {path} was replaced, moved or deleted on disk since the import began, nothing of this file "
        "was saved; open the database again and import again (files already imported are skipped)":
            "未导入：{path} 在导入开始后被替换、移动或删除，这个文件的内容都没有保存；"
            "请重新打开数据库后再导入（已导入的文件会跳过）",
        "not imported: {path} was replaced, moved or deleted on disk since the import began, nothing of this file "
        "was saved; the import stopped here, {left} more files were not tried; open the database again and import "
        "again (files already imported are skipped)":
            "未导入：{path} 在导入开始后被替换、移动或删除，这个文件的内容都没有保存；导入在此停止，还有 {left} "
            "个文件没有尝试；请重新打开数据库后再导入（已导入的文件会跳过）",
        "not imported: {path} is locked by another program or window, nothing of this file was saved; import again "
        "when it has finished (files already imported are skipped)":
            "未导入：{path} 正被另一个程序或窗口锁定，这个文件的内容都没有保存；"
            "请等它完成后重新导入（已导入的文件会跳过）",
        "not imported: {path} is locked by another program or window, nothing of this file was saved; the import "
        "stopped here, {left} more files were not tried; import again when it has finished (files already imported "
        "are skipped)": "未导入：{path} 正被另一个程序或窗口锁定，这个文件的内容都没有保存；导入在此停止，还有 {left} "
                        "个文件没有尝试；请等它完成后重新导入（已导入的文件会跳过）",
        "not imported: the disk holding {path} is full, nothing of this file was saved; free some space and import "
        "again (files already imported are skipped)":
            "未导入：{path} 所在的磁盘已满，这个文件的内容都没有保存；请腾出一些空间后重新导入（已导入的文件会跳过）",
        "not imported: the disk holding {path} is full, nothing of this file was saved; the import stopped here, "
        "{left} more files were not tried; free some space and import again (files already imported are skipped)":
            "未导入：{path} 所在的磁盘已满，这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；"
            "请腾出一些空间后重新导入（已导入的文件会跳过）",
    },
    "Backups": {
        "when the database was opened": "打开数据库时",
        "before an import": "导入前",
        "before a corpus JSON import": "导入语料 JSON 前",
        "before automation was re-run": "重新自动处理前",
        "before a recovery": "修复前",
        "before a backup was restored": "恢复备份前",
        "when a backup was restored (what it put back)": "恢复备份后（恢复所得的内容）",
        "before the database was upgraded (schema {n})": "数据库升级前（第 {n} 版结构）",
    },
    "QFileDialog": {  # Qt 6 changed these two; its own Chinese catalogue still has only the old forms
        "&Look in:": "查找范围(&L)：",
        "Files of &type:": "文件类型(&T)：",
    },
    "QAbstractFileIconProvider": {  # the file dialog's 类型 column; missing from Qt's own Chinese catalogue
        "Folder": "文件夹", "Drive": "驱动器", "File": "文件", "Unknown": "未知",
    },
}


def cue_strings() -> dict[str, set[str]]:
    """The English templates the window translates in these contexts, by context."""
    from jmreview.analysis.cue_codes import CUES
    from jmreview.errors import REFUSALS
    from jmreview.store.backup import BACKUP_KINDS

    return {"Cues": set(CUES.values()), "Refusals": set(REFUSALS.values()), "Backups": set(BACKUP_KINDS.values())}
