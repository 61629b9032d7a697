"""The text of every holdout192 page, written once: make_holdout192_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-185 used it, and the helpers are
holdout184's (its children's pages are this set's layout family): `"glued": True` on an article prints its first
line straight under the previous article's last line; `"tight": True` sets a title directly above its first
paragraph; `("row", lines)` prints lines of their own (one gold paragraph); `("stanza", lines)` a poem's next stanza
with a blank line before it (on an indent-only page a `Lines` row opening on an empty line); `("end", line)` a
printed line that is no paragraph (a poem's signature); `("h", line)` a heading (a club's or event's name); `{cap}`
drops the photo's or drawing's caption and its credit into a paragraph, `{run}` the running head; `~` marks where a
Latin word may be split at a line end (`syl()`, holdout151's rules). Every page is a school and teen page: a
secondary-school student's essay (title, the student's name, class and school under it as the byline, four
paragraphs, a caption naming a student and age with its credit dropped inside a sentence, a line of dialogue cut by
the running head); another student's poem of two stanzas signed under it; a quiz or riddle box of three numbered
questions under its label with the answers' line at its foot; a notice column of three entries under a label, each
a club's or event's name as a head and one or two sentences. Weekdays and sums are computed and asserted. All
papers, students, schools, teachers, clubs and events are invented; real places are settings only.
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
    swahili,
    syllables,
    weekday,
    zh_page,
)

VOWELS = "aeiouáéíóúäëöüɨəɛɔ"
syl = partial(syllables, vowels=VOWELS)


# 1. GBK county evening paper, CRLF, blank-line, glued: the poem glued under the essay's last line, the quiz label
#    glued under the poem's signature.
DAY1 = date(2046, 3, 21)
assert 36 + 47 == 83 and 100 - 28 == 72
P1 = zh_page(
    "zh_gbk_crlf_county_school_page_essay_debate_club_byline_photo_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_three_answers_club_notices",
    "gbk", "\r\n", 21, True,
    "浍川晚报 2046-03-21 第7版 校园 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at 21. "
    "A student's essay on a first debate (title, `贺星澄　初二（3）班　浍川县第二中学` under it, four paragraphs, a photo's "
    "caption `图：辩论赛上的钱语桐（14岁）` and credit `（校团委供图）` inside a sentence, the teacher's “” words cut by "
    "the running head); **the poem glued under the essay's last line**, two stanzas, signed flush right; **the quiz "
    "`开动脑筋` glued under the signature** (36 + 47 = 83, 100 - 28 = 72 asserted); `社团动态`, three heads.",
    DAY1, "7", ["浍川晚报", f"2046年3月21日　{weekday(DAY1)}　　第7版　校园　　编辑：阎　澍"],
    ["浍川晚报社　　投稿信箱：xiaoyuan@kuaichuan.example.cn"],
    ["浍川晚报", "2046年3月21日", weekday(DAY1), "第7版", "校园", "编辑：阎　澍", "浍川晚报·校园", "浍川晚报社",
     "投稿信箱：xiaoyuan@kuaichuan.example.cn"],
    "浍川晚报·校园")
P1["articles"] = [
    bylined_story("第一次站上辩论台", "贺星澄　初二（3）班　浍川县第二中学", ["贺星澄"], [
        "上个星期五，我第一次代表班级参加年级辩论赛。辩题是“中学生该不该带手机上学”，我们是反方。",
        "上台之前，{cap}我的手一直在发抖，稿子被我捏得皱巴巴的。坐在我旁边的钱语桐小声说，别怕，就当是跟同桌聊天。",
        "自由辩论的时候，我一紧张，把准备好的例子全忘了。指导我们的房老师在台下冲我点头，赛后她对我说：“忘了稿子不要紧，"
        "要紧的是你一直在听{run}对方说什么。”这句话我记到了今天。",
        "我们最后输了两分，可是我不觉得难过。下学期的辩论赛，我还要报名。",
    ], "图：辩论赛上的钱语桐（14岁）", "（校团委供图）"),
    signed_poem(P1, "操场边的玉兰", ["玉兰开在操场边，\n白得像一封信，\n早读的声音\n把它一瓣瓣念开。",
                         "下课铃响了，\n我们跑过它身旁，\n风替它回信，\n写满了整个春天。"],
         "初一（5）班　庞若溪", ["庞若溪"], glued=True),
    quiz("开动脑筋", ["1．36加47等于多少？", "2．一百减去二十八，还剩多少？", "3．什么东西说破就没有了？"],
         "答案：1.83　2.72　3.秘密", glued=True),
    headed_column("社团动态", [
        ("天文社", "本周六晚七点在教学楼楼顶观测月亮，请带好外套和笔记本。"),
        ("文学社", "社刊《春苗》第五期征稿，散文、诗歌都可以，交给各班语文课代表。"),
        ("春季运动会", "运动会定于四月九日举行，报名表请在三月底前交到体育组。"),
    ]),
]


# 2. GB18030 city daily, LF, indent-only, not glued; a rare Extension A character in the poet's name.
RARE = "\u3b8d"  # 㮍, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2046, 5, 16)
assert 15 * 4 == 60
P2 = zh_page(
    "zh_gb18030_lf_city_youth_page_essay_night_study_byline_drawing_caption_credit_run_head_dialogue_poem_rare_char_signed_riddle_three_answers_school_events_indent_only",
    "gb18030", "\n", 21, False,
    f"郯阳日报 2046-05-16 第11版 青春 (an invented city daily), GB18030 (`{RARE}` U+3B8D in the poet's name; not GBK), "
    "LF; **indent-only**, wrapped at 21, a blank line between pieces, none glued. An essay on evening self-study, a "
    "poem signed flush right, the riddle box `猜谜语` (15 × 4 = 60 asserted) with `答案：` at its foot, the notice "
    "column `校园快讯`, three heads.",
    DAY2, "11", ["郯阳日报", f"2046年5月16日　{weekday(DAY2)}　　第11版　青春"],
    ["郯阳日报社　　地址：郯阳市沂河路26号"],
    ["郯阳日报", "2046年5月16日", weekday(DAY2), "第11版", "青春", "郯阳日报·青春", "郯阳日报社", "地址：郯阳市沂河路26号"],
    "郯阳日报·青春", not_in=["gbk"])
P2["articles"] = [
    bylined_story("晚自习的灯", "褚一舟　高一（7）班　郯阳市第四中学", ["褚一舟"], [
        "每天晚上六点半，教学楼的灯一盏一盏亮起来。从宿舍楼看过去，整栋楼像一艘停在夜里的船。",
        "我的座位靠窗，{cap}抬头就能看见操场上的路灯。同桌把她画的路灯贴在了我的笔袋上。",
        "有一次我做不出一道物理题，急得直叹气。值班的蔺老师走过来，看了一眼说：“别盯着答案，先画个图，"
        "把力一个一个{run}找出来。”我照着做，果然解出来了。",
        "九点半下课铃响，灯又一盏一盏熄灭。我背着书包走出教室，觉得这一天过得很满。",
    ], "图：《窗外的路灯》　解晓棠（15岁）", "（作者供图）"),
    signed_poem(P2, "给十六岁", ["十六岁是一条小路，\n两边长满了问号，\n我一边走，\n一边把它们摘下来。",
                      "有的问号开了花，\n有的还是青果子，\n我把它们装进口袋，\n留给明年的自己。"],
         f"高二（2）班　牧{RARE}", [f"牧{RARE}"]),
    quiz("猜谜语", ["1．15乘4等于多少？", "2．有面无口，有脚无手，听人讲话，陪人吃饭。（打一家具）", "3．千条线，万条线，掉到水里看不见。（打一自然现象）"],
         "答案：1.60　2.桌子　3.雨"),
    headed_column("校园快讯", [
        ("合唱比赛", "高一年级合唱比赛五月二十三日下午举行，各班请提前报曲目。"),
        ("科技节", "第十届科技节开始收作品，机器人、小发明、科学小论文都可以参加。"),
        ("图书漂流", "图书馆门口新放了漂流书架，看完的书可以放上去，也可以带走一本。"),
    ]),
]


# 3. Big5 Taiwan (Hualien) daily, CR, blank-line, glued.
DAY3 = date(2046, 10, 19)
assert DAY3.year - 1911 == 135
assert 48 + 39 == 87 and 7 * 8 == 56
P3 = zh_page(
    "zht_big5_cr_taiwan_student_page_essay_bike_trip_seaside_byline_photo_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_three_answers_club_notices",
    "big5", "\r", 20, True,
    "洄澄日報 2046-10-19 (`中華民國135年10月19日`) B5 學生園地 (an invented daily, Hualien), Big5, CR; blank-line, "
    "wrapped at 20. An essay on a class bike trip, **the poem glued under its last line**, **the quiz `腦筋急轉彎` glued "
    "under the signature** (48 + 39 = 87, 7 × 8 = 56 asserted), the notice column `社團公告`.",
    DAY3, "B5", [f"洄澄日報　中華民國135年10月19日　{weekday(DAY3)}", "B5　學生園地　　主編：薛沛珊"],
    ["洄澄日報社　投稿信箱：student@huicheng.example.tw"],
    ["洄澄日報", "中華民國135年10月19日", weekday(DAY3), "B5", "學生園地", "主編：薛沛珊", "洄澄日報．學生園地", "洄澄日報社",
     "投稿信箱：student@huicheng.example.tw"],
    "洄澄日報．學生園地")
P3["articles"] = [
    bylined_story("騎車到海邊", "潘柏睿　國二忠班　花蓮縣吉安鄉青濤國中", ["潘柏睿"], [
        "期中考結束那天，導師帶我們全班騎腳踏車到七星潭。出發前大家都很興奮，有人還把水壺裝滿了運動飲料。",
        "一路上風很大，{cap}騎在最後面的同學一直喊我們等一等。",
        "騎到一半，我的鏈條掉了。導師停下來幫我裝回去，手上沾滿了黑油，她笑著說：「騎車跟讀書一樣，掉了鏈子不要慌，"
        "停下來裝好再{run}出發。」我們到海邊的時候，太陽正好照在浪上。",
        "回家以後我的腿痠了兩天，可是那片閃亮的海，我到現在還記得。",
    ], "圖：騎在隊伍最前面的林昀蓁（13歲）", "（導師提供）"),
    signed_poem(P3, "颱風過後", ["颱風走了，\n操場上躺著樹枝，\n天空洗過臉，\n藍得不像話。", "我們拿起掃把，\n把落葉掃成一座山，\n山頂上停著\n一隻不怕人的麻雀。"],
         "國三孝班　鍾沛妤", ["鍾沛妤"], glued=True),
    quiz("腦筋急轉彎", ["1．48加39等於多少？", "2．7乘8等於多少？", "3．什麼東西越洗越小？"],
         "答案：1.87　2.56　3.肥皂", glued=True),
    headed_column("社團公告", [
        ("熱舞社", "每週三放學後在活動中心練習，新社員請穿運動鞋。"),
        ("桌遊社", "十一月初舉辦校內桌遊比賽，兩人一組報名，名額三十組。"),
        ("校慶園遊會", "校慶園遊會十一月十四日舉行，各班攤位企劃書請於本月底前交到學務處。"),
    ]),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued.
DAY4 = date(2046, 7, 12)
assert 25 + 38 == 63
P4 = zh_page(
    "zht_big5hkscs_crlf_hong_kong_campus_page_cantonese_essay_school_tuck_shop_byline_drawing_caption_credit_run_head_dialogue_poem_signed_quiz_answers_club_notices_indent_only",
    "big5hkscs", "\r\n", 20, False,
    "沙田區週報 2046-07-12 第9頁 校園 (an invented Hong Kong district weekly), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇 嘢`; "
    "in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, wrapped at 20, not glued. An essay on the school "
    "tuck shop's last day, a poem, the quiz `估下先` (25 + 38 = 63 asserted), the notice column `學會消息`.",
    DAY4, "9", ["沙田區週報", f"2046年7月12日　{weekday(DAY4)}　　第9頁　校園"],
    ["沙田區週報　　讀者熱線：2693 4158"],
    ["沙田區週報", "2046年7月12日", weekday(DAY4), "第9頁", "校園", "沙田區週報．校園", "沙田區週報", "讀者熱線：2693 4158"],
    "沙田區週報．校園", not_in=["cp950", "big5"])
P4["articles"] = [
    bylined_story("小食部嘅最後一日", "譚卓瑤　中三乙班　沙田浸信會恩澤中學", ["譚卓瑤"], [
        "我哋學校嘅小食部開咗二十幾年，今個暑假之後就要結業。最後一日，排隊買魚蛋嘅同學排到出操場。",
        "負責小食部嘅係雲姐，{cap}佢識得我哋每一個人鍾意食咩。",
        "輪到我嘅時候，雲姐多俾咗兩粒魚蛋我，仲話：「你哋讀書咪太辛苦，肚餓就要食嘢，記住呀，唔好淨係飲{run}汽水。」我聽完眼都紅埋。",
        "放學之後，我哋全班寫咗一張大卡送俾佢。雲姐話佢會掛喺屋企，日日都睇到。",
    ], "圖：〈雲姐嘅魚蛋〉　溫樂晴（14歲）", "（視藝科提供）"),
    signed_poem(P4, "放學後", ["放學後嘅走廊，\n得返風扇喺度轉，\n黑板上面\n仲有半句冇抹。", "我行過課室，\n聽到自己嘅腳步聲，\n原來一日咁快，\n就變咗昨日。"],
         "中四信班　龐曉澄", ["龐曉澄"]),
    quiz("估下先", ["1．25加38係幾多？", "2．咩嘢越問越多？", "3．香港邊座山最高？"],
         "答案：1.63　2.問題　3.大帽山"),
    headed_column("學會消息", [
        ("攝影學會", "暑假期間逢星期六去海濱影相，有興趣嘅同學帶埋相機或者手機。"),
        ("中文辯論隊", "新學年招新隊員，九月第二個星期喺禮堂試講。"),
        ("水運會", "水運會改喺十月舉行，報名表喺體育室門口攞。"),
    ]),
]


# 5. UTF-8 (no BOM) Malaysian (Penang) daily, LF, blank-line, glued; the essay under a standing label `新苗`.
DAY5 = date(2046, 8, 30)
assert 64 - 27 == 37 and 12 * 12 == 144
P5 = zh_page(
    "zh_utf8_nobom_lf_malaysia_school_page_label_essay_night_market_stall_byline_photo_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_answers_club_notices",
    "utf-8", "\n", 21, True,
    "槟屿晨报 2046-08-30 第14版 学海 (an invented Penang daily), UTF-8 without BOM, LF; blank-line, wrapped at 21. "
    "The label `新苗` over the essay (its section, kicker accepted); **the poem glued under the essay's last line**; "
    "**the quiz `考考你` glued under the signature** (64 - 27 = 37, 12 × 12 = 144 asserted); the notice column "
    "`学会活动`.",
    DAY5, "14", ["槟屿晨报", f"2046年8月30日　{weekday(DAY5)}　　第14版　学海"],
    ["槟屿晨报　　来稿请寄：xuehai@binyu.example.my"],
    ["槟屿晨报", "2046年8月30日", weekday(DAY5), "第14版", "学海", "槟屿晨报·学海", "槟屿晨报", "来稿请寄：xuehai@binyu.example.my"],
    "槟屿晨报·学海")
P5["articles"] = [
    bylined_story("帮阿爸顾夜市档", "邱慧琳　初中二孝班　槟城日落洞启明华文独立中学", ["邱慧琳"], [
        "每个星期六晚上，阿爸都在夜市摆档卖炒粿条。今年学校放假，我第一次去帮忙。",
        "夜市七点开始，{cap}人一下子多起来，我负责收钱和找钱，忙得连汗都来不及擦。",
        "有一位安娣点了三包，我算错了钱，急得脸都红了。阿爸一边炒一边对我说：“慢慢来，算清楚再找，客人不会走，"
        "钱也不会{run}飞走。”安娣听了也笑起来。",
        "收档的时候已经十一点多了。阿爸把第一次赚的十令吉塞给我，我舍不得花，夹在了日记本里。",
    ], "图：在档口帮忙的邱慧琳（14岁）", "（家长供图）", kicker="新苗"),
    signed_poem(P5, "雨树下", ["校门口的雨树\n把下午撑成一把伞，\n我们在伞下\n等一辆迟到的校车。",
                     "雨停了，\n叶子还在滴水，\n像在替我们\n数放学后的时间。"],
         "高一理班　蔡俊豪", ["蔡俊豪"], glued=True),
    quiz("考考你", ["1．64减27等于多少？", "2．12乘12等于多少？", "3．什么东西有头无脚，有眼无眉？（打一动物）"],
         "答案：1.37　2.144　3.鱼", glued=True),
    headed_column("学会活动", [
        ("华乐团", "九月中旬在礼堂举办期中音乐会，欢迎家长一起来听。"),
        ("童军团", "本学期的露营地点定在浮罗山背，报名截止日期是九月五日。"),
        ("环保学会", "每月最后一个星期五收集旧报纸和塑料瓶，请放在食堂旁边的回收箱。"),
    ]),
]


# 6. UTF-16 LE city evening paper, CRLF, indent-only and glued.
DAY6 = date(2046, 12, 5)
assert 125 + 75 == 200
P6 = zh_page(
    "zh_utf16le_bom_crlf_city_youth_page_essay_grandmas_dumplings_byline_drawing_caption_credit_run_head_dialogue_glued_poem_signed_glued_riddle_answers_school_events_indent_only",
    "utf-16-le", "\r\n", 22, False,
    "溱水晚报 2046-12-05 第10版 中学生 (an invented city evening paper), UTF-16 LE with BOM, CRLF; **indent-only**, "
    "wrapped at 22. An essay on learning to fold dumplings; **the poem glued under its last line**; **the riddle box "
    "`灯谜角` glued under the signature** (125 + 75 = 200 asserted); the notice column `校园活动` after a blank line.",
    DAY6, "10", ["溱水晚报", f"2046年12月5日　{weekday(DAY6)}　　第10版　中学生"],
    ["溱水晚报社　　地址：溱水市青年路103号"],
    ["溱水晚报", "2046年12月5日", weekday(DAY6), "第10版", "中学生", "溱水晚报·中学生", "溱水晚报社", "地址：溱水市青年路103号"],
    "溱水晚报·中学生", bom=True)
P6["articles"] = [
    bylined_story("学包饺子", "瞿子萱　初三（1）班　溱水市实验中学", ["瞿子萱"], [
        "周末回外婆家，外婆说要教我包饺子。我以为很简单，结果第一个饺子一下锅就散了。",
        "外婆擀皮的速度快得像变魔术，{cap}我在旁边看得眼睛都不敢眨。",
        "我问外婆有什么诀窍，她捏起一个饺子给我看：“馅不要放太多，边要一点一点捏紧，急了就会{run}露馅。”我学着她的样子，一个一个慢慢捏。",
        "那天晚上，我包的饺子只破了两个。外婆说，下次过年，饺子就交给我了。",
    ], "图：《外婆的擀面杖》　阚心怡（15岁）", "（学校供图）"),
    signed_poem(P6, "冬天的早读", ["天还没亮透，\n教室里已经有声音，\n一句一句课文\n把玻璃上的雾擦亮。",
                        "我搓着手背单词，\n呼出的白气\n像一只只小鸟，\n飞向窗外的晨光。"],
         "初二（4）班　郜思远", ["郜思远"], glued=True),
    quiz("灯谜角", ["1．125加75等于多少？", "2．一点一横长，口字在中央。（打一字）", "3．有风不动无风动，不动无风动有风。（打一物）"],
         "答案：1.200　2.高　3.扇子", glued=True),
    headed_column("校园活动", [
        ("元旦文艺汇演", "十二月三十日下午在大礼堂举行，各班节目请在本月十五日前报给团委。"),
        ("书法兴趣小组", "每周二下午第三节课在美术室活动，毛笔和宣纸由学校提供。"),
        ("冬季长跑", "冬季长跑从下周一开始，每天早上绕操场跑四圈。"),
    ]),
]


# 7. Sirionó (Ibiato, Beni, Bolivia), ISO-8859-1, CR, blank-line, glued; Spanish furniture.
DAY7 = date(2046, 4, 25)
assert 14 + 9 == 23 and 6 * 5 == 30
P7 = latin_page(
    "srq_latin1_cr_siriono_school_page_essay_first_fishing_trip_byline_photo_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_answers_club_notices_hyphenation",
    "latin-1", "\r", 38, "", True,
    f"La Voz de Ibiato 2046-04-25 ({spanish(DAY7)}) Página 8 Colegio (an invented weekly of Ibiato, Beni, Bolivia; "
    "Sirionó text, Spanish furniture), ISO-8859-1 (`ï ñ á é í ó «»`), CR; blank-line, wrapped at 38 with hyphenation. "
    "An essay on a first fishing trip at the lagoon; **the poem glued under its last line**; **the quiz `Ñeerei "
    "ikwa` glued under the signature** (14 + 9 = 23, 6 × 5 = 30 asserted); the notice column `Avisos de la escuela`.",
    DAY7, "8", [f"LA VOZ DE IBIATO · {spanish(DAY7)} · Página 8", "Colegio · Editora: Marcelina Erasama"],
    ["La Voz de Ibiato · Trinidad · colegio@vozibiato.example.bo"],
    ["LA VOZ DE IBIATO", spanish(DAY7), "Página 8", "Colegio", "Editora: Marcelina Erasama",
     "La Voz de Ibiato · Colegio", "La Voz de Ibiato", "Trinidad", "colegio@vozibiato.example.bo"],
    "La Voz de Ibiato · Colegio", 5)
P7["articles"] = [
    bylined_story("Ïmbaerebakwa ïa ererekwa", "Ernesto Chiveri, 2.º de secundaria, Unidad Educativa Laguna Azul", ["Ernesto Chiveri"], [
        syl("Sábado ererekwa ïa, ndese ñanderu ererekwa ïkwatiarendabo. Ñanderu ïmbaerebakwa tikwa, "
            "ererekwa chï nungiaerekwa ïa ïnendabo."),
        syl("Ïkwatiarendabo, {cap}erei ïmbaeïbaerenda ndese ñanderu, ererekwa ïmbaerebakwa chï tikwarendabo."),
        syl("Ñanderu eresaerekwa ïa: «Ïmbaerebakwa ïa tikwa, ererekwa chï ñaramutiaerekwa, ïnenda "
            "{run}kwere.» Ererekwa ïa ndese ïmbaerebakwa ïnendabo."),
        syl("Kwarachï ïrï, ererekwa ïa ïnenda ñanderu. Ñandesï ïmbaerebakwa erei, ererekwa tikwarendabo ïa."),
    ], "Foto: Lucía Eanti (15 años) en la laguna", "(foto del colegio)"),
    signed_poem(P7, "Ïkwatia", ["Ïkwatia ïnenda,\nkwarachï ïrï,\nïmbaerebakwa tikwa,\nererekwa chï.",
                      "Ïkwatia eresa,\nñanderu ïa,\nïnendabo kwere,\nererekwa ïa."],
         "Rosaura Ñeeta, 3.º de secundaria", ["Rosaura Ñeeta"], glued=True),
    quiz("Ñeerei ikwa", ["1. ¿14 + 9?", "2. ¿6 × 5?", "3. ¿Ïmbaerebakwa erei ïkwatiarendabo?"],
         "Respuestas: 1. 23 2. 30 3. tikwa", glued=True),
    headed_column("Avisos de la escuela", [
        ("Club de fútbol", syl("Entrenamiento ererekwa martes ïa jueves, kwarachï ïrï ïkwatiarendabo.")),
        ("Feria de ciencias", syl("Feria de ciencias ïa 16 de mayo, ererekwa ñeerei ikwa tikwarendabo.")),
        ("Taller de tejido", syl("Ñandesï eresaerekwa tejido ïa miércoles, ïnendabo escuela.")),
    ]),
]


# 8. Siwai (Motuna; Siwai, South Bougainville, Papua New Guinea), UTF-8 with BOM, LF, indent-only (three spaces), not
#    glued; English furniture.
DAY8 = date(2046, 6, 13)
assert 11 + 13 == 24 and 40 - 16 == 24
P8 = latin_page(
    "siw_utf8_bom_lf_siwai_young_writers_page_essay_shell_money_byline_drawing_caption_credit_run_head_dialogue_poem_signed_quiz_answers_club_notices_indent_only_three_spaces",
    "utf-8", "\n", 33, "   ", False,
    f"South Bougainville Star 2046-06-13 ({english(DAY8)}) Page 9 Young Writers (an invented weekly of Buin, "
    "Autonomous Region of Bougainville, Papua New Guinea; Siwai text, English furniture), UTF-8 with BOM (`“ ”`), "
    "LF; **indent-only, three spaces**, wrapped at 33 with hyphenation; not glued. An essay on stringing shell money "
    "with a grandmother, a poem signed flush right, the quiz `Ongorui` (11 + 13 = 24, 40 - 16 = 24 asserted), the notice column "
    "`School Notices`.",
    DAY8, "9", [f"SOUTH BOUGAINVILLE STAR · {english(DAY8)} · Page 9", "Young Writers · Editor: Theresa Korikai"],
    ["South Bougainville Star · Buin · writers@sbstar.example.pg"],
    ["SOUTH BOUGAINVILLE STAR", english(DAY8), "Page 9", "Young Writers", "Editor: Theresa Korikai",
     "South Bougainville Star · Young Writers", "South Bougainville Star", "Buin", "writers@sbstar.example.pg"],
    "South Bougainville Star · Young Writers", 5, bom=True)
P8["articles"] = [
    bylined_story("Mimisi morununkoto", "Peter Maitaru, Grade 9, Kapana Secondary School", ["Peter Maitaru"], [
        syl("Honna mimisi morununkoto, nii mamaku kaarukorunno. Mamaku mimisi kuuturonnoku, nii "
            "ruhumorukuruno haanoko."),
        syl("Mimisi rokurunkoto, {cap}mamaku iipurumonnoku tuhimarunkoto mimisi pirukunno."),
        syl("Mamaku nii ongonnoku: “Mimisi morunumo nukuruko, hoo aaku pirukumo iiponnokuna {run}tuhimo.” Nii "
            "mimisi ruhumorukuruno, mamaku honnarunno."),
        syl("Konno tuhimarunkoto, mimisi haanoko morununkoto. Nii mamaku ongorukurunno konnonkoto."),
    ], "Drawing: “Grandmother’s shell money” by Rita Konnou (14)", "(school photo)"),
    signed_poem(P8, "Uuta", ["Uuta rokurunno,\nhoo pirukumo,\nmimisi haanoko,\nnii ongonnoku.",
                   "Uuta kaarunno,\nmamaku tuhimo,\nhonna morunumo,\nnii ruhumo."],
         "Agnes Kuraita, Grade 10", ["Agnes Kuraita"]),
    quiz("Ongorui", ["1. 11 + 13 = ?", "2. 40 - 16 = ?", "3. Mimisi morununkoto tuhimo?"],
         "Answers: 1. 24 2. 24 3. haanoko"),
    headed_column("School Notices", [
        ("Choir", syl("Choir kaarukorunno Wednesday, nii ongorukurunno Tonu church.")),
        ("Rugby league", syl("Rugby league iipurumonnoku Saturday, morununkoto Tonu field.")),
        ("Science club", syl("Science club ruhumorukuruno Thursday, mimisi tuhimarunkoto pirukunno.")),
    ]),
]


# 9. Nyiha (Mbozi, Songwe, Tanzania), UTF-16 BE with BOM, CRLF, blank-line, glued; Swahili furniture.
DAY9 = date(2046, 9, 17)
assert 27 + 18 == 45 and 9 * 4 == 36
P9 = latin_page(
    "nih_utf16be_bom_crlf_nyiha_school_page_essay_choir_contest_byline_photo_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_answers_club_notices_hyphenation",
    "utf-16-be", "\r\n", 37, "", True,
    f"Sauti ya Mbozi 2046-09-17 ({swahili(DAY9)}) Ukurasa 12 Vijana (an invented weekly of Vwawa, Mbozi, Songwe, "
    "Tanzania; Nyiha text, Swahili furniture), UTF-16 BE with BOM (`“ ”`), CRLF; blank-line, wrapped at 37 with "
    "hyphenation. An essay on a schools' choir contest; **the poem glued under its last line**; **the quiz `Amaswali` "
    "glued under the signature** (27 + 18 = 45, 9 × 4 = 36 asserted); the notice column `Matangazo ya shule`.",
    DAY9, "12", [f"SAUTI YA MBOZI · {swahili(DAY9)} · Ukurasa 12", "Vijana · Mhariri: Neema Siwale"],
    ["Sauti ya Mbozi · Vwawa · vijana@sautimbozi.example.tz"],
    ["SAUTI YA MBOZI", swahili(DAY9), "Ukurasa 12", "Vijana", "Mhariri: Neema Siwale", "Sauti ya Mbozi · Vijana",
     "Sauti ya Mbozi", "Vwawa", "vijana@sautimbozi.example.tz"],
    "Sauti ya Mbozi · Vijana", 5, bom=True)
P9["articles"] = [
    bylined_story("Ukwimba kwaya", "Baraka Simwanza, Kidato cha Pili, Shule ya Sekondari Mwanzenga", ["Baraka Simwanza"], [
        syl("Umwezi uwu kwaya yitu yabhokile ku Mlowo ku mashindano. Une na bhamanyani twimbile inyimbo "
            "isyakulandila ukufikila pamanyilo."),
        syl("Pa ukumbi, {cap}abhantu bhinji bhabhaga bhakupilikisya, bhimba pamo nuswe."),
        syl("Mwalimu atukolile: “Imba pamo na bhamanyanyo, lekaga ukwanguha, sauti yikwiza ukunoga {run}isiku.” "
            "Une navwikanile, nimba pamo na bhamanyani."),
        syl("Pamanyilo kwaya yitu yapelile inamba ibhili, mwalimu ahovwike. Une nasyaga ukwimba nisiku isyakulandila."),
    ], "Picha: Upendo Mwashilindi (15) akiimba kwaya", "(picha ya shule)"),
    signed_poem(P9, "Ifula", ["Ifula yikwiza,\nimigunda yihovwa,\nimigunda yikula,\nabhantu bhimba.",
                    "Ifula yilekile,\nizuba lyafuma,\nifyakulya fikoma,\nune nahovwa."],
         "Rehema Simbeye, Kidato cha Tatu", ["Rehema Simbeye"], glued=True),
    quiz("Amaswali", ["1. 27 + 18 = ?", "2. 9 × 4 = ?", "3. Kwaya yitu yapelile inamba shi?"],
         "Majibu: 1. 45 2. 36 3. ibhili", glued=True),
    headed_column("Matangazo ya shule", [
        ("Klabu ya mazingira", syl("Tukupanda imiti ku shule Jumamosi, kila mwanafunzi azanye ihoke.")),
        ("Mashindano ya insha", syl("Insha isya Kinyiha na Kiswahili zikwandikwa ukufikila umwezi uwu.")),
        ("Mahafali", syl("Mahafali ya kidato cha nne yakuba mwezi Oktoba, abhapapi bhakaribishwa.")),
    ]),
]


# 10. Nafaanra (Banda, Bono Region, Ghana), UTF-8 without BOM, CR, indent-only (four spaces), glued; English
#     furniture.
DAY10 = date(2046, 11, 6)
assert 50 - 18 == 32 and 3 * 7 == 21
P10 = latin_page(
    "nfr_utf8_nobom_cr_nafaanra_campus_page_essay_festival_drums_byline_drawing_caption_credit_run_head_dialogue_glued_poem_signed_glued_quiz_answers_notices_indent_only_four_spaces",
    "utf-8", "\r", 37, "    ", False,
    f"Banda Hills Courier 2046-11-06 ({english(DAY10)}) Page 6 Campus (an invented weekly of Banda Ahenkro, Bono "
    "Region, Ghana; Nafaanra text, English furniture), UTF-8 without BOM (`ɛ ɔ ŋ “ ”`), CR; **indent-only, four "
    "spaces**, wrapped at 37 with hyphenation; **the poem glued under the essay's last line**, **the quiz `Yiri "
    "Ŋmaa` glued under the signature** (50 - 18 = 32, 3 × 7 = 21 asserted); the notice column `Club Corner`.",
    DAY10, "6", [f"BANDA HILLS COURIER · {english(DAY10)} · Page 6", "Campus · Editor: Afua Kambo"],
    ["Banda Hills Courier · Banda Ahenkro · campus@bandahills.example.gh"],
    ["BANDA HILLS COURIER", english(DAY10), "Page 6", "Campus", "Editor: Afua Kambo", "Banda Hills Courier · Campus",
     "Banda Hills Courier", "Banda Ahenkro", "campus@bandahills.example.gh"],
    "Banda Hills Courier · Campus", 5)
P10["articles"] = [
    bylined_story("Gbɛŋgɛ kpɔrɔ nyɔɔ", "Kwadwo Tuule, Form 2, Kabrono Hill Senior High School", ["Kwadwo Tuule"], [
        syl("Nyii wɔŋgɔ dɔ, mi nɛ mi ci da kpɔrɔ gbɛŋgɛ. Nafaanra piɛnɛ yɔrɔ kaŋ, bɛ gbaŋgbanhariwɔ "
            "sɛŋgɛlɛ fuŋ, kalikaanɛbɛlɛ tɔrɔmalimaarɛ yɛrɛbirikaayɔ."),
        syl("Kpɔrɔ nyɔɔ, {cap}kalikaanɛ bɛ da gbɛŋgɛ kpɔrɔ, bɛ yɔrɔ tɔŋgɔlɔ siɛŋ."),
        syl("Mi ci nɛ mi yɛ: “Gbɛŋgɛ kpɔrɔ daa wɔ, ma kɛ gbɛŋgɛ dɔ fɔfɔ, kpɔrɔ yɔrɔ ŋmaa {run}siɛŋ.” Mi "
            "gbɛŋgɛ kpɔrɔ sɛŋgɛlɛ, mi ci yɔrɔ kaŋ, tɔrɔmalimaarɛ."),
        syl("Nyii kaŋ, mi tɔŋgɔlɔ gbɛŋgɛ kpɔrɔ dɔ. Mi kɛ mi ci da gbɛŋgɛ sɛŋgɛlɛ fuŋ."),
    ], "Drawing: “The festival drums” by Akosua Kwakye-Dapaa (16)", "(school photo)"),
    signed_poem(P10, "Nyii", ["Nyii yɔrɔ,\nkpɔrɔ gbɛŋgɛ,\nmi ci da,\nsɛŋgɛlɛ fuŋ.", "Nyii kaŋ,\ntɔŋgɔlɔ siɛŋ,\nmi yɔrɔ,\ngbɛŋgɛ wɔ."],
         "Yaa Sɛrɛ, Form 3", ["Yaa Sɛrɛ"], glued=True),
    quiz("Yiri Ŋmaa", ["1. 50 - 18 = ?", "2. 3 × 7 = ?", "3. Kpɔrɔ nyɔɔ bɛ da ŋmaa?"],
         "Answers: 1. 32 2. 21 3. gbɛŋgɛ", glued=True),
    headed_column("Club Corner", [
        ("Drama Club", syl("Drama Club yɔrɔ Tuesday, bɛ sɛŋgɛlɛ kalikaanɛ fuŋ.")),
        ("Debate Society", syl("Debate Society tɔŋgɔlɔ Friday, mi ci da gbaŋgbanhariwɔ.")),
        ("Inter-house Athletics", syl("Inter-house athletics nyii 20 November, bɛ kpɔrɔ siɛŋ.")),
    ]),
]
PAGES = [P1, P2, P3, P4, P5, P6, P7, P8, P9, P10]
