"""A column rule an engine read as a glyph (`|`) between two columns it read across as one
(Tesseract on narrow-guttered papers with printed rules): the lines are cut at the rule and
each column read down before the next (`reading.cut_at_read_rules`), in hOCR, in a PDF's text
layer, and in the engine's plain text (`pdftotext._read_rules_blanked`)."""

from paperarchive.formats.hocr import hocr_regions

LEFT = [
    "The council met on Monday night",
    "with every member present, and the",
    "clerk read the minutes of the last",
    "meeting, which were confirmed after",
    "some discussion of the water rates.",
]
RIGHT = [
    "The bridge over the creek will be",
    "repaired before the winter floods,",
    "the engineer said, at a cost of",
    "about four hundred pounds, to be",
    "met from the roads fund this year.",
]


def hocr(rows: list[tuple[str, ...]], top: int = 100) -> str:
    """One ocr_par per two rows, as Tesseract groups them; each row's pieces are words 10
    pixels a letter, a piece at x 20 (left column), "|" at 395 (the rule), x 410 (right)."""
    lines = []
    for n, pieces in enumerate(rows):
        y = top + 24 * n
        words = []
        for piece, x in zip(pieces, (20, 395, 410) if len(pieces) == 3 else (20, 410)):
            for word in piece.split():
                words.append(
                    f"<span class='ocrx_word' title='bbox {x} {y} {x + 10 * len(word)} {y + 18}'>{word}</span>"
                )
                x += 10 * len(word) + 8
        right = max(int(w.split("bbox ")[1].split()[2]) for w in words)
        lines.append(f"<span class='ocr_line' title='bbox 20 {y} {right} {y + 18}'>{' '.join(words)}</span>")
    pars = ["".join(lines[k : k + 2]) for k in range(0, len(lines), 2)]
    body = "".join(f"<p class='ocr_par' title='bbox 20 100 800 400'>{par}</p>" for par in pars)
    return f"<html><body><div class='ocr_page' title='bbox 0 0 820 600'><div class='ocr_carea' title='bbox 20 100 800 400'>{body}</div></div></body></html>"


def read(rows) -> list[list[str]]:
    return [[line.text for line in region.lines] for region in hocr_regions(hocr(rows))[0]]


def test_rows_read_across_a_rule_are_read_as_two_columns():
    # the engine read the rule on four of the five rows; the fifth is cut at the same place
    rows = [(a, "|", b) for a, b in zip(LEFT[:4], RIGHT[:4])] + [(LEFT[4], RIGHT[4])]
    assert [text for region in read(rows) for text in region] == LEFT + RIGHT


def test_a_headline_across_both_columns_stops_the_rule():
    head = "THE SHIRE COUNCIL AND THE RIVERSIDE BRIDGE"  # "BRIDGE" stands across the rule
    rows = [(head,)] + [(a, "|", b) for a, b in zip(LEFT, RIGHT)]
    assert [text for region in read(rows) for text in region] == [head] + LEFT + RIGHT


def test_a_rule_with_text_on_one_side_only_cuts_nothing():
    # a rule at a column's outer edge (or the crop's) read as "|" after each of its lines
    rows = [(a + " |",) for a in LEFT]
    assert [text for region in read(rows) for text in region] == [a + " |" for a in LEFT]


def test_rows_without_a_rule_read_are_cut_at_the_gutter_their_words_leave_blank():
    # no mark on any row: the stripe between the columns that no word covers is the gutter
    rows = list(zip(LEFT, RIGHT))
    assert [text for region in read(rows) for text in region] == LEFT + RIGHT


def test_rows_whose_word_spaces_line_up_on_a_few_rows_only_are_not_cut():
    # one column: a space falls at one place on two rows, a word covers it on the others
    rows = [(LEFT[0],), (LEFT[0],), *[(text,) for text in LEFT[1:]]]
    assert [text for region in read(rows) for text in region] == [LEFT[0], LEFT[0], *LEFT[1:]]


# Tesseract's text output of two ruled CJK columns it read across as one line: the gutter is
# a run of spaces on some rows and the rule read as a mark, with a quote beside it, on others.
LEFT_ZH = ["本报讯 城西新建的菜市场今天开门", "营业，设有摊位一百二十个，蔬菜", "肉类和水产分区摆放。市场管理处",
           "介绍，摊位费比老市场低了两成，", "早上六点开门，晚上八点收市，停", "车场可停放汽车八十辆。"]
RIGHT_ZH = ["本报讯 城东图书馆昨天重新开放", "新增自习座位二百个，开放时间延", "长到晚上十点。馆长介绍，今年还",
            "将购进新书一万册，并开设周末亲", "子阅读课，每期招收二十个家庭，", "欢迎读者报名参加。"]


def tesseract_text(marks: list[str]) -> str:
    return "\n".join(f"{a}{mark}{b}" for a, b, mark in zip(LEFT_ZH, RIGHT_ZH, marks))


def test_tesseract_text_across_a_read_rule_is_read_as_two_columns():
    from paperarchive.formats.pdftotext import layout_regions

    regions = layout_regions(tesseract_text([" ”| ", "”| ", " | ", "“| ", "| ", "      | "]))
    assert [[line.text for line in region.lines] for region in regions] == [LEFT_ZH, RIGHT_ZH]


def test_text_rows_with_marks_at_no_one_place_are_not_columns():
    from paperarchive.formats.pdftotext import layout_regions

    rows = tesseract_text(["| ", "|", " | ", "| ", "| ", "| "]).splitlines()
    shifted = "\n".join(row[k:] + row[:k] for k, row in zip((0, 4, 8, 12, 16, 20), rows))
    assert layout_regions(shifted) is None


def ocr_layer_pdf(path, rows: list[tuple[str, str, str]]) -> None:
    """An OCR engine's invisible text layer (render mode 3): each row's left piece at x 20, its
    mark (the rule, read) at 172 and its right piece at 180, 14 points apart down the page."""
    from reportlab.pdfgen import canvas

    drawing = canvas.Canvas(str(path), pagesize=(420, 200))
    for n, pieces in enumerate(rows):
        for text, x in zip(pieces, (20, 172, 180)):
            layer = drawing.beginText(x, 180 - 14 * n)
            layer.setTextRenderMode(3)
            layer.setFont("Helvetica", 9)
            layer.textOut(text)
            drawing.drawText(layer)
    drawing.showPage()
    drawing.save()


def test_a_pdf_text_layer_read_across_a_rule_is_read_as_two_columns(tmp_path):
    # The PDF's words keep their boxes, as hOCR's do: the rows are cut at the rule read as "|".
    from paperarchive.formats import read_blocks, split_pages

    ocr_layer_pdf(tmp_path / "page.pdf", [(a, "|", b) for a, b in zip(LEFT, RIGHT)])
    page = split_pages("page.pdf", (tmp_path / "page.pdf").read_bytes())[0]
    assert [line for block in read_blocks("page.pdf", page.text) for line in block.lines] == LEFT + RIGHT


def test_rows_blank_across_the_page_part_a_columns_head_byline_and_text():
    # Tesseract sets a blank line between the blocks it found: the kicker's lines, the headline,
    # the byline and the text over the left column are blocks of their own, though the column's
    # lines fall on every other row as often as not (as a -layout column between its neighbour's).
    from paperarchive.formats.pdftotext import layout_regions

    head = ["全省首个", "", "山区县域", "", "医共体", "", "建成运行", "", "城西新建菜市场今天开门营业", "", "本报记者 林晓 通讯员 王芳", ""]
    rows = head + tesseract_text([" ”| ", "”| ", " | ", "“| ", "| ", "      | "]).splitlines()
    regions = layout_regions("\n".join(rows))
    assert [[line.text for line in region.lines] for region in regions][-4:] == [["城西新建菜市场今天开门营业"], ["本报记者 林晓 通讯员 王芳"], LEFT_ZH, RIGHT_ZH]


# Two columns of CJK text an engine read across as one line a row, the gutter a little more
# than a glyph wide: too narrow for the page-wide search (`_GUTTER_WIDTH`), so the blank the
# rows share at one place is the gutter (`reading._shared_cjk_gaps`).
CJK_LEFT = ["河堤上的柳树今年发芽", "得早，三月初就绿了一", "片。住在附近的老人说", "这是二十年来最早的一", "次，每天都有人来看。"]
CJK_RIGHT = ["镇上的图书馆周六起延", "长开放时间，晚上八点", "才闭馆。馆长说，借书", "的人多了，自习室也常", "常坐满，明年再扩建。"]


def cjk_hocr(rows: list[tuple[str, str]]) -> str:
    """Each row one ocr_line of both columns' glyphs, 24 pixels a glyph and 2 apart; the right
    column 28 pixels (a glyph and a sixth) past the left one's end."""
    lines = []
    for n, pieces in enumerate(rows):
        y, words = 100 + 36 * n, []
        for piece, x in zip(pieces, (20, 20 + 26 * 10 - 2 + 28)):
            for k, glyph in enumerate(piece):
                words.append(f"<span class='ocrx_word' title='bbox {x + 26 * k} {y} {x + 26 * k + 24} {y + 24}'>{glyph}</span>")
        right = int(words[-1].split("bbox ")[1].split()[2])
        lines.append(f"<span class='ocr_line' title='bbox 20 {y} {right} {y + 24}'>{''.join(words)}</span>")
    return ("<html><body><div class='ocr_page' title='bbox 0 0 620 400'><div class='ocr_carea' title='bbox 20 100 600 300'>"
            f"<p class='ocr_par' title='bbox 20 100 600 300'>{''.join(lines)}</p></div></div></body></html>")


def test_cjk_rows_read_across_a_narrow_gutter_are_cut_where_they_share_a_blank():
    regions = hocr_regions(cjk_hocr(list(zip(CJK_LEFT, CJK_RIGHT))))[0]
    assert [[line.text for line in region.lines] for region in regions] == [CJK_LEFT, CJK_RIGHT]


def test_cjk_rows_sharing_a_blank_on_a_few_rows_only_are_not_cut():
    rows = list(zip(CJK_LEFT, CJK_RIGHT))[:3]
    assert [[line.text for line in region.lines] for region in hocr_regions(cjk_hocr(rows))[0]] == [[f"{a} {b}" for a, b in rows]]


CJK_THIRD = ["市场下月起调整营业时", "间，早上六点就开门，", "方便上班的人买菜。摊", "主们说生意好了不少，", "希望能一直这样办下去"]


def test_cjk_rows_sharing_a_blank_are_cut_there_beside_a_rule_read_between_other_columns():
    """A read rule parts two of the columns; the narrow gutter between the others, which no rule
    marks, is still found where the rows share a blank, and each row is cut at both."""
    rows = []
    for n, pieces in enumerate(zip(CJK_LEFT, CJK_RIGHT, CJK_THIRD)):
        y, words = 100 + 36 * n, []
        for piece, x in zip(pieces, (20, 306, 620)):
            words += [f"<span class='ocrx_word' title='bbox {x + 26 * k} {y} {x + 26 * k + 24} {y + 24}'>{glyph}</span>" for k, glyph in enumerate(piece)]
        words.insert(20, f"<span class='ocrx_word' title='bbox 592 {y} 598 {y + 24}'>|</span>")
        rows.append(f"<span class='ocr_line' title='bbox 20 {y} 878 {y + 24}'>{''.join(words)}</span>")
    page = ("<html><body><div class='ocr_page' title='bbox 0 0 900 400'><div class='ocr_carea' title='bbox 20 100 878 300'>"
            f"<p class='ocr_par' title='bbox 20 100 878 300'>{''.join(rows)}</p></div></div></body></html>")
    assert [[line.text for line in region.lines] for region in hocr_regions(page)[0]] == [CJK_LEFT, CJK_RIGHT, CJK_THIRD]
