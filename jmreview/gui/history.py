"""How a logged edit reads in the undo history when it is reloaded from the database after a restart.

The core logs each edit's summary in English with codes (roles, statuses, labels, field names), for
the log; here it is read back and worded in the window's language — the line, the role, the status,
the entity's text and label — as the window words an edit it has just made. A summary that fits
no known form (an older database) reads as the kind of edit alone, never as untranslated English.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

TITLES = {
    "set_role": "Set a line's role", "set_noise": "Noise / back into an article", "set_join": "Join",
    "set_duplicate": "Duplicate mark", "split_article": "New article", "merge_articles": "Merge articles",
    "move_blocks": "Move lines", "set_field": "Edit a field", "set_status": "Set status",
    "add_entity": "Add an entity", "update_entity": "Change an entity", "delete_entity": "Delete an entity",
    "accept_all": "Accept all suggestions", "label_all": "Label every occurrence", "add_label": "Add a label",
    "edit_label": "Edit a label", "import_json": "Import corpus JSON",
    "set_page": "Set a file's issue and page", "link_stories": "Link the parts of a story",
    "link_status": "Accept or reject a link", "unlink": "Unlink the parts of a story",
    "assign": "Give pages to an editor", "unassign": "Take pages back from an editor",
    "double_review": "Mark for double review", "curate": "Curation",
    "import_xlsx": "Import an edited workbook", "import_annotations": "Import entity annotations",
    "apply_lexicon": "Apply what was learned", "lexicon_delete": "Delete a lexicon entry",
    "lexicon_edit": "Change a lexicon entry", "lexicon_import": "Import lexicon entries",
}
KINDS = {"segment": "Article boundaries", "role": "Role", "join": "Join", "duplicate": "Duplicate",
         "fields": "Title and fields", "entity": "Entity"}   # the curation view's words (its context)
SIDES = {"a": "took A", "b": "took B", "own": "own answer"}
FIELDS = {"title": "Title", "kicker": "Kicker", "subtitle": "Subtitle", "date": "Date", "category": "Category",
          "reporters": "Reporters", "correspondents": "Correspondents", "photographers": "Photographers",
          "sources": "Sources"}
ROLES = {"kicker": "Kicker", "headline": "Headline", "subheadline": "Subheadline", "byline": "Byline",
         "subhead": "Subhead", "caption": "Caption", "note": "Note", "body": "Body"}
STATUSES = {"auto": "automatic", "in_review": "in review", "reviewed": "reviewed", "rejected": "rejected"}
CATEGORIES = {"news": "news", "feature": "feature", "commentary": "commentary", "document": "document",
              "roundup": "roundup", "photo": "photo", "ad": "advertisement"}
ENTITY_STATUSES = {"suggested": "back to a suggestion", "accepted": "accepted", "rejected": "rejected"}
LINES = r"(?P<lines>\d+(?:, \d+)*)"
TITLE = r"《(?P<title>.*)》"
Form = tuple[str, str, str]  # action, pattern of the stored summary, English template of the history entry
FORMS: tuple[Form, ...] = (
    ("set_role", rf"lines? {LINES}: role → (?P<role>\w+)", "Line {lines}: role {role}"),
    ("set_noise", r"line (?P<n>\d+): noise", "Line {n}: noise"),
    ("set_noise", r"line (?P<n>\d+): back into an article", "Line {n}: back into an article"),
    ("set_join", r"line (?P<n>\d+): join", "Join line {n}"),
    ("set_join", r"line (?P<n>\d+): no join", "Undo the join of line {n}"),
    ("set_duplicate", r"line (?P<n>\d+): duplicate of None", "Clear duplicate on line {n}"),
    ("set_duplicate", r"line (?P<n>\d+): duplicate of (?P<of>\d+)", "Line {n}: duplicate of line {of}"),
    ("split_article", r"new article at line (?P<n>\d+)", "New article at line {n}"),
    ("merge_articles", r"《(?P<gone>.*)》 merged into 《(?P<keep>.*)》", "Merge 《{gone}》 into 《{keep}》"),
    ("move_blocks", rf"lines {LINES} → {TITLE}", "Move lines {lines} to 《{title}》"),
    ("set_field", rf"{TITLE} (?P<field>{'|'.join(FIELDS)}) → (?P<value>.*)", "《{title}》: {field} → “{value}”"),
    ("set_status", rf"{TITLE} → (?P<status>\w+)", "《{title}》: {status}"),
    ("add_entity", r"(?P<label>[A-Z][A-Z0-9_]*) (?P<text>.*)", "Label “{text}” as {label}"),
    ("update_entity", r"(?P<text>.*) \((?P<label>[A-Z][A-Z0-9_]*)\) ×(?P<n>\d+): (?P<values>\{.*\})",
     "“{text}” ({label}): {values}"),
    ("update_entity", r"(?P<text>.*) ×(?P<n>\d+): (?P<values>\{.*\})", "“{text}”: {values}"),  # before the label
    ("delete_entity", r"delete (?P<label>[A-Z][A-Z0-9_]*) (?P<text>.*) ×(?P<n>\d+)",
     "Delete entity “{text}” ({label})"),
    ("accept_all", rf"{TITLE}: accept all suggestions", "《{title}》: accept all suggestions"),
    ("label_all", r"(?P<label>[A-Z][A-Z0-9_]*) (?P<text>.*): every occurrence", "Label all “{text}” as {label}"),
    ("add_label", r"label (?P<name>[A-Z][A-Z0-9_]*) \((?P<title>.*)\)", "Add label {name} ({title})"),
    ("edit_label", r"label (?P<name>[A-Z][A-Z0-9_]*): .*", "Edit label {name}"),
    ("set_page", r"(?P<name>.*): issue (?P<issue>\S+), page (?P<page>\S+)", "{name}: issue {issue}, page {page}"),
    ("link_stories", r"《(?P<first>.*)》 → 《(?P<then>.*)》", "《{first}》 continues in 《{then}》"),
    ("link_status", r"《(?P<first>.*)》 → 《(?P<then>.*)》: (?P<status>\w+)",
     "Link 《{first}》 to 《{then}》: {status}"),
    ("unlink", r"《(?P<first>.*)》 ↛ 《(?P<then>.*)》", "Unlink 《{first}》 from 《{then}》"),
    ("assign", r"(?P<n>\d+) pages → (?P<editor>.*)", "Give {n} pages to {editor}"),
    ("unassign", r"(?P<n>\d+) pages ← (?P<editor>.*)", "Take {n} pages back from {editor}"),
    ("double_review", r"double review: (?P<a>.*) / (?P<b>.*)", "Double review by {a} and {b}"),
    ("curate", r"all: agreed", "Curation: both reviewers agree"),
    ("import_xlsx", r"edited workbook (?P<name>.*)", "Import the edited workbook {name}"),
    ("import_annotations", r"entity annotations from (?P<name>.*)", "Import entity annotations from {name}"),
    ("curate", rf"(?P<kind>{'|'.join(KINDS)}):(?P<line>\d+)(?::\d+)?: (?P<side>a|b|own)", "Curation: {kind} → {side}"),
)
PATTERNS = [(action, re.compile(pattern, re.DOTALL), template) for action, pattern, template in FORMS]


def tr(text: str) -> str:
    """Translate a string of the history."""
    return QCoreApplication.translate("History", text)


def _in(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def _lines(text: str) -> str:
    numbers = text.split(", ")
    return numbers[0] if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"


def _field_value(field: str, value: str) -> str:
    if field == "category":
        return _in("TableModels", CATEGORIES.get(value, value))
    if value.startswith("["):
        try:
            return "、".join(str(v) for v in ast.literal_eval(value))
        except (ValueError, SyntaxError):
            return value
    return "" if value == "None" else value


def _entity_change(values: str) -> str:
    """'{'label': 'PER', 'status': 'accepted'}' as '标签改为 PER，已接受'."""
    try:
        changed = ast.literal_eval(values)
    except (ValueError, SyntaxError):
        return ""
    parts = []
    if changed.get("label"):
        parts.append(tr("label {label}").format(label=changed["label"]))
    if changed.get("status") in ENTITY_STATUSES and not changed.get("label"):
        parts.append(tr(ENTITY_STATUSES[changed["status"]]))
    if "role" in changed:
        parts.append(tr("role {role}").format(role=changed["role"] or "—"))
    return tr(", ").join(parts)


ARGUMENTS: dict[str, Callable[[str], str]] = {
    "lines": _lines, "role": lambda r: _in("PageView", ROLES.get(r, r)),
    "status": lambda s: _in("TableModels", STATUSES.get(s, s)), "values": _entity_change,
    "field": lambda f: _in("ArticleEditor", FIELDS.get(f, f)),
    "kind": lambda k: _in("Curation", KINDS.get(k, k)), "side": lambda s: _in("Curation", SIDES.get(s, s)),
}


def history_title(action: str, summary: str) -> str:
    """A logged edit as the history lists it: what it changed, in the window's language."""
    for form_action, pattern, template in PATTERNS:
        found = pattern.fullmatch(summary or "") if form_action == action else None
        if found is None:
            continue
        args = {k: ARGUMENTS[k](v) if k in ARGUMENTS else v for k, v in found.groupdict().items()}
        if "value" in args:
            args["value"] = _field_value(found["field"], found["value"])
        if args.get("values") == "":
            continue
        return tr(template).format(**args)
    return tr(TITLES[action]) if action in TITLES else action
