"""The values that flow through the cleaning pipeline.

decode → normalize → blocks → classify → repair → segment: each stage takes and
returns these frozen values, so every stage can be called and tested alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
class Block:
    """A run of printed lines that belong together, as found between layout breaks.

    `lines` keep the printed line breaks until `join_wrapped_lines` joins them.
    `mark` is layout markup taken off the front (`#`, `□`), kept so that nothing
    the page printed disappears without a trace.
    """

    lines: tuple[str, ...]
    start: int  # 1-based line number of the first line in the normalized text
    gap: int = 0  # blank lines before this block
    indent: bool = False  # first line indented (a paragraph start in many layouts)
    kind: Kind = Kind.UNKNOWN
    level: int = 0  # markup heading level: 1 for `#`, 2 for `##`
    mark: str = ""

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def end(self) -> int:
        return self.start + len(self.lines) - 1

    def with_(self, **changes) -> Block:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Fix:
    """One change a repair rule made, for `clean --explain`."""

    rule: str
    line: int  # line number in the normalized page where the change applies
    before: str
    after: str
    removed: str = ""  # characters the change dropped (a line-end hyphen)


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption and the credit printed with it."""

    text: str
    credit: str | None = None

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


@dataclass(slots=True)
class Article:
    """One story of a page: its heads, byline, text and captions."""

    title: str | None = None
    subtitle: str | None = None
    kicker: str | None = None
    section: str | None = None
    byline: str | None = None
    source: str | None = None
    headings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    captions: list[Caption] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)
    continues: str | None = None  # the page label its jump line sends it on to: "（下转第3版）" → "3"
    continued_from: str | None = None  # the page it comes from: "(Continued from Page 1)" → "1"
    jump_key: str | None = None  # the keyword its jump lines name: "See BRIDGES, Page A6" → "BRIDGES"
    line: int = 0  # where the article starts on the page

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


@dataclass(frozen=True, slots=True)
class PageInfo:
    """Where a page comes from: taken from its path, else from its furniture."""

    paper: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    page: str | None = None  # printed page label: "2", "A3"


@dataclass(frozen=True, slots=True)
class CleanPage:
    """A cleaned page: its articles, its furniture, and the repairs that got it there."""

    articles: tuple[Article, ...]
    furniture: tuple[str, ...]
    fixes: tuple[Fix, ...]
    info: PageInfo = PageInfo()
    removed: tuple[str, ...] = ()  # markup and line-end hyphens deliberately dropped

    def to_json(self) -> dict:
        return {
            "furniture": list(self.furniture),
            "date": self.info.date,
            "page": self.info.page,
            "paper": self.info.paper,
            "articles": [a.to_json() for a in self.articles],
        }
