"""One writer at a time: an advisory lock on a file in the index folder.

The lock is held for a whole ingest, across the whoosh index and the catalog, so
two ingests never interleave. The kernel releases it when the holder dies, even
by `kill -9`, so a crash never leaves the index locked.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import IndexBusyError


@contextmanager
def write_lock(path: Path, timeout: float) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
                    raise busy_error(path.parent, f"process {holder}" if holder else "another process", timeout) from None
                time.sleep(0.05)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        try:
            yield
        finally:
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def busy_error(index: Path, holder: str, waited: float) -> IndexBusyError:
    return IndexBusyError(
        f"the index {index} is busy: {holder} is writing to it",
        f"wait for it to finish, or raise --wait (waited {waited:g} s)",
    )
