"""`python -m jmreview`: the same as the `jmreview` command."""
from __future__ import annotations

import sys

from jmreview.cli import main

if __name__ == "__main__":
    sys.exit(main())
