"""Festival and church pages in Latin script, written for these rules (not copied from any gold
page): a head in sentence case whose running words are short over a capitalised "by"
(`classify._running_words_in_lower_case`); a desk line whose post is two words
(`classify._SECTION_AND_EDITOR`); a writer's name before two particles and the verb
(`classify._named_before_an_unknown_verb`); a two-word column label over a head that reads as a
name and a verb; and a box glued under a story, signed by a line the classifier read as a byline
(`segment._signs_at_the_foot`)."""

from paperarchive.blocks import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.segment import _signs_at_the_foot

ALPINE = """DR BÄRGBOTT · Samstig, 9. Ougschta 2031 · Siita 3
Brüüch · Redaktion: Paul Frick

Dr Chilbi tönt widr
übr d Dorf Malbun
Vo Hanna Gassner

MALBUN – Am Sunntig stoot d Musig vor dr
Chilcha und spilt, wenn d Lüt us dr Mäss
chömed, und dr Pfarrer segnet d Ross.

D Frouna bachet Chüechli für alli Lüt.

Dr Pfarrer Josef Büchel mit dr Musig.
Bild: Otto Negele

D Chind söll ds Ross und d Chüeh im
Stall bhüeta.

«Ohni Chilbi wär s Johr nüt», seit dr
Pfarrer. «Und ohni Musig o nüt, so lang

Dr Bärgbott · Brüüch

i läb.»
Dr Chilbisäga

Heilige Maria, lueg uf üses Tal,
bhüet d Lüt und ds Veh im Stall,
bhüet d Wäga und d Ross dezue,
und gib is allna Fried und Rueh.

Heilige Josef, lueg uf üsi Chind,
bhüet si vor Füür und vor Wind,
bhüet si im Dorf und uf dr Wisa,
hüt und all Tag. Amen.

Gschriba vo Josef Büchel

Dr Bärgbott · redaktion@baergbott.example.li
"""

BRIEFS = """KAMBIYA LABARO – Talaata, 4 Awirili 2030 – Kayitoo 3
Siiroo – Safeeriŋolu kuntiyo: Awa Sanyang

Seewoo, Mandinkoolu la
dimbaayaa kotoo
Musa Jammeh ye a safee

SEREKUNDA – Seewoo mu dimbaayaa la kotoo le ti.
Moolu ka beŋ suwo kono ka domoroo ke niŋ
kontoŋo, musoolu niŋ keeolu.

Karamoo ko: “Ñiŋ kotoo mu ŋ mumaalu le ta ti.
A be tunnaa la

Kambiya Labaro – Siiroo

luŋ doo.”
Fill dungu
Ngillatun Kollipulli mew

KOLLIPULLI – Fill pu che trawüygün lof mew ka
ngillatuygün kiñe antü mew. Kom pu che
ayüwygün.

Kawin ka mudai

TRAYGEN – Pu domo dewmaygün mudai kom pu
trawülu che ñi iyael.

Purrun Angol mew

ANGOL – Pu weche purruygün ruka Angol mew ka
ülkantuygün. Kiñe pataka che amuygün.

Kambiya Labaro – labaro@kambiya.example.gm
"""


def test_capitalised_by_under_a_sentence_case_head_with_short_running_words():
    story = clean_text(ALPINE).articles[0]
    assert story.title == "Dr Chilbi tönt widr übr d Dorf Malbun"
    assert story.byline == "Vo Hanna Gassner"


def test_box_glued_under_a_story_signs_with_a_line_already_read_as_a_byline():
    text = Block(("Heilige Maria, lueg uf üses Tal, bhüet d Lüt und ds Veh im Stall.",), 20, gap=1, kind=Kind.BODY)
    signer = Block(("Gschriba vo Josef Büchel",), 25, gap=1, kind=Kind.BYLINE)
    assert _signs_at_the_foot([text, text, signer])
    assert not _signs_at_the_foot([text, signer, text])


def test_desk_line_whose_post_is_two_words_and_a_writer_before_particles_and_verb():
    story = clean_text(BRIEFS).articles[0]
    assert story.title == "Seewoo, Mandinkoolu la dimbaayaa kotoo"
    assert story.byline == "Musa Jammeh ye a safee"


def test_two_word_label_over_a_head_read_as_a_name_and_verb():
    briefs = clean_text(BRIEFS).articles[1:]
    assert [a.title for a in briefs] == ["Ngillatun Kollipulli mew", "Kawin ka mudai", "Purrun Angol mew"]
    assert briefs[0].paragraphs[0].startswith("KOLLIPULLI –")
