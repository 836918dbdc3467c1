"""The review window: a thin PySide6 layer over the workflows, exchange, store and analysis packages."""
