"""Story boundaries and headlines on plain-text pages (issue 12), on pages written for each
rule: a made-up county weekly's briefs column and letters page, ragged at about 36 columns."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text

BRIEFS = """THE MILLBROOK COURIER • Friday, May 15, 2026 • COUNTY • A4

COUNTY NOTES

Ferry schedule changes
The Millbrook ferry will leave the west
landing every forty minutes instead of
every half hour from June 1, the county
transport office said on Monday.

Well water tests offered
Owners of private wells can have their
water tested free of charge at the
health office on Oak Street through the
end of the month, officials said.

Scout troop wins award
Troop 212 of the Millbrook Scouts won
the state conservation prize for the
trail it built along the river, the
troop leader, Ada Kerr, said.
"""


def test_a_short_line_set_flush_on_its_paragraph_heads_a_brief_of_its_own():
    page = clean_text(BRIEFS)
    assert [a.title for a in page.articles] == ["Ferry schedule changes", "Well water tests offered", "Scout troop wins award"]
    assert page.articles[1].paragraphs == [
        "Owners of private wells can have their water tested free of charge at the health office on Oak Street "
        "through the end of the month, officials said."
    ]
    assert all(not a.headings for a in page.articles)


def test_a_short_line_after_text_broken_off_mid_sentence_is_no_lead_in_head():
    # What precedes weighs: above the short line the paragraph stops mid-sentence (a column
    # break), so the line goes on with that text and heads nothing.
    page = clean_text(
        "Ferry schedule changes\n"
        "The Millbrook ferry will leave the west\nlanding every forty minutes instead of\n"
        "every half hour from June 1, said the\n\n"
        "County Transport Office\n"
        "Director Paul Amsel, who added that the\nfares would stay the same all summer.\n\n"
        "Owners of private wells can have their\nwater tested free of charge at the\nhealth office, officials said.\n\n"
        "Troop 212 of the Millbrook Scouts won\nthe state conservation prize for the\ntrail it built, the leader said.\n"
    )
    assert [a.title for a in page.articles] == ["Ferry schedule changes"]


LETTERS = """READERS WRITE

Save the old depot

The county wants to tear down the old
railroad depot on Front Street to make
room for a parking lot. The building is
more than a century old.

I ask the commissioners to let the
historical society try to raise the
money to restore it first.

Marta Lindqvist
West Millbrook

Bus stop needs a shelter

Riders waiting for the early bus at the
corner of Elm and Third stand in the
rain with no roof over their heads. A
simple shelter would not cost much.

Owen Baptiste
Millbrook
"""


def test_a_letters_name_and_town_under_its_text_are_its_byline_and_the_next_letter_starts_under_them():
    page = clean_text(LETTERS)
    depot, bus = page.articles[-2:]
    assert depot.byline == "Marta Lindqvist West Millbrook"
    assert bus.title == "Bus stop needs a shelter" and bus.byline == "Owen Baptiste Millbrook"
    assert bus.paragraphs[0].startswith("Riders waiting for the early bus")
    assert not depot.headings and not bus.headings


def test_a_subhead_over_text_is_no_signature():
    page = clean_text(
        "Mill Reopens After Flood\n\n"
        "The old flour mill on the river opened\nits doors again on Saturday after the\nspring flood.\n\n"
        "Repairs Took Months\n\n"
        "Workers replaced the wheel and the\nfloor of the grinding room, and the\nowners paid for most of it themselves.\n"
    )
    assert page.articles[0].byline is None
    assert "Repairs Took Months" not in (page.articles[0].byline or "")


def test_a_paper_word_in_lower_case_is_running_text_not_a_masthead():
    assert not is_furniture("The Town Board on Friday post-")
    assert not is_furniture("Hearing on Thursday sun")
    assert is_furniture("THE MILLBROOK POST • Friday, May 15, 2026")


NANYANG = """国际　南岸晨报　2026年9月8日　星期二　8

新山关卡车流量创新高

黄志明　报道
wongzm@example.my

　　新山关卡上周末的车流量创下今年新高，
移民局官员说，每天进出的车辆超过十二万辆。
　　许多新加坡居民趁长周末到新山购物和用
餐，部分商家说生意比平时好了三成。

槟城渡轮服务延长

　　（槟城综合讯）槟城渡轮公司宣布，从下个
月起将晚间班次延长至午夜，方便夜归的乘客。
　　公司发言人说，新班次将试行三个月。
"""


def test_a_name_signed_with_its_email_under_the_headline_is_the_byline():
    page = clean_text(NANYANG)
    first = page.articles[0]
    assert first.title == "新山关卡车流量创新高"
    assert first.byline.replace("\u3000", " ") == "黄志明 报道 wongzm@example.my"
    assert first.paragraphs[0].startswith("新山关卡上周末")


def test_a_place_and_zonghe_xun_opens_a_story_under_its_headline():
    page = clean_text(NANYANG)
    assert [a.title for a in page.articles] == ["新山关卡车流量创新高", "槟城渡轮服务延长"]
    assert page.articles[1].paragraphs[0].startswith("（槟城综合讯）")


def test_a_short_first_line_under_a_byline_is_the_storys_text_not_a_lead_in_head():
    page = clean_text(
        "Orchard Show Draws Record Crowd\n\nBy Lena Ostrowski\n\n"
        "Growers from Hollis Valley\n"
        "brought more than two hundred kinds\nof apples to the county show, which\nopened on Saturday.\n\n"
        "The judges gave the top prize to a\nfamily farm near Cold Spring.\n"
    )
    assert [a.title for a in page.articles] == ["Orchard Show Draws Record Crowd"]
    assert page.articles[0].paragraphs[0].startswith("Growers from Hollis Valley brought")


WEB_EDITION = """清河晚报　2026年03月02日　星期一
第05版：城市　　上一版　　下一版
本版导航
·清河老城墙修缮工程启动
·东湖湿地公园新增观鸟点

清河老城墙修缮工程启动
　　本报讯（记者 顾晓燕）3月1日，清河老城墙东段修缮工程正式启动，预计年底前完工。
　　工程负责人介绍，修缮将尽量使用原有城砖，缺损部分按老工艺烧制补齐。

东湖湿地公园新增观鸟点
　　本报讯　东湖湿地公园近日新增三处观鸟点，配备望远镜和鸟类介绍牌，供市民免费使用。

返回目录　　打印本页　　关闭窗口
清河晚报社版权所有　未经许可不得转载
"""


def test_a_web_editions_list_of_headlines_and_its_controls_are_furniture():
    page = clean_text(WEB_EDITION)
    assert [a.title for a in page.articles] == ["清河老城墙修缮工程启动", "东湖湿地公园新增观鸟点"]
    assert "·清河老城墙修缮工程启动" in page.furniture and "本版导航" in page.furniture
    assert "返回目录\u3000\u3000打印本页\u3000\u3000关闭窗口" in page.furniture
    assert "清河晚报社版权所有\u3000未经许可不得转载" in page.furniture
    assert page.articles[-1].paragraphs == ["本报讯　东湖湿地公园近日新增三处观鸟点，配备望远镜和鸟类介绍牌，供市民免费使用。"]


def test_a_list_whose_entries_name_no_line_of_the_page_stays_text():
    page = clean_text("公园新规\n\n　　新规定明确了三件事：\n·犬只须拴绳\n·夜间不得燃放烟花\n\n　　违者将被处以罚款。\n")
    assert "·犬只须拴绳" not in page.furniture
    assert any("犬只须拴绳" in p for a in page.articles for p in a.paragraphs)


def test_a_headline_over_its_byline_after_a_story_is_no_signature():
    page = clean_text(
        "Mill Reopens After Flood\n\n"
        "The old flour mill on the river opened\nits doors again on Saturday after the\nspring flood.\n\n"
        "The owners thanked the volunteers who\nhelped clear the mud from the cellar.\n\n"
        "Harbor Ferry Fares\nRise Next Month\n\nBy Nadia Brenner\n\n"
        "Ferry fares between Millbrook and the\nisland will rise by a quarter in June,\nthe operator said.\n"
    )
    assert page.articles[0].byline is None
    assert [a.title for a in page.articles] == ["Mill Reopens After Flood", "Harbor Ferry Fares Rise Next Month"]
    assert page.articles[1].byline == "Nadia Brenner"


HK_PAGE = """港聞

屯門碼頭明起加開渡輪

【本報訊】屯門碼頭明日起加開往來東涌的渡輪班次，繁
忙時間每二十分鐘一班，票價維持不變。

┌────────────┐
│本報啟事　　　　　　　　│
│五月一日勞動節本報照常出版。│
└────────────┘

讀者來函

街市應增設座椅

本人每朝到街市買餸，見到不少長者買完嘢冇位坐，只能企
喺門口等人。希望食環署盡快加設座椅。

讀者　陳美玲（屯門）

本欄歡迎讀者來函，來函請附真實姓名，本報有權刪改。
"""


def test_a_notice_in_a_drawn_box_is_furniture_and_its_rules_go():
    page = clean_text(HK_PAGE)
    assert "本報啟事" in page.furniture and "五月一日勞動節本報照常出版。" in page.furniture
    assert [a.title for a in page.articles] == ["屯門碼頭明起加開渡輪", "街市應增設座椅"]
    assert not any("│" in p or "┌" in p for a in page.articles for p in a.paragraphs)


def test_a_readers_signature_under_the_letter_is_its_byline_and_the_call_for_letters_furniture():
    page = clean_text(HK_PAGE)
    letter = page.articles[-1]
    assert letter.byline is not None and "陳美玲" in letter.byline
    assert letter.paragraphs == ["本人每朝到街市買餸，見到不少長者買完嘢冇位坐，只能企喺門口等人。希望食環署盡快加設座椅。"]
    assert "本欄歡迎讀者來函，來函請附真實姓名，本報有權刪改。" in page.furniture


def test_a_drawn_box_with_no_notices_label_is_read_as_text():
    page = clean_text("區議會通過新預算\n\n┌──────────┐\n│議員今日表決，全數通過。│\n└──────────┘\n")
    assert "議員今日表決，全數通過。" in page.articles[0].paragraphs


def test_a_boxs_label_in_capitals_heads_the_box_and_the_call_for_letters_is_furniture():
    page = clean_text(
        "Scout troop wins award\nTroop 212 of the Millbrook Scouts won\nthe state conservation prize for the\n"
        "trail it built along the river.\n\n"
        "  ----------------------------------\n"
        "  CLARIFICATION\n"
        "  A photo caption on Page A2 on\n"
        "  Friday misnamed the ferry's\n"
        "  captain. She is Rosa Delgado.\n"
        "  ----------------------------------\n\n"
        "Letters of up to 300 words may be sent to the editor. Include your name and a daytime phone number.\n"
    )
    assert page.articles[-1].title == "CLARIFICATION"
    assert page.articles[-1].paragraphs == [
        "A photo caption on Page A2 on Friday misnamed the ferry's captain. She is Rosa Delgado."
    ]
    assert any(item.startswith("Letters of up to 300 words") for item in page.furniture)


def test_a_short_line_over_an_editors_note_starts_a_story_not_a_subhead():
    page = clean_text(
        "渠　水　进　山　村\n"
        "　　本报讯　今年春天，柳湾乡修通了第一条水渠，全乡旱地\n"
        "都浇上了水。\n\n"
        "青　年　突　击　队\n\n"
        "　　编者按：这是一封读者来信，讲的是一个青年突击队的故事。\n\n"
        "　　去年冬天，二十个青年组成突击队，上山开石修渠。\n"
    )
    assert [a.title.replace("\u3000", "") for a in page.articles] == ["渠水进山村", "青年突击队"]
    assert page.articles[1].paragraphs[0].startswith("编者按")


def test_a_headline_in_capitals_that_stops_on_a_semicolon_runs_on_into_its_next_line():
    page = clean_text(
        "THE MILLBROOK DAILY STAR, MILLBROOK, IOWA, FRIDAY, APRIL 9, 1915.\n\n"
        "    MILL DAM GIVES WAY;\n"
        "    FARMS ARE FLOODED\n\n"
        "The dam above the Millbrook mill gave\nway early this morning after a week of\n"
        "rain, and the water spread over the\nfarms below it before the families\ncould drive their stock to high ground.\n"
    )
    assert page.articles[0].title == "MILL DAM GIVES WAY; FARMS ARE FLOODED"
    assert page.articles[0].paragraphs[0].startswith("The dam above")


TAIWAN_PAGE = """南港日報　中華民國115年6月2日　星期二　B3　地方

漁港整建　漁民共同參與
北岸漁港新魚市
下月啟用
攤位增為八十個　冷藏設備全面更新
〔記者王雅琪／北岸報導〕北岸漁港新
魚市場整建完工，將於下月一日啟用。
　　漁會總幹事說，新魚市的攤位比舊
市場多出一倍。

東山步道重新開放
（中央社記者張志豪東山1日電）東山
登山步道整修完成，今天重新開放。
（編輯：林怡君）1150601
"""


def test_a_headline_over_two_lines_between_a_paired_kicker_and_deck_is_one_title():
    page = clean_text(TAIWAN_PAGE)
    first = page.articles[0]
    assert first.kicker == "漁港整建\u3000漁民共同參與"
    assert first.title.replace("\u3000", "") == "北岸漁港新魚市下月啟用"
    assert first.subtitle == "攤位增為八十個\u3000冷藏設備全面更新"


def test_the_cna_editor_tag_closing_a_story_is_furniture():
    page = clean_text(TAIWAN_PAGE)
    assert "（編輯：林怡君）1150601" in page.furniture
    assert all("編輯" not in (a.kicker or "") for a in page.articles)


def test_a_traditional_jump_line_is_furniture_not_a_headline():
    page = clean_text(
        "荃灣公園重開\n\n【本報訊】荃灣公園翻新工程完成，明日重開，新增兒童遊樂場及\n\n（下轉A4版）\n\n"
        "天文台：周末轉涼\n\n【本報訊】天文台預測周末氣溫下降。\n"
    )
    assert "（下轉A4版）" in page.furniture
    assert [a.title for a in page.articles] == ["荃灣公園重開", "天文台：周末轉涼"]


def test_on_a_page_of_flush_paragraphs_a_short_line_set_apart_over_its_text_starts_a_story():
    page = clean_text(
        "本埠新聞\n\n"
        "碼頭工人昨日復工\n"
        "昨晨八時、各碼頭工人陸續上工、貨物起卸如常、\n秩序良好。\n"
        "據工會負責人稱、勞資雙方已簽訂新約。\n\n"
        "電車公司增開班次\n"
        "電車公司昨日宣布、自下月起增開早班電車、以便\n工人上工。\n"
    )
    assert [a.title for a in page.articles] == ["碼頭工人昨日復工", "電車公司增開班次"]
    assert page.articles[0].headings == []


def test_old_decks_in_capitals_hold_together_across_a_speck_and_a_word_split_at_the_line_end():
    page = clean_text(
        "THE HOLLIS COUNTY ADVOCATE. SATURDAY, MARCH 7, 1885.\n\n\n"
        "A BOLD THEFT.\n\n"
        "THE MAIL COACH STOPPED\n"
        "ON THE RIDGE.\n"
        ".\n"
        "ROBBERS TAKE FOUR HUN-\n"
        "DRED DOLLARS IN NOTES.\n\n"
        "  On Tuesday evening the mail coach\n"
        "from Hollis was stopped on the ridge\n"
        "road by two armed men, who took the\n"
        "mail sack and four hundred dollars.\n"
        "  The driver was not hurt, and the\n"
        "sheriff has gone after the robbers.\n"
    )
    assert "THE HOLLIS COUNTY ADVOCATE. SATURDAY, MARCH 7, 1885." in page.furniture
    assert [a.title for a in page.articles] == ["A BOLD THEFT."]
    assert page.articles[0].subtitle == "THE MAIL COACH STOPPED ON THE RIDGE. ROBBERS TAKE FOUR HUNDRED DOLLARS IN NOTES."


def test_briefs_with_no_headlines_each_start_at_their_dateline():
    page = clean_text(
        "南港新報 2026年4月2日 星期四 A3 地方\n\n"
        "【記者周怡君／南港報導】南港區公所昨天宣布，區內三座公園將加裝夜間照明。\n\n"
        "區公所表示，工程預計下月完工。\n\n"
        "【記者林書豪／汐止報導】汐止區圖書館分館今天起延長開放至晚間九時。\n\n"
        "（中央社記者黃美玲台北1日電）台北市今天發布新版防災地圖。\n"
    )
    assert "南港新報 2026年4月2日 星期四 A3 地方" in page.furniture
    assert len(page.articles) == 3
    assert [a.title for a in page.articles] == [None, None, None]
    assert page.articles[0].paragraphs[1] == "區公所表示，工程預計下月完工。"


def test_a_reporters_lead_phrase_inside_a_story_starts_nothing():
    page = clean_text(
        "老城区电梯加装提速\n\n本报记者 陈思远\n\n"
        "“以前爬五楼要歇两回，现在方便多了。”家住桂香小区的王阿姨说。\n\n"
        "记者从市住建局了解到，今年全市已有46部电梯投入运行。\n"
    )
    assert len(page.articles) == 1 and len(page.articles[0].paragraphs) == 2


def test_a_caption_set_whole_into_a_broken_sentence_with_its_credit_leaves_the_text():
    page = clean_text(
        "Ferry Dock Rebuilt\n\n"
        "Crews replaced the pilings of the old\nferry dock this spring, and the county\n"
        "said the work finished two weeks early.\n\n"
        "The dock had been closed since a storm\nin January damaged three of\n\n"
        "A crane lowers a new piling into\nthe harbor at the ferry dock\non Friday.\n"
        "ROSA DELGADO/Millbrook Courier\n\n"
        "its twelve pilings and tore away part\nof the ramp used by cars and trucks.\n\n"
        "Corrections: The Courier corrects errors of fact. Call 555-0100.\n"
    )
    story = page.articles[0]
    assert [c.text for c in story.captions] == ["A crane lowers a new piling into the harbor at the ferry dock on Friday."]
    assert story.captions[0].credit == "ROSA DELGADO/Millbrook Courier"
    assert story.paragraphs[-1] == (
        "The dock had been closed since a storm in January damaged three of its twelve pilings and tore away "
        "part of the ramp used by cars and trucks."
    )
    assert "Corrections: The Courier corrects errors of fact. Call 555-0100." in page.furniture


def test_to_be_continued_with_its_stop_inside_the_brackets_is_furniture():
    assert is_furniture("(To be continued.)") and is_furniture("(To be continued).")


def test_a_subhead_flush_on_the_first_of_several_paragraphs_stays_in_its_story():
    page = clean_text(
        "Council Approves Harbor Budget\n\nBy Nadia Brenner\n\n"
        "The Millbrook council on Tuesday approved\na harbor budget of $2.1 million for the\nyear that starts in July.\n\n"
        "The vote was 5-2, with two members\nsaying the plan spends too little on the\nnorth pier.\n\n"
        "Dredging comes first\n"
        "Most of the money will pay for dredging\nthe channel, which has silted up since\nthe spring floods.\n\n"
        "The harbor master said the work should\nbe done before the summer ferries start\nrunning in June.\n"
    )
    assert [a.title for a in page.articles] == ["Council Approves Harbor Budget"]
    assert page.articles[0].headings == ["Dredging comes first"]
    assert page.articles[0].paragraphs[2].startswith("Most of the money")


def test_a_title_case_headline_cut_on_a_joining_word_runs_on_across_a_blank_line():
    page = clean_text(
        "Ferry Service Returns After Two Years of\n\nDelays\n\nBy Nadia Brenner\n\n"
        "The island ferry made its first run in\ntwo years on Saturday morning, carrying\nforty passengers and six cars.\n"
    )
    assert page.articles[0].title == "Ferry Service Returns After Two Years of Delays"
    assert page.articles[0].byline == "Nadia Brenner"


def test_a_short_line_under_a_by_line_after_a_misread_headline_is_no_lead_in_head():
    page = clean_text(
        "‘Orchard Show Draws Record Crowd\n\nBy Lena Ostrowski\n\n"
        "Growers from Hollis Valley\n"
        "brought more than two hundred kinds\nof apples to the county show, which\nopened on Saturday.\n\n"
        "The judges gave the top prize to a\nfamily farm near Cold Spring.\n"
    )
    assert "Growers from Hollis Valley" not in [a.title for a in page.articles]


def test_a_headline_waiting_for_its_lead_takes_it_whatever_text_came_first():
    # An engine's reading order put the end of the story above between the brief's headline
    # and its lead: the lead still belongs to that headline.
    page = clean_text(
        "公交站台装上充电柜\n\n本报讯　首批20个公交站台昨起提供共享充电宝。\n\n\n"
        "滨海路夜间封闭施工\n\n据悉，年内全市将有150个站台装上充电柜。\n\n"
        "本报讯　6月5日至20日每晚，滨海路将封闭施工。\n"
    )
    assert [a.title for a in page.articles] == ["公交站台装上充电柜", "滨海路夜间封闭施工"]
    assert page.articles[1].paragraphs[-1].startswith("本报讯")


def test_a_deck_cut_on_a_joining_word_under_a_capitals_headline_stays_its_deck():
    page = clean_text(
        "MILL DAM TO BE REBUILT\n\n"
        "County Board Votes Funds for Repair of\n"
        "the Old Dam — Work to Begin in June\n\n"
        "The county board on Monday voted to\nrebuild the mill dam on Hollis creek,\n"
        "which gave way in the spring floods.\n"
    )
    assert page.articles[0].title == "MILL DAM TO BE REBUILT"
    assert page.articles[0].subtitle == "County Board Votes Funds for Repair of the Old Dam — Work to Begin in June"


# A 副刊 page written for `classify._verse`: a 组诗 of two titled poems, then a headline stack
# (kicker, title, deck) over prose, which must stay headlines.
FUKAN = """　　　　　　　　江边的四季（组诗）
　　　　　　　　　　　　□ 周岚

　　春汛

　　江水漫过了石阶
　　渡船在柳树下打盹
　　燕子衔来第一声雷

　　岸边的油菜花
　　一夜之间
　　把村子点亮了

　　秋渡

　　摆渡人收起长篙
　　芦花落满船舱
　　他说今年的鱼肥

　　夕阳慢慢沉下去
　　对岸的灯一盏盏亮起


　　文化广场
　　老街书场重新开张
　　每周六下午免费开讲

　　本报讯　修缮一新的老街书场日前重新开张，每周六下午请本地艺人免费开讲评书，
吸引了不少老听众。
"""


def test_a_zushi_keeps_each_stanza_as_a_paragraph_under_its_poems_title():
    article = clean_text(FUKAN).articles[0]
    assert article.title == "江边的四季（组诗）" and article.byline == "周岚"
    assert article.headings == ["春汛", "秋渡"]
    assert article.paragraphs == [
        "江水漫过了石阶\n渡船在柳树下打盹\n燕子衔来第一声雷",
        "岸边的油菜花\n一夜之间\n把村子点亮了",
        "摆渡人收起长篙\n芦花落满船舱\n他说今年的鱼肥",
        "夕阳慢慢沉下去\n对岸的灯一盏盏亮起",
    ]


def test_a_headline_stack_over_prose_is_not_verse():
    story = clean_text(FUKAN).articles[-1]
    assert story.title.startswith("老街书场重新开张") and story.paragraphs[0].startswith("本报讯")
    assert not any("\n" in text for text in (story.title, *story.paragraphs))



# A story with a file photo, written for the credits of pictures from the paper's files and of
# drawings: the caption over "（资料图片）" is lifted out of the text, and so is "插图　林小禾".
FILE_PHOTO = """滨江大桥下月起封闭维修

　　本报讯　记者从市交通局获悉，滨江大桥将于下月1日起封
闭维修三个月，其间过江车辆请绕行城北隧道，公交线路也将
相应调整。
滨江大桥建成已有二十六年，桥面多处出现裂缝。
（资料图片）
　　市交通局有关负责人说，维修期间将增开两条跨江公交线
路，在早晚高峰加密班次，并在桥两端设置临时换乘站，方便
插图　林小禾
市民出行。维修工程预计总投资1.2亿元，由市城建集团施工
，工程完工后大桥的限载标准将提高到每车五十吨。
　　交警部门提醒，封闭期间请驾驶人提前规划路线，注意沿
途的绕行指示标志，服从现场交警的指挥。
"""


def test_a_file_photos_credit_lifts_its_caption_and_an_illustrators_line_is_a_credit():
    article = clean_text(FILE_PHOTO).articles[0]
    # a drawing has no caption: its credit stands alone
    assert [(c.text, c.credit) for c in article.captions] == [("滨江大桥建成已有二十六年，桥面多处出现裂缝。", "（资料图片）"), ("", "插图　林小禾")]
    assert len(article.paragraphs) == 3 and article.paragraphs[1].endswith("方便市民出行。维修工程预计总投资1.2亿元，由市城建集团施工，工程完工后大桥的限载标准将提高到每车五十吨。")
    assert article.headings == []


# A weekly's obituary column written for the standing head over names, the house ad read into a
# sentence, and the obituary policy at the foot.
OBITS = """DEATHS

Walter J. Brennan

PINE HOLLOW — Walter James Brennan,
91, of Pine Hollow, died March 2 at
his home on Mill Road.

He farmed on Mill Road for sixty years
and served on the school board. He is
survived by his wife, Ellen; a son,

ADVERTISE HERE! Reach 9,000 homes every week. Call (555) 010-2200.

Mark, of Dover; and four grandchildren.

Rose (Tully) Marsh

DOVER — Rose Tully Marsh, 78, died
March 1 at Dover Hospital.

She taught piano to three generations
of Dover children.

Death notices are published free of charge. Send them to notices@example.com by Monday.
"""


def test_a_standing_head_over_a_name_is_the_obituaries_section():
    page = clean_text(OBITS)
    first, second = page.articles
    assert (first.section, first.title) == ("DEATHS", "Walter J. Brennan")
    # the next notice under the standing head: its section or none (holdout11's gold takes either)
    assert second.title == "Rose (Tully) Marsh" and second.section in (None, "DEATHS")
    assert page.articles[0].paragraphs[1].endswith("a son, Mark, of Dover; and four grandchildren.")
    assert page.articles[1].paragraphs[-1] == "She taught piano to three generations of Dover children."
    assert any(item.startswith("ADVERTISE HERE!") for item in page.furniture)
    assert any(item.startswith("Death notices are published") for item in page.furniture)


# A 记者手记 signed under its text, written for `segment._Reader.signed_at_the_end`; the story
# after it opens on a short headline that must stay one.
SIGNED = """【编辑手记】
　　　　书香不打烊

　　走访中，记者看到不少年轻人在图书馆一坐就是一整天。一座城市的
温度，往往就藏在这些亮到深夜的灯光里。
　　希望这样的灯光，能照亮更多人的夜读时光。
　　　　　　　　　　　　　　　　　　林晓岚

　　　　金秋
　　本报讯　记者王成报道：第五届金秋读书节昨天在市图书馆开幕，持续
到本月底，其间将举办讲座和读书会四十余场。
"""


def test_a_name_under_the_last_sentence_signs_the_story():
    first, second = clean_text(SIGNED).articles
    assert (first.title, first.byline) == ("书香不打烊", "林晓岚")
    assert first.paragraphs[-1] == "希望这样的灯光，能照亮更多人的夜读时光。"
    assert second.title == "金秋" and second.paragraphs[0].startswith("本报讯")


# A campus paper's stories signed at their end in brackets, written for `classify._end_bylines`:
# on a line of its own over the next headline, and as the last line of a paragraph's block.
CAMPUS = """图书馆新增研讨空间
　　本学期起，图书馆三楼新增12间小组研讨室，师生可通过图书馆
网站提前预约，每次最多使用两小时。
（图书馆　通讯员　赵一帆）

　　　　校运会落幕
　　第三十届校运会昨天落幕，土木学院以总分312分夺得团体冠军，
共有4项校纪录被打破。
（文／学生记者　周越　图／校团委　林川）
"""


def test_a_bracketed_byline_under_the_last_sentence_signs_its_story():
    first, second = clean_text(CAMPUS).articles
    assert (first.title, first.byline) == ("图书馆新增研讨空间", "（图书馆　通讯员　赵一帆）")
    assert (second.title, second.kicker, second.byline) == ("校运会落幕", None, "（文／学生记者　周越　图／校团委　林川）")
    assert second.paragraphs == ["第三十届校运会昨天落幕，土木学院以总分312分夺得团体冠军，共有4项校纪录被打破。"]


# A French local page written for `blocks.overwide`: a caption with its photographer's initials
# (no-break spaces, as French sets them) read on one wide line inside a paragraph's lines.
FRENCH_CAPTION = """Le pont de la Sorne fermé trois mois
Les travaux de réfection du pont
commenceront le 4 mai. Les bus seront
déviés par la route de Bréval pendant
La mairie a présenté le chantier aux riverains mardi soir. Photo J.\u00a0R.
toute la durée du chantier, précise la
mairie.
Le coût est estimé à 420 000 euros.
"""


def test_a_wide_caption_line_read_into_a_paragraph_is_lifted_with_its_credit():
    article = clean_text(FRENCH_CAPTION).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("La mairie a présenté le chantier aux riverains mardi soir.", "Photo J.\u00a0R.")]
    assert article.paragraphs[0].endswith("pendant toute la durée du chantier, précise la mairie.")


def test_an_old_papers_own_correspondent_names_no_writer_so_is_no_byline():
    page = "MILL CREEK.\n(FROM OUR OWN CORRESPONDENT.)\n\n  The harvest here is nearly over, and the\ngrain is said to be of good quality.\n"
    cleaned = clean_text(page)
    article = cleaned.articles[0]
    assert (article.title, article.byline) == ("MILL CREEK.", None)
    assert "(FROM OUR OWN CORRESPONDENT.)" in cleaned.furniture
    assert article.paragraphs == ["The harvest here is nearly over, and the grain is said to be of good quality."]


def test_a_shops_display_line_between_two_halves_of_a_sentence_is_furniture():
    page = ("RIVER FLATS.\n\n  The farmers here have asked the shire to\nrepair the bridge over the\n\n"
            "HART BROS., DRAPERS AND GROCERS, MAIN STREET.\n\ncreek before the winter rains set in.\n")
    page_ = clean_text(page)
    assert page_.articles[0].paragraphs == ["The farmers here have asked the shire to repair the bridge over the creek before the winter rains set in."]
    assert "HART BROS., DRAPERS AND GROCERS, MAIN STREET." in page_.furniture


def test_a_shops_display_of_a_few_lines_between_two_halves_of_a_sentence_is_furniture():
    page = ("RIVER FLATS.\n\n  The farmers here have asked the shire to repair\nthe bridge over the creek, which they\n\n"
            "WINTER BOOTS! WINTER BOOTS!\nT. GRAHAM & SON, Bootmakers, have a\nfine stock for the season.\n\n"
            "say is no longer safe for loaded drays.\n")
    page_ = clean_text(page)
    assert page_.articles[0].paragraphs == [
        "The farmers here have asked the shire to repair the bridge over the creek, which they say is no longer safe for loaded drays."
    ]
    assert "WINTER BOOTS! WINTER BOOTS!" in "\n".join(page_.furniture)


def test_a_line_in_capitals_between_two_stories_is_no_ad():
    # the text above ends its sentence: the line in capitals opens the next story, firm or none
    page = ("RIVER FLATS.\n\n  The farmers here have asked the shire to repair\nthe bridge over the creek before winter.\n\n"
            "T. GRAHAM & SON'S NEW SHOP.\n\nthe new shop of Messrs. Graham in Main street\nwas opened on Saturday.\n")
    assert "T. GRAHAM & SON'S NEW SHOP." not in "\n".join(clean_text(page).furniture)


def test_a_letter_spaced_column_label_is_the_section():
    page = ("　　短　評\n\n　　節約用電從我做起\n\n　　入冬以來，本市用電量逐\n日上升，各機關學校應帶頭\n節約用電，人走燈滅，商店\n"
            "招牌燈也應提早關閉。\n　　節約一度電，就是為抗\n戰多出一分力量。\n")
    article = clean_text(page).articles[0]
    assert (article.section, article.kicker, article.title) == ("短　評", None, "節約用電從我做起")


def test_a_german_or_french_running_head_gives_the_pages_date_and_number():
    story = "\n\nHochwasser an der Murr\n\nDer Pegel der Murr ist in der Nacht um\nfast einen Meter gestiegen.\n"
    german = clean_text("MURRTAL-ANZEIGER · Dienstag, 3. Februar 2026 · Seite 7 · Region" + story).info
    french = clean_text("LA GAZETTE DU JURA | Jeudi 1er octobre 2026 | 14 | Sports\n\n> Lire aussi en page 22" + story).info
    assert (german.date, german.page) == ("2026-02-03", "7")
    assert (french.date, french.page) == ("2026-10-01", "14")


def test_an_ads_display_line_read_into_a_chinese_sentence_is_furniture():
    page = ("　　本市明日停水\n\n"
            "　　【本報訊】自來水公司定明日上\n午八時起停水檢修，屆時全市各區\n暫停供水，市民請預先儲水，待檢\n修完畢後方可\n"
            "國貨　金鷹牌熱水瓶　經久耐用　各大百貨公司均有出售\n"
            "恢復供水。\n　　該公司並稱，檢修工程預計於下\n午四時完成，如有延誤，當另行通\n知，請市民留意。\n")
    page_ = clean_text(page)
    assert page_.articles[0].paragraphs[0].endswith("待檢修完畢後方可恢復供水。")
    assert "國貨　金鷹牌熱水瓶　經久耐用　各大百貨公司均有出售" in page_.furniture


def test_a_sentence_case_headline_set_apart_under_a_standing_head_heads_the_first_letter():
    page = ("LETTERS TO THE EDITOR\n\nSave the old depot\n\n"
            "The railroad depot on Front Street\nis the last building of its kind in\nthe county, and it is falling apart.\n"
            "The roof leaks over the old waiting\nroom and the paint is long gone.\nThe council should find the money\n"
            "to repair the roof this year, before\nanother winter does more damage.\n\nJune Okafor\nRiverside\n\n"
            "Thanks to the snow crews\n\nOur street was plowed before dawn\nafter every storm this winter. The\n"
            "town crews deserve our thanks for\ntheir long nights on the road.\n\nAlan Reyes\nMill Hill\n")
    article = clean_text(page).articles[0]
    assert (article.section, article.kicker, article.title) == ("LETTERS TO THE EDITOR", None, "Save the old depot")
    assert article.paragraphs[0].startswith("The railroad depot on Front Street")



def test_a_briefs_banner_of_one_short_word_heads_its_first_items_sentence_case_head_set_on_it():
    # "KORT" (Danish: in brief) straight over its first brief's head, a head nearly as wide as the
    # column, the brief a blank line under it.
    page = (
        "Ny cykelsti langs fjorden åbner i maj\n"
        "\n"
        "Kommunen har nu fået tilladelse til at bygge\n"
        "den sidste del af cykelstien langs fjorden, og\n"
        "arbejdet går i gang efter påske.\n"
        "\n"
        "KORT\n"
        "Julebelysningen på torvet tændes på søndag\n"
        "\n"
        "Lyset på torvet bliver tændt søndag klokken 16.\n"
        "Skolens kor synger, og der er gløgg til alle.\n"
        "\n"
        "Biblioteket holder lukket i uge 49\n"
        "\n"
        "Biblioteket flytter ind i den nye skole og er\n"
        "derfor lukket hele uge 49.\n"
    )
    briefs = clean_text(page).articles[1:]
    assert [b.title for b in briefs] == ["Julebelysningen på torvet tændes på søndag", "Biblioteket holder lukket i uge 49"]
    assert briefs[0].paragraphs == ["Lyset på torvet bliver tændt søndag klokken 16. Skolens kor synger, og der er gløgg til alle."]

# A county daily's page as OCR prints it: headlines directly on their leads, no blank line.
STEPPED_DECKS = """江北日报　2026年6月2日　星期二　第5版

山村新事
村口小卖部用上了扫码支付
本报讯 记者王一帆报道：家住石岭村的李大爷今年七十岁，
上个月第一次用手机付了钱。他说，现在买盐买油都不用
找零钱了。

十万册新书齐亮相
阅读热潮带旺周边商圈
本报讯 记者陶然报道：第三届江北书展昨天在会展中心开幕，
参展的出版社有二百多家。

城南菜市场完成改造
本报讯 记者苏禾报道：城南菜市场改造工程昨天完工，摊位

本报启事
本报自七月一日起每周六增出八版周末刊

由原来的一百二十个增加到一百八十个。
"""


def test_a_headline_line_clearly_shorter_than_the_one_under_it_is_the_kicker():
    page = clean_text(STEPPED_DECKS)
    assert [(a.kicker, a.title) for a in page.articles] == [
        ("山村新事", "村口小卖部用上了扫码支付"),
        (None, "十万册新书齐亮相阅读热潮带旺周边商圈"),  # two lines of a width: one title broken in two
        (None, "城南菜市场完成改造"),  # a notice dropped inside a sentence opens no story
    ]


# OCR's plain text of a justified column, fourteen characters to the line: no indent, no blank line.
COUNTED_COLUMN = """河口镇新建的渡口候船亭上个月
投入使用，候船的村民再也不用
站在江边吹风淋雨了。亭子里摆
了六条长椅，墙上贴着班次。
村支书方长海说，过去一到雨季
渡口就是一片泥地，老人上下船
很不方便，现在铺上了石板。
「有了亭子，心里踏实。」大娘
说，她每周都要往返三四趟。
下一步，镇里还打算在对岸再建
一座同样的候船亭。
"""


def test_a_sentence_that_ends_a_character_short_of_a_counted_column_ends_its_paragraph():
    paragraphs = [p for a in clean_text(COUNTED_COLUMN).articles for p in a.paragraphs]
    # (the 「 could not end "…石板。": it went down with the character after it, in the paragraph)
    assert [p[:5] + "…" + p[-3:] for p in paragraphs] == ["河口镇新建…班次。", "村支书方长…四趟。", "下一步，镇…船亭。"]


LATE_NEWS = """THE RIVERTON STAR    MONDAY, MARCH 2, 1964

COUNCIL APPROVES NEW BRIDGE
The council voted last night to build a new
bridge over the river at a cost of two
million pounds. Work will start in spring.

LATE NEWS
FERRY STRIKE: Ferrymen agreed at 4 p.m. to
return to work tomorrow morning.
"""


def test_a_standing_head_ending_on_a_papers_word_below_the_first_story_heads_its_item():
    page = clean_text(LATE_NEWS)
    assert page.articles[0].paragraphs == [
        "The council voted last night to build a new bridge over the river at a cost of two million pounds. Work will start in spring."
    ]
    assert page.articles[-1].paragraphs == ["FERRY STRIKE: Ferrymen agreed at 4 p.m. to return to work tomorrow morning."]
    assert "LATE NEWS" not in page.furniture


# A county paper's letters page: each letter signed by its reader, each reply by who answered it.
SIGNED_REPLIES = """东江日报　2026年5月6日　星期三　第7版　民生

读者来信

楼道里的电动车能不能管一管？
　　编辑同志：我家楼道里常年停着五六辆电动车，
晚上还有人从窗户拉电线下来充电，大家都很担心，
跟物业说了几次也没有用。
　　　　　　　　　　东城区读者　马女士
　　答：在楼道内停放电动车或为其充电，属于违
反消防规定的行为。您可以向街道或消防部门反映，
物业也有劝阻和报告的责任。
　　　　　　　　（本报特约消防顾问　白立新）

公交站台的座椅何时修好？
　　编辑同志：西关路公交站台的座椅坏了一个多
月，等车的老人只能站着，希望有关部门早点派人
修好。
　　　　　　　　　　西关读者　钱先生
　　答：公交公司表示，新座椅已经订购，下周就
能安装到位，给乘客带来不便，深表歉意。
"""


def test_a_bracketed_line_set_right_under_a_reply_signs_it_and_heads_nothing():
    page = clean_text(SIGNED_REPLIES)
    assert [a.title for a in page.articles] == ["楼道里的电动车能不能管一管？", "公交站台的座椅何时修好？"]
    assert page.articles[0].byline.endswith("（本报特约消防顾问　白立新）")
    assert page.articles[1].kicker is None


def test_a_commentary_signed_with_a_two_character_pen_name_spaced_out_keeps_its_signature():
    # "柯　平" under the last sentence, a blank line before the next story's head: the piece's
    # signer, not the next story's kicker.
    page = clean_text(
        "短评\n"
        "节约一度电\n"
        "　　一度电看起来不起眼，全厂三千人每人每天省一度，一年就是\n"
        "一百多万度。节约要从身边的小事做起。\n"
        "　　车间下班随手关灯，机床空转及时停机，这些都不难做到。\n"
        "柯　平\n"
        "\n"
        "二车间提前完成季度计划\n"
        "　　本报讯　二车间全体职工加班加点，提前十天完成了第一季度\n"
        "生产计划，产品合格率达到百分之九十八。\n"
    )
    comment, news = page.articles
    assert (comment.title, comment.byline) == ("节约一度电", "柯平")  # (the name unpadded)
    assert (news.title, news.kicker) == ("二车间提前完成季度计划", None)


def test_the_office_under_a_notices_closing_formula_is_its_byline_not_a_paragraph():
    page = clean_text(
        "关于春节期间暂停办理业务的通知\n"
        "　　因春节放假，二月九日至十五日暂停办理各项业务，\n"
        "急事请拨值班电话。二月十六日起恢复正常办理。\n"
        "　　特此通知。\n"
        "东城区房管所\n"
        "二〇二六年一月二十日\n"
    )
    [notice] = page.articles
    assert notice.byline == "东城区房管所"
    # The office's date under it is the notice's last paragraph, as holdout93's, holdout101's and
    # holdout102's golds have it (`classify._dates_under_a_signer`); before, page furniture.
    assert notice.paragraphs[-2:] == ["特此通知。", "二〇二六年一月二十日"]


def test_a_departments_word_in_capitals_over_a_title_case_head_on_its_text_labels_that_story():
    page = clean_text(
        "BOWLS\n"
        "\n"
        "Harbour Club Retain the Shield\n"
        "    The Harbour Club retained the district\n"
        "shield on Saturday, beating Hillside by\n"
        "eleven shots on the Harbour green.\n"
        "    The return match will be played at\n"
        "Hillside next month.\n"
        "\n"
        "TOWN BAND CONCERT\n"
        "\n"
        "Programme for Sunday Afternoon\n"
        "\n"
        "    The Town Band will play in the park\n"
        "on Sunday at three o'clock.\n"
    )
    bowls, band = page.articles
    assert (bowls.kicker, bowls.title) == ("BOWLS", "Harbour Club Retain the Shield")
    assert (band.title, band.subtitle) == ("TOWN BAND CONCERT", "Programme for Sunday Afternoon")
