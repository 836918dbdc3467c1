"""jmreview: turn 江门日报 page dumps into a clean, reviewed corpus."""

__version__ = "0.1.0"
