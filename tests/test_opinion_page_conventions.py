"""An opinion page's conventions on a plain-text page: a column signed at its foot over the note on
its writer, a cartoon's caption and its maker's credit set inside a sentence, a pull quote set inside
a sentence before the sentence it repeats. Pages written for these tests."""

from paperarchive.pipeline import clean_text

HEAD = "江岸晚报　2031年4月9日　星期三　第5版　评论\n\n"


def test_a_name_set_right_over_the_note_on_its_writer_signs_the_column():
    page = HEAD + (
        "夜市不该一关了之\n"
        "　　老城区的夜市开了二十多年，摊主大多是附\n"
        "近的居民，靠一辆三轮车养活一家人。\n"
        "　　管理可以更细，但不能一关了之。\n"
        "　　　　　　　　　　韦思远\n"
        "　　（作者系江岸大学社会学系讲师）\n"
    )
    (article,) = clean_text(page).articles
    assert article.title == "夜市不该一关了之"
    assert article.byline == "韦思远"
    assert article.paragraphs[-1] == "（作者系江岸大学社会学系讲师）"


def test_a_cartoon_credited_with_hua_or_after_a_slash_or_in_brackets_is_a_caption():
    for credit in ("阿川　画", "林小舟／繪", "（曹一苇　绘）"):
        page = HEAD + (
            "停车难，难在哪里\n"
            "　　小区里的车位只有三百个，\n"
            "\n"
            "漫画：《转了三圈》\n"
            f"{credit}\n"
            "\n"
            "登记的私家车却有八百多辆。\n"
        )
        (article,) = clean_text(page).articles
        assert [c.text for c in article.captions] == ["漫画：《转了三圈》"], credit
        assert article.paragraphs == ["小区里的车位只有三百个，登记的私家车却有八百多辆。"], credit


def test_a_line_the_sentence_under_it_repeats_is_a_pull_quote_not_a_caption():
    page = HEAD + (
        "护理员也需要被照顾\n"
        "　　我在病房做了二十年护理员，\n"
        "\n"
        "病人要的是有人听他说话。\n"
        "\n"
        "见过太多孤单的老人。病人要的是有人听他说话。\n"
    )
    (article,) = clean_text(page).articles
    assert article.captions == []
    assert article.pull_quotes == ["病人要的是有人听他说话。"]
    assert article.paragraphs == ["我在病房做了二十年护理员，见过太多孤单的老人。病人要的是有人听他说话。"]


LATIN_HEAD = "EL ECO DEL VALLE · Lunes 3 de marzo de 2031 · Página 6\n\n"


def test_a_name_over_a_note_in_brackets_opening_on_it_signs_the_column():
    for signature in ("— Marta Quispe", "Marta Quispe"):
        page = LATIN_HEAD + (
            "Un puente para el camino del río\n"
            "  Cada temporada de lluvias el vado se llena y\n"
            "los niños del valle alto pierden semanas de\n"
            "clase en la escuela.\n"
            "  El municipio prometió el puente hace tres\n"
            "años y todavía no hay obra.\n"
            f"{signature}\n"
            "  (Marta Quispe es maestra en la escuela de Alto\n"
            "Molino.)\n"
            "\n"
            "Cartas\n"
            "El autobús llega tarde\n"
            "  El autobús de la mañana llegó a la plaza a las\n"
            "nueve otra vez esta semana.\n"
            "Ana Ruiz, Molino\n"
        )
        column = clean_text(page).articles[0]
        assert column.title == "Un puente para el camino del río", signature
        assert column.byline == "Marta Quispe", signature
        assert column.paragraphs[-1] == "(Marta Quispe es maestra en la escuela de Alto Molino.)", signature


def test_a_drawing_credited_with_dibujo_is_the_cartoons_credit():
    page = LATIN_HEAD + (
        "La posta cierra al mediodía\n"
        "  Los enfermos que bajan a pie de los cerros\n"
        "llegan a la puerta cuando ya está\n"
        "\n"
        "Caricatura: «Vuelva mañana»\n"
        "Dibujo: Tomás Flores\n"
        "\n"
        "cerrada hasta el día siguiente.\n"
    )
    (article,) = clean_text(page).articles
    assert [(c.text, c.credit) for c in article.captions] == [("Caricatura: «Vuelva mañana»", "Dibujo: Tomás Flores")]


def test_a_dashed_name_and_town_under_a_letter_signs_it_and_the_head_under_it_opens_the_next():
    page = LATIN_HEAD + (
        "Cartas\n"
        "El autobús llega tarde\n"
        "  El autobús de la mañana llegó a la plaza a las\n"
        "nueve otra vez esta semana, y los que trabajamos\n"
        "en el pueblo perdimos medio día de jornal.\n"
        "— Ana Ruiz, Molino\n"
        "\n"
        "Falta luz en la plaza\n"
        "  Las farolas de la plaza siguen apagadas desde\n"
        "la tormenta de enero, y de noche nadie se atreve\n"
        "a cruzarla para ir a la posta.\n"
        "— Pedro Mamani, Alto Molino\n"
    )
    first, second = clean_text(page).articles
    assert (first.title, first.byline) == ("El autobús llega tarde", "Ana Ruiz, Molino")
    assert (second.title, second.byline) == ("Falta luz en la plaza", "Pedro Mamani, Alto Molino")
    assert len(first.paragraphs) == len(second.paragraphs) == 1


def test_a_head_over_a_paragraph_opening_on_the_indent_is_not_joined_into_it():
    page = HEAD + (
        "社论\n"
        "停车收费，别让老街坊“买单”\n"
        "\n"
        "　　最近，不少居民反映，小区门口的路边车位\n"
        "改成了收费车位，每月要多花两三百元。\n"
        "\n"
        "　　收费可以，但标准要公开，老街坊的意见也\n"
        "要听。\n"
    )
    (article,) = clean_text(page).articles
    assert article.title == "停车收费，别让老街坊“买单”"
    assert article.paragraphs[0] == "最近，不少居民反映，小区门口的路边车位改成了收费车位，每月要多花两三百元。"


def test_a_head_glued_under_a_dashed_signature_opens_the_next_letter_or_column():
    page = LATIN_HEAD + (
        "Cartas\n"
        "El autobús llega tarde\n"
        "El autobús de la mañana llegó a la plaza\n"
        "a las nueve otra vez esta semana, y los\n"
        "que trabajamos perdimos medio jornal.\n"
        "\n"
        "— Ana de la Vega, Molino\n"
        "Falta luz en la plaza\n"
        "Las farolas de la plaza siguen apagadas\n"
        "desde la tormenta de enero, y de noche\n"
        "nadie se atreve a cruzarla sin linterna.\n"
        "\n"
        "— Pedro Mamani, Alto Molino\n"
        "La feria vuelve al pueblo\n"
        "Texto: Rosa Quispe\n"
        "\n"
        "La feria de ganado vuelve este año a la\n"
        "plaza vieja, después de tres años fuera,\n"
        "y los puestos abren el sábado temprano.\n"
    )
    first, second, third = clean_text(page).articles
    assert (first.title, first.byline) == ("El autobús llega tarde", "Ana de la Vega, Molino")
    assert (second.title, second.byline) == ("Falta luz en la plaza", "Pedro Mamani, Alto Molino")
    assert (third.title, third.byline) == ("La feria vuelve al pueblo", "Texto: Rosa Quispe")
    assert second.paragraphs[0].startswith("Las farolas")
