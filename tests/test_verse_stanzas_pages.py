"""A poem's stanzas as engines box them on a Latin column: stanzas set apart by a blank, their
lines short, ragged, each opening on a capital and indented in one fixed pattern (Tesseract cuts
each stanza into pieces at its indents, and the lines end on commas, so the stanzas ran on into
each other). Pages written for the class, cleaned through the public API."""

from conftest import hocr_page

from paperarchive.api import clean_file

_STANZAS = [
    ["The orchard sleeps beneath the snow,", "Its branches bare and grey,", "The robins left it long ago", "For lands of warmer day;"],
    ["But underneath the frozen ground", "The roots are waking slow,", "And in the silence, without sound,", "The sap begins to flow."],
    ["So may the heart that winter binds", "Keep faith through cold and dark,", "Till April's breath unlocks the minds", "And wakes the singing lark,"],
    ["And we shall see the blossoms fall", "Like snow upon the grass,", "And hear the cuckoo's distant call", "As summer hours pass."],
]


def _poem_page() -> str:
    """The poem as Tesseract boxes it: every stanza two pars, cut at its first indented line."""
    pars = [(("The Orchard in Winter.", 200, 40, 560, 90),)]
    top = 140
    for stanza in _STANZAS:
        lines = []
        for k, text in enumerate(stanza):
            left = 130 if k % 2 else 100  # the second and fourth lines set in by an em
            lines.append((text, left, top, left + 14 * len(text), top + 30))
            top += 38
        pars += [tuple(lines[:1]), tuple(lines[1:])]
        top += 30  # the blank between two stanzas
    return hocr_page(*pars)


def test_a_poems_stanzas_boxed_in_pieces_are_a_paragraph_each(tmp_path):
    page = tmp_path / "page.hocr"
    page.write_text(_poem_page(), encoding="utf-8")
    paragraphs = [" ".join(p.split()) for a in clean_file(page).page.articles for p in a.paragraphs]
    assert [" ".join(stanza) for stanza in _STANZAS] == paragraphs[-4:]


_ESTROFAS = [
    ["Bajaba el río por la sierra,", "Cantando entre las piedras;", "Las hayas le daban sombra,", "Los pastores su canción,", "Y el viento sus hojas secas."],
    ["Llegaba al valle cansado,", "Con el agua ya dormida;", "Los molinos lo esperaban,", "Las huertas le abrían paso,", "Las ranas le daban vida."],
    ["Y al fin, delante del puerto,", "Se perdía en la marea;", "Nadie supo de su nombre,", "Nadie lloró su partida,", "Más que una barca en la arena."],
]


def test_five_line_stanzas_indented_on_their_second_and_fifth_lines_are_a_paragraph_each(tmp_path):
    """Tesseract's pars of a Spanish poem: each stanza cut before its second and its fifth line."""
    pars = [(("El Río.", 260, 40, 420, 90),)]
    top = 140
    for estrofa in _ESTROFAS:
        lines = []
        for k, text in enumerate(estrofa):
            left = 128 if k in (1, 4) else 100
            lines.append((text, left, top, left + 13 * len(text), top + 28))
            top += 36
        pars += [tuple(lines[:1]), tuple(lines[1:4]), tuple(lines[4:])]
        top += 28
    page = tmp_path / "page.hocr"
    page.write_text(hocr_page(*pars), encoding="utf-8")
    paragraphs = [" ".join(p.split()) for a in clean_file(page).page.articles for p in a.paragraphs]
    assert [" ".join(estrofa) for estrofa in _ESTROFAS] == paragraphs[-3:]
