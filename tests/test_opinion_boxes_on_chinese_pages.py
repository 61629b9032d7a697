"""Chinese opinion pages with a box glued under a piece: a reader poll's question over its rows,
a box of "@handle：" comments on a page whose paragraphs open on an indent alone, a writer's note
printed under the byline before the text, and an op-ed signed by a name alone under its head that
closes on its writer's note. Pages written for these rules after holdout94's first run, not copied
from it; each test fails without its rule."""

from paperarchive.pipeline import clean_text

POLL = (
    "澄江日报　　2027年5月12日　星期三\n"
    "第4版　言论　　责任编辑：蒲　岚\n\n"
    "社论\n"
    "旧厂房改造，先听听街坊怎么说\n\n"
    "　　城北的老纺织厂空置多年，今年市里打算把\n"
    "它改成文化街区。消息一出，有人叫好，也有人\n"
    "担心周边的停车和噪声。\n\n"
    "　　改造是好事，但好事也要办得细。我们以为，\n"
    "方案公示的时间不妨长一些，听证会不妨多开几\n"
    "场，把街坊的意见真正写进方案里。\n\n"
    "　　城市更新，说到底是为了住在这里的人，街坊\n"
    "的声音要听进去。\n"
    "读者投票\n\n"
    "老厂房最适合改成什么？\n"
    "文化街区　46.3%　1120票\n"
    "社区公园　31.8%　769票\n"
    "停车场　　14.6%　353票\n"
    "其他　　　7.3%　177票\n"
    "参与人数：2419　投票时间：5月3日至9日\n\n"
    "澄江日报社出版　　言论部电邮：yanlun@chengjiang.example.cn\n"
)


def test_a_poll_glued_under_an_editorial_opens_on_its_question_and_is_a_box_of_its_own():
    """Before: "读者投票" the editorial's last heading, the question and its rows its paragraphs."""
    articles = clean_text(POLL).articles
    assert [a.title for a in articles] == ["旧厂房改造，先听听街坊怎么说", "读者投票"]
    assert articles[0].paragraphs[-1] == "城市更新，说到底是为了住在这里的人，街坊的声音要听进去。"
    assert articles[1].paragraphs[:2] == ["老厂房最适合改成什么？", "文化街区　46.3%　1120票"]
    assert articles[1].paragraphs[-1] == "参与人数：2419　投票时间：5月3日至9日"


COMMENTS = (
    "沅州晚报　　2027年6月9日　星期三\n"
    "第5版　时评　　责任编辑：江　沅\n\n"
    "街谈巷议\n"
    "老街的路灯，别再忽明忽暗\n"
    "□　柯　睿\n"
    "（作者系沅州职业技术学院讲师）\n"
    "　　入夜走进老街，路灯一盏亮一盏灭，遛狗的\n"
    "老人只好打着手电筒走路。\n"
    "　　街道办说，线路老化，修一段坏一段；居民\n"
    "说，报修电话打了好几回。\n"
    "　　其实，把老街的线路一次换新，花的钱未必\n"
    "比年年修补多。\n"
    "网友留言\n"
    "@老街阿明：路灯早该换了，晚上出门提心吊胆。\n"
    "@河西小周：换新的时候，别忘了装个监控。\n"
    "@爱散步的陈姨：修好了，我们天天去走走。\n\n"
    "沅州晚报社　　投稿邮箱：shiping@yuanzhou.example.cn\n"
)


def test_comments_on_their_handles_are_a_paragraph_each_in_a_box_of_their_own():
    """Before: the three comments one paragraph, and "网友留言" a heading of the column above."""
    articles = clean_text(COMMENTS).articles
    assert articles[-1].title == "网友留言"
    assert articles[-1].paragraphs == [
        "@老街阿明：路灯早该换了，晚上出门提心吊胆。",
        "@河西小周：换新的时候，别忘了装个监控。",
        "@爱散步的陈姨：修好了，我们天天去走走。",
    ]


def test_a_writers_note_printed_under_the_byline_before_the_text_is_the_first_paragraph():
    """Before: the byline "柯睿（作者系沅州职业技术学院讲师）" and the note no paragraph."""
    column = clean_text(COMMENTS).articles[0]
    assert column.title == "老街的路灯，别再忽明忽暗"
    assert "作者系" not in (column.byline or "")
    assert column.paragraphs[0] == "（作者系沅州职业技术学院讲师）"
    assert column.paragraphs[1].startswith("入夜走进老街")


OPED = (
    "\ufeff狮城晨报　2027年9月2日　星期四\n"
    "A12　言论　　编辑：许慧敏\n\n"
    "巴士站的座椅该多几张\n"
    "陈美玲\n\n"
    "　　早上八点的巴士站，排队的人里有不少是乐\n"
    "龄人士，站上却只有一张长椅，坐不下几个人。\n\n"
    "　　多放几张座椅，花费不多，却能让等车的长\n"
    "者少站一会儿。\n\n"
    "　　（作者是退休护士）\n"
    "社论\n"
    "夜间巴士也要准时\n\n"
    "　　近来不少读者反映，夜间巴士常常误点，等\n"
    "上半个钟头也是常事。\n\n"
    "狮城晨报社　　投稿电邮：yanlun@shicheng.example.sg\n"
)


def test_a_name_alone_under_a_head_signs_an_oped_that_closes_on_its_writers_note():
    """Before: one title "巴士站的座椅该多几张陈美玲", and the closing note its byline."""
    oped, editorial = clean_text(OPED).articles
    assert (oped.title, oped.byline) == ("巴士站的座椅该多几张", "陈美玲")
    assert oped.paragraphs[-1] == "（作者是退休护士）"
    assert editorial.title == "夜间巴士也要准时"
    # (with no note closing the piece, a short last line that reads as a name stays the head's own)
    assert clean_text(OPED.replace("　　（作者是退休护士）\n", "")).articles[0].byline is None
