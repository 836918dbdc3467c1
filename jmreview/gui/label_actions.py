"""The entity menu's label commands: one per label of the store, kept in step when labels change."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from jmreview.gui.actions import Spec, replace_actions
from jmreview.store.models import Label


def tr(text: str) -> str:
    """Translate a string of the label commands (they live in the main window's menus)."""
    return QCoreApplication.translate("MainWindow", text)


def label_specs(label: Callable[[str], None], labels: list[Label] | None = None) -> list[Spec]:
    """A 'label as …' command for every label (the store's, unless given), with its hotkey."""
    specs = []
    for row in Label.select().order_by(Label.id) if labels is None else labels:
        key = f"Ctrl+{row.hotkey}" if row.hotkey and row.hotkey != "0" else None  # Ctrl+0: normal text size
        title = tr("Label as {name} ({title})").format(name=row.name, title=row.title)
        specs.append(Spec("entity", f"label_{row.name}", title, key, partial(label, row.name), translated=True))
    return specs


def sync_label_actions(window: QMainWindow, menu: QMenu, actions: dict[str, QAction],
                       label: Callable[[str], None], labels: list[Label] | None = None) -> None:
    """Labels added or edited in the store (or those given) get their menu entries and hotkeys."""
    specs = label_specs(label, labels)
    wanted = [(s.name, s.title, s.shortcut) for s in specs]
    current = [(n, a.text(), a.shortcut().toString() or None) for n, a in actions.items()
               if n.startswith("label_") and n not in ("label_all_file", "label_all_corpus")]
    if wanted != current:
        replace_actions(window, menu, actions, [n for n, *_ in current], specs)
