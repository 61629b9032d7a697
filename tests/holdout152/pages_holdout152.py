"""The text of every holdout152 page, written once: make_holdout152_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-151 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its lead; `("end", line)` prints a line that is no paragraph of the gold (here a
signature at a piece's foot); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head,
`{pq}` the pull quote; `~` marks where a Latin word may be split at a line end (`syl()` marks them, holdout138's
`tidy()` rules kept: never a lone letter on a side). Every page is an opinion page: an unsigned editorial under a
standing label, two signed columns (the writer's name at the top or at the foot, a one-line bio at the foot, the
piece's last paragraph) and a letters column of two or three letters, each with its own head and signed at its end,
a cartoon's caption and credit and a pull quote. The sums, the dates and the weekdays are computed or asserted here.
All papers, people, sums, addresses and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
VOWELS = "aeiouäëöüɨáéíóúàèìòù"
syl = partial(syllables, vowels=VOWELS)


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day.day} de " + [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"][day.month - 1] + f" de {day.year}"


def editorial(label, title, body, **extra):
    """An unsigned editorial under its standing label: the label is its section (the kicker accepted)."""
    art = {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title, "body": body}
    art.update(extra)
    return art


def column(title, sign, names, body, bio, at="top", label=None, **extra):
    """A signed column: the signature line at the top (under the head) or at the foot (under the text); the bio is
    its last paragraph, after the foot signature where there is one. The byline is the signature as printed, the
    name alone accepted."""
    lines = ([label] if label else []) + [title] + ([sign] if at == "top" else [])
    art = {"lines": lines, "title": title, "byline": [sign.strip().lstrip("— "), *names],
           "body": body + ([("end", sign)] if at == "foot" else []) + [bio]}
    if label:
        art.update(section=[label, None], kicker=[None, label])
    art.update(extra)
    return art


def letters(label, items, glued=False, glue_next=False):
    """A letters column: the label, printed once, is the first letter's section (none accepted) and accepted on the
    others; the kicker is accepted on every letter; each letter's head is its title, its signature (a line at its
    end) its byline, the name alone accepted. `glue_next` prints each letter after the first straight under the
    signature above it."""
    out = []
    for i, (title, text, sign, name) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "byline": [sign.lstrip("— ").strip(), name], "tight": True,
               "lines": ([label] if i == 0 else []) + [title], "body": [text, ("end", sign)]}
        if (glued and i == 0) or (glue_next and i > 0):
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK county daily's 评论 page: 社论 (cartoon inside), two columns signed at the top (pull quote; running head),
#    the 读者来信 label glued under the second column's bio, the second letter glued under the first's signature.
DAY1 = date(2042, 3, 12)
SCHOOLS1 = {"小学": 61, "初中": 19, "高中": 7}
N1 = sum(SCHOOLS1.values())
assert N1 == 87
CHECKIN1 = 34
assert CHECKIN1 < N1
HOMEWORK_PAGE = {
    "name": "zh_gbk_crlf_county_pinglun_page_shelun_homework_checkins_cartoon_caption_credit_two_columns_names_at_top_pull_quote_running_head_bio_last_paragraph_glued_duzhe_laixin_label_under_bio_glued_second_letter",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "湔阳日报 2042-03-12 第3版 评论 (a county daily's opinion page), GBK, CRLF; blank-line paragraphs, wrapped at "
    "22. The label `社论` over an unsigned editorial on homework check-ins pushed onto parents (a cartoon's caption "
    f"`漫画：《又到打卡时间》` and its credit `阮　竹　作` inside a sentence; {N1} schools = 61 + 19 + 7, summed); the "
    "label `来论` over a column signed at the top `□　舒　雁` (a pull quote repeating a sentence of the text set "
    "inside a sentence; the bio `（作者系湔阳县第二中学教师）` its last paragraph); a column signed at the top "
    "`□　葛　川` (the running head inside a sentence; the bio its last paragraph); then, **with no blank line under "
    "the bio**, the label `读者来信` over two letters, each with its head and signed at its end `读者　X（place）`, "
    "**the second letter's head glued under the first letter's signature**.",
    "date": "2042-03-12", "page": "3",
    "head": ["湔阳日报", f"2042年3月12日　{weekday(DAY1)}　　第3版　评论　　责任编辑：邵　晴"],
    "foot": ["湔阳日报社　　投稿邮箱：pinglun@jianyang.example.cn"],
    "furniture": ["湔阳日报", "2042年3月12日", weekday(DAY1), "第3版", "评论", "责任编辑：邵　晴", "湔阳日报·评论",
                  "湔阳日报社", "投稿邮箱：pinglun@jianyang.example.cn"],
    "run": ["湔阳日报·评论"], "labels": [], "markup": [],
    "articles": [
        editorial("社论", "作业打卡，别把家长累成“助教”", [
            "近来，不少家长反映，孩子的作业要拍照上传、录视频打卡，每天晚上光在手机上“交作业”就要一个多小时。",
            f"县教育局上月对全县{N1}所中小学（" + "、".join(f"{k}{v}所" for k, v in SCHOOLS1.items())
            + f"）做了摸底，{{cap}}要求家长每天在群里打卡的有{CHECKIN1}所。",
            "作业是孩子的事，批改是老师的事。把检查、拍照、上传都推给家长，既加重了家庭负担，也让作业失去了本来的"
            "意义。减负，应当从少一条打卡要求做起。"],
            captions=["漫画：《又到打卡时间》"], credits=["阮　竹　作"]),
        column("教老人用手机，要有耐心更要有办法", "□　舒　雁", ["舒　雁", "舒雁"], [
            "挂号要扫码，缴费要扫码，连村里领补贴也要在手机上认证。对年轻人来说点几下就完事，对不少老人来说却是一道坎。",
            "去年暑假，我带学生到城关镇几个村教老人用手机，{pq}发现最难的不是教，而是记：今天学会了，过几天又忘了。"
            "学会用手机，老人才不会被挡在门外。",
            "我们后来把常用的几个步骤印成大字卡片，贴在老人床头，效果好了很多。办法总比困难多，关键是肯不肯多花一点"
            "心思。"], "（作者系湔阳县第二中学教师）", label="来论",
            pull_quotes=["学会用手机，老人才不会被挡在门外。"]),
        column("讨薪不该这么难", "□　葛　川", ["葛　川", "葛川"], [
            "每到年底，总有农民工为讨要工钱四处奔波。有的拿着一张欠条跑了好几个部门，最后还是不知道该找谁。",
            "其实，县里已经开通了欠薪投诉专线，法律援助中心也可以免费代写诉状，但知道的人并不多。政策再好，也要让"
            "需要的人{run}找得到门。",
            "建议在工地门口、车站张贴维权指引，把电话、地址写清楚，让农民工少跑冤枉路。"],
            "（作者系湔阳县一家律师事务所律师）"),
        *letters("读者来信", [
            ("快递能不能别再“被签收”", "最近我网购的东西，好几次还没拿到手，手机上就显示已签收，到驿站一问才知道"
             "放在了小区门口的货架上，有一次还丢了。希望快递公司按约定送货上门，确实送不了也要先打个电话。",
             "读者　庞秀英（城关镇）", "庞秀英"),
            ("装修噪音能否避开午休", "我家楼上正在装修，电钻声从早上八点一直响到傍晚，中午也不停。家里有老人和"
             "刚满月的孩子，实在吃不消。希望物业管一管，中午十二点到两点别施工。", "读者　樊志勇（河西社区）",
             "樊志勇"),
        ], glued=True, glue_next=True),
    ],
}

# 2. GB18030 district paper's 言论 page, indent-only: 本报评论员 editorial (cartoon inside), a glued 读者来信 column of
#    three letters, then two columns signed at the foot (running head; pull quote), each closed by its bio.
RARE = "\u3807"  # 㠇, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 6, 18)
COSTS2 = {"人工费": 298, "保洁绿化费": 121, "设备维修费": 93}  # 万元
SPENT2, TAKEN2 = sum(COSTS2.values()), 486
assert SPENT2 == 512 and SPENT2 > TAKEN2
FEES_PAGE = {
    "name": "zh_gb18030_lf_district_yanlun_page_pinglunyuan_property_fee_accounts_cartoon_caption_credit_glued_duzhe_laixin_three_letters_indent_only_two_columns_signed_at_foot_rare_char_running_head_pull_quote_bio",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"泺南报 2042-06-18 第2版 言论 (a district paper's opinion page; `{RARE}` U+3807, CJK Extension A, in a "
    "columnist's name; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. The label `本报评论员` "
    "over an unsigned editorial asking a property company to open its accounts before raising fees (a cartoon's "
    f"caption `漫画：《一本糊涂账》` and its credit `冯　笛　作` inside a sentence; spending {SPENT2}万元 = 298 + 121 + 93, "
    f"summed, against {TAKEN2}万元 taken); then, **with no blank line**, the label `读者来信` over three letters, "
    "each with its head and signed at its end; then two columns **signed at the foot** (`□　聂　" + RARE + "`, "
    "`□　卫　岚`), each with its bio `（作者系…）` printed under the signature as its last paragraph; the running head "
    "cuts a sentence of the first, a pull quote drops inside a sentence of the second.",
    "date": "2042-06-18", "page": "2",
    "head": ["泺南报", f"2042年6月18日　{weekday(DAY2)}　　第2版　言论"],
    "foot": ["泺南报社　　地址：泺南区建设路88号　　电话：0531-8620473"],
    "furniture": ["泺南报", "2042年6月18日", weekday(DAY2), "第2版", "言论", "泺南报·言论", "泺南报社",
                  "地址：泺南区建设路88号", "电话：0531-8620473"],
    "run": ["泺南报·言论"], "labels": [], "markup": [],
    "articles": [
        editorial("本报评论员", "物业费要涨，先把账晒出来", [
            "近日，区里一个老小区的物业公司贴出通知，拟将物业费每平方米上调0.4元，不少业主不认可。",
            f"物业公司说，去年物业费收入{TAKEN2}万元，支出{SPENT2}万元，其中"
            + "、".join(f"{k}{v}万元" for k, v in COSTS2.items()) + "，{cap}已经连续两年亏损。",
            "涨价未必没有道理，但道理要讲在明处。把每一笔收支晒出来，请业主代表逐项核对，涨与不涨，业主心里才有底。"],
            byline=[None, "本报评论员"], tight=True,
            captions=["漫画：《一本糊涂账》"], credits=["冯　笛　作"]),
        *letters("读者来信", [
            ("电梯广告声音太大", "我们楼的电梯里装了两块广告屏，声音开得很大，早上坐一趟电梯，耳朵嗡嗡响。希望能把"
             "声音调小，或者干脆静音。", "读者　柯美蓉（东湖街道）", "柯美蓉"),
            ("门禁卡补办要50元", "我家门禁卡丢了，到物业补办，说要交50元。一张卡的成本没有这么高，这个价格是怎么定的？",
             "读者　詹　涛（滨河社区）", "詹　涛"),
            ("路口绿灯太短", "滨河路和建设路的路口，行人绿灯只有15秒，老人走到一半就变灯了，希望交管部门延长一些。",
             "读者　骆德华（南关街道）", "骆德华"),
        ], glued=True),
        column("别让检查表压弯社区干部的腰", f"□　聂　{RARE}", [f"聂　{RARE}", f"聂{RARE}"], [
            "一位社区干部跟我算过一笔账：一个月要填的各类表格有二十多种，很多内容大同小异，换个格式又要重填一遍。",
            "表格填得多，走访居民的时间就少了。这些表格有多少真正用得上，{run}值得好好清理一下。",
            "建议区里把各部门的表格汇总合并，能共享的数据不再让社区重复填报。"],
            "（作者系泺南区委党校讲师）", at="foot", tight=True),
        column("押金退还，不能全凭房东一句话", "□　卫　岚", ["卫　岚", "卫岚"], [
            "毕业季到了，不少年轻人搬家换房，押金退还的纠纷也多了起来。墙上一个钉眼、地板一道划痕，都可能成为扣钱的"
            "理由。",
            "遇到纠纷，租客往往只能{pq}自认倒霉。押金是租客的钱，不是房东的“保证金”。入住时拍照留证、签约时写明"
            "扣款标准，能少很多扯皮。",
            "也希望住房租赁平台把押金托管起来，退租时按约定退还，少让租客吃哑巴亏。"],
            "（作者系一家律师事务所实习律师）", at="foot", tight=True,
            pull_quotes=["押金是租客的钱，不是房东的“保证金”。"]),
    ],
}

# 3. Big5 Taiwan daily's 觀點 page: 社論 (cartoon inside), two columns under `文／X` (pull quote; running head), the
#    讀者投書 label glued under the second column's bio, the second letter glued under the first's signature.
DAY3 = date(2042, 9, 24)
ROC3 = DAY3.year - 1911
assert ROC3 == 131
SCAMS3 = {"假投資": 512, "假網拍": 403, "假冒公務員": 369}
N3 = sum(SCAMS3.values())
assert N3 == 1284
SCAM_PAGE = {
    "name": "zht_big5_cr_taiwan_guandian_page_shelun_scam_text_messages_cartoon_caption_credit_two_columns_wen_slash_at_top_pull_quote_running_head_zuozhe_wei_bio_glued_duzhe_toushu_label_under_bio_glued_second_letter",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": f"嘉澐日報 2042-09-24 (`中華民國{ROC3}年9月24日`) A11 觀點 (a Chiayi daily's opinion page, Taiwan), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. The label `社論` over an unsigned editorial on scam text messages (a "
    f"cartoon's caption `漫畫：「點我領獎」` and its credit `許家綺／繪` inside a sentence; {N3:,} cases = 512 + 403 + "
    "369, summed); two columns under `文／X` byline lines (`文／柯雅雯`, a pull quote inside a sentence; `文／黃俊豪`, "
    "the running head inside a sentence), each closed by its bio `（作者為…）` as its last paragraph; then, **with "
    "no blank line under the bio**, the label `讀者投書` over two letters signed at their end `讀者　X（place）`, "
    "**the second letter's head glued under the first letter's signature**.",
    "date": "2042-09-24", "page": "A11",
    "head": ["嘉澐日報", f"中華民國{ROC3}年9月24日　{weekday(DAY3)}", "A11　觀點　　主編：沈佩君"],
    "foot": ["嘉澐日報社　投書信箱：opinion@jiayun.example.tw"],
    "furniture": ["嘉澐日報", f"中華民國{ROC3}年9月24日", weekday(DAY3), "A11", "觀點", "主編：沈佩君", "嘉澐日報．觀點",
                  "嘉澐日報社", "投書信箱：opinion@jiayun.example.tw"],
    "run": ["嘉澐日報．觀點"], "labels": [], "markup": [],
    "articles": [
        editorial("社論", "詐騙簡訊　電信業者不能置身事外", [
            f"本報統計，嘉義地區前9個月見報的詐騙案達{N3:,}件，其中"
            + "、".join(f"{k}{v}件" for k, v in SCAMS3.items()) + "，受害者從學生到退休長輩都有。",
            "詐騙集團大量發送簡訊，{cap}一則則假連結直接送到民眾手機。",
            "電信業者掌握發送端的資料，最有能力在第一時間攔下可疑簡訊。防詐不能只靠民眾提高警覺，業者也要負起把關"
            "責任。"],
            captions=["漫畫：「點我領獎」"], credits=["許家綺／繪"]),
        column("小校整併　別忘了孩子的路", "文／柯雅雯", ["柯雅雯"], [
            "少子化之下，偏鄉小校一所接一所面臨整併。帳面上看，學生集中上課可以省下經費，但孩子每天多出的通學時間，"
            "很少被算進去。",
            "我在山區國小教書十二年，{pq}看過學生清晨五點多就出門等車。學校不只是上課的地方，也是村子的中心。",
            "整併之前，應該先聽聽家長和部落的聲音，並把接送的經費一起編列。"],
            "（作者為嘉義縣國小教師）", pull_quotes=["學校不只是上課的地方，也是村子的中心。"]),
        column("機車停騎樓　行人無路可走", "文／黃俊豪", ["黃俊豪"], [
            "走在市區的騎樓，常常要跟機車搶路。推嬰兒車的家長、拄拐杖的長輩，只能繞到馬路上，和汽車擦身而過。",
            "騎樓本來是給行人遮陽避雨的通道，卻成了免費的{run}停車場。",
            "市府可以先從學校、醫院周邊做起，劃設機車格，騎樓淨空後嚴格取締。"],
            "（作者為都市計畫研究者）"),
        *letters("讀者投書", [
            ("門診電話　怎麼都打不通", "我母親每個月要回醫院複診，掛號電話常常打了半小時都佔線。網路掛號對長輩太難，"
             "希望醫院多開幾條電話線，或在門口設人工窗口。", "讀者　林美惠（嘉義市）", "林美惠"),
            ("颱風停課　請早點公布", "每次颱風來，停班停課的消息常常到晚上十一點才公布，家長要臨時找人照顧孩子，希望"
             "縣府能提早決定。", "讀者　陳志遠（民雄）", "陳志遠"),
        ], glued=True, glue_next=True),
    ],
}

# 4. Big5-HKSCS Hong Kong district paper's 論壇 page, indent-only, not glued: 社評 (running head), a Cantonese column
#    signed at the foot, set right (pull quote), the 讀者來函 column of two Cantonese letters, a second column signed
#    at the foot (cartoon inside).
DAY4 = date(2042, 7, 10)
FLATS4 = {"舊式唐樓": 2150, "工業大廈": 1710}
N4 = sum(FLATS4.values())
assert N4 == 3860
RIGHT = "\u3000" * 8
FLATS_PAGE = {
    "name": "zht_big5hkscs_lf_hong_kong_luntan_page_sheping_subdivided_flat_rents_running_head_cantonese_column_signed_at_foot_set_right_pull_quote_bio_duzhe_laihan_cantonese_letters_second_column_cartoon_indent_only",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "浪澄區報 2042-07-10 第6頁 論壇 (a Hong Kong district weekly's opinion page), Big5-HKSCS (`嘅 喺 咗 嚟 哋 "
    "啲`; in neither cp950 nor Big5), LF; indent-only paragraphs, wrapped at 20; a blank line between the pieces. "
    "The label `社評` over an unsigned editorial in written Chinese on subdivided-flat rents "
    f"({N4:,} households = 2,150 + 1,710, summed; the running head inside a sentence); a Cantonese column **signed at "
    "the foot, set right with full-width spaces** (`何樂民`, a pull quote inside a sentence, the bio `（作者為退休"
    "中學校長）` under the signature as its last paragraph); the label `讀者來函` over two letters in Cantonese, each "
    "signed at its end `讀者　X（estate）`; a second column signed at the foot, set right (`麥子晴`), a cartoon's "
    "caption `漫畫：《九點關門》` and its credit `阿蔡　畫` inside a sentence, its bio its last paragraph.",
    "date": "2042-07-10", "page": "6",
    "head": [f"浪澄區報　2042年7月10日　{weekday(DAY4)}　第6頁", "論壇　　編輯：鄺詠欣"],
    "foot": ["浪澄區報社　　來函電郵：letters@longching.example.hk"],
    "furniture": ["浪澄區報", "2042年7月10日", weekday(DAY4), "第6頁", "論壇", "編輯：鄺詠欣", "浪澄區報．論壇",
                  "浪澄區報社", "來函電郵：letters@longching.example.hk"],
    "run": ["浪澄區報．論壇"], "labels": [], "markup": [],
    "articles": [
        editorial("社評", "劏房租金　要有上限", [
            f"有關團體最近調查，區內約有{N4:,}戶住在劏房，其中"
            + "、".join(f"{k}{v:,}戶" for k, v in FLATS4.items()) + "，不少家庭每月要把收入的四成交租。",
            "租金年年上升，環境卻沒有改善，一家四口擠在不足百呎的空間，孩子只能在床上{run}做功課。",
            "政府早前表示會研究租金管制，但研究不能無了期。先為劏房租金加幅設上限，再逐步改善居住環境，才是實際的"
            "做法。"]),
        column("補習社唔係萬能", RIGHT + "何樂民", ["何樂民"], [
            "身邊好多家長，一到暑假就幫仔女報晒補習班，由星期一排到星期日，一日三堂都唔出奇。",
            "我教書廿幾年，{pq}見過好多學生成績好，但一問佢哋鍾意做乜，就答唔出。細路需要嘅，係有時間發吓呆。",
            "放假就畀佢哋休息吓啦，去海邊行吓、同朋友傾吓偈，都係學習。"],
            "（作者為退休中學校長）", at="foot", pull_quotes=["細路需要嘅，係有時間發吓呆。"]),
        *letters("讀者來函", [
            ("信箱成日畀人撬", "我住嘅大廈大堂啲信箱，上個月畀人撬咗三次，銀行信、覆診紙都唔見埋。希望管理公司快啲"
             "裝返閉路電視，唔好淨係貼張告示。", "讀者　梁太（石籬）", "梁太"),
            ("冷氣機滴水　邊個管", "一到夏天，樓上啲冷氣機就滴水落街，行過都要擔遮。打電話投訴咗幾次都冇人理，究竟"
             "邊個部門負責？", "讀者　陳先生（大窩口）", "陳先生"),
        ]),
        column("社區會堂　應該開夜", RIGHT + "麥子晴", ["麥子晴"], [
            "區內幾個社區會堂，每晚九點就關門，放工後想約人嚟打波、排練跳舞，都搵唔到地方。",
            "而家好多年輕人住得逼，喺屋企冇位，{cap}會堂其實係佢哋唯一嘅活動空間。",
            "建議民政處試行延長開放時間到晚上十一點，由使用團體輪流負責執場，唔使額外請人。"],
            "（作者為社工）", at="foot", captions=["漫畫：《九點關門》"], credits=["阿蔡　畫"]),
    ],
}

# 5. UTF-8 (BOM) Singapore daily's 言论 page: 社论 (running head), a column under `文／X` (pull quote), the 读者来函
#    label glued under its bio, the second letter glued under the first's signature, a second column glued under
#    the second letter's signature (cartoon inside).
DAY5 = date(2042, 5, 21)
DISPUTES5 = {"噪音": 287, "气味": 158, "走廊堆放杂物": 167}
N5 = sum(DISPUTES5.values())
assert N5 == 612
NEIGHBOUR_PAGE = {
    "name": "zh_utf8_bom_crlf_singapore_yanlun_page_shelun_hdb_neighbour_disputes_running_head_column_at_top_pull_quote_glued_duzhe_laihan_label_under_bio_glued_letters_second_column_glued_under_signature_cartoon",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "岛讯日报 2042-05-21 言论 第12页 (a Singapore Chinese daily's opinion page; simplified), UTF-8 with BOM, CRLF; "
    "blank-line paragraphs, wrapped at 21. The label `社论` over an unsigned editorial on neighbour disputes in HDB "
    f"flats ({N5} cases = 287 + 158 + 167, summed; the running head inside a sentence); a column under `文／陈秀凤` (a "
    "pull quote inside a sentence, the bio `（作者是人力资源经理）` its last paragraph); then, **with no blank line "
    "under the bio**, the label `读者来函` over two letters signed at their end with name and estate (`黄丽珠（义顺）`), "
    "**the second glued under the first's signature**; then, **with no blank line under the second signature**, a "
    "column under `文／许俊明` (a cartoon's caption `漫画：《妈妈说英语》` and its credit `（蔡欣怡　绘）` inside a "
    "sentence, the bio its last paragraph).",
    "date": "2042-05-21", "page": "12",
    "head": ["岛讯日报", f"2042年5月21日　{weekday(DAY5)}　　言论　第12页"],
    "foot": ["岛讯日报社　　投稿电邮：yanlun@daoxun.example.sg"],
    "furniture": ["岛讯日报", "2042年5月21日", weekday(DAY5), "言论", "第12页", "岛讯日报·言论", "岛讯日报社", "投稿电邮：yanlun@daoxun.example.sg"],
    "run": ["岛讯日报·言论"], "labels": [], "markup": [],
    "articles": [
        editorial("社论", "组屋邻里纠纷　先谈再告", [
            f"去年社区调解中心受理的邻里纠纷共{N5}宗，其中涉及"
            + "、".join(f"{k}的{v}宗" for k, v in DISPUTES5.items()) + "。",
            "许多纠纷起初只是小事，楼上拖椅子、隔壁晒衣服，双方没有好好沟通，越积越深，最后闹到要上{run}法庭。",
            "邻里之间，多一句问候，少一分误会。调解不是退让，而是给彼此一个台阶。"]),
        column("乐龄员工　值得多一点耐心", "文／陈秀凤", ["陈秀凤"], [
            "我在一家物流公司负责招聘，这两年请了不少六十岁以上的员工。起初有同事担心他们学新系统太慢。",
            "事实上，{pq}他们上手或许慢一些，但做事细心、很少请假。经验不是写在简历上的，是做出来的。",
            "重新雇用的年龄一再调高，公司也要跟着调整培训方式，给乐龄员工多一点时间。"],
            "（作者是人力资源经理）", pull_quotes=["经验不是写在简历上的，是做出来的。"]),
        *letters("读者来函", [
            ("地铁站扶梯常维修", "我每天在义顺地铁站搭车，出口的扶梯这个月已经维修了两次，每次都围起来好几天，推"
             "婴儿车的乘客只能绕远路搭电梯。希望有关方面公布维修时间表。", "黄丽珠（义顺）", "黄丽珠"),
            ("网购退货太麻烦", "上个月在网上买了一双鞋，尺码不对要退货，卖家要我自付运费寄回，还要等两个星期才退款。"
             "希望平台把退货规则写清楚，保障消费者。", "林伟杰（宏茂桥）", "林伟杰"),
        ], glued=True, glue_next=True),
        column("孩子学华文　从家里开口开始", "文／许俊明", ["许俊明"], [
            "不少家长抱怨孩子华文成绩差，补习班上了不少，却很少在家里跟孩子说华语。",
            "语言要用才会活。{cap}吃饭时聊聊学校的事，睡前讲个故事，都是最好的练习。",
            "学校教的是基础，家里才是孩子天天练习的地方。"],
            "（作者是中学华文老师）", glued=True,
            captions=["漫画：《妈妈说英语》"], credits=["（蔡欣怡　绘）"]),
    ],
}

# 6. UTF-16 LE city evening paper's 观点 page, indent-only: 今日快评 (cartoon inside), a column signed at the top
#    (pull quote), a column signed at the foot (running head), the 读者来信 label glued under its bio, the second
#    letter glued under the first's signature.
DAY6 = date(2042, 6, 5)
ORDERS6 = {"陪老人看病": 960, "陪外地患者": 370, "术后复查": 200}
N6 = sum(ORDERS6.values())
assert N6 == 1530
ESCORT_PAGE = {
    "name": "zh_utf16le_bom_lf_city_evening_guandian_page_jinri_kuaiping_hospital_escorts_cartoon_caption_credit_indent_only_column_at_top_pull_quote_column_signed_at_foot_running_head_glued_duzhe_laixin_glued_second_letter",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "沣城晚报 2042-06-05 A2 观点 (a city evening paper's opinion page), UTF-16 LE with BOM, LF; indent-only "
    "paragraphs, wrapped at 22. The label `今日快评` over an unsigned editorial on paid hospital escorts (a cartoon's "
    f"caption `漫画：《排队的人》` and its credit `罗小满　作` inside a sentence; {N6} orders = 960 + 370 + 200, summed); "
    "a column **signed at the top** `□　钟　屿` (a pull quote inside a sentence, the bio its last paragraph); a "
    "column **signed at the foot** `□　庄　禾` (the running head inside a sentence, the bio `（作者系中学教师）` under "
    "the signature as its last paragraph); then, **with no blank line under the bio**, the label `读者来信` over two "
    "letters signed at their end, **the second glued under the first's signature**.",
    "date": "2042-06-05", "page": "A2",
    "head": ["沣城晚报", f"2042年6月5日　{weekday(DAY6)}　　A2　观点", "值班主编：伍　彦"],
    "foot": ["沣城晚报社出版　　新闻热线：96178"],
    "furniture": ["沣城晚报", "2042年6月5日", weekday(DAY6), "A2", "观点", "值班主编：伍　彦", "沣城晚报·观点",
                  "沣城晚报社出版", "新闻热线：96178"],
    "run": ["沣城晚报·观点"], "labels": [], "markup": [],
    "articles": [
        editorial("今日快评", "陪诊服务　要有规矩", [
            "子女工作忙、老人看病难，陪诊这个新行当应运而生。",
            f"今年一季度，本市一家陪诊平台接单{N6}单，其中"
            + "、".join(f"{k}{v}单" for k, v in ORDERS6.items()) + "。{cap}需求摆在那里，问题也随之而来：收费"
            "没有标准，陪诊员是否懂医疗常识，出了差错谁负责，都说不清。",
            "新行当需要呵护，也需要规矩。有关部门不妨尽快出台服务规范，让陪诊既方便又放心。"],
            tight=True, captions=["漫画：《排队的人》"], credits=["罗小满　作"]),
        column("“反向旅游”说明了什么", "□　钟　屿", ["钟　屿", "钟屿"], [
            "今年五一，不少年轻人避开热门景点，跑到名不见经传的小县城，吃一碗面、逛一条老街。",
            "这股“反向旅游”的风，{pq}说明年轻人越来越在意旅途中的从容。热闹不一定是好风景。",
            "小县城不必急着模仿大景区，把街巷打扫干净、把价格标明白，就是最好的招牌。"],
            "（作者系沣城学院旅游系讲师）", tight=True, pull_quotes=["热闹不一定是好风景。"]),
        column("志愿填报，别交“智商税”", "□　庄　禾", ["庄　禾", "庄禾"], [
            "高考成绩公布在即，各种志愿填报咨询又开始打广告，一对一指导收费动辄上万元。",
            "其实，各高校历年的录取数据都是公开的，学校老师也会免费指导。花大价钱买来的“秘籍”，未必比{run}班主任的"
            "建议靠谱。",
            "考生和家长要多看官方信息，别被“包上名校”之类的承诺冲昏头脑。"],
            "（作者系中学教师）", at="foot", tight=True),
        *letters("读者来信", [
            ("地铁里外放视频太吵", "晚上坐地铁回家，车厢里总有人用手机外放视频，声音很大，旁边的人也不好意思说。"
             "希望地铁广播多提醒，大家都戴上耳机。", "读者　汤晓雯（南湖区）", "汤晓雯"),
            ("共享充电宝越来越贵", "前几天在商场借了一个共享充电宝，用了三个多小时，花了十六元，比买一个还贵。希望"
             "平台在借用时把价格说清楚。", "读者　钱国樑（西城区）", "钱国樑"),
        ], glued=True, glue_next=True),
    ],
}

# 7. Ixil (Nebaj, Quiché, Guatemala), Windows-1252, CR: an editorial (cartoon inside), a column signed at the top
#    (pull quote), the letters label glued under its bio, the second letter glued under the first's signature, a
#    second column glued under the second letter's signature (running head). Blank-line paragraphs.
DAY7 = date(2042, 8, 14)
VILLAGES7 = {"ye'xh": 21, "ni'k chit": 11, "kuxh ni'k ok": 6}
N7 = sum(VILLAGES7.values())
assert N7 == 38
SIGNAL_PAGE = {
    "name": "ixl_cp1252_cr_ixil_opinion_page_qatzi_editorial_no_phone_signal_cartoon_caption_credit_column_name_at_top_pull_quote_glued_letters_label_under_bio_glued_second_letter_column_glued_under_signature_running_head_hyphenation",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "U Tzi' Naab'a' 2042-08-14 Página 4 Opinión (an invented weekly of Nebaj, Quiché, Guatemala; Ixil text, "
    "Spanish furniture), Windows-1252 (`ñ á ó ¿ “ ” —`), CR; blank-line paragraphs, wrapped at 38 with hyphenation. "
    f"The label `Qatzi'` over an unsigned editorial on villages with no telephone signal ({N7} villages = 21 + 11 + 6, "
    "summed; a cartoon's caption `Caricatura: “¿Atik u señal?”` and its credit `Dibujo: Tomás Ceto` inside a "
    "sentence); a column under the byline line `Tz'ib'al: Juana Raymundo` (a pull quote inside a sentence, the bio "
    "in brackets its last paragraph); then, **with no blank line under the bio**, the label `U tz'ib' tenam` over two "
    "letters, each signed at its end `— Name, Village` (the dash markup), **the second glued under the first's "
    "signature**; then, **with no blank line under the second signature**, a column under `Tz'ib'al: Diego Terraza` "
    "(the running head inside a sentence, the bio its last paragraph).",
    "date": "2042-08-14", "page": "4",
    "head": [f"U TZI' NAAB'A' · {spanish(DAY7)} · Página 4", "Opinión · Director: Gaspar Matóm"],
    "foot": ["U Tzi' Naab'a' · cartas@naaba.example.gt"],
    "furniture": ["U TZI' NAAB'A'", spanish(DAY7), "Página 4", "Opinión", "Director: Gaspar Matóm",
                  "U Tzi' Naab'a' · Opinión", "U Tzi' Naab'a'", "cartas@naaba.example.gt"],
    "run": ["U Tzi' Naab'a' · Opinión"], "labels": [], "markup": [" · "] * 5 + ["—"] * 2,
    "articles": [
        editorial("Qatzi'", "Ye'xh u señal tu unq'a tenamaj", [
            syl(f"Tu {N7} tenamaj tu Naab'a', " + ", ".join(f"{v} {k}" for k, v in VILLAGES7.items())
                + " u señal tu teléfono. Unq'a kumoonil ye' nitx'akon itzi' tuch' unq'a ak'aal ni'k atik tu "
                "Estados Unidos."),
            syl("U municipalidad nitalaj ta'n ve' kat ib'ilej u empresa, {cap}pero unq'a tenamaj ye'xh nitalaxi "
                "tu kuenta."),
            syl("Ve' u telefonía ye' kuxh ta'n unq'a kaab'al: tuch' u señal nik'uli unq'a ixoq u ambulancia, "
                "tuch' u señal nitx'akon unq'a ak'aal tu escuela.")],
            captions=["Caricatura: “¿Atik u señal?”"], credits=["Dibujo: Tomás Ceto"]),
        column("Unq'a ixoq ni'k kaj u tenam", "Tz'ib'al: Juana Raymundo", ["Juana Raymundo"], [
            syl("Tu unq'a tenamaj, nimla kumoonil ni'k kat b'ex unq'a ichajil tu Estados Unidos. Unq'a ixoq ni'k "
                "kaj tu kaab'al tuch' unq'a ak'aal, tuch' u tx'otx', tuch' u vakax."),
            syl("Ye' nitalaxi tu radio, {pq}pero ta'n unq'a ixoq nikoponi u comunidad. Ye' kuxh u pwaq nisaj, "
                "unq'a ixoq nikoponi u tenam."),
            syl("U municipalidad nimla ve' kat k'uli u kuenta unq'a ixoq tu unq'a reuniones.")],
            "(Juana Raymundo at'ik tu u escuela normal tu Naab'a'.)",
            pull_quotes=["Ye' kuxh u pwaq nisaj, unq'a ixoq nikoponi u tenam."]),
        *letters("U tz'ib' tenam", [
            ("Ye'xh u doctor", syl("U puesto de salud tu Salquil ye'xh u doctor kaab'laval semana. Unq'a ixoq "
                                   "tuch' ak'aal nisaj tu Naab'a' ta'n u camioneta."), "— Pedro Cobo, Salquil",
             "Pedro Cobo"),
            ("U b'ix tu camioneta", syl("Unq'a camioneta ni'k b'ix tuch' u bocina tu ak'ab', ye' nivatvu unq'a "
                                       "ak'aal. Kat talaj ta'n u municipalidad."), "— Magdalena Brito, Acul",
             "Magdalena Brito"),
        ], glued=True, glue_next=True),
        column("U tx'otx' ye' nitxaaye", "Tz'ib'al: Diego Terraza", ["Diego Terraza"], [
            syl("Tu unq'a tenamaj, nimla kumoonil ye'xh u documento tu u tx'otx'. Ve' ni'k u problema tuch' u "
                "vecino, ye' nitalaxi ab'il ni'k u tx'otx'."),
            syl("U municipalidad tuch' u registro nitalaj ta'n ve' kat itxaqon unq'a {run}documentos."),
            syl("U tx'otx' ye' kuxh pwaq: u tx'otx' u b'aal unq'a qamam.")],
            "(Diego Terraza at'ik abogado tu unq'a comunidades.)", glued=True),
    ],
}

# 8. Wichí (Santa Victoria Este, Salta, Argentina), ISO-8859-1, CRLF: an editorial (running head), a column signed at
#    the foot (pull quote), the letters column, a second column signed at the foot (cartoon inside). Indent-only
#    (three spaces), not glued.
DAY8 = date(2042, 10, 11)
ELDERS8 = {"yämlä ihi tä honhat": 265, "lhamel DNI tä iläj": 147}
N8 = sum(ELDERS8.values())
assert N8 == 412
DNI_PAGE = {
    "name": "mzh_latin1_crlf_wichi_opinion_page_editorial_label_elders_identity_cards_running_head_indent_only_three_spaces_column_signed_at_foot_pull_quote_guillemets_cartas_de_lectores_second_column_cartoon_caption_credit_hyphenation",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Lhämtes Honhat 2042-10-11 Página 2 Opinión (an invented weekly of the Chaco salteño, Argentina; Wichí "
    "text, Spanish furniture), ISO-8859-1 (`ä ë á é ñ « » ¿`; no curly quotes, no dash), CRLF; **indent-only "
    "paragraphs (three spaces)**, wrapped at 40 with hyphenation; a blank line between the pieces. The label "
    f"`Editorial` over an unsigned editorial on old people without identity cards ({N8} = 265 + 147, summed; the "
    "running head inside a sentence); a column **signed at the foot** `Rosa Pérez` (a pull quote inside a sentence, "
    "the bio in brackets under the signature as its last paragraph); the label `Cartas de lectores` over two letters "
    "signed at their end `Name, Place` (no dash); a second column signed at the foot `Silvio Tolaba` (a cartoon's "
    "caption `Caricatura: «Intérprete chi tojh»` and its credit `Dibujo: Nahuel Frías` inside a sentence, the bio its last "
    "paragraph).",
    "date": "2042-10-11", "page": "2",
    "head": [f"LHÄMTES HONHAT · {spanish(DAY8)} · Página 2", "Opinión · Director: Andrés Segundo"],
    "foot": ["Lhämtes Honhat · Tartagal, Salta · cartas@honhat.example.ar"],
    "furniture": ["LHÄMTES HONHAT", spanish(DAY8), "Página 2", "Opinión", "Director: Andrés Segundo",
                  "Lhämtes Honhat · Opinión", "Lhämtes Honhat", "Tartagal, Salta", "cartas@honhat.example.ar"],
    "run": ["Lhämtes Honhat · Opinión"], "labels": [], "markup": [" · "] * 6,
    "articles": [
        editorial("Editorial", "Lhayhay ta chi tojh lhamel DNI", [
            syl(f"Tä Santa Victoria Este, {N8} lhayhay häp ta chi tojh lhamel DNI: "
                + ", wet ".join(f"{v} ta {k}" for k, v in ELDERS8.items())
                + ". Ta chi tojh DNI, lhamel chi tojh pensión."),
            syl("Registro Civil ihi tä Tartagal. Lhayhay ilhoye tä camioneta, ifwalas nekchä, wet iyahin "
                "{run}oficina ta tojh häpe."),
            syl("Nilhokej ta Registro Civil ilhoye tä misiones, ihi tä lhipe lhayhay, wet ichumet lhamel "
                "documentos.")]),
        column("Maestros bilingües chi tojh lhamel salario", "Rosa Pérez", [], [
            syl("Tä escuelas ta ihi tä honhat, maestros bilingües iwoye tä wichí lhämtes wet castellano, "
                "mat lhamel salario chi tojh."),
            syl("Alumnos ta hope wichí ichumet tä escuela {pq}ta maestro ichumet lhämtes. Wichí lhämtes häp "
                "ta wuj, ta iwoye n'olhamtes."),
            syl("Ministerio de Educación iwoye ta maestros bilingües ichumet lhamel salario ta häpe.")],
            "(Rosa Pérez häp maestra bilingüe tä Misión La Paz.)", at="foot",
            pull_quotes=["Wichí lhämtes häp ta wuj, ta iwoye n'olhamtes."]),
        *letters("Cartas de lectores", [
            ("Internet tä escuela", syl("Escuela secundaria tä Santa Victoria Este chi tojh internet. Alumnos "
                                       "ilhoye tä plaza, iwoye computadora tä wichí lhämtes."),
             "Marcelo Tejerina, Santa Victoria Este", "Marcelo Tejerina"),
            ("Cajero automático", syl("Cajero automático ihi tä Tartagal. Lhayhay ilhoye nekchä «cuatro "
                                      "horas» ta iwoye lhamel pensión."), "Elena Montes, Misión La Paz",
             "Elena Montes"),
        ]),
        column("Intérpretes tä hospital", "Silvio Tolaba", [], [
            syl("Tä hospital ta ihi tä Tartagal, médicos chi tojh wichí lhämtes. Lhayhay iwoye «¿Atsi lham?», "
                "{cap}mat médico chi tojh ichumet."),
            syl("Hospital iwoye intérpretes wichí, ta ilhoye wet ichumet lhayhay tä consultorio."),
            syl("Ta intérprete ihi, enfermedad ta wuj tojh ichumet.")],
            "(Silvio Tolaba häp agente sanitario tä Tartagal.)", at="foot",
            captions=["Caricatura: «Intérprete chi tojh»"], credits=["Dibujo: Nahuel Frías"]),
    ],
}

# 9. Wixárika (Mezquitic, Jalisco, Mexico), UTF-8 without BOM, LF: an editorial (cartoon inside), the letters label
#    glued under its last line, the second letter glued under the first's signature, a column glued under that
#    signature (pull quote), a second column (running head); names at the top. Blank-line paragraphs.
DAY9 = date(2042, 4, 15)
PUPILS9 = {"'ukiratsi": 82, "'ukarawetsixi": 64}
N9 = sum(PUPILS9.values())
assert N9 == 146
HOSTEL_PAGE = {
    "name": "hch_utf8_nobom_lf_wixarika_opinion_page_taniukieya_editorial_boarding_school_teachers_cartoon_caption_credit_glued_letters_label_under_editorial_glued_letters_column_glued_under_signature_pull_quote_running_head_hyphenation",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Xapa Niukieya 2042-04-15 Página 3 Opinión (an invented weekly of the Wixárika communities, Mezquitic, "
    "Jalisco, Mexico; Wixárika text with `ɨ` (U+0268), Spanish furniture), UTF-8 without BOM, LF; blank-line "
    "paragraphs, wrapped at 38 with hyphenation. The label `Taniukieya` over an unsigned editorial on a boarding "
    f"school short of teachers ({N9} pupils = 82 + 64, summed; a cartoon's caption `Caricatura: “Maestro, ¿hakewa?”` "
    "and its credit `Dibujo: Rutilio López` inside a sentence); then, **with no blank line under the editorial's "
    "last line**, the label `Cartas al editor` over two letters signed at their end `— Name, Community`, **the "
    "second glued under the first's signature**; then, **with no blank line under the second signature**, a column "
    "under `Texto: Tomás Carrillo` (a pull quote inside a sentence, the bio its last paragraph); then a column under "
    "`Texto: Rosalía Bautista` (the running head inside a sentence, the bio its last paragraph).",
    "date": "2042-04-15", "page": "3",
    "head": [f"XAPA NIUKIEYA · {spanish(DAY9)} · Página 3", "Opinión · Directora: Eufemia Carrillo"],
    "foot": ["Xapa Niukieya · Mezquitic, Jalisco · cartas@niukieya.example.mx"],
    "furniture": ["XAPA NIUKIEYA", spanish(DAY9), "Página 3", "Opinión", "Directora: Eufemia Carrillo",
                  "Xapa Niukieya · Opinión", "Xapa Niukieya", "Mezquitic, Jalisco", "cartas@niukieya.example.mx"],
    "run": ["Xapa Niukieya · Opinión"], "labels": [], "markup": [" · "] * 6 + ["—"] * 2,
    "articles": [
        editorial("Taniukieya", "Albergue Tateikie maestros yuawe", [
            syl(f"Albergue Tateikie {N9} tɨɨri mieme: " + ", ".join(f"{v} {k}" for k, v in PUPILS9.items())
                + ". Maestros hutɨa xeikia, wa'ika niukieya muwa'a."),
            syl("Tɨɨri kiekari tsiere manuyehuwe, {cap}xeikia albergue pitaniuwe."),
            syl("Secretaría de Educación maestros kename yuawe, tɨɨri niukieya tewa pitɨa, "
                "matsiwari hepaina.")],
            captions=["Caricatura: “Maestro, ¿hakewa?”"], credits=["Dibujo: Rutilio López"]),
        *letters("Cartas al editor", [
            ("Avioneta tumini yuxu", syl("Avioneta Tuapurie memanuyehuwe, tumini 'aixɨa hetsie. Tewi kiekari "
                                         "memanukateyu, hospital muwa'a pitiyuane."), "— Marcos de la Cruz, Tuapurie",
             "Marcos de la Cruz"),
            ("Doctor kiekari", syl("Doctor Wautia hutaxɨa meseri kanayeika. Tɨɨri memɨkuyewe, tekitsie "
                                   "hepaina matinuyehuwe."), "— Ofelia Díaz, Wautia", "Ofelia Díaz"),
        ], glued=True, glue_next=True),
        column("Niukieya radio tsiere", "Texto: Tomás Carrillo", ["Tomás Carrillo"], [
            syl("Radio kiekari niukieya pitaniuwe, tewi memanuyehuwe tsiere. Tɨɨri xeikia castellano "
                "manuyehuwe."),
            syl("Ne'iwama hepaina {pq}niukieya tsiere mieme. Niukieya ta'iyari, tsiere tewaxi.")],
            "(Tomás Carrillo locutor radio Tateikie.)", glued=True,
            pull_quotes=["Niukieya ta'iyari, tsiere tewaxi."]),
        column("Tɨɨri Nayarit tabaco memanuyehuwe", "Texto: Rosalía Bautista", ["Rosalía Bautista"], [
            syl("Tɨɨri kiekari xeikia Nayarit memanuyehuwe, tabaco kwiniyarika tumini mieme. Escuela hepaina "
                "matinuyehuwe."),
            syl("Tabaco tɨɨri hutaxɨa kwiniyarika memanuyehuwe, kename maestros {run}memanuyehuwe.")],
            "(Rosalía Bautista kiekari abogada Wautia.)"),
    ],
}

# 10. Bribri (Talamanca, Costa Rica), UTF-16 BE with BOM, CRLF: an editorial, two columns signed at the foot (pull
#     quote; cartoon inside), a letters column of three letters with the running head in one. Indent-only (two
#     spaces), not glued; combining marks (ö̀ = ö + U+0300, a̱ = a + U+0331).
DAY10 = date(2042, 11, 21)
HECTARES10 = {"Suretka": 760, "Bribri": 480}
N10 = sum(HECTARES10.values())
assert N10 == 1240
GRAVE, BELOW = "\u0300", "\u0331"
TTO = "Tt\u00f6" + GRAVE  # ttö̀, word
SPRAY_PAGE = {
    "name": "bzd_utf16be_bom_crlf_bribri_opinion_page_sa_tto_editorial_aerial_spraying_indent_only_two_spaces_two_columns_signed_at_foot_pull_quote_cartoon_caption_credit_combining_marks_three_letters_running_head_hyphenation",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 44, "indent": "  ", "blank": False,
    "note": "Se' Ttö̀ 2042-11-21 Página 5 Opinión (an invented weekly of Talamanca, Limón, Costa Rica; Bribri text, "
    "Spanish furniture), UTF-16 BE with BOM (combining marks: `ö̀` = ö + U+0300, `a̱` = a + U+0331, as Bribri writes "
    "them; no precomposed forms), CRLF; **indent-only paragraphs (two spaces)**, wrapped at 44 with hyphenation; a "
    f"blank line between the pieces. The label `Sa' {TTO.lower()}` over an unsigned editorial on aerial spraying near "
    f"a school ({N10} hectáreas = 760 + 480, summed); a column **signed at the foot** `— Lucía Layan` (a pull quote inside "
    "a sentence, the bio under the signature as its last paragraph); a column signed at the foot `— Mauricio "
    "Morales` (a cartoon's caption and its credit `Dibujo: Kevin Segura` inside a sentence, the bio its last "
    "paragraph); the label `Cartas` over three letters signed at their end `— Name, Place`, the running head inside a "
    "sentence of the second.",
    "date": "2042-11-21", "page": "5",
    "head": [f"SE' {TTO.upper()} · {spanish(DAY10)} · Página 5", "Opinión · Editora: Ana Lupita Torres"],
    "foot": [f"Se' {TTO} · Amubri, Talamanca · cartas@sette.example.cr"],
    "furniture": [f"SE' {TTO.upper()}", spanish(DAY10), "Página 5", "Opinión", "Editora: Ana Lupita Torres",
                  f"Se' {TTO} · Opinión", f"Se' {TTO}", "Amubri, Talamanca", "cartas@sette.example.cr"],
    "run": [f"Se' {TTO} · Opinión"], "labels": [], "markup": [" · "] * 6 + ["—"] * 5,
    "articles": [
        editorial(f"Sa' {TTO.lower()}", "Avioneta ulà tsö" + GRAVE + " escuela ska", [
            syl(f"Plantaciones ta̱ {N10} hectáreas: "
                + ", ".join(f"{k} {v}" for k, v in HECTARES10.items())
                + ". Avioneta fumigación e' tö ulà tsö" + GRAVE + " escuela ska, alà ie' dör ù a̱."),
            syl("Ministerio de Salud ie' tö e' kiana̱ isué. Sa' ditsö" + GRAVE + " tö ie' ichè: alà ka̱ "
                "wöbla̱ kuèki, fumigación kë̀ dör escuela ska.")],
            tight=True),
        column("Alakölpa ulàtsi ditsö" + GRAVE, "— Lucía Layan", ["Lucía Layan"], [
            syl("Bribri ditsö" + GRAVE + " dör alakölpa ulàtsi: ù, iyiwak, kàl e' dör alakölpa ie' "
                "ditsö" + GRAVE + " a̱. Municipalidad documentos e' kë̀ tö ichè."),
            syl("Sa' yë' {pq}alakölpa ditsö" + GRAVE + " tö ie' ichè. Iyiwak dör alakölpa ulàtsi, "
                "ditsö" + GRAVE + " dör sa' tsá.")],
            "(Lucía Layan dör awá alakölpa Amubri.)", at="foot",
            pull_quotes=["Iyiwak dör alakölpa ulàtsi, ditsö" + GRAVE + " dör sa' tsá."]),
        column(f"Teléfono {TTO.lower()} Bribri", "— Mauricio Morales", ["Mauricio Morales"], [
            syl(f"Teléfonos teclado kë̀ dör Bribri {TTO.lower()}: ö" + GRAVE + ", a̱, ë̀ kë̀ tso' ie' a̱. "
                "Alà ie' ichè: «Ye' kë̀ tö {cap}ö" + GRAVE + " iyök.»"),
            syl("Universidad ie' teclado Bribri yö, computadoras ulàtsi. Ditsö" + GRAVE + " e' tö ie' ichè aplicación e' "
                "descargar.")],
            "(Mauricio Morales dör ingeniero Suretka.)", at="foot",
            captions=["Caricatura: «¿Ö" + GRAVE + " ñì?»"], credits=["Dibujo: Kevin Segura"]),
        *letters("Cartas", [
            ("Ambulancia di' a̱", syl("Bote ambulancia Telire di' a̱ kë̀ tso'. Alà ie' tsirik, sa' "
                                     "ichakè ñala̱ kicha."), "— Ernesto Torres, Amubri", "Ernesto Torres"),
            ("EBAIS kë̀ dör", syl("EBAIS Suretka ie' kë̀ dör domingo. Sa' ie' ichè: médico {run}ka̱ "
                                "ñàjkö sábado."), "— Marta Jackson, Suretka", "Marta Jackson"),
            ("Ñala̱ kicha", syl("Ñala̱ Shiroles ulà kë̀ dör; alà escuela ska ie' tsirik."),
             "— Rafael Díaz, Shiroles", "Rafael Díaz"),
        ]),
    ],
}

PAGES = [HOMEWORK_PAGE, FEES_PAGE, SCAM_PAGE, FLATS_PAGE, NEIGHBOUR_PAGE, ESCORT_PAGE, SIGNAL_PAGE, DNI_PAGE,
         HOSTEL_PAGE, SPRAY_PAGE]
