"""A block that opens mid-sentence is read after the text it finishes (formats/reading.py
`run_ons_placed`, `insets_after_their_story`), and run-in items under a head that announces
them on its colon stay its items (segment.py `_items_announced`): small pages drawn for each."""

from paperarchive.api import clean_file
from paperarchive.formats import read_blocks

BODY = 27  # a body line's height, in pixels


def page_xml(*regions: tuple[str, tuple[tuple[str, int, int, int, int], ...]]) -> str:
    """A PAGE XML page whose ReadingOrder lists its regions as given: each (type, lines), a
    line (text, left, top, right, bottom)."""
    out, refs = [], []
    for n, (kind, lines) in enumerate(regions):
        left, top = min(line[1] for line in lines), min(line[2] for line in lines)
        right, bottom = max(line[3] for line in lines), max(line[4] for line in lines)
        rows = "".join(
            f'<TextLine id="r{n}l{k}"><Coords points="{a},{b} {c},{b} {c},{d} {a},{d}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
            for k, (text, a, b, c, d) in enumerate(lines)
        )
        out.append(f'<TextRegion id="r{n}" type="{kind}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{rows}</TextRegion>')
        refs.append(f'<RegionRefIndexed index="{n}" regionRef="r{n}"/>')
    return (
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="1800" imageHeight="2000">'
        f'<ReadingOrder><OrderedGroup id="g">{"".join(refs)}</OrderedGroup></ReadingOrder>' + "".join(out) + "</Page></PcGts>"
    )


def column(texts: list[str], left: int, top: int, width: int = 480) -> tuple[str, tuple]:
    return "paragraph", tuple((text, left, top + 40 * k, left + width, top + 40 * k + BODY) for k, text in enumerate(texts))


def head(text: str, left: int, top: int) -> tuple[str, tuple]:
    return "heading", ((text, left, top, left + 420, top + 50),)


def articles(text: str, tmp_path):
    path = tmp_path / "page.xml"
    path.write_text(text, encoding="utf-8")
    return clean_file(path).page.articles


def paragraphs(text: str, tmp_path) -> list[str]:
    return [p for a in articles(text, tmp_path) for p in a.paragraphs]


def texts_of(text: str) -> list[str]:
    return [b.text for b in read_blocks("page.xml", text)]


TOADS = ["Is it true that the toad eats the", "slugs in a garden? Answer: it does,", "and a toad kept through the winter", "will work for you again in spring."]
HARNESS_END = ["a little potash was dissolved. Then", "the leather is brushed until all the", "dirt and the old grease are gone,", "and it stays supple for years."]
HARNESS = ["How should one keep a harness", "supple for years? Answer: take it", "apart as far as it goes and wash", "the leather in warm water, in which"]
RATS = ["Do rats carry the plague? Answer:", "they do, and two kinds of them", "have lived among us for a thousand", "years and more, the brown and the black."]


def test_an_answer_run_on_at_the_top_of_the_next_column_follows_its_own_start(tmp_path):
    """Two questions side by side over two more: the second answer, at the foot of the left
    column, ends mid-sentence; its last lines stand at the top of the right column, beside
    the first answer. Read in the file's order they ran on into the first answer."""
    page = page_xml(
        head("Are Toads Useful?", 90, 100), column(TOADS, 90, 170),
        column(HARNESS_END, 600, 170),
        head("How to Keep a Harness", 90, 360), column(HARNESS, 90, 430),
        head("Do Rats Carry Plague?", 600, 360), column(RATS, 600, 430),
    )
    out = paragraphs(page, tmp_path)
    assert any(p.startswith("How should one") and p.endswith("supple for years.") for p in out), out
    assert any(p.startswith("Is it true") and p.endswith("again in spring.") for p in out), out


def test_a_block_that_opens_mid_sentence_stays_where_no_text_left_of_it_is_unfinished(tmp_path):
    """The answer at the foot of the left column ends its sentence: the block at the top of the
    right column has nothing to finish there, and stays where it was read."""
    page = page_xml(
        head("Are Toads Useful?", 90, 100), column(TOADS, 90, 170),
        column(HARNESS_END, 600, 170),
        head("How to Keep a Harness", 90, 360), column(HARNESS[:3] + ["the leather in warm water."], 90, 430),
        head("Do Rats Carry Plague?", 600, 360), column(RATS, 600, 430),
    )
    out = paragraphs(page, tmp_path)
    assert any(p.startswith("How should one") and p.endswith("in warm water.") for p in out), out
    assert not any("potash" in p and "How should one" in p for p in out), out


POLICE = ["Traffic. Five accidents happened", "on Friday and two people were", "hurt. For breaking the traffic", "rules 41 people were fined and"]
POLICE_ON = ["warned, and 17 drivers were given", "notices, their cars being unsafe.", "Noise. Five people were reported", "for disturbing the peace at night."]
CHURCH = ["On Sunday the choir will sing in", "the church at five, with the organ", "and a string quartet from the town."]


def test_an_ad_set_into_a_column_mid_sentence_goes_after_the_text_it_interrupted(tmp_path):
    """A three-line ad between "fined and" and "warned, and …" in one column: the sentence
    is read whole, and the ad after the story's text, before the next head."""
    page = page_xml(
        head("The Police Report:", 90, 100), column(POLICE, 90, 170),
        ("heading", (("When your eyes", 150, 350, 450, 380), ("no longer serve,", 150, 385, 460, 415), ("see Platz, Market Arch 4", 120, 420, 500, 450))),
        column(POLICE_ON, 90, 480),
        head("Music in the Church", 90, 660), column(CHURCH, 90, 730),
    )
    blocks = texts_of(page)
    ad = next(i for i, t in enumerate(blocks) if t.startswith("When your eyes"))
    assert next(i for i, t in enumerate(blocks) if t.startswith("warned, and")) < ad
    assert next(i for i, t in enumerate(blocks) if "Noise." in t) < ad < blocks.index("Music in the Church")
    assert any("fined and warned, and 17" in p for p in paragraphs(page, tmp_path))


def test_a_short_block_between_two_finished_paragraphs_stays(tmp_path):
    """The paragraph above the short block ended its sentence: nothing was interrupted."""
    page = page_xml(
        head("The Police Report:", 90, 100), column(POLICE[:2] + ["hurt in them, the police said."], 90, 170),
        ("heading", (("When your eyes", 150, 310, 450, 340), ("no longer serve,", 150, 345, 460, 375))),
        column(["warned drivers must show their", "papers within a week, the chief said."], 90, 400),
    )
    blocks = texts_of(page)
    assert next(i for i, t in enumerate(blocks) if t.startswith("When your eyes")) < next(i for i, t in enumerate(blocks) if t.startswith("warned drivers"))


def test_run_in_items_under_a_head_that_announces_them_are_its_items(tmp_path):
    """"The Police Report:" over paragraphs that each open on a run-in label ("Traffic. …",
    "Warnings. …"): one story, not an untitled story for each later item."""
    page = page_xml(
        head("The Police Report:", 90, 100),
        column(["Traffic. Five accidents happened", "on Friday and two people were", "hurt in them, the police said."], 90, 170),
        column(["Warnings. For breaking the rules", "of the road 41 people were fined", "and warned on the same day."], 90, 300),
    )
    out = articles(page, tmp_path)
    assert [(a.title, len(a.paragraphs)) for a in out] == [("The Police Report:", 2)]


def test_a_fixture_list_under_its_labels_is_a_game_a_line(tmp_path):
    """"Games off on Sunday:" / "Group 1:" / two games / "Group 2:" / two games, in one region:
    each game its paragraph, each label a heading (formats/reading.py `_fixture_lines`)."""
    texts = ["Games off on Sunday:", "Group 1:", "Leeds — 08 Hull", "Wigan — Bury", "Group 2:", "York — Derby", "Crewe — Stoke."]
    page = page_xml(head("Games Called Off", 90, 100), column(texts, 90, 170, width=300))
    (article,) = articles(page, tmp_path)
    assert article.paragraphs == ["Games off on Sunday:", "Leeds — 08 Hull", "Wigan — Bury", "York — Derby", "Crewe — Stoke."]
    assert article.headings == ["Group 1:", "Group 2:"]


def test_a_dash_between_two_names_in_running_text_is_no_fixture(tmp_path):
    texts = ["The match Leeds — Hull was called off", "on Sunday, the league said, and will", "be played again in the spring."]
    page = page_xml(head("Games Called Off", 90, 100), column(texts, 90, 170))
    (article,) = articles(page, tmp_path)
    assert len(article.paragraphs) == 1
