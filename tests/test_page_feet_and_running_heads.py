"""A page's foot of labelled fields, printed as the page's last line: the editor's name after
the post and a telephone number after its label ("Odgovorni urednik: … · Tel.: …"), or a
hotline, the paper's address and the proofreader set a wide space apart (a Macau or Hong Kong
paper's "街坊熱線：2855 4410　　地址：…　　校對：…", a space inside the number). Both were read as
the last story's last paragraph. And the paper's name and its section with a star between,
printed between two halves of a sentence ("PODRAVSKI GLAS  *  ŽUPANIJA"), left in the text;
the paper's name, motto and price at the foot ("Podravski glas - Dnevnik Podravine… - 1,20 €").
Pages written for the classes (a Slovene weekly, a Macau 社區 page, a Croatian county daily),
not copied from any gold page."""

from paperarchive.pipeline import clean_text

SLOVENE = """GORENJSKI TEDNIK                    Petek, 4. decembra 2026
Stran 7

OBČINA
Nova knjižnica odpira vrata
Po dveh letih gradnje bo knjižnica v Kranjski
Gori sprejela prve bralce v ponedeljek.

Knjižnica ima 12.000 knjig, čitalnico s trideset
mesti in poseben kotiček za otroke. Župan je
povedal, da je gradnja stala 2,4 milijona evrov.

Občinski svet je na seji potrdil tudi nov urnik:
knjižnica bo odprta vsak dan razen nedelje, ob
sobotah do 13. ure.

Odgovorni urednik: Matej Kranjc · Tel.: (04) 512-33-70
"""

MACAU = """濠江街坊報
2026年12月5日　星期六　第4版　社區

長者中心增設午膳服務
　　位於提督馬路的長者中心本月起增設午膳服
務，每日供應一百份午餐，六十五歲以上人士憑
長者咭登記即可享用，每份收費十元。
　　中心主任表示，午膳服務由義工協助派送，行
動不便的長者亦可預約送餐上門。

街坊熱線：2855 4410　　地址：澳門提督馬路12號3樓　　校對：區嘉欣
"""

CROATIAN = """PODRAVSKI GLAS                 Utorak, 1. prosinca 2026.
ŽUPANIJA                                          9

Promet
Obilaznica gotova prije roka
Radovi na obilaznici Ludbrega završeni su
mjesec dana ranije nego što je bilo planirano.

Obilaznicom će svakoga dana prolaziti više od
četiri tisuće vozila, a kroz središte grada
više neće voziti kamioni. Gradonačelnik je
PODRAVSKI GLAS  *  ŽUPANIJA
rekao da je to najveće ulaganje u posljednjih
deset godina.

Podravski glas - Dnevnik Podravine i Prigorja - 1,20 €
"""


def _paragraphs(page):
    return [p for a in page.articles for p in a.paragraphs]


def test_the_editor_and_the_telephone_at_a_pages_foot_are_furniture():
    page = clean_text(SLOVENE)
    assert "Odgovorni urednik: Matej Kranjc · Tel.: (04) 512-33-70" in page.furniture
    assert _paragraphs(page)[-1].endswith("ob sobotah do 13. ure.")


def test_a_hotline_the_address_and_the_proofreader_at_a_pages_foot_are_furniture():
    page = clean_text(MACAU)
    assert not any("校對" in p or "熱線" in p for p in _paragraphs(page))
    assert _paragraphs(page)[-1].endswith("亦可預約送餐上門。")
    assert any("校對：區嘉欣" in f for f in page.furniture)


def test_the_papers_name_beside_its_section_or_motto_and_price_is_furniture():
    page = clean_text(CROATIAN)
    assert "PODRAVSKI GLAS  *  ŽUPANIJA" in page.furniture
    assert "Gradonačelnik je rekao da je to najveće ulaganje" in _paragraphs(page)[-1]
    assert "Podravski glas - Dnevnik Podravine i Prigorja - 1,20 €" in page.furniture


# A Thai Chinese daily's masthead and edition line, the Buddhist era's year before the Western date,
# and its running head between two halves of a sentence.
THAI_CHINESE = """暹京華報　THE SIAM CHINESE TIMES
佛曆2569年　西曆2026年12月9日　星期三　第5版　僑社新聞

客屬總會舉辦敬老餐會
　　泰國客屬總會日前在會所舉辦年度敬老餐會，邀
請七十歲以上鄉親三百多人出席，會長並向百歲以

暹京華報　僑社新聞

上長者致贈紅包和禮品。
　　會長表示，敬老是客家人的傳統，總會每年都
會舉辦餐會，讓長者歡聚一堂。
"""


def test_an_edition_line_with_the_buddhist_years_date_is_furniture():
    page = clean_text(THAI_CHINESE)
    assert "佛曆2569年　西曆2026年12月9日　星期三　第5版　僑社新聞" in page.furniture
    (story,) = page.articles
    assert story.title == "客屬總會舉辦敬老餐會"
    assert "百歲以上長者致贈紅包" in story.paragraphs[0]


# A reporter named with a character outside the common block (U+2C35A), and the page's foot of its
# desk's call for news tips and its WeChat account.
RARE_NAME = """汀江晚报
2026年12月10日　星期四　A6　文体

图书馆夜间开放　自习座位翻倍
寒假将至，自习区新增两百个座位
本报记者　王𬭚　实习生　苏　晴
　　记者昨日从市图书馆获悉，自下周一起，总馆
晚间开放时间延长至22时，自习区新增座位两百
个，读者可通过公众号提前一天预约。
　　图书馆相关负责人介绍，寒假期间前来自习的
大学生和中学生明显增多，去年同期晚上八点以
后常常一座难求。延长开放后，图书馆将增加安
保和保洁人员，并在夜间开通少儿借阅区。

市民长跑节报名启动
　　本报讯　第五届市民长跑节将于明年1月10日
在滨江公园鸣枪，设十公里、五公里和亲子跑三
个项目，即日起可通过体育局公众号报名。

文体新闻线索：0597-2216688　　微信公众号：汀江晚报文体
"""


def test_a_reporter_named_with_a_rare_character_is_the_byline_and_a_news_tips_line_the_foot():
    page = clean_text(RARE_NAME)
    story = page.articles[0]
    assert "王𬭚" in story.byline and "实习生" in story.byline
    assert not any("本报记者" in p for p in story.paragraphs)
    assert story.paragraphs[0].startswith("记者昨日从市图书馆获悉")
    assert "文体新闻线索：0597-2216688　　微信公众号：汀江晚报文体" in page.furniture


def test_a_foot_giving_the_papers_e_mail_as_singapore_prints_it_is_furniture_and_names_the_running_head():
    # (电邮, the word for e-mail in Singapore and Hong Kong: the foot names the paper, whose name ends on no 报)
    page = (
        "南岛晨讯\n"
        "2046年3月4日　星期日　　第6版　社区\n\n"
        "老街坊\n"
        "老茶室重新开张\n"
        "报道：陈　舟\n\n"
        "　　（新加坡讯）开了五十年的老茶室上周重新开张，\n"
        "街坊们一早就来排队。\n\n"
        "　　店主说：“我们会一直做下去，让大家\n\n"
        "南岛晨讯·社区\n\n"
        "放心。”\n\n"
        "南岛晨讯　　电邮：shequ@nandao.example.sg\n"
    )
    cleaned = clean_text(page)
    assert cleaned.articles[-1].paragraphs[-1] == "店主说：“我们会一直做下去，让大家放心。”"
    assert "南岛晨讯　　电邮：shequ@nandao.example.sg" in cleaned.furniture
