"""How a logged edit reads in the undo history when it is reloaded from the database after a restart."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

TITLES = {
    "set_role": "Set a line's role", "set_noise": "Noise / back into an article", "set_join": "Join",
    "set_duplicate": "Duplicate mark", "split_article": "New article", "merge_articles": "Merge articles",
    "move_blocks": "Move lines", "set_field": "Edit a field", "set_status": "Set status",
    "add_entity": "Add an entity", "update_entity": "Change an entity", "delete_entity": "Delete an entity",
    "accept_all": "Accept all suggestions", "label_all": "Label every occurrence", "add_label": "Add a label",
    "edit_label": "Edit a label", "import_json": "Import corpus JSON",
}


def tr(text: str) -> str:
    """Translate a string of the history."""
    return QCoreApplication.translate("History", text)


def history_title(action: str, summary: str) -> str:
    """'Set status (《title》 → reviewed)': the kind of edit in the window's language, then what it touched."""
    kind = tr(TITLES[action]) if action in TITLES else action
    return tr("{kind} ({what})").format(kind=kind, what=summary) if summary else kind
