"""Simplified Chinese of the twentieth and twenty-first adversarial runs' fixes (issue 10): damage said as
damage, files cut short, companions named, the search index made anew. Merged into translations.py."""
from __future__ import annotations

ZH_RUN20: dict[str, dict[str, str]] = {
    "StoreMessages": {
        "{name} cannot be written now: {file} beside it was made unwritable by another program (an immutable "
        "attribute, or its permissions) while it was open; nothing was saved — ask whoever did it to undo it, then try "
        "again":   # run 35 A46, A47
            "现在无法写入 {name}：它旁边的 {file} 在打开期间被别的程序设为不可写（不可变属性或权限）；"
            "没有保存任何内容——请让做这件事的人撤销它，然后再试",
        "{name} could not be written: the system refused to write it or its journal (a disk I/O error: a file locked "
        "by a backup or security program, or a failing disk): nothing was saved; try again, and if it stays so, ask "
        "whoever looks after this computer":   # run 29 A46
            "{name} 无法写入：系统拒绝写入它或它的日志文件（磁盘读写错误：文件被备份或安全软件锁住，或磁盘有故障）："
            "没有保存任何内容；请再试一次，若一直如此，请联系这台电脑的管理人员",
        "{path} is mounted under another path too ({others}: a bind mount of the file): SQLite keeps a journal beside "
        "each path, so changes made under one would be lost under the other; nothing was opened — open it under one "
        "path only (unmount the other)":   # run 28 A28
            "{path} 也挂载在另一个路径下（{others}：对这个文件的绑定挂载）：SQLite 在每个路径旁各记一份日志，"
            "在一个路径下所做的修改会在另一个路径下丢失；没有打开——请只用一个路径打开它（卸载另一个）",
        "article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the file was "
        "exported from ({theirs_at}); left as it is":   # run 30 A33
            "文章 {id}《{title}》在这里（{here_at}）和导出此文件的那份数据库副本中（{theirs_at}）"
            "各自被修改过；保持原样",
        "article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the workbook "
        "was exported from ({theirs_at}); left as it is":
            "文章 {id}《{title}》在这里（{here_at}）和导出此工作簿的那份数据库副本中（{theirs_at}）"
            "各自被修改过；保持原样",
        "{path} was made by an older jmreview (schema {version}) and cannot be brought up to date where it is (it "
        "is read-only): nothing was opened; copy it where it can be written (jmreview copy) and open the copy":
            "{path} 是旧版 jmreview 建的（第 {version} 版结构），放在这里无法升级（它是只读的）：没有打开；"
            "请把它复制到可以写入的地方（jmreview copy），再打开复制出来的那份",   # run 31 A56, A58
        "{file} is a workbook of another database: none of the {pages} pages its rows name is in this one (open the "
        "database it was exported from, or import those pages first)":   # run 31 A64
            "{file} 是另一个数据库的工作簿：它各行所属的 {pages} 个版面没有一个在这个数据库里"
            "（请打开导出它的那个数据库，或先导入那些版面）",
        "sheet {sheet}: {n} rows (rows {rows}) name articles that are other articles in this database (another "
        "page, or another text): a workbook of another database, whose articles are numbered otherwise; nothing was "
        "imported (open the database it was exported from)":   # run 34
            "工作表“{sheet}”：有 {n} 行（第 {rows} 行）所写的文章编号在这个数据库里是别的文章"
            "（另一个版面或另一段文字）：这是另一个数据库的工作簿，其文章编号不同；没有导入任何内容（请打开导出它的那个数据库）",
        "{file} names {n} pages that are not in this database ({pages}): a workbook of another database, or of pages "
        "not imported here; nothing was changed (open the database it was exported from, or import those pages "
        "first)":   # run 32 A11
            "{file} 中有 {n} 个版面不在这个数据库里（{pages}）：这是另一个数据库的工作簿，或其中的版面没有在这里导入；"
            "没有任何改动（请打开导出它的那个数据库，或先导入那些版面）",
        "article {id} 《{title}》: applied over its version here, changed here at {here_at}, which the file does "
        "not show it knew of: if the file was made without that change, undo the import to get it back":   # r33 A25
            "文章 {id}《{title}》：已用文件中的内容覆盖这里的版本（这里在 {here_at} 改过，"
            "文件并不显示它知道这处修改）：如果文件是在没有这处修改的情况下做出的，请撤销这次导入把它找回来",
        "sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not the moment jmreview wrote there (a "
        "hidden column: leave it as it is)":   # run 32 B45
            "工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是 jmreview 写入的修改时间"
            "（这是隐藏列，请勿修改）",
        "a label name is 2–16 capital letters, digits or _": "标签名是 2 到 16 个大写字母、数字或 _",   # run 29
        "a colour is written #rrggbb": "颜色要写成 #rrggbb",
        "a label's hotkey is one digit from 1 to 9 (pressed with Ctrl)":
            "标签的快捷键是 1 到 9 中的一个数字（与 Ctrl 同按）",
        "label {name} already has that name or hotkey": "标签 {name} 已经用了这个名字或快捷键",
        "a label's name cannot change; add a new label instead": "标签名不能修改；请另加一个新标签",
        # run 25 B41: the session holding a server's write turn named
        "{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s{idle}: "
        "nothing was saved; try again in a moment — a session left idle so (a program stopped or frozen) keeps it "
        "until it ends: ask {role} to close it, or the administrator to end it (SELECT pg_terminate_backend({pid}))":
            "{path} 正忙：{role} 的会话（pid {pid}，{app}）已占用写入权 {seconds} 秒{idle}：没有保存任何内容；"
            "请稍后再试——这样闲置的会话（程序停住或卡死）会一直占着，直到它结束：请 {role} 关掉它，"
            "或请管理员结束它（SELECT pg_terminate_backend({pid})）",
        ", idle in its transaction": "，且在事务中闲置",
        "{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s and is "
        "working: nothing was saved; try again in a moment — if it stays so, ask {role} what it is doing":   # r30 B14
            "{path} 正忙：{role} 的会话（进程 {pid}，{app}）占用写入已 {seconds} 秒，正在工作：没有保存任何内容；"
            "请稍后再试——若一直如此，请问问 {role} 在做什么",
        "{path} is busy: the session of {role} (pid {pid}, {app}) holds its write turn, and this role may not see "
        "what that session is doing: nothing was saved; try again in a moment — if it stays so, ask {role}, or the "
        "administrator, who can see whether it is stalled and end it (SELECT pg_terminate_backend({pid}))":   # r43 B28
            "{path} 正忙：{role} 的会话（进程 {pid}，{app}）占着写入权，而当前角色无权查看那个会话在做什么："
            "没有保存任何内容；请稍后再试——若一直如此，请问问 {role}，或请管理员查看它是否卡住并结束它"
            "（SELECT pg_terminate_backend({pid})）",
        ", idle, outside any transaction (a lock another program took for the session)":   # run 29 B8
            "，闲置，不在任何事务中（另一个程序为整个会话取得的锁）",
        "{path} was moved, renamed or deleted on disk since it was opened: nothing was saved; open the database where "
        "it is now (File → Open database…, Ctrl+Shift+D)":   # run 27 A34
            "{path} 在打开之后已在磁盘上被移走、改名或删除：什么也没有保存；请到它现在所在的位置重新打开"
            "（文件 → 打开数据库…，Ctrl+Shift+D）",
        "This edit cannot be undone or redone: its record in the edit log is damaged (another program changed it); "
        "nothing was changed": "无法撤销或重做这项修改：它在修改日志中的记录已损坏（被别的程序改动过）；没有任何改动",
        # run 27 A57: a workbook with a password, a zip that is no workbook
        "{file} is protected by a password, or is an old .xls workbook: nothing was read; open it in Excel or WPS and "
        "save it as .xlsx without a password, then import that":
            "{file} 设有密码保护，或是旧格式的工作簿：什么也没有读取；请在电子表格程序中打开，"
            "另存为不带密码的新格式工作簿后再导入",
        "its parts are not a workbook's": "其中的内容不是工作簿的组成部分",
        # run 27 B13, B21: a date typed in another form, or no day of the calendar
        "“{value}” is not a day of the calendar: type it as 2024-01-05 (or 2024/1/5, 2024年1月5日); nothing was "
        "changed": "“{value}”不是日历上的日期：请输入 2024-01-05 这样的格式（或 2024/1/5、2024年1月5日）；没有任何改动",
        # run 26 B17: a review another program broke is not curated
        "{name}: its review is not as jmreview makes it ({why}; another program changed the database): nothing can "
        "curate it; doctor names what is wrong: restore a backup, or take the page back from double review and mark "
        "it again; nothing was changed":
            "{name}：它的审校数据有误（{why}；别的程序改动了数据库）：无法裁定；"
            "doctor 会指出问题所在：请恢复备份，或把该版面从双人审校中收回后重新标记；没有任何改动",
        "it is not under double review": "它不在双人审校中",
        "its review state is not one jmreview sets": "它的审校状态不是 jmreview 会设的值",
        "it has more than two review copies": "它有两份以上的审校副本",
        "both review copies are one person's": "两份审校副本属于同一个人",
        "a review copy names no editor": "有一份审校副本没有写明编辑",   # run 35 B25
        # run 26 B12: a page being curated is decided by its curator, not on the frozen copies
        "{name} is being curated: its curator decides it (in the window's curation view, Ctrl+Alt+U, or with the "
        "curate command) and its review copies no longer change; left as it is":
            "{name} 正在裁定中：由裁定人在裁定视图（文件 → 裁定双人审校）中决定，"
            "审校副本不再改动；保持原样",
        "{path}: the column {column} of the corpus is missing (another program dropped or renamed it): nothing was "
        "opened or changed; restore a backup, or put the column back":   # run 39 A28
            "{path}：语料的列 {column} 不见了（别的程序把它删除或改名了）：什么也没有打开或改动；"
            "请恢复一个备份，或把这一列放回去",
        "{path}: the corpus's table {table} is missing (another program renamed or dropped it): nothing was opened or "
        "changed; restore a backup, or put the table back":
            "{path}：语料的表 {table} 不见了（别的程序把它改名或删除了）：什么也没有打开或改动；"
            "请恢复一个备份，或把这张表放回去",
        "{file} is a zip file (the brat export is one, made for brat, and is not read back): import a doccano, Label "
        "Studio, spaCy or BIO file instead (nothing was imported)":
            "{file} 是一个 zip 文件（brat 导出就是 zip，供 brat 使用，不能读回）：请改为导入 doccano、Label Studio、"
            "spaCy 或 BIO 文件（没有导入任何内容）",
        "{path} is a database of another program (it holds tables such as {tables}, and none of jmreview's): nothing "
        "was changed; choose a jmreview database, or a new file name to start one":
            "{path} 是另一个程序的数据库（其中有 {tables} 等表，没有 jmreview 的表）：没有做任何改动；"
            "请选择一个 jmreview 数据库，或用一个新文件名新建",
        "{name} is being curated, and you are one of its reviewers: the curator decides on what you two said; nothing "
        "was changed": "{name} 正在裁定中，而您是它的审校人之一：由裁定人对你们两人的答案作出决定；没有任何改动",
        "This change was not written: the database did not store it (a trigger or rule its administrator added skips "
        "it); nothing was changed":
            "这项修改没有写入：数据库没有保存它（管理员添加的触发器或规则跳过了它）；没有任何改动",
        "{path} was not restored from {backup}: it is damaged ({detail}), so no sound copy of it can be made first; "
        "the database is as it was": "{path} 没有从 {backup} 恢复：它已损坏（{detail}），无法先为它做一份完好的副本；"
                                     "数据库保持原样",   # run 36 A8
        "{path} was not restored from {backup}: it is a backup of another database (copied into this backups folder); "
        "the database is as it was": "{path} 没有从 {backup} 恢复：它是另一个数据库的备份（被复制进了这个备份文件夹）；"
                                     "数据库保持原样",
        "article {id} 《{title}》 was made anew by re-running automation here after the export; left as it is (export "
        "again, and make the change there)":
            "文章 {id}《{title}》在导出后因在这里重新运行自动处理而重新生成；保持原样"
            "（请重新导出，在新导出的文件中修改）",
        "{n} articles of {name} were made anew by re-running automation here after the export ({ids}); left as they "
        "are (export again, and make the changes there)":   # run 32 A30
            "{name} 有 {n} 篇文章在导出后因在这里重新运行自动处理而重新生成（{ids}）；保持原样"
            "（请重新导出，在新导出的文件中修改）",
        "{name}: {editor}'s review copy no longer holds the page's text and lines as they were copied (another program "
        "changed the database): it cannot be curated; restore a backup, or take the page back from double review and "
        "mark it again; nothing was changed":
            "{name}：{editor} 的复审副本已不再是复制时本版的文字和行（别的程序改动了数据库）：无法裁定；"
            "请恢复一个备份，或撤销本版的双人审校后重新标记；没有任何改动",
        "{file} holds more than {limit} records (objects and lists), far more than any corpus jmreview writes (one of "
        "2,000 pages holds about a million): it is no corpus file of jmreview; nothing was imported":
            "{file} 含有超过 {limit} 条记录（对象和列表），远多于 jmreview 写出的任何语料"
            "（2,000 版的语料约有一百万条）：它不是 jmreview 的语料文件；没有导入任何内容",
        "{name}: this is {owner}'s review copy, corrected only by {owner}; nothing was changed":
            "{name}：这是 {owner} 的复审副本，只能由 {owner} 修改；没有任何改动",
        "{name} is under double review by {editors}, and you are one of its reviewers: correct your review copy (tick "
        "My work: it is listed there); the page itself is written by curation; nothing was changed":
            "{name} 正由 {editors} 双人审校，而您是审校人之一：请在您的复审副本上修改（勾选“我的任务”即可看到它）；"
            "本版由裁定写入；没有任何改动",
        # the system's words for a file that cannot be made or written (run 23 A40, A50)
        "File exists": "已有同名文件", "Not a directory": "路径中的一部分是文件，不是文件夹",
        "Is a directory": "这是一个文件夹", "Too many levels of symbolic links": "链接层数太多（链接指回了自己？）",
        "{path} has lost the record of its version (its schemainfo table is empty or changed: another program, or a "
        "restore cut short): nothing was changed; restore one of its backups, or ask the administrator":
            "{path} 丢失了版本记录（其 schemainfo 表是空的或被改动过：另一个程序所为，或恢复没有完成）："
            "什么也没有改动；请恢复它的一个备份，或联系管理员",
        "{file} is cut short (it stops in the middle, as a copy, a download or a sync that did not finish leaves a "
        "file): nothing was imported; copy the whole file again, or export it again":
            "{file} 不完整（它在中途断了，没有完成的复制、下载或同步会留下这样的文件）：什么也没有导入；"
            "请重新复制整个文件，或重新导出",
        "{path} is open without a new backup: its backups folder {folder} lets files be made but not deleted or "
        "renamed (its permissions or attributes, such as append-only); ask for the right to delete in it, or copy the "
        "database to a folder of your own":
            "{path} 已打开，但没有做新的备份：它的备份文件夹 {folder} 允许新建文件，却不允许删除或改名"
            "（其权限或属性，例如只允许追加）；请申请在其中删除文件的权限，或把数据库复制到你自己的文件夹",
        "{path} is open read-only: {file} beside it cannot be written (a read-only or locked file; a backup or "
        "antivirus program may hold it); close that program and open the database again, or copy it, with {name}-wal "
        "beside it if there is one, to a folder of your own":
            "{path} 以只读方式打开：它旁边的 {file} 不可写入（只读或被锁定的文件，可能是备份或杀毒程序占用了它）；"
            "请关闭那个程序后重新打开数据库，或把数据库（旁边若有 {name}-wal 也一并）复制到你自己的文件夹",
        "{path} is a file SQLite keeps beside the database {db} (its latest changes, or what its open sessions "
        "share), not a database: open {db} instead; never delete or move {path} while {db} is open anywhere":
            "{path} 是 SQLite 放在数据库 {db} 旁边的文件（其中是最近的修改，或各个打开它的会话共用的内容），"
            "不是数据库：请改为打开 {db}；{db} 在任何地方打开着时，切勿删除或移动 {path}",
        "{path} is not made: a name ending in {suffix} is the one SQLite gives the companion of the database {db}, "
        "and a database made there later would take this one for its own and delete it (its work with it); nothing "
        "was written: choose a name ending in .sqlite3":   # run 58 B31
            "没有建立 {path}：以 {suffix} 结尾的名字是 SQLite 给数据库 {db} 的附属文件用的，"
            "以后在那里建立的数据库会把它当作自己的附属文件并删掉它（连同其中的工作）；"
            "没有写入任何内容：请选择一个以 .sqlite3 结尾的名字",
        "jmreview's own folder {folder}, where it keeps its database, cannot be made ({detail}: a file of that name "
        "may be in the way); nothing was opened: move that file away, or open a database of your choice (jmreview "
        "--db FILE)":
            "无法建立 jmreview 存放数据库的文件夹 {folder}（{detail}：可能有同名文件挡住了它）；没有打开任何内容："
            "请把那个文件移走，或打开你选择的数据库（jmreview --db 文件）",
        "the search index of {path} is damaged: nothing can be searched while it is open read-only; open it writable "
        "and the index is made anew":
            "{path} 的搜索索引已损坏：以只读方式打开时无法搜索；以可写方式打开它，索引就会重新建立",
    },
    "Crash": {
        "Part of the database is damaged": "数据库有一部分已损坏",
        "A part of the database is damaged and could not be read ({error}). Nothing was changed. Restore one of its "
        "backups (File → Restore a backup), or export what can still be read.":
            "数据库有一部分已损坏，无法读取（{error}）。没有做任何修改。请恢复它的一个备份（文件 → 恢复备份），"
            "或导出仍能读取的内容。",
        "A part of the database is damaged and could not be read ({error}). Nothing was changed. It has no backup: "
        "export what can still be read, and keep the file for a technician.":
            "数据库有一部分已损坏，无法读取（{error}）。没有做任何修改。它没有备份：请导出仍能读取的内容，"
            "并保留该文件交给技术人员。",
    },
    "App": {
        "{path} is too damaged to be read, even read-only ({detail}), and it has no backup. Nothing was changed: "
        "keep the file for a technician.":
            "{path} 损坏严重，连只读也无法读取（{detail}），而且它没有备份。没有做任何修改：请保留该文件交给技术人员。",
        "{path} was put back from its backup {backup}. What was changed after that backup is only in the damaged "
        "file, kept as {kept}: keep it for a technician.":
            "{path} 已从其备份 {backup} 恢复。该备份之后所做的修改只在损坏的文件中，"
            "它已保存为 {kept}：请保留它，交给技术人员。",
        "JMREVIEW_EDITOR ({given}) is no editor's name: it holds a line break, a control or invisible character, or "
        "is too long; your corrections are recorded as {name} (Edit → Settings changes it)":
            "JMREVIEW_EDITOR（{given}）不是编辑的名字：其中有换行、控制字符或不可见字符，或者太长；"
            "您的修改将以 {name} 的名义记录（可在 编辑 → 设置 中更改）",
        "Your database role {role} cannot name an editor (it holds a line break, a control or invisible character, "
        "or is too long): your corrections are recorded as {name} (Edit → Settings changes it); ask the administrator "
        "for a role with a plain name":   # run 31 B43
            "您的数据库角色 {role} 不能当作编辑的名字（其中有换行、控制字符或不可见字符，或者太长）："
            "您的修改将以 {name} 的名义记录（可在 编辑 → 设置 中更改）；请管理员给您一个名字普通的角色",
    },
    "Refusals": {   # run 24 B5: the server's full disk and its limits, met by an import; A11: too many characters
        "not imported: {path} no longer exists on the server (it was dropped or renamed as the import ran): the import "
        "stopped here; waiting will not bring it back: ask the database's administrator":   # run 28 B44
            "未导入：服务器上已没有 {path}（导入进行时它被删除或改名了）：导入在此停止；"
            "等待也不会让它回来：请联系数据库管理员",
        "not imported: {path} no longer exists on the server (it was dropped or renamed as the import ran): the import "
        "stopped here, {left} more files were not tried; waiting will not bring it back: ask the database's "
        "administrator":
            "未导入：服务器上已没有 {path}（导入进行时它被删除或改名了）：导入在此停止，另有 {left} 个文件没有尝试；"
            "等待也不会让它回来：请联系数据库管理员",
        "is still being written by {program} (a copy, a sync or a download not finished): import it once it is "
        "complete":   # run 25 A37
            "仍在被 {program} 写入（复制、同步或下载尚未完成）：请等它完成后再导入",
        "another program": "另一个程序",
        "mixes two encodings: it is {encoding}, but line {line} is {other} (text pasted from another file?); save it "
        "in one encoding and import it again":   # run 27 A20
            "混用了两种编码：文件是 {encoding}，但第 {line} 行是 {other}（从别的文件粘贴来的文字？）；"
            "请用同一种编码保存后再导入",
        "has {chars} characters: this is not a page dump (a printed page holds some ten thousand; files over {limit} "
        "characters are refused)":
            "有 {chars} 个字符：这不是版面文本（一个印刷版面约有一万字；超过 {limit} 个字符的文件不予导入）",
        "not imported: the disk of the server holding {path} is full, nothing of this file was saved; ask the "
        "administrator to free space on it, then import again (files already imported are skipped)":
            "未导入：存放 {path} 的服务器磁盘已满，这个文件没有保存任何内容；请管理员在服务器上腾出空间，"
            "然后再导入一次（已导入的文件会跳过）",
        "not imported: the disk of the server holding {path} is full, nothing of this file was saved; the import "
        "stopped here, {left} more files were not tried; ask the administrator to free space on it, then import again "
        "(files already imported are skipped)":
            "未导入：存放 {path} 的服务器磁盘已满，这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；"
            "请管理员在服务器上腾出空间，然后再导入一次（已导入的文件会跳过）",
        "not imported: this file went past a limit the server of {path} sets (temp_file_limit), nothing of it was "
        "saved; ask the administrator to raise or remove it, then import again (files already imported are skipped)":
            "未导入：这个文件超出了 {path} 所在服务器设定的上限（temp_file_limit），没有保存任何内容；"
            "请管理员调高或取消这个上限，然后再导入一次（已导入的文件会跳过）",
        "not imported: this file went past a limit the server of {path} sets (temp_file_limit), nothing of it was "
        "saved; the import stopped here, {left} more files were not tried; ask the administrator to raise or remove "
        "it, then import again (files already imported are skipped)":
            "未导入：这个文件超出了 {path} 所在服务器设定的上限（temp_file_limit），没有保存任何内容；导入在此停止，"
            "另有 {left} 个文件没有尝试；请管理员调高或取消这个上限，然后再导入一次（已导入的文件会跳过）",
        # run 26 B43, B25, B40: a table its administrator changed, met by an import
        "not imported: the numbering of the table {table} on the server of {path} is behind its rows (an administrator "
        "restarted its sequence), nothing of this file was saved; ask the administrator to set it past the highest "
        "number, then import again":
            "未导入：{path} 所在服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），"
            "这个文件没有保存任何内容；请管理员把编号设到最大值之后，然后再导入一次",
        "not imported: the numbering of the table {table} on the server of {path} is behind its rows (an administrator "
        "restarted its sequence), nothing of this file was saved; the import stopped here, {left} more files were not "
        "tried; ask the administrator to set it past the highest number, then import again":
            "未导入：{path} 所在服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），"
            "这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；"
            "请管理员把编号设到最大值之后，然后再导入一次",
        "not imported: a table of the corpus on the server of {path} is not as jmreview made it (another program "
        "changed its columns or added a rule), nothing of this file was saved; ask the administrator to put it back, "
        "then import again":
            "未导入：{path} 所在服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改了它的列或加了规则），"
            "这个文件没有保存任何内容；请管理员把它恢复原样，然后再导入一次",
        "not imported: a table of the corpus on the server of {path} is not as jmreview made it (another program "
        "changed its columns or added a rule), nothing of this file was saved; the import stopped here, {left} more "
        "files were not tried; ask the administrator to put it back, then import again":
            "未导入：{path} 所在服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改了它的列或加了规则），"
            "这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请管理员把它恢复原样，然后再导入一次",
        "not imported: the server of {path} refused this file by a rule of its own, saying: {detail}; nothing of this "
        "file was saved; ask the administrator":
            "未导入：{path} 所在的服务器按它自己的规则拒绝了这个文件，理由是：{detail}；这个文件没有保存任何内容；"
            "请联系管理员",
        "not imported: the server of {path} refused this file by a rule of its own, saying: {detail}; nothing of this "
        "file was saved; the import stopped here, {left} more files were not tried; ask the administrator":
            "未导入：{path} 所在的服务器按它自己的规则拒绝了这个文件，理由是：{detail}；这个文件没有保存任何内容；"
            "导入在此停止，另有 {left} 个文件没有尝试；请联系管理员",
    },
    "RoundTrips": {
        "; {k} deleted here since the file was made, left deleted": "；{k} 个在文件生成后已在这里删除，保持删除",
        "; {n} entities on duplicate lines left as they are (such files leave them out: their first copy is in them)":
            "；重复行上的 {n} 个实体保持原样（这类文件不含它们：其中只有第一处）",   # run 38 A17
    },
    "Jobs": {
        "{name}: imported, but it holds no Chinese character: is it a page of the newspaper? (a README or a licence "
        "beside the pages is not)":   # run 31 A62
            "{name}：已导入，但其中一个汉字也没有：它是报纸的版面吗？（版面旁边的说明或许可文件不是）",
        " That file-name pattern is one saved in Edit → Settings: correct or remove it there.":   # run 29 A36
            "这个文件名式样是保存在 编辑 → 设置 中的：请在那里改正或删除它。",
        "{name}: the date in its name, {day}, is no day of the calendar: no issue date was read":   # run 28 A48
            "{name}：文件名中的日期 {day} 不存在：未读出期号日期",
        "{name}: the same page ({page}) as {other}, under another name: both are kept":
            "{name}：与 {other} 是同一版（{page}），只是名字不同：两个都保留",
        "The team's work holds {n} things the program would not have made (another program changed it): restoring "
        "this snapshot is refused until they are mended. Run jmreview doctor to see them.":   # run 28 B42
            "团队工作中有 {n} 处是本程序不会写出的（被别的程序改过）：修好之前，这个快照恢复时会被拒绝。"
            "请运行 jmreview doctor 查看。",
        "Not in this file: the team's work on earlier versions of pages (replaced by a newer import); jmreview copy "
        "to another database keeps it.": "这个文件不含页面较早版本（已被新导入取代）上的团队工作；"
            "用 jmreview copy 复制到另一个数据库可以保留。",
        "… and {n} more lines: Show Details…": "……另有 {n} 行：请点“显示详细信息…”",
        "Stopping: the file being read is finished first (a file is kept whole or not at all)…":
            "正在停止：先处理完正在读取的文件（每个文件要么完整保留，要么完全不留）…",
        "Not carried over (what was decided stays on the old version, which is kept): {what}":
            "没有沿用（所做的决定留在旧版本上，旧版本已保留）：{what}",
        "; {n} lines are in none of its articles and not said to be noise (an export of part of the corpus?): left "
        "unassigned, to be decided":
            "；有 {n} 行不在文件的任何文章中，也没有标为噪声（只导出了语料的一部分？）：这些行未分配，待决定",
        "Not in this database: {name} (its text is in the file, but a snapshot adds pages only to an empty database: "
        "import the page itself, or restore the snapshot into a new database)":
            "不在本数据库中：{name}（文件里有它的原文，但快照只会把版面加入空数据库：请导入该版面文件本身，"
            "或把快照恢复到一个新数据库）",
    },
    "Curation": {   # run 22 B41: a colleague's decision replaced only when asked twice
        "Replace a colleague's decision?": "替换同事的裁定？",
        "{who} settled this difference ({taken}). Replace their decision with yours?":
            "{who} 已裁定这处差异（{taken}）。要用你的裁定替换吗？",
    },
    "History": {   # run 22 A89: every kind of logged edit named in the window's words
        "Import an edited workbook": "导入改过的工作簿", "Import entity annotations": "导入实体标注",
        "Apply what was learned": "应用学到的内容", "Delete a lexicon entry": "删除词表条目",
        "Change a lexicon entry": "修改词表条目", "Import lexicon entries": "导入词表条目",
        "Import the edited workbook {name}": "导入改过的工作簿 {name}",
        "Import entity annotations from {name}": "从 {name} 导入实体标注",
    },
    "MainWindow": {   # run 27 B17, B62: closing with typed text that could not be saved
        "A change the server had not confirmed was saved after all: Ctrl+Z undoes it":   # run 31 B45
            "服务器当时没有确认的一项修改最终已经保存：按 Ctrl+Z 可以撤销它",
        "Not closed": "未关闭",
        "What you typed in {fields} could not be saved:\n{text}\n\nSave it with Return in the field, or close "
        "again (Ctrl+Q) to close anyway: the text is then kept in {file} (and put on the clipboard).":
            "你在 {fields} 中输入的内容未能保存：\n{text}\n\n请在该栏中按回车保存；"
            "或再关闭一次（Ctrl+Q）直接关闭：这些内容会保存在 {file}（并放到剪贴板上）。",
        "Another program or window changed this database while the list was open. Restoring the backup takes that "
        "work back too (what the database holds now is kept in a backup made before the restore). Restore it "
        "anyway?":   # run 29 A45
            "列表打开期间，另一个程序或窗口修改了这个数据库。恢复这个备份也会撤回那些修改"
            "（数据库现在的内容会先另存为“恢复前”备份）。仍要恢复吗？",
        "What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be "
        "written):\n{text}\n\nIt is on the clipboard: paste it somewhere safe, then close again.":   # run 30 A7
            "你在 {fields} 中输入的内容也无法保存到 {file}（磁盘已满，或这个文件不能写入）：\n{text}\n\n"
            "这些内容在剪贴板上：请先粘贴到安全的地方，再关闭一次。",
        "The database was restored from a backup by another window or program: {n} of your changes were taken back "
        "with it (a backup made before the restore keeps them); the history shows what is left":   # run 30 A32
            "数据库已被另一个窗口或程序从备份恢复：你的 {n} 项修改随之撤回（恢复前所做的备份保留着它们）；"
            "历史记录显示的是剩下的修改",
        "What you typed in {fields} could not be saved:\n{text}\n\nRestore the backup anyway? The text is then kept in "
        "{file} (and put on the clipboard).":   # run 37 A40
            "你在 {fields} 中输入的内容未能保存：\n{text}\n\n仍要恢复备份吗？"
            "这些内容将保存在 {file}（并放到剪贴板上）。",
        "What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be "
        "written), so nothing was restored. It is on the clipboard: paste it somewhere safe first.":
            "你在 {fields} 中输入的内容也未能保存到 {file}（磁盘已满，或该文件无法写入），因此没有恢复任何备份。"
            "这些内容在剪贴板上：请先粘贴到安全的地方。",
        "This server is no longer a standby: it is the primary server now. Open the database again (File → Recent "
        "databases) to make corrections.":   # run 38 B16
            "这台服务器已不再是备用服务器，现在是主服务器。请重新打开该数据库（文件 → 最近的数据库）后再做修改。",
        "Nothing was restored: what you typed is still in its field": "没有恢复任何备份：你输入的内容仍在原来的栏中",
        "Not closed: an import or export is running. Wait for it, or cancel it first.":   # run 28 A55
            "未关闭：导入或导出正在进行。请等它完成，或先取消。",
    },
    "TeamDialog": {   # run 27 B63
        "{n} of these pages were curated. A new round sets aside their review copies and curation decisions (an undo "
        "brings them back). Mark them again?":   # run 38 B25
            "其中 {n} 个版面已裁定过。开始新一轮会撤下它们的审校副本和裁定（撤销可恢复）。仍要重新标记吗？",
        "; {n} under double review not curated yet, left as they are: {pages}":
            "；{n} 个版面正在双人审校、尚未裁定，保持原样：{pages}",
        "; {n} of them were curated: a new round, the last round's review copies and decisions set aside (an undo "
        "brings them back)": "；其中 {n} 个已裁定过：开始新一轮，上一轮的审校副本和裁定已撤下（撤销可恢复）",
    },
    "ArticleEditor": {   # run 28 A33: handed-back text kept in a file too
        " It is kept in {file} too.": "这些内容也已保存在 {file}。",
        "What you typed in {field} could not be saved on the article you left: {text}":   # run 29 A41
            "你在 {field} 中输入的内容未能保存到刚离开的那篇文章上：{text}",
    },
    "LexiconWindow": {   # run 26 A37: a large lexicon's import said when done
        "{n} entries imported from {name}": "已从 {name} 导入 {n} 条",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_RUN20.items():
        table.setdefault(context, {}).update(strings)
