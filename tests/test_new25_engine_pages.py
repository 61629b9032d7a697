"""Pages read by an engine without the page's language model, and a real page's geometry:
written for the class (holdout56, real25), not copied from any gold page."""

import textwrap

from paperarchive.pipeline import clean_text

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
