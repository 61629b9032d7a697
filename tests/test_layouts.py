"""Archive layouts: where the paper, date and page are in a page's path, and which file of a
page saved twice is read (Chronicling America batches, `paperarchive.layout` files)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from paperarchive.api import Archive, clean_file
from paperarchive.inputs import PageFile, Passed, Problem, discover
from paperarchive.layouts import LAYOUT_FILE, page_info
from paperarchive.pageinfo import PathPattern

FORMATS = Path(__file__).parent / "formats"
ENGLISH_ALTO = FORMATS / "alto_v4_two_columns.xml"
CHINESE_ALTO = FORMATS / "alto_v2_chinese.xml"
HOCR = FORMATS / "tesseract_two_columns.hocr"
# What the OCR text beside an ALTO file says; only the ALTO may be indexed.
PLAIN_TEXT = "FLEET RIDES OUT GALE\n\nThe quahog dredgers stayed in port.\n"


def put(path: Path, source: Path | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(source, Path):
        shutil.copy(source, path)
    else:
        path.write_text(source, encoding="utf-8")
    return path


def pages(index) -> dict[str, tuple]:
    """path → (paper, date, page) of every page in the catalog."""
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        return {path: tuple(rest) for path, *rest in db.execute("SELECT path, paper, date, page FROM pages")}


@pytest.fixture
def batch(tmp_path) -> Path:
    """A Chronicling America batch in both date forms, OCR text beside each ALTO file."""
    root = tmp_path / "batch_ct_harbor_ver01"
    issue = root / "sn83030214" / "1925" / "03" / "14" / "ed-1" / "seq-5"
    put(issue / "ocr.xml", ENGLISH_ALTO)
    put(issue / "ocr.txt", PLAIN_TEXT)
    other = root / "sn83030214" / "1925-03-15" / "ed-1" / "seq-3"
    put(other / "ocr.xml", CHINESE_ALTO)
    put(other / "ocr.txt", "学思践悟强党性\n\n本报讯 重阳节前夕。\n")
    put(root / "sn83030214" / "1925-03-15" / "ed-2" / "seq-1" / "ocr.txt", PLAIN_TEXT)
    put(root / "batch.xml", FORMATS / "not_pages" / "mets.xml")  # the batch's METS: not a page
    put(root / "index.html", FORMATS / "not_pages" / "index.html")
    return root


def test_chronicling_america_batch_gives_paper_date_and_page_and_reads_each_page_once(batch, tmp_path):
    index = tmp_path / "ix"
    report = Archive(index).ingest([batch], workers=0)
    assert report.complete and (report.files, report.ingested) == (3, 3)
    where = {str(Path(path).relative_to(batch)): info for path, info in pages(index).items()}
    assert where == {
        "sn83030214/1925/03/14/ed-1/seq-5/ocr.xml": ("sn83030214", "1925-03-14", "5"),
        # The path's date wins over the one in the page's running head (2025-10-29).
        "sn83030214/1925-03-15/ed-1/seq-3/ocr.xml": ("sn83030214", "1925-03-15", "3"),
        "sn83030214/1925-03-15/ed-2/seq-1/ocr.txt": ("sn83030214", "1925-03-15", "1 (ed. 2)"),
    }
    archive = Archive(index)
    assert archive.search("quahog").total == 1  # only the second edition's text page says it
    assert archive.search("重阳节").total == 1


def test_the_richest_source_of_a_page_is_read_named_or_found(tmp_path):
    folder = tmp_path / "scans"
    put(folder / "a.txt", PLAIN_TEXT)
    put(folder / "a.xml", ENGLISH_ALTO)
    put(folder / "b.txt", PLAIN_TEXT)
    put(folder / "b.hocr", HOCR)
    put(folder / "c.xml", ENGLISH_ALTO)
    put(folder / "c.html", HOCR)
    put(folder / "d.txt", PLAIN_TEXT)
    put(folder / "d.xml", FORMATS / "not_pages" / "mets.xml")  # no ALTO: the text is the page
    found = [(p.path.name, [r.name for r in p.replaces]) for p in discover([folder]) if isinstance(p, PageFile)]
    assert found == [("a.xml", ["a.txt"]), ("b.hocr", ["b.txt"]), ("c.xml", ["c.html"]), ("d.txt", [])]
    named = discover([folder / "a.txt", folder / "a.xml", folder / "d.txt", folder / "d.xml"])
    assert [p.path if isinstance(p, (Passed, Problem)) else p.path.name for p in named] == [
        str(folder / "a.txt"),  # passed over, and counted: the same page is read from a.xml
        "a.xml",
        "d.txt",
        str(folder / "d.xml"),  # a METS: the page it names is not there, and that is reported
    ]


def test_a_hostile_file_beside_a_text_page_does_not_hide_it(tmp_path):
    folder = tmp_path / "seq-1"
    put(folder / "ocr.txt", PLAIN_TEXT)
    put(folder / "ocr.xml", FORMATS / "hostile" / "external_entity.xml")
    assert [p.path.name for p in discover([folder])] == ["ocr.txt", "ocr.xml"]


# -- paperarchive.layout -------------------------------------------------------------------------

LAYOUT = """\
# Our scans: <paper>/<yyyymmdd>/p<page>.<anything>
{paper}/{year}{month}{day}/p{page}.*   # the rule
"""


def test_a_layout_file_names_the_archives_own_layout(tmp_path):
    root = tmp_path / "archive"
    put(root / LAYOUT_FILE, LAYOUT)
    scan = put(root / "gazette" / "19250314" / "p5.hocr", HOCR)
    usual = put(root / "gazette" / "1925-03-16" / "07.txt", PLAIN_TEXT)  # no pattern fits: the built-in layouts
    stray = put(root / "notes" / "todo.txt", PLAIN_TEXT)
    assert page_info(scan).date == "1925-03-14" and clean_file(scan).page.info.paper == "gazette"
    index = tmp_path / "ix"
    assert Archive(index).ingest([root], workers=0).complete
    assert pages(index) == {
        str(scan): ("gazette", "1925-03-14", "5"),
        str(usual): ("gazette", "1925-03-16", "7"),
        str(stray): (None, None, None),
    }


def test_a_changed_layout_file_is_read_again(tmp_path):
    root = tmp_path / "archive"
    scan = put(root / "gazette" / "19250314" / "p5.txt", PLAIN_TEXT)
    put(root / LAYOUT_FILE, LAYOUT)
    assert page_info(scan).page == "5"
    put(root / LAYOUT_FILE, "{paper}/{year}{month}{day}/{page}.txt\n")
    assert page_info(scan).page == "P5"  # printed labels like B3 are kept, in capitals


def test_a_bad_layout_file_skips_its_pages_and_says_which_line(tmp_path):
    root = tmp_path / "archive"
    put(root / LAYOUT_FILE, "# ours\n{paper}/{issue}/{page}.txt\n")
    put(root / "gazette" / "12" / "5.txt", PLAIN_TEXT)
    report = Archive(tmp_path / "ix").ingest([root], workers=0)
    (problem,) = report.skipped
    assert problem.reason.startswith(f"{root / LAYOUT_FILE}, line 2: unknown field {{issue}}")


@pytest.mark.parametrize(
    "pattern, message",
    [("{paper}/{year}/{page}.txt", "go together"), ("{page}/{page}.txt", "appears twice"), ("scans/*.txt", "names no field")],
)
def test_patterns_that_cannot_work_are_refused(pattern, message):
    with pytest.raises(ValueError, match=message):
        PathPattern(pattern)
