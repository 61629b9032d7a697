"""Boxes, lists and labels set beside a story on plain-text pages written by hand: an index box
of sections and their pages over the lead, a poem set in short stanzas, a section label flush
under the running head, a weather panel's last row, a death notice signed by the family. Pages
written for the classes (not copied from any gold page)."""

import textwrap
from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text


def wrapped(text: str, width: int = 40) -> str:
    return "\n".join(textwrap.wrap(text, width)) + "\n"


FRONT = (
    "THE LAKESIDE COURIER\n"
    "Friday 3 March 2028 – No. 118 – 2.50\n\n"
    "Ferry timetable changes in April\n\n"
    + wrapped("Two evening sailings are added on weekdays. (page 6)")
    + "\nInside this issue\n\n"
    "Town · 2–4\n"
    "Farming · 5\n"
    "Letters · 8–9\n"
    "Sport · 14–15\n\n"
    "Harbour wall to be rebuilt next winter\n"
    "By Elsa Brandt\n\n"
    + wrapped(
        "The harbour board agreed on Tuesday to rebuild the old wall at the north pier, which was damaged "
        "by the storms of last November and has been closed to walkers since then."
    )
    + "\n"
    + wrapped("The work will cost about two million and should be finished before the summer season begins.")
)


def test_an_index_boxs_rows_are_paragraphs_and_the_lead_under_them_keeps_its_head():
    clean = clean_text(FRONT)
    titles = [a.title for a in clean.articles]
    assert titles == ["Ferry timetable changes in April", "Inside this issue", "Harbour wall to be rebuilt next winter"]
    index, lead = clean.articles[1], clean.articles[2]
    assert index.paragraphs == ["Town · 2–4", "Farming · 5", "Letters · 8–9", "Sport · 14–15"] and not index.headings
    assert lead.byline == "Elsa Brandt" and lead.paragraphs[0].startswith("The harbour board agreed")


LITERARY = (
    "THE VALLEY REVIEW – Saturday 9 September 2028 – page 10\n\n"
    "The mill at Corran\n"
    "By Ruth Kerrigan\n\n"
    + wrapped(
        "When I was a child the mill still turned on Saturdays, and we sat on the wall to watch the "
        "wheel throw the water back into the race. My grandfather knew the miller, who gave us flour."
    )
    + "\n"
    + wrapped("The wheel is gone now, and the race is full of nettles, but the wall is still there to sit on.")
    + "\nNight rain\n"
    "By Tom Ashby\n\n"
    "The rain came over the hill,\n"
    "softly, on the slates,\n"
    "and the old dog slept.\n\n"
    "In the morning the fields\n"
    "were bright as new coins,\n"
    "and the river was loud.\n"
)


def test_a_poem_in_short_stanzas_keeps_each_line_as_printed():
    poem = clean_text(LITERARY).articles[-1]
    assert poem.title == "Night rain" and poem.byline == "Tom Ashby"
    assert poem.paragraphs == [
        "The rain came over the hill,",
        "softly, on the slates,",
        "and the old dog slept.",
        "In the morning the fields",
        "were bright as new coins,",
        "and the river was loud.",
    ]


def test_prose_in_short_paragraphs_is_no_poem():
    essay = clean_text(LITERARY).articles[0]
    assert len(essay.paragraphs) == 2 and essay.paragraphs[0].endswith("who gave us flour.")


def _labelled_page(label: str) -> str:
    return (
        "TE AO HOU | Rāmere, 6 Hune 2028 | Whārangi 4\n"
        f"{label}\n\n"
        "Kura hou mō te pā o Ōtaki\n"
        "Nā Mere Tawhai\n\n"
        + wrapped(
            "I te wiki kua hipa ka whakatuwheratia te kura hou i te pā o Ōtaki, ā, neke atu i te rua rau "
            "ngā tāngata i tae mai ki te pōwhiri i te ata."
        )
        + "\n"
        + wrapped("E ono ngā akomanga o te kura hou, ā, ka tīmata ngā tamariki ki reira ā te marama e heke mai nei.")
    )


def test_a_section_label_in_capitals_with_an_okina_is_furniture_not_the_title():
    clean = clean_text(_labelled_page("HAPORI ʻĀPITI"))
    assert [a.title for a in clean.articles] == ["Kura hou mō te pā o Ōtaki"]
    assert clean.articles[0].kicker is None and "HAPORI ʻĀPITI" in clean.furniture


def test_one_word_set_flush_under_the_running_head_is_the_pages_section():
    clean = clean_text(_labelled_page("Hapori"))
    assert [a.title for a in clean.articles] == ["Kura hou mō te pā o Ōtaki"]
    assert clean.articles[0].kicker is None and "Hapori" in clean.furniture


WEATHER = (
    "东江晚报　2028年7月6日　星期四　第8版　生活\n\n"
    "今日天气\n"
    "城市　天气　气温\n"
    "东江　多云转阵雨　25-32度\n"
    "西平　晴　26-34度\n"
    "南湾　雷阵雨　24-30度\n"
    "日出　05:12　日落　19:21\n"
    "空气质量　良\n\n"
    "明日天气\n"
    "东江　阵雨　24-31度\n"
    "西平　多云　25-33度\n\n"
    "江边步道夜间开放\n"
    "本报记者　戴思远\n\n"
    + hard_wrapped("市园林部门昨天表示，江边步道从本周起夜间开放至晚上十点，沿线新装了路灯和休息座椅，方便市民傍晚散步纳凉。", 20)
    + hard_wrapped("步道全长六公里，途经三座公园和两个码头。园林部门提醒市民，夜间散步请结伴而行，不要翻越护栏到江边戏水。", 20)
    + hard_wrapped("据介绍，步道沿线还将陆续增设饮水点和公共厕所，预计八月底前全部完工，届时还会在码头附近开设两处便民服务站。", 20)
)


def test_a_weather_panels_last_row_of_two_cells_stays_in_the_panel():
    clean = clean_text(WEATHER)
    today, tomorrow, story = clean.articles
    assert today.paragraphs[-1] == "空气质量　良"
    assert tomorrow.title == "明日天气" and tomorrow.kicker is None
    assert story.title == "江边步道夜间开放"


LITERARY_BOX = (
    "THE VALLEY REVIEW – Saturday 9 September 2028 – page 11\n\n"
    "The ferryman's last crossing\n"
    "By Ruth Kerrigan\n\n"
    + wrapped(
        "For thirty years Aidan Moyle rowed walkers across the lough from the boathouse at Carrick to the "
        "island, and on Sunday he made his last crossing before the new footbridge opens."
    )
    + "\n"
    + wrapped("He will keep the boat, he says, and take his grandchildren fishing in it on fine evenings.")
    + "\nOLD SAYING\n\n"
    "Red sky over the hill,\n"
    "the mill will soon be still.\n"
)


def test_a_couplet_set_apart_in_a_box_keeps_its_two_lines():
    box = clean_text(LITERARY_BOX).articles[-1]
    assert box.title == "OLD SAYING"
    assert box.paragraphs == ["Red sky over the hill,", "the mill will soon be still."]


wrap20 = partial(hard_wrapped, width=20)
NOTICES = (
    "东江晚报　2028年7月6日　星期四　第9版　纪念\n\n"
    "讣告\n"
    "周秀兰女士\n"
    + wrap20("东江市第二中学退休教师周秀兰女士，因病医治无效，于2028年7月3日逝世，享年九十岁。兹定于7月8日上午在东江殡仪馆举行告别仪式。")
    + "子　李国强　女　李国芳　敬告\n\n"
    "吴德明先生\n"
    + wrap20("东江市航运公司退休船长吴德明先生，于2028年7月4日逝世，享年八十一岁。丧事从简。")
    + "妻　钱玉珍　率子女　敬告\n"
)


def test_a_family_signing_a_death_notice_flush_under_its_last_line_is_its_byline():
    first, second = clean_text(NOTICES).articles
    assert first.title == "周秀兰女士" and first.byline == "子　李国强　女　李国芳　敬告"
    assert first.paragraphs == ["东江市第二中学退休教师周秀兰女士，因病医治无效，于2028年7月3日逝世，享年九十岁。兹定于7月8日上午在东江殡仪馆举行告别仪式。"]
    assert second.title == "吴德明先生" and second.paragraphs[0].startswith("东江市航运公司")


RECIPE = (
    "HET ZUIDBLAD | Zaterdag 4 maart 2028 | Pagina 12\n\n"
    "Soep voor een koude avond\n"
    "Door Marijke Hoek\n\n"
    + wrapped("Deze erwtensoep is in een uur klaar en kan goed een dag van tevoren worden gemaakt.")
    + "\nIngrediënten\n"
    "500 g spliterwten\n"
    "1 prei\n"
    "2 wortels\n"
    "1,5 liter water\n"
    "1 rookworst\n\n"
    "Bereiding\n"
    + wrapped("Kook de erwten een uur in het water en voeg daarna de gesneden groenten en de worst toe.")
    + "\nNieuwe kaasmarkt in Gouda\n"
    "Door Pieter Smit\n\n"
    + wrapped(
        "Vanaf april is er elke donderdag een kaasmarkt op het plein voor het stadhuis, met twaalf kramen "
        "van boeren uit de streek."
    )
)


def test_a_recipes_ingredients_are_a_list_one_paragraph_each():
    paragraphs = [p for a in clean_text(RECIPE).articles for p in a.paragraphs]
    assert ["500 g spliterwten", "1 prei", "2 wortels", "1,5 liter water", "1 rookworst"] == [p for p in paragraphs if p[:1].isdigit()]


FIGURES = (
    "GAZETA E LUGINËS | E shtunë, 18 mars 2028 | Faqe 3\n\n"
    "Tregu i ri hapet në maj\n"
    "Nga Drita Mema\n\n"
    + wrapped("Ndërtimi i tregut të ri në qendër të qytetit po përfundon dhe tregtarët do të hyjnë në maj.")
    + "\n"
    + wrapped("Bashkia thotë se tregu do të ketë vende parkimi dhe një sallë për fermerët e zonës.")
    + "\nTregu në shifra\n"
    "Sipërfaqja: 3 200 metra katrorë\n"
    "Tezgat: 140\n"
    "Kostoja: 2,1 milionë euro\n\n"
    "Kryetari i ri i shoqatës së gjuetarëve\n"
    "Nga Luan Prifti\n\n"
    + wrapped("Anëtarët e shoqatës votuan të dielën për kryetarin e ri. Rezultatet:")
    + "\nArben Rama 84 vota\n"
    "Mira Koçi 61 vota\n\n"
    + wrapped("Kryetari i ri do të marrë detyrën në prill, pas mbledhjes së përgjithshme.")
)


def test_a_fact_box_under_its_name_keeps_its_rows_and_the_next_story_its_head():
    # (the box glued under the story is a piece of its own under its name, as the gold sets since
    # holdout75 count a box: the thirty-seventh stop's boxes of labelled rows glued under a story)
    story, box, second = clean_text(FIGURES).articles
    assert story.paragraphs[-1].endswith("për fermerët e zonës.")
    assert box.title == "Tregu në shifra" and box.paragraphs == ["Sipërfaqja: 3 200 metra katrorë", "Tezgat: 140", "Kostoja: 2,1 milionë euro"]
    assert second.title == "Kryetari i ri i shoqatës së gjuetarëve" and second.byline == "Luan Prifti"


def test_an_elections_results_are_rows_not_a_subhead():
    story = clean_text(FIGURES).articles[-1]
    assert story.paragraphs[1:3] == ["Arben Rama 84 vota", "Mira Koçi 61 vota"] and not story.headings


TRAVEL = (
    "JORNAL DA SERRA | Sábado, 25 de março de 2028 | Página 9\n\n"
    "Três dias nas aldeias do vale\n"
    "Por Sofia Nunes\n\n"
    + wrapped("As aldeias do vale são um bom destino para quem procura silêncio. Em três dias é possível visitar quatro delas a pé.", 39)
    + "\n"
    + wrapped("A primeira paragem é Soutelo, onde um casal recuperou as casas antigas e abriu uma oficina de cestaria.", 39)
    + "\n"
    + wrapped("Na segunda noite, o jantar é servido na antiga escola, transformada em restaurante pela associação de moradores.", 39)
    + "\nPerfil\n"
    "Nasceu: 1958, em Soutelo\n"
    "Profissão: pastor e guia de montanha\n"
    "Livro: Caminhos do vale\n\n"
    "Agenda da semana\n"
    "28 de março – Feira do livro, Praça da República\n"
    "30 de março – Concerto da banda, Igreja Matriz\n"
    "1 de abril – Corrida da Primavera, Estádio Municipal\n"
)


def test_a_profile_box_and_a_calendar_under_a_story_keep_their_lines_as_rows():
    paragraphs = [p for a in clean_text(TRAVEL).articles for p in a.paragraphs]
    for row in (
        "Nasceu: 1958, em Soutelo",
        "Profissão: pastor e guia de montanha",
        "Livro: Caminhos do vale",
        "28 de março – Feira do livro, Praça da República",
        "1 de abril – Corrida da Primavera, Estádio Municipal",
    ):
        assert row in paragraphs
    assert not any("Agenda" in p for p in paragraphs)
