"""A line's type measured without a smeared word where a library drew the regions
(formats/reading.py `_type_height`, `_unsmeared`): one word's box running twice the line's
height (real16's ulb 1894 PAGE ground truth boxes a word on many lines so) does not make the
line display type, and the paragraph it stands in goes on through it."""

from paperarchive.formats import read_blocks

TEXT = [
    "Immer häufiger wird man an die Thatsache erinnert,",
    "daß die kleine Excellenz von Meppen nicht mehr unter",
    "den Lebenden wandelt. Wie ein Bruderkrieg zwischen",
    "den Herren ausbrach, hat man lange gesehen und es",
    "sichtlich schmeichelt man sich dort mit der Hoffnung",
    "auf neue Zugeständnisse, wenn die Partei sich nur",
    "gouvernemental hält und ihre Stimmen dafür gibt, was",
    "die Regierung verlangt, und so geht es fort bis heute.",
]


def alto(tall_line: int) -> str:
    rows = []
    for k, text in enumerate(TEXT):
        top, x, words = 100 + 60 * k, 60 if k == 0 else 20, []
        for n, word in enumerate(text.split()):
            height = 90 if k == tall_line and n == 3 else 40
            words.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{14 * len(word)}" HEIGHT="{height}"/>')
            x += 14 * len(word) + 14
        bottom = max(top + 90 if k == tall_line else top + 40, top + 40)
        rows.append(f'<TextLine HPOS="20" VPOS="{top}" WIDTH="{x - 34}" HEIGHT="{bottom - top}">{"<SP/>".join(words)}</TextLine>')
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="900" HEIGHT="1000"><PrintSpace>'
        f'<TextBlock HPOS="20" VPOS="100" WIDTH="800" HEIGHT="{60 * len(TEXT)}">{"".join(rows)}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )


def test_a_smeared_word_does_not_break_its_paragraph():
    blocks = [b for b in read_blocks("page.xml", alto(4)) if b.text.strip()]
    assert len(blocks) == 1 and "sichtlich schmeichelt" in blocks[0].text
