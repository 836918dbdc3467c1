"""What an import of a new delivery says of each article it carried over (English; the window translates them).

A report line is "{file}: {what} ({note}; {note}…)", each note one of these templates filled in.
"""
from __future__ import annotations

CARRY_NOTES = {
    "moved": "{n} of {m} lines moved",
    "changed": "{n} of {m} lines changed",
    "joined": "{n} new lines joined it",
    "unset": "the {mark} a person set on line {line} is not carried: set it again",
    "entities": "entities not carried over: {names}",
    "entities_more": "entities not carried over: {names} and {n} more",
    "noise": "taken out as noise by a person, and changed in the new version: it stays out, look at it again",
    "noise_unsure": "taken out as noise by a person, and the lines around it changed in the new version: look at "
                    "them again, it may be back in an article",
    "noise_now": "taken out as noise by a person on line {was} of the old version, moved here and changed in the new "
                 "version: look at it again, it may be back in an article",
    "link": "on {page}, its story link to “{title}” of this page is taken away: no line of that story is left in the "
            "new version, link it again where the story is now",
    "placed": "entities a person decided found again by their text on other lines",
    "left": "no line of it is left in the new version",
    "other": "the lines where it stood hold other text in the new version (another story): it is not carried over",
}
MARKS = {"role": "role", "join": "join", "duplicate": "duplicate mark"}   # the marks a person sets on a line
LINE = "line {n}"   # what a note is about when it is no article
LINE_WAS = "line {n} of the old version"   # … a line no new line is like (run 53 A2: an old number said as new)


def noted(what: str, *notes: str) -> str:
    """One report line's text: what it is about and its notes."""
    return f"{what} ({'; '.join(notes)})"


def not_carried(lost: list[str]) -> str:
    """The note naming the entities a person decided that were not carried: the first five, and how many more
    (run 50 A14: nine lost, five named, the rest unsaid)."""
    shown = "、".join(lost[:5])
    return CARRY_NOTES["entities_more"].format(names=shown, n=len(lost) - 5) if len(lost) > 5 else \
        CARRY_NOTES["entities"].format(names=shown)
