"""Browsing the archive the way it is read: papers, their issues, an issue's pages.

Read straight from the catalog's page table; no search index needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from .catalog import Catalog
from .errors import NotFoundError


@dataclass(frozen=True, slots=True)
class PaperSummary:
    paper: str | None  # None: pages whose path and running heads name no paper
    first_date: str | None
    last_date: str | None
    issues: int  # distinct dates
    pages: int
    articles: int

    def to_json(self) -> dict:
        return {
            "paper": self.paper,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "issues": self.issues,
            "pages": self.pages,
            "articles": self.articles,
        }


@dataclass(frozen=True, slots=True)
class IssueSummary:
    date: str | None
    pages: tuple[str, ...]  # page labels in page order ("" where the page has none)
    articles: int

    def to_json(self) -> dict:
        return {"date": self.date, "pages": list(self.pages), "articles": self.articles}


def papers(catalog: Catalog) -> list[PaperSummary]:
    """Every paper with its date range, issues and pages; papers by name, the unnamed last."""
    rows = catalog.db.execute(
        "SELECT paper, min(date), max(date), count(DISTINCT date), count(*), sum(articles) FROM pages"
        " GROUP BY paper ORDER BY paper IS NULL, paper"
    )
    return [PaperSummary(*row) for row in rows]


def issues(catalog: Catalog, paper: str, year: str | None = None) -> list[IssueSummary]:
    """A paper's issues (dates) in order, each with its pages; NotFoundError for an unknown paper."""
    from .pageinfo import page_order

    if not catalog.db.execute("SELECT 1 FROM pages WHERE paper = ? LIMIT 1", (paper,)).fetchone():
        known = [row[0] for row in catalog.db.execute("SELECT DISTINCT paper FROM pages WHERE paper IS NOT NULL ORDER BY 1")]
        raise NotFoundError(f"no paper {paper!r} in the archive", "papers: " + (", ".join(known) or "none named"))
    found: dict[str | None, tuple[list[str], int]] = {}
    rows = catalog.db.execute(
        "SELECT date, coalesce(page, ''), articles FROM pages WHERE paper = ? AND (? IS NULL OR substr(date, 1, 4) = ?)"
        " ORDER BY date IS NULL, date",
        (paper, year, year),
    )
    for date, page, articles in rows:
        labels, count = found.get(date, ([], 0))
        labels.append(page)
        found[date] = (labels, count + articles)
    return [IssueSummary(date, tuple(sorted(labels, key=page_order)), n) for date, (labels, n) in found.items()]


def page_article_ids(catalog: Catalog, paper: str, date: str, page: str) -> list[str]:
    """The ids of one printed page's articles, in the order they were printed."""
    rows = catalog.db.execute(
        "SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id"
        " WHERE p.paper = ? AND p.date = ? AND p.page = ? ORDER BY p.path, a.seq",
        (paper, date, page),
    ).fetchall()
    if not rows:
        printed = [label for issue in issues(catalog, paper) if issue.date == date for label in issue.pages]
        hint = f"its pages: {', '.join(printed)}" if printed else f"list {paper}'s issues with `paperarchive issues {paper}`"
        raise NotFoundError(f"no page {page!r} of {paper} on {date}", hint)
    return [row[0] for row in rows]
