"""A caption closed by its photographer's credit, on one line that the OCR read into the middle
of a paragraph, leaves the text for the captions; the paragraph closes over it. A photographer's
credit a layout format boxed as a byline credits the photo, not the story. Pages written for the
rule (not copied from any gold page)."""

import textwrap

import pytest
from conftest import segmented_rows

from paperarchive.models import Kind
from paperarchive.pipeline import clean_text

FIRST = ("Die Gemeinde will den alten Bahnhof kaufen und darin ein Bürgerhaus einrichten. Der "
         "Kaufpreis liegt nach Angaben des Bürgermeisters bei rund dreihunderttausend Euro, und die")
SECOND = ("Sanierung soll noch einmal so viel kosten. Der Gemeinderat entscheidet im Januar; eine "
          "Mehrheit gilt als sicher, seit auch die Opposition das Vorhaben unterstützt.")


@pytest.mark.parametrize("caption, credit", [
    ("Der alte Bahnhof steht seit zwölf Jahren leer.", "Foto: Anna Berg"),
    ("Het oude station staat al twaalf jaar leeg.", "Foto: Piet de Boer"),
    ("Den gamla stationen har stått tom i tolv år.", "Bild: Lena Ek"),
    # the word for photo in other languages, with the word for "by" where the language puts one
    ("Yr hen orsaf ar gau ers deuddeng mlynedd.", "Llun: Siôn Prys"),
    ("Vanha asema on ollut tyhjänä kaksitoista vuotta.", "Kuva: Mikko Laine"),
    ("Gamla stöðin hefur staðið auð í tólf ár.", "Ljósmynd: Jón Pálsson"),
    ("A régi állomás tizenkét éve üres.", "Fotó: Kiss Anna"),
    ("Kituo cha zamani kimefungwa kwa miaka kumi na miwili.", "(Picha na Juma Ali)"),
    ("Labindalawang taon nang sarado ang lumang istasyon.", "(Kuha ni Jose Cruz)"),
    ("L-istazzjon il-qadim ilu magħluq tnax-il sena.", "Ritratt: Ġużi Vella"),  # Maltese
])
def test_a_credited_caption_line_inside_a_paragraph_is_lifted_and_the_paragraph_closes(caption, credit):
    first, second = textwrap.wrap(FIRST, 50), textwrap.wrap(SECOND, 50)
    page = "\n".join([*first, f"{caption} {credit}", *second]) + "\n"
    article = clean_text(page).articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs == [FIRST + " " + SECOND]


@pytest.mark.parametrize("caption, credit", [
    ("Yr hen orsaf ar gau ers deuddeng mlynedd.", "Llun: Siôn Prys"),
    ("Kituo cha zamani kimefungwa kwa miaka kumi na miwili.", "(Picha na Juma Ali)"),
    ("Ga cũ đã bỏ hoang mười hai năm nay.", "Ảnh: Trần Văn Nam"),
    ("Senoji stotis tuščia jau dvylika metų.", "Autorės nuotr."),  # Lithuanian: the photographer first
    ("Senoji stotis tuščia jau dvylika metų.", "Jono Petraičio nuotr."),
])
def test_a_caption_over_its_credit_line_inside_a_paragraph_is_lifted(caption, credit):
    first, second = textwrap.wrap(FIRST, 50), textwrap.wrap(SECOND, 50)
    page = "\n".join([*first, caption, credit, *second]) + "\n"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [FIRST + " " + SECOND]


def test_a_sentence_that_names_a_photo_stays_in_the_text():
    lines = textwrap.wrap(FIRST, 50) + ["und zeigte ein Bild: Anna Berg"] + textwrap.wrap(SECOND, 50)
    article = clean_text("\n".join(lines) + "\n").articles[0]
    assert not article.captions and "Bild: Anna Berg" in article.paragraphs[0]



def _indented(text: str) -> list[str]:
    lines = textwrap.wrap(text, 44)
    return ["   " + lines[0], *lines[1:]]


def test_a_caption_set_into_an_indented_paragraph_leaves_it_whole_without_a_full_stop():
    # the caption's line is wider than the column and ends on no stop; under its credit the
    # paragraph goes on flush, as an indented page's paragraph does
    first = ("Gradsko vijeće u utorak je raspravljalo o obnovi parka u središtu grada. Projekt je vrijedan "
             "milijun eura, a novac će osigurati grad i županija.")
    before, after = "Gradonačelnica Ana Kovač rekla je da je park zapušten već dvadeset godina.", "Radovi počinju u proljeće, a trajat će do kraja godine, rekla je gradonačelnica."
    last = "Vijećnici su prijedlog prihvatili jednoglasno. Oporba je tražila da se u park vrati i dječje igralište."
    caption, credit = "Stari park u središtu grada uređen je još 1975. godine", "Foto: Ana Horvat"
    page = "\n".join(["Gradski park bit će uređen", "", *_indented(first), *_indented(before), caption, credit,
                      *textwrap.wrap(after, 44), *_indented(last)]) + "\n"
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, credit)]
    assert article.paragraphs == [first, before + " " + after, last]


def test_a_caption_read_into_a_paragraph_with_no_blank_line_over_it_leaves_the_paragraph_whole():
    # on a page that sets its paragraphs apart by blank lines, the blank line under the credit is
    # the caption's own: the paragraph it was read into goes on under it
    first = ("Kunnanhallitus käsitteli uuden kirjaston rakentamista tiistaina. Kokous kesti lähes neljä tuntia, "
             "ja päätös syntyi vasta äänestyksen jälkeen.")
    before, after = "Valtuutetut kiittivät virkamiehiä huolellisesta valmistelusta.", "Kirjaston rakentaminen alkaa keväällä, ja se valmistuu syksyllä."
    last = "Kirjastotoimenjohtaja Liisa Mäki kertoi, että uudessa kirjastossa on tilaa myös näyttelyille."
    caption, credit = "Uusi kirjasto rakennetaan vanhan paloaseman paikalle keskustaan.", "Kuva: Mikko Laine"
    page = "\n".join(["Keskustaan uusi kirjasto", "", *textwrap.wrap(first, 50), "", *textwrap.wrap(before, 50), caption, credit,
                      "", *textwrap.wrap(after, 50), "", *textwrap.wrap(last, 50)]) + "\n"
    article = clean_text(page).articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs[-2:] == [before + " " + after, last]


def test_a_caption_set_apart_by_blank_lines_leaves_the_paragraphs_around_it_apart():
    first, second = "Kokous kesti lähes neljä tuntia, ja päätös syntyi vasta äänestyksen jälkeen.", "Kirjaston rakentaminen alkaa keväällä, ja se valmistuu syksyllä."
    page = "\n".join(["Keskustaan uusi kirjasto", "", *textwrap.wrap(first, 50), "", "Uusi kirjasto rakennetaan keskustaan.", "Kuva: Mikko Laine",
                      "", *textwrap.wrap(second, 50)]) + "\n"
    assert clean_text(page).articles[0].paragraphs[-1] == second


def test_the_end_of_a_sentence_read_over_a_credit_is_no_caption():
    # an engine read the photo's credit after the last words of the text beside the photo
    page = (
        "Torna la fiera del tartufo in piazza\n\n"
        "   Dopo due anni di assenza torna sabato e\n"
        "domenica la fiera del tartufo bianco. In\n"
        "piazza saranno allestiti sessanta banchi e\n"
        "laboratori\n\n"
        "per i bambini.\n\n"
        "Foto di Sergio Valle\n\n"
        "   Gli organizzatori prevedono almeno\n"
        "quindicimila visitatori nel fine settimana.\n"
    )
    (story,) = clean_text(page).articles
    assert "per i bambini." not in [c.text for c in story.captions]
    assert any(p.endswith("laboratori per i bambini.") for p in story.paragraphs)


# A Chinese page's column of 18 characters, its paragraph indented two ideographic spaces; a
# caption line wider than the column read between two of its lines.
ZH_LINES = (
    "\u3000\u3000县教育局昨日召开全县秋季开学工作",
    "会议，部署校舍安全、校车管理和食堂卫生",
    "等工作。会议要求各校在开学前完成消防设",
    "施检查，对存在隐患的教室一律停用，整改",
    "{caption}",
    "到位后方可使用。各校校长要亲自带队逐间",
    "检查，发现问题及时上报县教育局。",
)


@pytest.mark.parametrize("line, caption", [
    # where someone stands in the picture: only a caption says so
    ("副局长孙立民（左二）在城关小学检查食堂卫生情况。", "副局长孙立民（左二）在城关小学检查食堂卫生情况。"),
    # opened by the picture's mark, closed by the photographer's credit
    ("（图）城关小学的学生在新建成的操场上做课间操。\u3000本报记者\u3000何川\u3000摄", "（图）城关小学的学生在新建成的操场上做课间操。"),
    # marked as pointing at its photo, closed by the credit in brackets, the text under it set flush
    ("▲城关小学的学生在新建成的操场上做课间操，孩子们的笑声传遍了校园。（记者何川摄）", "城关小学的学生在新建成的操场上做课间操，孩子们的笑声传遍了校园。"),
])
def test_a_chinese_caption_line_inside_a_paragraph_is_lifted_and_the_paragraph_closes(line, caption):
    page = "\n".join(["南江日报\u30002026年8月28日\u3000星期五\u3000第3版", "", "全县部署秋季开学工作", *ZH_LINES]).format(caption=line)
    article = clean_text(page + "\n").articles[0]
    assert [c.text for c in article.captions] == [caption]
    assert article.paragraphs == ["".join(ZH_LINES).replace("{caption}", "").strip("\u3000")]


CHART_PAGE = """南江日报　1986年3月4日　星期二　第二版

全县粮食总产再创新高
　　本报讯　去年全县粮食总产达到四亿
二千万斤，比上年增长百分之八，连续五
年获得丰收。县农业局负责人说，近年来
全县推广良种良法，粮食单产逐年提高，

图表：全县粮食总产逐年增长（单位：亿斤）
１９８１年　３．１　１９８３年　３．６　１９８５年　４．２
注：１９８５年为统计局初步数。　　　　本报资料室制图

今年还要扩大杂交水稻的种植面积，争取
再增产一成。
"""


def test_a_chart_set_into_the_text_is_a_caption_with_its_figures_and_note_as_its_credit():
    story = clean_text(CHART_PAGE).articles[0]
    assert [c.text for c in story.captions] == ["图表：全县粮食总产逐年增长（单位：亿斤）"]
    assert len(story.paragraphs) == 1 and story.paragraphs[0].endswith("粮食单产逐年提高，今年还要扩大杂交水稻的种植面积，争取再增产一成。")


def test_a_caption_credited_to_the_papers_files_cuts_a_chinese_paragraph_and_leaves_it_whole():
    # "资料图片" (a picture from the paper's files) on a line of its own, no brackets, under the
    # caption that the column break set into a sentence.
    page = (
        "老街上的书店\n"
        "□　林晓岚\n"
        "　　东门老街上的这家书店开了三十年，店主每天早上七点开门，\n"
        "一直到晚上十点才关门。街坊们说，这家书店就是老街的\n"
        "\n"
        "书店门口的旧招牌\n"
        "\n"
        "资料图片\n"
        "\n"
        "灯塔，孩子们放学后都爱来这里看书。\n"
        "　　去年，书店差一点关门。后来街道出面帮忙，房租降了一半。\n"
    )
    article = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("书店门口的旧招牌", "资料图片")]
    assert article.paragraphs[0] == (
        "东门老街上的这家书店开了三十年，店主每天早上七点开门，一直到晚上十点才关门。街坊们说，这家书店就是老街的灯塔，孩子们放学后都爱来这里看书。"
    )


def test_a_paragraphs_first_line_cut_off_by_a_caption_is_text_not_a_headline():
    # The paragraph's opening line, on the page's indent, is all that stands over the photo:
    # the sentence goes on flush under the caption and its credit.
    page = (
        "秋粮收购进度过半\n"
        "本报记者　林晓岚\n"
        "\n"
        "　　记者从县粮食局获悉，今年全县秋粮收购已过半，累计收购\n"
        "中晚稻一万二千吨，比去年同期多收一成多。\n"
        "\n"
        "　　在城北收购点，记者看到排队交粮的农用车\n"
        "\n"
        "农户在城北收购点排队交售中晚稻。\n"
        "本报记者　林晓岚　摄\n"
        "\n"
        "从门口一直排到了路边。收购点负责人说，今年粮食品质好，\n"
        "水分和杂质都达标，一等粮占了八成。\n"
        "\n"
        "　　县粮食局提醒农户，收购将持续到明年一月，不必扎堆交粮。\n"
    )
    [article] = clean_text(page).articles
    assert article.title == "秋粮收购进度过半"
    assert [c.text for c in article.captions] == ["农户在城北收购点排队交售中晚稻。"]
    assert article.paragraphs[1] == "在城北收购点，记者看到排队交粮的农用车从门口一直排到了路边。收购点负责人说，今年粮食品质好，水分和杂质都达标，一等粮占了八成。"


def test_a_caption_wider_than_the_column_over_its_credit_leaves_the_paragraphs_first_lines_in_it():
    # The caption line runs wider than the column, its credit on the line under it; the two
    # lines of the paragraph read above it in the same block are the paragraph's, not caption.
    caption = "城关小学的学生们在新建成的塑胶操场上做课间操。"
    page = "\n".join([
        "南江日报\u30002026年8月28日\u3000星期五\u3000第3版", "",
        "全县部署秋季开学工作",
        *ZH_LINES[:4],
        caption,
        "\u3000\u3000\u3000\u3000\u3000\u3000\u3000本报记者\u3000何川\u3000摄",
        *ZH_LINES[5:],
    ])
    article = clean_text(page + "\n").articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [(caption, "本报记者\u3000何川\u3000摄")]
    assert article.paragraphs == ["".join(ZH_LINES).replace("{caption}", "").strip("\u3000")]


def test_a_marked_line_set_into_a_sentence_takes_none_of_the_text_under_it():
    # A line opened by the photo mark ("▲", here a small advertisement) set between two printed
    # lines of a sentence: the lines under it are the sentence's, however they are joined.
    page = "\n".join([
        "南江日报\u30002026年8月28日\u3000星期五\u3000第3版", "",
        "全县部署秋季开学工作",
        *ZH_LINES[:4],
        "▲百花牌文具\u3000开学必备\u3000各大商场均有出售",
        *ZH_LINES[5:],
    ])
    article = clean_text(page + "\n").articles[0]
    assert article.paragraphs == ["".join(ZH_LINES).replace("{caption}", "").strip("\u3000")]


def test_a_photographers_credit_boxed_as_a_byline_under_a_photo_news_head_credits_the_photo():
    # (a layout format boxes the credit line under a 图片新闻 item's head as its byline)
    items = segmented_rows(
        ("老码头换新装", Kind.SHORT, 1),
        ("12月2日，工人在江边老码头更换防撞护栏。改造后的码头将在春节前重新开放。", Kind.BODY, 1),
        ("本报通讯员周岩摄", Kind.BYLINE, 1),
        ("雪后赏梅", Kind.SHORT, 1),
        ("本报记者　林一帆　摄", Kind.BYLINE, 1),
        ("12月3日，市民在植物园梅园拍摄雪中盛开的蜡梅。", Kind.BODY, 2),
    )
    assert [(a.title, a.byline) for a in items] == [("老码头换新装", None), ("雪后赏梅", None)]
    assert [c.credit for a in items for c in a.captions] == ["本报通讯员周岩摄", "本报记者　林一帆　摄"]
