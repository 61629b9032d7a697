"""What a real library page's layout says that its text cannot: captions under pictures,
subheads inside a story, paragraph starts (formats/heads.py, formats/alto.py), on ALTO
written for each rule (a made-up front page with the boxes Chronicling America's have)."""

from paperarchive.formats import alto
from paperarchive.formats.reading import to_blocks
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks


def text_line(words: str, left: int, top: int, right: int, height: int = 40) -> str:
    strings = "<SP/>".join(f'<String CONTENT="{word}"/>' for word in words.split())
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{strings}</TextLine>'


def text_block(lines: list[tuple[str, int, int, int]], height: int = 40) -> str:
    left = min(x for _, x, _, _ in lines)
    top = min(t for _, _, t, _ in lines)
    right = max(r for _, _, _, r in lines)
    bottom = max(t for _, _, t, _ in lines) + height
    inner = "".join(text_line(words, x, t, r, height) for words, x, t, r in lines)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{inner}</TextBlock>'


def alto_page(*blocks: str) -> str:
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout><Page><PrintSpace>'
        + "".join(blocks)
        + "</PrintSpace></Page></Layout></alto>"
    )


STORY = [
    "The council met last night in the town hall and voted to",
    "build the new bridge over the river before the winter comes,",
    "after a debate that lasted until nearly midnight.",
    "The mayor said the work would begin on Monday next and that",
    "the contractors had promised to finish it by the first of May.",
]


def story(left: int, top: int, title: str) -> str:
    head = text_block([(title, left + 100, top, left + 900)], 60)
    body = text_block([(text, left, top + 100 + 45 * k, left + 1000) for k, text in enumerate(STORY)])
    return head + body


def picture(left: int, top: int, width: int, height: int) -> str:
    return (
        f'<ComposedBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}" TYPE="Illustration">'
        f'<GraphicalElement HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}"/></ComposedBlock>'
    )


def cleaned(document: str):
    return clean_blocks(to_blocks(alto.alto_regions(document)[0]))


def test_the_lines_under_a_picture_are_its_caption_and_credit_not_a_story():
    page = cleaned(alto_page(
        story(0, 0, "BRIDGE VOTED AT LAST."),
        picture(1100, 0, 800, 600),
        text_block([("MAYOR JOHN HALE.", 1250, 630, 1750), ("(Copyright: 1903: By Rockwood.)", 1200, 675, 1800)]),
        story(1100, 800, "FERRY TO STOP IN MAY."),
    ))
    captions = [caption for article in page.articles for caption in article.captions]
    assert [(c.text, c.credit) for c in captions] == [("MAYOR JOHN HALE.", "(Copyright: 1903: By Rockwood.)")]
    assert [a.title for a in page.articles] == ["BRIDGE VOTED AT LAST.", "FERRY TO STOP IN MAY."]


def test_a_caption_set_over_its_picture_is_one_when_nothing_captions_it_from_under():
    page = cleaned(alto_page(
        text_block([("THE NEW TOWN HALL, WHERE THE COUNCIL MET LAST NIGHT.", 100, 0, 1800)]),
        picture(0, 80, 1900, 500),
        story(0, 700, "BRIDGE VOTED AT LAST."),
    ))
    captions = [caption.text for article in page.articles for caption in article.captions]
    assert captions == ["THE NEW TOWN HALL, WHERE THE COUNCIL MET LAST NIGHT."]
    assert [a.title for a in page.articles] == ["BRIDGE VOTED AT LAST."]


def test_a_speck_boxed_as_a_picture_captions_nothing():
    document = alto_page(
        '<Illustration HPOS="400" VPOS="-50" WIDTH="40" HEIGHT="30"/>',
        story(0, 0, "BRIDGE VOTED AT LAST."),
    )
    blocks = to_blocks(alto.alto_regions(document)[0])
    assert not any(block.kind is Kind.CAPTION for block in blocks)
    assert [a.title for a in clean_blocks(blocks).articles] == ["BRIDGE VOTED AT LAST."]


def words_line(words: list[tuple[str, int, int]], top: int, height: int = 40) -> str:
    strings = "<SP/>".join(
        f'<String CONTENT="{text}" HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}"/>' for text, left, right in words
    )
    left, right = words[0][1], words[-1][2]
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{strings}</TextLine>'


def test_a_border_read_into_a_columns_line_ends_is_dropped_and_a_short_line_ends_its_paragraph():
    """A border beside the column, read as a letter or two at every line's end, far off the
    text: gone from the lines, and the line that stops short ends its paragraph again."""
    rows = [
        [("The", 0, 60), ("council", 80, 220), ("met", 240, 300), ("last", 320, 400), ("night", 420, 520), ("in", 540, 580), ("the", 600, 660), ("|H", 900, 940)],
        [("hall", 0, 80), ("and", 100, 160), ("voted", 180, 280), ("to", 300, 340), ("build", 360, 460), ("the", 480, 540), ("new", 580, 660), ("jH", 880, 940)],
        [("bridge.", 0, 140), ("M", 910, 940)],
        [("The", 40, 100), ("mayor", 120, 220), ("said", 240, 320), ("the", 340, 400), ("work", 420, 500), ("would", 520, 620), ("be", 625, 660), ("H", 905, 940)],
        [("done", 0, 80), ("by", 100, 140), ("May,", 160, 240), ("when", 260, 340), ("the", 360, 420), ("river", 440, 540), ("is", 560, 600), ("low.", 620, 660)],
    ]
    lines = "".join(words_line(row, 50 * k) for k, row in enumerate(rows))
    document = alto_page(f'<TextBlock HPOS="0" VPOS="0" WIDTH="940" HEIGHT="240">{lines}</TextBlock>')
    page = clean_blocks(to_blocks(alto.alto_regions(document)[0]))
    assert page.articles[0].paragraphs == [
        "The council met last night in the hall and voted to build the new bridge.",
        "The mayor said the work would be done by May, when the river is low.",
    ]


def test_a_tables_last_column_of_figures_is_no_border():
    rows = [[("Wheat", 0, 100), ("bushel", 120, 220), ("85", 880, 940)], [("Corn", 0, 80), ("bushel", 100, 200), ("62", 880, 940)],
            [("Oats", 0, 80), ("bushel", 100, 200), ("41", 880, 940)], [("Rye", 0, 60), ("bushel", 80, 180), ("70", 880, 940)]]
    lines = "".join(words_line(row, 50 * k) for k, row in enumerate(rows))
    document = alto_page(f'<TextBlock HPOS="0" VPOS="0" WIDTH="940" HEIGHT="190">{lines}</TextBlock>')
    assert [line.text for line in alto.alto_regions(document)[0][0].lines] == ["Wheat bushel 85", "Corn bushel 62", "Oats bushel 41", "Rye bushel 70"]


def test_a_line_set_out_past_the_column_by_a_speck_does_not_make_every_line_indented():
    """The column's edge is where most lines start: one line the engine began further left
    (a speck before it) leaves the others flush, and the indented line opens a paragraph."""
    from paperarchive.formats.reading import Box, Line, Region, paragraphs

    texts = [
        (". the council met last night and voted to build the", 100),
        ("new bridge over the river before the winter comes.", 130),
        ("The ferry, which has run for forty years, will stop", 131),
        ("when the bridge is opened to carts and to wagons.", 129),
        ("The mayor said the work would begin on Monday and", 165),
        ("that the contractors would finish it by the first", 130),
        ("of May, if the weather holds through the spring.", 128),
    ]
    region = Region(tuple(Line(text, Box(left, 40 * k, 1160, 40 * k + 34)) for k, (text, left) in enumerate(texts)))
    assert [len(lines) for lines, _ in paragraphs(region)] == [4, 3]


def test_hocr_lines_lose_a_borders_specks_too():
    from paperarchive.formats import hocr

    rows = [
        [("The", 0, 60), ("council", 80, 220), ("met", 240, 300), ("last", 320, 400), ("night", 420, 520), ("H", 900, 940)],
        [("and", 0, 60), ("voted", 80, 180), ("to", 200, 240), ("build", 260, 360), ("the", 380, 440), ("jH", 880, 940)],
        [("bridge", 0, 120), ("over", 140, 220), ("the", 240, 300), ("river", 320, 420), ("now.", 440, 520), ("M", 910, 940)],
    ]
    lines = "".join(
        f"<span class='ocr_line' title='bbox 0 {50 * k} 940 {50 * k + 40}'>"
        + " ".join(f"<span class='ocrx_word' title='bbox {left} {50 * k} {right} {50 * k + 40}'>{text}</span>" for text, left, right in row)
        + "</span>"
        for k, row in enumerate(rows)
    )
    page = f"<html><body><div class='ocr_page' title='bbox 0 0 1000 200'><p class='ocr_par'>{lines}</p></div></body></html>"
    assert [line.text for line in hocr.hocr_regions(page)[0][0].lines] == [
        "The council met last night", "and voted to build the", "bridge over the river now."
    ]


def test_a_cjk_tables_first_cells_a_wide_blank_off_the_row_are_no_border_specks():
    """A CJK table's rows in a block: each row's first cell, a name of three glyphs, stands a
    wide blank off the rest of its row, as a border's specks stand off a column's text; but an
    engine reads a border as marks and narrow letters, never as a word of ideographs."""
    from paperarchive.formats import hocr

    rows = [("北山队", "2:0", "南湖队"), ("西城队", "1:1", "东港队"), ("河口队", "3:2", "新村队"), ("林场队", "0:1", "渡口队")]
    lines = "".join(
        f"<span class='ocr_line' title='bbox 0 {40 * k} 660 {40 * k + 24}'>"
        + " ".join(f"<span class='ocrx_word' title='bbox {left} {40 * k} {left + 72} {40 * k + 24}'>{cell}</span>" for cell, left in zip(row, (0, 300, 588)))
        + "</span>"
        for k, row in enumerate(rows)
    )
    page = f"<html><body><div class='ocr_page' title='bbox 0 0 700 200'><p class='ocr_par'>{lines}</p></div></body></html>"
    assert [line.text.split()[0] for region in hocr.hocr_regions(page)[0] for line in region.lines] == ["北山队", "西城队", "河口队", "林场队"]


def test_a_one_line_block_over_the_text_it_heads_is_a_head_not_the_start_of_its_paragraph():
    """A head set in the text's own type (bold, which the box does not show), boxed as a
    block of its own, is not glued to the paragraph under it."""
    item = ["Londres, 20 novembre. Le ministre a reçu hier les délégués",
            "des ports du Nord et leur a promis une réponse avant la fin",
            "du mois, après avoir entendu les armateurs."]
    page = cleaned(alto_page(
        text_block([("La Grève des Dockers", 100, 0, 900)], 80),
        text_block([("Les délégués chez le ministre", 60, 100, 560)]),
        text_block([(text, 0, 145 + 45 * k, 1000) for k, text in enumerate(item)]),
        text_block([("Le retour au travail", 60, 300, 420)]),
        text_block([(text, 0, 345 + 45 * k, 1000) for k, text in enumerate(item)]),
    ))
    paragraphs = [p for article in page.articles for p in article.paragraphs]
    assert paragraphs == [" ".join(item)] * 2
    heads = [t for article in page.articles for t in (article.title, article.subtitle, *article.headings) if t]
    assert "Le retour au travail" in heads and any("Les délégués chez le ministre" in t for t in heads)


def test_hocr_lines_under_tesseracts_picture_are_its_caption():
    from paperarchive.formats import hocr

    def par(top, texts):
        lines = "".join(
            f"<span class='ocr_line' title='bbox 0 {top + 50 * k} 900 {top + 50 * k + 40}'>"
            + " ".join(f"<span class='ocrx_word'>{word}</span>" for word in text.split())
            + "</span>"
            for k, text in enumerate(texts)
        )
        return f"<p class='ocr_par' title='bbox 0 {top} 900 {top + 50 * len(texts)}'>{lines}</p>"

    page = (
        "<html><body><div class='ocr_page' title='bbox 0 0 1000 1400'>"
        "<div class='ocr_photo' title='bbox 0 0 900 500'></div>"
        + par(520, ["The mayor opens the bridge on Monday."])
        + par(700, STORY)
        + "</div></body></html>"
    )
    regions = hocr.hocr_regions(page)[0]
    assert [(r.role, r.lines[0].text) for r in regions][:2] == [("caption", "The mayor opens the bridge on Monday."), (None, STORY[0])]


def test_an_old_papers_head_stack_keeps_its_wrapped_last_deck_and_its_centred_byline():
    # The headline, a deck of two lines, a last deck wrapped like a paragraph in Title Case, the
    # writer's line centred with his company and regiment, then the story's indented text.
    stack = [
        text_block([("THE OLD MILL BRIGADE.", 150, 100, 850)], 60),
        text_block([("Its March from the River", 220, 200, 780), ("to the Northern Hills.", 240, 245, 760)]),
        text_block([
            ("Companies Which Held the Ford—Led by", 60, 320, 940),
            ("Brave Officers, Steadfast Men Saved the", 60, 365, 940),
            ("Train from Capture—Stirring Scenes.", 60, 410, 900),
        ]),
        text_block([("BY J. T. HARLAN,", 300, 490, 700), ("Co. F, 43d Ohio.", 320, 535, 680)]),
        text_block([(text, 100 if k == 0 else 60, 620 + 45 * k, 1000) for k, text in enumerate(STORY)]),
    ]
    [article] = cleaned(alto_page(*stack)).articles
    assert article.title == "THE OLD MILL BRIGADE."
    assert article.subtitle.endswith("Saved the Train from Capture—Stirring Scenes.")
    assert article.byline == "J. T. HARLAN, Co. F, 43d Ohio."
    assert article.paragraphs[0].startswith("The council met last night")
