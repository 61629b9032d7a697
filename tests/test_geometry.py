"""Geometry on real engine and library output (tests/formats/real-geometry, SOURCES.tsv there):
word spacing, hyphens, reading order, story breaks, furniture, vertical CJK."""

from pathlib import Path

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

REAL = Path(__file__).parent / "formats" / "real-geometry"


def cleaned(name: str):
    path = REAL / name
    return clean_blocks(read_blocks(path, path.read_text(encoding="utf-8")))


def all_text(page) -> str:
    return "\n".join(p for a in page.articles for p in [a.title or "", *a.paragraphs])


def test_tesseract_cuts_cjk_lines_into_words_and_the_gaps_are_no_spaces():
    for name in ("tesseract_chi_sim_word_gaps.hocr", "tesseract_chi_sim_word_gaps.alto.xml"):
        text = all_text(cleaned(name))
        assert "周边十一个小区两万户居民" in text, name
        assert "报道:周边" in text and "逐户上门登记" in text, name
        assert "本报讯 记者" in text, name  # the one space printed stays


def test_alto_subs_content_writes_the_split_word_whole_so_it_can_be_found():
    text = all_text(cleaned("chronam_nytribune_1903_excerpt.alto.xml"))
    assert "the Louisiana Purchase" in text and "Louis- iana" not in text and "Louis-iana" not in text


def test_a_story_under_its_own_headline_though_the_story_above_breaks_off_mid_word():
    """chronam: THE BEGINNINGS OF EXPANSION ends its column on "or-"; the Devery story's
    decks stand apart under its headline, and that space used to open a headless story that
    the broken-off one took in ("a story's body filed under the previous headline")."""
    page = cleaned("chronam_nytribune_1903_excerpt.alto.xml")
    devery = next(a for a in page.articles if a.title and "DEVER" in a.title)
    assert devery.paragraphs[0].startswith("William S. Devery paid his respects")
    assert "Says Candidate Will Make" in devery.subtitle
    beginnings = next(a for a in page.articles if a.title == "THE BEGINNINGS OF EXPANSION.")
    assert not any("Devery" in p for p in beginnings.paragraphs)


def test_the_masthead_row_on_top_of_the_page_is_furniture():
    page = cleaned("chronam_nytribune_1903_excerpt.alto.xml")
    assert "PRICE THREE CENTS." in page.furniture and "VOIV O1 LXIII----N 0 20.620." in page.furniture
    assert not any("PRICE THREE CENTS" in (a.title or "") for a in page.articles)


def test_a_column_sized_text_block_is_cut_at_the_headlines_printed_in_it():
    """iArchives made the whole first column one TextBlock: five stories, one paragraph."""
    titles = [a.title or "" for a in cleaned("iarchives_winchester_1910_column.alto.xml").articles]
    assert "BURLEY POOL SALES TUESDAY" in titles
    # "IMPORTANCE OF THE" / "STUDY OF FORESTRY": one story under both decks (the engine's
    # "Ic IMPORTANCE OFTHT I" is the title, the second deck its subtitle)
    forestry = [a for a in cleaned("iarchives_winchester_1910_column.alto.xml").articles if "IMPORTANCE" in (a.title or "")]
    assert forestry and "STUDY OF FORESTRY" in f"{forestry[0].title} {forestry[0].subtitle}"
    assert any(t.startswith("CHILD FALLS AND") for t in titles)
    assert len(titles) >= 4


def test_a_vertical_japanese_page_reads_its_columns_right_to_left():
    (article, *_) = cleaned("gcv_jp_vert_excerpt.hocr").articles
    assert article.title == "光学文字認識"
    assert article.paragraphs[0].startswith(
        "光学文字認識(こうがくもじにんしき、Optical character recognition)は、活字の文書の画像(通常イメージスキャナーで取り込まれる)"
    )


def test_a_hyphen_the_engine_left_a_space_after_is_joined_as_at_a_line_end():
    assert "WAISTCOAT-POCKET, and looked at it" in all_text(cleaned("ocropus_alice.hocr"))


def test_a_region_role_from_a_format_becomes_the_blocks_kind():
    from paperarchive.formats.reading import Box, Line, Region, to_blocks

    def region(text, top, role=None, height=30):
        return Region((Line(text, Box(0, top, 600, top + height)),), Box(0, top, 600, top + height), role)

    blocks = to_blocks([
        region("Page 5", 0, "header"),
        region("The fleet sailed again on Monday.", 40, "paragraph"),
        region("Harbor ice breaks up", 80, "heading", 60),
        region("The ice in the harbor broke up on Monday morning, and the first boats came in.", 160, "paragraph"),
        region("The schooner at her berth.", 200, "caption"),
        region("15", 260, "page-number"),
    ])
    assert [b.kind.value for b in blocks] == ["furniture", "unknown", "short", "unknown", "caption", "furniture"]
    assert blocks[2].gap == 2  # headline type (twice the body's height) after text opens a story


def test_line_size_is_the_type_size_where_every_line_has_one():
    from paperarchive.formats.reading import Box, Line, Region, to_blocks

    body = [Line(f"line {i} of the story.", Box(0, 100 + 20 * i, 600, 118 + 20 * i), 9.0) for i in range(6)]
    # The same box height as the text, but set in 24-point type: a headline by its size.
    head = Line("FLEET RIDES OUT GALE", Box(0, 240, 600, 258), 24.0)
    more = [Line(f"more {i} of it.", Box(0, 270 + 20 * i, 600, 288 + 20 * i), 9.0) for i in range(3)]
    blocks = to_blocks([Region(tuple(body)), Region((head, *more))])
    assert [(b.lines[0], b.gap) for b in blocks if b.gap] == [("FLEET RIDES OUT GALE", 2), ("more 0 of it.", 1)]


def test_a_vertical_chinese_page_reads_headline_then_tiers_right_to_left():
    """tesseract chi_sim_vert boxes each column as a tall narrow line; the blocks of one tier
    were read left to right before (表示感谢。 first, the headline last)."""
    (article,) = cleaned("tesseract_chi_sim_vert_two_tiers.hocr").articles
    assert article.title == "枫老估里笑声多"  # 敬老院里笑声多, as the engine read it
    first, second = article.paragraphs
    assert first.startswith("重阳节前夕社区志愿者走进") and first.endswith("老人们纷纷表示感谢。")
    assert second.startswith("知全市将新增养老床位三千张")


def test_hocr_x_fsize_is_the_lines_type_size():
    from paperarchive.formats.hocr import hocr_regions

    def line(top, size, words):
        spans = " ".join(f"<span class='ocrx_word' title='bbox 0 {top} 90 {top + 20}; x_fsize {size}'>{w}</span>" for w in words)
        return f"<span class='ocr_line' title='bbox 0 {top} 600 {top + 20}'>{spans}</span>"

    doc = f"<div class='ocr_page' title='bbox 0 0 600 400'><p class='ocr_par'>{line(0, 9, ['the', 'end.'])}{line(30, 22, ['BIG'])}</p></div>"
    (region,) = hocr_regions(doc)[0]
    assert [line.size for line in region.lines] == [9.0, 22.0]


def test_unpunctuated_ocr_ends_a_paragraph_at_a_short_line_and_keeps_specks_out_of_the_text():
    """iArchives dropped every punctuation mark ("noPunctuation:1"): "pen 1ed for several days"
    stops short, so "r The reason for the postponement" opens the next paragraph, marked as
    opened by the layout (indent); the specks read as lines ("t", "J") leave the text."""
    path = REAL / "iarchives_winchester_1910_column.alto.xml"
    blocks = read_blocks(path, path.read_text(encoding="utf-8"))
    (reason,) = [b for b in blocks if b.lines[0].startswith("r The reason for the postponement")]
    before = blocks[blocks.index(reason) - 1]
    assert before.lines[-1] == "pen 1ed for several days" and reason.gap == 0 and reason.indent
    specks = [b for b in blocks if b.kind.value == "furniture"]
    assert specks and all(sum(ch.isalnum() for ch in line) < 3 for b in specks for line in b.lines)
    page = clean_blocks(blocks)
    assert not any(p in ("t", "J") for a in page.articles for p in a.paragraphs)


def test_a_drop_capital_goes_back_in_front_of_its_line_and_a_detached_hyphen_joins_its_word():
    """OCR-D ground truth: the A of "Aufklärung" is a region of its own, the first line's box
    is stretched over it, and "Men" "-" are two Strings at the line end."""
    text = all_text(cleaned("ocrd_kant_1784_p17.alto.xml"))
    assert "Aufklaͤrung iſt der Ausgang des Menſchen aus ſeiner ſelbſt verſchuldeten Unmuͤndigkeit." in text
    assert "\nA\n" not in f"\n{text}\n"


def test_a_signature_set_flush_right_under_the_text_is_its_byline():
    page = cleaned("chronam_nytribune_1903_excerpt.alto.xml")
    (signed,) = [a for a in page.articles if any("Cardinal Vaughan" in p for p in a.paragraphs)]
    assert signed.byline == "I. W. F." and signed.paragraphs[-1].endswith("resume active duty.")


def test_a_reader_that_orders_by_boxes_alone_still_gets_a_vertical_page_in_order():
    """The other readers (PAGE, ABBYY, TSV, PaddleOCR) order their regions with
    `reading_order` on the boxes; `to_blocks` reads a vertical page right to left all the same."""
    from paperarchive.formats.hocr import _Reader
    from paperarchive.formats.reading import reading_order, to_blocks

    reader = _Reader()
    reader.feed((REAL / "gcv_jp_vert_excerpt.hocr").read_text(encoding="utf-8"))
    reader.close()
    regions = [region.region() for region in reader.pages[0] if region.lines]
    by_boxes = [regions[i] for i in reading_order([r.box for r in regions])]
    (article, *_) = clean_blocks(to_blocks(by_boxes)).articles
    assert article.title == "光学文字認識"
    assert article.paragraphs[0].startswith("光学文字認識(こうがくもじにんしき、Optical character recognition)は、")
