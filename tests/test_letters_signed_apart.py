"""Readers' letters on a hard-wrapped Chinese page, each signed a blank line under its last
sentence with the district the reader writes from and the name ("西湾区　周明华"), the next
letter's head a blank line under the signature: the signature is the letter's byline, not the
next letter's kicker. A page written for the class (not copied from a gold page)."""

from paperarchive.pipeline import clean_text

LETTERS = (
    "临江日报　2027年9月3日　星期五\n"
    "第8版　市民来信　　　责任编辑：许　晴\n\n"
    "公交站台能否加个雨棚\n\n"
    "　　我每天在城东路口的公交站等车上班。这个站\n"
    "台没有雨棚，一下雨，等车的老人和孩子只能站在\n"
    "雨里。希望公交公司尽快加装雨棚。\n\n"
    "临江市西湾区　周明华\n\n"
    "夜市噪音影响休息\n\n"
    "　　我家楼下的夜市每晚营业到凌晨一点，音箱声\n"
    "音很大，住户难以入睡。建议有关部门规定夜市的\n"
    "营业时间和音量。\n\n"
    "临江市北岸区　胡建新\n\n"
    "临江日报社出版　　来信请寄：临江市人民路8号\n"
)


def test_a_readers_place_and_name_sign_the_letter_above_not_the_next_head():
    articles = clean_text(LETTERS).articles
    assert [a.title for a in articles] == ["公交站台能否加个雨棚", "夜市噪音影响休息"]
    assert articles[0].byline == "临江市西湾区　周明华" and articles[1].kicker is None
    assert articles[1].paragraphs[0].startswith("我家楼下的夜市")
