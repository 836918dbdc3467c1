"""Errors the core raises for the user to read: one clear sentence, never a traceback."""
from __future__ import annotations

from typing import Any


class JmreviewError(Exception):
    """Base of every error whose message is meant for an editor."""


class RefusedInput(JmreviewError):
    """An input file that cannot be imported (binary, empty, undecodable)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[Any, ...]:
        """Rebuilt from its name and reason, so a refusal travels back from a worker process."""
        return (self.__class__, (self.name, self.reason))


class StoreError(JmreviewError):
    """A database that cannot be opened or written as asked."""


class OutputError(JmreviewError):
    """A file that cannot be written as asked (full disk, no permission); the previous file is kept."""
