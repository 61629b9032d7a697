"""A police safety column is signed by the officer who wrote it, a blank line under its last
sentence and over the page's foot: the station, the rank and the name set apart by full-width
spaces ("城南派出所　一级警长　林　川"). The line is the column's byline, not its last paragraph
(classify._name_over_the_foot). A page written for the class (not from any gold page)."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text


def _page(signature: str) -> str:
    return (
        "青川晚报　2027年5月12日　星期三　第6版　平安青川\n\n"
        "安全提示\n\n"
        "雨天骑车慢一点\n\n"
        + hard_wrapped("这几天雨水多，路面湿滑，骑电动车的市民请放慢车速，戴好头盔。", 20)
        + hard_wrapped("遇到积水路段，请绕行或推车通过，发现路面塌陷及时报警。", 20)
        + f"\n{signature}\n\n"
        "青川晚报社　　新闻热线：0571-5550123\n"
    )


def _column(signature: str):
    return next(a for a in clean_text(_page(signature)).articles if a.title == "雨天骑车慢一点")


def test_an_officers_signature_over_the_foot_signs_the_column():
    column = _column("青川县公安局城南派出所　一级警长　林　川")
    assert column.byline is not None and column.byline.endswith("林川")
    assert column.paragraphs[-1].endswith("发现路面塌陷及时报警。")


def test_a_line_of_fields_ending_on_no_name_stays_a_paragraph():
    assert _column("青川县公安局城南派出所　一级警长　值班热线").byline is None


def test_an_officers_signature_over_the_next_pieces_label_signs_the_column():
    """The column is not the page's last piece: a blank line under the signature, the ads' label."""
    page = _page("青川县公安局城南派出所　一级警长　林　川").replace(
        "青川晚报社", "便民信息\n" + hard_wrapped("出售二手电动车：九成新，手续齐全，价格面议。电话：139 0000 6612", 20) + "\n青川晚报社"
    )
    column = next(a for a in clean_text(page).articles if a.title == "雨天骑车慢一点")
    assert column.byline is not None and column.byline.endswith("林川")
    labelled = next(a for a in clean_text(page).articles if a.title == "便民信息")
    assert labelled.kicker is None
