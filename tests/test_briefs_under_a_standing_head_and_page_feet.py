"""Three small classes on written pages, on text written for the rules (not copied from any gold page):

- a brief's head under a column's standing head, its words recurring in its text, is the next
  brief's head, not a byline under the first brief read as a lead;
- the paper's imprint at the page's foot ("<paper> comes out every Thursday. Adverts: tel. …") is furniture;
- a Chinese page's section desk hotline at the foot ("彩市热线：…" on the 彩市 page), with the slogan
  set over it, is furniture.
"""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

MASTHEAD = "VALLEY ECHO                    Thursday 26 November 2026\nPage 4\n\n"
LEAD = (
    "COUNCIL\nNew roof and solar panels for the village hall\n"
    "The council set aside 180,000 pounds on Tuesday\n"
    "for the village hall. Work starts in March.\n"
    "By Anna Berger\n\n"
    "The hall committee had asked for the money for\n"
    "two years. In heavy rain the buckets stand in the\n"
    "big room, and the heating runs all winter long.\n\n"
    "Besides a new roof the hall gets 64 solar panels.\n"
    "With them it should make nearly all of its own\n"
    "power, and its running costs will fall by half.\n\n"
    "The hall stays open while the work is done. The\n"
    "clubs move to the school gym for a few weeks.\n\n"
)


def _briefs() -> str:
    return (
        MASTHEAD + LEAD + "SHORT NEWS\nCarols on the green\n\n"
        "The brass band plays carols on the green on\n"
        "Saturday at four. Hot drinks will be sold by\n"
        "the scouts.\n\n"
        "Lifeboat Appeal\n\n"
        "The lifeboat appeal in the village raised\n"
        "1,243 pounds this year. The collectors thank\n"
        "everyone for giving.\n"
    )


def test_a_brief_head_named_in_its_text_is_no_byline():
    articles = clean_text(_briefs()).articles[1:]
    assert [(a.title, a.byline) for a in articles] == [("Carols on the green", None), ("Lifeboat Appeal", None)]
    assert articles[0].subtitle is None and articles[0].paragraphs[0].startswith("The brass band")


def test_the_papers_imprint_at_the_foot_is_furniture():
    page = _briefs() + "\nThe Valley Echo comes out every Thursday. Adverts: tel. 45 12 30\n"
    cleaned = clean_text(page)
    assert all("Adverts" not in p for a in cleaned.articles for p in a.paragraphs)
    assert any("Adverts" in line for line in cleaned.furniture)


def test_a_sentence_naming_the_paper_and_a_number_in_a_story_stays_text():
    page = MASTHEAD + "Fair\n\n" + "The fair opens at ten on Saturday morning\nin the square.\n\nTickets from the Valley Echo office: tel. 45 12 30 or at the door.\n"
    assert "Tickets from the Valley Echo office: tel. 45 12 30 or at the door." in clean_text(page).articles[-1].paragraphs


def _lottery_page(foot: str) -> str:
    paragraphs = (
        "本报讯（记者　韦嘉言）　记者从省民政厅获悉，今年全省使用福彩公益金一千二百万元，为一百所乡村学校建起了图书角。",
        "据了解，这批图书由各地教研员和一线教师共同选定，涵盖科普、文学、历史等门类。",
        "记者在南山县石桥村小学看到，新建的图书角就设在教室后面，书架上贴着借阅登记表。",
    )
    text = "\n".join(hard_wrapped(p, 26) for p in paragraphs)
    return "江岚晚报　2027年3月2日　星期二\n第16版　彩市　　编辑：冉秋实\n\n公益金助百所乡村学校建图书角\n\n" + text + "\n" + foot


def test_the_section_desks_hotline_and_the_slogan_over_it_are_the_foot():
    cleaned = clean_text(_lottery_page("理性购彩　量力而行　不向未成年人销售彩票\n彩市热线：0731-82096616\n"))
    assert [(a.kicker, a.title) for a in cleaned.articles] == [(None, "公益金助百所乡村学校建图书角")]
    assert {"理性购彩\u3000量力而行\u3000不向未成年人销售彩票", "彩市热线：0731-82096616"} <= set(cleaned.furniture)
