"""A witness appeal ends on the day its station issued it ("2027年6月7日", no stop after it); a
column's rubric and head set under it are the next piece's kicker and title, as under any closed
story (segment.Segmenter.mid_sentence), not one title read on from an unfinished sentence. A page
written for the class (not from any gold page), indent-only as such pages are printed."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text


def _page(issued: str) -> str:
    return (
        "溪岸日报\n2027年6月9日　星期三　　第6版　法治\n\n"
        "─────────────────────\n寻找目击者\n"
        "事由：6月5日（周六）晚上8时许，一名行人在东门路口被一辆摩托车撞倒，摩托车驶离现场。\n"
        "联系：请拨打0571-5550110，联系东门派出所。\n"
        "　　　　　　　　　　溪岸县公安局东门派出所\n"
        f"　　　　　　　　　　　　　　{issued}\n─────────────────────\n\n"
        "民警提醒\n雨天出门慢一点\n"
        + hard_wrapped("这几天雨水多，路面湿滑，骑电动车的市民请放慢车速，戴好头盔。", 20)
        + hard_wrapped("遇到积水路段，请绕行或推车通过。", 20)
        + "溪岸县公安局东门派出所　一级警长　林　川\n\n"
        "溪岸日报社　　新闻热线：0571-5550123\n"
    )


def test_a_rubric_under_a_dated_notice_is_the_columns_kicker():
    column = clean_text(_page("2027年6月7日")).articles[-1]
    assert (column.kicker, column.title) == ("民警提醒", "雨天出门慢一点")
