"""Amazon Textract's output read by content (issue 11): its response JSON, with and without
layout blocks, and the list of layout blocks a script saves (each text said twice over).

Every page here is written for the test: a head across two columns and a footer.
"""

from __future__ import annotations

import json

from paperarchive.api import clean_file
from paperarchive.formats import read_page
from paperarchive.formats.sniff import TEXTRACT, TEXTRACT_LAYOUT, sniff
from paperarchive.formats.textract import textract_layout_text, textract_regions

HEAD = "Ferry Service Resumes"
LEFT = [
    "The ferry between the two harbours",
    "sailed again on Monday morning after",
    "a winter of repairs to its engines.",
]
RIGHT = [
    "Tickets cost the same as last year,",
    "the harbour master said, and the first",
    "boat was full before it left the quay.",
]
FOOT = "Harbour Weekly, page 3"


def _block(kind: str, ident: str, left: float, top: float, width: float, height: float, text: str | None = None, children=()) -> dict:
    block = {"BlockType": kind, "Id": ident, "Confidence": 99.1, "Page": 1,
             "Geometry": {"BoundingBox": {"Width": width, "Height": height, "Left": left, "Top": top}}}
    if text is not None:
        block["Text"] = text
    if children:
        block["Relationships"] = [{"Type": "CHILD", "Ids": list(children)}]
    return block


def _response(layout: bool) -> dict:
    """A page as Textract returns it: the lines listed row by row across the columns (as its
    LINE blocks come), each line's WORDs after the lines, layout blocks (if asked for) last."""
    lines = [_block("LINE", "head", 0.1, 0.05, 0.8, 0.04, HEAD)]
    for row, (left, right) in enumerate(zip(LEFT, RIGHT)):
        top = 0.12 + row * 0.022
        lines += [_block("LINE", f"l{row}", 0.1, top, 0.38, 0.018, left), _block("LINE", f"r{row}", 0.52, top, 0.38, 0.018, right)]
    lines.append(_block("LINE", "foot", 0.1, 0.95, 0.3, 0.015, FOOT))
    words = [_block("WORD", f"{line['Id']}w{k}", 0.1, 0.1, 0.05, 0.01, word) for line in lines for k, word in enumerate(line["Text"].split())]
    blocks = [_block("PAGE", "page", 0, 0, 1, 1, children=[line["Id"] for line in lines])] + lines + words
    if layout:
        blocks += [
            _block("LAYOUT_TITLE", "L1", 0.1, 0.05, 0.8, 0.04, children=["head"]),
            _block("LAYOUT_TEXT", "L2", 0.1, 0.12, 0.38, 0.066, children=["l0", "l1", "l2"]),
            _block("LAYOUT_TEXT", "L3", 0.52, 0.12, 0.38, 0.066, children=["r0", "r1", "r2"]),
            _block("LAYOUT_FOOTER", "L4", 0.1, 0.95, 0.3, 0.015, children=["foot"]),
        ]
    return {"DocumentMetadata": {"Pages": 1}, "Blocks": blocks, "AnalyzeDocumentModelVersion": "1.0"}


def _page(tmp_path, data, name: str):
    path = tmp_path / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return clean_file(path).page


def test_a_textract_response_is_sniffed_by_its_blocks_whatever_its_name():
    text = json.dumps(_response(layout=False))
    assert sniff(text, "page.txt") == TEXTRACT
    assert sniff(json.dumps([{"block_type": "LAYOUT_TEXT", "reading_order": 1, "ocr_result": "a a"}])) == TEXTRACT_LAYOUT
    # other JSON stays what it was: a PaddleOCR 3.x result, a list of objects of no OCR engine
    assert sniff('{"res": {"rec_texts": ["x"]}}') != TEXTRACT
    assert sniff('[{"type": "LAYOUT_TEXT", "text": "x"}]') is None


def test_lines_without_a_layout_are_grouped_into_columns_read_one_after_the_other():
    regions = textract_regions(_response(layout=False))[0]
    texts = [[line.text for line in region.lines] for region in regions]
    assert [HEAD] in texts
    assert LEFT in texts and RIGHT in texts  # each column one region, its lines in order
    assert texts.index(LEFT) < texts.index(RIGHT)  # the left column before the right, not row by row


def test_the_layout_gives_the_regions_their_order_and_roles():
    regions = textract_regions(_response(layout=True))[0]
    assert [(region.role, [line.text for line in region.lines]) for region in regions] == [
        ("heading", [HEAD]), (None, LEFT), (None, RIGHT), ("footer", [FOOT])]


def test_a_textract_page_cleans_to_its_story_with_the_footer_as_furniture(tmp_path):
    for layout in (True, False):
        page = _page(tmp_path, _response(layout), "scan-0003.json")
        (article,) = page.articles
        assert article.title == HEAD
        body = " ".join(article.paragraphs)
        assert body.startswith("The ferry between the two harbours sailed again") and body.endswith("before it left the quay.")
        assert body.index("a winter of repairs") < body.index("Tickets cost the same")
        assert FOOT not in body


def test_the_layout_blocks_a_script_saved_are_read_in_their_order_each_text_once(tmp_path):
    # LINE texts then WORD texts joined by the saving script: each text twice over; listed out of order.
    said_twice = lambda text: f"{text} {text}"  # noqa: E731
    items = [
        {"block_type": "LAYOUT_TEXT", "reading_order": 4, "ocr_result": said_twice("boat was full before it left the quay. Continued on page 2")},
        {"block_type": "LAYOUT_TITLE", "reading_order": 1, "ocr_result": said_twice(HEAD)},
        {"block_type": "LAYOUT_FIGURE", "reading_order": 3, "ocr_result": said_twice("NO ENTRY")},
        {"block_type": "LAYOUT_TEXT", "reading_order": 2, "ocr_result": said_twice(
            "The ferry between the two harbours sailed again on Monday morning after a winter of re- pairs to its engines,"
            " and the harbour master said that the first")},
    ]
    assert textract_layout_text(items).startswith(f"# {HEAD}\n\nThe ferry")
    page = _page(tmp_path, items, "aws_extract_ocr.json")
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == [
        "The ferry between the two harbours sailed again on Monday morning after a winter of repairs to its engines,"
        " and the harbour master said that the first boat was full before it left the quay."
    ]  # said once, the hyphen at a lost line end joined, the column's two blocks one paragraph, the jump line apart
    assert "NO ENTRY" not in json.dumps(page.articles[0].paragraphs)


def test_a_block_said_once_is_read_as_it_is():
    assert read_page("x.json", json.dumps([{"block_type": "LAYOUT_TEXT", "reading_order": 1, "ocr_result": "Bye bye"}])) == "Bye bye\n"


def test_a_layout_table_pointing_at_cells_keeps_its_lines_where_the_layout_reads_it():
    data = _response(layout=True)
    blocks = data["Blocks"]
    # A table between the head and the columns: Textract's LAYOUT_TABLE points at a TABLE block
    # (whose CELLs point at WORDs), not at the table's LINEs.
    rows = [_block("LINE", "t0", 0.1, 0.09, 0.8, 0.01, "Monday 08:00 Ferry 10:30"), _block("LINE", "t1", 0.1, 0.101, 0.8, 0.01, "Tuesday 08:00 Ferry 12:15")]
    blocks[1:1] = rows
    title = next(i for i, block in enumerate(blocks) if block["BlockType"] == "LAYOUT_TITLE")
    blocks.insert(title + 1, _block("LAYOUT_TABLE", "T", 0.09, 0.085, 0.82, 0.03, children=["table"]))
    blocks.append(_block("TABLE", "table", 0.09, 0.085, 0.82, 0.03))
    regions = textract_regions(data)[0]
    assert [region.role for region in regions] == ["heading", "table", None, None, "footer"]
    assert [line.text for line in regions[1].lines] == ["Monday 08:00 Ferry 10:30", "Tuesday 08:00 Ferry 12:15"]


def test_a_title_block_holding_a_story_end_and_its_jump_line_titles_only_the_next_story(tmp_path):
    said_twice = lambda text: f"{text} {text}"  # noqa: E731
    items = [
        {"block_type": "LAYOUT_TITLE", "reading_order": 1, "ocr_result": said_twice(HEAD)},
        {"block_type": "LAYOUT_TEXT", "reading_order": 2, "ocr_result": said_twice(
            "The ferry between the two harbours sailed again on Monday morning after a winter of repairs. - Tom Walker")},
        # one title block: the end of a story set beside it, its jump line, and the next story's head
        {"block_type": "LAYOUT_TITLE", "reading_order": 3, "ocr_result": said_twice(
            "the council will meet again in March to Continued on page 2 Bus Fares Rise Again")},
        {"block_type": "LAYOUT_TEXT", "reading_order": 4, "ocr_result": said_twice(
            "Fares on the town buses rise by ten pence from Monday, the council said yesterday.")},
    ]
    page = _page(tmp_path, items, "aws_extract_ocr.json")
    titles = [article.title for article in page.articles]
    assert titles[0] == HEAD and titles[-1] == "Bus Fares Rise Again"
    assert page.articles[0].byline == "Tom Walker"  # the signature apart from the last sentence
    assert not any("Continued on page" in paragraph for article in page.articles for paragraph in article.paragraphs)
    assert page.articles[-1].paragraphs == ["Fares on the town buses rise by ten pence from Monday, the council said yesterday."]


def test_a_head_labelled_as_text_and_a_writer_boxed_as_a_section_header_keep_one_story(tmp_path):
    said_twice = lambda text: f"{text} {text}"  # noqa: E731
    items = [
        # Textract labels display heads as text, and the writer's name under one as a section header
        {"block_type": "LAYOUT_TEXT", "reading_order": 1, "ocr_result": said_twice("Bus Fares Rise Again")},
        {"block_type": "LAYOUT_SECTION_HEADER", "reading_order": 2, "ocr_result": said_twice("Tom Walker")},
        {"block_type": "LAYOUT_TEXT", "reading_order": 3, "ocr_result": said_twice(
            "Fares on the town buses rise by ten pence from Monday, the council said yesterday.")},
        {"block_type": "LAYOUT_TEXT", "reading_order": 4, "ocr_result": said_twice("Assessing the fares")},
    ]
    text = textract_layout_text(items)
    assert text.startswith("# Bus Fares Rise Again\n\nTom Walker\n\nFares on")
    assert "# Assessing" not in text  # a line of text cut into a block of its own is in lower case
    page = _page(tmp_path, items, "aws_extract_ocr.json")
    assert [article.title for article in page.articles] == ["Bus Fares Rise Again"]


def test_a_marked_head_running_on_with_dots_is_a_head(tmp_path):
    path = tmp_path / "page.md"
    path.write_text(
        "# Council To Sit Till March...\n\nThe town council will sit every week until March, its clerk said"
        " yesterday. The budget is the first item.\n\nTraders welcomed the news.\n",
        encoding="utf-8",
    )
    (article,) = clean_file(path).page.articles
    assert article.title == "Council To Sit Till March..."
    assert article.paragraphs[0].startswith("The town council will sit")
