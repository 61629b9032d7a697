"""The catalog: what was ingested, kept in SQLite beside the search index.

It holds every page's text as it was read (so `show --raw` and `reindex` work
without the original files), its content hash (so unchanged files are skipped),
and every cleaned article (so display never re-cleans). The whoosh index is
derived from it and can always be rebuilt from it.

A page's text and its articles are compressed together: the articles repeat the
page's text, so zlib stores them as back-references, and both together take
about 0.4 of the text's size where separately they took 0.7.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import urllib.parse
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import (
    DISK_FULL,
    DamagedError,
    IndexIncompatibleError,
    IndexMissingError,
    NotFoundError,
    PaperarchiveError,
    UnreadableCatalogError,
)
from .models import Article, FrozenRecord, PageInfo, set_field
from .printable import display, for_terminal

# Bump when the tables change; `reindex` cannot cross a format change.
# 3: a page is keyed by (path, part), not by its id; ids are assigned once and kept;
#    real paths; a check hash per row; aliases; ingest roots.
# 4: page blobs of Chinese text compressed from UTF-16 (`_pack_page`). A format 3 catalog is
#    read as it is and becomes format 4 when a writer opens it; a version that reads only 3
#    then says the catalog is newer instead of calling its pages damaged.
FORMAT = "4"
_UPGRADED = {"3"}  # formats this version reads, and marks as FORMAT when it opens them to write
DAMAGE_HINT = "run `paperarchive check` to list the damage, then `paperarchive reindex` and `paperarchive ingest` the files again"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pages (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    part INTEGER NOT NULL DEFAULT 0,
    label TEXT,
    aliases TEXT NOT NULL DEFAULT '[]',
    size INTEGER NOT NULL,
    confidence REAL NOT NULL DEFAULT 1.0,
    doubt TEXT NOT NULL DEFAULT '',
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    encoding TEXT NOT NULL,
    replaced INTEGER NOT NULL DEFAULT 0,
    paper TEXT, date TEXT, page TEXT,
    furniture TEXT NOT NULL DEFAULT '[]',
    content BLOB NOT NULL,
    articles INTEGER NOT NULL,
    sealed TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now')),
    UNIQUE (path, part)
);
CREATE TABLE IF NOT EXISTS roots (path TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    page_id TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    title TEXT, kicker TEXT, section TEXT, byline TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_page ON articles(page_id);
""" + """
CREATE TABLE IF NOT EXISTS continuations (
    article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    next_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS pages_by_issue ON pages(paper, date);
"""
# Added to format 3 without a new format number (`Catalog._add_continuations`): a story continued
# on another page of its issue, as (half, the half it goes on in); derived from the pages' articles
# (`continuation.links`) and rebuilt whenever a page of the issue changes. Deleting either
# half's article (its page replaced or pruned) deletes the pair.
_CONTINUATIONS = ("continuations", "pages_by_issue", "sqlite_autoindex_continuations_1", "sqlite_autoindex_continuations_2")
_UNLINKED = "unlinked "  # meta keys of issues whose continuations are to be worked out again: "unlinked [paper, date]"
_MAX_PARTS = 20  # a chain longer than this is damage, not a story
# SQLite's page for a new catalog. A page's blob (7.7 KB on average at M) spills into overflow
# pages, and the last one is partly empty: with 4 KB pages that was 2.3 MB of the 31 MB catalog
# of M. 2 KB pages waste half as much and read the blobs as fast (1 KB: 0.4 MB smaller still,
# but a re-ingest reading every blob to check its seal was 40 % slower there); bench/RESULTS.md,
# "The catalog's page size".
PAGE_SIZE = 2048
_PATHS_PER_QUERY = 500  # well under SQLite's limit on a statement's parameters


def article_id(page_id: str, seq: int) -> str:
    """An article's id: its page's id and its place on the page, "3e69907904a3-04"."""
    return f"{page_id}-{seq:02d}"


class PageRecord(FrozenRecord):
    """One ingested page, ready to store.

    A page is known by its file's real path and its place in the file (`part`: 0 for
    a file that is one page, 1… for the pages of a file that holds several). Its `id`
    is given once, when the page is first stored, and kept after (see `ingest.assign_id`).
    """

    __slots__ = __match_args__ = (
        "id", "path", "size", "mtime_ns", "digest", "encoding", "replaced", "info", "text", "furniture", "articles",
        "part", "label", "aliases", "confidence", "doubt",
    )  # fmt: skip
    id: str
    path: str
    size: int
    mtime_ns: int
    digest: str
    encoding: str
    replaced: int
    info: PageInfo
    text: str
    furniture: tuple[str, ...]
    articles: tuple[Article, ...]
    part: int
    label: str | None  # the page label the file gives (a PDF's page label)
    aliases: tuple[str, ...]  # poorer files of the same page (ocr.txt beside ocr.xml), read instead of it
    confidence: float  # how sure the decoding is (`Decoded.confidence`)
    doubt: str  # why the decoding may be wrong, if it may (`Decoded.doubt`)

    def __init__(
        self,
        id: str,  # noqa: A002 (the field's name)
        path: str,
        size: int,
        mtime_ns: int,
        digest: str,
        encoding: str,
        replaced: int,
        info: PageInfo,
        text: str,
        furniture: tuple[str, ...],
        articles: tuple[Article, ...],
        part: int = 0,
        label: str | None = None,
        aliases: tuple[str, ...] = (),
        confidence: float = 1.0,
        doubt: str = "",
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "path", path)
        set_field(self, "size", size)
        set_field(self, "mtime_ns", mtime_ns)
        set_field(self, "digest", digest)
        set_field(self, "encoding", encoding)
        set_field(self, "replaced", replaced)
        set_field(self, "info", info)
        set_field(self, "text", text)
        set_field(self, "furniture", furniture)
        set_field(self, "articles", articles)
        set_field(self, "part", part)
        set_field(self, "label", label)
        set_field(self, "aliases", aliases)
        set_field(self, "confidence", confidence)
        set_field(self, "doubt", doubt)

    def article_id(self, seq: int) -> str:
        return article_id(self.id, seq)


class FileState(FrozenRecord):
    """What the catalog holds of one file: its size and modification time when it was last read
    (mtime_ns 0: not to be trusted, the content hash decides), its content hash, and the ids
    of its pages by part."""

    __slots__ = __match_args__ = ("size", "mtime_ns", "digest", "ids")
    size: int
    mtime_ns: int
    digest: str
    ids: dict[int, str]

    def __init__(self, size: int, mtime_ns: int, digest: str, ids: dict[int, str]) -> None:
        set_field(self, "size", size)
        set_field(self, "mtime_ns", mtime_ns)
        set_field(self, "digest", digest)
        set_field(self, "ids", ids)


class StoredArticle(FrozenRecord):
    """An article as display needs it: its content and where it was printed."""

    __slots__ = __match_args__ = ("id", "page_id", "path", "paper", "date", "page", "article", "parts")
    id: str
    page_id: str
    path: str  # as printed: valid UTF-8 even when the file name is not
    paper: str | None
    date: str | None
    page: str | None
    article: Article
    parts: tuple[StoredArticle, ...]  # a story continued on another page: every half, in order (this one among them)

    def __init__(
        self,
        id: str,  # noqa: A002 (the field's name)
        page_id: str,
        path: str,
        paper: str | None,
        date: str | None,
        page: str | None,
        article: Article,
        parts: tuple[StoredArticle, ...] = (),
    ) -> None:
        set_field(self, "id", id)
        set_field(self, "page_id", page_id)
        set_field(self, "path", path)
        set_field(self, "paper", paper)
        set_field(self, "date", date)
        set_field(self, "page", page)
        set_field(self, "article", article)
        set_field(self, "parts", parts)

    @property
    def pages(self) -> tuple[str | None, ...]:
        """The pages the story was printed on: its own, or each of its halves'."""
        return tuple(p.page for p in self.parts) or (self.page,)

    @property
    def story_title(self) -> str | None:
        """The story's headline: the first one its halves print (a continuation has none, or a jump head of its own)."""
        return next((p.article.title for p in self.parts if p.article.title), None) if self.parts else self.article.title


def _stored_path(path: str) -> str | bytes:
    """A path as the catalog keeps it: text, or its bytes when the name is not valid UTF-8.

    SQLite text must be UTF-8; a file name with other bytes (os.fsdecode gives it
    lone surrogates) is kept as a BLOB, so it still names the file exactly.
    """
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path)
    return path


def _path(value: str | bytes) -> str:
    """A stored path back as the str that os functions take."""
    return os.fsdecode(value) if isinstance(value, bytes) else value


def _shown(value: str | bytes) -> str:
    """A stored path as it is printed (valid UTF-8 even when the name is not)."""
    return display(_path(value))


# The first byte of a page blob compressed from UTF-16: a zlib stream (every blob before, and
# the pages of Latin script still) starts with 0x78, so the two are told apart by it.
_UTF16 = b"\x02"


def _pack_page(text: str, articles: Iterable[Article]) -> bytes:
    """A page's text and its articles (JSON), in one compressed blob.

    Chinese takes 3 bytes a character in UTF-8 and 2 in UTF-16, and zlib does not win the
    difference back: at M, pages of more than 2 bytes a character compressed from UTF-16
    take 5.6 % less room (24.01 → 22.66 MB) and 42 % less CPU (bench/RESULTS.md, 2026-12-01);
    Latin pages stay UTF-8, where they are smaller.
    """
    docs = json.dumps([a.to_json() for a in articles], ensure_ascii=False)
    joined = f"{text}\x00{docs}"
    encoded = joined.encode()
    if len(encoded) > 2 * len(joined):
        return _UTF16 + zlib.compress(joined.encode("utf-16-le"), 6)
    return zlib.compress(encoded, 6)


def _unpack_page(blob: bytes, page_id: str = "?") -> tuple[str, list[dict]]:
    try:
        if blob[:1] == _UTF16:
            joined = zlib.decompress(blob[1:]).decode("utf-16-le")
        else:
            joined = zlib.decompress(blob).decode("utf-8")
        text, _, docs = joined.rpartition("\x00")
        return text, json.loads(docs)
    except (zlib.error, UnicodeDecodeError, ValueError, TypeError) as error:
        raise DamagedError(
            f"the stored page {page_id} is damaged ({type(error).__name__}: {error})", DAMAGE_HINT
        ) from None


# The columns a row's seal covers: all it stores but the file's size and time, which
# `touch` updates (damage there only makes the next ingest hash the file again).
SEALED_COLUMNS = "id, path, part, label, aliases, digest, encoding, replaced, paper, date, page, furniture, articles, content"


def seal(row: Iterable) -> str:
    """A hash of a page row's stored values (`SEALED_COLUMNS`, in order), kept with it so `check`
    and `ingest` can tell a damaged row from a sound one."""
    try:  # here: a search never seals; CPython's own BLAKE2, as hashlib would also load OpenSSL (some 5 ms a start)
        from _blake2 import blake2b
    except ImportError:
        from hashlib import blake2b

    *values, content = row
    digest = blake2b(repr(tuple(values)).encode(), digest_size=16)
    digest.update(content)  # the same hash as of the two joined, without copying the page's blob
    return digest.hexdigest()


def _damage(error: sqlite3.DatabaseError) -> DamagedError:
    # SQLite quotes the damaged bytes it could not decode: a stray CR or escape must not break the one line.
    return DamagedError(f"the catalog is damaged ({for_terminal(str(error))})", DAMAGE_HINT)


@contextmanager
def damage_reported() -> Iterator[None]:
    """SQLite's errors on a damaged catalog file become one line that says what to do."""
    try:
        yield
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            raise PaperarchiveError(DISK_FULL.partition(" (")[0], "what was committed before is kept") from None
        raise _damage(error) from None


class Catalog:
    def __init__(self, path: Path, readonly: bool = False):
        self.path = path
        self._continuations = False
        if readonly:
            self.db = _connect_readonly(path)
        else:
            # Autocommit mode: transactions are explicit (`transaction()`), so a batch is one commit.
            self.db = sqlite3.connect(path, timeout=30, isolation_level=None)
            self.db.execute(f"PRAGMA page_size={PAGE_SIZE}")  # a new file only: an existing one keeps its own
            self.db.execute("PRAGMA journal_mode=WAL")  # searches read while an ingest writes
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")

    @classmethod
    def open(cls, path: Path, create: bool, readonly: bool = False) -> Catalog:
        """The catalog at `path`; `readonly`: for commands that only read, which then work on
        an index they may not write to (chmod -R a-w, a read-only mount)."""
        try:
            catalog = cls(path, readonly and not create)
            found = catalog._format()
            if found is None and create:
                catalog._create()
                found = FORMAT
        except sqlite3.OperationalError as error:
            raise PaperarchiveError(
                f"cannot open the catalog {path}: {error}", "check the folder's permissions"
            ) from None
        except sqlite3.DatabaseError as error:
            raise UnreadableCatalogError(
                f"{path} is not a paperarchive catalog ({error})", "give --index an index folder, or a new one", str(error)
            ) from None
        if found in _UPGRADED and (create or not readonly):  # opened to write
            catalog.set_meta("format", FORMAT)
        elif found != FORMAT and found not in _UPGRADED:
            catalog.close()
            raise _format_error(path, found)
        if not readonly or create:
            catalog._add_continuations()
        return catalog

    def _add_continuations(self) -> None:
        """Give a format 3 catalog written before continued stories were joined their table, and
        mark every issue to be linked (by the command that opened it, when it is done)."""
        if self._has_continuations():
            return
        with self.transaction():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(statement)
            self.db.execute(
                "INSERT OR IGNORE INTO meta SELECT DISTINCT ? || json_array(paper, date), '' FROM pages"
                " WHERE paper IS NOT NULL AND date IS NOT NULL",
                (_UNLINKED,),
            )

    def _has_continuations(self) -> bool:
        """Whether the catalog has the continuations table (a catalog opened read-only, from before it, has not)."""
        if not self._continuations:  # (not kept when absent: another writer may add it while this is open)
            found = self.db.execute("SELECT 1 FROM sqlite_master WHERE name = 'continuations'").fetchone()
            self._continuations = found is not None
        return self._continuations

    def _format(self) -> str | None:
        """The catalog's format; None for a new, empty database, 'unknown' for someone else's."""
        tables = {row[0] for row in self.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not tables:
            return None
        return (self.meta("format") if "meta" in tables else None) or "unknown"

    def _create(self) -> None:
        with self.transaction():
            for statement in filter(str.strip, _SCHEMA.split(";")):
                self.db.execute(statement)
            self.db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (FORMAT,))

    def close(self) -> None:
        self.db.close()

    def tolerate_damage(self) -> None:
        """Read text that no longer decodes as UTF-8 (damage: only valid UTF-8 is stored) with
        its bad bytes escaped, so that the row's seal reports it, instead of an error that stops
        the reader of the table. For check and reindex: a callable per text value would cost
        the everyday readers too much."""
        self.db.text_factory = _tolerant_text

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def meta(self, key: str) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        except sqlite3.DatabaseError:
            return None
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- pages a writer is changing in the search index -----------------------

    def mark_pending(self, page_ids: Iterable[str]) -> None:
        """Note, in its own commit, the pages whose search documents are about to change.

        The search index commits first, the catalog after; a writer killed between
        the two leaves these pages out of step, and the next writer mends them.
        """
        with self.transaction():
            self.set_meta("pending", json.dumps(sorted(set(page_ids))))

    def pending(self) -> list[str]:
        return json.loads(self.meta("pending") or "[]")

    def clear_pending(self) -> None:
        """Part of the catalog commit that brings the pending pages back in step."""
        self.db.execute("DELETE FROM meta WHERE key = 'pending'")

    # -- pages --------------------------------------------------------------

    def known_files(self, paths: Iterable[str]) -> dict[str, FileState]:
        """What the catalog holds of each of these files, by path: only files whose every row
        is sound (a damaged one is read again). A few queries in all, not one per file: a
        re-ingest of an unchanged archive asks this of every file, and its seals are checked here."""
        paths = list(paths)
        states: dict[str, FileState] = {}
        for start in range(0, len(paths), _PATHS_PER_QUERY):
            chunk = paths[start : start + _PATHS_PER_QUERY]
            try:
                states |= self._known_files(chunk)
            except sqlite3.OperationalError as error:  # a text column that no longer decodes: file by file
                if "decode" not in str(error):
                    raise
                states |= {path: state for path in chunk if (state := self._known_file(path))}
        return states

    def _known_files(self, paths: list[str]) -> dict[str, FileState]:
        rows = self.db.execute(
            f"SELECT size, mtime_ns, sealed, {SEALED_COLUMNS} FROM pages WHERE path IN ({','.join('?' * len(paths))})",
            [_stored_path(p) for p in paths],
        )
        states: dict[str, FileState] = {}
        damaged = set()
        for size, mtime_ns, sealed, *values in rows:  # a row at a time: the page blobs are not all held at once
            path = _path(values[1])
            if seal(values) != sealed:
                damaged.add(path)
            elif path not in states:
                states[path] = FileState(size, mtime_ns, values[5], {values[2]: values[0]})
            else:
                states[path].ids[values[2]] = values[0]
        return {path: state for path, state in states.items() if path not in damaged}

    def _known_file(self, path: str) -> FileState | None:
        rows = self._sealed_rows(path, "size, mtime_ns")
        if not rows or not all(sound for _, sound, _ in rows):
            return None
        (size, mtime_ns), _, values = rows[-1]
        return FileState(size, mtime_ns, values[5], {values[2]: values[0] for _, _, values in rows})

    def touch(self, path: str, size: int, mtime_ns: int) -> None:
        """Record a new modification time for a file whose content did not change."""
        self.db.execute("UPDATE pages SET size = ?, mtime_ns = ? WHERE path = ?", (size, mtime_ns, _stored_path(path)))

    def put_page(self, record: PageRecord) -> None:
        """Store a page and its articles, replacing what an earlier ingest stored for the same
        file and part. A page id held by another page is an error, never a silent replacement."""
        path = _stored_path(record.path)
        self._mark_unlinked(self.db.execute("SELECT paper, date FROM pages WHERE path = ? AND part = ?", (path, record.part)))
        self._mark_unlinked([(record.info.paper, record.info.date)])
        self.db.execute("DELETE FROM pages WHERE path = ? AND part = ?", (path, record.part))
        values = (
            record.id,
            path,
            record.part,
            record.label,
            json.dumps([display(a) for a in record.aliases], ensure_ascii=False),
            record.digest,
            record.encoding,
            record.replaced,
            record.info.paper,
            record.info.date,
            record.info.page,
            json.dumps(list(record.furniture), ensure_ascii=False),
            len(record.articles),
            _pack_page(record.text, record.articles),
        )
        self.db.execute(
            f"INSERT INTO pages (size, mtime_ns, confidence, doubt, sealed, {SEALED_COLUMNS})"
            f" VALUES (?, ?, ?, ?, ?{', ?' * len(values)})",
            (record.size, record.mtime_ns, record.confidence, record.doubt, seal(values), *values),
        )
        self.db.executemany(
            "INSERT INTO articles (id, page_id, seq, title, kicker, section, byline) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (record.article_id(seq), record.id, seq, a.title, a.kicker, a.section, a.byline)
                for seq, a in enumerate(record.articles, 1)
            ],
        )

    def delete_pages(self, page_ids: Iterable[str]) -> None:
        page_ids = list(page_ids)
        for page_id in page_ids:
            self._mark_unlinked(self.db.execute("SELECT paper, date FROM pages WHERE id = ?", (page_id,)))
        self.db.executemany("DELETE FROM pages WHERE id = ?", [(i,) for i in page_ids])

    # -- stories continued on another page ------------------------------------

    def _mark_unlinked(self, issues: Iterable[tuple[str | None, str | None]]) -> None:
        """Note, in the transaction that changes their pages, the issues whose continued stories are
        to be joined again: a writer killed before `link_continuations` leaves them to the next one."""
        self.db.executemany(
            "INSERT OR IGNORE INTO meta VALUES (?, '')",
            [(_UNLINKED + json.dumps([paper, date], ensure_ascii=False, separators=(",", ":")),) for paper, date in issues if paper and date],
        )

    def link_continuations(self) -> int:
        """Join the continued stories of the issues whose pages changed since the last call (see
        `continuation.links` for the rule), in one commit. Returns how many pairs those issues hold."""
        if not self._has_continuations():
            return 0
        keys = [row[0] for row in self.db.execute("SELECT key FROM meta WHERE key >= ? AND key < ?", (_UNLINKED, _UNLINKED + "\uffff"))]
        if not keys:
            return 0
        from .continuation import Half, links
        from .segment import JUMP_FROM, JUMP_ON  # (the cleaning's imports: only when an issue changed)

        def has_jumps(furniture: str) -> bool:  # the page printed a jump line: only then is it read
            return any(JUMP_ON.search(line) or JUMP_FROM.search(line) for line in json.loads(furniture))

        count = 0
        with self.transaction():
            for key in keys:
                paper, date = json.loads(key[len(_UNLINKED):])
                halves = []
                rows = self.db.execute("SELECT id, page, furniture FROM pages WHERE paper = ? AND date = ?", (paper, date))
                for page_id, page, furniture in rows.fetchall():
                    try:
                        if not has_jumps(furniture):
                            continue
                        content = self.db.execute("SELECT content FROM pages WHERE id = ?", (page_id,)).fetchone()[0]
                        docs = _unpack_page(content, page_id)[1]
                    except (DamagedError, ValueError, TypeError):
                        continue  # `check` names it; its stories stay apart
                    halves += [
                        Half(article_id(page_id, seq), page, d.get("continues"), d.get("continued_from"), d.get("jump_key"), d.get("title"))
                        for seq, d in enumerate(docs, 1)
                        if d.get("continues") or d.get("continued_from")
                    ]
                self.db.execute(
                    "DELETE FROM continuations WHERE article_id IN"
                    " (SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.paper = ? AND p.date = ?)",
                    (paper, date),
                )
                pairs = links(halves)
                self.db.executemany("INSERT OR IGNORE INTO continuations VALUES (?, ?)", pairs)
                self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
                count += len(pairs)
        return count

    def stories(self, ids: Iterable[str]) -> dict[str, tuple[str, ...]]:
        """article id → the ids of every half of its story, in order, for those continued on
        (or from) another page of their issue that is in the archive."""
        if not self._has_continuations():
            return {}
        ids = list(dict.fromkeys(ids))
        linked: set[str] = set()
        for start in range(0, len(ids), 400):  # the ids that are halves at all, in one query per 400
            chunk = ids[start : start + 400]
            marks = ",".join("?" * len(chunk))
            rows = self.db.execute(
                f"SELECT article_id, next_id FROM continuations WHERE article_id IN ({marks}) OR next_id IN ({marks})",
                chunk + chunk,
            )
            linked.update(i for row in rows for i in row)
        out: dict[str, tuple[str, ...]] = {}
        for start in (i for i in ids if i in linked and i not in out):
            chain = [start]
            while len(chain) < _MAX_PARTS:
                row = self.db.execute("SELECT article_id FROM continuations WHERE next_id = ?", (chain[0],)).fetchone()
                if row is None or row[0] in chain:
                    break
                chain.insert(0, row[0])
            while len(chain) < _MAX_PARTS:
                row = self.db.execute("SELECT next_id FROM continuations WHERE article_id = ?", (chain[-1],)).fetchone()
                if row is None or row[0] in chain:
                    break
                chain.append(row[0])
            out |= dict.fromkeys(chain, tuple(chain))
        return out

    def has_continued_stories(self) -> bool:
        return self._has_continuations() and self.db.execute("SELECT 1 FROM continuations LIMIT 1").fetchone() is not None

    def with_parts(self, found: dict[str, StoredArticle]) -> dict[str, StoredArticle]:
        """The same articles, each half of a joined story with its `parts`: every half, in order."""
        chains = self.stories(found)
        if not chains:
            return found
        halves = self.articles({i for chain in chains.values() for i in chain})
        out = dict(found)
        for article_id, chain in chains.items():
            if article_id in found and all(i in halves for i in chain):
                out[article_id] = found[article_id]._replace(parts=tuple(halves[i] for i in chain))
        return out

    def page_paths(self) -> dict[str, str]:
        """page id → path, for every page in the catalog."""
        return {page_id: _path(path) for page_id, path in self.db.execute("SELECT id, path FROM pages")}

    def ids_of(self, path: str) -> dict[int, str]:
        """part → page id, of the sound pages the catalog holds from the file at `path`
        (a damaged row's id may be damaged too: its page is given its id again)."""
        return {values[2]: values[0] for _, sound, values in self._sealed_rows(path) or () if sound}

    def _sealed_rows(self, path: str, extra: str = "") -> list[tuple[tuple, bool, list]] | None:
        """Each row stored from the file at `path`: its `extra` columns, whether its seal holds, and
        its sealed values (`SEALED_COLUMNS`); None when a text column no longer decodes."""
        width = len(extra.split(",")) if extra else 0
        try:
            rows = self.db.execute(
                f"SELECT {extra + ', ' if extra else ''}sealed, {SEALED_COLUMNS} FROM pages WHERE path = ?",
                (_stored_path(path),),
            ).fetchall()
        except sqlite3.OperationalError as error:  # a text column that no longer decodes
            if "decode" not in str(error):
                raise
            return None
        return [(row[:width], seal(row[width + 1 :]) == row[width], list(row[width + 1 :])) for row in rows]

    def holder(self, page_id: str) -> tuple[str, int] | None:
        """(path, part) of the page that holds this id, if any."""
        try:
            row = self.db.execute("SELECT path, part FROM pages WHERE id = ?", (page_id,)).fetchone()
        except sqlite3.OperationalError as error:  # a damaged row holds it
            if "decode" not in str(error):
                raise
            return ("", -1)
        return (_path(row[0]), row[1]) if row else None

    def known_pages(self, page_ids: Iterable[str]) -> set[str]:
        """Which of these page ids the catalog holds."""
        ids = list(page_ids)
        marks = ",".join("?" * len(ids))
        return {row[0] for row in self.db.execute(f"SELECT id FROM pages WHERE id IN ({marks})", ids)}

    def page_text(self, page_id: str) -> tuple[str, str]:
        """(path as printed, text as read) of one page."""
        row = self.db.execute("SELECT path, content FROM pages WHERE id = ?", (page_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"no page {page_id!r} in the catalog")
        return _shown(row[0]), _unpack_page(row[1], page_id)[0]

    def stored_page(self, page_id: str) -> PageRecord:
        """One page as it was stored (text as read, and its articles), for `reindex`.

        Raises DamagedError when the row does not match its seal."""
        row = self.db.execute(
            f"SELECT confidence, doubt, size, mtime_ns, sealed, {SEALED_COLUMNS} FROM pages WHERE id = ?", (page_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"no page {page_id!r} in the catalog")
        confidence, doubt, size, mtime_ns, sealed, *values = row
        if seal(values) != sealed:
            raise DamagedError(f"the stored page {page_id} ({_shown(values[1])}) is damaged", DAMAGE_HINT)
        pid, path, part, label, aliases, digest, encoding, replaced, paper, date, page, furniture, _, content = values
        text, docs = _unpack_page(content, page_id)
        return PageRecord(
            pid, _path(path), size, mtime_ns, digest, encoding, replaced, PageInfo(paper, date, page), text,
            tuple(json.loads(furniture)), tuple(Article.from_json(d) for d in docs),
            part=part, label=label, aliases=tuple(json.loads(aliases)), confidence=confidence, doubt=doubt,
        )

    def verify_page(self, rowid: int) -> tuple[str, str, str | None]:
        """(page id, path as printed, what is wrong or None) for the page row `rowid`: its seal,
        its text and articles decoded, and its rows in the articles table."""
        size, mtime_ns, sealed, *values = self.db.execute(
            f"SELECT size, mtime_ns, sealed, {SEALED_COLUMNS} FROM pages WHERE rowid = ?", (rowid,)
        ).fetchone()
        page_id, path = values[0], values[1]
        shown = _shown(path) if isinstance(path, str | bytes) else repr(path)
        if seal(values) != sealed:
            return page_id, shown, "its stored row does not match its hash"
        try:
            _, docs = _unpack_page(values[-1], page_id)
            expected = [
                (article_id(page_id, seq), seq, d.get("title"), d.get("kicker"), d.get("section"), d.get("byline"))
                for seq, d in enumerate(docs, 1)
            ]
        except (DamagedError, AttributeError) as error:
            return page_id, shown, f"its stored text does not decode ({error})"
        found = self.db.execute(
            "SELECT id, seq, title, kicker, section, byline FROM articles WHERE page_id = ? ORDER BY seq", (page_id,)
        ).fetchall()
        if found != expected:
            return page_id, shown, "its rows in the articles table do not match its stored articles"
        return page_id, shown, None

    def page_rowids(self) -> list[int]:
        return [row[0] for row in self.db.execute("SELECT rowid FROM pages ORDER BY rowid")]

    def integrity(self) -> list[str]:
        """SQLite's own check of the catalog file (b-trees, indexes against tables), and its
        tables' definitions against this version's; [] when sound."""
        found = [row[0] for row in self.db.execute("PRAGMA integrity_check(20)")]
        problems = [] if found == ["ok"] else found
        schema = set(self.db.execute("SELECT type, name, sql FROM sqlite_master"))
        if not self._has_continuations():  # from before continued stories were joined: it gets them at the next ingest
            schema |= {row for row in _expected_schema() if row[1] in _CONTINUATIONS}
        if schema != _expected_schema():
            problems.append("the definitions of its tables are not the ones this version wrote")
        return problems

    def file_states(self) -> list[tuple[str, int, int, str]]:
        """(path, size, mtime_ns, digest) of every file pages were read from, for `check`."""
        rows = self.db.execute("SELECT DISTINCT path, size, mtime_ns, digest FROM pages ORDER BY path")
        return [(_path(path), *rest) for path, *rest in rows]

    # -- ingest roots and moves ---------------------------------------------

    def add_roots(self, folders: Iterable[str]) -> None:
        self.db.executemany("INSERT OR IGNORE INTO roots VALUES (?)", [(_stored_path(f),) for f in folders])

    def roots(self) -> list[str]:
        return [_path(row[0]) for row in self.db.execute("SELECT path FROM roots ORDER BY path")]

    def relocate(self, old: str, new: str) -> int:
        """Rewrite the stored paths under folder `old` (or the file `old`) to lie under `new`;
        ids, articles and everything else stay. Returns how many pages moved."""
        old, new = old.rstrip(os.sep) or os.sep, new.rstrip(os.sep) or os.sep

        def moved(path: str) -> str | None:
            if path == old:
                return new
            if path.startswith(old.rstrip(os.sep) + os.sep):
                return new.rstrip(os.sep) + os.sep + path[len(old.rstrip(os.sep)) + 1 :]
            return None

        count = 0
        rows = self.db.execute(f"SELECT rowid, sealed, {SEALED_COLUMNS} FROM pages").fetchall()
        for rowid, sealed, *values in rows:
            target = moved(_path(values[1]))
            if target is None:
                continue
            if seal(values) != sealed:
                raise DamagedError(f"the stored page {values[0]} ({_shown(values[1])}) is damaged", DAMAGE_HINT)
            values[1] = _stored_path(target)
            values[4] = json.dumps([moved(a) or a for a in json.loads(values[4])], ensure_ascii=False)
            self.db.execute(
                "UPDATE pages SET path = ?, aliases = ?, sealed = ? WHERE rowid = ?",
                (values[1], values[4], seal(values), rowid),
            )
            count += 1
        for root in self.roots():
            target = moved(root)
            if target is not None:
                self.db.execute("DELETE FROM roots WHERE path = ?", (_stored_path(root),))
                self.add_roots([target])
        return count

    def text_bytes(self) -> int:
        return self.db.execute("SELECT coalesce(sum(size), 0) FROM pages").fetchone()[0]

    def doubtful(self) -> list[tuple[str, str, str]]:
        """(path as printed, encoding, why) of every page whose decoding may be wrong."""
        rows = self.db.execute("SELECT path, encoding, doubt FROM pages WHERE doubt != '' ORDER BY path")
        return [(_shown(path), encoding, doubt) for path, encoding, doubt in rows]

    def summary(self) -> tuple[Counter, Counter, str | None, str | None]:
        """Pages per paper, pages per encoding, first and last date."""
        papers = Counter(dict(self.db.execute("SELECT coalesce(paper, ''), count(*) FROM pages GROUP BY 1")))
        encodings = Counter(dict(self.db.execute("SELECT encoding, count(*) FROM pages GROUP BY 1")))
        first, last = self.db.execute("SELECT min(date), max(date) FROM pages").fetchone()
        return papers, encodings, first, last

    # -- articles -----------------------------------------------------------

    def resolve(self, id_or_prefix: str) -> str:
        """The full article id for an id or a unique prefix of one."""
        rows = self.db.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
            (id_or_prefix, id_or_prefix + "\uffff"),
        ).fetchall()
        exact = [r[0] for r in rows if r[0] == id_or_prefix]
        if exact:
            return exact[0]
        if len(rows) == 1:
            return rows[0][0]
        if not rows:
            raise NotFoundError(f"no article {id_or_prefix!r}", "article ids are printed by `paperarchive search`")
        raise NotFoundError(f"{id_or_prefix!r} matches more than one article", "give more of the id")

    def articles(self, ids: Iterable[str]) -> dict[str, StoredArticle]:
        ids = list(ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            "SELECT a.id, a.page_id, a.seq, p.path, p.paper, p.date, p.page, p.content FROM articles a"
            f" JOIN pages p ON p.id = a.page_id WHERE a.id IN ({marks})",
            ids,
        )
        found, pages = {}, {}
        for article_id, page_id, seq, path, paper, date, page, content in rows:
            if page_id not in pages:  # two hits on one page: decompress it once
                pages[page_id] = _unpack_page(content, page_id)[1]
            article = Article.from_json(pages[page_id][seq - 1])
            found[article_id] = StoredArticle(article_id, page_id, _shown(path), paper, date, page, article)
        return found

    def article_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM articles")]

    def export_rows(self) -> Iterator[dict]:
        """Every article with where it was printed, in page order: one flat dict each."""
        from .pageinfo import page_order  # a search opens the catalog too, and needs none of pageinfo

        self.db.create_collation("page_order", lambda a, b: _compare(page_order(a), page_order(b)))
        rows = self.db.execute(
            "SELECT id, path, paper, date, page, encoding, part, digest, content FROM pages"
            " ORDER BY date, paper, page COLLATE page_order, path, part"
        )
        for page_id, path, paper, date, page, encoding, part, digest, content in rows:
            for seq, doc in enumerate(_unpack_page(content, page_id)[1], 1):
                where = {"paper": paper, "date": date, "page": page, "seq": seq, "path": _shown(path), "encoding": encoding}
                where |= {"part": part, "digest": digest}
                yield {"id": article_id(page_id, seq)} | where | doc

    def counts(self) -> dict[str, int]:
        pages, articles = self.db.execute("SELECT (SELECT count(*) FROM pages), (SELECT count(*) FROM articles)").fetchone()
        return {"pages": pages, "articles": articles}


def _connect_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection. A catalog in WAL mode needs its -shm file, which SQLite cannot
    make in a folder it may not write to: there, nobody else can be writing either, and the
    file is opened as immutable."""
    uri = "file:" + urllib.parse.quote(os.path.abspath(path))
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, isolation_level=None)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
            raise
        db.close()
        db = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)
    return db


@functools.cache
def _expected_schema() -> set[tuple]:
    db = sqlite3.connect(":memory:")
    db.executescript(_SCHEMA)
    schema = set(db.execute("SELECT type, name, sql FROM sqlite_master"))
    db.close()
    return schema


def _tolerant_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _compare(a, b) -> int:
    """-1, 0 or 1, as an SQLite collation answers."""
    return (a > b) - (a < b)


def _format_error(path: Path, found: str | None) -> PaperarchiveError:
    if found is None:  # created, but the first ingest has not written to it yet
        return IndexMissingError(f"the catalog {path} is empty", "run `paperarchive ingest PATH` to fill it")
    if found == "unknown":
        return UnreadableCatalogError(
            f"{path} is not a paperarchive catalog", "give --index an index folder, or a new one"
        )
    newer = found.isdigit() and int(found) > int(FORMAT)
    return IndexIncompatibleError(
        f"the catalog at {path} has format {found}, this paperarchive reads formats {', '.join(sorted(_UPGRADED | {FORMAT}))}",
        ("it was written by a newer paperarchive: upgrade, or " if newer else "")
        + "ingest into a new --index folder (the old one is left as it is)",
    )
