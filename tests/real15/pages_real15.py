"""The gold text of tests/real15, typed ONCE per crop from the scan (read against zoomed crops).

Each crop of The National Tribune (Washington, D.C.), Thursday 10 November 1898, front page, is
one entry of PAGES: its crop box in pixels of the page image inside the Library of Congress PDF
(3749x5013, 8-bit grey), a note for the archivist's decisions, the page furniture, and its
articles. make_real15_pages.py writes the gold of every engine output of a crop from this entry.
Line-end hyphens that only split a word are removed; the print's spellings stay (hight, Hights,
Washing, battleflag); decks after the first are joined in order as the subtitle.
"""

DATE = "1898-11-10"
PAGE = "1"

PAGES = {
    "tribune_1898-11-10_p1_reserves_head": {
        "box": (150, 720, 657, 2399),
        "note": (
            "Column 1 under the date line: the head of the front-page story, a two-line display"
            " headline in capitals (the title), two decks (the subtitle, joined in order), rules"
            " between them, a two-line byline `BY R. E. McBRIDE, / Co. C, 190th Pa.` (`BY` is"
            " markup; the rank line stays in the byline), and three paragraphs; the crop ends at a"
            " paragraph end and the story goes on below (crop 3)."
        ),
        "furniture": [],
        "articles": [
            {
                "title": "PENNSYLVANIA RESERVES.",
                "subtitle": (
                    "Career of These Veterans from Cold Harbor to Appomattox. Organizations Which"
                    " Did Gallant Service—Led by Good Officers, Discipline and Bravery Saved Them"
                    " from Annihilation on Hard-Fought Fields—Memorable Combats."
                ),
                "byline": "R. E. McBRIDE, Co. C, 190th Pa.",
                "headings": [],
                "paragraphs": [
                    "The division known as the Pennsylvania Reserves, which had among its officers"
                    " during the first year of its service such distinguished soldiers as Meade,"
                    " Reynolds, Ord and Seymour, finished its history May 30, 1864, at Bethesda"
                    " Church. The men who had not re-enlisted went home, and the remaining"
                    " fragments of these regiments were organized into two veteran regiments,"
                    " numbered 190th and 191st, or 1st and 2d Veteran Reserves, with an aggregate"
                    " of about 1,429 officers and men, the former under the command of Col. W. R."
                    " Hartshorne, formerly of the 13th Reserves; the latter under Col. James Carl,"
                    " of the 6th Reserves. They constituted the Third Brigade, Third Division,"
                    " Fifth Corps. For some cause Col. Hartshorne was absent until after the army"
                    " reached Petersburg, and the 190th was commanded by Lieut.-Col. Joseph B."
                    " Pattee, while Col. Carl commanded the brigade until Aug. 19, 1864.",
                    "These men participated in the operations around Cold Harbor, though"
                    " fortunately without loss, so far as can now be remembered or ascertained,"
                    " except Serg’t Woodard, of Co. A, 190th, who was killed June 3. There may"
                    " have been other casualties, but the records of that period are defective.",
                    "On June 13 they skirmished near White Oak Swamp, with a loss of two killed, 10"
                    " wounded, one officer and six men missing. In this affair Lieut.-Col."
                    " Pattee’s horse was shot under him. Although the organization was so recent"
                    " that the men had become but little acquainted with each other or with their"
                    " officers, they acquitted themselves in a creditable manner. The night of the"
                    " 13th they marched toward the James River, and reached a point near Willcox"
                    " Landing on the 14th.",
                ],
            }
        ],
    },
    "tribune_1898-11-10_p1_capitol_head": {
        "box": (3114, 725, 3735, 2185),
        "note": (
            "Column 6 under the date line: the head of the second story, a two-line display"
            " headline in capitals (the title) and two decks (the subtitle); an ink blot covers"
            " the `in` of the first deck (read from the sense and the spacing); a lead paragraph,"
            " a centred small-capitals subhead (a heading) and three paragraphs; the crop ends at a"
            " paragraph end. `Wash-/ing` is the print's own slip for Washington and stays."
        ),
        "furniture": [],
        "articles": [
            {
                "title": "THE UNITED STATES CAPITOL.",
                "subtitle": (
                    "A Destructive Fire in the Supreme Court Apartments. Something of the Noble"
                    " Building which is the Pride of All Americans—The Grandest Edifice in the"
                    " World—Details of the Fire."
                ),
                "byline": None,
                "headings": ["WHAT THE BUILDING IS."],
                "paragraphs": [
                    "The destructive and wholly unexpected fire which broke out in the Capitol of"
                    " the United States on last Sunday evening attracts the attention of every"
                    " American to that grand edifice, around which the history of the United"
                    " States has centered for more than a century.",
                    "In the opinion of many competent observers the United States Capitol is"
                    " incomparably the finest building in the world. It is the only great building"
                    " erected distinctly for a National Capitol, and for more than a century there"
                    " has been lavished upon it all that architectural art could suggest or money"
                    " procure to make it ideal for its purpose. Differing from all other National"
                    " Capitols it stands alone, on a commanding hight, separated by hundreds of"
                    " feet of beautiful grounds from any other building. The site was chosen by"
                    " George Washington himself, and cannot be surpassed anywhere. The western"
                    " portico overlooks the greater part of Washing, with the noble stretch of"
                    " Pennsylvania Avenue as far as the Treasury and the White House. In the"
                    " distance, on the other side of the Potomac, rise the beautiful Hights of"
                    " Arlington.",
                    "The southern portico, or House Wing, looks over southeast Washington, the"
                    " broad estuary of the lower Potomac, with Alexandria and Mt. Vernon at the"
                    " limits of the horizon.",
                    "The northern portico, or the Senate Wing, gives a view of northeast"
                    " Washington as far as the eminence crowned by the white masses of the"
                    " Soldiers’ Home.",
                ],
            }
        ],
    },
    "tribune_1898-11-10_p1_reserves_stirring_incidents": {
        "box": (655, 2700, 1145, 4168),
        "note": (
            "Column 2 under the picture: the middle of the Reserves story (its head is in crop 1)."
            " The crop starts at a paragraph and ends at one; a centred small-capitals subhead"
            " STIRRING INCIDENTS. is a heading; one article, title null (a continuation). A quote"
            " inside a quote: “Hagood cut him short … answered ‘No!’” as printed."
        ),
        "furniture": [],
        "articles": [
            {
                "title": None,
                "subtitle": None,
                "byline": None,
                "headings": ["STIRRING INCIDENTS."],
                "paragraphs": [
                    "Some appear to entertain the opinion that at this time the soldiers were"
                    " weary of the war, and the fighting was merely a perfunctory performance. This"
                    " idea originated from the Copperhead papers of the North and from wild-eyed"
                    " orators—afraid of the draft—who howled for peace at any price, and depicted"
                    " the awful condition of the army as an excuse for their own cowardly spirit"
                    " and treasonable utterances. The real condition was quite the contrary. The"
                    " soldiers fought with as much vim and enthusiasm, with as much skill and as"
                    " desperate valor as at any period of the war. The same is true of both the"
                    " Union and the Confederate army, and this spirit continued till the last shot"
                    " was fired at Appomattox.",
                    "The following occurrence, the account of which is drawn partly from"
                    " Confederate sources, took place during this struggle for the Weldon road.",
                    "Gen. Hagood’s rebel brigade was at one time almost surrounded, and their"
                    " surrender was considered certain. Capt. Dailey, of Cutler’s staff, rode among"
                    " them, seized a battleflag from the hands of its bearer, and ordered the men"
                    " to throw down their arms. Those immediately about him obeyed. Gen. Hagood,"
                    " who was on foot, approached and demanded back the flag, and that he go back"
                    " within his own lines, telling him that he was free to do so. Dailey began to"
                    " argue the hopelessness of resistance. “Hagood cut him short, and demanded a"
                    " categorical reply—Yes or No. Dailey was a man of fine presence, with a"
                    " flowing beard, and sat with loosened reins upon a noble-looking bay, that"
                    " stood with head and tail erect and flashing eye and distended nostrils,"
                    " quivering in every limb with excitement, but not moving in his tracks. In"
                    " reply to this abrupt demand the rider raised his head proudly, and decidedly"
                    " answered ‘No!’” Hagood then shot him through the body, and he fell from his"
                    " horse. Hagood then mounted the horse and ordered his men to make a hurried"
                    " retreat.",
                    "Such was the situation of the Union troops that any effective fire would have"
                    " been as destructive to friend as to foe, and so part of this force got"
                    " through, though many of them were made prisoners.",
                    "This incident will serve to show the peculiar conditions of the fight, and"
                    " also the spirit with which the battle was fought on both sides. Men were"
                    " captured, and before they could be taken from the field the captors"
                    " themselves were made prisoners. Gen. Crawford himself was at one time in the"
                    " hands of the enemy, and escaped by some such turn of fortune.",
                ],
            }
        ],
    },
    "tribune_1898-11-10_p1_reserves_tight_place_jump": {
        "box": (2625, 3805, 3108, 4890),
        "note": (
            "Foot of column 5: the last part of the Reserves story on this page, a centred"
            " small-capitals subhead IN A TIGHT PLACE. (a heading), the story breaking off"
            " mid-sentence (`Behind them`) over a rule and the jump line"
            " `(Continued on second page.)` (furniture, as the holdout sets decided). Broken type"
            " read as meant: `whil[e]`, `n.rrow`, `a. right`, `determinati.n`."
        ),
        "furniture": ["(Continued on second page.)"],
        "articles": [
            {
                "title": None,
                "subtitle": None,
                "byline": None,
                "headings": ["IN A TIGHT PLACE."],
                "paragraphs": [
                    "A heavy rain storm began on the 29th, which continued till the night of the"
                    " 30th, rendering the roads almost impassable, and adding greatly to the"
                    " discomfort of all.",
                    "About 10 a. m. on the 31st the Reserves were relieved by men of the Third"
                    " Division, and moved toward the left to rejoin the brigade. Before this was"
                    " accomplished the flank and rear attack began. Col. Pattee promptly grasped"
                    " the situation. He halted his command and brought it to a front, thus facing"
                    " toward the picket-pits which his men had held the past 24 hours. The men who"
                    " had relieved them were unable to withstand the attack then being made by a"
                    " brigade from the rebel works. The success of this attack would render still"
                    " more desperate the position of the two divisions now assailed on the left"
                    " flank and rear.",
                    "Waiting a few moments, while the bullets pattered like hail-stones and shells"
                    " from the rebel artillery screeched and bellowed through the brush, Pattee"
                    " ordered the men to deploy. At the same time they advanced and went to work."
                    " They seized the pits along part of the line, and from these they easily"
                    " checked the advance of the enemy, but on their left the pits at once became"
                    " useless because of the advance of the enemy on the flank and rear.",
                    "Soon the entire line was turned to the left backward as they faced the foe."
                    " They were finally forced into the shape of an oxbow, the enemy closing in on"
                    " all sides except a comparatively narrow space toward the rear. This space was"
                    " at right angles with the line they at first held. Through this they finally"
                    " made their way, but continued the contest with renewed determination.",
                    "They had now reached a point where the rebels were on ground a little higher"
                    " than that which they occupied. Behind them",
                ],
            }
        ],
    },
    "tribune_1898-11-10_p1_capitol_statue_statistics": {
        "box": (3114, 3632, 3735, 4890),
        "note": (
            "Foot of column 6: the end of this page's part of the Capitol story (its head is crop"
            " 2): a paragraph, two centred small-capitals subheads (headings), four paragraphs,"
            " the last cut off at the page foot mid-sentence (`The entire length of the building"
            " from`, no jump line printed). One article, title null. `19½` as printed."
        ),
        "furniture": [],
        "articles": [
            {
                "title": None,
                "subtitle": None,
                "byline": None,
                "headings": ["GREENOUGH’S STATUE OF WASHINGTON.", "STATISTICS OF THE CAPITOL."],
                "paragraphs": [
                    "On top of the lantern stands a statue of Freedom, designed by Thos. Crawford,"
                    " 19½ feet high, and weighing 14,985 pounds. It rests upon a globe inscribed"
                    " “E Pluribus Unum,” and cost $24,000. The figure is that of a Goddess of"
                    " Liberty, and its head is crowned with a helmet surrounded by a circlet of"
                    " stars, and topped with a bunch of plumes. The statue was put in place Dec."
                    " 2, 1863.",
                    "Some distance in front of the main entrance, and out of reach of the camera"
                    " which took our picture, stands Greenough’s celebrated statue of Washington,"
                    " which Congress ordered in 1832, intending to place it over a tomb of"
                    " Washington to be constructed in the rotunda. But the heirs of Washington"
                    " declined to allow his remains to be transferred from Mt. Vernon, and the"
                    " statue was placed outside to help decorate the magnificent grounds. These"
                    " comprise 46 acres, and are as fine a specimen of landscape gardening as can"
                    " be found in the world. Beyond the eastern edge of the Capitol grounds stands"
                    " the magnificent Congressional Library, over which every visitor goes into"
                    " enthusiastic admiration.",
                    "The Capitol stands on ground rising 88 feet above the level of the Potomac."
                    " The corner-stone was laid Sept. 18, 1793, by George Washington, with Masonic"
                    " ceremonies. The original Wings for the Senate and House were finished in"
                    " 1811, and connected with a wooden passageway. Aug. 24, 1814, the British"
                    " destroyed this and the interior of the Wings by fire. The damage was"
                    " immediately repaired, and the building completed according to the original"
                    " designs in 1827. The material used was sandstone from quarries at Aquia"
                    " Creek, Va.",
                    "July 4, 1851, the extension was begun by building marble Wings at each end"
                    " for the accommodation of the House and Senate. These were completed and"
                    " occupied Jan. 4, 1859. The old Senate Chamber was given to the Supreme"
                    " Court, and the old Hall of the House of Representatives made the present"
                    " Statuary Hall.",
                    "The entire length of the building from",
                ],
            }
        ],
    },
}
