"""Why a database file cannot be opened, by code: English templates the window translates (StoreMessages)."""
from __future__ import annotations

from pathlib import Path

OPENING = {   # why a database cannot be opened (English; the window translates them)
    "unwritable": "{folder} cannot be written: choose another folder for the database",
    "cannot_open": "{path} cannot be opened: {detail}",
    "companion_unwritable": "{name} cannot be written now: {file} beside it was made unwritable by another program "
                            "(an immutable attribute, or its permissions) while it was open; nothing was saved — ask "
                            "whoever did it to undo it, then try again",
    "table_gone": "{path}: the corpus's table {table} is missing (another program renamed or dropped it): nothing "
                  "was opened or changed; restore a backup, or put the table back",
    "column_gone": "{path}: the column {column} of the corpus is missing (another program dropped or renamed it): "
                   "nothing was opened or changed; restore a backup, or put the column back",
    "foreign_file": "{path} is a database of another program (it holds tables such as {tables}, and none of "
                    "jmreview's): nothing was changed; choose a jmreview database, or a new file name to start one",
    "foreign_named": "{path} is a database of another program: its tables {tables} are named as jmreview's but are "
                     "not jmreview's (they lack its columns): nothing was changed; choose a jmreview database, or a "
                     "new file name to start one",
    "no_folder": "{path} cannot be opened: the folder {folder} does not exist; create it, or choose another place",
    "no_data_folder": "jmreview's own folder {folder}, where it keeps its database, cannot be made ({detail}: a file "
                      "of that name may be in the way); nothing was opened: move that file away, or open a database "
                      "of your choice (jmreview --db FILE)",
    "folder": "{path} is a folder, not a jmreview database",
    "special": "{path} is not a regular file ({kind}), not a jmreview database",
    "too_long": "{path} cannot be used: its name is too long ({length} bytes) for the files SQLite keeps beside it; "
                "a database's name may be at most {most} bytes long: choose a shorter name",
    "companion": "{file} beside {path} is not a regular file ({kind}): SQLite would wait on it or read it without "
                 "end, so nothing was opened; move {file} out of the folder and try again",
    "orphan_journal": "{file} lies beside {path}, which does not exist: it holds the last changes of a database that "
                      "was there (renamed or moved without it?); nothing was created — put that database back beside "
                      "it and open it, or move {file} out of the folder (keep it) to start a new database here",
    "companion_link": "{file} beside {path} is a link to another file: SQLite does not follow it, and what it points "
                      "to may be another database's; nothing was opened; move {file} out of the folder and try again",
    "wal_unreadable": "{path} has changes in {name}-wal that SQLite reads only with a {name}-shm file beside it, and "
                      "none can be made on this read-only disk; copy the whole folder to a writable disk and open it "
                      "there (nothing was changed)",
    "empty": "{path} is an empty file (0 bytes), not a jmreview database; choose another file or delete this one "
             "to start a new project",
    "is_companion": "{path} is a file SQLite keeps beside the database {db} (its latest changes, or what its open "
                    "sessions share), not a database: open {db} instead; never delete or move {path} while {db} is "
                    "open anywhere",
    "companion_name": "{path} is not made: a name ending in {suffix} is the one SQLite gives the companion of the "
                      "database {db}, and a database made there later would take this one for its own and delete it "
                      "(its work with it); nothing was written: choose a name ending in .sqlite3",
    "not_sqlite": "{path} is not a SQLite database; jmreview will not overwrite it",
    "full": "{path} cannot be opened: the disk is full; free some space and try again",
    "no_version": "{path} has lost the record of its version (its schemainfo table is empty or changed: another "
                  "program, or a restore cut short): nothing was changed; restore one of its backups, or ask the "
                  "administrator",
    "newer": "{path} was made by a newer jmreview (schema {version}); update jmreview to open it",
    "older_read_only": "{path} was made by an older jmreview (schema {version}) and cannot be brought up to date "
                       "where it is (it is read-only): nothing was opened; copy it where it can be written (jmreview "
                       "copy) and open the copy",
    "read_only_write": "{name} cannot be written (read-only): nothing was saved",
    "io_error": "{name} could not be written: the system refused to write it or its journal (a disk I/O error: a file "
                "locked by a backup or security program, or a failing disk): nothing was saved; try again, and if it "
                "stays so, ask whoever looks after this computer",
    "hard_link": "{path} has {n} names on this disk (hard links; the others: {others}): SQLite keeps a journal beside "
                 "each name, so changes made under one name would be lost under the other; nothing was opened — "
                 "remove the other names (or copy the file and open the copy)",
    "bind_mount": "{path} is mounted under another path too ({others}: a bind mount of the file): SQLite keeps a "
                  "journal beside each path, so changes made under one would be lost under the other; nothing was "
                  "opened — open it under one path only (unmount the other)",
}


def companion_of(path: Path) -> Path | None:
    """The database a file named like SQLite's companion of one (x.sqlite3-wal, -shm, -journal) belongs to, when that
    database is there (None: no such name, or no such database)."""
    for suffix in ("-wal", "-shm", "-journal"):
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            own = path.with_name(path.name[: -len(suffix)])
            return own if own.is_file() else None
    return None
