"""A column of small ads in a library's ALTO (its production OCR, one TextBlock per piece the
zoner drew): each ad opens on words in display type that its sentence carries on in lower case
("Jolie chambre meublée" / "à louer au mois, près de la gare,") and closes on its address or
signer set right. Each ad is an untitled item of one paragraph. Page written for the class."""

from paperarchive.api import clean_file

_LEFT, _RIGHT = 200, 1400  # the column


def _line(text: str, left: int, top: int, right: int, height: int) -> str:
    words = text.split()
    step = (right - left) / len(words)
    strings = "".join(
        f'<String CONTENT="{word}" HPOS="{left + n * step:.0f}" VPOS="{top}" WIDTH="{step * 0.8:.0f}" HEIGHT="{height}"/>'
        for n, word in enumerate(words)
    )
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{strings}</TextLine>'


def _block(ident: str, rows: list[tuple[str, int, int, int, int]]) -> str:
    left, top = min(row[1] for row in rows), min(row[2] for row in rows)
    right, bottom = max(row[3] for row in rows), max(row[2] + row[4] for row in rows)
    lines = "".join(_line(*row) for row in rows)
    return f'<TextBlock ID="{ident}" HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{lines}</TextBlock>'


_ADS = [
    ("Jolie chambre meublée", ["à louer au mois, près de la gare, avec", "pension si on le désire. S'adresser"], "rue des Tanneurs, 12."),
    ("Un bon cheval de trait", ["est à vendre faute d'emploi, prix modéré."], "Ferme Bréhal, à Carentan."),
    ("Une jeune fille sérieuse", ["demande place de bonne à tout faire", "dans une famille honorable."], "Écrire J. M. au bureau."),
    ("Fût de cidre", ["de deux cents litres, bien conditionné,", "à céder de suite."], "Veuve Lemoine, place Neuve."),
]


def _ad_blocks(n: int, top: int, display: str, text: list[str], address: str) -> tuple[list[str], int]:
    """The display words centred in type half as tall again as the text (a block of their own
    for every other ad), the text's lines across the column, the address set right."""
    head = (display, _LEFT + 300, top, _RIGHT - 300, 75)
    rows = [(line, _LEFT, top + 90 + 55 * k, _RIGHT, 48) for k, line in enumerate(text)]
    last = top + 90 + 55 * len(text)
    rows.append((address, _LEFT + 650, last, _RIGHT - 30, 48))
    if n % 2:
        return [_block(f"ad{n}", [head, *rows])], last + 90
    return [_block(f"ad{n}a", [head]), _block(f"ad{n}b", rows)], last + 90


def _column(tmp_path):
    blocks, top = [], 150
    for n, (display, text, address) in enumerate(_ADS):
        made, top = _ad_blocks(n, top, display, text, address)
        blocks += made
    path = tmp_path / "annonces.alto.xml"
    path.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><OCRProcessing ID="OCR_0"><ocrProcessingStep>'
        "<processingSoftware><softwareName>ABBYY FineReader 9.0</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>"
        f'</Description><Layout><Page ID="P1" WIDTH="1600" HEIGHT="{top + 100}"><PrintSpace>'
        + "".join(blocks)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(path).page


def test_each_small_ad_of_a_library_column_is_an_untitled_item(tmp_path):
    articles = _column(tmp_path).articles
    assert len(articles) == len(_ADS)
    for article, (display, _, address) in zip(articles, _ADS):
        assert (article.title, article.kicker, article.section, article.byline) == (None, None, None, None)
        assert len(article.paragraphs) == 1
        assert article.paragraphs[0].startswith(display + " ")
        assert article.paragraphs[0].endswith(address)


def test_one_piece_signed_right_is_no_column_of_ads(tmp_path):
    """A reader's letter signed right and the editors' note under it: one signature is no column
    of ads, and the note stays on the letter's untitled piece."""
    letter = [
        ("Monsieur le Rédacteur, permettez-moi de signaler l'état", _LEFT + 60, 150, _RIGHT, 48),
        ("du chemin de halage, où aucune voiture ne passe plus", _LEFT, 205, _RIGHT, 48),
        ("sans danger depuis les crues de l'automne.", _LEFT, 260, _RIGHT - 380, 48),
        ("Un abonné.", _LEFT + 760, 315, _RIGHT - 30, 48),
    ]
    note = [
        ("Nous avons transmis cette plainte au service vicinal et", _LEFT + 60, 410, _RIGHT, 48),
        ("comptons sur une prompte réparation.", _LEFT, 465, _RIGHT - 450, 48),
    ]
    path = tmp_path / "lettre.alto.xml"
    path.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout><Page ID="P1" WIDTH="1600" HEIGHT="600"><PrintSpace>'
        + _block("letter", letter)
        + _block("note", note)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    articles = clean_file(path).page.articles
    assert len(articles) == 1
    assert articles[0].paragraphs[-1].startswith("Nous avons transmis")
