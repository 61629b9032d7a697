"""Boxes glued under a story on a page of notices, as OCR'd text, in the shapes holdout122 (fashion,
beauty, textiles and design pages) printed, each page written here anew: a what-to-bring list on
hyphen bullets closed by a fee row, a sum behind its currency sign; a sentence cut before a caption
set into the column that runs on in a figure after it; a judging box whose header row names its
columns in words over rows of points; a list's head and one column's unit line over its header row."""

from paperarchive.api import clean_file

WORKSHOP = """LA GAZETO DE LA VILAĜO · Sabato, 14 Oktobro 2034 · Paĝo 4
Metioj · Redaktoro: Jan Kowal

Virinoj instruas junulojn
brodi tablotukojn
De Ana Ferreira

RIVERBORDO - La virina klubo de Riverbordo
malfermos kurson pri brodado por junuloj
en la lernejo, ĉiun sabaton de novembro.

La instruistino Marta Silva diras ke dek
kvin junuloj jam aliĝis. Ili lernos

Junulino brodas tablotukon.
Foto: Pedro Gomes

kudri florojn kaj foliojn sur tolo.

Marta diras: «Se la junuloj ne lernos,
neniu plu brodos en nia vilaĝo.»
Kion kunporti

- tolo 2 metroj
- fadeno 5
- kudriloj 3
- tondilo
Kotizo: €8 por ĉiu

La Gazeto de la Vilaĝo · gazeto@vilagxo.example.eo
"""

COSTUME = """DORPSKRANT – vrijdag 03.11.2034 – Zijde 7
Kleding – Redactie: Piet Jansen

Jonge naaister maakt oude
dorpsdracht opnieuw
Door Kees de Boer

HOLTEN – Mira Smit, 24 jaar oud, naait
weer de oude dracht van het dorp. Zij
leerde het van haar tante in de winter.

Voor de kermis willen dertig meisjes de
dracht dragen. Mira naaide er al zes.
Een dracht kost

Het meisje in de nieuwe dracht.
Foto: Anna Visser

3100 euro, omdat de stoffen duur zijn.

Mira zegt: „Als de meisjes de dracht
dragen, leeft ons dorp weer op straat.”

Dorpskrant – dorpskrant@holten.example.nl
"""

CONTEST = """澜江晚报　　2034年9月12日　星期二
第6版　艺术坊　　责任编辑：谷　芹

“爱澜江”摄影大赛启动　一等奖三千元
本报记者　费　蓝

　　市文化馆主办的“爱澜江”摄影大赛昨天启动。

　　在校学生和市民均可参加，每人限投三幅。

　　评委单文海说，好照片“要让人想去江边走走。”
评比办法

参评项目　分数
主题内容　40
拍摄技巧　35
画面构图　25
合计　100
截稿日期：2034年10月20日

澜江晚报社出版　　新闻热线：0736-2297145
"""


FABRICS = """桑川晚报　　2034年5月16日　星期二
第7版　织造周刊　　责任编辑：卢　茵

老丝绸厂推出新品　轻了薄了更透气
本报记者　冉　樱
　　有五十多年历史的桑川丝绸厂，本月推出三款
混纺新面料，订单已经排到了8月。
　　厂长说，纯丝绸怕皱难打理，厂里今年在真丝
里加入棉和羊毛，新布轻了，也更耐穿了。
　　织绸师傅看着新布说，这布“摸着像水一样，
真

桑川晚报·织造周刊

好。”
新面料一览表
幅宽单位：厘米
编号　成分　幅宽
甲款　真丝60%　棉40%　140
乙款　真丝75%　羊毛25%　112
丙款　真丝50%　亚麻50%　140

桑川晚报社　　读者热线：0745-6621083
"""


def _clean(tmp_path, text, encoding="utf-8"):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    return clean_file(path).page


def test_a_fee_row_under_a_hyphen_bulleted_list_is_the_lists_last_paragraph_not_a_credit(tmp_path):
    page = _clean(tmp_path, WORKSHOP)
    story, box = page.articles
    assert box.title == "Kion kunporti"
    assert box.paragraphs == ["- tolo 2 metroj", "- fadeno 5", "- kudriloj 3", "- tondilo", "Kotizo: €8 por ĉiu"]
    assert [c.credit for c in story.captions + box.captions] == ["Foto: Pedro Gomes"]


def test_a_sentence_cut_before_a_caption_runs_on_in_a_figure_after_it(tmp_path):
    page = _clean(tmp_path, COSTUME)
    [story] = page.articles
    assert story.byline == "Door Kees de Boer"
    assert "Voor de kermis willen dertig meisjes de dracht dragen. Mira naaide er al zes. Een dracht kost 3100 euro, omdat de stoffen duur zijn." in story.paragraphs
    assert len(story.paragraphs) == 3


def test_a_header_row_naming_its_columns_in_words_is_the_boxs_first_row_under_its_head(tmp_path):
    page = _clean(tmp_path, CONTEST, "utf-16")
    story, box = page.articles
    assert story.title == "“爱澜江”摄影大赛启动　一等奖三千元"
    assert (box.title, box.section) == ("评比办法", None)
    assert box.paragraphs[:2] == ["参评项目　分数", "主题内容　40"]
    assert box.paragraphs[-2:] == ["合计　100", "截稿日期：2034年10月20日"]


def test_a_lists_head_over_one_columns_unit_line_titles_the_list_glued_under_a_story(tmp_path):
    page = _clean(tmp_path, FABRICS, "gb18030")
    story, box = page.articles
    assert story.headings == []
    assert story.paragraphs[-1].endswith("这布“摸着像水一样，真好。”")
    assert box.title == "新面料一览表"
    assert box.paragraphs == ["幅宽单位：厘米", "编号　成分　幅宽", "甲款　真丝60%　棉40%　140", "乙款　真丝75%　羊毛25%　112", "丙款　真丝50%　亚麻50%　140"]
