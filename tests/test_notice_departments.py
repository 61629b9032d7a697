"""A gazette's public notices, sorted under the standing departments of its advertiser
("Öffentlicher Anzeiger": "Verkäufe, Verpachtungen, Submiſſionen ꝛc.", "Verlooſung, Amortiſation,
Zinszahlung …"): each department's rubric is the section of every notice under it, titled
("Holzverkauf.", "Bekanntmachung.") or not, past the register numbers between them, up to the
next rubric. Blocks as a layout reader gives them, on a page written for the case (a Pomeranian
district gazette of the 1880s)."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks


def _blocks(*rows):
    out, line = [], 1
    for text, kind, gap in rows:
        out.append(Block(tuple(text.split(" / ")), line, gap=gap, kind=kind))
        line += len(out[-1].lines) + gap
    return tuple(out)


_SALES = "3. Verkäufe, Verpachtungen, Submiſſionen ꝛc."
_BONDS = "4. Verlooſung, Amortiſation, Zinszahlung u. ſ. w. von öffentlichen Papieren."


def test_a_notice_departments_rubric_is_the_section_of_each_notice_under_it():
    page = clean_blocks(
        _blocks(
            ("Der Kreistag hat die Mittel für den Chauſſeebau / nach Wollin bewilligt.", Kind.BODY, 0),
            (_SALES, Kind.SHORT, 2),
            ("Holzverkauf.", Kind.SHORT, 1),
            ("Am Dienſtag, den 12. März, Vormittags 9 Uhr, ſollen im / Gaſthofe zu Lindow 120 Stück Kiefern⸗Bauholz / öffentlich meiſtbietend verkauft werden.", Kind.BODY, 1),
            ("Der Königliche Oberförſter.", Kind.SHORT, 0),
            ("[4127]", Kind.FURNITURE, 2),  # the next notice's register number
            ("Bekanntmachung.", Kind.SHORT, 1),
            ("Die Lieferung von 400 Centnern Steinkohlen für das / Amtsgericht ſoll vergeben werden. Angebote ſind / bis zum 20. März einzureichen.", Kind.BODY, 1),
            (_BONDS, Kind.SHORT, 2),
            ("Bekanntmachung.", Kind.SHORT, 1),
            ("Bei der heutigen Ausloſung der Kreis⸗Obligationen ſind / die Nummern 14, 27 und 103 gezogen worden.", Kind.BODY, 1),
        )
    )
    _, timber, coal, bonds = page.articles
    assert (timber.section, timber.kicker, timber.title) == (_SALES, None, "Holzverkauf.")
    assert (coal.section, coal.kicker, coal.title) == (_SALES, None, "Bekanntmachung.")
    assert (bonds.section, bonds.kicker, bonds.title) == (_BONDS, None, "Bekanntmachung.")
