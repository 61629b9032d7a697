"""Gold for tests/real5 from the PAGE ground truth (reichsanzeiger-gt, CC0): text = the GT
lines; articles, paragraphs, titles chosen by hand from region types, line indents and reading."""
import json
import sys
from pathlib import Path

# The PAGE reader real4's gold was written with (run from tests/real5).
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "real4" / "make_gold"))
from pagegt import Page, joinlines  # noqa: E402


def J(L, a, b=None):
    return joinlines([t for _, _, t in L[a:b]])
def write(name, page, arts):
    json.dump({"page": page, "articles": arts}, open(name + ".gold.json", "w"), ensure_ascii=False, indent=1)
def art(**k):
    base = dict(section=None, kicker=None, title=None, subtitle=None, byline=None, source=None, headings=[], paragraphs=[], captions=[])
    base.update(k)
    return base
MAST = ["Deutſcher Reichsanzeiger", "und", "Königlich Preußiſcher Staatsanzeiger."]
# page 1: Sonderausgabe 2 August 1914
f = "reichsanzeiger_1914-08-02_mobilisation_extra.page.xml"
p = Page(f)
R = p.regs
r8, r10, r11, r13, r14 = R['r8'], R['r10'], R['r11'], R['r13'], R['r14']
a1 = art(title=["Verordnung,", "Verordnung, betreffend die Berufung des Reichstags."],
         subtitle=[J(r8, 0, 2), "Vom 2. Auguſt 1914.", None],
         byline=["(L.S.) Wilhelm I. R. von Bethmann Hollweg.", None],
         paragraphs=[J(r8, 2, 6), J(r8, 6, 10), J(r8, 10, 12), J(r8, 12, 13)])
c = r10 + r11
a2 = art(title=["Bekanntmachung,", "Bekanntmachung, betreffend die ſofortige Einzahlung geſtundeter Zölle und Reichsſteuern."],
         subtitle=[J(r10, 0, 2), None], byline=["Der Reichskanzler. In Vertretung: Kühn.", None],
         paragraphs=[J(c, 2, 4), J(c, 4, 11), J(c, 11, 17), J(c, 17, 21), J(c, 21, 22)])
d = r13 + r14
a3 = art(title="Bekanntmachung.", byline=["Königliche Bezirkskommandos I., II., III., IV., V. u. VI. Berlin.", None],
         paragraphs=[J(d, 0, 2), J(d, 2, 4), J(d, 4, 6), J(d, 6, 8), J(d, 8, 10), J(d, 10, 12), J(d, 12, 13),
                     J(d, 13, 18), J(d, 18, 30), J(d, 30, 32), J(d, 32, 37), J(d, 37, 47),
                     J(d, 47, 56), J(d, 56, 58), J(d, 58, 59)])
write(f, {"furniture": MAST + ["Sonderausgabe.", "Berlin, Sonntag, den 2. Auguſt, Morgens.", "1914.", "Fahrpläne ſiehe umſtehend."], "date": "1914-08-02"}, [a1, a2, a3])
# page 2: Sonderausgabe 6 August 1914
f = "reichsanzeiger_1914-08-06_proclamation_extra.page.xml"
p = Page(f)
r8 = p.regs['r8']
a = art(title="An das deutſche Heer und die deutſche Marine.", byline=["Wilhelm.", None],
        paragraphs=[J(r8, 0, 1), J(r8, 1, 2), J(r8, 2, 3), J(r8, 3, 5), J(r8, 5, 7), J(r8, 7, 8), J(r8, 8, 9), J(r8, 9, 10), J(r8, 10, 11)])
write(f, {"furniture": MAST + ["Sonderausgabe.", "Berlin, Donnerstag, den 6. Auguſt, Nachmittags.", "1914.",
      "Verantwortlicher Redakteur: J. V.: Weber in Berlin. Verlag der Expedition (J. V.: Koye) in Berlin. Druck der Norddeutſchen Buchdruckerei und Verlags⸗Anſtalt, Berlin SW., Wilhelmſtraße Nr. 32."], "date": "1914-08-06"}, [a])
