"""How a document printed whole in a gazette ends: its place and date, and under them its
signer's office and name, here set on one line ("Le Ministre de l'Intérieur, Picard."). That
line signs the document above (its byline); it is neither its last paragraph nor a label of the
next. A short sentence flush over the place and date (a proclamation's closing call) is the
document's last paragraph, not a subhead. Pages written for the class: official bulletins of the
1870s in a library's PAGE XML, a head's region over each document's text."""

import pytest

from paperarchive.api import clean_file

_LEFT, _RIGHT, _HEIGHT, _PITCH = 100, 1300, 44, 56

_FRENCH = (
    (
        "Arrêté.",
        [
            "Le Ministre de l'Intérieur, vu la loi du 10 août dernier",
            "sur les conseils généraux, arrête : Les conseils généraux",
            "des départements se réuniront en session ordinaire le",
            "premier lundi qui suivra le 15 avril prochain.",
        ],
        "Paris, le 3 mars 1872.",
    ),
    (
        "Décret.",
        [
            "Le Président de la République, sur le rapport du Ministre",
            "de la Guerre, décrète : Les militaires de la réserve",
            "rappelés sous les drapeaux seront renvoyés dans leurs",
            "foyers à l'expiration de la période d'instruction.",
        ],
        "Versailles, le 5 mars 1872.",
    ),
)
_GERMAN = (
    (
        "Bekanntmachung.",
        [
            "Die Eröffnung der neuen Bahnſtrecke von Kolberg nach",
            "Belgard wird hiermit auf den 1. Juni d. J. feſtgeſetzt. Der",
            "Fahrplan wird in den Amtsblättern der Provinz und an",
            "den Bahnhöfen bekannt gemacht.",
        ],
        "Stettin, den 3. Mai 1873.",
    ),
    (
        "Aufruf.",
        [
            "Die Überſchwemmung hat in den Dörfern an der Oder",
            "viele Familien um Haus und Habe gebracht. Gaben nehmen",
            "die Landratsämter und die Kreiskaſſen entgegen, die über",
            "jede Gabe öffentlich Rechnung legen werden.",
        ],
        "Stettin, den 5. Mai 1873.",
    ),
)
_NOTICE = (
    "Avis.",
    [
        "Les porteurs de titres de la rente trois pour cent sont",
        "informés que le payement des arrérages du trimestre",
        "échu aura lieu à partir du 1er avril, au Trésor public",
        "et dans les caisses des receveurs des finances.",
    ],
    "Paris, le 6 mars 1872.",
)


def _region(rid: str, rows: list[tuple[str, tuple[int, int], int]]) -> str:
    lines = "".join(
        f'<TextLine id="{rid}l{n}"><Coords points="{x0},{y} {x1},{y} {x1},{y + _HEIGHT} {x0},{y + _HEIGHT}"/>'
        f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>"
        for n, (text, (x0, x1), y) in enumerate(rows)
    )
    top, bottom = rows[0][2], rows[-1][2] + _HEIGHT
    left, right = min(r[1][0] for r in rows), max(r[1][1] for r in rows)
    return f'<TextRegion id="{rid}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>{lines}</TextRegion>'


def _document(rid: str, top: int, document: tuple, signature: str, last: str | None = None) -> tuple[str, int]:
    """A head's region over the text's, which ends on the place and date and the signature set right."""
    head, text, dateline = document
    y = top + 2 * _PITCH
    rows = [(line, (_LEFT + (50 if k == 0 else 0), _RIGHT if k < len(text) - 1 else _RIGHT - 520), y + _PITCH * k) for k, line in enumerate(text)]
    y += _PITCH * len(text)
    if last is not None:  # a closing call, a line of its own set in as a paragraph
        rows.append((last, (_LEFT + 50, _RIGHT - 380), y))
        y += _PITCH
    rows += [(dateline, (_LEFT + 50, _LEFT + 560), y), (signature, (_RIGHT - 640, _RIGHT), y + _PITCH)]
    return _region(f"{rid}h", [(head, (_LEFT + 480, _RIGHT - 480), top)]) + _region(f"{rid}t", rows), y + 3 * _PITCH


def _bulletin(tmp_path, documents: tuple, signatures: tuple[str, str], last: str | None = None) -> list:
    """The two documents, the second perhaps with a closing call over its date line, and a notice
    under them (so the second's signature is no page foot); the two documents' articles."""
    first, y = _document("a", 40, documents[0], signatures[0])
    second, y = _document("b", y + _PITCH, documents[1], signatures[1], last)
    third, y = _document("c", y + _PITCH, _NOTICE, "Le Directeur du mouvement des fonds, Dutilleul.")
    path = tmp_path / "bulletin.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">'
        f'<Page imageWidth="1400" imageHeight="{y + 100}">{first}{second}{third}</Page></PcGts>',
        encoding="utf-8",
    )
    return clean_file(path).page.articles[:2]


@pytest.mark.parametrize(
    ("documents", "signatures"),
    [
        (_FRENCH, ("Le Ministre de l'Intérieur, Victor Lefranc.", "Le Président de la République, A. Thiers.")),
        (_GERMAN, ("Der Oberpräſident. Freiherr von Münchhauſen.", "Der Regierungspräſident. v. Hagemeiſter.")),
    ],
)
def test_office_and_signer_on_one_line_sign_the_document_above(tmp_path, documents, signatures):
    articles = _bulletin(tmp_path, documents, signatures)
    assert [(a.title, a.byline) for a in articles] == [(documents[0][0], signatures[0]), (documents[1][0], signatures[1])]
    assert [a.paragraphs[-1] for a in articles] == [documents[0][2], documents[1][2]]


def test_a_short_sentence_under_a_dateline_that_names_no_signer_stays_text(tmp_path):
    articles = _bulletin(tmp_path, _FRENCH, ("Vive la République !", "La séance est levée."))
    assert all(article.byline is None for article in articles)


def test_a_closing_call_over_the_date_line_is_the_last_paragraph(tmp_path):
    last = "Helft Alle nach Euren Kräften den Nothleidenden."
    appeal = _bulletin(tmp_path, _GERMAN, ("Der Oberpräſident. Freiherr von Münchhauſen.", "Der Regierungspräſident. v. Hagemeiſter."), last)[1]
    assert appeal.headings == []
    assert appeal.paragraphs[-2:] == [last, "Stettin, den 5. Mai 1873."]
