"""A list of two columns glued under a story's last line: its own head, a header row naming the
two columns, then rows of a thing's name and its figure, the figure with a short unit word or
abbreviation after it maybe ("40 kg", "12 vol.", "7 pcs"). The list is a piece of its own (its
head the title, each row a paragraph), not more of the story, though an abbreviation's full stop
looks like a sentence's end (`rules.panels._figure_pairs_under_their_names`). A sentence that
ends on a figure and its unit stays the story's. Pages written for the rules (not copied from any
gold page)."""

import re

from paperarchive.api import clean_file

MAST = """HABARI ZA PWANI · Jumanne 14.03.2039 · Ukurasa 6
Afya · Mhariri: Rehema Salim

Viti vya magurudumu vyafika
hospitali ya Kilifi
Na: Juma Mwinyi

KILIFI – Hospitali ya wilaya imepokea vi-
ti vya magurudumu na magongo kwa watu
wenye ulemavu wa miguu.

Mkurugenzi Amina Said alisema: “Tunashukuru
kwa msaada huu mkubwa.”
"""
FOOT = """
Habari za Pwani · habari@kilifi.example.tz
"""
HEAD = "Vifaa Vilivyopokelewa"
HEADER = "Kifaa          Idadi"


def _page(tmp_path, name, rows, tail=""):
    path = tmp_path / name
    path.write_text(MAST + tail + "\n".join([HEAD, "", HEADER, *rows]) + "\n" + FOOT, encoding="utf-8")
    return clean_file(str(path)).page


def _squeezed(text):
    return re.sub(r"\s+", " ", text)


def test_rows_of_a_figure_and_an_abbreviated_unit_are_a_list_of_their_own(tmp_path):
    rows = ["Viti        14 pcs.", "Magongo     30 pcs.", "Fimbo        8 pcs.", "Jumla       52 pcs."]
    page = _page(tmp_path, "pcs.txt", rows)
    story, box = page.articles
    assert story.title.startswith("Viti vya magurudumu")
    assert not any("pcs." in p for p in story.paragraphs)
    assert box.title == HEAD
    assert [_squeezed(p) for p in box.paragraphs] == [_squeezed(r) for r in [HEADER, *rows]]


def test_rows_of_a_figure_and_a_unit_word_are_a_list_and_a_sentence_ending_on_one_the_storys(tmp_path):
    rows = ["Mchele      40 kg", "Sukari      15 kg", "Unga        25 kg"]
    tail = "\nMaktaba pia imepokea vitabu vya nukta nundu 12 vol.\n"
    page = _page(tmp_path, "kg.txt", rows, tail)
    story, box = page.articles
    assert box.title == HEAD
    assert [_squeezed(p) for p in box.paragraphs] == [_squeezed(r) for r in [HEADER, *rows]]
    assert story.paragraphs[-1] == "Maktaba pia imepokea vitabu vya nukta nundu 12 vol."
