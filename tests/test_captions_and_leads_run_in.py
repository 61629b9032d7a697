"""A caption closed by its credit on one line set inside a Chinese paragraph, a Taiwan lead run on
after its reporter's line, and a horoscope's disclaimer: pages written for these rules (not copied
from any gold page); each test fails without its rule."""

from paperarchive.pipeline import clean_text

HEALTH = (
    "临川日报　2027年5月8日　星期六　第6版　健康\n\n"
    "夏季腹泻高发　专家支招\n\n"
    "本报记者　周　敏\n\n"
    "　　进入五月，市儿童医院消化科接诊的腹泻\n"
    "患儿明显增多。该科主任刘强介绍，\n"
    "　　市儿童医院医生为患儿检查。　本报记者　周　敏　摄\n"
    "夏季细菌繁殖快，家长要注意饮食卫生。\n"
    "　　刘强建议，剩饭剩菜要冷藏，生熟砧板\n"
    "要分开。\n"
)


def test_a_caption_closed_by_its_credit_leaves_the_sentence_it_was_set_into():
    story = clean_text(HEALTH).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("市儿童医院医生为患儿检查。", "本报记者　周敏　摄")]
    assert story.paragraphs[0] == "进入五月，市儿童医院消化科接诊的腹泻患儿明显增多。该科主任刘强介绍，夏季细菌繁殖快，家长要注意饮食卫生。"


def test_a_padded_name_credits_a_photo():
    from paperarchive.classify import INLINE_CREDIT

    match = INLINE_CREDIT.search("市儿童医院医生为患儿检查。　本报记者　周　敏　摄")
    assert match is not None and match.group("credit_zh") == "本报记者　周　敏　摄"


TV = (
    "海港日報　2027年4月10日　星期六　C8　娛樂\n\n"
    "《海上明月》今晚迎高潮\n\n"
    "　　記者何嘉欣報導　劇集《海上明月》今晚\n"
    "播出第12集，男女主角在碼頭重逢，製作人\n"
    "表示這是全劇最感人的一幕。\n"
    "　　該劇首播以來收視屢創新高，平均每集\n"
    "有逾百萬觀眾收看。\n"
)


def test_a_lead_run_on_after_its_reporters_line_stays_the_lead():
    story = clean_text(TV).articles[0]
    assert story.title == "《海上明月》今晚迎高潮"
    assert story.paragraphs[0] == "記者何嘉欣報導　劇集《海上明月》今晚播出第12集，男女主角在碼頭重逢，製作人表示這是全劇最感人的一幕。"
    assert story.byline in (None, "記者何嘉欣")


HOROSCOPE = (
    "江陵晚报　2027年3月5日　星期五　第15版　生活\n\n"
    "本周星座运势\n\n"
    "　　白羊座：本周工作上会遇到新的挑战，\n"
    "不妨放慢脚步，听听同事的意见。\n"
    "　　金牛座：财运不错，但要注意控制开支。\n\n"
    "（星座运势仅供娱乐）\n\n"
    "春天来了　记得多喝水\n\n"
    "　　本报记者　林　晓\n\n"
    "　　随着气温回升，不少市民出现了口干舌\n"
    "燥的症状。\n"
)


def test_a_horoscopes_disclaimer_is_furniture_not_the_next_storys_kicker():
    page = clean_text(HOROSCOPE)
    assert "（星座运势仅供娱乐）" in page.furniture
    assert page.articles[-1].kicker is None and page.articles[-1].title == "春天来了　记得多喝水"


REVIEW = (
    "书香周刊　2027年6月3日　星期四　第12版　读书\n\n"
    "一部写给故乡的长诗\n\n"
    "□　孙　晴\n\n"
    "　　李青的新作《山河故人》出版不到一个\n"
    "月，便登上了本市畅销书榜首。书中写的是\n"
    "作者童年生活过的小镇，\n"
    "　　《山河故人》书影。　出版社供图\n"
    "从江边的码头写到山上的茶园。\n"
)


def test_a_caption_closed_by_who_supplied_the_picture_leaves_the_sentence():
    story = clean_text(REVIEW).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("《山河故人》书影。", "出版社供图")]
    assert story.paragraphs == ["李青的新作《山河故人》出版不到一个月，便登上了本市畅销书榜首。书中写的是作者童年生活过的小镇，从江边的码头写到山上的茶园。"]


GRADUATION = (
    "THE VALLEY TIMES          Friday, June 25, 2027          Page B4\n\n"
    "VALEDICTORIAN THANKS TEACHERS\n\n"
    "By KAREN WEBB\n\n"
    "Grace Kim told her classmates on Thursday that\n"
    "the best lessons came from failure. \"Nobody\n"
    "gets it right the first time,\" she said, and\n"
    "thanked the teachers who kept the library\n"
    "open late through the winter exams, the\n"
    "coaches, and the parents who drove them all.\n"
    "Graduates toss their caps. Photo by Tim Hale\n"
    "About 300 families filled the stadium for the\n"
    "ceremony, the first held outdoors since 2019.\n"
)


def test_a_caption_ending_on_photo_by_its_maker_is_caption_and_credit():
    story = clean_text(GRADUATION).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [("Graduates toss their caps.", "Photo by Tim Hale")]


ADMISSIONS = (
    "南島日報　中華民國116年6月10日　星期四　A6　教育\n"
    "\n"
    "國中會考今放榜\n"
    "\n"
    "各區錄取分數\n"
    "\n"
    "基北區　明德高中　　A++　5A\n"
    "　　　　仁愛高中　　A+　　4A1B\n"
    "桃連區　中山高中　　A+　　4A1B\n"
    "竹苗區　新竹女中　　A++　4A1B\n"
    "\n"
    "記者王美玲／台北報導\n"
    "\n"
    "　　116學年度國中教育會考成績今天公布，全國共\n"
    "有十八萬名考生應試。教育部表示，今年數學科難度與\n"
    "去年相當。\n"
    "　　考生在家長陪同下查詢成績。（記者王美玲攝）\n"
    "考生可在明天上午九點後上網查詢個人成績，並依成績\n"
    "選填志願。\n"
    "　　教育部國教署指出，今年會考各科平均答對率與去年\n"
    "相近，寫作測驗拿到六級分的考生約有三千人，比去年\n"
    "略增。國文科閱讀題的文本較長，考生需要更多時間作\n"
    "答，數學科則有兩題非選擇題較具鑑別度。\n"
    "　　北市一位國中老師表示，會考成績只是升學的參考\n"
    "之一，家長不必過度焦慮，應和孩子一起了解各校特色\n"
    "，再決定志願順序。\n"
    "　　另外，各區免試入學的志願選填將從下週一開始，\n"
    "考生須在規定時間內完成，逾期將無法補填。\n"
    "\n"
    "本版主編：林志豪\n"
)


def test_a_tables_last_cell_a_wide_space_apart_is_no_border_speck():
    rows = clean_text(ADMISSIONS).articles[0].paragraphs[:4]
    assert rows[0] == "基北區　明德高中　　A++　5A" and rows[1].endswith("4A1B")


TIMETABLE = (
    "DE NOORDERBODE                     Woensdag 7 april 2027                     Pagina 5\n\n"
    "Nieuwe dienstregeling\n"
    "bus vanaf maandag\n\n"
    "Door Pieter de Vries\n\n"
    "GRONINGEN - Vanaf maandag rijden de stads-\n"
    "bussen volgens een nieuwe dienstregeling. Lijn 3\n"
    "gaat vaker rijden, lijn 8 verdwijnt, en de bus\n"
    "naar het ziekenhuis stopt voortaan ook bij het\n"
    "nieuwe station aan de oostkant van de stad.\n"
    "\"We volgen de reizigers,\" zegt woordvoerder\n"
    "Anke Bos van het vervoerbedrijf. Volgens haar\n"
    "stapten vorig jaar op lijn 3 bijna twee keer\n"
    "zoveel mensen in als op alle andere lijnen.\n\n"
    "Wijzigingen per lijn\n"
    "Lijn 3   Centrum - Zernike      elke 10 minuten\n"
    "Lijn 5   Station - Ziekenhuis   elke 15 minuten\n"
    "Lijn 11  Haren - Centrum        elke 20 minuten\n\n"
    "WEGWERKZAAMHEDEN\n"
    "De Herestraat is van 12 tot en met 16 april afgesloten\n"
    "voor al het verkeer. Een omleiding wordt aangegeven.\n"
)


def test_a_latin_tables_rows_set_apart_by_wide_spaces_are_rows():
    table = next(a for a in clean_text(TIMETABLE).articles if a.title == "Wijzigingen per lijn")
    assert [row.split()[:2] for row in table.paragraphs] == [["Lijn", "3"], ["Lijn", "5"], ["Lijn", "11"]]
