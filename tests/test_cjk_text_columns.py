"""Tesseract's plain text of a CJK page whose narrow gutters it did not see: each row holds a
line of every column, the gutter read as a run of spaces, one space or a mark ("。", "”"), so
no column starts at one place. `pdftotext.cjk_columns_in_turn` cuts the rows at the page's
measure and reads the columns one after another."""

import pytest

from paperarchive.api import clean_file
from paperarchive.formats.pdftotext import cjk_columns_in_turn

# Three columns of one story, twelve glyphs a line, as a justified column sets them.
STORY = (
    "本报讯 今年入冬以来，江北区共为辖区独居老人上门安装烟雾报警器两千余台，"
    "并组织志愿者逐户检查燃气管道和电线插座，消除安全隐患一百三十多处。"
    "区应急管理局负责人表示，独居老人行动不便，一旦发生火灾很难及时逃生，"
    "报警器能在烟雾刚出现时发出响声，同时把信息推送到社区网格员的手机上，"
    "网格员接到提醒后五分钟内就能赶到现场。下一步，全区还将为一百多户"
    "困难家庭免费更换老化的燃气软管，让老人们温暖安全地过冬。社区还在每栋楼的"
    "入口张贴了应急电话和逃生路线图，请老人们的子女也常回家看看。家住滨江小区的"
    "八十二岁老人周桂兰说，报警器装好以后，女儿在外地上班也放心多了，每天晚上都会"
    "打电话问问家里的情况。"
)
MEASURE = 12
TEXT = STORY.replace("本报讯 ", "本报讯")  # as printed: 本报讯 set apart by a space the engine did not read


def _lines(text: str) -> list[str]:
    return [text[k : k + MEASURE] for k in range(0, len(text), MEASURE)]


def _page(gutters: list[str]) -> str:
    """The story in three columns of eight lines, each row's lines joined by the gutters
    the engine read (cycled), under a headline and a byline."""
    lines = _lines(TEXT)
    columns = [lines[k : k + 8] for k in range(0, 24, 8)]
    rows = []
    for n, row in enumerate(zip(*columns)):
        gutter = gutters[n % len(gutters)]
        rows.append(gutter.join(row))
    head = ["江北区为独居老人装上烟雾报警器", "", "本报记者　罗晓晴", ""]
    return "\n".join(head + rows + ["", "江北日报　第3版　社会　责任编辑：田野"]) + "\n"


def test_each_column_is_read_down_before_the_next(tmp_path):
    page = tmp_path / "shehui.tess_chi_sim.txt"
    page.write_text(_page(["   ", " ", " 。 ", " ”", "    ", "”"]), encoding="utf-8")
    read = clean_file(page)
    text = "".join(p for a in read.page.articles for p in a.paragraphs)
    assert TEXT[: 24 * MEASURE] in text.replace(" ", "").replace("”", "")


def test_a_row_that_leaves_a_column_empty_keeps_the_last_column_in_its_place():
    rows = _page([" ", "   ", " "]).splitlines()
    gap = 12 + 2 * 1  # Tesseract sets a space for each glyph's width: the empty column and its gutters
    rows[6] = rows[6][:MEASURE] + " " * gap + rows[6][-MEASURE:]  # the middle column's line left out
    read = cjk_columns_in_turn("\n".join(rows))
    columns = read.split("\n\n")
    last = next(column for column in columns if _lines(TEXT)[16] in column)
    assert _lines(TEXT)[18] in last.splitlines()


def test_columns_kept_apart_by_runs_of_spaces_are_left_to_layout_regions():
    """pdftotext -layout text: each column at its place, runs of spaces between, a row here
    and there run together where wide glyphs pushed the grid."""
    assert cjk_columns_in_turn(_page(["      ", "      ", "", "      ", "      ", ""])) is None
    assert cjk_columns_in_turn(_page([" ", " ", "", " ", "      ", ""])) is not None


def test_a_page_of_paragraphs_is_left_to_the_text_cleaner():
    paragraphs = "\n\n".join(STORY[k : k + 40] for k in range(0, len(STORY), 40))
    assert cjk_columns_in_turn(paragraphs) is None


def test_a_paragraph_after_a_blank_row_keeps_its_short_first_line(tmp_path):
    """Tesseract drops the indent a paragraph's first line opens with: after the blank row
    that ends the paragraph above, that line is two glyphs short of the measure, and read
    down alone it stood as a heading over the rest of its paragraph."""
    left = ["今年入冬以来，江北区共为辖", "区独居老人安装烟雾报警器，", "共两千余台，并组织志愿者逐", "户检查燃气管道和电线插座。", "",
            "应急管理局负责人说,独", "居老人行动不便，一旦发生火", "灾很难及时逃生，报警器能在", "烟雾刚出现时发出响声，同时",
            "把信息推送到社区网格员的手", "机上，网格员五分钟内就能赶", "到现场。"]  # fmt: skip
    right = ["下一步，全区还将为一百多户", "困难家庭免费更换老化的燃气", "软管，让老人们温暖安全地过", "冬。社区还在每栋楼的入口张", "",
             "贴了应急电话和逃生路线图，", "请老人们的子女常回家看看。", "家住滨江小区的八十二岁老人", "周桂兰说，报警器装好以后女",
             "儿在外地上班也放心多了，每", "天晚上都会打电话问问家里的", "情况。"]  # fmt: skip
    rows = [f"{a}{' ' if k % 3 else ''}{b}" if a else "" for k, (a, b) in enumerate(zip(left, right))]
    page = tmp_path / "jiangbei.tess_chi_sim.txt"
    page.write_text("\n".join(["江北区为独居老人装上烟雾报警器", "", "本报记者　罗晓晴", "", *rows]) + "\n", encoding="utf-8")
    paragraphs = [p for a in clean_file(page).page.articles for p in a.paragraphs]
    assert "".join(left[5:]) in paragraphs


@pytest.mark.parametrize("specks", ["ME 人" + " " * 24 + "一^" + " " * 20 + "个", "并" + " " * 15 + ">于元 户去"])
def test_a_row_of_specks_read_in_a_picture_over_a_head_is_left_out(tmp_path, specks):
    """Tesseract reads a photo beside a head as a row of a few marks set far apart
    ("ME 人", "一^", "个"); read in columns, one stood as the head's kicker or title."""
    lines = _lines(TEXT)
    columns = [lines[k : k + 8] for k in range(0, 24, 8)]
    rows = [[f"{a} {b} {c}", f"{a} {b}{c}", f"{a}{b} {c}"][n % 3] for n, (a, b, c) in enumerate(zip(*columns))]
    head = ["", specks, "江北区为独居老人装上烟雾报警器", "", "本报记者 罗晓晴", ""]
    page = tmp_path / "jiangbei.tess_chi_sim.txt"
    page.write_text("\n".join(head + rows) + "\n", encoding="utf-8")
    story = clean_file(page).page.articles[0]
    assert (story.kicker, story.title) == (None, "江北区为独居老人装上烟雾报警器")


def test_a_written_table_whose_cells_an_ideographic_space_parts_is_no_two_columns(tmp_path):
    """A written page (no ASCII space in it) whose body lines differ in width by their digits, so
    that the measure its pieces most have is a donors' table's names: the table's rows, a name
    and an amount an ideographic space apart, are no rows of two columns, and the story above
    is read line after line, not cut into columns."""
    body = [
        "　　（怡保3日讯）霹雳州连日大雨，截至今天",
        "上午10时，全州疏散中心收容灾民增至3618人，",
        "近打和曼绒一带的水位仍在上涨。",
        "　　福利部官员说，中心每天需要约2400份饭",
        "盒和500张草席，义工人手仍然不足。",
    ]
    donors = ["承前（第一、二批）　RM31,200.00", "怡保广东会馆董事部　RM5,000.00", "近打华校董事联合会　RM3,000.00",
              "霹雳福建公会妇女组　RM2,500.00", "陈志明、李秀英伉俪　RM1,000.00", "金宝兴业有限公司　RM1,800.00",
              "本批小计　RM12,500.00"]
    page = tmp_path / "zhenji.txt"
    page.write_text("\n".join(["霹雳水灾灾民增至三千多人", "", *body, "", "本报水灾赈济基金（第二批）", "", *donors, ""]), encoding="utf-8")
    text = "".join(p for a in clean_file(page).page.articles for p in a.paragraphs)
    assert "截至今天上午10时，全州疏散中心收容灾民增至3618人" in text


def test_a_results_box_read_whole_across_the_page_keeps_its_rows(tmp_path):
    """Under columns Tesseract ran together, a results box's rows read whole across the page,
    home side, score, away side and ground a run of spaces apart: each row is one paragraph,
    its cells an ideographic space apart. Cut into the columns' lines, the short cells ("2比1",
    "南湖队") were dropped as specks; and the last row, ending no sentence, took a later
    story's headless text on as its own (`segment`'s story broken off mid-sentence)."""
    box = ["本周赛果", "", "北岸队" + " " * 20 + "2比1" + " " * 18 + "南湖队" + " " * 24 + "江北体育场", "",
           "西山队" + " " * 20 + "0比0" + " " * 18 + "东港队" + " " * 24 + "江北体育场", "", ""]  # fmt: skip
    more = ["女足联赛战报", "", "北岸队女足三战全胜。", "", "", "区青少年足球联赛下周六开", "幕，十二支球队报名参加。"]
    page = tmp_path / "tiyu.tess_chi_sim.txt"
    page.write_text(_page([" ", "   ", " 。 ", " "]) + "\n".join(["", *box, *more]) + "\n", encoding="utf-8")
    paragraphs = [p for a in clean_file(page).page.articles for p in a.paragraphs]
    assert "北岸队　2比1　南湖队　江北体育场" in paragraphs
    assert "西山队　0比0　东港队　江北体育场" in paragraphs
