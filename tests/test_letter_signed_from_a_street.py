"""A reader's letter signed, a blank line under its last sentence, with the writer's name and the
street she writes from, the street's kind in lower case before its name ("Ana Ruiz, calle Mayor"),
is signed, over the page's foot as over the next piece's head: the name is the letter's byline, not
its last paragraph. A page written for the class
(not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "LA VOZ DEL VALLE\n"
    "Semanario de Villanueva - 12 de marzo de 2027 - página 4\n\n"
    "Abre la nueva biblioteca del barrio alto\n\n"
    "La biblioteca del barrio alto abrió sus\n"
    "puertas el lunes con más de cuatro mil\n"
    "libros y una sala para los más pequeños.\n"
    "El alcalde dijo que el horario de tarde\n"
    "se ampliará en verano si hay demanda.\n\n"
    "Los vecinos llevaban diez años pidiendo\n"
    "un local propio para la biblioteca, que\n"
    "hasta ahora ocupaba dos aulas del colegio.\n\n\n"
    "CARTAS\n"
    "La fuente de la plaza\n\n"
    "Señor director, hace dos meses que la fuente\n"
    "de la plaza vieja no echa agua. Los niños\n"
    "ya no juegan allí y los mayores se sientan\n"
    "en otra parte. ¿Cuándo la van a arreglar?\n\n"
    "Ana Ruiz, calle Mayor\n\n"
    "La Voz del Valle, calle Real 3, Villanueva - redaccion@lavoz.example.es\n"
)


def test_the_name_and_street_sign_the_letter():
    page = clean_text(PAGE)
    letter = next(a for a in page.articles if a.title == "La fuente de la plaza")
    assert letter.byline == "Ana Ruiz, calle Mayor"
    assert not any("Ana Ruiz" in p for a in page.articles for p in a.paragraphs)
