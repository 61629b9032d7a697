"""Pages into articles: where stories start and who wrote them, on short pages written for each case."""

from paperarchive.pipeline import clean_text


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
