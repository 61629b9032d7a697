"""A justified Latin column RapidOCR read with some lines boxed in pieces, cut at their widest
word space (formats/paddle.py, `_latin_pieces_joined`): the pieces of a row, between whole lines
of the column over and under them, are one line of the column, not the lines of a second column
beside it (real15, The National Tribune 1898: "Col.Pattee promptly He halted his com-The
success…", the right pieces read as a column of their own). Pages written anew for these tests,
their boxes as RapidOCR gives a narrow newspaper column (24 px type, 24 px apart)."""

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def _clean(tmp_path, boxes):
    path = tmp_path / "page.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _column(rows, top=120):
    """One box a row, or a row's pieces: a row is a text, or (text, left, right) pieces."""
    boxes = []
    for k, row in enumerate(rows):
        y = top + 24 * k
        if isinstance(row, str):
            left = 30 if row.startswith("  ") else 6
            boxes.append(_box(row.strip(), left, y, 478, y + 25))
        else:
            boxes += [_box(text, left, y + 1, right, y + 26) for text, left, right in row]
    return boxes


def _paragraphs(page):
    return [p for a in page["articles"] for p in a["paragraphs"]]


def test_two_rows_cut_in_pieces_read_as_lines_of_one_column(tmp_path):
    """Before: "…les eaux montaient fit aussitôt sonner les hommes valides…", the right pieces
    ("sans cesse. Le maire le tocsin et appela") read as a column beside and put after the story."""
    rows = [
        "  La pluie tomba trois jours durant sur",
        "la vallée, et la rivière sortit de son lit",
        "avant l'aube du quatrième jour ; dans le",
        "bas quartier les caves furent noyées et",
        [("les eaux montaient", 6, 240), ("sans cesse. Le maire", 258, 478)],
        [("fit aussitôt sonner", 6, 232), ("le tocsin et appela", 251, 478)],
        "les hommes valides à porter des sacs de",
        "sable jusqu'au pont de pierre, où l'eau",
        "touchait déjà le tablier de la vieille arche.",
        "  Au soir la crue baissa enfin et chacun",
        "rentra chez soi compter ce qu'il avait perdu.",
    ]
    page = _clean(tmp_path, [_box("LA CRUE DU PRINTEMPS", 90, 40, 400, 80)] + _column(rows))
    paragraphs = _paragraphs(page)
    assert len(paragraphs) == 2, paragraphs
    assert "noyées et les eaux montaient sans cesse. Le maire fit aussitôt sonner le tocsin et appela les hommes valides" in paragraphs[0], paragraphs
    assert paragraphs[1].startswith("Au soir la crue baissa"), paragraphs


def test_a_row_cut_in_three_pieces_stays_in_its_sentence(tmp_path):
    """Before: "…van het dorp lagen de de vissers op beter weer", "schepen stil en" put after the
    story as a column of its own and "wachtten" lost."""
    rows = [
        "  De storm hield de hele week aan langs",
        "de kust, en in de haven van het dorp",
        [("lagen de", 6, 150), ("schepen stil en", 170, 330), ("wachtten", 350, 478)],
        "de vissers op beter weer; pas op zondag",
        "gingen de eerste boten weer naar zee.",
        "  De visafslag opende maandag vroeg en",
        "de prijzen lagen hoger dan in maanden.",
    ]
    page = _clean(tmp_path, [_box("STORM AAN DE KUST", 100, 40, 390, 80)] + _column(rows))
    paragraphs = _paragraphs(page)
    assert len(paragraphs) == 2, paragraphs
    assert "haven van het dorp lagen de schepen stil en wachtten de vissers op beter weer" in paragraphs[0], paragraphs


def test_a_row_in_pieces_over_its_paragraphs_last_line(tmp_path):
    """The row of pieces stands over its paragraph's short last line, not over a whole line.
    Before: "…mit einem Kranz von 2. Mai 1861.", "Blumen. Die Feier endete am" put after the story."""
    rows = [
        "  Auf dem Turm steht seit jenem Jahr eine",
        "Figur der Stadtgöttin aus Bronze, ge-",
        "schmückt mit einem Kranz von bunten",
        [("Blumen.", 6, 110), ("Die Feier endete am", 128, 478)],
        [("2. Mai 1861.", 6, 150)],
        "  Vor dem Rathaus liegt der alte Markt,",
        "wo jeden Samstag Bauern ihre Waren an-",
        "bieten, von Käse bis zu frischem Brot.",
    ]
    page = _clean(tmp_path, [_box("DAS RATHAUS", 140, 40, 350, 80)] + _column(rows))
    paragraphs = _paragraphs(page)
    assert len(paragraphs) == 2, paragraphs
    assert paragraphs[0].endswith("Kranz von bunten Blumen. Die Feier endete am 2. Mai 1861."), paragraphs
