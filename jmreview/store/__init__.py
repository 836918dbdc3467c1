"""Store: the peewee models, opening/migrating/backing up a database, reversible edits, queries and search.

Knows nothing of Qt and of file formats; reads analysis results (``analysis.page``) to write rows.
"""
