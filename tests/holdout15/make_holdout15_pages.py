"""Lay out the holdout15 pages from hand-written gold text, write page + gold, check them.

Never imports paperarchive.  Run from the repo root:  python3 tests/holdout15/make_holdout15_pages.py
Each page module below (PAGES) gives: name, encoding, newline, the page as a list of
blocks, and the gold (built from the same strings).  The checks at the end: strict decode,
character multisets (page minus gold = the listed markup only), every gold paragraph a
contiguous stretch of the page once lifted lines are taken out, and the shared scorer fed
the gold itself.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # tests/, where pagetext is: this script runs by hand
from pagetext import art, cjk_wrap, en_wrap, insert, run  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

PAGES = []


def page(fn):
    PAGES.append(fn)
    return fn


# ---------------------------------------------------------------- page 1
# ---------------------------------------------------------------- page 1: 法治 page, case report + 律师说法 box
@page
def p1():
    name = "zh_gb18030_fazhi_page_case_report_lushi_shuofa_box_tongxunyuan_editor_midsentence"
    head = "滨江法制报　2026年11月30日　星期一　第5版　法治"
    foot = "责任编辑　郑立新　　美编　杜　娟"
    W, ind = 25, "　　"
    t1 = "网购“低价机票”被骗三万余元"
    k1 = "以案说法"
    by1 = "本报通讯员　陈思远　记者　刘　䶮"
    a = "家住城南的刘女士没有想到，一张标价仅480元的“特价机票”，竟让她前后损失了3.2万元。近日，滨江区人民法院审结这起电信网络诈骗案，以诈骗罪判处被告人吴某有期徒刑六年，并处罚金五万元。"
    b = "法院审理查明，今年3月，吴某伙同他人在网上发布低价机票广告，以“航班取消需要退款理赔”为由，诱导刘女士下载屏幕共享软件，先后转走其银行卡内资金32600元。案发后，吴某退赔了部分款项。"
    c = "法院认为，吴某以非法占有为目的，采用虚构事实的方法骗取他人财物，数额巨大，其行为已构成诈骗罪。鉴于其到案后如实供述并部分退赔，依法可以从轻处罚。"
    c2 = "据承办法官介绍，今年以来，该院共受理电信网络诈骗案件87件，其中冒充客服、虚假购物类案件占四成以上，被骗者多为经常网购的年轻人和退休老人。法院已向相关电商平台发出司法建议，督促其加强对虚假广告的审核。"
    t2 = "律师说法"
    d = "北京市衡正律师事务所律师王晓岚表示，正规航空公司退改签只会通过官方渠道办理，不会要求乘客下载屏幕共享软件或向“安全账户”转账。"
    e = "她提醒，遇到类似情况应第一时间拨打航空公司官方客服核实；一旦被骗，要保存好聊天记录和转账凭证，及时报警。"
    t3 = "男子醉驾撞护栏被判拘役"
    f = "本报讯（通讯员　韦　宁）11月25日凌晨，郑某饮酒后驾驶小型轿车行至滨河路时撞上道路护栏。经鉴定，郑某血液酒精含量为每100毫升186毫克。日前，城北区人民法院以危险驾驶罪判处郑某拘役四个月，并处罚金八千元。"
    L = [head, "", k1, t1, by1, ""]
    L += cjk_wrap(a, W, ind) + cjk_wrap(b, W, ind)
    w = cjk_wrap(c, W, ind)
    L += insert(w, 1, ["", foot, ""]) + cjk_wrap(c2, W, ind)
    L += ["", "【" + t2 + "】"] + cjk_wrap(d, W, ind) + cjk_wrap(e, W, ind) + ["", ""]
    L += [t3] + cjk_wrap(f, W, ind)
    gold = {"note": "", "page": {"furniture": [head, foot], "date": "2026-11-30", "page": "第5版"},
            "articles": [
                art(t1, [a, b, c, c2], section=[None, "法治"], kicker=k1,
                    byline=[by1, "陈思远　刘　䶮", "陈思远、刘䶮", "通讯员　陈思远　记者　刘　䶮"]),
                art(t2, [d, e], section=[None, "法治"], kicker=[None, "以案说法"]),
                art(t3, [f], section=[None, "法治"], byline=[None, "韦　宁", "通讯员　韦　宁"]),
            ]}
    return dict(name=name, ext="txt", enc="gb18030", newline="\n", lines=L, gold=gold,
                dropped=["【】"], lifted=[foot, ""])


# ---------------------------------------------------------------- page 2: 文摘 page, items end with （摘自《X报》）
@page
def p2():
    name = "zh_gbk_crlf_wenzhai_digest_items_zhaizi_source_end_author_line_column_break_midsentence"
    head = "南湖文摘周报　2026年11月27日　第3版　社会观察"
    W, ind = 21, "　　"
    t1 = "县城咖啡馆为何越开越多"
    a = "过去三年，我国县城新开咖啡馆数量增长了近两倍。记者走访发现，返乡创业的年轻人是开店主力，他们把城市里的消费习惯带回了家乡。"
    b = "一位在县城开店的店主说，店租只有省城的五分之一，周末客流并不比城里少，“关键是要做出本地人喜欢的口味”。（摘自《江南商报》11月20日　文／周　舟）"
    t2 = "老年人学用智能手机"
    c = "在社区“数字课堂”上，72岁的孙大爷第一次用手机挂上了医院的号。他说，以前总觉得智能手机太难，现在有志愿者手把手地教，学会了就不再求人。社区负责人介绍，课堂已开办40期，累计培训老人1600余人次。（摘自《城市晨报》）"
    t3 = "“夜校”又火了"
    d = "花几百元就能学一学期的书法、舞蹈或摄影，这样的“夜校”正在年轻人中走红。不少学员表示，下班后学点爱好，既放松又能交到朋友。有的夜校课程一经推出，几分钟内便被抢报一空。"
    e = "专家认为，夜校的走红反映出年轻人对高性价比精神消费的需求，相关部门可进一步增加课程供给。（摘自《新民生报》11月18日）"
    t4 = "社区食堂里的“15元套餐”"
    g4 = "两荤一素一汤，只要15元。在城东街道的社区食堂，每天中午都有三四百人前来就餐，除了附近的老人，还有不少上班族和外卖骑手。街道负责人说，食堂由政府提供场地，企业微利运营，既解决了老人吃饭难，也让周边居民多了一个好去处。（摘自《都市快报》　作者：林　青）"
    L = [head, ""]
    L += [t1] + cjk_wrap(a, W, ind)
    w = cjk_wrap(b, W, ind)
    L += w[:2] + ["", ""] + w[2:] + [""]
    L += [t2] + cjk_wrap(c, W, ind) + [""]
    L += [t3] + cjk_wrap(d, W, ind) + cjk_wrap(e, W, ind) + [""]
    L += [t4] + cjk_wrap(g4, W, ind)
    gold = {"note": "", "page": {"furniture": [head], "date": "2026-11-27", "page": "第3版"},
            "articles": [
                art(t1, [a, b], section=[None, "社会观察"], byline=[None, "周　舟"], source=[None, "江南商报", "《江南商报》"]),
                art(t2, [c], section=[None, "社会观察"], source=[None, "城市晨报", "《城市晨报》"]),
                art(t3, [d, e], section=[None, "社会观察"], source=[None, "新民生报", "《新民生报》"]),
                art(t4, [g4], section=[None, "社会观察"], byline=[None, "林　青"], source=[None, "都市快报", "《都市快报》"]),
            ]}
    return dict(name=name, ext="txt", enc="gbk", newline="\r\n", lines=L, gold=gold, lifted=[""])


# ---------------------------------------------------------------- page 3: 1958 人民公社 era page, slogan banners
@page
def p3():
    name = "zh_utf16le_bom_1958_renmin_gongshe_slogan_banners_benbaoxun_xiaozu_byline_end"
    head = "红旗日报　1958年10月12日　星期日　第二版"
    s1 = "鼓足干劲，力争上游，多快好省地建设社会主义！"
    s2 = "人民公社好！"
    W, ind = 18, "　　"
    t1 = "东风人民公社秋收秋种双丰收"
    a = "本报讯　东风人民公社全体社员发扬共产主义协作精神，日夜奋战，只用十二天就完成了全社四万八千亩晚稻的收割任务，比去年提前了二十天。"
    b = "公社党委把全社劳动力按军事化编成三个团、十八个营，统一调配。各食堂把饭菜送到田头，托儿所、幼儿园全部开办起来，妇女劳动力出勤率达到百分之九十五以上。"
    c = "目前，全社秋种已完成计划的百分之八十，社员们提出口号：“今年秋种不过霜降！”"
    c3 = "公社还抽调五百名青壮年劳动力组成水利突击队，准备在冬季修好红星水库，保证明年早稻全部实现自流灌溉。"
    t2 = "小高炉炼出了第一炉铁"
    t3 = "全县掀起深翻土地高潮"
    f3 = "本报讯　城关、新桥等八个人民公社连日来组织十万社员，开展深翻土地运动。各社普遍推广“三犁三耙”的办法，深翻一尺五寸以上，并结合深翻施足底肥。县委号召各社在十一月底以前完成深翻任务，为明年大面积丰产打下基础。"
    d = "本报讯　青山人民公社钢铁营的社员们，在没有技术员的情况下，边学边干，用土法建起小高炉十二座。十日晚，第一炉铁水终于流了出来，全营社员敲锣打鼓，连夜向公社党委报喜。"
    e = "（青山人民公社通讯组）"
    t6 = "公共食堂越办越好"
    h6 = "本报讯　红星人民公社全社已办起公共食堂二百一十个，全部社员都在食堂吃饭。各食堂普遍建立了管理委员会，由社员选举炊事员，每周公布一次账目，做到饭菜花样多、价钱便宜、干净卫生。"
    h7 = "许多食堂还自己养猪、种菜，做到蔬菜自给有余。社员们说：“吃饭不要钱，干活更有劲！”"
    L = [head, "", "　　" + s1, ""]
    L += [t1] + cjk_wrap(a, W, ind)
    w = cjk_wrap(b, W, ind)
    L += insert(w, 2, ["", "　　" + s2, ""])
    L += cjk_wrap(c, W, ind) + cjk_wrap(c3, W, ind) + ["", ""]
    L += [t2] + cjk_wrap(d, W, ind) + ["　　　　　　" + e, "", ""] + [t3] + cjk_wrap(f3, W, ind) + ["", ""] + [t6] + cjk_wrap(h6, W, ind) + cjk_wrap(h7, W, ind)
    gold = {"note": "", "page": {"furniture": [head, s1, s2], "date": "1958-10-12", "page": "第二版"},
            "articles": [
                art(t1, [a, b, c, c3]),
                art(t2, [d], byline=[e, "青山人民公社通讯组"]),
                art(t3, [f3]),
                art(t6, [h6, h7]),
            ]}
    return dict(name=name, ext="txt", enc="utf-16-le", newline="\r\n", lines=L, gold=gold, lifted=[s2, ""], bom=True)


# ---------------------------------------------------------------- page 4: 公告/招标 notices page
@page
def p4():
    name = "zh_utf8_gonggao_zhaobiao_notices_page_numbered_items_right_set_issuer_date_tel"
    head = "江州日报　2026年11月30日　第15版　公告"
    foot = "广告热线：0571-8765 4321　　本版广告内容由广告主负责"
    W, ind = 26, "　　"
    t1 = "江州市城西污水处理厂提标改造工程施工招标公告"
    a = "本招标项目已由江州市发展和改革委员会批准建设，建设资金来自政府投资，招标人为江州市水务集团有限公司。项目已具备招标条件，现对该项目的施工进行公开招标。"
    b = "一、工程概况：建设地点位于城西工业园区，主要建设内容为提标改造及配套管网工程，计划工期365日历天，招标控制价约4860万元。"
    c = "二、投标人资格要求：须具备市政公用工程施工总承包二级及以上资质，并在人员、设备、资金等方面具有相应的施工能力。"
    dd = "三、招标文件获取：请于2026年12月1日至12月7日登录江州市公共资源交易网下载。联系人：方工，电话：0571-8600 1234。"
    d2 = "四、投标文件递交：投标截止时间为2026年12月22日9时30分，地点为江州市公共资源交易中心开标三室。逾期送达的投标文件，招标人不予受理。"
    t5 = "拍卖公告"
    g5 = "受委托，本公司定于2026年12月10日10时在江州市公共资源交易中心公开拍卖：营运客车12辆，参考价合计96万元。标的展示时间为12月7日至9日，竞买人须于12月9日16时前交纳保证金每辆1万元。咨询电话：0571-8722 6655。"
    sig5 = "江州市正信拍卖有限公司"
    sig1 = "江州市水务集团有限公司"
    dt1 = "2026年11月30日"
    t2 = "遗失声明"
    e = "江州市恒达贸易有限公司遗失营业执照副本一份，统一社会信用代码：91330100MA2H7K3X5Q，声明作废。"
    t3 = "注销公告"
    f = "江州市青禾文化传播有限公司经股东会决议，拟向公司登记机关申请注销登记，请债权人自本公告发布之日起四十五日内向本公司清算组申报债权。"
    sig3 = "江州市青禾文化传播有限公司清算组"
    L = [head, ""]
    L += [t1, ""] + cjk_wrap(a, W, ind) + cjk_wrap(b, W, ind)
    w = cjk_wrap(c, W, ind)
    L += insert(w, 0, [foot])
    L += cjk_wrap(dd, W, ind) + cjk_wrap(d2, W, ind) + ["　　　　　　　　　　　　" + sig1, "　　　　　　　　　　　　　　" + dt1, "", ""]
    L += [t2] + cjk_wrap(e, W, ind) + ["", ""]
    L += [t3] + cjk_wrap(f, W, ind) + ["　　　　　　　　" + sig3, "", ""]
    L += [t5] + cjk_wrap(g5, W, ind) + ["　　　　　　　　　　　　" + sig5]
    gold = {"note": "", "page": {"furniture": [head, foot], "date": "2026-11-30", "page": "第15版"},
            "articles": [
                art(t1, [a, b, c, dd, d2], section=[None, "公告"], byline=[None, sig1], credits=[sig1, dt1]),
                art(t2, [e], section=[None, "公告"]),
                art(t3, [f], section=[None, "公告"], byline=[None, sig3], credits=[sig3]),
                art(t5, [g5], section=[None, "公告"], byline=[None, sig5], credits=[sig5]),
            ]}
    return dict(name=name, ext="txt", enc="utf-8", newline="\n", lines=L, gold=gold, lifted=[foot, "", sig1, dt1, sig3, sig5])


# ---------------------------------------------------------------- page 5: Taiwan 1976 中央日報-style page
@page
def p5():
    name = "zht_big5_tw_1976_minguo_date_zhongyangshe_xun_benbao_xun_banner_duanping_standing_head"
    head = "中華民國六十五年十一月三十日　星期二　　中原日報　第三版"
    W, ind = 20, "　　"
    t1 = "十大建設進度超前"
    s1 = "中山高速公路明年全線通車"
    a = "【中央社台北二十九日電】行政院今天舉行院會，聽取十大建設進度報告。交通部長在會中指出，中山高速公路各標工程進度均超前，預計明年年底全線通車。"
    b = "報告說，台中港第一期工程已完成百分之八十七，鐵路電氣化工程亦按計畫進行，各項建設所需經費均已籌措妥當。"
    b2 = "院長在會中指示，各有關機關應切實檢討施工品質，並注意工地安全，務使各項建設如期如質完成，以加速經濟發展，造福全體同胞。"
    t2 = "冬令救濟即將展開"
    t7 = "中部橫貫公路坍方搶通"
    g7 = "【中央社台中二十九日電】中部橫貫公路梨山至大禹嶺段因連日豪雨發生坍方，交通一度中斷。公路局第二區工程處動員工人二百餘名及推土機六部連夜搶修，今天下午五時恢復單線通車。"
    g8 = "工程處表示，坍方路段仍有落石危險，行經車輛應減速慢行，並注意工作人員指揮。"
    t4 = "大專聯招放榜在即"
    g4 = "【本報訊】本年度大專院校夜間部聯合招生委員會宣布，錄取名單將於十二月五日在各報刊登，考生亦可於當日上午九時起至各考區查詢。今年報考人數為二萬三千餘人，預定錄取六千八百名。"
    c = "【本報訊】台北市政府社會局今天表示，今年冬令救濟將自十二月十五日開始發放，凡列冊低收入戶每戶可領救濟金一千二百元及食米三十公斤。"
    dp = "短評"
    t3 = "節約能源人人有責"
    d = "能源危機殷鑑不遠，節約能源不能只靠政府呼籲，更須人人身體力行。隨手關燈、少用冷氣，都是舉手之勞；積少成多，即是國家之福。"
    L = [head, "", t1, s1, ""] + cjk_wrap(a, W, ind)
    w = cjk_wrap(b, W, ind)
    L += w[:1] + [""] + w[1:] + cjk_wrap(b2, W, ind) + ["", ""]
    L += [t2] + cjk_wrap(c, W, ind) + ["", ""]
    L += [t4] + cjk_wrap(g4, W, ind) + ["", ""]
    L += [t7] + cjk_wrap(g7, W, ind) + cjk_wrap(g8, W, ind) + ["", ""]
    L += ["【" + dp + "】", t3] + cjk_wrap(d, W, ind)
    gold = {"note": "", "page": {"furniture": [head], "date": "1976-11-30", "page": "第三版"},
            "articles": [
                art(t1, [a, b, b2], subtitle=s1, source=[None, "中央社"]),
                art(t2, [c]),
                art(t4, [g4]),
                art(t7, [g7, g8], source=[None, "中央社"]),
                art(t3, [d], section=[dp, None], kicker=[None, dp]),
            ]}
    return dict(name=name, ext="txt", enc="cp950", newline="\n", lines=L, gold=gold, dropped=["【】"], lifted=[""])


# ---------------------------------------------------------------- page 6: Polish regional page, cp1250
@page
def p6():
    name = "pl_cp1250_crlf_regional_nadtytul_lead_byline_fot_credit_pap_ciag_dalszy_na_str_hyphens"
    head = "GAZETA NADWARCIAŃSKA | Poniedziałek, 30 listopada 2026 | REGION | 4"
    k1 = "Komunikacja"
    t1 = "Nowy most na Warcie gotowy przed terminem"
    lead = "Przeprawa łącząca oba brzegi miasta zostanie otwarta w piątek. Kierowcy zaoszczędzą nawet kwadrans."
    by1 = "Katarzyna Wójcik"
    a = "Budowa mostu trwała dwadzieścia dwa miesiące i kosztowała 186 mln zł, z czego połowę pokryły środki unijne. Wykonawca zakończył prace o sześć tygodni wcześniej, niż przewidywała umowa."
    b = "– To najważniejsza inwestycja drogowa w mieście od trzydziestu lat – mówi prezydent Tomasz Żebrowski. Jak dodaje, w pierwszym dniu po otwarciu przejazd będzie bezpłatny także dla autobusów komunikacji miejskiej, a piesi i rowerzyści"
    cap = "Most ma 412 metrów długości i dwa pasy ruchu w każdą stronę."
    cr = "Fot. Marek Zieliński"
    jump = "(Ciąg dalszy na str. 6)"
    t2 = "Mniej bezrobotnych w powiecie"
    c = "Stopa bezrobocia w powiecie spadła w październiku do 4,1 proc. To najniższy poziom od początku prowadzenia statystyk. Najwięcej ofert pracy zgłosili pracodawcy z branży logistycznej i budowlanej."
    src2 = "(PAP)"
    L = [head, "", k1.upper(), t1, lead, by1, ""]
    L += en_wrap(a, WPL, ["środ-ki", "wcześ-niej"])
    w = en_wrap(b, WPL, ["inwesty-cja", "rowe-rzyści", "pierw-szym"])
    L += insert(w, 1, ["", cap + " " + cr, ""])
    L += [jump, "", "", t2]
    L += en_wrap(c, WPL, ["bezro-bocia", "logistycz-nej"]) + [src2]
    gold = {"note": "", "page": {"furniture": [head, jump], "date": "2026-11-30", "page": "4"},
            "articles": [
                art(t1, [a, b], section=[None, "REGION"], kicker=[k1.upper(), k1], subtitle=lead, byline=by1,
                    captions=[cap], credits=[cr]),
                art(t2, [c], section=[None, "REGION"], byline=[None, "PAP"], source=["PAP", src2]),
            ]}
    return dict(name=name, ext="txt", enc="cp1250", newline="\r\n", lines=L, gold=gold,
                dropped=["()", "--"], lifted=["", cap + " " + cr], hyphens=list(SPLITS_ALL))


# ---------------------------------------------------------------- page 7: Brazilian Portuguese page, UTF-8 BOM
@page
def p7():
    name = "pt_br_utf8bom_cidades_chapeu_linha_fina_da_reportagem_byline_foto_credit_leia_mais_agencia"
    head = "DIÁRIO DO PLANALTO  Segunda-feira, 30 de novembro de 2026  CIDADES  B3"
    k1 = "SAÚDE"
    t1 = "Mutirão zera fila de cirurgias de catarata"
    lf = "Hospital regional realizou 1.240 procedimentos em quatro semanas; novo mutirão está previsto para março"
    by1 = "Da Reportagem Local"
    a = "O mutirão de cirurgias oftalmológicas promovido pelo Hospital Regional de Santa Clara terminou no sábado com a fila de espera zerada. Segundo a Secretaria de Saúde, pacientes aguardavam até dois anos pelo procedimento."
    b = "“Muita gente voltou a ler e a dirigir depois de anos”, disse a coordenadora do programa, Ana Paula Ribeiro. O investimento foi de R$ 3,8 milhões, com recursos do estado e da União."
    cap = "Pacientes aguardam atendimento no hospital regional"
    cr = "Foto: Divulgação/SES"
    leia = "LEIA MAIS: Prefeitura amplia horário de postos de saúde (página B4)"
    t2 = "Chuva de granizo atinge zona rural"
    src2 = "AGÊNCIA ESTADUAL"
    c = "Uma chuva de granizo atingiu na tarde de domingo propriedades rurais de três municípios da região. A Defesa Civil informou que 85 casas tiveram telhas danificadas, mas não houve feridos."
    L = [head, "", k1, t1, lf, "", by1, ""]
    w = en_wrap(a, WPT, ["oftal-mológicas", "procedi-mento"])
    L += insert(w, 1, ["", cap, cr, ""])
    L += en_wrap(b, WPT, ["coorde-nadora", "investi-mento"]) + ["", leia, "", ""]
    L += [t2, src2] + en_wrap(c, WPT, ["proprie-dades", "danifi-cadas"])
    gold = {"note": "", "page": {"furniture": [head, leia], "date": "2026-11-30", "page": "B3"},
            "articles": [
                art(t1, [a, b], section=[None, "CIDADES"], kicker=k1, subtitle=lf, byline=by1, captions=[cap], credits=[cr]),
                art(t2, [c], section=[None, "CIDADES"], byline=[None, src2], source=src2),
            ]}
    return dict(name=name, ext="txt", enc="utf-8", newline="\n", lines=L, gold=gold, dropped=["--"],
                lifted=["", cap, cr], hyphens=list(SPLITS_ALL), bom=True)


# ---------------------------------------------------------------- page 8: 1930s US page, AP/UP/INS, decks
@page
def p8():
    name = "en_us_1934_ocr_ap_up_ins_wire_credits_caps_decks_dashes_dateline_continued_page_nine"
    head = "THE EVENING SENTINEL, MARYSVALE, OHIO, THURSDAY, NOVEMBER 29, 1934  PAGE ONE"
    t1 = "RELIEF ROLLS TO BE CUT IN SPRING"
    d1 = "Federal Aid Will Go Only To Jobless Able To Work, Hopkins Aide Says"
    by1 = "By the Associated Press"
    a = "WASHINGTON, Nov. 29.--Direct relief payments to some 400,000 families will be ended by spring, a spokesman for the emergency relief administration said today, as the government shifts its aid to work projects."
    b = "States will be asked to care for the aged and the sick, he said, while the federal funds go to road building, school repairs and flood control. Officials estimated the new program would cost $1,800,000,000 in the first year, but declined to say how the sum"
    jump = "(Continued on Page Nine)"
    t2 = "FLIERS DOWNED IN STORM SAFE"
    d2 = "Pair Walk Twenty Miles Through Snow To Farm House"
    by2 = "(By United Press)"
    c = "CHEYENNE, Wyo., Nov. 29.--Two mail pilots missing since Tuesday walked into a ranch house near Laramie today, tired but unhurt. They said they landed their plane on a frozen lake when ice formed on the wings."
    t3 = "STRIKE PARLEY ENDS"
    by3 = "(By International News Service)"
    e = "DETROIT, Nov. 29.--Negotiations between auto body workers and employers broke off tonight without agreement. A new meeting was called for Monday."
    L = [head, "", t1, "", d1, "", by1, ""]
    L += en_wrap(a, WEN, ["spokes-man", "adminis-tration"], "  ")
    L += en_wrap(b, WEN, ["esti-mated", "pro-gram"], "  ") + ["", jump, "", ""]
    L += [t2, d2, by2, ""] + en_wrap(c, WEN, ["un-hurt"], "  ") + ["", ""]
    L += [t3, by3, ""] + en_wrap(e, WEN, ["Negoti-ations", "employ-ers"], "  ")
    gold = {"note": "", "page": {"furniture": [head, jump], "date": "1934-11-29", "page": "PAGE ONE"},
            "articles": [
                art(t1, [a, b], subtitle=d1, byline=[None, by1, "the Associated Press", "Associated Press"], source=["Associated Press", by1]),
                art(t2, [c], subtitle=d2, byline=[None, by2, "United Press"], source=["United Press", by2]),
                art(t3, [e], byline=[None, by3, "International News Service"], source=["International News Service", by3]),
            ]}
    return dict(name=name, ext="txt", enc="utf-8", newline="\n", lines=L, gold=gold,
                dropped=["By the", "()", "By", "()", "By", "--"], lifted=[""], hyphens=list(SPLITS_ALL))


WPL, WPT, WEN = 41, 40, 37

SPLITS_ALL = ["środ-ki", "wcześ-niej", "inwesty-cja", "rowe-rzyści", "pierw-szym", "bezro-bocia", "logistycz-nej",
              "oftal-mológicas", "procedi-mento", "coorde-nadora", "investi-mento", "proprie-dades", "danifi-cadas",
              "spokes-man", "adminis-tration", "esti-mated", "pro-gram", "un-hurt", "Negoti-ations", "employ-ers"]

NOTES = {
    "zh_gb18030_fazhi_page_case_report_lushi_shuofa_box_tongxunyuan_editor_midsentence":
        "GB18030 (the reporter's name 刘䶮 is a 4-byte code: not valid GBK), LF, simplified. 滨江法制报 2026-11-30 第5版 法治, 3 articles, wrapped at 25 cells, "
        "U+3000 U+3000 indents, no blank line between paragraphs. Header (furniture). Article 1: kicker 以案说法 above the headline (with curly quotes), "
        "a byline line 本报通讯员　陈思远　记者　刘　䶮 under it (the whole line; names alone also accepted), a case report in 4 paragraphs; the editor line "
        "责任编辑… between blank lines inside a sentence of paragraph 3 (…其行为已构成诈骗罪。鉴 / 于其到案后…, inside the word 鉴于): furniture, joined. Article 2: the 【律师说法】 box "
        "(brackets dropped; title 律师说法; no byline: the lawyer is named in the text), 2 paragraphs. Article 3: a brief with no blank line before its "
        "headline, lead 本报讯（通讯员　韦　宁） stays in the paragraph (byline none or the name). Page name 法治 only in the header: section null or 法治.",
    "zh_gbk_crlf_wenzhai_digest_items_zhaizi_source_end_author_line_column_break_midsentence":
        "GBK, CRLF, simplified. 南湖文摘周报 2026-11-27 第3版 社会观察, a 文摘 page of 4 reprinted items, 21-cell columns, headline directly above the text "
        "(no blank line), one blank line between items. Every item ends with its source in brackets （摘自《X报》…）, kept as the paragraph's last words "
        "(source none or the paper's name); one also names 文／周　舟, one 作者：林　青 (byline none or the name). Item 1: two blank lines (column break) inside a "
        "sentence of paragraph 2 (…“关键是要 / 做出本地人喜欢的口味”…): joined, not a break.",
    "zh_utf16le_bom_1958_renmin_gongshe_slogan_banners_benbaoxun_xiaozu_byline_end":
        "UTF-16 LE with BOM, CRLF, simplified. 红旗日报 1958-10-12 第二版, a 人民公社-era page, 4 articles, 18-cell columns. Two slogans set as banners "
        "(鼓足干劲… at the top, 人民公社好！ between blank lines inside a sentence of article 1 paragraph 2): furniture, not titles or sections; joined. "
        "Leads 本报讯　 stay in the paragraph; article 2 ends with a right-set （青山人民公社通讯组）: the byline (the name without brackets also accepted), not a paragraph.",
    "zh_utf8_gonggao_zhaobiao_notices_page_numbered_items_right_set_issuer_date_tel":
        "UTF-8, LF, simplified. 江州日报 2026-11-30 第15版 公告, a notices page, 4 notices (招标公告, 遗失声明, 注销公告, 拍卖公告), 26-cell columns. Numbered "
        "clauses 一、…四、 of the 招标公告 are paragraphs (not headings). The advertising-hotline footer is read inside a sentence of clause 二 (…总承包 / 二级及以上资质…): "
        "furniture, joined. Right-set issuer and date lines under notices go to credits (unscored); byline none or the issuer. Phone numbers with a space "
        "(0571-8600 1234) stay as printed.",
    "zht_big5_tw_1976_minguo_date_zhongyangshe_xun_benbao_xun_banner_duanping_standing_head":
        "cp950 (Big5), LF, traditional. 中原日報 民國六十五年十一月三十日 (1976-11-30) 第三版, a 1970s Taiwan page, 5 articles, 20-cell columns. Article 1: "
        "headline + 副題 (subtitle), lead 【中央社台北二十九日電】 stays in paragraph 1 (source none or 中央社); a blank line (column break) inside a sentence "
        "of paragraph 2: joined. Articles 2 and 3: 【本報訊】 leads, stay in the paragraph. Article 4: another 【中央社台中二十九日電】 story, 2 paragraphs. Article 5: the standing head 【短評】 (brackets dropped) above its "
        "title: section 短評 (kicker also accepted).",
    "pl_cp1250_crlf_regional_nadtytul_lead_byline_fot_credit_pap_ciag_dalszy_na_str_hyphens":
        "Windows-1250, CRLF, Polish (ą ę ł ń ś ź ż). Gazeta Nadwarciańska 2026-11-30, page 4, REGION, 2 articles; ragged 41 columns, no indent, no blank line "
        "between paragraphs. Article 1: nadtytuł KOMUNIKACJA (kicker; mixed case accepted), headline, lead line (subtitle), byline line Katarzyna Wójcik; "
        "paragraph 2 opens with a dash quote; a caption + Fot. Marek Zieliński on one line between blank lines inside a sentence of paragraph 2: caption "
        "+ credits, joined; the story breaks off before (Ciąg dalszy na str. 6) (furniture). Article 2: end line (PAP): source PAP (byline none or PAP). "
        "Line-end hyphens dropped: wcześ-niej, rowe-rzyści.",
    "pt_br_utf8bom_cidades_chapeu_linha_fina_da_reportagem_byline_foto_credit_leia_mais_agencia":
        "UTF-8 with BOM, LF, Brazilian Portuguese. Diário do Planalto 2026-11-30, B3, CIDADES, 2 articles, ragged 40 columns. Article 1: chapéu SAÚDE "
        "(kicker), headline, linha fina (subtitle), byline Da Reportagem Local; a caption line and its credit line Foto: Divulgação/SES between blank lines "
        "inside a sentence of paragraph 1: caption + credits, joined; LEIA MAIS pointer (furniture); R$ 3,8 milhões. Article 2: agency line AGÊNCIA "
        "ESTADUAL under the headline: source (byline none or the agency). Line-end hyphens dropped: procedi-mento, investi-mento.",
    "en_us_1934_ocr_ap_up_ins_wire_credits_caps_decks_dashes_dateline_continued_page_nine":
        "UTF-8, LF, 1934 US evening paper, page one, 3 wire stories, ragged 37 columns, 2-space indent. Capital headlines, mixed-case decks (subtitle), "
        "wire credits By the Associated Press / (By United Press) / (By International News Service): the source (the agency name; the printed line also "
        "accepted; byline none or the line). Datelines with a double hyphen WASHINGTON, Nov. 29.-- stay in paragraph 1. Article 1 breaks off mid-sentence "
        "before (Continued on Page Nine) (furniture). Line-end hyphens dropped: adminis-tration, employ-ers.",
}
if __name__ == "__main__":
    run(HERE, "holdout15", PAGES, NOTES)
