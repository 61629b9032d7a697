import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import art, write
from pagegt import Page, joinlines, paras

P = Page('tests/real4/staatszeitung_1820-10-12_runin_items_spread.page.xml')
def L(rid, i, j=None):
    ls = P.regs[rid]
    j = i + 1 if j is None else j
    return joinlines([t for _, _, t in ls[i:j]])
r1 = paras(P.lines('r1'))
assert len(r1) == 6, [p[:30] for p in r1]
A = []
A.append(art(None, r1[0:2]))
A.append(art(None, r1[2:4]))
A.append(art(None, r1[4:5]))
A.append(art(None, r1[5:6]))
A.append(art(None, paras(P.lines('r3')), section=["Inland.", None]))
lower = [None, "Inland."]
for r in ('r4', 'r5', 'r6', 'r7'):
    A.append(art(None, paras(P.lines(r)), section=lower))
A.append(art(None, paras(P.lines('r8', 'r9')), section=lower))
A.append(art(None, paras(P.lines('r10')), section=lower, byline=[P.text('r11'), None]))
A.append(art(P.text('r17'), [P.text('r18'), joinlines([P.text('r19'), P.text('r20')])] + paras(P.lines('r21')) + paras(P.lines('r22')),
             section=P.text('r16')))
paris = paras(P.lines('r25')) + paras(P.lines('r26', 'r27')) + paras(P.lines('r28')) + paras(P.lines('r29')) \
      + paras(P.lines('r30')) + [P.text('r31')] + paras(P.lines('r32')) + [L('r33', 0), L('r33', 1), L('r33', 2, 7)]
A.append(art(None, paris, section="II. Zeitungs⸗Nachrichten. Ausland."))
fur = [P.text('r12').split(' Reimer')[0], "Reimerſche Buchdruckerei.", "Allgemeine Preußiſche Staats⸗Zeitung.", P.text('r15')]
note = ("Allgemeine Preußische Staats-Zeitung, Berlin: a double-page scan, left the last page of the 83rd Stück, right the front page of the 84ſtes Stück, 12 October 1820. "
 "PAGE XML ground truth of the reichsanzeiger-gt project (tboenig/reichsanzeiger-gt, CC0; manual Transkribus transcription, OCR-D level 2: ſ, ⸗, ꝛc., combining-e umlauts as in 'Koͤnigl.' kept), copied unchanged; human transcription, not engine OCR. "
 "Gold text = the file's own text; structure from region types, the file's reading order and the line geometry (image not available); an indented line starts a paragraph, line-end ⸗ before a lower-case continuation is removed. "
 "Left page, upper tier, column 1: short news items, each opening with a run-in place name and no headline (Frankfurt a. M., with its second paragraph on the Vienna couriers; Kaßel, two paragraphs; Hanover; Altona): one article each, title null. "
 "Column 2 under the heading 'Inland.' (their section; null accepted): the Löwenberg maidens' festival. Lower tier: four one-paragraph court notes (Baden, Bavaria, Solms-Lych, Saxony), the item on sugar from Manila and Bourbon (running from column 1 into column 2: 'die milden Kolo⸗ / nialgeſetze' is one word), and Hardenberg's declaration, signed 'C. F. von Hardenberg.' (byline, null accepted): title null; their section is null, 'Inland.' also accepted (the reading order puts them after that heading; by content they are not Prussian news). "
 "Front page: section 'I. Amtliche Nachrichten.', title 'Kronik des Tages.', the dateline 'Berlin, vom 12. Oktober.' (a centred line of its own) is paragraph 1; Angekommen (two columns: 'Der Staats⸗ / Sekretair' joined as 'Staats⸗Sekretair'), Abgereiſt and the Ulanen item are paragraphs. "
 "Then 'II. Zeitungs⸗Nachrichten.' and 'Ausland.' (one section string; either part accepted) over the Paris report on the birth of the duc de Bordeaux: title null (run-in 'Paris.'), one article of prose and French verse; each stanza is a paragraph (its lines joined with spaces), the poem heading 'Grande peur, grande joie,' and its line 'impromptu écrit …' are paragraphs, and the page breaks off inside that poem (its verse lines so far: one paragraph). "
 "Furniture: 'Heun, Redakteur.' and 'Reimerſche Buchdruckerei.' at the foot of the left page, the masthead (two header lines as one string), the number and date line. Score with --fuzzy 0.9.")
write("tests/real4/staatszeitung_1820-10-12_runin_items_spread.page.xml.gold.json", note, fur, "1820-10-12", A)
