"""Lay out the holdout13 pages from hand-written gold text, write page + gold, check them.

Never imports paperarchive.  Run from the repo root:  python3 tests/holdout13/make_holdout13_pages.py
Each page module below (PAGES) gives: name, encoding, newline, the page as a list of
blocks, and the gold (built from the same strings).  The checks at the end: strict decode,
character multisets (page minus gold = the listed markup only), every gold paragraph a
contiguous stretch of the page once lifted lines are taken out, and the shared scorer fed
the gold itself.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, where pagetext is: this script runs by hand
from pagetext import SPLITS, art, cjk_wrap, en_wrap, insert, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- page 1
@page
def p1():
    name = "zh_gbk_xinhua_tonggao_page_several_dian_items_end_datelines_wan_marks"
    head = "澜川日报　2026年11月30日　星期一　　第4版　国内新闻"
    note_line = "（本版稿件由新华社供稿）"
    foot = "本版编辑　秦书阳　　校对　黄　蕾"
    W, indent = 24, "　　"
    # item 1: headline, —— subtitle, full dateline with two reporters
    t1, s1 = "全国冬季农田水利建设全面铺开", "今冬明春计划新增高效节水灌溉面积1200万亩"
    p1a = "新华社北京11月29日电（记者冯雪、陶然）记者29日从水利部获悉，今冬明春全国农田水利建设已全面铺开，各地计划新增和改善灌溉面积3100万亩，其中新增高效节水灌溉面积1200万亩。"
    p1b = "水利部有关负责人介绍，今年的建设重点放在大中型灌区续建配套和现代化改造上，各地要在来年春灌前完成渠道衬砌和泵站更新，确保工程按期发挥效益。"
    p1c = "这位负责人说，各地还将结合高标准农田建设，推广管道输水、喷灌和滴灌等技术，并加强对已建工程的管护，防止出现重建轻管的问题。"
    # item 2: brief ending with the bracketed dateline, no reporter
    t2 = "第五批国家级非遗代表性传承人培训启动"
    p2 = "首期国家级非物质文化遗产代表性传承人研修班28日在南京开班，来自全国18个省份的96名传承人将在为期三周的研修中学习设计、传播和知识产权保护等课程。主办方表示，今后三年将实现中青年传承人培训全覆盖。（新华社南京11月29日电）"
    # item 3: dateline + one reporter, cut by a column-break blank line inside a sentence; (完)
    t3 = "我国首条跨海高速铁路桥合龙"
    p3a = "新华社福州11月29日电（记者林海鸥）29日上午，随着最后一段钢梁精准对接，我国首条跨海高速铁路的控制性工程——海坛海峡公铁两用大桥主桥顺利合龙，标志着全线建设进入轨道铺设阶段。"
    p3b = "大桥全长16.3公里，主跨532米。据建设单位介绍，桥址处常年风大浪急，每年六级以上大风天数超过300天，施工团队先后攻克深水基础施工、大跨度钢梁架设等多项技术难题。"
    p3c = "按照计划，这条高速铁路将于明年年底建成通车，届时从福州到平潭的时间将缩短至40分钟以内。"
    # item 4: 据新华社电 compiled, no place/date
    t4 = "多地发布寒潮防御提示"
    p4 = "据新华社电　受强冷空气影响，29日至12月2日，我国中东部大部地区气温将先后下降8至10摄氏度，局地降温可达14摄氏度以上。中央气象台当日发布寒潮蓝色预警，内蒙古、河北、山东等地气象部门提醒公众及时添衣保暖，设施农业做好防风防冻准备。"
    # item 5: short, 新华社记者 photo-less, end dateline with reporter
    t5 = "新版药品目录明年1月1日起执行"
    p5 = "国家医保局29日公布新版国家医保药品目录，共新增91种药品，其中肿瘤用药26种、罕见病用药15种。新版目录将于2027年1月1日起在全国正式执行。（新华社北京11月29日电　记者乔　明）"

    L = [head, "", note_line, ""]
    L += [t1, "——" + s1, ""]
    L += cjk_wrap(p1a, W, indent) + cjk_wrap(p1b, W, indent)
    w = cjk_wrap(p1c, W, indent)
    L += insert(w, 1, [foot])  # editor credit read into the middle of a sentence (mid-column)
    L += ["（完）", "", ""]
    L += [t2, ""] + cjk_wrap(p2, W, indent) + ["", ""]
    L += [t3, ""] + cjk_wrap(p3a, W, indent)
    w = cjk_wrap(p3b, W, indent)
    L += w[:3] + [""] + w[3:]  # column break inside a sentence
    L += cjk_wrap(p3c, W, indent) + ["（完）", "", ""]
    L += [t4, ""] + cjk_wrap(p4, W, indent) + ["", ""]
    L += [t5, ""] + cjk_wrap(p5, W, indent)
    xh = [None, "新华社"]
    gold = {
        "note": "",
        "page": {"furniture": [head, note_line, foot, "（完）", "（完）"], "date": "2026-11-30", "page": "第4版"},
        "articles": [
            art(t1, [p1a, p1b, p1c], subtitle=s1, byline=["冯雪、陶然", "记者冯雪、陶然"], source=xh),
            art(t2, [p2], source=xh),
            art(t3, [p3a, p3b, p3c], byline=["林海鸥", "记者林海鸥"], source=xh),
            art(t4, [p4], source=xh),
            art(t5, [p5], byline=[None, "乔　明", "记者　乔　明"], source=xh),
        ],
    }
    return dict(name=name, ext="txt", enc="gbk", newline="\n", lines=L, gold=gold,
                dropped=["——"], counted_once=["冯雪、陶然", "林海鸥"], lifted=[foot, ""])



# ---------------------------------------------------------------- page 2
@page
def p2():
    name = "zht_utf16le_bom_crlf_1929_judou_dun_ju_only_story_one_block_zhuandian_banner_qishi"
    head = "津沽公報　民國十八年十一月三十日　星期六　第二張（六）"
    W = 17
    b1 = "專電"
    t1, s1 = "平津長途電話下月通話", "每次三分鐘收費一元二角"
    a1 = "北平二十九日下午九時本社專電　交通部定十二月一日起開放平津間長途電話、普通通話每次以三分鐘為限、收費大洋一元二角、加急通話加倍收費、兩地電話局已各設公用通話室五間、自上午七時至夜十二時開放、據電話局技師談、線路試話月餘、聲音清晰、與市內通話無異、惟遇雨雪天氣、恐間有雜音云。"
    t2 = "晉省撥款十萬辦冬賑"
    a2 = "太原二十八日專電　晉省本年秋收歉薄、汾河兩岸各縣災情尤重、省府昨開會議決撥款十萬元辦理冬賑、並派委員四人分赴各縣查放、另函請平津各慈善團體募集寒衣、以救災黎、聞首批賑糧已於今日由省城起運。"
    b2 = "本埠新聞"
    t3, s3 = "河北大街昨晚失火", "延燒民房十餘間　幸無人傷亡"
    a3 = "昨晚十時許、河北大街東口某號雜貨舖後院忽然起火、時值西北風大作、火勢甚猛、頃刻之間延及左右鄰舍、附近居民驚起呼救、一時秩序大亂、經該管警區飛報消防隊、各隊先後馳往灌救、至十二時許始行撲滅、計焚燬民房十餘間、幸居民逃避尚早、未有傷亡、聞起火原因、係該舖夥友晚間烘烤衣物、不慎引燃柴草所致、現已由警區將該舖掌櫃及夥友二人傳案訊問、損失約在三千元以上云。"
    ad1, ad2 = "本館啟事", "本報自十二月一日起增出晚刊每份售銅元四枚"
    t5 = "電車末班延長一小時"
    a5 = "比商電車公司以冬令夜長、乘客往來不便、特呈准市政府、自下月一日起將各路電車末班時間延長一小時、北大關至東站一路改為夜十一時半收車、票價照舊、聞該公司並擬於年內添購新車六輛云。"
    t4 = "市商會討論米價"
    a4 = "市商會昨日下午二時召集米麵業同業開會、討論近日米價飛漲問題、到會者三十餘人、由會長主席、首由米業代表報告、謂本年南方產米各省收成不佳、來源減少、加以運費增高、故價格步漲、每石較上月已漲二元有餘、次由各委員發言、僉以米價關係民食、不能任其漲落、當經議決三項、一、函請鐵路局減輕米糧運費、二、由各米莊將存米數目按旬報會、三、"
    jump = "（轉第七版）"
    L = [head, "", b1, ""]
    L += [t1, s1] + cjk_wrap(a1, W) + [""]
    L += [t2] + cjk_wrap(a2, W) + ["", b2, ""]
    w = cjk_wrap(a3, W)
    L += [t3, s3] + insert(w, 6, ["", ad1, ad2, ""]) + [""]
    L += [t5] + cjk_wrap(a5, W) + [""]
    L += [t4] + cjk_wrap(a4, W) + [jump]
    gold = {
        "note": "",
        "page": {"furniture": [head, ad1, ad2, jump], "date": "1929-11-30", "page": "第二張（六）"},
        "articles": [
            art(t1, [a1], section=b1, subtitle=s1),
            art(t2, [a2], section=[None, b1]),
            art(t3, [a3], section=b2, subtitle=s3),
            art(t5, [a5], section=[None, b2]),
            art(t4, [a4], section=[None, b2]),
        ],
    }
    return dict(name=name, ext="txt", enc="utf-16-le", bom=True, newline="\r\n", lines=L, gold=gold,
                lifted=[ad1, ad2, jump, head, ""])



# ---------------------------------------------------------------- page 3
@page
def p3():
    name = "zh_gb18030_duzhe_xinxiang_letters_da_replies_adviser_signature_bianzhe_huifu_call_for_letters"
    head = "汾河晚报　2026年11月30日　星期一　A10　民生"
    banner = "读者信箱"
    call = "来信请寄：汾河晚报读者信箱（太原市迎泽大街188号，邮编030001）　电子邮箱：dzxx@example.cn"
    foot = "责任编辑　郝文静　美编　任　桐"
    W, indent = 22, "　　"
    pad = "　" * 10
    t1 = "退休后到外地随子女生活，医保怎么转？"
    q1a = "编辑同志：我今年六十二岁，在太原退休，明年打算搬到深圳和女儿一起住。听说医保关系可以转移，但不知道要准备哪些材料，转过去以后待遇会不会降低？"
    q1b = "另外，我有高血压，每个月要在医院开药，转移期间看病买药怎么报销？"
    sig1 = "太原市读者　郭建平"
    d1a = "答：按照现行规定，退休人员跨省异地长期居住，可以选择办理异地就医备案，也可以在符合条件时转移基本医疗保险关系。您可以先通过国家医保服务平台或到参保地医保经办机构申请备案，备案后在深圳的定点医院就医，可以直接结算。"
    d1b = "如果选择转移关系，需要在转入地参保，并由转入地和转出地经办机构办理接续手续。转移期间缴费年限连续计算，待遇按转入地政策执行。建议您事先咨询两地经办机构，结合自身情况作出选择。"
    adv = "（本报特约法律顾问　韩晓燕律师）"
    t2 = "物业能否以业主欠费为由停水？"
    q2 = "编辑同志：我家因对物业服务不满意，有半年没交物业费。上周物业公司贴出通知，说再不交就给我家停水。请问物业有这个权力吗？"
    sig2 = "晋中读者　吴𫖮"
    d2a = "答：物业公司无权以业主欠缴物业费为由停水停电。供水、供电合同是业主与供水、供电企业之间订立的，物业公司不是合同当事人，擅自停水停电属于侵权行为，业主可以要求其恢复并赔偿损失。"
    d2b = "同时也要提醒您，按时交纳物业费是业主的义务。对服务质量有意见，可以通过业主委员会协商或向主管部门投诉，长期拒交可能被起诉并承担违约责任。"
    t3 = "小区门前路灯坏了两个月"
    q3 = "编辑同志：我家住在小店区滨河小区，小区北门外的两盏路灯从九月底就不亮了，晚上出门黑乎乎的，老人孩子走路很不安全。我们给有关部门打过电话，至今没人来修。"
    sig3 = "小店区读者　王先生"
    e3a = "编者：本报将来信转给小店区城市管理局，该局很快作了回复。"
    e3b = "区城管局回复：经现场核查，两盏路灯因地下电缆老化损坏无法点亮。我局已安排维修单位更换电缆，11月26日两盏路灯已恢复照明。感谢读者的监督。"
    L = [head, "", banner, ""]
    L += [t1, ""] + cjk_wrap(q1a, W, indent) + cjk_wrap(q1b, W, indent) + [pad + sig1]
    L += cjk_wrap(d1a, W, indent) + cjk_wrap(d1b, W, indent) + [pad[:6] + adv, ""]
    L += [t2, ""] + cjk_wrap(q2, W, indent) + [pad + sig2]
    w = cjk_wrap(d2a, W, indent)
    L += insert(w, 2, [foot])  # the editor line read into a sentence (column foot)
    L += cjk_wrap(d2b, W, indent) + [pad[:6] + adv, ""]
    L += [t3, ""] + cjk_wrap(q3, W, indent) + [pad + sig3]
    L += cjk_wrap(e3a, W, indent) + cjk_wrap(e3b, W, indent) + ["", call]
    gold = {
        "note": "",
        "page": {"furniture": [head, foot, call], "date": "2026-11-30", "page": "A10"},
        "articles": [
            art(t1, [q1a, q1b, d1a, d1b], section=banner, byline=[sig1, "郭建平", "韩晓燕"], credits=[adv]),
            art(t2, [q2, d2a, d2b], section=[None, banner], byline=[sig2, "吴𫖮", "韩晓燕"], credits=[adv]),
            art(t3, [q3, e3a, e3b], section=[None, banner], byline=[sig3, "王先生"]),
        ],
    }
    return dict(name=name, ext="txt", enc="gb18030", newline="\n", lines=L, gold=gold,
                lifted=[foot, ""])



# ---------------------------------------------------------------- page 4
@page
def p4():
    name = "zht_utf16be_bom_hk_fukan_lianzai_serial_episode_number_mingri_xu_illustration_credit_column"
    head = "香江夕報　2026年11月30日　星期一　　副刊　C6"
    W, indent = 16, "　"
    banner = "小說連載"
    t1 = "霧鎖油麻地（一二七）"
    by1 = "文：司徒朗"
    s1 = [
        "阿忠推開茶樓的趟門，一陣熱氣夾着點心香撲面而來。他一眼就見到坐在窗邊的陳四叔，桌上擺着一盅普洱，兩籠燒賣已經凍咗。",
        "「四叔，你搵我？」阿忠坐低，壓低聲音問。",
        "陳四叔冇望佢，只係慢慢斟茶：「昨晚碼頭嗰批貨，唔見咗三箱。差館今朝已經嚟過問，你知唔知係邊個做嘅？」",
        "阿忠心頭一沉。昨晚當值的係佢表弟阿輝，如果講出來，阿輝一定冇命；如果唔講，四叔今日未必放過自己。",
        "窗外一架天星小輪正好靠岸，汽笛聲蓋過了茶樓裏的喧嘩。阿忠望住杯中轉動的茶葉，終於開口：「四叔，俾我三日時間，我一定查清楚。」",
        "阿忠一時語塞。四叔喺社團打滾幾十年，從來唔會講冇把握嘅說話。",
        "陳四叔笑了笑，把一張摺好的報紙推到他面前。報紙底下，壓着一張阿輝的相片。",
    ]
    illus = "插圖：鄧小舟"
    cont = "（明日續）"
    col = "人間煙火"
    t2 = "茶餐廳的老伙記"
    by2 = "梁小慧"
    s2 = [
        "街口那間茶餐廳開了三十多年，下個月就要結業。消息傳開，這幾天門外天天排長龍，不少街坊專程回來，想再飲一杯凍檸茶。",
        "最捨不得的，是在店裏做了二十六年的伙記明叔。他記得每個熟客的口味：誰要走冰，誰要少甜，誰的奶茶要「茶走」。有客人移民多年，回來一坐低，他便端上一杯熱奶茶，說：「仲係老樣？」",
        "老闆說，租約到期，業主加租一倍，實在捱不住。明叔倒很看得開：「做咗咁多年，都係時候休息吓。」只是臨走前，他把那本記滿客人口味的簿仔，送了給隔離街新開的冰室。",
        "結業前一晚，明叔照舊七點開鋪，抹枱、沖茶、煎蛋，一切如常。他說，最後一日，也要做得似樣。",
        "我排了四十分鐘，終於坐低。明叔認得我，問我仲係唔係要凍奶茶少甜。我點頭，眼眶卻有點熱。",
    ]
    call = "本版歡迎投稿，一經刊登，稿酬從優。來稿請電郵至fukan@example.hk"
    foot = "副刊編輯：何詠詩　美術：鄭家明"
    L = [head, "", banner, "", t1, "", by1, ""]
    for k, para in enumerate(s1):
        w = cjk_wrap(para, W, indent)
        if k == 3:
            w = insert(w, 1, ["", illus, ""])  # the illustration credit read into a sentence
        L += w
    L += ["　" * 10 + cont, "", "", col, "", t2, "　" * 10 + by2, ""]
    for para in s2:
        L += cjk_wrap(para, W, indent)
    L += ["", call, foot]
    gold = {
        "note": "",
        "page": {"furniture": [head, cont, call, foot], "date": "2026-11-30", "page": "C6"},
        "articles": [
            art(t1, s1, section=banner, byline=["司徒朗", by1], credits=[illus]),
            art(t2, s2, section=[col, None], kicker=[None, col], byline=by2),
        ],
    }
    return dict(name=name, ext="txt", enc="utf-16-be", bom=True, newline="\n", lines=L, gold=gold,
                dropped=["文："], lifted=[illus, ""])



# ---------------------------------------------------------------- page 5
@page
def p5():
    name = "zh_utf8bom_crlf_web_edition_copy_breadcrumbs_meta_line_fenxiang_related_links_prev_next"
    t = "市区首批“口袋公园”改造完工　居民家门口多了休闲去处"
    tab = t + "_滨江新闻网"
    crumbs = "首页 > 新闻中心 > 本地新闻"
    stamp, ed = "2026-11-29 08:35:12", "责任编辑：李梅"
    meta = f"{stamp}　来源：滨江日报　作者：周晓　{ed}"
    tools = "字号：大 中 小　　打印"
    share = "分享到：微信　微博　QQ空间"
    h1, h2 = "小空间解决大需求", "明年还将改造20处"
    ps = [
        "记者28日从市园林局获悉，市区首批12处“口袋公园”改造工程已全部完工并向市民开放。这些公园面积大多在400至2000平方米之间，分布在老旧小区、菜市场和学校周边，居民步行五分钟即可到达。",
        "据统计，12处口袋公园共新增绿地约1.6万平方米，新增座椅300余个，总投资约2800万元。",
        "南湖街道的口袋公园原是一块闲置多年的边角地，杂草丛生，还常有人乱倒垃圾。改造后，这里铺设了透水步道，种上了桂花、红枫等乔木，还设置了儿童游乐区和健身器材。",
        "“以前孩子放学没地方玩，现在下楼就有。”家住附近的居民陈女士说，每天傍晚，公园里都聚满了遛娃的家长和散步的老人。今年七十岁的刘大爷几乎每天都来这里下棋，他说，以前要坐两站公交车去南湖公园，现在出了小区门就到，“方便多了”。",
        "在城西的一处口袋公园，设计人员保留了原有的三棵老樟树，并围绕树池设计了环形座椅。附近一家早餐店的店主说，每天早上都有不少顾客买了早点坐在树下吃，“比以前热闹多了”。",
        "市园林局相关负责人介绍，改造前，工作人员逐一上门征求周边居民意见，根据需求确定每个公园的功能，有的侧重儿童游乐，有的增加了休息座椅和遮阳廊架。针对部分居民担心的噪音问题，园林部门在靠近住宅的一侧种植了绿篱，并在公告栏中明确了广场舞等活动的时间段。",
        "据了解，明年我市将继续推进口袋公园建设，计划再改造20处，并探索由周边社区和志愿者参与日常管护，让小公园长久保持干净整洁。",
        "市民如有闲置地块改造建议，可拨打12345热线反映。",
    ]
    cap, cred = "图为改造后的南湖街道口袋公园。", "记者　周晓　摄"
    tail = ["【纠错】　【打印本页】　【关闭窗口】", share, "相关新闻",
            "· 我市今年将新建改建口袋公园50处（2026-03-12）",
            "· 南湖街道老旧小区改造进入收尾阶段（2026-10-08）",
            "· 12345热线前三季度受理群众诉求48万件（2026-10-21）",
            "上一篇：滨江路段本周起夜间施工",
            "下一篇：市民卡新增乘车码功能",
            "版权所有：滨江新闻网　未经授权禁止转载　ICP备案号：示例ICP备20260001号"]
    indent = "　　"
    L = [tab, crumbs, "", t, "", meta, tools, share, "", indent + ps[0], "", indent + ps[1], "", h1, "",
         indent + ps[2], "", cap + cred, "", indent + ps[3], "", indent + ps[4], "", indent + ps[5], "", h2, "",
         indent + ps[6], "", indent + ps[7], ""] + tail
    gold = {
        "note": "",
        "page": {"furniture": [tab, crumbs, stamp, ed, tools, share] + tail, "date": "2026-11-29", "page": None},
        "articles": [
            art(t, ps, byline=["周晓", "作者：周晓"], source=["滨江日报", "来源：滨江日报"], headings=[h1, h2],
                captions=[cap], credits=[cred]),
        ],
    }
    return dict(name=name, ext="txt", enc="utf-8", bom=True, newline="\r\n", lines=L, gold=gold,
                dropped=["来源：", "作者："], lifted=[""])



# ---------------------------------------------------------------- page 6
@page
def p6():
    name = "zht_cp950_tw_difang_ban_jizhe_slash_baodao_leads_two_reporters_taizhong_xun_running_head_midsentence"
    head = "中港時報　中華民國115年11月30日　星期一　B3　中部新聞"
    runhead = "B3　中部新聞　中港時報"
    foot = "地方中心主編　蔡明哲"
    W = 20
    t1 = "捷運綠線延伸大坑　環評有條件通過"
    a1 = [
        "【記者林志明／台中報導】台中捷運綠線延伸大坑段環境影響評估，29日經市府環評委員會審查，以有條件通過作收。交通局表示，最快明年第三季發包，目標2032年通車。",
        "延伸段全長約4.8公里，新設4座車站，其中兩座為地下站。環評委員要求施工期間加強噪音與振動監測，並在大坑溪沿線保留生態廊道，避免影響螢火蟲棲地。",
        "交通局長蕭文彬說，大坑地區假日遊客多，聯外道路經常壅塞，延伸段完工後，從市區到大坑風景區只要15分鐘，可望大幅紓解車流。市府也將同步規劃轉乘停車場與接駁公車。",
    ]
    cap, cred = "捷運綠線延伸大坑段路線示意圖。", "（圖／台中市交通局提供）"
    t2 = "彰化百年老街　週末封街辦市集"
    a2 = [
        "【記者陳怡君、黃建華／彰化報導】彰化市永樂街商圈12月起每月第一個週末封街舉辦「老街市集」，邀請在地青年返鄉創業的小店擺攤，販售手作文創、古早味點心與農特產品。",
        "商圈發展協會理事長吳秀玲說，老街兩旁不少店面已經傳承三代，希望藉由市集帶回人潮，也讓年輕人看見老街的新可能。市集首場將於12月6日登場，當天並有踩街表演。",
    ]
    t3 = "霧峰稻草藝術節登場"
    a3 = ["【台中訊】霧峰區農會主辦的冬季稻草藝術節即日起在五福社區稻田登場，今年以「鄉村遊樂園」為主題，用兩萬多束稻草打造摩天輪、旋轉木馬等大型裝置，展期至明年1月中旬，免費參觀。"]
    t4 = "南投冬茶搶收　茶農憂價格"
    a4 = [
        "【記者張家豪／南投報導】南投鹿谷、竹山一帶冬茶進入採收高峰，茶農趁著天氣晴朗加緊搶收。不過今年入秋後雨水偏少，茶菁產量比去年減少約兩成。",
        "鹿谷鄉農會指出，冬茶品質普遍不錯，但近年進口茶競爭激烈，加上人力不足、工資上漲，不少小農擔心收入難以提高，農會將透過比賽茶與網路行銷協助推廣，並爭取在春節前打開禮盒市場。",
    ]
    L = [head, "", t1, ""]
    for k, para in enumerate(a1):
        w = cjk_wrap(para, W)
        if k == 1:
            w = insert(w, 2, ["", cap, cred, ""])
        L += w + [""]
    L += ["", t2, ""]
    for para in a2:
        L += cjk_wrap(para, W) + [""]
    L += ["", t3, ""] + cjk_wrap(a3[0], W) + ["", "", t4, ""]
    for k, para in enumerate(a4):
        w = cjk_wrap(para, W)
        if k == 1:
            w = insert(w, 1, [runhead])  # next column's running head read into a sentence
        L += w + [""]
    L += [foot]
    gold = {
        "note": "",
        "page": {"furniture": [head, runhead, foot], "date": "2026-11-30", "page": "B3"},
        "articles": [
            art(t1, a1, byline=["林志明", "記者林志明"], captions=[cap], credits=[cred]),
            art(t2, a2, byline=["陳怡君、黃建華", "記者陳怡君、黃建華"]),
            art(t3, a3),
            art(t4, a4, byline=["張家豪", "記者張家豪"]),
        ],
    }
    return dict(name=name, ext="txt", enc="cp950", newline="\n", lines=L, gold=gold,
                counted_once=["林志明", "陳怡君、黃建華", "張家豪"], lifted=[cap, cred, runhead, ""])



# ---------------------------------------------------------------- page 7
@page
def p7():
    name = "es_latin1_regional_comarcas_antetitulo_two_line_head_sumario_byline_place_foto_credit_efe_breves_pasa_a"
    del SPLITS[:]
    head = "14 | COMARCAS | Diario del Alto Valle | Lunes, 30 de noviembre de 2026"
    W, indent = 42, "  "
    hy = ["ve-cinos", "am-pliación", "Conse-jería", "ma-ñanas", "pro-fesionales", "deman-da", "ayunta-miento",
          "desplaza-miento", "cons-trucción", "circu-lación", "veci-nales", "aproxima-damente", "adjudi-cación",
          "solida-rio", "conce-jala", "Bar-celona", "sumi-nistro", "hospi-tal", "pre-supuesto", "alcal-desa",
          "con-sultorio", "pa-cientes", "presi-dente", "aso-ciación", "contrata-ción", "in-centivos", "Ayunta-miento",
          "ca-miones", "urba-nización", "sus-titución", "re-caudado", "merca-dillo", "des-tinará"]
    kick = "SANIDAD"
    t1 = "El centro de salud de Valdeorca abrirá por las tardes desde enero"
    sub1 = "La Consejería contratará a dos médicos y una enfermera para ampliar el horario, una demanda vecinal de hace una década"
    by1 = "MARÍA JOSÉ LLORENTE | VALDEORCA"
    a1 = [
        "El centro de salud de Valdeorca abrirá también por las tardes a partir del 8 de enero. Así lo anunció ayer la Consejería de Sanidad en una reunión con la alcaldesa, Pilar Sanz, y representantes de las asociaciones de vecinos del municipio y de las cuatro pedanías que atiende el consultorio.",
        "Hasta ahora, el centro solo abría por las mañanas, de 8 a 15 horas, y los pacientes que necesitaban atención por la tarde debían desplazarse al hospital comarcal, a unos 25 kilómetros. «Para una persona mayor sin coche, eso era un viaje de medio día», explicó Ramón Gil, presidente de la asociación vecinal El Pilar.",
        "La ampliación del horario, hasta las 20 horas, supondrá la contratación de dos médicos de familia y una enfermera. La Consejería reconoce que cubrir las plazas no será fácil, ya que en la comarca faltan profesionales desde hace años, por lo que ofrecerá incentivos como la ayuda al alquiler de vivienda y",
    ]
    cap, cred = "Fachada del centro de salud de Valdeorca, ayer.", "FOTO: JAVIER RUIZ"
    jump = "(Pasa a la página 16)"
    t2 = "La Junta licita la variante de la N-432 por 38 millones"
    src2 = "EFE | SEVILLA"
    a2 = [
        "La Junta ha sacado a licitación las obras de la variante de la carretera N-432 a su paso por Alcarrejo, con un presupuesto de 38 millones de euros y un plazo de ejecución de tres años.",
        "La nueva vía, de 7,2 kilómetros, evitará que unos 6.000 vehículos diarios, muchos de ellos camiones, atraviesen el casco urbano. El Ayuntamiento llevaba más de veinte años reclamando la obra.",
    ]
    brev = "BREVES"
    t3 = "Corte de agua en Los Pinos"
    a3 = ["La empresa municipal de aguas cortará el suministro mañana, de 9 a 14 horas, en la urbanización Los Pinos por la sustitución de una tubería. Habrá una cuba en la plaza Mayor."]
    t4 = "Mercadillo navideño solidario"
    a4 = ["El colegio San Isidro celebra el sábado su mercadillo navideño solidario. Lo recaudado se destinará al comedor social de Cáritas, explicó la concejala de Educación, Elena Prieto."]
    L = [head, "", kick, t1[:31], t1[32:], "", sub1[:60].rsplit(" ", 1)[0], sub1[len(sub1[:60].rsplit(" ", 1)[0]) + 1:], "", by1, ""]
    for k, para in enumerate(a1):
        w = en_wrap(para, W, hy, indent)
        if k == 1:
            w = insert(w, 3, ["", cap, cred, ""])
        L += w
    L += [jump, "", "", t2, "", src2, ""]
    for para in a2:
        L += en_wrap(para, W, hy, indent)
    L += ["", "", brev, "", t3] + en_wrap(a3[0], W, hy) + ["", t4] + en_wrap(a4[0], W, hy) + [""]
    gold = {
        "note": "",
        "page": {"furniture": [head, jump], "date": "2026-11-30", "page": "14"},
        "articles": [
            art(t1, a1, kicker=kick, section=[None, "COMARCAS"], subtitle=sub1, byline=[by1, "MARÍA JOSÉ LLORENTE"],
                captions=[cap], credits=[cred]),
            art(t2, a2, byline=[None, "EFE"], source=[src2, "EFE"]),
            art(t3, a3, section=brev),
            art(t4, a4, section=[None, brev]),
        ],
    }
    return dict(name=name, ext="txt", enc="latin-1", newline="\n", lines=L, gold=gold,
                dropped=["-"] * len(SPLITS), lifted=[cap, cred, jump, ""], hyphens=list(SPLITS))



# ---------------------------------------------------------------- page 8
@page
def p8():
    name = "en_in_city_page_news_service_byline_colon_dateline_crore_lakh_pti_our_staff_reporter_photo_dash_contd"
    del SPLITS[:]
    head1 = "THE DECCAN SENTINEL"
    head2 = "HYDERABAD, MONDAY, NOVEMBER 30, 2026"
    head3 = "CITY  5"
    W = 40
    hy = ["com-muters", "Corpo-ration", "charg-ing", "Com-missioner", "electri-fication", "pollu-tion",
          "tempera-tures", "Meteoro-logical", "dis-tricts", "en-croachments", "peti-tioner",
          "Gov-ernment", "catch-ment", "ad-journed", "in-spection", "op-erators", "addi-tional"]
    t1 = "GHMC clears Rs 420-crore plan for 150 electric buses"
    sub1 = "Depots at Uppal and Miyapur to get fast-charging points"
    by1 = "Sentinel News Service"
    a1 = [
        "HYDERABAD: The Greater Hyderabad Municipal Corporation (GHMC) standing committee on Saturday approved a Rs 420-crore proposal to add 150 electric buses to the city fleet by March next year.",
        "The buses will be run by private operators on a gross cost contract, with the State transport corporation paying them per kilometre. About 2.5 lakh commuters are expected to benefit, officials said.",
        "GHMC Commissioner R. Sudhakar Rao said work on fast-charging points at the Uppal and Miyapur depots would begin next month. \"Our target is to electrify a third of the city fleet in three years,\" he said.",
        "Environmental groups welcomed the decision but asked the civic body to also improve last-mile connectivity from metro stations.",
    ]
    t2 = "Cold wave likely in north India: IMD"
    a2 = [
        "New Delhi, Nov 29 (PTI) Minimum temperatures are likely to fall by 3 to 5 degrees Celsius over north-west India in the next four days, the India Meteorological Department said on Sunday.",
        "Dense fog is likely in parts of Punjab, Haryana and western Uttar Pradesh during night and morning hours, it said.",
    ]
    t3 = "Lake encroachments: HC seeks report"
    by3 = "By Our Staff Reporter"
    cap = "A view of the Durgam Cheruvu lake on Sunday. — Photo: K. Ramesh Babu"
    a3 = [
        "HYDERABAD: The Telangana High Court on Friday directed the State government to file a detailed report on encroachments in the catchment area of Durgam Cheruvu within four weeks.",
        "Hearing a public interest petition, a Division Bench noted that the lake's full tank level had shrunk by nearly 30 acres over two decades. Counsel for the petitioner said at least 40 structures had come up on the lake bed, some of them with building permissions.",
        "The Bench asked the Revenue and Irrigation departments to carry out a joint inspection and adjourned the case to",
    ]
    contd = "(Contd. on Page 7)"
    foot = "www.deccansentinel.example  |  For advertisements call 040-2345 6789"
    L = [head1, head2, head3, "", t1, sub1, "", by1, ""]
    for para in a1:
        L += en_wrap(para, W, hy, "  ")
    L += ["", "", t2, ""]
    for para in a2:
        L += en_wrap(para, W, hy, "  ")
    L += ["", "", t3, "", by3, ""]
    for k, para in enumerate(a3):
        w = en_wrap(para, W, hy, "  ")
        if k == 1:
            w = insert(w, 2, ["", cap, ""])
        L += w
    L += [contd, "", foot]
    gold = {
        "note": "",
        "page": {"furniture": [head1, head2, head3, contd, foot], "date": "2026-11-30", "page": "5"},
        "articles": [
            art(t1, a1, subtitle=sub1, byline=by1),
            art(t2, a2, byline=[None, "PTI"], source=[None, "PTI"]),
            art(t3, a3, byline=["Our Staff Reporter", by3], captions=["A view of the Durgam Cheruvu lake on Sunday."],
                credits=["— Photo: K. Ramesh Babu"]),
        ],
    }
    return dict(name=name, ext="txt", enc="utf-8", newline="\n", lines=L, gold=gold,
                dropped=["-"] * len(SPLITS) + ["By"], lifted=[cap, contd, ""], hyphens=list(SPLITS))



# ---------------------------------------------------------------- page 9
@page
def p9():
    name = "zh_gbk_crlf_tv_radio_page_listings_panel_midsentence_channel_times_jianxi_jizhe_benbaoxun"
    head = "江城晚报　2026年11月30日　星期一　B8　荧屏·广播"
    foot = "本版编辑　邱　岚　　组版　冯小东"
    W, indent = 23, "　　"
    t1 = "纪录片《大河之畔》今晚开播"
    by1 = "本报记者　何　静"
    a1 = [
        "六集纪录片《大河之畔》今晚8点在中央电视台纪录频道首播。该片由市广播电视台参与摄制，摄制组历时两年，沿河行走三千多公里，记录了沿岸二十多个村镇的生产生活变化。",
        "总导演罗启明介绍，片中没有宏大的解说，而是跟拍了一位老船工、一个养蜂家庭和几名返乡创业的大学生，通过普通人的日常讲述一条河与一座城的故事。“我们想让观众看到，大河两岸的变化就发生在每个人身边。”罗启明说。",
        "据悉，该片每晚播出一集，网络平台同步上线。今年以来，市广播电视台已参与制作三部纪录片，其中《江城百工》获得省级优秀纪录片奖。",
    ]
    t2 = "电视剧《老街坊》收视走高"
    a2 = [
        "本报讯　在省级卫视频道黄金档播出的电视剧《老街坊》近日收视率持续走高，上周平均收视率位列同时段省级卫视第二。该剧讲述江城一条老街上几户人家三十年间的悲欢离合，不少场景在本市取景拍摄。",
        "不少观众表示，剧中的早点摊、老理发店和弄堂里的吆喝声，勾起了自己的童年记忆。据了解，该剧共40集，将于下月中旬播完，网络平台的点播量已突破两亿次。",
    ]
    t3 = "方言节目《乡音乡情》开播五周年"
    by3 = "见习记者　吴　敏"
    a3 = [
        "市广播电台方言节目《乡音乡情》本月迎来开播五周年。五年来，节目用本地方言讲述老故事、教唱地方小调，累计播出一千二百多期，成为不少中老年听众每天傍晚雷打不动必听的节目。",
        "主持人老秦说，节目最受欢迎的板块是听众热线，常有在外地工作的年轻人打进电话，用生疏的家乡话和父母隔空聊天。为庆祝开播五周年，电台将于12月5日在人民公园举办听众见面会，现场录制一期特别节目，邀请几位老听众讲述自己和节目的故事。",
    ]
    panel = [
        "今日荧屏",
        "中央一套（CCTV-1）",
        "12:00　新闻30分",
        "19:00　新闻联播",
        "20:00　电视剧：山海情深（23、24）",
        "中央九套（CCTV-9）",
        "20:00　纪录片：大河之畔（1）",
        "省卫视",
        "19:35　电视剧：老街坊（15、16）",
        "21:20　读书会",
        "市广播电台　FM 97.5",
        "07:00　早安新闻",
        "18:30　乡音乡情",
        "（节目如有变动，以电视台播出为准）",
    ]
    L = [head, "", t1, by1, ""]
    for para in a1:
        L += cjk_wrap(para, W, indent)
    L += ["", t2, ""]
    for para in a2:
        L += cjk_wrap(para, W, indent)
    L += ["", t3, by3, ""]
    L += cjk_wrap(a3[0], W, indent)
    w = cjk_wrap(a3[1], W, indent)
    L += insert(w, 1, [""] + panel + [""])  # the listings panel stands in the next column: read into a sentence
    L += ["", foot]
    gold = {
        "note": "",
        "page": {"furniture": [head] + panel + [foot], "date": "2026-11-30", "page": "B8"},
        "articles": [
            art(t1, a1, byline=[by1, "何　静"]),
            art(t2, a2),
            art(t3, a3, byline=[by3, "吴　敏"]),
        ],
    }
    return dict(name=name, ext="txt", enc="gbk", newline="\r\n", lines=L, gold=gold,
                lifted=panel + [""])



# ---------------------------------------------------------------- page 10
@page
def p10():
    name = "it_cp1252_crlf_cronaca_occhiello_catenaccio_di_byline_euro_sign_foto_credit_segue_ansa_end_source"
    del SPLITS[:]
    head = "12 | Lunedì 30 novembre 2026 | IL CORRIERE DEL LAGO | CRONACA"
    W, indent = 44, ""
    hy = ["af-fitti", "stu-denti", "univer-sità", "ca-serma", "consi-gliere", "apparta-menti", "pro-prietari",
          "resi-denza", "ri-convertire", "immo-biliare", "ammini-strazione", "dispo-nibili", "segre-teria",
          "circo-lazione", "la-vori", "pome-riggio", "vei-coli", "can-tiere", "traf-fico", "sin-daco"]
    kick = "L’emergenza casa"
    t1 = "Affitti, a Lerano mancano duecento alloggi per gli studenti"
    sub1 = "L’università chiede al Comune di riconvertire l’ex caserma Dalmazia. Il sindaco: «Progetto pronto entro l’estate»"
    by1 = "di Chiara Benedetti"
    a1 = [
        "LERANO – Una stanza singola in centro costa ormai 550 € al mese, e anche a quel prezzo trovarla è un’impresa. A due mesi dall’inizio delle lezioni, almeno duecento studenti fuori sede dell’Università di Lerano non hanno ancora un posto letto stabile: c’è chi dorme da amici, chi ha scelto un bed and breakfast e chi fa il pendolare da un’ora e mezza di treno.",
        "Il rettore, Paolo Ferrante, ha scritto venerdì all’amministrazione comunale chiedendo di riconvertire l’ex caserma Dalmazia, chiusa dal 2009, in una residenza universitaria. «Lo spazio c’è, servono la volontà e un progetto serio», ha detto.",
        "Il sindaco Marco Villa si dice d’accordo: «Abbiamo già chiesto al ministero i fondi necessari, circa 18 milioni di euro. Il progetto sarà pronto entro l’estate». Intanto il consigliere d’opposizione Luca Gatti propone di usare gli appartamenti sfitti di proprietà comunale, almeno",
    ]
    cap, cred = "Studenti in coda davanti alla segreteria dell’ateneo", "(Foto Rinaldi)"
    jump = "SEGUE A PAGINA 14"
    t2 = "Statale 36, da oggi una sola corsia fino a venerdì"
    a2 = [
        "Da questa mattina e fino a venerdì pomeriggio la statale 36 sarà percorribile su una sola corsia tra gli svincoli di Lerano nord e Castelmonte, per lavori di rifacimento dell’asfalto. Nelle ore di punta sono previste code.",
        "Anas consiglia ai veicoli diretti verso il lago di uscire a Lerano centro e di seguire la provinciale.",
    ]
    src2 = "(ANSA)"
    L = [head, "", kick, t1, "", sub1, "", by1, ""]
    for k, para in enumerate(a1):
        w = en_wrap(para, W, hy, indent)
        if k == 0:
            w = insert(w, 4, ["", cap + " " + cred, ""])
        L += w
    L += [jump, "", "", t2, ""]
    for para in a2:
        L += en_wrap(para, W, hy, indent)
    L += [src2, ""]
    gold = {
        "note": "",
        "page": {"furniture": [head, jump], "date": "2026-11-30", "page": "12"},
        "articles": [
            art(t1, a1, kicker=kick, section=[None, "CRONACA"], subtitle=sub1, byline=["Chiara Benedetti", by1],
                captions=[cap], credits=[cred]),
            art(t2, a2, source=[src2, "ANSA"], byline=[None, "ANSA"]),
        ],
    }
    return dict(name=name, ext="txt", enc="cp1252", newline="\r\n", lines=L, gold=gold,
                dropped=["-"] * len(SPLITS) + ["di"], lifted=[cap + " " + cred, jump, ""], hyphens=list(SPLITS))



# ---------------------------------------------------------------- page 11
@page
def p11():
    name = "en_gb_1964_evening_paper_front_late_final_caps_heads_correspondent_byline_shillings_pence_stop_press_back_page"
    del SPLITS[:]
    m1 = "NORTHBRIDGE EVENING TELEGRAPH"
    m2 = "No. 24,817"
    m3 = "TUESDAY, NOVEMBER 24, 1964"
    m4 = "LATE NIGHT FINAL"
    m5 = "Price 4d."
    W = 36
    hy = ["corpora-tion", "negotia-tions", "secre-tary", "Trans-port", "con-ductors", "ser-vices", "tele-phone",
          "ambu-lances", "motor-ists", "visi-bility", "hos-pital", "Super-intendent", "over-time", "Cor-poration",
          "com-mittee", "arbitra-tion", "opera-tors", "de-clined", "morn-ing", "ac-cording"]
    t1 = "BUSMEN VOTE TO STRIKE ON MONDAY"
    sub1 = "Pay offer of 8s. a week rejected"
    by1 = "By Our Industrial Correspondent"
    a1 = [
        "Northbridge Corporation bus services will stop on Monday morning unless a last-minute settlement is reached, it was decided at a mass meeting of drivers and conductors in the Co-operative Hall last night.",
        "More than 600 men voted by a large majority to reject the transport committee's offer of an extra 8s. a week, which would have raised a driver's basic wage to £11 4s. 6d. The men are asking for 15s.",
        "Mr. Harold Denby, district secretary of the Transport and General Workers' Union, said afterwards: \"The men have been patient for eight months. They will not wait for ever.\"",
        "Alderman F. W. Platt, chairman of the transport committee, told the Evening Telegraph today that the offer was \"the most the ratepayers can afford,\" but that he was willing to meet the union again before the",
    ]
    contd = "Continued on Back Page"
    t2 = "FOG PILE-UP ON A1: 14 HURT"
    by2 = "Evening Telegraph Reporter"
    a2 = [
        "Fourteen people were taken to hospital after about 30 vehicles collided in thick fog on the A1 near Stainby early this morning.",
        "Police said visibility was down to 20 yards when the first lorry braked. Ambulances from three towns were called, and the northbound carriageway was closed for more than four hours.",
        "Chief Superintendent J. R. Moss appealed to motorists: \"Slow down, and keep your distance. Fog does not lift just because you are late.\"",
    ]
    cap, cred = "Wrecked cars on the A1 near Stainby this morning.", "— Telegraph picture."
    wx = "WEATHER: Fog, slow to clear; cold. Lighting-up time 4.25 p.m."
    sp = "STOP PRESS"
    a3 = ["BUS TALKS: Union leaders agreed at 3.15 p.m. to meet transport committee tomorrow morning. Strike notice stands."]
    L = [m1, m2 + "    " + m3 + "    " + m4, m5, "", t1, sub1, by1, ""]
    for para in a1:
        L += en_wrap(para, W, hy, "  ")
    L += [contd, "", "", t2, by2, ""]
    for k, para in enumerate(a2):
        w = en_wrap(para, W, hy, "  ")
        if k == 1:
            w = insert(w, 1, ["", cap + " " + cred, ""])
        L += w
    L += ["", wx, "", sp] + en_wrap(a3[0], W) + [""]
    gold = {
        "note": "",
        "page": {"furniture": [m1, m2, m3, m4, m5, contd, wx], "date": "1964-11-24", "page": None},
        "articles": [
            art(t1, a1, subtitle=sub1, byline=["Our Industrial Correspondent", by1]),
            art(t2, a2, byline=by2, captions=[cap], credits=[cred]),
            art(None, a3, section=sp, kicker=[None, sp]),
        ],
    }
    return dict(name=name, ext="txt", enc="utf-8", newline="\n", lines=L, gold=gold,
                dropped=["-"] * len(SPLITS) + ["By"], lifted=[cap + " " + cred, contd, wx, ""], hyphens=list(SPLITS))



# A page name printed only in the header (or a running head) is not a banner over the stories: section
# none, with the name also accepted (the holdout11 decision).
HEADER_SECTION = {
    "zh_gbk_xinhua_tonggao_page_several_dian_items_end_datelines_wan_marks": "国内新闻",
    "zh_gb18030_duzhe_xinxiang_letters_da_replies_adviser_signature_bianzhe_huifu_call_for_letters": "民生",
    "zht_utf16be_bom_hk_fukan_lianzai_serial_episode_number_mingri_xu_illustration_credit_column": "副刊",
    "zht_cp950_tw_difang_ban_jizhe_slash_baodao_leads_two_reporters_taizhong_xun_running_head_midsentence": "中部新聞",
    "es_latin1_regional_comarcas_antetitulo_two_line_head_sumario_byline_place_foto_credit_efe_breves_pasa_a": "COMARCAS",
    "en_in_city_page_news_service_byline_colon_dateline_crore_lakh_pti_our_staff_reporter_photo_dash_contd": "CITY",
    "zh_gbk_crlf_tv_radio_page_listings_panel_midsentence_channel_times_jianxi_jizhe_benbaoxun": "荧屏·广播",
    "it_cp1252_crlf_cronaca_occhiello_catenaccio_di_byline_euro_sign_foto_credit_segue_ansa_end_source": "CRONACA",
}


NOTES = {
    "zh_gbk_xinhua_tonggao_page_several_dian_items_end_datelines_wan_marks":
        "GBK, LF, simplified. 澜川日报 2026-11-30 第4版 国内新闻, a page made of 新华社 通稿, 5 articles. Wrapped at 24 cells (ASCII half), "
        "paragraphs open with U+3000 U+3000, no blank line between paragraphs, blank lines between items. Line 1 header and line 3 "
        "（本版稿件由新华社供稿） are furniture. Item 1: headline, ——subtitle (the —— dropped), lead 新华社北京11月29日电（记者冯雪、陶然） "
        "(byline 冯雪、陶然, dateline stays in paragraph 1); the editor line 本版编辑… sits inside a sentence of paragraph 3 (…已建工程的 / 管护…): "
        "furniture, joined; （完） after items 1 and 3 is furniture. Item 2: one paragraph ending with the dateline in brackets "
        "（新华社南京11月29日电）, which wrapped onto a line of its own: it stays in the paragraph (it is printed as the paragraph's last words); "
        "byline null. Item 3: 新华社福州…电（记者林海鸥）; a blank line (column break) inside a sentence of paragraph 2 (…钢梁架设 / 等多项…): joined. "
        "Item 4: 据新华社电 compiled lead, no place or reporter. Item 5: end dateline with the reporter inside the brackets "
        "（新华社北京11月29日电　记者乔　明）: stays in the paragraph; byline null or 乔明. Source of every item: none or 新华社.",
    "zht_utf16le_bom_crlf_1929_judou_dun_ju_only_story_one_block_zhuandian_banner_qishi":
        "UTF-16 LE with BOM, CRLF, traditional. 津沽公報 民國十八年十一月三十日 (1929-11-30) 第二張（六）, 5 articles. Old 句讀 punctuation: "
        "only 、 (every pause) and 。 (the end of a story), no quotes, Chinese numerals. Each story is ONE paragraph (printed as one run, "
        "no indent, no paragraph break), wrapped at 17 cells, the text directly under its headline. Banners 專電 (section of 1, may cover 2) "
        "and 本埠新聞 (section of 3, may cover 4 and 5). Articles 1 and 3 have a deck line under the headline (subtitle; article 3's deck is two "
        "phrases joined by U+3000). Leads 北平二十九日下午九時本社專電　 / 太原二十八日專電　 stay in the paragraph; no bylines. "
        "The house notice 本館啟事 / 本報自十二月一日起增出晚刊每份售銅元四枚 (two furniture lines, between blank lines) sits inside a sentence "
        "of article 3 (…聞起火原 / 因、係…): joined. Article 5 (市商會討論米價) breaks off at …三、 before the jump （轉第七版） (furniture) and keeps "
        "its unfinished end.",
    "zh_gb18030_duzhe_xinxiang_letters_da_replies_adviser_signature_bianzhe_huifu_call_for_letters":
        "GB18030, LF, simplified (the name 吴𫖮 needs a 4-byte GB18030 code: the file is not valid GBK or UTF-8). 汾河晚报 2026-11-30 A10 民生, "
        "a 读者信箱 page, 3 articles, wrapped at 22 cells, paragraphs open with U+3000 U+3000. Banner 读者信箱: section of letter 1, may cover 2 and 3. "
        "Each letter + its reply is ONE article: title = the letter's headline; paragraphs = the letter (opening 编辑同志：, kept) and the reply "
        "paragraphs (opening 答： or 编者： / 区城管局回复：, kept). The right-set reader's signature (太原市读者　郭建平) after the letter is the byline "
        "(name alone matches); the right-set （本报特约法律顾问　韩晓燕律师） after a reply is a credit, not a paragraph (a byline naming 韩晓燕 is "
        "also accepted). The 责任编辑 line is read inside a sentence of reply 2 (…擅自停水停 / 电属于…): furniture, joined. The call for letters "
        "(来信请寄：…) at the foot is furniture.",
    "zht_utf16be_bom_hk_fukan_lianzai_serial_episode_number_mingri_xu_illustration_credit_column":
        "UTF-16 BE with BOM, LF, traditional, Hong Kong. 香江夕報 2026-11-30 副刊 C6, 2 articles, wrapped at 16 cells, paragraphs open with one "
        "U+3000. Article 1: banner 小說連載 (section), serial title with its episode number 霧鎖油麻地（一二七） (title, number kept), author line "
        "文：司徒朗 (byline 司徒朗; 文： dropped in the first reading, the whole line accepted); Cantonese dialogue in 「」; the illustration credit "
        "插圖：鄧小舟 (between blank lines) inside a sentence of paragraph 4 (…阿輝一定冇命； / 如果唔講…): credits, joined; the right-set "
        "（明日續） is furniture. Article 2: column name 人間煙火 (section; as kicker also accepted), title 茶餐廳的老伙記, right-set author 梁小慧 "
        "(byline). Foot: the call for contributions and the 副刊編輯 line (furniture).",
    "zh_utf8bom_crlf_web_edition_copy_breadcrumbs_meta_line_fenxiang_related_links_prev_next":
        "UTF-8 with BOM, CRLF, simplified. One article copied from a news site (滨江新闻网), 2026-11-29, as people paste it into a text file: "
        "the browser title (headline + _滨江新闻网), breadcrumbs, the headline (title, two phrases joined by U+3000), a meta line "
        "`2026-11-29 08:35:12　来源：滨江日报　作者：周晓　责任编辑：李梅` (time stamp and 责任编辑 are furniture; source 滨江日报 and byline 周晓, "
        "with 来源：/作者： dropped, the prefixed forms accepted), 字号/打印 and 分享到 tool lines, paragraphs one per line opened by U+3000 U+3000 with "
        "blank lines between, two subheads (headings), a photo caption line ending with the credit 记者　周晓　摄 (caption + credits), "
        "then 【纠错】 tools, 分享到 again, 相关新闻 with three links, 上一篇/下一篇 and the copyright line: all furniture, one entry per line "
        "(分享到 listed twice). No hard wrapping.",
    "zht_cp950_tw_difang_ban_jizhe_slash_baodao_leads_two_reporters_taizhong_xun_running_head_midsentence":
        "cp950 (Big5), LF, traditional, Taiwan. 中港時報 中華民國115年11月30日 B3 中部新聞 (a 地方版), 4 articles, wrapped at 20 cells, no indent, "
        "a blank line after every paragraph. Leads 【記者林志明／台中報導】, 【記者陳怡君、黃建華／彰化報導】 (two reporters), 【記者張家豪／南投報導】: "
        "the byline is the reporter part (記者X also accepted); the bracket stays in paragraph 1. 【台中訊】 brief: no byline. Headlines with "
        "two phrases joined by U+3000. Article 1: a caption and its credit （圖／台中市交通局提供） between blank lines inside a sentence of "
        "paragraph 2 (…生態廊道， / 避免影響…): joined (the blank line after the caption does NOT start a new paragraph here). Article 4: the next "
        "column's running head B3　中部新聞　中港時報 inside a sentence of paragraph 2: furniture, joined. 中部新聞 is printed only in the header "
        "and running head: section null. Foot: 地方中心主編 line (furniture).",
    "es_latin1_regional_comarcas_antetitulo_two_line_head_sumario_byline_place_foto_credit_efe_breves_pasa_a":
        "ISO-8859-1 (Latin-1), LF, Spanish. Diario del Alto Valle, 30 Nov 2026, page 14, COMARCAS, 4 articles. Header line (furniture). "
        "Article 1: antetítulo SANIDAD (kicker), headline over two lines (one title, joined with a space), sumario over two lines (subtitle), "
        "byline line MARÍA JOSÉ LLORENTE | VALDEORCA (the name alone matches); ragged 42 columns, 2-space paragraph indent, Spanish "
        "syllable hyphenation at line ends (alcal-desa, con-sultorio, pa-cientes, presi-dente, pre-supuesto, re-caudado: the hyphens are dropped); "
        "a caption and FOTO: JAVIER RUIZ between blank lines inside a sentence of paragraph 2 (…al hospital / comarcal…): joined; the story "
        "breaks off at …alquiler de vivienda y before (Pasa a la página 16) (furniture). Article 2: agency line EFE | SEVILLA (source; EFE alone "
        "matches; byline none or EFE). BREVES (section of brief 1, may cover brief 2): two briefs, each a headline line directly on its text, no indent.",
    "en_in_city_page_news_service_byline_colon_dateline_crore_lakh_pti_our_staff_reporter_photo_dash_contd":
        "UTF-8, LF, Indian English. The Deccan Sentinel, Hyderabad, 30 Nov 2026, CITY page 5, 3 articles. Masthead: three furniture lines. "
        "Article 1: headline, deck (subtitle), byline line Sentinel News Service, colon dateline HYDERABAD: (stays in paragraph 1), Rs 420-crore, "
        "2.5 lakh. Article 2: PTI wire copy, lead New Delhi, Nov 29 (PTI) with no colon (stays in paragraph 1; byline and source none or PTI). "
        "Article 3: By Our Staff Reporter (byline Our Staff Reporter; By dropped, the full line accepted); a caption with its credit "
        "`— Photo: K. Ramesh Babu` on one line between blank lines inside a sentence of paragraph 2 (…nearly 30 / acres…): caption + credits, "
        "joined; the story breaks off at …adjourned the case / to before (Contd. on Page 7) (furniture). Ragged 40 columns, 2-space indent, "
        "two line-end hyphens dropped (op-erators, com-muters). Foot: web/advertising line (furniture).",
    "zh_gbk_crlf_tv_radio_page_listings_panel_midsentence_channel_times_jianxi_jizhe_benbaoxun":
        "GBK, CRLF, simplified. 江城晚报 2026-11-30 B8 荧屏·广播, a TV and radio page, 3 articles, wrapped at 23 cells, paragraphs open with "
        "U+3000 U+3000. Article 1: headline directly on the byline line 本报记者　何　静 (byline; the name alone matches). Article 2: no byline, "
        "lead 本报讯　 (stays in paragraph 1). Article 3: byline 见习记者　吴　敏. The listings panel (今日荧屏, channel lines, time + programme "
        "lines, the 以电视台播出为准 notice: 14 furniture entries, one per printed line) stands in the next column and is read, between blank "
        "lines, inside a sentence of article 3 paragraph 2 (…用生疏的家乡话 / 和父母隔空聊天…): joined. Foot: editor line (furniture).",
    "it_cp1252_crlf_cronaca_occhiello_catenaccio_di_byline_euro_sign_foto_credit_segue_ansa_end_source":
        "Windows-1252, CRLF, Italian (the € sign is 0x80). Il Corriere del Lago, 30 Nov 2026, page 12, CRONACA, 2 articles. Header line "
        "(furniture). Article 1: occhiello L’emergenza casa (kicker), headline (title), catenaccio (subtitle, one long line), byline line "
        "di Chiara Benedetti (di dropped; the line accepted), dateline LERANO – in paragraph 1; ragged 44 columns, NO indent and no blank line "
        "between paragraphs (a paragraph ends where its last line ends short); a caption with (Foto Rinaldi) on one line between blank lines "
        "inside a sentence of paragraph 1 (…dell’Università di / Lerano…): caption + credits, joined; the story breaks off at …comunale, almeno "
        "before SEGUE A PAGINA 14 (furniture). Article 2: no byline, one hyphen split (pome-riggio, dropped), the end line (ANSA) is the source "
        "(ANSA alone matches; byline none or ANSA). CRONACA only in the header: section null (or CRONACA).",
    "en_gb_1964_evening_paper_front_late_final_caps_heads_correspondent_byline_shillings_pence_stop_press_back_page":
        "UTF-8, LF, British English. Northbridge Evening Telegraph, Tuesday, November 24, 1964, front page (no page number printed), 3 articles. "
        "Masthead: title line, then No. 24,817 / date / LATE NIGHT FINAL on one line (three furniture entries), Price 4d. Article 1: capital "
        "headline, mixed-case deck (subtitle), By Our Industrial Correspondent (byline without By), 8s., £11 4s. 6d., 15s.; ragged 36 columns, "
        "2-space indent; breaks off at …again before the / Continued on Back Page (furniture). Article 2: capital headline, byline line "
        "Evening Telegraph Reporter, a caption with — Telegraph picture. between blank lines inside a sentence of paragraph 2 (…the first lorry / "
        "braked…): caption + credits, joined. WEATHER line (furniture). STOP PRESS: a late item under the STOP PRESS label: an article with no "
        "title, section STOP PRESS (kicker also accepted), one paragraph keeping its run-in BUS TALKS:. Line-end hyphens dropped: ser-vices, "
        "secre-tary, hos-pital.",
}

if __name__ == "__main__":
    run(HERE, "holdout13", PAGES, NOTES, HEADER_SECTION)
