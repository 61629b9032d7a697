"""Write the real17 gold files and INDEX.json, then check them.

Each source's printed text is typed ONCE below (read from the scan); every page file made from
that source (the library's OCR, copied unchanged, and the OCR made here) gets the same gold.
No cleaner is imported or run.

    /work/main/.venv/bin/python tests/real17/make_real17_gold.py
"""

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")

# How much of the page's text an engine's reading must share with the gold (after the
# normalisation below) for "nothing lost, nothing added" to hold on a real page: the best
# reading of each scan, and every reading (the worn 1944 front page's library text layer is
# 55 % accurate by the library's own count).
MIN_SHARED_BEST = 0.75
MIN_SHARED_ANY = 0.55


def article(title, paragraphs, section=None, kicker=None, subtitle=None, headings=()):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": None,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


KB_ADRES = {
    "stem": "kb_adres_schouwburg_1795-04-29_p3",
    "note": (
        "Page 3 of a 1795 Amsterdam address to the city's provisional municipality on the "
        "National Theatre (Schouwburg), as the KB (National Library of the Netherlands) "
        "published it: the example page of KBNLresearch/alto-editor (static/example.xml, the "
        "library's ABBYY FineReader 9 ALTO by Planman Technologies, 2010; "
        "static/img/example_image.jpeg, the scan at half the ALTO's size). Gold read from the "
        "scan. The ornamented folio ( 3 ), the signature mark A 2 and the catchword en at the "
        "foot are printer's marks, not text. Long s kept as printed (NFKC folds it to s). "
        "Small capitals written in lower case. Line-end hyphens that split a word removed. "
        "The text breaks off at the foot of the page mid-sentence. Score with --fuzzy 0.9."
    ),
    "page": {"furniture": ["3", "A 2"], "date": "1795-04-29", "page": "3"},
    # the catchword repeats the next page's first word: neither text nor furniture a scorer
    # could look for (the word `en` is inside every paragraph)
    "dropped": ["en"],
    "articles": [
        article(
            kicker="GELYKHEID, VRYHEID, BROEDERSCHAP!",
            title=(
                "ADRES van eenige Burgers aan de Provisioneele Municipaliteit, der Stad "
                "Amſterdam, ingeleverd den 29ſten van Grasmaand, des Eerſten Jaars der "
                "Bataafſche Vrijheid, betrekkelijk de Gebreeken en eene beeter inrichting van "
                "het Beſtuur des tegenwoordigen Nationalen Schouwburgs. —"
            ),
            paragraphs=[
                "BURGERS! Provisioneele Representanten van het Volk van Amsterdam!",
                "Het is ongetwijffeld van het grootſte belang, dat alles wat tot verbetering "
                "der Zeeden, en tot bevordering van waare Vaderlandsliefde kan ſtrekken, "
                "naargegaan, en tot zodanig eene trap van volmaaktheid gebracht werd, als "
                "immer mogelijk is: en niemand zal willen ontſtrijden, dat de Schouwburg eene "
                "der geſchiktſte en durven wij zeggen eene der beste ſchoolen zijn kan, om dit "
                "te leeren, zo het wel werd aangelegd, dewijl men nimmer iets gretiger leerd, "
                "als dat, ’t welk den Leergierigen tevens tot vermaak verſtrekt; daar het aan "
                "den anderen kant zeeker is, dat de Smaak",
            ],
        )
    ],
}

TOPAZ_NOTE = (
    "The Topaz Times (Topaz, Utah: the Central Utah Relocation Center, a camp where Japanese "
    "Americans were held), Wednesday 13 December 1944, Volume IX Number 21, page {page}: a "
    "typewritten, mimeographed camp paper with stencil-lettered heads. The library's page PDF "
    "with its iArchives text layer (lower case, no punctuation) is copied unchanged from "
    "marriott-library/newspaper_works_fixtures (University of Utah batch_topaz_times); "
    "Tesseract and RapidOCR read the page TIFF here. Gold read from the scan. Running head, "
    "jump lines (Continued on/from page N) are furniture. Line-end hyphens that split a word "
    "removed; compounds and addresses keep theirs (self-sufficient, 32-8-EF). Typewriter "
    "straight quotes kept. The print's own slips kept (recently loss, communities of "
    "localities). Score with --fuzzy 0.9."
)

TOPAZ_P1 = {
    "stem": "topaz_times_1944-12-13_p1",
    "page": {
        "furniture": [
            "TOPAZ TIMES",
            "SEMI-WEEKLY",
            "Vol. IX, No. 21",
            "TOPAZ, UTAH",
            "Wednesday, December 13, 1944",
        ],
        "date": "1944-12-13",
        "page": "1",
    },
    # the weather box: a table the gold format cannot hold, left unscored
    "dropped": [
        "WEATHER Max. Min.",
        "Saturday 37° 23°",
        "Sunday 37° 6°",
        "Monday 37° 8°",
        "Tuesday 37° 7°",
    ],
    "articles": [
        article(
            title="STATE EDUCATION ADVISORY BOARD TO VISIT FRIDAY",
            paragraphs=[
                "The State Advisory Board on Education will visit the schools of Topaz on "
                "December 22. This board is comprised of Charles H. Skidmore, superintendent "
                "of education; Pres. F.S. Harris of Brigham Young University, state "
                "superintendent of public instructions, Dr. John Carlisle, professor of "
                "education at the Utah State Agricultural College, William J. Starley, "
                "manager of Steven's store in Delta and Superintendent A.E. Maughn of Millard "
                "County.",
                "These men were approved by the State Board of Education at the time the WRA "
                "was first organized. They are all eminent men in the field of education and "
                "their services in the past have proven invaluable, Dr. LeGrande Noble, "
                "superintendent of education, said.",
                "They will visit all the schools while here, and in the afternoon they will "
                "meet with the education staff for the purpose of discussing problems and "
                "offering suggestions.",
            ],
        ),
        article(
            title="NOMINATIONS FOR COUNCIL HELD TUES.",
            paragraphs=[
                "Nominations for new council members were held last night in the various "
                "blocks. Names of nominees were not available, owing to many declinations "
                "being submitted today, the council office said.",
            ],
        ),
        article(
            title="SHARECROP OFFERS",
            paragraphs=[
                "A number of sharecrop offers have been received from Southern Michigan "
                "recently. Those interested may contact the relocation office for more "
                "information.",
            ],
        ),
        article(
            title="33 ISSUED PERMITS TO RE-ENTER PACIFIC COAST",
            subtitle="SEVEN FAMILIES MAY RETURN HOME",
            paragraphs=[
                "Permits were issued to Dave Tatsuno of 41-6-EF, formerly of San Francisco, "
                "Shojiro, his father, Alice, wife, and Rodney, Sheldon, and Arlene, children; "
                "Frank Tsukamoto of 10-5-AB, formerly of Berkeley, Tatsujiro, father, "
                "Frances, wife, Gary, Sandra, and Ronald, children; Mr. and Mrs. Mitsutaro "
                "Ota of 12-11-F, formerly of San Francisco;",
                "Koutei Sugaya of 71-8-E, formerly of San Francisco, Yasuko, wife, Takeshi, "
                "son, and Shigeno Omori, mother-in-law; Mrs. Yei Hikoyeda of 19-3-C, formerly "
                "of Berkeley, Takao, son, Shizuko, daughter, and Yoshiko, daughter-in-law;",
                "Mr. and Mrs. Seizo Oishi of 27-10-B, formerly of Richmond; and Lucy and "
                "Hannah, daughters; Kazuo Shikano, formerly of Centerville, Setsuye, wife, "
                "Eleanor, daughter, Ichizo, father, Ichi, mother, and Tomie and Mary, "
                "sisters.",
                "Ryuji Adachi of 5-12-A will leave on December 21 for Palo Alto, California, "
                "to teach conversational Japanese at the University of Stanford.",
                "The Western Defense Command Monday issued exemptions from proclamations "
                "prohibiting persons of Japanese ancestry from the Pacific Coast states to 33 "
                "residents of this center. The issuing of permits to 33 persons to enter the "
                "restricted area is the largest number to be released at any one time.",
                "The telegram states:",
                '"This Telegram is to advise you that you are exempt from all of those '
                "provisions pertaining exclusively to persons of Japanese ancestry contained "
                "in the proclamations CMA exclusion order to civilian restriction orders "
                "heretofore issued by the Commanding General, CMA, Western Defense command. "
                'Certificates of exemption follows by mail." The wire was signed by Maj. Gen. '
                "Robert H. Lewis, acting commander of the Western Defense Command.",
                "For the first time the list of exempted persons included alien relatives of servicemen.",
                "As nearly as can be ascertained most of the seven families issued permits "
                "have some member fighting in the armed forces.",
                "Although statements could not be obtained from all persons granted permits, "
                "several have said that they were not planning to leave here until next year.",
            ],
        ),
        article(
            title="EVACUATION TRAGIC CASUALTY, BALDWIN",
            paragraphs=[
                "SALT LAKE CITY -- The most tragic and far-reaching casualty of minority "
                "rights on the home front was the wholesale evacuation of the entire "
                "population of Japanese ancestry from the Pacific Coast, allegedly on grounds "
                "of military necessity, but clearly on grounds of racial prejudice, Roger N. "
                "Baldwin, director, American Civil Liberties Union of New York, told members "
                "of the JACL at a luncheon meeting held Friday.",
            ],
        ),
        article(
            title="TRANSLATORS AND WRITERS WANTED",
            paragraphs=[
                "Both nisei and issei translators, writers, typesetters, and Japanese style "
                "artists are offered positions in Washington DC. Salary will be $235 a month "
                "with room and board furnished. Opportunity for issei as well as nisei is "
                "emphasized in the offers. More details may be obtained at the relocation "
                "office.",
            ],
        ),
    ],
}


TOPAZ_P2 = {
    "stem": "topaz_times_1944-12-13_p2",
    "page": {
        "furniture": ["page 2", "Topaz Times", "December 13, 1944", "(Continued on page 3)"],
        "date": "1944-12-13",
        "page": "2",
    },
    "dropped": ["* * * *"],
    "articles": [
        article(
            title="EVACUEE PROPERTY OFFICE FUNCTIONS",
            subtitle="Real Estate Information Presented",
            headings=["SUPPLYING INFORMATION", "TITLE SEARCH", "PERSONAL PROPERTY"],
            paragraphs=[
                "(This is the second of a series of five articles dealing with the services "
                "and limitations of the evacuee property program.)",
                "What about sale of real estate? What information must the evacuee give the "
                "Property Office in order to get speedy action?",
                "Full information concerning the property should always be provided by the "
                "evacuee. He must supply the exact geographical location as well as a legal "
                "description of the property involved, should state by whom the title is held "
                "and whether the owner is single or married. If the property is jointly owned "
                "by several persons, he must supply authorization for the sale from all of "
                "them.",
                "The evacuee should supply full information about the amount of annual taxes "
                "of various sorts levied against the property, the amount and type of mortgage "
                "and the terms of the mortgage; the balance due on any type of lien or other "
                "encumbrance involving the property in question and the status of the title "
                "and whether or not a title insurance policy is held by the owner. The evacuee "
                "should also state whether fire or other types of insurance are carried and "
                "give full particulars including the name of the company, the amount and the "
                "expiration date.",
                "Most real estate sales are normally made through licensed real estate "
                "brokers, of course, and the brokers are entitled to a commission on sales. "
                "While the customary fee is 5 per cent, the amount of the commission may vary "
                "in certain communities of localities.",
                "Because of the Alien Land Law, title companies require a birth certificate "
                "from the owner if he is of Japanese ancestry and so each evacuee must supply "
                "one with his request for sale of real estate.",
                "If the evacuee has a birth certificate, he should file the original or a "
                "certified copy with the request for sale. An evacuee who has no birth "
                "certificate can write for one to the recorder of the county in which he was "
                "born. The usual fee charged by the county is $1.00. If the evacuee wishes "
                "the Property Office to get a certificate for him, he should give the Property "
                "Office his date of birth, the name of the city and county in which he was "
                "born and the necessary fee.",
                "Various communities have different customs with regard to title company "
                "charges for the search. In all cases the seller pays for the recording of the "
                "release of a lien. It is also customary for taxes, insurance and rentals to "
                "be prorate as of the date of sale of property.",
                "If the property to be sold has been leased, a copy of the existing lease "
                "should be provided to the Property Office. If one is not available, the "
                "evacuee should supply information about the lease, including the name of the "
                "tenant, period of the lease, rate of rental, whether there are any special "
                "conditions and whether there is a cancellation clause in the lease.",
                "Complete and accurate descriptions of personal property to be sold, such as "
                "refrigerators, sewing machines, furniture, etc., must be given to the "
                "Property Office so that there will be no errors or misunderstandings. The "
                "evacuee should supply the location and name of the custodian of such property "
                "as well as information about storage charges and how they are to be paid. If "
                "the property to be sold is not completely paid for, the evacuee must inform "
                "the Property Office the amount owed and the name of the firm to which it is "
                "owed.",
                "It is desirable that the evacuee place a reasonable price on the articles to "
                "be sold, or he may request that bids be obtained. In either event no sale "
                "will be made without specific authorization of the property owner.",
            ],
        ),
        article(
            title="RECEPTION COMM. TO MEET RELOCATORS AT N.Y. STATION",
            paragraphs=[
                "NEW YORK -- Resettlers arriving in New York City will be met at Grand "
                "Central station or Pennsylvania Terminal and escorted to their destination "
                "by members of a reception committee recently organized by the Resettlement "
                "Council of the Japanese American Organizations of New York City if the New "
                "York relocation office has been given advance notice of the time and place "
                "of arrival.",
                "According to E. Price Steiding, relocation officer in charge of the New York "
                'district office, "this reception committee, consisting of local residents of '
                "Japanese ancestry has been especially helpful to issei and several family "
                "groups that have arrived in New York in recent weeks. The committee will be "
                "glad to meet newcomers at the railroad terminals and escort them to the local "
                "hostel or other destinations if they will notify our WRA office while en "
                "route, of the exact time and place of their train's arrival.\"",
                "The New York Resettlement Council includes representatives of the following "
                "institutions and organizations; New York Buddhist Church, Japanese Christian "
                "Association,",
            ],
        ),
    ],
}

TOPAZ_P3 = {
    "stem": "topaz_times_1944-12-13_p3",
    "page": {
        "furniture": ["December 13, 1944", "Topaz Times", "Page 3", "(Continued from page 2)"],
        "date": "1944-12-13",
        "page": "3",
    },
    "dropped": [],
    "articles": [
        article(
            title="LEAVES",
            headings=["INDEFINITE", "TRIAL INDEFINITE"],
            paragraphs=[
                "SALT LAKE CITY: Karl Oda",
                "FORT DOUGLAS: Kenzi Ohara",
                "ALBUQUERQUE, N.M.: Dorothy and Kenneth Joguchi",
                "DENVER, COLO.: Tama, Fusako and Shitoko Yasuda",
                "SIDNEY, NEB.: Ray and Sumiko Tsuruda",
                "CHICAGO, ILL.: Fuki Takei",
                "CLEVELAND, OHIO: Fusaye Hirono, Tadao Tanaka, Ryuzo Maeyama, Tadashi Sugiyama",
                "DAYTON, OHIO: Frank Hara",
                "NEW YORK CITY, NEW YORK: Kazuo Kimura",
                "BOSTON, MASS.: David Yamate",
                "WASHINGTON, D.C.: Masuji Fujii, Robert Iseri",
                "CHICAGO: Choichiro Mori",
                "CAMP SHELBY, MISS.: Shizuko Itaya",
                "BRIDGETON, N.J.: Mantaro Fukuoka, Yasuichi Enokida, Jitaro Kamioke, Kihei "
                "Kaneshiki, Tamekuma Taira, Enji Uyeda, Saichi Yanai, Yayao Yano, Yoshizu "
                "Furutani, Tomiyo Hashimoto, Keigo Inouye, Hideji Kamiguchi, Riosuke Kasai, "
                "Masatomo Matsushita, Masao and Haruko Ninomiya, Shinichi Yoshida",
            ],
        ),
        article(
            title="2ND LT. COMMISSION GIVEN GEO. SAKANARI",
            paragraphs=[
                "George Ryoichi Sakanari, formerly of San Francisco, was commissioned a "
                "second lieutenant in the United States Army December 2 upon successful "
                "completion of the Officer Candidate Course at the Infantry School at Fort "
                "Benning. Lt. Sakanari is the son of Mr. and Mrs. Gentaro Sakanari of 37-7-D.",
                "The new lieutenant was inducted into the army on January 9, 1942 and served "
                "with the Infantry before going to the Officer Candidate School. He held the "
                "rank of Technical Sergeant before being commissioned.",
                "Lt. Sakanari is a graduate of Lowell High School in San Francisco and the University of California.",
                "The Infantry School is the largest institution of its kind in the world.",
            ],
        ),
        article(
            title='"CHU-SHIN-GURA" TO BE SHOWN SUNDAY AND MONDAY',
            paragraphs=[
                '"Chu-Shin-Gura", a famous Japanese movie, and selected American shorts will '
                "be shown in the auditorium on Sunday and Monday. There will be showings from "
                "2 PM and 7 PM on Sunday and at 2 PM on Monday.",
                'The program for the movie includes in addition to "Chu-Shin-Gura", animated '
                'cartoons, musical variety, sports, and "Man in Action", a western picture.',
                "Admission tickets may be obtained for 10 cents at rec 3.",
            ],
        ),
        article(
            title="KEITHAHNS SPEAK ON INDIAN LIFE",
            paragraphs=[
                "Rev. and Mrs. Keithahn of south central India were the guest speakers at a "
                "special meeting held last Monday night at 32-8-EF.",
                "They related their experiences of 15 years spent in India. Mrs. Keithahn, "
                "who is a doctor, elaborated on the Indian home life and customs. She also "
                "pointed out the superior nutrition values of the native grains to that of "
                "those raised and eaten in the Western countries. Rev. Keithahn spoke on his "
                "missionary work with the Indians in their attempt to make India a "
                "self-sufficient nation.",
                "While in Utah Rev. and Mrs. Keithahn were the guests of Rev. Irwin of Provo, "
                "and they are later planning to help the evacuees get resettled in the "
                "mid-western states, it was reported.",
            ],
        ),
        article(
            title="EVACUEES' RECEPTION",
            paragraphs=[
                "Japanese Christian Institute, Japanese Methodist Church, Japanese American "
                "Young People's Christian Federation of New York, Japanese American Committee "
                "for Democracy, and the New York JACL.",
            ],
        ),
        article(
            title="LETTERS PROTEST VETERAN OUSTING",
            paragraphs=[
                "Letters to the editors all over the country protested the ousting by an "
                "Arizona barber from his shop recently a wounded veteran of Japanese ancestry "
                "on crutches, reports in many of the leading papers in the country showed.",
                "All types of persons condemned the act and offered their hospitality to "
                "Pvt. Raymond Matsuda, the wounded veteran.",
                "The incident coupled with a letter from Pvt. George Saito to his father "
                "regarding the death in action of his brother Calvin was dramatized recently "
                "on radio station WMCA of New York City.",
            ],
        ),
        article(
            title="Mochiu Ishida Is 5th Member Of Family To Be Called Into Army",
            paragraphs=[
                "MADISON, Wisconsin--Mochiu Ishida, 25, who was recently inducted into the "
                "U.S. Army and placed in the Enlisted Reserve Corps is the fifth member of his "
                "family to be called for military service. Until summoned for active duty, "
                "Ishida will continue working here as an auto mechanic at Pyramid Motors.",
                "His older brother, First Lt. Hiraku Ishida, 29, is a surgeon stationed at an "
                "army hospital somewhere in England. His other brothers in service are his "
                "twin, Pfc. Sonau Ishida, in Fort Meade, Maryland, awaiting overseas order; "
                "Pvt. Masaru Ishida, with the Japanese American unit in France; and Pvt. "
                "Sodatsu Ishida, in training at Camp Blanding, Florida.",
                "Two brothers in civilian life are Dr. Itaru Ishida, a practicing physician "
                "in Boston, and Mitsuo, 16, who lives with the boys' parents, Mr. and Mrs. "
                "A.S. Ishida, in the Central Utah Project in Topaz, Utah, to which they were "
                "evacuated almost two years ago. Before the war, the family was engaged in an "
                "extensive nursery business in Menlo Park, California.",
            ],
        ),
    ],
}

SPORTS = ["SPORTS PARADE", None]

TOPAZ_P4 = {
    "stem": "topaz_times_1944-12-13_p4",
    "page": {
        "furniture": ["Page 4", "Topaz Times", "December 13, 1944"],
        "date": "1944-12-13",
        "page": "4",
    },
    "dropped": [],
    "articles": [
        article(
            title="WASHINGTON OFFICE SENDS WARNING AGAINST FIRE",
            paragraphs=[
                "Recent fires in some of the centers where the cause was traced to heating "
                "appliances, mostly stoves which are too close to woodwork, and to the storage "
                "of combustibles under buildings was responsible for a special letter of "
                "warning from the Washington office.",
                "Charles Roraback, fire protection officer, stated that the fact that all "
                "woodwork near stoves has been subjected to heating for two winters has "
                "lowered the ignition point so that only moderate heat is required to cause a "
                "fire. Since such conditions probably exist in many places here, he stated "
                "that fires will be avoided only by extreme vigilance on the part of "
                "residents.",
                "The letter from E. J. Utz, chief of operations in Washington, states:",
                '"Stoves or heating appliances were installed too close to walls or '
                "combustible materials. The locations in which the fires started were "
                "protected by ventilated shields of asbestos-board, but the shields were "
                "nailed directly to the studs at a point very near the heating appliance. "
                "Air-space had been provided at other points. Fires started at the point "
                "where the ventilated-shields were nailed to the studding.",
                '"Wood, kindling and other combustible materials were stored under buildings '
                "in considerable quantity. This contributed to the spread of fire and "
                "hindered fire-fighting operations. In some cases materials were stored near "
                "defective chimneys that extended to the ground. Defective chimneys and "
                "accumulated soot resulted in fire under the buildings. Other fires of "
                'unknown origin have started in combustibles stored under buildings."',
            ],
        ),
        article(
            title="NEW WASH. HOSTEL EXTENDS INVITATION",
            paragraphs=[
                "WASHINGTON -- Family groups and issei residents of centers who are going "
                "east to resettle in Washington or vicinity are especially invited to be "
                "guests at the recently opened hostel, according to Mr. and Mrs. Parker "
                "Barrett, newly appointed directors of the hostel. The hostel is located on "
                "311 Pennsylvania Avenue.",
            ],
        ),
        article(
            title="PITTSBURGH VETS WANT NISEI BAN",
            paragraphs=[
                "PITTSBURGH--The military order of the Cootie, Greater Pittsburgh Puptent, "
                "honor society of the Veterans of Foreign Wars, took the stand against the use "
                'of American Japanese labor in Pittsburgh, "believing there is no need for '
                'supplemental labor."',
                'Their resolution states: "We further believe that infiltration by Japanese '
                'workers may lead to distrust, possible disorder and even disunity".',
            ],
        ),
        article(
            title="Soldiers On Leave",
            paragraphs=[
                "Pfc. Masato J. Suyehiro, Pvt. Frank Takahashi, Pvt. Matao Tomimatsu, Camp Shelby, Mississippi.",
            ],
        ),
        article(
            section=SPORTS,
            title="PEEWEE LEAGUE CHAMPIONSHIP GAME MONDAY ENDS IN 6-6 DRAW",
            paragraphs=[
                "The long awaited championship game of the PeeWee League ended in a 6-6 draw "
                "when hard fighting teams, blk. 5-13-7 and blk. 30-36, clashed Monday noon to "
                "a 6-6 tie.",
                "The kickoff went to blk. 30-36, with Hayashi at the receiving end trampling "
                "from his own 30 yard to the opponent's 45.",
                "A first down was made by Shimizu. The next four downs failed to achieve "
                "another first down so Miomura kicked a long rolling punt. Safety man Ito "
                "fumbled a costly ball and the opponents then rambled for a touchdown. "
                "Conversion failed.",
                "During the 2nd quarter blk. 5-13-7 started to click with Hideshima's shifty "
                "running and the superb blocking right half Tom Nishimura. A pass by "
                "Hideshima to Fuji, who scampered 40 yards for a touchdown put his team back "
                "in the game.",
                "In the second half the blk. 30-36 threatened to score several times. On one "
                "occasion a pass interception by Oku on the opponent's own 30 yard gave "
                "chills to the blk. 5-13-7. A touchdown was then made but was voided because "
                "Miomura's completed pass was thrown from over the scrimmage line.",
            ],
        ),
        article(
            section=SPORTS,
            title="Rams To Cope With Hinckley Five",
            paragraphs=[
                "Eleven mighty Rams will travel today to cope with the Hinckley five. The "
                "Hinckleyians will try to avenge an earlier defeat handed to them by the "
                "local preps. The Rams will attempt to erase their recently loss to Manti by "
                "repeating another victory over Hinckley.",
                "Co-coaches Sam Yamamoto and Larry Fukuhara have selected the eleven players "
                "as follows: Jiro Nakamura, Akira Hirota, Mo Mihemoto, Hid Kashima, Butch "
                "Nagasawa, Kaz Yuto, Potay Nakata, Junji Doami, Roy Iwata, Wacky Sumimoto, "
                "Bob Utsumi, and Clem Nakai, manager.",
            ],
        ),
        article(
            section=SPORTS,
            title="ICE RINKS",
            paragraphs=[
                "Blocks desiring to have their ice rink filled with water, should contact "
                "Yosh Isono at rec 3 immediately.",
            ],
        ),
        article(
            section=SPORTS,
            title="GOLF TOURNEY RESULTS",
            paragraphs=[
                "N. Ogami placed first in the 9 hole golf tourney last Sunday. Others who "
                "placed were: D. Wakamatsu, second; K. Yoda, third; and N. Takakuwa, fourth.",
                "N. Hideshima was elected as treasurer of the golf club for the coming year.",
            ],
        ),
    ],
}

SOURCES = [KB_ADRES, TOPAZ_P1, TOPAZ_P2, TOPAZ_P3, TOPAZ_P4]

# page file suffix -> how its text is read for the checks
KB_FILES = {
    ".alto.xml": "alto",
    ".tess_eng.txt": "text",
    ".tess_eng.hocr": "hocr",
    ".tess_eng.xml": "alto",
    ".tess_eng.tsv": "tsv",
    ".rapidocr_ppocrv4.json": "rapidocr",
}
TOPAZ_FILES = {
    ".pdf": "pdf",
    ".tess_eng.txt": "text",
    ".tess_eng.hocr": "hocr",
    ".rapidocr_ppocrv4.json": "rapidocr",
}
KB_ADRES["files"] = KB_FILES
for _page in (TOPAZ_P1, TOPAZ_P2, TOPAZ_P3, TOPAZ_P4):
    _page["files"] = TOPAZ_FILES
    _page["note"] = TOPAZ_NOTE.format(page=_page["page"]["page"])


def page_text(path, kind):
    """The words an engine put in the file, in file order."""
    if kind == "pdf":  # the library's text layer
        pdf = pdfium.PdfDocument(path)
        return " ".join(page.get_textpage().get_text_range() for page in pdf)
    raw = path.read_bytes().decode("utf-8-sig")  # the library ALTO opens with a BOM
    if kind == "text":
        return raw
    if kind == "tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) > 11)
    if kind == "rapidocr":
        return " ".join(text for _box, (text, _score) in json.loads(raw))
    tree = ElementTree.fromstring(raw.encode("utf-8"))
    if kind == "hocr":
        return " ".join("".join(el.itertext()) for el in tree.iter() if el.get("class") == "ocrx_word")
    return " ".join(el.get("CONTENT", "") for el in tree.iter() if el.tag.endswith("String"))


def squash(text):
    """Compare letters only: NFKC (long s to s), no case, no space or punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]", "", text)


def gold_strings(gold):
    """Every string of the gold; of a field's acceptable readings, the printed one."""
    yield from gold["page"]["furniture"]
    for art in gold["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            value = art[key]
            if isinstance(value, list):
                value = value[0]
            if value:
                yield value
        yield from art["headings"]
        yield from art["paragraphs"]
        yield from art["captions"]


def shared(gold_text, page_text):
    """Dice overlap of the two texts' letter trigrams: blind to the engines' reading order
    (columns read across), sensitive to text lost or added."""
    grams = [Counter(text[i : i + 3] for i in range(len(text) - 2)) for text in (gold_text, page_text)]
    return 2 * sum((grams[0] & grams[1]).values()) / (sum(grams[0].values()) + sum(grams[1].values()))


def write_all():
    index = {}
    for src in SOURCES:
        gold = {"note": src["note"], "page": src["page"], "articles": src["articles"]}
        for suffix in src["files"]:
            page = HERE / (src["stem"] + suffix)
            name = page.name + ".gold.json"
            text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
            (HERE / name).write_text(text, encoding="utf-8")
            index[name] = page.relative_to(ROOT).as_posix()
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return index


def check_scorer(gold_path):
    """The shared scorer fed the gold itself: F1 1.000, every title, no leak."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    n = len(gold["articles"])
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(gold, tmp, ensure_ascii=False)
    for extra in ([], ["--fuzzy", "0.9"]):
        out = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), tmp.name, *extra],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "paragraph F1 1.000" in out, out
        assert f"titles {n}/{n}" in out and "| leaks 0" in out, out
    Path(tmp.name).unlink()


def check(index):
    for src in SOURCES:
        gold_text = squash(" ".join([*gold_strings(src), *src["dropped"]]))
        for art in src["articles"]:
            for par in art["paragraphs"]:
                for furn in src["page"]["furniture"]:
                    assert squash(furn) not in squash(par), (furn, par)
        best = 0.0
        for suffix, kind in src["files"].items():
            page = HERE / (src["stem"] + suffix)
            ratio = shared(gold_text, squash(page_text(page, kind)))
            assert ratio >= MIN_SHARED_ANY, (page.name, round(ratio, 3))
            print(f"{page.name}: engine text and gold share {ratio:.3f}")
            best = max(best, ratio)
        assert best >= MIN_SHARED_BEST, (src["stem"], round(best, 3))
    for name in index:
        check_scorer(HERE / name)
    print(f"{len(index)} gold files checked")


if __name__ == "__main__":
    check(write_all())
