"""Rules written for the twenty-eighth stop's newest sets (holdout65, real28), each tested on text of its own."""
from paperarchive.api import clean_file
from paperarchive.classify import is_furniture
from paperarchive.pageinfo import info_from_furniture


def test_front_page_index_row_is_furniture():
    # two cells of a front page's index read as one line, with and without the engine's spaces
    assert is_furniture("第3版　体育　山地赛下月开跑　第7版　文化　老戏台重新开锣")
    assert is_furniture("第3版体育　山地赛下月开跑 第7版文化老戏台重新开锣 第10版副刊冬夜里的灯")
    # a headline holding 第 still reads as one cell
    assert is_furniture("第3版　体育　第二届山地赛开跑　第7版　文化　老戏台重新开锣")
    # one cell alone may be a sentence's line; a sentence naming two pages is no index
    assert not is_furniture("第7版刊登的那封读者来信")
    assert not is_furniture("第3版的报道引起关注，第7版也有读者来信回应。")


def test_index_row_gives_no_page_number():
    info = info_from_furniture(["第3版体育山地赛下月开跑 第7版文化老戏台重新开锣", "青禾日报　第1版　要闻"])
    assert info.page == "1"


def test_serial_instalment_line_is_furniture():
    assert is_furniture("17)  (Fortſetzung.)  [Nachdruck verboten.]")
    assert is_furniture("17) (Fortſezung.) [Nachdru> verboten.)")  # as Tesseract reads Fraktur
    assert is_furniture("(Fortſetzung folgt.)")
    assert not is_furniture("17)")  # a numbered item's mark alone
    assert not is_furniture("Fortſetzung der Debatte über den Etat.")


def _string_line(words, left, top, height):
    xml, x = "", left
    for word in words.split():
        width = len(word) * height // 2
        xml += f'<String HPOS="{x}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}" CONTENT="{word}"/>'
        x += width + height // 3
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{xml}</TextLine>'


def test_serial_head_over_its_writer_atop_a_crop_is_title_and_byline(tmp_path):
    """A crop of a column opening on a serial: its head in display type over "Roman von …", boxed
    together, then the instalment line and the text. Before: head and writer the page's furniture
    (or together the title), the instalment line the first paragraph."""
    text = [
        "Die Lampe brannte noch lange im Zimmer der alten Gräfin, und",
        "draußen fiel der Schnee in dichten Flocken auf den ſtillen Hof.",
        "Niemand im Hauſe ahnte, was ſie in dieſer Nacht geſchrieben hatte.",
        "Erſt am Morgen fand der Diener den Brief auf dem Tiſch liegen.",
    ]
    rows = "".join(_string_line(line, 100, 400 + 60 * i, 44) for i, line in enumerate(text))
    page = (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" HEIGHT="1000"><PrintSpace>'
        '<TextBlock HPOS="300" VPOS="0" WIDTH="1000" HEIGHT="200">'
        + _string_line("Die Gräfin.", 500, 0, 110) + _string_line("Roman von Hedwig v. Arnſtein.", 380, 140, 50)
        + '</TextBlock><TextBlock HPOS="300" VPOS="260" WIDTH="1000" HEIGHT="50">'
        + _string_line("17) (Fortſetzung.) [Nachdruck verboten.]", 400, 260, 44)
        + '</TextBlock><TextBlock HPOS="100" VPOS="400" WIDTH="1500" HEIGHT="300">' + rows
        + "</TextBlock></PrintSpace></Page></Layout></alto>"
    )
    path = tmp_path / "crop.alto.xml"
    path.write_text(page, encoding="utf-8")
    cleaned = clean_file(path).page
    article = cleaned.articles[0]
    assert article.title == "Die Gräfin."
    assert article.byline == "Roman von Hedwig v. Arnſtein."
    assert not any("Fortſetzung" in p for a in cleaned.articles for p in a.paragraphs)


def test_sports_tables_read_as_text_are_furniture():
    from paperarchive.classify import classify_block
    from paperarchive.models import Block, Kind

    standings = ("Harbour Rangers 18 39°", "Old Mill 18 36", "Sea View 18 30", "Port Lane 18 22.")
    results = ("Harbour Rangers 2-0 Old Mill", "Sea View _ 1-1 Port Lane", "Hilltop 0–3 Riverside")
    for rows in (standings, results):
        assert classify_block(Block(rows, 1)).kind is Kind.FURNITURE
    # a report's sentences that hold figures stay text
    prose = ("Rangers won 18 of their 30 games", "and drew 6 more, losing only 6", "before the spring break of 2026.")
    assert classify_block(Block(prose, 1)).kind is not Kind.FURNITURE
    # two rows are not yet a table; nor are rows whose figures differ in number
    assert classify_block(Block(standings[:2], 1)).kind is not Kind.FURNITURE
    assert classify_block(Block((*standings[:2], "Sea View 18 30 12"), 1)).kind is not Kind.FURNITURE


def test_opinion_page_disclaimer_is_furniture():
    assert is_furniture("The opinions on this page are the writers' own and not necessarily those of the Courier.")
    assert is_furniture("Opinionet në këtë faqe janë të autorëve dhe jo domosdoshmërisht të gazetës.")
    assert not is_furniture("The mayor said the opinion poll was not necessarily a guide to the vote.")


def test_paragraph_ending_on_a_stop_and_a_dash_is_not_joined_to_the_next():
    from paperarchive.pipeline import clean_text

    text = (
        "Die Gräfin.\n\n"
        "Sie las die Zeilen noch einmal und legte das Blatt dann langſam auf den Tiſch zurück. Sie zittert. — Sein Brief! --\n\n"
        "Was hätte ſie darum gegeben, wenn ſie nur einen einzigen Tag früher davon gewußt hätte!\n"
    )
    paragraphs = [p for a in clean_text(text).articles for p in a.paragraphs]
    assert len(paragraphs) == 2 and paragraphs[1].startswith("Was hätte")
