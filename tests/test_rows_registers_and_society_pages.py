"""Lists a page prints as rows (registers, polls, price lists, word tables, a box's facts, personal
ads, donors' lists) and what stands over and under them; a Chinese page whose summary is in
Portuguese; a label over a head never lost. Pages written here for the rules, in languages and
places of their own."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.segment import segment


def _articles(text: str):
    return clean_text(text).articles


def test_a_birthday_register_under_its_cry_is_a_story_of_rows():
    page = (
        "KOTISEUTU\n"
        "Viikkolehti - lauantai 6.2.2027 - sivu 4 - 3 €\n\n"
        "Kirjasto avaa ovensa lauantaisin\n\n"
        "Kunnankirjasto on helmikuusta alkaen auki myös\n"
        "lauantaisin kello kymmenestä kahteen. Lainaajia\n"
        "on ollut enemmän kuin vuosiin, kertoo johtaja.\n\n"
        "Onnittelemme!\n\n"
        "Aino Virtanen, Kuopio, 90 vuotta 3.2.\n"
        "Pekka Mäki, Iisalmi, 75 vuotta 6.2.\n"
        "Liisa Koski, Siilinjärvi, 60 vuotta 8.2.\n"
    )
    register = _articles(page)[-1]
    assert register.title == "Onnittelemme!"
    assert register.paragraphs == ["Aino Virtanen, Kuopio, 90 vuotta 3.2.", "Pekka Mäki, Iisalmi, 75 vuotta 6.2.", "Liisa Koski, Siilinjärvi, 60 vuotta 8.2."]


def test_a_word_table_and_a_box_of_facts_keep_their_rows():
    page = (
        "Ord på tre språk\n\n"
        "svenska – français – Deutsch\n"
        "hus – maison – Haus\n"
        "vatten – eau – Wasser\n"
        "bröd – pain – Brot\n\n"
        "PRENUMERATION\n\n"
        "Tidningen kommer hem till dig varje vecka, hela året.\n\n"
        "Ett år: 480 kr\n"
        "Bankgiro: 5050-1234\n\n"
        "NYHETER\n"
        "Ny bok för barn\n\n"
        "I april kommer en bok med sagor för barn, med bilder av skolans elever.\n"
    )
    table, box, news = _articles(page)
    assert table.title == "Ord på tre språk" and table.paragraphs[1] == "hus – maison – Haus" and len(table.paragraphs) == 4
    assert box.title == "PRENUMERATION" and box.paragraphs[-2:] == ["Ett år: 480 kr", "Bankgiro: 5050-1234"]
    assert (news.section, news.title) == (None, "Ny bok för barn")


def test_a_price_list_a_number_to_call_and_a_label_never_lost():
    page = (
        "SOKONI\n\n"
        "Bei za samaki sokoni\n\n"
        "Dagaa – 3 000 TSh kilo\n"
        "Pweza – 9 500 TSh kilo\n"
        "Kamba – 14 000 TSh kilo\n\n"
        "AMEPOTEA\n\n"
        "Juma Ali, miaka kumi, alipotea Jumanne sokoni Kariakoo akiwa amevaa shati la bluu.\n\n"
        "Yeyote atakayemwona, apige simu: 0754 123 456\n\n"
        "HABARI FUPI\n"
        "Maji yatarudi Jumamosi\n\n"
        "Kampuni ya maji imesema maji yatarudi Jumamosi baada ya bomba kutengenezwa.\n"
    )
    prices, missing, brief = _articles(page)
    assert prices.title == "Bei za samaki sokoni" and prices.paragraphs == ["Dagaa – 3 000 TSh kilo", "Pweza – 9 500 TSh kilo", "Kamba – 14 000 TSh kilo"]
    assert missing.paragraphs[-1] == "Yeyote atakayemwona, apige simu: 0754 123 456"
    assert (brief.kicker, brief.title) == ("HABARI FUPI", "Maji yatarudi Jumamosi")


def test_a_label_over_a_kicker_and_its_sentence_case_title_is_never_lost():
    # (the label was resolved as the kicker, then overwritten by the group's own: the line vanished)
    def b(kind: Kind, gap: int, text: str) -> Block:
        return Block((text,), 1, gap=gap, kind=kind)

    blocks = (
        b(Kind.SHORT, 0, "AMEPOTEA"),
        b(Kind.BODY, 1, "Juma Ali, miaka kumi, alipotea Jumanne sokoni Kariakoo."),
        b(Kind.SHORT, 1, "Yeyote atakayemwona, apige simu: 0754 123 456"),
        b(Kind.SHORT, 1, "HABARI FUPI"),
        b(Kind.SHORT, 0, "Maji yatarudi kesho asubuhi"),
        b(Kind.BODY, 1, "Kampuni ya maji imesema maji yatarudi baada ya bomba kutengenezwa."),
    )
    brief = segment(blocks).articles[-1]
    assert (brief.section, brief.kicker, brief.title) == ("Yeyote atakayemwona, apige simu: 0754 123 456", "HABARI FUPI", "Maji yatarudi kesho asubuhi")


def test_a_poll_and_its_total_are_rows():
    page = (
        "LA SONDE\n"
        "Faut-il une taxe de séjour?\n\n"
        "Nous avons demandé à nos lecteurs si les villages devaient taxer les touristes.\n\n"
        "Oui, pour les routes – 61 %\n"
        "Non, cela fait fuir les gens – 31 %\n"
        "Sans avis – 8 %\n"
        "Votants: 388\n\n"
        "EN BREF\n"
        "Concert de la chorale\n\n"
        "Samedi soir, la chorale chante à l'église. L'entrée est libre.\n"
    )
    poll, brief = _articles(page)
    assert poll.paragraphs[-4:] == ["Oui, pour les routes – 61 %", "Non, cela fait fuir les gens – 31 %", "Sans avis – 8 %", "Votants: 388"]
    assert (brief.section, brief.kicker, brief.title) == (None, "EN BREF", "Concert de la chorale")


_SOCIETY_PAGE = """鏡海晚報　2027年2月6日　星期六
B5　社團　　　　　責任編輯：陳家寶

路環坊會第八屆理監事就職

本報記者　何詠儀

　　路環坊會第八屆理監事就職典禮昨晚在路環一
酒樓舉行，社會各界嘉賓及會員二百餘人出席。

　　新任會長周志成致辭時表示，未來三年會繼續
做好長者服務，並爭取在九澳一帶開設新的中心。

　　「我哋會繼續同街坊一齊做實事，唔會淨係講
嘢。」周志成說。坊會成立於一九八二年，現有
會員三千多人。

會　　長：周志成
副 會 長：林美華、黃家輝
理 事 長：蔡永明

新春敬老善長芳名

陳記茶樓　　　　澳門幣伍仟元
黃氏宗親　　　　澳門幣叁仟元
無名氏　　　　　澳門幣壹仟元

社團簡訊
同鄉會辦春茗

　　【本報訊】澳門鶴山同鄉會將於本月20日在會
所舉辦春茗，會員每位一百元，即日起接受報名。
"""


def test_a_society_page_of_rows_is_still_a_wrapped_column():
    story, donors, brief = _articles(_SOCIETY_PAGE)
    assert story.paragraphs[1] == "新任會長周志成致辭時表示，未來三年會繼續做好長者服務，並爭取在九澳一帶開設新的中心。"
    assert story.paragraphs[-3:] == ["會　　長：周志成", "副 會 長：林美華、黃家輝", "理 事 長：蔡永明"]
    assert donors.title == "新春敬老善長芳名" and donors.paragraphs[0] == "陳記茶樓　　　　澳門幣伍仟元"
    assert (brief.section, brief.title) == ("社團簡訊", "同鄉會辦春茗")


_PAGE_WITH_A_SUMMARY = """溫哥華華聲報　LE COURRIER CHINOIS DE MONTRÉAL
2027年3月6日（星期六）　A5　僑社新聞

唐人街舉辦元宵燈會
——逾千名僑胞與本地居民同賞花燈
本報記者　司徒偉

　　由滿地可華人聯合會主辦的元宵燈會，2月28日
晚在唐人街廣場舉行。一千多名僑胞和本地居民冒
雪前來，猜燈謎、吃湯圓。

　　今年的燈會首次設立義賣攤位，所得善款將全
數捐給當地兩家兒童醫院。會長梁國華表示，燈會
辦了十五年，來的本地朋友一年比一年多。

華聲報．僑社新聞

　　Résumé : Plus de mille personnes ont participé à la fête des lanternes dans le quartier chinois, et les dons iront à deux hôpitaux pour enfants de la ville.

僑社活動預告

13/3（週六）　廣東同鄉會春宴　同鄉會會所　19:00
14/3（週日）　僑校華語朗誦比賽　Côte-des-Neiges校區　14:00
20/3（週六）　太極拳免費教學　Jarry公園　08:00
洽詢：(514) 555-6688

居留證換發須提前網上預約

　　【本報訊】移民局日前通知，自4月1日起，居
留證換發一律須在網上預約，現場不再發放號碼。
"""


def test_a_chinese_page_with_a_summary_in_french_keeps_its_chinese_rules():
    page = clean_text(_PAGE_WITH_A_SUMMARY)
    assert page.furniture[0] == "溫哥華華聲報\u3000LE COURRIER CHINOIS DE MONTRÉAL" and "華聲報．僑社新聞" in page.furniture
    lanterns, listing, notice = page.articles
    assert lanterns.headings == [] and lanterns.paragraphs[-1].startswith("Résumé")
    assert listing.paragraphs[-1] == "洽詢：(514) 555-6688"
    assert (notice.kicker, notice.title) == (None, "居留證換發須提前網上預約")


def test_personal_ads_are_rows_and_an_expert_signs_with_the_profession():
    page = (
        "红娘牵线\n本期征友信息\n\n"
        "男　M3012　1991年生　身高178cm　硕士　医生　爱好爬山，觅温和、爱笑的女士。\n"
        "女　F3105　1993年生　身高160cm　本科　护士　性格安静，觅40岁以下、踏实的男士。\n"
        "男　M3013　1987年生　身高175cm　大专　厨师　离异无孩，觅本地、善良的女士。\n\n"
        "婚恋课堂\n见面别急着谈条件\n执业心理咨询师　许　晴\n\n"
        "　　不少年轻人反映，第一次见面对方就问工资、问房子，让人很不舒服。\n"
    )
    ads, lesson = _articles(page)
    assert ads.paragraphs[1] == "女　F3105　1993年生　身高160cm　本科　护士　性格安静，觅40岁以下、踏实的男士。" and len(ads.paragraphs) == 3
    assert lesson.byline is not None and lesson.byline.startswith("执业心理咨询师") and lesson.subtitle is None


def test_a_storys_facts_under_its_text_stay_its_own_and_the_foot_names_the_office():
    page = (
        "蘭陽日報　中華民國116年8月14日　星期六　B3　地方\n\n"
        "青年返鄉創業補助開放申請\n\n"
        "　　【本報訊】縣政府今年度青年返鄉創業補助即日起受理申請，每案最高可獲新台幣五十萬元。\n"
        "申請期限：9月1日至10月15日\n"
        "洽詢電話：(03)932-5151轉210\n\n"
        "宜蘭短波\n"
        "社區電台節目改版\n\n"
        "　　【本報訊】一家社區電台的台語節目下月起改為每天播出，由在地青年輪流主持。\n\n"
        "蘭陽日報社　宜蘭市中山路100號　服務電話：(03)932-6600\n"
    )
    page = clean_text(page)
    grant, radio = page.articles
    assert grant.paragraphs[-2:] == ["申請期限：9月1日至10月15日", "洽詢電話：(03)932-5151轉210"]
    assert (radio.section, radio.title) == ("宜蘭短波", "社區電台節目改版") and len(radio.paragraphs) == 1
    assert page.furniture[-1].startswith("蘭陽日報社")


def test_an_artworks_label_is_its_caption_and_a_head_under_a_label_no_signer():
    page = """湘南日报　2026年12月12日　星期六　第9版
书画·艺苑　　　　主编：易　钧

山水清音入画来
——林一山水画作品展在市美术馆开幕
本报记者　向　晴
　　12月10日，林一山水画作品展在市美术馆开
幕。展览展出画家近十年创作的山水画五十余幅，
展期至明年1月10日。
　　展厅正中的《秋山图》是他去年在资水

《秋山图》　绢本水墨　45cm×90cm　林一

写生后创作的，画中江流曲折，远山层叠。
　　展览期间，美术馆每周六下午安排画家现场
示范，并开设两场面向中小学生的国画体验课。

书画小词典

　　计白当黑：把画面的空白也当作笔墨来经营，
空白处同样是画的一部分。

来源：市美术家协会

艺苑快讯
少儿书法作品征集走进乡村学校

　　本报讯　市书法家协会日前启动少儿书法作品
征集，面向全市6至16岁少年儿童，截稿日期为明
年2月28日。

湘南日报社地址：湘南市迎宾路8号　　订报热线：0734-2268100
"""
    page = clean_text(page)
    show, brief = page.articles[0], page.articles[-1]
    assert [c.text for c in show.captions] == ["《秋山图》\u3000绢本水墨\u300045cm×90cm\u3000林一"]
    assert show.paragraphs[1] == "展厅正中的《秋山图》是他去年在资水写生后创作的，画中江流曲折，远山层叠。"
    assert all(a.byline != "少儿书法作品征集走进乡村学校" for a in page.articles)
    assert (brief.section, brief.title) == ("艺苑快讯", "少儿书法作品征集走进乡村学校")
    assert page.furniture[-1].startswith("湘南日报社地址")
