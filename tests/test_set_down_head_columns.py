"""A vertical page's story head set a few glyphs down a column in the text's own type, between
full columns of unpunctuated text that the engine boxed as one block with it
(formats/reading._set_down_head_column, _head_columns_apart): the head opens its story, not the
rest of the notice before it, whose last column stops at the foot without a mark (before: the
head ran on that notice's last paragraph and the story under it was the notice's); in
Tesseract's TSV as `chi_tra_vert` writes it (each column a line, read right to left, one word a
glyph)."""

from paperarchive.api import clean_file

PITCH = 24  # the text's glyph pitch down a column, in pixels
TOP = 12  # the columns' top
HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def tsv(columns: list[tuple[str, int]]) -> str:
    """One block of columns, right to left: (text, glyphs set down from the top)."""
    rows = [HEADER, f"1\t1\t0\t0\t0\t0\t0\t0\t{40 + 34 * len(columns)}\t{TOP + 34 * PITCH}\t-1\t"]
    rows.append(f"2\t1\t1\t0\t0\t0\t10\t{TOP}\t{34 * len(columns)}\t{34 * PITCH}\t-1\t")
    rows.append(f"3\t1\t1\t1\t0\t0\t10\t{TOP}\t{34 * len(columns)}\t{34 * PITCH}\t-1\t")
    x = 10 + 34 * (len(columns) - 1)
    for n, (text, down) in enumerate(columns, 1):
        top = TOP + down * PITCH
        width = 22 if down else 32  # (Tesseract boxes a short column narrower across than a full one)
        rows.append(f"4\t1\t1\t1\t{n}\t0\t{x}\t{top}\t{width}\t{PITCH * len(text)}\t-1\t")
        for w, glyph in enumerate(text, 1):
            rows.append(f"5\t1\t1\t1\t{n}\t{w}\t{x + 1}\t{top + PITCH * (w - 1)}\t22\t{PITCH - 2}\t91.5\t{glyph}")
        x -= 34
    return "\n".join(rows) + "\n"


NOTICE = [
    "本局新設輪渡每日辰刻由南碼頭開往浦東對岸往返兩次船資每人錢十文",
    "孩童減半挑擔者另加錢五文風雨大作之日停渡一天以保行旅之安各客如",
    "有包船者請先一日到局面議船夫如有勒索情事准指名具稟本局查明究辦",
]
ESSAY = [
    "近來滬上茶市頗旺各路客商雲集洋行收買者日多價亦漸昂其上等者每",
    "擔竟至五十餘兩中等者亦三十兩有奇山戶聞之莫不踴躍然茶葉之良否",
    "全在採摘之早遲與焙製之精粗若但圖多售而不講求製法則洋人必將轉",
    "向他處購買吾華之利權將日削矣願業茶者深思之毋貪目前之小利而忘",
]


def test_a_head_set_down_between_full_columns_opens_its_story(tmp_path):
    path = tmp_path / "notice.tess_chi_tra_vert.tsv"
    columns = [("本局告示", 4), *[(text, 0) for text in NOTICE], ("茶市說", 4), *[(text, 0) for text in ESSAY]]
    path.write_text(tsv(columns), encoding="utf-8")
    articles = clean_file(path).page.articles
    assert [a.title for a in articles] == ["本局告示", "茶市說"], [a.title for a in articles]
    assert articles[1].paragraphs[0].startswith("近來滬上茶市"), articles[1].paragraphs
    assert not any("茶市說" in p for a in articles for p in a.paragraphs)

