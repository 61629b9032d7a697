import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import art, write
from pagegt import Page, joinlines, paras

P = Page('tests/real4/reichsanzeiger_1871-03-05_treaty_articles_spread.page.xml')
def L(rid, i, j=None):
    ls = P.regs[rid]
    j = i + 1 if j is None else j
    return joinlines([t for _, _, t in ls[i:j]])
A = []
# 1) peace preliminaries, continued from the previous page
body = paras(P.lines('r2')) + paras(P.lines('r4')) + paras(P.lines('r6')) + [joinlines([L('r8', 0), P.text('r9')])] \
     + paras(P.lines('r11')) + paras(P.lines('r13')) + paras(P.lines('r15')) + [L('r17', 0, 4), L('r17', 4), L('r17', 5)]
A.append(art(None, body, headings=[P.text(r) for r in ('r3', 'r5', 'r7', 'r10', 'r12', 'r14', 'r16')],
             byline=[L('r17', 6, 9), None]))
A.append(art(P.text('r18'), [L('r19', 0, 7), L('r19', 7)], byline=[L('r19', 8, 10), L('r19', 9), None]))
A.append(art(None, [P.text('r20')], source=["(W. T. B.)", None]))
A.append(art(L('r30', 0, 2), [L('r30', 3, 7), L('r30', 7, 13), L('r30', 13, 15), L('r30', 15)],
             subtitle=L('r30', 2), byline=[L('r30', 16, 18), L('r30', 16), None]))
fr = [L('r31', 0), L('r31', 1, 4)] + paras(P.lines('r33')) + paras(P.lines('r35')) + paras(P.lines('r37')) + [L('r39', 0, 4), L('r39', 4)]
A.append(art(None, fr, headings=[P.text(r) for r in ('r32', 'r34', 'r36', 'r38')], byline=[L('r39', 5), None]))
de = []
for r in ('r41', 'r42', 'r43', 'r44'):
    de += paras(P.lines(r)[1:])
de += [L('r45', 1, 3), L('r45', 3)]
A.append(art(L('r40', 0), de, subtitle=L('r40', 1, 4), headings=[L(r, 0) for r in ('r41', 'r42', 'r43', 'r44', 'r45')],
             byline=[L('r45', 4, 7), None]))
A.append(art(None, [P.text('r46')], section=["Oeſterreich⸗Ungarn.", None], source=["(W. T. B.)", None]))
A.append(art(None, [P.text('r47')], section=["Großbritannien und Irland.", None]))
fur = [P.text('r1'), L('r21', 0), L('r21', 1, 3), "Königlich Preußiſcher Staats-Anzeiger.", P.text('r25'), P.text('r26'),
       P.text('r27'), P.text('r28'), P.text('r48')]
note = ("Königlich Preußischer Staats-Anzeiger, March 1871: a double-page scan, left the last page (950) of No 65 (4 March), right the front page of No 66, Berlin, Sunday 5 March 1871, evening. "
 "PAGE XML ground truth of the reichsanzeiger-gt project (tboenig/reichsanzeiger-gt, CC0; manual Transkribus transcription, OCR-D level 2: ſ, ⸗, ꝛc. and the combining-e umlaut in 'Maͤrz' kept), copied unchanged; human transcription, not engine OCR. "
 "Gold text = the file's own text; structure from the region types and the line geometry (the image was not available). Paragraphs: an indented first line starts one; line-end ⸗/- before a lower-case continuation is removed. "
 "Left page: 1) the end of the Versailles peace preliminaries (continued from the previous page: no title); 'Artikel IV.' to 'Artikel X.' are headings; Artikel VI runs from column 1 into column 2 ('auf dem Wege / der Auswechſelung': one paragraph); '(Unterſchriften.)' and 'Ausgefertigt zu Verſailles, den 26. Februar 1871.' are paragraphs; 'Für Richtigkeit: Blume, Major im Generalſtabe.' is the byline (null accepted). "
 "2) 'Bekanntmachung.' (Darlehnskassen): its place/date line is a paragraph, 'Der Finanz⸗Miniſter. Camphauſen.' the byline. 3) the Brussels telegram (no title; '(W. T. B.)' stays in the paragraph and is also accepted as the source). "
 "Front page: 4) the Verordnung: title = its first two lines, subtitle 'Vom 4. März 1871.' (both in a paragraph region of the GT, but centred title lines on the page); the enacting formula 'Wir Wilhelm … was folgt:' is one paragraph; signature '(L. S.) Wilhelm. Gr. v. Bismarck⸗Schönhauſen.' = byline (the signature line alone or null also accepted); the place/date line 'Gegeben Hauptquartier …' is a paragraph. "
 "5) the armistice convention in French, introduced by the centred dateline 'Berlin, 5. März.' (its own first paragraph) — no title; 'Article I.' to 'Article IV.' are headings; signatures 'v. Bismarck. Thiers. Jules Favre.' = byline. "
 "6) 'Konvention,' (title) with the deck 'betreffend die Okkupation eines Theils von Paris durch die deutſchen Truppen, abgeſchloſſen zu Verſailles am 26. Februar 1871.' (subtitle; folded into the title also accepted); '§. 1.' to '§. 5.' are headings; '(Ohne Unterſchrift.)' a paragraph, 'Für Richtigkeit: …' the byline. "
 "7) and 8) two news items whose country names are run-in (Oeſterreich⸗Ungarn. / Großbritannien und Irland.): title null, the country name kept at the start of the paragraph and also accepted as the section; the London item breaks off at the foot of the page. "
 "Furniture: page number 950, the imprint at the foot of the left page (two strings), the masthead (one string), both ears, number, date line and the signature number 119 at the foot of the front page; the year '1871.' beside the date line is left out of the list (it occurs in the text, e.g. '26. Februar 1871.', and would count as a leak). Score with --fuzzy 0.9.")
write("tests/real4/reichsanzeiger_1871-03-05_treaty_articles_spread.page.xml.gold.json", note, fur, "1871-03-05", A)
