"""Boxes, heads and pages that written pages in new styles set: a programme's dated rows with the
weekday and the month in full, a ranking's rows, a grid pasted a cell a line, a table's cells
parted by tabs, a note whose rest is a standing line's words, a deck a little wider than the
column, elided articles in heads and labels, a reporter labelled by the report, a DOS page of
Western Europe, dot-leader rows with their unit in words, a caption between two sentences of one
quotation, a Chinese page of few full lines, and a paper's imprint. Pages written here for the
rules, in places of their own."""

from paperarchive.decode import decode
from paperarchive.pipeline import clean_text


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _cjk(text: str, width: int = 21) -> list[str]:
    """A Chinese paragraph, indented two ideographic spaces, cut at the column's width, a mark
    that may not open a line hung on the line above."""
    lines = [""]
    for ch in "\u3000\u3000" + text:
        if len(lines[-1]) < width or ch in "，。、；：！？）”":
            lines[-1] += ch
        else:
            lines.append(ch)
    return lines


_LUX_STORY = (
    "KULTUR",
    "Theaterfrënn spillen erëm am Festsall",
    "Eng nei Komedie iwwer e Wënzer an seng Noperen",
    "Vum Paul Weber",
    "",
    "No zwee Joer Paus spillen d'Theaterfrënn",
    "aus Réimech erëm. Den 9. Oktober ass",
    "d'Première, an d'Kaarte sinn zum gréissten",
    "Deel scho fort.",
    "",
    "D'Regisseurin Anne Schmit ass zefridden.",
    "Si hunn zanter dem Summer all Woch zwee",
    "Owender geprouft, seet si, an d'Jonk",
    "léieren esou d'Sprooch op der Bün.",
    "",
)


def test_a_programmes_rows_with_the_weekday_and_the_month_in_full_stay_rows_and_the_price_row_with_them():
    page = _lines(
        *_LUX_STORY,
        "VIRSTELLUNGEN",
        "",
        "Samschdeg 9. Oktober – 20 Auer",
        "Sonndeg 10. Oktober – 17 Auer",
        "Freideg 15. Oktober – 20 Auer",
        "Entrée: 15 € / Kanner 8 €",
        "",
        "AM KUERZEN",
        "Nei Bänken um Maart",
        "",
        "D'Gemeng huet um Maart véier nei Bänke",
        "opgestallt. Wien op de Bus waart, ka sech",
        "elo sëtzen.",
    )
    box = next(a for a in clean_text(page).articles if a.title == "VIRSTELLUNGEN")
    assert box.paragraphs == [
        "Samschdeg 9. Oktober – 20 Auer",
        "Sonndeg 10. Oktober – 17 Auer",
        "Freideg 15. Oktober – 20 Auer",
        "Entrée: 15 € / Kanner 8 €",
    ]
    assert clean_text(page).articles[-1].title == "Nei Bänken um Maart"


def test_two_dated_rows_after_a_head_are_rows_not_a_kicker():
    page = _lines(
        *_LUX_STORY,
        "CORTÈGEN",
        "",
        "Sonndeg 14 Februar – Grousse Cortège, 14.11 Auer",
        "Méindeg 15 Februar – Kannercortège, 10.11 Auer",
        "",
        "AM KUERZEN",
        "Nei Bänken um Maart",
        "",
        "D'Gemeng huet um Maart véier nei Bänke",
        "opgestallt. Wien op de Bus waart, ka sech",
        "elo sëtzen.",
    )
    box = next(a for a in clean_text(page).articles if a.title == "CORTÈGEN")
    assert box.paragraphs == ["Sonndeg 14 Februar – Grousse Cortège, 14.11 Auer", "Méindeg 15 Februar – Kannercortège, 10.11 Auer"]


def test_a_rankings_rows_with_the_ordinals_sign_are_rows():
    page = _lines(
        *_LUX_STORY,
        "D'PRÄISSER",
        "",
        "1° premio - Pasticceria Bertoli, Udine",
        "2° premio - Forno Zanin, Cividale",
        "3° premio - Panificio Tosolini, Gemona",
        "",
        "AM KUERZEN",
        "Nei Bänken um Maart",
        "",
        "D'Gemeng huet um Maart véier nei Bänke",
        "opgestallt. Wien op de Bus waart, ka sech",
        "elo sëtzen.",
    )
    box = next(a for a in clean_text(page).articles if a.title == "D'PRÄISSER")
    assert len(box.paragraphs) == 3 and box.paragraphs[1] == "2° premio - Forno Zanin, Cividale"


def _chinese_page(box: list[str]) -> str:
    return _lines(
        "青川晚报　B2　社区·生活",
        "2027年6月9日　星期三　　责任编辑：周　然",
        "",
        "老街坊的菜市场换了新模样",
        "本报记者　吕　航",
        "",
        *_cjk("河湾菜市场改造完工后重新开张，摊位从六十个增加到九十个，地面铺上了防滑砖，通道也比原来宽了一倍。"),
        "",
        *_cjk("市场管理处负责人说，改造时保留了老摊主的位置，每个摊位都装上了电子秤，买菜的居民可以随时复称。"),
        "",
        *box,
        "",
        "菜市场周日加开早市",
        "",
        *_cjk("本报讯　河湾菜市场从本周起每逢周日加开早市，早上五点半开门，方便上早班的居民买菜。"),
    )


def test_a_grid_pasted_a_cell_a_line_is_a_boxs_rows_under_its_own_head():
    page = _chinese_page(["营业时间", "", "区域", "开放时间", "蔬菜区", "6:00—18:30", "水产区", "6:30—12:00", "熟食区", "9:00—20:00"])
    articles = clean_text(page).articles
    box = next(a for a in articles if a.title == "营业时间")
    assert box.paragraphs == ["区域", "开放时间", "蔬菜区", "6:00—18:30", "水产区", "6:30—12:00", "熟食区", "9:00—20:00"]
    assert articles[0].headings == []


def test_a_tables_cells_parted_by_tabs_are_rows_under_their_head():
    page = _chinese_page(["本周菜价", "", "品种\t周一\t周五", "白菜\t2.6元\t2.4元", "土豆\t3.1元\t3.0元", "鸡蛋\t5.8元\t6.2元"])
    box = next(a for a in clean_text(page).articles if a.title == "本周菜价")
    assert box.paragraphs == ["品种\t周一\t周五", "白菜\t2.6元\t2.4元", "土豆\t3.1元\t3.0元", "鸡蛋\t5.8元\t6.2元"]


def test_a_note_cut_before_its_standing_words_goes_on_as_one_paragraph():
    page = _chinese_page([
        "本周菜价",
        "",
        "品种\t周一\t周五",
        "白菜\t2.6元\t2.4元",
        "土豆\t3.1元\t3.0元",
        "",
        "　　说明：价格为每日早市开门时的零售价，周五",
        "为市场管理处抽样价，仅供参考。",
    ])
    box = next(a for a in clean_text(page).articles if a.title == "本周菜价")
    assert box.paragraphs[-1] == "说明：价格为每日早市开门时的零售价，周五为市场管理处抽样价，仅供参考。"
    assert clean_text(page).articles[-1].kicker is None


def test_a_reporter_labelled_by_the_report_and_the_photographer_is_the_byline():
    page = _lines(
        "南洋商报　第6版　地方·霹雳",
        "",
        "怡保白咖啡节吸引外地游客",
        "报道：陈慧玲　摄影：林志豪",
        "",
        *_cjk("（怡保8日讯）一年一度的白咖啡节昨日在旧街场开幕，数十个摊位沿街排开，外地游客一早就来排队。"),
        "",
        *_cjk("主办单位表示，今年的摊位比去年多了三成，还加设了咖啡冲泡示范，让游客了解白咖啡的做法。"),
    )
    story = clean_text(page).articles[0]
    assert story.byline == "报道：陈慧玲　摄影：林志豪" and story.subtitle is None


def test_a_head_opening_on_an_elided_article_over_a_deck_wider_than_the_column_keeps_both():
    page = _lines(
        "DE KEMPISCHE BODE",
        "Weekblad in 't Kempisch · vrijdag 5 maart 2027 · blad 4",
        "",
        "KERMIS",
        "'t Paardenspel keert terug op 't Markt",
        "Honderden mensen kijken naar de ruiters uit 't hele land",
        "Door Lies Janssen",
        "",
        "Op 't Markt keken honderden mensen naar",
        "de ruiters. Om tien uur reden de eerste",
        "paarden door de straten van het dorp en",
        "de muziek speelde tot in de late avond.",
        "",
        "De nieuwe voorzitter, Jef van den",
        "Broeckhoven, werd door 't publiek",
        "toegejuicht. Hij had er zeven jaar op",
        "gewacht, zei hij, en nu was het zover.",
        "",
        "IN 'T KORT",
        "Nieuwe bus naar Geel",
        "",
        "Vanaf december rijdt elk kwartier een bus",
        "van 't station naar Geel. Op zondag rijdt",
        "de bus om het halfuur.",
    )
    articles = clean_text(page).articles
    story = articles[0]
    assert (story.kicker, story.title) == ("KERMIS", "'t Paardenspel keert terug op 't Markt")
    assert story.subtitle == "Honderden mensen kijken naar de ruiters uit 't hele land"
    assert story.paragraphs[1].startswith("De nieuwe voorzitter, Jef van den Broeckhoven, werd")
    assert (articles[-1].kicker or articles[-1].section, articles[-1].title) == ("IN 'T KORT", "Nieuwe bus naar Geel")


def test_a_dos_page_of_western_europe_reads_as_cp850_not_as_the_american_cp437():
    text = "ËL BURNEL\nPRESSI DËL MERCÀ - Dumìnica passà la fera a l'é stàita pien-a ëd gent.\n" * 3
    decoded = decode(text.encode("cp850"))
    assert decoded.encoding == "cp850" and decoded.text.startswith("ËL BURNEL")


def test_dot_leader_rows_with_their_unit_in_words_and_an_article_elided_across_a_line_end():
    page = _lines(
        *_LUX_STORY,
        "PRÄISSER VUM MAART",
        "",
        "Kéis vum Bauer ........ 24 euro le kilo",
        "Botter ................ 9 euro le kilo",
        "Hunneg ................ 12 euro le pot",
        "",
        "Ech ginn all Samschdeg op de Maart a",
        "l'ënner Zäit och Méindes.",
    )
    articles = clean_text(page).articles
    box = next(a for a in articles if a.title == "PRÄISSER VUM MAART")
    assert box.paragraphs[:3] == ["Kéis vum Bauer ........ 24 euro le kilo", "Botter ................ 9 euro le kilo", "Hunneg ................ 12 euro le pot"]
    assert box.paragraphs[3] == "Ech ginn all Samschdeg op de Maart a l'ënner Zäit och Méindes."


def test_a_caption_and_its_credit_in_an_unknown_word_between_two_sentences_of_a_quotation_lift_out():
    page = _lines(
        "MOLAODI WA GAE",
        "Lokwalodikgang lwa beke – Labone 12 Phukwi 2027 – Tsebe 3 – P4.00",
        "",
        "TEMO",
        "Balemi ba itumelela pula ya ntlha",
        "Masimo a simolola go tala kwa Serowe",
        "Ka Mpho Sello",
        "",
        "SEROWE – Balemi ba kgaolo ba ne ba",
        "itumela fa pula e simolola go na mo",
        "bekeng e e fetileng, mme masimo a",
        "simolola go tala ka bonako.",
        "",
        "Rre Kabelo Dintwe, yo o lemang mabele",
        "le dinawa, o ne a re: “Re lemile",
        "masimo a mararo ngwaga le.",
        "",
        "Rre Kabelo Dintwe o tlhola masimo a gagwe pele ga pula.",
        "Setshwantsho: Lesedi Moremi",
        "",
        "Ngwaga o, re solofela thobo e kgolo.”",
        "",
        "Ba lekgotla la balemi ba re peo e ntsi",
        "e tla rekisiwa ka kgwedi e e tlang, mme",
        "balemi botlhe ba a laletswa go tla.",
        "",
        "Molaodi wa Gae, Khama Street 4, Serowe – dikgang@molaodi.example.bw",
    )
    story = clean_text(page).articles[0]
    assert [c.text for c in story.captions] == ["Rre Kabelo Dintwe o tlhola masimo a gagwe pele ga pula."]
    assert story.paragraphs[1] == "Rre Kabelo Dintwe, yo o lemang mabele le dinawa, o ne a re: “Re lemile masimo a mararo ngwaga le. Ngwaga o, re solofela thobo e kgolo.”"


def test_a_chinese_page_of_few_full_lines_still_has_a_column_and_its_three_cell_rows_are_a_box():
    page = _lines(
        "岚川日报　第5版　农村",
        "2027年4月2日　星期五　　编辑：贺　禾",
        "",
        "跟着花期走",
        "本报记者　钟　亮",
        # (each paragraph's first line indented two ideographic spaces, every full line 21 characters)
        "\u3000\u3000四月的北坡，梨花开得正盛，果农老汪带着",
        "两个帮工一早就上了山，要赶在晌午前把北坡的",
        "梨树疏完花。",
        "\u3000\u3000他种梨已有十多年，每年开春都要请人疏",
        "花，今年雨水适中，花开得比往年齐，坐果也多",
        "了不少。合作社的技术员每周上山一次，帮果农",
        "查看病虫害，还教大家用新法子给梨树剪枝。",
        "\u3000\u3000“花开得好，秋天才有好收成。”老汪说",
        "村里的合作社已经和城里的超市签了收购合同。",
        "",
        "花期表",
        "3月—4月\u3000梨花\u3000北坡",
        "4月—5月\u3000桃花\u3000南湾",
        "5月\u3000\u3000\u3000槐花\u3000\u3000西岭",
        "",
        "梨子收购价",
        "雪梨\u3000每公斤6元",
        "酥梨\u3000每公斤5元",
        "香梨\u3000每公斤9元",
        "",
        "农资价格",
        "复合肥\u3000每袋150元",
        "尿素\u3000每袋120元",
        "石硫合剂\u3000每瓶18元",
        "黄板\u3000每张1元",
        "",
        "服务电话",
        "农技站\u30000571-8801001",
        "合作社\u30000571-8801002",
        "收购点\u30000571-8801003",
        "气象站\u30000571-8801004",
        "",
        "果树培训下月开课",
        *_cjk("本报讯　县农技站将于5月举办果树管理培训班，免费参加。"),
    )
    box = next(a for a in clean_text(page).articles if a.title == "花期表")
    assert box.paragraphs == ["3月—4月\u3000梨花\u3000北坡", "4月—5月\u3000桃花\u3000南湾", "5月\u3000\u3000\u3000槐花\u3000\u3000西岭"]


def test_the_papers_imprint_with_its_town_and_e_mail_is_furniture():
    page = _lines(
        "DENGÊ MÊRDÎNÊ",
        "Rojnameya hefteyî - În, 9 Nîsan 2027 - Rûpel 3",
        "",
        "Bazara nû ya gund vebû",
        "",
        "Bazara nû ya gundê Qoser îro vebû. Gundî",
        "ji sibê ve hatin û fêkî û sebze kirîn.",
        "",
        "Dengê Mêrdînê, Qoser - nûçe@deng.example.org",
    )
    cleaned = clean_text(page)
    assert cleaned.articles[-1].paragraphs == ["Bazara nû ya gundê Qoser îro vebû. Gundî ji sibê ve hatin û fêkî û sebze kirîn."]
    assert "Dengê Mêrdînê, Qoser - nûçe@deng.example.org" in cleaned.furniture
