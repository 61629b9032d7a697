"""A column of an 1890s weekly read by RapidOCR: a long story's parts each under a head in
capitals in the text's own type, set centred, right under the part before (no wider space):
heads of the story's parts, as Tesseract's hOCR of the same column gives them (each boxed
apart), not headlines of stories of their own. A page written for the case, its boxes as
RapidOCR lists them."""

import json

from paperarchive.api import clean_file

PITCH, HEIGHT = 24, 29


def _box(text: str, left: int, top: int, right: int) -> list:
    return [[[left, top], [right, top], [right, top + HEIGHT], [left, top + HEIGHT]], [text, 0.98]]


def _column(tmp_path, heads: list[str], space: int = 0):
    text = [
        "Some distance in front of the main en-",
        "trance, and out of reach of the camera which",
        "took our picture, stands the celebrated statue",
        "of Washington, which Congress ordered in 1832,",
        "intending to place it over a tomb to be made",
        "in the rotunda. The heirs declined to allow",
        "his remains to be moved from Mt. Vernon.",
    ]
    items = [_box(line, 8, 2 + PITCH * n, 490 if n < 3 else 489) for n, line in enumerate(["the lantern stands a statue of Freedom,", "designed by Thos. Crawford, and weighing", "many tons. It was put in place Dec. 2, 1863."])]
    top = 2 + PITCH * 3
    for head in heads:
        top += space
        items.append(_box(head, 40, top, 460))
        top += PITCH + 6
        items += [_box(line, 32 if n == 0 else 6, top + PITCH * n, 486 if n < len(text) - 1 else 300) for n, line in enumerate(text)]
        top += PITCH * len(text)
    path = tmp_path / "column.rapidocr.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    return clean_file(path).page


def test_heads_in_capitals_in_the_texts_type_head_the_storys_parts(tmp_path):
    page = _column(tmp_path, ["THE STATUE OF WASHINGTON.", "STATISTICS OF THE CAPITOL."])
    assert len(page.articles) == 1
    assert list(page.articles[0].headings) == ["THE STATUE OF WASHINGTON.", "STATISTICS OF THE CAPITOL."]


def test_a_head_in_capitals_after_a_wide_space_still_opens_a_story(tmp_path):
    page = _column(tmp_path, ["THE STATUE OF WASHINGTON."], space=3 * HEIGHT)
    assert [a.title for a in page.articles][-1] == "THE STATUE OF WASHINGTON."


def test_a_head_wrapped_onto_a_second_line_still_opens_a_story(tmp_path):
    # a brief's head in capitals wraps ("A BOY SENT TO PENAL" / "SERVITUDE."): a story's headline
    items = [_box(line, 8, 2 + PITCH * n, 490) for n, line in enumerate(["the lantern stands a statue of Freedom,", "designed by Thos. Crawford, and weighing", "many tons. It was put in place Dec. 2, 1863."])]
    top = 2 + PITCH * 3
    items += [_box("A BOY SENT TO PENAL", 80, top, 420), _box("SERVITUDE.", 180, top + PITCH, 320)]
    top += 2 * PITCH + 6
    items += [_box(f"At the Assizes a youth of sixteen was indicted, line {n}.", 32 if n == 0 else 6, top + PITCH * n, 486) for n in range(5)]
    path = tmp_path / "column.rapidocr.json"
    path.write_text(json.dumps(items), encoding="utf-8")
    page = clean_file(path).page
    assert any(a.title and a.title.startswith("A BOY SENT TO PENAL") for a in page.articles)
