"""Typed errors: the library raises them, the CLI turns each into one line and an exit code."""

from __future__ import annotations

DISK_FULL = "disk full: free space and run the same command (what was committed before is kept)"


class PaperarchiveError(Exception):
    """A problem the user can act on. `hint` says what to do about it."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.hint = hint


class NotTextError(PaperarchiveError):
    """The bytes are not a text page (an image, a PDF, binary data)."""


class EmptyPageError(PaperarchiveError):
    """The page holds no text."""


class TooLargeError(PaperarchiveError):
    """The file is above the size limit for one page."""


class NotAFileError(PaperarchiveError):
    """The path names a folder, a FIFO or a device, not a file that can be read as a page."""


class QueryError(PaperarchiveError):
    """The search query does not parse."""


class IndexMissingError(PaperarchiveError):
    """There is no index at the given place."""


class IndexIncompatibleError(PaperarchiveError):
    """The index was written by an incompatible version of paperarchive."""


class UnreadableCatalogError(IndexIncompatibleError):
    """The catalog file cannot be read as a paperarchive catalog: someone else's file, or ours damaged."""

    def __init__(self, message: str, hint: str | None = None, reason: str = "it holds no paperarchive tables"):
        super().__init__(message, hint)
        self.reason = reason


class IndexBusyError(PaperarchiveError):
    """Another process holds the index's write lock."""


class NotFoundError(PaperarchiveError):
    """No such article or page."""


class DamagedError(PaperarchiveError):
    """Stored data does not read back as it was written (a flipped byte, a lost file)."""


class PruneRefusedError(PaperarchiveError):
    """A prune would drop a whole ingested folder or a large share of the pages."""
