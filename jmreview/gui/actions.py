"""Every command of the window: a QAction with a shortcut, in a menu, named for the shortcut sheet."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from jmreview.gui.host import WindowHost

ROLE_KEYS = (("kicker", "Kicker"), ("headline", "Headline"), ("subheadline", "Subheadline"), ("byline", "Byline"),
             ("subhead", "Subhead"), ("caption", "Caption"), ("note", "Note"), ("body", "Body"))


def tr(text: str) -> str:
    """Translate a string of the menus."""
    return QCoreApplication.translate("Actions", text)


@dataclass
class Spec:
    """One command: menu, object name, title, shortcut, handler."""

    menu: str
    name: str
    title: str
    shortcut: str | QKeySequence.StandardKey | None
    handler: Callable[[], None]
    checkable: bool = False
    translated: bool = False  # the title is already in the interface language


MENUS = (("file", "&File"), ("edit", "&Edit"), ("article", "&Article"), ("block", "&Block"),
         ("entity", "E&ntities"), ("view", "&View"), ("help", "&Help"))


def build(window: QMainWindow, specs: list[Spec]) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Create the actions and menus; returns both by name."""
    menus = {key: window.menuBar().addMenu(tr(title)) for key, title in MENUS}
    for menu in menus.values():
        menu.setObjectName(f"menu_{menu.title()}")
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.title if spec.translated else tr(spec.title), window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        if spec.checkable:
            action.toggled.connect(lambda _on, h=spec.handler: h())
        else:
            action.triggered.connect(lambda _c=False, h=spec.handler: h())
        menus[spec.menu].addAction(action)
        window.addAction(action)
        actions[spec.name] = action
    return actions, menus


def replace_actions(window: QMainWindow, menu: QMenu, actions: dict[str, QAction], stale: list[str],
                    specs: list[Spec]) -> None:
    """Swap the named actions of a menu for new ones, at the top of the menu (labels edited in the store)."""
    for name in stale:
        action = actions.pop(name)
        menu.removeAction(action)
        window.removeAction(action)
        action.deleteLater()
    first = menu.actions()[0] if menu.actions() else None
    for spec in specs:
        action = QAction(spec.title, window)
        action.setObjectName(spec.name)
        if spec.shortcut:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _c=False, h=spec.handler: h())
        if first is not None:
            menu.insertAction(first, action)
        else:
            menu.addAction(action)
        window.addAction(action)
        actions[spec.name] = action


def learning_specs(window: WindowHost) -> list[Spec]:
    """The lexicon window and applying what was learned (Entities menu)."""
    from jmreview.gui.lexicon_window import apply_to_corpus, open_lexicon

    def show() -> None:
        open_lexicon(window)

    def apply() -> None:
        apply_to_corpus(window)
    return [Spec("entity", "lexicon", "Le&xicon…", "Ctrl+Alt+X", show),
            Spec("entity", "apply_lexicon", "Apply what was lear&ned to the corpus…", "Ctrl+Alt+K", apply)]


def shortcut_sheet(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(command, keys) for every action that has a shortcut, in menu order."""
    return [(a.text().replace("&", ""), a.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            for a in actions.values() if not a.shortcut().isEmpty()]
