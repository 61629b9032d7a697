"""Write the gold of this set's five Neue Zürcher Zeitung front pages, one copy per page file, and check it.

Each page is a front page of the Zürcher Zeitung (from 1821 the Neue Zürcher Zeitung) of
1780-1795, printed in Fraktur, as published by impresso/NZZ-black-letter-ground-truth: the human
ground truth as PAGE XML (Transkribus, corrected word by word), the uncorrected ABBYY FineReader
Server 11 OCR as PAGE XML (Transkribus), and the page scan (TIFF) that Tesseract read here. The
gold text below was typed from the ground truth and then read against the scan; where the scan
shows the ground truth misread the print, the gold follows the print (`gt_fixes`). Line-end
hyphens (the ground truth's `¬`) that only split a word are removed.

Run from any directory: it rewrites every `*.gold.json` of this set and `INDEX.json`, then checks
  - every page file decodes as UTF-8, and every one but the plain text parses as XML;
  - the gold's body text (titles and paragraphs, in order) equals the ground truth's text after
    the masthead lines, apart from whitespace, the removed line-end hyphens and the listed
    `gt_fixes`; the furniture holds exactly the characters of the masthead lines (after the
    listed `masthead_fixes`): nothing of the printed text is lost or added;
  - the shared scorer fed the gold as its own prediction gives paragraph F1 1.000, all titles and
    0 leaks (exact and at --fuzzy 0.9);
  - no furniture string stands inside a gold paragraph.
"""

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
OUTPUTS = ("gt.page.xml", "abbyy11.page.xml", "tess_deu.hocr", "tess_deu.txt")
# The ground truth's mark for a line-end hyphen (the print's `=`-like Fraktur hyphen).
SPLIT_MARK = "¬"
SOURCE = (
    "A front page of the Zürcher Zeitung (Zurich, Fraktur), as stored by "
    "impresso/NZZ-black-letter-ground-truth (img/{scan}.tif, xml/*/{name}.xml), {date}. Four "
    "outputs of the same page: gt.page.xml = the project's human ground truth (PAGE XML 2013, "
    "Transkribus, corrected at word level; N° normalised to 'Nr.', long s to 's', line-end "
    "hyphens as '¬'); abbyy11.page.xml = the uncorrected ABBYY FineReader Server 11 OCR the "
    "ground truth was corrected from (PAGE XML, Transkribus); tess_deu.hocr / tess_deu.txt = "
    "Tesseract 5.3.0 -l deu (psm 3, defaults; no Fraktur model installed) run HERE on the scan. "
    "Furniture: the masthead (issue number, year, the title 'Zürcher Zeitung' printed either "
    "side of a woodcut post rider, weekday and date), each a string as read across its row. "
    "Articles: a COUNTRY HEAD ({heads}) is the title of one article holding the datelined "
    "reports under it, as real6 decided for the Reichsanzeiger's country heads; each report, or "
    "each indented paragraph, is one paragraph (the dateline opens it, it is no title). "
)


def article(title, paragraphs):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


PAGES = {
    "nzz_1780-07-19_p1_spain_france": {
        "scan": "0001_nzz_17800719_0_0_a1_p1_1",
        "date": "1780-07-19",
        "furniture": ("N°. 55.", "1780.", "Zürcher Zeitung", "Mittwoch, den 19. Heumonat."),
        "masthead_lines": 6,
        "masthead_fixes": (("Nr.", "N°."),),
        "gt_fixes": (),
        "decisions": "1780, issue 55, Wednesday 19 'Heumonat' (July): two country heads, 'Spanien.' over three datelined reports (Madrid, Cadix, Muros) and 'Frankreich.' over one (Paris). The Muros report breaks at the foot of column 1 inside a sentence ('ist / gestern hier eingelaufen') and goes on at the top of column 2: one paragraph. The Paris report breaks off at the foot of the page ('oder': it goes on overleaf, not here); the gold keeps it as it stands. Joined: vorge¬/schlagen, Sergent-Ma¬/jor (the mid-line hyphen of the compound stays), ameri¬/canischen. The ground truth agrees with the scan where it was read.",
        "articles": (
            (
                "Spanien.",
                (
                    "Madrid, vom 23. Junii. Ein Nachtrag unsrer Zeitung liefert die Artickel der Uebergabe der Vestung Charlotte de la Mobile, wie sie Herr Elias Dürnford Gouverneur-Lieutenant von Westflorida, und Commandant der Vestung und der brittischen Besatzung von Mobile vorgeschlagen, und D. Galvez genehmigt hat. Es sind dieser Artickel eilfe, und sie enthalten nichts, als was gewöhnlich bedungen wird, wenn die Besatzung zu Kriegsgefangenen gemacht wird. Wir haben bey der Belagerung verloren, einen Lieutenant, und 7. Gemeine; ein Sergent-Major, ein Schiffs-Lieutenant, ein Capitain der Miliz und 9. Gemeine sind verwundet. Von dem Verlust der Engländer hat D. Galvez nichts berichten können, weil sie ihn mit der größten Sorgfalt verbargen.",
                    "Cadix, vom 10. Junii. Ein Chebek bringt uns die Nachricht, daß die Escadre und das Convoy, welche den 28. Aprill von hier ausgelaufen sind, den 17. des vorigen Monats glücklich zu Saint-Croix auf Teneriffe angelangt seyen. Der Chebek hat zugleich unweit des Caps Cantin den englischen Brigantin Fanchon erbeutet, dessen Ladung aus 1390. Stangen Bley, 71. Fässer Vitriol, 80. Fässer Mehl, 60. Säcke Getreide, einigen medicinischen Artickeln und andern Waaren bestuhnd. Wahrscheinlich war dieses Schiff nach Gibraltar bestimmt.",
                    "Muros, vom 9ten Junii. Die königliche Courrier-Fregatte der König, commandirt von D. Juan Antonio Gonzales, welche den 25ten Aprill von Havannah absegelte, um die americanischen Briefe nach Coronna zu bringen, ist gestern hier eingelaufen. Ohngefähr 20. Meilen vom Cap Finisterrä stieß die Fregatte auf eine andere, die sie für eine englische hielt, ob sie schon die französische Flagge aufgesteckt hatte. Der Franzose hatte eine englische Prise bey sich, und sein Manövre bestärkte den D. Gonzales in seinem unglücklichen Verdacht so sehr, daß er wegen der Ueberlegenheit seines eingebildeten Feindes seine Briefe über Bord warf. An Bord dieser Fregatte war auch D. Manuel Gonzales, der die Depeschen aus Louisiana, und unter andern die Nachricht von der Uebergabe der Vestung Mobile brachte. — Der Irrthum dieser Fregatte beraubt uns aller americanischen Nachrichten; doch haben wir von dem Capitain und dem Schiffsvolk erfahren, daß eine ansehnliche Verstärkung von Havanna ist abgeschickt worden, die mit den Truppen des D. Galvez Pensacola einnehmen soll.",
                ),
            ),
            (
                "Frankreich.",
                (
                    "Paris, den 11. Jul. Endlich bringt unsre Hofzeitung eine Relation von dem berüchtigten Treffen vom 17. Aprill zum Vorschein. Wir wollen nur das heraus nehmen, was den englischen Nachrichten widerspricht. Erstens sagt die französische Relation, die Flotte des Admirals Rodney seye der Flotte des Admirals Guichen ohne allen Vergleich überlegen gewesen; die Zahl der Schiffe war fast gleich, und die Engländer hatten grössere Schiffe. Zweytens: Rodney habe das Treffen ausgeschlagen, und Guichen habe ihn mit allem Eifer dazu bringen wollen. (Die Engländer sagen das auch von sich.) Drittens: Es habe ganz in der Macht der Engländer gestanden, die Action lebhafter zu machen, oder",
                ),
            ),
        ),
    },
    "nzz_1784-07-10_p1_paris_rescuer_holland": {
        "scan": "0005_nzz_17840710_0_0_a1_p1_1",
        "date": "1784-07-10",
        "furniture": ("N°. 55.", "1784.", "Zürcher Zeitung", "Samstag, den 10. Heumonat."),
        "masthead_lines": 6,
        "masthead_fixes": (("Nr.", "N°."), ("1784", "1784."), ("Samstag", "Samstag,")),
        "gt_fixes": (
            ("Holland Haag", "Holland. Haag"),
            ("stürtzte", "stürzte"),
            ("and dem Hals", "an dem Hals"),
            ("Fluss", "Fluß"),
            ("unfern", "unsern"),
            ("Machtim im Streike", "Macht im Streite"),
            ("gewiss ziemlich", "gewiß ziemlich"),
            ("Führmann", "Fuhrmann"),
        ),
        "decisions": "1784, issue 55, Saturday 10 'Heumonat' (July): 'Frankreich.' over one long Paris report (the theatre, a balloon ascent, a carpenter who saved twelve lives) whose items are run on with dashes in ONE paragraph, broken across the column; 'Holland.' (letter-spaced head) over one Hague report that breaks off at the foot of the page ('von Millionen'). The scan shows the print where the ground truth misread it, and the gold follows the print: 'Holland.' (GT 'Holland'), 'stürzte' (GT 'stürtzte'), 'an dem Hals' (GT 'and'), 'Fluß' twice (GT 'Fluss'), 'unsern' (GT 'unfern'), 'Macht im Streite' (GT 'Machtim im Streike'), 'gewiß' (GT 'gewiss'), 'Fuhrmann' (GT 'Führmann'). Masthead as printed: 'N°. 55.', '1784.', 'Samstag,' (GT 'Nr. 55.', '1784', 'Samstag').",
        "articles": (
            (
                "Frankreich.",
                (
                    "Paris, vom 2. Julii. Die königlichen Schauspieler führten gestern die Druiden, ein Trauerspiel des Herrn le Blank auf, das seit einigen Jahren verboten war. Der Beyfall war ausserordentlich. Dem schwedischen Monarchen, der keine empfindelnde Drathpuppe ist, und dem Graf von Artois entstürzten Thränen. Nassen Auges rief das Publikum den Verfasser hervor und krönte ihn mit dem lautesten Beyfall. Beynahe jeden Tag erscheint der liebenswürdige Reisende im Schauspiel — aber gewiß ist's, daß dieß nur Nebenzweck ist — und daß in der Kabinets-Dämmerung vieles vorgeht, das noch kein Blick irgend eines Schreibers in Merkurs Bude durchgeblickt hat. — Der Graf von Artois hat die letztgemeldte Streitsache gewonnen. — Künftigen Sonntag den 4ten Julii werden die Herren Abbés Miollan und Janinet eine Luftreise machen, wozu wir ihnen von Herzen guten Wind wünschen. — Franz Tourangeau ein Zimmermann, der sich wirklich in Pont St. Maxencel aufhält, hat zwölf Personen das Leben gerettet. Gleich vertraut mit dem Feuer und dem Wasser entriß Er zehen Menschen den Fluthen, und zwey den Flammen. Vor zwey Jahren ritt ein Fuhrmann des Nachts um eilf Uhr über die alte Brücke. Ein fürchterliches mit Sturm und Schlossen vereinigtes Gewitter stürzte ihn vom Pferd herab in den Fluß. Tourangeau lag schon im Bette, als Er Hülfe rufen hörte. Schnell stürzt er sich in den Strom, kämpft eine Viertelstunde mit den aufgewühlten Fluthen und bringt den Mann glücklich an's Ufer. Es ist eine Herzenswonne, den Mann davon erzählen zu hören, wie er erst den Geretteten nicht fande, und ihn nur wenn es blitzte sah — und der Hagel auf seinen Rücken stürzte. Vor weniger Zeit führte ein Postillion vier Pferde, die an dem Hals aneinander gebunden waren, in den Fluß. Er kam in einen vier und zwanzig Schuhe tiefen Schlund, der ihn und die Pferde verschlang. Schnell warf Tourangeau Hut und Rock beyseite, sprang in den Fluß und kam mit dem Postillion unterm Arme zurück. Als man ihn fragte, ob ihn der Postmeister auch dafür belohnt habe, sagte Er ganz kalt: Ach, was Belohnung! Ich bin zufrieden, daß Herr Payen seinen Knecht wegen den ersoffenen Pferden nicht strafte.",
                ),
            ),
            (
                "Holland.",
                (
                    "Haag, den 25sten Junii. Unser Bündniß mit Frankreich rückt gar nicht nach unsern Wünschen vor. Die Antwort des Herrn von Vergennes auf die Vorschläge unsrer Bevollmächtigten ist nichts weniger als günstig — und überhaupt will sich Frankreich mit uns ganz und gar nicht näher einlassen, bis unsere Streitigkeiten mit dem Kaiser beendigt sind. So schutzlos von aussen, von innen zerrissen, mit einer fürchterlichen Macht im Streite, ohne wahren Patriotismus ist unsre Lage die verwickelste und kritischte, die gedacht werden kann. In der ersten Versammlung der Staaten von Holland soll über die Antwort des französischen Hofes gesprochen werden. Neben diesem werden auch nebst der Antwort auf das Schreiben des Königs von Preussen, die Gegenforderungen des Staats an den Kaiser auf dem Tapet erscheinen. Und diese sollen gewiß ziemlich vollwichtig seyn. Denn die Stadt Amsterdam soll allein von Millionen",
                ),
            ),
        ),
    },
    "nzz_1788-05-28_p1_chatelet_decree": {
        "scan": "0009_nzz_17880528_0_0_a1_p1_1",
        "date": "1788-05-28",
        "furniture": ("N°. 43.", "1788.", "Zürcher Zeitung", "Mittwoch, den 28 May."),
        "masthead_lines": 6,
        "masthead_fixes": (("Nr.", "N°."),),
        "gt_fixes": (
            ("„", ""),
            ("gefaßt: Die", "gefaßt: „Die"),
            ("darf und kann. ", "darf und kann.„ "),
            ("wefentlich", "wesentlich"),
            ("Procuraror", "Procurator"),
            ("dir Armee", "die Armee"),
            ("mam von", "man von"),
            ("Deklarrationen", "Deklarationen"),
            ("Stimmfreyheit", "Stimmenfreyheit"),
            ("gesodet", "gefodert"),
            ("schlecht bevon", "schlecht be¬ von"),
        ),
        "decisions": "1788, issue 43, Wednesday 28 May: 'Frankreich.' over three paragraphs (each indented): the Paris report quoting the Châtelet's decree, a report from Constantinople, a report from Madrid. The decree is set with RUNNING QUOTATION MARKS, a '„' at the head of each of its 28 continuation lines (old German style); the gold keeps only the opening '„Die' and the closing 'kann.„', so words split at line ends read whole (lebhafte¬/„sten: 'lebhaftesten'). A fold of the paper cuts one line of column 2 between 'schlecht be¬' and 'von 100tausend' (only the feet of its letters show): unreadable, not in the ground truth and not in the gold, which keeps 'be¬' as the line ends. The column break falls inside a word ('Großve¬/ziers'). Gold follows the print where the GT misread it: 'wesentlich' (GT 'wefentlich'), 'Procurator' ('Procuraror'), 'die Armee' ('dir'), 'man von' ('mam'), 'Deklarationen' ('Deklarrationen'), 'Stimmenfreyheit' ('Stimmfreyheit'), 'gefodert' ('gesodet'). Kept as the ground truth and the print have them: 'Aufnahm', 'Gewalthat'.",
        "articles": (
            (
                "Frankreich.",
                (
                    "Paris vom 19ten May. Am Freytag hat das Chatelet nach einer Sitzung von 10 Uhr Morgens bis um 4 Uhr Mitternachts folgendes Arret abgefaßt: „Die Gesellschaft sieht mit der lebhaftesten Kränkung, wie man gegen verschiedene Höfe des Königreichs mit Gewalthat verfährt, wie das Heiligthum der Gerechtigkeit durch bewafnetes Militair geschändet und die Stimmenfreyheit durch die Verhaftung der Magistrate verletzet wird, die über wesentlich geheime Berathschlagungen für ihre Person nie verantwortlich seyn können; sie sieht, wie der Lauf der Gerechtigkeit gehemmt, die Magistratur abgewürdigt, und die alte Ordnung unter einem Monarchen verkehrt wird, der sich feyerlich erklärte, nie anders, als gesetzmäßig regieren zu wollen, und dessen wohlthätige Absicht einzig nur der Wohlstand seiner Unterthanen ist — die Gesellschaft hat also in Betracht, daß die Ordonanzen, Edickte und Deklarationen, die der königliche Procurator vorbrachte, der Einsicht und Berathung seines Parlamentes vorenthalten wurden, welchem das gewisse, und von Sr. Majestät anerkannte Recht zukömmt, Derselben Remonstrationen zu überreichen, ein Recht, dessen sich das Parlament in dem Augenblick seiner gewaltthätigen Suspension nicht bedienen kann, einmüthig beschlossen, daß sie zur Lesung, Publicirung und Einregistrung besagter Ordonanzen, Edickte und Deklarationen nicht schreiten darf und kann.„",
                    "Man hat hier vom Grafen von Choiseul Briefe aus Constantinopel vom 22sten Merz erhalten, worinn er berichtet, daß er die Armee des Großveziers zwey Tage vor ihrem Abmarsche gesehen, und sich über die Schönheit derselben äusserst verwundert habe. Er meldet, daß sich bey dieser Armee gegen 60tausend junge Leute befinden, die in Europa das Ansehen und die Grösse der Grenadiers hätten. Allein es verhellet auch nicht, daß diese glänzende Mannschaft äusserst zuchtlos und schlecht be¬ von 100tausend Mann gegen Sophie aufbrach, war bereits der Janitscharen-Aga mit einem Trupp von 60tausend Mann voransgezogen. Den 10ten Merz erhielt der Großvezier einen Pack von 2000. Paar wohleinballirter Christenohren, welche mit vielem Vergnügen vor den Thoren des Serails ausgepackt und gezeigt wurden. In dem ganzen Ottomannischen Reiche werden neue Truppen ausgehoben, da doch bereits schon 400tausend Mann unter den Waffen stehen.",
                    "Aus Madrid vernimmt man, daß den 23sten April der Rußische Minister dem königlichen Rath eine Note von Seite seines Hofes überreichte, worinn für die Rußische Flotte, die in das Mittelländische Meer segeln wird; der nöthige Sucours gefodert wird. Der königliche Rath antwortete hierauf, daß die Rußischen Schiffe in allen Spanischen Häfen Aufnahm, und jene Unterstützung finden werden, die man von einer bewafneten Neutralität erwarten kann. Am gleichen Tage gieng die Spanische Flotte in die See. Sie wird von acht Linienschiffen, zwey Fregatten und einigen andern Fahrzeugen begleitet Man weiß ihre Bestimmung noch nicht, doch vermuthet man, daß sie einsweilen nur zum Kreutzen ausgelaufen sey.",
                ),
            ),
        ),
    },
    "nzz_1791-01-12_p1_assembly_poor_rents": {
        "scan": "0012_nzz_17910112_0_0_a1_p1_1",
        "date": "1791-01-12",
        "furniture": ("N°. 4.", "1791.", "Zürcher Zeitung", "Mittwoch, den 12. Jenner."),
        "masthead_lines": 6,
        "masthead_fixes": (("Nr.", "N°."),),
        "gt_fixes": (
            ("per Armen", "der Armen"),
            ("fich französische", "sich französische"),
            ("Bewegungen ,", "Bewegungen,"),
            ("Lit. 8.", "Lit. L."),
        ),
        "decisions": "1791, issue 4, Wednesday 12 'Jenner' (January): 'Frankreich.' over four indented paragraphs of one Paris report on the National Assembly ('die Stände'); the second paragraph breaks across the column inside a word ('er¬/griffen'), the last breaks off at the foot of the page ('als er von hieraus'). Gold follows the print: 'der Armen' (GT 'per'), 'sich französische' (GT 'fich'), 'Bewegungen,' (GT 'Bewegungen ,'), 'Lit. L.' (GT 'Lit. 8.': the letter L of the rent roll, not a figure).",
        "articles": (
            (
                "Frankreich.",
                (
                    "Paris, vom 3. Jenner. Die Fischweiber, oder, wie man sie in Paris nennt, die Damen von der Halle, haben den Repräsentanten der Nazion am Vorabend des letzten Tages im Jahre eine feyerliche Visite abgestattet, und ihnen zur glücklichen Beendigung ihres Jahrwerks Glück gewünscht. Da diese Glückswünsche so eigentlich aus den Herzen des Volks flossen, so haben die Stände dieselben mit grosser Theilnahme angehört, um so mehr, da diese Damen, wie sich das Journal de Paris ausdrückt, in der Revolution einen so glücklichen und mächtigen Einfluß behaupteten.",
                    "Den folgenden Tag darauf haben die Stände jener armen Volksklasse, welche als Almosen gewisse Renten vom Staate jährlich zu beziehen hat, einen sehr wesentlichen Dienst erwiesen. Bisher wurden diese Renten, nach der eingeführten Gewohnheit, und weil der Buchstaben ihrer Auszahlung erst unter Lit. L. zu stehen kam, sehr spät ausbezahlt. Herr Anson nahm sich in einer sehr rührenden Anrede an die Versammlung dieser Armen an, und machte die Mozion, daß die Renten von 1790, welche den dürftigen Leuten gehören, sogleich mit Anfang Jenners ausgezahlt werden sollten, besonders auch in der Rücksicht, weil dieser Monat wegen der rauhen Jahreszeit den Mangel an empfindlichsten zu machen pflegt. Da die ganze Summe nur ungefähr 500000 Liv. beträgt, so könnte eine solche Kleinigkeit in den zur Zahlung bestimmten Fonds für diese Zeit, keine sehr auffallende Veränderung verursachen. Die Stände haben diese Gelegenheit mit Freude ergriffen, der ärmern Volksklasse einen Beweis ihrer sorgfältigen Aufmerksamkeit auf die Verbesserung des Schicksals der Dürftigen zu geben, und zu dem Ende erkannt, daß das Zahlamt alle Renten vom Jahr 1790, welche zum Vortheil der Armen bestimmt sind, gleich mit dem Anfange des Jenners 1791 auszahlen solle.",
                    "Man bemerkt zwar noch im Innern des Königreichs bald hier bald dort aufrührerische Bewegungen, die aber durch die allgemeine Wachsamkeit des Patriotismus gar schnell wieder unterdrückt werden. Was das unangenehmste bey der Sache, und für wackere Geistliche, welche sich Gott, und nicht dem Glücke und der Macht des Priesterthums geheiliget haben, am meisten betrübend ist, sind die zuverläßigen Zeugnisse, daß an den meisten Orten die Diener des Altars Aufwiegler des Volkes sind. Das Departement von Ardeche hat bey den Ständen wegen des Hirtenbriefs eines ihrer Gerichtsbarkeit unterworfenen Bischofes, welcher Fanatismus und Ungehorsam gegen die Gesetze prediget, sehr nachdrückliche Vorstellungen gemacht. Die Stände haben die Addresse dieses Departements der Untersuchungskommißion übergeben.",
                    "Aber auch selbst in Mitte der Ständeversammlung scheuen sich französische Prälaten nicht, ihren Ungehorsam gegen die ständischen Dekrete auf eine sehr trozende Art zu bezeugen. Gestern eräugnete sich darinn eine sehr stürmende Szene. Der Bischof von Clermont bestieg die Bühne. Man glaubte, er würde den vorgeschriebenen Bürgereid leisten. Allein wie groß war das Erstaunen und der Unwillen der Stände, als er von hieraus",
                ),
            ),
        ),
    },
    "nzz_1795-04-22_p1_fox_motion": {
        "scan": "0016_nzz_17950422_0_0_a1_p1_1",
        "date": "1795-04-22",
        "furniture": ("N°. 32.", "1795.", "Zürcher Zeitung", "Mittwoch, den 22. April."),
        "masthead_lines": 6,
        "masthead_fixes": (("Nr.", "N°."),),
        "gt_fixes": (
            ("des Parlaments nicht", "des Parlements nicht"),
            ("belauft sich", "belaufe sich"),
            ("Caren zu", "Taxen zu"),
            ("unfundierte", "unfundirte"),
            ("ernsthaftten", "ernsthaften"),
            ("traurigste fey", "traurigste sey"),
            ("hoben Versicherungs", "hohen Versicherungs"),
        ),
        "decisions": "1795, issue 32, Wednesday 22 April: 'Großbrittanien.' (letter-spaced) over ONE long paragraph, the report of Fox's motion on the state of the nation, opened by the run-in rubric 'Parlementssachen.' (kept in the paragraph: it is set in the body type on the paragraph's first line), broken across the column inside a sentence ('eines natürlichen / Todes') and breaking off at the foot of the page ('Nazion,'). Gold follows the print: 'Parlements' (GT 'Parlaments'), 'belaufe' ('belauft'), 'Taxen' ('Caren'), 'unfundirte' ('unfundierte'), 'ernsthaften' ('ernsthaftten'), 'sey' ('fey'), 'hohen' ('hoben'). Kept as the GT has them: '1 ½' (printed 1 1/2), 'köñen' (printed with a tilde over the n).",
        "articles": (
            (
                "Großbrittanien.",
                (
                    "Parlementssachen. Am 24. Merz machte Hr. Fox im Unterhause den wichtigen Antrag, daß der Zustand der Nazion in Ueberlegung gezogen werden sollte. Aus seiner Rede wollen wir, so wie aus der Antwort des Hrn. Pitt, die Hauptgedanken ausziehen. „So wenig Hoffnung er auch habe, daß er durchdringen werde, sagte Hr. Fox, so wolle er doch einen Versuch machen, wo möglich England aus der Gefahr, die ihm drohe, zu retten. Er habe schon einen ähnlichen Antrag im Jahre 1777. zur Zeit des amerikanischen Krieges gemacht, da unsere Armee zu Saratoga sich ergeben mußte; aber der jetzige Zeitpunkt sey noch viel gefährlicher, als der damalige. Diese Gefahr entstehe nicht aus der Gesinnung des englischen Volks; denn das sey seiner Konstituzion gewiß noch mit aller Treue zugethan, und liebe seine Gesetze und seinen König — sondern aus der immer lauter werdenden Klage, daß das Unterhaus des Parlements nicht die wirklichen Repräsentanten des Volks enthalte, und daß die englische Konstituzion zwar in der Theorie vortreflich, aber in der Praxis und unter der jetzigen Administrazion, welche nach einem so grossen Aufwande von brittischem Blut und Gelde im jetzigen Kriege weder eine gerechte Sache noch einen bestimmten Endzweck habe, äusserst verdorben sey. Hr. Fox verbreitete sich nun im Strome seiner Rede über ein weites Feld, über die Hülfsquellen an Leuten und Gelde, über Manufakturen, Handel und Bevölkerung, über unsere geschlossene Allianzen, über die Grundsätze und die Führung des jetzigen Kriegs, und über die jetzige kritische Lage Irlands, um aus allem diesem die Nothwendigkeit einer ernsthaften Untersuchung des Zustandes der Nazion zu beweisen. Nach der geringsten Angabe im letzten Sept., sagte er, belaufe sich der Verlust allein an brittischen Truppen auf 26000 Mann, und diese Zahl müsse noch viel höher steigen, wenn man diejenigen dazu nehme, die in den Kolonien, in den Armeen u. Festungen eines natürlichen Todes gestorben, von Krankheiten aufgerieben, verwundet oder vermißt worden wären; überdies sey bekannt, daß im letzten Feldzuge sich über 60000 Mann brittischer und alliirter Truppen als Kriegsgefangene hätten ergeben müssen. Wie diese ungeheure Lücke durch neue Rekrutierungen auszufüllen sey, könne er nicht absehen. Der Blick auf unsre Finanzen sey abschreckend. Die neuen Schulden, sowohl fundirte als unfundirte beliefen sich auf 60 bis 70 Millionen; und das Volk habe nun eine neue Bürde von 3 Millionen jährlicher permanenter Taxen zu tragen. Was das traurigste sey, so versiegten die Quellen, aus welchen solche Abgaben geschöpft werden müßten. Im Jahre 1793 wären für 4 Millionen brittische Manufaktursachen weniger, als im Jahre vorher, ausgeführt worden. Der Handel nehme ab; die Assekuranz steige zu einer ungeheuren Grösse. Ein grosser Theil Güter, welche nach Spanien und Portugal gegangen wären, giengen nun wegen des hohen Versicherungspreises nach andern Orten, und hätten die Assekuranz, die 1 ½ Prozent zu seyn pflegte, zu 10 Prozent erhöht. Von der Mithülfe unsrer Alliirten lässe sich nichts hoffen. Preussen schiene jezt mehr unser Feind als unser Freund zu seyn. Die an Oestreich gegebenen 4 Millionen, meynte Hr. Fox, wären so gut wie verlohren. Auch Spanien sey erschöpft, und werde ohne unsre Subsidien nichts thun köñen; und kurz, Großbritannien werde in diesem Kriege zulezt allein die Zeche bezahlen müssen. Hr. Fox zog nun das Verfahren der Minister gegen neutrale Mächte durch, und behauptete, daß sie wider das Völkerrecht gesündigt hätten, sie zum Kriege zwingen zu wollen. Gegen Amerika hätten sie ihren gebieterischen Ton herabgestimmt, und müßten sich glücklich schätzen, mit dem Traktate wegzukommen, nach welchem sie allen zugefügten Schaden gut zu machen versprächen. Ueberhaupt sey bis jezt der Endzweck des Kriegs noch dunkel und unbestimt. Man hätte es noch gelten lassen können, wenn, wie es sich für eine großmüthige, gerechtigkeitliebende Nazion,",
                ),
            ),
        ),
    },
}


def gold_of(stem):
    page = PAGES[stem]
    name = page["scan"].split("_", 1)[1]
    heads = ", ".join(f"'{title}'" for title, _ in page["articles"])
    note = SOURCE.format(scan=page["scan"], name=name, date=page["date"], heads=heads)
    note += page["decisions"] + " Score with --fuzzy 0.9."
    return {
        "note": note,
        "page": {"furniture": list(page["furniture"]), "date": page["date"]},
        "articles": [article(title, paragraphs) for title, paragraphs in page["articles"]],
    }


def page_lines(path):
    """The ground truth's line texts, region by region in the page's reading order."""
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    regions = {region.get("id"): region for region in root.iter(ns + "TextRegion")}
    order = [ref.get("regionRef") for ref in root.iter(ns + "RegionRefIndexed")]
    order += [rid for rid in regions if rid not in order]
    return [
        line.find(ns + "TextEquiv").find(ns + "Unicode").text
        for rid in order
        for line in regions[rid].findall(ns + "TextLine")
    ]


def fixed(text, fixes, stem):
    for wrong, right in fixes:
        assert wrong in text, (stem, wrong)
        text = text.replace(wrong, right)
    return text


def ground_truth(stem):
    """(masthead text, body text) of the ground truth, line-end hyphens joined, fixes applied."""
    page = PAGES[stem]
    lines = page_lines(HERE / f"{stem}.gt.page.xml")
    masthead = " ".join(lines[: page["masthead_lines"]])
    body = ""
    for line in lines[page["masthead_lines"] :]:
        body += line[:-1] if line.endswith(SPLIT_MARK) else line + " "
    return (
        fixed(masthead, page["masthead_fixes"], stem),
        fixed(body, page["gt_fixes"], stem),
    )


def squeeze(text):
    return "".join(text.split())


def check(index):
    for page in index.values():
        text = (HERE.parent.parent / page).read_bytes().decode("utf-8")
        if not page.endswith(".txt"):
            ET.fromstring(text)
    for stem in PAGES:
        gold = gold_of(stem)
        masthead, body = ground_truth(stem)
        typed = " ".join(a["title"] + " " + " ".join(a["paragraphs"]) for a in gold["articles"])
        assert squeeze(typed) == squeeze(body), stem
        furniture = gold["page"]["furniture"]
        assert sorted(squeeze("".join(furniture))) == sorted(squeeze(masthead)), stem
        paragraphs = [squeeze(p) for a in gold["articles"] for p in a["paragraphs"]]
        assert not any(squeeze(f) in p for f in furniture for p in paragraphs), stem
    with tempfile.TemporaryDirectory() as tmp:
        for gold_name in index:
            gold_path = HERE / gold_name
            as_pred = Path(tmp) / "pred.json"
            as_pred.write_text(gold_path.read_text(encoding="utf-8"), encoding="utf-8")
            for extra in ((), ("--fuzzy", "0.9")):
                line = subprocess.run(
                    [sys.executable, str(SCORER), str(gold_path), str(as_pred), *extra],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                articles = len(json.loads(gold_path.read_text(encoding="utf-8"))["articles"])
                assert line.startswith("paragraph F1 1.000"), (gold_name, line)
                assert f"titles {articles}/{articles}" in line and line.rstrip().endswith("leaks 0")


def main():
    index = {}
    for stem in PAGES:
        gold = json.dumps(gold_of(stem), ensure_ascii=False, indent=1) + "\n"
        for output in OUTPUTS:
            page = f"{stem}.{output}"
            (HERE / f"{page}.gold.json").write_text(gold, encoding="utf-8")
            index[f"{page}.gold.json"] = f"tests/real12/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(index)
    print(f"{len(index)} gold files written and checked")


if __name__ == "__main__":
    main()
