import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from common import art, write

A = []
A.append(art("DESTITUTION AND DEATH IN WALES.", [
 "An inquest, at which most dreadful revelations were made, is reported. The deceased, Catherine Edwards, aged eighty-five, lived with her husband, an imbecile, at Ochelffordd, North Wales. Wm. Williams, Tybach, said that the husband came complaining that his wife was ill, and on going to the house he found her dead. Previously he had taken them fire and food, as there was neither, and she was evidently starving. Susannah Steadman and Constable Lewis both deposed to complaining to the relieving officer, saying she would die of starvation. He replied, “I cannot help it.” There was not a mouthful of food in the house, and no fire, and the old woman was nearly naked. Officer Lewis added that the house was indescribably dirty, and rain ran directly through the roof into the bed. The jury returned a verdict that deceased was found dead, and censured the authorities of Tregaron Union.",
]))
A.append(art("A BOY SENT TO PENAL SERVITUDE.", [
 "At the Manchester Assizes, James Henry Marsh, sixteen years of age, was indicted for having placed an obstruction on the Lancashire and Yorkshire Railway at Great Lever with intent to endanger the lives of the passengers. The prisoner placed three pieces of wood (known as keys) on the line used by passenger trains running between Manchester and Bolton, but they were discovered by a goods guard, and removed before any train ran into them. The prisoner was found guilty.—Mr. Justice Cave said he was a thoroughly bad lad. He had several times been previously convicted, and was not fit to be at large. In order that he might be kept out of mischief, at any rate for a time, he would be kept in penal servitude for five years.",
]))
A.append(art("DISGRACEFUL SCENE AT A FOOTBALL MATCH.", [
 "Immediately after the close of the football match at Glasgow, on Saturday, between Queen's Park and Preston North-end a disgraceful scene occurred. The spectators, incensed at the severe charge Harrower, of Queen's Park, had received from Ross, jun., flocked into the arena, and it was with difficulty the Preston players reached the pavilion. The Queen's Park team rallied round the Preston players, whom the crowd attacked with sticks and umbrellas. When Ross entered a cab the vehicle was stormed and Ross was severely maltreated.",
]))
A.append(art("IMPORTANT TO SHOPKEEPERS.", [
 "TO THE EDITOR OF THE LIVERPOOL ECHO.",
 "Sir,—As the Shop Hours Act of last session comes into force to-day it is advisable to remind shopkeepers that they cannot now employ persons under eighteen years of age for more than seventy-four hours per week, including mealtimes; also that it is forbidden to employ in a shop or saleroom anyone who has on the same day completed their legal hours of work in a workroom or factory.—Yours, &c.,",
 "Liverpool, Nov. 1, 1886.",
], byline=["JAMES F. MILLAR, Chairman Shop Hours Movement Committee.", "JAMES F. MILLAR,", None]))
note = ("The Liverpool Echo, Monday 1 November 1886, page 3: a crop of column 3 (from the headline 'DESTITUTION AND DEATH IN WALES.' down to the end of the letter 'IMPORTANT TO SHOPKEEPERS.'), read by Tesseract 5.3 (eng) and RapidOCR 1.4.4 (PP-OCRv4) on this machine from a 3x upscale of the crop. "
 "The scan (Paper of Record, about 2330 x 2900 px for a broadsheet: body type about 8 px high) is poor and a pen stroke crosses the first headline. "
 "Gold written by READING THE IMAGE (zoomed 3x-4x with Pillow, line by line), before looking at the engine's output; the printed text, with its spelling and punctuation. "
 "Four articles, each headline in capitals between rules is the title (two lines joined); each story is one paragraph (no indented line inside them). "
 "The letter: 'TO THE EDITOR OF THE LIVERPOOL ECHO.' (its address line, small capitals) is paragraph 1; the signature 'JAMES F. MILLAR, / Chairman Shop Hours Movement Committee.' is the byline (null or the name alone accepted; it is printed at the end of the last text line, after 'Yours, &c.,'), the place/date line 'Liverpool, Nov. 1, 1886.' the last paragraph. "
 "Line-end hyphens inside a word are removed (Lanca-/shire, sale-/room), kept in a compound (seventy-/four). Uncertain readings: 'Ochelffordd' (the place name is blurred: 'Ocholffordd' possible), 'JAMES F. MILLAR' (F or P), 'mealtimes' (smudged). "
 "No furniture in the crop (the running head is outside it). Score with --fuzzy 0.9; the OCR of this scan is poor, so also score at --fuzzy 0.5 to see the structure.")
out = "tests/real4/"
for name in ("tess_eng.txt", "tess_eng.hocr", "tess_eng.xml", "tess_eng.tsv", "rapidocr_ppocrv4.json"):
    write(out + f"liverpool_echo_1886-11-01_p3_col3.{name}.gold.json", note, [], "1886-11-01", A)
