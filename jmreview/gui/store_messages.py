"""The window's wording of the store's refusals: a locked, full, replaced database, a failed restore, in the window's
language."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from jmreview.errors import Coded
from jmreview.gui.history import history_title
from jmreview.store.changes import EditConflict
from jmreview.store.curation import CURATION
from jmreview.store.database import DamagedDatabase
from jmreview.store.opening import DatabaseLocked, DatabaseReplaced, DiskFull, ReadOnlyDatabase
from jmreview.store.restore import RestoreFailed
from jmreview.store.team import TEAM


def tr(text: str) -> str:
    """Translate a message about the database."""
    return QCoreApplication.translate("StoreMessages", text)


def user_message(exc: Exception) -> str:
    """One sentence for the editor, translated where the store gave a known refusal."""
    if isinstance(exc, DatabaseLocked):
        text = tr("{path} is locked by another program or window: nothing was saved; try again when it has finished")
        return text.format(path=exc.path)
    if isinstance(exc, ReadOnlyDatabase):
        if exc.why is not None:   # why: a read-only disk or folder, a full disk, an unwritable backups folder
            return tr("{why}; nothing can be changed").format(why=coded_text(exc.why))
        return tr("{name} is open read-only: nothing can be changed").format(name=exc.path.name)
    if isinstance(exc, DiskFull):
        text = tr("Nothing of this change was saved in {path}: the disk is full; free some space and try again")
        return text.format(path=exc.path)
    if isinstance(exc, DatabaseReplaced):
        if not Path(exc.path).exists():   # moved or renamed: the path named is no way back (run 27 A34)
            return tr("{path} was moved, renamed or deleted on disk since it was opened: nothing was saved; open the "
                      "database where it is now (File → Open database…, Ctrl+Shift+D)").format(path=exc.path)
        text = tr("{path} was replaced, moved or deleted on disk since it was opened: nothing was saved (it would "
                  "have gone to the file that was there before); open {path} again")
        return text.format(path=exc.path)
    if isinstance(exc, RestoreFailed):
        return tr(RESTORE_FAILURES[exc.code]).format(path=exc.path, backup=exc.backup.name,
                                                     detail=tr(exc.detail))   # the system's words too (run 27 A40)
    if isinstance(exc, DamagedDatabase):
        detail = tr(exc.detail)   # NOT_SQLITE's words, and SQLite's own commonest ones
        if exc.backup is not None:
            return tr("{path} is damaged ({detail}). Its newest complete backup is {backup}: restore it, or open "
                      "the damaged file read-only and export what it still holds.").format(
                path=exc.path, detail=detail, backup=exc.backup)
        if exc.mixed:
            return tr("{path} is damaged ({detail}), and its backups folder holds backups of more than one database: "
                      "which are its own cannot be told on this computer, so none is offered. Open it on the computer "
                      "that made it, or open it read-only and export what it still holds.").format(
                path=exc.path, detail=detail)
        return tr("{path} is damaged ({detail}) and has no backup: open it read-only and export what it still "
                  "holds.").format(path=exc.path, detail=detail)
    if isinstance(exc, EditConflict) and exc.code in CONFLICTS:   # a title of a million characters quoted in part
        params = {k: v[:80] + "…" if isinstance(v, str) and len(v) > 80 else v for k, v in exc.params.items()}
        if exc.code in ("undo_changed", "redo_changed") and params.get("action"):   # the edit as the history names it
            params["summary"] = history_title(str(params["action"]), str(params["summary"]))
        if "why" in params:   # a reason given as words of the table (curation's broken_review)
            params["why"] = tr(str(params["why"]))
        return tr(CONFLICTS[exc.code]).format(**params)
    if exc.args and isinstance(exc.args[0], Coded):
        return coded_text(exc.args[0])
    if isinstance(exc, OSError) and exc.strerror:   # the system's words, in the window's language (run 23 A40)
        return f"{exc.filename}：{tr(exc.strerror)}" if exc.filename else tr(exc.strerror)
    return str(exc)


def coded_text(text: str) -> str:
    """A message of the core in the window's language: its template translated, then filled."""
    if isinstance(text, Coded):   # words passed as arguments (a FIFO, a device) are translated too; a long value
        return tr(text.template).format(**{k: tr(v) if len(str(v)) <= 200 else str(v)[:200] + "…"   # cut (r28 A21)
                                           for k, v in text.params.items()})
    return text


RESTORE_FAILURES = {
    "unusable": "{path} was not restored from {backup}: that backup cannot be used ({detail}); the database is as "
                "it was",
    "full": "{path} was not restored from {backup}: the disk is full; the database is as it was — free some space "
            "and try again",
    "failed": "{path} was not restored from {backup} ({detail}); the database is as it was",
    "no_safety_copy": "{path} was not restored from {backup}: its current content could not be backed up first "
                      "({detail}); the database is as it was",
    "busy": "{path} was not restored from {backup}: another program or window is writing to it (an import, a "
            "re-run, a copy…); the database is as it was — try again when it has finished",
    "foreign": "{path} was not restored from {backup}: it is a backup of another database (copied into this backups "
               "folder); the database is as it was",
    "damaged": "{path} was not restored from {backup}: it is damaged ({detail}), so no sound copy of it can be made "
               "first; the database is as it was",
}

CONFLICTS = {
    "replaced": "{name} was replaced by a newer version of the file; nothing was changed — work on the new version",
    "removed": "What this change was about was removed in another window; nothing was changed",
    "undo_changed": "“{summary}” cannot be undone: what it changed was changed again since (in another window "
                    "or by another editor); nothing was changed",
    "redo_changed": "“{summary}” cannot be redone: what it changed was changed again since (in another window "
                    "or by another editor); nothing was changed",
    "article_changed": "《{title}》 was changed in another window since it was shown; nothing was changed — "
                       "look at it again and retry",
    "line_changed": "Line {line} was changed in another window since it was shown; nothing was changed — "
                    "look at it again and retry",
    "no_article": "This file has no article to put the line into",
    "line_in_no_article": "Line {line} is in no article",
    "already_starts": "Line {line} already starts its article",
    "merge_files": "Only two different articles of the same file can be merged",
    "move_files": "Lines can only move to an article of their own file",
    "id_limit": "Article numbers have reached their limit ({limit}); nothing was changed",
    "version_limit": "Article {id} has reached the limit of {limit} changes; nothing was changed",
    "undo_gone": "This edit is no longer in the database (it was restored from a backup or replaced); nothing was "
                 "changed",
    "already_undone": "This edit is already undone; nothing was changed",
    "not_undone": "This edit is not undone; nothing was changed",
    "bad_issue": "“{issue}” is not a day (YYYY-MM-DD); nothing was changed",
    "bad_page": "{page} is not a page label (like A03 or 3); nothing was changed",
    "log_damaged": "This edit cannot be undone or redone: its record in the edit log is damaged (another program "
                   "changed it); nothing was changed",
    "bad_date": "“{value}” is not a day of the calendar: type it as 2024-01-05 (or 2024/1/5, 2024年1月5日); nothing "
                "was changed",
    "link_self": "An article cannot continue in itself; nothing was changed",
    "link_issues": "The two articles are in different issues; a story continues within one issue; nothing was "
                   "changed",
    "under_review": "{name} is under double review by {editors}: it is corrected on their review copies and "
                    "written here by curation (File → Curate double review); nothing was changed",
    "under_review_yours": "{name} is under double review by {editors}, and you are one of its reviewers: correct "
                          "your review copy (tick My work: it is listed there); the page itself is written by "
                          "curation; nothing was changed",
    "not_your_copy": "{name}: this is {owner}'s review copy, corrected only by {owner}; nothing was changed",
    "curating_yours": "{name} is being curated, and you are one of its reviewers: the curator decides on what you "
                      "two said; nothing was changed",
    "not_written": "This change was not written: the database did not store it (a trigger or rule its administrator "
                   "added skips it); nothing was changed",
    "review_over": "{name}: this review copy's page was curated, so the review is over and the copy is no longer "
                   "read; correct the page itself; nothing was changed",
    "curation_begun": "{name}: the curation of this review copy's page has begun, so the copy is no longer "
                      "corrected (the curator decides on what it said); tell the curator, who can write it as their "
                      "own answer; nothing was changed",
    **TEAM, **CURATION,   # double review and curation (issue 16)
}

