"""The text of every holdout179 page, written once: make_holdout179_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-174 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the careers adviser's foot
signature, the Q&A's byline); `{cap}` drops the photo's caption and its credit into a paragraph, `{run}` the running
head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156-174 used
them); `Lines(text, printed)` (holdout157's) a row printed as the given lines: the notice's foot, the labour office
and the date each set flush right (the office the notice's byline, the date its last paragraph); `solid()` a box's
labelled item set solid; `"runin": sep` runs a brief's head into its paragraph (holdout151's `briefs()`, as 166 and
172 used it).
Every page is a jobs and workplaces page: a report on a factory opening, a job fair or a training scheme (kicker or
deck, title, byline, a dateline opening its first paragraph, a worker's quotation cut by the running head, a photo
caption with its credit inside a sentence); a vacancies table under its label (post, number, pay, contact; a header
row on some pages; a note line under it, its last row); a boxed notice between two rule lines (a minimum-wage change,
a job-fair date, a course enrolment), signed at its foot by the labour office over its date; a careers adviser's
Q&A (question and answer turns, signed at the foot with name and office); three briefs run in on their heads (a union
meeting, a safety course, a lost work permit). Weekdays and sums are computed and asserted. All papers, firms,
unions, labour offices, people, sums and events are invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import (
    WEEKDAYS_ZH,
    aligned,
    boxed_notice,
    indonesian,
    md,
    ordered,
    syllables,
    weekday,
    zhou,
)

VOWELS = "aeiouáéíóúäëöüə"
syl = partial(syllables, vowels=VOWELS)


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The jobs report: kicker (or a deck, the subtitle), title, byline (as printed, then the name), caption and
    credit; the dateline stays at the head of the first paragraph (holdout172's)."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


def vacancies(label, rows, note, glued=False):
    """A vacancies table under its label: the label is the title, one paragraph per printed row (the header row
    included), the note line under it the last row (holdout172's hours table)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows + [note]]}
    if glued:
        art["glued"] = True
    return art


def qa(label, title, body, signature, names, glued=False):
    """The careers adviser's Q&A: the label its section (none accepted; kicker accepted), the head its title, each
    question and answer turn one paragraph with its turn word, the foot signature (name and office) its byline as
    printed (the name alone accepted), never a paragraph (holdout172's column)."""
    art = {"lines": [label, title], "section": [label, None], "kicker": [None, label], "title": title,
           "tight": True, "byline": [signature] + names, "body": list(body) + [("end", signature)]}
    if glued:
        art["glued"] = True
    return art


def briefs(label, items, runin, glued=False):
    """A briefs column (holdout151's, as 166's and 172's): the label, printed once, is the first brief's section (none
    accepted) and accepted on the others; the kicker is accepted on every brief; each run-in head is its title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, rule, not_in=(),
            bom=False):
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [rule] * 2}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, rule,
               joins, colons=3, bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot, its two rules and the briefs' run-in colons are
    markup (holdout172's)."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": [" · "] * joins + [rule] * 2 + [":"] * colons}


# 1. GBK county evening paper, CRLF, blank-line, glued: a weaving mill opens and hires its first 300 hands; the
#    vacancies table glued under the report's last line (a header row, a note line); a minimum-wage box; the Q&A's
#    label glued under the box's foot rule; briefs.
DAY1 = date(2045, 3, 15)
SIGN1, WAGE1 = date(2045, 3, 10), date(2045, 4, 1)
ordered(SIGN1, DAY1, WAGE1)
POSTS1 = {"挡车工": 180, "机修工": 40, "质检员": 50, "仓库管理员": 30}
HIRE1 = sum(POSTS1.values())
assert HIRE1 == 300
OLD1, RAISE1 = 2100, 180
NEW1 = OLD1 + RAISE1
assert NEW1 == 2280
RULE1 = "─" * 21
MILL_PAGE = zh_page(
    "zh_gbk_crlf_county_jobs_page_weaving_mill_opens_hiring_kicker_byline_dateline_caption_credit_running_head_worker_midquote_glued_vacancies_header_note_minimum_wage_box_glued_adviser_qa_runin_briefs",
    "gbk", "\r\n", 21, True,
    "沄溪晚报 2045-03-15 第5版 就业创业 (an invented county evening paper), GBK, CRLF; blank-line paragraphs, wrapped at "
    "21. A report on a weaving mill's opening (kicker `稳岗扩岗`, title with a full-width gap, byline line, the dateline "
    "`（沄溪讯）` opening paragraph 1, a caption and its credit inside a sentence, a new hand's “” words cut by the "
    f"running head before `做饭。”`; 180 + 40 + 50 + 30 = {HIRE1} posts, asserted); then, **with no blank line under the "
    "report's last line**, the vacancies `首批招工岗位` (a header row, four rows whose numbers add to the report's, a "
    "note line `注：…`); a minimum-wage notice between two rule lines "
    f"({OLD1} + {RAISE1} = {NEW1} 元, asserted; from {md(WAGE1)}; the office and "
    f"{SIGN1.year}年{md(SIGN1)} flush right); then, **with no blank line under the box's foot rule**, the careers Q&A "
    "`求职问答` (`问：`/`答：`, signed at its foot with office and name); the label `职场快讯` over three briefs run in "
    "after a full-width space.",
    DAY1, "5", ["沄溪晚报", f"2045年3月15日　{weekday(DAY1)}　　第5版　就业创业　　编辑：翟　芃"],
    ["沄溪晚报社　　新闻热线：0736-5523917"],
    ["沄溪晚报", "2045年3月15日", weekday(DAY1), "第5版", "就业创业", "编辑：翟　芃", "沄溪晚报·就业创业", "沄溪晚报社",
     "新闻热线：0736-5523917"],
    "沄溪晚报·就业创业", RULE1)
MILL_PAGE["articles"] = [
    report(["稳岗扩岗", "纺织新厂开工　首批招工三百人", "本报记者　岑　澜"], "纺织新厂开工　首批招工三百人",
           ["本报记者　岑　澜", "岑　澜", "岑澜"], ["新员工在车间学习操作织机。"], ["（本报记者　岑　澜　摄）"],
           [f"（沄溪讯）本周一，落户县经济开发区的锦禾纺织有限公司正式开工。新厂首批招工{HIRE1}人，其中挡车工"
            f"{POSTS1['挡车工']}人、机修工{POSTS1['机修工']}人、质检员{POSTS1['质检员']}人、仓库管理员"
            f"{POSTS1['仓库管理员']}人，已有一百多名本县村民报名。",
            "开工当天，车间里机声隆隆，{cap}几位老师傅手把手教新员工接线头。",
            "来自白沙乡的新员工柯秀娟说：“以前在外省打工，一年回不了几趟家。现在厂子开到了家门口，下了班还能回家给孩子"
            "{run}做饭。”"], kicker="稳岗扩岗"),
    vacancies("首批招工岗位", ["岗位　人数　月薪（元）　联系电话"]
              + [f"{post}　{n}　{pay}　0736-55{tel}" for (post, n), pay, tel in
                 zip(POSTS1.items(), ["3800-5200", "4500-6000", "3600-4200", "3400-3900"], ["41206", "41206", "41218", "41218"])],
              "注：试用期一个月，厂内提供宿舍和工作餐。", glued=True),
    boxed_notice(MILL_PAGE, RULE1, "关于调整最低工资标准的通告",
           [f"调整时间：自{WAGE1.year}年{md(WAGE1)}起执行", f"月最低工资：由{OLD1}元调整为{NEW1}元",
            "小时最低工资：由21元调整为22.5元", "适用范围：本县各类企业和个体经济组织的劳动者"],
           "沄溪县人力资源和社会保障局", f"{SIGN1.year}年{md(SIGN1)}"),
    qa("求职问答", "第一次进厂，合同要看哪几条？", [
        "问：我今年十九岁，第一次进厂上班，签劳动合同时要注意什么？（白沙乡　小柯）",
        "答：先看工作岗位、工作地点和工资是否写清楚，再看试用期有多长。合同期限满三年的，试用期不能超过六个月。",
        "问：厂里说先干着，合同过几天再签，行不行？",
        "答：用工之日起一个月内就应当签订书面合同。签好后记得自己留一份。",
    ], "县公共就业服务中心　职业指导师　詹　葳", ["詹　葳", "詹葳"], glued=True),
    *briefs("职场快讯", [
        ("工会会员大会", "锦禾纺织公司工会本月22日召开第一次会员大会，选举工会委员。"),
        ("安全培训开班", "县应急管理部门为新进厂员工举办安全生产培训，每期两天，免费参加。"),
        ("遗失声明", "白沙乡村民向立平不慎遗失就业失业登记证一本，特此声明作废。"),
    ], "\u3000"),
]


# 2. GB18030 city daily, LF, indent-only, not glued: a spring job fair (a deck under the title, no kicker); the
#    vacancies without a header row; a job-fair date box; the Q&A; briefs.
RARE = "\u3cd8"  # 㳘, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2045, 5, 19)
SIGN2, FAIR2 = date(2045, 5, 16), date(2045, 5, 27)
ordered(SIGN2, DAY2, FAIR2)
FIRMS2, POSTS2, SIGNED2 = 126, 3400, 812
assert POSTS2 // FIRMS2 == 26
FAIR_PAGE = zh_page(
    "zh_gb18030_lf_city_jobs_page_spring_job_fair_deck_rare_char_byline_dateline_caption_credit_running_head_graduate_midquote_indent_only_vacancies_no_header_note_job_fair_box_adviser_qa_runin_briefs",
    "gb18030", "\n", 21, False,
    f"泷江日报 2045-05-19 第7版 职场周刊 (an invented city daily; `{RARE}` U+3CD8, CJK Extension A, in the reporter's name "
    f"`骆　{RARE}`; in GB18030, not in GBK), LF; **indent-only** paragraphs, wrapped at 21. A report on a spring job fair "
    "(title, **a deck under it** (the subtitle), no kicker, byline line, the dateline `本报讯` opening paragraph 1, a "
    "caption and its credit inside a sentence, a graduate's “” words cut by the running head before `试试。”`; "
    f"{POSTS2} posts from {FIRMS2} firms, 26 a firm on average, asserted); then, after a blank line, the vacancies "
    "`本周岗位推荐` (**no header row**, a note line `*以上岗位…`); a job-fair notice between two rule lines (the next fair "
    f"on {md(FAIR2)}（{zhou(FAIR2)}）); the careers Q&A `职业指导` (问/答, signed at its foot); the label `就业信息` over "
    "three briefs run in after a full-width space.",
    DAY2, "7", ["泷江日报", f"2045年5月19日　{weekday(DAY2)}　　第7版　职场周刊"],
    ["泷江日报社　　地址：泷江市新华北路88号　　邮编：415308"],
    ["泷江日报", "2045年5月19日", weekday(DAY2), "第7版", "职场周刊", "泷江日报·职场周刊", "泷江日报社",
     "地址：泷江市新华北路88号", "邮编：415308"],
    "泷江日报·职场周刊", RULE1, not_in=["gbk"])
FAIR_PAGE["articles"] = [
    report(["春季招聘会　三千多个岗位等人来", "高校毕业生现场达成意向八百余人", f"本报记者　骆　{RARE}"],
           "春季招聘会　三千多个岗位等人来", [f"本报记者　骆　{RARE}", f"骆　{RARE}", f"骆{RARE}"],
           ["求职者在展位前填写简历。"], [f"（本报记者　骆　{RARE}　摄）"],
           [f"本报讯　上周六，市人才市场举办春季大型招聘会，{FIRMS2}家企业带来{POSTS2}个岗位，涉及机械制造、电子商务、"
            f"物流和护理等行业。当天进场求职者约五千人，{SIGNED2}人与企业达成初步意向。",
            "招聘会上午九点开场，{cap}热门展位前排起了长队。",
            "刚从职业技术学院毕业的聂嘉琪说：“我学的是电子商务，今天投了四份简历，有两家让我下周去面试。第一份工作不求"
            "工资多高，能学到东西就愿意去{run}试试。”"], subtitle="高校毕业生现场达成意向八百余人"),
    vacancies("本周岗位推荐", ["数控车床操作工　12人　4500-7000元　恒远机械　0743-8261035",
                         "电商客服　20人　3800-5000元　云帆商贸　0743-8263317", "养老护理员　15人　4200-5500元　康颐护理院　0743-8265402"],
              "*以上岗位均缴纳五险，详情请致电咨询"),
    boxed_notice(FAIR_PAGE, RULE1, "高校毕业生专场招聘会",
           [f"时间：{md(FAIR2)}（{zhou(FAIR2)}）上午9:00-12:00", "地点：泷江市人才市场一楼大厅",
            "对象：2045届高校毕业生及离校未就业青年", "携带：身份证、毕业证书、个人简历若干份"],
           "泷江市公共就业和人才服务局", f"{SIGN2.year}年{md(SIGN2)}"),
    qa("职业指导", "简历写几页合适？", [
        "问：我的简历写了五页，把大学里参加过的活动都列上了，会不会太长？（读者　小聂）",
        "答：应届生的简历一页最好，最多两页。把和应聘岗位有关的实习、技能放在前面，其余的可以删掉。",
        "问：要不要附上照片？",
        "答：可以附一张近期的证件照，不必用艺术照。",
    ], "泷江市公共就业和人才服务局　职业指导师　姜　蕖", ["姜　蕖", "姜蕖"]),
    *briefs("就业信息", [
        ("工会职工大会", "恒远机械公司工会本月召开职工代表大会，讨论夏季高温作业安排。"),
        ("叉车安全培训", "市职业培训中心开设叉车司机安全培训班，考试合格发给操作证。"),
        ("遗失声明", "聂某不慎遗失外出务工人员登记证一本，声明作废。"),
    ], "\u3000"),
]


# 3. Big5 Taiwan county daily (Yunlin), CR, blank-line, glued: a welding course of the employment service station; the
#    vacancies glued under the report (a header row); a course-enrolment box; the Q&A glued under the box; briefs.
DAY3 = date(2045, 9, 20)
SIGN3, START3 = date(2045, 9, 15), date(2045, 10, 6)
ordered(SIGN3, DAY3, START3)
assert DAY3.year - 1911 == 134
SEATS3, WEEKS3, HOURS3 = 24, 12, 360
assert WEEKS3 * 30 == HOURS3
RULE3 = "─" * 20
WELD_PAGE = zh_page(
    "zht_big5_cr_taiwan_jobs_page_welding_training_course_kicker_byline_dateline_caption_credit_running_head_trainee_midquote_glued_vacancies_header_note_enrolment_box_glued_adviser_qa_runin_briefs",
    "big5", "\r", 20, True,
    "雲林晨報 2045-09-20 (`中華民國134年9月20日`) B2 就業職場 (an invented county daily, Yunlin county), Big5, CR; "
    "blank-line paragraphs, wrapped at 20. A report on a welding course at an (invented) employment service station "
    "(kicker `職訓專班`, title with a full-width gap, byline line `記者廖芷榆／斗六報導` (the dateline inside it), a caption "
    "and its credit inside a sentence, a trainee's 「」 words cut by the running head before `好。」`; "
    f"{WEEKS3} weeks × 30 = {HOURS3} hours, asserted); then, **with no blank line under the report's last line**, the "
    "vacancies `職缺快報` (a header row, a note line `＊…`); a course-enrolment notice between two rule lines; then, "
    "**with no blank line under the box's foot rule**, the careers Q&A `職涯諮詢` (問/答, signed); the label `職場短波` "
    "over three briefs run in after a full-width space.",
    DAY3, "B2", [f"雲林晨報　中華民國134年9月20日　{weekday(DAY3)}", "B2　就業職場　　主編：涂宛蓁"],
    ["雲林晨報社　讀者服務專線：(05)532-7716"],
    ["雲林晨報", "中華民國134年9月20日", weekday(DAY3), "B2", "就業職場", "主編：涂宛蓁", "雲林晨報．就業職場", "雲林晨報社",
     "讀者服務專線：(05)532-7716"],
    "雲林晨報．就業職場", RULE3)
WELD_PAGE["articles"] = [
    report(["職訓專班", "電銲班結訓　學員當場獲聘", "記者廖芷榆／斗六報導"], "電銲班結訓　學員當場獲聘",
           ["記者廖芷榆／斗六報導", "廖芷榆"], ["學員在實習工場練習氬銲。"], ["（記者廖芷榆攝）"],
           [f"斗六就業服務站與在地工會合辦的電銲技術班，前天舉行結訓典禮。這一期共{SEATS3}名學員，上課{WEEKS3}週、"
            f"合計{HOURS3}小時，結訓當天就有三家鐵工廠到場面試。",
            "典禮結束後，{cap}廠商代表直接在工場看學員試銲。",
            "四十二歲的學員邱振宏說：「我原本在餐廳做外場，疫情那幾年收掉了。現在學了一技之長，工廠說下個月就能上工，"
            "家裡的人都說{run}好。」"], kicker="職訓專班"),
    vacancies("職缺快報", ["職缺　人數　月薪　聯絡電話", "電銲技術員　6人　3萬8千至4萬5千元　(05)534-2218",
                       "鐵工學徒　4人　3萬2千元起　(05)534-2218", "堆高機駕駛　3人　3萬5千元起　(05)537-6630"],
              "＊求職者請攜帶身分證及證照影本", glued=True),
    boxed_notice(WELD_PAGE, RULE3, "職訓課程招生公告",
           ["課程：水電配線班、堆高機操作班", f"開課：{START3.month}月{START3.day}日（週{WEEKDAYS_ZH[START3.weekday()]}）起，每週一至週五日間上課",
            "對象：十五歲以上、設籍本縣的失業者", "報名：攜帶身分證至斗六就業服務站櫃臺"],
           "斗六就業服務站", f"中華民國134年{SIGN3.month}月{SIGN3.day}日"),
    qa("職涯諮詢", "中年轉行，來得及嗎？", [
        "問：我今年四十五歲，在超市做了二十年，想轉行學一技之長，會不會太晚？（斗六　陳先生）",
        "答：不會。職訓班的學員有三成超過四十歲，先到就業服務站做職業興趣測驗，再挑適合的課程。",
        "問：上課期間沒有收入怎麼辦？",
        "答：符合資格的失業者可申請職訓生活津貼，詳情請洽服務站。",
    ], "斗六就業服務站　就業諮詢員　石韻竹", ["石韻竹"], glued=True),
    *briefs("職場短波", [
        ("產業工會大會", "縣金屬產業工會本月底召開會員大會，討論年終獎金協商。"),
        ("高空作業訓練", "勞工處下月開辦高空作業安全訓練，免費報名，名額五十人。"),
        ("工作證遺失", "移工阮文雄遺失工作證一張，拾獲者請送斗六就業服務站。"),
    ], "\u3000"),
]


# 4. Big5-HKSCS Hong Kong district weekly, Cantonese, CRLF, indent-only, not glued: a district job fair for catering
#    and retail; the vacancies (a header row); a minimum-wage box; the Q&A; briefs.
DAY4 = date(2045, 6, 16)
SIGN4, WAGE4 = date(2045, 6, 12), date(2045, 7, 1)
ordered(SIGN4, DAY4, WAGE4)
OLD4, RAISE4 = 48, 3
NEW4 = OLD4 + RAISE4
assert NEW4 == 51
STALLS4, JOBS4 = 38, 950
assert JOBS4 - STALLS4 * 25 == 0
HK_PAGE = zh_page(
    "zht_big5hkscs_crlf_hong_kong_jobs_page_district_job_fair_cantonese_kicker_byline_dateline_caption_credit_runhead_cook_midquote_indent_only_vacancies_header_note_minimum_wage_box_adviser_qa_runin_briefs",
    "big5hkscs", "\r\n", 20, False,
    "葵嶺週報 2045-06-16 第8頁 搵工專頁 (an invented Hong Kong district weekly; the district 葵嶺 and its community hall "
    "invented), Big5-HKSCS (`嘅 喺 咗 啲 嚟 冇 嘢`; in neither cp950 nor Big5), CRLF; Cantonese; **indent-only**, "
    "wrapped at 20. A report on a district job fair for catering and retail (kicker `招聘日`, title, byline line, the "
    "dateline `（本報訊）` opening paragraph 1, a caption and its credit inside a sentence, a cook's 「」 words cut by the "
    f"running head before `返工。」`; {STALLS4} stalls × 25 = {JOBS4} posts, asserted); then, after a blank line, the "
    f"vacancies `職位空缺` (a header row, a note line); a minimum-wage notice ({OLD4} + {RAISE4} = {NEW4} 元 an hour, "
    "asserted); the careers Q&A `搵工問答` (問/答, signed); the label `勞工消息` over three briefs.",
    DAY4, "8", ["葵嶺週報", f"2045年6月16日　{weekday(DAY4)}　　第8頁　搵工專頁"],
    ["葵嶺週報　　讀者熱線：2481 6057"],
    ["葵嶺週報", "2045年6月16日", weekday(DAY4), "第8頁", "搵工專頁", "葵嶺週報．搵工專頁", "葵嶺週報", "讀者熱線：2481 6057"],
    "葵嶺週報．搵工專頁", RULE3, not_in=["cp950", "big5"])
HK_PAGE["articles"] = [
    report(["招聘日", "社區招聘會　九百幾份工等人做", "記者　甘凱晴"], "社區招聘會　九百幾份工等人做",
           ["記者　甘凱晴", "甘凱晴"], ["街坊喺攤位前面填表。"], ["（記者　甘凱晴　攝）"],
           [f"（本報訊）葵嶺社區會堂上個禮拜六搞咗一場招聘會，{STALLS4}間飲食同零售公司擺檔，合共提供{JOBS4}個職位，"
            "全職兼職都有。一開門已經有幾百個街坊排隊入場。",
            "會場分開飲食同零售兩邊，{cap}有公司即場面試，傾得掂就即日簽約。",
            "做咗廿年廚房嘅何卓鏗話：「舊舖年頭執咗笠，我搵咗三個月工都搵唔到。今日有間茶餐廳請廚房主管，老闆叫我"
            "下個禮拜一就{run}返工。」"], kicker="招聘日"),
    vacancies("職位空缺", ["職位　人數　薪酬　查詢電話", "茶餐廳廚師　6人　月薪1萬9千元起　2481 7320",
                       "超市理貨員　10人　時薪58元　2481 7345", "便利店店務員　8人　時薪55元　2481 7361"],
              "＊兼職職位可按個人時間編更"),
    boxed_notice(HK_PAGE, RULE3, "法定最低工資調整",
           [f"生效日期：{WAGE4.year}年{md(WAGE4)}", f"新工資水平：每小時由{OLD4}元調高至{NEW4}元",
            "適用對象：所有僱員，包括兼職僱員", "查詢電話：2481 7300"],
           "葵嶺勞工事務辦事處", f"{SIGN4.year}年{md(SIGN4)}"),
    qa("搵工問答", "做兼職有冇勞保？", [
        "問：我喺超市做兼職，一個禮拜返四日，老闆話兼職冇勞保，係咪真㗎？（葵嶺　李小姐）",
        "答：唔係。無論全職定兼職，僱主都要為你買勞工保險。返工受傷，記住即刻通知公司同埋睇醫生。",
        "問：做滿幾耐先有有薪假？",
        "答：連續受僱滿一年，就可以放有薪年假。",
    ], "葵嶺勞工事務辦事處　就業主任　冼卓茵", ["冼卓茵"]),
    *briefs("勞工消息", [
        ("飲食業工會周年大會", "工會本月尾喺社區會堂開周年大會，會員可以帶埋家人出席。"),
        ("廚房安全課程", "勞工處開辦廚房工作安全課程，半日完成，免費報名。"),
        ("工作證遺失", "外籍家庭傭工莎莉遺失工作證一張，拾獲請交葵嶺勞工事務辦事處。"),
    ], "\u3000"),
]


# 5. UTF-8 (no BOM) Singapore daily, LF, blank-line, glued: a training scheme for older workers at a logistics firm;
#    the vacancies glued under the report (a header row); a training-enrolment box; the Q&A glued under the box; briefs.
DAY5 = date(2045, 8, 11)
SIGN5, START5 = date(2045, 8, 8), date(2045, 9, 4)
ordered(SIGN5, DAY5, START5)
TRAINEES5, WEEKS5 = 60, 8
FEE5, GRANT5 = 1200, 1080
assert FEE5 - GRANT5 == 120
SG_PAGE = zh_page(
    "zh_utf8_nobom_lf_singapore_jobs_page_older_workers_training_scheme_kicker_byline_dateline_caption_credit_runhead_trainee_midquote_glued_vacancies_header_note_enrolment_box_glued_adviser_qa_runin_briefs",
    "utf-8", "\n", 21, True,
    "星岛晨报 2045-08-11 第9版 职场与就业 (an invented Singapore daily; Jurong the setting; the 捷联物流 firm and its "
    "training scheme invented), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A report on a training "
    "scheme for older workers at a logistics firm (kicker `培训计划`, byline line, the dateline `（新加坡讯）` opening "
    "paragraph 1, a caption and its credit inside a sentence, a trainee's “” words cut by the running head before "
    f"`落伍。”`; fee {FEE5} − grant {GRANT5} = {FEE5 - GRANT5} 新元, asserted); then, **with no blank line under the "
    "report's last line**, the vacancies `招聘职位` (a header row, a note line); a course-enrolment notice; then, **with "
    "no blank line under the box's foot rule**, the careers Q&A `职涯信箱` (signed); the label `职场简讯` over three "
    "briefs run in after a full-width space.",
    DAY5, "9", ["星岛晨报", f"2045年8月11日　{weekday(DAY5)}　　第9版　职场与就业"],
    ["星岛晨报　　新闻热线：6391 2875　　电邮：news@xingdao.example.sg"],
    ["星岛晨报", "2045年8月11日", weekday(DAY5), "第9版", "职场与就业", "星岛晨报·职场与就业", "星岛晨报",
     "新闻热线：6391 2875", "电邮：news@xingdao.example.sg"],
    "星岛晨报·职场与就业", RULE1)
SG_PAGE["articles"] = [
    report(["培训计划", "乐龄员工学开叉车　物流公司再添人手", "本报记者　符婉清"], "乐龄员工学开叉车　物流公司再添人手",
           ["本报记者　符婉清", "符婉清"], ["学员在仓库里练习驾驶电动叉车。"], ["（摄影：卓俊贤）"],
           [f"（新加坡讯）裕廊一家物流公司捷联物流推出乐龄员工培训计划，首批{TRAINEES5}名50岁以上员工将接受为期"
            f"{WEEKS5}周的叉车与仓储系统培训。课程费用{FEE5}新元，政府津贴{GRANT5}新元，学员只需自付{FEE5 - GRANT5}新元。",
            "培训在公司的新仓库进行，{cap}导师在一旁提醒学员转弯要慢。",
            "58岁的学员黄金福说：“我以前在码头搬货，现在学会用扫描枪和电脑系统，孩子们都说我没有"
            "{run}落伍。”"], kicker="培训计划"),
    vacancies("招聘职位", ["职位　名额　月薪　联络电话", "叉车司机　15　2800-3400新元　6264 1180",
                       "仓储文员　8　2600-3000新元　6264 1195", "送货司机　10　3000-3600新元　6264 1207"],
              "*欢迎乐龄人士申请，提供在职培训", glued=True),
    boxed_notice(SG_PAGE, RULE1, "乐龄员工技能培训报名",
           ["课程：电动叉车操作、仓储管理系统", f"开课：{md(START5)}（{zhou(START5)}）起，逢星期一、三上课",
            "对象：50岁以上的公民和永久居民", "报名：携带身份证到裕廊就业服务站"],
           "裕廊就业服务站", f"{SIGN5.year}年{md(SIGN5)}"),
    qa("职涯信箱", "五十多岁还能转行吗？", [
        "问：我今年55岁，在工厂做了三十年，工厂要搬走了，还有机会转行吗？（裕廊　林先生）",
        "答：有的。物流、保安和护理行业都在招乐龄员工，先参加短期培训，拿到证书再找工作会容易得多。",
        "问：培训期间有津贴吗？",
        "答：符合条件的学员可申请培训津贴，按上课时数发放。",
    ], "裕廊就业服务站　职业辅导员　严慧萱", ["严慧萱"], glued=True),
    *briefs("职场简讯", [
        ("工友联会常年大会", "物流业工友联会本月24日召开常年大会，选出新一届理事。"),
        ("工地安全课程", "就业服务站下月开办工地安全课程，修完可获安全证书。"),
        ("遗失工作准证", "客工拉朱不慎遗失工作准证一张，拾获者请交裕廊就业服务站。"),
    ], "\u3000"),
]


# 6. UTF-16 LE city paper, CRLF, indent-only, glued: a domestic-service training scheme; the vacancies glued under the
#    report (no header row); a job-fair date box; the Q&A glued under the box; briefs.
DAY6 = date(2045, 11, 22)
SIGN6, FAIR6 = date(2045, 11, 18), date(2045, 12, 2)
ordered(SIGN6, DAY6, FAIR6)
CLASSES6, PER6 = 4, 35
assert CLASSES6 * PER6 == 140
RULE6 = "─" * 22
CARE_PAGE = zh_page(
    "zh_utf16le_bom_crlf_city_jobs_page_home_care_training_kicker_byline_dateline_caption_credit_runhead_trainee_midquote_indent_only_glued_vacancies_no_header_note_job_fair_box_glued_adviser_qa_runin_briefs",
    "utf-16-le", "\r\n", 22, False,
    "霁源日报 2045-11-22 第6版 就业周刊 (an invented city daily), UTF-16 LE with BOM, CRLF; **indent-only**, wrapped at "
    "22. A report on a free domestic-service training scheme (kicker `技能培训`, title, byline line, the dateline "
    "`本报讯` opening paragraph 1, a caption and its credit inside a sentence, a trainee's “” words cut by the running "
    f"head before `安心。”`; {CLASSES6} classes × {PER6} = {CLASSES6 * PER6} trainees, asserted); then, **with no blank "
    "line under the report's last line**, the vacancies `家政岗位需求` (**no header row**, a note line); a job-fair "
    f"notice ({md(FAIR6)}（{zhou(FAIR6)}）); then, **with no blank line under the box's foot rule**, the careers Q&A "
    "`就业咨询台` (signed); the label `劳动者之家` over three briefs run in after a full-width space.",
    DAY6, "6", ["霁源日报", f"2045年11月22日　{weekday(DAY6)}　　第6版　就业周刊　　编辑：宓　涵"],
    ["霁源日报社　　新闻热线：0596-3307412"],
    ["霁源日报", "2045年11月22日", weekday(DAY6), "第6版", "就业周刊", "编辑：宓　涵", "霁源日报·就业周刊", "霁源日报社",
     "新闻热线：0596-3307412"],
    "霁源日报·就业周刊", RULE6, bom=True)
CARE_PAGE["articles"] = [
    report(["技能培训", "免费家政培训　结业就能上岗", "本报记者　房　沚"], "免费家政培训　结业就能上岗",
           ["本报记者　房　沚", "房　沚", "房沚"], ["学员在实训室练习为“老人”翻身。"], ["（本报记者　房　沚　摄）"],
           [f"本报讯　市人社局今年开办的免费家政服务培训班已结业{CLASSES6}期，每期{PER6}人，共{CLASSES6 * PER6}人"
            "拿到了结业证书，课程包括育婴、养老护理和家居保洁。",
            "培训在市职业技能实训基地进行，{cap}老师一边示范一边讲解要领。",
            "结业学员温秀英说：“以前照顾老人全凭经验，现在知道怎么喂饭、怎么翻身才不会伤着人，雇主也更"
            "{run}安心。”"], kicker="技能培训"),
    vacancies("家政岗位需求", ["育婴员　20人　月薪5500-7000元　0596-3321806",
                         "养老护理员　25人　月薪4800-6200元　0596-3321811", "家居保洁员　30人　时薪35元　0596-3321825"],
              "*持结业证书者优先录用", glued=True),
    boxed_notice(CARE_PAGE, RULE6, "家政服务专场招聘会",
           [f"时间：{md(FAIR6)}（{zhou(FAIR6)}）上午9:00-12:00", "地点：市人力资源市场二楼",
            "对象：有意从事家政服务的城乡劳动者", "携带：身份证、健康证、培训结业证书"],
           "霁源市人力资源和社会保障局", f"{SIGN6.year}年{md(SIGN6)}"),
    qa("就业咨询台", "做家政要办健康证吗？", [
        "问：我想去做育婴员，家政公司让我先办健康证，去哪里办？（芗江区　温女士）",
        "答：带上身份证到各区疾控中心或指定体检机构办理，一般三个工作日可以领证。",
        "问：没有学历能报名培训吗？",
        "答：可以。培训不设学历门槛，年满十八岁、身体健康即可报名。",
    ], "霁源市人力资源市场　职业指导员　戚　蕙", ["戚　蕙", "戚蕙"], glued=True),
    *briefs("劳动者之家", [
        ("家政工会成立", "市家政服务行业工会上周成立，首批会员三百余人。"),
        ("消防安全课", "市总工会为家政从业人员开设消防安全课，讲解燃气使用常识。"),
        ("遗失声明", "温某不慎遗失家政服务员上岗证一本，声明作废。"),
    ], "\u3000"),
]


def rupiah(n):
    return "Rp" + f"{n:,}".replace(",", ".")


# 7. Osing (Banyuwangi, East Java, Indonesia), UTF-8 with BOM, CRLF, blank-line, glued: a fish-canning plant opens at
#    Muncar; the vacancies glued under the report (a header row); a minimum-wage box; the Q&A glued under the box;
#    briefs on heads ending in `: `.
DAY7 = date(2045, 4, 12)
SIGN7, WAGE7 = date(2045, 4, 5), date(2045, 5, 1)
ordered(SIGN7, DAY7, WAGE7)
POSTS7 = [("Ngolah iwak", 120), ("Ngemas", 45), ("Teknisi", 15)]
HIRE7 = sum(n for _, n in POSTS7)
assert HIRE7 == 180
OLD7, RAISE7 = 2_900_000, 175_000
NEW7 = OLD7 + RAISE7
assert NEW7 == 3_075_000
RULE7 = "=" * 38
OSING_PAGE = latin_page(
    "osi_utf8_bom_crlf_osing_jobs_page_fish_cannery_opens_kicker_byline_dateline_caption_credit_running_head_worker_midquote_glued_vacancies_header_note_minimum_wage_box_glued_adviser_qa_runin_briefs",
    "utf-8", "\r\n", 38, "", True,
    "Warta Blambangan 2045-04-12 Halaman 7 (an invented weekly of Banyuwangi, East Java, Indonesia; Osing text, "
    "Indonesian furniture), UTF-8 with BOM (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 38 with hyphenation. A "
    "report on a fish-canning plant opening at Muncar (kicker `Pabrik anyar`, title over two lines, byline line `Tulisan: "
    "Hadi Purwanto`, the dateline `BANYUWANGI –`, a caption and its credit inside a sentence, a fisherman's wife's “” "
    f"words cut by the running head before `sekolah.”`; 120 + 45 + 15 = {HIRE7} posts, asserted); then, **with no "
    "blank line under the report's last line**, the vacancies `Lowongan pabrik` (a header row, columns aligned by "
    f"spaces, a note row); a minimum-wage notice between two `=` rules ({rupiah(OLD7)} + {rupiah(RAISE7)} = "
    f"{rupiah(NEW7)}, asserted); then, **with no blank line under the box's foot rule**, the careers Q&A `Takon karier` "
    "(`Takon:`/`Jawab:` turns, signed with name, post and office); the label `Kabar buruh` over three briefs whose run-in "
    "heads end in `: ` (the colon is markup).",
    DAY7, "7", [f"WARTA BLAMBANGAN · {indonesian(DAY7)} · Halaman 7", "Kerja & Karier · Redaktur: Agus Setiawan"],
    ["Warta Blambangan · redaksi@blambangan.example.id"],
    ["WARTA BLAMBANGAN", indonesian(DAY7), "Halaman 7", "Kerja & Karier", "Redaktur: Agus Setiawan",
     "Warta Blambangan · Kerja & Karier", "Warta Blambangan", "redaksi@blambangan.example.id"],
    "Warta Blambangan · Kerja & Karier", RULE7, 5, bom=True)
OSING_PAGE["articles"] = [
    report(["Pabrik anyar", "Pabrik iwak kaleng nong Muncar", "butuh satus wolungpuluh buruh", "Tulisan: Hadi Purwanto"],
           "Pabrik iwak kaleng nong Muncar butuh satus wolungpuluh buruh", ["Tulisan: Hadi Purwanto", "Hadi Purwanto"],
           ["Buruh anyar sinau ngemas iwak."], ["Foto: Yudi Santoso"],
           [syl(f"BANYUWANGI – Pabrik iwak kaleng Samudra Rejeki nong Muncar wis dibuka dino Senen. Pabrik iki butuh "
                f"{HIRE7} buruh: {POSTS7[0][1]} wong ngolah iwak, {POSTS7[1][1]} wong ngemas, lan {POSTS7[2][1]} "
                "teknisi mesin."),
            syl("Isuk-isuk wis akeh wong antri nong ngarep pabrik, {cap}sing sedikit hang nggowo lare."),
            syl("Sumiyati, rabine nelayan Muncar, ngomong: “Bengen isun sing due gawean tetep, mung ngenteni bojo "
                "balik teko segoro. Saiki isun oleh bayaran saben wulan, lare-lare biso terus {run}sekolah.”")],
           kicker="Pabrik anyar"),
    vacancies("Lowongan pabrik", aligned([("Gawean", "Jumlah", "Bayaran", "Kontak")]
                                         + [(post, str(n), pay, "0333-51 2240") for (post, n), pay in
                                            zip(POSTS7, ["Rp3.100.000", "Rp3.100.000", "Rp3.800.000"])]),
              "* Daftar nong kantor pabrik, Senen-Jemuah.", glued=True),
    boxed_notice(OSING_PAGE, RULE7, "Upah minimum anyar",
           [f"Mulai: {indonesian(WAGE7)}", f"Upah: {rupiah(OLD7)} dadi {rupiah(NEW7)} saben wulan",
            "Kanggo: kabeh buruh nong Kabupaten Banyuwangi", "Takon: Balai Kerja Blambangan, Jalan Ikan Tongkol 12"],
           "Balai Kerja Blambangan", f"Banyuwangi, {SIGN7.day} April {SIGN7.year}"),
    qa("Takon karier", "Kontrak kerjo kudu ditulis?", [
        syl("Takon: Isun arep nyambut gawe nong pabrik, tapi mandore ngomong kontrak sing perlu ditulis. Paran "
            "iku bener? (Rina, Muncar)"),
        syl("Jawab: Sing bener. Kontrak kerjo kudu ditulis lan siro kudu oleh salinane. Wocoen disik bayarane, jam "
            "kerjone lan suwene kontrak."),
        syl("Takon: Lek isun loro, bayaran tetep mlebu?"),
        syl("Jawab: Tetep, lek siro nggowo surat teko dokter."),
    ], "Dewi Kartikasari, konselor karier, Balai Kerja Blambangan", ["Dewi Kartikasari"], glued=True),
    *briefs("Kabar buruh", [
        ("Rapat serikat", syl("Serikat Buruh Iwak Muncar rapat dino Minggu nong balai desa; kabeh anggota diundang.")),
        ("Pelatihan keselamatan", syl("Balai Kerja Blambangan nganakaken pelatihan keselamatan kerjo gratis kanggo "
                                      "buruh pabrik anyar.")),
        ("Kartu kerjo ilang", syl("Kartu kerjo atas jeneng Slamet Haryadi ilang nong pasar Muncar; hang nemu, tulung "
                                  "balekaken nong kantor pabrik.")),
    ], ": "),
]


# 8. Selayar (Benteng, Selayar Islands, South Sulawesi, Indonesia), Windows-1252, CRLF, indent-only (four spaces), not
#    glued: a job fair; the vacancies without a header row; a job-fair date box; the Q&A; briefs.
DAY8 = date(2045, 7, 7)
SIGN8, FAIR8 = date(2045, 7, 3), date(2045, 7, 19)
ordered(SIGN8, DAY8, FAIR8)
FIRMS8, POSTS8 = 14, 210
assert POSTS8 == FIRMS8 * 15
RULE8 = "=" * 44
SELAYAR_PAGE = latin_page(
    "sly_cp1252_crlf_selayar_jobs_page_job_fair_kicker_byline_dateline_caption_credit_running_head_jobseeker_midquote_indent_only_four_spaces_vacancies_no_header_note_job_fair_box_adviser_qa_runin_briefs",
    "cp1252", "\r\n", 44, "    ", False,
    "Suara Tanadoang 2045-07-07 Halaman 5 (an invented weekly of Benteng, Selayar Islands, South Sulawesi, Indonesia; "
    "Selayar text, Indonesian furniture), **Windows-1252** (`“ ” – ·`), CRLF; **indent-only paragraphs (four "
    "spaces)**, wrapped at 44 with hyphenation. A report on a job fair (kicker `Bursa kerja`, byline line `Tulisang: "
    "Nurhayati Daeng Bau`, the dateline `BENTENG –`, a caption and its credit inside a sentence, a young job-seeker's "
    f"“” words cut by the running head before `Benteng.”`; {FIRMS8} firms × 15 = {POSTS8} posts, asserted); then, after "
    "a blank line, the vacancies `Jama-jamang` (**no header row**, aligned by spaces, a note row); a job-fair notice "
    f"between two `=` rules (the next fair on {indonesian(FAIR8)}); the careers Q&A `Pakkutaknang` (signed); the label "
    "`Kabara' pajama` over three briefs run in on heads ending in `: `.",
    DAY8, "5", [f"SUARA TANADOANG · {indonesian(DAY8)} · Halaman 5", "Kerja & Karier · Redaktur: Muhammad Arsyad"],
    ["Suara Tanadoang · redaksi@tanadoang.example.id"],
    ["SUARA TANADOANG", indonesian(DAY8), "Halaman 5", "Kerja & Karier", "Redaktur: Muhammad Arsyad",
     "Suara Tanadoang · Kerja & Karier", "Suara Tanadoang", "redaksi@tanadoang.example.id"],
    "Suara Tanadoang · Kerja & Karier", RULE8, 5)
SELAYAR_PAGE["articles"] = [
    report(["Bursa kerja", "Bursa kerja ri Benteng, rua sabu tau battu", "Tulisang: Nurhayati Daeng Bau"],
           "Bursa kerja ri Benteng, rua sabu tau battu", ["Tulisang: Nurhayati Daeng Bau", "Nurhayati Daeng Bau"],
           ["Tau rungka ammasso' surat lamaran."], ["Foto: Rizal Opu"],
           [syl(f"BENTENG – Bursa kerja niballukang ri Gedung Pertemuan Benteng ri allo Sattu. {FIRMS8} perusahaan "
                f"battu, angngerang {POSTS8} jama-jamang: pagaukang hotel, kapala' lopi, toko, siagang rumah sakit. "
                "Nia' rua sabu tau rungka battu."),
            syl("Ri lalang gedung, {cap}tau-tau rungka ammuntuli meja perusahaan sanggenna karueng."),
            syl("Jumardi, tau rungka battu ri Bontomatene, nakana: “Sallomi nakke ammuntuli jama ri Makassar. Anne "
                "allo nia' hotel angkana la nanarimai nakke, jari tena nakke la ambokoi {run}Benteng.”")],
           kicker="Bursa kerja"),
    vacancies("Jama-jamang", aligned([("Pagaukang hotel", "8 tau", "Rp3.200.000", "0414-21 3390"),
                                      ("Anak buah kapal", "12 tau", "Rp3.600.000", "0414-21 3417"),
                                      ("Perawat", "5 tau", "Rp3.900.000", "0414-21 3452")]),
              "* Surat lamaran nipassulu' ri kantoro' perusahaan."),
    boxed_notice(SELAYAR_PAGE, RULE8, "Bursa kerja ri bulang Juli",
           [f"Allo: {indonesian(FAIR8)}, jam 08.00-13.00", "Ri: Gedung Pertemuan Benteng",
            "Untu': tau rungka siagang tau tena jamana", "Erang: KTP, ijazah, siagang surat lamaran"],
           "Kantor Kerja Tanadoang", f"Benteng, {SIGN8.day} Juli {SIGN8.year}"),
    qa("Pakkutaknang", "Apa nipakasadia ri wattu wawancara?", [
        syl("Kutaknang: Nakke la wawancara ri hotel ri allo Sanneng. Apa musti kupakasadia? (Jumardi, Bontomatene)"),
        syl("Pappiwali: Battu ri wattunna, pake pakeang kalotoro', siagang pau ri kabajikanna jamannu ri olo. Erang "
            "kopina ijazahnu."),
        syl("Kutaknang: Punna nikutaknang gajiku, apa kukana?"),
        syl("Pappiwali: Kana bajiki ammuntuli gaji standar, mingka mallakko' ri kanalarrorang."),
    ], "Hasnah Daeng Rannu, konselor kerja, Kantor Kerja Tanadoang", ["Hasnah Daeng Rannu"]),
    *briefs("Kabara' pajama", [
        ("Rapat serikat", syl("Serikat pajama lopi Selayar rapat ri allo Ahad ri kantoro' desa Bontobangun.")),
        ("Kursus keselamatan", syl("Kantor Kerja Tanadoang ambukai kursus keselamatan ri tamparang untu' anak buah "
                                   "kapal, gratis.")),
        ("Kartu kerja lanyak", syl("Kartu kerja niaka areng Syamsuddin Opu lanyak ri pelabuhan Pamatata; tau "
                                   "anggappai pappalaki nierang mae ri kantoro' pelabuhan.")),
    ], ": "),
]


# 9. Simeulue (Sinabang, Simeulue island, Aceh, Indonesia), UTF-16 BE with BOM, LF, blank-line, glued: an outboard-
#    engine repair course; the vacancies glued under the report (a header row); a course-enrolment box; the Q&A glued
#    under the box; briefs.
DAY9 = date(2045, 10, 18)
SIGN9, START9 = date(2045, 10, 13), date(2045, 11, 3)
ordered(SIGN9, DAY9, START9)
GROUPS9, PER9, DAYS9 = 2, 16, 20
assert GROUPS9 * PER9 == 32
RULE9 = "=" * 41
SIMEULUE_PAGE = latin_page(
    "smr_utf16be_bom_lf_simeulue_jobs_page_boat_engine_repair_course_kicker_byline_dateline_caption_credit_running_head_trainee_midquote_glued_vacancies_header_note_enrolment_box_glued_adviser_qa_runin_briefs",
    "utf-16-be", "\n", 41, "", True,
    "Kabar Simeulue 2045-10-18 Halaman 6 (an invented weekly of Sinabang, Simeulue island, Aceh, Indonesia; Simeulue "
    "text, Indonesian furniture), UTF-16 BE with BOM (`“ ” – ·`), LF; blank-line paragraphs, wrapped at 41 with "
    "hyphenation. A report on an outboard-engine repair course (kicker `Kursus mesin`, byline line `Tulisan: Marlina "
    "Ulfa`, the dateline `SINABANG –`, a caption and its credit inside a sentence, a trainee's “” words cut by the "
    f"running head before `Sinabang.”`; {GROUPS9} groups × {PER9} = {GROUPS9 * PER9} trainees, asserted); then, **with "
    "no blank line under the report's last line**, the vacancies `Lowongan` (a header row, a note row); a course-"
    "enrolment notice between two `=` rules; then, **with no blank line under the box's foot rule**, the careers Q&A "
    "`Tanya karier` (signed); the label `Kabar pekerja` over three briefs run in on heads ending in `: `.",
    DAY9, "6", [f"KABAR SIMEULUE · {indonesian(DAY9)} · Halaman 6", "Kerja & Karier · Redaktur: Zulkifli Hamid"],
    ["Kabar Simeulue · redaksi@kabarsimeulue.example.id"],
    ["KABAR SIMEULUE", indonesian(DAY9), "Halaman 6", "Kerja & Karier", "Redaktur: Zulkifli Hamid",
     "Kabar Simeulue · Kerja & Karier", "Kabar Simeulue", "redaksi@kabarsimeulue.example.id"],
    "Kabar Simeulue · Kerja & Karier", RULE9, 5, bom=True)
SIMEULUE_PAGE["articles"] = [
    report(["Kursus mesin", "Anak muda Simeulue belajar memperbaiki mesin boat", "Tulisan: Marlina Ulfa"],
           "Anak muda Simeulue belajar memperbaiki mesin boat", ["Tulisan: Marlina Ulfa", "Marlina Ulfa"],
           ["Peserta kursus membongkar mesin tempel."], ["Foto: Hendra Saputra"],
           [syl(f"SINABANG – Balai latihan kerja Sinabang ahe mamukak kursus mesin boat. {GROUPS9} kelompok, "
                f"{PER9} anak muda sa kelompok, ahe belajar {DAYS9} ari; dumek kursus, {GROUPS9 * PER9} peserta ahe "
                "mendapat sertifikat."),
            syl("Peserta belajar di bengkel balai, {cap}guru mangajari cara manggantik busi."),
            syl("Riski Maulana, peserta dari Teupah Barat, mangecek: “Bengek ahu mambawa boat bapak ahu, tapi mesin "
                "rusak ahu inda tau. Ati ahu nolong nelayan lain di {run}Sinabang.”")],
           kicker="Kursus mesin"),
    vacancies("Lowongan", aligned([("Kerja", "Jumlah", "Gaji", "Kontak"),
                                   ("Mekanik mesin boat", "4", "Rp3.300.000", "0650-21 7712"),
                                   ("Pembantu bengkel", "3", "Rp2.800.000", "0650-21 7712"),
                                   ("Juru mudi kapal", "2", "Rp3.700.000", "0650-21 7735")]),
              "* Utamakan yang ahe mendapat sertifikat kursus.", glued=True),
    boxed_notice(SIMEULUE_PAGE, RULE9, "Pendaftaran kursus baru",
           ["Kursus: mesin boat dan las listrik", f"Mulai: {indonesian(START9)}, jam 08.00-14.00",
            "Untuk: anak muda 18-35 tahun dari Simeulue", "Bawa: KTP, kartu keluarga, pas foto"],
           "Balai Latihan Kerja Sinabang", f"Sinabang, {SIGN9.day} Oktober {SIGN9.year}"),
    qa("Tanya karier", "Sertifikat kursus bisa dipakai di luar pulau?", [
        syl("Tanya: Ahu ahe mendapat sertifikat las. Sertifikat ini bisa dipakai mancari kerja di Medan? (Fitri, "
            "Sinabang)"),
        syl("Jawab: Bisa. Sertifikat balai berlaku di seluruh Indonesia. Bawa juga surat keterangan dari bengkel "
            "tempat ngo praktek."),
        syl("Tanya: Ahu parempuan, bisa ikut kursus mesin?"),
        syl("Jawab: Bisa, kursus terbuka untuk laki-laki dan parempuan."),
    ], "Cut Nurlela, konselor kerja, Balai Latihan Kerja Sinabang", ["Cut Nurlela"], glued=True),
    *briefs("Kabar pekerja", [
        ("Rapat serikat nelayan", syl("Serikat nelayan Simeulue rapat ari Minggu di balai desa Suka Karya.")),
        ("Pelatihan keselamatan", syl("Balai latihan kerja mangajari keselamatan di laut untuk awak boat, "
                                      "gratis.")),
        ("Kartu kerja hilang", syl("Kartu kerja atas nama Safrizal ahe hilang di pelabuhan Sinabang; yang "
                                   "manemukan, tolong antar ke kantor pelabuhan.")),
    ], ": "),
]


# 10. Rongga (Waelengga, East Manggarai, Flores, Indonesia), Mac OS Roman, CR, indent-only (three spaces), not glued:
#     a cashew-processing plant opens; the vacancies without a header row; a minimum-wage box; the Q&A; briefs.
DAY10 = date(2045, 2, 8)
SIGN10, WAGE10 = date(2045, 1, 30), date(2045, 3, 1)
ordered(SIGN10, DAY10, WAGE10)
WOMEN10, MEN10 = 64, 26
assert WOMEN10 + MEN10 == 90
OLD10, RAISE10 = 2_650_000, 150_000
NEW10 = OLD10 + RAISE10
assert NEW10 == 2_800_000
RULE10 = "=" * 40
RONGGA_PAGE = latin_page(
    "ror_macroman_cr_rongga_jobs_page_cashew_plant_opens_kicker_byline_dateline_caption_credit_runhead_worker_midquote_indent_only_three_spaces_vacancies_no_header_note_minimum_wage_box_adviser_qa_runin_briefs",
    "mac_roman", "\r", 40, "   ", False,
    "Suara Kota Komba 2045-02-08 Halaman 4 (an invented weekly of Waelengga, East Manggarai, Flores, Indonesia; Rongga "
    "text, Indonesian furniture), **Mac OS Roman** (`“ ” – ·`), **CR**; **indent-only paragraphs (three spaces)**, "
    "wrapped at 40 with hyphenation. A report on a cashew-processing plant opening (kicker `Pabrik mete`, byline line "
    "`Tulisan: Yuliana Jaga`, the dateline `WAELENGGA –`, a caption and its credit inside a sentence, a woman worker's "
    f"“” words cut by the running head before `sekolah.”`; {WOMEN10} + {MEN10} = {WOMEN10 + MEN10} hands, asserted); "
    "then, after a blank line, the vacancies `Lowongan` (**no header row**, a note row); a minimum-wage notice "
    f"({rupiah(OLD10)} + {rupiah(RAISE10)} = {rupiah(NEW10)}, asserted); the careers Q&A `Tanya karier` (signed); the "
    "label `Kabar ata kerja` over three briefs run in on heads ending in `: `.",
    DAY10, "4", [f"SUARA KOTA KOMBA · {indonesian(DAY10)} · Halaman 4", "Kerja & Karier · Redaktur: Kornelis Nggoro"],
    ["Suara Kota Komba · redaksi@kotakomba.example.id"],
    ["SUARA KOTA KOMBA", indonesian(DAY10), "Halaman 4", "Kerja & Karier", "Redaktur: Kornelis Nggoro",
     "Suara Kota Komba · Kerja & Karier", "Suara Kota Komba", "redaksi@kotakomba.example.id"],
    "Suara Kota Komba · Kerja & Karier", RULE10, 5)
RONGGA_PAGE["articles"] = [
    report(["Pabrik mete", "Pabrik mete mbuka ne'e Waelengga", "Tulisan: Yuliana Jaga"],
           "Pabrik mete mbuka ne'e Waelengga", ["Tulisan: Yuliana Jaga", "Yuliana Jaga"],
           ["Ata kerja molo mete ne'e pabrik."], ["Foto: Benediktus Woda"],
           [syl(f"WAELENGGA – Pabrik mete Flores Lestari mbuka ne'e Waelengga leza Sena. Pabrik ngai ata kerja "
                f"{WOMEN10 + MEN10}: {WOMEN10} ata fai, {MEN10} ata haki. Ata kerja mai ne'e kampo Watunggene, "
                "Tanarata ne'e Komba."),
            syl("Leza pu'u, {cap}ata kampo mbeo pabrik ne'e mori pabrik."),
            syl("Mama Maria Wea, ata kerja fai, tana: “Bhila pu'u ja'o tau uma mesa, dhoi ngai. Nembu ja'o "
                "dhoi sa wula, ana ja'o ngai mbana {run}sekolah.”")],
           kicker="Pabrik mete"),
    vacancies("Lowongan", aligned([("Molo mete", "40 ata", "Rp2.800.000", "0385-24 1180"),
                                   ("Kemasan", "20 ata", "Rp2.800.000", "0385-24 1180"),
                                   ("Sopir truk", "3 ata", "Rp3.400.000", "0385-24 1194")]),
              "* Daftar ne'e kantor pabrik, Sena-Jumat."),
    boxed_notice(RONGGA_PAGE, RULE10, "Upah minimum wa'u",
           [f"Mulai: {indonesian(WAGE10)}", f"Upah: {rupiah(OLD10)} dadi {rupiah(NEW10)} sa wula",
            "Ata: ata kerja pabrik ne'e toko ne'e Kota Komba", "Tanya: telepon 0385-24 1102"],
           "Kantor Kerja Kota Komba", f"Waelengga, {SIGN10.day} Januari {SIGN10.year}"),
    qa("Tanya karier", "Kontrak kerja ngai tulis?", [
        syl("Tanya: Ja'o kerja ne'e pabrik mete, mandor tana kontrak kerja nggo'o tulis. Mbiwa? (Sisilia, "
            "Watunggene)"),
        syl("Jawab: Mbiwa. Kontrak kerja ngai tulis, kau ngai simpan sa lembar. Baca pu'u upah, jam kerja ne'e "
            "leza libur."),
        syl("Tanya: Ja'o mesi mata, upah ja'o dhoi?"),
        syl("Jawab: Dhoi, bhila kau ngai surat dokter. Bhila pabrik nggo'o dhoi, kau mbana Kantor Kerja "
            "Kota Komba ne'e Waelengga."),
    ], "Veronika Mbete, konselor kerja, Kantor Kerja Kota Komba", ["Veronika Mbete"]),
    *briefs("Kabar ata kerja", [
        ("Rapat serikat", syl("Serikat ata kerja pabrik Kota Komba rapat leza Minggu ne'e aula paroki.")),
        ("Pelatihan keselamatan", syl("Kantor Kerja Kota Komba mbuka pelatihan keselamatan kerja gratis, ata "
                                      "kerja pabrik mbana.")),
        ("Kartu kerja mbeta", syl("Kartu kerja ngaza Stefanus Lado mbeta ne'e pasar Waelengga; ata todo, tu "
                                  "mbana kantor pabrik.")),
    ], ": "),
]

PAGES = [MILL_PAGE, FAIR_PAGE, WELD_PAGE, HK_PAGE, SG_PAGE, CARE_PAGE, OSING_PAGE, SELAYAR_PAGE, SIMEULUE_PAGE,
         RONGGA_PAGE]
