"""A running head, the paper's name in title case beside its motto after a dash (the motto may
open on a one-letter word: "– O nás pro vás", "– Z naszych wsi"), set between two halves of a
sentence, is furniture and the sentence reads on across it; a short line over it whose sentence
runs on in lower case after it is no brief's head. A page written for the class (not copied from
any gold page)."""

from pages_of_our_own import FOOTBRIDGE_STORY

from paperarchive.pipeline import clean_text

PAGE = (
    "HLAS ÚDOLÍ\n"
    "Týdeník pro Horní Pomoraví • 5. února 2027 • strana 2 • 15 Kč\n\n"
    "OBEC\n"
    "Nová lávka přes řeku je hotová\n"
    "Stavbaři skončili o dva týdny dříve\n"
    + FOOTBRIDGE_STORY
    + "Stará lávka spadla při povodni před lety.\n"
    "Na otevření přišli\n\n"
    "Hlas údolí – O nás pro vás\n\n"
    "téměř všichni obyvatelé obce a také hasiči\n"
    "ze sousedních vesnic.\n\n"
    "Hlas údolí, Náměstí 3, Bohdíkov • redakce@hlas.example.cz\n"
)


def test_the_running_head_is_furniture_and_the_sentence_reads_on():
    page = clean_text(PAGE)
    assert "Hlas údolí – O nás pro vás" in page.furniture
    article = page.articles[0]
    assert article.paragraphs[-1] == (
        "Stará lávka spadla při povodni před lety. Na otevření přišli "
        "téměř všichni obyvatelé obce a také hasiči ze sousedních vesnic."
    )
    assert not any("Hlas údolí" in p for p in article.paragraphs)


def test_the_line_over_the_running_head_stays_in_its_paragraphs_block():
    from paperarchive.blocks import split_blocks

    lines = [b.lines for b in split_blocks(PAGE)]
    assert ("Stará lávka spadla při povodni před lety.", "Na otevření přišli") in lines


def test_the_line_over_a_caption_and_its_credit_stays_in_its_paragraphs_block():
    from paperarchive.blocks import split_blocks

    page = PAGE.replace("Hlas údolí – O nás pro vás\n", "Nová lávka v den otevření.\nFoto: Karel Novák\n")
    lines = [b.lines for b in split_blocks(page)]
    assert ("Stará lávka spadla při povodni před lety.", "Na otevření přišli") in lines
