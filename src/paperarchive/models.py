"""The values that flow through the cleaning pipeline.

decode → normalize → blocks → classify → repair → segment: each stage takes and
returns these frozen values, so every stage can be called and tested alone.
"""

from __future__ import annotations

from enum import StrEnum
from operator import attrgetter


class Record:
    """A value class written out by hand: what `@dataclass(slots=True)` would generate, without
    compiling it at import (some 1.5 ms a class, most of a search process's own import time).

    A subclass lists its fields in `__slots__`, in order, and writes its `__init__`. Equality
    compares the fields of two records of the same class, repr names them; frozen subclasses
    (`FrozenRecord`) also hash and pickle by them and refuse assignment. A class that keeps a
    value derived from its fields in a slot of its own (`Block`'s joined text) names its fields
    in `__match_args__`, the slots after them being no field.
    """

    __slots__ = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__slots__:  # a record class, not FrozenRecord: its fields read in one C call, as `==` and hash need
            fields = cls._fields = getattr(cls, "__match_args__", cls.__slots__)
            values = attrgetter(*fields) if len(fields) > 1 else lambda record: (getattr(record, fields[0]),)
            cls._values = staticmethod(values)  # record._values(record): the fields' values, in order

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values(self) == other._values(other)
        return NotImplemented

    __hash__ = None  # mutable: unhashable, as a dataclass with eq and without frozen

    def _replace(self, **changes):
        """A copy with some fields changed (`dataclasses.replace`)."""
        values = dict(zip(self._fields, self._values(self)))
        values.update(changes)
        return type(self)(**values)


class FrozenRecord(Record):
    """A `Record` that cannot change after `__init__`: hashable, and pickled by its fields."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list:
        return [getattr(self, name) for name in self._fields]

    def __setstate__(self, state: list) -> None:
        for name, value in zip(self._fields, state, strict=True):
            object.__setattr__(self, name, value)


set_field = object.__setattr__  # a frozen record's __init__ sets its fields past its own __setattr__
_NEW_LIST = object()  # "a new empty list": a default that is not shared between records


class Kind(StrEnum):
    """What a block is on the printed page (set by `classify`, refined by rules)."""

    UNKNOWN = "unknown"
    BODY = "body"  # running text
    SHORT = "short"  # a short unpunctuated line: headline, kicker, label or subhead
    HEADLINE = "headline"  # marked up as a headline (`# ...`)
    HEADING = "heading"  # marked up as a lesser heading (`## ...`): label or subhead
    SUBTITLE = "subtitle"  # `——...` under a headline
    BYLINE = "byline"
    SOURCE = "source"  # `来源：人民日报`
    CAPTION = "caption"
    CREDIT = "credit"  # photo credit, `□本报记者 廖冬云摄`
    PULL_QUOTE = "pull_quote"  # a quote set large inside a story: `"…" — Helen Kowalski`
    DISPLACED_HEADLINE = "displaced_headline"  # another column's headline that OCR read into a paragraph
    FURNITURE = "furniture"  # editor credits, running heads, dates, page numbers
    ROW = "row"  # a table's or list's row on a hard-wrapped page: a paragraph of its own (`blocks.table_rows`)


class Block(FrozenRecord):
    """A run of printed lines that belong together, as found between layout breaks.

    `lines` keep the printed line breaks until `join_wrapped_lines` joins them.
    `mark` is layout markup taken off the front (`#`, `□`), kept so that nothing
    the page printed disappears without a trace.
    """

    __match_args__ = ("lines", "start", "gap", "indent", "kind", "level", "mark", "set_right", "ends_set_in", "ends_off_page", "run_in")
    # (`text`: the lines joined, kept once asked (`__getattr__`): no field, not compared, shown or pickled)
    __slots__ = (*__match_args__, "text")
    lines: tuple[str, ...]
    start: int  # 1-based line number of the first line in the normalized text
    gap: int  # blank lines before this block
    indent: bool  # first line indented (a paragraph start in many layouts)
    kind: Kind
    level: int  # markup heading level: 1 for `#`, 2 for `##`
    mark: str
    # first line set far in, past the paragraph indent (`blocks.sets_right`): a signature's or a
    # note's place, told from a paragraph's first line that `indent` alone does not tell apart
    set_right: bool
    # last line set far in from the column's left edge, as a signer's name or an ad's address is
    # (`reading.ends_set_in`, in a column of small ads): the piece ends there, so the next block is not its sentence's rest
    ends_set_in: bool
    # a column's foot on a page cut out of the middle of its columns (`reading.feet_cut_off`): its
    # sentence goes on under the page's edge, in its own column, not at the next column's top
    ends_off_page: bool
    # a brief's head printed run into its text before a full stop ("Véradás. A Magyar…"), which the
    # classifier set apart without the stop (`classify._head_run_in_apart`): the sign, the stop gone,
    # that the head was run in
    run_in: bool

    def __init__(
        self,
        lines: tuple[str, ...],
        start: int,
        gap: int = 0,
        indent: bool = False,
        kind: Kind = Kind.UNKNOWN,
        level: int = 0,
        mark: str = "",
        set_right: bool = False,
        ends_set_in: bool = False,
        ends_off_page: bool = False,
        run_in: bool = False,
    ) -> None:
        set_field(self, "lines", lines)
        set_field(self, "start", start)
        set_field(self, "gap", gap)
        set_field(self, "indent", indent)
        set_field(self, "kind", kind)
        set_field(self, "level", level)
        set_field(self, "mark", mark)
        set_field(self, "set_right", set_right)
        set_field(self, "ends_set_in", ends_set_in)
        set_field(self, "ends_off_page", ends_off_page)
        set_field(self, "run_in", run_in)

    text: str

    def __getattr__(self, name: str) -> str:
        r"""`text`, the lines joined, as printed: joined once, when first asked (the cleaner asks a
        block's text some 25 times; the block never changes, its `with_` copies are new blocks).
        Kept in its slot, so every later read is the slot's, with no call (a property's costs
        ~20 ns a read, over a million reads a pass of 274 pages); only an unset slot comes here.

        >>> block = Block(("第一行", "第二行"), 1)
        >>> block.text, block.text is block.text, block == Block(("第一行", "第二行"), 1)
        ('第一行\n第二行', True, True)
        """
        if name != "text":
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        text = "\n".join(self.lines)
        set_field(self, "text", text)
        return text

    @property
    def end(self) -> int:
        return self.start + len(self.lines) - 1

    def with_(self, **changes) -> Block:
        # (each field read off the record, as `_replace` would copy it, without the dict of all
        # of them `_replace` builds: the cleaner makes some 100 blocks a page this way)
        if changes.keys() <= _BLOCK_FIELDS:
            get = changes.get
            return Block(
                get("lines", self.lines), get("start", self.start), get("gap", self.gap), get("indent", self.indent),
                get("kind", self.kind), get("level", self.level), get("mark", self.mark), get("set_right", self.set_right),
                get("ends_set_in", self.ends_set_in), get("ends_off_page", self.ends_off_page),
                get("run_in", self.run_in),
            )  # fmt: skip
        return self._replace(**changes)  # (a name that is no field: the TypeError it raises)


_BLOCK_FIELDS = frozenset(Block.__match_args__)


class Fix(FrozenRecord):
    """One change a repair rule made, for `clean --explain`."""

    __slots__ = __match_args__ = ("rule", "line", "before", "after", "removed")
    rule: str
    line: int  # line number in the normalized page where the change applies
    before: str
    after: str
    removed: str  # characters the change dropped (a line-end hyphen)

    def __init__(self, rule: str, line: int, before: str, after: str, removed: str = "") -> None:
        set_field(self, "rule", rule)
        set_field(self, "line", line)
        set_field(self, "before", before)
        set_field(self, "after", after)
        set_field(self, "removed", removed)


class Caption(FrozenRecord):
    """A photo caption and the credit printed with it."""

    __slots__ = __match_args__ = ("text", "credit")
    text: str
    credit: str | None

    def __init__(self, text: str, credit: str | None = None) -> None:
        set_field(self, "text", text)
        set_field(self, "credit", credit)

    def to_json(self) -> dict:
        return {"text": self.text, "credit": self.credit}

    def with_credit(self, separator: str = " ") -> str:
        """The caption and its credit in parentheses; a credit printed in parentheses keeps its own.

        >>> Caption("Mayor Peters.", "Staff photo").with_credit(), Caption("Mayor Peters.", "(Staff photo)").with_credit()
        ('Mayor Peters. (Staff photo)', 'Mayor Peters. (Staff photo)')
        >>> Caption("游客拍照留念。", "（新华社记者 程曦摄）").with_credit(), Caption("游客拍照留念。").with_credit()
        ('游客拍照留念。 （新华社记者 程曦摄）', '游客拍照留念。')
        """
        if not self.credit:
            return self.text
        enclosed = self.credit[:1] in "(（" and self.credit[-1:] in ")）"
        return f"{self.text}{separator}{self.credit if enclosed else f'({self.credit})'}"


class Article(Record):
    """One story of a page: its heads, byline, text and captions."""

    __slots__ = __match_args__ = (
        "title", "subtitle", "kicker", "section", "byline", "source", "headings", "paragraphs", "captions", "pull_quotes",
        "continues", "continued_from", "jump_key", "line",
    )  # fmt: skip
    title: str | None
    subtitle: str | None
    kicker: str | None
    section: str | None
    byline: str | None
    source: str | None
    headings: list[str]
    paragraphs: list[str]
    captions: list[Caption]
    pull_quotes: list[str]
    continues: str | None  # the page label its jump line sends it on to: "（下转第3版）" → "3"
    continued_from: str | None  # the page it comes from: "(Continued from Page 1)" → "1"
    jump_key: str | None  # the keyword its jump lines name: "See BRIDGES, Page A6" → "BRIDGES"
    line: int  # where the article starts on the page

    def __init__(
        self,
        title: str | None = None,
        subtitle: str | None = None,
        kicker: str | None = None,
        section: str | None = None,
        byline: str | None = None,
        source: str | None = None,
        headings: list[str] = _NEW_LIST,
        paragraphs: list[str] = _NEW_LIST,
        captions: list[Caption] = _NEW_LIST,
        pull_quotes: list[str] = _NEW_LIST,
        continues: str | None = None,
        continued_from: str | None = None,
        jump_key: str | None = None,
        line: int = 0,
    ) -> None:
        self.title = title
        self.subtitle = subtitle
        self.kicker = kicker
        self.section = section
        self.byline = byline
        self.source = source
        self.headings = [] if headings is _NEW_LIST else headings
        self.paragraphs = [] if paragraphs is _NEW_LIST else paragraphs
        self.captions = [] if captions is _NEW_LIST else captions
        self.pull_quotes = [] if pull_quotes is _NEW_LIST else pull_quotes
        self.continues = continues
        self.continued_from = continued_from
        self.jump_key = jump_key
        self.line = line

    def to_json(self) -> dict:
        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "kicker": self.kicker,
            "section": self.section,
            "byline": self.byline,
            "source": self.source,
            "headings": list(self.headings),
            "paragraphs": list(self.paragraphs),
            "captions": [c.to_json() for c in self.captions],
            "pull_quotes": list(self.pull_quotes),
            "continues": self.continues,
            "continued_from": self.continued_from,
            "jump_key": self.jump_key,
        }

    @classmethod
    def from_json(cls, data: dict) -> Article:
        captions = [Caption(c["text"], c.get("credit")) for c in data.get("captions") or []]
        names = ("title", "subtitle", "kicker", "section", "byline", "source", "continues", "continued_from", "jump_key")
        fields = {k: data.get(k) for k in names}
        return cls(
            **fields,
            headings=list(data.get("headings") or []),
            paragraphs=list(data.get("paragraphs") or []),
            captions=captions,
            pull_quotes=list(data.get("pull_quotes") or []),
        )


class PageInfo(FrozenRecord):
    """Where a page comes from: taken from its path, else from its furniture."""

    __slots__ = __match_args__ = ("paper", "date", "page")
    paper: str | None
    date: str | None  # ISO YYYY-MM-DD
    page: str | None  # printed page label: "2", "A3"

    def __init__(self, paper: str | None = None, date: str | None = None, page: str | None = None) -> None:
        set_field(self, "paper", paper)
        set_field(self, "date", date)
        set_field(self, "page", page)


class CleanPage(FrozenRecord):
    """A cleaned page: its articles, its furniture, and the repairs that got it there."""

    __slots__ = __match_args__ = ("articles", "furniture", "fixes", "info", "removed")
    articles: tuple[Article, ...]
    furniture: tuple[str, ...]
    fixes: tuple[Fix, ...]
    info: PageInfo
    removed: tuple[str, ...]  # markup and line-end hyphens deliberately dropped

    def __init__(
        self, articles: tuple[Article, ...], furniture: tuple[str, ...], fixes: tuple[Fix, ...], info: PageInfo = PageInfo(), removed: tuple[str, ...] = ()
    ) -> None:
        set_field(self, "articles", articles)
        set_field(self, "furniture", furniture)
        set_field(self, "fixes", fixes)
        set_field(self, "info", info)
        set_field(self, "removed", removed)

    def to_json(self) -> dict:
        return {
            "furniture": list(self.furniture),
            "date": self.info.date,
            "page": self.info.page,
            "paper": self.info.paper,
            "articles": [a.to_json() for a in self.articles],
        }
