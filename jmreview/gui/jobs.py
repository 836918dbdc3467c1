"""Long work off the window's thread: imports and exports with a progress dialog that cancels."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from jmreview.errors import Coded, JmreviewError
from jmreview.gui import file_dialogs
from jmreview.gui.crash import log_path
from jmreview.gui.cue_text import carried_text, refusal_text
from jmreview.gui.host import WindowHost
from jmreview.gui.import_report import report_box, versions_question
from jmreview.gui.store_messages import coded_text, user_message


def tr(text: str) -> str:
    """Translate a string of the jobs."""
    return QCoreApplication.translate("Jobs", text)


class Cancelled(Exception):
    """The editor pressed Cancel; work stops between files (each file is committed or absent)."""


class Job(QThread):
    """Runs a function in a thread; it reports progress through the callback it is given."""

    progress = Signal(int, int, str)
    finished_with = Signal(object, str)  # result, error message ("" when fine)

    def __init__(self, work: Callable[[Callable[[int, int, str], None]], Any], exporting: bool = False) -> None:
        super().__init__()
        self.work = work
        self.exporting = exporting  # an export writes one file at the end: a failure leaves nothing of it
        self.cancel = threading.Event()

    def unexpected(self, exc: Exception) -> str:
        """The message for a bug in the work: what is left of it, and where the details are."""
        error = f"{type(exc).__name__}: {exc}"
        if self.exporting:
            return tr("Unexpected error: {error}. Nothing was exported: any previous file of that name is "
                      "unchanged; details are in {log}.").format(error=error, log=log_path())
        return tr("Unexpected error: {error}. What was finished is kept; details are in {log}.").format(
            error=error, log=log_path())

    def run(self) -> None:
        """Do the work, turning cancellation and refusals into a message."""
        def report(n: int, total: int, name: str) -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.progress.emit(n, total, name)

        try:
            result = self.work(report)
        except Cancelled:
            self.finished_with.emit(None, tr("Cancelled: nothing was exported; any previous file of that name is "
                                             "unchanged.") if self.exporting else
                                    tr("Cancelled: the files done so far are kept."))
        except (JmreviewError, OSError) as exc:
            self.finished_with.emit(None, user_message(exc))
        except Exception as exc:  # a bug: never let it escape this thread (Qt dialogs belong to the window's)
            logging.getLogger("jmreview").exception("unexpected error in a background job")
            self.finished_with.emit(None, self.unexpected(exc))
        else:
            self.finished_with.emit(result, "")


def run_job(parent: QWidget, title: str, work: Callable[[Callable[[int, int, str], None]], Any],
            done: Callable[[Any, str], None], exporting: bool = False) -> Job:
    """Start a job with a cancellable progress dialog; `done(result, error)` runs on the window's thread."""
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = Job(work, exporting)
    def show_progress(n: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(n)
        dialog.setLabelText(f"{title}\n{name}")

    job.progress.connect(show_progress)
    stopping = QProgressDialog(tr("Stopping: the file being read is finished first (a file is kept whole or not at "
                                  "all)…"), "", 0, 0, parent)
    stopping.setCancelButton(None)   # (run 24 A35: the box went away at Cancel, the work went on unsaid)
    stopping.setWindowModality(Qt.WindowModality.WindowModal)
    stopping.reset()   # not shown until Cancel is pressed

    def cancel() -> None:
        job.cancel.set()
        if job.isRunning():
            stopping.show()

    dialog.canceled.connect(cancel)

    def finish(result: Any, error: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        stopping.reset()
        stopping.deleteLater()
        watch = getattr(parent, "watch", None)
        if getattr(parent, "jobs_over", False):   # its window closed for a logout: no box over nothing
            logging.getLogger("jmreview").info("job ended after its window closed: %s", error or "done")
            return
        if watch is not None:
            watch.resync()
        done(result, error)

    job.finished_with.connect(finish)
    parent._jobs = [*getattr(parent, "_jobs", []), job]  # type: ignore[attr-defined]
    job.start()
    return job


BOXED = ("refused", "flagged", "left", "lost", "no_day", "same_page", "no_chinese", "passed", "others",  # said in a
         "same_text")   # box (run 64 A4, run 63 A19: in the status bar, a page passed over was easily missed)


def import_into(window: WindowHost, paths: list[Path], replace: bool = False) -> Job:
    """Import paths in the background, then refresh the window and report."""
    from jmreview.exchange.ingest import folder_of, printable_name
    from jmreview.gui.dialogs import page_patterns
    from jmreview.workflows.importer import expand_paths, import_paths
    from jmreview.workflows.newspaper import check_pattern

    store = window.session.store
    patterns = page_patterns(window.settings)

    running: list[Job] = []

    def stopped() -> None:   # Cancel pressed while a long file was read (run 24 A35: imported 95 s later, unsaid)
        if running and running[0].cancel.is_set():
            raise Cancelled()

    def work(report: Callable[[int, int, str], None]) -> Any:
        return import_paths(store, paths, report, workers=1, replace=replace, who=window.session.editor,
                            page_patterns=patterns, before_write=stopped)

    def done(result: Any, error: str) -> None:
        window.refresh()
        if window.current_file is None and window.files.ids():
            window.select_file(window.files.ids()[0])
        if error:
            if any(check_pattern(p) for p in patterns):   # a pattern the editor never typed here (run 29 A36)
                error += tr(" That file-name pattern is one saved in Edit → Settings: correct or remove it there.")
            QMessageBox.warning(window, tr("Import"), error)
            return
        lines = [tr("{n} files imported, {a} articles.").format(n=len(result.imported), a=result.articles)]
        lines += [tr("Already there: {name}").format(name=name) for name in result.skipped]
        lines += [tr("Already there as {where} (the same bytes): {name}").format(name=name, where=where)
                  for name, where in result.elsewhere]
        lines += [tr("Already there as {where} (the same text in another encoding or with other line breaks): {name}")
                  .format(name=name, where=where) for name, where in result.same_text]
        versions = [n for n, w in result.refused if "--replace" in w] if not replace else []   # (asked once)
        handed = False   # the new versions imported again by a job of their own, which says what it did
        if versions and QMessageBox.question(
                window, tr("New versions of imported files"), versions_question(result.refused, versions)) \
                == QMessageBox.StandardButton.Yes:
            again = [p for p in expand_paths(paths) if printable_name(p) in versions   # (by folder too: run 24 A22)
                     or f"{folder_of(p.parent)}/{printable_name(p)}" in versions]
            import_into(window, again, replace=True)
            handed = True
            result.refused = [(n, w) for n, w in result.refused if n not in versions]
        lines += [tr("Refused: {name}: {why}").format(name=n, why=refusal_text(w)) for n, w in result.refused]
        lines += [tr("Flagged for review: {what}").format(what=carried_text(f)) for f in result.flagged]
        lines += [tr("Not carried over (what was decided stays on the old version, which is kept): {what}").format(
            what=carried_text(f)) for f in result.left]
        lines += [tr("{name}: imported, but no longer in the database: it was restored from a backup while the "
                     "import ran; import it again").format(name=name) for name in result.lost]
        lines += [tr("{name}: imported, but it holds no Chinese character: is it a page of the newspaper? (a README "
                     "or a licence beside the pages is not)").format(name=n) for n in result.no_chinese]
        lines += [tr("{name}: the date in its name, {day}, is no day of the calendar: no issue date was read").format(
            name=n, day=d) for n, d in result.no_day]
        lines += [tr("{name}: the same page ({page}) as {other}, under another name: both are kept").format(
            name=n, page=p, other=o) for n, p, o in result.same_page]
        lines += [tr("{name}: a hidden or system folder (a trash, the old versions a sync tool keeps, a tool's own "
                     "copies): the page files inside it were passed over; one imported by its own name is a page of "
                     "its own, beside any page of its name (to make it a page's new version, put it in that page's "
                     "folder)")
                  .format(name=n) for n in result.passed]   # (run 54 A25)
        lines += [tr("{n} other files in the folders were passed over, their types not a page's (a page is a .txt "
                     "file, or a file without a type): {names}").format(n=len(result.others), names="、".join(
                         result.others[:10]) + (" …" if len(result.others) > 10 else ""))] if result.others else []
        if any(getattr(result, k) for k in BOXED):
            report_box(window, lines)
        elif not (handed and not result.imported):   # (run 46 A10: "0 files imported" under the other's box)
            window.say(" ".join(lines))

    running.append(run_job(window, tr("Importing…"), work, done))
    return running[0]


def rerun_automation(window: WindowHost, file_id: int) -> Job:
    """Re-run automation on one file in the background (reviewed and hand-edited articles are kept)."""
    from jmreview.store.models import SourceFile
    from jmreview.workflows.automation import rerun_file

    store = window.session.store
    source = SourceFile.get_by_id(file_id)

    def work(report: Callable[[int, int, str], None]) -> Any:
        report(0, 2, source.name)
        return rerun_file(store, source, before_write=lambda: report(1, 2, source.name))   # a cancel: nothing done

    def done(result: Any, error: str) -> None:
        if result is not None:   # row ids of redone articles changed: older steps no longer apply
            window.session.undo_stack.clear()
        window.refresh()
        if error:
            QMessageBox.warning(window, tr("Re-run automation"), error)
        else:
            window.say(tr("Kept {k} articles decided by people, redid {r}.").format(k=result.kept, r=result.redone))

    return run_job(window, tr("Re-running automation…"), work, done)


def ask_and_import(window: WindowHost, folder: bool) -> None:
    """Ask for files or a folder and import them."""
    if folder:
        chosen = file_dialogs.open_folder(window, tr("Import folder"))
        paths = [Path(chosen)] if chosen else []
    else:
        names = file_dialogs.open_files(window, tr("Import page dumps"), "",
                                                tr("Text files (*.txt);;All files (*)"))
        paths = [Path(n) for n in names]
    if paths:
        import_into(window, paths)


def ask_and_export(window: WindowHost) -> None:
    """Ask for the export options and a file, then export in the background."""
    from jmreview.gui.export_dialog import ExportDialog

    choice = ExportDialog(str(window.settings.value("language", "zh_CN")), window).ask()
    if choice is not None:
        export_to(window, choice)


def export_to(window: WindowHost, choice: Any) -> Job | None:
    """Export with the given options (an ExportChoice) in the background (None: refused, said)."""
    hidden = getattr(window.session.store, "rows_hidden", None)   # a policy since the opening (run 41 B27)
    if hidden is not None and (why := hidden(writes=False)) is not None:   # (writes checked: read whole, run 54 B29)
        QMessageBox.warning(window, tr("Export"), coded_text(why))
        return None
    from jmreview.exchange.export_json import export_json, export_jsonl, left_out
    from jmreview.exchange.export_xlsx import export_xlsx
    from jmreview.exchange.formats_out import FORMATS, export_annotations
    from jmreview.exchange.source_check import sources_changed
    from jmreview.store.doctor import content_problems

    store = window.session.store

    def written(report: Callable[[int, int, str], None]) -> Any:
        if choice.format == "xlsx":
            return export_xlsx(choice.path, choice.status, choice.script, choice.language, report)
        report(0, 1, choice.path.name)
        if choice.format in FORMATS:
            return export_annotations(choice.path, choice.format, choice.status, choice.script).articles
        if choice.format == "jsonl":
            return export_jsonl(choice.path, choice.status)
        damage: list[str] = []   # read in the export's own snapshot (run 58 B22)
        n = export_json(choice.path, choice.status, choice.with_source, damage)
        return (n, damage, bool(choice.with_source and left_out()))

    def work(report: Callable[[int, int, str], None]) -> Any:
        # what doctor finds wrong (run 41 A14); a page's text another program changed (run 45 A18, run 46 A6)
        return written(report), len(content_problems(store)), len(sources_changed())

    def done(outcome: Any, error: str) -> None:
        if error:
            QMessageBox.warning(window, tr("Export"), error)
            return
        result, damaged, changed = outcome
        if changed:
            QMessageBox.warning(window, tr("Export"), tr(
                "The text of {n} pages in this database is no longer the text of the files imported (another program "
                "changed it). This export holds it as it is: restore a backup (a page's text cannot be corrected in "
                "the window; jmreview doctor names the pages).").format(n=changed))
        if damaged > (len(result[1]) if isinstance(result, tuple) else 0):   # (the team's: said as a snapshot's)
            QMessageBox.warning(window, tr("Export"), tr(
                "Doctor finds what the program would not have written in this database ({n} in all, another program "
                "changed them). This export holds them as they are: run jmreview doctor to see each, then restore a "
                "backup or correct each as it says.").format(n=damaged))
        if isinstance(result, tuple):   # a JSON corpus: a snapshot's team work that would not restore is said
            snapshot_notes(window, choice.path, *result)
            return
        n = result if isinstance(result, int) else result.articles
        window.say(tr("{n} articles written to {path}").format(n=n, path=choice.path))
        cut = [] if isinstance(result, int) else result.truncated
        replaced = [] if isinstance(result, int) else result.replaced
        notes = ([tr("Cells cut at Excel's 32,767-character limit:"), *cut[:30]] if cut else []) + \
            ([tr("Characters a workbook cannot hold were replaced in:"), *replaced[:30]] if replaced else [])
        if notes:
            QMessageBox.information(window, tr("Export"), "\n".join(notes))

    return run_job(window, tr("Exporting…"), work, done, exporting=True)


def snapshot_notes(window: WindowHost, path: Path, n: int, damaged: list[str], left: bool) -> None:
    """Say a JSON export written; for a snapshot, the team work it leaves out or that import-json would refuse."""
    window.say(tr("{n} articles written to {path}").format(n=n, path=path))
    notes = [tr("The team's work holds {n} things the program would not have made (another program changed it): "
                "restoring this snapshot is refused until they are mended. Run jmreview doctor to see them.").format(
        n=len(damaged))] if damaged else []
    if left:
        notes.append(tr("Not in this file: the team's work on earlier versions of pages (replaced by a newer import); "
                        "jmreview copy to another database keeps it."))
    if notes:
        QMessageBox.warning(window, tr("Export"), "\n\n".join(notes))


def ask_and_import_json(window: WindowHost) -> None:
    """Restore or apply a corpus JSON file chosen in a dialog (applied as one undoable step)."""
    name = file_dialogs.open_file(window, tr("Import corpus JSON"), "", tr("JSON (*.json)"))
    if name:
        import_json_into(window, Path(name))


def import_json_into(window: WindowHost, path: Path) -> None:
    """Import a corpus JSON file now; applying is pushed on the undo stack as one correction."""
    from jmreview.exchange.import_json import InvalidCorpus, import_json
    from jmreview.gui.session import EditCommand

    try:
        report = import_json(window.session.store, path, window.session.editor)
    except InvalidCorpus as exc:   # a field no export writes: the technical detail goes under "details"
        coded = exc.reason if isinstance(exc.reason, Coded) else None
        reason = coded_text(coded) if coded else tr("a field does not fit jmreview's corpus format; the details "
                                                      "say which")
        said = tr("{reason}. Nothing was changed.") if coded and "file" in coded.params else \
            tr("{file} was not imported: {reason}. Nothing was changed.")
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Import corpus JSON"), said.format(file=path.name,
                                                                                         reason=reason),
                          QMessageBox.StandardButton.Ok, window)
        if not coded:
            box.setDetailedText(str(exc))
        box.exec()
        return
    except JmreviewError as exc:
        QMessageBox.warning(window, tr("Import corpus JSON"), user_message(exc))
        return
    if report.log_id:
        window.session.undo_stack.push(EditCommand(window.session, tr("Import corpus JSON"), report.log_id))
    window.refresh()
    if window.current_file is None and window.files.ids():
        window.select_file(window.files.ids()[0])
    done = tr("Restored {n} articles of {files} files") if report.mode == "restore" else \
        tr("Applied {n} articles of {files} files")
    summary = done.format(n=report.articles, files=report.files)
    if report.refusals:
        summary += tr("; {n} left as they are").format(n=len(report.refusals))
    if report.missing:
        summary += tr("; {n} files not in this database").format(n=len(report.missing))
    if report.unaccounted:   # a part of a corpus (an export of reviewed articles only): the rest to be decided
        summary += tr("; {n} lines are in none of its articles and not said to be noise (an export of part of the "
                      "corpus?): left unassigned, to be decided").format(n=report.unaccounted)
    lines = [summary, *[f"{name}：{coded_text(why)}" for name, why in report.refusals + report.replaced],
             *[tr("Not in this database: {name} (its text is in the file, but a snapshot adds pages only to an "
                  "empty database: import the page itself, or restore the snapshot into a new database)").format(name=n)
               if n in report.carried else tr("Not in this database: {name}").format(name=n) for n in report.missing]]
    if report.refusals or report.missing or report.unaccounted or report.replaced:
        QMessageBox.warning(window, tr("Import corpus JSON"), "\n".join(lines))
    else:
        window.say(lines[0])


__all__ = ["import_into", "ask_and_import", "ask_and_export", "run_job", "ask_and_import_json"]
