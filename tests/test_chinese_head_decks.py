"""Chinese head decks on plain-text pages: which line of a head stack is the kicker (引题),
the title (主题) and the deck (副题), and where a story sent to another page stops. The pages
are written for these tests (no gold page's text)."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

TAIWAN_JUMP_PAGE = """北嶺商報　中華民國115年3月4日　星期三　B2　地方產業

漁會冷凍廠完工啟用
　　〔記者張雅婷／北嶺報導〕北嶺區漁會
興建兩年的冷凍廠昨日完工，可容納漁獲
三百公噸，漁會總幹事表示，未來漁民不
必再把漁獲運到外縣市冷凍，每年可省下
（接B6版）

稻米行情
早稻收購價每公斤漲三元
　　〔記者陳俊宏／北嶺報導〕農會昨日公
布今年早稻收購價格，每公斤較去年調高
三元，農民普遍表示滿意。
"""


def test_a_taiwan_jump_line_sends_the_story_on_and_the_stepped_head_under_it_is_kicker_and_title():
    page = clean_text(TAIWAN_JUMP_PAGE)
    first, second = page.articles
    assert first.continues == "B6"
    assert (second.kicker, second.title) == ("稻米行情", "早稻收購價每公斤漲三元")


OLD_PAPER_PAGE = """南陵時報
中華民國三十六年三月五日　星期三　第三版

春耕貸款
省府撥款五千萬
補助各縣購置耕牛農具
本縣分得六百萬　月底前發放完畢
　　【本報訊】省政府為協助農民春耕、
特撥款五千萬元、貸予各縣農民購置耕牛
農具、本縣分得六百萬元。
"""


def test_a_rubric_over_a_two_line_headline_and_a_paired_deck_is_kicker_title_and_subtitle():
    story = clean_text(OLD_PAPER_PAGE).articles[0]
    assert (story.kicker, story.title, story.subtitle) == ("春耕貸款", "省府撥款五千萬補助各縣購置耕牛農具", "本縣分得六百萬\u3000月底前發放完畢")


COMPLAINTS_PAGE = """南江晚报　2026年9月8日　星期二　A06　消费

维权快车道

电动车充电桩收费不透明
　　【来信】市民钱先生反映，小区新装的电动车充电桩只显示扣款金额，不显示电价和充电时长。
　　【回复】物业公司表示，已要求运营商在充电桩上张贴收费标准。
空调安装费比说好的多一倍
　　【来信】读者孙女士说，商场承诺免费安装空调，安装工上门后却另收三百元材料费。
　　【回复】商场已退还多收的费用，并向孙女士道歉。
"""


def test_a_head_flush_over_the_label_the_item_above_opened_on_heads_the_next_item():
    page = clean_text(COMPLAINTS_PAGE)
    assert [a.title for a in page.articles] == ["电动车充电桩收费不透明", "空调安装费比说好的多一倍"]
    assert all(len(a.paragraphs) == 2 and not a.headings for a in page.articles)


PAIRED_DECKS_PAGE = """東岸晚報　　　　　　　　　　　地方新聞
中華民國八十六年四月二日　星期三　第十五版

颱風季前完成清淤　河道暢通
縣府搶修三處堤防　汛期前完工

　　【記者李文雄／花蓮報導】縣政
府昨天宣布，將在五月底以前完成全
縣三處受損堤防的搶修工程，並清除
主要河道的淤泥，以因應即將來臨的
汛期。
　　工務處長表示，搶修經費共一億
二千萬元，由中央和縣府各負擔一
半，工程期間沿線道路將實施交通
管制，請民眾配合改道。
"""


def test_a_pair_of_phrases_over_a_pair_as_wide_or_wider_is_title_and_deck_over_a_narrower_kicker_and_title():
    # (the nineteenth stop: holdout31, 35, 39 and 44 read a pair over a wider pair as title and
    # deck, holdout21 a pair over a narrower one as kicker and title; `segment._pair_over_a_wider_pair`)
    story = clean_text(PAIRED_DECKS_PAGE).articles[0]
    assert (story.kicker, story.title, story.subtitle) == (None, "颱風季前完成清淤\u3000河道暢通", "縣府搶修三處堤防\u3000汛期前完工")
    assert story.paragraphs[0].startswith("【記者李文雄／花蓮報導】縣政府昨天宣布")
    narrower = clean_text(PAIRED_DECKS_PAGE.replace("縣府搶修三處堤防　汛期前完工", "搶修堤防　汛期前完工")).articles[0]
    assert (narrower.kicker, narrower.title) == ("颱風季前完成清淤\u3000河道暢通", "搶修堤防\u3000汛期前完工")


CLAUSE_DECK_PAGE = """南江晚报　2026年9月8日　星期二　A05　城事

城东新图书馆下月开馆
藏书可达八十万册，每周一闭馆整理

　　本报讯（记者　罗文）记者昨日从市文化局获悉，城东新图书馆将于下月一日开馆。
　　新馆设有少儿阅览区和自习区，市民凭身份证即可免费办理借阅证。
"""


def test_a_line_of_two_clauses_under_a_headline_is_its_deck_not_its_title():
    story = clean_text(CLAUSE_DECK_PAGE).articles[0]
    assert (story.kicker, story.title, story.subtitle) == (None, "城东新图书馆下月开馆", "藏书可达八十万册，每周一闭馆整理")


NOTICES_PAGE = """南江日报　2026年9月8日　星期二　第16版　公告

停气通知
　　因燃气管道改造施工，9月10日8时至18时，城北片区将暂停供气，请用户提前做好准备，由此带来的不便敬请谅解。
南江市燃气有限公司
2026年9月7日

迁址启事
　　因工作需要，我所自9月15日起迁至滨江路66号办公，联系电话不变。
南江市新华律师事务所
"""


def test_the_body_that_issues_a_notice_signs_it_and_is_no_kicker_of_the_next():
    first, second = clean_text(NOTICES_PAGE).articles
    assert (first.title, first.byline) == ("停气通知", "南江市燃气有限公司")
    assert (second.kicker, second.title, second.byline) == (None, "迁址启事", "南江市新华律师事务所")


# A paper's own notice signed by its office with blank lines around the signer, and a 讣告 whose
# committee's name needs a character outside the BMP (𬌗, U+2C317).
SIGNED_APART_PAGE = """江北日报　2026年5月2日　星期六　第8版　专刊

征文启事
　　为庆祝建报七十周年，本报即日起面向广大读者征集“我与江北日报”主题文章，字数以1500字以内为宜。

　　来稿请注明真实姓名和联系方式。

江北日报社

2026年5月2日

讣　告
　　江北市原副市长陈𬌗同志，因病医治无效，于2026年4月28日逝世，享年九十岁。
陈𬌗同志治丧委员会
2026年4月30日

陈𬌗同志生平
　　陈𬌗同志，1936年出生于江北县，1955年参加工作，长期从事农业和水利工作。
"""


def test_a_notice_is_signed_by_its_issuer_over_the_date_with_blank_lines_around_it():
    notice, obituary, life = clean_text(SIGNED_APART_PAGE).articles
    assert (notice.title, notice.byline) == ("征文启事", "江北日报社")
    assert not any("江北日报社" in p for p in notice.paragraphs)
    assert (obituary.title, obituary.byline) == ("讣　告", "陈𬌗同志治丧委员会")
    assert (life.kicker, life.title) == (None, "陈𬌗同志生平")


ESSAY_THEN_NOTICE = """江川日报　2026年3月8日　星期日　第6版　副刊

母亲的菜园

　　母亲的菜园在屋后的山坡上，不大，却一年
四季都有绿色。春天种豆，夏天种瓜，秋天收
了红薯，冬天还有一畦青菜。

　　如今母亲老了，菜园交给了我。每次回去，
我都会在那里待上一个下午。

来稿启事

　　本版“家园”栏目长期征集散文、随笔，来稿
请注明作者姓名和联系方式，字数以1500字以内
为宜。

　　来稿一经采用，即付稿酬。
"""


def test_the_papers_notice_set_apart_under_an_essay_is_a_story_of_its_own():
    essay, notice = clean_text(ESSAY_THEN_NOTICE).articles
    assert essay.title == "母亲的菜园" and not essay.headings
    assert notice.title == "来稿启事" and notice.paragraphs[-1] == "来稿一经采用，即付稿酬。"


BRIEFS_UNDER_A_FULL_LINE = (
    "青峰晚报　2026年4月2日　星期四　第5版　城事\n\n"
    "城南公园改造完工\n\n"
    + hard_wrapped("本报讯　城南公园的改造工程昨日完工，新修的步道和健身器材已向市民开放", 18)
    + hard_wrapped("公园管理处表示，下一步将在湖边增设座椅和照明设施，方便市民晚间散步。", 18)
    + "社区简讯\n"
    + "老年食堂新增晚餐\n\n"
    + hard_wrapped("本报讯（记者　周宁）东风社区老年食堂从本周起供应晚餐，每份八元。", 18)
)


def test_a_standing_head_right_under_a_storys_last_full_line_heads_the_item_under_it():
    lines = BRIEFS_UNDER_A_FULL_LINE.splitlines()
    assert len(lines[lines.index("社区简讯") - 1]) == 18  # the story's last line fills the column
    story, item = clean_text(BRIEFS_UNDER_A_FULL_LINE).articles
    assert story.paragraphs[-1].endswith("方便市民晚间散步。")
    assert item.section == "社区简讯" or item.kicker == "社区简讯"
    assert item.title == "老年食堂新增晚餐"


def test_a_writers_name_padded_to_three_characters_under_a_title_signs_it_and_is_no_deck():
    page = (
        "青峰晚报　2026年4月2日　星期四　第8版　副刊\n\n"
        "乡土笔记\n"
        "外婆家的老井\n"
        "林　溪\n"
        + hard_wrapped("外婆家门前有一口老井，井水冬暖夏凉，全村人都来这里挑水。清早的井台最热闹，大人们一边打水一边说着家常。", 18)
        + hard_wrapped("后来村里通了自来水，老井便渐渐冷清了，可外婆每天还是要去井边坐一坐。", 18)
        + "\n短评\n"
        + "让老街留住烟火气\n"
        + "晓　岚\n"
        + hard_wrapped("老街改造，不能只顾门面好看，更要留住街坊们的日子。修旧如旧，留下的是一座城的记忆。", 18)
        + hard_wrapped("改造方案不妨多听听老住户的意见，让老街既有新模样，也有老味道。", 18)
    )
    essay, comment = clean_text(page).articles
    assert (essay.kicker, essay.title, essay.subtitle, essay.byline) == ("乡土笔记", "外婆家的老井", None, "林\u3000溪")
    assert (comment.title, comment.subtitle, comment.byline) == ("让老街留住烟火气", None, "晓\u3000岚")
    assert comment.paragraphs[0].startswith("老街改造")


def _story(lead: str) -> str:
    return hard_wrapped(lead + "据介绍，相关部门将继续跟进，确保各项措施落到实处，让群众得到更多实惠。", 18) + hard_wrapped(
        "不少市民表示，这件事办到了大家的心坎上，希望今后能有更多这样的好消息。", 18
    )


KICKERS_BY_SHAPE = (
    "青峰晚报　2026年4月2日　星期四　第3版　城乡\n\n"
    "城东供热管网改造完工\n"
    "三万户居民今冬告别“冷暖气”\n\n"
    + _story("本报讯　城东片区供热管网改造工程日前全部完工。")
    + "\n记养蜂能手何秀英\n"
    + "一箱蜜蜂甜一家\n\n"
    + _story("本报讯　在青峰县石桥村，何秀英养蜂已有十五年。")
    + "\n菜篮子\n"
    + "本周行情\n\n"
    + _story("本报讯　本周全市蔬菜价格总体平稳，叶菜价格略有下降。")
    + "\n城北菜市场今起恢复营业\n"
    + "摊位增加两成早市延长一小时\n\n"
    + _story("本报讯　城北菜市场经过三个月的改造，今起恢复营业。")
)


def test_two_head_lines_are_kicker_and_title_by_their_shape_and_otherwise_one_title():
    heat, bees, prices, market = clean_text(KICKERS_BY_SHAPE).articles
    assert (heat.kicker, heat.title) == ("城东供热管网改造完工", "三万户居民今冬告别“冷暖气”")  # the title speaks in a figure
    assert (bees.kicker, bees.title) == ("记养蜂能手何秀英", "一箱蜜蜂甜一家")  # the kicker names the kind of piece
    assert (prices.kicker, prices.title) == ("菜篮子", "本周行情")  # a rubric over a title as short
    assert (market.kicker, market.title) == (None, "城北菜市场今起恢复营业摊位增加两成早市延长一小时")  # nothing tells: as printed
