"""The text of every holdout184 page, written once: make_holdout184_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-174 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", lines)` prints lines of their own (one gold paragraph);
`("stanza", lines)` a poem's next stanza with a blank line before it (on an indent-only page a `Lines` row
opening on an empty line); `("end", line)` a printed line that is no
paragraph (a poem's signature); `("h", line)` a heading (a pen-pal's or birthday child's name); `{cap}` drops the
drawing's caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be
split at a line end (`syl()`, holdout151's rules). Every page is a children's page: a child's short story (title,
the child's name, class and school under it as the byline, three or four paragraphs, a drawing's caption with the
young artist's name and age and its credit dropped inside a sentence, a line of dialogue cut by the running head);
another child's poem of two stanzas signed under it; a quiz of three numbered questions under its label with the
answers' line (printed upside down on paper) at its foot; a pen-pals or birthday column of three entries under a
label, each a name as a head and one or two sentences. Weekdays and sums are computed and asserted. All papers,
children, schools, teachers and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    bylined_story,
    english,
    headed_column,
    latin_page,
    quiz,
    signed_poem,
    spanish,
    syllables,
    weekday,
    zh_page,
)

VOWELS = "aeiouáéíóúäëöüɨəɛɔ"
syl = partial(syllables, vowels=VOWELS)


# 1. GBK county evening paper, CRLF, blank-line, glued: the poem glued under the story's last line, the quiz label
#    glued under the poem's signature.
DAY1 = date(2045, 3, 18)
assert 7 + 8 == 15 and 12 - 5 == 7
P1 = zh_page(
    "zh_gbk_crlf_county_children_page_story_kite_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_two_stanzas_signed_glued_quiz_three_answers_foot_pen_pals_three_heads",
    "gbk", "\r\n", 21, True,
    "柘川晚报 2045-03-18 第8版 少儿 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. A child's story (title, `梁小禾　三年级（2）班　柘川县实验小学` under it, a drawing's caption `图：《飞上天的燕子》"
    "　骆晴芃（9岁）` and credit `（学校供图）` inside a sentence, grandpa's “” words cut by the running head); **the poem "
    "glued under the story's last line**, two stanzas, signed flush right; **the quiz label glued under the "
    "signature**, three questions and `答案：` at its foot (7 + 8 = 15, 12 - 5 = 7 asserted); `笔友园地`, three heads.",
    DAY1, "8", ["柘川晚报", f"2045年3月18日　{weekday(DAY1)}　　第8版　少儿　　编辑：闵　棠"],
    ["柘川晚报社　　投稿信箱：shaoer@zhechuan.example.cn"],
    ["柘川晚报", "2045年3月18日", weekday(DAY1), "第8版", "少儿", "编辑：闵　棠", "柘川晚报·少儿", "柘川晚报社",
     "投稿信箱：shaoer@zhechuan.example.cn"],
    "柘川晚报·少儿")
P1["articles"] = [
    bylined_story("爷爷的风筝", "梁小禾　三年级（2）班　柘川县实验小学", ["梁小禾"], [
        "星期天，爷爷从柜子里拿出一只旧风筝。风筝是一只燕子，翅膀上的颜色有点褪了，爷爷说它比我的年纪还大。",
        "我们来到河边的草地上，{cap}爷爷在前面跑，我在后面拉线，燕子一下子就飞起来了。",
        "爷爷笑着对我说：“放风筝要顺着风，线不能拉得太紧，也不能{run}放得太松。”我点点头，把线握得稳稳的。",
        "太阳下山的时候，燕子还在天上飞。我想，明年我要和爷爷一起做一只新风筝。",
    ], "图：《飞上天的燕子》　骆晴芃（9岁）", "（学校供图）"),
    signed_poem(P1, "春天的小河", ["小河醒来了，\n唱着叮咚的歌，\n把冰雪送走，\n把柳芽叫醒。",
                        "小鱼游来了，\n在水里捉迷藏，\n我蹲在河边，\n也想变成一条鱼。"],
         "四年级（1）班　邬朵朵", ["邬朵朵"], glued=True),
    quiz("动脑筋", ["1．7加8等于几？", "2．树上有12只鸟，飞走了5只，还剩几只？", "3．什么东西越洗越脏？"],
         "答案：1.15　2.7只　3.水", glued=True),
    headed_column("笔友园地", [
        ("谭乐乐（10岁）", "我喜欢画画和养金鱼，想找一个也爱画画的笔友，我们可以互相寄画。"),
        ("宁果（9岁）", "我住在柘川县城关镇，喜欢踢足球。希望交一个会讲故事的朋友。"),
        ("符小满（11岁）", "我最爱看科学书，家里有一台望远镜。欢迎喜欢星星的小朋友给我写信。"),
    ]),
]


# 2. GB18030 city daily, LF, indent-only, not glued; a rare Extension A character in the poet's name.
RARE = "\u38b8"  # 㢸, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 27)
assert 3 * 4 == 12
P2 = zh_page(
    "zh_gb18030_lf_city_children_page_story_lost_puppy_byline_class_school_drawing_caption_credit_running_head_dialogue_poem_rare_char_signed_quiz_three_answers_foot_birthdays_three_heads_indent_only",
    "gb18030", "\n", 21, False,
    f"岑阳日报 2045-05-27 第6版 童趣 (an invented city daily), GB18030 (`{RARE}` U+38B8 in the poet's name; not GBK), "
    "LF; **indent-only**, wrapped at 21, a blank line between pieces, none glued. A story, a poem signed flush right, "
    "the quiz `猜一猜` (3 × 4 = 12 asserted) with `答案：` at its foot, the birthday column `生日快乐`, three heads.",
    DAY2, "6", ["岑阳日报", f"2045年5月27日　{weekday(DAY2)}　　第6版　童趣"],
    ["岑阳日报社　　地址：岑阳市滨江路18号"],
    ["岑阳日报", "2045年5月27日", weekday(DAY2), "第6版", "童趣", "岑阳日报·童趣", "岑阳日报社", "地址：岑阳市滨江路18号"],
    "岑阳日报·童趣", not_in=["gbk"])
P2["articles"] = [
    bylined_story("小狗回家了", "钟亦然　四年级（3）班　岑阳市东湖小学", ["钟亦然"], [
        "放学路上，我在公交站旁边看见一只小黄狗，它的脖子上系着一根红绳，一直在发抖。",
        "我把它抱回家，{cap}妈妈给它倒了一碗水，它一口气就喝完了。",
        "第二天，一位阿姨找上门来，她抱着小狗说：“谢谢你，小朋友，它走丢两天了，我们找得{run}好着急。”小狗摇着尾巴，好像也在说谢谢。",
    ], "图：《红绳小黄狗》　卢安安（8岁）", "（作者供图）"),
    signed_poem(P2, "雨点", ["雨点落在伞上，\n嗒嗒嗒，\n像在敲门。", "雨点落在荷叶上，\n滚来滚去，\n像一颗颗珍珠。"],
         f"二年级（4）班　殷{RARE}", [f"殷{RARE}"]),
    quiz("猜一猜", ["1．3乘4等于几？", "2．什么动物早上四条腿，中午两条腿？（猜一个小谜语）", "3．一年有几个季节？"],
         "答案：1.12　2.人　3.四个"),
    headed_column("生日快乐", [
        ("聂小星（8岁）", "祝你八岁生日快乐！爸爸妈妈希望你天天开心。"),
        ("甘语桐（10岁）", "十岁啦，祝你长高高，学习进步。全家人爱你。"),
        ("岳豆豆（7岁）", "祝小豆豆生日快乐，奶奶给你织的毛衣收到了吗？"),
    ]),
]


# 3. Big5 Taiwan (Hsinchu) daily, CR, blank-line, glued.
DAY3 = date(2045, 10, 14)
assert DAY3.year - 1911 == 134
assert 25 + 17 == 42
P3 = zh_page(
    "zht_big5_cr_taiwan_children_page_story_school_garden_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_two_stanzas_signed_glued_quiz_three_answers_foot_pen_pals_three_heads",
    "big5", "\r", 20, True,
    "竹嵐日報 2045-10-14 (`中華民國134年10月14日`) B6 兒童版 (an invented daily, Hsinchu), Big5, CR; blank-line, "
    "wrapped at 20. A story, **the poem glued under its last line**, **the quiz `動動腦` glued under the signature** "
    "(25 + 17 = 42 asserted), the pen-pals column `交個好朋友`.",
    DAY3, "B6", [f"竹嵐日報　中華民國134年10月14日　{weekday(DAY3)}", "B6　兒童版　　主編：溫若晴"],
    ["竹嵐日報社　投稿信箱：kids@zhulan.example.tw"],
    ["竹嵐日報", "中華民國134年10月14日", weekday(DAY3), "B6", "兒童版", "主編：溫若晴", "竹嵐日報．兒童版", "竹嵐日報社",
     "投稿信箱：kids@zhulan.example.tw"],
    "竹嵐日報．兒童版")
P3["articles"] = [
    bylined_story("我們的小菜園", "邱品諭　五年甲班　新竹縣竹東鎮青禾國小", ["邱品諭"], [
        "學校後面有一塊空地，老師帶我們種了青菜、番茄和地瓜。每天下課，我們都搶著去澆水。",
        "有一天早上，{cap}我發現番茄長出了一顆小小的綠果子。",
        "我跑去告訴老師，老師笑著說：「再等兩個星期，它就會變紅，到時候我們一起{run}來摘。」我每天都去看它，真希望它快點長大。",
    ], "圖：〈會長大的番茄〉　彭宥辰（10歲）", "（學校提供）"),
    signed_poem(P3, "秋天的信", ["楓葉紅了，\n是秋天寫的信，\n一封一封，\n寄到樹下。", "我撿起一片，\n放進書裡，\n等到冬天，\n再慢慢讀。"],
         "四年乙班　葉芷嵐", ["葉芷嵐"], glued=True),
    quiz("動動腦", ["1．25加17等於多少？", "2．臺灣最高的山是哪一座？", "3．蝴蝶小時候是什麼？"],
         "答案：1.42　2.玉山　3.毛毛蟲", glued=True),
    headed_column("交個好朋友", [
        ("詹凱文（11歲）", "我喜歡打籃球和看漫畫，想交住在海邊的朋友。"),
        ("傅語彤（9歲）", "我家養了兩隻兔子，很想認識也養小動物的好朋友。"),
        ("鄒子翔（10歲）", "我會吹直笛，喜歡音樂的小朋友歡迎寫信給我。"),
    ]),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued.
DAY4 = date(2045, 7, 6)
assert 9 + 6 == 15
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_children_page_cantonese_story_playground_byline_class_school_drawing_caption_credit_running_head_dialogue_poem_signed_quiz_answers_foot_birthdays_indent_only",
    "big5hkscs", "\r\n", 20, False,
    "屯灣週報 2045-07-06 第10頁 童趣 (an invented Hong Kong district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇`; in "
    "neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20, not glued. A story, a poem, the quiz "
    "`估一估` (9 + 6 = 15 asserted), the birthday column `生日快樂`.",
    DAY4, "10", ["屯灣週報", f"2045年7月6日　{weekday(DAY4)}　　第10頁　童趣"],
    ["屯灣週報　　讀者熱線：2471 6083"],
    ["屯灣週報", "2045年7月6日", weekday(DAY4), "第10頁", "童趣", "屯灣週報．童趣", "屯灣週報", "讀者熱線：2471 6083"],
    "屯灣週報．童趣", not_in=["cp950", "big5"])
P4["articles"] = [
    bylined_story("新嘅遊樂場", "麥朗晴　三年級信班　屯灣浸信會小學", ["麥朗晴"], [
        "我哋屋邨嘅遊樂場修咗成個暑假，今日終於開放喇。新滑梯好長，仲有一個會轉嘅鞦韆。",
        "我同細佬一落到樓下，{cap}就見到好多小朋友排緊隊。",
        "保安叔叔話：「大家要排隊，唔好推，細啲嘅小朋友要{run}行先。」我哋都好乖咁排隊，玩到媽媽嚟叫我哋返屋企食飯。",
    ], "圖：〈轉呀轉〉　黎芷澄（7歲）", "（家長提供）"),
    signed_poem(P4, "落雨天", ["落雨喇，\n窗口啲雨水\n行嚟行去，\n好似喺度賽跑。", "雨停咗，\n天邊有條彩虹，\n我冇帶遮，\n都唔驚喇。"],
         "四年級望班　葉卓希", ["葉卓希"]),
    quiz("估一估", ["1．9加6係幾多？", "2．咩動物個鼻最長？", "3．咩嘢有牙但唔識咬嘢？"],
         "答案：1.15　2.大笨象　3.梳"),
    headed_column("生日快樂", [
        ("朗朗（6歲）", "祝你生日快樂，快高長大！爸爸媽媽永遠愛你。"),
        ("心悅（8歲）", "八歲生日快樂，記得食多啲菜呀。婆婆字。"),
        ("子軒（9歲）", "生日快樂！今年暑假一齊去睇海豚。"),
    ]),
]


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line, glued; the story under a standing label `小作家`.
DAY5 = date(2045, 9, 2)
assert 14 - 6 == 8
P5 = zh_page(
    "zh_utf8_nobom_lf_singapore_children_page_label_story_rainy_day_hawker_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_signed_glued_quiz_answers_foot_pen_pals",
    "utf-8", "\n", 21, True,
    "榕岸晨报 2045-09-02 第12版 少儿天地 (an invented Singapore daily), UTF-8 without BOM, LF; blank-line, wrapped at "
    "21. The label `小作家` over the story (its section, kicker accepted); **the poem glued under the story's last "
    "line**; **the quiz `考考你` glued under the signature** (14 - 6 = 8 asserted); the pen-pals column `找朋友`.",
    DAY5, "12", ["榕岸晨报", f"2045年9月2日　{weekday(DAY5)}　　第12版　少儿天地"],
    ["榕岸晨报　　来稿请寄：kids@rong-an.example.sg"],
    ["榕岸晨报", "2045年9月2日", weekday(DAY5), "第12版", "少儿天地", "榕岸晨报·少儿天地", "榕岸晨报",
     "来稿请寄：kids@rong-an.example.sg"],
    "榕岸晨报·少儿天地")
P5["articles"] = [
    bylined_story("下雨天的巴刹", "陈思甯　小四（2）班　淡滨尼德馨小学", ["陈思甯"], [
        "周末早上下大雨，我跟外婆去巴刹买菜。巴刹里人很多，地上湿湿的，外婆叫我走慢一点。",
        "卖鱼的安迪叔叔认得外婆，{cap}他一边称鱼，一边问我考试考得怎样。",
        "我说数学考了九十分，安迪叔叔竖起大拇指说：“这么厉害，今天的鱼送你一条小的，回去让外婆{run}煮汤喝。”外婆笑得眼睛都眯起来了。",
    ], "图：《外婆的菜篮》　吴子涵（9岁）", "（学校供图）", kicker="小作家"),
    signed_poem(P5, "组屋楼下", ["楼下有一棵雨树，\n张开大大的伞，\n给猫咪遮雨，\n给老人遮太阳。",
                       "放学了，\n我在树下等妈妈，\n小鸟在树上唱歌，\n好像也在等谁。"],
         "小五（1）班　林宇轩", ["林宇轩"], glued=True),
    quiz("考考你", ["1．14减6等于几？", "2．新加坡的国花是什么花？", "3．什么东西有脚却不会走路？"],
         "答案：1.8　2.胡姬花　3.桌子", glued=True),
    headed_column("找朋友", [
        ("黄乐怡（10岁）", "我喜欢游泳和做手工，想认识住在东部的朋友。"),
        ("李俊杰（11岁）", "我爱下象棋，也爱看恐龙的书。谁想和我下一盘？"),
        ("苏雅雯（9岁）", "我会弹钢琴，家里有一只叫“豆花”的小猫。"),
    ]),
]


# 6. UTF-16 LE city evening paper, CRLF, indent-only and glued.
DAY6 = date(2045, 12, 9)
assert 20 + 30 == 50
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_children_page_story_first_snow_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_signed_glued_quiz_answers_foot_birthdays_indent_only",
    "utf-16-le", "\r\n", 22, False,
    "泖滨晚报 2045-12-09 第9版 少年儿童 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. A story; **the poem glued under its last line**; **the quiz `智力快车` glued under the signature** "
    "(20 + 30 = 50 asserted); the birthday column `生日祝福` after a blank line.",
    DAY6, "9", ["泖滨晚报", f"2045年12月9日　{weekday(DAY6)}　　第9版　少年儿童"],
    ["泖滨晚报社　　地址：泖滨市中山北路77号"],
    ["泖滨晚报", "2045年12月9日", weekday(DAY6), "第9版", "少年儿童", "泖滨晚报·少年儿童", "泖滨晚报社",
     "地址：泖滨市中山北路77号"],
    "泖滨晚报·少年儿童", bom=True)
P6["articles"] = [
    bylined_story("第一场雪", "郁嘉禾　二年级（5）班　泖滨市凤栖路小学", ["郁嘉禾"], [
        "早上拉开窗帘，外面白茫茫的一片，下雪了！我高兴得跳了起来，连早饭都不想吃了。",
        "操场上已经有很多同学，{cap}大家有的堆雪人，有的打雪仗。",
        "班主任祁老师走过来说：“雪人要有鼻子，我这里有一根胡萝卜，谁来给它{run}装上？”我第一个举起了手。",
    ], "图：《戴围巾的雪人》　褚悦（8岁）", "（学校供图）"),
    signed_poem(P6, "雪花", ["雪花是冬天的信，\n轻轻地落下来，\n落在屋顶上，\n落在我的手心。",
                   "我把它捧起来，\n它却悄悄化了，\n原来冬天的信，\n要用心去读。"],
         "三年级（2）班　甄小雅", ["甄小雅"], glued=True),
    quiz("智力快车", ["1．20加30等于几？", "2．雪是什么颜色的？", "3．一个星期有几天？"],
         "答案：1.50　2.白色　3.七天", glued=True),
    headed_column("生日祝福", [
        ("阿福（7岁）", "祝你七岁生日快乐！爸爸妈妈爱你。"),
        ("小橙子（9岁）", "九岁生日快乐，愿你像橙子一样甜甜的。"),
        ("朵朵（8岁）", "祝朵朵生日快乐，爷爷奶奶给你准备了一本故事书。"),
    ]),
]


# 7. Cavineña (Riberalta, Beni, Bolivia), Windows-1252, CRLF, indent-only (four spaces), not glued; Spanish
#    furniture.
DAY7 = date(2045, 4, 19)
assert 6 + 5 == 11
P7 = latin_page(
    "cav_cp1252_crlf_cavinena_children_page_story_canoe_trip_byline_class_school_drawing_caption_credit_running_head_dialogue_poem_signed_quiz_answers_foot_pen_pals_indent_only_four_spaces",
    "cp1252", "\r\n", 37, "    ", False,
    f"El Correo del Beni 2045-04-19 ({spanish(DAY7)}) Página 10 Niños (an invented weekly of Riberalta, Beni, "
    "Bolivia; Cavineña text, Spanish furniture), Windows-1252 (`á é í ó ñ “ ”`), CRLF; **indent-only, four spaces**, "
    "wrapped at 37 with hyphenation; not glued. A story, a poem of two stanzas signed flush right, the quiz `Jadya ekatse` with "
    "`Respuestas:` at its foot (6 + 5 = 11 asserted), the pen-pals column `Ekwana amigo`.",
    DAY7, "10", [f"EL CORREO DEL BENI · {spanish(DAY7)} · Página 10", "Niños · Editora: Nélida Yubanera"],
    ["El Correo del Beni · Riberalta · ninos@correobeni.example.bo"],
    ["EL CORREO DEL BENI", spanish(DAY7), "Página 10", "Niños", "Editora: Nélida Yubanera", "El Correo del Beni · Niños",
     "El Correo del Beni", "Riberalta", "ninos@correobeni.example.bo"],
    "El Correo del Beni · Niños", 5)
P7["articles"] = [
    bylined_story("Ekwita kanua Beni kwana", "Rosa Tavo, 4.º B, Escuela Santa Rita del Tahuamanu", ["Rosa Tavo"], [
        syl("Sábado ekwita papa kwana kanua ju, Beni rio ekatse. Ekwita tume kwaja peje, tume ekwita mare kwana, Tahuamanu kerekerekekwana majadyakwana."),
        syl("Rio ju, {cap}ekwita tupuju pakaka riya kwana, peta ekwita kerekereke, jadyatiama tupujukwana."),
        syl("Papa tupuju ekwita ja ka: “Taa peje, kanua kwaja majadya, ekwita tume kwana {run}reri.” Ekwita tume "
            "japada ekwita, ekwita reri kwana taa kwaja."),
    ], "Dibujo: “Kanua rio ju”, de Miguel Cuajera (9 años)", "(foto de la escuela)"),
    signed_poem(P7, "Bakwa tsawa", ["Bakwa tsawa ekatse,\nrio ju kwana,\npeta tume majadya,\ntsawa bakwa.",
          "Ekwita kanua ju,\npapa kwana reri,\nbakwa tsawa japada,\nekwita majadya."],
         "Ana Mayo, 5.º A", ["Ana Mayo"]),
    quiz("Jadya ekatse", ["1. ¿6 + 5?", "2. ¿Jadya rio ju kanua ekatse?", "3. ¿Tsawa bakwa kwana?"],
         "Respuestas: 1. 11 2. Beni 3. peje"),
    headed_column("Ekwana amigo", [
        ("Juan Cartagena (10 años)", syl("Ekwita futbol majadya, amigo ekwana Guayaramerín kwana.")),
        ("Lidia Nay (9 años)", syl("Ekwita peta kerekereke majadya, ekwita amigo tume kwana.")),
        ("Pedro Mamío (11 años)", syl("Ekwita libro majadya. Amigo ekwana, carta ekwita tume japada.")),
    ]),
]


# 8. Bafut (Bafut, North-West Region, Cameroon), UTF-16 BE, LF, blank-line, glued; English furniture, tones not
#    written (as many school primers print them).
DAY8 = date(2045, 6, 15)
assert 8 + 4 == 12
P8 = latin_page(
    "bfd_utf16be_bom_lf_bafut_children_page_story_market_day_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_signed_glued_quiz_answers_foot_birthdays",
    "utf-16-be", "\n", 36, "", True,
    f"The Bafut Voice 2045-06-15 ({english(DAY8)}) Page 7 Young Readers (an invented weekly of Bafut, North-West "
    "Region, Cameroon; Bafut text, English furniture, tones unwritten), UTF-16 BE with BOM (`ɨ ə ɛ ɔ ŋ ʉ “ ”`), LF; "
    "blank-line, wrapped at 36 with hyphenation. A story; **the poem glued under its last line**; **the quiz "
    "`Lɨŋ ntɨ` glued under the signature** (8 + 4 = 12 asserted); the birthday column `Nchʉ əsɛ`.",
    DAY8, "7", [f"THE BAFUT VOICE · {english(DAY8)} · Page 7", "Young Readers · Editor: Bih Florence Nchang"],
    ["The Bafut Voice · youngreaders@bafutvoice.example.cm"],
    ["THE BAFUT VOICE", english(DAY8), "Page 7", "Young Readers", "Editor: Bih Florence Nchang",
     "The Bafut Voice · Young Readers", "The Bafut Voice", "youngreaders@bafutvoice.example.cm"],
    "The Bafut Voice · Young Readers", 4, bom=True)
P8["articles"] = [
    bylined_story("Mɨ nɨ Mama ka ntɛɛ", "Neba Ngwa, Class Four, Government School Mbebeli", ["Neba Ngwa"], [
        syl("Fɨ lɨŋ tɨ ntɛɛ, mɨ nɨ mama ka ntɛɛ Bafut ŋkwɨ. Mama tɨ kɔ kʉʉ ntɛɛ, mɨ tɨ kɔ ŋkaŋkaŋa."),
        syl("Ntɛɛ yɨ tɨ bɔ nɨ bɔ ŋkwɨ, {cap}bɔ tɨ fɨ ŋkaŋkaŋa, avocado, pineapple, tomato nɨ fɛ. Bɔ Mbebeli nɨ bɔ Bamenda tɨ ka."),
        syl("Mama nɨ fɨ mɨ kə: “Ŋkaŋkaŋa yɨ ɨ bɔɔ, mɨ kɨ fɨ wɔ mbɔ, wɔ tɨ kɔ nɨ {run}ndʉ.” Mɨ tɨ kɔ ŋkaŋkaŋa "
            "ka ndʉ, mɨ tɨ sɨŋ."),
        syl("Mɨ tɨ mɔ ndʉ nɨ mama, tata tɨ nyɨ mɨ nɨ ŋkaŋkaŋa. Mɨ kɨ ka ntɛɛ nɨ mama fɨ lɨŋ tɨ."),
    ], "Drawing: “Mama at the market” by Akum Fru (8)", "(school photo)"),
    signed_poem(P8, "Mbʉŋ", ["Mbʉŋ yɨ kɨ nɨ,\nnɨ kɔ mbɛ ŋkwɨ,\nbɔ tɨ fʉ ndʉ,\nbɔ tɨ sɨŋ.",
                   "Mbʉŋ yɨ tɨ mɔ,\nŋkwɨ yɨ ɨ bɔɔ,\nmɨ tɨ kɔ ŋkwɨ,\nmɨ tɨ ndʉ."],
         "Mbah Ruth, Class Five", ["Mbah Ruth"], glued=True),
    quiz("Lɨŋ ntɨ", ["1. 8 + 4 = ?", "2. Ntɛɛ Bafut ɨ fɨ lɨŋ?", "3. Ŋkaŋkaŋa yɨ ɨ?"],
         "Answers: 1. 12 2. ŋkwɨ 3. fɛ", glued=True),
    headed_column("Nchʉ əsɛ", [
        ("Fru Che (7)", syl("Nchʉ əsɛ ɨ bɔɔ, Fru! Mama nɨ tata tɨ kɔ wɔ.")),
        ("Nchang Lum (9)", syl("Nchʉ əsɛ ɨ bɔɔ, Nchang. Bɔ ndʉ yɨ tɨ sɨŋ nɨ wɔ.")),
        ("Akwa Bih (8)", syl("Nchʉ əsɛ ɨ bɔɔ, Akwa! Tabuŋkaŋkaŋa tɨ fɨ wɔ ŋkwɨŋkwɨ.")),
    ]),
]


# 9. Mwotlap (Motalava, Banks Islands, Vanuatu), UTF-8 with BOM, CRLF, blank-line, glued; English furniture.
DAY9 = date(2045, 8, 24)
assert 5 + 7 == 12
P9 = latin_page(
    "mlv_utf8_bom_crlf_mwotlap_children_page_story_reef_fishing_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_signed_glued_quiz_answers_foot_pen_pals",
    "utf-8", "\r\n", 35, "", True,
    f"Banks Tide 2045-08-24 ({english(DAY9)}) Page 6 Children (an invented weekly of Sola, Vanua Lava, printed for "
    "the Banks Islands; Mwotlap text, English furniture), UTF-8 with BOM (`ē ō n̄` with a combining macron, `“ ”`), "
    "CRLF; blank-line, wrapped at 35 with hyphenation. A story; **the poem glued under its last line**; **the quiz "
    "`Ne-kōyō` glued under the signature** (5 + 7 = 12 asserted); the pen-pals column `Na-mtig`.",
    DAY9, "6", [f"BANKS TIDE · {english(DAY9)} · Page 6", "Children · Editor: Elsie Wotlen"],
    ["Banks Tide · Sola · kids@bankstide.example.vu"],
    ["BANKS TIDE", english(DAY9), "Page 6", "Children", "Editor: Elsie Wotlen", "Banks Tide · Children", "Banks Tide",
     "Sola", "kids@bankstide.example.vu"],
    "Banks Tide · Children", 5, bom=True)
P9["articles"] = [
    bylined_story("Kōyō tō ēm ne-mōmyō", "Noel Wetul, Class 5, Lahlap Primary School, Motalava", ["Noel Wetul"], [
        syl("Nēk van avap nen ēm tata, kōyō van le-vōnōmdēgmel. Na-mōmyō ni-dēn me, kōyō ni-dēmdēm ēgēn "
            "na-gasel, kōyō ni-halōmōlō le-vōnōmdēgmel Motalava."),
        syl("Le-vōnōmdēgmel, {cap}tata ni-haplag ne-mōmyō, kē ni-et ēgēn nok, ni-tataraqaraq le-vōnōmdēgmel."),
        syl("Tata ni-vap ēgēn nok: “Ige mōmyō ēn̄ so. Dēn so nē-gēn, ni-hiy hag ēgēn {run}lē-vēn.” Kōyō "
            "ni-hiy, nok ni-gēn ne-mōmyō."),
    ], "Drawing: “Tata and the canoe” by Mary Qoqo (9)", "(school photo)"),
    signed_poem(P9, "Ne-mtig", ["Ne-mtig kē me,\nle-vōnōmdēgmel,\nne-mōmyō mey ēgēn,\nnok van ēgēn.",
                      "Ne-mtig kē van,\nle-vōnō ēmēlē,\nkōyō hiy ēgēn,\nkōyō gēn."],
         "Lina Tōtō, Class 4", ["Lina Tōtō"], glued=True),
    quiz("Ne-kōyō", ["1. 5 + 7 = ?", "2. Ne-mōmyō kē mey ēgēn?", "3. Ne-mtig kē me ēgēn?"],
         "Answers: 1. 12 2. le-vōnōmdēgmel 3. ēmēlē", glued=True),
    headed_column("Na-mtig", [
        ("Jimmy Wōtō (10)", syl("Nok mōyō na-vap ēgēn, nok mōyō ne-mtig ēgēn. Vap me ēgēn nok.")),
        ("Rose Ēmēl (11)", syl("Nok mōyō ne-mōmyō, nok mōyō ne-mtig ēgēn le-vōnō Ureparapara.")),
        ("Tomi Hiyag (9)", syl("Nok mōyō na-gasel, vap me ēgēn nok.")),
    ]),
]


# 10. Kilivila (Losuia, Kiriwina, Trobriand Islands, Papua New Guinea), Mac OS Roman, CR, indent-only (three
#     spaces), glued; English furniture.
DAY10 = date(2045, 11, 3)
assert 10 - 3 == 7
P10 = latin_page(
    "kij_macroman_cr_kilivila_children_page_story_yam_garden_byline_class_school_drawing_caption_credit_running_head_dialogue_glued_poem_signed_glued_quiz_answers_foot_pen_pals_indent_only_three_spaces",
    "mac_roman", "\r", 42, "   ", False,
    f"Trobriand News 2045-11-03 ({english(DAY10)}) Page 5 Young Readers (an invented weekly of Losuia, Kiriwina, Milne "
    "Bay, Papua New Guinea; Kilivila text, English furniture), Mac OS Roman (`“ ”`), CR; **indent-only, three "
    "spaces**, wrapped at 42 with hyphenation; **the poem glued under the story's last line**, **the quiz `Kalitila` "
    "glued under the signature** (10 - 3 = 7 asserted); the pen-pals column `Lubaygu`.",
    DAY10, "5", [f"TROBRIAND NEWS · {english(DAY10)} · Page 5", "Young Readers · Editor: Ilaisa Tokwabu"],
    ["Trobriand News · Losuia · young@trobriandnews.example.pg"],
    ["TROBRIAND NEWS", english(DAY10), "Page 5", "Young Readers", "Editor: Ilaisa Tokwabu",
     "Trobriand News · Young Readers", "Trobriand News", "Losuia", "young@trobriandnews.example.pg"],
    "Trobriand News · Young Readers", 5)
P10["articles"] = [
    bylined_story("Bagula agu tabu", "Bomapu Kaluwa, Grade 4, Okaibomatu Primary School", ["Bomapu Kaluwa"], [
        syl("Lakaliga, yegu bala bagula agu tabu. Tabugu ivagi bagula bwena, kuvi ipwasa sibogwa, ikasewa "
            "kuvi."),
        syl("Bagula, {cap}yegu bakabi kuvi makawala tabugu."),
        syl("Tabugu ikatupoi yegu: “Kuvi bwena, kumaisi valu, kuseli ina, ikukwani {run}kuvi.” Yegu bala "
            "valu, inagu bwena kuvi."),
        syl("Lumwaleta yegu bala bagula, bavagi bagula sogu tabugu."),
    ], "Drawing: “Tabu in the garden” by Naomi Tosidi (8)", "(school photo)"),
    signed_poem(P10, "Waga", ["Waga isunapula,\nbwenaga sopi,\ntomwaya ikabi,\ngugwadi imaisi.",
                     "Waga iyouli,\nbwenaga sopi,\nyegu bala,\ntabugu imaisi."],
         "Sarah Tokunupei, Grade 5", ["Sarah Tokunupei"], glued=True),
    quiz("Kalitila", ["1. 10 - 3 = ?", "2. Avaka ikasewa bagula?", "3. Avaka isunapula sopi?"],
         "Answers: 1. 7 2. kuvi 3. waga", glued=True),
    headed_column("Lubaygu", [
        ("Mwagelu Kiyabu (10)", syl("Yegu bamagi lubaygu, bagiwala waga. Kumaisi kukatupoi yegu.")),
        ("Rosa Tobeula (11)", syl("Yegu bamagi bagula, bamagi lubaygu Kitava.")),
        ("Bwelu Tosawa (9)", syl("Yegu bamagi kuvi, bamagi waga. Kumaisi, lubaygu.")),
    ]),
]
PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
