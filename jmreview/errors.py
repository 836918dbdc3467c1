"""Errors the core raises for the user to read: one clear sentence, never a traceback."""
from __future__ import annotations


class JmreviewError(Exception):
    """Base of every error whose message is meant for an editor."""


class RefusedInput(JmreviewError):
    """An input file that cannot be imported (binary, empty, undecodable)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class StoreError(JmreviewError):
    """A database that cannot be opened or written as asked."""
