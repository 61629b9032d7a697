"""A kicker of a word or three whose letters carry combining marks, as Igbo and Yoruba print
their tone marks ("ỤLỌ ỌGWỤ̀", "health"), is the kicker over the head and its deck, as the same
word in precomposed letters is. A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

IGBO = """ỌKỤ ỌHỤRỤ  |  Fraịdee, 4 Disemba 2026  |  Peeji 3

ỤLỌ ỌGWỤ̀
Ụlọ ọgwụ ọhụrụ meghere na Nkwọ Agụ
Ndị nne na nna kwuru na ụmụ ha agaghị
aga ebe dị anya maka ọgwụ ọzọ
Odee: Chidinma Okafor

Ụlọ ọgwụ ọhụrụ e wuru n'obodo Nkwọ Agụ
meghere ụzọ ya na Mọnde, ndị dọkịta atọ
na ndị nọọsụ iri ga na-arụ ọrụ n'ebe
ahụ site n'ọnwa Jenụwarị.

Onye isi obodo, Ọgbụefi Emeka Nwosu,
kwuru na ọ bụ ihe ọṅụ nye ndị niile bi
n'obodo ahụ, karịsịa ndị agadi.

Ndị na-ere ahịa na Nkwọ Agụ kwuru na ụzọ
na-eduga n'ụlọ ọgwụ ahụ chọrọ nrụzi
tupu udu mmiri abịa.

Egwuregwu bọọlụ: Nkwọ Agụ meriri
Odee: Obinna Eze

Otu egwuregwu bọọlụ Nkwọ Agụ meriri otu
Amaokpala n'egwuregwu Satọde, ihe abụọ
na otu.
"""

def test_a_kicker_with_tone_marks_over_its_head_and_deck():
    story = clean_text(IGBO).articles[0]
    assert (story.kicker, story.title) == ("ỤLỌ ỌGWỤ̀", "Ụlọ ọgwụ ọhụrụ meghere na Nkwọ Agụ")
    assert story.subtitle == "Ndị nne na nna kwuru na ụmụ ha agaghị aga ebe dị anya maka ọgwụ ọzọ"
    assert story.byline == "Odee: Chidinma Okafor"

