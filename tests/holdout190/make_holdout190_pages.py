#!/usr/bin/env python3
"""Lay out the holdout190 pages and write their golds from the text in pages_holdout190.py.

`python3 tests/holdout190/make_holdout190_pages.py` rewrites every page, every gold and INDEX.json, then checks
them; the layout and the checks are `tests/writtenpages.py`'s, which every written set from holdout69 on had
copied into this file until the fortieth stop. Does not import or run paperarchive.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from pages_holdout190 import PAGES  # noqa: E402
from writtenpages import main  # noqa: E402

if __name__ == "__main__":
    main(HERE, PAGES)
