"""Whether another process has a database open now: its -wal is then a live session's, not a crash's.

SQLite (unix VFS) holds a shared lock on one byte of the -shm file (its "dead man switch", byte 128) for as long as
a connection is open; a process opening the file takes that byte exclusively only when nobody else has it open, and
only then replays a -wal. Linux lists every lock in /proc/locks, so this reads the list rather than the -shm (opening
and closing a file this process locks through SQLite would drop SQLite's POSIX locks).
"""
from __future__ import annotations

import os
from pathlib import Path

DMS_BYTE = 128   # UNIX_SHM_DMS in SQLite's os_unix.c: (22 + 8) * 4 + 8


def open_elsewhere(db_path: Path) -> bool:
    """True when another process holds the database open (a lock on its -shm's dead-man byte); False when none
    does, or it cannot be told (no /proc/locks: not Linux)."""
    return _locked(db_path.with_name(db_path.name + "-shm"), DMS_BYTE)


def file_held_elsewhere(db_path: Path) -> bool:
    """True when another process holds SQLite's lock on the database file itself (every open connection does)."""
    return _locked(db_path, None)


LOCK_BYTES = (0x40000000, 0x40000000 + 511)   # SQLite's pending, reserved and shared bytes of a database file


def _locked(path: Path, byte: int | None) -> bool:
    """Whether another process holds a POSIX lock on the file (on exactly `byte`, when given)."""
    try:
        info = path.stat()
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            listed = fh.read()
    except OSError:
        return False
    where = f"{os.major(info.st_dev):02x}:{os.minor(info.st_dev):02x}:{info.st_ino}"
    mine = str(os.getpid())
    for line in listed.splitlines():
        fields = line.split()
        if "->" in fields:   # a lock waiting behind another: not held
            continue
        if len(fields) < 8 or fields[5] != where or fields[4] == mine or fields[1] != "POSIX":
            continue   # (a flock or an OFD lock is another program's: a backup or sync tool, no session)
        if byte is None and fields[6].isdigit() and LOCK_BYTES[0] <= int(fields[6]) <= LOCK_BYTES[1]:
            return True   # SQLite's own lock on the database file (another program's on other bytes: no session)
        if byte is not None and fields[6] == fields[7] == str(byte):   # SQLite's own lock, that byte only
            return True
    return False
