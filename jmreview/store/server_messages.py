"""What the server store says, by code: English templates the window translates (StoreMessages)."""
from __future__ import annotations

from jmreview.store.libpq_files import NOT_A_FILE

SERVER_MESSAGES = {   # English; the window translates them
    "cannot_open": "{path} cannot be opened: {detail}",
    "not_unicode": "{path} is a database in the {encoding} encoding, which cannot hold every character of these "
                   "pages (their Traditional and Simplified Chinese alike): nothing was set up in it; ask the "
                   "administrator for a UTF-8 database (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)",
    "disk_full": "{path}: the server's disk is full: nothing of this change was saved; ask the administrator to free "
                 "space on it",
    "limit": "{path}: the work went past a limit the server sets (temp_file_limit, by the administrator): nothing was "
             "done; ask the administrator to raise or remove it",
    "no_password": "{path} cannot be opened: the server asks this role for a password and none was given; put it in "
                   "the file ~/.pgpass (or a service file), never in an address others may see",
    "pgpass_open": "{path} cannot be opened: the server asks this role for a password, and the password file {file} "
                   "is not used because others may read it; make it yours alone (chmod 600 {file}) and open again",
    "auth_failed": "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules "
                   "reject the role); check the password in ~/.pgpass, or ask the administrator",
    "pgpass_spaces": "{path} cannot be opened: the server refused this role's login; the password for it in {file} "
                     "ends in {n} spaces or tabs, which libpq takes as part of the password: take them away if they "
                     "are not in it, or ask the administrator",
    "pgpass_escape": "{path} cannot be opened: the server refused this role's login; the password for it in {file} "
                     "holds a “\\” or “:” written as it is, which libpq reads as an escape or as the end of the "
                     "password: write each as \\\\ and \\: in that file, or ask the administrator",
    "auth_failed_address": "{path} cannot be opened: the server refused this role's login (a wrong password, or its "
                           "rules reject the role); check the password written in the address (better kept in "
                           "~/.pgpass), or ask the administrator",
    "auth_failed_service": "{path} cannot be opened: the server refused this role's login (a wrong password, or its "
                           "rules reject the role); check the password in the service file (or ~/.pgpass), or ask "
                           "the administrator",
    "auth_failed_in": "{path} cannot be opened: the server refused this role's login (a wrong password, or its rules "
                      "reject the role); check the password in {source}, or ask the administrator",
    "pgpass_missing": "{path} cannot be opened: the server asks this role for a password, and the password file "
                      "{file} (named by PGPASSFILE) does not exist; put the password there, or name the right file",
    "pgpass_bom": "{path} cannot be opened: the server asks this role for a password, and the password file {file} "
                  "starts with a byte-order mark (as Notepad saves UTF-8), which libpq cannot read past; save it "
                  "without one (UTF-8 without BOM, or ANSI) and open again",
    "pgpass_utf16": "{path} cannot be opened: the server asks this role for a password, and the password file {file} "
                    "is saved as UTF-16 (Notepad's \"Unicode\"), which libpq cannot read; save it as UTF-8 without "
                    "BOM (or ANSI) and open again",
    "pgpass_no_line": "{path} cannot be opened: the server asks the role {role} for a password, and the password file "
                      "{file} holds no line for it on {ours} (host:port/database); add one "
                      "(HOST:PORT:DATABASE:ROLE:PASSWORD) and open again",
    "pgpass_elsewhere": "{path} cannot be opened: the server asks the role {role} for a password, and the password "
                        "file {file} has a line for it on {theirs}, where the address says {ours} "
                        "(host:port/database; libpq matches each field as written: localhost is not 127.0.0.1); add a "
                        "line as the address says and open again",
    "pgpass_other_port": "{path} cannot be opened: the server asks the role {role} for a password, and the password "
                         "file {file} has a line for it on {theirs}, where the address says {ours} "
                         "(host:port/database; libpq matches each field as written); add a line as the address says "
                         "and open again",
    "service_bom": "{path} cannot be opened: the service file {file} starts with a byte-order mark ({kind}, as "
                   "Notepad saves it), which libpq cannot read past, so the service named is not found there; save "
                   "it as UTF-8 without BOM (or ANSI) and open again",
    "no_role": "{path} cannot be opened: the server has no role of that name; check the name in the address, or ask "
               "the administrator for a role",
    "garbled_role": "{path} cannot be opened: the server refused the role named in the address, in words it could "
                    "not send (its messages are Chinese, under a locale that cannot write them): the role may not "
                    "exist, may not log in, or has all its connections in use; check the name in the address, or ask "
                    "the administrator (who may also give the server a UTF-8 locale for its messages)",
    "garbled_db": "{path} cannot be opened: the server refused the database named in the address, in words it could "
                  "not send (its messages are Chinese, under a locale that cannot write them): the database may not "
                  "exist, this role may not connect to it, or it has all its connections in use; check the name in "
                  "the address, or ask the administrator (who may also give the server a UTF-8 locale for its "
                  "messages)",
    "no_database": "{path} cannot be opened: the server has no database of that name; check the name in the address "
                   "(a server database is made by its administrator, with CREATE DATABASE)",
    "no_service": "{path} cannot be opened: the service file {file} defines no service “{service}”; add a section "
                  "[{service}] there giving the server's host, port, database and role, or check the service's name "
                  "in the address",
    "no_service_file": "{path} cannot be opened: the address names the service “{service}”, and no service file "
                       "defines it ({file} is not there); make that file with a section [{service}] giving the "
                       "server's host, port, database and role, or set PGSERVICEFILE to the file that has it",
    "no_ssl": "{path} cannot be opened: the address asks for an encrypted connection (sslmode), and this server "
              "offers none; take sslmode out of the address, or ask the administrator to turn SSL on",   # (run 52 B17)
    "bad_address": "{path} cannot be opened: the address is not one the PostgreSQL driver understands ({detail}); "
                   "check its spelling: postgresql://ROLE@HOST:PORT/DATABASE",
    "starting": "{path} cannot be opened now: the server is starting up, shutting down or recovering after a crash; "
                "try again in a minute, and if it stays so, ask whoever runs the server",
    "no_answer": "{path} cannot be opened: no server answers at that address (it is stopped, or the address, its "
                 "host, port or socket folder, is not the server's): start the server, or ask whoever runs it, and "
                 "check the address ({detail})",
    "no_version": "{path} has lost the record of its version (its schemainfo table is empty or changed: another "
                  "program, or a restore cut short): nothing was changed; restore one of its backups, or ask the "
                  "administrator",
    "newer": "{path} was made by a newer jmreview (schema {version}); update jmreview to open it",
    "read_only": "{path} is open read-only: nothing can be changed",
    "bad_role": "the database role {role} cannot name an editor (it holds a line break, a control or invisible "
                "character, or is too long): nothing was changed; give your name with --editor NAME (`work`: --for "
                "NAME)",
    "chosen_empty": "{path}: its address, or a setting of the database, the role or the whole server, chooses the "
                    "schema {first} "
                    "(search_path), which holds no jmreview corpus, while {rest} holds one; nothing was opened: leave "
                    "search_path out of the address (or ask the administrator to reset that setting) to work on that "
                    "corpus (a second corpus belongs in a database of its own)",
    "no_usage": "{path} holds its corpus in schema {schemas}, which this database role may not use; nothing was "
                "opened: ask the administrator to GRANT USAGE ON SCHEMA {schemas} to the role",
    "two_corpora": "{path} holds jmreview tables in more than one schema ({schemas}) and its search_path names none of "
                   "them first; nothing was opened: choose one with ?options=-c%20search_path%3DSCHEMA in the address",
    "role_read_only": "{path} is open read-only: the database role {role} may not change this corpus (it may "
                      "browse and export); nothing was changed",
    "locked": "{path} is busy with another editor's change: nothing was saved; try again in a moment",
    "no_room": "{path} cannot be opened now: the server allows no more connections (the connection limit of the "
               "database, the role or the server is reached; each window takes two); close a window or a program that "
               "has it open, or ask the administrator to raise the limit",
    "again_full_house": "{path}: the connection was lost, and the server lets no new one in now (its connection limit "
                        "is reached): nothing of this change was saved; close a window or a program that has it open, "
                        "or ask the administrator to raise the limit, then try again",
    "again_no_entry": "{path}: the connection was lost, and the server does not let this database role in again (its "
                      "right to connect was taken away, or it may not log in): nothing of this change was saved; ask "
                      "the administrator",
    "again_password": "{path}: the connection was lost, and the server refuses this database role's password now "
                      "(changed, or expired: VALID UNTIL): nothing of this change was saved; ask the administrator",
    "again_closed": "{path}: the connection was lost, and the server lets no one into this database now (its "
                    "administrator closed it to connections): nothing of this change was saved; ask the administrator, "
                    "and try again once it is open again",
    "no_entry": "{path} cannot be opened: the server does not let this database role in (its right to connect was "
                "taken away, or the role may not log in); nothing was opened: ask the administrator (GRANT CONNECT ON "
                "DATABASE …, or ALTER ROLE … LOGIN)",
    "denied_on": "{path} cannot be written: this database role lacks a right on {table} (permission denied); nothing "
                 "was saved: ask the administrator to grant the role what an editor needs (INSERT, UPDATE, DELETE on "
                 "the corpus's tables; USAGE, SELECT, UPDATE on its sequences)",
    "busy": "{path} is busy (another session holds a lock on it): nothing was done; try again in a moment",
    "no_driver": "{path} cannot be opened: the PostgreSQL driver (psycopg2) is not installed; "
                 "pip install psycopg2-binary",
    "no_select": "{path}: this database role may not read the table {table} (permission denied); nothing was done: "
                 "ask the administrator to grant the role the corpus's tables (GRANT SELECT ON ALL TABLES IN SCHEMA … "
                 "TO the role, and the rights to write if it edits)",
    "denied": "{path} cannot be written (permission denied for this database role): nothing was saved",
    "read_only_session": "{path} cannot be written: this connection is read-only (default_transaction_read_only "
                         "in the address's options), though the role may write; nothing was saved — connect without "
                         "that option",
    "read_only_setting": "{path} cannot be written: the server makes this role's sessions read-only "
                         "(default_transaction_read_only set on the role or the database by an administrator, who can "
                         "reset it), though the role may write; nothing was saved",
    "read_only_server": "{path} cannot be written: the server makes every session read-only "
                        "(default_transaction_read_only in the server's own settings, set by its administrator, who "
                        "can reset it), though the role may write; nothing was saved",
    "idle_timeout": "{path} ended this session: its idle_in_transaction_session_timeout (in the address's options "
                    "or the server's settings) is shorter than a change takes; nothing was saved — remove that option "
                    "or ask the administrator to raise it",
    "statement_timeout": "{path} cancelled the work after its statement_timeout (a setting of the database, the "
                         "role or the address's options) ran out; nothing was saved — remove that option, or ask the "
                         "administrator to raise it",
    "cancelled": "{path}: another session (an administrator) cancelled this change; nothing of it was saved; try "
                 "again",
    "no_schema": "{path} cannot be used: its search_path setting (of the database, the role or the address's options) "
                 "names no schema jmreview can use; nothing was changed — remove that setting, or ask the "
                 "administrator to set it to public",
    "session_ended": "{path} ended this session though the server is running (an administrator, or a setting of "
                     "the address): what it was doing stopped — a change under way was not saved, what was saved "
                     "before is kept; try again",
    "open_standby": "{path} is open read-only: this server is a standby, a read-only copy of another; connect to the "
                    "primary server to make changes",
    "read_only_standby": "{path} cannot be written: this server is a standby, a read-only copy of another; nothing "
                         "was saved — connect to the primary server",
    "empty_denied": "{path} holds no jmreview database yet, and the database role {role} may not create its tables: "
                    "the first editor to open it must be allowed to (GRANT CREATE ON SCHEMA public TO {role}), or open "
                    "a database already set up",
    "dropped": "{path} no longer exists on the server (it was dropped or renamed): nothing of this change was saved, "
               "and waiting will not bring it back; ask the database's administrator (the server's backups hold it), "
               "and once it is restored, open it again",   # (run 28 B24: restored under an open window, unsaid)
    "moved": "{path}: the corpus's tables are no longer where they were when it was opened (an administrator renamed "
             "or dropped their schema): nothing of this change was saved; close it and open it again",
    "split": "{path}: the schema {first}, which holds the corpus, lacks its tables {rest}, which the schema public "
             "holds (another program made or changed a schema on the search_path): nothing was opened; ask the "
             "administrator which schema holds the corpus, and choose it with ?options=-c%20search_path%3DSCHEMA in "
             "the address",
    "table_missing": "{path}: the corpus's table {table} is missing on the server (another program renamed or dropped "
                     "it, or a restore of the database was not finished): nothing was done; ask the database's "
                     "administrator to put it back (the server's backups hold it)",
    "row_security": "{path}: row-level security hides rows of {tables} from the role {role}, which would see only "
                    "part of the corpus (and export it so): nothing was done; ask the database's administrator to "
                    "turn it off for jmreview's tables (ALTER TABLE … DISABLE ROW LEVEL SECURITY)",
    "view_in_place": "{path}: {tables} of the corpus on the server is not jmreview's table but a view (another "
                     "program put it in the table's place), which may show only part of the corpus (and export it "
                     "so): nothing was done; ask the database's administrator to put the table back",
    "row_checks": "{path}: row-level security is on for {tables}: its policies let the role {role} see every row but "
                  "check the rows it writes, so a change could be refused or kept only in part: nothing was done; ask "
                  "the database's administrator to turn it off for jmreview's tables (ALTER TABLE … DISABLE ROW LEVEL "
                  "SECURITY)",
    "no_corpus": "{path} holds no jmreview database yet: there is nothing to read or check (an editor's command that "
                 "writes, by a role allowed to create tables, sets it up)",
    "file_rule": "{path}: the database refused this by a rule another program added to it (a trigger or a check), "
                 "saying: {detail}; nothing of it was saved; `jmreview doctor` names that rule — remove it, or restore "
                 "a backup",
    "not_text": "{path} holds bytes that are not text in its column {column} (another program wrote them there): "
                "nothing was done; `jmreview doctor` names the rows — restore a backup, or have them corrected",
    "server_rule": "{path}: the server refused this by a rule of its own (a trigger or check its administrator "
                   "added), saying: {detail}; nothing of it was saved; ask the administrator",
    "closed_db": "{path} cannot be opened: the server lets no one into this database now (its administrator closed "
                 "it to connections, or it is being dropped or was left unfinished); nothing was opened: ask the "
                 "administrator",
    "unique": "{path}: the server refused this because it would break a unique key of its tables ({detail}): another "
              "session may have made the same at the same moment, or the administrator added the key; nothing of it "
              "was saved; try again, and ask the administrator if it comes back",
    "column_missing": "{path}: the column {column} jmreview reads is missing on the server (another program renamed or "
                      "dropped it): nothing was done; `jmreview doctor` names every such column — ask the database's "
                      "administrator to put it back (the server's backups hold it)",
    "column_not_filled": "{path}: the column {column} another program added on the server may not be empty, and "
                         "jmreview never fills it: nothing was done; ask the database's administrator to drop it or "
                         "give it a default (`jmreview doctor` names every such column)",
    "column_changed": "{path}: a table of the corpus on the server is not as jmreview made it (another program "
                      "renamed, dropped, added or narrowed a column, or changed its type): nothing was done; "
                      "`jmreview doctor` names the column — ask the database's administrator to put it back (the "
                      "server's backups hold it)",
    "bad_json": "{path}: a row of the corpus holds a value that is not the JSON jmreview writes (another program cut "
                "it short or changed it): nothing was done; `jmreview doctor` names the row",
    "foreign_tables": "{path} holds tables of another program named as jmreview's ({tables}) and no jmreview corpus: "
                      "jmreview sets up its corpus only where no such table is; nothing was done; use a new, empty "
                      "database (or ask the administrator for one)",
    "unencoded": "{path}: the password in this address holds “{char}”, which an address must write as {code} (libpq "
                 "ends the user part there and would misread the rest): write it so, or leave the password out of "
                 "the address and keep it in ~/.pgpass; nothing was done",
    "rewritten": "{path}: this change was not stored as written: a trigger or rule the administrator added to the "
                 "table {table} changed it; nothing of it was saved; ask the administrator",
    "rule_skips": "{path}: this change was not written: a rule the administrator added to a table of the corpus "
                  "rewrites or skips it (the server says: {detail}); nothing of it was saved; ask the administrator",
    "sequence_behind": "{path}: the numbering of the table {table} on the server is behind the rows it holds (an "
                       "administrator restarted its sequence), so no new row can be added: nothing of it was saved; "
                       "ask the administrator to set it past the highest number (SELECT setval(pg_get_serial_sequence("
                       "'{table}', 'id'), (SELECT max(id) FROM {table})))",
    "bulk_trigger": "{path}: a trigger named “{name}” on the table {table}, added by the administrator or another "
                    "program, may change or skip the rows written: a whole corpus is not copied or restored into "
                    "such a database, and nothing was written; ask for it to be removed ({drop}), "
                    "or use a new, empty database",
    "bulk_rule": "{path}: a rule named “{name}” on the table {table}, added by the administrator, may change or skip "
                 "the rows written: a whole corpus is not copied or restored into such a database, and nothing was "
                 "written; ask for it to be removed ({drop}), or use a new, empty database",
    "gone_commit": "{path} stopped answering as this change was being committed: it may be saved all the same (a "
                   "server waiting for a standby, or lost at that moment) — look at it again once the server answers, "
                   "before making it again",
    "ended_commit": "{path} ended this session though the server is running (an administrator, or a setting of the "
                    "address) as this change was being committed: it may be saved all the same — look at it again "
                    "before making it again",
    "gone": "{path} stopped answering (the server was stopped or the connection lost): nothing of this change was "
            "saved; try again when the server is back",
    "not_a_file": NOT_A_FILE,
}
AGAIN = {"full_house": "again_full_house", "no_entry": "again_no_entry", "no_role": "again_no_entry",
         "auth_failed": "again_password", "no_password": "again_password",   # a new session refused (run 37 B33)
         "closed_db": "again_closed"}   # (run 32 B27: the database closed to connections, said as a server stopped)
SERVER_OPENING = ("no_password", "auth_failed", "no_role", "no_database", "bad_address", "disk_full", "limit",   # said
                  "closed_db", "starting", "no_ssl")   # as themselves when a server refuses an opening
