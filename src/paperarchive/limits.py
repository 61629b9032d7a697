"""The limits that bound time and memory, in one place (documented in the README).

Memory during an ingest is bounded by BATCH_MB (a batch's postings are held until
its commit, about 12 bytes a posting plus some 300 bytes a distinct term; with
workers, each holds the postings of its share of the batch) and by
MERGE_BUDGET_DOCS (articles held while small segments are merged), not by the
size of the archive.
"""

MAX_PAGE_MB = 16  # a printed page is tens of KB of text; far above that is not a page (--max-page-mb)
# Page text per commit, and per search-index segment: bounds memory (about 6 MB of
# postings per MB of text), and a crash loses at most one batch (--batch-mb).
BATCH_MB = 32
LOCK_WAIT = 10.0  # seconds a writer waits for another one to finish (--wait)
# Each commit adds a segment and every search opens them all: past MAX_SEGMENTS the
# smallest are merged, as many as fit in MERGE_BUDGET_DOCS articles. Merging reads
# postings back one at a time through whoosh (about 20 ms an article), so only the
# small segments that many small ingests leave behind are merged; full batches stay.
MAX_SEGMENTS = 16
MERGE_BUDGET_DOCS = 5_000
