"""The refusal of an edit whose data changed under it (or that a rule of the team forbids)."""
from __future__ import annotations

from jmreview.errors import JmreviewError


class EditConflict(JmreviewError):
    """An edit that cannot be applied because the data changed under it.

    ``code`` and ``params`` say which refusal it is, so the window can word it in its own
    language; the message is the English wording for the command line and the log.
    """

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params
