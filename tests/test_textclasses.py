"""Page conventions that recur across papers (issue 12), each on a page written for the test,
not copied from a gold page: Romance-language heads and bylines, Indian city pages, web editions."""

from paperarchive.pipeline import clean_text

ITALIAN = """\
7 | Martedì 3 marzo 2026 | LA GAZZETTA DI VALLORBA | PROVINCIA

Il caso
Ponte chiuso, il paese resta diviso in due per tre mesi

La Provincia ha fermato il traffico dopo le verifiche. Il sindaco: «Servono navette»

di Marco Fumagalli

VALLORBA – Da ieri mattina il ponte sul
torrente Serra è chiuso al traffico, e chi
abita sulla riva destra deve fare un giro di
dodici chilometri per arrivare in centro,
passando per la provinciale e per la zona
industriale. I tecnici della Provincia hanno
trovato crepe nei piloni durante le
verifiche.
Il presidente della Provincia ha detto che i
lavori dureranno tre mesi almeno, e che il
ponte riaprirà prima ai pedoni e alle
biciclette.
Le scuole hanno chiesto al Comune un pulmino
per i bambini della frazione di Serra alta,
che da oggi arrivano tardi
CONTINUA A PAGINA 9


Sagra del fungo, quest'anno si raddoppia

Gli organizzatori della sagra hanno deciso
di aggiungere un secondo fine settimana
dopo il successo dell'anno scorso.
(ANSA)
"""


def test_an_italian_page_reads_kicker_head_deck_di_byline_jump_line_and_agency():
    page = clean_text(ITALIAN)
    first, second = page.articles
    assert (first.kicker, first.title) == ("Il caso", "Ponte chiuso, il paese resta diviso in due per tre mesi")
    assert first.subtitle.startswith("La Provincia ha fermato")
    assert first.byline == "di Marco Fumagalli"
    assert "CONTINUA A PAGINA 9" in page.furniture
    # flush paragraphs wrapped by count: a sentence's end before a word that would have fitted ends the paragraph
    assert [p[:20] for p in first.paragraphs] == ["VALLORBA – Da ieri m", "Il presidente della ", "Le scuole hanno chie"]
    assert second.title == "Sagra del fungo, quest'anno si raddoppia"
    assert second.source == "ANSA"


SPANISH = """\
9 | PROVINCIA | El Heraldo del Sur | Jueves, 5 de marzo de 2026

EDUCACIÓN
El instituto de Miralba tendrá
un ciclo de formación agraria

Las clases empezarán en septiembre con veinte plazas y prácticas
en las cooperativas de la comarca

ANTONIO PÉREZ | MIRALBA

  El instituto de Miralba ofrecerá el
próximo curso un ciclo de grado medio de
producción agraria, según anunció ayer
la delegada de Educación.

Alumnos del instituto, en el patio.
FOTO: LUIS MARÍN

  El director espera que el ciclo frene la
marcha de jóvenes a la capital y
(Pasa a la página 12)


Cortes de tráfico por la carrera popular

EFE | MIRALBA

  La carrera popular del domingo obligará a
cortar el tráfico en el centro de la ciudad
entre las 9 y las 13 horas.
"""


def test_a_spanish_page_reads_antetitulo_sumario_name_at_place_foto_and_agency_at_place():
    page = clean_text(SPANISH)
    first, second = page.articles
    assert (first.kicker, first.title) == ("EDUCACIÓN", "El instituto de Miralba tendrá un ciclo de formación agraria")
    assert first.subtitle.startswith("Las clases empezarán")
    assert first.byline == "ANTONIO PÉREZ | MIRALBA"
    assert [(c.text, c.credit) for c in first.captions] == [("Alumnos del instituto, en el patio.", "FOTO: LUIS MARÍN")]
    assert "(Pasa a la página 12)" in page.furniture
    assert second.title == "Cortes de tráfico por la carrera popular"
    assert second.source == "EFE"


INDIAN = """\
THE COASTAL CHRONICLE
CHENNAI, TUESDAY, MARCH 3, 2026
METRO  3

Corporation to desilt 40 canals before monsoon
Work on Buckingham Canal stretch to begin this week

Chronicle News Service

  CHENNAI: The Greater Chennai Corporation
will desilt 40 canals across the city at a
cost of Rs 32 crore before the north-east
monsoon, officials said on Monday.
  About 1.2 lakh residents in low-lying
areas are expected to benefit.


Heatwave warning for interior districts: RMC

  Chennai, Mar 2 (PTI) Day temperatures are
likely to rise by 2 to 3 degrees Celsius in
interior districts this week.
"""


def test_an_indian_city_page_reads_news_service_byline_section_page_head_and_colon_headline():
    page = clean_text(INDIAN)
    assert "METRO  3" in page.furniture
    first, second = page.articles
    assert first.title == "Corporation to desilt 40 canals before monsoon"
    assert first.subtitle == "Work on Buckingham Canal stretch to begin this week"
    assert first.byline == "Chronicle News Service"
    assert first.paragraphs[0].startswith("CHENNAI: The Greater")
    assert second.title == "Heatwave warning for interior districts: RMC"


WEB = """\
\ufeff老城区新增三条公交微循环线路_江城新闻网
首页 > 新闻中心 > 城市

老城区新增三条公交微循环线路

2026-03-02 10:20:05　来源：江城晚报　作者：林一舟　责任编辑：王晓
字号：大 中 小　　打印
分享到：微信　微博

　　记者从市交通运输局获悉，老城区三条公交微循环线路将于本周六开通，线路串联菜市场、医院和学校。

　　新线路采用小型电动公交车，发车间隔约十分钟。

【纠错】　【打印本页】　【关闭窗口】
相关新闻
· 我市公交线网优化方案公布（2026-01-15）
上一篇：江城地铁三号线进入调试阶段
版权所有：江城新闻网　未经授权禁止转载
"""


def test_a_web_edition_copy_drops_the_site_chrome_and_reads_the_meta_line():
    page = clean_text(WEB)
    (article,) = page.articles
    assert article.title == "老城区新增三条公交微循环线路"
    assert (article.byline, article.source) == ("作者：林一舟", "江城晚报")
    assert len(article.paragraphs) == 2
    for line in ("首页 > 新闻中心 > 城市", "2026-03-02 10:20:05", "责任编辑：王晓", "相关新闻", "上一篇：江城地铁三号线进入调试阶段"):
        assert line in page.furniture


LISTINGS = """\
海城日报　2026年3月2日　星期一　A7　文体

话剧《灯塔》巡演首站落地海城
本报记者　郑　岚

　　原创话剧《灯塔》昨晚在市大剧院首演，讲述了一位守塔人和他的
三代家人在海岛上的故事。导演介绍，剧组此前在海岛住了一个月，

本周荧屏
海城一套
19:00　海城新闻
19:40　电视剧：渔港人家（5、6）
海城二套
20:10　纪录片：海岸线（3）
21:00　体育快讯

记录了守塔人的日常生活，许多台词都来自他们的真实对话。

本版编辑　沈　雨
"""


def test_a_listings_panel_set_inside_a_sentence_is_furniture_and_the_sentence_joins():
    page = clean_text(LISTINGS)
    (article,) = page.articles
    assert article.paragraphs[-1].endswith("剧组此前在海岛住了一个月，记录了守塔人的日常生活，许多台词都来自他们的真实对话。")
    assert {"本周荧屏", "海城一套", "19:00　海城新闻", "本版编辑　沈雨"} <= set(page.furniture)


LETTERS = """\
临江日报　2026年3月2日　星期一　A6　读者

读者来信

孩子转学后学籍怎么办？

　　编辑同志：我们一家今年从外省搬到临江，孩子
上小学三年级，想知道转学要办哪些手续？
　　　　　　　　　　　　江北区读者　许丽华
　　答：学生转学可通过全国中小学生学籍信息管理
系统办理，家长持户籍或居住证明到转入学校申请。

公交站台座椅何时恢复？

　　编辑同志：我家门口的公交站台原来有一排座椅，
上个月不知为何被拆了，老人等车只能站着。
　　　　　　　　　　　　南湖区读者　赵先生
"""


def test_a_letters_page_heads_each_letter_with_its_question_and_signs_it_with_the_reader():
    page = clean_text(LETTERS)
    titles = [a.title for a in page.articles]
    assert titles == ["孩子转学后学籍怎么办？", "公交站台座椅何时恢复？"]
    assert page.articles[0].byline.endswith("许丽华")
    assert page.articles[0].paragraphs[0].startswith("编辑同志：")
