"""Front pages whose masthead the OCR reads a piece at a time, each piece a block of one line,
over the line that dates the issue (the weekday alone, or the month, day and year): the pieces
are the masthead's, not the first story's title nor its text; the story's own head is its title.
ALTO pages written for the class (other papers, words and dates than the measuring sets')."""

from xml.sax.saxutils import escape

from paperarchive.api import clean_file


def _block(left: int, top: int, lines: list[str], size: int = 30) -> str:
    out = []
    for k, text in enumerate(lines):
        y, x, words = top + k * (size + 10), left, []
        for word in text.split():
            words.append(f'<String CONTENT="{escape(word)}" HPOS="{x}" VPOS="{y}" WIDTH="{size * 6 // 10 * len(word)}" HEIGHT="{size}"/>')
            x += size * 6 // 10 * (len(word) + 1)
        out.append(f'<TextLine HPOS="{left}" VPOS="{y}" WIDTH="{x - left}" HEIGHT="{size}">{"<SP/>".join(words)}</TextLine>')
    height = len(lines) * (size + 10)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="900" HEIGHT="{height}">{"".join(out)}</TextBlock>'


def _page(tmp_path, name: str, blocks: list[str]):
    page = tmp_path / name
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        + "".join(blocks)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(page).page


_STORY = [
    "Rom, den 2. März. Der heilige Vater hat gestern",
    "die Gesandten der auswärtigen Höfe empfangen,",
    "und man versichert, daß die Unterredung mit",
    "dem spanischen Botschafter lange gedauert habe.",
]
_NEXT = [
    "Neapel, den 24. Hornung. Der Hof ist wieder",
    "in die Stadt zurückgekehrt, und die Galeeren",
    "sind zur Fahrt nach Sicilien ausgerüstet.",
]


def test_a_nameplate_read_piece_by_piece_over_the_weekday_is_no_title(tmp_path):
    page = _page(
        tmp_path,
        "bote.alto.xml",
        [
            _block(100, 60, ["XQXW"], 60),
            _block(700, 60, ["Churer"], 60),
            _block(900, 160, ["Samstag,"]),
            _block(100, 240, ["Italien."], 40),
            _block(100, 300, _STORY),
            _block(100, 480, _NEXT),
        ],
    )
    titles = [article.title for article in page.articles]
    assert titles[0] == "Italien."
    assert "XQXW" not in titles and "Churer" not in titles
    assert page.articles[0].paragraphs[0].startswith("Rom, den 2. März.")


def test_the_papers_name_and_ears_over_its_volume_place_and_date_are_no_story(tmp_path):
    page = _page(
        tmp_path,
        "courier.alto.xml",
        [
            _block(100, 60, ["Ko. 4127"]),
            _block(400, 60, ["Hcrmanncr ^olksblatt,"], 60),
            _block(100, 160, ["Hcrausgcgcbcn von Gcbr. Graf & Co."]),
            _block(100, 240, ["Dritter Jahrgang. Hermann, Mo., Samstag, den 7. März, 1829."]),
            _block(100, 340, ["Portugal."], 40),
            _block(100, 420, [
                "Lissabon, 20. Febr. Das Geschwader ist nach",
                "Terceira abgesegelt, und die Regentschaft",
                "erwartet die Ankunft frischer Truppen.",
            ]),
        ],
    )
    titles = [article.title for article in page.articles]
    assert titles == ["Portugal."]
    assert page.articles[0].paragraphs[0].startswith("Lissabon, 20. Febr.")
