"""Real OCR formats in (ALTO v2–v4, hOCR), open formats out (JSON Lines, CSV, a _bulk body).

The pages in tests/formats/ are hand-written and small: two columns whose blocks
the document lists interleaved, words hyphenated across lines, a photo caption
and its credit, running heads. Hostile and non-page files sit beside them.
"""

import csv
import io
import json
import re
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from conftest import SAMPLES, cli_path
from typer.testing import CliRunner

from paperarchive.api import Archive, clean_file
from paperarchive.cli import app
from paperarchive.formats import MarkupError, read_blocks
from paperarchive.formats.alto import parse_xml
from paperarchive.formats.reading import Box, reading_order
from paperarchive.pipeline import clean_blocks

FORMATS = Path(__file__).parent / "formats"
ENGLISH_ALTO = FORMATS / "alto_v4_two_columns.xml"
CHINESE_ALTO = FORMATS / "alto_v2_chinese.xml"
HOCR = FORMATS / "tesseract_two_columns.hocr"
HOSTILE = sorted((FORMATS / "hostile").iterdir())

runner = CliRunner()


def only_article(path):
    (article,) = clean_file(path).page.articles
    return article


def alto(lines_xml: str, namespace: str = "http://www.loc.gov/standards/alto/ns-v3#") -> str:
    """A one-block ALTO page around some TextLines."""
    return (
        f'<alto xmlns="{namespace}"><Layout><Page><PrintSpace>'
        f'<TextBlock HPOS="0" VPOS="0" WIDTH="900" HEIGHT="200">{lines_xml}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )


# -- ALTO --------------------------------------------------------------------------


def test_alto_v4_columns_are_read_column_by_column_though_listed_interleaved():
    article = only_article(ENGLISH_ALTO)
    assert (article.title, article.byline) == ("FLEET RIDES OUT GALE", "JOHN A. SMITH")
    first, second, third = article.paragraphs
    assert first.startswith("GLOUCESTER, March 13 — Eleven of the twelve vessels") and first.endswith("off Georges Bank.")
    # Column 1's last paragraph goes on at the top of column 2, past nothing else.
    assert second.endswith("the keeper of the light at Eastern Point and the harbor master kept the lamps burning until dawn.")
    assert third == "The owners said the fleet would sail again on Monday if the weather held."


def test_alto_hyphens_the_file_spells_out_whole_are_joined_as_it_says():
    """SUBS_CONTENT "newspaper" is news + paper run together: the engine decided. "well-known"
    is the parts with their hyphen, as iArchives writes every split word: dehyphenate decides."""
    page = clean_file(ENGLISH_ALTO).page
    text = " ".join(page.articles[0].paragraphs)
    assert "The newspaper boats" in text and "a well-known figure" in text
    assert [(f.before, f.after) for f in page.fixes if f.rule == "dehyphenate"] == [("well-⏎known", "well-known")]
    kept = clean_file(ENGLISH_ALTO, disabled=["dehyphenate"]).page
    assert "The newspaper boats" in " ".join(kept.articles[0].paragraphs)


def test_alto_hyphens_without_the_whole_word_are_decided_by_dehyphenate():
    doc = alto(
        '<TextLine HPOS="0" VPOS="0" WIDTH="900" HEIGHT="30"><String CONTENT="Boston"/><SP/>'
        '<String CONTENT="Har"/><HYP CONTENT="-"/></TextLine>'
        '<TextLine HPOS="0" VPOS="36" WIDTH="500" HEIGHT="30"><String CONTENT="bor"/><SP/><String CONTENT="froze."/></TextLine>'
    )
    (block,) = read_blocks("page.xml", doc)
    assert block.lines == ("Boston Har-", "bor froze.")
    page = clean_blocks((block,))
    assert page.articles[0].paragraphs == ["Boston Harbor froze."] and page.removed == ("-",)


def test_hyppart1_without_a_printed_hyphen_still_ends_its_line_in_one():
    """Some batches mark the split word (SUBS_TYPE) but keep no HYP element, no hyphen in CONTENT
    and no SUBS_CONTENT."""
    doc = alto(
        '<TextLine HPOS="0" VPOS="0" WIDTH="900" HEIGHT="30"><String CONTENT="Boston"/><SP/>'
        '<String CONTENT="Har" SUBS_TYPE="HypPart1"/></TextLine>'
        '<TextLine HPOS="0" VPOS="36" WIDTH="500" HEIGHT="30"><String CONTENT="bor" SUBS_TYPE="HypPart2"/>'
        '<SP/><String CONTENT="froze."/></TextLine>'
    )
    (block,) = read_blocks("page.xml", doc)
    assert block.lines == ("Boston Har-", "bor froze.")
    assert clean_blocks((block,)).articles[0].paragraphs == ["Boston Harbor froze."]


def test_a_mark_after_a_split_words_second_part_goes_with_the_whole_word():
    """The engine wrote the whole word on the line before; the question mark after its second
    part, alone on its line with it, ends that line's sentence (a French paper spaces it off),
    and the indented line under it opens the next paragraph."""
    doc = alto(
        '<TextLine HPOS="40" VPOS="0" WIDTH="860" HEIGHT="30"><String CONTENT="Le"/><SP/><String CONTENT="pont"/><SP/>'
        '<String CONTENT="est"/><SP/><String CONTENT="fermé"/><SP/><String CONTENT="depuis"/><SP/><String CONTENT="mars;"/></TextLine>'
        '<TextLine HPOS="0" VPOS="36" WIDTH="900" HEIGHT="30"><String CONTENT="faut-il"/><SP/><String CONTENT="encore"/><SP/>'
        '<String CONTENT="attendre"/><SP/><String CONTENT="les"/><SP/><String CONTENT="répa-" SUBS_TYPE="HypPart1" SUBS_CONTENT="réparations"/>'
        '<HYP CONTENT="-"/></TextLine>'
        '<TextLine HPOS="0" VPOS="72" WIDTH="160" HEIGHT="30"><String CONTENT="rations" SUBS_TYPE="HypPart2" SUBS_CONTENT="réparations"/>'
        '<SP/><String CONTENT="?"/></TextLine>'
        '<TextLine HPOS="40" VPOS="108" WIDTH="860" HEIGHT="30"><String CONTENT="Le"/><SP/><String CONTENT="conseil"/><SP/>'
        '<String CONTENT="en"/><SP/><String CONTENT="décidera"/><SP/><String CONTENT="lundi"/><SP/><String CONTENT="prochain."/></TextLine>'
    )
    blocks = read_blocks("page.xml", doc)
    assert [block.text for block in blocks] == [
        "Le pont est fermé depuis mars;\nfaut-il encore attendre les réparations ?",
        "Le conseil en décidera lundi prochain.",
    ]


def test_alto_v2_chinese_page_joins_its_column_break_and_lifts_the_caption():
    page = clean_file(CHINESE_ALTO).page
    (article,) = page.articles
    assert article.title == "学思践悟强党性 情系桑榆传温暖"  # a printed space between the two halves
    assert article.byline == "本报通讯员 汤璇 柴悦"
    assert "书法、绘画、剪纸等个性功能室，陪伴老人度过了愉快的一天。" in article.paragraphs[0]
    assert [(c.text, c.credit) for c in article.captions] == [("图为党员为老人表演节目。", "本报记者 廖冬云摄")]
    assert (page.info.date, page.info.page) == ("2025-10-29", "2")  # from the running head
    assert "编辑/杜燕葵" in page.furniture


def test_every_word_of_an_alto_page_reaches_the_cleaned_page():
    """Nothing printed is lost: each String's text is in the articles or the furniture."""
    page = clean_file(ENGLISH_ALTO).page
    out = json.dumps(page.to_json(), ensure_ascii=False) + "".join(page.removed)
    words = re.findall(r'CONTENT="([^"]+)"', ENGLISH_ALTO.read_text(encoding="utf-8"))
    assert words and [w for w in words if w.strip("-") not in out] == []


def test_a_headline_across_two_of_three_columns_is_read_between_what_is_above_and_below_it():
    """Column 1 runs the full height; in columns 2–3 a story ends, and a headline across
    both opens the next story, which runs on in both columns below it."""
    boxes = {
        "c1": Box(0, 0, 90, 400),
        "c2 top": Box(100, 0, 190, 150), "c3 top": Box(200, 0, 290, 150),
        "headline": Box(100, 170, 290, 200),
        "c2 below": Box(100, 210, 190, 400), "c3 below": Box(200, 210, 290, 400),
    }
    names = list(boxes)[::-1]  # listed bottom to top
    order = [names[i] for i in reading_order([boxes[name] for name in names])]
    assert order == ["c1", "c2 top", "c3 top", "headline", "c2 below", "c3 below"]


def test_regions_without_coordinates_keep_the_document_order():
    doc = (
        '<alto><Layout><Page><PrintSpace>'
        '<TextBlock><TextLine><String CONTENT="FIRST"/></TextLine></TextBlock>'
        '<TextBlock HPOS="0" VPOS="0" WIDTH="10" HEIGHT="10"><TextLine><String CONTENT="second."/></TextLine></TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )
    assert [b.lines for b in read_blocks("old-batch.xml", doc)] == [("FIRST",), ("second.",)]


def test_an_alto_page_with_no_text_is_empty():
    with pytest.raises(Exception, match="holds no text"):
        read_blocks("blank.xml", alto(""))


def test_an_empty_line_box_is_no_line_and_not_a_hyphen():
    """Engines write empty line boxes; one read as "-" made a blank page look like text."""
    assert [b.lines for b in read_blocks("p.xml", alto('<TextLine><String CONTENT="Fog"/></TextLine><TextLine/>'))] == [("Fog",)]
    with pytest.raises(Exception, match="holds no text"):
        read_blocks("blank.xml", alto("<TextLine/>"))
    hocr = "<div class='ocr_page'><span class='ocr_line'>Fog</span><span class='ocr_line'><span class='ocrx_word'> </span></span></div>"
    assert [b.lines for b in read_blocks("p.hocr", hocr)] == [("Fog",)]


# -- hOCR --------------------------------------------------------------------------


def test_hocr_columns_are_read_in_order_and_hyphens_rejoined():
    page = clean_file(HOCR).page
    (article,) = page.articles
    assert article.title == "MAYORS APPEAR BEFORE COMMITTEE"
    assert article.paragraphs == [
        "WASHINGTON, June 7 — Delegations from five cities asked the committee on harbors for new piers,"
        " and the chairman promised a hearing next month.",
        "The mayor of Salem said the old pier had been condemned by the engineers in May.",
        "Other speakers will be heard on Tuesday.",
    ]
    assert [(c.text, c.credit) for c in article.captions] == [("Mayor Peters of Salem.", "(Staff photo)")]


def test_hocr_without_word_elements_reads_the_lines_text():
    doc = "<div class='ocr_page'><div class='ocr_carea'><span class='ocr_line'>Fog in  the\n harbor.</span></div></div>"
    assert [b.lines for b in read_blocks("page.html", doc)] == [("Fog in the harbor.",)]


def test_html_tolerated_by_browsers_is_read():
    """Unclosed elements, void elements and stray end tags: HTML, not XML."""
    doc = (
        "<body><div class='ocr_page'><p class='ocr_par'><span class='ocr_line'>The fog<br> lifted.</p></span>"
        "<p class='ocr_par'><span class='ocr_line'>Ships sailed.</div>"
    )
    assert [b.lines for b in read_blocks("page.hocr", doc)] == [("The fog lifted.",), ("Ships sailed.",)]


# -- refused ------------------------------------------------------------------------


@pytest.mark.parametrize("path", HOSTILE, ids=[p.name for p in HOSTILE])
def test_hostile_markup_is_refused_at_once(path):
    started = time.perf_counter()
    with pytest.raises(MarkupError, match="^refused: "):
        read_blocks(path, path.read_text(encoding="utf-8"))
    assert time.perf_counter() - started < 1


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_the_xml_parser_itself_refuses_entities_too(name):
    """The check before parsing is not the only guard: the parser (defusedxml) refuses them as well."""
    with pytest.raises(MarkupError, match="^refused: "):
        parse_xml((FORMATS / "hostile" / name).read_text(encoding="utf-8"))


def test_a_page_is_read_by_its_content_whatever_it_is_called():
    """A markup page saved as .txt is still markup: read as what it is, and refused when hostile."""
    with pytest.raises(MarkupError, match="^refused: "):
        read_blocks("notes.txt", (FORMATS / "hostile" / "billion_laughs.xml").read_text())
    assert read_blocks("page.txt", ENGLISH_ALTO.read_text(encoding="utf-8")) == read_blocks(ENGLISH_ALTO, ENGLISH_ALTO.read_text(encoding="utf-8"))


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def mixed(tmp_path):
    """A folder of pages in every format, with hostile files and files that are not pages."""
    folder = tmp_path / "scans"
    shutil.copytree(FORMATS, folder, ignore=shutil.ignore_patterns("real", "real-geometry"))  # those have tests of their own
    shutil.copy(SAMPLES / "harbor-gazette" / "1925-03-14" / "5.txt", folder / "gazette.txt")
    return folder


def test_ingest_refuses_hostile_files_by_name_and_passes_over_html_that_is_no_page(mixed, tmp_path, env):
    out = run("--index", tmp_path / "ix", "ingest", mixed, env=env)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "ingested 4 pages" in out.stderr  # two ALTO, one hOCR, one text page
    problems = [line for line in out.stderr.splitlines() if line.startswith("  skipped: ")]
    assert sorted(problems) == sorted(
        [f"  skipped: {mixed / 'hostile' / name}: refused: the document declares entities (<!ENTITY>), which can expand"
         " without end or read local files" for name in ("billion_laughs.xml", "external_entity.hocr", "external_entity.xml")]
        + [f"  skipped: {mixed / 'hostile' / 'external_dtd.xml'}: refused: the XML declares a document type (<!DOCTYPE>),"
           " which ALTO never needs and which can hide entity bombs or reads of local files (remove the DOCTYPE line if"
           " the file is trusted)",
           f"  skipped: {mixed / 'not_pages' / 'truncated.xml'}: not well-formed ALTO: unclosed token: line 3, column 77"
           " (is the file complete?)"]
    )
    assert "index.html" not in out.stderr and "mets.xml" not in out.stderr  # in a folder: not pages, not problems
    assert "  passed over: 1 not a page: METS file (its pages are read from their own files)" in out.stderr  # but counted
    assert "  passed over: 1 not a page: HTML without OCR classes (no element of class ocr_page)" in out.stderr
    assert "5 inputs were not ingested" in out.stderr.splitlines()[-1]


def test_a_file_that_is_no_page_is_reported_when_named(tmp_path, env):
    page = FORMATS / "not_pages" / "index.html"
    out = run("--index", tmp_path / "ix", "ingest", page, ENGLISH_ALTO, env=env)
    assert out.returncode == 2
    assert f"skipped: {page}: not a page: HTML without OCR classes (no element of class ocr_page)" in out.stderr
    assert "ingested 1 page" in out.stderr


def test_clean_reads_alto_and_says_why_it_refuses():
    result = runner.invoke(app, ["clean", str(ENGLISH_ALTO), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["articles"][0]["title"] == "FLEET RIDES OUT GALE"
    refused = runner.invoke(app, ["clean", str(FORMATS / "hostile" / "external_entity.xml")])
    assert refused.exit_code == 2 and refused.stderr.count("\n") == 1 and "refused: the document declares entities" in refused.stderr


def test_the_catalog_keeps_the_markup_so_raw_and_reindex_need_no_files(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    for page in (ENGLISH_ALTO, CHINESE_ALTO, HOCR):
        shutil.copy(page, folder)
    archive = Archive(tmp_path / "ix")
    assert archive.ingest([folder], workers=0).ingested == 3
    before = {hit.id: hit.stored.article.to_json() for hit in archive.search("harbor OR 重阳节 OR mayor", limit=None).hits}
    shutil.rmtree(folder)
    assert archive.reindex().pages == 3
    after = {hit.id: hit.stored.article.to_json() for hit in archive.search("harbor OR 重阳节 OR mayor", limit=None).hits}
    assert after == before and len(before) == 3
    _, raw = archive.raw(next(i for i, a in before.items() if a["title"] == "FLEET RIDES OUT GALE"))
    assert raw == ENGLISH_ALTO.read_text(encoding="utf-8")


# -- out: export and stats -----------------------------------------------------------


@pytest.fixture(scope="module")
def archive_of_all(tmp_path_factory):
    """The sample pages and the ALTO and hOCR pages, ingested once."""
    root = tmp_path_factory.mktemp("all")
    folder = root / "pages"
    shutil.copytree(SAMPLES, folder)
    for page in (ENGLISH_ALTO, CHINESE_ALTO, HOCR):
        shutil.copy(page, folder)
    report = Archive(root / "ix").ingest([folder], workers=0)
    assert report.complete and report.ingested == 8
    return root / "ix"


def export(index, *options) -> str:
    result = runner.invoke(app, ["--index", str(index), "export", *options])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def catalog_articles(index) -> dict[str, tuple]:
    """Every article id in the catalog with where it was printed, read as an outside tool would."""
    with sqlite3.connect(f"file:{index / 'catalog.sqlite'}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT a.id, p.paper, p.date, p.page, a.title FROM articles a JOIN pages p ON p.id = a.page_id")
        return {row[0]: row[1:] for row in rows}


def test_jsonl_export_round_trips_to_the_catalog(archive_of_all):
    rows = [json.loads(line) for line in export(archive_of_all).splitlines()]
    catalogued = catalog_articles(archive_of_all)
    assert sorted(r["id"] for r in rows) == sorted(catalogued)
    archive = Archive(archive_of_all)
    for row in rows:
        assert list(row) == [
            "id", "paper", "date", "page", "seq", "path", "encoding", "section", "kicker", "title", "subtitle",
            "byline", "source", "headings", "paragraphs", "captions", "pull_quotes", "continues", "continued_from",
            "jump_key",
            "part", "digest",
        ]
        assert (row["paper"], row["date"], row["page"], row["title"]) == catalogued[row["id"]]
        stored = archive.show(row["id"])
        assert {k: row[k] for k in stored.article.to_json()} == stored.article.to_json()
        assert row["path"] == stored.path and row["seq"] == int(row["id"].rsplit("-", 1)[1])
    fleet = next(r for r in rows if r["title"] == "FLEET RIDES OUT GALE")
    assert fleet["captions"] == [{"text": "The schooner Gertrude Thebaud at her berth.", "credit": "(Photo by Jane Doe)"}]
    assert fleet["date"] == "1925-03-14" and fleet["path"].endswith("alto_v4_two_columns.xml")


def test_bulk_export_is_an_action_then_the_article_for_each(archive_of_all):
    lines = export(archive_of_all, "--format", "ndjson-bulk").splitlines()
    articles = [json.loads(line) for line in export(archive_of_all).splitlines()]
    assert len(lines) == 2 * len(articles)
    actions, documents = [json.loads(line) for line in lines[::2]], [json.loads(line) for line in lines[1::2]]
    assert actions == [{"index": {"_id": a["id"]}} for a in articles]
    assert documents == articles


def test_csv_export_has_one_row_per_article_with_the_text(archive_of_all):
    rows = list(csv.DictReader(io.StringIO(export(archive_of_all, "--format", "csv"))))
    articles = {a["id"]: a for a in map(json.loads, export(archive_of_all).splitlines())}
    assert sorted(r["id"] for r in rows) == sorted(articles)
    for row in rows:
        assert row["text"] == "\n\n".join(articles[row["id"]]["paragraphs"])
    captions = {row["captions"] for row in rows if row["captions"]}
    assert {"Mayor Peters of Salem. (Staff photo)", "The schooner Gertrude Thebaud at her berth. (Photo by Jane Doe)"} <= captions


def test_export_sorts_pages_by_number_then_by_letter_and_number(tmp_path):
    issue = tmp_path / "gazette" / "1925-03-14"
    issue.mkdir(parents=True)
    for label in ("10", "B10", "2", "A3", "B2", "1"):
        shutil.copy(SAMPLES / "harbor-gazette" / "1925-03-14" / "5.txt", issue / f"{label}.txt")
    Archive(tmp_path / "ix").ingest([tmp_path / "gazette"], workers=0)
    pages = [json.loads(line)["page"] for line in export(tmp_path / "ix").splitlines()]
    assert list(dict.fromkeys(pages)) == ["1", "2", "10", "A3", "B2", "B10"]


def test_show_prints_a_credit_in_parentheses_once(archive_of_all):
    credited = [row for row in map(json.loads, export(archive_of_all).splitlines()) if row["captions"]]
    shown = set()
    for row in credited:
        result = runner.invoke(app, ["--index", str(archive_of_all), "show", row["id"]])
        assert result.exit_code == 0
        shown |= {line for line in result.stdout.splitlines() if line.startswith("[photo] ")}
    assert {"[photo] Mayor Peters of Salem.  (Staff photo)", "[photo] The schooner Gertrude Thebaud at her berth.  (Photo by Jane Doe)"} <= shown
    assert any(line.endswith("  (—Gazette Photo.)") for line in shown)  # a bare credit is put in parentheses
    assert not any("((" in line or "))" in line for line in shown)


def test_stats_describe_the_index(archive_of_all):
    result = runner.invoke(app, ["--index", str(archive_of_all), "stats"])
    assert result.exit_code == 0
    fields = dict(line.split("\t", 1) for line in result.stdout.splitlines())
    assert int(fields["pages"]) == 8 and int(fields["articles"]) == len(catalog_articles(archive_of_all))
    assert "harbor-gazette 1" in fields["papers"] and "unknown 4" in fields["papers"]
    assert fields["dates"] == "1925-03-14 … 2025-10-30"
    assert "utf-8" in fields["encodings"] and "gb18030 1" in fields["encodings"]
    assert fields["index on disk"].endswith("the page text)")


def test_hocr_words_outside_any_line_are_read_as_their_containers_line():
    """Some engines write ocrx_word straight under ocr_par: the words were dropped, and a page
    of such paragraphs was refused as empty."""
    from paperarchive.formats.hocr import hocr_regions

    doc = (
        '<div class="ocr_page" title="bbox 0 0 500 500">'
        '<p class="ocr_par" title="bbox 0 0 400 40"><span class="ocrx_word" title="bbox 0 0 60 20">HARBOR</span> '
        '<span class="ocrx_word" title="bbox 70 0 140 20">FREEZES</span></p>'
        '<p class="ocr_par" title="bbox 0 50 400 90"><span class="ocr_line" title="bbox 0 50 300 70">'
        '<span class="ocrx_word">The</span> <span class="ocrx_word">ice</span> <span class="ocrx_word">held.</span></span></p></div>'
    )
    assert [[line.text for line in region.lines] for region in hocr_regions(doc)[0]] == [["HARBOR FREEZES"], ["The ice held."]]


def _page_xml(regions: list[tuple[str, list[str]]]) -> str:
    """A PAGE XML page of one column: (region type, its lines), each line 40 high, a line's gap apart."""
    out, top = [], 0
    for n, (role, lines) in enumerate(regions):
        rows = []
        for text in lines:
            rows.append(f'<TextLine><Coords points="0,{top} 900,{top} 900,{top + 40} 0,{top + 40}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>')
            top += 50
        out.append(f'<TextRegion id="r{n}" type="{role}"><Coords points="0,{top - 50 * len(lines)} 900,{top - 50 * len(lines)} 900,{top} 0,{top}"/>{"".join(rows)}</TextRegion>')
        top += 30
    return '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>' + "".join(out) + "</Page></PcGts>"


def test_a_laws_numbered_heads_are_headings_of_the_law_not_stories(tmp_path):
    law = [
        ("heading", ["Marktordnung für die Stadt Halle."]),
        ("paragraph", ["§. 1.", "Der Wochenmarkt wird jeden Mittwoch und Sonnabend auf", "dem Marktplatze gehalten und dauert bis Mittag."]),
        ("heading", ["§. 2."]),
        ("paragraph", ["Fremde Händler zahlen für jeden Stand ein Standgeld", "von zwei Groschen an den Marktmeister."]),
        ("heading", ["Art. 3."]),
        ("paragraph", ["Wer gegen dieſe Ordnung handelt, wird mit einer Geld⸗", "buße bis zu fünf Thalern beſtraft."]),
        ("heading", ["Traité de commerce."]),
        ("heading", ["Article premier."]),
        ("paragraph", ["Les marchandises des deux pays seront admises aux", "mêmes droits que celles de la nation la plus favorisée."]),
        ("heading", ["Article II."]),
        ("paragraph", ["Le présent traité sera ratifié dans le délai d'un mois."]),
    ]
    path = tmp_path / "law.page.xml"
    path.write_text(_page_xml(law), encoding="utf-8")
    articles = clean_file(path).page.articles
    assert [(a.title, a.headings) for a in articles] == [
        ("Marktordnung für die Stadt Halle.", ["§. 1.", "§. 2.", "Art. 3."]),
        ("Traité de commerce.", ["Article premier.", "Article II."]),
    ]
    assert articles[0].paragraphs[0].startswith("Der Wochenmarkt wird")


def test_a_printers_imprint_at_the_foot_of_the_page_is_furniture_not_a_story(tmp_path):
    story = [f"Zeile {n} des Berichts über die Ernte im Kreiſe, die gut ausfiel." for n in range(12)]
    page = [
        ("heading", ["Die Ernte."]),
        ("paragraph", story),
        ("paragraph", ["Die Verſammlung der Landwirthe findet am Montag ſtatt."]),
        ("paragraph", ["Verantwortlicher Redakteur: J. Weber.", "Druck und Verlag von Karl Müller in Halle."]),
    ]
    path = tmp_path / "foot.page.xml"
    path.write_text(_page_xml(page), encoding="utf-8")
    clean = clean_file(path).page
    assert "Druck und Verlag von Karl Müller in Halle." in clean.furniture
    assert all("Druck und Verlag" not in p for a in clean.articles for p in a.paragraphs)
    assert clean.articles[-1].paragraphs[-1] == "Die Verſammlung der Landwirthe findet am Montag ſtatt."


def test_a_page_regions_lines_listed_out_of_order_are_read_top_to_bottom(tmp_path):
    """Ground truth drawn line by line keeps the order the transcriber drew the lines in; the
    boxes say the order they are read in."""
    rows = ["Die Brücke über die Saale.", "Die neue Brücke bei Merſeburg wurde am Sonntag dem", "Verkehr übergeben; der Bau hat zwei Jahre gedauert.",
            "Die Stadt hat ein Feſt veranſtaltet."]
    listed = [2, 0, 3, 1]  # the file's order of the rows
    lines = "".join(
        f'<TextLine><Coords points="0,{50 * n} 900,{50 * n} 900,{50 * n + 40} 0,{50 * n + 40}"/><TextEquiv><Unicode>{rows[n]}</Unicode></TextEquiv></TextLine>'
        for n in listed
    )
    path = tmp_path / "drawn.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>'
        f'<TextRegion id="r0" type="paragraph"><Coords points="0,0 900,0 900,190 0,190"/>{lines}</TextRegion></Page></PcGts>',
        encoding="utf-8",
    )
    text = " ".join(p for a in clean_file(path).page.articles for p in [a.title or "", *a.paragraphs])
    assert text.index("Die Brücke") < text.index("Die neue Brücke") < text.index("zwei Jahre") < text.index("ein Feſt")


def test_an_imprint_with_the_issues_supplements_under_it_at_the_foot_is_furniture(tmp_path):
    story = [f"Zeile {n} des Berichts über die Sitzung des Kreistages, die lange dauerte." for n in range(40)]
    page = [
        ("heading", ["Der Kreistag."]),
        ("paragraph", story),
        ("paragraph", ["Die nächſte Sitzung findet am Montag ſtatt."]),
        ("paragraph", ["Verantwortlicher Schriftleiter: Karl Weber in Halle.", "Verlag der Geſchäftsſtelle in Halle.", "Druck der Hallischen Buchdruckerei.",
                       "Drei Beilagen", "(einſchließlich der Handelsbeilage)."]),
    ]
    path = tmp_path / "foot.page.xml"
    path.write_text(_page_xml(page), encoding="utf-8")
    clean = clean_file(path).page
    assert "Verantwortlicher Schriftleiter: Karl Weber in Halle." in clean.furniture
    assert all("Beilage" not in p and "Schriftleiter" not in p for a in clean.articles for p in a.paragraphs)
    assert clean.articles[-1].paragraphs[-1] == "Die nächſte Sitzung findet am Montag ſtatt."
