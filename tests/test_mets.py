"""A METS delivery: the issue's paper, date and page numbers come from its METS, not the path.

The delivery is a real Europeana Newspapers issue (BnF, Journal des Débats, 1 April 1814:
tests/mets/en_1814, SOURCES.tsv there), laid out as a library ships it: the
METS beside an ALTO/ folder, under folders whose names say nothing of paper or date.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import cli_path

from paperarchive.api import Archive
from paperarchive.formats.mets import mets_issue

DELIVERY = Path(__file__).parent / "mets" / "en_1814"
METS_NAME = "18140401_1-METS.xml"
PAPER = "Le Journal des Débats politiques et littéraires"


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


def printed(articles) -> tuple:
    """Where a page's articles were printed, and all their words."""
    words = " ".join(" ".join([a.article.title or "", *a.article.paragraphs]) for a in articles)
    return articles[0].paper, articles[0].date, articles[0].page, words


@pytest.fixture
def batch(tmp_path) -> Path:
    """The issue under a batch's folders, as delivered: `batch/BnF_00001/18140401_1/`."""
    issue = tmp_path / "batch" / "BnF_00001" / "18140401_1"
    shutil.copytree(DELIVERY, issue, ignore=shutil.ignore_patterns("SOURCES.tsv"))
    return issue


def test_the_real_mets_names_the_paper_the_date_and_its_pages_in_order():
    issue = mets_issue((DELIVERY / METS_NAME).read_text(encoding="utf-8"))
    assert (issue.paper, issue.date) == (PAPER, "1814-04-01")  # dateIssued says 01.04.1814
    assert [(page.files, page.number) for page in issue.pages] == [
        (["./ALTO/18140401_1-0001.xml"], "1"),
        (["./ALTO/18140401_1-0002.xml"], "2"),
    ]


def test_a_folder_of_a_mets_delivery_is_browsed_and_searched_by_the_mets_paper_and_date(batch, tmp_path):
    archive = Archive(tmp_path / "ix")
    report = archive.ingest([batch.parent.parent], workers=0)
    assert report.complete and report.ingested == 2
    [paper] = archive.papers()
    assert (paper.paper, paper.first_date, paper.last_date, paper.issues, paper.pages) == (PAPER, "1814-04-01", "1814-04-01", 1, 2)
    [issue] = archive.issues(PAPER)
    assert (issue.date, issue.pages) == ("1814-04-01", ("1", "2"))
    assert (PAPER, "1814-04-01", "1") == printed(archive.page(PAPER, "1814-04-01", "1"))[:3]
    assert "dont l'abonnement finit" in printed(archive.page(PAPER, "1814-04-01", "1"))[3]  # its masthead is furniture
    assert "Schwarlzenberg" in printed(archive.page(PAPER, "1814-04-01", "2"))[3]  # the prince's name as the OCR read it
    hits = archive.search("Paris date:[1814-01-01 TO 1814-12-31]", sort="date")
    assert hits.total >= 1 and {(hit.stored.paper, hit.stored.date) for hit in hits.hits} == {(PAPER, "1814-04-01")}
    assert archive.search("Paris date:[1900-01-01 TO 1999-12-31]").total == 0


def test_a_mets_named_on_the_command_line_gives_papers_issues_and_page(batch, tmp_path, env):
    index = tmp_path / "ix"
    out = run("--index", index, "ingest", batch / METS_NAME, env=env)
    assert out.returncode == 0, out.stderr
    assert "ingested 2 pages" in out.stderr
    papers = run("--index", index, "papers", env=env)
    assert papers.stdout.splitlines()[0].split("\t")[:4] == [PAPER, "1814-04-01 … 1814-04-01", "1 issue", "2 pages"]
    issues = run("--index", index, "issues", PAPER, env=env)
    assert issues.stdout.startswith("1814-04-01\t2 pages: 1 2\t")
    page = run("--index", index, "page", PAPER, "1814-04-01", "2", "--no-pager", env=env)
    assert page.returncode == 0 and f"{PAPER} · 1814-04-01 · p.2" in page.stdout
    assert "proclamation suivante" in page.stdout


def test_a_mets_without_a_date_still_gives_paper_and_pages(batch, tmp_path):
    mets = batch / METS_NAME
    mets.write_text(mets.read_text(encoding="utf-8").replace(">01.04.1814</mods:dateIssued>", "></mods:dateIssued>"), encoding="utf-8")
    archive = Archive(tmp_path / "ix")
    assert archive.ingest([batch], workers=0).ingested == 2
    [issue] = archive.issues(PAPER)
    assert issue.pages == ("1", "2") and issue.date != "1814-04-01"


def test_a_broken_mets_leaves_its_pages_what_their_paths_say_and_is_named_when_given(tmp_path, env):
    issue = tmp_path / "jdd" / "1814-04-01"
    issue.mkdir(parents=True)
    text = (DELIVERY / METS_NAME).read_text(encoding="utf-8")
    (issue / METS_NAME).write_text(text[: len(text) // 2], encoding="utf-8")  # cut off in the middle
    for number in (1, 2):
        shutil.copy(DELIVERY / "ALTO" / f"18140401_1-000{number}.xml", issue / f"{number}.xml")
    archive = Archive(tmp_path / "ix")
    assert archive.ingest([tmp_path / "jdd"], workers=0).ingested == 2
    [paper] = archive.papers()
    assert (paper.paper, paper.first_date, paper.pages) == ("jdd", "1814-04-01", 2)
    assert archive.issues("jdd")[0].pages == ("1", "2")
    out = run("--index", tmp_path / "ix2", "ingest", issue / METS_NAME, env=env)
    assert out.returncode == 2
    [failed] = [line for line in out.stderr.splitlines() if METS_NAME in line]
    assert failed.startswith(f"  failed: {issue / METS_NAME}: ") and "METS" in failed


# A Europeana Newspapers issue with an article-level logical structMap (BnF, L'Ouest-Éclair,
# Rennes, 21 November 1901: tests/mets/ouest_eclair_1901, SOURCES.tsv there): its page 1 is
# read in the map's articles, the map's TITLE blocks their headlines, its title section furniture.
OUEST_ECLAIR = Path(__file__).parent / "mets" / "ouest_eclair_1901"
OUEST_ECLAIR_TITLES = [  # the map's first articles on page 1, in its order, as the OCR spells them
    "L'hygiène daos la Marine", "A Denain", "La aituation dans le Nord", "L'ACTION LIBÉRALE",
    "SÉANCE DU MATLM", "Lu marine marchande",
]


def cleaned_titles(page: Path) -> tuple[list[str], list[str]]:
    from paperarchive.api import clean_file

    read = clean_file(page)
    return [a.title for a in read.page.articles], list(read.page.furniture)


def test_the_logical_structmap_makes_the_articles_of_a_page_found_beside_its_mets(tmp_path):
    page = OUEST_ECLAIR / "ALTO" / "19011121_1-0001.xml"
    titles, furniture = cleaned_titles(page)
    assert titles[: len(OUEST_ECLAIR_TITLES)] == OUEST_ECLAIR_TITLES
    assert "JOURNAL QUOTIDIEN D'INFORMATIONS" in furniture  # the masthead's title section
    # The same file without its METS: the geometry alone finds other stories (the masthead's
    # subscription box titles one; its title section is no furniture then).
    alone = tmp_path / "19011121_1-0001.xml"
    shutil.copy(page, alone)
    titles, furniture = cleaned_titles(alone)
    assert titles[: len(OUEST_ECLAIR_TITLES)] != OUEST_ECLAIR_TITLES and "JOURNAL QUOTIDIEN D'INFORMATIONS" not in furniture


def test_a_logical_map_that_names_few_of_a_pages_blocks_leaves_the_order_to_the_geometry():
    from paperarchive.formats.mets import MetsStory, arrange
    from paperarchive.formats.reading import Box, Line, Region

    def region(ident, top):
        return Region(tuple(Line(f"line {k}", Box(0, top + 12 * k, 100, top + 12 * k + 10)) for k in range(5)), Box(0, top, 100, top + 60), ident=ident)

    regions = [region("TB1", 0), region("TB2", 100), region("TB3", 200)]
    assert arrange(regions, [MetsStory("A", (("TB1", "heading"),))]) is None  # a third of the lines
    arranged = arrange(regions, [MetsStory("A", (("TB3", "heading"), ("TB1", None)))])
    # the map's order; TB2, which it does not name, follows the block read before it (TB1)
    assert [(r.ident, r.role, r.opens) for r in arranged] == [("TB3", "heading", True), ("TB1", None, False), ("TB2", None, None)]


def test_a_story_carried_over_from_the_page_before_opens_no_story_on_its_next_page():
    from paperarchive.formats.mets import mets_articles

    # Journal des Débats, 2 April 1814: the article FRANCE. runs from page 1 onto page 2.
    stories = mets_articles((Path(__file__).parent / "real2" / "delivered" / "18140402_1" / "18140402_1-METS.xml").read_text(encoding="utf-8"))
    first, second = stories["./ALTO/18140402_1-0001.xml"], stories["./ALTO/18140402_1-0002.xml"]
    assert [(s.label, s.headed) for s in first] == [(None, True), ("FRANCE.", True)]  # the title section, then FRANCE.
    assert (second[0].label, second[0].blocks, second[0].headed) == ("FRANCE.", (("P2_TB00001", None), ("P2_TB00002", None)), False)
