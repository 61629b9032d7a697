"""Pages into articles: where stories start and who wrote them, on short pages written for each case."""

from paperarchive.blocks import split_blocks
from paperarchive.classify import is_short, is_standalone_line
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.segment import RUNIN_PLACE, _Reader, segment


def fields(article, *names):
    return tuple(getattr(article, name) for name in names)


def test_signed_letters_are_one_article_each_with_the_signature_as_byline():
    page = (
        "讀者投書\n\n"
        "巷口路燈壞了三個月\n"
        "我家巷口的路燈從八月起就不亮了，晚上出入只能摸黑，長輩更是不敢出門。打過兩次市民專線，至今沒有下文。\n"
        "——高雄市 讀者 許文德\n\n"
        "感謝圖書館延長開放\n"
        "市立圖書館今年起週末延長開放到晚上九點，讓上班族也能借書。希望這項措施能持續下去。\n"
        "——台南市 上班族 蔡佩君\n\n"
        "本版園地公開，歡迎讀者投書，來函請附真實姓名與電話，本報保留刪改權利。\n\n"
        "本版主編：何志遠　美術編輯：呂欣怡"
    )
    clean = clean_text(page)
    letters = [fields(a, "title", "byline", "paragraphs") for a in clean.articles]
    assert [(title, byline) for title, byline, _ in letters] == [
        ("巷口路燈壞了三個月", "高雄市 讀者 許文德"),
        ("感謝圖書館延長開放", "台南市 上班族 蔡佩君"),
    ]
    assert all(len(paragraphs) == 1 for _, _, paragraphs in letters)
    assert clean.articles[0].section == "讀者投書"
    assert clean.furniture[0].startswith("本版園地公開") and clean.furniture[1:] == ("本版主編：何志遠", "美術編輯：呂欣怡")


def test_a_quoted_attribution_inside_a_story_stays_in_its_text():
    page = (
        "老街修繕完工\n"
        "□本報記者 周明\n\n"
        "老街修繕工程日前完工，騎樓恢復了舊日的樣貌。\n\n"
        "——這是居民盼了十年的改變\n\n"
        "街坊們說，修好的不只是房子，也是一條街的記憶。"
    )
    article = clean_text(page).articles[0]
    assert article.byline == "本報記者 周明"
    assert "——這是居民盼了十年的改變" in article.paragraphs


def test_a_bullet_mark_before_a_writers_name_makes_it_a_byline():
    page = "時論廣場\n\n公園不只是綠地\n◎陳美華（城市規劃師）\n公園的價值，在於讓不同的人在同一片樹蔭下相遇。"
    article = clean_text(page).articles[0]
    assert fields(article, "section", "title", "byline") == ("時論廣場", "公園不只是綠地", "陳美華（城市規劃師）")


def test_a_commentarys_writer_on_a_line_under_its_headline_is_its_byline():
    page = "短评\n\n让老旧小区也能用上充电桩\n\n周宁\n\n充电难，难在老小区。解决这个问题，既要政府牵头，也要企业和居民各让一步。"
    article = clean_text(page).articles[0]
    assert fields(article, "section", "title", "byline") == ("短评", "让老旧小区也能用上充电桩", "周宁")


def test_a_short_title_under_a_label_is_not_taken_for_a_name():
    page = "短评\n\n秋思\n\n秋天来了，城市的节奏慢了下来，人们又开始谈论远方。"
    article = clean_text(page).articles[0]
    assert fields(article, "section", "title", "byline") == ("短评", "秋思", None)


def test_a_headline_ending_in_a_particle_is_a_headline_when_a_byline_follows():
    page = "山村快递站开张了\n本报记者 罗一鸣\n\n梨花村的快递站今天开张，村民在村口就能收发包裹，不用再跑十几里山路。"
    article = clean_text(page).articles[0]
    assert fields(article, "title", "byline") == ("山村快递站开张了", "本报记者 罗一鸣")


def test_a_displaced_headline_goes_to_the_story_printed_without_one():
    wrapped = [
        "河口镇地处三县交界，人口分散，过去群众办事常",
        "要跑到县城，往返一次就是大半天。为此，镇里从",
        "去年起推行“一站式”办理，群众反映的各类问题",
        "由镇便民中心统一受理、统一登记，再按问题类别",
        "分派给相关站所，限期答复。今年又把水电气暖报",
        "港口冷链仓库扩建完工",
        "装、社保医保等高频事项下沉到村，办理时间平均",
        "缩短三天。",
    ]
    page = "便民服务进村\n本报记者 秦岭\n\n" + "\n".join(wrapped) + (
        "\n\n\n本报记者 陆川\n\n港口集团新建的冷链仓库日前投用，库容比原来增加一倍，可满足周边县市水产品的冷藏需求。"
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles] == [("便民服务进村", "本报记者 秦岭"), ("港口冷链仓库扩建完工", "本报记者 陆川")]
    assert articles[0].paragraphs[0].endswith("水电气暖报装、社保医保等高频事项下沉到村，办理时间平均缩短三天。")


def test_english_byline_lines_stand_apart_from_a_headline_that_fills_the_column():
    page = (
        "Harbor Commission Approves New Ferry Terminal on East Pier\n"
        "By the Associated Press\n\n"
        "PORTLAND, Maine — The harbor commission on Monday approved plans for a new\n"
        "ferry terminal on the east pier, ending two years of debate over the site.\n\n"
        "County Fair Adds Night Racing and Larger Livestock Barns\n"
        "By Nora Whitfield\n"
        "Courier Staff Writer\n\n"
        "The county fair board voted Thursday to add night harness racing to the\n"
        "program and to build two livestock barns before the August opening.\n"
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles] == [
        ("Harbor Commission Approves New Ferry Terminal on East Pier", "the Associated Press"),
        ("County Fair Adds Night Racing and Larger Livestock Barns", "Nora Whitfield Courier Staff Writer"),
    ]


def test_text_after_a_continued_from_line_is_not_joined_to_the_headline_above_it():
    page = (
        "School Board Weighs Later Start Times\n"
        "(Continued from Page 1)\n\n"
        "the district would need six more buses to stagger the morning routes, according\n"
        "to a report presented to the board on Tuesday night by the transport office.\n"
    )
    clean = clean_text(page)
    article = clean.articles[0]
    assert article.title == "School Board Weighs Later Start Times"
    assert article.paragraphs[0].startswith("the district would need six more buses")
    assert "(Continued from Page 1)" in clean.furniture


def test_a_correction_box_is_a_short_article_of_its_own_whole_across_its_indented_lines():
    page = (
        "Mill Road Bridge to Close for Three Weeks of Repairs\n\n"
        "The Mill Road bridge over Sandy Creek will close on Monday for three\n"
        "weeks while crews replace the deck and repaint the steel railings, the\n"
        "county engineer said Wednesday. Detour signs will be posted at both\n"
        "ends of the bridge, and school buses will use the Route 9 crossing.\n\n"
        "The repairs were moved up after an inspection in September found\n"
        "cracks in two of the concrete deck panels near the east abutment.\n\n\n"
        "  CORRECTION: A story on Page A4 of Monday's edition\n"
        "  gave the wrong time for the library book sale. The\n"
        "  sale opens at 9 a.m. Saturday in the community room.\n\n\n"
        "Downtown Ice Rink Opens Saturday With Free Skate Rentals\n\n"
        "The downtown ice rink opens for the season on Saturday with free skate\n"
        "rentals for the first weekend, the parks department said in a statement\n"
        "on Friday. Regular admission will be $5 for adults and $3 for children.\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == [
        "Mill Road Bridge to Close for Three Weeks of Repairs",
        None,
        "Downtown Ice Rink Opens Saturday With Free Skate Rentals",
    ]
    assert articles[1].paragraphs == [
        "CORRECTION: A story on Page A4 of Monday's edition gave the wrong time for the library book sale. "
        "The sale opens at 9 a.m. Saturday in the community room."
    ]


def test_a_column_of_classified_ads_is_furniture_and_the_news_above_it_stays():
    page = (
        "             LOCAL NEWS.\n\n"
        "  Mr. Edwin Hale of Marion was in town\n"
        "on business Tuesday and Wednesday.\n"
        "  The ladies of the Baptist church will\n"
        "hold a social in the church parlors on\n"
        "Friday evening. All are invited.\n\n"
        "             WANT COLUMN.\n"
        "  FOR SALE—A span of young mules, well\n"
        "broke and gentle. Inquire of T. Reese.\n"
        "  WANTED—A boy to learn the printing\n"
        "trade. Apply at this office.\n"
        "  LOST—A black leather pocketbook, on\n"
        "Main street. Finder please return it\n"
        "to this office and receive reward.\n"
    )
    clean = clean_text(page)
    assert [a.title for a in clean.articles] == ["LOCAL NEWS."]
    assert len(clean.articles[0].paragraphs) == 2
    assert clean.furniture[0] == "WANT COLUMN." and clean.furniture[1].startswith("FOR SALE—A span of young mules")
    assert len(clean.furniture) == 4


def test_a_running_foot_of_newsroom_contacts_is_furniture():
    page = (
        "Library Extends Weekend Hours\n\n"
        "The public library will stay open until 8 p.m. on Saturdays starting next month.\n\n"
        "Courier newsroom: (555) 010-2200 | news@courier.example"
    )
    clean = clean_text(page)
    assert clean.furniture == ("Courier newsroom: (555) 010-2200 | news@courier.example",)
    assert all("newsroom" not in p for p in clean.articles[0].paragraphs)


def test_a_chinese_headline_in_three_decks_gives_kicker_title_and_subtitle():
    page = (
        "坚持生态优先　推动绿色发展\n"
        "白沙河流域治理通过国家验收\n"
        "水质连续三年稳定达到Ⅱ类　沿岸新增湿地两千亩\n\n"
        "本报记者 谢远\n\n"
        "5月10日，白沙河流域综合治理工程通过国家验收，河道水质连续三年稳定达到Ⅱ类标准。"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "kicker", "title", "subtitle", "byline") == (
        "坚持生态优先　推动绿色发展", "白沙河流域治理通过国家验收", "水质连续三年稳定达到Ⅱ类　沿岸新增湿地两千亩", "本报记者 谢远"
    )


def test_a_morning_papers_running_head_is_furniture_and_a_colon_byline_is_the_byline():
    # Malaysian and Singapore Chinese dailies: "报道：NAME" under the headline, "…晨报" in the running head.
    page = (
        "东方晨报　2025年7月3日　星期四　地方新闻　B4\n\n"
        "槟州医疗预算\n"
        "槟州增设三所社区诊所\n"
        "村民：看病不再远行\n\n"
        "报道：黄志强\n\n"
        "（乔治市2日讯）槟州政府今年将在北海和高渊增设三所社区诊所，方便偏远村落居民就医。\n"
    )
    clean = clean_text(page)
    assert "东方晨报　2025年7月3日　星期四　地方新闻　B4" in clean.furniture
    assert fields(clean.articles[0], "kicker", "title", "subtitle", "byline") == (
        "槟州医疗预算", "槟州增设三所社区诊所", "村民：看病不再远行", "报道：黄志强"
    )


def test_two_lines_over_a_subtitle_are_kicker_and_title():
    page = "山城夜色新名片\n老码头变身音乐广场\n——周末演出场场爆满\n〔記者林雅婷／基隆報導〕基隆老碼頭改建的音樂廣場上週開放，周末演出場場爆滿。"
    article = clean_text(page).articles[0]
    assert fields(article, "kicker", "title", "subtitle", "byline") == ("山城夜色新名片", "老码头变身音乐广场", "周末演出场场爆满", "記者林雅婷")


def wrapped(paragraph: str, width: int = 20) -> list[str]:
    """A paragraph as a page prints it: indented two ideographic spaces, `width` characters to the line."""
    text = "\u3000\u3000" + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def test_a_column_name_right_above_a_headline_is_its_section_and_a_news_lead_starts_a_story():
    lines = [
        "晚报时评",
        "“接诉即办”更要“未诉先办”",
        "□ 周以宁",
        *wrapped("寒潮来袭，供暖热线电话一天响两千多次，维修师傅当天上门，这种快速响应值得肯定。但也要看到，不少问题其实可以在入冬前就发现、就解决。"),
        *wrapped("城市治理的温度，体现在一通电话的回应速度上，更体现在市民不必打这通电话的从容里。"),
        "两条公交线路临时调整",
        *wrapped("记者从市公交集团获悉，因地铁6号线施工，自1月25日起，26路、58路公交车临时调整线路，不再停靠花溪路站，调整期约3个月。"),
    ]
    articles = clean_text("\n".join(lines)).articles
    assert [fields(a, "section", "title", "byline") for a in articles] == [
        ("晚报时评", "“接诉即办”更要“未诉先办”", "周以宁"),
        (None, "两条公交线路临时调整", None),
    ]
    assert articles[1].paragraphs[0].startswith("记者从市公交集团获悉")


def test_taiwan_page_furniture_dateline_agency_source_and_box_label():
    page = (
        "A10 花東新聞｜東岸日報｜中華民國115年4月16日 星期四\n\n"
        "府城老書店熄燈前\n\n"
        "【記者呂佳穎／台南報導】經營四十二年的台南南窗書店將於月底歇業，店主前晚辦了最後一場讀詩會。\n\n"
        "（中央社）\n\n"
        "■鏈接\n"
        "何為讀詩會\n"
        "讀詩會是詩人與讀者輪流朗讀詩作的聚會，早年常在書店舉行。\n\n"
        "藝文中心主編／許雅雯　美術編輯／鄭宇辰"
    )
    clean = clean_text(page)
    first, box = clean.articles
    assert fields(first, "title", "byline", "source") == ("府城老書店熄燈前", "記者呂佳穎", "中央社")
    assert fields(box, "kicker", "title") == ("鏈接", "何為讀詩會")
    assert clean.furniture[-2:] == ("藝文中心主編／許雅雯", "美術編輯／鄭宇辰")
    assert clean.info.date == "2026-04-16"


def test_a_front_page_teaser_box_and_hotline_are_furniture():
    page = (
        "全国春播粮食作物面积已过七成\n\n"
        "新华社北京5月11日电（记者 郝思雨）记者11日从农业农村部获悉，全国春播粮食作物面积超过七成。\n\n"
        "【今日导读】\n"
        "第3版　首批“无废社区”名单公布\n"
        "第5版　岚江港一季度集装箱吞吐量增长12.6%\n\n"
        "岚江日报数字报 epaper.lanjiang.example　新闻热线 0000-96012"
    )
    clean = clean_text(page)
    assert len(clean.articles) == 1 and len(clean.articles[0].paragraphs) == 1
    assert clean.furniture[0] == "【今日导读】" and clean.furniture[-1].startswith("岚江日报数字报")
    assert clean.info.page is None  # the guide's lines name other pages


def test_a_running_head_naming_its_page_and_section_gives_the_page_number():
    story = "社区食堂开门迎客\n\n　　本报讯　城东街道首家社区食堂昨日开门，六十岁以上老人用餐每份优惠两元。\n"
    assert clean_text("岚江晚报　2026年12月2日　星期三\n第16版　彩市　　编辑：冉秋实\n\n" + story).info.page == "16"
    assert clean_text("第7版　国防·双拥\n\n" + story).info.page == "7"


def test_an_english_title_case_headline_filling_the_column_keeps_its_deck_apart():
    page = (
        "Snow Day Makeups Push Ashford School Year Into June\n"
        "Board weighs adding minutes to each day instead of extending the calendar\n\n"
        "By Karen Whitlock, Staff Writer\n\n"
        "Ashford Unified School District students will stay in class\n"
        "until at least June 12 after a string of February storms\n"
        "forced administrators to cancel seven school days, the most\n"
        "since the winter of 2011.\n\n"
        "Betty Ransome has poured coffee at the Corner Cup Diner on\n"
        "Main Street since 1988, and on Thursday the chamber will honor\n"
        "her with its Lifetime Service Award for the downtown district.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "title", "subtitle", "byline") == (
        "Snow Day Makeups Push Ashford School Year Into June",
        "Board weighs adding minutes to each day instead of extending the calendar",
        "Karen Whitlock, Staff Writer",
    )
    assert article.paragraphs[1].startswith("Betty Ransome has poured coffee at the Corner Cup Diner on Main Street")


def test_an_old_headline_in_capitals_with_an_honorific_starts_a_story():
    page = (
        "        GRANGERS PLAN BIG PICNIC.\n\n"
        "   The committee in charge requests that\n"
        "all persons who intend to bring teams no-\n"
        "tify the secretary, Mr. Frank Oberlin,\n"
        "before the first of July, in order that\n"
        "ample room may be provided at the sheds.\n\n"
        "                  -----\n\n"
        "         MRS. ELLEN HOOVER DIES.\n\n"
        "   Mrs. Ellen Hoover, widow of the late\n"
        "Samuel Hoover, died at her home on South\n"
        "Market street at an early hour this morn-\n"
        "ing, aged seventy-eight years. She had\n"
        "been in failing health since last winter.\n"
    )
    clean = clean_text(page)
    assert [a.title for a in clean.articles] == ["GRANGERS PLAN BIG PICNIC.", "MRS. ELLEN HOOVER DIES."]
    assert "-----" in clean.removed


def test_an_authors_note_under_a_signed_commentary_joins_its_byline():
    lines = [
        "城市观察",
        "老街改造，留住烟火气",
        "□ 周明川",
        *wrapped("老街改造不能只盯着立面翻新。保住小店和老住户，街区才有人气，改造的投入才算没有白花。"),
        "\u3000" * 8 + "（作者系江城大学城市规划系教授）",
    ]
    articles = clean_text("\n".join(lines)).articles
    assert len(articles) == 1
    assert articles[0].byline == "周明川（作者系江城大学城市规划系教授）"


def test_a_headline_ending_in_a_particle_over_an_indented_paragraph_is_a_headline():
    lines = [
        "读者来信",
        "小区门口的路灯终于修好了",
        *wrapped("我家住在南苑小区，门口的路灯坏了大半年，晚上进出只能摸黑，老人孩子都不敢出门。上周我把情况反映到街道，三天就有人来修好了。"),
        *wrapped("希望有关部门定期巡查小区周边的路灯，发现问题及时维修，别让居民再摸黑走路。"),
    ]
    article = clean_text("\n".join(lines)).articles[0]
    assert fields(article, "section", "title") == ("读者来信", "小区门口的路灯终于修好了")
    assert article.paragraphs[0].startswith("我家住在南苑小区")


def test_a_kicker_of_two_phrases_set_apart_over_a_headline():
    page = "抓项目\u3000强产业\n嵩原高新区前五个月新签约重大产业项目17个\n\u3000\u3000本报讯（记者 庄逸凡）记者6月3日从嵩原高新区获悉，前五个月新签约重大产业项目17个。"
    article = clean_text(page).articles[0]
    assert fields(article, "kicker", "title", "byline") == ("抓项目\u3000强产业", "嵩原高新区前五个月新签约重大产业项目17个", "记者 庄逸凡")


def test_an_old_deck_whose_first_line_ends_in_a_comma_is_the_subtitle():
    page = (
        "            A PIONEER GONE.\n\n"
        "     Death of Mrs. Harriet Dunlap,\n"
        "    Who Came to the County in 1857.\n\n"
        "    Mrs. Harriet Dunlap, widow of the\n"
        "late Thomas Dunlap, died yesterday at\n"
        "her home on Mill street, after an ill-\n"
        "ness of several months. She came to\n"
        "the county with her husband in 1857.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "title", "subtitle") == ("A PIONEER GONE.", "Death of Mrs. Harriet Dunlap, Who Came to the County in 1857.")
    assert article.paragraphs[0].startswith("Mrs. Harriet Dunlap, widow")


# Headlines set directly above their stories' leads: each line pair opens a story.
LEADS_PAGE = (
    "城东新建两所幼儿园\n"
    "本报讯（记者 周文杰）城东片区两所公办幼儿园昨日完工，将于明年春季学期开园。\n"
    "区教育局介绍，两所幼儿园均按省级示范园标准建设。\n"
    "老旧电梯更新提速\n"
    "记者赵一鸣报道 今年以来，我市共完成老旧住宅电梯更新改造312台，比去年同期增加近一倍。\n"
    "港口货运量创新高，集装箱再创纪录\n"
    "新华社天津11月3日电 天津港前10个月完成货物吞吐量4.1亿吨，同比增长5.2%。\n"
    "夜市攤商改用環保餐具\n"
    "【記者陳冠宇／台中報導】逢甲夜市自治會昨日與市府環保局簽署合作備忘錄。\n"
)


def test_a_short_line_directly_above_a_news_lead_opens_a_story():
    articles = clean_text(LEADS_PAGE).articles
    assert [(a.title, a.byline) for a in articles] == [
        ("城东新建两所幼儿园", "记者 周文杰"),
        ("老旧电梯更新提速", "记者赵一鸣"),
        ("港口货运量创新高，集装箱再创纪录", None),
        ("夜市攤商改用環保餐具", "記者陳冠宇"),
    ]
    assert not any(a.headings for a in articles)


def test_an_english_headline_over_a_wire_dateline_or_a_byline_opens_a_story():
    page = (
        "Senate Passes Farm Bill\n"
        "WASHINGTON (AP) — The Senate on Tuesday passed a five-year farm bill that extends crop insurance.\n"
        "The measure now goes to the House.\n"
        "City Council Delays Vote on Budget\n"
        "By JANE DOE\n"
        "The City Council postponed a vote on the proposed budget until next week.\n"
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles] == [
        ("Senate Passes Farm Bill", None),
        ("City Council Delays Vote on Budget", "JANE DOE"),
    ]


def test_a_headline_run_into_the_last_line_of_the_paragraph_above_is_split_off():
    # Hard-wrapped at 30 characters; the first story's last line fills the column, so the
    # headline under it is read as the paragraph's next line.
    page = (
        "本报讯（记者 周文杰）城东片区两所公办幼儿园昨日完工，将于明年春\n"
        "季学期开园，可提供学位540个。区教育局介绍，两所幼儿园均按省级示\n"
        "范园标准建设，配备了室内游戏场地和种植园地，市民可以预约参观。\n"
        "老旧电梯更新提速\n"
        "记者赵一鸣报道 今年以来，我市共完成老旧住宅电梯更新改造312台，\n"
        "比去年同期增加近一倍。市场监管部门表示，明年将继续推进这项工作。\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == [None, "老旧电梯更新提速"]
    assert articles[0].paragraphs[-1].endswith("市民可以预约参观。")


def test_standing_lines_are_furniture_not_kickers_or_subheads():
    page = (
        "本报讯（记者 刘晓红）11月20日，市图书馆少儿分馆正式开馆，馆内藏书12万册。\n"
        "分馆设有绘本区、阅读区和亲子活动区。\n"
        "（待续）\n"
        "示范日报社出版 本版邮箱：wenhua@shifan.example\n"
        "乡村书屋变身文化客厅\n"
        "本报讯（记者 钱明）今年以来，全县68个乡村书屋完成提档升级。\n"
        "上证指数　3412.56　+8.37　+0.25%\n"
        "深证成指　11023.40　-12.10　-0.11%\n"
        "（数据仅供参考，不构成投资建议）\n"
        "书屋还开设了读书会和电影放映。\n"
        "未完待续\n"
    )
    clean = clean_text(page)
    assert [a.title for a in clean.articles] == [None, "乡村书屋变身文化客厅"]
    assert clean.articles[1].paragraphs[-1] == "书屋还开设了读书会和电影放映。"
    assert not any(a.headings or a.kicker or a.section for a in clean.articles)
    for line in ("（待续）", "（数据仅供参考，不构成投资建议）", "未完待续"):
        assert line in clean.furniture
    assert any(item.startswith("示范日报社出版") for item in clean.furniture)
    # A sentence that speaks of continuing stays text.
    assert clean_text("本报将继续关注此事。\n\n此事未完待续，本报将继续关注。").articles[0].paragraphs[-1].startswith("此事")


def test_a_risk_notice_at_the_pages_foot_is_furniture():
    notice = "本版内容仅供参考，不构成投资建议。据此操作，风险自担。"
    clean = clean_text("基金发行回暖\n\n本报讯（记者 周岩）本月新发基金规模环比增长三成。\n\n" + notice + "\n")
    assert notice in clean.furniture
    assert clean.articles[0].paragraphs == ["本报讯（记者 周岩）本月新发基金规模环比增长三成。"]


def test_the_pages_own_credit_line_is_furniture_not_a_kicker():
    credit = "（本版稿件由中新社供稿）"
    page = "江城日报　2026年12月2日　第5版　国内\n\n" + credit + "\n\n冬小麦播种基本结束\n\n　　中新社北京12月1日电　记者从农业农村部获悉，全国冬小麦播种已基本结束。\n"
    clean = clean_text(page)
    assert credit in clean.furniture
    assert [(a.kicker, a.title) for a in clean.articles] == [(None, "冬小麦播种基本结束")]
    sponsor = "本版由江城市文化和旅游局　江城日报社联合主办"
    assert sponsor in clean_text("江城日报　2026年12月2日　第8版　文旅\n\n" + sponsor + "\n\n" + page.split("\n\n", 2)[2]).furniture


def test_a_tables_own_note_on_the_rows_above_it_stays_its_text():
    note = "以上油價僅供參考，實際以加油站牌價為準。"
    page = "今日油價\n\n油品　　價格\n九五無鉛　　30.2\n超級柴油　　27.9\n\n" + note + "\n\n本版信息仅供参考，不构成投资建议。\n"
    clean = clean_text(page)
    assert note in clean.articles[-1].paragraphs
    assert "本版信息仅供参考，不构成投资建议。" in clean.furniture


def test_a_page_with_no_headline_copies_no_paragraph_into_section_or_kicker():
    page = "分馆设有绘本区和亲子活动区\n\n周末还将举办故事会\n\n馆长说分馆开馆后全市公共图书馆总数达到15个\n"
    articles = clean_text(page).articles
    assert len(articles) == 1
    assert fields(articles[0], "section", "kicker", "title") == (None, None, None)
    assert len(articles[0].paragraphs) == 3


# Tesseract's chi_sim output: a space between every two characters, no blank line between
# paragraphs, a form feed at the end of each page.
TESSERACT_PAGE = (
    "社 区 食 堂 开 进 老 旧 小 区\n"
    "本 报 讯 （ 记 者 何 明 ） 11 月 20 日 ， 城 西 街 道 首 家 社 区 食 堂 在 和 平\n"
    "里 小 区 开 业 ， 每 天 可 为 300 多 名 老 人 提 供 午 餐 。\n"
    "食 堂 由 街 道 提 供 场 地 ， 引 入 专 业 餐 饮 企 业 运 营 ， 老 人 凭 卡\n"
    "就 餐 可 享 受 八 折 优 惠 。\n"
    "\f智 能 呼 叫 系 统 守 护 独 居 老 人\n"
    "本 报 讯 （ 记 者 孙 悦 ） 近 日 ， 区 民 政 局 为 辖 区 120 户 独 居 老 人 安 装\n"
    "了 智 能 呼 叫 系 统 ， 老 人 遇 到 紧 急 情 况 按 下 按 钮 即 可 求 助 。\n\f"
)


def test_tesseract_letter_spacing_goes_and_its_paragraphs_and_stories_are_found():
    articles = clean_text(TESSERACT_PAGE).articles
    assert [(a.title, a.byline) for a in articles] == [("社区食堂开进老旧小区", "记者何明"), ("智能呼叫系统守护独居老人", "记者孙悦")]
    assert articles[0].paragraphs == [
        "本报讯（记者何明）11 月 20 日，城西街道首家社区食堂在和平里小区开业，每天可为 300 多名老人提供午餐。",
        "食堂由街道提供场地，引入专业餐饮企业运营，老人凭卡就餐可享受八折优惠。",
    ]
    assert "智能呼叫系统" in articles[1].paragraphs[0]  # what a search for 智能呼叫 needs


def test_spaces_a_page_sets_on_purpose_stay():
    page = "学思践悟强党性 情系桑榆传温暖\n□本报通讯员 汤璇 柴悦\n\n重阳节前夕，社区开展敬老活动，为 20 位老人送去 AI 陪护音箱。"
    article = clean_text(page).articles[0]
    assert fields(article, "title", "byline") == ("学思践悟强党性 情系桑榆传温暖", "本报通讯员 汤璇 柴悦")
    assert article.paragraphs == ["重阳节前夕，社区开展敬老活动，为 20 位老人送去 AI 陪护音箱。"]


# A modern wire story as a small daily prints it, one printed line a line, with a jump at the end.
WIRE_PAGE = (
    "Bridges Across County Need\n"
    "Repairs, Engineers Warn\n"
    "Report finds a third of spans are rated poor\n"
    "By JANE DOE\n"
    "Associated Press\n"
    "MILLBROOK, Ohio (AP) — Nearly a third of the county's 212\n"
    "bridges need major repairs, according to an engineering re-\n"
    "port released Monday by the county's public works office.\n"
    '"We are patching things that should have been replaced."\n'
    "— County Engineer Tom Reyes\n"
    "Commissioners will take up the report at their meeting on\n"
    "Thursday, when residents may speak for three minutes each,\n"
    "See BRIDGES, Page A6\n"
    "Factory Orders Rise for Third Month\n"
    "By MARK LEE\n"
    "AP Business Writer\n"
    "NEW YORK (AP) — Orders to U.S. factories rose in October for\n"
    "the third straight month, the Commerce Department said.\n"
    "Continued on Page 4\n"
)


def test_a_modern_wire_story_headline_deck_byline_wire_pull_quote_and_jump():
    clean = clean_text(WIRE_PAGE)
    bridges, orders = clean.articles
    assert fields(bridges, "title", "subtitle", "byline", "source") == (
        "Bridges Across County Need Repairs, Engineers Warn",
        "Report finds a third of spans are rated poor",
        "JANE DOE",
        "Associated Press",
    )
    assert bridges.pull_quotes == ['"We are patching things that should have been replaced." — County Engineer Tom Reyes']
    assert not any("patching" in p or "Reyes" in p for p in bridges.paragraphs)
    assert bridges.paragraphs[-1].endswith("three minutes each,")  # cut at the jump, as printed
    assert orders.title == "Factory Orders Rise for Third Month"
    assert orders.byline.startswith("MARK LEE") and orders.source is None
    assert "See BRIDGES, Page A6" in clean.furniture and "Continued on Page 4" in clean.furniture


# A page as MinerU writes it (markdown saved as .txt): every heading-like line marked `#`, the
# running head and the byline too; a picture link, an HTML table and LaTeX numbers.
MINERU_PAGE = (
    '# 示范日报 2025年11月20日 星期四 第3版\n'
    '\n'
    '# 经济\n'
    '\n'
    '# 前三季度全市经济稳中有进\n'
    '\n'
    '# 本报记者 王海\n'
    '\n'
    '本报讯 前三季度，全市地区生产总值同比增长$4 . 7 \\%$，高于全省平均水平。\n'
    '\n'
    '![](images/8f3c1a2b9d.jpg)\n'
    '\n'
    '图为港区集装箱码头。（本报记者 王海 摄）\n'
    '\n'
    '# 一、工业生产回升\n'
    '\n'
    '规模以上工业增加值增长$5 . 2 \\%$，其中高技术制造业增长明显。\n'
    '\n'
    '<table><tr><td>指标</td><td>增速</td></tr><tr><td>地区生产总值</td><td>4.7%</td></tr></table>\n'
    '\n'
    '# 社区食堂开进老旧小区\n'
    '\n'
    '## 本报记者 孙悦\n'
    '\n'
    '城西街道首家社区食堂日前开业，每天可为300多名老人提供午餐。\n'
    '\n'
    '食堂由街道提供场地，老人凭卡就餐可享受八折优惠。\n'
)


def test_layout_model_markdown_is_evidence_not_truth():
    clean = clean_text(MINERU_PAGE)
    economy, canteen = clean.articles
    assert fields(economy, "section", "title", "byline") == ("经济", "前三季度全市经济稳中有进", "本报记者 王海")
    assert economy.headings == ["一、工业生产回升"]  # numbered like a part of the story
    assert economy.paragraphs == [
        "本报讯 前三季度，全市地区生产总值同比增长4.7%，高于全省平均水平。",
        "规模以上工业增加值增长5.2%，其中高技术制造业增长明显。",
    ]
    assert [c.text for c in economy.captions] == ["图为港区集装箱码头。"]
    assert fields(canteen, "title", "byline") == ("社区食堂开进老旧小区", "本报记者 孙悦")  # a marked byline is a byline
    assert len(canteen.paragraphs) == 2
    assert clean.furniture[0].startswith("示范日报") and "指标\u3000增速" in clean.furniture
    assert not any("images/" in p or "<t" in p or "$" in p for a in clean.articles for p in a.paragraphs)


def test_a_web_exports_heading_levels_are_still_trusted():
    page = "# 社区食堂开进老旧小区\n\n城西街道首家社区食堂日前开业。\n\n## 老人凭卡就餐\n\n食堂由街道提供场地。\n\n# 图书馆延长开放\n\n市图书馆周末开放到晚上九点。"
    articles = clean_text(page).articles
    assert [(a.title, a.headings) for a in articles] == [("社区食堂开进老旧小区", ["老人凭卡就餐"]), ("图书馆延长开放", [])]


def test_a_two_line_caption_marked_with_a_triangle_stays_whole_with_its_credit():
    page = (
        "社区食堂开进老旧小区\n"
        "本报讯（记者 何明）11月20日，城西街道首家社区食堂在和平里小区开业。\n"
        "▲老人们在新开业的社区食堂\n"
        "里用餐。 本报记者 何明 摄\n"
        "食堂由街道提供场地，引入专业餐饮企业运营，老人凭卡就餐可享受八折优惠。\n"
    )
    article = clean_text(page).articles[0]
    assert article.byline == "记者 何明"  # from the dateline, not the caption's first line
    assert [(c.text, c.credit) for c in article.captions] == [("老人们在新开业的社区食堂里用餐。", "本报记者 何明 摄")]
    assert article.paragraphs[-1].startswith("食堂由街道提供场地")


# Hard-wrapped at 34 columns: a caption and its credit read into the middle of a paragraph.
CAPTION_INSIDE = (
    "社区食堂开进老旧小区\n"
    "本报讯（记者 何明）11月20日，城西街道首家社区食堂在和平里小区开\n"
    "业，每天可为300多名老人提供午餐和晚餐。食堂由街道提供场地，引入专\n"
    "业餐饮企业运营，老人凭卡就餐可享受八折优惠，这一做法让不少独居老\n"
    "老人们在新开业的社区食堂里用餐。\n"
    "（本报记者 何明 摄）\n"
    "人感到温暖。街道负责人表示，年底前还将在城东再开两家社区食堂。\n"
    "食堂还为行动不便的老人提供送餐上门服务，每份加收两元配送费。\n"
)


def test_a_caption_and_credit_in_the_middle_of_a_paragraph_leave_it_and_it_goes_on():
    article = clean_text(CAPTION_INSIDE).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("老人们在新开业的社区食堂里用餐。", "（本报记者 何明 摄）")]
    assert len(article.paragraphs) == 1
    assert "这一做法让不少独居老人感到温暖。街道负责人表示" in article.paragraphs[0]
    assert article.paragraphs[0].startswith("本报讯") and "用餐" not in article.paragraphs[0]


# A story's jump and its continuation read one after the other, another story's headline between them.
JUMPS_PAGE = (
    '港区集装箱吞吐量创新高\n'
    '本报讯（记者 周明远）11月9日，南浦港集团发布数据，前10个月港区集装\n'
    '箱吞吐量达到412万标箱，同比增长8.6%。集团负责人介绍，今年新开通的\n'
    '三条外贸航线带来了大量货源，港区还将继续扩建码头，让更多的外贸企\n'
    '（下转第2版）\n'
    '冷链仓库扩建完工\n'
    '（上接第1版）\n'
    '业享受到便利。预计明年全年吞吐量将突破500万标箱。\n'
    '记者从市港口集团获悉，新建冷链仓库日前投入使用，库容达到3万吨，可\n'
    '满足全市一半以上进口冷冻食品的仓储需求。\n'
)


def test_a_headline_between_a_storys_jump_lines_is_lifted_and_the_sentence_rejoined():
    clean = clean_text(JUMPS_PAGE)
    port, cold_store = clean.articles
    assert port.title == "港区集装箱吞吐量创新高" and not port.headings
    assert port.paragraphs == [
        "本报讯（记者 周明远）11月9日，南浦港集团发布数据，前10个月港区集装箱吞吐量达到412万标箱，同比增长8.6%。"
        "集团负责人介绍，今年新开通的三条外贸航线带来了大量货源，港区还将继续扩建码头，让更多的外贸企业享受到便利。"
        "预计明年全年吞吐量将突破500万标箱。"
    ]
    assert cold_store.title == "冷链仓库扩建完工" and cold_store.paragraphs[0].startswith("记者从市港口集团获悉")
    assert clean.furniture == ("（下转第2版）", "（上接第1版）")


def test_a_jump_line_alone_still_ends_its_story_unjoined():
    page = "港区还将继续扩建码头，让更多的外贸企\n\n（下转第2版）\n\n冷链仓库扩建完工\n\n记者从市港口集团获悉，新建冷链仓库日前投入使用。"
    articles = clean_text(page).articles
    assert articles[0].paragraphs == ["港区还将继续扩建码头，让更多的外贸企"]
    assert articles[1].title == "冷链仓库扩建完工"


def test_jump_lines_record_where_a_story_continues_and_where_one_comes_from():
    page_one = (
        "港区集装箱吞吐量创新高\n本报讯（记者 周明远）前10个月港区集装箱吞吐量达到412万标箱，让更多的外贸企\n（下转第３版）\n\n"
        "冷链仓库扩建完工\n记者从市港口集团获悉，新建冷链仓库日前投入使用。"
    )
    port, cold_store = clean_text(page_one).articles
    assert (port.continues, port.continued_from) == ("3", None)
    assert (cold_store.continues, cold_store.continued_from) == (None, None)
    page_three = "（上接第1版）\n业享受到便利。预计明年全年吞吐量将突破500万标箱。\n\n图书馆延长开放\n本报讯 市图书馆周末开放到晚上九点。"
    rest, library = clean_text(page_three).articles
    assert (rest.title, rest.continued_from, rest.paragraphs[0][:4]) == (None, "1", "业享受到")
    assert library.continued_from is None
    wire = "Water Rates Would Rise\n(Continued from Page 1)\nthe average household would pay $3 more.\n\nBridges Need Repairs\nBy JANE DOE\nThe county said so.\nSee BRIDGES, Page A6"
    water, bridges = clean_text(wire).articles
    assert (water.continued_from, bridges.continues) == ("1", "A6")
    # Both halves on this page (the jump pair read one after the other): nothing to join later.
    port, _ = clean_text(JUMPS_PAGE).articles
    assert (port.continues, port.continued_from) == (None, None)


def test_a_bold_line_from_a_layout_models_markdown_is_read_by_its_text():
    page = "**经济**\n\n**社区食堂开进老旧小区**\n\n本报讯 城西街道首家社区食堂日前开业。\n\n**数据仅供参考，不构成投资建议。**"
    clean = clean_text(page)
    article = clean.articles[0]
    assert fields(article, "section", "title", "paragraphs") == ("经济", "社区食堂开进老旧小区", ["本报讯 城西街道首家社区食堂日前开业。"])
    assert clean.furniture == ("数据仅供参考，不构成投资建议。",)


def test_a_wire_dateline_with_a_plain_hyphen_is_a_lead_too():
    page = "Stocks Close Higher\nNEW YORK (Reuters) - Stocks closed higher on Friday.\nOil Prices Slip\nLONDON (Reuters) - Oil prices slipped on Friday."
    assert [a.title for a in clean_text(page).articles] == ["Stocks Close Higher", "Oil Prices Slip"]


def test_a_taiwan_photo_credit_with_its_post_after_a_slash_goes_with_its_caption():
    page = "▲長者在北屯據點參加健康操課程。記者林雅婷／攝影\n\n市民在公園賞花。\n記者陳冠宇／攝影\n\n公園管理處表示，花季將持續到月底。"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("長者在北屯據點參加健康操課程。", "記者林雅婷／攝影"),
        ("市民在公園賞花。", "記者陳冠宇／攝影"),
    ]
    assert article.paragraphs == ["公園管理處表示，花季將持續到月底。"] and article.byline is None


def test_a_campus_papers_credit_naming_a_student_reporter_goes_with_its_caption():
    page = "社團博覽會熱鬧登場\n\n各社團在活動中心前擺攤招生。\n（學生記者　林育賢／攝影）\n\n學生會表示，今年共有八十個社團參加。"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("各社團在活動中心前擺攤招生。", "（學生記者　林育賢／攝影）")]
    assert article.paragraphs == ["學生會表示，今年共有八十個社團參加。"] and article.byline is None


# The same engine on a Taipei page (chi_tra): full-width slash and brackets spaced out too.
TESSERACT_TRADITIONAL = (
    '社 區 長 照 據 點 再 添 三 處\n'
    '【 記 者 林 雅 婷 ／ 台 中 報 導 】 台 中 市 政 府 社 會 局 昨 日 宣 布 ， 北 屯 、 南 屯 與\n'
    '大 里 三 區 的 社 區 長 照 據 點 本 月 起 陸 續 開 張 ， 每 處 可 服 務 長 者 約 四 十\n'
    '人 ， 提 供 共 餐 、 健 康 促 進 與 陪 伴 服 務 。\n'
    '社 會 局 長 表 示 ， 明 年 將 再 增 設 五 處 據 點 。\n'
    '夜 市 攤 商 改 用 環 保 餐 具\n'
    '【 記 者 陳 冠 宇 ／ 台 中 報 導 】 逢 甲 夜 市 自 治 會 昨 日 與 市 府 環 保 局 簽 署 合\n'
    '作 備 忘 錄 ， 夜 市 內 兩 百 多 家 攤 商 將 在 年 底 前 全 面 改 用 可 重 複 使 用 的 餐\n'
    '具 ， 環 保 局 將 補 助 清 洗 設 備 。\n'
    '自 治 會 理 事 長 說 ， 攤 商 多 數 支 持 這 項 做 法 。\n'
)


def test_tesseract_traditional_page_two_stories_with_their_reporters():
    articles = clean_text(TESSERACT_TRADITIONAL).articles
    assert [(a.title, a.byline, len(a.paragraphs)) for a in articles] == [
        ("社區長照據點再添三處", "記者林雅婷", 2),
        ("夜市攤商改用環保餐具", "記者陳冠宇", 2),
    ]
    assert articles[1].paragraphs[0].startswith("【記者陳冠宇／台中報導】逢甲夜市")


def test_a_quoted_headline_over_its_dash_deck_is_not_a_pull_quote():
    page = "“让老人吃上热乎饭，吃得放心又舒心”\n——城西街道社区食堂见闻\n\n本报记者 何明\n\n清晨六点，食堂的灶台已经热了起来。"
    article = clean_text(page).articles[0]
    assert fields(article, "title", "subtitle", "pull_quotes") == ("“让老人吃上热乎饭，吃得放心又舒心”", "城西街道社区食堂见闻", [])


# A modern front page: two-line Title Case headlines whose second line ends on a paper's word.
FRONT_PAGE = (
    'THE DAILY SENTINEL                    TUESDAY, MARCH 3, 2026                    A1\n'
    '\n'
    'School Board Backs\n'
    'Later Start Times\n'
    'Change would push first bell to 8:30 a.m. next fall\n'
    'By ANNA PRICE\n'
    'Sentinel Staff Writer\n'
    'The Clearwater school board voted 5-2 on Monday night to move the start of\n'
    'the high school day to 8:30 a.m., citing research on teenage sleep.\n'
    'Parents who spoke at the meeting were divided. Several said the change\n'
    'would complicate morning child care, while others welcomed it.\n'
    '"Our kids are exhausted, and the science on this is clear."\n'
    '— Board member Luis Ortega\n'
    'The district will hold two more public forums before the change takes\n'
    'effect in August.\n'
    'See SCHOOLS, Page A4\n'
    'Wind Farm Clears\n'
    'Final State Review\n'
    'By TOM BRIGGS\n'
    'Associated Press\n'
    'CHEYENNE, Wyo. (AP) — State regulators on Monday approved the final permit\n'
    'for a 90-turbine wind farm east of Laramie, clearing the way for construction\n'
    'to begin this spring.\n'
    'Continued on Page 6\n'
)


def test_two_line_title_case_headlines_that_end_on_a_papers_word_are_headlines():
    clean = clean_text(FRONT_PAGE)
    schools, wind = clean.articles
    assert fields(schools, "title", "subtitle") == ("School Board Backs Later Start Times", "Change would push first bell to 8:30 a.m. next fall")
    assert schools.byline.startswith("ANNA PRICE") and schools.continues == "A4"
    assert fields(wind, "title", "byline", "source", "continues") == ("Wind Farm Clears Final State Review", "TOM BRIGGS", "Associated Press", "6")
    assert clean.furniture[0] == "THE DAILY SENTINEL"


# An 1890s page as Chronicling America's ocr.txt has it: the masthead ends in a full stop, the
# gutter's rule read as "|" after line-end hyphens, a speck read as a line of its own.
OCR_1895 = (
    'THE EVENING STAR.\n'
    'WASHINGTON, SATURDAY, JUNE 8, 1895.\n'
    '\n'
    'A BRIDGE CELEBRATION.\n'
    'The Citizens of Anacostia Turn Out\n'
    'in Large Numbers.\n'
    'The new bridge across the Eastern branch was\n'
    'formally opened yesterday afternoon, and the citi- |\n'
    'zens of Anacostia turned out in great numbers to\n'
    'witness the ceremonies. Colonel Barnes, who com- |\n'
    'manded the engineers, made a brief address, in\n'
    'which\n'
    '.\n'
    'he thanked the workmen for their labor. Some\n'
    'twenty- | five carriages crossed the bridge in\n'
    'procession.\n'
    '\n'
    'THE WEATHER.\n'
    'Fair to-day; warmer; southerly winds.\n'
)


def test_an_1890s_ocr_page_joins_words_across_margin_bars_and_drops_specks():
    clean = clean_text(OCR_1895)
    bridge, weather = clean.articles
    assert fields(bridge, "title", "subtitle") == ("A BRIDGE CELEBRATION.", "The Citizens of Anacostia Turn Out in Large Numbers.")
    text = bridge.paragraphs[0]
    assert "the citizens of Anacostia" in text and "who commanded the engineers" in text
    assert "in which he thanked" in text and "Some twenty-five carriages" in text
    assert "|" not in text and "which." not in text
    assert weather.title == "THE WEATHER." and clean.furniture[0] == "THE EVENING STAR."



def test_a_headline_run_into_the_paragraph_above_its_byline_is_split_off():
    page = (
    'Library Extends Weekend Hours\n'
    'By JANE DOE\n'
    'The Millbrook Public Library will stay open until 9 p.m. on Saturdays\n'
    'and Sundays starting next month, the library board decided Monday.\n'
    'Board members said the change responds to requests from students and\n'
    'from parents who work during the week and cannot visit on weekdays.\n'
    'Bridge Repairs Delayed\n'
    'By MARK LEE\n'
    'Repairs to the Elm Street bridge will not begin until spring, county\n'
    'officials said, because the contractor could not get steel in time.\n'
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles] == [("Library Extends Weekend Hours", "JANE DOE"), ("Bridge Repairs Delayed", "MARK LEE")]
    assert articles[0].paragraphs[-1].endswith("cannot visit on weekdays.")


WIRE_FRONT = (
    "THE HOLLIS VALLEY RECORD  ·  Tuesday, June 2, 2026  ·  $1.50\n"
    "\n\n"
    "County Weighs New Rules\n"
    "for Short-Term Rentals\n"
    "\n"
    "Neighbors say noise complaints have doubled since the last vote\n"
    "\n"
    "By PERRY OSTRANDER\n"
    "and LENA MAJOROS\n"
    "Record Staff Writer\n"
    "\n"
    "   HOLLIS — The county commission will take up a\n"
    "proposal Thursday that would cap the number of\n"
    "short-term rentals in each township at forty.\n"
    "   Commissioner Dale Pruitt said the cap was a\n"
    "starting point for talks with owners.\n"
    "\n"
    "   \"We are not trying to shut anyone\n"
    "   down tonight.\"\n"
    "\n"
    "   — Commissioner\n"
    "   Dale Pruitt\n"
    "\n"
    "   Owners packed the last hearing in April and asked\n"
    "for a year to adjust before any cap takes effect.\n"
)


def test_a_deck_a_blank_line_under_a_headline_and_a_byline_on_three_lines_open_one_story():
    """Wire pages set the deck a blank line apart from the headline and the byline, and the
    byline runs on: "By PERRY OSTRANDER" / "and LENA MAJOROS" / "Record Staff Writer"."""
    articles = clean_text(WIRE_FRONT).articles
    assert len(articles) == 1
    story = articles[0]
    assert fields(story, "title", "subtitle") == (
        "County Weighs New Rules for Short-Term Rentals",
        "Neighbors say noise complaints have doubled since the last vote",
    )
    assert story.byline == "PERRY OSTRANDER and LENA MAJOROS Record Staff Writer"
    assert story.paragraphs[0].startswith("HOLLIS — The county commission")


def test_a_pull_quote_wrapped_on_two_lines_with_its_speaker_on_two_is_lifted_whole():
    story = clean_text(WIRE_FRONT).articles[0]
    assert story.pull_quotes == ['"We are not trying to shut anyone down tonight." — Commissioner Dale Pruitt']
    assert story.headings == []
    assert [p[:10] for p in story.paragraphs] == ["HOLLIS — T", "Commission", "Owners pac"]


def test_on_a_page_with_no_blank_line_between_paragraphs_one_blank_line_starts_a_story():
    """Tesseract's plain text sets paragraphs flush, with no blank line; a blank line there
    is a story break, and the Title Case line under it the next story's headline."""
    page = (
        "THE ORRIN FLATS GAZETTE | Friday, May 8, 2026 | Page 2\n"
        "\n"
        "Pool Opening Pushed Back a Week\n"
        "The Orrin Flats municipal pool will open on June\n"
        "6 instead of May 30 while a broken pump is being\n"
        "replaced.\n"
        "Parks director Wendell Ashby said the part was\n"
        "ordered in March and arrived at the pool badly\n"
        "damaged.\n"
        "Season passes bought before May 15 will be good\n"
        "for an extra week at no charge, the parks office\n"
        "said.\n"
        "\n"
        "Rotary Club Names Scholarship Winners\n"
        "Three seniors at Orrin Flats High School will\n"
        "each receive $1,500 from the Rotary Club this\n"
        "year.\n"
        "The winners are Priya Lundgren, Caleb Osei and\n"
        "Marta Ilves, the club said Thursday in a short\n"
        "statement.\n"
        "Each plans to study engineering or nursing at a\n"
        "state university.\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Pool Opening Pushed Back a Week", "Rotary Club Names Scholarship Winners"]
    assert all(a.headings == [] for a in articles)
    assert articles[1].paragraphs[-1] == "Each plans to study engineering or nursing at a state university."


def test_a_blank_line_over_a_subhead_stays_a_subhead_where_paragraphs_are_set_apart_by_blank_lines():
    page = (
        "Harbor Dredging Begins\n"
        "\n"
        "Crews began dredging the north channel on Monday, the port said.\n"
        "\n"
        "The work will take six weeks and close one berth at a time.\n"
        "\n"
        "Costs\n"
        "\n"
        "The port will pay $2.1 million, with a state grant covering half.\n"
        "\n"
        "Shippers were told of the schedule in April.\n"
    )
    articles = clean_text(page).articles
    assert len(articles) == 1 and articles[0].headings == ["Costs"]


def test_a_ragged_line_cut_short_by_a_long_next_word_does_not_end_its_paragraph():
    """Ragged 40-column text: "to hire Dunmore & Pell" stops well short of the column because
    "Engineering" would not fit after it; the paragraph goes on (its first two lines are no
    headline under the byline)."""
    page = (
        "Council Hires Firm for Library Annex\n"
        "By Tessa Vance\n"
        "The Lowell Bend town council voted 4-1 on\n"
        "Tuesday to hire Dunmore & Pell\n"
        "Engineering to design a new annex for the\n"
        "main library on Front Street.\n"
        "The firm also drew the plans for the new\n"
        "firehouse on Route 9, which opened in\n"
        "May.\n"
        "Council member Ada Kirsch, the lone no\n"
        "vote, said the town should first repair\n"
        "the roof of the old building, which has\n"
        "leaked for two winters.\n"
    )
    lines = [block.lines for block in split_blocks(page, is_standalone_line)]
    assert lines[2][:3] == (
        "The Lowell Bend town council voted 4-1 on",
        "Tuesday to hire Dunmore & Pell",
        "Engineering to design a new annex for the",
    )
    story = clean_text(page).articles[0]
    assert fields(story, "title", "byline", "headings") == ("Council Hires Firm for Library Annex", "Tessa Vance", [])
    assert [p[:12] for p in story.paragraphs] == ["The Lowell B", "The firm als", "Council memb"]


# A narrow front page as Tesseract chi_sim prints it: every character spaced, straight quotes,
# no blank line between a headline and its lead; another column's headline read into a sentence.
TESSERACT_FRONT = (
    "鹭 汀 日 报 2026 年 4 月 7 日 星 期 二 第 1 版\n"
    "\n"
    "\" 口 袋 公 园 \" 今 年 再 建 二 十 处 小 游 园\n"
    "本 报 讯 记 者 岑 若 溪 报 道 : 记 者 从 市\n"
    "园 林 局 获 悉 , 今 年 我 市 将 在 老 城\n"
    "区 新 建 口 袋 公 园 20 处 , 总 面 积 约\n"
    "3.6 万 平 方 米 。\n"
    "去 年 建 成 的 14 处 口 袋 公 园 中 , 有\n"
    "老 街 菜 场 改 建 便 民 中 心\n"
    "9 处 由 闲 置 地 块 改 造 而 来 , 周 边\n"
    "居 民 步 行 五 分 钟 即 可 到 达 。\n"
    "( 下 转 第 2 版 )\n"
    "\n"
    "本 报 讯 记 者 蒲 舟 通 讯 员 阮 青\n"
    "禾 报 道 : 经 过 半 年 改 造 , 老 街 菜\n"
    "场 日 前 以 便 民 服 务 中 心 的 新 面 貌\n"
    "重 新 开 门 , 二 楼 新 设 了 社 区 食 堂 。\n"
    "\n"
    "省 内 夏 粮 长 势 总 体 良 好\n"
    "新 华 社 鹭 汀 4 月 6 日 电 ( 记 者 柯 岚 )\n"
    "记 者 从 省 农 业 农 村 厅 获 悉 , 全 省\n"
    "小 麦 长 势 好 于 常 年 , 一 二 类 苗 占\n"
    "比 超 过 九 成 。\n"
)


def test_a_tesseract_front_page_finds_its_headlines_leads_and_the_displaced_headline():
    articles = clean_text(TESSERACT_FRONT).articles
    titles = [a.title.replace(" ", "") for a in articles]  # Tesseract's spaces by ASCII marks may stay
    assert titles == ['"口袋公园"今年再建二十处小游园', "老街菜场改建便民中心", "省内夏粮长势总体良好"]
    parks, market, wheat = articles
    # the headline set directly on the lead leaves the lead's block
    assert parks.byline == "记者岑若溪" and parks.paragraphs[0].startswith("本报讯")
    # the displaced headline leaves the sentence it was read into, which is whole again, even
    # when the paragraph's first printed line is the only one above it
    assert "周边居民步行五分钟即可到达。" in parks.paragraphs[-1] and "老街菜场" not in parks.paragraphs[-1]
    # a lead wrapped inside its reporters' names is no byline line of its own
    assert market.paragraphs[0].startswith("本报讯记者蒲舟通讯员阮青禾报道")
    assert market.byline is not None and "阮青禾" in market.byline.replace(" ", "")
    # a 新华社 dateline whose date Tesseract spaced out is still a lead
    assert wheat.byline is not None and "柯岚" in wheat.byline.replace(" ", "")
    assert wheat.paragraphs[0].startswith("新华社鹭汀")


def _paddle(x0, y0, x1, text):
    """One PaddleOCR result line, as `print(line)` writes it."""
    return f"[[[{x0:.1f}, {y0:.1f}], [{x1:.1f}, {y0:.1f}], [{x1:.1f}, {y0 + 34:.1f}], [{x0:.1f}, {y0 + 34:.1f}]], ('{text}', 0.97)]"


def test_a_paddleocr_result_page_is_read_column_by_column_without_its_box_markup():
    """Two columns side by side: PaddleOCR lists their lines by top edge, alternating. The
    corners put each in its column; a headline across the page starts the next band."""
    ferry_lines = ["本報訊 記者 溫若琳報道:東", "岸渡輪碼頭的新上蓋昨日啟用,", "乘客候船不再日曬雨淋。新上蓋", "全長一百二十米,設有座椅及", "電子顯示屏,預計下月完成全部", "工程。"]
    market_lines = ["本報訊 記者 葛文軒報道:北區", "街市下月起延長開放至晚上十時,", "方便下班市民買餸。街市管理處", "表示,延長開放首三個月為試行", "期,其後再檢討安排。"]
    boxes = [(60, 30, 900, "嵐城時報 2026年5月6日 星期三 港聞 A3"), (60, 110, 420, "渡輪碼頭新上蓋啟用"), (480, 112, 880, "街市夜間延長開放")]
    boxes += [(60, 190 + 43 * k, 420, line) for k, line in enumerate(ferry_lines)]
    boxes += [(480, 192 + 43 * k, 880, line) for k, line in enumerate(market_lines)]
    boxes += [(60, 520, 880, "南灣單車徑週末封閉維修"), (60, 580, 880, "本報訊 南灣單車徑本週六及週日封閉,進行路面維修。")]
    page = "\n".join(_paddle(*box) for box in sorted(boxes, key=lambda box: (box[1], box[0])))
    clean = clean_text(page)
    assert [a.title for a in clean.articles] == ["渡輪碼頭新上蓋啟用", "街市夜間延長開放", "南灣單車徑週末封閉維修"]
    ferry, market, bikes = clean.articles
    assert ferry.byline == "記者 溫若琳" and market.byline == "記者 葛文軒"
    assert "".join(ferry.paragraphs) == "".join(ferry_lines)
    assert "".join(market.paragraphs) == "".join(market_lines)
    assert bikes.paragraphs[0].startswith("本報訊 南灣單車徑")
    assert not any("[[" in p or "0.97" in p for a in clean.articles for p in a.paragraphs)


def test_an_english_headline_cut_on_a_joining_word_takes_its_second_line_back_from_the_deck():
    """A narrow column: the headline's second line nearly fills it and was read into the deck."""
    page = (
        "Ferry Fares Rise Again, but\n"
        "Riders Say Service Is Better\n"
        "New boats cut the crossing to 22 minutes, the port authority says\n"
        "\n"
        "By CORA WENDT\n"
        "Gazette Staff Writer\n"
        "\n"
        "   Fares on the Linden Bay ferry\n"
        "will rise by 50 cents on March\n"
        "1, the third increase in four\n"
        "years, the port said Tuesday.\n"
        "   Commuters interviewed at the\n"
        "pier said the newer boats were\n"
        "worth the higher price, and the\n"
        "crossing was smoother.\n"
        "\n\n"
        "Open House Set for Oct. 3\n"
        "   The Linden Bay Volunteer Fire\n"
        "Department will hold its annual\n"
        "open house at the main station\n"
        "on Pier Road.\n"
    )
    story, fire = clean_text(page).articles
    # a lead whose first line is all names is no second headline line
    assert fire.title == "Open House Set for Oct. 3"
    assert fire.paragraphs[0].startswith("The Linden Bay Volunteer Fire Department will hold")
    assert story.paragraphs[0].startswith("Fares on the Linden Bay ferry")
    assert fields(story, "title", "subtitle", "byline") == (
        "Ferry Fares Rise Again, but Riders Say Service Is Better",
        "New boats cut the crossing to 22 minutes, the port authority says",
        "CORA WENDT Gazette Staff Writer",
    )



def test_a_marked_heading_over_a_dateline_starts_a_story_and_one_over_text_stays_a_subhead():
    page = (
        "# 油價下週起調漲\n\n"
        "【記者柯文嵐／台北報導】國內油價下週起每公升調漲0.3元，加油站業者表示需求平穩。\n\n"
        "## 業者：需求平穩\n\n"
        "多家加油站表示，調價前一晚排隊車潮不如以往，民眾多半已習慣每週調價。\n\n"
        "## 央行維持利率不變\n\n"
        "（中央社記者鄔志成台北19日電）中央銀行昨日召開理監事會，決議維持政策利率不變。\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["油價下週起調漲", "央行維持利率不變"]
    assert articles[0].headings == ["業者：需求平穩"]
    assert articles[1].byline == "記者鄔志成"


def test_a_column_signed_with_a_spaced_slash_under_its_headline_has_its_writer_as_byline():
    """Tesseract reads the full-width ／ as an ASCII slash with spaces: "文 / 施雅竹"."""
    page = (
        "港 邊 舊 事 ( 二 ) 鐵 道 旁 的 冰 店\n"
        "文 / 符 曉 嵐\n"
        "小 時 候 , 鐵 道 旁 有 一 家 冰 店 , 夏 天 的 午 後 總 是 擠 滿 了 放 學 的 孩 子 。\n"
    )
    story = clean_text(page).articles[0]
    assert story.title.replace(" ", "") == "港邊舊事(二)鐵道旁的冰店"
    assert story.byline.replace(" ", "") in ("文/符曉嵐", "符曉嵐")


def test_from_page_alone_under_a_jump_head_is_a_jump_line_not_the_subtitle():
    page = (
        "A4  ·  THE MARLOW TRIBUNE  ·  FRIDAY, MAY 15, 2026\n"
        "\n\n"
        "LEVEE\n"
        "From Page A1\n"
        "\n"
        "before the spring floods.\n"
        "\n"
        "Engineers said the north section would be raised by two feet this summer.\n"
    )
    clean = clean_text(page)
    story = clean.articles[0]
    assert fields(story, "title", "subtitle", "continued_from") == ("LEVEE", None, "A1")
    assert story.paragraphs[0] == "before the spring floods."
    assert "From Page A1" in clean.furniture


def test_a_short_line_over_a_place_and_day_lead_starts_a_story():
    """Malaysian and Singapore dailies open a story with "（怡保5日讯）", old papers with a
    telegram's "北平三日電　": the short line above is the next story's headline, not a subhead."""
    page = (
        "怡保市议会通过新停车收费\n\n"
        "（怡保5日讯）怡保市议会今日通过新的停车收费标准，市区路边停车每小时收费RM1。\n\n"
        "议员说，收费调整后，市区的车位周转率可望提高。\n\n"
        "金宝夜市下月迁往新址\n\n"
        "（金宝5日讯）金宝夜市将在下月起迁往旧巴士站空地，摊位数目增加至一百二十个。\n\n"
        "天津電車下月加班\n"
        "北平三日電　天津電車公司為便利旅客、下月起每晚加開班車、以利夜歸行人。"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["怡保市议会通过新停车收费", "金宝夜市下月迁往新址", "天津電車下月加班"]
    assert [len(a.paragraphs) for a in articles] == [2, 1, 1]


def test_a_headline_over_a_two_phrase_deck_keeps_the_deck_as_its_subtitle():
    """Old papers (and Hong Kong ones) set a 副題 of two phrases a wide space apart under the
    headline: it is the subtitle, not the headline's second half; the banner above is the section."""
    page = (
        "北平時報　中華民國二十三年五月四日　星期五　第二張\n\n"
        "本埠新聞\n\n"
        "東城昨夜大雨\n"
        "積水盈尺　電車停駛\n"
        "昨夜十時許、東城一帶大雨傾盆、街道積水盈尺、電車一度停駛、至今晨始恢復。\n"
    )
    clean = clean_text(page)
    article = clean.articles[0]
    assert fields(article, "section", "title", "subtitle") == ("本埠新聞", "東城昨夜大雨", "積水盈尺　電車停駛")
    assert clean.info.date == "1934-05-04" and clean.furniture[0].startswith("北平時報")


def test_on_a_page_punctuated_the_old_way_a_full_stop_at_a_full_lines_end_ends_the_paragraph():
    """1930s papers put 、 between clauses and 。 only at a paragraph's end, with no indent
    kept in the text: a paragraph ends at every 。, also on a line that fills the column."""
    page = (
        "碼頭工人罷工解決\n"
        "青島二日電　青島碼頭工人罷工已達一週、經市\n"
        "政府召集勞資雙方調解、資方允增工資一成、\n"
        "工人昨晨一律復工、貨輪裝卸已恢復常態矣。\n"
        "又訊　市商會以罷工期內各商號損失頗鉅、擬\n"
        "呈請市府酌減本月營業捐、以資救濟云。\n"
        "聞市府對此尚無表示、須俟市政會議討論、再\n"
        "行決定、商界均盼早日實行云。\n\n"
        "本報館址　東大街　電話三三五七\n"
    )
    clean = clean_text(page)
    assert [len(a.paragraphs) for a in clean.articles] == [3]
    assert clean.articles[0].paragraphs[1].startswith("又訊")
    assert clean.furniture == ("本報館址　東大街　電話三三五七",)


def test_modern_text_with_commas_keeps_a_paragraph_running_past_a_full_stop_at_a_lines_end():
    page = (
        "夜市修伞摊\n"
        "老城区红桥夜市的入口，六十七岁的鲁宝根支起\n"
        "一张小桌，修伞、配钥匙、补鞋，一干二十年。\n"
        "进入梅雨季，他的摊子每晚要修二三十把伞，最\n"
        "忙的时候要忙到夜里十一点，街坊们都认识他。\n"
        "老鲁说，雨伞坏了扔掉可惜，换根伞骨十块钱，\n"
        "还能用好几年，所以来修伞的人一年比一年多\n"
        "起来了。\n"
    )
    assert len(clean_text(page).articles[0].paragraphs) == 1


def test_a_capitals_headline_between_two_halves_of_a_sentence_titles_the_story_after_the_jump_line():
    """An 1870s page read out of order: another column's headline in capitals between the halves
    of a sentence; the story goes on to another page, and the text under its jump line is the
    headline's story."""
    page = (
        "THE COUNTY FAIR.\n\n"
        "   The county fair opened on Tuesday with a\n"
        "larger attendance than in any year before,\n"
        "and the exhibits of stock were the best ever\n"
        "shown in the county. At noon the band of the\n\n"
        "SCHOOL MATTERS.\n\n"
        "Millville guards played in front of the hall,\n"
        "and the judges began their work at one o'clock\n"
        "in the afternoon, the premiums being awarded to\n"
        "Continued on Third Page.\n\n"
        "   The school board met on Monday evening and\n"
        "voted to open the new school house on the first\n"
        "of September, with Miss Ella Dorn as teacher.\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["THE COUNTY FAIR.", "SCHOOL MATTERS."]
    assert "the band of the Millville guards played" in articles[0].paragraphs[0]
    assert articles[0].continues == "3" and articles[1].paragraphs[0].startswith("The school board met")


def test_by_telegraph_over_the_wire_news_is_its_section_not_a_byline():
    page = (
        "BY TELEGRAPH.\n\n"
        "STRIKE AT THE MILLS.\n"
        "A THOUSAND HANDS WALK OUT AT\n"
        "NOON.\n"
        "LOWELL, Mass., May 2.—The weavers of the\n"
        "Merrimack mills left their looms at noon to-day\n"
        "and marched to the city hall in a body, where\n"
        "they were addressed by the leaders of the union.\n"
        "The mill agents say the old wages will stand,\n"
        "and that the mills will be shut for a month if\n"
        "the hands do not return by Monday morning next.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "section", "title", "subtitle", "byline") == (
        "BY TELEGRAPH.", "STRIKE AT THE MILLS.", "A THOUSAND HANDS WALK OUT AT NOON.", None
    )


def test_a_column_name_in_heavy_brackets_over_a_headline_is_its_section():
    page = (
        "【山城短波】\n\n"
        "南投溪頭步道整修完成\n\n"
        "〔記者林子晴／南投報導〕溪頭自然教育園區的銀杏林步道整修完成，昨天重新開放。\n\n"
        "園區表示，步道全長一點二公里，沿線新設三處休息平台。\n"
    )
    clean = clean_text(page)
    assert fields(clean.articles[0], "section", "kicker", "title") == ("山城短波", None, "南投溪頭步道整修完成")
    assert "【】" in clean.removed


def test_a_markdown_headline_and_its_two_phrase_deck_set_apart_by_blank_lines_stay_title_and_subtitle():
    page = (
        "# 港聞\n\n"
        "# 西環泳池下月重開\n\n"
        "# 新增暖水池 冬季照常開放\n\n"
        "【記者馮卓軒／香港報導】康文署昨日宣布，西環泳池完成翻新工程，下月一日重新開放。\n\n"
        "署方表示，新泳池設有暖水池，冬季亦會開放。\n\n"
        "![](images/0f3a9c.jpg)\n"  # a layout model's page: its # marks say little
    )
    article = clean_text(page).articles[0]
    assert fields(article, "section", "kicker", "title", "subtitle") == ("港聞", None, "西環泳池下月重開", "新增暖水池 冬季照常開放")


def test_a_commentarys_pen_name_printed_right_under_its_headline_is_its_byline():
    page = (
        "短评\n\n"
        "让老街留住烟火气\n"
        "晓岚\n"
        "老街改造，改的是房子，留的是人气。修旧如旧之外，更要给老手艺人留下摊位和门面，让街坊们还能在这里买到熟悉的东西。\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "section", "title", "byline") == ("短评", "让老街留住烟火气", "晓岚")


def test_a_pull_quote_set_between_two_halves_of_a_sentence_is_jumped_and_a_lone_weekday_ends_a_sentence():
    page = (
        "Ferry Fares to Rise in March\n"
        "By Tom Greer\n"
        "Courier Staff\n"
        "  The county ferry board voted on\n"
        "Tuesday to raise fares by a quarter\n"
        "for cars and a dime for riders on\n"
        "foot, the first increase since 2019,\n"
        "chair Dana Holt said on Wednesday\n"
        "\n"
        "\"We held the line as long as we\n"
        "could.\"\n"
        "— Dana Holt,\n"
        "Ferry Board Chair\n"
        "\n"
        "after the board's monthly meeting on\n"
        "Thursday.\n"
        "  The new fares take effect on the\n"
        "first of March, the board said.\n"
    )
    article = clean_text(page).articles[0]
    assert article.byline == "Tom Greer Courier Staff"
    assert article.paragraphs[0].endswith("said on Wednesday after the board's monthly meeting on Thursday.")
    assert article.pull_quotes == ['"We held the line as long as we could." — Dana Holt, Ferry Board Chair']


def test_short_items_opened_by_a_run_in_place_are_one_story_each():
    page = (
        "Vermischte Nachrichten.\n\n"
        "München, vom 3. Mai. Der König hat geſtern die neue Brücke über die Iſar eröffnet und den Baumeiſter beſchenkt.\n\n"
        "Bremen. Ein Schiff aus Baltimore brachte die Nachricht, daß der Handel dort wieder lebhafter geworden iſt.\n\n"
        "Messrs. Brown and Hale, of this town, have opened a new warehouse on the quay.\n\n"
        "Lyon, le 2 mai. Les ouvriers de la fabrique ont repris le travail ce matin sans aucun désordre.\n"
    )
    stories = [[p[:14] for p in a.paragraphs] for a in clean_text(page).articles]
    assert stories == [
        ["München, vom 3"],
        ["Bremen. Ein Sc", "Messrs. Brown "],
        ["Lyon, le 2 mai"],
    ]
    # An American dispatch's dateline under its story's headline opens no item of its own.
    assert RUNIN_PLACE.match("Watertown. N. Y. April 30.— Newton Falls, the village at the terminus") is None
    assert RUNIN_PLACE.match("Frankfurt a. M. Die Mainzer Unterſuchungs-Kommißion") is not None


def test_a_theatre_listing_is_one_story_with_its_venues_as_headings():
    page = (
        "NOUVELLES DIVERSES.\n\n"
        "La foire de Saint-Germain s'est ouverte hier au milieu d'une foule considérable de marchands et de curieux.\n\n"
        "SPECTACLES.\n\n"
        "OPÉRA-COMIQUE.\n\n"
        "Les Deux Journées, Jean de Paris.\n\n"
        "THÉÂTRE DU VAUDEVILLE.\n\n"
        "Fanchon la Vielleuse.\n\n"
        "CIRQUE OLYMPIQUE.\n\n"
        "Exercices d'équitation par la troupe de M. Franconi, à sept heures précises du soir.\n\n"
        "AVIS DIVERS.\n\n"
        "Une maison de campagne à vendre près de Versailles, avec jardin et dépendances, s'adresser au notaire.\n"
    )
    stories = [(a.title, a.headings, [p[:12] for p in a.paragraphs]) for a in clean_text(page).articles]
    assert stories == [
        ("NOUVELLES DIVERSES.", [], ["La foire de "]),
        ("SPECTACLES.", ["OPÉRA-COMIQUE.", "THÉÂTRE DU VAUDEVILLE.", "CIRQUE OLYMPIQUE."], ["Les Deux Jou", "Fanchon la V", "Exercices d'"]),
        ("AVIS DIVERS.", [], ["Une maison d"]),
    ]


def test_a_long_last_deck_in_capitals_is_part_of_the_subtitle_not_the_first_paragraph():
    page = (
        "MILL DAM GIVES WAY\n\n"
        "Water Floods Lower Town Before Dawn\n\n"
        "NO LIVES ARE LOST\n\n"
        "FAMILIES ON RIVER STREET TAKEN OUT IN BOATS BY FIREMEN AND NEIGHBORS WHILE THE WATER ROSE TO THE WINDOWS.\n\n"
        "Ashford, May 3. The old dam above the woolen mill gave way at four o'clock this morning, and the water"
        " ran through the lower town for two hours before it fell back into the river bed.\n\n"
        "The mill will be closed for a month while the dam is built again, the owners said today."
    )
    article = clean_text(page).articles[0]
    assert article.title == "MILL DAM GIVES WAY"
    assert article.subtitle.endswith("BY FIREMEN AND NEIGHBORS WHILE THE WATER ROSE TO THE WINDOWS.")
    assert article.paragraphs[0].startswith("Ashford, May 3.")


def test_a_documents_signature_and_countersignature_are_its_byline_and_the_text_after_is_another_story():
    page = (
        "ARRÊTÉ.\n\n"
        "Le maire de la ville, vu la loi du 3 mars, arrête ce qui suit :\n"
        "les boulangers tiendront leurs boutiques ouvertes jusqu'à dix\n"
        "heures du soir pendant toute la durée du siége, et les bouchers\n"
        "jusqu'à huit heures, sous peine d'amende.\n\n"
        "Signé le comte DUPONT, maire,\n\n"
        "Et le baron MARTIN, adjoint.\n\n"
        "On assure que les barrières seront rouvertes demain matin,\n"
        "et que les marchés recevront de nouveau les denrées des\n"
        "campagnes voisines."
    )
    articles = clean_text(page).articles
    assert articles[0].title == "ARRÊTÉ."
    assert articles[0].byline == "Signé le comte DUPONT, maire, Et le baron MARTIN, adjoint."
    assert articles[-1].paragraphs == [
        "On assure que les barrières seront rouvertes demain matin, et que les marchés recevront de nouveau les denrées des campagnes voisines."
    ]
    assert articles[-1] is not articles[0]


def test_a_deck_in_title_case_under_a_headline_is_its_subtitle_and_a_title_case_advertisement_line_stays_text():
    from paperarchive.models import Block
    from paperarchive.pipeline import clean_blocks

    texts = [
        ("MILL DAM GIVES WAY.",),
        ("NO LIVES LOST.",),
        ("Families on River Street Taken Out in Boats While Water Rose to Windows—Woolen Mill Will Be Closed for a Month.",),
        ("Ashford, May 3.—The old dam above the woolen mill gave way at", "four o'clock this morning, and the water ran through the lower",
         "town for two hours before it fell back into the river bed."),
        ("PURE WATER! PURE WATER!!",),
        ("Bottled at the Famous Ashford Spring Every Morning.—Advt.",),
    ]
    blocks, line = [], 1
    for lines in texts:
        blocks.append(Block(lines, line, gap=1 if blocks else 0))
        line += len(lines) + 1
    articles = clean_blocks(tuple(blocks), hard_wrapped=False).articles
    dam = articles[0]
    assert dam.title == "MILL DAM GIVES WAY."
    assert dam.subtitle == "NO LIVES LOST. Families on River Street Taken Out in Boats While Water Rose to Windows—Woolen Mill Will Be Closed for a Month."
    assert dam.paragraphs[0].startswith("Ashford, May 3.")
    assert articles[-1].paragraphs[-1] == "Bottled at the Famous Ashford Spring Every Morning.—Advt."


def test_a_route_box_keeps_its_rows_its_numbered_tips_and_its_suppliers_credit():
    page = (
        "江城晚报　2026年12月4日　星期五\n"
        "美食周刊　第9版　　主编：韦　岚　　责编：冯小川\n\n"
        "线路推荐\n"
        "老城小吃两日游\n"
        "第一天　东门—南街　吃糖油粑粑、米粉，宿南街客栈\n"
        "第二天　南街—码头　逛早市，尝臭豆腐和糖画\n"
        "第三天　码头—东门　坐渡船看江景，返程\n"
        "参考价格：每人398元（含住宿、餐券）\n"
        "线路提供：江城悠然旅行社\n\n"
        "出行提示\n"
        "1.早市六点开张，去晚了热门摊位要排长队。\n"
        "2.部分小摊只收现金，请备好零钱。\n"
        "3.南街周末限行，自驾游客请停在码头停车场。\n"
    )
    clean = clean_text(page)
    assert "美食周刊　第9版" in clean.furniture[1] or clean.furniture[1:3] == ("美食周刊　第9版", "主编：韦　岚")
    route, tips = clean.articles
    assert route.title == "老城小吃两日游" and route.paragraphs[:2] == [
        "第一天　东门—南街　吃糖油粑粑、米粉，宿南街客栈",
        "第二天　南街—码头　逛早市，尝臭豆腐和糖画",
    ]
    assert [c.credit for c in route.captions] == ["线路提供：江城悠然旅行社"]
    assert tips.title == "出行提示" and tips.kicker is None and len(tips.paragraphs) == 3


def test_a_serials_instalment_is_its_subtitle_and_its_author_the_byline():
    page = (
        "晨　報\n"
        "中華民國三十七年三月五日　星期五\n\n"
        "長篇連載\n"
        "江南煙雨\n"
        "（第十二回）\n"
        "柳絮　著\n"
        "　　話說秀英回到家中，天色已晚，母親早已\n"
        "在燈下等她。桌上擺著兩碗冷飯，一碟鹹菜。\n"
        "秀英放下包袱，心裡想著白天的事，一句話也\n"
        "沒有說。\n"
    )
    clean = clean_text(page)
    serial = clean.articles[0]
    assert (serial.title, serial.subtitle, serial.byline) == ("江南煙雨", "（第十二回）", "柳絮　著")
    assert clean.furniture[0].replace("\u3000", "") == "晨報"


def test_a_line_over_a_match_reports_score_head_is_its_kicker():
    latin = (
        "Torneio da vila\n"
        "Os Leões batem Rio Seco\n"
        "78–75 no pavilhão\n"
        "Por Ana Sousa\n\n"
        "O Porto Velho venceu a Vila Nova por dois golos a zero no campo da vila, com golos na segunda parte.\n\n"
        "O treinador disse que a equipa jogou bem e que o campeonato ainda vai longo.\n"
    )
    article = clean_text(latin).articles[0]
    assert fields(article, "kicker", "title") == ("Torneio da vila", "Os Leões batem Rio Seco 78–75 no pavilhão")
    chinese = (
        "市足球联赛第5轮\n"
        "东湖队2∶0胜西山队\n"
        "本报记者　林　岚\n\n"
        "　　昨天下午，市足球联赛第5轮在东湖体育公园进行，东湖队凭借下半场的两个进球击败西山队。\n\n"
        "　　赛后，东湖队主教练说，球队还有很多需要改进的地方。\n"
    )
    article = clean_text(chinese).articles[0]
    assert fields(article, "kicker", "title") == ("市足球联赛第5轮", "东湖队2∶0胜西山队")
    # a head wrapped with the score at its last line's end is one title
    wrapped = latin.replace("Torneio da vila\nOs Leões batem Rio Seco\n78–75 no pavilhão\n", "Os Leões batem\nRio Seco 78-75\n")
    assert fields(clean_text(wrapped).articles[0], "kicker", "title") == (None, "Os Leões batem Rio Seco 78-75")


def test_a_briefs_label_over_a_one_word_head_under_a_table_opens_the_briefs():
    page = (
        "Hollow beat Ridge at home\n"
        "By Sam Hale\n"
        "   HOLLOW – Hollow beat Ridge by two\n"
        "goals to none on Sunday at the river\n"
        "ground, and stay top of the league.\n"
        "   The coach said the team had worked\n"
        "hard all week for the match.\n\n"
        "Next fixtures\n"
        "28.9.   15.00  Ridge – Dale\n"
        "28.9.   15.00  Brook – Hollow\n"
        "28.9.   15.00  Mill – Glen\n\n"
        "In short\n"
        "Netball\n"
        "   The girls of Hollow won the cup\n"
        "final 31–27 before a full hall.\n\n"
        "Bowls\n"
        "   The Ridge pairs won the county\n"
        "title at the green on Saturday.\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Hollow beat Ridge at home", "Next fixtures", "Netball", "Bowls"]
    assert len(articles[1].paragraphs) == 3 and not articles[1].headings
    assert fields(articles[2], "section", "paragraphs") == ("In short", ["The girls of Hollow won the cup final 31–27 before a full hall."])


def test_a_briefs_column_glued_under_a_storys_last_sentence_is_a_brief_a_head():
    page = (
        "Hollow beat Ridge at home\n"
        "By Sam Hale\n\n"
        "HOLLOW – Hollow beat Ridge by two\n"
        "goals to none on Sunday at the river\n"
        "ground, and stay top of the league.\n\n"
        "The coach said the team had worked\n"
        "hard all week for the final match.\n"
        "Other results\n"
        "Netball\n"
        "The girls of Hollow won the cup\n"
        "final 31–27 before a full hall.\n\n"
        "Bowls\n"
        "The Ridge pairs won the county\n"
        "title at the green on Saturday.\n"
    )
    articles = clean_text(page).articles
    assert [fields(a, "title", "section") for a in articles] == [
        ("Hollow beat Ridge at home", None),
        ("Netball", "Other results"),
        ("Bowls", "Other results"),
    ]
    assert articles[0].paragraphs[-1] == "The coach said the team had worked hard all week for the final match."
    assert articles[2].paragraphs == ["The Ridge pairs won the county title at the green on Saturday."]


def test_the_commentators_post_alone_over_the_head_labels_the_editorial():
    # an indenting opinion page: "本报评论员" over the head, flush on the text; under a head it signs
    page = clean_text(
        "江城日报\n2041年3月5日　星期二　第2版　评论\n\n本报评论员\n路灯要修，先问问居民\n"
        "　　城北几条小路的路灯坏了半年，居民晚上出门只能打手电。\n"
        "　　修路灯不难，难的是有人把这件事放在心上。\n"
    )
    [piece] = page.articles
    assert (piece.title, piece.kicker or piece.section, piece.headings) == ("路灯要修，先问问居民", "本报评论员", [])
    assert piece.paragraphs[0] == "城北几条小路的路灯坏了半年，居民晚上出门只能打手电。"
    signed = clean_text("路灯要修，先问问居民\n\n本报评论员\n\n　　城北几条小路的路灯坏了半年，居民晚上出门只能打手电。\n")
    assert (signed.articles[0].title, signed.articles[0].byline) == ("路灯要修，先问问居民", "本报评论员")


def test_a_speakers_words_under_a_kicker_stepped_narrower_are_the_title():
    # a kicker a third narrower than the line under it; under a wider head the speaker's words are its deck
    page = clean_text("修錶三十年\n阿強：最開心係聽到錶又行返\n記者　鄺穎芝\n　　深水埗有間細舖，門口掛滿舊時鐘。\n")
    [story] = page.articles
    assert (story.kicker, story.title, story.subtitle) == ("修錶三十年", "阿強：最開心係聽到錶又行返", None)


def test_a_name_over_a_death_notice_opens_a_notice_even_set_solid():
    # a notices column: each name heads the notice that opens on it, set solid or a blank line apart
    page = clean_text(
        "　　……她身后留有一子一女。告别仪式定于5月3日上午在城西殡仪馆举行。\n"
        "讣告\n"
        "王德顺\n"
        "　　王德顺先生，本市第三机械厂退休职工，1940年2月5日生，\n"
        "2030年4月8日因病逝世，享年90岁。定于4月12日上午9时举行告别仪式。\n"
        "子　王建民　女　王建芳　敬告\n"
        "刘秀兰\n"
        "　　刘秀兰女士，退休护士，1945年6月17日生，2030年4月9日病逝，\n"
        "享年84岁。丧事从简。\n"
        "陈家宝\n"
        "　　陈家宝先生，原县粮站职工，1944年8月3日生，2030年4月10日逝世，\n"
        "享年85岁。\n"
    )
    notices = [a for a in page.articles if a.title in ("王德顺", "刘秀兰", "陈家宝")]
    assert [(a.title, len(a.paragraphs), a.headings) for a in notices] == [("王德顺", 1, []), ("刘秀兰", 1, []), ("陈家宝", 1, [])]
    assert notices[2].paragraphs[0].startswith("陈家宝先生")


def test_a_signatures_dash_under_the_text_is_markup():
    # a reader's piece signed at its foot: the dash before the signer is no part of the byline
    page = clean_text(
        "那一趟末班车\n\n"
        "　　上中学那几年，我每天坐末班车回家。司机总等我跑到站台才关门。\n\n"
        "　　前些天在报上读到他退休的消息，我想起了那些冬夜的车灯。\n\n"
        "——读者　林晓春\n"
    )
    [piece] = page.articles
    assert (piece.title, piece.byline, len(piece.paragraphs)) == ("那一趟末班车", "读者　林晓春", 2)


def test_a_head_under_a_death_notice_opens_the_next_piece():
    # a notice has no subhead: a tribute's head under the last notice, glued or set apart, is its own
    for apart in ("", "\n"):
        page = clean_text(
            "讣告\n"
            "陈家宝\n"
            "　　陈家宝先生，原县粮站职工，1944年8月3日生，2030年4月10日逝世，\n"
            "享年85岁。定于4月13日上午10时举行告别仪式。\n"
            f"{apart}那条走了三十年的路\n\n"
            "　　小时候我常跟着陈伯去粮站，他总把最后一袋米扛上车才下班。\n\n"
            "　　如今路还在，扛米的人走了。\n"
        )
        notice, tribute = page.articles
        assert (notice.title, len(notice.paragraphs), notice.headings) == ("陈家宝", 1, [])
        assert (tribute.title, len(tribute.paragraphs)) == ("那条走了三十年的路", 2)


def test_a_tide_tables_label_under_a_forecast_table_opens_a_table_of_its_own():
    # the forecast opens on a header row of words; the tide rows hold figures in other columns
    page = clean_text(
        "海城日报\n2041年12月3日　星期二　　第5版　气象\n\n"
        "海上晴好两天\n本报记者　何　岚\n\n"
        "　　冷空气过后，明后两天海上风力减弱，渔船\n可以出海作业，沿海最高气温在十二到十三度\n之间，早上有轻雾。\n"
        "　　一早，东港的渔民就驾着小船出海收网，\n码头上又热闹了起来，收购商也赶来收鱼。\n"
        "　　气象台提醒，周五起又有冷空气南下，海\n上风力将再次加大，出海要留意预报。\n\n"
        "沿海明日天气\n乡镇　天色　气温\n东港镇　晴　7～13℃\n北湾乡　多云　6～12℃\n西岙镇　多云　5～12℃\n\n"
        "东港潮汐\n高潮　04:10　5.2米\n低潮　10:22　1.0米\n高潮　16:34　5.0米\n\n"
        "海城日报社　　热线：0000-7654321\n"
    )
    forecast, tides = page.articles[1:]
    assert (forecast.title, forecast.headings, len(forecast.paragraphs)) == ("沿海明日天气", [], 4)
    assert (tides.title, tides.paragraphs) == ("东港潮汐", ["高潮　04:10　5.2米", "低潮　10:22　1.0米", "高潮　16:34　5.0米"])


def test_a_speakers_words_in_sentence_case_under_a_label_are_the_title():
    # (the name before the colon is capitalised whatever the head's case: weighed with it, the
    # head read as Title Case, the label the title and the head its deck)
    page = (
        "Hawaii Loa\n"
        "Keola Kahale: ka ʻāina pāʻani\n"
        "a ko Oʻahu ʻōpio\n"
        "By Lani Akana\n\n"
        "HONOLULU – Keola Kahale has kept the\n"
        "island's youth league running for\n"
        "twenty years on two borrowed fields.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "kicker", "title", "subtitle") == ("Hawaii Loa", "Keola Kahale: ka ʻāina pāʻani a ko Oʻahu ʻōpio", None)


def test_a_latin_readers_question_flush_under_the_columns_name_is_its_title():
    # (an indent-only page: the reader's turn opens on its indent, no blank line over it)
    page = (
        "   La lancha no salió el lunes por la\n"
        "niebla, y los pasajeros esperaron.\n\n"
        "Pregunte al lanchero\n"
        "¿Por qué no sale la lancha?\n"
        "   Lectora: Vivo en la orilla norte,\n"
        "¿por qué no sale la lancha con niebla?\n"
        "   Lanchero: El piloto debe ver las dos\n"
        "orillas antes de salir, y la niebla las tapa.\n"
    )
    column = clean_text(page).articles[-1]
    assert column.title == "¿Por qué no sale la lancha?"
    assert "Pregunte al lanchero" in (column.kicker, column.section)
    assert column.paragraphs[0].startswith("Lectora: Vivo")


def test_a_third_head_line_wider_than_a_second_broken_short_is_the_deck():
    page = (
        "Nueva ala para la escuela de\n"
        "Isla Norte\n"
        "Cuarenta alumnos entran tras dos años de obra\n"
        "Por: Mere Tane\n\n"
        "LAGUNA – La escuela abrió el lunes su\n"
        "ala nueva, y cuarenta alumnos entraron\n"
        "en las cuatro aulas del primer piso.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "title", "subtitle") == ("Nueva ala para la escuela de Isla Norte", "Cuarenta alumnos entran tras dos años de obra")


def test_a_label_over_a_sentence_case_head_full_of_names_is_its_kicker():
    # (three of the head's five long words are capitals, its first among them: weighed past the
    # first word, which either case capitalises, the head is in sentence case)
    page = (
        "Ali Ñiok\n"
        "Alidag O'odham ñiok mamcuḍ Channel 9 ab\n"
        "By Ana Enos\n\n"
        "SELLS – Channel 9 opens a language\n"
        "programme for children on Saturday\n"
        "mornings, twenty-six lessons long.\n"
    )
    article = clean_text(page).articles[0]
    assert fields(article, "kicker", "title") == ("Ali Ñiok", "Alidag O'odham ñiok mamcuḍ Channel 9 ab")


def test_a_classified_label_glued_under_a_story_heads_its_first_group_of_small_ads():
    page = (
        "Jembatan\n"
        "Jembatan baru di kampung Tondon\n"
        "Penulis: Maria Pasalli\n\n"
        "TONDON – Jembatan baru di kampung\n"
        "Tondon dibuka pada hari Senin, kata\n"
        "kepala kampung.\n\n"
        "Warga bergotong royong membangun\n"
        "jembatan itu sejak bulan Januari.\n\n"
        "Biaya jembatan Rp 40.000.000.\n"
        "Iklan Mini\n"
        "Lowongan\n"
        "KOKI: Dicari koki warung makan. Telp.\n"
        "0812-4410-2261\n"
        "SOPIR TRUK: Dicari sopir truk untuk pasar,\n"
        "SIM B1. Telp. 0853-2209-7415\n\n"
        "Sewaan\n"
        "RUMAH: Rumah 3 kamar dekat pasar, Rp 800.000\n"
        "sebulan. Telp. 0813-6620-1187\n"
        "TOKO: Toko di pasar. Telp. 0852-1190-3346\n"
    )
    articles = clean_text(page).articles
    assert [(a.section, a.title, a.headings, len(a.paragraphs)) for a in articles] == [
        (None, "Jembatan baru di kampung Tondon", [], 3),
        ("Iklan Mini", "Lowongan", [], 2),
        ("Iklan Mini", "Sewaan", [], 2),
    ]


def test_a_small_ad_ending_on_its_telephone_number_ends_the_text_read_so_far():
    seg = _Reader(())
    seg.start("Lowongan", Block(("Lowongan",), 1, kind=Kind.SHORT))
    seg.current.paragraphs.append("TUKANG BATU: Dicari dua tukang batu untuk rumah baru di kampung Tondon. Telp. 0853-2209-7415")
    assert not seg.mid_sentence()
    seg.current.paragraphs.append("Dicari dua tukang batu untuk rumah baru di kampung")
    assert seg.mid_sentence()


def test_a_small_ads_bold_lead_and_colon_stay_its_first_words_on_an_indenting_page():
    page = (
        "Ferry adds an evening run\n"
        "  HARBOUR – The island ferry will sail\n"
        "a second time each evening from May.\n"
        "  The council said more workers asked\n"
        "for a later boat home.\n\n"
        "Small Ads\n"
        "Wanted\n"
        "  COOK: Harbour café, mornings. Tel.\n"
        "0812-4410-2261\n"
        "  DRIVER: Van, own licence. Tel.\n"
        "0853-2209-7415\n\n"
        "Rooms to let\n"
        "  ROOM: Near the pier, 500 a month.\n"
        "Tel. 0813-6620-1187\n"
        "  SHOP: On the quay. Tel. 0852-1190-3346\n"
    )
    paragraphs = [p for a in clean_text(page).articles for p in a.paragraphs if "Tel." in p]
    assert paragraphs == [
        "COOK: Harbour café, mornings. Tel. 0812-4410-2261",
        "DRIVER: Van, own licence. Tel. 0853-2209-7415",
        "ROOM: Near the pier, 500 a month. Tel. 0813-6620-1187",
        "SHOP: On the quay. Tel. 0852-1190-3346",
    ]


def test_a_lost_papers_notice_closing_on_its_void_formula_is_signed_by_the_declarer_under_it():
    page = (
        "遗失声明\n"
        "　　河东区桂园小区5栋301室业主韩立新遗失房屋\n"
        "租赁合同一份，编号：HD2031-0457，特此声明作废。\n"
        "　　　　　　　　　　　　　　声明人：韩立新\n"
        "　　　　　　　　　　　　　　2031年3月2日\n"
    )
    notice = clean_text(page).articles[0]
    assert notice.title == "遗失声明"
    assert notice.byline in ("声明人：韩立新", "韩立新")


def test_a_latin_death_notice_has_no_subhead():
    # a notices column in a Latin language: the notice does not repeat the name in its text; a
    # head glued under the last notice (a reader's tribute) opens a piece of its own
    page = clean_text(
        "LAKEBY COURIER · Friday, May 8, 2027 · Page 9\n\n"
        "He is survived by two daughters and five\ngrandchildren. The service is on Friday at\nthe chapel on Mill Road.\n"
        "Deaths\n"
        "Ingrid Voss\nDied Monday, May 4, 2027, aged 91. The\nservice is on Friday, May 8, 2027, 10 a.m.\n\n"
        "Peter Lund\nDied Tuesday, May 5, 2027, aged 84. The\nburial is on Saturday, May 9, 2027.\n"
        "Marta Berg\nDied Wednesday, May 6, 2027, aged 78. The\nservice is on Monday, May 11, 2027.\n"
        "A friend of the valley\nWhen I came to the valley, the mill was the\nfirst place that took me on as a boy.\n\n"
        "He taught me the trade and never once raised\nhis voice in the forty years I knew him.\n\n"
        "— Karl Ostby, Lakeby\n"
    )
    notice, tribute = page.articles[-2:]
    assert (notice.title, len(notice.paragraphs), notice.headings, notice.byline) == ("Marta Berg", 1, [], None)
    assert (tribute.title, len(tribute.paragraphs), tribute.byline) == ("A friend of the valley", 2, "Karl Ostby, Lakeby")


def test_a_family_signature_naming_the_dead_signs_its_notice():
    # "Lund familie" flush under Peter Lund's notice, the next name flush under it: the notice's
    # byline, not the section of the notices below
    page = clean_text(
        "He is survived by two daughters. The service is\non Friday at the chapel on Mill Road.\n\n"
        "Deaths\nIngrid Voss\nDied Monday, May 4, 2027, aged 91. Service\nFriday, May 8, at the chapel, 10 a.m.\n"
        "Peter Lund\nDied Tuesday, May 5, 2027, aged 84. Burial\nSaturday, May 9, Lakeby cemetery.\n"
        "Lund familie\n"
        "Marta Berg\nDied Wednesday, May 6, 2027, aged 78. Service\nMonday, May 11, at the chapel.\n"
    )
    lund, berg = page.articles[-2:]
    assert (lund.title, lund.byline) == ("Peter Lund", "Lund familie")
    assert (berg.title, berg.section, berg.kicker) == ("Marta Berg", None, None)


def test_an_obituarys_kicker_over_its_wide_head_over_the_years_of_the_life():
    # a one-word kicker over a head far wider than it, the years of the life under the head:
    # kicker, title and subtitle, not one title "Remembered Hein Thiessen Voss, …"
    from paperarchive.models import Block, Kind
    from paperarchive.segment import segment

    blocks = (
        Block(("Remembered",), 1, gap=1, kind=Kind.SHORT),
        Block(("Hein Thiessen Voss, a Lakeby miller, dies",), 2, kind=Kind.SHORT),
        Block(("1938–2027",), 3, kind=Kind.SUBTITLE),
        Block(("By Anna Berg",), 4, kind=Kind.BYLINE),
        Block(("LAKEBY – Hein Thiessen died at home on Monday.",), 5, kind=Kind.BODY),
    )
    [obituary] = segment(blocks).articles
    assert fields(obituary, "kicker", "title", "subtitle") == ("Remembered", "Hein Thiessen Voss, a Lakeby miller, dies", "1938–2027")


def test_an_obituarys_kicker_over_its_head_over_the_name_and_years():
    # the deck names the dead with the years of the life: kicker, title and subtitle, not the
    # kicker for title and the head and deck one subtitle
    from paperarchive.models import Block, Kind
    from paperarchive.segment import segment

    blocks = (
        Block(("Remembered",), 1, gap=1, kind=Kind.SHORT),
        Block(("Lakeby loses the miller of Hollow Mill",), 2, kind=Kind.SHORT),
        Block(("Hein Thiessen, 1938–2027",), 3, kind=Kind.SHORT),
        Block(("By Anna Berg",), 4, kind=Kind.BYLINE),
        Block(("LAKEBY – Hein Thiessen died at home on Monday.",), 5, kind=Kind.BODY),
    )
    [obituary] = segment(blocks).articles
    assert fields(obituary, "kicker", "title", "subtitle") == ("Remembered", "Lakeby loses the miller of Hollow Mill", "Hein Thiessen, 1938–2027")


def test_a_latin_notices_signer_set_right_over_its_place_and_date_is_its_byline():
    page = (
        "HOLLOW GAZETTE · Friday, 3 April 2042 · Page 6\n\n"
        "Bridge\n"
        "New bridge opens by\n"
        "the mill\n"
        "By Sam Hale\n"
        "  HOLLOW – The new bridge by the old\n"
        "mill opened on Monday, a year after\n"
        "the flood took the last one away.\n"
        "  Farmers said the road to the market\n"
        "is now an hour shorter than before.\n\n"
        "=======================================\n"
        "Notice of Meeting\n"
        "  All members of the Hollow Growers are asked to\n"
        "meet on Saturday, 11 April 2042, at nine, in the\n"
        "village hall.\n"
        "                         Hollow Growers' Club\n"
        "                         Hollow, 1 April 2042\n"
        "=======================================\n"
    )
    notice = next(a for a in clean_text(page).articles if a.title == "Notice of Meeting")
    assert notice.byline == "Hollow Growers' Club"
    assert notice.paragraphs[-1] == "Hollow, 1 April 2042"


def test_a_box_ending_on_a_tables_row_is_no_story_broken_off_mid_sentence():
    """A results box's last row ends no sentence, yet never runs on: the headless text further
    down does not resume it (a later story's paragraph was joined to the row)."""
    seg = _Reader(())
    seg.start("本周赛果", Block(("本周赛果",), 1, kind=Kind.SHORT))
    seg.current.paragraphs += ["北岸队　2比1　南湖队　江北体育场", "西山队　0比0　东港队　江北体育场"]
    seg.start("积分榜", Block(("积分榜",), 5, kind=Kind.SHORT))
    assert seg.dangling is None
    seg.current.paragraphs.append("区青少年足球联赛下周六开幕，共有十二支球队报名")
    seg.start("女足联赛", Block(("女足联赛",), 8, kind=Kind.SHORT))
    assert seg.dangling is not None


def test_a_roll_call_glued_under_a_story_its_longest_name_two_spaces_short_is_a_box_of_its_own():
    from test_blocks import ROLL_CALL_GLUED_UNDER_A_STORY

    articles = {a.title: a for a in clean_text(ROLL_CALL_GLUED_UNDER_A_STORY).articles}
    rows = articles["How they voted"].paragraphs
    assert [" ".join(row.split()) for row in rows[:5]] == ["Margaret Holloway For", "Ann Pryce For", "Tom Wood Against", "Jo Lister For", "Total: For 3, Against 1"]


def test_an_assembly_set_right_over_its_date_under_a_boxed_notice_signs_it():
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　人大之窗\n\n"
        "听证会公告\n"
        "事项：《青禾镇集市摊位管理办法（草案）》\n"
        "时间：3月20日（周五）上午9时\n"
        "地点：镇文化站二楼会议室\n"
        "报名：有意发言的居民请于3月18日前到镇人大办公室登记。\n"
        "　　　　　　　　　　　　　青禾镇人大主席团\n"
        "　　　　　　　　　　　　　　2043年3月6日\n"
        "─────────────────────\n\n"
        "青禾日报社　　地址：青禾县河西路8号"
    )
    articles = clean_text(page).articles
    notices = [a for a in articles if a.title == "听证会公告"]
    assert len(notices) == 1 and notices[0].byline == "青禾镇人大主席团"
    assert notices[0].paragraphs[-1] == "2043年3月6日"
    assert "青禾镇人大主席团" not in [a.title for a in articles]


def test_an_office_set_right_over_its_date_signs_a_box_whose_last_item_ends_on_no_stop():
    """A boxed notice's labelled items are set without stops; the office set flush right over its
    date still signs the box (before: an article titled by the office, the date its paragraph)."""
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　健康\n\n"
        "─────────────────────\n"
        "免费测视力通知\n"
        "对象：本镇70岁以上居民\n"
        "时间：3月20日（周五）上午8:00-11:00\n"
        "地点：青禾镇卫生院二楼\n"
        "携带：身份证、老花镜\n"
        "　　　　　　　　　　　　　青禾镇卫生院\n"
        "　　　　　　　　　　　　　　2043年3月6日\n"
        "─────────────────────\n\n"
        "青禾日报社　　地址：青禾县河西路8号"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["免费测视力通知"]
    assert articles[0].byline == "青禾镇卫生院" and articles[0].paragraphs[-1] == "2043年3月6日"


def test_a_doctors_column_signed_with_clinic_post_and_name_a_blank_line_under_its_text():
    """The signature is the column's byline, not the kicker of the box under it."""
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　健康\n\n"
        "医生说\n"
        "眼睛干涩　别乱滴眼药\n"
        "　　看手机久了眼睛发干，先闭眼休息几分钟，\n"
        "多眨眨眼。\n\n"
        "　　眼药水要按医生说的用，不要自己买来天天\n"
        "滴。\n\n"
        "青禾县医院眼科　主治医师　江　沐\n\n"
        "─────────────────────\n"
        "免费测视力通知\n"
        "对象：本镇70岁以上居民\n"
        "时间：3月20日（周五）上午8:00-11:00\n"
        "地点：青禾镇卫生院二楼\n"
        "─────────────────────\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    column = articles["眼睛干涩\u3000别乱滴眼药"]
    assert column.byline in ("青禾县医院眼科\u3000主治医师\u3000江\u3000沐", "青禾县医院眼科\u3000主治医师\u3000江沐")
    assert articles["免费测视力通知"].kicker is None


def test_a_pair_of_phrases_over_a_narrower_phrase_is_a_title_over_its_deck():
    """A head of a short phrase and a long one, a wide space apart, over one narrower phrase: the
    title and its deck, not a kicker over its title (a kicker's pair is a slogan's two short ones)."""
    page = (
        "岭南日报\n2043年3月9日　星期一　　第4版　天气\n\n"
        "寒潮过后　山区晴好两天\n"
        "茶农抓紧上山采早茶\n"
        "本报记者　柯　蔓\n"
        "　　连续三天的寒潮今天结束，县气象台预计明\n"
        "天起全县晴好两天，山区最高气温回升到16℃。\n"
        "　　茶农说，晴天采下的早茶香气足。\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle) == (None, "寒潮过后\u3000山区晴好两天", "茶农抓紧上山采早茶")


def test_two_clauses_on_le_over_a_phrase_are_a_title_over_its_deck_signed_by_a_rare_name():
    """A head of two clauses each closing on 了 is whole (no sentence cut there), and over one
    phrase it is the title over its deck; the writer's name under them, a rare character in it
    ("柯　䶮"), is the byline."""
    assert is_short("秋雨停了，稻子黄了") and not is_short("辉算了一笔账，农场今年少雇了")
    page = (
        "岭南日报\n2043年3月9日　星期一　　第6版　书评\n\n"
        "秋雨停了，稻子黄了\n"
        "一位农技员守了三十年的试验田\n"
        "柯　䶮\n"
        "　　这本书写的是县农科所一位农技员三十年的\n"
        "日子，从第一块试验田写到退休那天。\n"
        "　　书里的稻子，一季一季地黄了又青。\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle, article.byline) == (None, "秋雨停了，稻子黄了", "一位农技员守了三十年的试验田", "柯\u3000䶮")


def test_a_line_of_three_words_under_a_head_of_three_over_the_byline_is_its_deck():
    """A kicker says less than the head under it; a line as long as a head of three words, both
    in sentence case, straight over the byline, is the head's deck."""
    page = (
        "EL ECO DEL VALLE - Sábado 01.03.2043 - Página 5\n"
        "El Tiempo - Editor: Luis Pérez\n\n"
        "Vuelve el sol\n"
        "Noches más frías\n"
        "Por: Ana Ruiz Colop\n"
        "  SAN MARCOS - Las lluvias terminaron esta semana y las noches serán\n"
        "más frías. El observatorio anuncia cielo despejado hasta el lunes.\n"
        "  Los campesinos aprovechan los días secos para cosechar el maíz.\n"
    )
    article = clean_text(page).articles[0]
    assert (article.kicker, article.title, article.subtitle) == (None, "Vuelve el sol", "Noches más frías")


def test_a_rubric_over_a_short_head_straight_on_indented_text_is_the_kicker():
    # an indenting page: a box's rubric and a reader's column's rubric over short heads, no byline under them
    page = (
        "旧报新读\n石桥重修\n"
        "　　本报1937年5月3日讯　县城南门石桥已于昨日重修\n完竣，往来行人称便云。\n\n"
        "读者忆往\n老屋的天井\n"
        "　　小时候每到夏天，奶奶就在天井里摆一张竹床，\n我们躺在上面数星星。\n"
    )
    articles = clean_text(page).articles
    assert [(a.kicker or a.section, a.title) for a in articles] == [("旧报新读", "石桥重修"), ("读者忆往", "老屋的天井")]


def test_a_label_over_a_brief_head_under_another_columns_briefs_names_its_own_column():
    # an indenting page: a reprint under its label, then a reader's piece under another label
    page = (
        "Diario viejo\nFeria del pueblo\n"
        "    SAN PEDRO, 3 de mayo de 1938.- La\nferia del pueblo fué muy concurrida y\nlos vecinos vendieron todo su ganado.\n"
        "(El Eco del Valle, miércoles 4 de mayo de 1938)\n\n"
        "Recuerdos\nLa plaza vieja\n"
        "    De niños jugábamos en la plaza vieja,\nbajo los árboles del tío Ramón.\n"
        "    Hoy la plaza tiene bancos nuevos.\nAna Ruiz, San Pedro\n"
    )
    articles = clean_text(page).articles
    assert [(a.section, a.title) for a in articles] == [("Diario viejo", "Feria del pueblo"), ("Recuerdos", "La plaza vieja")]  # (before: "Recuerdos" lost)


def test_a_table_head_under_a_listings_column_heads_the_rows_closed_by_their_source_line():
    """A head set apart under the last small ad, over a table's rows closed by the table's source
    line, names a box of its own (`_Reader.box_of_rows`): the source line is the box's last row,
    no paragraph going on under the rows (before, the head a subhead of the listings column)."""

    def body(text, n):
        return Block((text,), n, kind=Kind.BODY)

    blocks = (
        Block(("各区二手房均价",), 10, gap=1, kind=Kind.SHORT),
        body("区域　均价（元/平方米）　涨跌", 11),
        body("南湖区　10850　+0.4%", 12),
        body("北岸区　9320　-0.2%", 13),
        body("新城区　11460　+0.6%", 14),
        body("资料来源：南湖房产研究室", 15),
        Block(("律师说法",), 16, kind=Kind.SHORT),
    )
    seg = _Reader(blocks)
    seg.start("房屋出售", Block(("房屋出售",), 1, kind=Kind.SHORT))
    seg.current.paragraphs.append("城东新村　1室1厅，40平方米，售价37万元，电话：0736-5216617")
    assert seg.box_of_rows([blocks[0]], 1)
    seg.blocks = (*blocks[:6], body("数据由中介门店提供，仅供参考，实际成交价以合同为准", 16))
    assert not seg.box_of_rows([blocks[0]], 1)  # a paragraph going on under the rows: no box of its own


def test_a_head_over_a_wrapped_paragraph_flush_under_a_line_is_read_without_failing():
    """`_Reader.row_follows` asks for two lines flush under a head; where the second block is a
    wrapped paragraph, the run is one line long: no table follows (before, an IndexError ended
    the page's cleaning)."""
    page = (
        "南湖晚报\n"
        "2042年6月3日　星期二　　第8版　楼市\n"
        "\n"
        "南湖区二手房成交回暖\n"
        "本报记者　韩　澍\n"
        "\n"
        "　　上月南湖区二手房成交一千二百套，比前月多\n"
        "了一成，其中九十平方米以下的小户型最多。\n"
        "\n"
        "　　中介门店的经纪人说，看房的人明显多了起来，\n"
        "不少买家是为孩子上学换房。\n"
        "房屋出售\n"
        "桂园小区　3室1厅，建筑面积88平方米，每平方\n"
        "米10900元，总价95.92万元，电话：\n"
        "13907451122\n"
        "新河苑　2室1厅，62平方米，带车位，售价58\n"
        "万元，电话：13517450088\n"
        "城东新村　1室1厅，40平方米，带车位，售价\n"
        "37万元，电话：0736-5216617\n"
        "\n"
        "各区二手房均价\n"
        "区域　均价（元/平方米）　涨跌\n"
        "南湖区　10850　+0.4%\n"
        "北岸区　9320　-0.2%\n"
        "新城区　11460　+0.6%\n"
        "老城区　8640　-1.1%\n"
        "资料来源：南湖房产研究室\n"
        "律师说法\n"
        "定金能退吗？\n"
        "\n"
        "　　问：交了定金又不想买了，能退吗？\n"
        "\n"
        "　　答：自己违约的，一般不退。\n"
    )
    titles = [a.title for a in clean_text(page).articles]
    assert "南湖区二手房成交回暖" in titles and "定金能退吗？" in titles


def test_a_tables_source_line_closes_it_and_the_label_under_it_opens_a_piece():
    """Reader.rows_closed: under a price table's last row and its source line ("资料来源：…",
    "Source: …"), the next label set a blank line apart heads a piece of its own, not a subhead."""
    from conftest import farm_page_lead, hard_wrapped

    table = "\n今日菜价\n单位：元/公斤\n品名　单位　价格\n白菜　每公斤　2.80\n萝卜　每公斤　1.60\n资料来源：县农产品批发市场\n\n"
    brief = "种植天气\n" + hard_wrapped("5日至7日，晴到多云，适合移栽菜苗，注意早晚浇水。", 20)
    page = clean_text(farm_page_lead() + table + brief)
    assert [a.title for a in page.articles][-2:] == ["今日菜价", "种植天气"]
    latin = (
        "VALLEY WEEKLY · Farming\n\nHarvest\nCabbage growers cheer a good\nseason in the valley\n\n"
        "Growers in the valley sold more cabbage\nthis week than in any week of the year,\nand the co-operative paid them on time.\n\n"
        "Market prices\nProduce       Unit  Price  +/-\nCabbage       kilo  40     +5\nCarrots       kilo  55     -5\n"
        "Potatoes      kilo  30     0\nSource: Valley Public Market\n\n"
        "Planting calendar\nFirst week – sow the carrots in the\nlower beds and cover them at night.\n\n"
        "Second week – weed the cabbage and\nwater it at dusk.\n"
    )
    assert [a.title for a in clean_text(latin).articles][-2:] == ["Market prices", "Planting calendar"]


def test_an_advisers_column_named_over_its_head_is_the_kicker():
    """segment._WRITERS_COLUMN: "律師話你知" over "租約到期退按金", and "農友小學堂" over a pair of
    phrases, are the column's name over its head, not one title nor a title over its deck."""
    from conftest import farm_page_lead, hard_wrapped

    text = hard_wrapped("秋后要先剪掉枯枝和病枝，再施一次有机肥，让果树养足树势过冬。", 20)
    for name, head in (("律師話你知", "租約到期退按金"), ("農友小學堂", "採後修剪　留下明年好枝")):
        page = clean_text(farm_page_lead() + f"\n{name}\n{head}\n" + text)
        column = page.articles[-1]
        assert (column.title, name in (column.kicker, column.section)) == (head, True)


def test_a_calendars_last_row_of_a_bare_date_and_weekday_ends_it_so_a_rubric_under_it_is_the_columns_kicker():
    # an indent-only page: the calendar, the column's rubric and its head stand flush, no blank line
    page = (
        "桐湾日报　2043年3月4日　星期三　第6版\n"
        "\n"
        "本月义诊日\n"
        "1. 3月7日（周六）\n"
        "2. 3月14日（周六）\n"
        "3. 3月21日（周六）\n"
        "院长寄语\n"
        "春来先养身\n"
        "　　开春以后天气忽冷忽热，老人要按时添减衣服，\n"
        "少去人多的地方。\n"
        "　　有慢性病的，药不要自己停。\n"
    )
    column = next(a for a in clean_text(page).articles if a.title == "春来先养身")
    assert column.kicker == "院长寄语"


def test_a_columns_name_over_a_short_head_whose_text_goes_on_is_its_kicker_not_a_briefs_section():
    page = (
        "WARTA PAROKI · Halaman 5\n"
        "\n"
        "Jadwal Paskah\n"
        "2 April: Minggu Palma\n"
        "9 April: Paskah\n"
        "\n"
        "Kata Pastor\n"
        "Berjalan bersama tetangga\n"
        "Masa Prapaskah bukan hanya waktu berdoa.\n"
        "\n"
        "Kita juga diajak mengunjungi tetangga yang sakit dan sendirian.\n"
        "\n"
        "— Pastor Yohanes Lete, pastor paroki\n"
        "Koor: Latihan koor setiap Kamis pukul 19.00 di aula paroki.\n"
        "Kolekte: Kolekte Minggu lalu untuk panti asuhan terkumpul 2.400.000 rupiah.\n"
    )
    articles = clean_text(page).articles
    column = next(a for a in articles if a.title == "Berjalan bersama tetangga")
    assert column.kicker == "Kata Pastor" and column.section is None


def test_a_head_and_the_short_line_under_it_over_headings_open_a_story():
    # a head set apart over a short line (its writer's line, the engine's "／" lost: "文林小厨") over
    # the headings of its first part: the story opens there, not carried on in the open one
    from paperarchive.models import Block, Kind
    from paperarchive.segment import segment

    blocks = (
        Block(("家常菜里的学问",), 1, gap=2, kind=Kind.SHORT),
        Block(("做菜先要选好料，火候也要看准。",), 2, gap=1, kind=Kind.BODY),
        Block(("本周家常菜谱",), 3, gap=2, kind=Kind.SHORT),
        Block(("文林小厨",), 4, gap=1, kind=Kind.SHORT),
        Block(("周一",), 5, gap=1, kind=Kind.HEADING),
        Block(("红烧鱼配炒青菜，再加一碗紫菜汤。",), 6, gap=1, kind=Kind.BODY),
        Block(("周二",), 7, gap=1, kind=Kind.HEADING),
        Block(("番茄炒蛋，米饭多蒸一碗。",), 8, gap=1, kind=Kind.BODY),
    )
    first, menu = segment(blocks).articles
    assert first.paragraphs == ["做菜先要选好料，火候也要看准。"]
    assert menu.title.startswith("本周家常菜谱")
    assert list(menu.headings) == ["周一", "周二"]
    assert list(menu.paragraphs) == ["红烧鱼配炒青菜，再加一碗紫菜汤。", "番茄炒蛋，米饭多蒸一碗。"]


def test_an_editors_reply_under_a_letters_signature_is_its_last_paragraph_and_a_head_glued_under_it_opens_the_next_letter():
    page = (
        "读者来信\n"
        "桥头的垃圾桶满了没人清\n"
        "　　石桥东头的垃圾桶一到周末就装满了，\n"
        "塑料袋被风吹得到处都是，行人只好绕着走。\n"
        "\n"
        "——柯明远（石桥街道读者）\n"
        "\n"
        "　　编辑回复：本报已将来信转给区环卫所，\n"
        "该所表示周末将增派一班清运车。\n"
        "夜市收摊后的油渍\n"
        "　　夜市每晚收摊后，地面留下大片油渍，\n"
        "早上骑车经过的人已经滑倒过好几个。\n"
        "\n"
        "——温小青（北关社区读者）\n"
    )
    first, second = clean_text(page).articles
    assert (first.title, first.byline) == ("桥头的垃圾桶满了没人清", "柯明远（石桥街道读者）")
    assert first.paragraphs[-1] == "编辑回复：本报已将来信转给区环卫所，该所表示周末将增派一班清运车。"
    assert (second.title, second.byline) == ("夜市收摊后的油渍", "温小青（北关社区读者）")
    assert not any("——" in p for p in first.paragraphs + second.paragraphs)


def test_a_dashed_signature_over_the_editors_reply_at_the_indent_signs_the_letter():
    page = (
        "Letters\n\n"
        "Bus shelter roof leaks\n"
        "    The roof of the shelter by the market\n"
        "leaks on every bench. We stand in the rain\n"
        "under a roof.\n"
        "— Ida Marsh, Kelby\n"
        "    Catatan redaksi: the transport office says\n"
        "a new roof is ordered for April.\n\n"
        "Thank you, road crew\n"
        "    The pothole by the school gate was filled\n"
        "within a week of my letter. Thank you.\n"
        "— Tom Reeve, Ashby\n"
    )
    first, second = clean_text(page).articles
    assert (first.title, first.byline, first.subtitle) == ("Bus shelter roof leaks", "Ida Marsh, Kelby", None)
    assert first.paragraphs == [
        "The roof of the shelter by the market leaks on every bench. We stand in the rain under a roof.",
        "Catatan redaksi: the transport office says a new roof is ordered for April.",
    ]
    assert (second.title, second.byline) == ("Thank you, road crew", "Tom Reeve, Ashby")


def test_a_latin_unit_line_over_a_tables_header_row_is_its_first_paragraph_not_the_heads_deck():
    page = (
        "Maize farmers wait for rain\n"
        "By Ann Wairimu\n\n"
        "MERU – Farmers in the lower zones say\n"
        "the short rains came two weeks late and\n"
        "many will plant again this month.\n\n"
        "Market prices\n"
        "Prices in KSh\n"
        "Crop         Unit    Price   +/-\n"
        "Maize        90 kg   3900    +200\n"
        "Beans        kg      140     -10\n"
        "Potatoes     bag     2600    0\n"
        "Source: Meru Farmers' Union\n"
    )
    table = next(a for a in clean_text(page).articles if a.title == "Market prices")
    assert table.subtitle is None
    assert table.paragraphs[0] == "Prices in KSh"


def test_a_latin_unit_line_under_a_tables_headline_is_its_first_paragraph():
    blocks = (
        Block(("Maize farmers wait for rain",), 1, kind=Kind.HEADLINE),
        Block(("MERU – Farmers in the lower zones say the short rains came late.",), 3, gap=1, kind=Kind.BODY),
        Block(("Market prices",), 4, kind=Kind.HEADLINE),
        Block(("Prices in KSh",), 5, kind=Kind.SHORT),
        Block(("Crop         Unit    Price   +/-",), 6, kind=Kind.ROW),
        Block(("Maize        90 kg   3900    +200",), 7, kind=Kind.ROW),
        Block(("Beans        kg      140     -10",), 8, kind=Kind.ROW),
    )
    table = next(a for a in segment(blocks).articles if a.title == "Market prices")
    assert (table.subtitle, table.paragraphs[0]) == (None, "Prices in KSh")


def test_a_latin_office_over_its_place_and_date_signs_a_box_whose_last_field_ends_on_no_stop():
    """A Latin box's labelled fields are set without stops; the office set in over the place and
    date still signs it (before: one byline of the office and the date line run together)."""
    page = (
        "LAKESIDE NEWS · Monday, 11 May 2042 · Page 5\n\n"
        "==============================\n"
        "Free eye checks\n"
        "Who: everyone over sixty\n"
        "When: Saturday, 23 May 2042\n"
        "Where: Lakeside Clinic\n"
        "Bring: your health card\n"
        "         Lakeside Health Office\n"
        "           Lakeside, 9 May 2042\n"
        "==============================\n\n"
        "Lakeside News · desk@lakeside.example.org"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Free eye checks"]
    assert articles[0].byline == "Lakeside Health Office" and articles[0].paragraphs[-1] == "Lakeside, 9 May 2042"


def test_a_lecture_or_letters_columns_name_over_its_head_under_a_table_is_its_section():
    """"…大讲堂" (a lecture column) and "…信箱" (a column answering letters) are columns' names:
    over a head under a table's footnote they are its section, not the first words of its title."""
    for label in ("养生大讲堂", "读者信箱"):
        page = (
            "青禾日报\n2043年6月10日　星期三　　第5版　健康\n\n"
            "社区门诊时间\n"
            "青禾社区卫生服务站　周一至周五　08:00-17:00\n"
            "河西卫生室　周二、周四　08:30-11:30\n"
            "*节假日另行通知\n\n"
            f"{label}\n"
            "午睡不宜超过一小时\n"
            "　　午睡能解乏，但时间不宜过长，一般以半小时为宜，睡得太久反而容易头昏。\n"
            "　　饭后不要马上躺下，先走动十分钟再睡。\n\n"
            "青禾日报社　　地址：青禾县河西路8号"
        )
        column = next(a for a in clean_text(page).articles if "午睡" in a.title)
        assert column.title == "午睡不宜超过一小时" and label in (column.section, column.kicker)



def test_a_ralat_box_under_a_columns_last_sentence_is_a_piece_of_its_own():
    # "Ralat", the Indonesian and Malay head of a correction box, as "Correction" heads one
    page = (
        "WARTA TELUK · Kamis, 6 Juni 2041 · Halaman 4\n\n"
        "Pasar ikan buka lebih pagi\n"
        "   Pasar ikan di pelabuhan kini buka pukul\n"
        "lima pagi, kata kepala pasar kepada warga.\n"
        "   Para nelayan menyambut baik jam baru itu.\n"
        "\n"
        "Ralat\n"
        "==========================================\n"
        "Pada edisi Senin, 4 Maret 2041, halaman 2:\n"
        "nama ketua koperasi tertulis Yusuf Rumbewas,\n"
        "seharusnya Yusuf Rumbiak. Redaksi mohon maaf.\n"
        "==========================================\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Pasar ikan buka lebih pagi", "Ralat"]
    assert articles[1].paragraphs[0].startswith("Pada edisi Senin")


def test_a_notices_signer_and_date_set_in_on_an_indenting_page_are_its_byline_and_last_paragraph():
    # the signer and the "Place, le …" line set in further than the paragraphs' indent, read as
    # two one-line paragraphs before
    page = (
        "LA GAZETTE DE MANA · Jeudi 24 avril 2041 · Page 3\n\n"
        "Le marché couvert avance\n"
        "    Les travaux du marché couvert ont repris lundi\n"
        "après deux semaines de pluie, dit le maire.\n\n"
        "==========================================\n"
        "Avis d'enquête publique\n"
        "Objet : nouveau marché couvert du bourg\n"
        "Jusqu'au : Lundi 12 mai 2041\n"
        "Lieu : salle des fêtes de Mana\n"
        "Comment : registre en mairie ou courrier.\n"
        "        Service de l'urbanisme de Mana\n"
        "                   Mana, le 20 avril 2041\n"
        "==========================================\n"
    )
    notice = clean_text(page).articles[-1]
    assert notice.title == "Avis d'enquête publique"
    assert notice.byline == "Service de l'urbanisme de Mana"
    assert notice.paragraphs[-1] == "Mana, le 20 avril 2041"


def test_a_qa_columns_rubric_over_its_question_head_is_its_label_not_part_of_the_title():
    # (under a table's rows, no sentence closing them: the rubric and the question read as one head before)
    def b(text, kind, gap=0, indent=False):
        return Block((text,), 1, gap=gap, indent=indent, kind=kind)

    blocks = (
        b("診所時間", Kind.HEADLINE, 1),
        b("普通科診所　星期一至五　9:00-17:00", Kind.BODY),
        b("＊公眾假期休息", Kind.BODY),
        b("問護士", Kind.SHORT, 1),
        b("打完針手痛點算好？", Kind.SHORT),
        b("問：我個仔打完預防針，手臂痛咗兩日，要唔要睇醫生？", Kind.BODY, indent=True),
        b("答：打針後手臂痛係常見反應，一般兩三日就會好。", Kind.BODY, indent=True),
    )
    qa = segment(blocks).articles[-1]
    assert qa.title == "打完針手痛點算好？"
    assert "問護士" in (qa.section, qa.kicker)


def test_a_pair_of_two_clauses_over_a_wider_deck_is_the_title_over_its_deck():
    page = (
        "溪口日报\n2043年6月2日　星期二　　第3版　教育\n\n"
        "图书车开进山村　百名孩子借新书\n"
        "县图书馆的流动图书车本周走遍八个偏远山村\n"
        "本报记者　严　朗\n"
        "　　本周，县图书馆的流动图书车开进八个山村，\n为孩子们送去两千册新书。\n"
    )
    story = clean_text(page).articles[0]
    assert (story.title, story.subtitle) == ("图书车开进山村　百名孩子借新书", "县图书馆的流动图书车本周走遍八个偏远山村")


def test_a_unit_line_naming_its_measure_in_brackets_is_the_tables_first_paragraph():
    """classify.UNIT_LINE: "单位：毫克/升（溶解氧）" names its unit and, in brackets, what it
    measures; under the table's label it is the table's first paragraph, not its title (before: the
    label the kicker and the unit line the title)."""
    from conftest import farm_page_lead

    for rows in ("测点　读数　等级\n东桥　6.1　二类\n西闸　4.9　三类\n", "东桥　6.1　二类\n西闸　4.9　三类\n"):
        table = "\n河道水质\n单位：毫克/升（溶解氧）\n" + rows + "资料来源：区水文站\n"
        article = clean_text(farm_page_lead() + table).articles[-1]
        assert (article.kicker, article.title, article.paragraphs[0]) == (None, "河道水质", "单位：毫克/升（溶解氧）")


def test_a_datelines_place_dash_and_day_ending_on_a_comma_opens_the_story_not_the_furniture():
    """classify._dated_running_head: "BANDA – Kamis, 12 Maret 2043," is a report's first line, the
    sentence running on after the comma, not a running head (before: cut out as furniture)."""
    for first, second in (("BANDA – Kamis, 12 Maret 2043,", "empat puluh warga membersihkan kali"), ("BANDA – Kamis, 12 Maret 2043, 40 warga", "membersihkan kali")):
        page = (
            "KABAR BANDA · Sabtu, 14 Maret 2043 · Halaman 3\n\n"
            "Kali Bersih\nWarga membersihkan kali Neira\nPenulis: Siti Rahayaan\n\n"
            f"{first}\n{second} Neira dari sampah plastik dan\nranting sampai sore hari.\n"
        )
        report = clean_text(page).articles[0]
        assert report.paragraphs[0].startswith(first)


def test_a_citys_whole_bureau_set_right_over_its_date_signs_its_box():
    """segment._DATED_ISSUER_WIDTH: a bureau's full name runs to thirteen characters
    ("青禾市人力资源和社会保障局"); set right over its date it still signs the box (before: an article
    titled by the bureau, the date its paragraph)."""
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　就业\n\n"
        "─────────────────────\n"
        "春季招聘会通知\n"
        "时间：3月20日（周五）上午9:00-12:00\n"
        "地点：青禾市人才市场一楼\n"
        "携带：身份证、简历\n"
        "　　　　　　　　青禾市人力资源和社会保障局\n"
        "　　　　　　　　　　　　　　2043年3月6日\n"
        "─────────────────────\n\n"
        "青禾日报社　　地址：青禾市河西路8号"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["春季招聘会通知"]
    assert articles[0].byline == "青禾市人力资源和社会保障局" and articles[0].paragraphs[-1] == "2043年3月6日"


def test_a_call_line_flush_under_a_boxs_rows_over_its_signer_is_the_boxs_line():
    """classify._call_line_of_the_notice: "查詢電話：…" flush under a box's labelled rows, over the
    office and its date, is a line of the box, not the page's hotline (before: it and the date
    dropped as furniture)."""
    page = (
        "青禾週報\n2043年3月9日　星期一　　第4頁　社區\n\n"
        "圖書館擴建\n"
        "　　【本報訊】青禾圖書館擴建工程完工，新館多\n"
        "咗兩層，座位增加到三百個。\n\n"
        "────────────────────\n"
        "自修室收費調整\n"
        "生效日期：2043年4月1日\n"
        "新收費水平：每小時由8元調高至10元\n"
        "適用對象：所有讀者，包括學生讀者\n"
        "查詢電話：2563 8017\n"
        "　　　　　　　　　　　青禾圖書館\n"
        "　　　　　　　　　　　　2043年3月6日\n"
        "────────────────────\n"
    )
    box = next(a for a in clean_text(page).articles if a.title == "自修室收費調整")
    assert (box.byline, box.paragraphs[-2:]) == ("青禾圖書館", ["查詢電話：2563 8017", "2043年3月6日"])


def test_an_indent_only_recipes_parts_under_its_intro_are_its_headings():
    """`用料` / `步骤` flush under the intro's last line, the ingredient rows flush under `用料` (one
    of them two ingredients apart on a wide run of spaces, one with no figure): the recipe's headings,
    its rows and steps its paragraphs. Before, `用料` the title of a box of its own and the last row
    the kicker over `步骤`, a third piece."""
    page = (
        "临川晚报　2027年3月3日　星期三　第9版　美食\n\n"
        "家常菜谱\n"
        "清炖萝卜牛腩\n"
        "　　冬天炖一锅萝卜牛腩，汤浓肉烂，配一碗白饭最\n"
        "好。\n"
        "用料\n"
        "牛腩　600克\n"
        "白萝卜　1根　　　生姜　3片\n"
        "香菜　少许\n"
        "步骤\n"
        "1．牛腩切块，冷水下锅焯水后洗净。\n"
        "2．加水和姜片炖一个半小时，再下萝卜炖半小时。\n"
    )
    (recipe,) = clean_text(page).articles
    assert recipe.title == "清炖萝卜牛腩" and recipe.headings == ["用料", "步骤"]
    assert "白萝卜\u30001根\u3000\u3000\u3000生姜\u30003片" in recipe.paragraphs
    assert "香菜\u3000少许" in recipe.paragraphs
