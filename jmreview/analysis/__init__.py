"""Analysis: text in, decisions out — blocks, script, cues, segmentation, roles, fields, bylines, entities.

Pure functions of a page's text: no database, no files, no Qt. The entry point is
``analysis.pipeline.analyse_text``; its result types live in ``analysis.page``.
"""
