"""A head's last glyph followed by a speck Tesseract read as 。 (formats/reading._without_stray_stop):
its box is taller than the head's glyphs and ends above their foot, so it is no full stop's ink,
and the head stays a head; in Tesseract TSV as the engine writes it."""

from paperarchive.api import clean_file

HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv(lines: list[tuple[int, list[tuple[str, int, int, int, int]]]]) -> str:
    rows = [HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t1800\t1400\t-1\t"]
    for block, (_, words) in enumerate(lines, 1):
        left, top = min(w[1] for w in words), min(w[2] for w in words)
        right, bottom = max(w[1] + w[3] for w in words), max(w[2] + w[4] for w in words)
        rows.append(f"4\t1\t{block}\t1\t1\t0\t{left}\t{top}\t{right - left}\t{bottom - top}\t-1\t")
        rows += [f"5\t1\t{block}\t1\t1\t{i}\t{left}\t{top}\t{width}\t{height}\t90\t{text}" for i, (text, left, top, width, height) in enumerate(words, 1)]
    return "\n".join(rows) + "\n"


def glyph_line(text: str, left: int, top: int, size: int) -> list[tuple[str, int, int, int, int]]:
    return [(ch, left + i * (size + 4), top, size, size) for i, ch in enumerate(text)]


def page(stop_box: tuple[int, int, int, int]) -> str:
    head = glyph_line("竹昇麵變身出口貨", 74, 240, 56)
    head.append(("。", *stop_box))
    body = [
        "在深水埗經營了六十年的一家麵廠，下月將搬進",
        "葵涌的新工業大廈。第三代東主說，近兩年海外",
        "訂單不斷增加，舊舖已經不夠用，新廠房投產後，",
        "每日產量可由兩噸增至五噸。麵廠由祖父創辦。",
    ]
    lines = [(0, head)] + [(0, glyph_line(text, 74, 340 + 44 * i, 26)) for i, text in enumerate(body)]
    return tsv(lines)


def test_a_speck_read_as_a_stop_after_a_head_is_dropped(tmp_path):
    path = tmp_path / "page.tess.tsv"
    path.write_text(page((560, 181, 26, 103)), encoding="utf-8")
    article = clean_file(path).page.articles[0]
    assert article.title == "竹昇麵變身出口貨"
    assert article.paragraphs[0].startswith("在深水埗")


def test_a_stop_at_the_glyphs_foot_stays(tmp_path):
    path = tmp_path / "page.tess.tsv"
    path.write_text(page((560, 280, 14, 16)), encoding="utf-8")
    text = "".join(clean_file(path).page.articles[0].paragraphs) + (clean_file(path).page.articles[0].title or "")
    assert "竹昇麵變身出口貨。" in text
