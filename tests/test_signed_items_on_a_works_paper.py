"""A works paper of the 1990s: a masthead line naming the body that publishes it and the issue,
one line per paragraph, and each item signed under its last line by an office, a name, or both,
with a blank line before the next item's head. Page written for the rules (not copied from any
gold page)."""

from paperarchive.pipeline import clean_text

WORKS_PAPER = """\
红旗钢铁厂报
中共红旗钢铁厂委员会主办　　第52期
1994年3月8日　星期二
炼钢车间月产创新高
　　2月份，炼钢车间克服原料紧张的困难，
月产钢水一万二千吨，创建厂以来最高纪录。
　　车间党支部组织党员突击队，连续十天坚
守在炉前。
（炼钢车间）

厂女工委表彰十名巾帼标兵
　　3月7日，厂女工委召开座谈会，表彰十名
巾帼标兵，厂长到会讲话并颁发奖品。
厂工会　何　静

食堂推出职工营养套餐
　　从本月起，职工食堂每天中午推出三种营养
套餐，每份二元五角。
后勤科　吴建华
"""


def test_each_item_is_signed_by_the_line_under_its_text_and_the_masthead_is_furniture():
    page = clean_text(WORKS_PAPER)
    signed = {a.title: a.byline for a in page.articles}
    assert signed == {
        "炼钢车间月产创新高": "（炼钢车间）",
        "厂女工委表彰十名巾帼标兵": "厂工会　何静",
        "食堂推出职工营养套餐": "后勤科　吴建华",
    }
    assert "中共红旗钢铁厂委员会主办　　第52期" in page.furniture
    assert all(a.kicker is None for a in page.articles)
