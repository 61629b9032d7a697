"""A story's sentence cut by a photo's caption and its credit, on two layout classes.

On a Chinese page that opens its paragraphs indented, a caption that holds the ordinary words
"上接" ("从台上接过", "receives from the stage") is a caption, not a jump line ("（上接第1版）"): the
sentence it cuts goes on in the flush line under it. On a page whose paragraphs stand apart by
blank lines, a paragraph that ends on a figure and its unit or currency with a full stop
("2 500 F.") ends a sentence (a capital after a figure is no initial): the next paragraph,
cut by the caption, stays a paragraph of its own. Pages written for the class, cleaned through
the public API."""

from paperarchive.api import clean_file


def _articles(tmp_path, text: str, encoding: str = "utf-8", newline: str = "\n"):
    page = tmp_path / "page.txt"
    page.write_bytes(text.replace("\n", newline).encode(encoding))
    return clean_file(page).page.articles


SCHOOL_PRIZE_PAGE = """\
澧阳晚报　　2043年5月14日　星期四
第7版　校园　　责任编辑：鲁　岑

澧阳一中　十二名学生获科技奖
本报记者　尤　萱
　　澧阳一中昨天举行颁奖会，十二名学生的科技
作品在省里获奖，其中一等奖3项，二等奖5项。
　　获奖最多的是高二学生仇曜川，他设计的节水
阀，

仇曜川从校长手上接过获奖证书。
（本报记者　尤　萱　摄）

已经在学校食堂用了半年。
　　校长说，“学生的点子常常比老师多，学校就是
要给他们动手的机会。”

澧阳晚报社　　新闻热线：0736-5512870
"""


def test_a_caption_with_the_ordinary_words_of_a_jump_line_cuts_a_sentence_that_goes_on(tmp_path):
    articles = _articles(tmp_path, SCHOOL_PRIZE_PAGE, "gb18030")
    story = articles[0]
    assert story.title == "澧阳一中\u3000十二名学生获科技奖"
    assert "获奖最多的是高二学生仇曜川，他设计的节水阀，已经在学校食堂用了半年。" in story.paragraphs
    assert [c.text for c in story.captions] == ["仇曜川从校长手上接过获奖证书。"]
    assert not any("手上接过" in p for p in story.paragraphs)


FERRY_PAGE = """\
LE COURRIER DU FLEUVE · Mardi 12.08.2042 · Page 5
Transports · Rédaction : Aminata Diallo

Le bac de Kayes change d'horaires
Par Ousmane Keita

KAYES – Depuis lundi, le bac qui relie les
deux rives part toutes les deux heures, et le
passage d'une moto coûte désormais
jusqu'à 2 500 F.

Les camions passent le matin,

Le bac quitte la rive gauche à l'aube.
Photo : Mariam Traoré

avant que les piétons ne montent à bord.

Le chef de quai, Seydou Coulibaly, a
précisé que les horaires resteront affichés
au guichet.

Le Courrier du Fleuve · redaction@courrier.example.ml
"""


def test_a_paragraph_ending_on_a_figure_and_its_currency_is_not_joined_to_the_next(tmp_path):
    articles = _articles(tmp_path, FERRY_PAGE, "utf-8", "\r")
    story = articles[0]
    assert story.title == "Le bac de Kayes change d'horaires"
    assert story.paragraphs[0].endswith("coûte désormais jusqu'à 2 500 F.")
    assert story.paragraphs[1] == "Les camions passent le matin, avant que les piétons ne montent à bord."
    assert [c.text for c in story.captions] == ["Le bac quitte la rive gauche à l'aube."]
