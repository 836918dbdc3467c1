"""The Qt-free core of jmreview: ingest, normalise, segment, extract, store, export."""
