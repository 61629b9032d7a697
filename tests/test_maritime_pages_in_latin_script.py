"""Maritime and ports pages of dailies in Latin script, plain text, hard-wrapped: a port story
whose last line a running head cut off, then a ship-movements table glued under it, its head,
its header row of column names set apart by wide spaces, and the heads "arriving" and "leaving"
each over its run of rows. Page written for the class (a Tagalog port page), not copied from any
gold page."""

from paperarchive.pipeline import clean_text

TAGALOG = """BALITANG DAUNGAN · Lunes, 9 Hulyo 2029 · Pahina 4
Dagat at Barko · Patnugot: Liza Ramos

Dagsa ang pasahero sa pantalan
ng Tagbilaran
Ulat ni Marco Villanueva

TAGBILARAN – Libu-libong pasahero ang
sumakay sa mga barko sa pantalan
nitong Sabado at Linggo dahil sa
pista ng bayan.

Sinabi ng tagapamahala ng pantalan na
may dagdag na biyahe ang mga barko
hanggang sa katapusan ng

Balitang Daungan · Dagat at Barko

linggo.
Mga Barko sa Tagbilaran, 10 Hulyo

Barko          Bandila    Pantalan  Oras

Darating

MV Bohol Star  Pilipinas  2         05.45
MV Sea Lark    Panama     4         08.20

Aalis

MV Cebu Wave   Pilipinas  1         12.30
MV Bohol Star  Pilipinas  2         18.00
MV Sea Lark    Panama     4         21.15
Oras: PHT. Maaaring magbago ang oras.

Balitang Daungan · balita@daungan.example.ph
"""


def test_a_header_row_between_the_tables_head_and_its_first_head_is_a_row():
    # Before: the header row "Barko   Bandila   Pantalan   Oras" was the table's title and the
    # table's own head its kicker; after: the head is the title, the header row the first row.
    table = clean_text(TAGALOG).articles[-1]
    assert table.title == "Mga Barko sa Tagbilaran, 10 Hulyo"
    assert table.kicker is None
    assert table.headings == ["Darating", "Aalis"]
    assert table.paragraphs[0].split() == ["Barko", "Bandila", "Pantalan", "Oras"]
