"""Make tests/real20: six crops of The Statesman (London), Tuesday 17 February 1824.

The page files are the British Library's own OCR (METS/ALTO 1.4, CCS docWorks 7.0 with
OmniPage 20), as shipped in Living-with-machines/alto2txt (demo-files/0002647/1824/0217,
CC0). Each crop keeps the whole TextBlocks of one stretch of one page and drops every other
TextBlock (and a ComposedBlock left empty); nothing inside a kept block is changed.
No scan is at hand: each gold holds the printed text as read from the OCR, with the
misreadings corrected where the intended word is certain (see each note).

Run from the repository root: python tests/real20/make_real20_gold.py
It re-crops from the alto2txt mirror when it is present (else it checks the committed
crops), writes the golds and INDEX.json, then runs the checks the README lists.
"""

import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
MIRROR = Path("/work/.mirror/Living-with-machines+alto2txt/repo")
COMMIT = "e03f4689432c13e906ee5f56ab3ea7b5017b0c25"
SRC = "demo-files/0002647/1824/0217/0002647_18240217_{:04d}.xml"
SCORER = Path("/work/shared/tools/score_clean.py")
DATE = "1824-02-17"
RUNNING_HEAD = "THE STATESMAN"

CROPS = {}

CROPS["statesman_1824-02-17_p1_gazette_parliament.alto.xml"] = {
    "page": 1,
    "blocks": [
        "P1_TB00002",
        "P1_TB00003",
        "P1_TB00004",
        "P1_TB00005",
        "P1_TB00006",
        "P1_TB00008",
        "P1_TB00011",
        "P1_TB00012",
        "P1_TB00014",
        "P1_TB00015",
        "P1_TB00016",
        "P1_TB00017",
    ]
    + [f"pa00010{n:02d}" for n in range(11, 34)],
    "gold": {
        "note": (
            "The Statesman (London, evening paper), Tuesday 17 February 1824, No. 6906, "
            "page 1, second column, from its head to the last petition before 'COIN OF "
            "THE REALM.' (blocks listed in SOURCES.tsv), plus the masthead's date line, "
            "motto, number and price (furniture). The garbled masthead title block "
            "P1_TB00001 (its OCR is ornament noise) is not in the crop. BL OCR (OmniPage "
            "20 via CCS docWorks, page word accuracy 88.2%); no scan: the text is the "
            "OCR's, sure misreadings corrected (to be, Sub-Lieut., Dalzell (the vice "
            "chain names him), exchanges, Captain, 8th, Capt., 2d West India regt., "
            "Court, ten, four, their Lordships, praiseworthy, bear, papers, LORDS, "
            "COMMONS, EXETER presented, board, cases, Marquess of LANSDOWNE, them, "
            "however, move for, Act, Ordered, ATTORNEY-GENERAL, BLACKBURNE, Tithes, "
            "LEMON, Company, Gloucester, Teignmouth, similar, presented). Uncertain: "
            "'1st Regiment' (OCR 'ittl'), 'Wowen Rooks' (kept), 'FEB. 13' (OCR 'FEN. "
            "IS'), 'Queensbury', the Bishop of Exeter's parish (kept as read, "
            "'01.1sbnrgh'), 'LANSDOWNE' (OCR 'ofllllllSDl4K'), 'at Four o'clock' (OCR "
            "'at Pour k.'), 'liyeport', 'Laverstone', 'Holdsworth', 'MRTMAN' (kept), "
            "'the duty on Wool.—' (the OCR has 'the duty ou' and no word before 'Laid'). "
            "Structure: the Gazette extract is one article (title 'FROM SATURDAY "
            "NIGHT'S GAZETTE.', the War Office date line its subtitle, null accepted), "
            "one paragraph per regiment; '(To be continued.)' is a continuation line "
            "(furniture). 'IMPERIAL PARLIAMENT.' is the section of both Houses (null "
            "accepted); each House's report is one article titled by its line ('HOUSE "
            "OF LORDS—MONDAY.'), its centred subject heads ('COAL DUTIES.') are "
            "headings, each speaker's item a paragraph. The Commons report goes on "
            "below the crop."
        ),
        "page": {
            "furniture": [
                "LONDON, TUESDAY,",
                "FEBRUARY 17, 1824.",
                "“The Cause for which HAMPDEN fell in the Field, and SYDNEY died on the Scaffold!”",
                "No. 6906",
                "PRICE 7d.",
                "(To be continued.)",
            ],
            "date": DATE,
            "page": 1,
        },
        "articles": [
            {
                "section": None,
                "kicker": None,
                "title": "FROM SATURDAY NIGHT'S GAZETTE.",
                "subtitle": ["WAR OFFICE, FEB. 13, 1824.", None],
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "1st Regiment of Life Guards—Cornet and Sub-Lieut. Wm. Wowen "
                    "Rooks to be Lieut., by purchase, vice Collins, who retires; E. G. "
                    "Howard, gent., to be Cornet and Sub-Lieut., by purchase, vice Rooks.",
                    "3rd regt. of Light Dragoons—Veterinary Surgeon, J. Constant, from "
                    "13th Light Dragoons, to be Veterinary Surgeon, vice Schroeder, who "
                    "exchanges.",
                    "13th ditto—Cornet A. A. Dalzell, to be Lieut., by purchase, vice "
                    "Hyslop, who retires; Ensign T. F. Hart, from the 63d foot, to be "
                    "Cornet, by purchase, vice Dalzell; Veterinary Surgeon J. "
                    "Schroeder, from the 3rd Light Dragoons, to be Veterinary Surgeon, "
                    "vice Constant, who exchanges.",
                    "7th regt. of foot—Captain J. Brine, from half-pay 39th foot, to be "
                    "Captain, vice J. Healey, who exchanges, receiving the difference.",
                    "8th ditto—Lieut. A. Maclachlan, from half-pay 49th foot, to "
                    "Lieut., vice Spratt, appointed to the 96th foot.",
                    "18th Ditto—Lieut. D. J. Conroy, from the 63rd foot, to be Capt. by "
                    "purchase, vice Berkeley, promoted in the 2d West India regt.",
                ],
                "captions": [],
            },
            {
                "section": ["IMPERIAL PARLIAMENT.", None],
                "kicker": None,
                "title": "HOUSE OF LORDS—MONDAY.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [
                    "DEPUTY CLERK OF PARLIAMENT.",
                    "COAL DUTIES.",
                    "ORDERS IN COUNCIL.",
                    "STATE OF IRELAND.",
                ],
                "paragraphs": [
                    "The Court sat to hear appeals in the Queensbury causes from ten up "
                    "to four o'clock. At half-past four the Lord Chancellor resumed his "
                    "seat on the woolsack.",
                    "The LORD CHANCELLOR informed their Lordships, that Mr. Rose wished "
                    "to get his son appointed his deputy as Reading Clerk at their "
                    "Lordships table. His Lordship, at the same time, bore testimony to "
                    "the meritorious services of Mr. Birch, who had discharged the "
                    "duties of the office for several years past, and who was to retire "
                    "from it in consequence of the proposition of Mr. Rose.",
                    "The Earl of LIVERPOOL concurred in the proposed appointment, and "
                    "represented the conduct of Mr. Birch as satisfactory in every "
                    "respect. Not only had he acquitted himself in the most praiseworthy "
                    "manner at their Lordships table, but his assistance had been found "
                    "eminently useful at Committees. He now saw present a Noble Lord "
                    "(Lord Holland) who could bear testimony to this fact. He would take "
                    "this opportunity of again stating, that it was intended very "
                    "shortly to institute a regular inquiry into the office of Clerk of "
                    "Parliament.",
                    "Lord HOLLAND admitted to the full extent the services of Mr. Birch, "
                    "and said he was glad to learn from that Noble Earl that the whole "
                    "system was to be gone into.",
                    "Young Mr. Rose then advanced to the table, and took his seat, as "
                    "Deputy Clerk, in the place hitherto occupied by Mr. Birch.",
                    "The Bishop of EXETER presented a petition from the inhabitants of "
                    "the parish of 01.1sbnrgh against the duty on Coal carried "
                    "coastways.—Laid on the table.",
                    "A person from the Council Office presented the Orders in Council "
                    "for exempting vessels belonging to subjects of the kingdoms of "
                    "Hanover and the Netherlands from taking pilots on board in certain "
                    "cases, and for laying countervailing duties on certain American "
                    "vessels.—Laid on the table.",
                    "The Marquess of LANSDOWNE, in moving for various papers relating to "
                    "Ireland, said it was unnecessary for him to particularise them, as "
                    "they had already been moved for in the other House of Parliament. "
                    "It was, however, necessary that they should be laid before their "
                    "Lordships previously to the introduction of the motion respecting "
                    "the state of Ireland, of which a Noble Earl (the Earl of Darnley) "
                    "had given notice on a former evening. The papers which he should "
                    "now move for related to Church property in Ireland, and the "
                    "operation of the Insurrection Act.—Ordered.",
                    "Their Lordships then adjourned.",
                ],
                "captions": [],
            },
            {
                "section": ["IMPERIAL PARLIAMENT.", None],
                "kicker": None,
                "title": "HOUSE OF COMMONS—MONDAY.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [
                    "COMMUTATION OF TITHES.",
                    "COAL DUTIES.",
                    "WOOL DUTIES.",
                    "COAL DUTIES.",
                ],
                "paragraphs": [
                    "The SPEAKER took the Chair at Four o'clock.",
                    "The ATTORNEY-GENERAL took the oaths and his seat for Ashburton.",
                    "Mr. BLACKBURNE presented a petition from the Town and "
                    "Neighbourhood of Lancaster, praying a Commutation of Tithes.—Laid "
                    "on the table.",
                    "Sir WILLIAM LEMON presented a petition from the parish of liyeport, "
                    "in Cornwall, against the duty on Coals carried coastwise.",
                    "Mr. STANLEY presented a similar petition from Laverstone, in Lancashire.",
                    "Sir CHRISTOPHER HAWKINS presented a similar one from St. Ives.",
                    "Sir WM. GUISE presented a similar one from the Severn Canal Company.—Laid on the table.",
                    "Sir WM. GUISE presented a petition from the Wool-dealers of "
                    "Gloucester for a repeal of the duty on Wool.—Laid on the table.",
                    "Mr. DOWDESWELL moved for further Returns respecting the Court of Chancery.—Ordered.",
                    "Sir EDW. KNATCHBULL presented a petition from the Corporation of "
                    "Deal against the duties on Coals carried coastwise.",
                    "Sir THOS. ACKLAND presented similar petitions from Ilfracombe, "
                    "Holdsworth, and three other parishes in Devonshire.",
                    "Capt. BASTARD a similar petition from the inhabitants of Teignmouth.",
                    "Col. WOOD, a similar petition from Staines.",
                    "Sir THOS. LETHBRIDGE, a similar petition from Minehead, in Somersetshire.",
                    "Mr. HURST, a similar petition signed by the Nobility, Baronetage, and Commonalty of Horsham.",
                    "Mr. MRTMAN, a similar petition from Portland.",
                    "All ordered to lie upon the table.",
                    "Mr. Alderman WOOD moved for a Return of the Number of Gallons of "
                    "Spirit imported from Scotland for the last year; and the quantity "
                    "of Strong Beer consumed in Scotland, during the same "
                    "period.—Ordered.",
                    "Mr. MABERLY gave notice that to-morrow he would move for papers relating to Beer and Malt.",
                    "Sir ELIAS HARVEY presented two petitions from Bamford and Rainbow, "
                    "on the subject of the Coal Duties.—Laid on the table.",
                ],
                "captions": [],
            },
        ],
    },
}

CROPS["statesman_1824-02-17_p3_shipping_west_indies.alto.xml"] = {
    "page": 3,
    "blocks": ["pa0003014"] + [f"pa00030{n}" for n in (20, 21, 22, 23, 24, 37, 38, 39, 40, 41)],
    "gold": {
        "note": (
            "The Statesman, 17 February 1824, page 3, third column, lower half: "
            "SHIPPING INTELLIGENCE (port reports, each a dated run-in item) and, under "
            "the label WEST INDIES., the Jamaica slave-trial report, plus the page's "
            "running head THE STATESMAN (furniture; the page number is not printed). "
            "The column's head (Paris funds) and the items between the two pieces "
            "(blocks pa0003025-pa0003036 belong to column 2) are not in the crop. BL "
            "OCR, no scan: sure misreadings corrected (DEAL, Feb. 16, Wind E., back, "
            "February, Duke, LIVERPOOL, Goodsman, KINGSTON, Dec., His Grace's, "
            "whites, possession, seized, punished, Watson, pounds as 50l. ...). "
            "Uncertain, kept as read: 'Pono, Stiffer,', 'Oaliopolio' (Gallipoli?), "
            "'Biota', 'Idaranbam', 'Maratsham', 'IM.Lea', 'Slawelly', 'Hoyle', "
            "'Dec. 28' (OCR 'Dsc.2B'). The rule lines under the heads are not text. "
            "'WEST INDIES.' over 'TRIAL OF THE REBELS.' is the section or the kicker "
            "(null accepted for both); the closing credit '—(Public Advertiser.)' is "
            "the source (null accepted), not part of the last paragraph. The list of "
            "the condemned and their values is one paragraph as printed (run on)."
        ),
        "page": {"furniture": [RUNNING_HEAD], "date": DATE, "page": 3},
        "articles": [
            {
                "section": None,
                "kicker": None,
                "title": "SHIPPING INTELLIGENCE.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "DEAL, Feb. 16.—Wind E. & S.—Sailed for the River the Resolution, "
                    "Gibbs, from Jamaica. The Pono, Stiffer, from Hambro'; and a "
                    "galliot from Flushing, passed at the back of the Goodwin Sands. "
                    "Came down from the River the Smyrna, Farmer, for Smyrna. Two "
                    "ships, a brig, and several galliots, are passing the South Sand "
                    "Head, bound down Channel.",
                    "PORTSMOUTH, February 16.—Wind East.—Arrived the Canada, Parker, "
                    "from Pernambuco; and Vigilant, Christie, from Oaliopolio. Remain "
                    "the Duke of Bedford, for Madras, waiting for passengers.",
                    "FALMOUTH, Feb. 15.—Wind N. E.—Arrived the Duke of Kent Packet, "
                    "from Lisbon, sailed 4th instant; Phenix, Hamilton, from Port au "
                    "Prince, sailed 4th inst.; and H.M.S. Rinaldo, for Portsmouth.",
                    "LIVERPOOL, Feb. 15.—Sailed the Alexander, Weymouth, for Bahia; "
                    "Tom, Dickenson, for Pernambuco; Biota, Arthur, for Idaranbam; "
                    "M'Burnett, —, for Honduras; Eliza Plommer, Forsyth, for Jamaica; "
                    "Vulture, Coffin, for Havanna; Diamond, Macey, for New York; "
                    "Franklin, Graham, for Baltimore; Hannibal, Lowe, for Virginia; and "
                    "Fairy Queen, Alston, for Gibraltar.—Arrived the Jane, Thom, from "
                    "Bahia; Martha, Rae, from Pernambuco; Utility, Bleasdale, from "
                    "Maratsham; Aimwell, Edwards, from Demerara; Franklin, Gardner, "
                    "from New Orleans; William and Jane, Baffling; and Wilhelmina, "
                    "Wilson, from Savannah; Abigail, Gardner; and Hero, Potter, from "
                    "Charleston; Glide, Saul, from Boston; John and Mary, IM.Lea; and "
                    "Amanthen, Rowett, from Sicily.",
                    "COWES, Feb. 16.—Arrived the Lavinia, Allen, from Rio Janeiro; and Elizabeth, Barnes, from Bahia.",
                    "Off Scilly, the Blucher, from Jamaica.",
                    "PADSTOW, Feb. 15.—The Po, Billing, from Slawelly to Hoyle, on "
                    "entering this port, was struck by a sea, which washed the master "
                    "and his son overboard, and both were drowned.",
                    "The Union, Goodsman, from Bangor to Berwick, was driven on shore on the Isle of Sky, 6th inst.",
                ],
                "captions": [],
            },
            {
                "section": ["WEST INDIES.", None],
                "kicker": ["WEST INDIES.", None],
                "title": "TRIAL OF THE REBELS.",
                "subtitle": None,
                "byline": None,
                "source": ["Public Advertiser.", None],
                "headings": [],
                "paragraphs": [
                    "KINGSTON, Dec. 28.—The following slaves were charged with being "
                    "concerned in rebellious conspiracies and committing other crimes, "
                    "to the ruin and destruction of the white people, and others of "
                    "this island, and for causing, exciting, and promoting others "
                    "thereto; and for being concerned in rebellion, and designing to "
                    "commit murder, felony, burglary, and to set fire to certain "
                    "houses, out houses, and compassing and imagining the death of the "
                    "white people in the said parish. They were all found guilty and "
                    "sentenced to be hanged.",
                    "Henry Nibbs, to J. Walker, Esq.—Value 50l. Charles Brown, to "
                    "Frontier Estate.—Value 100l. James Sterling, to ditto.—Value 65l. "
                    "Charles Watson, to ditto.—Value 80l. Rodney Wellington, to "
                    "ditto.—70l. William Montgomery, to ditto.—Value 100l. Richard "
                    "Cosley, to ditto.—Value 100l. Morris Henry to ditto.—Value 90l.",
                    "On their defence they denied the charge, and said they were well "
                    "used and clothed, and were quite happy. One of them, Charles "
                    "Watson, declared that he was never punished in his life; that "
                    "great trust was put in him, and he was as well off as if he was "
                    "free.",
                    "The above culprits were executed at Port-Maria, in the most solemn "
                    "and impressive manner, on Wednesday, in pursuance of His Grace's "
                    "warrant.",
                    "From the evidence, it appeared beyond the shadow of a doubt, that "
                    "they designed to set fire to Frontier Works, adjoining Port-Maria, "
                    "and to butcher the whites and free persons of colour, as they came "
                    "to extinguish the fire, then to come down in the town, and take "
                    "possession of it, while a detachment seized the fort.",
                ],
                "captions": [],
            },
        ],
    },
}

CROPS["statesman_1824-02-17_p3_sporting_sessions_catholic.alto.xml"] = {
    "page": 3,
    "blocks": ["pa0003014"] + [f"pa00030{n}" for n in range(43, 53)],
    "gold": {
        "note": (
            "The Statesman, 17 February 1824, page 3, fourth column, upper part: "
            "SPORTING INTELLIGENCE (betting odds at Tattersall's, race by race, and a "
            "boxing item), MIDDLESEX SESSIONS, CATHOLIC ASSOCIATION (from a Dublin "
            "paper) and a run-in item on a masquerade, plus the running head THE "
            "STATESMAN (furniture). The column goes on (lottery notice, weather, an "
            "attempted murder) below the crop. BL OCR, no scan: sure misreadings "
            "corrected (TATTERSALL'S, RIDDLESWORTH, DERBY, OAKS, ST. LEGER, 1 for I, "
            "agst, BOXING, vast assemblages upon any, Belcher's, staked, manhood, men, "
            "a thousand, THIS DAY, attacked, had, FROM THE DUBLIN EVENING POST OF "
            "SATURDAY, M'DERMOTT, and hearty concurrence, SECRETARY, O'CONNELL, "
            "Meeting, immediately, MASQUERADE, The votaries of fun, hour, many). "
            "Uncertain: the odds read as '15 to 1' (OCR 'lb'), '30 to 1 agst Sir Gray' "
            "(OCR 'SO'), '23 to 1 agst Hurly Burly' (OCR '23 to agst Horly Burly'), "
            "'6 to 1 agst Sister to Sailor' (OCR 'Oto 1'), '18 to 1 agst Rosanne' "
            "(OCR 'lB'), '28 to 1 agst Elephant' (OCR '2S'), 'Altisidora', 'Trulla' "
            "(OCR 'Trullt'), 'Ioa' (OCR 'loa'); 'Jas. Williams' (OCR 'JAR'), 'Morgan' "
            "(OCR 'M organ'), 'Mr. Laer' (kept), 'Colonel M'DERMOTT in the Chair' "
            "(the OCR line reads 'Colonel very'), 'Mr. WOORDAN' and 'stating' (OCR "
            "'tinn-ing') kept or guessed. Structure: 'SPORTING INTELLIGENCE.' is the "
            "section (or kicker; null accepted) of the betting article (title 'BETTING "
            "AT TATTERSALL'S, FEB. 16.', one paragraph per race) and of the boxing item "
            "(its run-in head 'BOXING.—SPRING AND LANGAN.' is its title); 'MIDDLESEX "
            "SESSIONS.—THIS DAY.' and 'CATHOLIC ASSOCIATION.' are titles; the line "
            "'(FROM THE DUBLIN EVENING POST OF SATURDAY.)' gives the source (null "
            "accepted); the masquerade item's run-in head 'MASQUERADE.' is its title."
        ),
        "page": {"furniture": [RUNNING_HEAD], "date": DATE, "page": 3},
        "articles": [
            {
                "section": ["SPORTING INTELLIGENCE.", None],
                "kicker": ["SPORTING INTELLIGENCE.", None],
                "title": "BETTING AT TATTERSALL'S, FEB. 16.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "RIDDLESWORTH.—5 to 4 agst Reformer—4 to 1 agst Rebecca—6 to 1 "
                    "agst Katherine—8 to 1 agst Don Carlos.",
                    "DERBY.—9 to 2 agst Swiss—8 to 1 agst Reformer—12 to 1 agst "
                    "Grenadier—13 to 1 agst Osmond—14 to 1 agst Jessy—15 to 1 agst "
                    "Ridicule—20 to 1 agst Don Carlos—23 to 1 agst Hurly Burly—30 to 1 "
                    "agst Cressida—30 to 1 agst Sir Gray—40 to 1 Carbonaro—100 to 1 "
                    "agst Austerlitz.",
                    "OAKS.—4 to 1 agst Rebecca—6 to 1 agst Sister to Sailor—7 to 1 agst Barrosa—14 to 1 agst Filagree.",
                    "DONCASTER ST. LEGER.—10 to 1 agst Altisidora—10 to 1 agst "
                    "Swiss—18 to 1 agst Rosanne—23 to 1 agst Reformer—26 to 1 agst "
                    "Equity—23 to 1 agst Elephant—28 to 1 agst Trulla—28 to 1 agst "
                    "Streatham—40 to 1 agst Ioa—60 to 1 agst Confederate.",
                ],
                "captions": [],
            },
            {
                "section": ["SPORTING INTELLIGENCE.", None],
                "kicker": None,
                "title": "BOXING.—SPRING AND LANGAN.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "Of the vast assemblages upon any sporting subject within our "
                    "recollection, nothing exceeded that which our informant met with "
                    "at Belcher's last night. Talent of every sort and size was there "
                    "assembled upon the tiptoe of expectation for the making a second "
                    "match between Spring and Langan, for five hundred sovereigns, on "
                    "the terms stated in our paper of Saturday last. A sovereign each "
                    "was only staked, and neither of the men appeared. The hundred "
                    "pounds on the part of Langan was ready, and offered to be staked "
                    "by a Sportsman, who paid every compliment to the manhood of "
                    "Spring. Neither of the men appearing, and more than a thousand "
                    "persons being present, some clamour seemed to be arising. Belcher "
                    "showed the articles, which we have already published, and the "
                    "company were informed that Langan's absence arose from "
                    "unavoidable circumstances. The company were satisfied.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "MIDDLESEX SESSIONS.—THIS DAY.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "Jas. Williams was indicted for assaulting Morgan, an officer of police.",
                    "The prosecution was instituted by the London Dock Company, as it "
                    "involved a question as to the right of thoroughfare through "
                    "certain parts of the Dock. The defendant was walking over a "
                    "private part of the Dock with two bundles in his hand, and was "
                    "stopped, but he refused to give any account of himself, and was "
                    "seized, and a scuffle ensued, in which the assault was committed.",
                    "The defence was, that the defendant was wantonly attacked, and had "
                    "only resisted to save his life; such was the violence of the "
                    "conduct of the officers.",
                    "Mr. ALLEY addressed the Court in his behalf, and Mr. Laer, for the "
                    "prosecution, contending that the officers had a right to detain "
                    "the man.",
                    "The Jury however acquitted him; and thus it seems any person may "
                    "pass through the Dock when he pleases.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "CATHOLIC ASSOCIATION.",
                "subtitle": None,
                "byline": None,
                "source": ["DUBLIN EVENING POST", None],
                "headings": [],
                "paragraphs": [
                    "There was a very respectable Meeting of the Association this day. Colonel M'DERMOTT in the Chair.",
                    "On taking his place, Colonel M'DERMOTT apologised for his absence "
                    "hitherto—and declared his full and hearty concurrence in the "
                    "proceedings of the Association.",
                    "The SECRETARY read a letter which he had received from a most "
                    "intelligent Catholic Clergyman, in the County of Cork, intimating, "
                    "that his own sentiments, and the sentiments of his Congregation, "
                    "entirely accorded with the proceedings of the Catholic "
                    "Association.",
                    "Mr. WOORDAN read a letter from Lord Killeen, stating his ignorance "
                    "of what the Catholics were now doing—and declining to take the "
                    "Chair at the Aggregate Meeting.",
                    "Mr. O'CONNELL made his Report from the Committee, appointed to take "
                    "into consideration the most effectual means of furthering the "
                    "Cause of Emancipation, &c. The Report, which is rather voluminous, "
                    "after being read, was laid on the table, and ordered to be taken "
                    "into consideration on Wednesday.",
                    "Some animated speaking occurred on the conduct of the Public Press, "
                    "in which Mr. Kirwan, Mr. O'Connell, Mr. Shiel, Mr. O'Gorman, and "
                    "Mr. Conway took share.",
                    "Mr. CONWAY said, he had to report from the Committee to whom he was "
                    "referred, the drawing up a Petition on the State of the Country. "
                    "He was then ready, but suggested the expediency of postponing the "
                    "reading until Wednesday next.",
                    "Col. M'DERMOTT then left the Chair. Thanks were voted to him by the "
                    "Meeting, which adjourned immediately after.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "MASQUERADE.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "A Grand Masquerade was given last evening, at the Argyle Rooms. The "
                    "votaries of fun and frolic kept up the amusement until so late an "
                    "hour, that we must defer particulars until to-morrow. The supper "
                    "was liberally supplied, the wines good; many of the company, as "
                    "usual, did such ample justice to the latter, that their characters "
                    "were supported with increased vigour, although perhaps not with "
                    "such steady effect.",
                ],
                "captions": [],
            },
        ],
    },
}

CROPS["statesman_1824-02-17_p4_sessions_reports.alto.xml"] = {
    "page": 4,
    "blocks": ["pa0004006"] + [f"pa00040{n:02d}" for n in range(9, 16)],
    "gold": {
        "note": (
            "The Statesman, 17 February 1824, page 4: the foot of the third column and "
            "the top of the fourth, from the last lines of a King's Bench trial "
            "('use.' / 'The Jury retired ...', the crop starting inside that report, "
            "whose head is above the crop) through the LONDON SESSIONS and MIDDLESEX "
            "SESSIONS reports, to 'Not Guilty.' before 'POLICE.', plus the running head "
            "THE STATESMAN (furniture). The Middlesex report runs over the column "
            "break inside a sentence ('and upon' / 'recovering she was alone'). BL "
            "OCR, no scan: sure misreadings corrected (for, DENMAN, The, bed-room, "
            "person were, Guilty, an address, he, James Dean, Conscience, 5s., "
            "ceremonie, London, ago, Paddington, Tottenham-court-road, finding, she, "
            "had, but, Bank, down at, returning, horses, representing, lodgings, "
            "solicitations, ANDREWS, Not). Uncertain: '194l. 4s. 4d.' (OCR '194/. 48. "
            "4d.'), 'Le Ileare' (kept), 'in a most dreadful manner' (OCR '-origin "
            "et''), 'Mr. CONANT' (OCR 'CONIT'), 'having accompanied' (OCR "
            "'['nein ac-companied'), 'ANOTHER ASSAULT' (OCR 'Ateo•reen ASSAULT'), "
            "'Stertford' (kept), 'described' (OCR '&sea-' rd'). Structure: the tail "
            "of the King's Bench report is an article without a title (its two "
            "paragraphs as printed); 'LONDON SESSIONS.—MONDAY.' and 'MIDDLESEX "
            "SESSIONS, Monday, Feb. 16.' are titles; 'ATTEMPTED RAPE.' is a heading "
            "inside the London report (it heads its first case only; the second case "
            "follows without a head); the run-in 'ANOTHER ASSAULT.—' stays at the "
            "start of its paragraph."
        ),
        "page": {"furniture": [RUNNING_HEAD], "date": DATE, "page": 4},
        "articles": [
            {
                "section": None,
                "kicker": None,
                "title": None,
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "use.",
                    "The Jury retired, taking with them all the papers, and in about a "
                    "quarter of an hour returned a verdict for the plaintiff—194l. 4s. "
                    "4d.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "LONDON SESSIONS.—MONDAY.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": ["ATTEMPTED RAPE."],
                "paragraphs": [
                    "These Sessions commenced this morning before the usual Civic "
                    "Officers, Mr. Common Sergeant DENMAN presiding.",
                    "John Hughes, a man between sixty and seventy years of age, was "
                    "indicted for assaulting and attempting to violate the person of "
                    "Eliza Le Ileare, a little girl only six years of age. The evidence "
                    "of the child fully satisfied the Court of the guilt of the "
                    "accused. The details were too disgusting for publication. He "
                    "enticed her into his bed-room and put her into his bed, and the "
                    "consequences of his outrage upon her person were fatal to her "
                    "health.—The prisoner was found Guilty, and after an address from "
                    "the Learned Judge upon the enormity of his crime, he was sentenced "
                    "to twelve months' imprisonment, and to be kept to hard labour.",
                    "James Dean, a very dashing-looking young tailor, was indicted for "
                    "assaulting a brother ninth-part, under the following "
                    "circumstances:",
                    "The defendant was indebted to the Complainant to the amount of one "
                    "guinea, and finding a difficulty in getting paid, he summoned him "
                    "to appear to the Court of Conscience, at which time the prisoner "
                    "paid on account 5s. but failing to pay the balance, execution was "
                    "taken out, and the Defendant was sent to the Compter. After he had "
                    "been there for some time he sent for Complainant to call upon him. "
                    "Complainant went, and very soon afterwards, sans ceremonie, was "
                    "very uncouthly placed under the pump in the prison yard, and "
                    "pumped upon in a most dreadful manner.",
                    "The Jury found the prisoner guilty, and he was sentenced to be "
                    "imprisoned for two months, and kept at hard labour.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "MIDDLESEX SESSIONS, Monday, Feb. 16.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "These sessions commenced to-day before Mr. CONANT, and a bench of Magistrates.",
                    "Thomas Clifton was indicted for an assault, with intent to commit a rape, upon Martha Mayhew.",
                    "The prosecutrix, an artless young woman, 18 years of age, came "
                    "from Ipswich to London, a few months ago, with a recommendation to "
                    "Mr. Wiley, of Camden town, who took her into his service as "
                    "nursery maid. On the day laid in the indictment, Mr. Wiley and his "
                    "family went to spend the day with a Mr. Jones, in "
                    "Finsbury-square. At 8 o'clock in the evening, there not being "
                    "room enough in Mr. Wiley's vehicle, he sent the prosecutrix home "
                    "by a Paddington stage, on which the defendant sat as cad, or "
                    "assistant to the coachman. The prosecutrix desired that she should "
                    "be put down at Tottenham-court-road; instead of which she, not "
                    "knowing the different parts of the town, was taken on to "
                    "Paddington. Upon finding herself there, she remonstrated with the "
                    "defendant, who told her that he had brought her on, because he "
                    "wished her to ride with him, but that he would return "
                    "immediately, and set her down at the place she had mentioned. "
                    "Instead of which, however, before she knew where she was, she "
                    "found herself at the back of the Bank. Here again she "
                    "remonstrated, and received a similar answer, with another "
                    "assurance, that she should be set down at Tottenham-court-road on "
                    "their return. This assurance was also disregarded, and the "
                    "prosecutrix once more found herself in the coach-yard at "
                    "Paddington. The defendant again excused himself, and said he was "
                    "returning to the Bank, and would positively set her down then. He "
                    "told her, however, that he was about changing horses, and bidding "
                    "her get into the coach, he set about taking the horses from it. "
                    "She at first declined getting inside, but it being then eleven "
                    "o'clock, and he representing to her that she would take cold, she "
                    "went in. As soon as the defendant put up the horses, he got into "
                    "the coach, and proceeded to accomplish his brutal purpose. She "
                    "struggled for some time until she fainted, and upon recovering "
                    "she was alone in the coach. The defendant came to the coach-door "
                    "and let her out, and having accompanied her one hundred yards, she "
                    "got into a hackney-coach; and as soon as she reached home she "
                    "informed her mistress of all that had happened to her.",
                    "The defendant was found Guilty, and sentenced to twelve months' "
                    "imprisonment and hard labour in the House of Correction.",
                    "ANOTHER ASSAULT.—Richard Lilley was indicted for assaulting "
                    "Elizabeth Stertford, with intent to commit a similar offence to "
                    "that imputed to the last defendant.",
                    "Mr. CURWOOD conducted the prosecution, and Mr. ANDREWS the defence.",
                    "The prosecutrix, who is a widow, stated, that on the 29th of Dec. "
                    "last, the prisoner went to her lodgings, in Windmill-street, "
                    "Spitalfields, and, after fruitless solicitations, endeavoured to "
                    "effect his object against her will. She resisted him "
                    "successfully, and he went away, declaring that she had not the "
                    "nature or the feelings of a woman about her. She told her brother "
                    "what had occurred the next day, and the defendant was taken up.",
                    "Two witnesses were called for the defence, who described the "
                    "conduct of the prosecutrix as having been indecently familiar "
                    "with the defendant before the alleged assault, and in "
                    "consequence, the Jury pronounced a verdict of Not Guilty.",
                ],
                "captions": [],
            },
        ],
    },
}

CROPS["statesman_1824-02-17_p1_usury_debate_column_break.alto.xml"] = {
    "page": 1,
    "blocks": [
        "pa0001034",
        "pa0001035",
        "P1_TB00009",
        "P1_TB00013",
        "P1_TB00018",
        "P1_TB00019",
    ],
    "gold": {
        "note": (
            "The Statesman, 17 February 1824, page 1: the foot of the second column "
            "(the Commons report's head 'COIN OF THE REALM.' and the opening of the "
            "debate on the Usury Laws Repeal Bill) and the top of the third column, "
            "where Mr. Davenport's speech goes on: the column break falls inside a "
            "sentence ('the object of' / 'which was to dispense'). In the library's "
            "ALTO the third column's blocks (P1_TB00009, 13, 18, 19) come BEFORE the "
            "second column's (pa0001034, 35) in the file: the reading order must come "
            "from the positions. The crop ends at 'Mr. DAVENPORT then moved his "
            "amendment.', before the division and Mr. Hume's speech; it holds no "
            "furniture (page.date is the issue's). BL OCR, no scan: sure misreadings "
            "corrected (THE REALM, WROTTESLEY, objection, postpone, se'nnight, "
            "flourished, system, changed, measure, the land, appeared, he, interests, "
            "COOPER, money, persons, ruin, In that, underwriters, from, per centage, "
            "policies, CALCRAFT, upon). Uncertain: 'wished to state that' (OCR "
            "'Wlsljecitc;statetiTet'), 'mangled to atoms' (OCR 'angled'), 'Mr. R. B. "
            "COOPER' (OCR 'IL. B.'), 'So it was with underwriters of insurances', and "
            "'in all cases wherviert sees hulked, the law declared that when there "
            "was any collusion' (the garbled words kept as read). Structure: one "
            "article titled by the only head in the crop, 'COIN OF THE REALM.' (the "
            "House's own title is in the other page-1 crop); each speaker's turn is a "
            "paragraph; the Order of the Day line ending with a comma is a paragraph "
            "as printed."
        ),
        "page": {"furniture": [], "date": DATE, "page": 1},
        "articles": [
            {
                "section": None,
                "kicker": None,
                "title": "COIN OF THE REALM.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "Mr. F. LEWIS wished to state that the Master of the Mint was "
                    "unable to attend to-day, and he therefore wished the Hon. Baronet "
                    "opposite to put off his motion relative to the Coin, which stood "
                    "for this day.",
                    "Sir J. WROTTESLEY said he had no objection to postpone it to Wednesday se'nnight.",
                    "The Order of the Day for the second reading of the Usury Laws Repeal Bill being read,",
                    "Mr. DAVENPORT rose to move that it be read a second time this day "
                    "six months. The country had grown great and flourished under the "
                    "present system, and he saw no reason why that system should be "
                    "changed. This measure was contrary to the whole policy of the law "
                    "of the land. He could not look upon any measure, the object of "
                    "which was to dispense with the wise restrictions now in force as "
                    "to raising money, without alarm. The holders of small estates "
                    "even now found a difficulty in meeting their claims, but if the "
                    "Usury Laws were repealed, they would be mangled to atoms by the "
                    "mortgagees. This Bill would have the effect of raising the price "
                    "of money, but could not possibly lower it. All the advantages "
                    "which it held out were intended for those who had money to lend, "
                    "not for those whose necessity obliged them to borrow.—But as the "
                    "latter appeared to him to be objects more deserving of attention, "
                    "and as he should always prefer the safety of the needy and "
                    "necessitous to the interests of the rich, he could not discharge "
                    "his duty unless he moved that the Bill be read a second time this "
                    "day six months.",
                    "Mr. R. B. COOPER seconded the motion. He always thought the "
                    "limitations which were placed to the borrowing of money a great "
                    "security against the extortions of money-lenders. Such "
                    "restrictions were calculated to keep persons whose necessities "
                    "obliged them to borrow, from ruin. In that respect, therefore, the "
                    "present law was most beneficial. It had been always the policy of "
                    "the law to place certain restrictions on persons lending "
                    "money.—So it was with underwriters of insurances who were "
                    "prevented by law from charging more than a certain per centage on "
                    "policies of insurance. Indeed, in all cases wherviert sees hulked, "
                    "the law declared that when there was any collusion or "
                    "concealment, the instrument which bound the borrower of money "
                    "should be invalid. This Bill was calculated to open a door to the "
                    "frauds which it was the object of the present law to prevent. He "
                    "had not heard any arguments in favour of the measure, and until "
                    "he had a better case made out for the repeal of the present Usury "
                    "Laws than had yet been established, he thought it better to abide "
                    "by the present laws.",
                    "The SPEAKER here explained, that the amendment did not apply, as "
                    "the motion before the house was upon the Order of the Day for the "
                    "second reading of the Bill. Until that Order had been disposed of, "
                    "no amendment of course could be entertained respecting the Bill.",
                    "Mr. CALCRAFT suggested to the Hon. Member to postpone the "
                    "amendment until the Order of the Day was disposed of.",
                    "The question upon the Order of the Day for the second reading of "
                    "the Usury Laws Repeal Bill was then put and carried.",
                    "Mr. Sergeant ONSLOW then moved that the Bill be now read a second time.",
                    "Mr. DAVENPORT then moved his amendment.",
                ],
                "captions": [],
            },
        ],
    },
}

CROPS["statesman_1824-02-17_p2_supply_dry_rot.alto.xml"] = {
    "page": 2,
    "blocks": ["pa0002006", "pa0002007", "pa0002008", "pa0002016", "pa0002017"],
    "gold": {
        "note": (
            "The Statesman, 17 February 1824, page 2, second column, from its top to "
            "the foot of the Supply debate's first turns (the column goes on with the "
            "head NAVY ESTIMATES., outside the crop), plus the running head, which the "
            "OCR reads 'Ti 1F S rATESM AN' (printed THE STATESMAN; furniture). The "
            "crop OPENS INSIDE A SENTENCE ('order to have the business of the office "
            "conducted in a manner less expensive'): the Chancellor of the Exchequer's "
            "turn began in the first column, outside the crop. BL OCR, no scan: sure "
            "misreadings corrected (in a manner, would, and, 22d, being, may be, "
            "BARING, hoped, cumbrous, up, he would, Government, 300,000l., to, the "
            "Order of the Day for, he rose, from an individual, Nelson, Burridge (the "
            "author of a dry-rot treatise of that year), unfit, Hon. Member, HUME, he "
            "had). Uncertain, kept as read: 'remedying the Exchequer altogether', "
            "'It was a true remedy', 'farther'. Structure: the headless continuation "
            "is an article without a title (four paragraphs: the Chancellor's "
            "explanation, Mr. Baring, the Report line, Mr. Hume's notice); the subject "
            "head 'SUPPLY.' titles the second article (four paragraphs; the Order of "
            "the Day line ending with a comma is one)."
        ),
        "page": {"furniture": [RUNNING_HEAD], "date": DATE, "page": 2},
        "articles": [
            {
                "section": None,
                "kicker": None,
                "title": None,
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "order to have the business of the office conducted in a manner "
                    "less expensive, and which would be more conducive to the interests "
                    "of the public, it would not now be easy to detail. However for the "
                    "due discharge of the duties of Remembrancer, some person should be "
                    "appointed; and, according to the minute, Mr. Vincent, was "
                    "therefore appointed on the 22d of December; but care was taken "
                    "that he should be precluded from having a deputy or appropriating "
                    "to himself any of the fees legally due, it being provided that "
                    "these were to be paid into the Consolidated Fund, and the Lords of "
                    "the Treasury have reserved to themselves the consideration of what "
                    "may be an adequate remuneration for the discharge of the duties of "
                    "the office. He assured the House that he was most anxious that the "
                    "office should undergo some regulation, and be put on a less "
                    "expensive footing. The present appointment was merely temporary, "
                    "and Mr. Vincent was to have no additional claim in consequence to "
                    "fill the office, in case the Lords of the Treasury should "
                    "determine to continue it.",
                    "Mr. BARING expressed himself satisfied with the explanation of the "
                    "Chancellor of the Exchequer, and hoped that the Right Hon. "
                    "Gentleman would take the means not only of lessening the expense "
                    "of this office, but remedying the Exchequer altogether, and doing "
                    "away with a great and unnecessary expense. He hoped that he would "
                    "not continue so cumbrous, ridiculous and absurd a mode of keeping "
                    "accounts, which would be a disgrace to a tribe of Indian savages.",
                    "The Report was then brought up, and the Resolutions read a second "
                    "time. On the Resolution relating to half-pay and pensions being "
                    "read,",
                    "Mr. HUME gave notice that when this subject came to be farther "
                    "considered, he would feel it his duty to propose that the law "
                    "regarding poundage on pensions be abolished, and that a fixed sum "
                    "be substituted. Two years ago he objected to this law, and the "
                    "Chancellor of the Exchequer then said that he would alter it, but, "
                    "none having since taken place, he would feel it his duty to take "
                    "up the subject again. It purported to be a tax on pensions, but in "
                    "its operation it was partial and useless, it being collected on "
                    "only a sum of 300,000l. He hoped the Government would take the "
                    "subject into consideration, and remedy the evil, or abolish the "
                    "law, as only applying to minor offices.",
                ],
                "captions": [],
            },
            {
                "section": None,
                "kicker": None,
                "title": "SUPPLY.",
                "subtitle": None,
                "byline": None,
                "source": None,
                "headings": [],
                "paragraphs": [
                    "On the CHANCELLOR of the EXCHEQUER moving the Order of the Day for "
                    "the house resolving itself into a Committee of Supply,",
                    "Mr. HUME said that, seeing one of the Lords of the Admiralty in "
                    "his place, he rose to call his attention to a petition which he "
                    "had to present, from an individual who stated that a new disease "
                    "had crept into the Navy, the dry rot—and that many ships—the Lord "
                    "Howe, the Nelson, and the Queen Charlotte—were now infected with "
                    "it. The petitioner particularly called the attention of the "
                    "Admiralty to this subject, and to adopt some means to prevent its "
                    "effects, which in time would completely destroy our Navy. In fact, "
                    "half the Navy were now injured by this disease, and yet no remedy "
                    "has been discovered. The petitioner, Mr. Burridge, prayed that a "
                    "general survey of the Navy may be taken, and that the real state "
                    "of the fleet be seen. This disease was the cause of great expense, "
                    "and many ships were now unfit for sea, though they had never been "
                    "on service. It was therefore right that the public should know "
                    "what the Admiralty have done to avert this evil. It was a true "
                    "remedy which was adopted last year by the use of coal tar, but "
                    "this, he understood, was only productive of more injury. It was "
                    "known that, up to a certain period, the oak of England was never "
                    "subject to this disease. Yesterday he ascertained that the "
                    "American oak, if felled when the sap was dried, never rotted in "
                    "ships; but if, on the contrary, this oak was felled when the sap "
                    "was wet, and the bark on, it was subject, he was told, to the same "
                    "disease which now infected our ships. The petitioner has written a "
                    "treatise upon this disease; whether his plan was good or bad he "
                    "did not know, but, at all events, it called for the serious "
                    "attention of the house. The Hon. Member then moved that the "
                    "Petition be brought up.",
                    "The CHANCELLOR of the EXCHEQUER asked the Hon. Member, if it would "
                    "not answer as well to bring up the petition at some other time, "
                    "perhaps when the vote would be proposed?",
                    "Mr. HUME replied, that he was not aware that he was mistaken in "
                    "formality of presenting the petition, as he had previously "
                    "consulted with some of his Hon. Friends. However, he had no "
                    "objection to consent to its postponement on the suggestion of the "
                    "Chancellor of the Exchequer.",
                ],
                "captions": [],
            },
        ],
    },
}

BLOCK = re.compile(r"[ \t]*<TextBlock ID=\"([^\"]+)\".*?</TextBlock>[ \t]*\r?\n", re.S)
EMPTY_COMPOSED = re.compile(r"[ \t]*<ComposedBlock\b[^>]*>\s*</ComposedBlock>[ \t]*\r?\n")


def source_text(page):
    """The library's ALTO of one page, from the alto2txt mirror at COMMIT."""
    git = ["git", f"--git-dir={MIRROR}", "show", f"{COMMIT}:{SRC.format(page)}"]
    return subprocess.run(git, check=True, capture_output=True).stdout.decode("utf-8")


def crop(text, keep):
    """The ALTO with every TextBlock not in keep removed (and ComposedBlocks left empty)."""
    found = set(BLOCK.findall(text))
    missing = set(keep) - found
    assert not missing, f"blocks not on the page: {sorted(missing)}"
    out = BLOCK.sub(lambda m: m.group(0) if m.group(1) in keep else "", text)
    return EMPTY_COMPOSED.sub("", out)


def first(value):
    return value[0] if isinstance(value, list) else value


def as_prediction(gold):
    """The gold as a cleaned page (first readings), for the scorer's self-check."""
    fields = ("section", "kicker", "title", "subtitle", "byline", "source")
    arts = []
    for a in gold["articles"]:
        art = {k: first(a.get(k)) for k in fields}
        art.update(headings=a["headings"], paragraphs=a["paragraphs"], captions=a["captions"])
        arts.append(art)
    return {"articles": arts}


def gold_strings(gold):
    out = list(gold["page"]["furniture"])
    for a in gold["articles"]:
        for k in ("section", "kicker", "title", "subtitle", "byline", "source"):
            v = first(a.get(k))
            if v:
                out.append(v)
        out += a["headings"] + a["paragraphs"] + a["captions"] + a.get("credits", [])
    return out


def glyphs(strings):
    """Letters and digits, NFKC, case folded: what both sides must share."""
    text = unicodedata.normalize("NFKC", " ".join(strings)).casefold()
    return Counter(ch for ch in text if ch.isalnum())


def page_strings(path):
    root = ET.parse(path).getroot()
    return [el.get("CONTENT") or "" for el in root.iter() if el.tag.endswith("String")]


def share(a, b):
    return sum((a & b).values()) / max(1, sum(a.values()))


def main():
    index = {}
    ok = True
    for name, spec in CROPS.items():
        path = HERE / name
        if MIRROR.exists():
            text = crop(source_text(spec["page"]), set(spec["blocks"]))
            if path.exists() and path.read_bytes().decode("utf-8") != text:
                print(f"{name}: DIFFERS from the committed crop (rewritten)")
                ok = False
            path.write_text(text, encoding="utf-8")
        text = path.read_bytes().decode("utf-8")  # strict
        ET.fromstring(text.encode("utf-8"))
        kept = BLOCK.findall(text)
        assert sorted(kept) == sorted(spec["blocks"]), f"{name}: blocks differ"
        gold = spec["gold"]
        gold_name = name + ".gold.json"
        (HERE / gold_name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[gold_name] = f"tests/real20/{name}"
        # furniture never inside a gold paragraph or title
        fur = [unicodedata.normalize("NFKC", f) for f in gold["page"]["furniture"]]
        for a in gold["articles"]:
            for s in a["paragraphs"] + [a["title"] or ""]:
                for f in fur:
                    assert f not in unicodedata.normalize("NFKC", s), (name, f, s[:40])
        # nothing lost, nothing added (the gold corrects OCR: shares, not identity)
        page_g, gold_g = glyphs(page_strings(path)), glyphs(gold_strings(gold))
        lost, added = share(page_g, gold_g), share(gold_g, page_g)
        print(f"{name}: page glyphs in gold {lost:.3f}, gold glyphs in page {added:.3f}")
        ok &= lost >= 0.93 and added >= 0.95
        # the scorer fed the gold as its own prediction
        pred = HERE / "_self.json"
        pred.write_text(json.dumps(as_prediction(gold), ensure_ascii=False), "utf-8")
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            cmd = [sys.executable, str(SCORER), str(HERE / gold_name), str(pred)]
            line = subprocess.run(cmd + fuzzy, capture_output=True, text=True).stdout
            n = len(gold["articles"])
            want = "paragraph F1 1.000" in line and f"titles {n}/{n}" in line
            fields = re.search(r"fields (\d+)/(\d+)", line)
            heads = re.search(r"headings (\d+)/(\d+)", line)
            want &= fields[1] == fields[2] and heads[1] == heads[2]
            want &= "leaks 0" in line
            ok &= want
            print("  self", " ".join(fuzzy) or "exact", line.strip())
        pred.unlink()
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("all checks passed" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
