"""On a Chinese letters page, a letter opens "编辑同志：" and is signed on a line set in under its
last sentence (where the writer lives, and who): that line is the letter's byline, not the next
letter's kicker. A page written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=15)


SIGN = "\u3000" * 7


def test_each_letter_is_signed_by_the_line_set_in_under_it():
    page = (
        "渡口应当早日修好码头\n"
        + wrap("编辑同志：")
        + wrap("我们村在河东，赶集要坐渡船过河。渡口的石阶去年被大水冲坏了，老人孩子上下船很不方便，下雨天更容易滑倒。")
        + wrap("希望有关部门早日把码头修好。")
        + SIGN + "湖北省枝江县　赵德才\n\n"
        + "供销社应当多进农具\n"
        + wrap("编辑同志：")
        + wrap("春耕快到了，我们公社的供销社里锄头、镰刀都断了货，社员只好跑几十里路到县城去买，耽误了不少工夫。")
        + SIGN + "湖南省醴陵县　一个社员\n\n"
        + "来信请寄：本报群众工作部\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["渡口应当早日修好码头", "供销社应当多进农具"]
    assert [a.byline for a in articles] == ["湖北省枝江县　赵德才", "湖南省醴陵县　一个社员"]
    assert [a.kicker for a in articles] == [None, None]


def test_a_subhead_set_in_over_text_on_a_page_of_no_letters_stays_a_subhead():
    page = (
        "冬季农田管理要点\n\n"
        + wrap("入冬以后，各地要抓紧做好农田管理工作，重点是保墒防冻和清沟排渍，为明年丰收打好基础。")
        + SIGN + "小麦冬灌\n"
        + wrap("冬灌要在日平均气温降到五度左右时进行，灌水量不宜过大，做到夜冻昼消。")
    )
    articles = clean_text(page).articles
    assert [a.byline for a in articles] == [None]


def test_a_readers_signature_read_with_no_space_between_where_and_who_still_signs_the_letter():
    # an OCR engine drops the wide space a letters page sets between the reader's place and name
    page = (
        "小区门口的路灯该修了\n"
        + wrap("我们小区门口的三盏路灯坏了快一个月，晚上出门黑乎乎的，老人孩子走路很不安全，希望有关部门尽快修好。")
        + SIGN + "江北区读者林晓梅\n\n\n"
        + "公园厕所应当延长开放时间\n"
        + wrap("滨江公园的厕所晚上八点就关门了，可夏天晚上来公园散步的人很多，建议延长开放时间。")
        + SIGN + "青山市南湖街道读者周建国\n\n"
        + "来信请寄：本报读者服务部\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["小区门口的路灯该修了", "公园厕所应当延长开放时间"]
    assert [a.byline for a in articles] == ["江北区读者林晓梅", "青山市南湖街道读者周建国"]
