"""Long work off the window's thread: imports and exports with a progress dialog that cancels."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from jmreview.core.errors import JmreviewError

if TYPE_CHECKING:
    from jmreview.gui.main_window import MainWindow


def tr(text: str) -> str:
    """Translate a string of the jobs."""
    return QCoreApplication.translate("Jobs", text)


class Cancelled(Exception):
    """The editor pressed Cancel; work stops between files (each file is committed or absent)."""


class Job(QThread):
    """Runs a function in a thread; it reports progress through the callback it is given."""

    progress = Signal(int, int, str)
    finished_with = Signal(object, str)  # result, error message ("" when fine)

    def __init__(self, work: Callable[[Callable[[int, int, str], None]], Any]) -> None:
        super().__init__()
        self.work = work
        self.cancel = threading.Event()

    def run(self) -> None:
        """Do the work, turning cancellation and refusals into a message."""
        def report(n: int, total: int, name: str) -> None:
            if self.cancel.is_set():
                raise Cancelled()
            self.progress.emit(n, total, name)

        try:
            result = self.work(report)
        except Cancelled:
            self.finished_with.emit(None, tr("Cancelled: the files done so far are kept."))
        except (JmreviewError, OSError) as exc:
            self.finished_with.emit(None, str(exc))
        else:
            self.finished_with.emit(result, "")


def run_job(parent: QWidget, title: str, work: Callable[[Callable[[int, int, str], None]], Any],
            done: Callable[[Any, str], None]) -> Job:
    """Start a job with a cancellable progress dialog; `done(result, error)` runs on the window's thread."""
    dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
    dialog.setObjectName("progress_dialog")
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    job = Job(work)
    def show_progress(n: int, total: int, name: str) -> None:
        dialog.setMaximum(total)
        dialog.setValue(n)
        dialog.setLabelText(f"{title}\n{name}")

    job.progress.connect(show_progress)
    dialog.canceled.connect(job.cancel.set)

    def finish(result: Any, error: str) -> None:
        dialog.reset()
        dialog.deleteLater()
        done(result, error)

    job.finished_with.connect(finish)
    parent._jobs = [*getattr(parent, "_jobs", []), job]  # type: ignore[attr-defined]
    job.start()
    return job


def import_into(window: MainWindow, paths: list[Path]) -> Job:
    """Import paths in the background, then refresh the window and report."""
    from jmreview.core.importer import import_paths

    store = window.session.store

    def work(report: Callable[[int, int, str], None]) -> Any:
        return import_paths(store, paths, report, workers=1)

    def done(result: Any, error: str) -> None:
        window.refresh()
        if window.current_file is None and window.files.ids():
            window.select_file(window.files.ids()[0])
        if error:
            QMessageBox.warning(window, tr("Import"), error)
            return
        lines = [tr("{n} files imported, {a} articles.").format(n=len(result.imported), a=result.articles)]
        lines += [tr("Already there: {name}").format(name=name) for name in result.skipped]
        lines += [tr("Refused: {name}: {why}").format(name=n, why=w) for n, w in result.refused]
        if result.refused:
            QMessageBox.warning(window, tr("Import"), "\n".join(lines))
        else:
            window.say(" ".join(lines))

    return run_job(window, tr("Importing…"), work, done)


def rerun_automation(window: MainWindow, file_id: int) -> Job:
    """Re-run automation on one file in the background (reviewed and hand-edited articles are kept)."""
    from jmreview.core.automation import rerun_file
    from jmreview.core.models import SourceFile

    store = window.session.store
    source = SourceFile.get_by_id(file_id)

    def work(report: Callable[[int, int, str], None]) -> Any:
        report(0, 1, source.name)
        return rerun_file(store, source)

    def done(result: Any, error: str) -> None:
        window.session.undo_stack.clear()  # row ids of redone articles changed: older steps no longer apply
        window.refresh()
        if error:
            QMessageBox.warning(window, tr("Re-run automation"), error)
        else:
            window.say(tr("Kept {k} articles decided by people, redid {r}.").format(k=result.kept, r=result.redone))

    return run_job(window, tr("Re-running automation…"), work, done)


def ask_and_import(window: MainWindow, folder: bool) -> None:
    """Ask for files or a folder and import them."""
    if folder:
        chosen = QFileDialog.getExistingDirectory(window, tr("Import folder"))
        paths = [Path(chosen)] if chosen else []
    else:
        names, _ = QFileDialog.getOpenFileNames(window, tr("Import page dumps"), "",
                                                tr("Text files (*.txt);;All files (*)"))
        paths = [Path(n) for n in names]
    if paths:
        import_into(window, paths)


def ask_and_export(window: MainWindow) -> None:
    """Ask for a file and export the corpus as JSON (or JSONL by extension)."""
    from jmreview.core.export_json import export_json, export_jsonl

    name, _ = QFileDialog.getSaveFileName(window, tr("Export corpus"), "corpus.json",
                                          tr("JSON (*.json);;JSON lines (*.jsonl)"))
    if not name:
        return
    path = Path(name)

    def work(report: Callable[[int, int, str], None]) -> Any:
        report(0, 1, path.name)
        return export_jsonl(path) if path.suffix == ".jsonl" else export_json(path)

    def done(result: Any, error: str) -> None:
        if error:
            QMessageBox.warning(window, tr("Export"), error)
        else:
            window.say(tr("{n} articles written to {path}").format(n=result, path=path))

    run_job(window, tr("Exporting…"), work, done)


__all__ = ["import_into", "ask_and_import", "ask_and_export", "run_job"]
