"""The printed text of each real36 crop, read from the page image (crops zoomed 1x-3x), typed once.

Berliner Börsen-Zeitung, Tuesday 10 December 1918, page 6 (scan 2436020X_1918-12-10_64_578_006.jpg of
poke1024/bbz-segment): paid notices of companies and banks in roman type. Tesseract's reading was
beside it, never copied. Line-end hyphens are dropped inside a word (`Generalver-` / `sammlung`),
kept before a capital (`Credit-` / `Anstalt`). Each notice is one article.
"""

NOTE = "Score with --fuzzy 0.9."
PAGE = {"date": "1918-12-10"}


def art(title, paragraphs, subtitle=None, headings=()):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": subtitle,
        "byline": None,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


GOLDS = {
    "bodencredit_zinsscheine": {
        "note": "Column 5, top: an untitled notice of the Saxon land-credit bank on the redemption of its "
        "mortgage-bond coupons; the paying agents set as indented display lines inside the first "
        "sentence (one paragraph), ditto marks for `in Berlin bei`; place/date line; the bank's name in "
        "large display type at the FOOT is the signature (a paragraph, not a title). The notice number "
        "(17654) is furniture.",
        "furniture": ["(17654)"],
        "articles": [
            art(
                None,
                [
                    "Die kostenlose Einlösung der am 2. Januar 1919 fälligen Zinsscheine unserer "
                    "Hypothekenpfandbriefe erfolgt vom 16. Dezember d. J. ab außer an unserer Kasse in "
                    "Dresden, Ringstraße 50, in Berlin bei der Dresdner Bank, ” ” ” Herrn S. Bleichröder "
                    "und an den sonstigen bekannten Pfandbrief-Verkaufsstellen.",
                    "Die Ausgabe der Zinsscheinbogen Reihe II zu unseren 4 % Pfandbriefen Serie 9 wird im "
                    "Mai 1919 erfolgen und rechtzeitig bekanntgegeben werden.",
                    "Dresden, im Dezember 1918.",
                    "Sächsische Bodencreditanstalt.",
                ],
            )
        ],
    },
    "scholten_generalversammlung": {
        "note": "Column 5: the call of a shareholders' meeting. Head in three display lines: firm name "
        "(title), trade and legal form (subtitle); the agenda under the centred `Tagesordnung:` "
        "(heading), five numbered items (one paragraph each); place/date line, the firm's name again "
        "and the board's signature (`Der Vorstand: Best.`) as paragraphs. (17653) is furniture.",
        "furniture": ["(17653)"],
        "articles": [
            art(
                "W. A. Scholten",
                [
                    "Unsere Aktionäre laden wir zur Generalversammlung auf Mittwoch, den 8. Januar 1919, "
                    "vormittags 10½ Uhr, in den Sitzungssaal der Berliner Handels-Gesellschaft, Berlin W. 8, "
                    "Behrenstraße 32, Eingang B, II Treppen, ein.",
                    "1. Bericht des Vorstandes und des Aufsichtsrats über das Geschäftsjahr 1917/18.",
                    "2. Feststellung der Bilanz und der Gewinn- und Verlust-Rechnung.",
                    "3. Entlastung des Vorstandes und des Aufsichtsrats.",
                    "4. Beschlußfassung über die Gewinnverteilung.",
                    "5. Wahlen zum Aufsichtsrat.",
                    "Um in der Generalversammlung zu stimmen oder Anträge zu stellen, müssen die Aktionäre "
                    "spätestens am Sonnabend, den 4. Januar 1919, bis 3 Uhr nachmittags, bei der "
                    "Gesellschaftskasse in Brandenburg a. H. oder bei der Berliner Handels-Gesellschaft in "
                    "Berlin ein doppelt ausgefertigtes, arithmetisch geordnetes Nummernverzeichnis der zur "
                    "Teilnahme bestimmten Aktien einreichen und ihre Aktien oder die darüber lautenden "
                    "Hinterlegungsscheine der Reichsbank oder der Bank des Berliner Kassen-Vereins "
                    "hinterlegen und bis zur Beendigung der Generalversammlung dort belassen.",
                    "Brandenburg (Havel), den 9. Dezember 1918.",
                    "W. A. Scholten Stärke- und Syrup-Fabriken Aktiengesellschaft.",
                    "Der Vorstand: Best.",
                ],
                subtitle="Stärke- und Syrup-Fabriken Aktiengesellschaft.",
                headings=["Tagesordnung:"],
            )
        ],
    },
    "rositz_generalversammlung": {
        "note": "Column 5, lower half: the call of a lignite company's annual meeting. Head in three "
        "display lines (firm, legal form: title; place `Rositz S.-A.`: subtitle); the call set as "
        "centred display lines of mixed size (one sentence, one paragraph); the deposit rule ends in a "
        "colon over a list of banks grouped under centred place labels (`in Berlin:`, `in Essen:`, "
        "`in Cöln:`, `in Altenburg:`), each group one paragraph with its label; `Tagesordnung.` "
        "(heading) over two numbered items; place/date line and the signature in two paragraphs. "
        "(17650), set at the end of item 2, is furniture. `der` in `Direction der Disconto-` is printed "
        "with a broken e (`dor`).",
        "furniture": ["(17650)"],
        "articles": [
            art(
                "Rositzer Braunkohlenwerke, Actiengesellschaft,",
                [
                    "Die diesjährige ordentliche Generalversammlung unserer Gesellschaft findet Montag, den "
                    "30. Dezember 1918, vormittags 11 Uhr, in Berlin in den Geschäftsräumen der Direction der "
                    "Disconto-Gesellschaft, Behrenstraße 42, statt.",
                    "Wir laden die Aktionäre hierzu ergebenst ein.",
                    "Auf Grund der Bestimmungen des § 19 des abgeänderten Gesellschaftsvertrages sind zur "
                    "stimmberechtigten Teilnahme an der Generalversammlung diejenigen Aktionäre befugt, "
                    "welche am zweiten Tage vor der anberaumten Generalversammlung bis abends 6 Uhr entweder "
                    "ihre Aktien oder Depotscheine der Reichsbank bei der Gesellschaftskasse deponiert haben "
                    "oder die geschehene Niederlegung derselben bei den nachstehend näher bezeichneten "
                    "Stellen durch Bescheinigung nachweisen:",
                    "in Berlin: bei der Direction der Disconto-Gesellschaft, bei der Dresdner Bank, bei dem "
                    "Bankhause S. Bleichröder, bei dem Bankhause Hardy & Co. G. m. b. H.,",
                    "in Essen: bei der Direction der Disconto-Gesellschaft, Filiale Essen, bei der Essener "
                    "Credit-Anstalt,",
                    "in Cöln: bei dem A. Schaaffhausen’schen Bankverein A.-G.,",
                    "in Altenburg: bei der Allgemeinen Deutschen Credit-Anstalt Lingke & Co., Altenburg.",
                    "Geschäftsbericht nebst Bilanz können an den genannten Stellen Mitte Dezember von den "
                    "Aktionären in Empfang genommen werden.",
                    "1. Vorlegung und Genehmigung des Geschäftsberichtes nebst Bilanz und Gewinn- und "
                    "Verlustausweis für 1917/18 und Bericht des Aufsichtsrates.",
                    "2. Vorlegung des Prüfungsberichtes und Beschlußfassung über Erteilung der Entlastung an "
                    "Aufsichtsrat und Vorstand.",
                    "Rositz S.-A., den 6. Dezember 1918.",
                    "Im Auftrage des Aufsichtsrates Rositzer Braunkohlenwerke Actiengesellschaft",
                    "A. Müller. Dr. Randhahn.",
                ],
                subtitle="Rositz S.-A.",
                headings=["Tagesordnung."],
            )
        ],
    },
    "anhalt_reissner_zinsscheine": {
        "note": "Columns 3-4, a notice across two columns: the issuer's name in display type (title), one "
        "sentence, place/date line and the paying bank's signature in display type. (17651) is "
        "furniture.",
        "furniture": ["(17651)"],
        "articles": [
            art(
                "Gewerkschaft Anhalt in Leopoldshall.",
                [
                    "Die am 2. Januar 1919 fälligen Zinsscheine zu den 5 % Teilschuldverschreibungen werden "
                    "bereits vom 15. Dezember ab bei uns eingelöst.",
                    "Berlin, den 9. Dezember 1918.",
                    "A. Reissner Söhne.",
                ],
            )
        ],
    },
    "bochum_strassenbahnen": {
        "note": "Columns 3-4, a notice across two columns: head in three centred lines (the bond: title; "
        "`der` + the company: subtitle), one sentence, seven numbered paying agents (one paragraph each, "
        "turned lines indented), place/date line, the company's name and `Die Direktion.` as paragraphs. "
        "(17649) is furniture. Digits: this face's 3 has a flat top (`Nr. 33`, `Yorkstraße 3`).",
        "furniture": ["(17649)"],
        "articles": [
            art(
                "4½ %ige Teilschuldverschreibungen",
                [
                    "Der am 1. Januar 1919 fällige Zinsschein Nr. 33 wird bereits vom 15. d. M. ab mit "
                    "ℳ 22.50 eingelöst",
                    "1. in Berlin bei der Dresdner Bank,",
                    "2. in Bochum bei der Essener Credit-Anstalt und bei der Filiale der Dresdner Bank,",
                    "3. in Gelsenkirchen bei der Essener Credit-Anstalt,",
                    "4. in Dortmund bei dem Dortmunder Bankverein,",
                    "5. in Düsseldorf bei dem Bankhaus C. G. Trinkaus,",
                    "6. in Elberfeld bei der Bergisch-Märkischen Bank, Filiale der Deutschen Bank,",
                    "7. in Essen-Ruhr bei der Essener Credit-Anstalt, bei der Filiale der "
                    "Disconto-Gesellschaft und bei der Gesellschaftskasse, Yorkstraße 3.",
                    "Bochum, den 2. Dezember 1918.",
                    "Bochum-Gelsenkirchener Strassenbahnen.",
                    "Die Direktion.",
                ],
                subtitle="der Bochum-Gelsenkirchener Strassenbahnen Akt.-Ges.",
            )
        ],
    },
    "kassenverein_ausweis": {
        "note": "Column 4: a bank's return in one narrow column: name in display type over two lines "
        "(title), the date line (subtitle), `Aktiva.` and `Passiva.` (headings; the ℳ column heads "
        "beside them are left out), one row per item with dot leaders as printed (a turned item is one "
        "paragraph). (17662) is furniture. Digits: flat-topped 3s (`9 833 217`, `3 953 500`).",
        "furniture": ["(17662)"],
        "articles": [
            art(
                "Bank des Berliner Kassen-Vereins",
                [
                    "Metall-u. Papiergeld, Guthaben bei der Reichsbank p. p. . . 9 833 217",
                    "Wechsel-Bestände p. p. . 13 180 000",
                    "Lombard-Bestände . . . 10 625 300",
                    "Effekten . . . 3 953 500",
                    "Grundstücke. . 3 330 000",
                    "Giro-Guth. pp. 30 572 017",
                ],
                subtitle="am 30. November 1918.",
                headings=["Aktiva.", "Passiva."],
            )
        ],
    },
}
