#!/usr/bin/env python3
"""Write the holdout22 plain-text pages and their golds from one text.

Does not import paperarchive. The layout, damage and self-checks are
tests/plainpages.py's; the pages' text is pages_holdout22.py's.

usage: python3 tests/holdout22/make_holdout22_pages.py [page_key ...]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARKUP = set("■□-.")  # the only page characters no gold string holds: item marks, rules, line-end hyphens, run-in heads' full stops


def main(keys):
    from pages_holdout22 import PAGES  # noqa
    from plainpages import strict_checks, write_set  # noqa

    write_set(HERE, PAGES, keys, strict_checks(MARKUP))


if __name__ == "__main__":
    sys.path[:0] = [HERE, os.path.dirname(HERE)]
    main(sys.argv[1:])
