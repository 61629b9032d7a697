"""A signature under a letter or an item in any Latin alphabet, a line-end hyphen in a head in
capitals, and a French quotation opening a line. Pages written for the class (not copied from any
gold page)."""

from paperarchive.pipeline import clean_text

LETTER = (
    "VESTURBÆJARBLAÐIÐ   Fimmtudagur 3. desember 2026   7\n\n"
    "BRÉF FRÁ LESENDUM\nÞakkir til björgunarsveitarinnar\n\n"
    "Í óveðrinu í síðustu viku fauk þakið af hlöðunni\nokkar. Björgunarsveitin kom innan hálftíma og\n"
    "festi það sem eftir var með böndum og netum.\n\n"
    "Ég vil þakka þeim innilega fyrir skjót og góð\nvinnubrögð, og nágrönnum okkar fyrir hjálpina\n"
    "daginn eftir.\n\n"
)


def test_a_signature_opening_on_an_accented_capital_signs_the_letter():
    article = clean_text(LETTER + "Ásta Ólafsdóttir\n").articles[-1]
    assert article.byline == "Ásta Ólafsdóttir"
    assert article.paragraphs[-1].endswith("daginn eftir.")


def test_a_signature_of_an_initial_and_an_accented_surname_signs_the_letter():
    assert clean_text(LETTER + "Þ. Jónsdóttir\n").articles[-1].byline == "Þ. Jónsdóttir"


OLD_PAGE = (
    "THE HARVEST SUPPER.\n\n"
    "A LARGE COMPANY AT THE HALL OF WHIT-\nACRE'S FARM.\n\n"
    "The harvest supper of the Grange was held on\nTuesday evening at the farm of Mr. Whitacre,\n"
    "and the tables were laid in the big barn.\n"
)


def test_a_name_split_in_a_head_in_capitals_is_joined():
    assert "WHITACRE'S FARM" in clean_text(OLD_PAGE).articles[0].subtitle


def test_a_french_quotations_opening_guillemet_at_a_line_start_is_kept():
    page = (
        "Le quai sera réparé avant l’été\n\n"
        "Le ministère paiera la réfection du quai de la\nPointe-aux-Outardes, abîmé par la tempête.\n\n"
        "« C’est une très bonne nouvelle », a dit le maire,\nqui attendait une réponse depuis le mois de juin.\n"
    )
    paragraphs = clean_text(page).articles[0].paragraphs
    assert paragraphs[-1].startswith("« C’est une très bonne nouvelle »")


COLUMN = (
    "SUARA DANAU · Kamis, 3 Desember 2026 · Halaman 5\n"
    "Kesehatan · Redaktur: Budi Santoso\n\n"
    "Saran dokter\n"
    "Cuci tangan sebelum makan\n"
    "Banyak penyakit perut datang dari tangan\n"
    "yang kotor. Cuci tangan dengan sabun\n"
    "sebelum makan dan sesudah dari kamar\n"
    "kecil.\n\n"
    "Air minum harus dimasak sampai mendidih,\n"
    "lalu disimpan di tempat yang bersih dan\n"
    "tertutup.\n\n"
)


def test_a_physicians_lower_case_title_opens_a_signature_under_a_column():
    """Indonesian (and Dutch) print a physician's title in lower case, "dr." (a dentist's "drg."):
    the name and clinic under it sign the column (before: run into its last paragraph)."""
    for signer in ("dr. Sari Lubis, Klinik Danau Indah", "drg. Sari Lubis, Klinik Danau Indah"):
        article = clean_text(COLUMN + signer + "\n\nSuara Danau · redaksi@danau.example.id\n").articles[-1]
        assert article.byline == signer
        assert article.paragraphs[-1].endswith("bersih dan tertutup.")
