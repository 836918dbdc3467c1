"""Simplified Chinese of the eighth adversarial run's fixes (issue 10): export refusals, restore under a writer,
page-name patterns refused. Merged into translations.py."""
from __future__ import annotations

ZH_RUN8: dict[str, dict[str, str]] = {
    "StoreMessages": {   # exchange.atomic.OUTPUT, the kinds and the operating system's words it passes
        "{journal} lies beside {name}, which keeps its changes in a -wal and never writes a -journal: it is left "
        "from an older copy of the file, and replaying it would undo later work; nothing was changed: move "
        "{file} out of the folder (keep it) and open the database again":
            "{journal} 位于 {name} 旁边，但这个数据库把修改记在 -wal 里，从不写 -journal："
            "它是文件较早的某个副本留下的，重放它会撤掉后来的工作；没有任何改动："
            "请把 {file} 移出这个文件夹（留着备查），再重新打开数据库",
        "{journal} does not continue {name} as it is now (an older copy of its -wal, or one left by another file of "
        "that name): replayed, it would take back corrections made since; nothing was changed: move {file} out of "
        "the folder (keep it) and open the database again":
            "{journal} 与 {name} 现在的内容接不上（是其 -wal 的较早副本，或同名的另一个文件留下的）：重放它会撤掉此后"
            "所做的修改；没有任何改动：请把 {file} 移出这个文件夹（留着备查），再重新打开数据库",
        "{journal} holds changes another program made (none of them counted as jmreview counts its writes), and "
        "whether they come before or after the work in {name} cannot be told; nothing was changed: if that program "
        "has just stopped, open the database with it once to keep its changes; otherwise move {file} out of the "
        "folder (keep it) and open the database again":
            "{journal} 里是另一个程序所做的修改（其中没有一次是 jmreview 记了数的写入），无法判断它们在 {name} 现有的"
            "工作之前还是之后；没有任何改动：如果那个程序刚刚中止，请用它把数据库打开一次，以保留它的修改；否则请把 "
            "{file} 移出这个文件夹（留着备查），再重新打开数据库",
        "{name}-shm is gone while another program has {path} open (deleted by a cleanup tool?): opening it now would "
        "lose changes; nothing was opened — close every other window and program using {name} (what they did is then "
        "saved), and open it again":
            "{name}-shm 不见了，而另一个程序正打开着 {path}（被清理工具删掉了？）：现在打开会丢失修改；没有打开——"
            "请关闭所有正在使用 {name} 的窗口和程序（它们所做的会随之保存），然后再打开",
        "{journal} holds changes not yet in {name} and could not be checked on a copy in {tmp} ({why}); nothing was "
        "opened: free some space there (or set TMPDIR to a folder with room) and open it again":
            "{journal} 中有尚未并入 {name} 的修改，但无法在 {tmp} 中的副本上检查（{why}）；没有打开数据库："
            "请在那里腾出空间（或把 TMPDIR 设为有空间的文件夹）后再打开",
        "{journal} does not belong to {name} or is damaged (replayed on a copy, {problem}); nothing was changed: "
        "move {file} out of the folder to open the database as it was when last closed, or restore a backup from "
        "{folder}/":
            "{journal} 不属于 {name} 或已损坏（在副本上重放后：{problem}）；没有任何改动：请把 {file} 移出这个文件夹，"
            "数据库即按上次关闭时的样子打开，或从 {folder}/ 恢复备份",
        "{path}: is not a regular file ({kind}); nothing was written to it — choose a file name":
            "{path} 不是普通文件（{kind}）；没有向它写入任何内容——请另选文件名",
        "{path}: is a database (or its journal, or one of its backups); an export never overwrites one — "
        "choose another file name": "{path} 是数据库（或它的日志文件，或它的备份之一）；导出绝不会覆盖它——请另选文件名",
        "{path}: is the page {page} this database was imported from, or a new delivery of it; an export never "
        "overwrites one (the next import would take the export for a new version of it) — choose another file "
        "name":   # run 42 A24, run 43 A27
            "{path} 是这个数据库导入时所用的版面 {page}，或它新送来的版本；导出绝不会覆盖它（否则下次导入会把导出文件"
            "当作它的新版本）——请另选文件名",
        "{path}: cannot be written: {detail}; any previous file of that name is unchanged":
            "无法写入 {path}：{detail}；同名的原有文件（如有）保持不变",
        "a folder": "文件夹", "a character device": "字符设备", "a block device": "块设备",
        "a special file": "特殊文件",
        "No space left on device": "磁盘空间已满", "Disk quota exceeded": "已超出磁盘配额",
        "Permission denied": "没有写入权限", "Operation not permitted": "不允许此操作",
        "Read-only file system": "文件系统是只读的", "File name too long": "文件名太长",
        "No such file or directory": "文件或文件夹不存在", "File too large": "文件太大",
        "Input/output error": "输入/输出错误",
        # workflows.newspaper.PATTERN_REFUSALS: an editor's file-name pattern refused, and why
        "{pattern} is not a regular expression ({detail})": "{pattern} 不是正则表达式（{detail}）",
        "{pattern}: a file-name pattern is at most {limit} characters": "{pattern}：文件名式样最多 {limit} 个字符",
        "{pattern}: on some file names this pattern would try more than {limit} ways to match at each place, "
        "which can take hours: every optional item (?), alternative (|) and repeat of varying length (*, +, "
        "{{m,n}}) multiplies them, and a repeat inside a repeat or around a choice (like (a+)+, (a|b)* or "
        "(?:a?){{30}}) has no limit; write the pattern more exactly":
            "{pattern}：遇到某些文件名时，这个式样在每个位置要尝试超过 {limit} 种匹配方式，可能耗上几个小时："
            "每个可有可无的部分（?）、每个“|”分支、每个次数不定的重复（*、+、{{m,n}}）都会让匹配方式成倍增加，"
            "而重复之中再套重复或套着选择（如 (a+)+、(a|b)*、(?:a?){{30}}）则多到没有上限；请把式样写得更确切些",
        "{pattern}: name the groups (?P<y>…)(?P<m>…)(?P<d>…) for the issue date and/or (?P<page>…)":
            "{pattern}：请为期号日期命名分组 (?P<y>…)(?P<m>…)(?P<d>…)，和/或为版面命名分组 (?P<page>…)",
        "{path} was not restored from {backup}: another program or window is writing to it (an import, a "
        "re-run, a copy…); the database is as it was — try again when it has finished":
            "{path} 没有从 {backup} 恢复：另一个程序或窗口正在写入它（导入、重新运行自动处理、复制……）；"
            "数据库保持原样——请等它完成后再试",
        # store.busy.BUSY_MESSAGES (run 9): a long job that found the backups folder locked too long
        "{name} is being restored from a backup, or another program holds its backups folder locked "
        "({folder}): nothing was done; try again when it has finished":
            "{name} 正在从备份恢复，或另一个程序锁住了它的备份文件夹（{folder}）：什么也没有做；请等它完成后再试",
        # exchange.import_json.RESTORE_RACE (run 11): two restores into one empty database at once
        "{path} is no longer empty (another import filled it meanwhile): nothing was restored; import the file again "
        "to apply it to what is there now": "{path} 已不再是空的（另一次导入刚刚写入了内容）：没有恢复任何内容；"
                                            "请再导入一次这个文件，把它应用到现有内容上",
        # store.database.OPENING (run 10): one database file under two names
        "{path} has {n} names on this disk (hard links; the others: {others}): SQLite keeps a journal beside each "
        "name, so changes made under one name would be lost under the other; nothing was opened — remove the other "
        "names (or copy the file and open the copy)":
            "{path} 在磁盘上有 {n} 个名字（硬链接；其他名字：{others}）：SQLite 在每个名字旁各记一份日志，"
            "用一个名字所做的修改会在另一个名字下丢失；没有打开——请删除其他名字（或复制这个文件，打开副本）",
    },
    "Upgrade": {
        "Upgrading {name} for this version of jmreview: a backup first, then its tables "
        "(once; a large database takes a minute)…":
            "正在为这一版 jmreview 升级 {name}：先做备份，再重建数据表（只需一次；大的数据库约需一分钟）…",
        "Upgrading the database": "正在升级数据库",
    },
    "Jobs": {
        "{name}: imported, but no longer in the database: it was restored from a backup while the import ran; "
        "import it again": "{name}：已导入，但已不在数据库中：导入期间数据库被恢复成了备份；请重新导入",
    },
}
OS_WORDS = ("No space left on device", "Disk quota exceeded", "Permission denied", "Operation not permitted",
            "Read-only file system", "File name too long", "No such file or directory", "File too large",
            "Input/output error")


def merge(table: dict[str, dict[str, str]]) -> None:
    """Add these translations to the table, context by context."""
    for context, strings in ZH_RUN8.items():
        table.setdefault(context, {}).update(strings)


def run8_strings() -> dict[str, set[str]]:
    """Strings the window translates through tables rather than literals, by context."""
    from jmreview.exchange.atomic import KINDS, OUTPUT
    from jmreview.exchange.import_json import RESTORE_RACE
    from jmreview.gui.upgrade import UPGRADING
    from jmreview.store.busy import BUSY_MESSAGES
    from jmreview.store.opening import JOURNALS
    from jmreview.workflows.newspaper import PATTERN_REFUSALS

    return {"StoreMessages": {*OUTPUT.values(), *(kind for _, kind in KINDS), "a special file", *OS_WORDS,
                              *PATTERN_REFUSALS.values(), *BUSY_MESSAGES.values(), RESTORE_RACE,
                              *JOURNALS.values()},
            "Upgrade": {UPGRADING}}
