"""The readers of what OCR engines and libraries really write, on their real output.

The files in tests/formats/real/ are real outputs (tests/formats/real/SOURCES.tsv
says where each comes from): PAGE XML (PRImA's example, OCR-D ground truth), ABBYY
FineReader 8 and 10 XML, MinerU Markdown and content lists, Tesseract 5 TSV and
PaddleOCR PP-OCRv4 lines (both from a page rendered here), an ALTO file named
.alto, an OCR-D METS file. What matters: the text comes out in order, roles and
font sizes are read, no markup reaches an article, and bad input is refused with
one line.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import cli_path

from paperarchive.api import clean_file
from paperarchive.errors import NotTextError, PaperarchiveError, TooLargeError
from paperarchive.formats import MarkupError, read_page, unpack
from paperarchive.formats.abbyy import abbyy_regions
from paperarchive.formats.paddle import paddle_regions
from paperarchive.formats.page import page_regions
from paperarchive.formats.sniff import ABBYY, ALTO, MARKDOWN, METS, MINERU, PADDLE, PAGE, TSV, sniff
from paperarchive.formats.tsv import tsv_regions
from paperarchive.inputs import Passed, discover

REAL = Path(__file__).parent / "formats" / "real"
# What no article may hold: XML or HTML tags, ALTO element names, JSON keys, Markdown images, LaTeX.
MARKUP = re.compile(r"</?[A-Za-z][\w:-]*(?:\s+[\w:-]+\s*=\s*[\"'][^\"']*[\"'])*\s*/?>|TextBlock|TextLine|\"text\"\s*:|!\[[^\]]*\]\(|\\[A-Za-z]{2,}|\$\$|\\%|charParams")


def article_words(path: Path) -> str:
    """Everything the cleaner put in the page's articles: every field, one a line."""
    page = clean_file(path).page
    parts = []
    for article in page.articles:
        parts += [article.section or "", article.kicker or "", article.title or "", article.subtitle or ""]
        parts += [article.byline or "", article.source or ""] + article.pull_quotes
        parts += article.headings + article.paragraphs
        parts += [f"{caption.text} {caption.credit or ''}" for caption in article.captions]
    return "\n".join(part for part in parts if part)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


# -- every real file: read, in its format, with no markup in any article ---------------------------


FORMATS = {
    "abbyy10_417589220_0018.xml": ABBYY,
    "abbyy8_184853.xml.gz": ABBYY,
    "alto2_abbyy11_417576986_0012.alto": ALTO,
    "mineru_demo1.md": MARKDOWN,
    "mineru_demo1_content_list.json": MINERU,
    "mineru_report.md": MARKDOWN,
    "mineru_report_content_list.json": MINERU,
    "page2017_simple.xml": PAGE,
    "page2019_kant_0017.xml": PAGE,
    "rapidocr_ppocrv4_two_columns.json": PADDLE,
    "tesseract5_chi_sim_two_columns.tsv": TSV,
    "mets_kant_aufklaerung_1784.xml": METS,
}


def test_every_real_sample_is_listed_in_sources():
    listed = {line.split("\t")[0] for line in (REAL / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()[1:]}
    assert listed == {p.name for p in REAL.iterdir() if p.name != "SOURCES.tsv"} == set(FORMATS)


@pytest.mark.parametrize("name", sorted(FORMATS), ids=sorted(FORMATS))
def test_each_real_file_is_sniffed_by_its_content(name):
    data = (REAL / name).read_bytes()
    data = gzip.decompress(data) if name.endswith(".gz") else data
    assert sniff(data[:65536].decode("utf-8", "replace"), name) == FORMATS[name]
    # the name is no part of it, but for Markdown (which has no signature of its own)
    if FORMATS[name] != MARKDOWN:
        assert sniff(data[:65536].decode("utf-8", "replace"), "renamed.txt") == FORMATS[name]


@pytest.mark.parametrize("name", sorted(n for n, kind in FORMATS.items() if kind != METS))
def test_no_markup_reaches_an_article(name):
    text = article_words(REAL / name)
    assert text.strip(), f"{name}: no article"
    leaks = MARKUP.findall(text)
    assert not leaks, f"{name}: {leaks[:5]}"


# -- PAGE XML --------------------------------------------------------------------------------------


def test_page_xml_region_types_become_roles_and_region_text_is_the_fallback():
    """PRImA's example keeps its text on the regions only (the line TextEquiv is empty)."""
    regions = page_regions((REAL / "page2017_simple.xml").read_text(encoding="utf-8"))[0]
    assert [r.role for r in regions][:2] == ["heading", "paragraph"]
    assert regions[0].lines[0].text == "The PAGE Format"
    assert regions[1].lines[0].text.startswith("There is a plethora of established and proposed")
    page = clean_file(REAL / "page2017_simple.xml").page
    assert page.articles[0].title == "The PAGE Format"


def test_page_xml_is_read_in_its_reading_order_from_its_lines():
    path = REAL / "page2019_kant_0017.xml"
    root = ET.parse(path).getroot()
    ns = {"p": root.tag[1:].partition("}")[0]}
    refs = sorted(root.iterfind(".//p:ReadingOrder//p:RegionRefIndexed", ns), key=lambda e: int(e.get("index")))
    by_id = {e.get("id"): e for e in root.iterfind(".//p:TextRegion", ns)}
    first_lines = []
    for ref in refs:
        line = by_id[ref.get("regionRef")].find("p:TextLine/p:TextEquiv/p:Unicode", ns)
        if line is not None and (line.text or "").strip():
            first_lines.append(" ".join(line.text.split()))
    regions = page_regions(path.read_text(encoding="utf-8"))[0]
    assert [r.lines[0].text for r in regions][: len(first_lines)] == first_lines
    assert regions[0].lines[0].box is not None  # Coords points → boxes
    assert "Aufklärung" in article_words(path) or "Aufklaͤrung" in article_words(path)


def test_page_xml_reading_order_wins_over_geometry():
    text = (REAL / "page2017_simple.xml").read_text(encoding="utf-8")
    def first_lines(doc):
        return [region.lines[0].text[:15] for region in page_regions(doc)[0]]

    assert first_lines(text)[:3] == ["The PAGE Format", "There is a plet", "The suitability"]
    swapped = text.replace('regionRef="r0" index="0"', 'regionRef="r0" index="9"')
    # r0 now comes after r1 and r2, the regions the order names; the table it does not name follows
    assert first_lines(swapped)[:4] == ["There is a plet", "The suitability", "The PAGE Format", "Column 1"]


# -- ABBYY FineReader XML --------------------------------------------------------------------------


def test_abbyy_text_in_formatting_elements_is_read_in_block_order():
    regions = abbyy_regions((REAL / "abbyy10_417589220_0018.xml").read_text(encoding="utf-8"))[0]
    text = "\n".join(line.text for region in regions for line in region.lines)
    assert "les ecclésiastiques à paroître" in text.replace("\n", " ")
    assert all(line.box is not None for region in regions for line in region.lines)


def test_abbyy_characters_and_font_sizes_are_read_and_a_gzipd_file_reads_as_what_it_holds():
    xml = unpack((REAL / "abbyy8_184853.xml.gz").read_bytes(), 16).decode("utf-8")
    regions = abbyy_regions(xml)[0]
    lines = [line for region in regions for line in region.lines]
    sizes = {line.text[:14]: line.size for line in lines}
    assert sizes["Aus Stuttgart."] == 9.0  # fs="9."
    assert sizes["Leere Gerüchte"] == 7.0  # the summary under the heading, set smaller
    assert "Aus Stuttgart." in article_words(REAL / "abbyy8_184853.xml.gz")


# -- Tesseract TSV and PaddleOCR -------------------------------------------------------------------


def test_tesseract_tsv_words_make_lines_and_nothing_of_the_table_leaks():
    text = (REAL / "tesseract5_chi_sim_two_columns.tsv").read_text(encoding="utf-8")
    lines = [line.text for region in tsv_regions(text)[0] for line in region.lines]
    assert lines[0].startswith("正视")  # the headline comes first
    words = article_words(REAL / "tesseract5_chi_sim_two_columns.tsv")
    assert "page_num" not in words and "\t" not in words
    assert "勇于直面问题" in compact(words)


def test_paddleocr_lines_are_grouped_into_columns_read_one_after_the_other():
    data = json.loads((REAL / "rapidocr_ppocrv4_two_columns.json").read_text(encoding="utf-8"))
    regions = paddle_regions(data)[0]
    text = compact("".join(line.text for region in regions for line in region.lines))
    assert text.startswith("正视“真问题”才有“真办法”")
    left, right = text.index("作为应对复杂局面"), text.index("践中产生")
    assert left < right  # the left column, all of it, before the right column
    assert len(regions) < len(data[0]) / 3  # lines grouped into regions, not one region a line
    assert text.index("不可或缺的硬素质") < right  # a left-column line stays with its column


def test_paddleocr_3_results_with_rec_texts_are_read():
    data = json.loads((REAL / "rapidocr_ppocrv4_two_columns.json").read_text(encoding="utf-8"))[0]
    as_v3 = {"res": {"input_path": "page.png", "rec_texts": [line[1][0] for line in data],
                     "rec_scores": [line[1][1] for line in data], "rec_polys": [line[0] for line in data]}}
    v2 = [line.text for region in paddle_regions([data])[0] for line in region.lines]
    v3 = [line.text for region in paddle_regions(as_v3)[0] for line in region.lines]
    assert v2 == v3


# -- MinerU ----------------------------------------------------------------------------------------


def test_mineru_markdown_drops_images_unwraps_latex_and_sets_tables_apart():
    text = read_page("report.md", (REAL / "mineru_report.md").read_text(encoding="utf-8"))
    assert "![](" not in text and "<table" not in text and "<td>" not in text and "$" not in text
    assert "同比+24.4%" in text and "提升约 30%" in text and "yangyx @ tebon.com.cn" in text
    assert "营业收入(百万元)   746   1,567" in text  # a table row, cells set apart
    words = article_words(REAL / "mineru_report.md")
    assert "营业收入(百万元)" not in words  # the table is furniture, not running text
    assert "光伏金刚线需求22年提升源于两方面" in words


def test_a_subscript_spaced_token_by_token_joins_its_formula():
    # Marker spaces every token of a formula: "$\\mathrm { P M } _ { 2 . 5 }$" prints PM2.5, not PM_2.5
    page = "## 空气质量持续改善\n\n全市$\\mathrm { P M } _ { 2 . 5 }$年均浓度下降$4 . 2 \\%$，$\\mathrm { S O } _ { 2 }$浓度持平。\n"
    text = read_page("air.md", page)
    assert "全市PM2.5年均浓度下降4.2%，SO2浓度持平。" in text


def test_mineru_content_list_reads_like_its_markdown():
    from_list = compact(article_words(REAL / "mineru_report_content_list.json"))
    from_markdown = compact(article_words(REAL / "mineru_report.md"))
    assert "同比+24.4%" in from_list
    sentence = "公司于2021年对金刚线进行“1机12线”技改"
    assert sentence in from_list and sentence in from_markdown


def test_mineru_english_paper_keeps_captions_and_drops_equations():
    words = article_words(REAL / "mineru_demo1_content_list.json")
    assert "Fig. 1. Annual flow duration curves of daily flows from Pine Creek" in words
    assert "\\frac" not in words and "exp" not in words.split()
    assert "exceeded 95% of the time" in words


def test_the_markdown_beside_a_content_list_is_the_same_page(tmp_path):
    for name in ("mineru_report.md", "mineru_report_content_list.json"):
        shutil.copy(REAL / name, tmp_path / name)
    found = list(discover([tmp_path]))
    read = [item.path.name for item in found if not isinstance(item, Passed)]
    passed = [item for item in found if isinstance(item, Passed)]
    assert read == ["mineru_report_content_list.json"]
    assert [Path(p.path).name for p in passed] == ["mineru_report.md"]
    assert "richer file beside it" in passed[0].reason


# -- named differently, gzip'd, or no page at all ----------------------------------------------------


def test_an_alto_file_named_alto_is_read_as_alto(tmp_path):
    text = article_words(REAL / "alto2_abbyy11_417576986_0012.alto")
    assert "String" not in text and "CONTENT=" not in text
    renamed = tmp_path / "page.txt"
    shutil.copy(REAL / "alto2_abbyy11_417576986_0012.alto", renamed)
    assert article_words(renamed) == text


def test_a_mets_file_is_named_and_not_read():
    with pytest.raises(MarkupError) as refused:
        clean_file(REAL / "mets_kant_aufklaerung_1784.xml")
    assert str(refused.value) == "not a page: a METS file (an issue's structure and the files it names)"
    assert "give clean its page files" in refused.value.hint


def test_gzip_bombs_and_archives_are_refused_with_one_line(tmp_path):
    bomb = gzip.compress(b"<alto>" + b" " * (20 * 1024 * 1024))
    with pytest.raises(TooLargeError, match="unpacks to more than 16 MB"):
        unpack(bomb, 16)
    tarball = tmp_path / "pages.tar"
    subprocess.run(["tar", "-cf", tarball, "-C", REAL, "page2017_simple.xml"], check=True)
    for data, what in ((tarball.read_bytes(), "a tar archive"), (gzip.compress(tarball.read_bytes()), "a tar archive, gzip'd")):
        with pytest.raises(NotTextError, match=f"^unsupported format: {what}$"):
            unpack(data, 16)


@pytest.mark.parametrize(
    "name, damage, reason",
    [
        ("page2017_simple.xml", lambda t: t[: len(t) // 2], r"^not well-formed PAGE XML: "),
        ("abbyy10_417589220_0018.xml", lambda t: t.replace("<document", '<!DOCTYPE d SYSTEM "file:///etc/passwd"><document', 1),
         r"^refused: the XML declares a document type \(<!DOCTYPE>\), which ABBYY FineReader XML never needs"),
        ("rapidocr_ppocrv4_two_columns.json", lambda t: t[:-40], r"^not well-formed PaddleOCR result JSON: "),
        ("mineru_report_content_list.json", lambda t: "[" * 100_000 + t, r"^refused: JSON nested more than 64 levels deep"),
        ("rapidocr_ppocrv4_two_columns.json", lambda t: t.replace("[[[[[", "[" * 100_000, 1), r"^refused: JSON nested more than 64 levels deep"),
        ("tesseract5_chi_sim_two_columns.tsv", lambda t: re.sub(r"\n(1\t1)\t0\t0\t0\t0\t", r"\n\1 0 0 0 0 ", t, count=1),
         r"^not well-formed Tesseract TSV: line 2 has "),
    ],
    ids=["truncated PAGE", "ABBYY with a DTD", "truncated PaddleOCR", "deep MinerU JSON", "deep PaddleOCR JSON", "broken TSV"],
)
def test_broken_or_hostile_files_of_a_known_format_are_refused_with_the_parsers_reason(name, damage, reason):
    text = damage((REAL / name).read_text(encoding="utf-8"))
    started = time.perf_counter()
    with pytest.raises(PaperarchiveError, match=reason) as refused:
        read_page(name, text)
    assert "\n" not in str(refused.value)
    assert time.perf_counter() - started < 2


def test_json_that_is_no_ocr_result_is_refused_and_a_page_starting_with_a_bracket_is_text():
    with pytest.raises(MarkupError, match="^not a page: JSON that is no MinerU content list, PaddleOCR result or Textract response$"):
        read_page("config.json", '{"name": "paperarchive", "version": 1}')
    assert read_page("p.txt", "[Continued from page 1]\nThe harbor froze.") == "[Continued from page 1]\nThe harbor froze."


# -- a folder ingest accounts for every file --------------------------------------------------------


def run(*args, env=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


def test_a_folder_ingest_accounts_for_every_file(tmp_path, env):
    folder = tmp_path / "delivery"
    shutil.copytree(REAL, folder)
    (folder / "images").mkdir()
    (folder / "images" / "p1.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(64))
    (folder / "images" / "p1.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (folder / "scan.pdf").write_bytes(b"%PDF-1.7\n" + bytes(64))
    shutil.make_archive(str(folder / "batch"), "zip", REAL, "page2017_simple.xml")
    (folder / ".DS_Store").write_bytes(bytes(16))
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (folder / "page_copy.xml.gz").write_bytes(gzip.compress((REAL / "page2019_kant_0017.xml").read_bytes()))
    every_file = sorted(p for p in folder.rglob("*") if p.is_file())

    out = run("--index", tmp_path / "ix", "ingest", "--verbose", folder, env=env)
    assert "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    named = {line.split(": ", 2)[1] for line in lines if re.match(r"  (ingested|unchanged|passed over|skipped|failed): /", line)}
    assert named == {str(p) for p in every_file}  # every file, each named once with --verbose
    found = next(line for line in lines if line.startswith("  files found: "))
    assert found.startswith(f"  files found: {len(every_file)} ")
    counts = {reason: int(n) for n, reason in re.findall(r"  passed over: (\d+) (.*)", out.stderr)}
    assert counts == {
        "not a page: an image": 2,
        "unsupported format: a zip archive (unpack it first)": 1,
        "not a page: METS file (its pages are read from their own files)": 1,
        "hidden (its name starts with a dot)": 1,
        "not a page: a .csv file": 1,
        "not a page: a .tsv file": 1,  # SOURCES.tsv
        "the same page is read from a richer file beside it (MinerU content list)": 2,
    }
    assert "ingested 10 pages" in lines[0]  # every page file read: 12 samples, less METS and 2 Markdown twins, plus the gzip'd copy
    assert f"  skipped: {folder / 'scan.pdf'}: malformed PDF" in out.stderr  # read as a PDF, and it is broken
    assert out.returncode == 2, out.stderr  # the one file that could not be read
    assert f"  ingested: {folder / 'page_copy.xml.gz'}" in lines

    again = run("--index", tmp_path / "ix", "ingest", folder, env=env)
    assert "unchanged, skipped: 10" in again.stderr and again.returncode == 2  # the broken PDF, named again


def test_ingesting_a_mets_file_reads_the_richest_file_of_each_page_it_names(tmp_path, env):
    """OCR-D's METS names a PAGE and an ALTO file (without .xml) for pages 17 and 20; only 17 is here."""
    shutil.copy(REAL / "mets_kant_aufklaerung_1784.xml", tmp_path / "mets.xml")
    (tmp_path / "OCR-D-GT-PAGE").mkdir()
    (tmp_path / "OCR-D-GT-ALTO").mkdir()
    shutil.copy(REAL / "page2019_kant_0017.xml", tmp_path / "OCR-D-GT-PAGE" / "PAGE_0017_PAGE.xml")
    shutil.copy(REAL / "alto2_abbyy11_417576986_0012.alto", tmp_path / "OCR-D-GT-ALTO" / "PAGE_0017_ALTO.xml")
    out = run("--index", tmp_path / "ix", "ingest", "--verbose", tmp_path / "mets.xml", env=env)
    assert f"  ingested: {tmp_path / 'OCR-D-GT-PAGE' / 'PAGE_0017_PAGE.xml'}" in out.stderr  # PAGE, the richer
    assert "PAGE_0017_ALTO" not in out.stderr
    assert f"  failed: {tmp_path / 'mets.xml'}: it names OCR-D-GT-PAGE/PAGE_0020_PAGE, which is not there" in out.stderr
    assert out.returncode == 2 and "ingested 1 page" in out.stderr
