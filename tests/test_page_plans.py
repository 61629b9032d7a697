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


def test_briefs_whose_heads_stand_in_heavy_brackets_each_open_a_story():
    page = _lines(
        "南洋侨报　2027年9月18日　星期六",
        "第4版　侨社　　　编辑：林　岚",
        "",
        *_cjk("【福州十邑同乡会中秋联欢】福州十邑同乡会9月15日在会所举办中秋联欢，三百多位乡亲出席。"),
        "",
        *_cjk("【海南会馆资助贫困学生】海南会馆日前向二十名学生发放助学金，每人五百元。"),
        "",
        *_cjk("【客属公会举办书法展】客属公会书法展本周末在会所二楼展出，免费参观。"),
        "",
        "南洋侨报社出版　　热线：+65 6000 0000",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["福州十邑同乡会中秋联欢", "海南会馆资助贫困学生", "客属公会举办书法展"]
    assert articles[1].paragraphs == ["海南会馆日前向二十名学生发放助学金，每人五百元。"]


def test_a_head_set_flush_on_its_lead_after_a_blank_line_opens_a_story_on_a_page_of_paragraphs_set_apart():
    page = _lines(
        "WARTA PESISIR",
        "Kamis, 14 Oktober 2027 | Halaman 6",
        "",
        "Dermaga baru dibuka di Teluk Biru",
        "Oleh Rahmat Hidayat",
        "",
        "Dermaga baru untuk kapal nelayan di",
        "Teluk Biru dibuka pada hari Selasa",
        "setelah dibangun selama delapan bulan.",
        "",
        "Para nelayan mengatakan dermaga itu",
        "membuat mereka lebih mudah menurunkan",
        "hasil tangkapan pada pagi hari.",
        "",
        "Pasar ikan buka lebih pagi",
        "Pasar ikan di pelabuhan mulai buka",
        "pukul empat pagi sejak minggu ini,",
        "mengikuti jam kapal yang merapat.",
        "",
        "Pedagang menyambut baik perubahan itu",
        "karena ikan bisa dijual lebih segar.",
        "",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Dermaga baru dibuka di Teluk Biru", "Pasar ikan buka lebih pagi"]
    assert articles[0].headings == []


def test_captions_set_wider_than_the_text_are_captions_whole_under_a_head_and_between_paragraphs():
    page = _lines(
        "KOANTA YA BOPHIRIMA",
        "Labohlano, 4 Phupu 2027 – Leqephe 3",
        "",
        "Sekolo se secha se buloa Mafeteng",
        "Ka Lerato Moshoeshoe",
        "",
        "Bana ba sekolo se secha sa Mafeteng ba bina pina ea sechaba ha",
        "sekolo se buloa ka Labohlano, moeti a ntse a ba shebile.",
        "Setšoantšo: Teboho Ramone",
        "",
        "Sekolo se secha se buloe ka Labohlano",
        "Mafeteng, 'me se tla ruta bana ba fetang",
        "makholo a mane selemong sena.",
        "",
        "Mosuoe-hlooho o itse sekolo se na le",
        "litlelase tse robeli le laeborari e",
        "nyenyane e fuoeng ke sechaba.",
        "",
        "Mosuoe-hlooho Mme Palesa Lets'ela o bontša batsoali laeborari.",
        "",
        "Batsoali ba thabetse hore bana ha ba sa",
        "tla tsamaea lik'hilomithara tse ngata ho",
        "ea sekolong.",
        "",
    )
    story = clean_text(page).articles[0]
    assert [c.text for c in story.captions] == [
        "Bana ba sekolo se secha sa Mafeteng ba bina pina ea sechaba ha sekolo se buloa ka Labohlano, moeti a ntse a ba shebile.",
        "Mosuoe-hlooho Mme Palesa Lets'ela o bontša batsoali laeborari.",
    ]
    assert story.paragraphs[0].startswith("Sekolo se secha se buloe ka Labohlano")


def test_a_tables_last_row_of_two_cells_under_its_rows_is_no_signature():
    page = _lines(
        "南港時報　中華民國116年9月2日　星期四",
        "A9　生活　　　編輯：鄭　雯",
        "",
        "今日潮汐",
        "港口　滿潮　乾潮",
        "基隆　04:12　10:35",
        "淡水　05:03　11:20",
        "安平　06:41　12:58",
        "月出　19:02　月落　06:11",
        "浪況　中浪",
        "",
        "南港時報社　　服務專線：02-2700-0000",
    )
    table = clean_text(page).articles[0]
    assert table.byline is None
    assert "浪況\u3000中浪" in table.paragraphs


def test_a_call_out_logs_rows_parted_by_middle_dots_stay_rows_and_the_wrapped_text_above_them_stays_wrapped():
    page = _lines(
        "LA VOZ DE LA SIERRA",
        "Miércoles, 10 de marzo de 2027 · Página 7 · 1,20 €",
        "",
        "La patrulla rural estrena todoterreno",
        "Por Inés Carrasco",
        "",
        "La patrulla rural de la comarca estrenó",
        "la semana pasada un todoterreno nuevo,",
        "pagado entre los cinco ayuntamientos.",
        "",
        "El sargento, Tomás Vidal, explicó que el",
        "coche servirá sobre todo en los caminos",
        "de montaña que se cierran con la nieve.",
        "",
        "Salidas de la semana",
        "",
        "Lunes, 1 · 09h15 · Riaza · res suelta en la carretera",
        "Martes, 2 · 22h40 · Cerezo · vecino desorientado",
        "Jueves, 4 · 07h05 · Ayllón · árbol caído en la vía",
        "",
        "La Voz de la Sierra · Plaza Mayor 2, Riaza · redaccion@lavoz.example.es",
    )
    articles = clean_text(page).articles
    assert articles[0].paragraphs[1] == (
        "El sargento, Tomás Vidal, explicó que el coche servirá sobre todo en los caminos de montaña que se cierran con la nieve."
    )
    assert articles[1].title == "Salidas de la semana"
    assert articles[1].paragraphs == [
        "Lunes, 1 · 09h15 · Riaza · res suelta en la carretera",
        "Martes, 2 · 22h40 · Cerezo · vecino desorientado",
        "Jueves, 4 · 07h05 · Ayllón · árbol caído en la vía",
    ]
