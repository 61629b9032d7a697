"""A weekly whose masthead is one word in capitals over its edition line ("KALAYAAN" over "Ang
Pahayagan ng Bayan • Disyembre 5, 2026 • Pahina 2"), its running head ("KALAYAAN • Balitang
Bayan") printed between two halves of a sentence; a photo caption between two halves of another,
credited in a language whose words for "photo" and "by" the cleaner does not know ("Ladawan ni
Jose Ramos"), the paragraph above it cut on a line that ends one sentence and begins the next
("…P12 milyon. Sinimulan ang"), which had been read as a headline wrapped over its lines. A
Tagalog page written for the classes, not copied from any gold page."""

from paperarchive.pipeline import clean_text

TAGALOG = """KALAYAAN
Ang Pahayagan ng Bayan • Disyembre 5, 2026 • Pahina 2

BAYAN
Bagong palengke sa Lucena, bukas na sa Enero

LUCENA – Bubuksan na sa publiko ang bagong
palengke ng lungsod sa unang linggo ng Enero,
ayon sa tanggapan ng alkalde.

Ayon kay Engr. Carlos Mendoza, ang palengke
na may tatlong palapag ay nagkakahalaga ng
P12 milyon. Sinimulan ang

Inaayos ng mga manggagawa ang mga puwesto sa bagong palengke ng Lucena.
Ladawan ni Jose Ramos

pagtatayo nito noong Marso ng nakaraang taon.

Sinabi ng mga tindero na matagal na nilang
hinihintay ang bagong gusali dahil madalas
bahain ang lumang palengke tuwing tag-ulan at

KALAYAAN • Balitang Bayan

nawawalan sila ng kita sa loob ng ilang araw.
"""


def test_a_caption_credited_in_an_unknown_language_leaves_the_cut_sentence_whole():
    page = clean_text(TAGALOG)
    (story,) = [a for a in page.articles if a.title.startswith("Bagong palengke")]
    assert [c.text for c in story.captions] == ["Inaayos ng mga manggagawa ang mga puwesto sa bagong palengke ng Lucena."]
    assert "P12 milyon. Sinimulan ang pagtatayo nito noong Marso" in " ".join(story.paragraphs)


def test_a_one_word_mastheads_running_head_between_two_halves_of_a_sentence_is_furniture():
    page = clean_text(TAGALOG)
    assert "KALAYAAN • Balitang Bayan" in page.furniture
    assert any(p.endswith("tuwing tag-ulan at nawawalan sila ng kita sa loob ng ilang araw.") for a in page.articles for p in a.paragraphs)
