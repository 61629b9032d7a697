"""The tests/real29 golds: read from the page scans (data/jpg/december_1994/*.jpeg), never copied from the OCR."""

SRC = (
    "P.M. News (Lagos), December 1994, as the page scan data/jpg/december_1994/{img}.jpeg of "
    "Temiloluwa/ocr-old-nigerian-newspapers, in the Amazon Textract layout OCR that repository made of it "
    "(ocr/aws_extract/december_1994/{img}/aws_extract_ocr.json: one object per Textract LAYOUT block, in Textract's "
    "reading order, each block's text written twice by the repository's pipeline; crop_real29.py keeps whole blocks). "
    "Text as printed: straight quotes as printed, words broken at line ends joined, hyphens kept where the word has "
    "one; the paper's own spellings kept (personel, Our's, whereabout). No page number is printed on these pages "
    "(page: null). Score with --fuzzy 0.9. "
)


def art(paragraphs, title=None, section=None, kicker=None, subtitle=None, byline=None, headings=(), captions=()):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


def page(img, date, number, note, articles, furniture=()):
    return {
        "note": SRC.format(img=img) + note,
        "page": {"furniture": list(furniture), "date": date, "page": number},
        "articles": articles,
    }


SPORT = "PM_News_December_22__1994_Pg_8"
SPORT_SECTION = ["P.M. Sport", "Sport", None]

GOLDS = {}

GOLDS["pm_news_1994-12-22_p8_bankole_dumps_shooting_stars.textract.json"] = page(
    SPORT, "1994-12-22", None,
    "Crop: the top left of the back (sport) page: the date line 'Thursday 22 December, 1994', the 'P.M. SPORT' "
    "flag (Textract reads only 'SPORT'), the 'CANDID SHOT P.7' teaser box (furniture), and the story 'Bankole Dumps "
    "Shooting Stars', whose bold lead and first lines of three columns stand ABOVE its display head and run on below "
    "it; Textract's order is: the three upper column pieces, then the head, then the three lower pieces. Printed "
    "order: column 1 up, column 1 down, column 2 up, column 2 down, column 3 up, column 3 down. The signature "
    "'- Adeola Fashola.' closes the last column. No page number is printed (the back page; the source names it Pg_8).",
    [
        art(
            [
                "Shooting Stars' goal tender Demola Bankole has abandoned the team to seek greener pasture in the "
                "United Kingdom.",
                "PMSport learnt that the cat-like goalkeeper left for London immediately after the club's loss to BCC "
                "Lions in the semi-final of the Challenge cup.",
                "Bankole who contributed immensely to Shooting Stars CAF cup victory in 1992 became fed up with the "
                "team when he could no longer command regular position in the Shooting Stars line-up when Alabi "
                "Aissien was appointed coach.",
                "The straw that broke the camel's back was implanted when he was substituted in their FA Cup "
                "Semi-final match against BCC Lions at the Onikan stadium.",
                "There and then he vowed not to have anything to do with the Ibadan based team because they did not "
                "seem to appreciate his contribution to the success of the club.",
                "It was even alleged that he spat on the face of Alabi Aissien, right in the pitch, before marking "
                "his final exit from the club.",
                "A source close to the goalkeeper said that he returned to England with his wife who was here on "
                "holiday from London, and his child.",
                "\"He wants to pick the pieces of career together before seeking for a clubside in England. For now "
                "he wants to regain his lost confidence in the profession\", a source told PMSport.",
                "Sole administrator of Shooting Stars, Taiwo Ogunjobi said that Bankole did not inform the club of "
                "his whereabout so he can not say exactly where he headed for.",
            ],
            title="Bankole Dumps Shooting Stars",
            section=SPORT_SECTION,
            byline=["Adeola Fashola", "- Adeola Fashola."],
        )
    ],
    furniture=["Thursday 22 December, 1994", "SPORT", "CANDID SHOT", "P.7"],
)

GOLDS["pm_news_1994-12-22_p8_pmc_salami_kafaru.textract.json"] = page(
    SPORT, "1994-12-22", None,
    "Crop: the lower half of the back (sport) page, three stories whose blocks Textract INTERLEAVES: 'PMC Blows N40m "
    "On Press Centre' (five columns under a banner head; its first column ends with the line 'Assessing the gallery', "
    "cut into a block of its own, whose sentence runs on at the top of column 2), 'Salami Promises Ivoriens Hell' (set "
    "into the foot of PMC's first two columns, so Textract reads it between PMC's column 2 and column 3), and "
    "'Kafaru Still With VIP - Proprietor' (set into the foot of PMC's last two columns; Textract puts PMC's line "
    "'order. Let's just leave every-', PMC's signature and Kafaru's head and its column-2 opening lines into ONE "
    "header block). Each story ends with its writer's signature ('- Adeola Fashola', '- Femi Olabode', '- Adeola "
    "Fashola'). The bold first paragraphs are the stories' leads (paragraphs, not subtitles).",
    [
        art(
            [
                "Despite the N40 million spent for the renovation of the press gallery at the Liberty Stadium, it "
                "still remains defective and does not satisfy the requirements of FIFA.",
                "Assessing the gallery over the weekend, a top shot of the Confederation of African said that the "
                "amount spent on the gallery was sheer waste of money because it is yet to satisfy the conditions "
                "set out by the world soccer ruling body.",
                "He said that it is defective because it does not link the pitch which is the basic requirement of "
                "FIFA.",
                "The CAF technical committee member also criticised the amount said to have been spent on the "
                "renovation of the press gallery.",
                "\"The amount is ridiculous and outrageous. How can they claim to have spent N40 million on a "
                "structure which is still defective? Personally, I think it was a waste of money\", he said.",
                "According to him, journalists who will cover the World Cup would have a serious problem connecting "
                "the pitch since they will have to get out of the stadium before linking the pitch, and will have "
                "to contend with the over zealous tendencies of the Nigerian security personel.",
                "\"I just pray that we do not disgrace the country in March because nothing seems to have been done "
                "properly.",
                "\"The pitch is not in good order. Let's just leave everything to prayers,\" the CAF chief "
                "concluded. The Jack Warner-led FIFA inspection team to Nigeria had criticised the National Stadium "
                "Press gallery for being structurally defective.",
            ],
            title="PMC Blows N40m On Press Centre",
            section=SPORT_SECTION,
            byline=["Adeola Fashola", "- Adeola Fashola"],
        ),
        art(
            [
                "Golden Eaglets' sweat merchant, coach Ganiyu Salami, has vowed to let his boys loose on the Ivorien "
                "team in the return leg match coming up next week.",
                "Coach Salami, in a chat with PMsport, yesterday said the first leg match in Abidjan taught him many "
                "things in football.",
                "\"We'll do our home work properly to ensure good bashing of the Ivorien team in the second leg. I "
                "have a good team, but all the same, we still have one or two things to instil into them before "
                "other matches.",
                "\"I'm looking beyond this match, my mind is set toward winning the first Under-17 Nations Cup. "
                "Then, I can face the world. I pray to God that we retain the Under-17 World Cup won in Japan last "
                "year,\" coach Salami said.",
                "The hard working coach said with the present crop of players in his fold, he's ready to take on any "
                "team either in Africa or in the whole world.",
                "Golden Eaglets held the Ivorien Under-17 team to a 1-1 draw in Abidjan last weekend in the last "
                "qualifying match for the Under-17 Nations Cup.",
            ],
            title="Salami Promises Ivoriens Hell",
            section=SPORT_SECTION,
            byline=["Femi Olabode", "- Femi Olabode"],
        ),
        art(
            [
                "The proprietor of Vigilante Insurance Professional (VIP) Football Club has reaffirmed that the "
                "club's chief coach Kafaru Alabi is still with the team.",
                "Chief Teluwo who spoke to PMsport yesterday said that the former Lobi bank coach has not intimated "
                "the management of his desire to leave the club.",
                "According to Chief Teluwo, the club would not do anything to hinder the movement of the coach "
                "whenever he desires to leave, adding that the club operates an open-door policy which allows free "
                "entry and exit.",
                "\"Our's is a humble club which does not trample on the rights of any body. Our players can attest "
                "to this fact. Any one who wants to go will be allowed to do so,\" he said.",
                "On the issue of the club's team manager Yomi Peters who has reportedly absconded, the VIP chairman "
                "explained that the coach was not sacked but fled the club as a result of his wrong practices.",
                "He said he does not want to trade words with him on the pages of newspapers. \"I would rather leave "
                "everything to God.",
                "\"Every individual on earth would be judged by his acts so I leave everything to God to judge "
                "accordingly,\" the proprietor said.",
            ],
            title="Kafaru Still With VIP - Proprietor",
            section=SPORT_SECTION,
            byline=["Adeola Fashola", "- Adeola Fashola"],
        ),
    ],
)

FRONT14 = "PM_News_December_14__1994_Pg_1"
MASTHEAD14 = ["P.M. NEWS", "VOL 1 NO. 82 WEDNESDAY 14 DECEMBER, 1994 N10"]

GOLDS["pm_news_1994-12-14_p1_inspector_jakande.textract.json"] = page(
    FRONT14, "1994-12-14", None,
    "Crop: the masthead block of the front page (the flag 'P.M. NEWS' and the folio line 'VOL 1 NO. 82 WEDNESDAY 14 "
    "DECEMBER, 1994 N10', read by Textract as one figure: furniture) and two stories. 'Inspector Held For Extorting "
    "N50,000' (top right, two columns, the writer's name 'ADETOKUNBO FAKEYE' set underlined ABOVE the text, "
    "a bold lead, a jump line 'Continued on page 2'); its blocks are read column by column but Textract puts the "
    "second column's last lines ('two constables as their shares.' and the paragraph after it) and the jump line "
    "into the SAME title block as the next story's reversed-out kicker 'BOMB THREAT' and its banner head 'Heavy "
    "Security In Jakande's House'. That story (writer 'Alex Oni' above the text, one column, runs off with "
    "'Continued on page 2') has the kicker 'BOMB THREAT'. The first paragraph of each story is its bold lead.",
    [
        art(
            [
                "A Police Inspector is being detained for extorting money forcefully from an alien.",
                "The Inspector, Babatunde Ajayi, attached to anti-robbery squad of Sango-Ota police division in Ogun "
                "State was clamped into cell on Monday 12 December, 1994.",
                "Police sources disclosed to PM-News that last Saturday, the inspector on information picked two "
                "constables, Solomon Obase and Jelili Oyagbola both of the quick intervention unit at the division "
                "and went on patrol.",
                "PMNews gathered, that the squad arrested an alien, Mr. Tham Yakajia of HongKong Synthetic Company, "
                "Ota with his vehicle marked LA 6686 KN and accused him of fraud. When the alien was searched, "
                "N250,000 was allegedly found on him.",
                "The alien was said to have given out N50,000 to the inspector out of fear.",
                "The deal, however, blew out when the inspector gave N1,000 to the two constables as their shares.",
                "One of the constables, said our source, informed the Area Commander in the division about the "
                "operation they did and how much was collected.",
            ],
            title="Inspector Held For Extorting N50,000",
            byline=["ADETOKUNBO FAKEYE", "Adetokunbo Fakeye"],
        ),
        art(
            [
                "Stern-looking mobile policemen have now been drafted to guard the Ilupeju home of Works and Housing "
                "Minister, Alhaji Lateef Jakande, following threats by unidentified persons to bomb the place.",
                "Police source told PMNews that intelligent reports indicated that plans have been concluded by a "
                "group to carry out the attack last month but for the alertness of the police.",
                "The source said if such attack was successfully carried out in Jakande's house, the present "
                "administration would not only lose face woefully, it could also send confusing signals to other "
                "south-westerners currently romancing with the Abacha junta.",
                "An unidentified group has successfully carried out bomb attack in various places across",
            ],
            title="Heavy Security In Jakande's House",
            kicker=["BOMB THREAT", None],
            byline="Alex Oni",
        ),
    ],
    furniture=MASTHEAD14 + ["Continued on page 2"],
)

GOLDS["pm_news_1994-12-14_p1_mandela_power_1999.textract.json"] = page(
    FRONT14, "1994-12-14", None,
    "Crop: 'Mandela To Hold Power Till 1999...' (front page, lower right): a head reversed out of a black box "
    "(Textract labels it LAYOUT_TEXT, not a title), a bold lead and two columns, no writer's name. The head ends in "
    "'...', leading to the next head on the page ('...Tells How He Smuggled Autobiography out of Prison', the next "
    "crop). Quotation marks as printed (the second paragraph opens without one).",
    [
        art(
            [
                "South African President Nelson Mandela said in an interview published in London yesterday that he "
                "would remain in office until the next general elections in 1999, but would likely step down "
                "afterwards\".",
                "I am the servant of the people. I will continue for as long as they want me to,\" Mandela told the "
                "Daily Telegraph.",
                "\"But I must add that I am 76,\" he said. \"I don't feel that at the end of the next five years, a "
                "man of my age would like to continue to lead the country.\"",
                "Asked about criticism of the slow pace of social reform in South Africa, Mandela said, \"I don't "
                "think that is criticism to be taken seriously.",
                "\"We had to allay fears of whites to ensure the transition process took place smoothly, said "
                "Mandela. \"If we had not done so, the civil war that was threatening would have broken out.\"",
                "He called the progress his government had brought about \"fantastic,\" saying \"we have done very "
                "well. We have introduced a culture of human rights, of transparency and accountability...\"",
            ],
            title="Mandela To Hold Power Till 1999...",
        )
    ],
)

GOLDS["pm_news_1994-12-14_p1_mandela_autobiography.textract.json"] = page(
    FRONT14, "1994-12-14", None,
    "Crop: '...Tells How He Smuggled Autobiography out of Prison' (front page, foot of the right-hand columns): a "
    "head that opens with '...' (it continues the Mandela head above it), a bold lead, two columns set in small type "
    "whose lower lines are FADED on the scan (read with contrast raised), the story running off at the foot of "
    "column 2 ('armed hostilities against'); the faded jump line under it is unreadable on the scan and Textract "
    "has no text for it. Eight text blocks in Textract's order, one of them a single line in a block of its own "
    "('gress members who were jailed with Mandela in 1964).', the top of column 2, finishing column 1's last word).",
    [
        art(
            [
                "President Nelson Mandela went on television yesterday the eve of the release of his autobiography "
                "\"Long Walk to Freedom,\" to tell how the book was written clandestinely while he was in prison.",
                "Interviewed by public South African Broadcasting Corporation (SABC), Mandela related how chapters of "
                "the book were reproduced in small print and then smuggled out of prison by fellow prisoner Mac "
                "Maharaj, now Transport Minister.",
                "\"When I had completed a chapter, I would pass it on to Comrade Walter Sisulu and thereafter to "
                "Comrade Ahmed Kathrada (two other African National Congress members who were jailed with Mandela "
                "in 1964).",
                "\"I had no historical records to check the facts. I used them (Sisulu and Katharada) as my reference "
                "and they did wonderful work,\" he said.",
                "\"When I had completed the book, it was reduced to small type and smuggled out of prison.\"",
                "The book tells of Mandela's birth into a Xhosa royal household, his flights from Transkei to "
                "Johannesburg to avoid an arranged marriage, and his first contacts with city life and white "
                "overlords.",
                "It tells also of his rise to power in the ANC; of the ANC's decision in 1960 to begin armed "
                "hostilities against",
            ],
            title="...Tells How He Smuggled Autobiography out of Prison",
        )
    ],
)

FRONT02 = "PM_News_December_2_1994_Pg_1"

GOLDS["pm_news_1994-12-02_p1_egunje_drama.textract.json"] = page(
    FRONT02, "1994-12-02", None,
    "Crop: the front page's lead story: a three-deck display head, 'EGUNJE DRAMA' (EGUNJE in outlined italic "
    "capitals, a topic label: the kicker), '10 COPS IN TROUBLE' (the title) and 'As Drug Suspect Flees' (a smaller "
    "deck: the subtitle); Textract reads the head as 'EGUNJED COPS IN TROUBLE As Drug Suspect Flees' in one title "
    "block and puts the rest of 'DRAMA' ('RAMA') in a header block of its own, far down its reading order. Two "
    "columns of text (the bold lead, then roman), interleaved in Textract's order with the neighbouring story "
    "'Fawehinmi Takes On Ajudua' (its blocks are not in the crop), running off with 'Continued on page 2'.",
    [
        art(
            [
                "The mysterious escape of a Nigerian drug trafficker from a Thai prison has landed ten police "
                "officers and a colonel in trouble. And it's all because of Egunje, the notorious Nigerian way of "
                "compromising officials.",
                "The ten Thai policemen are under investigation for allegedly aiding the detained Nigerian drug "
                "trafficker to escape to another country yesterday.",
                "Chibo Briyume, also identified as Abdul Abudevine, fled detention at the Immigration police "
                "division this week after swapping his passport for that of another inmate for 500 baht [20 "
                "dollars].",
                "He was believed to have been subsequently smuggled out of the country by air, the police officials "
                "said this morning.",
                "The ten officers under investigation by a special police committee have not been named. But The "
                "Nation daily reported that Briyume,",
            ],
            title="10 COPS IN TROUBLE",
            kicker=["EGUNJE DRAMA", None],
            subtitle="As Drug Suspect Flees",
        )
    ],
    furniture=["Continued on page 2"],
)

GOLDS["pm_news_1994-12-02_p1_lagos_vips_shun_saleh.textract.json"] = page(
    FRONT02, "1994-12-02", None,
    "Crop: 'Lagos VIPs Shun Saleh' (front page, lower right): the two-line display head (Textract labels it "
    "LAYOUT_TEXT), the writer's name 'Charles Owoeye' set underlined between head and text (a header block), a bold "
    "lead, and a column that runs on at the top of the next narrow column ('to cover the ill-fated seminar "
    "bankrolled by the authorities in'), where the jump line 'Continued on page 2' is read into the same block as "
    "the story's last words.",
    [
        art(
            [
                "Secretary to the ruling military junta, Alhaji Aminu Saleh, was snubbed by the very important "
                "people of Lagos yesterday.",
                "The seminar on Chemical Weapons Convention and the Chemical and Allied Industries which he was "
                "billed to declare open was poorly attended.",
                "There were fewer than 30 guests present at the opening, at the auditorium of the Ikeja Complex of "
                "the Manufacturers Association of Nigeria. The auditorium could seat 700 people.",
                "The opening ceremony which was broadcast live on Ray Power Radio was so scantily attended that the "
                "master of ceremony spent little time in introducing the few dignitaries present and had ample time "
                "to acknowledge the presence of junior reporters who had come to cover the ill-fated seminar "
                "bankrolled by the authorities in",
            ],
            title="Lagos VIPs Shun Saleh",
            byline="Charles Owoeye",
        )
    ],
    furniture=["Continued on page 2"],
)
