"""Workflows that join the layers: import a folder, import a new version of a file, re-run automation.

Each reads files (exchange), analyses them (analysis) and writes the result (store), so it
sits above all three; the window and the command line call it.
"""
