"""Page plans the earlier written sets did not draw: a column of briefs whose bullets stay in
the text, a listing of venues and their timed rows, a photo page whose captions carry no credit,
a paragraph's first line cut by a column break, an interview's question head over its deck, a
running head that cuts the paper's name short, a head wider than the column, a byline in a
Berber language and a serial's "to be continued". Pages written here for the rules, in places of
their own."""

from paperarchive.pipeline import clean_text


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _cjk(text: str, width: int = 20, indent: str = "\u3000\u3000") -> list[str]:
    """A Chinese paragraph cut at the column's width, a mark that may not open a line hung on
    the line above."""
    lines = [""]
    for ch in indent + text:
        if len(lines[-1]) < width or ch in "，。、；：！？）”」":
            lines[-1] += ch
        else:
            lines.append(ch)
    return lines


def test_briefs_whose_bullet_stays_in_a_wrapped_items_text_each_open_a_story_under_their_run_in_head():
    page = _lines(
        "濠江晚報　2027年3月12日　星期五",
        "B3　澳聞·社區　　　編輯：梁嘉慧",
        "",
        "社區簡訊",
        "",
        *_cjk("●紅街市下月重開　市政署表示，紅街市翻新工程已近尾聲，攤販下月初可陸續遷回，熟食檔則要等到五月。", indent=""),
        "",
        *_cjk("●氹仔公園泳池維修　暫停開放　泳池本週起進行為期一個月的維修，期間泳客可改往鄰近的運動中心。", indent=""),
        "",
        *_cjk("●長者中心增設午膳　北區長者中心由下週一起每日供應午膳，每份收費二十元，須提前一日登記。", indent=""),
        "",
        "濠江晚報社出版　　讀者熱線：2833 1234",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["紅街市下月重開", "氹仔公園泳池維修\u3000暫停開放", "長者中心增設午膳"]
    assert articles[0].paragraphs[0].startswith("市政署表示，")
    assert articles[1].paragraphs == ["泳池本週起進行為期一個月的維修，期間泳客可改往鄰近的運動中心。"]


def test_venues_over_their_timed_rows_are_headings_of_the_listing_not_stories_and_the_rows_stay_text():
    page = _lines(
        "嘉陵晚报　2027年5月14日　星期五",
        "第11版　文化·演出　　　责任编辑：苗　青",
        "",
        "本周演出",
        "",
        "嘉陵大剧院",
        "19:30　话剧《江城往事》　180元",
        "20:00　舞剧《渡口》　220元",
        "",
        "城南音乐厅",
        "15:00　少儿合唱专场　60元",
        "19:45　民乐之夜　120元",
        "",
        "　　以上演出信息由各场馆提供，如有变动以现场",
        "公告为准。",
        "",
        "嘉陵晚报社　　演出热线：023-6501234",
    )
    listing = clean_text(page).articles[0]
    assert listing.title == "本周演出"
    assert listing.headings == ["嘉陵大剧院", "城南音乐厅"]
    assert "19:30\u3000话剧《江城往事》\u3000180元" in listing.paragraphs
    assert listing.paragraphs[-1] == "以上演出信息由各场馆提供，如有变动以现场公告为准。"


def test_uncredited_captions_cutting_a_sentence_and_under_the_last_paragraph_are_the_storys_captions():
    page = _lines(
        "东湖晨报　2027年8月3日　星期二",
        "A6　城市·生活　　　编辑：俞　晴",
        "",
        "老码头变身夜市　市民纳凉有新去处",
        "本报记者　庞　越",
        "　　上周末，沉寂多年的老码头亮起了灯，",
        "",
        "老码头夜市开张首晚，游客沿江边漫步，不少人",
        "驻足拍照。（本报记者庞越摄）",
        "",
        "数十个摊位沿江排开，游客络绎不绝。",
        "　　夜市共设小吃、文创和旧物三个区域，",
        "",
        "摊主在整理旧唱片。",
        "",
        "摊位由街道统一招募，每晚营业到十一点。",
        "　　街道负责人说，夜市将一直开到十月底，周",
        "末还会安排乐队演出。",
        "江风吹来，不少市民带着孩子来纳凉。",
        "",
        "东湖晨报社出版　　新闻热线：027-8861234",
    )
    story = clean_text(page).articles[0]
    assert [c.text for c in story.captions] == [
        "老码头夜市开张首晚，游客沿江边漫步，不少人驻足拍照。",
        "摊主在整理旧唱片。",
        "江风吹来，不少市民带着孩子来纳凉。",
    ]
    assert "夜市共设小吃、文创和旧物三个区域，摊位由街道统一招募，每晚营业到十一点。" in story.paragraphs


def test_a_paragraphs_indented_first_line_cut_by_a_column_break_is_text_not_a_subhead():
    page = _lines(
        "青溪日报　2027年6月9日　星期三",
        "第3版　农村　　　编辑：包　晴",
        "",
        "暴雨过后　稻田排涝忙",
        "本报记者　甘　霖",
        *_cjk("连续两天的暴雨让城西一带的稻田积水，部分田块水深超过二十厘米，低洼处的秧苗被泡了一天一夜。"),
        *_cjk("种了二十多年水稻的老农钟长贵一早就扛着铁锹下了田。“水再不排，秧苗根就要烂了。”他说。"),
        "　　镇农技站已组织技术人员分组",
        "",
        "",
        "下田，指导农户开沟排水、扶正倒伏的秧",
        "苗，并免费发放防病药剂。",
        *_cjk("据气象部门预报，未来三天以多云天气为主，排涝补种的时间比较充裕。"),
        "",
        "青溪日报社出版　　新闻热线：0571-1234567",
    )
    story = clean_text(page).articles[0]
    assert story.headings == []
    assert "镇农技站已组织技术人员分组下田，指导农户开沟排水、扶正倒伏的秧苗，并免费发放防病药剂。" in story.paragraphs


def test_a_question_head_over_its_dashed_deck_is_the_interviews_title_and_the_deck_its_subtitle():
    page = _lines(
        "宁川日报　2027年2月17日　星期三",
        "第6版　教育　　　责任编辑：钱　澄",
        "",
        "课后服务怎么办，家长放心吗？",
        "——访市教育局基础教育处处长林小溪",
        "本报记者　柯　岩",
        "",
        *_cjk("新学期开始，全市小学全面推行课后服务。家长关心什么？记者就此专访了林小溪。"),
        "",
        *_cjk("记者：目前有多少学校开展了课后服务？"),
        "",
        *_cjk("林小溪：全市一百二十所小学都已开展，参加的学生占八成以上。"),
        "",
        "宁川日报社出版　　新闻热线：0599-8861234",
    )
    story = clean_text(page).articles[0]
    assert (story.title, story.subtitle) == ("课后服务怎么办，家长放心吗？", "访市教育局基础教育处处长林小溪")
    assert story.byline.replace("\u3000", "") == "本报记者柯岩"


def test_a_running_head_that_cuts_the_papers_name_short_is_furniture_and_the_sentence_goes_on():
    page = _lines(
        "LA VOZ DEL ALTO VALLE",
        "Semanario – Viernes, 8 octubre 2027 – Página 5 – 2 euros",
        "",
        "Reabre el lavadero de la plaza",
        "Por Marta Quiroga",
        "",
        "El viejo lavadero de la plaza mayor volvió",
        "a abrir sus puertas el sábado, después de",
        "dos años de obras pagadas por el pueblo.",
        "",
        "Según el ayuntamiento, la reforma costó",
        "",
        "La Voz – Comarca",
        "",
        "menos de lo previsto y acabó a tiempo.",
        "",
        "La Voz del Alto Valle, Calle Mayor 3, Benasque – redaccion@lavoz.example.es",
    )
    clean = clean_text(page)
    assert "La Voz – Comarca" in clean.furniture
    assert clean.articles[0].paragraphs[-1] == "Según el ayuntamiento, la reforma costó menos de lo previsto y acabó a tiempo."


def test_a_head_wider_than_every_line_of_the_text_opens_the_next_story_not_a_subhead():
    page = _lines(
        "EL FARO DEL SUR",
        "Semanario – Sábado, 4 septiembre 2027 – Página 2",
        "",
        "Abre la nueva biblioteca del barrio",
        "Por Lucía Pardo",
        "",
        "La nueva biblioteca del barrio abrió",
        "el lunes con más de cuatro mil libros",
        "y una sala para los niños pequeños.",
        "",
        "La directora dijo que el horario será",
        "de nueve a ocho todos los días de la",
        "semana, salvo los domingos por la tarde.",
        "",
        "Los pescadores del puerto limpian la playa de la ensenada",
        "Más de cien pescadores y vecinos del",
        "puerto limpiaron la playa el domingo y",
        "sacaron dos toneladas de plásticos.",
        "",
        "La cofradía repetirá la limpieza cada",
        "tres meses con ayuda de los colegios.",
        "",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Abre la nueva biblioteca del barrio", "Los pescadores del puerto limpian la playa de la ensenada"]
    assert articles[0].headings == []


def test_a_byline_after_sgur_with_capitals_of_latin_extended_b_signs_the_piece():
    page = _lines(
        "TAFAT N BGAYET",
        "Sem 8 Yennayer 2027 - Asebter 9 - 30 DA",
        "",
        "TULLIST",
        "Abrid n wedrar",
        "Aḥric wis 2",
        "Sɣur Ɣenima At Yidir",
        "",
        "Yiwen wass, Ɛli yuli ɣer wedrar",
        "akken ad d-yawi isɣaren. Iwala",
        "tafat deg yiwet n tzeqqa tamezwarut.",
        "",
        "Yuɣal ɣer taddart armi d tameddit,",
        "yenna-yas i yemma-s ayen yeẓra.",
        "",
    )
    assert clean_text(page).articles[0].byline == "Sɣur Ɣenima At Yidir"


def test_a_serials_to_be_continued_in_its_papers_language_is_furniture_not_its_last_paragraph():
    page = _lines(
        "HEIDEBOTE",
        "Mittwoch, 10. März 2027 – Seite 14",
        "",
        "UNSER ROMAN",
        "Das Haus am Moor",
        "Von Greta Ahlers",
        "",
        "Die Nacht war still, als Hanna das",
        "Tor aufschloss. Im Stall brannte noch",
        "Licht, und der Hund schlug nicht an.",
        "",
        "Sie wartete, bis die Kirchturmuhr",
        "Mitternacht schlug, dann ging sie hinein.",
        "",
        "(Fortsetzung folgt)",
        "",
    )
    clean = clean_text(page)
    assert clean.articles[0].paragraphs[-1] == "Sie wartete, bis die Kirchturmuhr Mitternacht schlug, dann ging sie hinein."
    assert "(Fortsetzung folgt)" in clean.furniture
