"""What a PostgreSQL error means: read from its SQLSTATE, else from its words, in English or in Chinese.

A server installed in a Chinese locale writes its messages in Chinese (its lc_messages, which only a superuser can
change), and libpq on a Chinese desktop may too: matching English words alone turned every explained refusal back
into a raw error there (run 22 B42-B45). The code is the first witness; the words are for errors that carry no code
(a connection refused at the door, a connection lost), in both languages (PostgreSQL's own zh_CN catalogue).
"""
from __future__ import annotations

import re

SQLSTATES = {
    "55P03": "busy", "40P01": "busy", "40001": "busy",   # a lock not granted in time, a deadlock, a serialization
    "25P03": "idle_timeout",          # idle_in_transaction_session_timeout ended the session
    "57014": "cancelled",             # a cancel, or a statement_timeout (told apart by `statement_limit`)
    "42501": "denied",                # insufficient privilege: on a table, a sequence, a schema, the database
    "42P01": "missing",               # a relation does not exist (a table renamed or dropped)
    "25006": "read_only",             # a write in a read-only transaction
    "3F000": "no_schema",             # no schema has been selected to create in
    "53300": "full_house",            # too many connections (the database's, the role's or the server's)
    "28000": "no_entry",              # the role may not log in
    "57P01": "ended", "57P02": "lost", "57P03": "lost",   # an administrator ended it; a crash; starting or stopping
    "57P05": "idle_ended",            # idle_session_timeout
    "3D000": "no_database",           # the database does not exist (dropped or renamed)
    "53100": "disk_full", "53200": "disk_full",   # the server's disk (or memory) full
    "53400": "limit",                 # a configured limit exceeded (temp_file_limit)
    "28P01": "auth_failed",           # a wrong password
    "P0001": "server_rule", "P0004": "server_rule",   # RAISE EXCEPTION, ASSERT: an administrator's trigger said no
    "23514": "server_rule",           # a CHECK the administrator added (jmreview's own tables have none)
    "23505": "unique",                # a unique key: another session's same write, or one the administrator added
    "42703": "column_changed",        # a column jmreview reads is gone (another program renamed or dropped it)
    "23502": "column_changed",        # a column jmreview does not fill may not be empty (another program added it)
    "22001": "column_changed", "22003": "column_changed",   # a column narrowed: a text or number too long for it
    "42804": "column_changed", "22P02": "column_changed",   # a column's type changed (run 26 B25)
    "0A000": "rule_skips",            # INSERT … RETURNING on a table an administrator's DO INSTEAD rule rewrites
}
PHRASES = {   # the same, for an error without its code: the server's words and libpq's, English and Chinese
    "busy": ("lock timeout", "deadlock", "could not serialize access", "由于锁超时", "检测到死锁", "无法串行访问"),
    "idle_timeout": ("idle-in-transaction timeout", "由于空载事务超时"),
    "statement_timeout": ("due to statement timeout", "由于语句执行超时"),
    "cancelled": ("canceling statement due to user request", "由于用户请求而正在取消查询"),
    "no_schema": ("no schema has been selected to create in", "创建中没有选择模式"),
    "no_entry": ("permission denied for database", "is not permitted to log in", "对数据库…权限不够",
                 "不允许角色…进行登录", "访问数据库…的权限不够"),
    "disk_full": ("No space left on device", "设备上没有空间", "could not extend file", "无法扩展文件",
                  "could not write init file", "无法写入初始化文件"),
    "limit": ("temp_file_limit", "临时文件大小超过"),
    "no_password": ("no password supplied",),
    "starting": ("the database system is shutting down", "the database system is starting up",   # (run 29 B39)
                 "the database system is in recovery mode", "not yet accepting connections", "数据库系统停止中",
                 "数据库系统启动中", "数据库系统在恢复模式中"),
    "closed_db": ("is not currently accepting connections", "当前不接受联接", "当前不接受连接",
                  "cannot connect to invalid database", "无法连接到无效的数据库"),
    "auth_failed": ("password authentication failed", "认证失败", "pg_hba.conf rejects", "pg_hba.conf 记录拒绝",
                    "no pg_hba.conf entry", "没有用于主机"),
    "no_role": ('role "…does not exist', '角色 "…不存在'),
    "bad_address": ("invalid integer value", "invalid sslmode value", "invalid dsn", "invalid URI query parameter",
                    "definition of service", "could not translate host name", "invalid connection option",
                    "missing \"=\" after", "无法解释主机名", "无效的连接选项"),
    "full_house": ("too many connections", "too many clients", "remaining connection slots are reserved",
                   "的连接太多了", "发起的连接太多了", "已经有太多的客户", "已保留的连接位置"),
    "read_only": ("read-only transaction", "只读模式的事务"),
    "no_ssl": ("server does not support SSL", "服务器不支持 SSL"),
    "schema_denied": ("permission denied for schema", "对模式…权限不够"),
    "denied": ("permission denied", "权限不够"),
    "no_database": ("does not exist", "不存在"),
    "answered": ("FATAL:", "ERROR:", "致命错误", "错误:"),   # the server said why (a connection refused at the door)
    "closed": ("server closed the connection", "terminating connection", "服务器意外地关闭了联接", "中断联接",
               "终止连接"),
    "ended": ("terminating connection due to administrator command", "由于管理员命令中断联接"),
    "lost": ("server closed the connection", "terminating connection", "connection already closed",
             "could not receive data from server", "SSL connection has been closed", "no connection to the server",
             "did not answer within", "connection to server", "could not connect to server", "Connection refused",
             "No such file or directory", "the database system is shutting down", "the database system is starting up",
             "the database system is in recovery mode", "the database system is not yet accepting connections",
             "timeout expired", "服务器意外地关闭了联接", "无法从服务器接收数据", "没有到服务器的联接",
             "SSL连接异常关闭", "上的服务器失败", "上的服务器，端口", "数据库系统停止中", "数据库系统启动中",
             "数据库系统在恢复模式中", "超时满",
             # the system's own words under a Chinese locale, which the window's Qt sets for libpq (run 54 walkthrough:
             # "无法打开 …：拒绝连接", the server stopped, said as no more than that), and libpq's hint after them
             "Is the server running", "No route to host", "Network is unreachable", "Connection timed out",
             "拒绝连接", "没有那个文件或目录", "没有到主机的路由", "网络不可达", "连接超时"),
}
DENIED_ON = re.compile(r'(?:permission denied for (?:table|relation|sequence) |对表 |对于序列 )"?([^\s,"]+)')
MISSING = re.compile(r'(?:relation|关系) "([^"]+)" (?:does not exist|不存在)')


def _wrapped(exc: BaseException) -> BaseException | None:
    """The error `exc` wraps (the driver's under peewee's), never one that was being handled when it came (run 38
    B42: a session ended during a refused write's message was read as that refusal: "unexpected error")."""
    inner = getattr(exc, "orig", None) or exc.__cause__
    if inner is None and exc.args and isinstance(exc.args[0], BaseException):
        inner = exc.args[0]   # peewee's own: the driver's error is its first argument
    if inner is None and type(exc).__module__ == "peewee" and exc.__context__ is not None \
            and type(exc.__context__).__module__.startswith(("psycopg2", "sqlite3")):
        inner = exc.__context__
    return inner


def sqlstate(exc: BaseException | None) -> str:
    """The server's five-character SQLSTATE of an error (the driver's, or peewee's wrapping one), or ''."""
    seen = 0
    while exc is not None and seen < 8:
        code = getattr(exc, "pgcode", None)
        if isinstance(code, str) and code:
            return code
        exc = _wrapped(exc)
        seen += 1
    return ""


def says(exc: BaseException | str, *meanings: str) -> bool:
    """True when the error's words (in English or Chinese) say one of the meanings."""
    text = str(exc)
    return any(_holds(text, p) for m in meanings for p in PHRASES.get(m, ()))


def _holds(text: str, phrase: str) -> bool:
    """The phrase in the text; "a…b": a, then b later on the same line (a name between them)."""
    if "…" not in phrase:
        return phrase in text
    first, last = phrase.split("…", 1)
    return any(first in line and last in line[line.index(first) + len(first):] for line in text.splitlines())


def meaning(exc: BaseException, statement_limit: float = 0.0) -> str:
    """What the error is, as one of SQLSTATES' or PHRASES' names ('' for none of them).

    A cancelled statement is a statement_timeout when the words say so, or — the words in a language not known —
    when the session had one (`statement_limit`, seconds)."""
    code = sqlstate(exc)
    if code == "22P02" and "json" in str(exc).lower():   # a value kept as JSON that another program spoiled
        return "bad_json"                                  # (run 36 B18: not a column changed)
    found = SQLSTATES.get(code, "lost" if code.startswith("08") else "")
    if found == "denied" and says(exc, "no_entry", "schema_denied"):   # the right to connect, or to make tables
        return "no_entry" if says(exc, "no_entry") else "schema_denied"
    if found == "cancelled" and (says(exc, "statement_timeout") or (statement_limit > 0 and not says(exc, found))):
        return "statement_timeout"
    if found:
        return found
    for name in ("busy", "idle_timeout", "statement_timeout", "cancelled", "no_schema", "no_entry", "full_house",
                 "read_only", "ended", "disk_full", "limit", "no_password", "closed_db", "auth_failed", "no_role",
                 "no_ssl", "bad_address",
                 "schema_denied", "denied"):
        if says(exc, name):
            return name
    if MISSING.search(str(exc)):
        return "missing"
    return "no_database" if says(exc, "no_database") else "lost" if says(exc, "lost") else ""


def table_named(exc: BaseException | str) -> str:
    """The table a refusal names (a right missing on it, or it missing), or ''."""
    found = DENIED_ON.search(str(exc)) or MISSING.search(str(exc))
    return found.group(1) if found else ""
