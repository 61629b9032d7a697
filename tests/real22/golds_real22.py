"""The golds of tests/real22, written by hand from the page files (see README.md)."""


def article(**fields):
    """A gold article: every field present, unset ones empty."""
    base = {
        "section": None,
        "kicker": None,
        "title": None,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": [],
        "captions": [],
    }
    base.update(fields)
    return base


GOLDS = {}

GOLDS["coburger_zeitung_1928-08-29_miscellany_column.hocr"] = {
    "note": (
        "Coburger Zeitung, Nummer 293, 29 August 1928, an inner page as the Bavarian State Library "
        "(BSB, bsb00001166, image 1675) read it into hOCR (ocrx_block / ocr_par / ocr_line, soft hyphens "
        "U+00AD kept at line ends). Crop: the three blocks of the running head (Nummer 293 | Coburger "
        "Zeitung | 29. August 1928, furniture, no page number printed in them) and the whole first column: "
        "FIVE MISCELLANY ITEMS, each opened by a star and a RUN-IN HEAD ended by a full stop or a question "
        "mark (* Die französische Todeslegion. Im „Daily Telegraph“ …): the head is the title, the star is "
        "markup, the text after the head the item's one paragraph. The hOCR splits the second item after "
        "its head line into two ocr_par (a false paragraph break); the gold keeps one paragraph. OCR "
        "misreadings repaired where the word is certain: Dcvgegen -> Dagegen, feiner Feste -> seiner Feste, "
        "-ehr -> sehr, Nenengland -> Neuengland, scllte -> sollte, Herausstellen -> herausstellen, "
        "Nein Jersey -> New Jersey, Zeiiungsmitteiluugen -> Zeitungsmitteilungen, sti -> ist, gesunden -> "
        "gefunden, Schriftstück« -> Schriftstücke, Prachtvollen -> prachtvollen, Anfang -dieses -> Anfang "
        "dieses, a full stop restored after bereiten and after verhaftet worden sind; the Fraktur-style "
        "J for I (Jndochina, Hopen-Jnsel) read I. Kept as the OCR read them (not certain): the name Onoschi "
        "/ Onischi (both spellings stay), 17ö read 175, Klu-Klux-Klan in the head read Ku-Klux-Klan as the text spells it "
        "(a best reading; the two are alike at --fuzzy 0.9). Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": ["Nummer 293", "Coburger Zeitung", "29. August 1928"],
        "date": "1928-08-29",
        "page": None,
    },
    "articles": [
        article(
            title="Die französische Todeslegion.",
            paragraphs=[
                "Im „Daily Telegraph“ berichtet Artur Mills über die Verhältnisse in der französischen "
                "Fremdenlegion in Indochina, die infolge des ungünstigen Klimas sehr traurig seien. In einer "
                "Garnison an der Grenze von Tonking und China werden, wie Mills schreibt, jeden Monat 20 Prozent "
                "der Mannschaften krank, 3 Prozent sterben monatlich, was jährlich 36 Prozent ausmacht. Diese "
                "Angaben, sagt Mills, stammen von einem französischen Offiziere der Fremdenlegion, die in ihren "
                "Reihen 60 Prozent Deutsche (!) zählt."
            ],
        ),
        article(
            title="Ein holländischer Robinson im Eismeer?",
            paragraphs=[
                "Auf der Suche nach Amundsen und seinen Begleitern fand der Kapitän des norwegischen Dampfers "
                "„Michael Sars“ auf der Hopen-Insel im Eismeer den Brief eines Holländers namens van "
                "Hoggendorf. Das Schriftstück war aus dem Anfang dieses Jahres datiert und enthielt die "
                "Mitteilung, der Schreiber, der Angestellte einer Fischerei-Gesellschaft, sei „infolge eines "
                "Versehens“ statt im südlichen Spitzbergen auf der einsamen Insel abgesetzt worden. Der Kapitän "
                "ließ die Insel gründlich durchsuchen. Man konnte die Fußspuren des Holländers nur eine Strecke "
                "weit verfolgen und vermochte den Mann selbst nirgends zu entdecken. Es ist ein Rätsel, was aus "
                "ihm geworden ist."
            ],
        ),
        article(
            title="Ein Ku-Klux-Klan in Neuengland.",
            paragraphs=[
                "Die Regierung von Neuseeland läßt gegenwärtig auf Neuengland, einer ihrem Mandate "
                "unterstehenden Inseln des Bismarcks-Archipels vor der Küste von Neu Guinea, das Tun und "
                "Treiben einer Geheimgesellschaft untersuchen, die den Namen „Duk Duk“ führt und große "
                "Ähnlichkeit mit dem Ku-Klux-Klan oder der italienischen Mafia besitzt. Die aus Eingeborenen "
                "bestehende Gesellschaft hat wahrscheinlich in früheren Zeiten kannibalische Zwecke verfolgt. "
                "Davon ist gegenwärtig nicht mehr die Rede. Dagegen übt der „Duk Duk“ eine strenge Kontrolle "
                "über die Einwohner der Insel aus. Wie die Untersuchung festgestellt hat, sind kürzlich mehrere "
                "Einwohner der Insel durch maskierte Tänzer vor das Gericht des „Duk Duk“ geladen worden. "
                "Frauen sind von dieser Zeremonie wie von allen Veranstaltungen der Gesellschaft strengstens "
                "ausgeschlossen. Der „Duk Duk“ verurteilt reiche Einwohner unter irgend einem Vorwand zur "
                "Zahlung einer hohen Geldstrafe und bestreitet damit die Kosten seiner Feste. Die Mitglieder "
                "des „Duk Duk“ genießen gewisse Vorrechte. Die Aufnahmebedingungen sind sehr streng und die "
                "Aufnahme selbst erfolgt unter Anwendung eines geheimnisvollen Zeremoniells."
            ],
        ),
        article(
            title="Die Moskito-Kannibalen.",
            paragraphs=[
                "Zwischen der Regierung in Washington und der Amerikanerin Williams hat sich ein ergötzlicher "
                "Streit entsponnen. Frau Williams hat in Frankreich eine besondere Sorte von Moskitos, die "
                "sogenannten „Kannibalen“ kennen gelernt, die ihren Namen deshalb führen, weil sie alle anderen "
                "Moskitos und Stechmücken auffressen. Sie kam auf den Gedanken, diese französische Art nach den "
                "Vereinigten Staaten einzuführen und sie hoffte dadurch, den Moskitos, die den Bewohnern der "
                "Vereinigten Staaten das Leben so sehr erbittern, ein rasches und verdientes Ende zu bereiten. "
                "Die amerikanische Regierung hat indessen gegen ihren Plan sehr erhebliche Bedenken. Die zu Rate "
                "gezogenen Fachmänner erklären, es sei zwar nicht sicher, ob die „Kannibalen“ die Moskitos von "
                "Neuyork aufzehren würden, man könne sich aber darauf verlassen, daß sie sich an den Menschen "
                "schadlos halten würden, wenn ihnen die Moskito-Nahrung ausgehen oder nicht behagen sollte. "
                "Trotzdem Frau Williams mit aller Entschiedenheit versichert, die Kannibalen seien in diesem "
                "Falle keine Menschenfresser, sondern der Mensch sei gegen ihren Stich gefeit, hat die Regierung "
                "doch die Einfuhr der Insekten verboten. Sie erklärt im übrigen, die vorgeschlagene Gewaltkur "
                "sei nicht nötig, da man durch systematische Bekämpfung der Moskitos, namentlich durch Reinigung "
                "der Kanäle und Benetzung aller stehenden Gewässer mit Oel, der Insektenplage allmählich Herr zu "
                "werden hoffe. Frau Williams will sich nunmehr an die Behörde von New Jersey wenden. Die Moskitos "
                "von New Jersey sind besonders berüchtigt und Frau Williams will vorschlagen, einmal eine "
                "Probeschlacht zwischen diesen Moskitos und den „Kannibalen“ zu veranstalten. Dabei werde sich "
                "auch herausstellen, ob die „Kannibalen“ den Menschen stechen. Kenner versichern, daß die "
                "„Kannibalen“ bei einem Zusammentreffen mit den Moskitos von New Jersey alle Aussicht haben, "
                "selbst aufgefressen zu werden."
            ],
        ),
        article(
            title="Majestätsbeleidigung in Japan.",
            paragraphs=[
                "Seit April wird in Japan eine Untersuchung wegen eines eigenartigen Falles von "
                "Majestätsbeleidigung geführt. Sie ist bis jetzt streng geheim gehalten worden und die Polizei "
                "hat erst in den letzten Tagen Zeitungsmitteilungen erlaubt. In den Fall sind 175 Männer und "
                "Frauen verwickelt, die im April verhaftet worden sind. Sie sind Mitglieder einer religiösen "
                "Sekte, die aus einer anderen Sekte mit stark kommunistischen Grundsätzen hervorgegangen ist. "
                "Der Führer der Verhafteten ist ein Lehrer namens Onoschi. Er behauptet, daß in ihm die "
                "göttlichen Ahnen der kaiserlich japanischen Familie eine Verkörperung gefunden haben. Die "
                "Schriftstücke, in denen er diese Lehre seinen Anhängern auseinandersetzt, enthalten keine "
                "Beleidigungen der kaiserlichen Familie, wohl aber Ausdrücke, die nach Ansicht der japanischen "
                "Behörden nicht den nötigen Respekt vor den Ahnen des Herrscherhauses beweisen. Onischi hat eine "
                "Gemeinde von 4000 Anhängern, die meistens aus Bauern besteht und die es ihm durch ihre Beiträge "
                "ermöglicht hat, einen prachtvollen Tempel zu errichten. Die Behörde hat gegen ihn und die mit "
                "ihm verhafteten Mitglieder seiner Sekte ein Verfahren wegen Majestätsbeleidigung eingeleitet. "
                "Das Urteil steht noch aus."
            ],
        ),
    ],
}

GOLDS["boletin_libreria_gallega_1895-01_p1.alto.xml"] = {
    "note": (
        "Boletín de la Librería Gallega (La Coruña), monthly, Año 1, Número 1, January 1895, page 1, the "
        "whole page in ALTO v4 written by ABBYY Recognition Server 4.0 (2021), with HYP elements and "
        "SUBS_CONTENT for words split at line ends. MASTHEAD: the big word BOLETÍN of the title is not in "
        "the text (art or unread): the file has DE LA / LIBRERÍA GALLEGA; a three-cell TABLE under it "
        "(Publicación Mensual / Año 1.—Número 1. / Tirada 3.000 ejemplares on the left, Imprenta y Librería "
        "DE E. CARRÉ ALDAO, with its address in the middle, Publicación Mensual / ENERO 1895. / Tirada 3.000 "
        "ejemplares on the right) is furniture, one string per printed line, a lone dash cell left out. Two "
        "NOTICES side by side, each under a capitals head (Á LA PRENSA GALLEGA; Á LOS ESCRITORES GALLEGOS), "
        "paragraphs by first-line indent. Then an ornament —•— over a full-width head OBRAS PUBLICADAS "
        "DURANTE EL AÑO 1894. and the subhead POESIA (a heading of that article) over a BIBLIOGRAPHY in two "
        "columns: one entry a paragraph (hanging indent: author, title, description, place and year, price), "
        "two entries without the author's name (Pisto, Zambullidos) continue Porto Rey's works and are "
        "paragraphs of their own. OCR repaired where the word is certain: Año £. —INiimero 1. -> Año 1.—"
        "Número 1.; MDVEIRO -> ENERO; E . OARRE A íu O A O, -> E. CARRÉ ALDAO,; T¡rada3.000 -> Tirada 3.000; "
        "the stray '. ' before Á LA PRENSA; 4 todos -> á todos; Vaginas -> Páginas; 18D0 -> 1890; O e-pnsculares -> "
        "Crepusculares; Emilio.'— -> Emilio.—; Lots -> Lois (same author as the entry above); Estragas -> "
        "Estrugas (Rogelio Lois's book of 1894); nasy -> nas y; «Biblioteca Gallega« -> «Biblioteca Gallega»; "
        "Novo .— -> Novo.—. Kept as read (not certain): the masthead's address line 'tí O lieal—Oorufía—G-alcra S3' "
        "(Real …—Coruña—Galera …: too damaged to restore, kept as read), genero (no accent), "
        "Madrid 1801 (the year is unclear), Volumen 86 and Ptas. 8 (digits), Pauman, Ñero, Heracleo, "
        "Cersa. Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "DE LA",
            "LIBRERÍA GALLEGA",
            "Publicación Mensual",
            "Imprenta y Librería",
            "Publicación Mensual",
            "Año 1.—Número 1.",
            "DE",
            "ENERO 1895.",
            "E. CARRÉ ALDAO,",
            "Tirada 3.000 ejemplares",
            "tí O lieal—Oorufía—G-alcra S3",
            "Tirada 3.000 ejemplares",
        ],
        "date": "1895-01",
        "page": "1",
    },
    "articles": [
        article(
            title="Á LA PRENSA GALLEGA",
            paragraphs=[
                "Este Boletín, publicación especial y de un genero nuevo en Galicia, al inaugurar sus tareas "
                "saluda afectuosamente á la ilustrada prensa gallega, defensora de los intereses regionales, "
                "contando con el poderoso apoyo de todos los periódicos gallegos para el mejor resultado de los "
                "fines que se propone el Boletín que no son otros que el contribuir á que la floreciente "
                "literatura gallega sea más conocida y apreciada. Saluda, pues, á los periódicos de la región y "
                "les ruega el cambio.",
                "Cuenten siempre para todo con el humilde concurso del Boletín.",
            ],
        ),
        article(
            title="Á LOS ESCRITORES GALLEGOS",
            paragraphs=[
                "La Dirección de este Boletín ha enviado á todos los escritores gallegos, la circular, "
                "manifestándoles cuales son sus propósitos en esta empresa y no duda que los que en Galicia se "
                "dedican al cultivo de las letras, le prestarán su apoyo, en beneficio mutuo.",
                "Si algún autor no ha recibido la circular, habrá sido motivado por estravío ó error en la "
                "dirección, pues á todos se les ha enviado.",
                "Al que no le hubiese llegado, sírvase dispensar esta falta ajena á la Dirección y no la juzgue "
                "como intencionada.",
            ],
        ),
        article(
            title="OBRAS PUBLICADAS DURANTE EL AÑO 1894.",
            headings=["POESIA"],
            paragraphs=[
                "Aneiros Pazos, Luciano. — Pasajeras: versos castellanos, sin pié de imprenta, pero publicados "
                "en la Habana.",
                "Ballesteros, Calixto.— Páginas de Gloria: poema en verso castellano dedicado al hecho heroico "
                "de Mayor Pita.—Obra premiada en la Coruña en 1890—Madrid 1801. Ptas. 2.",
                "Calé Torres de Quintero, Emilia.—Crepusculares: versos en castellano con un artículo de "
                "Victorino Novo.—Volumen 86 de la «Biblioteca Gallega».—Coruña 1894 Ptas. 8",
                "Fernández Vaamonde, Emilio.— Munia: poema en verso en castellano con ilustraciones de "
                "Cersa.—Madrid 1894. Ptas. 2.",
                "Lois, Rogelio.— Fulas é castañas: poesías en gallego.—Pontevedra 1894. Ptas. 2.",
                "Lois, Rogelio.— Estrugas: versos en gallego.—Pontevedra 1894. Ptas. 2.",
                "Lugrís Freire, Manuel.— Soidades: versos en gallego.—Habana 1894.",
                "Martelo Pauman del Ñero, Evaristo.— Líricas gallegas: sátiras en gallego.—Coruña 1894. Ptas. 2.",
                "Pérez Placer, Heracleo. — Guindillas: versos castellanos.—Orense 1894. Ptas. 0‘75.",
                "Porto Rey, Francisco. - Las mil composiciones: versos gallegos y castellanos.—Primer "
                "cuaderno.—Villagarcía de Arosa 1894.",
                "Pisto: colección de poesías gallegas y castellanas.—Villagarcía 1894. Ptas. 0‘30",
                "Zambullidos: colección de poesias castellanas y gallegas.—Villagarcía 1894. Ptas. 0‘30",
                "Rodríguez González, Eladio.— Folerpas: versos gallegos. Volumen 35 de la «Biblioteca "
                "Gallega».—Coruña 1894. Ptas. 3,",
            ],
        ),
    ],
}

GOLDS["lunion_1865-04-15_p3_girardin_italie.alto.xml"] = {
    "note": (
        "L'Union (Luxembourg, French-language daily), 15 April 1865, the third page (ALTO IDs P3_…) in the "
        "National Library of Luxembourg's ALTO (CCS docWORKS 6.4 with ABBYY FineReader 8.1, mm10 "
        "units). Crop: the six TextBlocks of the top of the first column (P3_TB00010–15). The column "
        "opens INSIDE A SENTENCE of a leader carried over from the page before (cultes. Rien dans l'Etat …): "
        "an article WITHOUT TITLE, four paragraphs (first-line indents), the list of deputies who voted for "
        "free compulsory schooling as a paragraph of its own, and the SIGNATURE Emile de Girardin set right "
        "in its own block (the byline). Then the COUNTRY RUBRIC Italie. (centred, its own block: the title) "
        "over a DISPATCH with its DATELINE run in (Turin, 11 avril, soir. — Chambre des députés. — …) that "
        "BREAKS OFF at the crop's foot inside a word ('ne peut être con-', continued in column 2, not in the "
        "crop). OCR repaired where certain: n'est, gratuit -> n'est gratuit; mode° -> modes; préférom -> "
        "préférons; que. >!on -> question; puis-santés -> puissantes; En bien! -> Eh bien!; the deputies "
        "Carnet -> Carnot, Garnier-Pcgès -> Garnier-Pagès, Glais-B.'zoin -> Glais-Bizoin, Gué-rouit -> "
        "Guéroult, Hôr.on -> Hénon, Pelletait -> Pelletan (the opposition deputies of 1865); —- -> —; clans "
        "-> dans; matérielle ment -> matériellement. Kept as read (not certain): Belmont et (perhaps "
        "Belmontet), Planet, aprouve, and 'qui avaient de toutes leurs forces' (a word seems lost at that "
        "indented line's start). Score with --fuzzy 0.9."
    ),
    "page": {"furniture": [], "date": "1865-04-15", "page": None},
    "articles": [
        article(
            byline="Emile de Girardin",
            paragraphs=[
                "cultes. Rien dans l'Etat n'est gratuit, car tout s'y paye. Seulement, il y a deux manières de "
                "payer : l'une qui consiste à payer collectivement, tous payant pour tous ; l'autre qui consiste "
                "à payer séparément, chacun payant pour soi. De ces deux modes, le premier est incontestablement "
                "celui que nous préférons, parce qu'on est toujours plus sûr d'en avoir pour son argent quand on "
                "paye directement que lorsqu'on paye indirectement et sans contrôle. Mais si ce mode est le "
                "meilleur, alors qu'il soit la règle et non l'exception.",
                "Si une question devait espérer de rallier à elle la majorité du Corps législatif, assurément, "
                "ce devrait être celle de l'instruction gratuite et obligatoire, car jamais question n'avait été "
                "plus approfondie qu'elle ne l'a été dans le mémorable rapport de M. le ministre de "
                "l'instruction publique, et ne s'était présentée avec l'appui de plus puissantes et de plus "
                "nombreuses sympathies: — sympathies notoires du chef de l'Etat et du vice-président du Conseil "
                "privé, sympathies incontestables, de l'immense majorité électorale, sympathies unanimes de la "
                "presse démocratique. Eh bien! au dépouillement du vote, combien l'amendement de l'opposition "
                "développé par MM. Havin et Jules Simon a-t-il réuni de voix? — 17 sur 250.",
                "Les seuls députés qui aient voté pour l'instruction primaire, gratuite et obligatoire, "
                "combattue par M. de Parieu, vice-président du conseil d'Etat, sont MM. Belmont et Carnot, "
                "Chevandier de Valdrôme. Favre (Jules). Garnier-Pagès, Glais-Bizoin, Guéroult. Havin, Hénon, "
                "Magnin, Marie, Le comte de Nesle, Pelletan, Picard, Piéron-Leroy, Planet, Simon (Jules).",
                "Après une pareille épreuve, que pensent encore de la puissance de la presse les rédacteurs de "
                "tous les journaux qui avaient de toutes leurs forces la question populaire de l'instruction "
                "gratuite et obligatoire? Qu'en pense notamment M. Havin ?",
            ],
        ),
        article(
            title="Italie.",
            paragraphs=[
                "Turin, 11 avril, soir. — Chambre des députés. — Discussion du projet de loi sur la vente et la "
                "réorganisation des chemins de fer du royaume d'Italie. La Chambre aprouve plusieurs articles "
                "du projet de loi. Relativement aux protestations des détenteurs de l'emprunt Hambro, le "
                "rapporteur, M. Correnti, dit que la commission a examiné de nouveau la question demandant "
                "l'opinion de plusieurs jurisconsultes appartenant à la Chambre. La commission, à l'unanimité, "
                "a exprimé l'opinion que la bonne foi et la loyauté du gouvernement ne peuvent pas être mises en "
                "doute que, la vente des chemins ne diminue ni ne viole aucun des droits de l'emprunt. Le "
                "ministre des finances soutient que le gouvernement a le droit et est dans la nécessité de "
                "vendre les railways à une Société déjà constituée; que l'agrandissement du royaume ne permet "
                "pas la concession à une Société des seules lignes de Turin, Gênes et Arona, et qu'en "
                "conséquence, ni moralement, ni matériellement, l'emprunt Hambro ne peut être con-"
            ],
        ),
    ],
}

GOLDS["ashdown_arkansas_1920-01_bank_change_still_seized.hocr"] = {
    "note": (
        "A weekly of Ashdown, Little River County, Arkansas, early January 1920 (its dispatches are dated "
        "Jan. 3-5, 1920; the masthead is not in the file, whose ocr_header is empty, so neither paper nor "
        "day can be given: date and page null), the first image (seq-1, 0766.tif) of a Chronicling America "
        "issue as the Library of Congress serves it: hOCR written by ABBYY FineReader (ocr_page / ocr_par "
        "per block / ocr_line / ocrx_word with x_wconf, a soft hyphen U+00AD as the last character of a "
        "line-end word), UTF-8 with a BOM. Crop: two of its 18 blocks (BLOCK1, BLOCK16). Article 1, column 1: "
        "a two-line capitals head (» IMPORTANT CHANGE / IN ARKANSAS STATE BANK), a three-line DECK (the "
        "subtitle), two paragraphs, a closing ornament '-o-' (read '-n-', dropped). Article 2, column 6: "
        "head HOME STILL SEIZED, a one-sentence deck, a DATELINE run into the first paragraph (Ft. Smith, "
        "Jan. 4—A home distillery …), two paragraphs. OCR damage (column-rule marks and misread letters) "
        "repaired where the word is certain: » dropped; BANS -> BANK; <tkla„ -> Okla.,; J, E. -> J. E.; Tills "
        "City -> This City; Change -> change; cincles -> circles; ttie -> the; u'ays -> days; pred-. sessor -> "
        "predecessor; i-aid -> has; [Arkansas -> Arkansas; jvith -> with; Understood -> understood; uade -> "
        "made; toon -> soon; Mri -> Mr.; flairs -> affairs; he bank -> the bank; 0. Kolb -> O. Kolb; iine -> "
        "fine; and' -> and; alter -> after; country, He / been, He -> country. He / been. He; •country -> "
        "country; stiong -> strong; Mr, Koib -> Mr. Kolb; stil! -> still; capacity. a worm -> capacity, a "
        "worm; i .iars ii«ed. it is said -> jars used, it is said,; ' | i ! j rule marks dropped; f mash -> of "
        "mash; fermenta- - tion -> fermentation; The plan -> The plant; second1 -> second. Kept as printed or "
        "read: J. E. Martin in the deck but J. L. Martin in the text; 'two case of corn syrup'; 'in the second "
        "floor'; 'bath room'. Score with --fuzzy 0.9."
    ),
    "page": {"furniture": [], "date": None, "page": None},
    "articles": [
        article(
            title="IMPORTANT CHANGE IN ARKANSAS STATE BANK",
            subtitle="A. E. Waters of Shawnee, Okla., and J. E. Martin of This City, Become Identified with Bank.",
            paragraphs=[
                "An important bank change was announced in local banking circles this week when it was made "
                "known that A. E. Waters of the Security State Bank of Shawnee, Oklahoma, had purchased an "
                "interest in the Arkansas State Bank and would come here to assume active duties with the local "
                "bank in a few days. It was also announced that J. L. Martin, who for 15 years has been "
                "assistant cashier of the First National Bank and its predecessor, the Little River County "
                "Bank, has also purchased an interest in the Arkansas State Bank and would go with that "
                "institution as cashier. It is understood that the change will be made about the 10th of "
                "January, or as soon as Mr. Waters can arrange his affairs in Oklahoma. The change in the bank "
                "followed the withdrawal of E.C. Payne, who went with a bank in Shreveport. O. Kolb will remain "
                "with the bank. It is understood that Miller Johnson will go with the Shreveport institution. "
                "The Arkansas State Bank is in fine shape and shows a large surplus and undivided profits after "
                "paying a nice dividend.",
                "The new line up assures the continued growth of the bank. Mr. Waters is one of the best bankers "
                "in the country. He made the Citizens Bank at Foreman one of the best banks in the country and "
                "has made a notable success wherever he has been. He saw banking service in Ashdown several "
                "years ago and is not a stranger here. Mr. Martin has been in the banking business in Ashdown "
                "since 1905. He knows his business and is popular. These two men are going to make a strong "
                "team with Mr. Kolb.",
            ],
        ),
        article(
            title="HOME STILL SEIZED",
            subtitle="Officers Raid Residence of Former Fort Smith Policeman.",
            paragraphs=[
                "Ft. Smith, Jan. 4—A home distillery was seized today by federal revenue officials and police "
                "officials at the home of Albert F. Steiner, a former policeman. The plant consisted of a copper "
                "still with a 10-gallon capacity, a worm, five 12-gallon stone jars used, it is said, for "
                "fermentation purposes, two case of corn syrup, a jar of mash in the state of fermentation and "
                "a jar of alcohol.",
                "The plant was found in a bath room in the second floor of Steiner's home, according to the "
                "officers. Steiner was placed under $2,000 bond.",
            ],
        ),
    ],
}

GOLDS["lancaster_intelligencer_1881-12-29_editorials.alto.xml"] = {
    "note": (
        "Lancaster Daily Intelligencer (Lancaster, Pennsylvania), Thursday 29 December 1881, the EDITORIAL "
        "PAGE, in the ALTO that iArchives made for Penn State's Chronicling America batch (CCS ALTO "
        "namespace, inch1200 units, the whole file on one line, ABBYY 8.1). Crop: four of its 18 TextBlocks: "
        "the running head across the top (LANCASTER DAILY INTELLIGENCER THURSDAY, DECEMBER 29,1881.), the "
        "paper's EDITORIAL FLAG (Lancaster Intelligencer., read 'Lancaster Intrlliflcncet.') and the first "
        "column, whose first line is the editorial DATE LINE (THURSDAY EVENING, DEC. 29, 1881.): all three "
        "furniture. The column holds a titled leader, The Game of Spoil. (two paragraphs), and two UNTITLED "
        "EDITORIAL PARAGRAPHS in the house style (each its own article: the Lamson murder trial, crossing "
        "from the third block into the fourth; a visit of Mr. Hertzog, which BREAKS OFF at the column foot "
        "inside a word, 'for Al'). The OCR's damage is SYSTEMATIC: o read as e all through (te = to, geed = "
        "good, age = ago, se seen = so soon, net = not, de = do, en = on, read = road, Heuse = House, Yerk = "
        "York, premises = promises, these = those, threw = throw, doers = doors, lessen = lesson, new = now, "
        "ether = other, Gee. = Geo., Londen = London, Or = Of in the head) besides b -> t (teen = been), "
        "h -> li (lie = he, Willi = With, llie = the), and aud = and. All of it is repaired in the gold, since "
        "each word is certain from its sentence; best readings, not certain: 'members of the deck' -> flock, "
        "'isn't any loe sure' -> too sure, 'Jlertzeg' -> Hertzog, Helman -> Holman (the House's 'watch dog "
        "of the treasury'), 'Tthijruph' -> Telegraph, 'ieo iee-ple' -> people. The head 'The Game or Spell.' is read The Game of Spoil. (o -> e and i -> l again; the leader is "
        "about the spoils of the treasury), a best reading (the scorer takes one title only; the OCR's Spell is the other candidate). Kept as printed: "
        "'the president ; the growth', 'That is one of them ;', 'road side', 'watch dogs', 'door keeper'. Score with "
        "--fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "LANCASTER DAILY INTELLIGENCER THURSDAY, DECEMBER 29,1881.",
            "Lancaster Intelligencer.",
            "THURSDAY EVENING, DEC. 29, 1881.",
        ],
        "date": "1881-12-29",
        "page": None,
    },
    "articles": [
        article(
            title="The Game of Spoil.",
            paragraphs=[
                "The course of President Arthur is receiving much applause from politicians and is entitled to "
                "a good deal as a specimen of political art. There is no doubt that Mr. Arthur is a skilled hand "
                "at the trade which he has practiced long. It is too early to judge his work by its lasting "
                "fruit, but for the present it seems to be crowned with an abundant measure of success. The "
                "fundamental idea of his plan is to recognize no division in the Republican party, but to draw "
                "the whole of it into the Stalwart band. It is a large undertaking, in view of the fact that a "
                "few months ago the Stalwart part of the party was very much the smallest. To see it so soon "
                "distended to a capacity that is likely to enable it to embrace the whole party shows a very "
                "capable hand in the management, and shows moreover the hand to be in possession of a great "
                "deal of power, as well as freely disposed to use it. The well-founded suspicion is that there "
                "is to be a good deal of robbery done to put the president in funds with which to coalesce the "
                "elements of his party and bind to it what additions it needs. A great deal of excitement has "
                "been caused by the manner in which the committees of the House of Representatives have been "
                "made up in the interest of extravagant legislation. It is remembered that the speaker was the "
                "direct creature of the president ; the growth of a night almost. It was made known that he "
                "was the administration candidate, and it was done. It was done by the force of promises and "
                "the virtue of great expectations. It is not to be supposed that the speaker's committees were "
                "made without the concurrence of the speaker's maker. The appointment of the committees is the "
                "speaker's most important work. He was selected as the president's instrument to do the work "
                "as the president wanted it done. We see that it is done in a manner to throw open the doors of "
                "a full treasury, and we need little reasoning power to deduce that Mr. Arthur proposes to use "
                "the means he has thus prepared for himself for the purpose of sustaining his party. That is "
                "the method which suggests itself naturally to him, being in accord with those he has been "
                "accustomed to use in his political operations in New York. With a definite idea of what he "
                "wants to do and unlimited resources of bribery to accomplish it, he recognizes no such word as "
                "fail. Maybe before he gets through with his essay at managing political things in the higher "
                "plane he has reached, on the methods of the local New York politician, he may realize that "
                "there is a difference, and that things that can be done in a corner of the country with "
                "impunity cannot be as successfully undertaken under the observation of the whole people. But "
                "for the present he has no such lesson. He has reason to be greatly encouraged by the success "
                "which attends his first manipulations. He seems to be scattering the refractory elements of "
                "his party as mist dissolves before the morning sun. He speeds along so rapidly that he gets by "
                "the good Republicans who wait by the road side to keep him straight, like a flash, and is away "
                "on the wrong road before they realize that he has passed. There is the innocent and good "
                "Philadelphia Press, for instance, which probably knows what it wants but has an unfortunate "
                "way of making its readers believe that it isn't any too sure which is still pointing out to "
                "the president the “fork ahead” in the Republican road where the Stalwart path runs off, and "
                "has not yet realized that Arthur is already far ahead on it, and that by this time the "
                "Republican column is crowding into it and bids fair to jam it up so that there may not ere "
                "long be any room left for belated and bewildered members of the flock, such as the Press, "
                "which may soon have to make extraordinary and humiliating sacrifices to get anything like a "
                "good place, notwithstanding the abundant table that is being set.",
                "There is to be rich feed on it and enough turkey for all if the speculative scheme works. The "
                "hen-roost is full and Speaker Keifer's committees are of a kind to give easy entrance to the "
                "robbers. Randall, Holman and other watch dogs of the treasury have been put in back seats "
                "where their observation of the proceedings will be limited and their capacity for interference "
                "checked. Judge Buckner says that the banking committee “is so made up as to report any bill "
                "favorably that Comptroller Knox or the national banks may recommend,” and calls it “a very bad "
                "committee for the people as it is now organized.” That is one of them ; and the "
                "appropriations, naval and other committees that stand before the portals of the treasury are "
                "like unto it, and that experienced and distinguished thief, Robeson, is door keeper.",
            ],
        ),
        article(
            paragraphs=[
                "The trial of Dr. Geo. H. Lamson, of England, at one time a sojourner in this city, for the "
                "murder by poison of his wife's brother, a crippled schoolboy, whose estate of $14,000 he "
                "expected his wife to inherit, promises to become one of the celebrated cases in the country in "
                "which it occurs. We have already published in the Intelligencer of Dec. 19 a detailed account "
                "of the crime, as printed in the London Telegraph, and further reports of it received from "
                "English papers do not very materially differ from that nor mitigate the damaging evidence "
                "against the accused. He seems to have been very impecunious, to have announced the likelihood "
                "of his relative's early death, to have bought aconite and to have given his brother-in-law a "
                "capsule, supposed to contain it, after taking which the boy died, with symptoms of aconite "
                "poisoning. Dr. Lamson had no particular friendships in this city nor memorable associations, "
                "but his position as organist of St. James P. E. church and his accomplishments and "
                "professional pretensions made him sufficiently well known to create considerable local "
                "interest in the result of his trial."
            ],
        ),
        article(
            paragraphs=[
                "We noticed yesterday the presence in town and visit to this county, of Mr. Hertzog, late "
                "secretary of state for Al"
            ],
        ),
    ],
}

GOLDS["ashdown_arkansas_1920-06-02_p1_terrall_villa.alto.xml"] = {
    "note": (
        "An Ashdown (Little River County, Arkansas) weekly, Chronicling America LCCN sn90050316 (the January "
        "1920 hOCR page of this set is from Ashdown too, perhaps the same paper), 2 June 1920, the front page (image 0969.tif, sequence 1; its masthead is art "
        "and reads 'e', not kept), in the ALTO v2 that Apex CoVantage made from ABBYY FineReader for the "
        "Library of Congress in 2019 (inch1200). Crop: BLOCK2 and BLOCK3 of 21, the first column. Article 1: "
        "a two-line capitals head TOM J. TERRALL SPOKE / IN ASHDOWN SATURDAY, a three-line DECK (the "
        "subtitle), two paragraphs; the OCR's BLOCK2 ends and BLOCK3 begins INSIDE A SENTENCE ('would "
        "consolidate the corporation and / the tax commissions'). An ornament '-o-' (dropped). Article 2 in "
        "the same block: head VILLA FORCES HUNTING, a two-line deck whose first words are damaged, a DATELINE "
        "run into the first paragraph (Juarez, May 29.—Mexican defacto troops …), three paragraphs. OCR "
        "repaired where certain: '> iglit,' -> Night.; the' -> the; mud- / linging -> mud-slinging (the s "
        "lost at the line start; the hyphen kept as the compound's); name j -> name; elected. I -> elected.; "
        "tha -> the; bus- / lines -> business; affairs He -> affairs. He; withl -> with; loing -> losing; "
        "commlissions -> commissions; td -> to; $750,- / 000 -> $750,000; fo Light -> to Light. Kept as read "
        "(not certain): Terrall (the candidate's name was Terral; the paper's spelling cannot be seen), "
        "Missisippi, 'and cited, Texas', defacto, and the deck's first words 'YU Ip is Now Coming to Light "
        "Again in the Hills of Mexico.' (too damaged to restore). Score with --fuzzy 0.9."
    ),
    "page": {"furniture": [], "date": "1920-06-02", "page": None},
    "articles": [
        article(
            title="TOM J. TERRALL SPOKE IN ASHDOWN SATURDAY",
            subtitle="Candidate for Governor Talks Issues and Slings No Mud Saturday Night.",
            paragraphs=[
                "Tom J. Terrall, the present Secretary of State and candidate for governor, spoke at the court "
                "house in this city Saturday night. He spoke at Foreman and Winthrop during the day. His address "
                "was different from the campaign speeches of other years in that it was absolutely void of "
                "mud-slinging. He did not mention the name of his opponents nor by any reference make any "
                "charges against any of them. He outlined his platform and the things he expected to do if "
                "elected. He laid stress on education, the public school system, the university and the "
                "agricultural colleges. He wanted to make it possible for every boy and girl regardless of "
                "financial circumstances to receive a higher education, and believed that it was in the power "
                "of the state to provide a way as other states had done. He thought that the affairs of the "
                "state needed a better business administration of its affairs. He would consolidate the "
                "corporation and the tax commissions with a saving of $70,000 or more. He would abolish the "
                "game commission and place the enforcement of the game laws in the hands of the sheriffs and "
                "constables. He said that under present management the penitentiary farm of 12,000 fertile "
                "acres was losing money constantly and had to have big appropriations to maintain it. He saw "
                "no reason why with free labor and no taxes to pay it should not make money, and cited, Texas "
                "and Missisippi, where large sums in profits were realized. He told of his personal knowledge "
                "of extravagancies in management by this and other commissions. He expected to get the state "
                "on a better business basis by the application of practical business. The state had borrowed "
                "$750,000 with which to get on a cash basis. On this interest had to be paid, with a prospect "
                "of having to borrow still more money if things continued to be run as they are now.",
                "Mr. Terrall made a good impression here.",
            ],
        ),
        article(
            title="VILLA FORCES HUNTING",
            subtitle="YU Ip is Now Coming to Light Again in the Hills of Mexico.",
            paragraphs=[
                "Juarez, May 29.—Mexican defacto troops clashed with a rear guard protecting the escape of "
                "Francisco Villa at Valle de Allende, Chihuahua, according to a message received today from "
                "General J. Escobar, commander of the troops pursuing Villa. The bandit leader escaped into the "
                "hills, Escobar said.",
                "Villa was said to be attempting to make his way into Durango where he has promise of "
                "additional forces and the government troops are attempting to intercept him before he reaches "
                "the state line.",
                "Chihuahua state troops are guarding the towns near which Villa is expected to march and will "
                "force him to avoid settled communities it was said.",
            ],
        ),
    ],
}

GOLDS["lunion_1860-11-30_p1_masthead_avis_grand_duche.alto.xml"] = {
    "note": (
        "L'Union (Luxembourg), Friday 30 November 1860, N° 17, the FRONT PAGE (ALTO IDs P1_…) in the National "
        "Library of Luxembourg's ALTO (CCS docWORKS 6.4 with ABBYY FineReader 8.1, mm10). Crop: ten of its 31 "
        "TextBlocks: the MASTHEAD (issue number 'M 17.' = N° 17., the title L'UNION., VENDREDI, 30 Novembre "
        "1860.) with its two EARS, the subscription prices on the left and the publication notice on the "
        "right; then, below the railway timetable (its eleven blocks left out: a table of train times), "
        "the notice 'Avis aux abonnés.' (two paragraphs) and the RUBRIC GRAND-DUCHÉ DE LUXEMBOURG (the "
        "title) over an item opened by a DATELINE LINE set apart ('Luxembourg, le 28 nov. 1860.', a paragraph "
        "of its own, as real16 took 'Berlin, 27. September.') and nine paragraphs, the last ending the "
        "column. The masthead and ears are furniture, one string per item of an ear (the ears' lines are "
        "hyphenated sentences). OCR repaired where certain: M 17. -> N° 17.; Grand-Duclié -> Grand-Duché; "
        "'la. ligne' -> la ligne; ex- / cepté and cor- / respondances joined; épuises -> épuisés; n °s -> "
        "nos; lo budget ele -> le budget de; dépanses -> dépenses; •3000 -> 3000. Kept as read (not certain): "
        "'6 50 fr.' (perhaps 6 fr. 50), reimpression, and the ear's damaged line 'doivent -Hrevàdressés/rnwe "
        "à Hmrtzé fcères éditoius de l'Union' (être adressés … frères éditeurs: the printer's name cannot "
        "be read). Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "N° 17.",
            "PRIX DE L'ABONNEMENT.",
            "5 fr. par trimestre pour la ville.",
            "6 50 fr. par trimestre franco dans tout le Grand-Duché.",
            "8 fr. 50 franco pour la Belgique et la Hollande.",
            "11 fr. 50 pour la France et l'Allemagne.",
            "ANNONCES: 20 centimes la ligne de Petit-Texte ou espace.",
            "15 centimes pour les abonnés.",
            "L'UNION.",
            "VENDREDI",
            "30 Novembre 1860.",
            "L'Union paraît tous les jours, excepté les Dimanches et les jours de fêtes légales.",
            "Les abonnements, insertions, correspondances, annonces, etc. doivent -Hrevàdressés/rnwe à "
            "Hmrtzé fcères éditoius de l'Union, 4, rue de la Reine.",
            "Prix de chaque numéro: 15 centimes.",
        ],
        "date": "1860-11-30",
        "page": "1",
    },
    "articles": [
        article(
            title="Avis aux abonnés.",
            paragraphs=[
                "Nous ajoutons à notre numéro les exemplaires du compte-rendu officiel de la séance de "
                "l'Assemblée des Etats en date du 22 novembre 1860.",
                "Les exemplaires du compte-rendu des séances antérieures étant épuisés, nous ne pourrons les "
                "communiquer à nos lecteurs qu'au fur et à mesure de leur reimpression.",
            ],
        ),
        article(
            title="GRAND-DUCHÉ DE LUXEMBOURG",
            paragraphs=[
                "Luxembourg, le 28 nov. 1860.",
                "Nous apprenons que la section centrale de l'assemblée des Etats s'est occupée de "
                "l'augmentation des traitements des fonctionnaires.",
                "Si nous sommes bien informés, elle propose de majorer de 20 pCt. les traitements de 1000 francs "
                "et au-dessous, de 15 pCt. les traitements de 1000 à 1500 francs inclus, de 10 pCt. les "
                "traitements de 1500 à 3000 francs inclus, et enfin de 5 pCt. tous les traitements dépassant "
                "ce taux.",
                "Quelques traitements supérieurs seraient exceptés de cette mesure générale.",
                "D'après les calculs sommaires qui ont été faits, il en résulterait pour le budget de l'Etat un "
                "surcroît de dépenses de 80,000 à 90,000 francs.",
                "Nous applaudissons aux tendances de la section centrale; nous ne pouvons néanmoins pas encore "
                "nous prononcer sur le système auquel elle s'est arrêtée.",
                "Dans les proportions qu'elle indique, ne blesse-t-elle point la hiérarchie des positions ?",
                "Tient-elle assez compte de la fixation des traitements, telle qu'elle existe?",
                "Il est certain que nos traitements, à tous les dégrés de l'échelle, se ressentent d'une "
                "économie excessive et qu'on ne peut les comparer à ceux qui existent dans les pays qui nous "
                "entourent.",
                "Dans un Etat bien organisé il est un principe essentiel, c'est que ceux qui dévouent leur "
                "travail et leur talent à la chose publique, soient rémunérés de façon qu'ils n'aient pas à "
                "regretter d'avoir servi l'Etat.",
            ],
        ),
    ],
}
