"""Property, housing and planning pages of Chinese dailies: a box of residents' quotes each opened
by the speaker's building and name in heavy brackets, a planning notice signed by its issuer and
dated under it, an auction notice signed by its auctioneer with his licence and number under the
signature, a ballot notice whose hotline paragraph wraps inside its bracket, and a rent Q&A whose
lawyer's line, labelled with his trade and followed by his firm, stands between question and answer.
Pages written for the rules, not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A story on a rebuilt market, then flush under its last words the box of quotes.
QUOTES_PAGE = """\
岚溪日报　2029年4月12日　星期四
第6版　社区　　责任编辑：秦　朗

老菜市场翻新后重新开张
本报记者　丁　原

　　城西老菜市场翻新工程上月完工，昨天重新
开张。市场换了顶棚和排水沟，摊位从六十个增
加到八十个，还新设了一个公共厕所。

　　市场管理处负责人说，翻新期间摊主都搬到
临时棚里，生意没有中断。
摊主说

　　【东区　刘桂芳】以前一到夏天地上全是水，
顾客都不愿意进来。现在地面干了，人也多了。

　　【西区　马长林】摊位大了一点，东西摆得开，
租金也没涨，我们都挺满意。

　　【南门　周小燕】厕所就在旁边，老人来买菜
方便多了，我卖了十年菜，头一回这么干净。

岚溪日报社出版　　新闻热线：0719-5520381
"""


def test_a_box_of_quotes_opened_by_bracketed_speakers_is_one_story_of_paragraphs():
    page = clean_text(QUOTES_PAGE)
    box = page.articles[-1]
    assert box.title == "摊主说"
    assert [p[:8] for p in box.paragraphs] == ["【东区　刘桂芳】", "【西区　马长林】", "【南门　周小燕】"]
    assert len(page.articles) == 2


# A notice glued under a story: its last paragraph, the issuer and the date flush under it.
PLANNING_PAGE = """\
汶江日报　　2029年3月6日　星期二
第5版　城建　　责任编辑：窦　青

北岸片区一所小学用地调整
本报记者　冉　舟

　　北岸片区规划调整方案昨天开始公示，原规
划的一块商业用地将改为小学用地，可设36个班。
汶江市北岸片区规划调整公示
　　公示时间：2029年3月5日至4月3日。
　　意见须写明姓名和联系电话，逾期不予受理。
　　特此公示。
汶江市自然资源局
2029年3月5日

汶江日报社出版　　新闻热线：0715-6631208
"""


def test_a_date_under_a_notices_issuer_read_as_its_byline_stays_the_notices_last_paragraph():
    page = clean_text(PLANNING_PAGE)
    notice = page.articles[-1]
    assert notice.paragraphs[-1] == "2029年3月5日"
    assert notice.byline == "汶江市自然资源局"
    assert "2029年3月5日" not in page.furniture


# An auction notice signed by its auctioneer, his licence and number a blank line under it.
AUCTION_PAGE = """\
南湾日报　2029年5月9日　星期三
第8版　安家　　编辑：苏家欣

银行拍卖产业增多
报道：林佩仪

　　（吉隆坡8日讯）今年首季银行拍卖的产业比
去年同期多了两成，以排屋和公寓为主。
产业拍卖通告

　　拍卖日期：2029年5月24日上午10时

　　竞标者须以银行汇票缴付底价的10%作为押
金，余款须在90天内付清。

拍卖师　陈家豪

执照号码：AL-3107　电话：03-228 4519

南湾日报社　　广告热线：03-229 8800
"""


def test_an_auctioneers_signature_and_licence_line_stay_in_the_notice():
    page = clean_text(AUCTION_PAGE)
    notice = page.articles[-1]
    assert notice.paragraphs[-1] == "执照号码：AL-3107　电话：03-228 4519"
    assert not any("陈家豪" in line or "AL-3107" in line for line in page.furniture)


# A ballot notice whose hotline paragraph breaks inside its bracket, the issuer and the date apart.
BALLOT_PAGE = """\
港灣日報　2029年7月4日　星期三
B6　置居　　編輯：梁綺琪

資助房屋今日揀樓
記者　黃家朗

　　資助出售房屋今日開始揀樓，首日有四百個
家庭獲邀，揀樓程序預計九月完成。
揀樓安排公告

　　合資格申請人將收到通知信，列明揀樓日期
及時間，請準時出席。

　　查詢熱線：2577 3108（星期一至六上午9
時至下午5時）

房屋事務處

2029年7月3日

港灣日報社　　讀者熱線：2711 4300
"""


def test_a_hotline_paragraph_wrapped_inside_its_bracket_is_the_notices_paragraph():
    page = clean_text(BALLOT_PAGE)
    notice = page.articles[-1]
    assert "查詢熱線：2577 3108（星期一至六上午9時至下午5時）" in notice.paragraphs
    assert notice.paragraphs[-1] == "2029年7月3日"


# A rent Q&A: the lawyer's line, his trade in its label and his firm after his name.
RENT_QA_PAGE = """\
北埔日報　2029年8月15日　星期三
第6版　居家　　編輯：許雅琳

雙北套房租金再漲
記者邱曉雯／台北報導

　　雙北套房租金今年上半年平均漲了百分之四，
房東趁續約調漲租金的情形增加。業者提醒房客，
簽約前要把修繕責任寫清楚。
租屋問答
房東提前解約　要賠嗎？
　　問：我的租約還有半年，房東說要賣房子，
要我下個月搬走，我可以要求賠償嗎？（板
橋　陳先生）
答覆律師：蘇冠宇（明正法律事務所）
　　答：租約沒有約定房東可以提前終止，房東
就不能片面要您搬走；雙方協議提前解約，可以
約定補償的金額。

北埔日報社　讀者服務專線：(02)2755-6120
"""


def test_a_lawyers_line_labelled_with_his_trade_between_question_and_answer_is_the_byline():
    page = clean_text(RENT_QA_PAGE)
    qa = page.articles[-1]
    assert qa.byline == "答覆律師：蘇冠宇（明正法律事務所）"
    assert not qa.headings
