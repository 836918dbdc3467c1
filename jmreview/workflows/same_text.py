"""A page delivered twice in one folder under two names, as other bytes of the same text (run 63 A19: `A03.txt` in
UTF-16 and `A03_utf8.txt` in UTF-8 with CRLF both imported, every article twice in counts and exports)."""
from __future__ import annotations

import hashlib

from jmreview.exchange.ingest import DecodedSource
from jmreview.store.models import SourceFile


def text_digest(text: str) -> str:
    """The text's fingerprint, whatever its line endings, byte-order mark or last line break."""
    plain = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
    return hashlib.sha256(plain.encode("utf-8", "surrogatepass")).hexdigest()


class TextTwins:
    """The current pages of each folder by their text's fingerprint, read once per folder in an import."""

    def __init__(self) -> None:
        self.folders: dict[str, dict[str, str]] = {}

    def _known(self, folder: str) -> dict[str, str]:
        if folder not in self.folders:
            rows = SourceFile.select(SourceFile.name, SourceFile.text).where(
                (SourceFile.folder == folder) & SourceFile.replaced_by.is_null() & SourceFile.review_of.is_null())
            self.folders[folder] = {text_digest(r.text): r.name for r in rows}
        return self.folders[folder]

    def twin(self, source: DecodedSource) -> str | None:
        """The name of another page of the folder holding the same text, if any."""
        name = self._known(source.folder).get(text_digest(source.text))
        return name if name is not None and name != source.name else None

    def add(self, source: DecodedSource) -> None:
        """A page just imported (its folder's pages read already, or read later with it)."""
        if source.folder in self.folders:
            self.folders[source.folder].setdefault(text_digest(source.text), source.name)
