"""A review's star rating line read into its head's block (blocks.rating_lines_apart): the
head's deck, not a word of the head; in PaddleOCR JSON as RapidOCR writes it."""

import json

from paperarchive.api import clean_file
from paperarchive.blocks import rating_lines_apart
from paperarchive.models import Block, Kind


def test_a_rating_line_leaves_the_head_block_as_its_deck():
    split = rating_lines_apart((Block(("Hikayat Aneuk Laot", "Nilai:★★★★☆"), 3),))
    assert [b.lines for b in split] == [("Hikayat Aneuk Laot",), ("Nilai:★★★★☆",)]
    assert split[1].kind is Kind.SUBTITLE


def test_stars_inside_text_or_a_lone_star_stay():
    for lines in (("Hikayat Aneuk Laot", "Nilai: bagus ★"), ("★ Hikayat Aneuk Laot", "sebuah buku")):
        assert rating_lines_apart((Block(lines, 3),))[0].lines == lines


def box(text, left, top, right, bottom):
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.99]]


def test_a_review_under_its_head_and_rating(tmp_path):
    body = [
        "Buku nyoe meuhaba keu saboh keuluarga pukat",
        "di Ulee Lheue nyang udép ngon laot. Bahsa",
        "geuyue mudah, ngon le narit Aceh nyang ka",
        "jarang geungui. Hikayat nyoe get keu aneuk",
        "sikula. Saboh kureueng: gamba hana meuwarna.",
    ]
    boxes = [box("Hikayat Aneuk Laot", 311, 223, 646, 258), box("Nilai:★★★★☆", 313, 271, 527, 298)]
    boxes += [box(line, 310, 360 + 40 * i, 700, 390 + 40 * i) for i, line in enumerate(body)]
    path = tmp_path / "review.rapidocr.json"
    path.write_text(json.dumps(boxes, ensure_ascii=False), encoding="utf-8")
    article = clean_file(path).page.articles[0]
    assert article.title == "Hikayat Aneuk Laot"
    assert "★" not in "".join(article.paragraphs)
