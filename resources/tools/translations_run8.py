"""Simplified Chinese of the eighth adversarial run's fixes (issue 10): export refusals, restore under a writer,
page-name patterns refused. Merged into translations.py."""
from __future__ import annotations

ZH_RUN8: dict[str, dict[str, str]] = {
    "StoreMessages": {   # exchange.atomic.OUTPUT, the kinds and the operating system's words it passes
        "{path}: is not a regular file ({kind}); nothing was written to it — choose a file name":
            "{path} 不是普通文件（{kind}）；没有向它写入任何内容——请另选文件名",
        "{path}: is a database (or its journal, or one of its backups); an export never overwrites one — "
        "choose another file name": "{path} 是数据库（或它的日志文件，或它的备份之一）；导出绝不会覆盖它——请另选文件名",
        "{path}: cannot be written: {detail}; any previous file of that name is unchanged":
            "无法写入 {path}：{detail}；同名的原有文件（如有）保持不变",
        "a folder": "文件夹", "a character device": "字符设备", "a block device": "块设备",
        "a special file": "特殊文件",
        "No space left on device": "磁盘空间已满", "Disk quota exceeded": "已超出磁盘配额",
        "Permission denied": "没有写入权限", "Operation not permitted": "不允许此操作",
        "Read-only file system": "文件系统是只读的", "File name too long": "文件名太长",
        "No such file or directory": "文件夹不存在", "File too large": "文件太大",
        "Input/output error": "输入/输出错误",
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

    return {"StoreMessages": {*OUTPUT.values(), *(kind for _, kind in KINDS), "a special file", *OS_WORDS}}
