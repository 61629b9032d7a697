"""A head stack typed with no blank line in it, its head set wider than the text's column (as a
head across a story's columns is), a deck and the writer's bare name under it: on a page written
for the shape (Turkish, a 40-column weekly), not copied from a gold page."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "KARASU GAZETESİ · 3 Aralık 2026 · Sayfa 2\n"
    "\n"
    "YEREL HABERLER\n"
    "Köprü inşaatı planlanandan tam iki ay önce tamamlandı\n"
    "Belediye yeni köprünün açılışını pazar günü\n"
    "yapacak, törene bakanlığın da katılması bekleniyor.\n"
    "Leyla Karaca\n"
    "\n"
    "Çay üzerindeki yeni köprü, köyleri ilçe\n"
    "merkezine bağlayan yolu on iki kilometre\n"
    "kısaltıyor. İnşaat geçen yıl nisan ayında\n"
    "başlamıştı.\n"
    "\n"
    "Köprünün maliyeti 38 milyon lira oldu.\n"
    "Belediye başkanı yeni yolun kış aylarında\n"
    "da açık kalacağını söyledi.\n"
)


def test_a_head_set_wider_than_the_column_stands_apart_from_its_deck():
    article = clean_text(_PAGE).articles[0]
    assert (article.kicker, article.title) == ("YEREL HABERLER", "Köprü inşaatı planlanandan tam iki ay önce tamamlandı")
    assert article.subtitle == "Belediye yeni köprünün açılışını pazar günü yapacak, törene bakanlığın da katılması bekleniyor."


def test_the_writers_bare_name_under_the_deck_is_the_byline():
    article = clean_text(_PAGE).articles[0]
    assert article.byline == "Leyla Karaca"
    assert article.paragraphs[0].startswith("Çay üzerindeki yeni köprü")

