#!/usr/bin/env python3
"""Write the holdout21 plain-text pages and their golds from one text.

Does not import paperarchive. The layout, damage and self-checks are
tests/plainpages.py's; the pages' text is pages_holdout21.py's.

usage: python3 tests/holdout21/make_holdout21_pages.py [page_key ...]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main(keys):
    from pages_holdout21 import PAGES  # noqa
    from plainpages import write_set  # noqa

    write_set(HERE, PAGES, keys)


if __name__ == "__main__":
    sys.path[:0] = [HERE, os.path.dirname(HERE)]
    main(sys.argv[1:])
