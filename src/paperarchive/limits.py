"""The limits that bound time and memory, in one place (documented in the README).

Memory during an ingest is bounded by BATCH_MB (a batch's postings are held until
its commit, about 12 bytes a posting) and by MERGE_BUDGET_DOCS (articles held
while small segments are merged), not by the size of the archive.
"""

MAX_PAGE_MB = 16  # a printed page is tens of KB of text; far above that is not a page (--max-page-mb)
BATCH_MB = 8  # page text per commit: bounds memory, and a crash loses at most one batch (--batch-mb)
LOCK_WAIT = 10.0  # seconds a writer waits for another one to finish (--wait)
# Each commit adds a segment and every search opens them all: past MAX_SEGMENTS the
# smallest are merged, as many as fit in MERGE_BUDGET_DOCS articles held in memory.
MAX_SEGMENTS = 8
MERGE_BUDGET_DOCS = 40_000
