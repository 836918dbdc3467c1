"""Exchange: bytes in and out — decoding page files, JSON and Excel export, JSON import, evaluation against gold."""
