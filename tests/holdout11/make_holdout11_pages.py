#!/usr/bin/env python3
"""Lay out the holdout11 pages from their hand-written gold text (never imports paperarchive).

usage: python3 make_holdout11_pages.py [--check]
Writes every page file (in its encoding) and its .gold.json next to this script, and INDEX.json.
--check only verifies the committed files: strict decode, and that the page's non-whitespace
characters minus the gold's equal the markup the README lists (and the gold adds nothing).
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
U = "\u3000"
CLOSE = set("，。、；：？！”’）》」』】〕…—,.;:?!)")
OPEN = set("“‘（《「『【〔(")


def cjk_wrap(text, width, indent=U + U):
    """Hard wrap at `width` cells (ASCII half a cell), no closing mark at a line start
    (it hangs past the margin), no opening mark at a line end, ASCII runs kept whole."""
    toks = re.findall(r"[A-Za-z0-9.%$@/:_+-]+|.", text)
    lines, cur, w = [], indent, len(indent)
    for t in toks:
        tw = len(t) * 0.5 if t.isascii() and t != " " else 1
        if w + tw > width and cur.strip():
            if t in CLOSE:  # hangs past the margin (with any closing marks after it)
                cur += t
                w += tw
                continue
            carry = ""
            if cur and cur[-1] in OPEN:
                carry, cur = cur[-1], cur[:-1]
            lines.append(cur)
            cur, w = carry, (1 if carry else 0)
        cur += t
        w += tw
    if cur:
        lines.append(cur)
    return lines


def en_wrap(text, width, hyph=(), indent=""):
    """Ragged wrap; a word listed in `hyph` as 'syl-lable' may be split at its hyphen."""
    splits = {h.replace("-", ""): h.split("-") for h in hyph}
    lines, cur = [], indent
    for word in text.split(" "):
        cand = (cur + " " + word) if cur.strip() else cur + word
        if len(cand) <= width:
            cur = cand
            continue
        core = word.rstrip(".,;:!?»\u202f\u00a0")
        if core in splits:
            a, b = splits[core]
            head = (cur + " " + a + "-") if cur.strip() else cur + a + "-"
            if len(head) <= width:
                lines.append(head)
                cur = word[len(a):]
                continue
        lines.append(cur)
        cur = word
    lines.append(cur)
    return lines


def insert(lines, after, extra):
    return lines[:after] + list(extra) + lines[after:]


PAGES = {}


def page(name, enc, newline="\n", bom=b""):
    def deco(fn):
        PAGES[name] = (enc, newline, bom, fn)
        return fn
    return deco


def art(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, source=None,
        headings=(), captions=(), credits=None):
    a = {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle,
         "byline": byline, "source": source, "headings": list(headings),
         "paragraphs": paragraphs, "captions": list(captions)}
    if credits:
        a["credits"] = credits
    return a


# ---------------------------------------------------------------- page 1
@page("zh_pdftotext_layout_2004_spaced_head_two_columns_caption_formfeed.txt", "utf-8")
def p1():
    head = "江原日报              2004年6月18日      星期五              要闻         第 4 版"
    foot = "责任编辑：陈立新      电话：（010）65368888      电子信箱：yaowen@example.cn"
    a1 = art("夏粮收购全面展开", [
        "本报北京6月17日讯　记者李国平报道：随着南方冬小麦陆续开镰，今年夏粮收购工作已在河南、安徽、江苏、湖北等主产区全面展开。截至6月15日，各类粮食企业累计收购新产小麦1260万吨，比去年同期增加310万吨。",
        "国家粮食局有关负责人介绍，今年夏粮收购呈现出开秤早、进度快、价格稳的特点。主产区普遍增设收购网点，延长收购时间，不少粮库实行“预约收购”，农民排队等候的时间明显缩短。",
        "这位负责人说，今年国家继续在主产区实行小麦最低收购价政策。各地粮食部门要严格执行收购政策，做到不压级压价、不“打白条”，切实保护种粮农民的利益。",
        "为保证收购资金及时足额到位，农业发展银行已安排夏粮收购贷款800亿元，目前已发放贷款215亿元。",
        "记者在河南安平县看到，县里的粮食收购点前，农民用三轮车、拖拉机拉来新麦，检验、过磅、结算一条龙，不到半小时就能拿到售粮款。",
    ], subtitle="多渠道入市收购　确保农民售粮方便",
        byline=["记者李国平", "李国平"],
        captions=["6月16日，安平县粮食储备库职工正在检验农民送来的新麦。"],
        credits=["本报记者　周晓峰摄"])
    a2 = art("江原至临川城际铁路可研报告通过评审", [
        "新华社北京6月17日电（记者王晓燕）江原至临川城际铁路可行性研究报告日前通过专家评审。这条铁路全长186公里，设计时速200公里，建成后两市间的旅行时间将由目前的3小时缩短到1小时以内。",
        "据介绍，该线沿途设站9座，预计总投资210亿元，计划今年年底开工，工期4年。",
    ], byline=["记者王晓燕", "王晓燕"], source=[None, "新华社"])
    a3 = art("中小学生暑期安全教育周启动", [
        "本报讯　教育部、公安部等部门日前联合启动全国中小学生暑期安全教育周活动，要求各地学校在放假前集中开展防溺水、交通安全和消防安全教育，并向每位家长发放一封安全提示信。",
        "据统计，去年暑期全国共发生中小学生溺水事故数百起，教育部门要求各地在重点水域设置警示标志，组织志愿者开展巡查。",
    ])
    W = 21
    L = []
    for i, p in enumerate(a1["paragraphs"]):
        ls = [" " * 4 + x[2:] if x.startswith(U + U) else x for x in cjk_wrap(p, W)]
        if i == 1:  # the photo caption and its credit sit between two lines of paragraph 2
            ls = insert(ls, 2, ["    " + a1["captions"][0][:W - 2], "    " + a1["captions"][0][W - 2:],
                                "                  本报记者　周晓峰摄"])
        L += ls
    R = ["  " + a2["title"][:10], "    " + a2["title"][10:], ""]
    for p in a2["paragraphs"]:
        R += [" " * 4 + x[2:] if x.startswith(U + U) else x for x in cjk_wrap(p, W)]
    R += ["", "    " + a3["title"], ""]
    for p in a3["paragraphs"]:
        R += [" " * 4 + x[2:] if x.startswith(U + U) else x for x in cjk_wrap(p, W)]
    n = max(len(L), len(R))
    L += [""] * (n - len(L))
    R += [""] * (n - len(R))
    body = []
    for left, r in zip(L, R):
        pad = " " * (30 - len(left)) if r else ""  # pdftotext pads to a character column
        body.append((left + pad + r).rstrip())
    text = [head, "", "", " " * 22 + "夏  粮  收  购  全  面  展  开", "",
            " " * 26 + "多渠道入市收购　确保农民售粮方便", ""] + body + ["", foot, "\f"]
    gold = {"note": "", "page": {"furniture": [head, foot], "date": "2004-06-18", "page": "4"},
            "articles": [a1, a2, a3]}
    return "\n".join(text), gold


# ---------------------------------------------------------------- page 2
@page("zht_cp950_macau_benbao_xiaoxi_pataca_portuguese_names_jump_repeated_head_crlf.txt", "cp950", "\r\n")
def p2():
    head = "澳海日報　2025年11月8日　星期六　　A4　澳聞"
    jump = "（轉A6版）"
    a1 = art("輕軌東線下月加密班次", [
        "【本報消息】輕軌公司宣布，由下月1日起加密東線班次，平日早上7時半至9時半及傍晚5時半至7時半的繁忙時段，列車每4分鐘開出一班，較現時縮短2分鐘。",
        "輕軌公司發言人羅飛文（Filipe Rocha）表示，東線通車半年以來，日均客量已達2.1萬人次，比預期多出三成，部分站點在繁忙時段出現月台擠迫情況。公司已增聘12名車長，並完成4列新車的測試。",
        "對於有居民反映票價偏高，羅飛文指，現時單程車資為6至10澳門元，持澳門通長者卡及學生卡的乘客可享半價優惠，公司暫未有調整票價的計劃。另外，公司亦會研究在",
    ], section=[None, "澳聞"], subtitle="繁忙時段每四分鐘一班", byline=None)
    a2 = art("社區中心推長者數碼課程", [
        "筷子基社區中心本月起開辦長者數碼生活課程，教授長者使用手機繳交水電費、預約醫療服務及辨別網上詐騙，每期八堂，費用全免，名額60個，報名反應踴躍。",
        "中心主任何慧珊表示，不少獨居長者不懂使用手機應用程式，往往要等子女放假才能處理日常事務。課程由大學生義工一對一教授，讓長者按自己的進度學習。",
        "參加課程的梁婆婆今年78歲，她說以前最怕到銀行排隊，學會用手機轉帳後方便很多，「現在在家裡也能自己辦妥」。",
        "中心表示，下一期課程將於明年1月開班，有興趣的長者可於辦公時間親臨中心或致電查詢。",
    ], byline=["本報記者　梁嘉欣", "梁嘉欣"],
        captions=["長者在義工協助下學習使用手機繳費。"], credits=["（本報記者攝）"])
    a3 = art("議員促增設巴士候車亭", [
        "【本報消息】議員高世文（Jorge Costa）日前提交書面質詢，指新口岸多個巴士站未設上蓋，居民在雨天及夏季烈日下候車十分辛苦，促請當局在明年內增設候車亭，並公布各站的改善時間表。",
        "高世文指出，區內長者及學生乘搭巴士的比例較高，當局應優先在學校及醫療設施附近的站點動工。",
    ])
    W = 18
    L = [head, ""]
    L += [U + a1["title"], U * 3 + "繁忙時段每四分鐘一班", ""]
    for p in a1["paragraphs"]:
        L += cjk_wrap(p, W)
    L += [U * 9 + jump, "", "", head, "", U + a2["title"], U * 8 + "本報記者　梁嘉欣", ""]
    for i, p in enumerate(a2["paragraphs"]):
        ls = cjk_wrap(p, W)
        if i == 1:
            ls = insert(ls, 3, ["", a2["captions"][0][:17], a2["captions"][0][17:] + "（本報記者攝）", ""])
        L += ls
    L += ["", U + a3["title"], ""]
    for p in a3["paragraphs"]:
        L += cjk_wrap(p, W)
    gold = {"note": "", "page": {"furniture": [head, jump, head], "date": "2025-11-08", "page": "A4"},
            "articles": [a1, a2, a3]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 3
@page("zh_gb18030_county_fukan_essay_zushi_poem_headings_4byte_names_editor_midcolumn.txt", "gb18030")
def p3():
    head = "青溪日报　2025年3月21日　星期五　第4版　溪畔·副刊"
    editor = "本版编辑：杜䶮　校对：林小萍"
    mail = "投稿邮箱：xipan@example.cn　来稿请注明“溪畔”字样"
    a1 = art("外婆的腌菜坛", [
        "外婆家的灶屋角落里，常年立着三只黑釉腌菜坛。坛口扣着粗瓷碗，碗沿一圈清水，外婆说那叫“坛沿水”，隔开了外头的生气，坛里的菜才不会坏。",
        "每年霜降以后，外婆就从菜园里拔回一担一担的芥菜，洗净晾在竹竿上。晾到叶子发软，再一棵一棵抹上粗盐，码进坛里，用擀面杖压紧。我那时总爱蹲在旁边看，外婆压一层，我就往里撒一把花椒。",
        "开坛要等到腊月。揭开碗的那一刻，一股酸香直冲鼻子，整个灶屋都是冬天的味道。外婆用筷子夹出一棵，切碎了炒肉末，我能就着它吃下两碗饭。",
        "后来外婆搬到城里跟舅舅住，腌菜坛也跟着去了。可城里的楼房没有灶屋，坛子只能放在阳台上，腌出来的菜总差了那么一点味道。外婆说，是水不一样了。",
        "如今外婆走了七年，那三只坛子还在舅舅家的阳台上，一只装着米，两只空着。每回去看它们，我都想揭开碗闻一闻，可里面只有空空的回声。",
    ], section=[None, "溪畔"], byline="王䶮", credits=["插图　郭晓岚"])
    a2 = art("村口的春天（组诗）", [
        "老樟树把去年的叶子\n一片一片还给泥土\n新叶子还没学会说话\n就先学会了发光",
        "放学的孩子从树下跑过\n书包里装着半块米糕\n和一整个下午的风",
        "塘埂上的牛低头吃草\n吃着吃着\n就把一片坡吃绿了",
        "水渠刚刚修好\n水还有点认生\n在每一道弯口停一停\n像在问路",
    ], section=[None, "溪畔"], byline="陈㻞", headings=["老樟树", "新水渠"])
    a3 = art("夜读《陶庵梦忆》", [
        "张岱写西湖，写灯，写雪，写茶，写的都是寻常事，读来却有说不尽的滋味。他写湖心亭看雪，“湖上影子，惟长堤一痕、湖心亭一点”，寥寥数字，天地便空了。",
        "夜里读这样的文字，最宜一盏清茶。读到兴处，窗外正好落起小雨，仿佛书里的雪也化成了水，一滴一滴落到今天。",
        "合上书，忽然想起小时候在外婆家过冬，也是这样的夜，也是这样的雨，只是那时候不知道，有些日子过去了就再也回不来。",
    ], section=["书边小札", "【书边小札】"], byline="林间")
    W = 24
    L = [head, "", U * 6 + a1["title"], U * 9 + "□ 王䶮", ""]
    for i, p in enumerate(a1["paragraphs"]):
        ls = cjk_wrap(p, W)
        if i == 1:
            ls = insert(ls, 2, ["插图　郭晓岚"])
        if i == 3:
            ls = insert(ls, 2, ["", editor, ""])
        L += ls
    L += ["", "", U * 5 + a2["title"], U * 9 + "□ 陈㻞", "", U * 2 + "老樟树", ""]
    for i, p in enumerate(a2["paragraphs"]):
        if i == 2:
            L += [U * 2 + "新水渠", ""]
        L += [U * 2 + x for x in p.split("\n")] + [""]
    L += ["", "【书边小札】", U * 4 + a3["title"], U * 9 + "◎ 林间", ""]
    for p in a3["paragraphs"]:
        L += cjk_wrap(p, W)
    L += ["", mail]
    gold = {"note": "", "page": {"furniture": [head, editor, mail], "date": "2025-03-21", "page": "4"},
            "articles": [a1, a2, a3]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 4
@page("zh_utf16le_bom_xiaobao_neikan_masthead_tongxunyuan_end_bylines_photo_credit.txt", "utf-16-le", "\n", b"\xff\xfe")
def p4():
    mast = ["临江理工大学报", "LINJIANG UNIVERSITY OF TECHNOLOGY",
            "第812期（总第1946期）　2025年10月15日　星期三",
            "中共临江理工大学委员会主办　　内部资料　免费交流",
            "准印证号：（江）0217"]
    foot = "本报编辑部　地址：学府路88号图书馆三楼　电话：0571-88001234　第2版　综合新闻"
    a1 = art("我校两项成果获省科学技术奖", [
        "近日，省政府公布2024年度省科学技术奖获奖名单，我校两项成果榜上有名。其中，材料科学与工程学院方立群教授团队完成的“高性能镁合金短流程制备关键技术及应用”获技术发明一等奖，土木工程学院的“软土地区深基坑变形控制技术”获科技进步二等奖。",
        "据悉，镁合金项目历时八年攻关，相关技术已在省内三家企业推广应用，近三年新增产值4.6亿元。深基坑项目成果已应用于城市地铁、地下综合管廊等40余项工程。",
        "近五年来，我校共获省部级以上科技奖励27项，科研经费年均增长15%以上。",
    ], section=["科研动态", "【科研动态】"], byline=["（科学技术研究院　通讯员　何晓东）", "通讯员　何晓东", "何晓东"])
    a2 = art("机械学院学子获全国大学生机器人大赛一等奖", [
        "本报讯　10月8日至11日，第二十四届全国大学生机器人大赛在临川举行。我校机械工程学院“启航”战队设计制作的物流搬运机器人在比赛中表现稳定，获得物流搬运赛项一等奖，这是我校在该项赛事中取得的最好成绩。",
        "“启航”战队由9名本科生组成，指导教师为机械工程学院青年教师郑宇航。队员们利用暑假留校备赛两个多月，仅控制程序就修改了40多个版本。",
        "队长、机械工程专业2022级学生罗佳怡说：“比赛中有一次抓取失误，大家没有慌，按照预案很快调整过来。这次获奖是团队共同努力的结果。”",
    ], byline=["通讯员　孙悦　学生记者　唐一鸣", "孙悦", "唐一鸣"],
        captions=["“启航”战队队员在赛场调试机器人。"], credits=["（图／学生记者　唐一鸣）"])
    a3 = art("2025级新生军训汇报表演举行", [
        "10月12日上午，我校2025级新生军训汇报表演在北区田径场举行。校党委书记宋振华、校长许文博等校领导出席并检阅受训学生。",
        "汇报表演在嘹亮的军歌声中拉开帷幕。受训学生以连为单位，依次进行了分列式、军体拳、战术演练和队列会操等项目的展示，动作整齐划一，赢得现场阵阵掌声。",
        "本次军训历时14天，全校4800余名新生参加。",
    ], byline=["（文／学生记者　付雨桐　图／党委宣传部　曾凡）", "学生记者　付雨桐", "付雨桐"])
    W = 21
    L = [mast[0], mast[1], "", mast[2], mast[3], mast[4], "", "", "【科研动态】", U * 2 + a1["title"], ""]
    for p in a1["paragraphs"]:
        L += cjk_wrap(p, W)
    L += [U * 5 + a1["byline"][0], "", "", U + a2["title"][:12], U + a2["title"][12:],
          U * 4 + "□通讯员　孙悦　学生记者　唐一鸣", ""]
    for i, p in enumerate(a2["paragraphs"]):
        L += cjk_wrap(p, W)
        if i == 0:
            L += ["", a2["captions"][0] + "　　" + a2["credits"][0], ""]
    L += ["", "", U * 2 + a3["title"], ""]
    for p in a3["paragraphs"]:
        L += cjk_wrap(p, W)
    L += [a3["byline"][0], "", foot]
    gold = {"note": "", "page": {"furniture": mast + [foot], "date": "2025-10-15", "page": "2"},
            "articles": [a1, a2, a3]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 5
@page("zh_gbk_zuhe_baodao_shared_yinti_head_bianzhean_two_stories_jizhe_shouji.txt", "gbk")
def p5():
    head = "岷山日报　　2025年8月6日　星期三　　第3版　民生"
    foot = "本版责编：谢雨晴　美编：龙　浩　校对：彭小川"
    pack = "假期里，“一老一小”有了好去处"
    a0 = art(pack, [
        "编者按：暑假过半，孩子放假没人带、老人在家没事做，是不少家庭的烦心事。连日来，本报记者兵分两路，走进社区托管班和老年大学暑期班，看看我市如何为“一老一小”托起暑期好时光。",
    ], kicker="聚焦暑期民生")
    a1 = art("“爱心托管班”开到家门口", [
        "上午9点，城南街道杨柳社区的活动室里，30多名小学生正跟着大学生志愿者练习书法。这是社区今年开办的第三期“爱心托管班”，每天上午8点到下午5点，每期两周，只收取餐费。",
        "“我和孩子他爸都要上班，以前假期只能把孩子锁在家里，现在送到这里，放心多了。”家长吴女士说。",
        "记者了解到，今年全市共有86个社区开办暑期托管班，累计服务学生5200余人次。",
        "城南街道办事处副主任韩丽说，托管班的师资主要来自高校志愿者和退休教师，街道还为每期托管班购买了意外伤害保险。",
    ], section=[None, pack], byline=["本报记者　苏晓雯", "苏晓雯"],
        captions=["杨柳社区“爱心托管班”的孩子们在志愿者指导下练习书法。"], credits=["本报记者　苏晓雯　摄"])
    a2 = art("老年大学暑期班一座难求", [
        "“太极拳班报名10分钟就满了，我是托孙子在手机上抢到的。”68岁的退休教师邓国强笑着说。7月以来，市老年大学首次开设暑期班，开设太极拳、智能手机应用、合唱等12个班，1400多个名额几乎全部报满。",
        "市老年大学校长廖建新介绍，针对学员需求，学校正在筹建第二校区，明年可新增学位2000个。",
        "在智能手机应用班的课堂上，学员们正在学习用手机挂号和视频通话。“学会了以后，在外地的女儿随时能看到我。”学员黄阿姨说。",
    ], section=[None, pack], byline=["本报记者　冉　峰", "冉　峰", "冉峰"])
    a3 = art("让关爱不放假", [
        "采访中，记者感受最深的是，无论是托管班的孩子，还是老年大学的学员，他们需要的不只是一个去处，更是一份陪伴。把这份陪伴做实做细，暑期才能成为一家老小都舒心的好时光。",
        "好事办好，还要办得长久。希望这些暑期里的好去处，平时也能常开不打烊。",
    ], section="记者手记", byline=["苏晓雯", "苏晓雯"])
    W = 22
    L = [head, "", "", U * 5 + a0["kicker"], U * 2 + pack, "", U * 2 + "━━━━━━━━━━━━━━━━━━"]
    L += cjk_wrap(a0["paragraphs"][0], W - 2, U * 2)
    L += [U * 2 + "━━━━━━━━━━━━━━━━━━", "", U * 4 + a1["title"], U * 8 + "本报记者　苏晓雯", ""]
    for i, p in enumerate(a1["paragraphs"]):
        ls = cjk_wrap(p, W)
        if i == 0:
            ls = insert(ls, 2, [a1["captions"][0], U * 10 + a1["credits"][0]])
        L += ls
    L += ["", U * 4 + a2["title"], U * 8 + "本报记者　冉　峰", ""]
    for i, p in enumerate(a2["paragraphs"]):
        ls = cjk_wrap(p, W)
        if i == 0:
            ls = insert(ls, 4, [""])  # column break inside the sentence
        L += ls
    L += ["", "【记者手记】", U * 4 + a3["title"], ""]
    for p in a3["paragraphs"]:
        L += cjk_wrap(p, W)
    L += [U * 12 + "苏晓雯", "", foot]
    a3 = dict(a3, section=["记者手记", "【记者手记】"])
    gold = {"note": "", "page": {"furniture": [head, foot], "date": "2025-08-06", "page": "3"},
            "articles": [a0, a1, a2, a3]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 6
@page("en_us_weekly_police_log_day_heads_obituaries_jump_house_ad_midsentence.txt", "utf-8")
def p6():
    head = "A7 | THE HARLOW VALLEY COURIER | Thursday, March 5, 2026"
    jump = "See LOG, Page A9"
    ad = "SUBSCRIBE TODAY! Home delivery $48 a year. Call 555-0142."
    policy = "Obituaries are published free of charge. Send them to obits@example.com by noon Monday."
    log = art("POLICE LOG", [
        "The following items were taken from the Harlow Police Department log. Those charged are presumed innocent until proven guilty in a court of law.",
        "8:12 a.m. \u2014 A Maple Street resident reported that someone had taken a snow shovel from her front porch overnight. Officers advised her to call if it turned up.",
        "2:47 p.m. \u2014 A driver on Route 9 near the Depot Road intersection struck a deer. The vehicle was towed; no injuries were reported.",
        "6:30 a.m. \u2014 Police assisted the fire department with a chimney fire on Orchard Lane. The family was able to return home that afternoon.",
        "11:05 p.m. \u2014 Daniel R. Costa, 34, of Millbrook, was arrested on Main Street and charged with operating under the influence after officers observed his pickup crossing the center line several times near the",
    ], headings=["MONDAY, FEB. 23", "TUESDAY, FEB. 24"])
    o1 = art("Margaret A. Holloway", [
        "HARLOW \u2014 Margaret Ann (Dobbs) Holloway, 87, of Harlow, died peacefully Feb. 26, 2026, at Valley View Nursing Home, surrounded by her family.",
        "Born in Millbrook, she was the daughter of the late Walter and Edith Dobbs. She taught third grade at Harlow Elementary School for 31 years and was a longtime member of First Congregational Church, where she sang in the choir.",
        "She leaves two sons, Thomas Holloway of Harlow and James Holloway of Portland, Ore.; five grandchildren; and a sister, Ruth Dobbs of Millbrook.",
        "A funeral service will be held Saturday, March 7, at 11 a.m. at First Congregational Church. Arrangements are by Keane-Whitfield Funeral Home.",
    ], section="OBITUARIES")
    o2 = art("Edward J. Pruitt", [
        "MILLBROOK \u2014 Edward James Pruitt, 72, died Feb. 28, 2026, at home after a long illness.",
        "A U.S. Navy veteran, he worked for 35 years as a lineman for Valley Electric and coached Little League baseball in Millbrook for more than two decades. He enjoyed fishing on Lake Tessa and restoring old tractors.",
        "He leaves his wife of 49 years, Carol (Benoit) Pruitt; a daughter, Lisa Marchetti of Harlow; and three grandchildren. Calling hours are Friday, March 6, from 4 to 7 p.m. at Keane-Whitfield Funeral Home.",
    ], section=[None, "OBITUARIES"])
    W = 32
    H = ["inter-section", "over-night", "Congre-gational", "grand-children", "ill-ness", "restor-ing",
         "Elemen-tary", "base-ball", "De-partment", "pre-sumed", "depart-ment", "oper-ating", "influ-ence",
         "ob-served", "peace-fully", "sur-rounded", "Nurs-ing", "long-time", "vet-eran", "Elec-tric", "dec-ades",
         "Mar-chetti", "Ben-oit", "Port-land", "trac-tors", "fish-ing"]
    L = [head, "", "POLICE LOG", ""]
    ps = log["paragraphs"]
    L += en_wrap(ps[0], W, H) + ["", "MONDAY, FEB. 23", ""]
    L += en_wrap(ps[1], W, H) + [""] + en_wrap(ps[2], W, H) + ["", "TUESDAY, FEB. 24", ""]
    L += en_wrap(ps[3], W, H) + [""] + en_wrap(ps[4], W, H) + [jump, "", "", "OBITUARIES", ""]
    L += ["Margaret A. Holloway", ""]
    for p in o1["paragraphs"]:
        L += en_wrap(p, W, H) + [""]
    L += ["Edward J. Pruitt", ""]
    for i, p in enumerate(o2["paragraphs"]):
        ls = en_wrap(p, W, H)
        if i == 1:
            ls = insert(ls, 3, ["", ad, ""])
        L += ls + [""]
    L += [policy]
    gold = {"note": "", "page": {"furniture": [head, jump, ad, policy], "date": "2026-03-05", "page": "A7"},
            "articles": [log, o1, o2]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 7
@page("de_cp1252_crlf_lokalteil_dachzeile_von_byline_ortsmarke_kuerzel_polizeibericht_hyphens.txt", "cp1252", "\r\n")
def p7():
    head = "WIESLAUFTALER BOTE · Samstag, 14. März 2026 · Seite 21 · Lokales"
    foot = "Lokalredaktion Rothenbach · Telefon 07183 5550-21 · lokales@example.de"
    a1 = art("Neue Sporthalle wird deutlich teurer", [
        "ROTHENBACH. Die neue Sporthalle an der Schulstraße wird voraussichtlich rund 1,2 Millionen Euro teurer als geplant. Das hat das beauftragte Architekturbüro am Donnerstagabend im Gemeinderat mitgeteilt. Statt 6,8 Millionen Euro rechnet die Verwaltung nun mit Gesamtkosten von etwa acht Millionen Euro.",
        "Als Gründe nannte Architekt Markus Feil vor allem gestiegene Preise für Stahl und Haustechnik sowie zusätzliche Arbeiten am Fundament. „Der Baugrund ist schlechter, als die Gutachten erwarten ließen“, sagte Feil.",
        "Bürgermeisterin Heike Aldinger zeigte sich enttäuscht, warb aber dafür, an dem Projekt festzuhalten. „Die Vereine und die Schulen warten seit Jahren auf diese Halle“, sagte sie. Mehrere Gemeinderäte verlangten dagegen, auf die geplante Photovoltaikanlage auf dem Dach vorerst zu verzichten.",
        "Eine Entscheidung darüber fiel nicht. Die Verwaltung soll bis zur nächsten Sitzung am 9. April prüfen, ob es dafür Zuschüsse vom Land gibt.",
    ], kicker="Gemeinderat", subtitle="Mehrkosten von 1,2 Millionen Euro – Entscheidung über das Dach vertagt",
        byline="SABINE KRÄMER",
        captions=["Auf der Baustelle an der Schulstraße ruhen die Arbeiten derzeit."], credits=["Foto: Jörg Wendel"])
    a2 = art("Stadtbücherei öffnet samstags länger", [
        "Die Stadtbücherei im Alten Rathaus ist ab dem 21. März auch samstags bis 16 Uhr geöffnet, bisher schloss sie um 12 Uhr. Möglich wird das durch zwei ehrenamtliche Helferinnen, die den Ausleihdienst am Nachmittag übernehmen.",
    ], byline=["(skr)", "skr"])
    b1 = art("Radfahrer bei Unfall leicht verletzt", [
        "ROTHENBACH (pol). Ein 58-jähriger Radfahrer ist am Donnerstagnachmittag an der Einmündung der Talstraße in die Hauptstraße von einem Auto erfasst worden. Der Mann wurde leicht verletzt und kam ins Krankenhaus. Der Schaden wird auf rund 3000 Euro geschätzt.",
    ], section="POLIZEIBERICHT", byline=[None, "pol"], source=[None, "pol"])
    b2 = art("Einbruch in Vereinsheim", [
        "KIRCHWEILER (pol). Unbekannte sind in der Nacht zum Freitag in das Vereinsheim des Sportvereins eingebrochen und haben Getränke sowie eine Musikanlage gestohlen. Hinweise nimmt das Polizeirevier unter Telefon 07183 5550-0 entgegen.",
    ], section=[None, "POLIZEIBERICHT"], byline=[None, "pol"], source=[None, "pol"])
    W = 36
    H = ["voraus-sichtlich", "Architektur-büro", "Donnerstag-abend", "Verwal-tung", "Gesamt-kosten",
         "Haus-technik", "zusätz-liche", "Funda-ment", "Bürger-meisterin", "enttäu-scht", "Gemein-deräte",
         "Photovoltaik-anlage", "vor-erst", "Stadt-bücherei", "ehren-amtliche", "Helfe-rinnen", "Ausleih-dienst",
         "Donnerstag-nachmittag", "Einmün-dung", "Kranken-haus", "Vereins-heim", "Sport-vereins", "Polizei-revier",
         "Mehr-kosten", "Gemein-derat", "Schul-straße", "Bau-grund", "gestie-gene", "Ent-scheidung", "Zu-schüsse",
         "Musik-anlage", "ge-schätzt", "über-nehmen"]
    L = [head, "", "Gemeinderat", "Neue Sporthalle wird", "deutlich teurer",
         "Mehrkosten von 1,2 Millionen Euro –", "Entscheidung über das Dach vertagt", "", "VON SABINE KRÄMER", ""]
    for i, p in enumerate(a1["paragraphs"]):
        ls = en_wrap(p, W, H)
        if i == 2:
            ls = insert(ls, 2, ["", a1["captions"][0] + " " + a1["credits"][0], ""])
        L += ["  " + ls[0].lstrip()] + ls[1:]
    L += ["", "", "Stadtbücherei öffnet", "samstags länger", ""]
    L += ["  " + x if k == 0 else x for k, x in enumerate(en_wrap(a2["paragraphs"][0], W, H))]
    L += [" " * 31 + "(skr)", "", "", "POLIZEIBERICHT", "", b1["title"]]
    L += en_wrap(b1["paragraphs"][0], W, H) + ["", b2["title"]] + en_wrap(b2["paragraphs"][0], W, H)
    L += ["", foot]
    gold = {"note": "", "page": {"furniture": [head, foot], "date": "2026-03-14", "page": "21"},
            "articles": [a1, a2, b1, b2]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 8
N, NN = "\u00a0", "\u202f"


@page("fr_utf8bom_regional_surtitre_par_byline_guillemets_nbsp_lire_aussi_en_bref.txt", "utf-8", "\n", b"\xef\xbb\xbf")
def p8():
    head = "L’ÉCHO DU VALLON | Vendredi 13 mars 2026 | 9 | Vallée de la Sorne"
    lire = "> Lire aussi en page 12"
    foot = "Rédaction de Bréval : 03 84 55 01 20 – redaction.vallon@example.fr"
    a1 = art("À Saint-Aubin, deux listes pour un seul fauteuil", [
        "Dans ce village de 640 habitants, le maire sortant, Gérard Pelletier, a annoncé en janvier qu’il ne briguerait pas de quatrième mandat. Deux listes se sont depuis constituées pour lui succéder, une première depuis 2008.",
        "La première est conduite par Sylvie Renaud, adjointe chargée des écoles depuis six ans. «" + N + "Nous voulons continuer ce qui a été engagé, notamment la rénovation de la salle des fêtes" + N + "», explique-t-elle.",
        "En face, Julien Carrel, agriculteur de 38" + N + "ans, mise sur le renouvellement" + N + ": sa liste compte neuf nouveaux venus sur quinze candidats. «" + N + "Les habitants nous disent qu’ils ne sont pas assez consultés" + N + "», affirme-t-il.",
        "Les deux candidats se retrouveront lors d’une réunion publique, le jeudi 19" + N + "mars à 20" + N + "h, à la salle des fêtes. Le premier tour aura lieu le dimanche 22" + N + "mars.",
    ], kicker="MUNICIPALES", byline="Claire Mornet",
        captions=["Le maire sortant, Gérard Pelletier, ne se représente pas."], credits=["Photo C." + N + "M."])
    b1 = art("Le marché de Pâques revient", [
        "Le comité des fêtes de Bréval organise son marché de Pâques le dimanche 5" + N + "avril, de 9" + N + "h à 17" + N + "h, place de l’Église. Une trentaine d’exposants sont attendus, ainsi qu’une chasse aux œufs pour les enfants à 15" + N + "h.",
    ], section="EN BREF")
    b2 = art("Collecte de sang", [
        "L’Établissement français du sang organise une collecte le mardi 17" + N + "mars, de 15" + N + "h à 19" + N + "h, à la salle polyvalente de Courtelin. Inscription conseillée sur le site de l’EFS.",
    ], section=[None, "EN BREF"])
    W = 40
    H = ["annon-cé", "bri-guerait", "consti-tuées", "succé-der", "ad-jointe", "rénova-tion", "agricul-teur",
         "renouvelle-ment", "candi-dats", "consul-tés", "réu-nion", "pu-blique", "expo-sants",
         "poly-valente", "Inscrip-tion", "conseil-lée", "orga-nise", "Établisse-ment", "habi-tants", "man-dat",
         "premiè-re", "mar-ché", "com-pte", "nou-veaux"]
    L = [head, "", "MUNICIPALES", "À Saint-Aubin, deux listes", "pour un seul fauteuil", "", "Par Claire Mornet", ""]
    for i, p in enumerate(a1["paragraphs"]):
        ls = en_wrap(p, W, H)
        if i == 1:
            ls = insert(ls, 2, [a1["captions"][0] + " " + a1["credits"][0]])
        L += ls
        if i == 2:
            L += ["", lire, ""]
    L += ["", "", "EN BREF", "", b1["title"]] + en_wrap(b1["paragraphs"][0], W, H)
    L += ["", b2["title"]] + en_wrap(b2["paragraphs"][0], W, H) + ["", foot]
    gold = {"note": "", "page": {"furniture": [head, lire, foot], "date": "2026-03-13", "page": "9"},
            "articles": [a1, b1, b2]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 9
@page("zht_big5_1943_wartime_shelun_censored_blanks_zhongyangshe_banner_ad_midcolumn.txt", "big5")
def p9():
    head = "巴渝新報　中華民國三十二年十月十日　星期日　第二版"
    ad = "國貨　雙燕牌牙粉　潔齒香口　各大公司均有出售"
    a1 = art("國慶紀念與增加生產", [
        "今天是中華民國三十二年的國慶紀念日。抗戰已經進入第七個年頭，前方將士浴血苦戰，後方同胞節衣縮食，這一個國慶，比往年更有重大的意義。",
        "我們以為，今日後方最迫切的工作，莫過於增加生產。糧食、棉紗、燃料，無一不是軍民所必需；而物價高漲，囤積居奇之風未息，××××××××××××，實為國家之隱憂。",
        "政府近月來厲行限價，取締囤積，用意至善。但限價之能否收效，端賴生產之能否增加。我們希望各地工廠加緊開工，各縣農民多種雜糧，人人在自己的崗位上，多出一分力量。",
        "至於公務人員與知識分子，生活固極清苦，然值此國難當頭之際，尤應以身作則，力戒浮華，節約消費，使有限之物資，盡用於抗戰建國之途。",
        "國家的前途，繫於全國同胞的努力。謹以此意，與讀者共勉。",
    ], section="社論")
    a2 = art("湘北我軍克復兩據點", [
        "【中央社長沙九日電】湘北我軍連日向新牆河北岸之敵猛烈反攻，八日晨克復××、××兩據點，斃敵二百餘名，鹵獲步槍四十餘枝，輕機槍三挺。",
        "殘敵向北潰退，我軍正分途追擊中。",
        "又電：鄂西方面，我游擊部隊九日夜襲宜昌附近敵據點，焚燬敵倉庫一所，斃敵三十餘名，我方僅傷士兵四名。",
    ], section="前方戰訊", subtitle="斃敵二百餘　鹵獲甚多", byline=None, source=[None, "中央社"])
    a3 = art("本市明日舉行防空演習", [
        "【本報訊】本市防空司令部定明日上午九時舉行全市防空演習，屆時發放空襲警報，全市交通暫停，市民應即進入附近防空洞躲避，聽候解除警報後方可出洞。",
        "該部並通告，各防空洞管理員應於今日檢查洞內照明及通風設備，如有損壞，須立即修理。",
        "又訊：本年入秋以來，敵機曾三次竄擾市郊，幸未造成重大損失。防空當局希望市民切勿大意，遇有警報，務須服從防護人員指揮。",
    ])
    W = 16
    L = [head, "", U * 2 + "社　論", "", U * 2 + a1["title"], ""]
    for p in a1["paragraphs"]:
        L += cjk_wrap(p, W)
    L += ["", "", "前方戰訊", U + a2["title"], U * 3 + "斃敵二百餘　鹵獲甚多", ""]
    for p in a2["paragraphs"]:
        L += cjk_wrap(p, W)
    L += ["", "", U + a3["title"], ""]
    for i, p in enumerate(a3["paragraphs"]):
        ls = cjk_wrap(p, W)
        if i == 0:
            ls = insert(ls, 4, [ad])
        L += ls
    a1 = dict(a1, section=["社論", "社　論"])
    gold = {"note": "", "page": {"furniture": [head, ad], "date": "1943-10-10", "page": "2"},
            "articles": [a1, a2, a3]}
    return "\n".join(L) + "\n", gold


# ---------------------------------------------------------------- page 10
@page("en_au_1888_ocr_local_general_runin_heads_own_correspondent_police_court_pounds.txt", "utf-8")
def p10():
    head = "THE TARRAWONG ADVOCATE, SATURDAY, MARCH 17, 1888."
    ad = "JAMES ROWE & CO., GENERAL STOREKEEPERS, TARRAWONG."
    a1 = art("LOCAL AND GENERAL.", [
        "The Weather.—The heat of the past week has been very trying, the thermometer on Thursday registering 106 degrees in the shade at the post office. A thunderstorm on Friday evening brought some relief, and about half an inch of rain fell in the town.",
        "Land Sales.—At the sale of Crown lands held at the court-house on Wednesday, five allotments in the township of Tarrawong were sold at prices ranging from £8 to £14 per lot. The total realised was £57 10s.",
        "School of Arts.—The annual meeting of the School of Arts will be held on Monday evening next. The committee report that 140 volumes have been added to the library during the year, and that tho reading-room is well patronised.",
        "Accident.—A young man named William Dunne, employed at Mr. Keogh's sawmill, met with a painful accident ou Tuesday, his left hand coming in contact with the saw. Dr. Ellery attended to the injury, and it is hoped the hand may be saved.",
    ])
    a2 = art("BOOLARRA CREEK.", [
        "The shearing at Boolarra station commenced on Monday, with twenty-two shearers on the board. Mr. Lachlan, the manager, expects to shear about 48,000 sheep, and the wool is said to be of good quality this season.",
        "The selectors in this district are anxiously awaiting the survey of the new road to Tarrawong, which has been promised for so long. At present the teams are obliged to travel nearly eight miles round by the old crossing.",
    ], byline=["(FROM OUR OWN CORRESPONDENT.)", None])
    a3 = art("POLICE COURT.", [
        "Tuesday, March 13.—(Before Mr. J. Harding, P.M.)",
        "Drunkenness.—Thomas Byrne, an old offender, was fined 10s., or in default 24 hours' imprisonment.",
        "Cattle Trespass.—Patrick Moloney sued John Ashby for £1 5s. 6d., damages caused by defendant's cattle trespassing on his cultivation paddock. After hearing the evidence, the Bench gave a verdict for the plaintiff for the full amount, with costs.",
    ])
    W = 38
    H = ["regis-tering", "thermom-eter", "allot-ments", "real-ised", "patron-ised", "ac-cident", "at-tended",
         "com-menced", "man-ager", "se-lectors", "anx-iously", "im-prisonment", "tres-passing", "culti-vation",
         "evi-dence", "plain-tiff", "Tarra-wong", "thunder-storm", "com-mittee", "li-brary", "sea-son", "de-fault",
         "de-fendant's", "ob-liged", "shear-ers", "pain-ful", "con-tact", "prom-ised", "in-jury"]
    L = [head, "", "LOCAL AND GENERAL.", ""]
    for i, p in enumerate(a1["paragraphs"]):
        ls = en_wrap(p, W, H, indent="  ")
        if i == 2:
            ls = insert(ls, 3, [""])  # column break inside a sentence
        L += ls
    L += ["", "BOOLARRA CREEK.", "(FROM OUR OWN CORRESPONDENT.)", ""]
    for i, p in enumerate(a2["paragraphs"]):
        ls = en_wrap(p, W, H, indent="  ")
        if i == 1:
            ls = insert(ls, 2, ["", ad, ""])
        L += ls
    L += ["", "POLICE COURT.", ""]
    for p in a3["paragraphs"]:
        L += en_wrap(p, W, H, indent="  ")
    gold = {"note": "", "page": {"furniture": [head, ad], "date": "1888-03-17", "page": None},
            "articles": [a1, a2, a3]}
    return "\n".join(L) + "\n", gold


NOTES = {
    "zh_pdftotext_layout_2004_spaced_head_two_columns_caption_formfeed.txt":
        "Hand-written gold for tests/holdout11/zh_pdftotext_layout_2004_spaced_head_two_columns_caption_formfeed.txt (UTF-8, LF, simplified, a 2004 national daily's page as `pdftotext -layout` prints it: 江原日报 2004-06-18 第4版 要闻, 3 articles). No full-width indent: paragraphs open with four ASCII spaces; lines are cut at the printed column width (21 cells); the two columns are printed side by side, the right column padded to character column 30 with ASCII spaces; the page ends with a form feed. Line 1: header with ASCII spacing (furniture). Line 4: the lead headline letter-spaced with two ASCII spaces (title 夏粮收购全面展开); line 6: its deck (subtitle). Article 1 (left column): lead 本报北京6月17日讯　记者李国平报道： (byline 记者李国平, the dateline stays in paragraph 1); the photo caption (lines 15-16) and its credit 本报记者　周晓峰摄 (line 17) sit between two lines of a sentence of paragraph 2 (…主产区 / 普遍增设…): joined; caption lifted, credit in credits. Article 2 (right column): headline over two lines (one title), 新华社 dateline with （记者王晓燕） (byline; source none or 新华社). Article 3 (right column, line 19): headline, 本报讯 lead with no reporter (byline null). Footer line (责任编辑/电话/电子信箱) is furniture. The gold reads the left column, then the right column.",
    "zht_cp950_macau_benbao_xiaoxi_pataca_portuguese_names_jump_repeated_head_crlf.txt":
        "Hand-written gold for tests/holdout11/zht_cp950_macau_benbao_xiaoxi_pataca_portuguese_names_jump_repeated_head_crlf.txt (cp950/Big5, CRLF, traditional, a Macau daily: 澳海日報 2025-11-08 A4 澳聞, 3 articles). Hard-wrapped at 18 cells (ASCII half a cell), paragraphs open with U+3000 U+3000, no blank line between paragraphs. The header line is printed twice (line 1 and again after the jump, where the second half of the scan starts): furniture both times. Article 1: headline, deck under it (subtitle), lead 【本報消息】 with no reporter (byline null); Portuguese name in brackets 羅飛文（Filipe Rocha）, broken after `Filipe ` at a line end; fares in 澳門元; the story breaks off mid-sentence (…公司亦會研究在) at the jump line （轉A6版） (furniture); the last paragraph is kept unfinished. 澳聞 appears only in the header (section none, or 澳聞). Article 2: headline, byline line 本報記者　梁嘉欣; a photo caption and, on the next line after it, the credit （本報記者攝） sit between blank lines inside a sentence of paragraph 2 (…大學生義工 / 一對一教授…): joined; caption lifted, credit in credits. Article 3: 【本報消息】 lead, 議員高世文（Jorge Costa）.",
    "zh_gb18030_county_fukan_essay_zushi_poem_headings_4byte_names_editor_midcolumn.txt":
        "Hand-written gold for tests/holdout11/zh_gb18030_county_fukan_essay_zushi_poem_headings_4byte_names_editor_midcolumn.txt (GB18030 with four-byte characters: 䶮 U+4DAE and 㻞 U+3EDE are not in GBK; LF, simplified, a county paper's 副刊 page: 青溪日报 2025-03-21 第4版 溪畔·副刊, 3 articles). Hard-wrapped at 24 cells, paragraphs open with U+3000 U+3000. Article 1, an essay: centred title, byline line □ 王䶮 (byline 王䶮; □ is markup); the illustration credit 插图　郭晓岚 is read inside a sentence of paragraph 2 (…抹上 / 粗盐…) (credits; joined); the editor line 本版编辑：杜䶮　校对：林小萍 sits between blank lines inside a sentence of paragraph 4 (…腌出来 / 的菜…) (furniture; joined). Article 2, a 组诗 of two short poems: title 村口的春天（组诗）, byline line □ 陈㻞 (陈㻞); each poem's title (老樟树, 新水渠) is a heading; each stanza is one paragraph, its printed lines kept with \\n (the scorer ignores whitespace). Article 3: the column label 【书边小札】 is the section (brackets optional), title 夜读《陶庵梦忆》, byline line ◎ 林间 (林间; ◎ is markup). The banner 溪畔 is only in the header: section none (or 溪畔). Header and the 投稿邮箱 footer are furniture.",
    "zh_utf16le_bom_xiaobao_neikan_masthead_tongxunyuan_end_bylines_photo_credit.txt":
        "Hand-written gold for tests/holdout11/zh_utf16le_bom_xiaobao_neikan_masthead_tongxunyuan_end_bylines_photo_credit.txt (UTF-16 LE with BOM, LF, simplified, a university paper (校报, an internal publication): 临江理工大学报 第812期 2025-10-15, page 2 综合新闻, 3 articles). Hard-wrapped at 21 cells. Furniture: the five masthead lines (name, English name, issue number 第812期（总第1946期） with date, 主办/内部资料　免费交流, 准印证号) and the footer (编辑部 address, phone, 第2版　综合新闻). Article 1: column label 【科研动态】 (section), headline; its byline is printed at the END, right-set, as （科学技术研究院　通讯员　何晓东） (byline; the 通讯员 part or the name alone matches). Article 2: headline over two lines (one title); byline line □通讯员　孙悦　学生记者　唐一鸣 (□ is markup); 本报讯 with no name stays in paragraph 1; after paragraph 1 a caption line ends with its credit （图／学生记者　唐一鸣） on the same line (caption lifted, credit in credits). Article 3: headline; the end line （文／学生记者　付雨桐　图／党委宣传部　曾凡） is the byline (the writer part or the name matches), not a paragraph.",
    "zh_gbk_zuhe_baodao_shared_yinti_head_bianzhean_two_stories_jizhe_shouji.txt":
        "Hand-written gold for tests/holdout11/zh_gbk_zuhe_baodao_shared_yinti_head_bianzhean_two_stories_jizhe_shouji.txt (GBK, LF, simplified, 岷山日报 2025-08-06 第3版 民生, a 组合报道: one headline area over two stories and a 记者手记; 4 articles). Hard-wrapped at 22 cells. Archivist's decision: the package's 引题 (聚焦暑期民生, kicker) and 主题 (假期里，“一老一小”有了好去处, title) head an article of its own whose only paragraph is the boxed 编者按 (kept with its label; the ━ rules are markup). Each story under it is its own article with its own small headline (title) and 本报记者 byline line; the package headline may be read as their section. Story 1: a caption and its credit 本报记者　苏晓雯　摄 are read inside a sentence of paragraph 1 (…这是社 / 区今年…): joined; caption lifted, credit in credits. Story 2: a blank line (column break) inside a sentence of paragraph 1 (…1400多个名额 / 几乎全部报满): joined. 【记者手记】 is the section (brackets optional) of the last article, 让关爱不放假, whose byline 苏晓雯 is printed right-set after the text. Header and the 本版责编 footer are furniture.",
    "en_us_weekly_police_log_day_heads_obituaries_jump_house_ad_midsentence.txt":
        "Hand-written gold for tests/holdout11/en_us_weekly_police_log_day_heads_obituaries_jump_house_ad_midsentence.txt (UTF-8, LF, English, a US community weekly: The Harlow Valley Courier, Thursday, March 5, 2026, page A7, 3 articles). Ragged at 32 columns, no indent, a blank line between paragraphs; five words split by a line-end hyphen (De-/partment, sur-/rounded, Congre-/gational, dec-/ades, trac-/tors: the hyphens are dropped). Line 1: running head (furniture). POLICE LOG: one article titled POLICE LOG; the standing disclaimer is paragraph 1; the day lines MONDAY, FEB. 23 and TUESDAY, FEB. 24 are headings; each time-stamped entry is a paragraph; the last entry breaks off mid-sentence (…several times near the) at the jump line See LOG, Page A9 (furniture). OBITUARIES (section of the first obituary; may cover the second): each obituary is an article titled by the name line (Margaret A. Holloway; Edward J. Pruitt), no byline; the dateline HARLOW — stays in paragraph 1. A house ad (SUBSCRIBE TODAY! …) is read between blank lines inside a sentence of the second obituary's paragraph 2 (…Little League baseball in / Millbrook…): furniture; joined. The obituary policy line at the foot is furniture.",
    "de_cp1252_crlf_lokalteil_dachzeile_von_byline_ortsmarke_kuerzel_polizeibericht_hyphens.txt":
        "Hand-written gold for tests/holdout11/de_cp1252_crlf_lokalteil_dachzeile_von_byline_ortsmarke_kuerzel_polizeibericht_hyphens.txt (Windows-1252, CRLF, German, a regional paper's local page: Wieslauftaler Bote, Samstag, 14. März 2026, Seite 21, Lokales, 4 articles). Ragged at 36 columns; paragraphs open with two spaces in the first two articles; words split by a line-end hyphen are joined (Verwal-/tung, zusätz-/liche, vor-/erst, Helfe-/rinnen, Donnerstag-/nachmittag: the hyphens are dropped; no real compound hyphen falls at a line end). Article 1: Dachzeile Gemeinderat (kicker), two-line headline (one title), two-line Unterzeile (subtitle, with the dash –), byline line VON SABINE KRÄMER (byline SABINE KRÄMER; VON dropped), Ortsmarke ROTHENBACH. stays in paragraph 1; German quotes „…“; a photo caption ending with the credit Foto: Jörg Wendel is read between blank lines inside a sentence of paragraph 3 (…warb aber / dafür…): joined; caption lifted, credit in credits. Article 2: headline over two lines; the author's Kürzel (skr), right-set on its own line after the text, is the byline (skr or (skr)). POLIZEIBERICHT: section of the first item (may cover the second); two items, each with a headline line directly over one paragraph that opens with the Ortsmarke and the press-office mark (pol) (kept in the paragraph; byline and source none or pol). Header and the Lokalredaktion footer are furniture.",
    "fr_utf8bom_regional_surtitre_par_byline_guillemets_nbsp_lire_aussi_en_bref.txt":
        "Hand-written gold for tests/holdout11/fr_utf8bom_regional_surtitre_par_byline_guillemets_nbsp_lire_aussi_en_bref.txt (UTF-8 with BOM, LF, French, a regional daily's local page copied from its digital edition: L’Écho du Vallon, vendredi 13 mars 2026, page 9, Vallée de la Sorne, 3 articles). Ragged at 40 columns; no indent and no blank line between paragraphs (a short last line is the only sign); no-break spaces U+00A0 inside « » guillemets, before : and between numbers and units (38 ans, 20 h), which the wrapper never breaks; three words split by a line-end hyphen (succé-/der, consul-/tés, orga-/nise; hyphens dropped); hyphens in explique-t-elle, Saint-Aubin are real. Article 1: surtitre MUNICIPALES (kicker), two-line headline (one title), byline line Par Claire Mornet (byline Claire Mornet; Par dropped); a photo caption ending with the credit Photo C. M. is read on its own line inside a sentence of paragraph 2 (…des écoles / depuis six ans…): joined; caption lifted, credit in credits. The pointer > Lire aussi en page 12 between paragraphs 3 and 4 is furniture. EN BREF: section of the first brief (may cover the second); each brief has a headline line directly over one paragraph. Header and the Rédaction footer are furniture.",
    "zht_big5_1943_wartime_shelun_censored_blanks_zhongyangshe_banner_ad_midcolumn.txt":
        "Hand-written gold for tests/holdout11/zht_big5_1943_wartime_shelun_censored_blanks_zhongyangshe_banner_ad_midcolumn.txt (Big5, LF, traditional, a wartime daily: 巴渝新報 中華民國三十二年十月十日 (1943-10-10) 第二版, 3 articles). Hard-wrapped at 16 cells, paragraphs open with U+3000 U+3000. Article 1: the letter-spaced label 社　論 (section 社論), headline, five paragraphs, no byline (an editorial is unsigned); the censor's cut is printed as a run of × (twelve, across a line end) and stays in the paragraph exactly as printed. Article 2: banner 前方戰訊 (section), headline, deck 斃敵二百餘　鹵獲甚多 (subtitle); the telegram dateline 【中央社長沙九日電】 opens paragraph 1 and names no reporter (byline null; source none or 中央社); place names blanked by the censor (克復××、××兩據點) are kept; paragraph 3 opens 又電：. Article 3: headline, 【本報訊】 lead (byline null); a display advertisement line (國貨　雙燕牌牙粉…) is read inside a sentence of paragraph 1 (…聽候解除 / 警報後方可出洞): furniture; joined; paragraph 3 opens 又訊：. The header is furniture.",
    "en_au_1888_ocr_local_general_runin_heads_own_correspondent_police_court_pounds.txt":
        "Hand-written gold for tests/holdout11/en_au_1888_ocr_local_general_runin_heads_own_correspondent_police_court_pounds.txt (UTF-8, LF, English, an Australian country paper's page text as a digitised-newspaper site's OCR gives it: The Tarrawong Advocate, Saturday, March 17, 1888, no page number (page null), 3 articles). Ragged at 38 columns, paragraphs open with two spaces, no blank lines inside a story except a column break inside a sentence of LOCAL AND GENERAL paragraph 3 (…The committee / report that…): joined; two line-end hyphens dropped (at-/tended, de-/fault); the real hyphens of court-house, reading-room, twenty-two are kept. The masthead line is furniture. LOCAL AND GENERAL.: one article whose paragraphs each open with a run-in head (The Weather.—, Land Sales.—, School of Arts.—, Accident.—) that stays in the paragraph (not a heading, not a new article); the OCR misreadings tho (the) and ou (on) are kept. BOOLARRA CREEK.: title, then (FROM OUR OWN CORRESPONDENT.) on its own line: the byline as printed (it names no one, so null is also accepted), not a paragraph; a store's display line (JAMES ROWE & CO., …) is read between blank lines inside a sentence of paragraph 2 (…the survey of the / new road…): furniture; joined. POLICE COURT.: the date-and-bench line Tuesday, March 13.—(Before Mr. J. Harding, P.M.) is paragraph 1; each case (Drunkenness.—, Cattle Trespass.—) is a paragraph; £1 5s. 6d. kept.",
}


def main():
    check = "--check" in sys.argv
    index = {}
    for name, (enc, nl, bom, fn) in PAGES.items():
        text, gold = fn()
        path = os.path.join(HERE, name)
        gpath = os.path.join(HERE, name.rsplit(".", 1)[0] + ".gold.json")
        if not check:
            data = bom + text.replace("\n", nl).encode(enc)
            open(path, "wb").write(data)
            gold["note"] = NOTES.get(name, "")
            with open(gpath, "w", encoding="utf-8") as f:
                json.dump(gold, f, ensure_ascii=False, indent=1)
                f.write("\n")
        index[os.path.basename(gpath)] = "tests/holdout11/" + name
        raw = open(path, "rb").read()
        page_text = raw[len(bom):].decode(enc, errors="strict")
        g = json.load(open(gpath, encoding="utf-8"))
        strings = list(g["page"]["furniture"])
        for a in g["articles"]:
            for k in ("section", "kicker", "title", "subtitle", "byline", "source"):
                v = a.get(k)
                v = v[0] if isinstance(v, list) else v
                if v and not (k == "byline" and any(v in p for p in a["paragraphs"])):
                    strings.append(v)
            strings += a["headings"] + a["paragraphs"] + a["captions"] + a.get("credits", [])
        pc = collections.Counter("".join(page_text.split()))
        gc = collections.Counter("".join("".join(strings).split()))
        dropped = pc - gc
        added = gc - pc
        print(f"{name}: {len(raw)} bytes, body {sum(len(''.join(p.split())) for a in g['articles'] for p in a['paragraphs'])} chars;"
              f" dropped {dict(dropped)}; added {dict(added)}")
    if not check:
        with open(os.path.join(HERE, "INDEX.json"), "w", encoding="utf-8") as f:
            json.dump(index, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
