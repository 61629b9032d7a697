"""Probe pages in the plans of this stop's new sets (health, TV guide, horoscope, books, graduation,
exam admissions, transport, police log, property), written before any new set was seen: a caption
closed by its credit on one line set inside a paragraph, a Taiwan lead run on after its reporter's
line, a horoscope's disclaimer, a table's last cell, a Latin table's rows, a log's and a listing's
entries. Not copied from any gold page; each test fails without its rule."""

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


POLICE_LOG = (
    "城南日报\u30002027年6月7日\u3000星期一\u3000第4版\u3000法治\n"
    "\n"
    "警民快讯\n"
    "\n"
    "一周警情\n"
    "\n"
    "6月2日\u300022时15分，城南派出所接到报警，称滨江\n"
    "路一家便利店被盗，民警当晚将嫌疑人抓获。\n"
    "6月3日\u30009时40分，一名老人在公园走失，巡逻民\n"
    "警根据家属提供的照片，半小时后将老人找到。\n"
    "6月4日\u300015时05分，解放路与中山路交叉口发生一\n"
    "起两车追尾事故，无人受伤。\n"
    "\n"
    "反诈民警进社区\u3000教老人识破“套路”\n"
    "\n"
    "本报记者\u3000吴\u3000桐\u3000通讯员\u3000陈\u3000亮\n"
    "\n"
    "\u3000\u3000“接到自称公安局的电话，说我的银行卡涉嫌\n"
    "洗钱，让我把钱转到安全账户。”昨天上午，在城\n"
    "南社区举行的反诈宣传会上，七十二岁的王阿姨讲\n"
    "述了自己差点被骗的经历。\n"
    "\u3000\u3000城南派出所民警李明告诉记者，今年以来，辖\n"
    "区共接到电信诈骗警情四十多起，受害者大多是老\n"
    "年人。骗子冒充公检法人员、冒充亲友借钱，手法\n"
    "不断翻新。\n"
    "\u3000\u3000宣传会上，民警用真实案例为居民讲解常见骗\n"
    "局，并手把手教大家安装国家反诈中心APP。李明\n"
    "提醒，公安机关不会通过电话办案，更没有所谓的\n"
    "安全账户，接到此类电话一定要挂断并报警。\n"
    "\n"
    "本版编辑：孙\u3000丽\u3000\u3000校对：马\u3000涛\n"
)


def test_a_police_logs_entries_each_open_on_their_day_and_hour():
    log = clean_text(POLICE_LOG).articles[0]
    assert [p[:5] for p in log.paragraphs] == ["6月2日　", "6月3日　", "6月4日　"]


LISTINGS = (
    "THE COASTAL HERALD                 Saturday, September 11, 2027                 Page 31\n"
    "\n"
    "PROPERTY\n"
    "\n"
    "Buyers return to the\n"
    "harbour suburbs\n"
    "\n"
    "By Nadia Forde\n"
    "\n"
    "Prices in the harbour suburbs rose for the\n"
    "third month running in August, as buyers who\n"
    "had waited out the winter came back to the\n"
    "market, agents said this week.\n"
    "The median price of a three-bedroom house in\n"
    "Bayview reached $612,000, up four per cent on\n"
    "a year ago, while units in the town centre\n"
    "held steady.\n"
    '"Anything with a view is selling in a\n'
    'fortnight," said Colin Meers of Meers &\n'
    "Daughter, who sold eleven homes last month.\n"
    "\n"
    "FEATURED LISTINGS\n"
    "\n"
    "BAYVIEW - 14 Gull St. 3 bed, 2 bath, double garage,\n"
    "sea views. $640,000. Meers & Daughter 555 0190.\n"
    "TOWN CENTRE - 2/8 Main Rd. 2 bed unit, lift, close\n"
    "to shops. $365,000. Harbour Realty 555 0144.\n"
    "NORTH HEAD - 27 Ridge Ave. 4 bed family home on\n"
    "820 sq m, pool. $790,000. Coast & Co 555 0127.\n"
    "\n"
    "Listings are supplied by the agents named.\n"
)


def test_listings_each_open_on_their_place_in_capitals_and_a_dash():
    listings = next(a for a in clean_text(LISTINGS).articles if a.title == "FEATURED LISTINGS")
    assert [p.split(" - ")[0] for p in listings.paragraphs[:3]] == ["BAYVIEW", "TOWN CENTRE", "NORTH HEAD"]


STARS = (
    "THE NORTHERN STAR             Sunday, January 9, 2028             Page 27\n"
    "\n"
    "YOUR STARS THIS WEEK\n"
    "by Madame Clio\n"
    "\n"
    "ARIES (Mar 21 - Apr 19): A message you have\n"
    "waited for arrives early in the week. Answer\n"
    "it before Thursday, when your plans change.\n"
    "TAURUS (Apr 20 - May 20): Money matters look\n"
    "brighter. A friend asks a favour; say yes,\n"
    "but set a date for its end.\n"
    "GEMINI (May 21 - Jun 20): Your words carry\n"
    "weight at work. Choose them with care on\n"
    "Monday, and rest at the weekend.\n"
    "CANCER (Jun 21 - Jul 22): A family visit\n"
    "brings an old story to light. Listen more\n"
    "than you speak.\n"
    "\n"
    "Horoscopes are for entertainment only.\n"
    "\n"
    "Winter garden show\n"
    "opens at the Town Hall\n"
    "\n"
    "By TOM ASHE\n"
    "\n"
    "More than forty growers will show their\n"
    "winter flowers at the Town Hall from Friday,\n"
    "the first time the show has been held\n"
    "indoors since it began in 1962.\n"
    "Organiser Jean Platt said the move followed\n"
    'two years of snow on the opening day. "We\n'
    "would rather the flowers froze than the\n"
    'visitors," she said.\n'
    "Entry is free for children; adults pay two\n"
    "dollars, which goes to the hospital garden\n"
    "fund.\n"
)


def test_a_columnists_lower_case_by_line_and_each_sign_and_the_disclaimer():
    page = clean_text(STARS)
    stars = page.articles[0]
    assert (stars.title, stars.byline) == ("YOUR STARS THIS WEEK", "Madame Clio")
    assert [p.split()[0] for p in stars.paragraphs] == ["ARIES", "TAURUS", "GEMINI", "CANCER"]
    assert "Horoscopes are for entertainment only." in page.furniture



TV_GUIDE = (
    "DAGBLADET NORD                 Fredag 5. mars 2027                 Side 30\n"
    "\n"
    "TV I KVELD\n"
    "\n"
    "NRK1\n"
    "18.45 Dagsrevyen\n"
    "19.30 Norge i dag\n"
    "21.05 Film: Fjellet (2024)\n"
    "\n"
    "TV 2\n"
    "18.30 Nyhetene\n"
    "20.00 Kvitt eller dobbelt\n"
    "22.10 Sporten\n"
    "\n"
    "Ukens anbefaling:\n"
    "Fjellet\n"
    "\n"
    "Av Ingrid Dahl\n"
    "\n"
    "Fjellet er en stille film om en familie som\n"
    "driver en fjellgard i Nordland, og om aret da\n"
    "den yngste datteren vil flytte til byen.\n"
    "Regissor Anne Vik har brukt amatorer i de\n"
    "fleste rollene, og det merkes: samtalene ved\n"
    'kjokkenbordet virker ekte. "Vi ville at folk\n'
    'skulle kjenne seg igjen", sier Vik.\n'
    "Filmen vises pa NRK1 klokken 21.05 og ligger i\n"
    "NRK TV i tretti dager.\n"
    "\n"
    "Programoversikten kan bli endret.\n"
)


def test_a_tv_guides_rows_are_each_a_programme_under_its_channel():
    guide = clean_text(TV_GUIDE).articles[0]
    assert guide.headings == ["NRK1", "TV 2"]
    assert guide.paragraphs[:6] == ["18.45 Dagsrevyen", "19.30 Norge i dag", "21.05 Film: Fjellet (2024)", "18.30 Nyhetene", "20.00 Kvitt eller dobbelt", "22.10 Sporten"]


CHART = (
    "THE READER'S WEEKLY              Thursday, May 6, 2027              Page 14\n"
    "\n"
    "BESTSELLERS\n"
    "\n"
    "FICTION\n"
    "1. The Salt Road, Mara Quinn (Harbour Books)\n"
    "2. Night Ferry, Joel Anand (Penrose)\n"
    "3. A House of Gulls, Ruth Pike (Harbour Books)\n"
    "\n"
    "NONFICTION\n"
    "1. Small Hours, Dev Malik (Orchard Press)\n"
    "2. The Kitchen Atlas, Lena Bos (Penrose)\n"
    "\n"
    "Source: Independent booksellers of the Coast region\n"
    "\n"
    "A quiet road to\n"
    "the top of the list\n"
    "\n"
    "Review by Sam Kerr\n"
    "\n"
    "Mara Quinn's third novel follows a salt trader\n"
    "across a single winter, and it has done\n"
    "something few literary novels manage: it has\n"
    "stayed at the top of the list for six weeks.\n"
    "The book is slow in the best sense. Quinn lets\n"
    "each chapter settle before moving on, and the\n"
    "trader's small decisions carry more weight\n"
    "than any plot twist.\n"
    "If the ending is too neat, that is a small\n"
    "price for a book this generous.\n"
)


def test_a_charts_ranked_rows_and_a_reviews_writer():
    page = clean_text(CHART)
    fiction, nonfiction, review = page.articles
    assert (fiction.title, fiction.subtitle, len(fiction.paragraphs)) == ("FICTION", None, 3)
    assert nonfiction.paragraphs == ["1. Small Hours, Dev Malik (Orchard Press)", "2. The Kitchen Atlas, Lena Bos (Penrose)"]
    assert review.byline in ("Review by Sam Kerr", "Sam Kerr") and review.subtitle is None


DUTY_PHARMACIES = (
    "KESKUSTAN SANOMAT                 Lauantai 6.3.2027                 Sivu 12\n"
    "\n"
    "TERVEYS\n"
    "\n"
    "Paivystavat apteekit\n"
    "La 6.3. Kaupungin apteekki, Kauppakatu 4, klo 9-21\n"
    "Su 7.3. Asema-apteekki, Rautatienkatu 1, klo 10-18\n"
    "Ma 8.3. Torin apteekki, Torikatu 12, klo 8-20\n"
    "\n"
    "Influenssa kiertaa\n"
    "kouluissa\n"
    "\n"
    "Kirjoittanut Aino Lehto\n"
    "\n"
    "Influenssa on levinnyt kaupungin kouluihin, ja\n"
    "poissaoloja on nyt kaksi kertaa tavallista\n"
    "enemman, kertoo terveyskeskuksen ylilaakari\n"
    "Mikko Salo.\n"
    "Hanen mukaansa rokotus kannattaa ottaa viela\n"
    "nyt. \"Rokotteita on riittavasti, ja ajan voi\n"
    "varata verkossa\", Salo sanoo.\n"
    "Sairastuneen kannattaa pysya kotona, kunnes\n"
    "kuume on ollut poissa vuorokauden.\n"
    "\n"
    "Toimitus: toimitus@keskustansanomat.example\n"
)


def test_a_duty_rotas_dated_rows_and_a_finnish_byline_under_a_sentence_case_head():
    rota, story = clean_text(DUTY_PHARMACIES).articles
    assert rota.title == "Paivystavat apteekit" and [p[:8] for p in rota.paragraphs] == ["La 6.3. ", "Su 7.3. ", "Ma 8.3. "]
    assert (story.title, story.byline) == ("Influenssa kiertaa kouluissa", "Kirjoittanut Aino Lehto")


HK_TV = (
    "維港日報　2027年11月20日　星期六　C6　娛樂\n"
    "\n"
    "今晚電視\n"
    "\n"
    "翡翠台\n"
    "19:00　六點半新聞報道\n"
    "20:00　處境劇：愛．回家\n"
    "21:30　劇集：港島夜行（第5集）\n"
    "\n"
    "明珠台\n"
    "19:30　世界足球\n"
    "21:00　電影：遠山\n"
    "\n"
    "《港島夜行》收視創新高\n"
    "\n"
    "記者梁家欣報導　TVB劇集《港島夜行》\n"
    "\n"
    "　　播出首週平均收視錄得二十八點，是今年\n"
    "收視最高的劇集。監製表示，劇組在中環和旺\n"
    "角實地拍攝了三個月，\n"
    "（圖：劇組在旺角街頭拍攝夜景。電視台提供）\n"
    "希望觀眾睇到真實嘅香港夜晚。\n"
    "　　劇中飾演的士司機的演員鄭志明說，為咗\n"
    "演好角色，佢特登考咗的士牌，仲跟老司機跑\n"
    "咗一星期夜更。\n"
    "　　電視台透露，該劇將於下月推出網上加長\n"
    "版，並計劃開拍第二輯。\n"
    "\n"
    "責任編輯：林嘉慧\n"
)


def test_a_caption_set_whole_in_brackets_leaves_the_sentence_it_cut():
    guide, story = clean_text(HK_TV).articles
    assert guide.headings == ["翡翠台", "明珠台"] and len(guide.paragraphs) == 5
    assert [c.text for c in story.captions] == ["（圖：劇組在旺角街頭拍攝夜景。電視台提供）"]
    assert story.paragraphs[0].endswith("實地拍攝了三個月，希望觀眾睇到真實嘅香港夜晚。")
