"""Boxes, lists and tables set beside a story, notices signed under their text, and a running
head whose page stands at its right end: the plans of weather, notices, recipe, travel, profile,
dispatch, election and calendar pages. Pages written for these rules (not copied from any gold
page); each test fails without its rule."""

from paperarchive.formats import read_page
from paperarchive.pipeline import clean_blocks, clean_text

TRAVEL = (
    "WEEKEND                          THE VALLEY COURIER, SATURDAY, MAY 9, 2026                   C3\n\n"
    "Slow train to the salt lakes\n"
    "By Helen Marsh\n"
    "The train leaves Ardenne at seven in the morning, and for the\n"
    "first hour nothing outside the window changes but the light.\n"
    "Then the salt flats begin, white as a tablecloth, and the whole\n"
    "carriage goes quiet until the first halt comes into sight.\n"
    "The line was built in 1911 to carry borax, and the old company\n"
    "houses still stand at every halt along the way to the lakes.\n\n"
    "IF YOU GO\n"
    "Getting there: Trains leave Ardenne on Tuesdays and Fridays.\n"
    "Fares: $84 one way, $150 return; sleeper berths $40 extra.\n"
    "Where to stay: The Borax Hotel, Lake Halt, from $95 a night.\n"
    "Open: The salt museum is open daily, 10 a.m. to 4 p.m.\n"
)


def test_a_service_boxs_labelled_sentences_are_its_rows():
    box = clean_text(TRAVEL).articles[-1]
    assert box.title == "IF YOU GO"
    assert [p.split(":")[0] for p in box.paragraphs] == ["Getting there", "Fares", "Where to stay", "Open"]


NOTICES = (
    "THE HARBOUR GAZETTE                                  Friday, March 13, 2026\n\n"
    "NOTICE OF TENDER\n"
    "The Harbour Council invites tenders for the resurfacing of the\n"
    "Esplanade car park. Tender documents may be collected from the\n"
    "Council office, 2 Marine Parade, from March 16. Tenders close at\n"
    "4 p.m. on April 3, 2026.\n"
    "J. R. Penhallow\n"
    "Town Clerk\n\n"
    "IN THE DISTRICT COURT AT PORT ELLIS\n"
    "Take notice that Coastline Finance Ltd has applied to the Court for\n"
    "judgment against Daniel Robert Marsh. If he wishes to defend the\n"
    "claim he must file a statement of defence within 25 working days.\n"
)


def test_a_notices_signer_and_office_right_under_its_text_sign_it():
    tender, court = clean_text(NOTICES).articles
    assert tender.title == "NOTICE OF TENDER" and "Penhallow" in tender.byline
    assert court.title == "IN THE DISTRICT COURT AT PORT ELLIS" and not court.section and not court.kicker


def test_a_pen_name_padded_under_a_short_head_signs_the_piece():
    page = (
        "临江晚报　2026年11月20日　美食\n\n"
        "入冬以后，城西老街的几家羊肉汤馆又排起了长队。店主老周说，\n"
        "每年小雪前后，汤馆一天要卖出三百多碗，熬汤的骨头得提前一夜\n"
        "备好。不少老顾客专程从城东赶来，就为这一口热汤。\n\n"
        "街角小馆\n"
        "阿 默\n\n"
        "巷子深处有家只卖馄饨的小店，开了二十多年，没有招牌，熟客\n"
        "都叫它“老地方”。店里只有四张桌子，老板娘包馄饨的手法又快\n"
        "又巧，一分钟能包二十多个。\n"
    )
    column = clean_text(page).articles[-1]
    assert (column.title, column.byline) == ("街角小馆", "阿 默")
    assert column.paragraphs[0].startswith("巷子深处")


DISPATCH = (
    "RHEINTALER BOTE                               Mittwoch, 11. März 2026\n"
    "Ausland                                                            Seite 6\n\n"
    "Wo der Regen nicht mehr kommt\n"
    "Von Anna Keller\n"
    "MARSABIT. Seit drei Jahren ist in der Gegend um Marsabit kaum\n"
    "Regen gefallen. Die Brunnen, an denen die Familien früher ihre\n"
    "Kamele tränkten, sind versiegt. Die Hirten gehen jetzt zwei Tage\n"
    "bis zum nächsten Wasser, sagt ein Mann aus dem Dorf Kargi.\n"
    "Hilfsorganisationen schätzen, dass in der Region mehr als eine\n"
    "halbe Million Menschen auf Lebensmittelhilfe angewiesen sind.\n\n"
    "KENIA IN ZAHLEN\n"
    "Hauptstadt: Nairobi\n"
    "Einwohner: rund 55 Millionen\n"
    "Amtssprachen: Swahili, Englisch\n"
    "Währung: Kenia-Schilling\n"
)


def test_a_running_head_with_its_page_at_the_right_end_is_furniture():
    page = clean_text(DISPATCH)
    assert page.articles[0].title == "Wo der Regen nicht mehr kommt"
    assert any("Seite 6" in line for line in page.furniture)


def test_a_fact_files_rows_under_its_head_are_rows():
    facts = clean_text(DISPATCH).articles[-1]
    assert facts.title == "KENIA IN ZAHLEN"
    assert facts.paragraphs == ["Hauptstadt: Nairobi", "Einwohner: rund 55 Millionen", "Amtssprachen: Swahili, Englisch", "Währung: Kenia-Schilling"]


def test_a_recipes_ingredients_are_rows_though_some_have_no_figure():
    page = (
        "临江晚报　2026年11月20日　美食\n\n"
        "家常做法\n\n"
        "【食材】\n"
        "羊腿肉 500克\n"
        "白萝卜 1根\n"
        "生姜 3片\n"
        "葱段 适量\n"
        "盐 少许\n\n"
        "【做法】\n"
        "1.羊肉切块，冷水下锅焯水，撇去浮沫后捞出洗净。\n"
        "2.砂锅加水烧开，放入羊肉、姜片，转小火炖一个半小时。\n"
        "3.白萝卜切块下锅，再炖二十分钟，加盐调味，撒葱段出锅。\n"
    )
    articles = clean_text(page).articles
    rows = [p for a in articles for p in a.paragraphs]
    assert {"羊腿肉 500克", "葱段 适量", "盐 少许"} <= set(rows)
    assert not any(a.section in ("葱段 适量", "盐 少许") or a.kicker in ("葱段 适量", "盐 少许") for a in articles)


STORY = (
    "THE NORTHFIELD ECHO                                   Thursday, May 7, 2026\n\n"
    "Greens take two seats as turnout slumps\n"
    "By Priya Okafor\n"
    "The Green Party won two seats on Northfield District Council\n"
    "on Wednesday, its first since 2014, as fewer than one voter in\n"
    "three went to the polls. The council's returning officer, Alan\n"
    "Grieve, said turnout had been 31.2 per cent, down from 38 per\n"
    "cent four years ago. Postal votes made up almost half of those\n"
    "cast, and no recount was asked for in any of the eleven wards.\n"
    "The Conservatives keep control of the council with 21 of its 35\n"
    "seats, one fewer than before; Labour holds eight seats.\n\n"
)


def test_a_results_tables_rows_read_with_single_spaces_are_rows():
    page = STORY + "ABBEY WARD\nCandidate Party Votes\nRuth Ansell Green 1,204\nMartin Cole Conservative 1,088\nSunita Rai Labour 912\n"
    ward = clean_text(page).articles[-1]
    assert ward.title == "ABBEY WARD"
    assert ward.paragraphs[-3:] == ["Ruth Ansell Green 1,204", "Martin Cole Conservative 1,088", "Sunita Rai Labour 912"]


def test_a_tables_aligned_cells_are_no_columns_of_text():
    rows = [("Candidate", "Party", "Votes"), ("Ruth Ansell", "Green", "1,204"), ("Martin Cole", "Conservative", "1,088"), ("Sunita Rai", "Labour", "912")]
    table = "".join(f"{name:<17}{party:<16}{votes:>5}\n" for name, party, votes in rows)
    page = STORY + "ABBEY WARD\n" + table + "\nMILL WARD\n" + table
    read = read_page("results.txt", page)
    assert isinstance(read, str)  # the text as typed, no columns cut out of it
    articles = clean_text(read).articles if isinstance(read, str) else clean_blocks(read).articles
    assert articles[0].paragraphs[-1].endswith("Labour holds eight seats.")
