"""A Chinese notice's contact line ("联系电话：0571-88886666", "咨询热线：0591-87650000") set short of
the column ends its paragraph, though its figures, counted a cell each, reach the column's end:
the office signing under it is the notice's byline, not the page's furniture read in with the
number. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


@pytest.mark.parametrize("contact", ["联系电话：0571-88886666", "咨询热线：0591-87650000", "报名电话：13800001111"])
def test_the_office_under_a_contact_line_signs_the_notice(contact):
    page = (
        "榕川晚报　2027年6月2日　星期三　第6版\n文体·活动　　编辑：郁　棠\n\n"
        "端午龙舟赛开始报名\n\n"
        + wrap("今年端午节期间，榕川将在闽江北岸举办第十届龙舟邀请赛，现面向社会公开招募参赛队伍，每队二十二人。")
        + f"{contact}\n"
        + "榕川市体育局\n\n"
        + "江滨步道夜跑团满周岁\n本报记者　潘　越\n\n"
        + wrap("每周三晚上七点，江滨步道上总有一支穿着橙色背心的队伍，这是成立一年的榕川夜跑团。")
        + wrap("团长说，一年下来，队员从十几人增加到三百多人，年纪最大的已经六十八岁。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["端午龙舟赛开始报名", "江滨步道夜跑团满周岁"]
    notice = articles[0]
    assert notice.byline == "榕川市体育局"
    assert notice.paragraphs[-1] == contact and len(notice.paragraphs) == 2
