"""A Latin column as RapidOCR boxes it (one box a line, the whole column one block, its Chinese
model's full-width marks in the text): a poem whose stanzas' indents the loose boxes lose here and
there (the commonest pattern was then a lossy one, and the stanzas showing the whole pattern or
none ran on into paragraphs), a sentence centred alone inside an essay's text (it ran into the
paragraph above), and a line cut in two at its last word, boxed low inside the line's band (the
word stood alone, and the text after it was read as another story). Pages written for the classes,
cleaned through the public API."""

import json

from paperarchive.api import clean_file

# Five-line stanzas, the second and fifth lines indented; a "；" as the Chinese model reads ";".
_STANZAS = [
    ["Along the quay the lanterns sway,", "The fishing boats come in,", "And weary hands have earned their pay", "Where tides and nets begin", "To pull the harbour thin."],
    ["The gulls go wheeling overhead；", "Their cries are sharp and high,", "They follow where the herring fled", "Beneath a pewter sky", "And never wonder why."],
    ["The mothers watch from every door,", "Their aprons in the wind；", "They counted boats a while before", "And count them yet again", "Till all are home with men."],
    ["An old man mends a broken oar", "Beside the chandler's shed,", "He speaks of storms he saw before", "And friends the sea has fed", "Whose names are seldom said."],
    ["The evening bell rings out at last", "Across the slated town,", "The harbour lights are burning fast", "As dusk comes drifting down", "On every roof and crown."],
    ["Now tables fill with bread and brine,", "With laughter, smoke and song,", "The wicks are trimmed, the cups are wine,", "The night is warm and long", "And no one counts it wrong."],
    ["So let the waters rise and fall", "Against the harbour stone,", "The sea that takes and gives us all", "Has never left alone", "The hearts that call it home."],
    ["Sleep well, the fleet, till morning grey", "Shall call you out once more,", "And we shall stand along the quay", "To watch you leave the shore", "As we have stood before."],
]
# The indents each stanza's boxes show: the whole pattern in three, the second line's lost in four,
# every one lost in one.
_SHOWN = ["lossy", "lossy", "whole", "lossy", "flush", "whole", "lossy", "whole"]


def _box(left, top, right, bottom):
    return [[left, top], [right, top], [right, bottom], [left, bottom]]


def _poem_page() -> list:
    rows = [[_box(120, 10, 420, 44), ["The Harbour at Evening.", 0.98]]]
    top = 70
    for stanza, shown in zip(_STANZAS, _SHOWN):
        for k, text in enumerate(stanza):
            indented = k == 4 and shown != "flush" or k == 1 and shown == "whole"
            left = (40 if indented else 10) + (k % 2)
            rows.append([_box(left, top, left + 11 * len(text), top + 22), [text, 0.97]])
            top += 24
        top += 12  # the blank between two stanzas
    return rows


def test_a_poems_stanzas_whose_boxes_lost_indents_are_a_paragraph_each(tmp_path):
    page = tmp_path / "poem.rapidocr.json"
    page.write_text(json.dumps(_poem_page()), encoding="utf-8")
    paragraphs = [" ".join(p.split()) for a in clean_file(page).page.articles for p in a.paragraphs]
    assert paragraphs == [" ".join(stanza) for stanza in _STANZAS]


_ESSAY = [
    ("Every evening the old schoolmaster walked down to the river, where", 0, 600),
    ("the boats lay drawn up on the sand, and sat there until the light was", 0, 600),
    ("gone from the water, saying over to himself the grace his mother", 0, 600),
    ("had taught him, and the words of the song she sang at dusk—", 0, 420),
    ("\u201cGive us this day our daily bread.\u201d", 130, 450),
    ("The fishermen knew him well, and left him to his thoughts; for they", 0, 600),
    ("had heard that he had buried a wife and two children in the great", 0, 600),
    ("fever, and had lived alone in the schoolhouse ever since that year.", 0, 598),
]


def test_a_sentence_centred_alone_in_the_text_is_its_own_paragraph(tmp_path):
    rows = [[_box(150, 10, 450, 40), ["The Schoolmaster.", 0.98]]]
    for k, (text, left, right) in enumerate(_ESSAY):
        top = 70 + 26 * k
        rows.append([_box(left, top, right, top + 22), [text, 0.97]])
    page = tmp_path / "essay.rapidocr.json"
    page.write_text(json.dumps(rows), encoding="utf-8")
    paragraphs = [p for a in clean_file(page).page.articles for p in a.paragraphs]
    assert "\u201cGive us this day our daily bread.\u201d" in paragraphs
    assert paragraphs[-1].startswith("The fishermen knew him well")


_BROOKS = [
    "From the top of the ridge the traveller saw two brooks rising side",
    "by side, both of them running clear and cold over the stones for a",
    "good way, and winding down the slope in narrow channels close together.",
    "length their beds grew slowly apart, the one turning east toward the",
    "meadows and the mill, the other west into the dark of the pine woods,",
    "until at the foot of the hill no one would have thought them sisters.",
]


def test_a_last_word_boxed_low_inside_its_lines_band_stays_on_the_line(tmp_path):
    rows = [[_box(150, 10, 450, 40), ["The Two Brooks.", 0.98]]]
    for k, text in enumerate(_BROOKS):
        top = 70 + 24 * k
        if k == 2:  # the line boxed tall, its last word "At" boxed apart, low and short, inside its band
            rows += [[_box(0, top - 2, 585, top + 24), [text, 0.97]], [_box(578, top + 4, 600, top + 18), ["At", 0.95]]]
        else:
            rows.append([_box(0, top, 600, top + 22), [text, 0.97]])
    page = tmp_path / "brooks.rapidocr.json"
    page.write_text(json.dumps(rows), encoding="utf-8")
    articles = clean_file(page).page.articles
    assert [a.title for a in articles] == ["The Two Brooks."]
    assert "close together. At length their beds" in articles[0].paragraphs[0]
