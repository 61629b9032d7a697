"""Paragraph ends in engine-read columns of old papers, written here in the shapes of real15's
and real37's damage (not their pages): a paragraph's short last line whose stop was read as a
comma, a capital opening the next paragraph after the blank line; one small letter read after a
paragraph's last stop, over a subhead in capitals; and in ALTO, a paragraph's last word boxed
tall by a smudge, its stop with it, over an indented paragraph."""

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

SPECK_OVER_A_SUBHEAD = """Some of the farmers along the valley had long
doubted that a bridge would ever be built, and
the ferry had served them since the first of
them came, though it was slow and costly, and
in flood time it could not cross at all.

Work on the new bridge over the river was
begun on Monday, and the contractor expects
to finish the piers before the spring floods.
The cost is put at four thousand pounds. v

OPENED TO TRAFFIC.

The old ferry will run until the bridge is
opened, and the ferryman has been promised
work on the roads of the district.

The council will meet again in March to fix
the tolls, which are to be low for carts and
free for those who cross on foot.
"""


def test_a_small_letter_after_a_paragraphs_stop_leaves_the_subhead_in_its_story():
    articles = clean_text(SPECK_OVER_A_SUBHEAD).articles
    assert len(articles) == 1
    assert articles[0].headings == ["OPENED TO TRAFFIC."]
    assert articles[0].paragraphs[1].endswith("four thousand pounds.")


def _line(words, top, left=20, height=30):
    strings, x = [], left
    for text, tall in words:
        h = 75 if tall else height
        strings.append(f'<String HPOS="{x}" VPOS="{top}" WIDTH="{12 * len(text)}" HEIGHT="{h}" WC="0.9" CONTENT="{text}"/><SP WIDTH="8" VPOS="{top}" HPOS="{x + 12 * len(text)}"/>')
        x += 12 * len(text) + 10
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"".join(strings)}</TextLine>'


def _alto(blocks):
    body = "".join(f'<TextBlock ID="b{i}" HPOS="10" VPOS="{lines[0][1]}" WIDTH="800" HEIGHT="200">{"".join(_line(*line) for line in lines)}</TextBlock>' for i, lines in enumerate(blocks))
    return (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout>'
        f'<Page ID="p1" WIDTH="900" HEIGHT="1200"><PrintSpace>{body}</PrintSpace></Page></Layout></alto>'
    )


def _words(text, tall_last=False):
    words = text.split()
    return [(word, tall_last and at == len(words) - 1) for at, word in enumerate(words)]


def test_a_tall_last_word_closing_its_sentence_is_kept_in_alto(tmp_path):
    first = [
        (_words("the garden wall was built of stone from the"), 30),
        (_words("quarry beyond the hill, and along its top the"), 65),
        (_words("gardener had set a row of broken bottles.", tall_last=True), 100),
    ]
    second = [
        (_words("Passing through the gate into the yard, the"), 190, 60),
        (_words("visitor sees at once that the house is old and"), 225),
        (_words("that nothing in it has been changed for years."), 260),
    ]
    page = tmp_path / "garden.xml"
    page.write_text(_alto([first, second]), encoding="utf-8")
    article = clean_file(page).page.articles[0]
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].endswith("broken bottles.")
    assert article.paragraphs[1].startswith("Passing through the gate")


def _comma_page(tmp_path, first_lines, last_line, second_lines):
    first = [(_words(line), 30 + 35 * at) for at, line in enumerate([*first_lines, last_line])]
    top = 30 + 35 * len(first)  # (no space over it, its indent read as a speck: nothing measured tells)
    second = [(_words(line), top + 35 * at) for at, line in enumerate(second_lines)]
    page = tmp_path / "column.xml"
    page.write_text(_alto([first, second]), encoding="utf-8")
    return clean_file(page).page.articles[0]


def test_a_short_last_line_on_a_comma_ends_its_paragraph_before_a_capital(tmp_path):
    article = _comma_page(
        tmp_path,
        ["The threshing crews went out at dawn on the", "second day, and by noon the wagons stood in a", "line along the county road from the mill to the"],
        "farthest barn,",
        ["Many of the older men remembered a harvest as", "rich as this one, but none could say in which", "year it had come, and the talk ran on all day."],
    )
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].endswith("farthest barn.")
    assert article.paragraphs[1].startswith("Many of the older men")


def test_a_short_last_line_on_a_comma_ends_its_paragraph_in_french_too(tmp_path):
    article = _comma_page(
        tmp_path,
        ["Les marchands sont arrivés dès le matin avec", "leurs charrettes chargées de toiles, de cuirs et", "de fromages, et la place du marché fut pleine"],
        "avant la messe,",
        ["Le maire a ouvert la foire à dix heures devant", "une foule nombreuse venue des villages voisins", "malgré la pluie qui tombait depuis la veille."],
    )
    assert [p[:20] for p in article.paragraphs] == ["Les marchands sont a", "Le maire a ouvert la"]
