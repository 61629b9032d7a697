"""A local-history page's conventions: an old photo's credit naming the year it was taken and no
one who took it ("（资料图片，摄于1962年）", "(Foto de archivo, 1949)"); a "this day in past years"
column whose entries each open on a year or a count of years back as a run-in head ("1951年　…",
"40年前　…", "1973 – …"); a reprinted old story's source line naming the old paper and its issue
("（原載1947年5月2日星期五《河埠商報》）", "(La Gaceta del Valle, viernes 2 de mayo de 1947)").
Pages written for the rules, not copied from any gold page."""

from paperarchive.classify import FILE_PICTURE, SOURCE
from paperarchive.pipeline import clean_text

CHINESE = """河埠晚报
2040年5月3日　星期四　　第12版　旧事

老码头的石阶

　　本报讯　河埠老码头的石阶修于1962年，如今已
有78年。石阶一共四十级，当年是渡船上下客的
地方。

　　一张老照片上，石阶下

挑夫在石阶上歇脚。
（资料图片，摄于1962年）

停着两条木船。

　　码头去年重新铺了一遍石板。
往年今日
　　1951年　5月3日，河埠第一座公共澡堂开门，
头一天来了三百多人。

　　40年前　2000年的今天，河埠大桥合龙，渡船
从此停航。

　　2011年　老码头边的茶馆改成了小博物馆。

旧报重刊
河埠渡口添船

　　本報1947年5月1日訊　河埠渡口新添渡船兩
艘，每日往返二十次，船資照舊。

（原載1947年5月2日星期五《河埠商報》）

河埠晚报社出版　　新闻热线：0731-5550123
"""

LATIN = """LA HOJA DEL VALLE · Sábado 3.05.2040 · Página 6
Historia · Editora: Ana Ruiz

El puente viejo
Por Carlos Núñez

SAN ISIDRO – El puente viejo del pueblo se
levantó en 1949, hace 91 años, y todavía
lo cruzan los carros.

En una fotografía de entonces,

Obreros sobre el primer arco del puente.
(Foto de archivo, 1949)

se ve el río crecido bajo los andamios.

El municipio lo pintó el año pasado y le
puso faroles nuevos.
En esta fecha
1973 – Se inauguró la primera escuela
secundaria del pueblo, con cien alumnos.

50 años – En 1990 llegó el agua corriente
a los barrios del norte.

2015 – El mercado viejo reabrió sus puertas
con quince puestos.

De nuestro archivo
Nueva balsa en el río

SAN ISIDRO, 1 de mayo de 1947.– Se botó la
nueva balsa del paso del río, que llevará
carros y ganado.

(La Gaceta del Valle, viernes 2 de mayo de 1947)

La Hoja del Valle · hoja@valle.example.org
"""


def test_an_old_photos_credit_with_its_year_is_a_file_picture():
    for credit in ("（资料图片，摄于1962年）", "（資料照片，攝於1955年）", "(Foto de archivo, 1949)", "(Archive photo, 1958)", "(File photo)"):
        assert FILE_PICTURE.match(credit), credit
    for line in ("（资料图片，摄于上世纪）", "(Foto de archivo de la familia Pérez)"):
        assert not FILE_PICTURE.match(line), line


def test_the_caption_dropped_into_a_sentence_is_told_by_its_year_credit():
    for page, caption, paragraph in (
        (CHINESE, "挑夫在石阶上歇脚。", "一张老照片上，石阶下停着两条木船。"),
        (LATIN, "Obreros sobre el primer arco del puente.", "En una fotografía de entonces, se ve el río crecido bajo los andamios."),
    ):
        story = clean_text(page).articles[0]
        assert [c.text for c in story.captions] == [caption]
        assert paragraph in story.paragraphs


def test_each_this_day_entry_is_an_article_under_its_run_in_year():
    for page, titles, first in (
        (CHINESE, ["1951年", "40年前", "2011年"], "5月3日，河埠第一座公共澡堂开门，头一天来了三百多人。"),
        (LATIN, ["1973", "50 años", "2015"], "Se inauguró la primera escuela secundaria del pueblo, con cien alumnos."),
    ):
        articles = clean_text(page).articles
        entries = [a for a in articles if a.title in titles]
        assert [a.title for a in entries] == titles
        assert entries[0].paragraphs == [first]
        assert all(len(a.paragraphs) == 1 for a in entries)
        assert not any(p.startswith(("1951", "1973")) for p in articles[0].paragraphs)


def test_one_paragraph_opening_on_a_year_is_no_column():
    page = "老码头的石阶\n\n　　1951年　码头修过一回，石阶换了新石板。\n\n　　后来码头又修过两回。\n"
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["老码头的石阶"]
    assert articles[0].paragraphs[0] == "1951年　码头修过一回，石阶换了新石板。"


def test_a_reprints_source_line_is_its_source():
    for page, title, source in ((CHINESE, "河埠渡口添船", "河埠商報"), (LATIN, "Nueva balsa en el río", "La Gaceta del Valle")):
        box = next(a for a in clean_text(page).articles if a.title == title)
        assert box.source == source
        assert len(box.paragraphs) == 1
    assert SOURCE.match("（原載1947年5月2日星期五《河埠商報》）").group("reprinted") == "河埠商報"
    assert SOURCE.match("(El pueblo, con cien alumnos)") is None
