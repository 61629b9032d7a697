"""A box of rows with figures in them (a timetable, a move list) keeps one row a paragraph,
though the box's own head over them and a note under them are cells with no figure. A page
written for the case (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "海港夜報　2026年12月3日　星期四\n"
    "\n"
    "本週放映\n"
    "星光戲院　本週片目\n"
    "12月4日（五）　《海角》　晚上8時\n"
    "12月5日（六）　《漁港》　下午3時\n"
    "12月6日（日）　《燈塔》　晚上8時\n"
    "（節目如有更改　以戲院公布為準）\n"
    "\n"
    "老戲院重開　街坊排隊入場\n"
    "記者　馮嘉欣\n"
    "　　已經停業三年的星光戲院前日重開，不少街坊一早就在門外排隊。戲院\n"
    "負責人說，重開後每星期都會放映一套經典舊片，票價維持五十元。\n"
)


def test_rows_with_figures_under_the_boxs_head_and_over_its_note_are_each_a_paragraph():
    box = clean_text(PAGE).articles[0]
    assert box.title == "星光戲院　本週片目"
    assert box.paragraphs[:3] == ["12月4日（五）　《海角》　晚上8時", "12月5日（六）　《漁港》　下午3時", "12月6日（日）　《燈塔》　晚上8時"]
