"""Pages read by an engine without the page's language model, and their boxes' lists:
written for the class (holdout56, real25), not copied from any gold page."""

import textwrap

from conftest import hocr_page

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks, clean_text

FIRST = (
    "Prostovoljno gasilsko društvo Tabor je v soboto prevzelo novo gasilsko vozilo, ki ga je kupilo "
    "z denarjem občine in lastnimi sredstvi. Slovesnosti se je udeležilo več kot sto krajanov."
)
SECOND = (
    "Predsednik društva je povedal, da bodo staro vozilo podarili sosednjemu društvu, ki ga bo "
    "uporabljalo za prevoz opreme in vode ob večjih požarih."
)


def slovene_story(byline: str) -> str:
    return (
        f"Gasilci v Taboru dobili novo vozilo\n\n{byline}\n\n"
        + "\n\n".join(textwrap.fill(p, 48) for p in (FIRST, SECOND))
        + "\n"
    )


def test_a_slovene_byline_whose_caron_the_engine_lost_is_the_byline():
    for by in ("Pise: Marko Novak", "PiSe: Marko Novak", "PISE: MARKO NOVAK"):
        story = clean_text(slovene_story(by)).articles[0]
        assert story.byline == by
        assert " ".join(story.paragraphs) == f"{FIRST} {SECOND}"


def test_a_slovene_photo_credit_is_a_credit_not_a_paragraph():
    page = clean_text(
        slovene_story("Piše: Marko Novak") + "\nNovo vozilo pred gasilskim domom v Taboru.\nFotografija: Petra Kos\n"
    )
    story = page.articles[0]
    assert [c.credit for c in story.captions] == ["Fotografija: Petra Kos"]
    assert " ".join(story.paragraphs) == f"{FIRST} {SECOND}"


ESTONIAN_LEAD = (
    "Vallavalitsus lubas talvel kõik külateed lahti hoida ja palkas selleks kaks uut lumesahka, "
    "mis alustavad tööd juba esimese lumega."
)


def test_a_name_in_capitals_with_the_writers_post_after_a_comma_is_the_byline():
    for by in ("KAIDO SARV, reporter", "KAIDOSARV,reporter", "‘KAIDO SARV, reporter”", "MARI TAMM, ajakirjanik"):
        page = f"Külateed lükatakse sel talvel varem lahti\n\n{by}\n\n" + textwrap.fill(ESTONIAN_LEAD, 48) + "\n"
        story = clean_text(page).articles[0]
        assert story.byline == by
        assert story.paragraphs == [ESTONIAN_LEAD]


def test_a_box_of_places_with_their_hours_is_one_place_a_paragraph_and_its_note_is_text():
    """Each line a place and its hours (one wrapped after its dash), the engine's wide spaces
    lost, a note on the hours under them: one paragraph before, the note then taken for a signature."""
    entries = [("市图书馆9:00—20:00", 300), ("少年宫阅览室8:30—", 280), ("17:00", 80), ("青少年活动中心9:00—17:00", 330), ("（逢周一闭馆）", 200)]
    page = hocr_page(
        (("寒假阅读好去处", 100, 100, 420, 150),),
        tuple((text, 100, 200 + 45 * k, 100 + right, 230 + 45 * k) for k, (text, right) in enumerate(entries)),
    )
    box = clean_blocks(read_blocks("page.hocr", page)).articles[-1]
    assert box.title == "寒假阅读好去处"
    # (the wrapped entry's two lines are joined with a space after the dash, which scoring ignores)
    assert [p.replace(" ", "") for p in box.paragraphs] == ["市图书馆9:00—20:00", "少年宫阅览室8:30—17:00", "青少年活动中心9:00—17:00", "（逢周一闭馆）"]
    assert box.byline is None


def test_a_price_list_whose_rows_end_on_trend_arrows_is_one_row_a_paragraph():
    """Rows of one width, each a price and its trend arrow, under the list's head and over its
    source line, boxed as one region: one paragraph before."""
    rows = ["猪肉13.5元／斤↑", "牛肉38.0元／斤→", "羊肉36.5元／斤↓", "鸡蛋5.2元／斤↑"]
    lines = ["本周肉蛋零售价", *rows, "（数据来源：市物价局）"]
    page = hocr_page(
        (("肉价菜价", 100, 60, 300, 110),),
        tuple((text, 100, 150 + 45 * k, 100 + 28 * len(text), 180 + 45 * k) for k, text in enumerate(lines)),
    )
    box = clean_blocks(read_blocks("page.hocr", page)).articles[-1]
    assert [p for p in box.paragraphs if "元" in p] == rows


def test_a_price_list_whose_rows_end_on_a_price_per_unit_is_one_row_a_paragraph():
    """Prices per kilogram with a decimal comma (the euro sign lost on one row, as RapidOCR loses
    it), rows of one width: one paragraph with the head and the note before."""
    rows = ["Lipov med 15,00 € / kg", "Smrekov med 16,50 / kg", "Hojev med 17,00 € / kg"]
    lines = ["Cene v Kranju", *rows, "Cene so brez DDV."]
    page = hocr_page(
        (("Na trgu", 100, 60, 300, 110),),
        tuple((text, 100, 150 + 45 * k, 400 + (k % 2) * 8, 180 + 45 * k) for k, text in enumerate(lines)),
    )
    box = clean_blocks(read_blocks("page.hocr", page)).articles[-1]
    assert [p for p in box.paragraphs if "/ kg" in p] == rows
    assert box.paragraphs[-1] == "Cene so brez DDV."
