"""A Latin page's price box with its source line under the rows ("Fuente: …", "Pukyu: …"), then a
briefs column under a banner in capitals: the source is the box's credit (not the column's section),
and the second brief's head, whose words are not a name's ("Musuq ñan Ollantaytambuman": a word in
lower case that is no particle), opens a brief of its own rather than signing the first. A page
written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """WAYLLA WILLAKUY
Semanario | 5 qhapaq raymi killa 2026 | P'anqa 3

QHATU CHANINKUNA

Papa (huk arroba) ........... S/ 17,50
Sara (huk kilo) ............. S/ 4,00
Kinwa (huk kilo) ............ S/ 10,50

Pukyu: Calca qhatu, 3 qhapaq raymi killa

PISI WILLAKUYKUNA
Raymi Calcapi

Calca llaqtapi 12 p'unchawpi hatun raymi
kanqa. Tususqakuna ayllukunamanta hamunqaku
plazaman.

Musuq ñan Pisaqman

Pisaqman musuq ñanta tukurqankuña. Kunanqa
carrokuna huk hora pisillapi Qusqumanta
chayanku.
"""


def test_the_source_is_the_boxs_credit_and_each_brief_has_its_head():
    box, first, second = clean_text(PAGE).articles
    assert box.title == "QHATU CHANINKUNA"
    assert box.paragraphs == ["Papa (huk arroba) ........... S/ 17,50", "Sara (huk kilo) ............. S/ 4,00", "Kinwa (huk kilo) ............ S/ 10,50"]
    assert first.title == "Raymi Calcapi" and not first.byline and not first.subtitle
    assert "PISI WILLAKUYKUNA" in (first.section, first.kicker) and "Pukyu" not in (first.section or "")
    assert second.title == "Musuq ñan Pisaqman"
    assert second.paragraphs == ["Pisaqman musuq ñanta tukurqankuña. Kunanqa carrokuna huk hora pisillapi Qusqumanta chayanku."]
