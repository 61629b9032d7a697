#!/usr/bin/env python3
"""Write the holdout24 plain-text pages and their golds from one text.

Does not import paperarchive. The layout, damage and self-checks are
tests/plainpages.py's; the pages' text is pages_holdout24.py's.

usage: python3 tests/holdout24/make_holdout24_pages.py [page_key ...]
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MARKUP = set("■□◆◎▲-.")  # the only page characters no gold string holds: item marks, line-end hyphens, run-in heads' full stops


def hyphenation():
    """holdout22's vowels and kept pairs, with Welsh w and y as vowels, Icelandic and Welsh
    accented vowels, and Welsh ll dd ff ng rh, Croatian lj nj, Icelandic kv kept together."""
    from plainpages import DIGRAPHS, VOW  # noqa

    return VOW | set("wŵŷýÁÉÍÓÚÝ"), DIGRAPHS | {"ll", "dd", "ff", "ng", "rh", "lj", "nj", "kv"}


def main(keys):
    from pages_holdout24 import PAGES  # noqa
    from plainpages import strict_checks, write_set  # noqa

    write_set(HERE, PAGES, keys, strict_checks(MARKUP), hyphenation())


if __name__ == "__main__":
    sys.path[:0] = [HERE, os.path.dirname(HERE)]
    main(sys.argv[1:])
