"""The review window: a thin PySide6 layer over jmreview.core."""
