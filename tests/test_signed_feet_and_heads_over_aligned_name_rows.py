"""Latin-script pages whose pieces end on a signature or stand as lists: an awardees list whose
heads stand over rows of a name and a place aligned by spaces, its head glued under the story
above (`classify._places_over_name_and_figure_rows`); a brief's head glued under the signature at
a column's foot, over its dateline lead (`classify._lead_cut_short_under_its_byline`); a
correction signed by its desk in one word over the page's foot (`classify._signers_over_the_page_foot`).
Pages written for these tests (not copied from any gold page)."""

from paperarchive.api import clean_file


def _clean(tmp_path, text):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return clean_file(path).page


AWARDS_PAGE = (
    "TE REO O WAIRUA · Rāapa 9 Hune 2032 · Whārangi 5\n"
    "Mātauranga · Ētita: Hemi Walker\n"
    "\n"
    "Ka whiwhi tokoono ngā tauira i te\n"
    "karahipi a te poari\n"
    "Nā Aroha Tipene\n"
    "\n"
    "RŪATĀHUNA – I whakawhiwhia tokoono ngā\n"
    "tauira o te rohe ki te karahipi a te\n"
    "poari i te Rāhoroi. Ka utua ō rātou utu\n"
    "whare wānanga mō ngā tau e toru.\n"
    "\n"
    "I kī te heamana, a Mere Rangi: “He rā\n"
    "whakahirahira tēnei mō te iwi katoa.”\n"
    "Ngā tauira i whiwhi\n"
    "\n"
    "Ruatahuna High School\n"
    "\n"
    "Tama Hōhepa        Maungapōhatu\n"
    "Huia Tūhoe         Ruatoki\n"
    "\n"
    "Tāneatua College\n"
    "\n"
    "Rewi Kingi         Waimana\n"
    "Anahera Rau        Tāneatua\n"
    "Te utu: $3,000 mō ia tauira\n"
    "\n"
    "Te Reo o Wairua · panui@tereo.example.nz\n"
)


def test_school_heads_over_name_and_place_rows_head_a_list_glued_under_the_story(tmp_path):
    story, awards = _clean(tmp_path, AWARDS_PAGE).articles
    assert story.paragraphs[-1].endswith("mō te iwi katoa.”")
    assert awards.title == "Ngā tauira i whiwhi"
    assert awards.headings == ["Ruatahuna High School", "Tāneatua College"]
    assert [" ".join(p.split()) for p in awards.paragraphs] == [
        "Tama Hōhepa Maungapōhatu", "Huia Tūhoe Ruatoki", "Rewi Kingi Waimana", "Anahera Rau Tāneatua", "Te utu: $3,000 mō ia tauira",
    ]


COLUMN_PAGE = (
    "THE ISLAND STAR · Friday 4 March 2033 · Page 8\n"
    "Community · Editor: Sione Fifita\n"
    "\n"
    "My week at the school library\n"
    "\n"
    "I spent my first week as a helper at\n"
    "the school library in Neiafu. I was shy\n"
    "on the first morning, but the children\n"
    "soon showed me where the books go.\n"
    "\n"
    "On the last day a small boy gave me a\n"
    "picture he had drawn of us both. I will\n"
    "come back next term to read with them.\n"
    "\n"
    "Losa Havili, Neiafu\n"
    "Library needs more readers\n"
    "NUKU'ALOFA - The town library is asking\n"
    "for readers who can give one afternoon\n"
    "a week to read stories to young children.\n"
    "\n"
    "The Island Star · desk@islandstar.example.to\n"
)


def test_a_brief_head_glued_under_a_column_signature_heads_its_dateline_lead(tmp_path):
    column, brief = _clean(tmp_path, COLUMN_PAGE).articles
    assert column.byline == "Losa Havili, Neiafu"
    assert column.paragraphs[-1].endswith("to read with them.")
    assert brief.title == "Library needs more readers"
    assert brief.paragraphs == ["NUKU'ALOFA - The town library is asking for readers who can give one afternoon a week to read stories to young children."]


CORRECTION_PAGE = (
    "KYLÄN SANOMAT · Keskiviikko 6. huhtikuuta 2033 · Sivu 4\n"
    "Lähellä · Päätoimittaja: Anna Virta\n"
    "\n"
    "Löytötavara palasi omistajalleen\n"
    "Teksti: Matti Koski\n"
    "\n"
    "SAVONLINNA – Bussinkuljettaja löysi\n"
    "lompakon torilta maanantaina. Siinä oli\n"
    "410 euroa, ja hän vei sen poliisille.\n"
    "\n"
    "Omistaja kiitti kuljettajaa ja antoi\n"
    "löytöpalkkion lasten kodille.\n"
    "Oikaisu\n"
    "\n"
    "Eilisessä lehdessä kerrottiin, että\n"
    "lompakossa oli 140 euroa. Oikea summa\n"
    "oli 410 euroa. Pahoittelemme virhettä.\n"
    "\n"
    "Toimitus\n"
    "\n"
    "Kylän Sanomat · toimitus@kylansanomat.example.fi\n"
)


def test_a_correction_signed_by_its_desk_in_one_word_at_the_foot_has_it_as_its_byline(tmp_path):
    correction = _clean(tmp_path, CORRECTION_PAGE).articles[-1]
    assert correction.title == "Oikaisu"
    assert correction.byline == "Toimitus"
    assert correction.paragraphs == ["Eilisessä lehdessä kerrottiin, että lompakossa oli 140 euroa. Oikea summa oli 410 euroa. Pahoittelemme virhettä."]
