"""`paperarchive` with no segment merges: an index as the workers' segments leave it, to time merges on.

    python bench/nomerge.py --index DIR ingest CORPUS -q
    cp -a DIR COPY && python bench/indexsize.py COPY --merge-all   # the end merge, its CPU s

Any paperarchive command line; `bulkwrite.merge_plan` answers "no merge" throughout.
"""

import sys

import paperarchive.bulkwrite as bulkwrite

bulkwrite.merge_plan = lambda sizes, factor=0: []

from paperarchive.console import main  # noqa: E402

sys.argv = ["paperarchive", *sys.argv[1:]]
main()
