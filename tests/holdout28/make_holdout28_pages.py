#!/usr/bin/env python3
"""Write the holdout28 plain-text pages and their golds from one text.

Does not import paperarchive. The layout, damage and self-checks are tests/itempages.py's;
the pages' text is pages_holdout28.py's.

    python3 tests/holdout28/make_holdout28_pages.py          # every page, gold, INDEX.json
    python3 tests/holdout28/make_holdout28_pages.py NAME...  # only pages whose name holds NAME
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv):
    from itempages import write_set  # noqa
    from pages_holdout28 import PAGES  # noqa

    write_set(HERE, PAGES, argv)


if __name__ == "__main__":
    sys.path[:0] = [str(HERE), str(HERE.parent)]
    main(sys.argv[1:])
