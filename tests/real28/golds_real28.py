"""The tests/real28 golds: read from the scan (1667522809_J_0025_0001.jpg), never copied from the OCR."""

DATE = "1897-12-14"
STEM = "general_anzeiger_halle_1897-12-14_p1_"
SRC = (
    "General-Anzeiger für Halle und den Saalkreis, Nr. 292, Tuesday 14 December 1897, front page, as the 7161x10808 "
    "greyscale scan src/test/resources/images/1667522809_J_0025_0001.jpg of ulb-sachsen-anhalt/digital-derivans, in "
    "the ALTO v3 that Tesseract 4.1.1 made of it (src/test/resources/ocr/alto/1667522809_J_0025_0001/"
    "1667522809_J_0025_0001.xml; crop_real28.py). Fraktur; long s kept as printed (ſ); Fraktur double hyphens as '-'; "
    "words broken at line ends joined. The page number is not printed (front page). Score with --fuzzy 0.9. "
)


def art(paragraphs, title=None, section=None, byline=None, headings=(), captions=()):
    return {
        "section": section,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


def page(note, articles, furniture=()):
    return {"note": SRC + note, "page": {"furniture": list(furniture), "date": DATE, "page": None}, "articles": articles}


GOLDS = {
    STEM + "reichstagswahlpflicht_leader.alto.xml": page(
        "Crop: the top of column 1 under the nameplate: the boxed notice 'Die heutige Nummer umfaßt 10 Seiten.' "
        "(furniture), a heavy rule (read as a line of letters, 'FR 7““-“Z ZZ ZE G ZE“-TE] CCC ZZ', in the same "
        "block as the notice and the head), the leader's head 'Reichstagswahlpflicht.' (display Fraktur, read "
        "'Rei<stagswahlpflicht. |'), the right-set dateline line '* Halle, 13. December.' (read '* Sale'; given as "
        "the first paragraph, as real16 gives such a line) and the leader's first paragraph (22 lines; the leader "
        "runs on in blocks not in the crop). 'in Betracht ge-/gezogen' is the paper's doubled syllable across the "
        "line break: joined as printed, 'gegezogen' (an editor could write 'gezogen').",
        [
            art(
                [
                    "* Halle, 13. December.",
                    "Schon zu verſchiedenen Malen iſt die Frage ventilirt worden, ob es nicht den Wahlberechtigten "
                    "zur Pflicht gemacht werden könne, bei den Reichstagswahlen von ihren Befugniſſen auch wirklich "
                    "Gebrauch zu machen. Wir haben im deutſchen Reiche das allgemeine gleiche und direkte "
                    "Wahlſyſtem, welches eingeführt wurde, um bei der Kreirung der Abgeordneten auch thatſächlich "
                    "den wirklichen Volkswillen zum Ausdruck gebracht zu ſehen. Der Gedanke, welcher unſeren "
                    "Geſetzgebern damals vorſchwebte und ſie leitete, war jedenfalls gut, aber ſie haben nicht damit "
                    "gerechnet, daß ein großer Theil der Wähler von ſeinem Rechte keinen Gebrauch macht, daß dadurch "
                    "alſo das Beſtreben, die Volksmeinung zur Geltung zu bringen, illuſoriſch wird. Auch den "
                    "maßgebenden Einfluß, den die Stichwahlen mit jedem Jahre mehr ausüben, hat man wohl kaum bei "
                    "der Vorbereitung unſeres jetzigen Reichstagswahlrechtes in Betracht gegezogen. Und zu Beginn "
                    "des hier in Frage kommenden Zeitraumes, wo die Wähler ſich noch nicht in ſo viele Parteien "
                    "ſpalteten wie jetzt, hatten die Stichwahlen nur eine geringe Ausdehnung. Heute aber wird ein "
                    "ſehr großer Bruchtheil der Abgeordneten erſt in der Stichwahl definitiv erkoren und es kann "
                    "keine Rede mehr davon ſein, daß die einzelnen Parteien im richtigen Verhältniß im Reichstag "
                    "vertreten ſind. Das würde nur möglich ſein durch das Proportionalwahlſyſtem, deſſen Einführung "
                    "im Reiche aber vorausſichtlich ſo leicht nicht erfolgen dürfte und ſich auch thatſächlich "
                    "angeſichts der Parteizerklüftung ſehr ſchwierig geſtalten würde.",
                ],
                title="Reichstagswahlpflicht.",
            )
        ],
        furniture=["Die heutige Nummer umfaßt 10 Seiten."],
    ),
    STEM + "centrumsfuehrer_lieber.alto.xml": page(
        "Crop: one item of column 3 (under 'Deutsches Reich.', which heads column 2 and is not in the crop) with a "
        "run-in head in brackets and letter-spaced type, '— (Der Centrumsführer Abgeordneter Dr. Lieber) iſt, wie …'; "
        "the head stays in the paragraph (the sentence runs on from it) and the article has no title. Tesseract cut 'Das Leiden' at the end of line 2 into a block of its own (block_85), "
        "stored after the item.",
        [
            art(
                [
                    "— (Der Centrumsführer Abgeordneter Dr. Lieber) iſt, wie die „N. B. Korr.“ meldet, am "
                    "Donnerstag Vormittag plötzlich von ſeinem alten neuralgiſchen Magenleiden wieder heimgeſucht "
                    "worden. Das Leiden iſt diesmal mit einer ſolchen Heftigkeit aufgetreten, daß die näheren "
                    "Freunde des Erkrankten ernſtlich um ihn beſorgt ſind."
                ],
                title=None,
            )
        ],
    ),
    STEM + "china_und_deutschland.alto.xml": page(
        "Crop: one item of column 3 with a run-in head in brackets ('— (Die Schwierigkeiten zwiſchen China und "
        "Deutſchland) ſollen, …'; kept in the paragraph; no title), in six OCR "
        "blocks: Tesseract split lines 3–5 between blocks ('Der Gouverneur von Schangtung ſei' and 'Deutſchland "
        "habe' stored as blocks of their own after the lines they end, block_90 and block_91). 'habe' is blotted "
        "in the scan (read 'halls'); my reading from the sense. The item's second part after the dash ('— Die "
        "Meldung der „Times“ …') stays in the one paragraph (no indent).",
        [
            art(
                [
                    "— (Die Schwierigkeiten zwiſchen China und Deutſchland) ſollen, nach einem Telegramm des "
                    "„Reuter'ſchen Bureaus“ aus Peking, jetzt thatſächlich gehoben ſein. Der Gouverneur von "
                    "Schangtung ſei ſeines Amtes enthoben, aber nicht weiter degradirt. Deutſchland habe kein "
                    "faktiſches Eiſenbahn- und Bergbau-Monopol für Schantung, wohl aber dort ein Vorzugsrecht, wie "
                    "andere Mächte in anderen Theilen Chinas, erhalten. Nur die unmittelbare Umgebung der "
                    "Kiau-tſchau-Bucht werde von Deutſchland beſetzt werden. In allen anderen Punkten habe China "
                    "vollſtändig nachgegeben. — Die Meldung der „Times“ aus Shanghai, wonach die Deutſchen "
                    "demnächſt die Kiaotſchaubai verlaſſen und die Semſahbai okkupiren würden, wird als eine "
                    "Erfindung bezeichnet."
                ],
                title=None,
            )
        ],
    ),
    STEM + "sangerhausen_hamburg.alto.xml": page(
        "Crop: two dateline items of column 3 ('* Sangerhauſen, 12. December.' and '* Hamburg, 12. December.', "
        "the place in bold, run in). No head over them in the crop; each is an untitled article of one paragraph, "
        "its dateline kept at the start. 'freiſinnungen' is the "
        "paper's misprint (for 'freiſinnigen'), kept as printed. 'Schloß-/heldrungen' joined (the place "
        "Schloßheldrungen); 'Sangerhauſen-/Eckartsberga' keeps its hyphen.",
        [
            art(
                [
                    "* Sangerhauſen, 12. December. Im Wahlkreiſe Sangerhauſen-Eckartsberga haben die "
                    "Sozialdemokraten den Schuhmacher Joſef Simon in Erfurt als Kandidaten für die nächſte "
                    "Reichstagswahl aufgeſtellt. Kandidat der freiſinnungen Volkspartei iſt der Rentier Strutz in "
                    "Schloßheldrungen."
                ],
                title=None,
            ),
            art(
                [
                    "* Hamburg, 12. December. Der Zuſtand des Fürſten Bismarck iſt verhältnißmäßig durchaus "
                    "befriedigend. Heute trafen beide Söhne Herbert und Wilhelm zu längerem Beſuche ein. Auch ſieht "
                    "der Fürſt ab und zu wieder Gäſte bei ſich zu Tiſch."
                ],
                title=None,
            ),
        ],
    ),
    STEM + "kiel_prinz_heinrich.alto.xml": page(
        "Crop: one dateline item of column 3 ('* Kiel, 12. December.', read '+ Kiel'), nine lines, with "
        "letter-spaced names ('Kaiſer', 'Prinzen', 'Deutſchland'). An untitled article of one paragraph, the "
        "dateline kept at its start.",
        [
            art(
                [
                    "* Kiel, 12. December. Der Kaiſer wird am Dienstag Nachmittag hier eintreffen. Am Abend findet "
                    "im königlichen Schloſſe aus Anlaß der Abreiſe des Prinzen Heinrich ein Diner ſtatt, an dem das "
                    "kaiſerliche Gefolge, die hier anweſenden Admirale, die Offiziere der Schiffe „Deutſchland“ und "
                    "„Gefion“, ſowie die nach China deſignirten Offiziere des Seebataillons theilnehmen. Am Mittwoch "
                    "werden ſich der Kaiſer, Prinz Heinrich und das kaiſerliche Gefolge auf dem Kreuzer "
                    "„Deutſchland“ einſchiffen. Der Kaiſer wird dem Prinzen Heinrich das Geleite bis Brunsbüttel "
                    "oder Rendsburg geben."
                ],
                title=None,
            )
        ],
    ),
    STEM + "oesterreich_ungarn_wien.alto.xml": page(
        "Crop: the country head 'Oeſterreich-Ungarn.' (bold Fraktur, centred; read 'OeſterreicheUngarn.') over the "
        "dateline item '* Wien, 12. December.' (four lines). The head is the title (as the section, with no title, "
        "an editor could also file it: the gold gives the section as none or the head). The item runs on past the "
        "end of the column ('… der Verſammlung als'); its paragraph ends there, mid-sentence.",
        [
            art(
                [
                    "* Wien, 12. December. Heute hat hier ein deutſcher Volkstag ſtattgefunden, der von etwa 6000 "
                    "Perſonen beſucht war. Eröffnet wurde derſelbe durch den Abgeordneten Wolf durch eine "
                    "Anſprache, worin der Redner auf den außerordentlich zahlreichen Beſuch der Verſammlung als"
                ],
                title="Oeſterreich-Ungarn.",
                section=[None, "Oeſterreich-Ungarn."],
            )
        ],
    ),
    STEM + "majoratsherr_roman.alto.xml": page(
        "Crop: the head of the serial novel below the rule of column 1: title 'Der Majoratsherr.' in display "
        "Fraktur, the author line 'Roman von Nataly v. Eſchſtruth.' (the byline; 'Nataly v. Eſchſtruth' alone also "
        "given), the instalment line '51)  (Fortſetzung.)  [Nachdruck verboten.]' (furniture: the instalment "
        "number, the continuation mark and the reprint notice), and the instalment's first two paragraphs (the text "
        "runs on in blocks not in the crop). '51)' may be '51]' (the bold bracket is ambiguous in the scan).",
        [
            art(
                [
                    "Pias Blick ſchweift thränenglänzend durch das Zimmer und haftet jählings auf etwas Weißem, "
                    "Zerknittertem, welches vor Fränzchens Seſſel liegt. Sie erbebt. — Sein Brief! —",
                    "Was gäbe ſie darum, könnte ſie einen einzigen Blick in dieſe Zeilen thun!",
                ],
                title="Der Majoratsherr.",
                byline=["Roman von Nataly v. Eſchſtruth.", "Nataly v. Eſchſtruth"],
            )
        ],
        furniture=["51)", "(Fortſetzung.)", "[Nachdruck verboten.]"],
    ),
}
