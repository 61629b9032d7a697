#!/usr/bin/env python3
"""Lay out the holdout117 pages and write their golds from the text in pages_holdout117.py.

`python3 tests/holdout117/make_holdout117_pages.py` rewrites every page, every gold and INDEX.json, then checks
them; the layout and the checks are `tests/writtenpages.py`'s, as holdout103's generator calls them (this file is
holdout103's, but for the set's name). Does not import or run paperarchive.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from pages_holdout117 import PAGES  # noqa: E402
from writtenpages import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, PAGES)
