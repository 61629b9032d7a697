"""A Chinese paragraph's first line cut by the running head, a page foot's "以…为准" disclaimer,
a notice signed and dated at the paragraph indent a blank line apart, and a Taiwan byline's
bullseye: pages written for these rules after holdout70's first run (not copied from it); each
test fails without its rule."""

from paperarchive.classify import BYLINE
from paperarchive.pipeline import clean_text

PAGE = (
    "清溪日报　2027年9月3日　星期五　第6版　城事\n\n"
    "停水通告\n\n"
    "　　因管网检修，9月6日8时至18时，城东老\n"
    "街一带停止供水，请用户提前储水。\n\n"
    "　　清溪市自来水公司\n\n"
    "　　2027年9月3日\n\n"
    "老街改造明年完工\n\n"
    "本报记者　林　岚\n\n"
    "　　记者从市住建局获悉，城东老街改造工程\n"
    "已进入第二阶段，预计明年五月全部完工。改\n"
    "造后的老街将保留原有的石板路和骑楼。\n"
    "　　住建局负责人介绍，施工期间沿街商铺照\n"
    "常营业，夜间不安排产生噪声的作业。沿街居\n"
    "民如有意见，可拨打工程指挥部的电话反映。\n"
    "　　设计师陈思远说，老街改造不求新，要\n\n"
    "清溪日报·城事\n\n"
    "让老居民认得出自己的家门。\n\n"
    "施工时间以现场公告为准　　清溪日报社\n"
)


def test_a_paragraphs_opening_cut_by_the_running_head_goes_on_after_it():
    story = clean_text(PAGE).articles[1]
    assert story.headings == []
    assert story.paragraphs[-1] == "设计师陈思远说，老街改造不求新，要让老居民认得出自己的家门。"


def test_a_notices_signer_and_date_at_the_indent_are_its_last_paragraphs():
    notice = clean_text(PAGE).articles[0]
    assert notice.title == "停水通告"
    assert notice.paragraphs[-2:] == ["清溪市自来水公司", "2027年9月3日"] and notice.byline is None


def test_a_foots_as_announced_disclaimer_is_furniture():
    page = clean_text(PAGE)
    assert any("以现场公告为准" in line for line in page.furniture)
    assert all("为准" not in p for a in page.articles for p in a.paragraphs)


def test_a_bullseye_between_the_word_and_the_name_is_a_byline():
    assert BYLINE.match("文◎何昱廷") and BYLINE.match("圖◎林小雨")
