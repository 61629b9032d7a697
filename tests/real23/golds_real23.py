"""The golds of tests/real23, written by hand from the page images (see README.md)."""


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

GOLDS["sunday_star_1918-09-01_p1_fellheimer_column.alto.xml"] = {
    "note": (
        "The Sunday Star (Washington, D.C.), No. 701 / No. 27,158, Sunday 1 September 1918, the front page, "
        "Chronicling America ALTO v2 by Apex CoVantage from ABBYY FineReader (inch1200; the block geometry "
        "is broken: widths and heights that do not fit the page). Crop: two whole TextBlocks. BLOCK1 holds "
        "the nameplate's two EARS (the WEATHER box; the Member of the Associated Press box) and the DATE "
        "LINE under the nameplate (No. 701—No. 27,158. | WASHINGTON, D. C., SUNDAY MORNING, SEPTEMBER 1, "
        "1918. | FIVE CENTS.), with five lines of noise read from a faint strip under the AP box (I ?, "
        "? r t *, tii, r ?? v, i ? <: not text). The nameplate itself (The Sunday Star.) was not read, so "
        "it is no furniture here. BLOCK5 is column 3 under the cartoon: the Fellheimer story, whose "
        "two-line head LIGHTNING KILLS MYER FELLHEIMER is printed but NOT IN THE OCR (so the gold title "
        "is null, and the deck taken as the title is accepted); its deck (Struck While Playing Golf at "
        "Town and Country Club.) and a second deck in capitals (HIS CADDY IS STUNNED, OCR 'HIS CADDY 13 "
        "STUNNED') are one subtitle; eight paragraphs (first-line indents). Then three more stories in the "
        "same block, each under its own head: BRITISH CASUALTIES IN AUGUST, 48,379 (dateline run in, "
        "two list lines as paragraphs of their own), STRIKE TIES UP CARS. (OCR 'STRIKE TIES VP CAES.') "
        "with its deck, and a BOXED story in heavy bold type, PEACE MANIA GRIPS GERMAN PEOPLES, whose "
        "text the OCR read into noise (Kmna have heea aelsef wltk / a wrt >f i?iff ataala ...); the gold "
        "has the printed text. Column-rule marks read as letters at line ends (|, j, ], I, 1#:> j) are "
        "not text. Other repairs: taken 1#:> j -> taken to, Fell heimer ? was -> Fellheimer was, Krnest "
        "-> Ernest, Heading. Pa.: -> Reading, Pa.;, (ireen baum -> Greenbaum, August SI.? -> August 31.—, "
        "Banning -> Running. Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "WEATHER.",
            "Probably fair today and tomorrow; moderate temperature.",
            "Temperature for twenty-four hours ending at 10 o'clock last night: Highest, 84 at 4 p.m. "
            "yesterday; lowest, 64 at 5 a.m. yesterday. Full report on page 3.",
            "Member of the Associated Press",
            "The Associated Press is exclusively entitled to the use for republication of all news "
            "dispatches credited to it or not otherwise credited in this paper and also the local news "
            "published herein.",
            "All rights of publication of special dispatches herein are also reserved.",
            "No. 701—No. 27,158.",
            "WASHINGTON, D. C., SUNDAY MORNING, SEPTEMBER 1, 1918.",
            "FIVE CENTS.",
        ],
        "date": "1918-09-01",
        "page": 1,
    },
    "articles": [
        article(
            title=None,
            subtitle=[
                "Struck While Playing Golf at Town and Country Club. HIS CADDY IS STUNNED",
                "Struck While Playing Golf at Town and Country Club.",
            ],
            paragraphs=[
                "While playing golf on the links of the Town and Country Club, near Georgia avenue northwest, "
                "yesterday afternoon, Myer Fellheimer, secretary-treasurer of the Hub Furniture Company, was "
                "killed by lightning.",
                "His caddy, Alfred Haley, fourteen years old, of 526 Jefferson street northwest was stunned, "
                "but not severely injured. Mr. Fellheimer was placed in an automobile and taken to Walter Reed "
                "Hospital, but he was dead on arriving there.",
                "According to the police, Mr. Fellheimer was on the links when the storm began to gather and "
                "was endeavoring to finish his game before the downpour.",
                "Mrs. Fellheimer, who was formerly Miss Fedora Jonas of Nashville, Tenn., was prostrated with "
                "grief last night at the home of her sister, Mrs. Joseph Kaufman, 2921 Tilden street northwest.",
                "Mr. Fellheimer was forty years old and a native of Hagerstown, Md. He came to Washington about "
                "fifteen years ago and since that time had been connected with the furniture company. Mr. "
                "Fellheimer had no children, but is survived by two brothers and three sisters: Harry "
                "Fellheimer of Omaha, Nathaniel Fellheimer of Chicago, Mrs. Ernest Israel of Reading, Pa.; "
                "Mrs. Harry Greenbaum of Newark, N. J., and Mrs. Myer Strouse of Chicago.",
                "Mr. and Mrs. Fellheimer left their apartment in the St. Regis, 2219 California avenue "
                "northwest, early yesterday and Mrs. Fellheimer last saw her husband when he started for the "
                "Country Club to spend the afternoon.",
                "Mr. Fellheimer was a member of the Masonic fraternity, a Shriner and was widely known in the "
                "National Capital.",
                "Coroner Nevitt later viewed the body at Geier's undertaking parlors and gave a certificate of "
                "death from electric shock. The police advanced the theory that metal on the golf stick "
                "carried by Mr. Fellheimer attracted the lightning. Funeral arrangements will be made today.",
            ],
        ),
        article(
            title="BRITISH CASUALTIES IN AUGUST, 48,379",
            paragraphs=[
                "LONDON, August 31.—British casualties reported during the month of August totaled 48,379. "
                "They were divided as follows:",
                "Killed or died of wounds: Officers, 1,041; men, 7,564.",
                "Wounded or missing: Officers, 3,294; men, 36,480.",
                "The total casualties reported in July were 67,291 and in June 141,147.",
            ],
        ),
        article(
            title="STRIKE TIES UP CARS.",
            subtitle="Only Few Running on Middlesex and Boston Street Line.",
            paragraphs=[
                "BOSTON, August 31.—The Middlesex and Boston Street Railway Company had thirteen cars running "
                "on a few of its most important lines this morning, but other lines were completely tied up "
                "by the strike of carmen. The total of cars operated represented a slight gain over "
                "yesterday's showing. No disorder was reported.",
                "The company petitioned the public service commission today for authority to operate motor "
                "omnibuses, asserting that public necessity required the use of these vehicles for the "
                "transportation of its passengers.",
            ],
        ),
        article(
            title="PEACE MANIA GRIPS GERMAN PEOPLES",
            paragraphs=[
                "AMSTERDAM, August 31.—Germans have been seized with a sort of peace mania, according to the "
                "frontier correspondent of the Telegraaf.",
                "The events in France have made such a profound impression that the Germans one meets along "
                "the frontier are indifferent to the prospect of the defeat of the central empires, and only "
                "wish to get peace as quickly as possible.",
            ],
        ),
    ],
}

_NS_SECTION = ["Politisches.", "Ausland.", "Telegraph."]

GOLDS["nordstern_1878-01-03_p1_telegraph_ausland.alto.xml"] = {
    "note": (
        "Der Nordstern (St. Cloud, Minnesota, German weekly), Vierter Jahrgang No. 2, Thursday 3 January "
        "1878, the front page, in Fraktur; Chronicling America ALTO v2 made by NMT Corporation (PolishImage, "
        "ABBYY FineReader Engine 8.04, bldalto 3.1.6; inch1200; one small TextBlock per head or paragraph, "
        "SUBS_CONTENT on split words). The file is taken at the sample-data commit BEFORE the repository's "
        "maintainers added emoji to this page's OCR for a database test. Crop: the nameplate band (three "
        "blocks of noise read from the black-letter nameplate Der Nordstern, which are not text; the "
        "publisher line, read 'Hemu^gegchc» von Deo §?. Hrick & §?. | Gz, | Kaiser.'; the subscription "
        "price, read 'S $ 2 S a'; the date line and No. 2.), all furniture, and the top of column 2: the "
        "department TELEGRAPH. / AUSLAND. / POLITISCHES. (one section; any of the three accepted) over "
        "four LETTER-SPACED COUNTRY HEADS (D e u t s c h l a n d., E n g l a n d., F r a n k r e i c h., "
        "R u ß l a n d.) that the OCR lost (read 'a', 'E a', 'a', 'a'), each over small ITEM HEADS "
        "(Bismarck's Pläne., Der Kaiser ist zufrieden., Don Carlos., Die Bank von Frankreich., Ein "
        "Friedenszeichen (?)., Will keine Vermittelung.). Each item head is the title of one article; the "
        "country head is its kicker where a cleaner could know it (null accepted, as the OCR lost it). "
        "England has no item head: its three paragraphs (two London dispatches) are one untitled article. "
        "The LETTER-SPACED DATELINES (L o n d o n, 29 Dec.; P a r i s, 27. Dez.; B e r l i n, 27. Dez.) "
        "were read into noise ('n, 29 Tec.', '2 9 E', 'a s, 27. Dez.', 'a 2 7 a', '2 7') or lost; the gold "
        "has them. Repairs where certain: Huben -> haben, märe -> wäre, cichloficn -> beschlossen, "
        "rotihrjchcinlich -> wahrscheinlich, vor (Hinben -> vorhanden, Ernen iungen -> Ernennungen, "
        "angelündigt -> angekündigt, y,ctdj -> nach, e.stört -> zerstört, »ich? -> nicht, abg-brochen -> "
        "abgebrochen, icheint -> scheint, iei -> sei, reqel mäßig -> regelmäßig, aic -> die, ans -> aus, "
        "g^le -> alle, Ca bind -> Cabinet, gerne* seil -> gewesen, qeld -> Metallgeld, Negierung -> "
        "Regierung, iche -> Krupp'sche, Vermittelnng -> Vermittelung, Agende -> Agence, I Gesetze -> "
        "internationalen Gesetze, the (?) after 1,200 restored. The item head OCR 'Bismarck Pläne.' is "
        "printed Bismarck's Pläne. The end of column 2 (Rußland und die Dardanellen., breaking into column "
        "3) is left out. Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "Herausgegeben von Leo P. Brick & P. E. Kaiser.",
            "Subskriptionspreis: $2.50 das Jahr.",
            "Vierter Jahrgang.",
            "St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.",
            "No. 2.",
        ],
        "date": "1878-01-03",
        "page": 1,
    },
    "articles": [
        article(
            section=_NS_SECTION,
            kicker=["Deutschland.", None],
            title="Bismarck's Pläne.",
            paragraphs=[
                "Fürst Bismarck's Annäherung an die gemäßigten Liberalen scheint den Zweck zu haben, eine "
                "starke Majorität für seine finanzielle und politische Pläne zu erlangen.",
                "Da es zweifelhaft ist, ob eine Vermehrung der direkten Steuern rathsam wäre, hat Fürst "
                "Bismarck, dem Programm der Liberalen zuwiderlaufend, beschlossen, zu dem Auskunftsmittel "
                "indirekter Steuern, besonders einer hohen Tabackssteuer, zu greifen. Es waren wahrscheinlich "
                "bei Neubildung des Cabinets auch noch andere Motive vorhanden, deren Bedeutung man noch "
                "nicht ergründen kann.",
                "Wenn der Kaiser die neuen Ernennungen gutheißt, so werden dieselben wahrscheinlich Ausgangs "
                "des Monats Januar angekündigt werden, um welche Zeit Fürst Bismarck nach Berlin "
                "zurückkehren wird.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["Deutschland.", None],
            title="Der Kaiser ist zufrieden.",
            paragraphs=[
                "Der Kaiser scheint, die von Fürst Bismarck unterbreiteten Vorschläge, betreffend die neue "
                "Handels- und Finanz-Politik, dem Wesen nach gutzuheißen.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["England.", None],
            paragraphs=[
                "London, 29 Dec. Eine Depesche aus Bucharest meldet: „Die bei Nikopolis über die Donau "
                "führende Brücke wurde am Mittwoch durch Eis gänzlich zerstört und auch die Brücke bei "
                "Sistowa muß zu Grunde gehen, wenn sie nicht sofort abgebrochen wird. Das Wetter scheint dem "
                "Vorrücken der Russen Halt geboten zu haben und es sieht aus, als ob der Feldzug für dieses "
                "Jahr beendet sei. Die Eisenbahnen sind nicht regelmäßig im Betriebe und das Commissariat ist "
                "vollauf damit beschäftigt, die Truppen in den Lagern bei Plewna zu versorgen, so daß die "
                "Schwierigkeiten nicht dadurch, daß diese noch weiter ins Land hinein gesandt werden, "
                "vermehrt werden dürfen.",
                "Eine Spezialdepesche aus Berlin meldet, Rußland sondire alle am mittelländischen Meere "
                "gelegenen Staaten in Bezug auf ihre Ansichten über die Eröffnung der Dardanellen.",
                "London, 29. Dec. Einer Depesche aus Wien zufolge wird von mehreren Seiten gemeldet, daß "
                "England, obwohl es die Vermittlung ablehnt, Rußland in Bezug auf die Friedensbedingungen "
                "sondirt habe, welche dieses zu stellen geneigt wäre, und daß das russische Cabinet weit "
                "weniger zurückhaltend gewesen sei, als man hätte erwarten sollen.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["Frankreich.", None],
            title="Don Carlos.",
            paragraphs=[
                "Paris, 27. Dez. Die französische Regierung hat Don Carlos ersucht, Frankreich zu verlassen, "
                "und trat derselbe in Folge dieser Aufforderung die Reise nach der Grenze heute an.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["Frankreich.", None],
            title="Die Bank von Frankreich.",
            paragraphs=[
                "Paris, 27. Dez. Der Metallgeld-Vorrath der Bank von Frankreich nahm im Laufe der letzten "
                "Woche um 6,700,000 Francs ab.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["Rußland.", None],
            title="Ein Friedenszeichen (?).",
            paragraphs=[
                "Berlin, 27. Dez. Die russische Regierung hat weitere 1,200 (?) Krupp'sche Feldgeschütze bestellt.",
            ],
        ),
        article(
            section=_NS_SECTION,
            kicker=["Rußland.", None],
            title="Will keine Vermittelung.",
            paragraphs=[
                "„Agence Russe“ schreibt, das Gesuch der Pforte um Vermittelung wird abgelehnt werden, denn "
                "dem internationalen Gesetze gemäß kann Vermittelung nur dann stattfinden, wenn beide "
                "kriegführende Parteien darum nachsuchen, anderenfalls wäre es ja Intervention.",
            ],
        ),
    ],
}

GOLDS["evening_star_1865-10-02_p1_richmond_letter_briefs.alto.xml"] = {
    "note": (
        "Evening Star (Washington, D.C.), Vol. XXVI, No. 3,925, Monday 2 October 1865, the front page, "
        "column 8 below The Wire Trial: Chronicling America ALTO v2 by Apex CoVantage from PrimeOCR "
        "(inch1200, page confidence PC=\"0\"), '?' for every dash and many letters. Crop: five whole "
        "TextBlocks (BLOCK69-73), the lower half of the column to its foot; no furniture (the nameplate "
        "and date line were not read at all). A LETTER under a two-line head in capitals and lower case "
        "with a BRACKETED SOURCE LINE ([Correspondence of the Baltimore American.]: the source), whose "
        "dateline and first line (RICHMOND, Sept. 28.—Mr. John Wright, who / was chosen at the late (set "
        "aside) elections in) the OCR lost; two paragraphs. Then four items each opened by a RUN-IN HEAD in "
        "small capitals ended by a dash (THE LAST OF THE \u201cREBELLION.\u201d—This morning ...): each is an "
        "article with the head as its title, written as the OCR reads small capitals (capital initials). "
        "The last two END WITH A SOURCE CREDIT in italics run into the paragraph (—Balt. Sun, 2d.; "
        "—Baltimore American.): the source, not paragraph text. A rule, then SEVEN BRIEFS EACH OPENED BY A "
        "PRINTER'S FIST (the index mark, read '^', '^-', 'fjr', '>9*', '7*', 'tar', ': iT'), untitled "
        "articles of one paragraph; the fist is markup. The last brief's last word (wounds.) is printed "
        "but not in the OCR; the gold ends as printed. Repairs where the print is certain (it is legible "
        "in the scan): 1981 -> 1861, *3QU.(KiU -> $300,000, Milec -> Miles, Ken. tacky -> Kentucky, "
        "Heury -> Henry, twenty-live -> twenty-five, iiicbca -> inches, Kpisoo pal -> Episcopal, "
        "His-hop -> Bishop, tenner* -> banners, Bolt. .Van, 9d. -> Balt. Sun, 2d., Ixmis -> Louis, "
        "treedmen of Augnsta -> freedmen of Augusta, Ga., ?*?, 0(10 -> £600,000, i.1011,000 -> "
        "£100,000, Oasrtts -> Gazette, rapine -> raging, (30,(100 -> $30,000, Neiie -> Nelle, $0,400 -> "
        "$6,400, 1880 -> 1860, L< 1>. -> L. D., S3,0U0 -> $3,000, and the many letters of the line ends. "
        "Kept as printed: tranparencies, Foote. of Mississippi. Score with --fuzzy 0.9."
    ),
    "page": {"furniture": [], "date": "1865-10-02", "page": None},
    "articles": [
        article(
            title="The City Government of Richmond—Its Probable Restoration.",
            source=["Correspondence of the Baltimore American.", "Baltimore American"],
            paragraphs=[
                "RICHMOND, Sept. 28.—Mr. John Wright, who was chosen at the late (set aside) elections in "
                "Richmond for the office of sheriff, was, September 28, permitted to qualify, and enter upon "
                "the discharge of his duties. Mr. Wright was a strong Union man up to 1861. He was afterwards "
                "a member of John's battery, Confederate artillery. He gave security for the performance of "
                "his duties in the sum of $300,000.",
                "The people of Richmond, it is probable, will be surprised in a few days, by finding the City "
                "Councils and magistrates elected in July allowed to go on with their duties. The feeling in "
                "this city among the people is very good toward the Government, and as this fact becomes more "
                "prominent, more privileges will be granted them. Sturdivant will not be allowed to take the "
                "place of Mayor, and, I hear, with very good taste, he has written a letter to the military "
                "authorities stating that if he is any obstacle to the organization of the city government he "
                "will withdraw all claims to the office.",
            ],
        ),
        article(
            title="The Last of the \u201cRebellion.\u201d",
            paragraphs=[
                "This morning all the desks of the late Confederate House of Representatives, at which Miles, "
                "of South Carolina; Humphrey Marshall, of Kentucky; Henry S. Foote. of Mississippi; Charles W. "
                "Russell of Virginia; and such men sat, were sold at auction this morning, and brought from "
                "twenty-five to fifty cents each. They were little black-painted tables of the plainest kind, "
                "about eighteen by twenty-four inches on top, and covered with cheap blue cloth.",
            ],
        ),
        article(
            title="The Episcopal Convention.",
            paragraphs=[
                "The Episcopal Convention, which has just adjourned here, was not so harmonious as the papers "
                "would have you believe. The members were very jealous and watchful of Bishop Johns, after he "
                "found out that they wanted, as they call it, \u201cto throw the Church into the arms of the "
                "North.\u201d Nothing escaped them. When the question of appointing a committee on the Bishop's "
                "report came up, it was proposed that the Council, and not the Bishop, as has been the "
                "practice heretofore, should appoint the committee. A stormy discussion arose, during which "
                "Bishop Johns threatened to, and actually did, leave the chair. This is an extraordinary "
                "occurrence in a Virginia religious body.",
            ],
        ),
        article(
            title="The Eight Hour Meeting.",
            source="Balt. Sun, 2d.",
            paragraphs=[
                "The mechanics of the city are making extensive preparations for the great demonstration "
                "which is to take place in Monument square to-morrow evening. A large stand has already been "
                "erected, which is to have a procession, with banners, tranparencies, devices, &c. The object "
                "of the meeting is understood to be the furtherance of the system of eight hours as a day's "
                "labor among the mechanics.",
            ],
        ),
        article(
            title="Ex-Governor Lowe.",
            source="Baltimore American.",
            paragraphs=[
                "We understand that Governor Bradford has declined to sign the petition of Ex-Governor Enoch "
                "Louis Lowe, of this State, for Executive pardon. Governor Bradford takes the ground that Mr. "
                "Lowe's case is not one demanding immediate action, there being no pressing necessity for his "
                "pardon.",
            ],
        ),
        article(
            paragraphs=[
                "The freedmen of Augusta, Ga., says a correspondent, have established a hospital, and engaged "
                "a physician, where poor and sick freedmen are taken care of. It is supported entirely by "
                "assessments upon the earnings of the colored people themselves.",
            ],
        ),
        article(
            paragraphs=[
                "English capitalists have purchased £600,000 of Colorado mining lands, and their agents and "
                "employees are en route to develop the same. The claims are principally in Russell and Trail "
                "Run districts, and their recent purchase has been the Seaton Lode of one thousand feet, for "
                "which they paid £100,000 alone.",
            ],
        ),
        article(
            paragraphs=[
                "The Cincinnati Gazette says the real estate mania in that city is raging at present, with a "
                "very large business, at extraordinary prices. The figures realized both on sales and rents "
                "throw in the shade the highest prices prevailing at any previous period.",
            ],
        ),
        article(
            paragraphs=[
                "Lieut. Cushing, who destroyed the Albemarle, will get $30,000 as his share of the prize money "
                "out of that transaction.",
            ],
        ),
        article(
            paragraphs=[
                "A young woman named Nelle Otis has been arrested in Boston for the alleged larceny of $6,400 "
                "from a man in New York. She spent her money quite freely in Boston, attending the races and "
                "purchasing wine.",
            ],
        ),
        article(
            paragraphs=[
                "A man who has been cultivating tea, as an experiment, since 1860, writes to the Savannah "
                "Herald that most of his plants will do quite as well in Georgia as in their native country.",
            ],
        ),
        article(
            paragraphs=[
                "Mrs. Beach, the young woman who shot and attempted to kill her husband, an actor at Wood's "
                "Theatre, Chicago, a few nights ago, has been released from custody. Ex-Mayor L. D. Boone "
                "became her security in the sum of $3,000. Beach is slowly recovering from his wounds.",
            ],
        ),
    ],
}

GOLDS["omaha_bee_1887-03-03_p1_knights_of_labor.alto.xml"] = {
    "note": (
        "The Omaha Daily Bee, Sixteenth Year, Number 258, Thursday 3 March 1887, the front page, Chronicling "
        "America ALTO (CCS namespace) by iArchives' Newpah v2.36 for the University of Nebraska's NDNP "
        "batch: the whole XML on a few lines, ONE TEXTBLOCK PER COLUMN, spaces before commas and full stops "
        "('KNIGHTS ,', 'THURSDAY , MORNING'). Crop: the nameplate block (read 'THE OMAHA DAILY' without "
        "BEE., and the date line; furniture) and the whole of column 6 (169 lines): IN DEFENSE OF THE "
        "KNIGHTS., three DECKS (one subtitle; the first alone accepted), the subhead Cardinal Gibbons' "
        "Report. (a heading) over a bracketed copyright line (the source; the cable credit in the dateline "
        "accepted too), the dateline run in (ROME, March 2.—[New York Herald Cable—Special to the BEE.]—I "
        "send you ...), and the Cardinal's letter, which BREAKS OFF at the column's foot (bring us face to "
        "face; it goes on in column 7, not in the crop). Three SUBHEADS IN CAPITALS are set on lines of "
        "their own but READ THROUGH: they are words of the sentence (But the / IMPORTANCE OF THE QUESTION "
        "/ in itself, ...; CATHOLICS ARE NOT FORBIDDEN / to divulge ...; but on the contrary / A PERFECTLY "
        "LAUDABLE SPIRIT.): each is a heading AND stays in its paragraph as printed. The OCR is heavily "
        "damaged (tlio for the, liy for by, the decks read into noise: 'The Snlrlt of tlio Order Not Incoin "
        "/ palllileVKIi tin * TcMtcliliiKH of', the subheads 'IMI'OKI ANCK OK I III : ( Jl'KSTIOJt', "
        "'CATHOLICS : NOi roinn : > Div :', 'A rini'icii.I.AIJDAIII.I : : : SIMIIIT.'); the gold is read from "
        "the scan. Printed oddities kept: popaganda, months' of observation, tresspass, thy represent, "
        "Gibbons report (no apostrophe in the dateline paragraph). Best readings: Simeoni, encyclicals, "
        "Corypheis vel sociis precipuis, grievances. Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "THE OMAHA DAILY BEE.",
            "SIXTEENTH YEAR.",
            "OMAHA, THURSDAY, MORNING, MARCH 3, 1887.",
            "NUMBER 258",
        ],
        "date": "1887-03-03",
        "page": 1,
    },
    "articles": [
        article(
            title="IN DEFENSE OF THE KNIGHTS.",
            subtitle=[
                "Cardinal Gibbons Makes a Strong Report to the Holy See. HE URGES NO CONDEMNATION. The Spirit "
                "of the Order Not Incompatible With the Teachings of the Church—A Prediction of Results.",
                "Cardinal Gibbons Makes a Strong Report to the Holy See.",
            ],
            source=[
                "Copyright 1887 by James Gordon Bennett.",
                "New York Herald Cable—Special to the BEE.",
            ],
            headings=[
                "Cardinal Gibbons' Report.",
                "IMPORTANCE OF THE QUESTION",
                "CATHOLICS ARE NOT FORBIDDEN",
                "A PERFECTLY LAUDABLE SPIRIT.",
            ],
            paragraphs=[
                "ROME, March 2.—[New York Herald Cable—Special to the BEE.]—I send you herewith all the "
                "essential passages in Cardinal Gibbons report to the popaganda on the Knights of Labor:",
                "To his Eminence, Cardinal Simeoni, Prefect of the Holy Congregation of the Propaganda—Your "
                "Eminence: In submitting to the holy see the conclusions which, after several months' of "
                "observation, and deep reflection, seem to me to sum up the question of the association of "
                "the Knights of Labor, I am strongly convinced of the vast importance of this question, which "
                "forms but one ring in the great chain of the social problems of our day, and especially of "
                "our country. In judging this question I have taken great care to use as my constant guide "
                "the spirit of the encyclicals in which our holy father, Pope Leo XIII. has so admirably "
                "exposed the dangers of our time and their remedies, and has explained the principles by "
                "which we shall be guided in distinguishing the associations condemned by the holy see. Such "
                "also, were the guides of the third plenary council of Baltimore in its teachings about the "
                "principles to be followed and the dangers to be avoided by the faithful in the formation of "
                "associations toward which the spirit of our popular institutions so strongly impels. "
                "Considering the fatal consequences that might result through an error in the treatment of "
                "the organizations, which often count their numbers by thousands and hundreds of thousands, "
                "the council clearly ordered—No. 255—that when an association has spread into several "
                "dioceses no single bishop of those dioceses may condemn it, but must refer the case to the "
                "permanent commission of all the archbishops of the United States, who, in their turn, are "
                "not authorized to issue condemnation unless their decision is unanimous, and in default of "
                "such unanimity, only the holy see itself can impose such a condemnation, so that error and "
                "confusion in ecclesiastical discipline may be avoided.",
                "This commission of archbishops met toward the end of the month of October last to "
                "especially consider the association of the Knights of Labor. We were not led to hold this "
                "meeting by any request on the part of the bishops, for none of them did demand it, and it "
                "must be added that of all the bishops only two or three were known to desire the "
                "condemnation. But the IMPORTANCE OF THE QUESTION in itself, and the estimates of the holy "
                "see, made us examine it with the greatest care. After our decision, the results of which "
                "have already been communicated to the holy congregation of the propaganda, only two out of "
                "the twelve archbishops voted for the condemnation—that is to say, the archbishop of St. "
                "Louis and the archbishop of Santa Fe, who followed suit—for reasons which in no way "
                "persuaded the others either of the justice or prudence of such a condemnation. In the "
                "considerations which follow I wish to give in detail the reasons which determined the vote "
                "of the great majority of the commission, the truth and force of which do not seem to me "
                "less powerful to-day. At the same time I will try to do justice to the arguments advanced "
                "by the opposition party.",
                "Although there may be found in the constitution, the by-laws and official declarations of "
                "the Knights of Labor certain assertions or regulations, which we might not approve, we have "
                "not found therein the element which the holy see so clearly designates as condemnatory, and "
                "the formula of their organization contains neither oath nor obligation which preclude those "
                "who do not belong to it, or even their enemies, from becoming acquainted with their affairs.",
                "CATHOLICS ARE NOT FORBIDDEN to divulge everything to competent ecclesiastical authorities, "
                "even outside of the confessional. This has been specially explained to us by the officers. "
                "No promise of blind obedience is required. The objects of the association and its rules are "
                "well and distinctly established, and the obligations of obedience do not tresspass their "
                "limits. Not only their objects and their rules are not hostile to religion or the church, "
                "but the very contrary.",
                "The third plenary council forbids that we should condemn any association without giving its "
                "officers or representative a hearing. (Corypheis vel sociis precipuis, No. 254). Their "
                "master workman, in sending me a copy of their constitution, took occasion to say that he "
                "professed his religion faithfully and receives the sacraments regularly; that he belongs to "
                "no Masonic association or to any other otherwise condemned by the church; that he knows of "
                "nothing in the society of the Knights of Labor contrary to the regulations of the church, "
                "and with filial submission he begs the pastors of the church to examine all the details of "
                "their organization and says that if they find therein anything reprehensible to point them "
                "out and he will faithfully promise to have the proper modifications made. Assuredly this "
                "does not look like hostility toward the authority of the church, but on the contrary A "
                "PERFECTLY LAUDABLE SPIRIT.",
                "After their convention in Richmond last year many of their most zealous officers and "
                "Catholic members made the same declarations regarding their sentiments. As for the "
                "proceedings of the convention themselves (which we expect soon to receive), we can no more "
                "find therein any hostility to the church or to the laws of the land. Not only their "
                "constitution and regulations contain nothing of the sort, but the heads of our civil "
                "authorities treat them and the cause thy represent with the greatest respect. The president "
                "of the United States told me personally a month ago that he had then under consideration a "
                "matter pertaining to certain social grievances, and that he had just had a conference with "
                "Mr. Powderly, the general master workman of the Knights of Labor, on the subject. The "
                "congress of the United States, following the advice of the president, is now considering "
                "measures tending to ameliorate the condition of the working class, the foundation for many "
                "of whose complaints is openly acknowledged. And the political parties, far from looking upon "
                "them as enemies of the country, vie with each other to obtain for them the rights they are "
                "clearly entitled to, for it is a fact well known that the poor toilers have no inclination "
                "to resist or break the laws of the land, but simply to obtain equitable legislation by "
                "constitutional and legitimate means. And those considerations, which show that the "
                "organization does not contain any of the elements which the holy see condemns, bring us "
                "face to face",
            ],
        ),
    ],
}

_INDEX = [
    "Ex-Senator Root sure republicans will develop workable plan for association of nations. Page 1",
    "Late reports from Greece indicate Venizelos' defeat. Page 1",
    "League of nations opens sessions at Geneva. Page 1",
    "Citizen federation invited to meet at post office. Page 1",
    "D'Annunzio seizes disputed zone. Page 2",
    "Two actresses found dead in Chicago under circumstances which indicated murder. Page 2",
    "Storm holding up Harding's plans. Page 2",
    "Superintendent of ash collection announces winter schedule. Page 2",
    "Gen. E. M. Weaver dies. Page 3",
    "Rumor of the withdrawal of U. S. troops from Coblenz fails to halt American activities there. Page 5",
    "Freighter wrecked on Pancake shoals during worst storm in Lake Superior's history. Page 4",
    "Struck by street car, dies in hospital. Page 13",
    "Children's Welfare Society cares for babies at nine centers. Page 16",
    "Marconi company plans transatlantic wireless phone service. Page 18",
    "School authorities estimate 1,000 pupils will be promoted to high schools in February. Page 21",
    "Committee reports to New York meeting Jews in Poland continue in pitiable condition. Page 23",
]

GOLDS["evening_star_1920-11-15_p1_column2_news_in_paragraphs.alto.xml"] = {
    "note": (
        "The Evening Star (Washington, D.C.), No. 27,960, Monday 15 November 1920, the front page, "
        "Chronicling America ALTO v2 by Apex CoVantage from ABBYY FineReader (inch1200; block geometry "
        "broken as in the 1918 page). Crop: two whole TextBlocks. BLOCK1 holds what was read of the "
        "nameplate band (the WEATHER and Associated Press boxes were NOT read, only a noise line '? ???-\" "
        "\\'): Closing New York Stocks, Page 27.; the circulation figures; No. 27,960.; the second-class "
        "mail line; the date line (read '3920-THIRTY-SIX PAGES.'); TWO CENTS. — all furniture. BLOCK3 is "
        "the whole of column 2: EX-CROWNPRINCE ABOUT TO LEAVE HIS ISLAND EXILE (three-line italic head, a "
        "CABLE CREDIT LINE with copyright, By Cable to The Star and Chicago Daily News. Copyright, 1920.: "
        "the source; read as a byline it is accepted too), dateline run in, three paragraphs; a story whose "
        "big head SMALL LOANS LAW MAY SOON PASS is printed but NOT IN THE OCR (title null; its deck, "
        "Congress Expected to Consider Pawnbrokers and \u201cSharks.\u201d, is the subtitle and accepted as "
        "the title), two bold SUBHEADS (Street Railway Problem., People's Demand Awaited.: headings) and "
        "five paragraphs, two of whose lines the OCR LOST where the print is smeared (an early date, Mr. "
        "Focht said today. / He believes that the proposed bills: the paragraph reads on as printed); "
        "MOBS STOP JUBILEE. with its deck and a dateline run in; and the box TODAY'S NEWS IN PARAGRAPHS, "
        "an INDEX OF THE ISSUE: sixteen one-sentence entries each ending in its page reference set right "
        "(Page 1 … Page 23), each entry a paragraph with its reference. Repairs: Wierengren -> Wierengen "
        "(as printed), s;rant N -> grant, jStreet -> street, strict >?nd -> strict and, thiB -> this, "
        "Upcle -> Uncle, TokSo -> Tokio, inv%ded -> invaded, Anti-Cbristians -> Anti-Christians, the "
        "index's page numbers Page 6 -> Page 5, Page 1? -> Page 16, Page 31 -> Page 21, Page Zi -> Page "
        "23, U. 8. -> U. S., column-rule marks (!, j, |, ', {) at line starts and ends. Score with --fuzzy "
        "0.9."
    ),
    "page": {
        "furniture": [
            "Closing New York Stocks, Page 27.",
            "Saturday's Net Circulation, 86,145",
            "Sunday's Net Circulation, 88,226",
            "No. 27,960.",
            "Entered as second-class matter post office Washington, D. C.",
            "WASHINGTON, D. C., MONDAY, NOVEMBER 15, 1920—THIRTY-SIX PAGES.",
            "TWO CENTS.",
        ],
        "date": "1920-11-15",
        "page": 1,
    },
    "articles": [
        article(
            title="EX-CROWNPRINCE ABOUT TO LEAVE HIS ISLAND EXILE",
            source=["By Cable to The Star and Chicago Daily News. Copyright, 1920.", None],
            byline=[None, "By Cable to The Star and Chicago Daily News."],
            paragraphs=[
                "BERLIN, November 15.—Former Crown Prince Frederick William is preparing to leave his exile on "
                "Wierengen Island, on the Dutch coast, and rejoin his family, which is now in Silesia. This "
                "information was received today from a former staff officer, who has been in close touch with "
                "the former crown prince, even during the exile.",
                "One of Frederick William's adjutants will arrive in Berlin next week to get in touch with the "
                "government and learn whether it will interpose any objection to the reunion of the former "
                "crown prince and his wife and children. What the attitude of the government on the matter is "
                "cannot be learned at the moment, but it is expected that a large majority of the social "
                "democratic delegation in the reichstag, as well as the independent socialists and other left "
                "wing parties, will fight the project bitterly, especially if there should be any inclination "
                "on the part of the government to grant permission to the exiled prince to settle permanently "
                "in Germany.",
                "The right-wing factions, of course, would greet the former prince's return with joy. The "
                "majority of the people in the street are probably indifferent. Among the working classes, "
                "however, there are some radical elements that might use violence to prevent the return.",
            ],
        ),
        article(
            title=None,
            subtitle="Congress Expected to Consider Pawnbrokers and \u201cSharks.\u201d",
            headings=["Street Railway Problem.", "People's Demand Awaited."],
            paragraphs=[
                "Strict legislation regulating \u201cloan sharks\u201d and pawnbrokers in the District of Columbia "
                "and drawing a sharp line between the two businesses will probably be the first law affecting "
                "the District to be passed by Congress on its return. This is the opinion of Representative "
                "Benjamin K. Focht of Pennsylvania, ranking republican on the House District committee, who "
                "returned to the capital today.",
                "Representative Focht is chairman of a special subcommittee of the District committee that has "
                "held extensive hearings on two bills affecting so-called \u201cloan sharks\u201d and pawnbrokers, "
                "of which Representative L. P. Dyer of Missouri and Representative George Holden Tinkham of "
                "Massachusetts are authors. These hearings have brought the matter to such a stage that some "
                "strict and helpful legislation seems likely at an early date, Mr. Focht said today. He "
                "believes that the proposed bills have been advanced to a stage where they will require less "
                "work in committee than any of the other hang-over measures, and so will be the first to be "
                "taken up.",
                "Legislation to relieve the street railway troubles in the National Capital will take up most "
                "of the time of the District committee during this session, Representative Focht believes. It "
                "is a problem that vitally concerns the people of the city, he said, and one which is "
                "extremely difficult to settle. The committee as now constituted, he says, has no intention of "
                "reaching any decision or putting through any bill until the matter can be settled right. He "
                "pointed out that the Public Utilities Commission itself is not well informed on street railway "
                "problems, and has had to call in so-called \u201cexperts,\u201d and after the testimony of these "
                "\u201cexperts\u201d has been given it is contradicted by other \u201cexperts\u201d for the street "
                "railway companies. Until the \u201cexperts\u201d agree, he said, it will be impossible for the "
                "House District committee to pass any remedial legislation.",
                "The House District committee is anxious to reach a solution which will do away with the "
                "repeated increase of fares and will assure good service at a stable rate to the public. He "
                "points out that the problem is of particular interest to Congress because the majority of "
                "those who use the street cars are the people on whom Uncle Sam depends to get the "
                "government's work done.",
                "\u201cWhen the people of the National Capital decide what they want done we will do our best to "
                "put through the legislation,\u201d said Mr. Focht, not only with reference to the transportation "
                "problem, but to all legislation in which the residents of the District may be interested.",
            ],
        ),
        article(
            title="MOBS STOP JUBILEE.",
            subtitle="Anti-Christians in Tokio Twice Disturb Salvationists.",
            paragraphs=[
                "TOKIO, November 15.—Anti-Christian mobs twice broke up Salvation Army jubilee celebrations "
                "here yesterday. Gangs of students dispersed an open-air gathering, while a mob invaded an "
                "indoor meeting, tore down the decorations and silenced the speakers.",
                "Officials of the Salvation Army declare they believe the disturbances were fomented by Buddhists.",
            ],
        ),
        article(title="Today's News in Paragraphs", paragraphs=list(_INDEX)),
    ],
}

_TELEGRAMS = [
    "TELEGRAMS TO THE STAR. This Afternoon's Dispatches.",
    "TELEGRAMS TO THE STAR.",
    "This Afternoon's Dispatches.",
]

GOLDS["evening_star_1868-05-19_p1_telegrams_chicago_convention.alto.xml"] = {
    "note": (
        "Evening Star (Washington, D.C.), Vol. XXXI, No. 4,741, Tuesday 19 May 1868, the front page, column "
        "6 from its top: Chronicling America ALTO v2 by Apex CoVantage from PrimeOCR (inch1200), '?' for "
        "dashes. Crop: ten whole TextBlocks (BLOCK52-61); no furniture. The column's FLAG, TELEGRAMS TO THE "
        "STAR. / This Afternoon's Dispatches. (the section of every article; either line accepted), over "
        "the big head CHICAGO CONVENTION. and a STACK OF FOUR DECKS between ornamental rules (FROM CHICAGO "
        "TO-DAY. / IMMENSE CROWD. / ACTIVE CANVASSING FOR THE VICE PRESIDENCY. / THE EAST WANTS A FAIR "
        "SHOW.: one subtitle, the first deck alone accepted), a BRACKETED SOURCE LINE ([Special Dispatch "
        "to the Star.]) and the dispatch with its dateline run in (five paragraphs, one a list of States "
        "and their candidates). Then a LATER. head (the title of the later dispatch) over NINE DECKS, its "
        "own source line and four paragraphs; a THIS AFTERNOON. head over two decks, a source line and one "
        "paragraph; and FROM EUROPE TO-DAY, BY CABLE. with its deck The French Press on Impeachment., "
        "which BREAKS OFF at the crop's foot inside a parenthesis (La Libertie (Radical; continued in the "
        "next block, not in the crop). The deck lines in spaced capitals are the worst read ('1 OK E\\( "
        "OM>1lAI< A T IO > .', 'LO?iA>. Jl'DD. ?l< KLEs AND OTHERS', 'Elf ITEMENT RIAMNT. UlcH', "
        "'# T*S1K AFTERKOOX.'). Repairs from the scan: Ave -> five, oyer -> over, l'ortlaud -> Portland, "
        "MawaAu setts -> Massachusetts, Bornside -> Burnside, Kenton -> Fenton, C?e?well -> Creswell, "
        "ro es -> votes, tremendon? -> tremendous—, 5<X. men?but -> 500 men—but, W.lson -> Wilson, "
        "Cons?-r\\ative -> Conservative, Chicago I'ut' and fril.jn* -> Chicago Post and Tribune, irreat "
        "tnun -> great train, del-gste^ -> delegates, m ill -> will, May I*?, J .'JO p. ra. -> May 19, "
        "2:30 p. m., Curtia -> Curtin, Fa kir. Mej 10. -> PARIS, May 19., Johnton -> Johnson, I lth -> "
        "11th, Tempt -> Temps, Ji ui-nnl dtt Pfbats (Olb ans) -> Journal des Debats (Orleans). Kept as "
        "printed: 'on the third ballot' without a full stop, La Libertie (for La Liberté). Score with "
        "--fuzzy 0.9."
    ),
    "page": {"furniture": [], "date": "1868-05-19", "page": None},
    "articles": [
        article(
            section=_TELEGRAMS,
            title="CHICAGO CONVENTION.",
            subtitle=[
                "FROM CHICAGO TO-DAY. IMMENSE CROWD. ACTIVE CANVASSING FOR THE VICE PRESIDENCY. THE EAST "
                "WANTS A FAIR SHOW.",
                "FROM CHICAGO TO-DAY.",
            ],
            source="Special Dispatch to the Star.",
            paragraphs=[
                "CHICAGO, May 19.—The city is full to-day, in fact overflowing. All of the leading hotels are "
                "occupied to their utmost capacity, with three and five in a room. A private parlor at the "
                "Sherman House costs forty dollars a day.",
                "There are over one hundred newspaper men here, representing journals from Portland, Maine, to "
                "California.",
                "The canvassing is wholly confined to the Vice Presidency. The friends of Mr. Wade have "
                "abandoned the intention urged yesterday, of nominating him by acclamation. The various State "
                "delegations insist on throwing a complimentary vote for their candidates. Maine is for "
                "Hamlin; New Hampshire is inclined to Wilson; Vermont is for Poland; Massachusetts is for "
                "Wilson; Connecticut, for Buckingham; Rhode Island, Burnside; New York, Fenton; Pennsylvania, "
                "Curtin; Ohio, Wade; Nebraska, Wade; Indiana, Colfax; Michigan, Colfax; Illinois, Colfax; "
                "Wisconsin, Wade; California, Wade; Missouri, Wade; Iowa, Wade; Maryland, Creswell; New "
                "Jersey, Ward.",
                "After the first ballot has been cast the complimentary names will be dropped, and the play "
                "will be opened in earnest between the half dozen real contestants. Hamlin has some shrewd and "
                "active canvassers on the ground, who are making some impression upon the delegates. It is not "
                "probable, however, that Hamlin will receive more than the votes of the Maine delegation on the "
                "first ballot or two.",
                "The friends of Messrs. Hamlin, Wilson, Curtin, and Fenton are urging the unfairness and "
                "impolicy of having both the candidates for the Presidency and Vice Presidency selected from "
                "the West. As Grant is to be the nominee for Presidency, let the East name the candidate for "
                "Vice President, they say.",
            ],
        ),
        article(
            section=_TELEGRAMS,
            title="LATER.",
            subtitle=[
                "EXCITEMENT RUNNING HIGH. WADE, HAMLIN, AND COLFAX. BITTER FIGHT IN PENNSYLVANIA DELEGATION. "
                "CAMERON AND FORNEY. FORNEY WINS. IMPEACHMENT. LOGAN, JUDD, SICKLES AND OTHERS FOR "
                "EXCOMMUNICATION. BIG TRAIN FROM WASHINGTON. SOUTHERN DELEGATES ALLOWED SEATS IN THE "
                "CONVENTION.",
                "EXCITEMENT RUNNING HIGH.",
            ],
            source="Special Dispatch to the Evening Star.",
            paragraphs=[
                "CHICAGO, May 19.—For the past twenty-four hours the various State delegations have been "
                "holding meetings on the Vice Presidency, and the excitement has run very high. The outside "
                "pressure on behalf of Fenton is tremendous—one delegation here numbering 500 men—but he has "
                "no strength in the convention outside of New York. The contest is now narrowed down to Wade, "
                "Hamlin, and Colfax, with relative strength in the order named. Two-thirds of the New England "
                "men are for Wilson on the first ballot. The Wade men claim four hundred out of six hundred "
                "delegates; while the Maine delegation think the result will be that the conflicting "
                "interests will unite on Hamlin on the third ballot",
                "There has been a bitter fight in the Pennsylvania delegation between Cameron and Forney, "
                "which was settled by summoning a meeting in favor of the latter, who was made chairman of the "
                "delegation. The Convention will take independent action on impeachment, and the indications "
                "are strong that seven Republican Senators will be expelled from the party. Logan, Judd, "
                "Sickles and others have made speeches favoring action in that direction. A few Conservative "
                "Republicans, led by the Chicago Post and Tribune, alone oppose it. The great train from "
                "Washington, numbering eighteen car loads, produced a decided sensation.",
                "The Soldiers and Sailors' Convention, numbering four hundred delegates, met at noon and "
                "declared for Grant, but did not deem it proper to select Vice Presidential candidates.",
                "The Southern delegates have been assigned seats in the Republican Convention, and will "
                "probably be allowed to vote. Four colored delegates are here.",
            ],
        ),
        article(
            section=_TELEGRAMS,
            title="THIS AFTERNOON.",
            subtitle=[
                "THE PENNSYLVANIA DELEGATION FOURTEEN FOR WADE. THE REST FOR CURTIN.",
                "THE PENNSYLVANIA DELEGATION FOURTEEN FOR WADE.",
            ],
            source="Special Dispatch to The Star.",
            paragraphs=[
                "CHICAGO, May 19, 2:30 p. m.—Fourteen of the Pennsylvania Delegation have declared to-day for "
                "Wade. The rest are for Curtin.",
            ],
        ),
        article(
            section=_TELEGRAMS,
            title="FROM EUROPE TO-DAY, BY CABLE.",
            subtitle="The French Press on Impeachment.",
            paragraphs=[
                "PARIS, May 19.—The telegram announcing the acquittal of President Johnson on the 11th article "
                "was received here late on Saturday night. The following is an epitome of the opinions "
                "expressed by the leading journals:",
                "The Temps (Democratic) says Johnson has been saved by legal forms only. He has been deposed in "
                "the minds of the country. The Journal des Debats (Orleans) says: Whilst Johnson is acquitted, "
                "the vote is such as to render him powerless hereafter. La Libertie (Radical",
            ],
        ),
    ],
}

_TOMORROW = [
    "\u201cANY AMERICAN BUSINESS MAN CAN MAKE A DEAL WITH THE KING OF SPAIN\u201d—STERLING HEILIG tells how "
    "King Alphonso is going to extreme lengths in encouraging American enterprises to do business in his "
    "country.",
    "\u201cSHALL WE BUILD OR PAY RENT?\u201d—An able discussion of this universal problem, by ALBERT W. ATWOOD.",
    "\u201cALL GERMANY THRILLS OVER DEEDS OF HER YOUNG HEROES\u201d—Stories of the courageous exploits of young "
    "soldiers in the air, under the sea and on the battlefield.",
    "\u201cTHE BULWARK,\u201d an appealing story by HOLWORTHY HALL.",
    "\u201cCOLONEL HOUSES OF HISTORY\u201d—A two-page spread of photographs of men and women who were "
    "\u201cpowers behind the throne.\u201d",
    "\u201cOUR ENGINEER CORPS AT WORK\u201d—Problems which army engineers must solve in their work in the camps "
    "along the Mexican border.",
    "THE RAMBLER writes of \u201cBRYANS POINT ON THE POTOMAC.\u201d",
    "\u201cREVIEWS OF MIDSUMMER BOOKS.\u201d",
    "\u201cWHY ARE ROLLING STONES?\u201d by LELLA FAYE SECOR.",
    "\u201cMANIFEST DESTINY OF THE UNITED STATES IN THE CARIBBEAN,\u201d an interesting article by CHARLES M. PEPPER.",
    "\u201cTHE GIRL BEYOND THE TRAIL\u201d—Another installment of this remarkable serial by JAMES OLIVER CURWOOD.",
    "\u201cWASHINGTON'S CRAB SUPPLY IS RAPIDLY DIMINISHING.\u201d",
    "\u201cFIFTY MEN KEEP ORDER IN THE WILDS OF THE BRITISH NORTHWEST,\u201d by FRANK G. CARPENTER.",
    "\u201cA FAIRY GODMOTHER TO SOLDIER AND SAILOR BOYS, AND HER CORRESPONDENCE CLUB.\u201d",
    "\u201cSPECIALISTS AND THE CIVIL SERVICE COMMISSION.\u201d",
    "\u201cTHE MODERN BRIDE AND HER DAINTY LINGERIE,\u201d by ANNE RITTENHOUSE.",
    "\u201cIF YOU THINK THIS IS A GOOD IDEA, WRITE ME A LETTER ABOUT IT,\u201d by BRUCE BARTON.",
    "\u201cA HOUSE IN SEATTLE THAT AWAITS THE ARRIVAL OF A KING.\u201d",
    "\u201cTHE STUBBORN PARTNER,\u201d and \u201cANOTHER SNUBBED OPPORTUNITY,\u201d and \u201cTRAPPED,\u201d and \u201cAS OLD "
    "CYRUS SIMMONS WOULD SAY,\u201d by HERBERT KAUFMAN.",
    "IN THE SUNDAY STAR",
]

GOLDS["evening_star_1916-08-26_p1_sunday_star_tomorrow_box.alto.xml"] = {
    "note": (
        "The Evening Star (Washington, D.C.), No. 29,422, Saturday 26 August 1916, the front page, "
        "Chronicling America ALTO v2 by Apex CoVantage from ABBYY FineReader (inch1200; block geometry broken "
        "as in the 1918 and 1920 pages). Crop: two whole TextBlocks. BLOCK1: the nameplate band (the WEATHER "
        "ear, the slogan box \u201cFrom Press to Home Within the Hour\u201d, the sworn circulation, the date line "
        "No. 29,422. | WASHINGTON, D. C., SATURDAY, AUGUST 26, 1916—SIXTEEN PAGES. | ONE CENT., and a noise "
        "line '3?'), all furniture. BLOCK7, the whole of column 5: it OPENS INSIDE A SENTENCE, the end of the "
        "Spratling story carried over from column 4 (not in the crop: an untitled article of two "
        "paragraphs); a rule; the brief Archbishop of West Indies. (dateline run in); and a PROMOTION BOX "
        "inside a wavy border, TOMORROW ... IN THE SUNDAY STAR, whose head is SPLIT ABOVE AND BELOW the list: "
        "nineteen italic entries announcing the next day's features (titles in capitals and quotation "
        "marks, writers in capitals), each a paragraph; TOMORROW is the title and the closing IN THE SUNDAY "
        "STAR the last paragraph (the box's last words). Repairs: hit, wife "
        "-> his wife; August 56.? -> August 26.—; Kin// Alphovso ? -> King Alphonso; RENTf -> RENT?; "
        "Jan appealing -> an appealing; HOL\\yOttTHY -> HOLWORTHY; COLOSEL HOUSES / TORY -> COLONEL HOUSES OF "
        "HISTORY (a line lost); twoypage spread nf. -> two-page spread of; /men -> men; v'ork in the "
        "carf^psalojig -> work in the camps along; STONES t -> STONES?; CURWOOD; KING ? -> KING.\u201d; "
        "the circulation 79,828 -> 76,829, 1916* -> 1916, Sworn read 'ft wont'. Score with --fuzzy 0.9."
    ),
    "page": {
        "furniture": [
            "WEATHER.",
            "Generally fair tonight and tomorrow; light westerly winds.",
            "Temperature for twenty-four hours ending 2 p.m.: Highest, 88, at 3:30 p.m. yesterday; lowest, 62, "
            "at 6 a.m. today.",
            "Full report on page 7.",
            "\u201cFrom Press to Home Within the Hour\u201d",
            "Sworn Net Circulation, Month of July, 1916, Daily Average, 76,829; Sunday, 56,570.",
            "No. 29,422.",
            "WASHINGTON, D. C., SATURDAY, AUGUST 26, 1916—SIXTEEN PAGES.",
            "ONE CENT.",
        ],
        "date": "1916-08-26",
        "page": 1,
    },
    "articles": [
        article(
            paragraphs=[
                "remarks which she said the physician made to her while she was in his office before the "
                "mobilization order took him to Macon.",
                "Adams said he tried to get his wife to visit relatives away from here, thinking that would "
                "\u201crelieve her mind of the matter.\u201d He added that she told him that she was going to "
                "Macon, but that he did not suspect her intentions.",
            ],
        ),
        article(
            title="Archbishop of West Indies.",
            paragraphs=[
                "NEW YORK, August 26.—Rt. Rev. George Frederick Cecil De Carteret, according to word received "
                "here today, has been elected Episcopal Archbishop of the West Indies. The new bishop was the "
                "unanimous choice of the seventy-one clergymen and fifty laymen who attended a special synod "
                "at Kingston. For the last three years he had been assistant bishop of Jamaica and "
                "administrator of the islands.",
            ],
        ),
        article(title="TOMORROW", paragraphs=list(_TOMORROW)),
    ],
}
