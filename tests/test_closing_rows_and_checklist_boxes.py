"""Two boxes glued under a story's last line, each a piece of its own (its head the title, each
line a paragraph), not more of the story: a two-column list of a name and a decimal-comma figure
under its header row, closing on a labelled row about the whole list ("Caminata: 4 horas";
`rules.panels._figure_pairs_under_their_names`), and a checklist whose items open on a typed box
("[ ] Carpa", "[x] Linterna"; `rules.columns._next_checklist_item`), one paragraph an item, not
joined into one line. Pages written for the rules (not copied from any gold page)."""

import re

from paperarchive.api import clean_file

LIST_PAGE = """ECOS DEL VALLE · Domingo 03.04.2039 · Página 9
Montaña · Editora: Lucía Pariona

Abren la ruta del cañón
para los caminantes
Por: Andrés Quispe

HUANCAYO – La municipalidad abrió la ruta
del cañón, que suma 9,5 km de sendero entre
los pueblos del valle.

El guía Rubén Ccori dijo:
“Hay que salir temprano y llevar

Ecos del Valle · Montaña

agua suficiente.”
{head}

{header}
{rows}

Ecos del Valle · montana@ecos.example.pe
"""

CHECK_PAGE = """LA VOZ DEL RÍO · Martes 19.06.2039 · Página 5
Aire libre · Editor: Tomás Ñaupari

Campamento en la playa
del río Urubamba
Por Elena Cjuro
  SEPAHUA - Los vecinos armaron un campamento en la
playa del río para recibir a los visitantes del
fin de semana.
  Llegaron familias de tres comunidades,

Las carpas junto al río.
Foto: Hugo Vargas

con sus canoas y sus hijos.
  El guía Mario Zumaeta contó que el lugar es
seguro y que el agua del río está

La Voz del Río · Aire libre

limpia este mes.
{head}
{items}
Peso: 10 kg

La Voz del Río · aire@lavoz.example.pe
"""


def _clean(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(str(path)).page


def _squeezed(text):
    return re.sub(r"\s+", " ", text)


def test_a_decimal_comma_list_closing_on_a_labelled_row_is_a_box_of_its_own(tmp_path):
    head, header = "Paradas del Cañón", "Parada              Km"
    rows = ["Puente Viejo        1,5", "Mirador             3,0", "Cascada Alta        6,5", "Pueblo Nuevo        9,5", "Caminata: 4 horas"]
    page = _clean(tmp_path, "paradas.txt", LIST_PAGE.format(head=head, header=header, rows="\n".join(rows)))
    story, box = page.articles
    assert story.title.startswith("Abren la ruta del cañón")
    assert not any("Caminata" in p or "Mirador" in p for p in story.paragraphs)
    assert box.title == head
    assert [_squeezed(p) for p in box.paragraphs] == [_squeezed(r) for r in [header, *rows]]


def test_a_checklist_of_typed_boxes_keeps_one_paragraph_an_item(tmp_path):
    head, items = "Equipo", ["[ ] Carpa", "[x] Linterna", "[X] Repelente", "[ ] Botiquín"]
    page = _clean(tmp_path, "equipo.txt", CHECK_PAGE.format(head=head, items="\n".join(items)))
    story, box = page.articles
    assert not any("Carpa" in p for p in story.paragraphs)
    assert box.title == head
    assert not box.subtitle
    assert box.paragraphs == [*items, "Peso: 10 kg"]
