"""Simplified Chinese for the window on a PostgreSQL server: read-only roles, the server's messages (issue 16).

Part of the reviewed table of `translations.py` (merged into it there, context by context).
"""
from __future__ import annotations

ZH_SERVER: dict[str, dict[str, str]] = {
    "MainWindow": {
        "Read-only: your database role {role} may browse and export this corpus but not change it; ask the "
        "database's administrator for an editor's role to make corrections.":
            "只读：您的数据库角色 {role} 可以浏览和导出本语料，但不能修改；如需修改，请向数据库管理员申请编辑角色。",
        "{why}. You may browse and export it.": "{why}。您可以浏览和导出。",
        "Read-only: this database is open read-only. You may browse and export it; nothing can be changed.":
            "只读：本数据库以只读方式打开。您可以浏览和导出，但不能做任何修改。",
        "Backups of a server database are the server's job; File → Export with each file's source text is the "
        "portable snapshot":
            "服务器数据库的备份由服务器负责；“文件 → 导出”时包含每个文件的原文，即是可带走的完整快照",
        "Lost touch with the server: other editors' changes are not shown until it answers again":
            "与服务器的联系中断：在服务器重新响应之前，不会显示其他编辑所做的修改",
        "Other editors' changes not shown": "不显示其他编辑的修改",
        "Other editors' changes are not shown: the window hears them on a second connection, and the server's "
        "connection limit (of this role or database) allows no more; ask the administrator to raise it by one":
            "不显示其他编辑的修改：窗口要通过第二个连接接收这些修改，而服务器的连接数上限（本角色或本数据库的）"
            "不允许再多一个连接；请管理员把上限调高一个",
        "The server ends sessions idle for a short while (its idle_session_timeout setting): other editors' changes "
        "may show a moment late; the administrator can turn that setting off for editors":
            "服务器会结束空闲片刻的会话（其 idle_session_timeout 设置）：其他编辑的修改可能稍晚才显示；"
            "管理员可以为编辑关闭这个设置",
    },
    "StoreMessages": {
        "{path}: the database refused this by a rule another program added to it (a trigger or a check), saying: "
        "{detail}; nothing of it was saved; `jmreview doctor` names that rule — remove it, or restore a backup":
            "{path}：数据库按另一个程序给它加上的规则（触发器或检查）拒绝了这项操作，理由是：{detail}；"
            "什么也没有保存；`jmreview doctor` 会指出这条规则——请删掉它，或恢复备份",
        "{path} holds bytes that are not text in its column {column} (another program wrote them there): nothing was "
        "done; `jmreview doctor` names the rows — restore a backup, or have them corrected":
            "{path} 的 {column} 列里有不是文字的字节（另一个程序写进去的）：什么也没有做；"
            "`jmreview doctor` 会指出是哪些行——请恢复备份，或请人改正",
        "{path} cannot be opened: the server lets no one into this database now (its administrator closed it to "
        "connections, or it is being dropped or was left unfinished); nothing was opened: ask the administrator":
            "{path} 无法打开：服务器现在不允许任何人进入这个数据库（管理员关闭了它的连接，或者它正在被删除、"
            "或没有建完）；什么也没有打开：请询问管理员",
        "{path}: the server refused this because it would break a unique key of its tables ({detail}): another "
        "session may have made the same at the same moment, or the administrator added the key; nothing of it was "
        "saved; try again, and ask the administrator if it comes back":
            "{path}：服务器拒绝了这项操作，因为它会违反表的唯一键（{detail}）：可能另一个会话同时做了同样的操作，"
            "或者管理员添加了这个键；没有保存任何内容；请再试一次，如果仍然出现，请询问管理员",
        "{path}: the connection was lost, and the server lets no new one in now (its connection limit is reached): "
        "nothing of this change was saved; close a window or a program that has it open, or ask the administrator to "
        "raise the limit, then try again":
            "{path}：连接断开了，而服务器现在不接受新的连接（已达到连接数上限）：本次修改没有保存任何内容；"
            "请关闭一个打开它的窗口或程序，或请管理员提高上限，然后再试",
        "{path}: the connection was lost, and the server lets no one into this database now (its administrator closed "
        "it to connections): nothing of this change was saved; ask the administrator, and try again once it is open "
        "again":   # run 32 B27
            "{path}：连接断开了，而服务器现在不允许任何人进入这个数据库（管理员关闭了它的连接）：本次修改没有保存任何内容；"
            "请询问管理员，等它重新开放后再试",
        "{path}: the connection was lost, and the server refuses this database role's password now (changed, or "
        "expired: VALID UNTIL): nothing of this change was saved; ask the administrator":   # run 37 B33
            "{path}：连接断开了，而服务器现在不接受这个数据库角色的密码（密码已更改，或已过期：VALID UNTIL）："
            "本次修改没有保存任何内容；请询问管理员",
        "{path} is open read-only: this server is a standby, a read-only copy of another; connect to the primary "
        "server to make changes":   # run 37 B55
            "{path} 以只读方式打开：这台服务器是备用服务器，只是另一台的只读副本；要做修改，请连接主服务器",
        "{path}: the connection was lost, and the server does not let this database role in again (its right to "
        "connect was taken away, or it may not log in): nothing of this change was saved; ask the administrator":
            "{path}：连接断开了，而服务器不再允许这个数据库角色连接（连接权限被收回，或该角色不能登录）："
            "本次修改没有保存任何内容；请询问管理员",
        "{path}: the server refused this by a rule of its own (a trigger or check its administrator added), saying: "
        "{detail}; nothing of it was saved; ask the administrator":
            "{path}：服务器按它自己的规则（管理员添加的触发器或检查）拒绝了这项操作，它说：{detail}；"
            "没有保存任何内容；请询问管理员",
        "{path} cannot be opened: the server asks this role for a password, and the password file {file} is not used "
        "because others may read it; make it yours alone (chmod 600 {file}) and open again":
            "{path} 无法打开：服务器要求这个角色提供密码，而密码文件 {file} 别人也能读取，因此没有被使用；"
            "请把它设为只有您能读写（chmod 600 {file}），然后再打开",
        "{path} holds no jmreview database yet: there is nothing to read or check (an editor's command that writes, "
        "by a role allowed to create tables, sets it up)":   # run 28 B58
            "{path} 中还没有 jmreview 数据库：没有可读取或检查的内容（由有建表权限的角色执行一次写入的命令，即会建立）",
        "{path}: {tables} of the corpus on the server is not jmreview's table but a view (another program put it in "
        "the table's place), which may show only part of the corpus (and export it so): nothing was done; ask the "
        "database's administrator to put the table back":   # run 45 B18, B19
            "{path}：服务器上语料的 {tables} 不是 jmreview 的表，而是一个视图（别的程序把它放在了表的位置上），"
            "它可能只显示语料的一部分（导出时也只导出那一部分）：什么也没有做；请数据库管理员把表恢复原样",
        "{path}: the column {column} another program added on the server may not be empty, and jmreview never fills "
        "it: nothing was done; ask the database's administrator to drop it or give it a default (`jmreview doctor` "
        "names every such column)":   # run 45 B20
            "{path}：别的程序在服务器上加了一列 {column}，它不能为空，而 jmreview 从不填写它：什么也没有做；"
            "请数据库管理员删掉这一列或给它一个默认值（`jmreview doctor` 会列出所有这样的列）",
        "{path}: row-level security is on for {tables}: its policies let the role {role} see every row but check "
        "the rows it writes, so a change could be refused or kept only in part: nothing was done; ask the database's "
        "administrator to turn it off for jmreview's tables (ALTER TABLE … DISABLE ROW LEVEL SECURITY)":   # r39 B31
            "{path}：{tables} 上开启了行级安全策略：角色 {role} 能看到所有行，但它写入的行要受策略检查，"
            "修改可能被拒绝或只保存一部分：什么也没有做；请数据库管理员为 jmreview 的表关闭它"
            "（ALTER TABLE … DISABLE ROW LEVEL SECURITY）",
        "{path}: row-level security hides rows of {tables} from the role {role}, which would see only part of the "
        "corpus (and export it so): nothing was done; ask the database's administrator to turn it off for jmreview's "
        "tables (ALTER TABLE … DISABLE ROW LEVEL SECURITY)":
            "{path}：行级安全策略对角色 {role} 隐藏了 {tables} 中的一些行，它只能看到语料的一部分（导出也会如此）："
            "什么也没有做；请数据库管理员为 jmreview 的表关闭它（ALTER TABLE … DISABLE ROW LEVEL SECURITY）",
        "{path}: a row of the corpus holds a value that is not the JSON jmreview writes (another program cut it short "
        "or changed it): nothing was done; `jmreview doctor` names the row":
            "{path}：语料中有一行的值不是 jmreview 写下的 JSON（别的程序截短或改动了它）：什么也没有做；"
            "`jmreview doctor` 会指出是哪一行",
        "{path}: a table of the corpus on the server is not as jmreview made it (another program renamed, dropped, "
        "added or narrowed a column, or changed its type): nothing was done; `jmreview doctor` names the column — ask "
        "the database's administrator to put it back (the server's backups hold it)":
            "{path}：服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改名、删除、增加或缩窄了一列，"
            "或改了它的类型）：什么也没有做；`jmreview doctor` 会指出是哪一列——请数据库管理员把它恢复原样"
            "（服务器的备份里有它）",
        "{path} cannot be opened: the server refused this role's login; the password for it in {file} holds a “\\” or "
        "“:” written as it is, which libpq reads as an escape or as the end of the password: write each as \\\\ and "
        "\\: in that file, or ask the administrator":   # run 42 B40
            "无法打开 {path}：服务器拒绝了这个角色的登录；{file} 中它的密码含有未转义的“\\”或“:”，libpq 会把它读作"
            "转义符或密码的结尾：请在该文件中把它们分别写成 \\\\ 和 \\:，或者联系管理员",
        "{path}: the column {column} jmreview reads is missing on the server (another program renamed or dropped it): "
        "nothing was done; `jmreview doctor` names every such column — ask the database's administrator to put it "
        "back (the server's backups hold it)":   # run 42 B34
            "{path}：服务器上缺少 jmreview 要读的列 {column}（被别的程序改名或删除了）：什么也没有做；"
            "`jmreview doctor` 会列出每个这样的列——请数据库管理员把它恢复（服务器的备份里有它）",
        "{path} cannot be opened: the server refused this role's login; the password for it in {file} ends in {n} "
        "spaces or tabs, which libpq takes as part of the password: take them away if they are not in it, or ask the "
        "administrator":   # run 41 B13
            "无法打开 {path}：服务器拒绝了这个角色的登录；{file} 中它的密码末尾有 {n} 个空格或制表符，libpq 会把它们"
            "当作密码的一部分：如果密码里没有它们，请删掉，或者联系管理员",
        "{path} holds tables of another program named as jmreview's ({tables}) and no jmreview corpus: jmreview sets "
        "up its corpus only where no such table is; nothing was done; use a new, empty database (or ask the "
        "administrator for one)":   # run 40 B39
            "{path} 中有别的程序建立的、与 jmreview 的表同名的表（{tables}），却没有 jmreview 的语料：jmreview 只在没有"
            "这样的表的地方建立语料；什么也没有做；请使用一个新的空数据库（或向管理员要一个）",
        "{path}: the password in this address holds “{char}”, which an address must write as {code} (libpq ends the "
        "user part there and would misread the rest): write it so, or leave the password out of the address and keep "
        "it in ~/.pgpass; nothing was done":   # run 41 B6
            "{path}：这个地址中的密码含有“{char}”，地址里必须把它写成 {code}（libpq 会在那里结束用户部分，把后面的内容"
            "读错）：请这样写，或者不在地址中写密码，而把它保存在 ~/.pgpass 中；什么也没有做",
        "{path}: this change was not stored as written: a trigger or rule the administrator added to the table "
        "{table} changed it; nothing of it was saved; ask the administrator":   # run 39 B34
            "{path}：这次修改没有按原样保存：管理员给表 {table} 加的触发器或规则改动了它；"
            "没有保存任何内容；请联系管理员",
        "{path}: a trigger named “{name}” on the table {table}, added by the administrator or another program, may "
        "change or skip the rows written: a whole corpus is not copied or restored into such a database, and nothing "
        "was written; ask for it to be removed ({drop}), or use a new, empty database":   # run 57 B6
            "{path}：表 {table} 上有一个名为“{name}”的触发器（管理员或别的程序加的），它可能改动或跳过写入的行："
            "整个语料不会复制或恢复到这样的数据库中，什么也没有写入；请让人删掉它（{drop}），"
            "或者使用一个新的空数据库",
        "{path}: a rule named “{name}” on the table {table}, added by the administrator, may change or skip the rows "
        "written: a whole corpus is not copied or restored into such a database, and nothing was written; ask for it "
        "to be removed ({drop}), or use a new, empty database":   # run 57 B6, B24
            "{path}：表 {table} 上有一个名为“{name}”的规则（管理员加的），它可能改动或跳过写入的行："
            "整个语料不会复制或恢复到这样的数据库中，什么也没有写入；请让管理员删掉它（{drop}）"
            "，或者使用一个新的空数据库",
        "{path}: this change was not written: a rule the administrator added to a table of the corpus rewrites or "
        "skips it (the server says: {detail}); nothing of it was saved; ask the administrator":
            "{path}：这次修改没有写入：管理员给语料的一张表加的规则改写或跳过了它（服务器说：{detail}）；"
            "没有保存任何内容；请联系管理员",
        "{path}: the numbering of the table {table} on the server is behind the rows it holds (an administrator "
        "restarted its sequence), so no new row can be added: nothing of it was saved; ask the administrator to set it "
        "past the highest number (SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM "
        "{table})))":
            "{path}：服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），因此无法添加新行："
            "没有保存任何内容；请管理员把编号设到最大值之后（SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            "(SELECT max(id) FROM {table}))）",
        "{path} cannot be written: the server makes every session read-only (default_transaction_read_only in the "
        "server's own settings, set by its administrator, who can reset it), though the role may write; nothing was "
        "saved":
            "{path} 无法写入：服务器让所有会话只读（管理员在服务器自身的设置中设了 default_transaction_read_only，"
            "可由管理员取消），虽然该角色有写权限；没有保存任何内容",
        "{path}: the server's disk is full: nothing of this change was saved; ask the administrator to free space on "
        "it": "{path}：服务器的磁盘已满：本次修改没有保存任何内容；请管理员在服务器上腾出空间",
        "{path}: the work went past a limit the server sets (temp_file_limit, by the administrator): nothing was done; "
        "ask the administrator to raise or remove it":
            "{path}：这项工作超出了服务器设定的上限（管理员设置的 temp_file_limit）：什么也没有做；"
            "请管理员调高或取消这个上限",
        "{path} cannot be opened: the server asks this role for a password and none was given; put it in the file "
        "~/.pgpass (or a service file), never in an address others may see":
            "无法打开 {path}：服务器要求这个角色提供密码，但没有给出；请把密码写在 ~/.pgpass 文件（或服务文件）中，"
            "不要写在别人可能看到的地址里",
        "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the "
        "role); check the password in ~/.pgpass, or ask the administrator":
            "无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；"
            "请核对 ~/.pgpass 中的密码，或联系管理员",
        "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the "
        "role); check the password written in the address (better kept in ~/.pgpass), or ask the administrator":
            "无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；"
            "请核对地址中写的密码（最好改存在 ~/.pgpass 中），或联系管理员",   # run 34 B41
        "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the "
        "role); check the password in the service file (or ~/.pgpass), or ask the administrator":
            "无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；"
            "请核对服务文件（或 ~/.pgpass）中的密码，或联系管理员",
        "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the "
        "role); check the password in {source}, or ask the administrator":   # run 35 B7
            "无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；"
            "请核对 {source} 中的密码，或联系管理员",
        "{path} cannot be opened: the server asks this role for a password, and the password file {file} (named by "
        "PGPASSFILE) does not exist; put the password there, or name the right file":
            "无法打开 {path}：服务器要求这个角色提供密码，而 PGPASSFILE 指定的密码文件 {file} 不存在；"
            "请把密码写在那里，或指定正确的文件",
        "{path} cannot be opened: the server asks this role for a password, and the password file {file} starts with "
        "a byte-order mark (as Notepad saves UTF-8), which libpq cannot read past; save it without one (UTF-8 without "
        "BOM, or ANSI) and open again":   # run 35 B32
            "无法打开 {path}：服务器要求这个角色提供密码，而密码文件 {file} 以字节顺序标记（BOM）开头"
            "（记事本保存 UTF-8 时会加上），libpq 无法读取；请不带 BOM 另存（UTF-8 无 BOM，或 ANSI）后再打开",
        "{path} cannot be opened: the server asks this role for a password, and the password file {file} is saved as "
        "UTF-16 (Notepad's \"Unicode\"), which libpq cannot read; save it as UTF-8 without BOM (or ANSI) and open "
        "again":   # run 36 B13
            "无法打开 {path}：服务器要求这个角色提供密码，而密码文件 {file} 保存成了 UTF-16（记事本的“Unicode”），"
            "libpq 无法读取；请另存为 UTF-8 无 BOM（或 ANSI）后再打开",
        "{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} holds "
        "no line for it on {ours} (host:port/database); add one (HOST:PORT:DATABASE:ROLE:PASSWORD) and open again":
            "无法打开 {path}：服务器要求角色 {role} 提供密码，而密码文件 {file} 中没有它在 {ours}（主机:端口/数据库）"
            "上的一行；请加上一行（主机:端口:数据库:角色:密码）后再打开",   # run 36 B11
        "{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} has a "
        "line for it on {theirs}, where the address says {ours} (host:port/database; libpq matches each field as "
        "written: localhost is not 127.0.0.1); add a line as the address says and open again":   # run 36 B12
            "无法打开 {path}：服务器要求角色 {role} 提供密码，密码文件 {file} 中有它的一行，但写的是 {theirs}，"
            "而地址是 {ours}（主机:端口/数据库；libpq 按原样逐项比对：localhost 不等于 127.0.0.1）；"
            "请照地址再加一行后再打开",
        "{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} has a "
        "line for it on {theirs}, where the address says {ours} (host:port/database; libpq matches each field as "
        "written); add a line as the address says and open again":   # run 37 B11
            "无法打开 {path}：服务器要求角色 {role} 提供密码，密码文件 {file} 中有它的一行，但写的是 {theirs}，"
            "而地址是 {ours}（主机:端口/数据库；libpq 按原样逐项比对）；请照地址再加一行后再打开",
        "{path} cannot be opened: the service file {file} starts with a byte-order mark ({kind}, as Notepad saves "
        "it), which libpq cannot read past, so the service named is not found there; save it as UTF-8 without BOM "
        "(or ANSI) and open again":   # run 36 B25
            "无法打开 {path}：服务文件 {file} 以字节顺序标记（BOM，{kind}，记事本保存时会加上）开头，libpq 无法读取，"
            "所以在其中找不到指定的服务；请另存为 UTF-8 无 BOM（或 ANSI）后再打开",
        "{path} cannot be opened: the address asks for an encrypted connection (sslmode), and this server offers "
        "none; take sslmode out of the address, or ask the administrator to turn SSL on":   # run 52 B17
            "无法打开 {path}：地址要求加密连接（sslmode），而这台服务器不提供；请从地址中去掉 sslmode，"
            "或请管理员开启 SSL",
        "{path} cannot be opened: the service file {file} defines no service “{service}”; add a section [{service}] "
        "there giving the server's host, port, database and role, or check the service's name in the address":
            "无法打开 {path}：服务文件 {file} 中没有定义服务“{service}”；请在其中加一节 [{service}]，"
            "写明服务器的主机、端口、数据库和角色，或检查地址中的服务名",   # run 51 B16
        "{path} cannot be opened: the address names the service “{service}”, and no service file defines it ({file} "
        "is not there); make that file with a section [{service}] giving the server's host, port, database and role, "
        "or set PGSERVICEFILE to the file that has it":
            "无法打开 {path}：地址中指定了服务“{service}”，但没有服务文件定义它（{file} 不存在）；请建立这个文件，"
            "在其中加一节 [{service}]，写明服务器的主机、端口、数据库和角色，或把 PGSERVICEFILE 设为含有它的文件",
        '{path} cannot be opened: the server refused the role named in the address, in words it could not '
        'send (its messages are Chinese, under a locale that cannot write them): the role may not exist, may '
        'not log in, or has all its connections in use; check the name in the address, or ask the '
        'administrator (who may also give the server a UTF-8 locale for its messages)':   # run 37 B53
            '无法打开 {path}：服务器拒绝了地址中的角色，但它的说明无法送达（它的消息是中文，而它的区域设置'
            '写不出中文）：这个角色可能不存在、不允许登录，或它的连接数已用尽；请核对地址中的名字，或询问管理员（'
            '管理员也可以让服务器用 UTF-8 区域设置写消息）',
        '{path} cannot be opened: the server refused the database named in the address, in words it could not '
        'send (its messages are Chinese, under a locale that cannot write them): the database may not exist, '
        'this role may not connect to it, or it has all its connections in use; check the name in the '
        'address, or ask the administrator (who may also give the server a UTF-8 locale for its messages)':
            '无法打开 {path}：服务器拒绝了地址中的数据库，但它的说明无法送达（它的消息是中文，而它的区域设'
            '置写不出中文）：这个数据库可能不存在、这个角色不允许连接它，或它的连接数已用尽；请核对地址中的名字，'
            '或询问管理员（管理员也可以让服务器用 UTF-8 区域设置写消息）',
        "{path} cannot be opened: the server has no role of that name; check the name in the address, or ask the "
        "administrator for a role":
            "无法打开 {path}：服务器上没有这个名字的角色；请核对地址中的名字，或向管理员申请一个角色",
        "{path} cannot be opened: the server has no database of that name; check the name in the address (a server "
        "database is made by its administrator, with CREATE DATABASE)":
            "无法打开 {path}：服务器上没有这个名字的数据库；请核对地址中的名字（服务器上的数据库由管理员用 "
            "CREATE DATABASE 建立）",
        "{path} cannot be opened: the address is not one the PostgreSQL driver understands ({detail}); check its "
        "spelling: postgresql://ROLE@HOST:PORT/DATABASE":
            "无法打开 {path}：PostgreSQL 驱动读不懂这个地址（{detail}）；请核对其写法：postgresql://角色@主机:端口/数据库",
        "{path} is a database in the {encoding} encoding, which cannot hold every character of these pages (their "
        "Traditional and Simplified Chinese alike): nothing was set up in it; ask the administrator for a UTF-8 "
        "database (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)":   # run 37 B49
            "{path} 是一个 {encoding} 编码的数据库，存不下这些版面的全部字符（繁体和简体中文都在其中）："
            "没有在其中建立任何内容；请向管理员申请一个 UTF-8 数据库"
            "（CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0）",
        "{path} cannot be opened now: the server is starting up, shutting down or recovering after a crash; try again "
        "in a minute, and if it stays so, ask whoever runs the server":   # run 29 B39
            "{path} 现在打不开：服务器正在启动、关闭或在崩溃后恢复；请过一分钟再试，若一直如此，请联系服务器的管理人员",
        "{path} cannot be opened: no server answers at that address (it is stopped, or the address, its host, port or "
        "socket folder, is not the server's): start the server, or ask whoever runs it, and check the address "
        "({detail})":
            "无法打开 {path}：这个地址上没有服务器应答（服务器已停止，或者地址中的主机、端口或套接字文件夹"
            "不是该服务器的）：请启动服务器或联系服务器的管理人员，并核对地址（{detail}）",
        "{path} holds no jmreview database yet, and the database role {role} may not create its tables: the first "
        "editor to open it must be allowed to (GRANT CREATE ON SCHEMA public TO {role}), or open a database already "
        "set up":
            "{path} 中还没有 jmreview 数据库，而数据库角色 {role} 无权创建其数据表：第一位打开它的编辑必须有此权限"
            "（GRANT CREATE ON SCHEMA public TO {role}），或者打开一个已经建好的数据库",
        "{path} is open read-only: nothing can be changed": "{path} 以只读方式打开：不能做任何修改",
        "{path} holds its corpus in schema {schemas}, which this database role may not use; nothing was opened: ask "
        "the administrator to GRANT USAGE ON SCHEMA {schemas} to the role":
            "{path} 的语料在模式 {schemas} 中，而这个数据库角色无权使用它；没有打开：请管理员执行 "
            "GRANT USAGE ON SCHEMA {schemas} 授权给该角色",
        "{path}: the corpus's tables are no longer where they were when it was opened (an administrator renamed or "
        "dropped their schema): nothing of this change was saved; close it and open it again":
            "{path}：语料的数据表已不在打开时所在的位置（管理员把它们所在的模式改名或删除了）：本次修改没有保存任何内容；"
            "请关闭它再重新打开",
        "{path}: this database role may not read the table {table} (permission denied); nothing was done: ask the "
        "administrator to grant the role the corpus's tables (GRANT SELECT ON ALL TABLES IN SCHEMA … TO the role, and "
        "the rights to write if it edits)":
            "{path}：这个数据库角色无权读取数据表 {table}（权限被拒绝）；什么也没有做："
            "请管理员把语料的数据表授权给该角色（GRANT SELECT ON ALL TABLES IN SCHEMA … TO 该角色；"
            "如需修改，还要授予写入的权限）",
        "{path} cannot be opened now: the server allows no more connections (the connection limit of the database, "
        "the role or the server is reached; each window takes two); close a window or a program that has it open, or "
        "ask the administrator to raise the limit":
            "现在无法打开 {path}：服务器不再接受新的连接（已达到数据库、角色或服务器的连接数上限；每个窗口占用两个）；"
            "请关闭一个打开着它的窗口或程序，或请管理员提高上限",
        "{path}: the schema {first}, which holds the corpus, lacks its tables {rest}, which the schema public holds "
        "(another program made or changed a schema on the search_path): nothing was opened; ask the administrator "
        "which schema holds the corpus, and choose it with ?options=-c%20search_path%3DSCHEMA in the address":
            "{path}：存放语料的模式 {first} 缺少数据表 {rest}，而模式 public 中有这些表（别的程序在 search_path 上"
            "新建或改动了模式）：没有打开；请问管理员语料在哪个模式中，并在地址中用 "
            "?options=-c%20search_path%3DSCHEMA 选定它",   # run 33 B8
        "{path}: the corpus's table {table} is missing on the server (another program renamed or dropped it, or a "
        "restore of the database was not finished): nothing was done; ask the database's administrator to put it "
        "back (the server's backups hold it)":
            "{path}：服务器上缺少语料的数据表 {table}（被其他程序改名或删除，或数据库的恢复没有完成）：什么也没有做；"
            "请数据库管理员把它放回去（服务器的备份中有它）",
        "{path} cannot be opened: the server does not let this database role in (its right to connect was taken "
        "away, or the role may not log in); nothing was opened: ask the administrator (GRANT CONNECT ON DATABASE …, "
        "or ALTER ROLE … LOGIN)":
            "无法打开 {path}：服务器不让这个数据库角色进入（它连接的权限被收回，或该角色不能登录）；没有打开任何内容："
            "请联系管理员（GRANT CONNECT ON DATABASE …，或 ALTER ROLE … LOGIN）",
        "{path} cannot be written: this database role lacks a right on {table} (permission denied); nothing was "
        "saved: ask the administrator to grant the role what an editor needs (INSERT, UPDATE, DELETE on the corpus's "
        "tables; USAGE, SELECT, UPDATE on its sequences)":
            "{path} 无法写入：这个数据库角色缺少对 {table} 的权限（权限被拒绝）；没有保存任何内容："
            "请管理员授予该角色编辑所需的权限（语料各数据表的 INSERT、UPDATE、DELETE；各序列的 USAGE、SELECT、UPDATE）",
        "{path}: its address, or a setting of the database, the role or the whole server, chooses the schema {first} "
        "(search_path), which holds no jmreview corpus, while {rest} holds one; nothing was opened: leave search_path "
        "out of the address (or ask the administrator to reset that setting) to work on that corpus (a second corpus "
        "belongs in a database of its own)":
            "{path}：其地址（或数据库、角色、整个服务器的某项设置）选择了模式 {first}（search_path），"
            "其中没有 jmreview 语料，"
            "而 {rest} 中有一个；没有打开任何内容：要使用那个语料，请从地址中去掉 search_path（或请管理员重置该设置）"
            "（第二个语料应放在单独的数据库中）",
        "{path} no longer exists on the server (it was dropped or renamed): nothing of this change was saved, and "
        "waiting will not bring it back; ask the database's administrator (the server's backups hold it), and once it "
        "is restored, open it again":   # run 28 B24
            "服务器上已没有 {path}（它被删除或改名了）：本次修改没有保存任何内容，等待也不会让它回来；"
            "请联系数据库管理员（服务器的备份中有它），恢复之后请重新打开它",
        "{path} holds jmreview tables in more than one schema ({schemas}) and its search_path names none of them "
        "first; nothing was opened: choose one with ?options=-c%20search_path%3DSCHEMA in the address":
            "{path} 中有不止一个模式（{schemas}）存有 jmreview 的数据表，"
            "而它的 search_path 没有把其中任何一个放在最前；"
            "没有打开：请在地址中用 ?options=-c%20search_path%3D模式名 选定一个",
        "the database role {role} cannot name an editor (it holds a line break, a control or invisible character, "
        "or is too long): nothing was changed; give your name with --editor NAME (`work`: --for NAME)":
            "数据库角色 {role} 不能用作编辑的名字（含有换行、控制字符或不可见字符，或者太长）：没有任何改动；"
            "请用 --editor 名字 给出您的名字（列出任务时用 --for 名字）",
        "{path} is open read-only: the database role {role} may not change this corpus (it may browse and export); "
        "nothing was changed":
            "{path} 以只读方式打开：数据库角色 {role} 不能修改本语料（可以浏览和导出）；没有任何改动",
        "{path} is busy with another editor's change: nothing was saved; try again in a moment":
            "{path} 正在保存另一位编辑的修改：没有保存任何内容；请稍后再试",
        "{path} is busy (another session holds a lock on it): nothing was done; try again in a moment":
            "{path} 正忙（另一个会话锁定了它）：没有做任何操作；请稍后再试",
        "{path} cannot be opened: the PostgreSQL driver (psycopg2) is not installed; pip install psycopg2-binary":
            "{path} 无法打开：未安装 PostgreSQL 驱动（psycopg2）；请运行 pip install psycopg2-binary",
        "{path} cannot be written: this connection is read-only (default_transaction_read_only in the address's "
        "options), though the role may write; nothing was saved — connect without that option":
            "{path} 无法写入：这个连接是只读的（地址的 options 里设了 default_transaction_read_only），"
            "虽然该角色有写权限；没有保存任何内容——请去掉该选项再连接",
        "{path} cannot be written: the server makes this role's sessions read-only (default_transaction_read_only "
        "set on the role or the database by an administrator, who can reset it), though the role may write; nothing "
        "was saved":
            "{path} 无法写入：服务器让这个角色的会话只读（管理员在角色或数据库上设了 default_transaction_read_only，"
            "可由管理员取消），虽然该角色有写权限；没有保存任何内容",
        "{path}: another session (an administrator) cancelled this change; nothing of it was saved; try again":
            "{path}：另一个会话（管理员）取消了这次修改；没有保存任何内容；请再试一次",
        "{path} cannot be used: its search_path setting (of the database, the role or the address's options) names "
        "no schema jmreview can use; nothing was changed — remove that setting, or ask the administrator to set it "
        "to public":
            "{path} 无法使用：它的 search_path 设置（数据库、角色或地址 options 中）没有指向 jmreview 可用的模式；"
            "没有任何改动——请去掉该设置，或请管理员把它设为 public",
        "{path} cancelled the work after its statement_timeout (a setting of the database, the role or the address's "
        "options) ran out; nothing was saved — remove that option, or ask the administrator to raise it":
            "{path} 因 statement_timeout（数据库、角色或地址 options 中的设置）到时而取消了操作；没有保存任何内容——"
            "请去掉该选项，或请管理员调大它",
        "{path} ended this session: its idle_in_transaction_session_timeout (in the address's options or the "
        "server's settings) is shorter than a change takes; nothing was saved — remove that option or ask the "
        "administrator to raise it":
            "{path} 结束了这个会话：它的 idle_in_transaction_session_timeout（在地址的 options 里或服务器设置中）"
            "比一次修改所需的时间还短；没有保存任何内容——请去掉该选项，或请管理员调大它",
        "{path} ended this session though the server is running (an administrator, or a setting of the address): "
        "what it was doing stopped — a change under way was not saved, what was saved before is kept; try again":
            "{path} 结束了这个会话，但服务器仍在运行（管理员所为，或地址中的某个设置）："
            "正在做的事已中止——进行中的修改没有保存，之前保存的内容都还在；请再试一次",
        "{path} cannot be written: this server is a standby, a read-only copy of another; nothing was saved — "
        "connect to the primary server":
            "{path} 无法写入：这台服务器是备用服务器，只是另一台的只读副本；没有保存任何内容——请连接主服务器",
        "{path} cannot be written (permission denied for this database role): nothing was saved":
            "{path} 无法写入（此数据库角色没有权限）：没有保存任何内容",
        "{path} stopped answering as this change was being committed: it may be saved all the same (a server waiting "
        "for a standby, or lost at that moment) — look at it again once the server answers, before making it again":
            "{path} 在提交这次修改时没有响应：修改可能已经保存（服务器在等待备用服务器，或恰在此刻断开）——"
            "请在服务器恢复后先查看一下，再决定是否重做",   # run 29 B50
        "{path} ended this session though the server is running (an administrator, or a setting of the address) as "
        "this change was being committed: it may be saved all the same — look at it again before making it again":
            "服务器仍在运行，但 {path} 在提交这次修改时结束了这次会话（管理员所为，或地址中的某项设置）："
            "修改可能已经保存——请先查看一下，再决定是否重做",
        "{path} stopped answering (the server was stopped or the connection lost): nothing of this change was "
        "saved; try again when the server is back":
            "{path} 没有响应（服务器已停止或连接已断开）：本次修改没有保存任何内容；请在服务器恢复后再试",
        "{path} cannot be opened: libpq's {what} {file} is not a regular file ({kind}): libpq would wait on it or "
        "read it without end, so nothing was opened; move it away, or name another with {variable}":
            "无法打开 {path}：libpq 的{what} {file} 不是普通文件（{kind}）：libpq 会一直等待它或无休止地读取它，"
            "所以没有打开数据库；请把它移走，或用 {variable} 指定另一个文件",
        "service file": "服务文件", "password file": "密码文件", "special": "特殊文件",
    },
}


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_SERVER.items():
        table.setdefault(context, {}).update(strings)


def server_strings() -> dict[str, set[str]]:
    """The server's messages, which the window translates through their table rather than literals."""
    from jmreview.store.server import SERVER_MESSAGES

    return {"StoreMessages": set(SERVER_MESSAGES.values())}
