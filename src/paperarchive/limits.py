"""The limits that bound time and memory, in one place (documented in the README).

Memory during an ingest is bounded by BATCH_MB (a batch's postings are held until
its commit, about 12 bytes a posting plus some 300 bytes a distinct term; with
workers, each holds the postings of its share of the batch), not by the size of
the archive; a merge of segments holds one term's postings at a time.
"""

MAX_PAGE_MB = 16  # a printed page is tens of KB of text; far above that is not a page (--max-page-mb)
# Page text per commit, and per search-index segment: bounds memory (about 6 MB of
# postings per MB of text), and a crash loses at most one batch (--batch-mb).
BATCH_MB = 32
LOCK_WAIT = 10.0  # seconds a writer waits for another one to finish (--wait)
# Each commit adds a segment (each worker's, in a parallel ingest) and every search opens
# them all: segments of about the same size are merged MERGE_FACTOR or more at a time
# (`bulkwrite.merge_plan`), so an archive of n articles keeps fewer than
# (MERGE_FACTOR - 1) × (log_MERGE_FACTOR(n) + 1) segments and each article is rewritten
# about log_MERGE_FACTOR(n / articles per segment) times. A merge streams the postings
# term by term: it holds one term's postings, and the merged segments' per-article data.
MERGE_FACTOR = 4
