"""Heads, rows and signatures that pages in new languages and boxes set: a deck wider than the
column under its head, capitals from Latin Extended Additional (Igbo, Yoruba, Vietnamese), a
photo's credit in a language's own word for it, a quotation a colon leads into, rows of two or
three fields parted by dashes, a glossary, a bilingual box's labels, numbers in one sign, a
programme's rows, a table's legend, a notice named by its kind, and elided articles that open
heads and names. Pages written here for the rules, in places of their own."""


from paperarchive.pipeline import clean_text

_WIRE = "{}\n\nThe council met on Monday and agreed to mend\nthe road before the rains.\n"


def _cjk(text: str, width: int = 20) -> str:
    """A Chinese paragraph cut at the column's width, a mark that may not open a line hung on the line above."""
    lines: list[str] = []
    for ch in text:
        if lines and (len(lines[-1]) < width or ch in "，。、；：！？」』）”"):
            lines[-1] += ch
        else:
            lines.append(ch)
    return "\n".join(lines) + "\n"


def _story(head: str, byline: str) -> str:
    """A Chinese story of three paragraphs under its head and byline, wrapped to a column of 20."""
    return head + "\n" + byline + "\n\n" + "\n".join(
        _cjk(text)
        for text in (
            "一年一度的街坊活動昨日在公園舉行，主辦單位準備咗好多節目，吸引咗幾千名街坊到場，場面熱鬧。",
            "負責活動嘅街坊會主席話，今年請咗多位義工幫手，希望每位長者都可以開開心心過節，一家人齊齊整整。",
            "有街坊表示，每年都會帶埋孫仔孫女嚟參加，覺得呢類活動可以令鄰里關係更加好，希望可以年年都辦。",
        )
    )


def test_a_deck_set_wider_than_the_column_parts_from_its_head_and_its_byline_above_the_text():
    page = (
        "ỌKỤ ỌHỤRỤ\n\n"
        "ỌRỤ UGBO\n"
        "Ndị ọrụ ugbo enwetala mmiri\n"
        "Olulu mmiri ọhụrụ ga-enye obodo atọ mmiri n’oge ọkọchị\n"
        "Site n’aka Ngozi Okafor\n\n"
        "ENUGU – Ndị ọrụ ugbo nọ n’obodo Nike\n"
        "nwetara olulu mmiri ọhụrụ na Tọsde.\n"
        "Ọ ga-enye ugbo ha mmiri n’oge ọkọchị,\n"
        "ka onyeisi obodo kwuru.\n\n"
        "Ndị obodo nyere ego maka olulu mmiri\n"
        "ahụ, gọọmentị steeti nyekwara ha ngwa\n"
        "ọrụ na ndị ọkachamara abụọ ga-elekọta\n"
        "ya ruo afọ abụọ.\n"
    )
    story = clean_text(page).articles[0]
    assert (story.kicker, story.title) == ("ỌRỤ UGBO", "Ndị ọrụ ugbo enwetala mmiri")
    assert story.subtitle == "Olulu mmiri ọhụrụ ga-enye obodo atọ mmiri n’oge ọkọchị"
    assert story.byline == "Site n’aka Ngozi Okafor"
    assert story.paragraphs[0].startswith("ENUGU – Ndị ọrụ ugbo")


def test_a_running_head_that_opens_on_a_capital_of_latin_extended_additional_is_furniture():
    page = (
        "ẸKỌ ỌJỌ\n\n"
        "Ọja tuntun ṣí ní Ìbàdàn\n\n"
        "Àwọn oníṣòwò ní Ìbàdàn ti bẹ̀rẹ̀ sí ta\n"
        "ọjà ní ọjà tuntun tí ìjọba kọ́ sí\n"
        "ẹ̀gbẹ́ odò Ògùnpa ní ọ̀sẹ̀ tó kọjá.\n\n"
        "Olórí àwọn oníṣòwò sọ pé ọjà náà tóbi,\n"
        "ó sì mọ́ ju ti àtijọ́ lọ, àwọn èrò\n\n"
        "Ẹkọ Ọjọ – Ìlú Wa\n\n"
        "sì ti ń wá láti ìlú mìíràn.\n"
    )
    cleaned = clean_text(page)
    assert "Ẹkọ Ọjọ – Ìlú Wa" in cleaned.furniture
    assert cleaned.articles[0].paragraphs[-1] == "Olórí àwọn oníṣòwò sọ pé ọjà náà tóbi, ó sì mọ́ ju ti àtijọ́ lọ, àwọn èrò sì ti ń wá láti ìlú mìíràn."


def test_a_credit_on_the_shared_stem_of_a_language_s_word_for_a_photo_lifts_its_caption():
    page = (
        "Abahinzi bagurishije umuceri\n\n"
        "Abahinzi bo mu kibaya cya Bugarama bagu-\n"
        "rishije umuceri wabo ku giciro\n\n"
        "Abahinzi bapakira imifuka y’umuceri mu modoka.\n"
        "Ifoto: Alice Mukamana\n\n"
        "cyiza kurusha umwaka ushize.\n"
    )
    story = clean_text(page).articles[0]
    assert story.paragraphs == ["Abahinzi bo mu kibaya cya Bugarama bagurishije umuceri wabo ku giciro cyiza kurusha umwaka ushize."]
    assert [caption.text for caption in story.captions] == ["Abahinzi bapakira imifuka y’umuceri mu modoka."]
    assert story.captions[0].credit == "Ifoto: Alice Mukamana"


def test_a_quotation_a_colon_leads_into_on_the_next_line_goes_on_the_paragraph():
    page = (
        "Isoko rishya rirafunguwe\n\n"
        "Umucuruzi Jeanne Uwera yagize ati:\n"
        "“Ubu tuzacuruza tutanyagirwa n’imvura\n\n"
        "Inkuru za Kibuye – Ubukungu\n\n"
        "buri munsi.”\n"
    )
    story = clean_text("INKURU ZA KIBUYE\n\n" + page).articles[0]
    assert story.paragraphs == ["Umucuruzi Jeanne Uwera yagize ati: “Ubu tuzacuruza tutanyagirwa n’imvura buri munsi.”"]


def test_rows_of_two_fields_parted_by_a_dash_and_of_three_parted_by_hyphens_are_rows():
    lost = ["Indangamuntu ya Claude Habimana – i Rubavu", "Perimi ya Grace Uwase – mu isoko rya Gisenyi", "Pasiporo ya Eric Nkurunziza – i Nyamyumba"]
    box = clean_text(_WIRE.format("Road to be mended") + "\nIBYATAKAYE\n\n" + "\n".join(lost) + "\n").articles[-1]
    assert box.title == "IBYATAKAYE" and box.paragraphs == lost
    shows = ["Setu Kliwon, 3 April - Parta Krama - Ki Slamet Raharjo", "Setu Wage, 17 April - Dewa Ruci - Ki Hadi Santoso"]
    box = clean_text(_WIRE.format("Road to be mended") + "\nPAGELARAN\n\n" + "\n".join(shows) + "\nKabèh wiwit jam 20.00.\n").articles[-1]
    assert box.title == "PAGELARAN" and box.paragraphs == [*shows, "Kabèh wiwit jam 20.00."]


def test_a_glossary_s_quoted_terms_and_a_bilingual_box_s_labels_are_rows():
    story = _story("老街新開涼茶舖", "本報記者　馮家樂") + "\n"
    terms = ["「廿四味」：用二十四種草藥煲成嘅涼茶。", "「五花茶」：用五種花煲成，清熱解暑。", "「火麻仁」：潤腸嘅糖水，甜甜地好入口。"]
    box = clean_text(story + "涼茶術語\n\n" + "\n".join(terms) + "\n").articles[-1]
    assert box.title == "涼茶術語" and box.paragraphs == terms
    fields = ["时间 Data：2027年9月3日至4日", "地点 Luogo：Via Roma 12, Firenze", "门票 Ingresso：gratuito（免费）"]
    box = clean_text(story + "中意商品展\n\n" + "\n".join(fields) + "\n").articles[-1]
    assert box.title == "中意商品展" and box.paragraphs == fields


def test_a_programme_s_rows_with_figures_and_a_box_s_fields_are_no_poem_and_their_heads_open_boxes():
    page = (
        _story("中秋晚會今晚舉行", "本報記者　何嘉欣") + "\n"
        "晚會節目表\n\n"
        "九月十五（10月6日）\n"
        "晚上7時　粵曲演唱\n"
        "晚上8時　猜燈謎\n"
        "晚上9時半　放煙花\n\n"
        "派月餅\n\n"
        "對象：七十歲或以上長者\n"
        "地點：海濱公園正門\n"
        "數量：每人一盒，派完即止\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["中秋晚會今晚舉行", "晚會節目表", "派月餅"]
    assert articles[1].paragraphs == ["九月十五（10月6日）", "晚上7時\u3000粵曲演唱", "晚上8時\u3000猜燈謎", "晚上9時半\u3000放煙花"]
    assert articles[2].paragraphs == ["對象：七十歲或以上長者", "地點：海濱公園正門", "數量：每人一盒，派完即止"]


def test_tips_numbered_by_one_sign_are_items_though_one_fills_the_column():
    tips = ["⑴\u3000雨天路滑，骑车上学的同学一定要减速慢行。", "⑵\u3000过马路要走斑马线。", "⑶\u3000夜间出行穿亮色衣服。"]
    page = _story("上学路上注意安全", "本报记者　何嘉欣") + "\n安全提醒\n\n" + "\n".join(tips) + "\n"
    assert clean_text(page).articles[-1].paragraphs == tips


def test_a_line_ending_on_an_opening_mark_goes_on_after_the_break():
    page = (
        _story("捐血站週末加開", "記者張育誠／台南報導")
        + "\n" + _cjk("台南捐血中心週末在火車站前加開捐血站，希望在寒流期間補足庫存。")
        + "\n已經捐過三十次的陳先生說：「\n\n南港時報／生活\n\n能幫到人，就覺得很值得。」\n"
    )
    story = clean_text("南港時報\n\n" + page).articles[0]
    assert story.paragraphs[-1] == "已經捐過三十次的陳先生說：「能幫到人，就覺得很值得。」"


def test_a_word_of_the_text_cut_at_a_column_foot_signs_nothing():
    page = (
        "龙舟赛昨在江边开赛\n"
        "本报记者　柏　川\n\n"
        "昨天上午，第十届龙舟赛在江边开赛，来自全\n"
        "市的二十支龙舟队参赛，岸边挤满了看热闹的\n"
        "市民。\n\n"
        "今年的比赛分男子组和女子组，每组设有五百\n"
        "米直道赛和一千米环绕赛两个项目，比赛要进\n"
        "行两天，组委会还请来了三支外地的龙舟队参\n"
        "加表演赛。\n\n"
        "一条龙舟要坐二十二人，鼓手坐在船头，舵手\n"
        "站在船尾。划手们说，最难的是二十个人同时\n"
        "下桨。\n"
        "龙舟\n\n"
        "各队龙舟在江面上齐头并进。\n"
        "（柏　川　摄）\n\n"
        "冲过终点时，岸上响起一片掌声。\n"
    )
    articles = clean_text(page).articles
    assert articles[0].byline == "本报记者\u3000柏川"
    assert all(article.byline != "龙舟" for article in articles)


def test_a_table_s_legend_under_its_rows_is_a_row_of_it():
    table = ["攤區　一　二　三　四", "小吃　○　●　●　●", "玩具　○　○　●　●", "●營業　○公休"]
    page = _story("夜市搬遷新場地", "記者江美玲／嘉義報導") + "\n夜市營業日\n\n" + "\n".join(table) + "\n\n夜市加開接駁車\n\n" + _cjk("【本報訊】配合夜市遷移，市府週末晚間加開接駁車，免費搭乘。")
    articles = clean_text(page).articles
    assert articles[1].paragraphs == table and articles[2].kicker is None and articles[2].title == "夜市加開接駁車"


def test_a_bilingual_notice_named_by_its_kind_heads_a_notice_of_its_own():
    page = (
        _story("舞龍隊新春巡遊", "本報記者　黃德明") + "\n"
        "通告　NOTICE\n\n"
        "本會定於3月2日（週六）下午三時舉行新春團拜，\n"
        "敬請各位會員出席。\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["舞龍隊新春巡遊", "通告\u3000NOTICE"]


def test_an_elided_article_opens_a_masthead_a_head_a_byline_and_a_running_head():
    page = (
        "'O MARE\n"
        "Settimanale - marzo 2027 - paggena 2 - 1 €\n\n"
        "PUORTO\n"
        "'A varca 'e Totonno torna a mare\n"
        "Doppo vint'anne 'a varca vecchia 'e legno se mette n'ata vota a mare\n"
        "'e Carmela Russo\n\n"
        "Dummeneca matina 'a varca 'e Totonno è\n"
        "tornata a mare. 'O figlio l'ha aggiustata\n"
        "cu 'e mmane soje pe' tre anne.\n\n"
        "Quanno 'a varca ha tuccato ll'acqua, 'e\n"
        "piscature hanno sunato 'e trumbette e 'o\n"
        "puorto era chino\n\n"
        "'O Mare - 'E quartiere\n\n"
        "'e gente.\n"
    )
    cleaned = clean_text(page)
    story = cleaned.articles[0]
    assert (story.kicker, story.title) == ("PUORTO", "'A varca 'e Totonno torna a mare")
    assert story.byline == "'e Carmela Russo"
    assert story.paragraphs[-1] == "Quanno 'a varca ha tuccato ll'acqua, 'e piscature hanno sunato 'e trumbette e 'o puorto era chino 'e gente."
    assert {"'O MARE", "'O Mare - 'E quartiere"} <= set(cleaned.furniture)


def test_a_credit_in_an_unknown_word_on_its_own_line_under_a_caption_and_a_quotation_s_first_line():
    page = (
        "SAMARQAND KUNI\n\n"
        "Bozorda yangi rastalar ochildi\n\n"
        "Siyob bozorida yigirmata yangi rasta ochildi.\n"
        "Ularda dehqonlar oʻz mevalarini sotmoqda.\n\n"
        "Dehqon Anvar Karimov shunday dedi: “Bu\n"
        "yil uzum hosili yaxshi boʻldi. Endi\n"
        "narxlar ham\n\n"
        "Dehqonlar Siyob bozorining yangi rastasida uzum va anor sotmoqda.\n"
        "Surat: Laylo Ergasheva\n\n"
        "arzonlashadi.”\n\n"
        "Bozor har kuni soat 6 dan 20 gacha\n"
        "ishlaydi, dam olish kuni yoʻq.\n"
    )
    story = clean_text(page).articles[0]
    assert story.title == "Bozorda yangi rastalar ochildi"
    assert story.paragraphs[-2] == "Dehqon Anvar Karimov shunday dedi: “Bu yil uzum hosili yaxshi boʻldi. Endi narxlar ham arzonlashadi.”"
    assert [(c.text, c.credit) for c in story.captions] == [("Dehqonlar Siyob bozorining yangi rastasida uzum va anor sotmoqda.", "Surat: Laylo Ergasheva")]


def test_a_weather_box_s_degree_rows_and_a_table_s_rows_parted_by_bars_are_rows():
    weather = ["Toamasina - 21° / 29°", "Antsirabe - 9° / 22°", "Toliara - 18° / 31°"]
    box = clean_text(_WIRE.format("Road to be mended") + "\nTOETR'ANDRO\n\n" + "\n".join(weather) + "\n").articles[-1]
    assert box.title == "TOETR'ANDRO" and box.paragraphs == weather
    table = ["编号｜物品｜拾获地点", "0511｜雨伞｜火车站", "0512｜钱包｜汽车站", "0515｜书包｜市民广场"]
    box = clean_text(_story("失物招领处新址启用", "本报记者　何嘉欣") + "\n本周招领\n\n" + "\n".join(table) + "\n").articles[-1]
    assert box.title == "本周招领" and box.paragraphs == table


def test_a_ragged_paragraph_s_first_line_that_the_next_goes_on_in_lower_case_is_no_head():
    page = (
        "POYEZDLAR\n\n"
        "Samarqand – Navoiy 08:10 – 09:40 150 000 soʻm\n"
        "Samarqand – Jizzax 12:05 – 13:00 90 000 soʻm\n"
        "Samarqand – Termiz 18:20 – 23:55 260 000 soʻm\n\n"
        "QISQA XABARLAR\n"
        "Bogʻda yangi favvora\n\n"
        "Markaziy bogʻda bolalar uchun\n"
        "yangi favvora ochildi. Endi oilalar kechqurun ham\n"
        "dam olishlari mumkin.\n"
    )
    brief = clean_text(page).articles[-1]
    assert (brief.title, brief.paragraphs) == ("Bogʻda yangi favvora", ["Markaziy bogʻda bolalar uchun yangi favvora ochildi. Endi oilalar kechqurun ham dam olishlari mumkin."])


def test_a_short_line_that_opens_a_quotation_it_does_not_close_goes_on_both_ways():
    page = (
        "RIVER RISES IN THE NIGHT\n\n"
        "The river rose past its old record early on\n"
        "Tuesday and filled the lower streets of the\n"
        "town with brown water up to the windows.\n\n"
        "“It came up a step at a time,” said Ruth\n"
        "Ames, who has kept the corner shop on\n\n"
        "Mill Lane for 30 years. “At one it was\n\n"
        "at the door, and at three in the kitchen.”\n"
    )
    story = clean_text(page).articles[0]
    assert story.paragraphs[-1] == "“It came up a step at a time,” said Ruth Ames, who has kept the corner shop on Mill Lane for 30 years. “At one it was at the door, and at three in the kitchen.”"
    assert story.headings == []
