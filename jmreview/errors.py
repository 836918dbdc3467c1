"""Errors the core raises for the user to read: one clear sentence, never a traceback."""
from __future__ import annotations

from typing import Any


class JmreviewError(Exception):
    """Base of every error whose message is meant for an editor."""


NOT_PAGE = "this is a binary file, not a page dump"
REFUSALS: dict[str, str] = {  # why a file is not imported, by code: English templates the window translates
    "empty": "is empty (0 bytes)",
    "blank": "holds only white space",
    "nul": f"contains NUL bytes: {NOT_PAGE}",
    "controls": f"is full of control characters: {NOT_PAGE}",
    "bad_mark": "starts with a {encoding} mark but does not decode at byte {detail} (a damaged character there: the "
                "file was changed or copied with an error); ask for the file again, or mend that place in an editor "
                "and save it as UTF-8",
    "mark_before": "starts with a {encoding} mark but its text behind it is {actual} (a program put the mark in front "
                   "of it): nothing was imported; save it as UTF-8 (or remove the mark) and import it again",
    "other_language": "is {language} text ({encoding}), not Chinese: read as Chinese it would be nonsense, so nothing "
                      "was imported; if it is a page of the newspaper, ask for it again as Chinese text",
    "wrong_mark": "starts with a {encoding} mark but its text is UTF-8 (a program put the wrong mark in front): "
                  "save it as UTF-8 and import it again",
    "an_export": "is a {kind} export, not a page dump: read it back with `jmreview {command}`",
    "workbook": "is an Excel workbook, not a page dump: a workbook jmreview exported is read back with `jmreview "
                "import-xlsx`; a page kept in a workbook must be saved as text (.txt) first",
    "word_document": "is a Word document, not a page dump: save it as plain text (.txt) and import that",
    "opendocument": "is an OpenDocument file (LibreOffice, WPS), not a page dump: save it as plain text (.txt) and "
                    "import that",
    "office_binary": "is an old Office document (.doc, .xls, .wps), not a page dump: save it as plain text (.txt) and "
                     "import that",
    "rtf": "is an RTF document (WordPad, Word), not a page dump: save it as plain text (.txt) and import that",
    "web_page": "is a web page (HTML), not a page dump: save it from the browser as text (.txt), or paste its text "
                "into a .txt file, and import that",
    "archive": "is a compressed archive (.gz, .tar, .rar, .7z…), not a page dump: extract it and import the pages in "
               "it",
    "zip_archive": "is a zip archive, not a page dump: unzip it and import the pages in it (jmreview's export for "
                   "brat is read back by no command)",
    "corpus_lines": "is jmreview's JSON Lines export, made for other programs, not a page dump; no command reads it "
                    "back: import the pages themselves, or a snapshot (`export --format json --with-source`) with "
                    "`jmreview import-json`",
    "not_text": "is not text in UTF-8, UTF-16, GB18030 or Big5",
    "damaged": "is {encoding} text but for a damaged character on line {line} (the file was changed or "
               "copied with an error); ask for the file again, or mend that place in an editor and save it as "
               "UTF-8",
    "being_written": "is still being written by {program} (a copy, a sync or a download not finished): import it "
                     "once it is complete",
    "mixed": "mixes two encodings: it is {encoding}, but line {line} is {other} (text pasted from another file?); "
             "save it in one encoding and import it again",
    "cut_short": "ends in the middle of a character: the file is cut short (a copy or a download that did not "
                 "finish); copy it again in full and import it again",
    "seven_bit": "is Chinese written in {encoding}, a 7-bit encoding jmreview does not read (imported, the page would "
                 "be its escape codes): save it as UTF-8 or GB18030 and import it again",
    "long_line": "has a line of {longest} characters: this is not a page dump (lines over {limit} characters are "
                 "refused)",
    "many_lines": "has {lines} lines: this is not a page dump (a printed page holds a few hundred; files over {limit} "
                  "lines are refused)",
    "many_chars": "has {chars} characters: this is not a page dump (a printed page holds some ten thousand; files "
                  "over {limit} characters are refused)",
    "too_big": "is {size} MB; page dumps over {limit} MB are refused",
    "unreadable": "cannot be read: {detail}",
    "folder_unread": "is a folder that could not be read ({detail}): none of the pages inside it was imported; move "
                     "them to a folder with a shorter path, or make it readable, and import again",
    "link_upward": "is a link to a folder that holds the folder imported: passed over (the pages of its other folders "
                   "are not this import's; import them by their own folder)",
    "link_loop": "is a link that leads back to itself (a loop of links): remove it, or point it at a page file",
    "dangling": "is a link to a file that does not exist: remove it, or point it at a page file",
    "no_permission": "may not be read by you (no permission): change its permissions, or ask its owner",
    "not_regular.fifo": "is not a regular file (a FIFO): only page dump files are imported",
    "not_regular.device": "is not a regular file (a device): only page dump files are imported",
    "not_regular.socket": "is not a regular file (a socket): only page dump files are imported",
    "not_regular.folder": "is not a regular file (a folder): only page dump files are imported",
    "not_regular.special": "is not a regular file (special): only page dump files are imported",
    # written by workflows.importer
    "new_version": "is a new version of an imported file and {n} articles people worked on have changed lines "
                   "({titles}); import it with --replace to keep them, flagged for review",
    "under_review": "is a new version of a page under double review by {editors}, not curated yet: nothing was done "
                    "(their review copies belong to this version); curate the page first (jmreview curate {name}), "
                    "then import the new version",
    "replace_elsewhere": "was to replace a page, but no page of its name comes from {folder}: pages named {name} come "
                         "from {others}; nothing was done: put the new version in the folder of the page it replaces, "
                         "or import it without --replace to add it as another page",
    "renamed_elsewhere": "was to replace a page, and its text is that of page {page} but for a few lines, named as it "
                         "is but for case, width, its ending or a copy's mark — a page that comes from {others}, not "
                         "from {folder}; nothing was done: put the new version in that page's folder, named {name}, or "
                         "import it without --replace to add it as another page",
    "renamed": "has the name of page {page} but for case, width, its ending or a copy's mark (a new delivery of it, "
               "renamed?): "
               "nothing was done; to replace that page, import it with --replace (it then keeps what people did "
               "there), or give it another name if it is another page",
    "earlier_version": "is the same as an earlier version of this page, which a newer import replaced: nothing was "
                       "done (the newer version stays current; its old versions are all kept in the database)",
    "disk_full": "not imported: the disk holding {path} is full, nothing of this file was saved; free some space "
                 "and import again (files already imported are skipped)",
    "disk_full_stopped": "not imported: the disk holding {path} is full, nothing of this file was saved; the import "
                         "stopped here, {left} more files were not tried; free some space and import again (files "
                         "already imported are skipped)",
    "server_gone": "not imported: {path} stopped answering as this file was written (if it went as the file was "
                   "committed, the file may be in whole); import again when the server is back (a file already in "
                   "is skipped)",
    "server_gone_stopped": "not imported: {path} stopped answering as this file was written (if it went as the file "
                           "was committed, the file may be in whole); the import stopped here, {left} more files were "
                           "not tried; import again when the server is back (a file already in is skipped)",
    "server_dropped": "not imported: {path} no longer exists on the server (it was dropped or renamed as the import "
                      "ran): the import stopped here; waiting will not bring it back: ask the database's administrator",
    "server_dropped_stopped": "not imported: {path} no longer exists on the server (it was dropped or renamed as the "
                              "import ran): the import stopped here, {left} more files were not tried; waiting will "
                              "not bring it back: ask the database's administrator",
    "server_ended": "not imported: {path} ended this session though the server is running (an administrator, or a "
                    "setting of the address), nothing of this file was saved; import again (files already imported "
                    "are skipped)",
    "server_ended_after": "not tried: {path} ended this session though the server is running (an administrator, or "
                          "a setting of the address) as the file before this one was committed — that one is in "
                          "whole; the import stopped here, {left} files were not tried (this one among them); import "
                          "again (files already imported are skipped)",
    "server_ended_stopped": "not imported: {path} ended this session though the server is running (an administrator, "
                            "or a setting of the address), nothing of this file was saved; the import stopped here, "
                            "{left} more files were not tried; import again (files already imported are skipped)",
    "server_refused": "not imported: {path} did not finish this file (the server was busy, a time limit of the "
                      "database ran out, or another session cancelled it), nothing of this file was saved; import "
                      "again (files already imported are skipped)",
    "server_refused_stopped": "not imported: {path} did not finish this file (the server was busy, a time limit of "
                              "the database ran out, or another session cancelled it), nothing of this file was "
                              "saved; the import stopped here, {left} more files were not tried; import again (files "
                              "already imported are skipped)",
    "server_disk_full": "not imported: the disk of the server holding {path} is full, nothing of this file was saved; "
                        "ask the administrator to free space on it, then import again (files already imported are "
                        "skipped)",
    "server_disk_full_stopped": "not imported: the disk of the server holding {path} is full, nothing of this file was "
                                "saved; the import stopped here, {left} more files were not tried; ask the "
                                "administrator to free space on it, then import again (files already imported are "
                                "skipped)",
    "server_limit": "not imported: this file went past a limit the server of {path} sets (temp_file_limit), nothing "
                    "of it was saved; ask the administrator to raise or remove it, then import again (files already "
                    "imported are skipped)",
    "server_limit_stopped": "not imported: this file went past a limit the server of {path} sets (temp_file_limit), "
                            "nothing of it was saved; the import stopped here, {left} more files were not tried; ask "
                            "the administrator to raise or remove it, then import again (files already imported are "
                            "skipped)",
    "server_sequence": "not imported: the numbering of the table {table} on the server of {path} is behind its rows "
                       "(an administrator restarted its sequence), nothing of this file was saved; ask the "
                       "administrator to set it past the highest number, then import again",
    "server_sequence_stopped": "not imported: the numbering of the table {table} on the server of {path} is behind "
                               "its rows (an administrator restarted its sequence), nothing of this file was saved; "
                               "the import stopped here, {left} more files were not tried; ask the administrator to "
                               "set it past the highest number, then import again",
    "server_changed": "not imported: a table of the corpus on the server of {path} is not as jmreview made it "
                      "(another program changed its columns or added a rule), nothing of this file was saved; ask "
                      "the administrator to put it back, then import again",
    "server_changed_stopped": "not imported: a table of the corpus on the server of {path} is not as jmreview made it "
                              "(another program changed its columns or added a rule), nothing of this file was saved; "
                              "the import stopped here, {left} more files were not tried; ask the administrator to "
                              "put it back, then import again",
    "server_said": "not imported: the server of {path} refused this file by a rule of its own, saying: {detail}; "
                   "nothing of this file was saved; ask the administrator",
    "server_said_stopped": "not imported: the server of {path} refused this file by a rule of its own, saying: "
                           "{detail}; nothing of this file was saved; the import stopped here, {left} more files were "
                           "not tried; ask the administrator",
    "locked": "not imported: {path} is locked by another program or window, nothing of this file was saved; import "
              "again when it has finished (files already imported are skipped)",
    "locked_stopped": "not imported: {path} is locked by another program or window, nothing of this file was saved; "
                      "the import stopped here, {left} more files were not tried; import again when it has finished "
                      "(files already imported are skipped)",
    "replaced": "not imported: {path} was replaced, moved or deleted on disk since the import began, nothing of this "
                "file was saved; open the database again and import again (files already imported are skipped)",
    "replaced_stopped": "not imported: {path} was replaced, moved or deleted on disk since the import began, nothing "
                        "of this file was saved; the import stopped here, {left} more files were not tried; open the "
                        "database again and import again (files already imported are skipped)",
}


class RefusedInput(JmreviewError):
    """An input file that cannot be imported (binary, empty, undecodable): a code from REFUSALS and its arguments."""

    def __init__(self, name: str, code: str, arguments: dict[str, str] | None = None) -> None:
        self.name = name
        self.code = code
        self.arguments = dict(arguments or {})
        self.reason = REFUSALS[code].format(**self.arguments) if code in REFUSALS else code  # English, as logged
        super().__init__(f"{name}: {self.reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuilt from its name, code and arguments, so a refusal travels back from a worker process."""
        return (self.__class__, (self.name, self.code, self.arguments))


class StoreError(JmreviewError):
    """A database that cannot be opened or written as asked."""


class OutputError(JmreviewError):
    """A file that cannot be written as asked (full disk, no permission); the previous file is kept."""


class Coded(str):
    """English text made from a template, carrying the template and its arguments so a window can say it in its
    own language (the templates are listed where they are defined, for translation)."""

    template: str
    params: dict[str, str]

    def __new__(cls, template: str, **params: object) -> Coded:
        """The text of the template filled with the arguments (each kept as text)."""
        texts = {k: str(v) for k, v in params.items()}
        made = super().__new__(cls, template.format(**texts))
        made.template, made.params = template, texts
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its template and arguments (it travels back from worker processes)."""
        return (_rebuild, (self.template, self.params))


def _rebuild(template: str, params: dict[str, str]) -> Coded:
    return Coded(template, **params)
