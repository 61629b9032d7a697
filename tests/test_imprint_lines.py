"""The page's own lines (editors, newsroom contacts, the call for letters, a running head that
opens on the issue's number) are furniture in any of the forms papers print them, never text.
Lines written for the rule (not copied from any gold page)."""

import pytest

from paperarchive.classify import is_furniture


@pytest.mark.parametrize("line", [
    "热线电话:0571-88886666 本版编辑:李明",
    "体育新闻中心主编　王海涛",
    "文体編輯：陳家欣　美術：黃小文",
    "来信请寄：滨江日报读者来信组（滨江市人民路8号）　电子邮箱：duzhe@example.cn",
    "www.valleyherald.example | To advertise call 0161 496 0000",
    "Redaktion: Marktplatz 4, Lindenau, Tel. 06421 1234-0, verantwortlich Anna Berg",
    "Nr. 45          Oberlausitzer Anzeiger          Sonnabend, den 3. März 1928",
    "北平晨報館印行　每份銅元十枚",
    "［二維碼］",
    "掃一掃　關注本報官方帳號",
    "来信请寄：南江市解放路12号南江日报群工部",
    "社長：林國華　　總編輯：陳美玲　　美術：王小明",
    "※本表票價為全票價格，學生及敬老票另計。",
    "注：上表数据为初步统计，以统计局正式公布为准。",
])
def test_the_pages_own_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "他担任报社编辑：多年来一直负责副刊",
    "市委书记　张海",
    "No. 5 and No. 6  were  sold in 1927",
    "Die Redaktion hat am Montag 1200 Euro gespendet.",
    "他扫一扫关注了社区公众号，第二天就报了名。",
    "校長：今年的總編輯：由學生選出。",
    "本表格由申请人如实填写。",
    "来信请寄：本报已收到。读者的意见我们转给了有关部门。",
])
def test_text_that_names_an_editor_or_a_number_stays_text(line):
    assert not is_furniture(line)
