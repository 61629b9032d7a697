"""Write the holdout19 plain-text pages, their golds and INDEX.json.

Every page's text is held here as whole paragraphs; the page file is made by wrapping
them the way a printed column does (CJK cells, or Latin words with hyphenation at line
ends) and putting lines (captions, credits, furniture, blank column breaks) inside them;
the gold is the same paragraphs. Run: python3 tests/holdout19/make_holdout19_pages.py
[page_function ...]. Prints, per page, the characters the page has beyond the gold
(markup: hyphens, bullets, labels) and asserts no furniture string or caption occurs
inside a gold paragraph or title. Does not import paperarchive."""

import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
NO_START = "，。、；：？！”’）》」』〉…—"
NO_END = "“‘（《「『〈【［"
VOWELS = "aeiouyáéíóúàèìòùâêîôûäëïöüåæøAEIOUY"


def cjk_lines(text, width, indent="　　"):
    """Lines of at most `width` cells (an ASCII character is half a cell; a closing mark
    may hang one cell over; an opening mark never ends a line; a Latin word is not cut);
    returns [(line, end offset in text)]."""
    out, i, first = [], 0, True
    while i < len(text):
        room = width - (len(indent) if first else 0)
        j, used = i, 0.0
        while j < len(text) and used + (0.5 if ord(text[j]) < 128 else 1) <= room:
            used += 0.5 if ord(text[j]) < 128 else 1
            j += 1
        while j < len(text) and text[j] in NO_START:
            j += 1
        while j < len(text) and j - 1 > i and text[j - 1] in NO_END:
            j -= 1
        k = j
        while (
            j < len(text)
            and k > i
            and text[k - 1].isascii()
            and text[k - 1].isalpha()
            and text[k].isascii()
            and text[k].isalpha()
        ):
            k -= 1
        if k > i and k != j:
            j = k
        out.append(((indent if first else "") + text[i:j], j))
        i, first = j, False
    return out


def _split(word, room):
    """Where to hyphenate `word` so its first part (+ hyphen) fits `room`: before a
    consonant that a vowel follows (V-CV) or between two consonants between vowels
    (VC-CV), both parts at least 3 letters; None: do not split."""
    core = word.rstrip(",.;:!?»)\"'”")
    if len(core) < 7 or not core.isalpha():
        return None
    V = lambda c: c in VOWELS  # noqa: E731
    for k in range(min(room - 1, len(core) - 3), 2, -1):
        a, b, c = core[k - 1], core[k], core[k + 1]
        if core[k - 1 : k + 1].lower() in ("ch", "sh", "th", "ph", "ck", "gh", "qu", "ng"):
            continue
        if (V(a) and not V(b) and V(c)) or (not V(a) and not V(b) and V(c) and V(core[k - 2])):
            return k
    return None


def latin_lines(text, width, indent="", hyphenate=True):
    """Greedy word wrap at `width`; long words split with a hyphen at a vowel-consonant
    boundary. Returns [(line, end offset in text)]."""
    words, pos = [], 0
    for w in text.split(" "):
        words.append((w, pos))
        pos += len(w) + 1
    out, cur, cur_end = [], indent, 0
    k = 0
    pending = None  # rest of a split word
    while k < len(words) or pending:
        if pending:
            w, start = pending
            pending = None
        else:
            w, start = words[k]
            k += 1
        sep = "" if cur.strip() == "" or cur == indent else " "
        if len(cur) + len(sep) + len(w) <= width:
            cur += sep + w
            cur_end = start + len(w)
            continue
        room = width - len(cur) - len(sep)
        cut = _split(w, room) if hyphenate else None
        if cut:
            cur += sep + w[:cut] + "-"
            out.append((cur, start + cut))
            cur = ""
            pending = (w[cut:], start + cut)
            continue
        out.append((cur, cur_end))
        cur, cur_end = w, start + len(w)
    if cur.strip():
        out.append((cur, cur_end))
    return out


def para(text, lines_fn, inserts=()):
    """The lines of one paragraph, with `inserts` = [(after_text, [lines])]: the lines go
    after the printed line on which `after_text` ends (it must not end the paragraph)."""
    lines = lines_fn(text)
    res = [ln for ln, _ in lines]
    ends = [e for _, e in lines]
    for after, ins in sorted(inserts, key=lambda x: -text.index(x[0])):
        pos = text.index(after) + len(after)
        n = next(i for i, e in enumerate(ends) if e >= pos)
        assert n < len(res) - 1, ("insert at the last line", after)
        res[n + 1 : n + 1] = list(ins)
        ends[n + 1 : n + 1] = [ends[n]] * len(ins)
    return res


def art(
    title,
    paragraphs,
    section=None,
    kicker=None,
    subtitle=None,
    byline=None,
    source=None,
    headings=(),
    captions=(),
    credits=(),
):
    a = {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": source,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }
    if credits:
        a["credits"] = list(credits)
    return a


def norm(s):
    return "".join(unicodedata.normalize("NFKC", str(s or "")).split())


def first(v):
    return v[0] if isinstance(v, list) else v


def check(name, text, gold):
    """No furniture inside body; print what the page has beyond the gold (markup)."""
    body = []
    for a in gold["articles"]:
        body += [norm(p) for p in a["paragraphs"]] + [norm(a["title"])]
        body += [norm(c) for c in a["captions"]]
    for f in gold["page"]["furniture"]:
        for b in body:
            assert norm(f) not in b, (name, "furniture inside body", f)
    for a in gold["articles"]:
        for c in a["captions"]:
            for p in a["paragraphs"]:
                assert norm(c) not in norm(p), (name, "caption in paragraph", c)
    from collections import Counter

    page = Counter(norm(text))
    g = Counter()
    strings = list(gold["page"]["furniture"])
    for a in gold["articles"]:
        for k in ("section", "kicker", "subtitle", "byline", "source"):
            strings.append(first(a[k]))
        strings += [a["title"]] + a["paragraphs"] + a["captions"] + a["headings"] + a.get("credits", [])
    for s in strings:
        if s is None:
            continue
        g.update(norm(s))
    extra_page = page - g
    extra_gold = g - page
    return extra_page, extra_gold


def write(name, ext, lines, gold, encoding, newline="\n", bom=False):
    text = newline.join(lines) + newline
    if encoding == "utf-16-le":
        data = (b"\xff\xfe" if bom else b"") + text.encode("utf-16-le")
    elif encoding == "utf-16-be":
        data = (b"\xfe\xff" if bom else b"") + text.encode("utf-16-be")
    elif encoding == "utf-8" and bom:
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        data = text.encode(encoding)
    page = f"{name}.{ext}"
    with open(os.path.join(HERE, page), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, f"{name}.gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return page, text


# ---------------------------------------------------------------- pages


def page_guoji():
    name = "zh_gbk_guoji_xinwen_xinhua_zhongxinshe_foreign_datelines_beijing_lianjie_box_caption_credit_midsentence_zhuan_jump_huanqiu_jianxun"
    W = 22
    L = lambda t: cjk_lines(t, W)  # noqa: E731
    fur = [
        "东岳日报　2026年11月30日　星期一",
        "第6版　国际新闻",
        "责任编辑：韩冰　美术编辑：周琳",
        "（转第7版）",
        "6　国际新闻　东岳日报",
    ]
    cap = "11月29日，与会代表在日内瓦万国宫出席闭幕式。"
    cred = "新华社记者　罗安摄"
    a1 = [
        "新华社日内瓦11月29日电（记者　宋立群）为期三天的全球粮食与农业投入品会议29日在瑞士日内瓦闭幕。来自六十多个国家和国际组织的代表在会后发表联合声明，呼吁各方保持化肥、种子等农业投入品贸易畅通，避免出台限制出口的临时措施。",
        "声明指出，过去两年国际化肥价格大幅波动，一些低收入国家的农民因买不起化肥而减少施用，导致主要粮食作物单产下降。会议建议设立区域性化肥储备，并由多边开发银行为小农户提供优惠贷款。",
        "会议主席、瑞士联邦经济事务部官员马库斯·里德尔在闭幕式上说，粮食安全“没有哪个国家能够独善其身”，各国应加强市场信息共享，及时发布库存和产量数据，防止恐慌性囤积推高价格。",
        "联合国粮农组织当天发布的报告显示，今年全球谷物产量预计为二十八亿吨，略高于去年，但非洲之角和萨赫勒地区仍有约四千万人面临严重粮食不安全。报告呼吁国际社会在明年春播前加大援助力度。",
    ]
    a2 = [
        "化肥主要分为氮肥、磷肥和钾肥三类。氮肥生产依赖天然气，磷肥和钾肥则取决于矿产资源，全球钾肥出口高度集中在少数几个国家。",
        "据国际化肥协会统计，全球每年化肥贸易量约为两亿吨，其中约三分之一流向南亚和拉丁美洲。业内人士认为，运输成本上升和部分产地减产，是近两年价格波动的主要原因。",
    ]
    a3 = [
        "新华社华盛顿11月29日电（记者　唐宁　邓可）一场强冬季风暴28日至29日横扫美国中西部和东北部地区，带来大范围降雪和冻雨，造成数千个航班取消，超过三十万户家庭和商户停电。",
        "美国国家气象局说，芝加哥、底特律等城市24小时降雪量超过30厘米，部分地区积雪深度创下同期纪录。密歇根州和俄亥俄州多条州际公路一度封闭，数百辆汽车被困在路上。",
        "据航班追踪网站统计，截至29日下午，全美当天已有四千多个航班被取消，芝加哥奥黑尔国际机场受影响最为严重。正值感恩节假期返程高峰，大批旅客滞留在机场。",
        "气象部门预计，风暴将在30日继续向东移动，纽约、波士顿等城市可能迎来今冬第一场大雪。多个州已宣布进入紧急状态，并动员国民警卫队协助清雪和救援。电力公司表示，由于积冰压断大量线路，部分地区可能要到",
    ]
    a4 = [
        "中新社东京11月29日电（记者　吉田朋）日本多家大型百货店29日起陆续开始年末促销，比往年提前约一周。业内人士分析，日元汇率走低吸引大批外国游客，百货店希望借此延长购物旺季。",
        "记者当天在东京银座看到，多家百货店门前排起长队，化妆品、手表和电器柜台前挤满了顾客。一家百货店的负责人说，今年外国游客的消费额已占到全店销售额的三成左右，比疫情前还高。",
        "不过，也有经济学家提醒，日本国内居民实际收入增长乏力，消费意愿仍然偏弱，单靠游客难以支撑零售业长期复苏。",
    ]
    a5 = [
        "据新华社里约热内卢11月29日电　巴西南部南里奥格兰德州近日持续暴雨，多条河流水位暴涨，已造成至少六人死亡、一万多人被迫离开家园。州政府已向联邦政府申请紧急救灾资金。"
    ]
    a6 = [
        "据中新社悉尼11月29日电　澳大利亚新南威尔士州29日宣布，将从明年起在全州公立中小学推广编程课，计划三年内培训五千名教师。州教育部长说，此举旨在让学生从小掌握数字技能。"
    ]
    lines = [fur[0], fur[1], "", "聚焦全球粮食安全", "日内瓦会议呼吁稳定化肥供应", ""]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("一些低收入国家的农民", ["", cap, cred, ""])])
    for p in a1[2:]:
        lines += para(p, L)
    lines += ["", "背景链接", "全球化肥贸易格局", ""]
    for p in a2:
        lines += para(p, L)
    lines += ["", "", "美国多地遭遇冬季风暴", "数千航班取消　逾三十万户停电", ""]
    lines += para(a3[0], L)
    lines += para(a3[1], L, [("降雪量超过30厘米，", [fur[4]])])
    for p in a3[2:]:
        lines += para(p, L)
    lines += [fur[3], "", "", "东京百货店年末促销提前开场", ""]
    lines += para(a4[0], L)
    lines += para(a4[1], L, [("门前排起长队，", ["", ""])])
    lines += para(a4[2], L)
    lines += ["", "环球简讯", "", "巴西南部暴雨致六人死亡"]
    lines += para(a5[0], L)
    lines += ["", "新州中小学将开编程课"]
    lines += para(a6[0], L)
    lines += ["", fur[2]]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. GB18030, LF, simplified, 22-cell lines with a two-cell full-width indent. "
        "东岳日报 2026-11-30 第6版 国际新闻, 6 articles. Article 1: 引题 聚焦全球粮食安全 (kicker) over the title; a 新华社日内瓦…电（记者　宋立群） lead stays in paragraph 1 (source none or 新华社; byline none or 宋立群); a caption + its credit line (新华社记者　罗安摄, credits) between blank lines inside a sentence of paragraph 2 (joined). "
        "Article 2: a 背景链接 box (standing head: kicker or section) with its own title, two paragraphs. Article 3: 新华社华盛顿 dispatch, title + 副题 (subtitle), the running head 6　国际新闻　东岳日报 inside a sentence of paragraph 2 (furniture, joined); the story stops mid-sentence at …部分地区可能要到 before the jump line （转第7版） (furniture). "
        "Article 4: 中新社东京 dispatch, a column break (two blank lines) inside a sentence of paragraph 2 (joined). Articles 5–6: two items under the standing head 环球简讯 (section, or none), each its own title, 据新华社…电 / 据中新社…电 leads in the paragraph. Page name 国际新闻 only in the header: section none.",
        "page": {"furniture": fur, "date": "2026-11-30", "page": "第6版"},
        "articles": [
            art(
                "日内瓦会议呼吁稳定化肥供应",
                a1,
                kicker="聚焦全球粮食安全",
                byline=[None, "宋立群"],
                source=[None, "新华社"],
                captions=[cap],
                credits=[cred],
            ),
            art("全球化肥贸易格局", a2, section=[None, "背景链接"], kicker=["背景链接", None]),
            art(
                "美国多地遭遇冬季风暴",
                a3,
                subtitle="数千航班取消　逾三十万户停电",
                byline=[None, "唐宁　邓可"],
                source=[None, "新华社"],
            ),
            art("东京百货店年末促销提前开场", a4, byline=[None, "吉田朋"], source=[None, "中新社"]),
            art("巴西南部暴雨致六人死亡", a5, section=["环球简讯", None], source=[None, "新华社"]),
            art("新州中小学将开编程课", a6, section=["环球简讯", None], source=[None, "中新社"]),
        ],
    }
    return name, "txt", lines, gold, "gbk", "\n", False


def page_dushu():
    name = "zh_utf8bom_crlf_dushu_page_shuping_pozhe_futi_square_byline_book_data_line_shuxun_items_zuozhe_chubanshe_dingjia_caption_midsentence"
    W = 20
    L = lambda t: cjk_lines(t, W)  # noqa: E731
    fur = [
        "青岚日报",
        "2026年11月28日　星期六",
        "第11版",
        "读书周刊",
        "本版主编：柳岸　责任编辑：许一帆　邮箱：dushu@qinglan.example",
    ]
    data1 = "《白鹭洲》，林静秋著，江南文艺出版社2026年9月出版，定价：58.00元"
    a1 = [
        "读完林静秋的长篇小说《白鹭洲》，合上书页的那一刻，我想起的不是书中哪个人物，而是小时候站在河堤上看涨水的情景：浑黄的水漫过芦苇，漫过渡口的石阶，一直漫到人的心里去。",
        "小说写的是江边一个叫白鹭洲的村子七十年的变迁。从上世纪五十年代的摆渡人，到八十年代出门打工的青年，再到今天回乡开民宿的大学生，三代人的命运都和那条河缠在一起。作者没有刻意制造跌宕的情节，而是用近乎纪录片的耐心，一笔一笔写村里的婚丧嫁娶、四季农事和人情往来。",
        "最打动我的是书中的那位老渡工。他一辈子守着一条木船，修桥的消息传来时，他一句话也没说，只是把船又刷了一遍桐油。桥通车那天，全村人都去看热闹，只有他坐在空荡荡的渡口抽烟。作者写到这里戛然而止，留给读者的却是长久的回味。",
        "当然，这部小说也并非没有遗憾。后半部写返乡青年创业的几章，节奏明显加快，人物的内心变化交代得有些仓促，不如前半部那样从容饱满。或许作者想写的东西太多，反而来不及让它们在纸上慢慢生长。",
        "但瑕不掩瑜。在城市化的浪潮中，无数个“白鹭洲”正在消失或改变模样。林静秋用一部小说为它们立传，让我们在河流的拐弯处，重新看见了自己的故乡。",
    ]
    cap3 = "图为陈立华在书店里整理新到的图书。"
    cred3 = "本报记者　沈青摄"
    a3 = [
        "在桐溪县城最热闹的解放街上，夹在奶茶店和手机店之间，有一家只有四十多平方米的书店。招牌上“立华书屋”四个字已经褪色，店主陈立华却说，这块招牌他一次也没舍得换。",
        "二十年前，陈立华从县新华书店下岗，拿出全部积蓄开了这家小店。最难的时候，一个月只卖出去三十几本书，他白天看店，晚上去夜市摆摊补贴房租。后来，他想出一个办法：让老顾客把读过的书寄放在店里，谁想看都可以免费借，借书的人多了，买书的人也慢慢多了起来。",
        "如今，书屋每个周六晚上都有读书会，来的有退休教师、中学生，也有在附近打工的年轻人。墙上贴满了读者写的便签，有人推荐书目，有人写下读后感，还有人只写了一句“谢谢这里的灯一直亮着”。",
        "问起书店还能开多久，陈立华笑着说：“只要还有人推门进来问有没有新书，我就开下去。”",
    ]
    items = [
        (
            "《茶路千年》",
            "作者：王守仁　出版社：西南人民出版社　定价：68元",
            "本书沿着古代茶马古道的路线，记录了作者五年间十余次实地行走的见闻，配有二百多幅照片和手绘地图，讲述茶叶如何从山间走向世界。",
        ),
        (
            "《星星的孩子》",
            "作者：［英］艾琳·卡特　译者：张蔚　出版社：晨光少儿出版社　定价：36元",
            "一部写给孩子的绘本，讲述一个自闭症男孩和他的妹妹一起观察夜空的故事。画面温暖安静，适合亲子共读，也能帮助孩子理解身边与众不同的朋友。",
        ),
        (
            "《算法之外》",
            "作者：刘启明　出版社：华东科技出版社　定价：59.80元",
            "作者长期从事人工智能研究，在书中用通俗的语言讨论推荐算法、自动驾驶和智能医疗背后的伦理问题，提醒读者：技术越聪明，人越需要想清楚自己要什么。",
        ),
    ]
    lines = (
        [
            fur[0] + "　" + fur[1],
            fur[2] + "　" + fur[3],
            "",
            "在河流的拐弯处看见故乡",
            "——读林静秋长篇小说《白鹭洲》",
            "",
            "□周明远",
            "",
        ]
        + [ln for ln, _ in cjk_lines(data1, W, indent="")]
        + [""]
    )
    for i, p in enumerate(a1):
        if i == 2:
            lines += para(p, L, [("修桥的消息传来时，", ["", "", ""])])
        else:
            lines += para(p, L)
    lines += ["", "", "书　讯", ""]
    for t, d, p in items:
        lines += [t] + [ln for ln, _ in cjk_lines(d, W, indent="")]
        lines += para(p, L)
        lines += [""]
    lines += ["", "一家县城书店的二十年", "本报记者　沈青", ""]
    lines += para(a3[0], L)
    lines += para(a3[1], L, [("他想出一个办法：", ["", cap3, cred3, ""])])
    lines += para(a3[2], L, [("有人推荐书目，", [fur[4]])])
    lines += para(a3[3], L)
    fur_gold = [fur[0] + "　" + fur[1], fur[2] + "　" + fur[3], fur[4]]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. UTF-8 with BOM, CRLF, simplified, 20-cell lines, two-cell full-width indent. "
        "青岚日报 2026-11-28 第11版 读书周刊, 5 articles. Article 1: a 书评: title + a 副题 beginning with —— (subtitle, the dashes kept: the scorer matches containment, so without them it also matches), a □ byline line (byline 周明远; □周明远 also matches), then the **book data line** （书名，作者，出版社，出版时间，定价） on its own line before the text: bibliographic data, not body and not a caption (credits, unscored; a cleaner that makes it a paragraph loses precision); a column break (three blank lines) inside a sentence of paragraph 3 (joined). "
        "Articles 2–4: the 书讯 column (spaced standing head 书　讯: their section, or none); each item's title is the book title in 《》, the next line the data line (作者：…　出版社：…　定价：…; credits), then one paragraph. "
        "Article 5: a feature with a byline line 本报记者　沈青 under the title; a caption + credit between blank lines inside a sentence of paragraph 2; the editor line (furniture) inside a sentence of paragraph 3.",
        "page": {"furniture": fur_gold, "date": "2026-11-28", "page": "第11版"},
        "articles": [
            art(
                "在河流的拐弯处看见故乡",
                a1,
                subtitle="——读林静秋长篇小说《白鹭洲》",
                byline=["周明远", "□周明远"],
                credits=[data1],
            ),
        ]
        + [art(t, [p], section=["书　讯", None], credits=[d]) for t, d, p in items]
        + [
            art("一家县城书店的二十年", a3, byline=["本报记者　沈青", "沈青"], captions=[cap3], credits=[cred3]),
        ],
    }
    return name, "txt", lines, gold, "utf-8", "\r\n", True


def page_macau():
    name = "zht_utf8_macau_aowen_benbao_xiaoxi_yinti_portuguese_street_names_mop_caption_sheying_midsentence_xujian_jump_shetuan_dongtai_items"
    W = 18
    L = lambda t: cjk_lines(t, W)  # noqa: E731
    fur = ["濠江晨報", "二〇二六年十一月二十七日　星期五", "B2　澳聞", "（續見B4版）", "濠江晨報　澳聞　B2"]
    cap1 = "官也街周末人潮如鯽，不少旅客在街心拍照。"
    cred1 = "記者　何詠詩攝"
    a1 = [
        "【本報消息】為紓緩氹仔舊城區周末人車爭路的情況，交通事務局昨日宣布，由下月五日起，官也街（Rua do Cunha）及施督憲正街（Rua do Regedor）一段將於每逢星期六、日下午二時至晚上十時試行行人專區，為期三個月。",
        "交通事務局表示，過去一年氹仔舊城區周末平均人流逾四萬人次，高峰時段行人經常被迫走出車道，險象環生。試行期間，上述路段除緊急車輛及持證送貨車輛外，一律禁止車輛駛入，區內兩個咪錶停車位亦會暫停使用。",
        "當局將在地堡街及告利雅施利華街增設臨時上落客點，並加派人員在路口指揮。交通事務局負責人表示，試行結束後將收集商戶及居民意見，再決定是否恆常化。",
        "不過，有商戶擔心措施影響生意。在官也街經營手信店二十多年的黎先生對記者表示，不少熟客習慣開車來買杏仁餅，禁車後恐怕會卻步。他希望當局在附近增設停車位，並延長送貨時段，讓商戶有足夠時間補貨。亦有居民關注，行人專區實施後，車輛會改行附近的內街，",
    ]
    a2 = [
        "【本報消息】司法警察局前日在黑沙環一單位內搗破一個非法賭博集團，拘捕三名男子，檢獲現金約一百二十萬澳門元及大量投注紀錄，涉及賭款估計逾八百萬元。",
        "據司警局發言人介紹，該集團自今年六月起利用手機通訊程式接受外圍賭波投注，被捕三人分別為本澳居民及內地居民，年齡介乎二十五歲至四十一歲。案件已移送檢察院偵辦，三人涉嫌觸犯不法經營賭博罪。",
        "司警局提醒市民，參與非法賭博不但觸犯法例，更可能墮入詐騙陷阱，輸錢後追討無門。如發現可疑情況，可致電司警舉報熱線，警方會對舉報人資料絕對保密。",
    ]
    a5 = [
        "【本報消息】澳門一所大學的研究團隊昨日公布調查結果，本澳近六成中學生在上課日每晚睡眠不足七小時，其中高中生的情況最為嚴重。調查於今年上半年進行，共訪問了十二所中學逾三千名學生。",
        "負責研究的教授表示，睡眠不足與學生長時間使用手機及課後補習有密切關係，不少學生表示每晚十二時後才上床。團隊建議學校適當推遲早上上課時間，家長亦應與子女約定睡前一小時不使用電子產品。",
    ]
    a3 = [
        "【本報消息】澳門街坊會聯合總會轄下氹仔社區中心日前舉辦長者智能手機班，二十多名長者在義工協助下學習使用電子支付及預約醫療服務。中心表示，明年將增開晚間班，方便在職人士陪同家中長者一同參加。",
    ]
    a4 = [
        "【本報消息】澳門土生葡人協會將於本周六在塔石廣場舉辦聖誕市集，設有三十多個攤位，售賣葡國糕點、手工藝品及土生菜。協會會長費利拉（Carlos Ferreira）表示，希望透過市集讓更多市民認識土生葡人的飲食文化。",
    ]
    lines = [fur[0], fur[1], fur[2], "", "氹仔舊城區周末人車爭路", "官也街下月試行行人專區", ""]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("高峰時段行人", ["", cap1, cred1, ""])])
    lines += para(a1[2], L)
    lines += para(a1[3], L, [("禁車後恐怕會卻步。", [fur[4]])])
    lines += [fur[3], "", "", "司警搗外圍賭波集團", "拘三人　涉賭款逾八百萬", ""]
    for p in a2:
        lines += para(p, L)
    lines += ["", "調查：近六成中學生睡眠不足", ""]
    lines += para(a5[0], L)
    lines += para(a5[1], L, [("不少學生表示", ["", ""])])
    lines += ["", "社團動態", "", "氹仔長者學用智能手機"]
    lines += para(a3[0], L)
    lines += ["", "土生葡人周六辦聖誕市集"]
    lines += para(a4[0], L)
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. UTF-8 (no BOM), LF, traditional, Macau, 18-cell lines, two-cell full-width indent. "
        "濠江晨報 二〇二六年十一月二十七日 B2 澳聞, 5 articles. Article 1: 引題 (kicker) 氹仔舊城區周末人車爭路 over the title; 【本報消息】 stays in paragraph 1; Portuguese street names in brackets inside the text; a caption + its credit line (記者　何詠詩攝, credits) between blank lines inside a sentence of paragraph 2; the running head 濠江晨報　澳聞　B2 (furniture) inside a sentence of paragraph 4; paragraph 4 stops mid-sentence (…會改行附近的內街，) before the jump line （續見B4版） (furniture). "
        "Article 2: title + 副題 with a full-width space (subtitle). Article 3: a column break (two blank lines) inside a sentence of paragraph 2 (joined). Articles 4–5: items under the standing head 社團動態 (section, or none), each its own title. No bylines (【本報消息】 names no reporter). Page name 澳聞 only in the header: section none.",
        "page": {"furniture": fur, "date": "2026-11-27", "page": "B2"},
        "articles": [
            art("官也街下月試行行人專區", a1, kicker="氹仔舊城區周末人車爭路", captions=[cap1], credits=[cred1]),
            art("司警搗外圍賭波集團", a2, subtitle="拘三人　涉賭款逾八百萬"),
            art("調查：近六成中學生睡眠不足", a5),
            art("氹仔長者學用智能手機", a3, section=["社團動態", None]),
            art("土生葡人周六辦聖誕市集", a4, section=["社團動態", None]),
        ],
    }
    return name, "txt", lines, gold, "utf-8", "\n", False


def page_shanghai1946():
    name = "zht_cp950_1946_shanghai_dun_ju_marks_only_stacked_decks_zhongyangshe_dian_benbu_xinwen_dot_items_guanggao_midcolumn_minguo_date"
    W = 16
    L = lambda t: cjk_lines(t, W)  # noqa: E731
    fur = [
        "申江時報",
        "中華民國三十五年十一月二十七日　星期三",
        "第四版",
        "本埠新聞",
        "五洲藥房　補血良藥　人造自來血　各大藥房均有出售",
        "上海申江時報館印行　每份國幣二百元",
        "申江時報　第四版　中華民國三十五年十一月二十七日",
    ]
    a1 = [
        "【中央社南京二十六日電】行政院今日上午舉行例會、討論冬令救濟辦法、決定由中央撥款三十億元、分配各省市辦理冬賑、其中上海市分得五億元。",
        "會中社會部長報告、今冬各地難民及失業工人人數較去年增加甚多、京滬一帶尤甚、如不早日籌措、恐有凍餒之虞。院會當即決議、由社會部會同各省市政府、於十二月一日以前成立冬令救濟委員會、設立粥廠及收容所、並勸募寒衣。",
        "又據社會部發言人稱、此次所撥款項、以購置米糧及棉衣為主、各地辦理情形、應按旬呈報、不得挪作他用。",
        "另悉、上海市政府奉令後、已於今日下午召集各慈善團體代表會商、擬在閘北、南市、滬西三處增設粥廠、每日施粥兩次、並擴充收容所床位至五千張、預定下月十日以前開辦。",
    ]
    a2 = [
        "本市自入冬以來、米價逐日上漲、昨日白粳每石已逾六萬元、較上月同期漲約三成。市民購米、多有排隊竟日而不可得者。",
        "社會局長昨日召集米業同業公會負責人談話、責成各米店照常供應、不得囤積居奇、並派員分赴各區調查存米數量。據米業公會稱、近日來源減少、實因內地運輸困難、蘇錫一帶新米尚未大量到滬所致、預料下月中旬當可轉趨平穩。",
        "又訊、市參議會定明日召開臨時大會、專案討論平抑米價問題、聞將建議市府向中央請撥平糶米二萬石、以濟民食。",
        "記者昨午赴南市各米店察看、多數店門前懸有米已售完木牌、少數照常營業者、亦限每人購米一斗。有老婦持米袋候至日暮、終未購得、言之泣下。",
    ]
    a6 = [
        "【本報訊】兩路管理局為疏運年關旅客、定下月一日起、京滬線每日加開夜快車一次、晚十時由北站開出、翌晨七時抵南京下關、中途僅停蘇州、無錫、常州、鎮江四站。",
        "據該局負責人談、近日京滬間旅客激增、各次列車無不擁擠異常、三等車廂內走道亦站滿旅客、售票處每晨未及開窗、已有數百人排隊等候。黃牛黨乘機包購車票、高價轉售、旅客苦之。路局已會同警察局派員在北站查緝、一經查獲、即予拘送法辦。",
        "至於滬杭線方面、因錢塘江大橋修復工程尚未完竣、車輛調度困難、暫時無法加開班次、俟明春橋工告竣、當可恢復戰前",
    ]
    items = [
        ("電車加價", "英商電車公司呈請自下月起加價、頭等每段由八十元改為一百二十元、公用局尚未核准。"),
        ("竊案破獲", "老閘捕房昨在北京路一旅館內拘獲竊賊二名、起出金飾手錶多件、據供係在虹口一帶行竊。"),
        ("寒衣勸募", "本市婦女協會發起寒衣勸募運動、自即日起在各區設立收集處、市民如有舊衣、可就近送交。"),
        ("學生義賣", "聖約翰大學學生自治會定本星期六在校內舉行義賣、所得全數捐充冬賑、並歡迎各界人士前往參觀選購。"),
        (
            "碼頭失火",
            "浦東其昌棧碼頭昨晚九時許堆棧失火、焚去棉花百餘包、經救火會馳往灌救、一小時後始熄、起火原因正在調查中。",
        ),
    ]
    lines = [
        fur[0],
        fur[1] + "　" + fur[2],
        "",
        "冬令救濟",
        "政院撥款三十億",
        "分配各省市辦理冬賑",
        "上海分得五億　月內成立救濟會",
        "",
    ]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("如不早日籌措、", ["", fur[4], ""])])
    lines += para(a1[2], L)
    lines += para(a1[3], L)
    lines += ["", "", fur[3], "", "米價續漲", "白粳每石逾六萬", "社會局召米商談話　嚴禁囤積", ""]
    lines += para(a2[0], L)
    lines += para(a2[1], L, [("並派員分赴各區", ["", ""])])
    lines += para(a2[2], L)
    lines += para(a2[3], L)
    lines += ["", "", "京滬路下月加開夜車", "黃牛包購車票　路局會同警局查緝", ""]
    lines += para(a6[0], L)
    lines += para(a6[1], L, [("三等車廂內", [fur[6]])])
    lines += para(a6[2], L)
    lines += ["（轉第五版）", "", "本埠零訊", ""]
    for t, p in items:
        lines += para(p, lambda x, t=t: cjk_lines(x, W, indent="●" + t + "　"))
    lines += ["", fur[5]]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. cp950 (Big5), LF, traditional, a 1946 Shanghai page typed from a microfilm: **old punctuation**, 、 for every pause and 。 only at a sentence end (no ，「」), Chinese numerals, 16-cell lines, two-cell indent. "
        "申江時報 民國三十五年十一月二十七日 (1946-11-27) 第四版, 8 articles. Article 1: **stacked decks**: 引題 冬令救濟 (kicker), 主題 政院撥款三十億 + a second deck 分配各省市辦理冬賑 (the title is the two joined: 政院撥款三十億分配各省市辦理冬賑), a 副題 上海分得五億　月內成立救濟會 (subtitle); 【中央社南京二十六日電】 stays in paragraph 1 (source none or 中央社); a **one-line advertisement** (五洲藥房…, furniture) between blank lines inside a sentence of paragraph 2 (joined). "
        "The banner 本埠新聞 before article 2 heads the local news on the rest of the page: section of articles 2–8 or none (never body). Article 2: 引題 米價續漲 (kicker), title 白粳每石逾六萬, 副題 (subtitle); a column break inside a sentence of paragraph 2; 又訊 paragraph 3 stays in the story. "
        "Article 3: 【本報訊】 lead (in paragraph 1), title + 副題; the running head 申江時報　第四版　… (furniture) inside a sentence of paragraph 2; the story stops mid-sentence (…當可恢復戰前) before the jump line （轉第五版） (furniture). "
        "Articles 4–8: 本埠零訊 items (section 本埠零訊, or 本埠新聞, or none), each a run-in head ●電車加價 followed by a full-width space on the text's first line: the head without ● is the title, the text after the space the paragraph. The printer's line at the foot is furniture.",
        "page": {
            "furniture": [fur[0], fur[1] + "　" + fur[2], fur[4], fur[5], fur[6], "（轉第五版）"],
            "date": "1946-11-27",
            "page": "第四版",
        },
        "articles": [
            art(
                "政院撥款三十億分配各省市辦理冬賑",
                a1,
                kicker="冬令救濟",
                subtitle="上海分得五億　月內成立救濟會",
                source=[None, "中央社"],
            ),
            art(
                "白粳每石逾六萬",
                a2,
                kicker="米價續漲",
                subtitle="社會局召米商談話　嚴禁囤積",
                section=[None, "本埠新聞"],
            ),
            art("京滬路下月加開夜車", a6, subtitle="黃牛包購車票　路局會同警局查緝", section=[None, "本埠新聞"]),
        ]
        + [art(t, [p], section=["本埠零訊", None, "本埠新聞"]) for t, p in items],
    }
    return name, "txt", lines, gold, "cp950", "\n", False


def page_lilun():
    name = "zh_utf16le_bom_lilun_zhoukan_neirong_tiyao_standfirst_numbered_yi_er_san_headings_pull_quote_repeats_text_author_note_lilun_dongtai"
    W = 21
    L = lambda t: cjk_lines(t, W)  # noqa: E731
    fur = ["江州日报　2026年11月26日　星期四", "第9版　理论周刊", "本版责编：苏蔓　版式：魏超"]
    tiyao = "数字技术正在深刻改变基层治理的方式。用好数字化手段，既要敢于创新，也要防止“数字形式主义”，归根到底要让技术服务于人民群众的实际需要。"
    heads = ["一、数字化为基层治理提供了新工具", "二、警惕“数字形式主义”", "三、让技术回归为民服务的本位"]
    p = [
        "近年来，各地积极推进“智慧社区”“数字乡村”建设，网格化管理平台、政务服务小程序、社区微信群等新工具在基层广泛应用。群众办事从“跑多次”变为“跑一次”甚至“不用跑”，社区干部对辖区情况的掌握也更加及时准确。",
        "数字化的意义不仅在于提高效率，更在于改变治理的逻辑。过去，基层工作往往依靠经验判断，问题发现靠走访、处理靠开会；如今，数据的实时汇集使问题能够被更早发现、更快分派、更准解决，为精细化治理创造了条件。",
        "但也要看到，一些地方在推进数字化过程中出现了偏差。有的社区一个干部要维护十几个工作群、填报七八个平台，每天大量时间花在拍照、打卡、上传材料上；有的地方把应用软件下载量、群成员人数当作考核指标，层层加码。",
        "这种“数字形式主义”，表面上是技术使用问题，实质上是形式主义在新条件下的变种。它不仅没有为基层减负，反而增加了新的负担，挤占了干部联系群众、解决问题的时间。",
        "推进基层治理数字化，必须坚持以人民为中心。平台建设要从群众需求出发，能整合的整合，能共享的共享，坚决避免重复建设、多头填报；考核评价要看实效，不能以数据代替调研、以留痕代替落实。",
        "同时，要关注“数字鸿沟”问题。老年人、残疾人等群体在使用智能设备方面存在困难，基层治理在推进数字化的同时，必须保留必要的线下渠道，让每一位群众都不因技术门槛而被排除在服务之外。技术是手段，人民满意才是目的。",
        "此外，数据越集中，安全责任越重大。基层在采集、使用居民信息时，要严格遵守个人信息保护的有关规定，明确数据用途和使用权限，防止信息泄露和滥用，让群众用得放心、用得安心。",
    ]
    pull = "“数字形式主义”表面上是技术使用问题，实质上是形式主义在新条件下的变种"
    note = "（作者系江州市委党校公共管理教研部副教授）"
    d1 = [
        "本报讯　全省乡村振兴理论研讨会日前在江州举行。来自高校、党校和实际工作部门的六十余位专家学者围绕乡村产业发展、人才振兴和乡村治理等议题展开研讨，提交论文四十余篇。与会者认为，推进乡村全面振兴，既要注重产业发展的经济逻辑，也要重视乡村社会的文化传承。（本报记者　方晓）"
    ]
    d3 = [
        "本报讯　市社科联近日启动年度社科普及月活动，组织专家学者深入社区、学校、企业开展宣讲五十余场，内容涵盖法治建设、生态保护、家庭教育等方面，受众逾万人次。活动将持续到十二月底，有需要的单位可向市社科联预约宣讲。"
    ]
    d2 = [
        "本报讯　由江州大学基层治理研究中心编写的《基层治理创新案例选编》近日出版。该书收录了全省三十个城乡社区治理的典型案例，每个案例附有专家点评，可供基层干部学习参考。书后还附有十位社区书记的访谈录和近年来有关基层治理的政策文件目录，便于读者查阅对照。"
    ]
    lines = [
        fur[0],
        fur[1],
        "",
        "以数字化赋能基层治理现代化",
        "",
        "■林思远",
        "",
        "【内容提要】" + tiyao[:30],
        tiyao[30:],
        "",
        heads[0],
    ]
    lines += para(p[0], L) + para(p[1], L, [("问题发现靠走访、", ["", pull[:12], pull[12:24], pull[24:], ""])])
    lines += [heads[1]] + para(p[2], L) + para(p[3], L)
    lines += (
        [heads[2]]
        + para(p[4], L, [("能整合的整合，", ["", ""])])
        + para(p[5], L, [("使用智能设备方面", [fur[2]])])
        + para(p[6], L)
    )
    lines += ["　　　　　　　" + note, "", "", "理论动态", "", "全省乡村振兴理论研讨会在江州举行"]
    lines += para(d1[0], L) + ["", "《基层治理创新案例选编》出版"] + para(d2[0], L)
    lines += ["", "市社科联开展社科普及月活动"] + para(d3[0], L)
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. UTF-16 LE with BOM, LF, simplified, 21-cell lines, two-cell indent. "
        "江州日报 2026-11-26 第9版 理论周刊, 4 articles. Article 1: a theory article: title, ■ author line (byline 林思远), a **【内容提要】 standfirst** over two lines (the subtitle, label dropped; with the label also matches), three **numbered headings** 一、… 二、… 三、… on lines of their own (headings, not paragraphs); a **pull quote** (three short lines) printed between blank lines inside a sentence of paragraph 2 that **repeats a sentence of paragraph 4** (display type, not body: credits, unscored; a cleaner that keeps it as a paragraph loses precision); a column break inside a sentence of paragraph 5; the editor line (furniture) inside a sentence of paragraph 6 (of 7); the right-set author note （作者系…） at the end (credits, as in earlier sets). "
        "Articles 2–4: items under the standing head 理论动态 (section, or none), 本报讯 leads; item 1 ends with the reporter in brackets （本报记者　方晓）, which stays at the paragraph's end (byline none, 方晓 or 本报记者　方晓). Page name 理论周刊 only in the header: section none.",
        "page": {"furniture": fur, "date": "2026-11-26", "page": "第9版"},
        "articles": [
            art(
                "以数字化赋能基层治理现代化",
                p,
                subtitle=tiyao,
                byline=["林思远", "■林思远"],
                headings=heads,
                credits=[pull, note],
            ),
            art(
                "全省乡村振兴理论研讨会在江州举行",
                d1,
                section=["理论动态", None],
                byline=[None, "方晓", "本报记者　方晓"],
            ),
            art("《基层治理创新案例选编》出版", d2, section=["理论动态", None]),
            art("市社科联开展社科普及月活动", d3, section=["理论动态", None]),
        ],
    }
    return name, "txt", lines, gold, "utf-16-le", "\n", True


def page_argentina():
    name = "es_ar_cp1252_crlf_la_region_volanta_bajada_por_byline_especial_para_dateline_punto_guion_pesos_foto_gentileza_midsentence_sigue_en_pagina_telam_en_pocas_palabras"
    W = 44
    L = lambda t: latin_lines(t, W, indent="   ")  # noqa: E731
    fur = [
        "EL ECO DEL PARANÁ",
        "Santa Fe, domingo 29 de noviembre de 2026",
        "Página 8",
        "LA REGIÓN",
        "Sigue en página 10",
        "8 - EL ECO DEL PARANÁ - Domingo 29/11/2026",
    ]
    cap = "Los pescadores artesanales de Puerto Gaboto, durante la asamblea del viernes."
    cred = "(Foto: Gentileza Municipalidad de Puerto Gaboto)"
    a1 = [
        "PUERTO GABOTO.- La bajante del río Paraná, que ya lleva cuatro meses por debajo de los niveles normales para la época, golpea de lleno a las más de doscientas familias que viven de la pesca artesanal en la costa santafesina. El viernes, en una asamblea que colmó el salón del club Unión, los pescadores reclamaron una ayuda económica de emergencia y la suspensión de los controles de cupo hasta que el río se recupere.",
        "“Salimos a las cuatro de la mañana y volvemos con dos o tres bogas, cuando antes llenábamos la conservadora”, contó Ramón Villalba, que pesca en la zona desde hace treinta y cinco años. “Con lo que sacamos no alcanza ni para la nafta del motor.”",
        "Según los datos del Instituto Nacional del Agua, el Paraná marcaba ayer 0,62 metros en el puerto de Rosario, muy lejos de los 3,5 metros que se consideran normales para noviembre. Los especialistas no esperan una recuperación importante antes del otoño, porque las lluvias en la cuenca alta, en el sur de Brasil, siguen siendo escasas.",
        "La intendenta de Puerto Gaboto, Silvina Acosta, se comprometió a llevar el reclamo al Ministerio de Producción provincial. Los pescadores piden un subsidio de $ 180.000 mensuales por familia durante seis meses y la entrega de bolsones de alimentos. “Sabemos que la provincia tiene las cuentas ajustadas, pero acá hay gente que la está pasando muy mal”, dijo Acosta, que además solicitó que",
    ]
    a2 = [
        "El Concejo Municipal de Santa Fe aprobó el jueves, por unanimidad, la ordenanza que crea un registro de cuidadores de autos y fija una tarifa única de $ 1.500 por hora en el microcentro. La norma, que había generado polémica durante todo el año, entrará en vigor en marzo.",
        "Los cuidadores deberán inscribirse en la Municipalidad, usar una pechera identificatoria y entregar un comprobante a cada conductor. Quienes no se registren no podrán trabajar en la vía pública. Desde la agrupación que reúne a unos trescientos cuidadores señalaron que la medida “les da un marco legal”, aunque pidieron que la inscripción sea gratuita.",
    ]
    a3 = [
        "Una delegación de productores de miel de la región viajará la semana próxima a Alemania para cerrar la venta de cuarenta toneladas del producto, informó la agencia estatal. La operación es la primera que se concreta desde que se levantaron las restricciones sanitarias que pesaban sobre la miel argentina en ese mercado.",
    ]
    b = [
        (
            "Corte de agua en barrio Candioti",
            "Aguas Santafesinas anunció que el martes, de 8 a 16, habrá un corte de suministro en barrio Candioti por obras en la red. Se recomienda a los vecinos hacer reserva.",
        ),
        (
            "Feria del libro en Esperanza",
            "Desde el viernes y hasta el domingo 6 se realizará la feria del libro de Esperanza en la plaza San Martín, con presentaciones de autores locales y talleres para chicos.",
        ),
    ]
    lines = [
        fur[0],
        fur[1] + " - " + fur[2],
        "",
        fur[3],
        "",
        "EN ALERTA",
        "La bajante del Paraná deja",
        "sin sustento a los pescadores",
        "",
        "Reclaman un subsidio de emergencia y la suspensión de los",
        "controles de cupo hasta que el río se recupere",
        "",
        "Por Luciana Ferreyra",
        "Especial para El Eco",
        "",
    ]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("volvemos con dos", ["", cap, cred, ""])])
    lines += para(a1[2], L, [("en el puerto de Rosario,", [fur[5]])])
    lines += para(a1[3], L)
    lines += [fur[4], "", "", "CIUDAD", "Aprueban la ordenanza", "de los cuidadores de autos", ""]
    lines += para(a2[0], L)
    lines += para(a2[1], L, [("usar una pechera", ["", ""])])
    lines += ["", "Miel santafesina rumbo a Alemania", ""]
    lines += para(a3[0], L)
    lines += ["TÉLAM", "", "EN POCAS PALABRAS", ""]
    for t, p in b:
        lines += [t] + para(p, lambda x: latin_lines(x, W)) + [""]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. Windows-1252, CRLF, Argentine Spanish (Latin America; holdout13's Spanish page is from Spain). "
        "EL ECO DEL PARANÁ, Santa Fe, 2026-11-29, Página 8, section line LA REGIÓN (furniture), 5 articles. Ragged 44 columns, 3-space paragraph indent, words split with a hyphen at line ends (hyphens dropped in the gold; no word on the page has a real hyphen). "
        "Article 1: **volanta** EN ALERTA (kicker), two-line título (joined with a space), two-line **bajada** (subtitle), byline Por Luciana Ferreyra (Luciana Ferreyra also matches) with the line Especial para El Eco under it (credits); the dateline PUERTO GABOTO.- (Argentine point-and-hyphen) stays in paragraph 1; a caption and its (Foto: Gentileza …) credit between blank lines inside a sentence of paragraph 2; the page's running foot 8 - EL ECO DEL PARANÁ - … inside a sentence of paragraph 3 (furniture); paragraph 4 stops mid-sentence (…que además solicitó que) before Sigue en página 10 (furniture). Peso amounts $ 180.000. "
        "Article 2: volanta CIUDAD (kicker), two-line title, a column break inside a sentence of paragraph 2. Article 3: the agency line TÉLAM printed after the text (source; byline none or TÉLAM). "
        "Articles 4–5: briefs under the standing head EN POCAS PALABRAS (section, or none), each a title line directly on its text, no indent.",
        "page": {
            "furniture": [fur[0], fur[1] + " - " + fur[2], fur[3], fur[4], fur[5]],
            "date": "2026-11-29",
            "page": "Página 8",
        },
        "articles": [
            art(
                "La bajante del Paraná deja sin sustento a los pescadores",
                a1,
                kicker="EN ALERTA",
                subtitle="Reclaman un subsidio de emergencia y la suspensión de los controles de cupo hasta que el río se recupere",
                byline=["Por Luciana Ferreyra", "Luciana Ferreyra"],
                captions=[cap],
                credits=["Especial para El Eco", cred],
            ),
            art("Aprueban la ordenanza de los cuidadores de autos", a2, kicker="CIUDAD"),
            art("Miel santafesina rumbo a Alemania", a3, source="TÉLAM", byline=[None, "TÉLAM"]),
        ]
        + [art(t, [p], section=["EN POCAS PALABRAS", None]) for t, p in b],
    }
    return name, "txt", lines, gold, "cp1252", "\r\n", False


def page_norway():
    name = "nb_latin1_lokalavis_stikktittel_ingress_tekst_foto_byline_line_email_dash_dialogue_caps_caption_label_fakta_box_bullets_ntb_dateline_fortsetter_side_kort_og_godt"
    W = 40
    L = lambda t: latin_lines(t, W)  # noqa: E731
    fur = [
        "FJORDPOSTEN",
        "Tirsdag 1. desember 2026",
        "6",
        "NYHETER",
        "Fortsetter på side 8",
        "6 NYHETER Fjordposten tirsdag 1. desember 2026",
    ]
    cap = "BEKYMRET: Hanne Lie og de andre foreldrene i FAU har samlet over 600 underskrifter mot forslaget."
    cred = "Foto: Ola Berg"
    a1 = [
        "Mandag kveld var gymsalen på Vik skole fylt til siste stol. Over hundre foreldre, besteforeldre og elever møtte opp for å høre rådmannen legge fram forslaget om å legge ned skolen fra neste høst.",
        "- Vi kommer ikke til å gi oss. Dette handler om barna våre, og om hele bygda, sier Hanne Lie, som leder foreldrerådets arbeidsutvalg (FAU).",
        "Hun har to barn på skolen og mener at en busstur på nesten en time hver vei blir alt for lang for seksåringene.",
        "- Om vinteren er veien over Storlia stengt flere dager i året. Hva skal vi gjøre da? spør hun.",
        "Rådmann Per Ivar Solheim forstår at forslaget skaper sterke følelser, men sier at kommunen ikke har noe valg. Elevtallet på Vik har falt fra 71 til 38 på ti år, og bygningen trenger en oppussing som er beregnet til 23 millioner kroner.",
        "- Vi må bruke pengene der flest barn bor. Med færre elever får heller ikke barna det faglige og sosiale miljøet de har krav på, sier Solheim.",
        "Kommunestyret skal behandle saken 17. desember. Flere av partiene har ennå ikke bestemt seg, og både Senterpartiet og Kristelig Folkeparti har bedt om at",
    ]
    fakta = [
        "Vik skole ble bygget i 1958 og har elever fra 1. til 7. trinn.",
        "I dag går 38 elever på skolen, fordelt på tre klasser.",
        "Ved nedlegging skal elevene flyttes til Sentrum skole, 31 kilometer unna.",
        "Kommunen regner med å spare 4,2 millioner kroner i året.",
    ]
    a2 = [
        "OSLO (NTB): Etter en mild og våt høst stiger strømprisene igjen i Sør-Norge. I dag koster strømmen i snitt 1,38 kroner per kilowattime i Oslo og Kristiansand, viser tall fra kraftbørsen.",
        "Det er nesten dobbelt så mye som for en uke siden. Analytikere peker på kaldere vær, lite vind i Nord-Europa og lavere fyllingsgrad i vannmagasinene som de viktigste årsakene.",
        "- Vi venter at prisene holder seg på dette nivået i hvert fall til jul, sier sjefanalytiker Maria Haugen i et kraftanalyseselskap.",
    ]
    b = [
        (
            "Julegrana tennes lørdag",
            "Julegrana på torget i sentrum tennes lørdag klokka 16. Skolekorpset spiller, og det blir gløgg og pepperkaker til alle.",
        ),
        (
            "Ny fergerute fra nyttår",
            "Fra 1. januar får fergesambandet over fjorden tre nye avganger på kveldstid. Billettprisene blir ikke endret.",
        ),
    ]
    lines = [
        fur[0] + "  " + fur[1],
        "",
        fur[2] + "  " + fur[3],
        "",
        "SKOLESTRUKTUR",
        "Foreldre går til kamp",
        "mot nedlegging av Vik skole",
        "",
        "Kommunen vil spare 4,2 millioner kroner i året ved å flytte 38 elever",
        "til sentrum. Foreldrene mener bussturen blir for lang for de minste.",
        "",
        "TEKST: Kari Nordahl  FOTO: Ola Berg",
        "kari.nordahl@fjordposten.no",
        "",
    ]
    lines += para(a1[0], L)
    lines += para(a1[1], L)
    lines += para(a1[2], L, [("en busstur på", ["", cap + " " + cred, ""])])
    lines += para(a1[3], L)
    lines += para(a1[4], L, [("og bygningen trenger", [fur[5]])])
    lines += (
        ["", "FAKTA", "Vik skole", ""]
        + [ln for f in fakta for ln in para(f, lambda x: latin_lines(x, W, indent="· "))]
        + [""]
    )
    lines += para(a1[5], L)
    lines += para(a1[6], L)
    lines += [fur[4], "", "", "Strømprisen stiger igjen", ""]
    lines += para(a2[0], L)
    lines += para(a2[1], L, [("lite vind i", ["", ""])])
    lines += para(a2[2], L)
    lines += ["", "KORT OG GODT", ""]
    for t, p in b:
        lines += [t] + para(p, L) + [""]
    ingress = "Kommunen vil spare 4,2 millioner kroner i året ved å flytte 38 elever til sentrum. Foreldrene mener bussturen blir for lang for de minste."
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. ISO-8859-1 (Latin-1), LF, Norwegian Bokmål local paper. "
        "FJORDPOSTEN, tirsdag 1. desember 2026, side 6, NYHETER (furniture), 5 articles. Ragged 40 columns, **no paragraph indent and no blank line between paragraphs** (a paragraph ends on a short line; the dialogue paragraphs open with the Norwegian dialogue dash, typed as a hyphen - because Latin-1 has no en dash), words split with a hyphen at line ends (dropped; Sør-Norge and Nord-Europa are real hyphens, never at a line end). "
        "Article 1: stikktittel SKOLESTRUKTUR (kicker), a two-line title, the ingress over two lines (subtitle), a byline line TEKST: Kari Nordahl  FOTO: Ola Berg (byline Kari Nordahl; the whole line also matches) and an e-mail line (credits); a **caption with a capital label** BEKYMRET: … and its inline Foto: Ola Berg (credits) between blank lines inside a sentence of paragraph 3; the running foot (furniture) inside a sentence of paragraph 5, between the halves of the hyphenated oppus-/sing; a **FAKTA box** (label, title Vik skole, four · bullets) printed between paragraphs 5 and 6: an article of its own (kicker or section FAKTA, one paragraph per bullet, the bullet dropped); paragraph 7 stops mid-sentence before Fortsetter på side 8 (furniture). "
        "Article 3: an NTB story, title only, dateline OSLO (NTB): stays in paragraph 1 (source none or NTB), a column break inside a sentence of paragraph 2. Articles 4–5: briefs under KORT OG GODT (section, or none).",
        "page": {
            "furniture": [fur[0] + "  " + fur[1], fur[2] + "  " + fur[3], fur[4], fur[5]],
            "date": "2026-12-01",
            "page": "6",
        },
        "articles": [
            art(
                "Foreldre går til kamp mot nedlegging av Vik skole",
                a1,
                kicker="SKOLESTRUKTUR",
                subtitle=ingress,
                byline=["Kari Nordahl", "TEKST: Kari Nordahl  FOTO: Ola Berg"],
                captions=[cap],
                credits=["kari.nordahl@fjordposten.no", cred],
            ),
            art("Vik skole", fakta, kicker=["FAKTA", None], section=[None, "FAKTA"]),
            art("Strømprisen stiger igjen", a2, source=[None, "NTB"]),
        ]
        + [art(t, [p], section=["KORT OG GODT", None]) for t, p in b],
    }
    return name, "txt", lines, gold, "latin-1", "\n", False


def page_indonesia():
    name = "id_utf8_crlf_nusantara_kicker_caps_dateline_paper_em_dash_rupiah_caption_hari_tanggal_credit_slash_initials_end_line_oleh_byline_antara_bersambung_sekilas"
    W = 42
    L = lambda t: latin_lines(t, W, indent="  ")  # noqa: E731
    fur = [
        "HARIAN NUSA TIMUR",
        "Senin, 30 November 2026",
        "Halaman 5",
        "NUSANTARA",
        "Bersambung ke hal 11",
        "Nusantara | Harian Nusa Timur | Senin, 30 November 2026 | 5",
    ]
    cap = "Warga melintasi genangan banjir rob di kawasan Tambak Lorok, Semarang, Minggu (29/11/2026)."
    cred = "NUSA TIMUR/BAYU SAPUTRA"
    a1 = [
        "SEMARANG, NUSA TIMUR — Banjir rob kembali merendam permukiman di pesisir utara Semarang, Jawa Tengah, sejak Sabtu (28/11/2026) malam. Sedikitnya 3.400 rumah di empat kelurahan tergenang air laut dengan ketinggian 30 sentimeter hingga 70 sentimeter.",
        "Genangan paling parah terjadi di Kelurahan Tambak Lorok dan Bandarharjo. Warga terpaksa meninggikan perabot rumah tangga dan memindahkan sepeda motor ke tempat yang lebih tinggi. Sejumlah anak tetap berangkat ke sekolah dengan menggulung celana hingga lutut.",
        "“Sudah hampir setiap bulan begini. Kalau air pasang tinggi, kami tidak bisa tidur karena harus menjaga barang supaya tidak hanyut,” kata Suyatmi (54), warga Tambak Lorok, Minggu.",
        "Kepala Badan Penanggulangan Bencana Daerah Kota Semarang Hendra Wijaya mengatakan, banjir rob dipicu pasang maksimum air laut yang bertepatan dengan bulan purnama. Kondisi itu diperparah penurunan muka tanah yang di beberapa titik mencapai 10 sentimeter per tahun.",
        "Pemerintah kota, lanjut Hendra, telah mengoperasikan dua belas pompa air dan menyiapkan dapur umum di balai kelurahan. Bantuan berupa beras, mi instan, dan air bersih senilai Rp 150 juta mulai disalurkan sejak Minggu pagi. Namun, sejumlah warga mengeluhkan bantuan belum merata karena",
    ]
    a2 = [
        "Harga cabai rawit di sejumlah pasar tradisional di Surabaya melonjak dalam sepekan terakhir. Di Pasar Keputran, cabai rawit merah dijual Rp 95.000 per kilogram, naik hampir dua kali lipat dibandingkan awal November yang masih Rp 50.000 per kilogram.",
        "Para pedagang menyebut pasokan dari sentra produksi di Kediri dan Blitar berkurang karena banyak tanaman rusak akibat hujan deras. “Barangnya sedikit, pembelinya tetap banyak. Jadi harga naik terus,” ujar Sulastri, pedagang di Pasar Keputran.",
        "Dinas Perdagangan Jawa Timur berencana menggelar operasi pasar di sepuluh titik mulai pekan depan untuk menekan harga.",
    ]
    a3 = [
        "Makassar (ANTARA) - Pemerintah Provinsi Sulawesi Selatan menargetkan seluruh desa di provinsi itu terhubung jaringan internet pada akhir 2027. Saat ini masih ada sekitar 190 desa, sebagian besar di wilayah kepulauan dan pegunungan, yang belum terjangkau sinyal telepon seluler.",
    ]
    b = [
        (
            "Festival Kopi Toraja Digelar Pekan Depan",
            "Festival Kopi Toraja akan digelar di Rantepao pada 5–7 Desember. Panitia mengundang puluhan petani kopi dan pemilik kedai dari berbagai daerah.",
        ),
        (
            "Jembatan Gantung Diresmikan",
            "Jembatan gantung sepanjang 84 meter yang menghubungkan dua dusun di Kabupaten Sleman diresmikan Sabtu lalu. Jembatan itu dibangun secara swadaya oleh warga.",
        ),
    ]
    lines = [
        fur[0] + " | " + fur[1] + " | " + fur[2],
        "",
        fur[3],
        "",
        "BANJIR ROB",
        "Ribuan Rumah di Pesisir",
        "Semarang Kembali Terendam",
        "",
    ]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("Warga terpaksa", ["", cap, cred, ""])])
    lines += para(a1[2], L)
    lines += para(a1[3], L, [("penurunan muka tanah", [fur[5]])])
    lines += para(a1[4], L)
    lines += [fur[4], "", "", "Harga Cabai Rawit di Surabaya", "Naik Dua Kali Lipat", "", "Oleh RIZKY PRATAMA", ""]
    lines += para(a2[0], L)
    lines += para(a2[1], L, [("dari sentra produksi", ["", ""])])
    lines += para(a2[2], L)
    lines += [
        "                                   (RIZ)",
        "",
        "Semua Desa di Sulsel",
        "Ditargetkan Terhubung Internet",
        "",
    ]
    lines += para(a3[0], L)
    lines += ["", "SEKILAS", ""]
    for t, p in b:
        lines += [t] + para(p, L) + [""]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. UTF-8 (no BOM), CRLF, Indonesian regional page. "
        "HARIAN NUSA TIMUR, Senin 30 November 2026, Halaman 5, NUSANTARA (furniture), 5 articles. Ragged 42 columns, 2-space indent, words split with a hyphen at line ends (dropped). "
        "Article 1: kicker BANJIR ROB, two-line title, no byline; the dateline SEMARANG, NUSA TIMUR — stays in paragraph 1; day-and-date brackets (28/11/2026) in the text; a caption (…Minggu (29/11/2026).) and its credit NUSA TIMUR/BAYU SAPUTRA (credits) between blank lines inside a sentence of paragraph 2; the running foot Nusantara | Harian Nusa Timur | … (furniture) inside a sentence of paragraph 4; paragraph 5 stops mid-sentence (…belum merata karena) before Bersambung ke hal 11 (furniture). "
        "Article 2: two-line title, byline Oleh RIZKY PRATAMA (RIZKY PRATAMA also matches), rupiah prices Rp 95.000, a column break inside a sentence of paragraph 2, the reporter's initials (RIZ) right-set on a line of their own after the text (credits, not body). "
        "Article 3: ANTARA copy, dateline Makassar (ANTARA) - in paragraph 1 (source none or ANTARA). Articles 4–5: briefs under SEKILAS (section, or none).",
        "page": {
            "furniture": [fur[0] + " | " + fur[1] + " | " + fur[2], fur[3], fur[4], fur[5]],
            "date": "2026-11-30",
            "page": "5",
        },
        "articles": [
            art(
                "Ribuan Rumah di Pesisir Semarang Kembali Terendam",
                a1,
                kicker="BANJIR ROB",
                captions=[cap],
                credits=[cred],
            ),
            art(
                "Harga Cabai Rawit di Surabaya Naik Dua Kali Lipat",
                a2,
                byline=["Oleh RIZKY PRATAMA", "RIZKY PRATAMA"],
                credits=["(RIZ)"],
            ),
            art("Semua Desa di Sulsel Ditargetkan Terhubung Internet", a3, source=[None, "ANTARA"]),
        ]
        + [art(t, [p], section=["SEKILAS", None]) for t, p in b],
    }
    return name, "txt", lines, gold, "utf-8", "\r\n", False


def page_kansas1896():
    name = "en_1896_latin1_crlf_rural_weekly_local_and_personal_items_reading_notice_ads_among_items_neighborhood_correspondence_pen_name_signatures_obituary_ex_credit"
    W = 38
    L = lambda t: latin_lines(t, W, indent="   ")  # noqa: E731
    fur = [
        "THE CLAY COUNTY ADVOCATE.",
        "VOL. XII. CENTERVILLE, KANSAS, THURSDAY, NOVEMBER 26, 1896. NO. 47.",
        "Go to J. H. Hopper's for fresh Baltimore oysters, 35 cents a quart.",
        "Buy your holiday goods at the Racket Store and save money. Dolls 10 cents and up.",
        "Dr. Lyman, dentist, over the Farmers' Bank. Teeth extracted without pain.",
        "Calico 4½ cents a yard at Wheeler & Dunn's this week only.",
        "THE ADVOCATE, CENTERVILLE, KAN.",
    ]
    local = [
        "Thanksgiving to-day.",
        "Corn husking is about done in this neighborhood and the crop is better than was looked for.",
        "Miss Ida Farnsworth is home from Emporia to spend the holidays with her parents.",
        "Uncle Billy Crane was in town Saturday and reports his wheat looking fine since the rain.",
        "The M. E. ladies will serve an oyster supper in the Masonic hall Friday evening. Supper 25 cents; children half price. Everybody come.",
        "Hogs brought $3.10 on the Centerville market Monday. Several car loads were shipped to Kansas City.",
        "Born, to Mr. and Mrs. Henry Ostrander, on Tuesday, November 17, a ten pound boy. Henry is the proudest man in the county.",
        "The new iron bridge over Turkey creek is finished and was crossed by the first team on Monday. It is a credit to the township.",
        "Several of our young folks attended the literary at the Pleasant Ridge school house Friday night and report a good time.",
        "J. W. Peck has sold his farm south of town to a gentleman from Illinois and will move to Oklahoma in the spring.",
        "Subscribers who wish to pay in wood or produce will please bring it in before the first of the month.",
    ]
    maple = [
        "Nov. 23.--Farmers are mostly through gathering corn.",
        "Jake Hiltner butchered last week and gave the neighbors a taste of fresh sausage.",
        "The Maple Grove school is progressing nicely under the management of Miss Carrie Bell. She has thirty-one scholars enrolled.",
        "Mrs. Tom Reese has been quite sick with lung fever but is improving at this writing.",
        "Quite a number from here attended the sale at Anderson's Thursday. Cows sold high.",
    ]
    ridge = [
        "Nov. 24.--Rev. Moody preached an able sermon at the school house Sunday to a large audience.",
        "Sam Whitlock has bought a new top buggy. Look out, girls!",
        "The literary Friday night was well attended. The question, Resolved, that the horse is more useful than the cow, was decided in favor of the cow.",
        "Ed. Brinker and family visited relatives in Clay Center over Sunday.",
    ]
    obit = [
        "Died, at her home four miles north of Centerville, on Sunday, November 22, 1896, Mrs. Sarah Ellen Whitcomb, wife of Mr. Amos Whitcomb, aged 63 years, 4 months and 11 days.",
        "Mrs. Whitcomb was born in Knox county, Ohio, and came to Kansas with her husband in 1871, settling on the farm where she died. She was a kind neighbor and a devoted member of the Methodist church for more than forty years. She leaves a husband, three sons and two daughters to mourn her loss.",
        "The funeral was held at the M. E. church Tuesday afternoon, conducted by Rev. Moody, and the remains were laid to rest in the Centerville cemetery.",
    ]
    ex = [
        "A Michigan man has invented a machine that will husk forty bushels of corn an hour. If it will also do the chores he will have no trouble selling it."
    ]
    lines = [fur[0], fur[1], "", "LOCAL AND PERSONAL.", ""]
    for i, p in enumerate(local):
        lines += para(p, L)
        if i == 2:
            lines += para(fur[2], L)
        if i == 5:
            lines += para(fur[3], L)
        if i == 8:
            lines += para(fur[4], L)
    lines += ["", "", "NEIGHBORHOOD NEWS.", "", "MAPLE GROVE.", ""]
    for i, p in enumerate(maple):
        lines += para(p, L, [("under the management", ["", ""])] if i == 2 else [])
    lines += ["                        JOSIAH.", "", "PLEASANT RIDGE.", ""]
    for p in ridge:
        lines += para(p, L)
    lines += ["                        HAYSEED.", ""] + para(fur[5], L) + ["", "OBITUARY.", ""]
    lines += para(obit[0], L)
    lines += para(obit[1], L, [("and a devoted member", [fur[6]])])
    lines += para(obit[2], L)
    lines += ["", "A Corn Husking Machine.", ""]
    lines += para(ex[0], L)
    lines += ["   --Exchange."]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. ISO-8859-1 (Latin-1: ½ is 0xBD), CRLF, an 1896 Kansas country weekly's local page, typed from microfilm: double hyphen -- for the dash, ragged 38 columns, 3-space indent, words split with a hyphen at line ends (dropped; thirty-one and to-day are real hyphens, never at a line end). "
        "THE CLAY COUNTY ADVOCATE, 1896-11-26 (masthead line with VOL./NO.: furniture), 5 articles. Article 1: the LOCAL AND PERSONAL. column (title, its period kept), one paragraph per item; **four reading notices** (paid one-line advertisements set exactly like the items: Hopper's oysters, the Racket Store, the dentist, calico at Wheeler & Dunn's) stand among the items: furniture, not paragraphs. "
        "Under the banner NEIGHBORHOOD NEWS. (section of articles 2–3, or none), two **country correspondents' letters**: title the place (MAPLE GROVE., PLEASANT RIDGE.), the first item opens with the date Nov. 23.-- (kept in the paragraph), one paragraph per item, signed at the end with the correspondent's pen name right-set (JOSIAH., HAYSEED.: the byline; without the period also matches); a column break inside a sentence of Maple Grove's item 3. "
        "Article 4: OBITUARY. (title); the paper's running foot THE ADVOCATE, CENTERVILLE, KAN. (furniture) inside a sentence of paragraph 2. Article 5: a clipped item with its own title and --Exchange. on the line after it (source Exchange, or none; credits).",
        "page": {"furniture": fur, "date": "1896-11-26", "page": None},
        "articles": [
            art("LOCAL AND PERSONAL.", local),
            art("MAPLE GROVE.", maple, section=["NEIGHBORHOOD NEWS.", None], byline=["JOSIAH.", "JOSIAH"]),
            art("PLEASANT RIDGE.", ridge, section=["NEIGHBORHOOD NEWS.", None], byline=["HAYSEED.", "HAYSEED"]),
            art("OBITUARY.", obit),
            art("A Corn Husking Machine.", ex, source=["Exchange", None], credits=["--Exchange."]),
        ],
    }
    return name, "txt", lines, gold, "latin-1", "\r\n", False


def page_filipino():
    name = "tl_utf16be_bom_crlf_probinsiya_ni_byline_dateline_caps_dash_peso_sign_caption_kuha_credit_midsentence_may_ulat_ni_end_note_sundan_sa_pahina_pna_balitang_kutsero"
    W = 40
    L = lambda t: latin_lines(t, W, indent="  ")  # noqa: E731
    fur = [
        "BALITANG TIMOG",
        "Lunes, Nobyembre 30, 2026",
        "Pahina 4",
        "PROBINSIYA",
        "Sundan sa pahina 6",
        "4 PROBINSIYA Balitang Timog Lunes, Nobyembre 30, 2026",
    ]
    cap = "Inaayos ng mga residente ang bubong ng kanilang bahay sa Barangay San Roque matapos ang bagyo."
    cred = "(Kuha ni Mark Villanueva)"
    a1 = [
        "LUNGSOD NG LEGAZPI — Mahigit 2,300 pamilya pa rin ang nananatili sa mga evacuation center sa lalawigan ng Albay, tatlong araw matapos manalasa ang bagyong Ramil, ayon sa tanggapan ng panlalawigang disaster risk reduction.",
        "Sinabi ni Engr. Roberto Dizon, hepe ng tanggapan, na karamihan sa mga lumikas ay mula sa mga barangay na malapit sa ilog at sa paanan ng bulkan. Hindi pa sila pinapayagang umuwi dahil sa panganib ng pagguho ng lupa at lahar kapag umulan muli.",
        "“Ligtas muna sila rito. Mahirap man, mas mabuti na ito kaysa malagay sa panganib ang buhay nila,” pahayag ni Dizon.",
        "Umabot na sa ₱184 milyon ang tinatayang pinsala sa agrikultura, karamihan sa mga palayan at taniman ng abaka. Nangako naman ang Kagawaran ng Agrikultura na mamimigay ng binhi at pataba sa mga apektadong magsasaka sa susunod na linggo.",
        "Samantala, nagreklamo ang ilang evacuee sa kakulangan ng malinis na tubig at palikuran sa mga paaralang ginawang evacuation center. Ayon kay Aling Teresita Bonifacio, 61, iisang palikuran lamang ang ginagamit ng",
    ]
    a2 = [
        "LUNGSOD NG NAGA — Sisimulan na sa Enero ang pagpapalawak ng pampublikong palengke ng lungsod, na inaasahang matatapos sa loob ng labingwalong buwan, ayon sa pamahalaang lungsod.",
        "Nagkakahalaga ng ₱95 milyon ang proyekto na magdaragdag ng 240 puwesto para sa mga tindero. Pansamantalang ililipat ang mga apektadong tindahan sa isang bakanteng lote sa tabi ng terminal ng bus habang ginagawa ang gusali.",
        "Ilang tindero ang nangangamba na bababa ang kanilang benta sa pansamantalang puwesto, ngunit tiniyak ng lungsod na libre ang upa roon habang hindi pa tapos ang proyekto.",
    ]
    a3 = [
        "SORSOGON (PNA) — Nakatakdang buksan sa turista sa Disyembre 15 ang bagong tayong boardwalk sa baybayin ng bayan ng Donsol, na kilala sa panonood ng mga butanding. Inaasahan ng lokal na pamahalaan na dodoble ang bilang ng mga bisita ngayong kapaskuhan.",
    ]
    b = [
        (
            "Libreng bakuna sa mga alagang hayop",
            "Magsasagawa ang tanggapan ng beterinaryo ng Legazpi ng libreng bakuna laban sa rabies sa Sabado, mula alas-otso ng umaga hanggang alas-dose ng tanghali, sa plaza ng lungsod.",
        ),
        (
            "Paligsahan sa parol",
            "Bukas na ang pagpapatala para sa taunang paligsahan sa paggawa ng parol sa Daraga. Ang mananalo ay tatanggap ng ₱20,000 at plake ng pagkilala.",
        ),
    ]
    lines = [
        fur[0] + " | " + fur[1] + " | " + fur[2],
        "",
        fur[3],
        "",
        "2,300 pamilya, nasa evacuation",
        "center pa rin sa Albay",
        "",
        "Ni CARMELA REYES",
        "",
    ]
    lines += para(a1[0], L)
    lines += para(a1[1], L, [("karamihan sa mga lumikas", ["", cap + " " + cred, ""])])
    lines += para(a1[2], L)
    lines += para(a1[3], L, [("karamihan sa mga palayan", [fur[5]])])
    lines += para(a1[4], L)
    lines += [fur[4], "", "", "Palengke ng Naga, palalawakin", "", "Ni JOEL SANTIAGO", ""]
    lines += para(a2[0], L)
    lines += para(a2[1], L, [("para sa mga tindero.", ["", ""])])
    lines += para(a2[2], L)
    lines += ["  —May ulat ni Ana Lopez", "", "Boardwalk sa Donsol, bubuksan", "sa Disyembre", ""]
    lines += para(a3[0], L)
    lines += ["", "BALITANG KUTSERO", ""]
    for t, p in b:
        lines += [t.upper()] + para(p, L) + [""]
    gold = {
        "note": "Hand-written gold for tests/holdout19/"
        + name
        + ".txt. UTF-16 BE with BOM, CRLF, **Filipino (Tagalog)** provincial page. "
        "BALITANG TIMOG, Lunes, Nobyembre 30, 2026, Pahina 4, PROBINSIYA (furniture), 5 articles. Ragged 40 columns, 2-space indent, words split with a hyphen at line ends (dropped; alas-otso, alas-dose are real hyphens, never at a line end). Peso sign ₱ (the reason for a Unicode encoding). "
        "Article 1: a two-line title (joined with a space), byline Ni CARMELA REYES (CARMELA REYES also matches); the dateline LUNGSOD NG LEGAZPI — stays in paragraph 1; a caption with its inline credit (Kuha ni Mark Villanueva) (credits) on one line between blank lines inside a sentence of paragraph 2; the running foot (furniture) inside a sentence of paragraph 4; paragraph 5 stops mid-sentence (…ang ginagamit ng) before Sundan sa pahina 6 (furniture). "
        'Article 2: byline Ni JOEL SANTIAGO, a column break inside a sentence of paragraph 2, and after the text the indented line **—May ulat ni Ana Lopez** ("with a report by": a contributor credit, not body: credits). '
        "Article 3: PNA copy, dateline SORSOGON (PNA) — in paragraph 1 (source none or PNA), two-line title. Articles 4–5: briefs under the standing head BALITANG KUTSERO (section, or none), each title printed in capitals on its own line (the gold keeps the capitals).",
        "page": {
            "furniture": [fur[0] + " | " + fur[1] + " | " + fur[2], fur[3], fur[4], fur[5]],
            "date": "2026-11-30",
            "page": "4",
        },
        "articles": [
            art(
                "2,300 pamilya, nasa evacuation center pa rin sa Albay",
                a1,
                byline=["Ni CARMELA REYES", "CARMELA REYES"],
                captions=[cap],
                credits=[cred],
            ),
            art(
                "Palengke ng Naga, palalawakin",
                a2,
                byline=["Ni JOEL SANTIAGO", "JOEL SANTIAGO"],
                credits=["—May ulat ni Ana Lopez"],
            ),
            art("Boardwalk sa Donsol, bubuksan sa Disyembre", a3, source=[None, "PNA"]),
        ]
        + [art(t.upper(), [p], section=["BALITANG KUTSERO", None]) for t, p in b],
    }
    return name, "txt", lines, gold, "utf-16-be", "\r\n", True


PAGES = [
    page_guoji,
    page_dushu,
    page_macau,
    page_shanghai1946,
    page_lilun,
    page_argentina,
    page_norway,
    page_indonesia,
    page_kansas1896,
    page_filipino,
]


def main():
    import sys

    index, only = {}, sys.argv[1:]
    for fn in PAGES:
        name, ext, lines, gold, enc, nl, bom = fn()
        if only and name not in only and fn.__name__ not in only:
            continue
        page, text = write(name, ext, lines, gold, enc, nl, bom)
        index[f"{name}.gold.json"] = f"tests/holdout19/{page}"
        extra_page, extra_gold = check(name, text, gold)
        body = sum(len(norm(p)) for a in gold["articles"] for p in a["paragraphs"])
        print(f"{fn.__name__}: {len(gold['articles'])} articles, body {body} chars, {len(lines)} lines")
        print("   page-only:", "".join(sorted(extra_page.elements())))
        if extra_gold:
            print("   GOLD-ONLY:", "".join(sorted(extra_gold.elements())))
    if not only:
        with open(os.path.join(HERE, "INDEX.json"), "w", encoding="utf-8") as f:
            json.dump(index, f, ensure_ascii=False, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
