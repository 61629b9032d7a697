import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import art, write
from pagegt import Page, paras

P = Page('tests/real4/reichsanzeiger_1870-09-03_sedan_spread.page.xml')
A = []
A.append(art(None, paras(P.lines('r2'))))
A.append(art(P.text('r3'), paras(P.lines('r4', 'r5'))))
A.append(art(P.text('r14'), [P.text('r15')] + paras(P.lines('r16')), byline=[P.text('r17'), None]))
fur = ["Königlich Preußiſcher Staats-Anzeiger.", P.text('r9'), P.text('r10'), P.text('r11'), P.text('r12'), P.text('r13'), P.text('r18'), P.text('r19')]
note = ("Königlich Preußischer Staats-Anzeiger, No 244, Berlin, Saturday 3 September 1870, morning, second edition: a double-page scan (left: page 8 of the previous number, right: the front page with the masthead), "
 "as PAGE XML 2019 ground truth of the reichsanzeiger-gt project (tboenig/reichsanzeiger-gt, CC0; manual Transkribus transcription, OCR-D level 2: long s ſ and the double hyphen ⸗ kept), copied unchanged. "
 "The text of this file is a human transcription, not engine OCR: the page tests the PAGE reader, the reading order across the two pages and the article structure. Gold text = the file's own text; structure from the region types (heading/paragraph/header/page-number) and the line geometry; the image was not available. "
 "Paragraphs: a line indented about 130 px more than its neighbours starts one (the columns are skewed, so the comparison is local). Line-end ⸗ or - before a lower-case continuation is removed and the word joined. "
 "Articles: 1) the end of an article on Breslau house signs running over from the previous page (no title; one paragraph); 2) the feuilleton 'Der Krieg und die deutſche Bühne. I.' (its title is the heading region; it runs from column 1 into column 2: 'tief und / reich gebildeten Nation' is one paragraph); "
 "3) on the front page, the Sedan telegram: title 'Offizielle militäriſche Nachricht.', the address line 'Der Königin Auguſta in Berlin.' and the place/time line 'Vor Sedan, den 2. September ½ 2 Uhr Nachmittags.' are its first two paragraphs, the signature 'Wilhelm.' is the byline (null accepted). "
 "Furniture: the masthead (three header regions: one string), the two ears (subscription/insertion prices; post offices), number, date line and year, and the imprint at the foot (editor; printer). The page number 8 of the left page is left out of the furniture list: a one-digit string would be counted as a leak inside any paragraph holding that digit. "
 "The GT's 'erlionspreis' (the scan cuts off 'Insertionspreis') is kept as transcribed. Score with --fuzzy 0.9 (the text is exact, but the cleaner may normalise ſ or ⸗; at exact scoring such changes count as misses).")
write("tests/real4/reichsanzeiger_1870-09-03_sedan_spread.page.xml.gold.json", note, fur, "1870-09-03", A)
