"""A weekly's boxes of rows (a market's prices and a church's hours, sayings with their
translation, readers' text messages signed with their place, a job's dash-bulleted
requirements, an invitation's fields), a Kurdish page in Turkey's code page, a Chinese
table's column-head row, a subhead set flush between indented paragraphs, and a reader
signing with a web handle. Pages written here for the rules, in places of their own."""

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

_STORY = (
    "Harbour to be dredged\n\n"
    "The harbour board met on Monday and agreed\n"
    "to dredge the inner basin before the winter\n"
    "storms, at a cost the town will share with\n"
    "the state. Work starts in the first week of\n"
    "October and takes a month, the board said.\n\n"
)


def _box(head: str, rows: list[str], after: str = "") -> list:
    page = _STORY + head + "\n\n" + "\n".join(rows) + "\n" + after
    return clean_text(page).articles


def test_a_market_s_prices_and_a_church_s_hours_are_rows_though_the_item_has_a_hyphen_or_a_place():
    prices = ["Sweet-potato – $0.40 kilo one", "Rice – $0.75 kilo one", "Dried-fish – $3.00 kilo one", "Egg – $0.20 one"]
    box = _box("Market prices", prices)[-1]
    assert box.title == "Market prices" and box.paragraphs == prices
    hours = ["Wesley Church, Kolomotua – 10.00 morning", "St Mary, Maufanga – 7.30 morning", "Free Church, Haveluloto – 5.00 evening"]
    box = _box("Sunday services", hours)[-1]
    assert box.title == "Sunday services" and box.paragraphs == hours


def test_sayings_with_their_translation_and_readers_messages_with_their_place_are_rows():
    sayings = ["Drop by drop a lake. - Damla damla göl.", "Man is man with men. - İnsan insanla insandır.", "Water will not stay in a sieve. - Su kalburla taşınmaz."]
    box = _box("SAYINGS", sayings)[-1]
    assert box.title == "SAYINGS" and box.paragraphs == sayings
    messages = ["“The street lamp in our lane is out again.” – Anse Royale", "“Thanks to the firemen for Sunday.” – Baie Lazare", "“Where is the 7 o'clock bus?” – La Misère"]
    box = _box("READERS' VOICE", messages)[-1]
    assert box.title == "READERS' VOICE" and box.paragraphs == messages and not box.pull_quotes


def test_a_job_notice_s_dash_bulleted_requirements_are_rows_and_its_deadline_stays_apart():
    requirements = ["- Speaks Tetum and Portuguese", "- Has worked with children", "- Can live in Ermera"]
    notice = _box("JOB NOTICE", ["A school seeks two reading tutors for a year."], "\n" + "\n".join(requirements) + "\nDeadline: send a letter to the school by 30 June.\n")[-1]
    assert notice.paragraphs[1:] == [*requirements, "Deadline: send a letter to the school by 30 June."]


def test_an_invitation_s_fields_are_rows_though_they_hold_no_figure():
    fields = ["Bride: Ann Lowe", "Groom: Tom Reid", "Day: Saturday, at two", "Place: Glen Hall, Bay"]
    page = _STORY + "WEDDING\n\nWe invite you to the wedding of our children Ann and Tom.\n\n" + "\n".join(fields) + "\n\nNEWS IN BRIEF\nFerry fares rise\n\nThe ferry's fares rise by a tenth from March, the board said.\n"
    invitation = clean_text(page).articles[1]
    assert invitation.title == "WEDDING"
    assert invitation.paragraphs[1:] == fields


def test_a_kurdish_page_in_latin_5_reads_its_letters_and_its_byline_round_the_name(tmp_path):
    page = (
        "ÇAND\n"
        "Pêşangeha wêneyan li Amedê vebû\n"
        "Ji aliyê Rojda Şahin ve\n\n"
        "Pêşangeha wêneyên kevin ên bajêr roja Înê li Mala Çandê vebû û\n"
        "dê heta dawiya mehê vekirî bimîne. Bi sedan kes hatin.\n"
    )
    path = tmp_path / "kurmanji.txt"
    path.write_bytes(page.encode("iso8859-9"))
    read = clean_file(path)
    (article,) = read.page.articles
    assert read.decoded.encoding == "cp1254"
    assert (article.kicker, article.title, article.byline) == ("ÇAND", "Pêşangeha wêneyan li Amedê vebû", "Rojda Şahin")
    assert article.paragraphs[0].startswith("Pêşangeha wêneyên kevin ên bajêr roja Înê")


def test_a_table_s_column_head_row_is_a_row_under_the_notice_s_title():
    page = (
        "小区第一季度公共收益公示\n"
        "项　　目　　　　　　金额（元）\n"
        "广告位收入　　　　　12,400.00\n"
        "场地租金　　　　　　 3,600.00\n"
        "公共维修　　　　　　 5,870.50\n"
        "合计结余　　　　　　10,129.50\n"
    )
    (notice,) = clean_text(page).articles
    assert notice.title == "小区第一季度公共收益公示"
    assert notice.paragraphs[0] == "项　　目　　　　　　金额（元）"
    assert len(notice.paragraphs) == 5


def test_a_chinese_subhead_set_flush_under_a_full_line_is_a_heading():
    page = (
        "冬季养护绿萝，这两点要记牢\n\n"
        "　　入冬以后，不少家庭的绿萝叶子发黄，其实多\n"
        "半是浇水和光照没有跟着季节调整过来的缘故，\n"
        "换个法子养，很快就能缓过来。\n"
        "　　绿萝喜欢温暖湿润，冬天室温最好不低于十\n"
        "度，北方有暖气的家庭要注意空气太干的问题。\n"
        "浇水宁干勿湿\n"
        "　　冬季绿萝生长缓慢，盆土表面干透再浇，\n"
        "水温最好与室温相近。\n"
        "光照不能太少\n"
        "　　放在朝南的窗边，每天见光四小时以上。\n"
    )
    (article,) = clean_text(page).articles
    assert article.headings == ["浇水宁干勿湿", "光照不能太少"]
    assert article.paragraphs[1] == "绿萝喜欢温暖湿润，冬天室温最好不低于十度，北方有暖气的家庭要注意空气太干的问题。"


def test_a_reader_signing_with_a_web_handle_signs_no_next_story():
    page = (
        "市民周末赏梅　公园人流大增\n\n"
        "　　【本报讯】梅花进入盛花期，上周末到梅园赏花的市民逾三万人次，\n"
        "园方增派人手疏导游客。\n\n"
        "（网名：爱拍照的小满）\n\n"
        "寒潮来袭　注意防寒\n\n"
        "　　【本报讯】气象台预计周日起气温下降八度，请市民注意添衣保暖。\n"
    )
    articles = clean_text(page).articles
    assert articles[-1].title == "寒潮来袭　注意防寒" and articles[-1].kicker is None and articles[-1].section is None
    assert any(a.byline == "（网名：爱拍照的小满）" for a in articles)


def test_the_paper_s_newsroom_with_its_address_and_phone_at_the_foot_is_furniture():
    page = (
        "湖濱華報　2026年11月21日　星期六\n"
        "A6　社區新聞\n\n"
        "華埠聖誕燈飾下月亮燈\n\n"
        "　　【本報訊】華埠商業改善區宣布，今年的聖誕燈飾將於12月5日傍晚\n"
        "亮燈，當晚設有舞獅表演，歡迎市民參加。\n\n"
        "湖濱華報編輯部：多倫多皇后西街（Queen St. W.）88號　電話：(416) 555-0177\n"
    )
    clean = clean_text(page)
    (article,) = clean.articles
    assert article.paragraphs == ["【本報訊】華埠商業改善區宣布，今年的聖誕燈飾將於12月5日傍晚亮燈，當晚設有舞獅表演，歡迎市民參加。"]
    assert clean.furniture[-1].startswith("湖濱華報編輯部：")


def test_prices_in_any_currency_with_the_unit_in_brackets_and_a_calendar_of_days():
    prices = ["Maize (bag) – ₦38,000", "Rice (bag) – ₦72,500", "Beans (measure) – ₦2,400"]
    assert _box("FOOD PRICES", prices)[-1].paragraphs == prices
    days = ["3 – Saint Agatha, Catania", "14 – Almond fair, Bronte", "22 – Ricotta fair, Vizzini"]
    assert _box("CALENDAR", days)[-1].paragraphs == days


def test_a_notice_s_mourners_line_signs_it_and_is_no_section_of_the_next_brief():
    page = (
        _STORY + "IN MEMORIAM\n"
        "Mehmed Karic (1951–2026)\n\n"
        "A year has passed since our dear husband, father and grandfather left us.\n"
        "We keep the memory of his kindness with love.\n\n"
        "Mourned by: his wife Fatima, sons Adnan and Emir with their families\n\n"
        "IN BRIEF\n"
        "Cycle path to Lukavac\n\n"
        "Work on the cycle path from the town centre to Lukavac starts in May.\n"
    )
    *_, notice, brief = clean_text(page).articles
    assert notice.title == "Mehmed Karic (1951–2026)" and notice.byline == "Mourned by: his wife Fatima, sons Adnan and Emir with their families"
    assert (brief.section, brief.kicker, brief.title) == (None, "IN BRIEF", "Cycle path to Lukavac")


def test_a_quotation_box_under_its_head_is_its_text_not_a_pull_quote():
    page = _STORY + "WORD OF THE WEEK\n\n“Water is life. When we look after water, we\nlook after our children.”\n\n– Chief Willie Tamata, Lenakel\n\nIN BRIEF\nMarket reopens\n\nThe market hall reopened on Saturday after the council fixed its roof.\n"
    *_, box, brief = clean_text(page).articles
    assert box.title == "WORD OF THE WEEK" and not box.pull_quotes
    assert box.paragraphs[0] == "“Water is life. When we look after water, we look after our children.”"
    assert (brief.kicker, brief.title, box.subtitle) == ("IN BRIEF", "Market reopens", None)


def test_a_riddle_box_of_numbered_rows_under_its_head_is_a_box_of_its_own():
    page = (
        "元宵灯会昨晚开场\n\n"
        "　　昨晚，文庙街两侧挂起了一千二百条灯谜，红灯笼下\n"
        "挤满了猜谜的市民。猜中一条，就能领一份小奖品。\n"
        "　　谜题由市灯谜学会的会员出题，从字谜到成语谜，难\n"
        "易都有。不少家长带着孩子一条条看过去，边看边商量\n"
        "，猜中的时候特别开心。\n\n"
        "本期灯谜\n\n"
        "1. 一口咬掉牛尾巴（打一字）\n"
        "2. 半部春秋（打一字）\n"
        "3. 千里相逢（打一字）\n"
        "竞猜方式：将答案发至本版邮箱，3月1日截止。\n"
    )
    story, riddles = clean_text(page).articles
    assert story.headings == [] and riddles.title == "本期灯谜"
    assert riddles.paragraphs == ["1. 一口咬掉牛尾巴（打一字）", "2. 半部春秋（打一字）", "3. 千里相逢（打一字）", "竞猜方式：将答案发至本版邮箱，3月1日截止。"]


def test_a_head_over_a_box_s_labelled_fields_opens_the_box():
    page = (
        "春日郊遊人潮湧\n\n"
        "　　天氣回暖，上周日不少市民到郊外行山，往來北潭涌的巴士\n"
        "要加開班次，署方提醒市民預備足夠食水，並留意天氣。\n\n"
        "路線資料\n\n"
        "起點：北潭涌巴士總站\n"
        "終點：西灣村\n"
        "需時：4至5小時\n"
    )
    story, box = clean_text(page).articles
    assert story.headings == [] and box.title == "路線資料"
    assert box.paragraphs == ["起點：北潭涌巴士總站", "終點：西灣村", "需時：4至5小時"]


def test_bulleted_tips_that_fill_the_column_are_items_of_their_own():
    page = (
        "汛前排查不留死角\n\n"
        "　　汛期将至，全市百余座小型水库昨日\n"
        "起逐座开展安全检查，重点查看溢洪道和\n"
        "放水设施，发现隐患立即整改到位。\n"
        "　　市水利局有关负责人介绍，今年共组\n"
        "织了四十支巡查队伍，对病险水库实行一\n"
        "库一策，确保安全度汛。\n\n"
        "防汛小贴士\n"
        "■　暴雨天尽量减少外出，不在低洼停车。\n"
        "■　遇到积水路段不要贸然涉水通过。\n"
        "■　家中常备手电、雨具和应急药品。\n"
    )
    story, tips = clean_text(page).articles
    assert tips.title == "防汛小贴士"
    assert tips.paragraphs == ["■　暴雨天尽量减少外出，不在低洼停车。", "■　遇到积水路段不要贸然涉水通过。", "■　家中常备手电、雨具和应急药品。"]


def test_the_paper_s_company_as_its_publisher_at_the_foot_is_furniture():
    page = (
        "維港晚報　2027年1月8日　星期五\n\n"
        "長者可免費領暖包\n\n"
        "　　【本報訊】寒冷天氣警告生效期間，各區長者中心即日起向六十五歲以上\n"
        "長者派發暖包，每人兩包，派完即止。\n\n"
        "維港晚報有限公司出版　　讀者熱線：2388 6600\n"
    )
    clean = clean_text(page)
    (article,) = clean.articles
    assert len(article.paragraphs) == 1 and clean.furniture[-1] == "維港晚報有限公司出版　　讀者熱線：2388 6600"


def test_a_chinese_clipping_too_short_to_measure_keeps_its_head_and_its_paragraph():
    page = (
        "汛前排查不留死角\n\n"
        "　　汛期将至，全市百余座小型水库昨日\n"
        "起逐座开展安全检查，重点查看溢洪道和\n"
        "放水设施，发现隐患立即整改到位。\n"
    )
    (article,) = clean_text(page).articles
    assert (article.kicker, article.title) == (None, "汛前排查不留死角")
    assert article.paragraphs == ["汛期将至，全市百余座小型水库昨日起逐座开展安全检查，重点查看溢洪道和放水设施，发现隐患立即整改到位。"]
