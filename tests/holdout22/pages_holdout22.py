"""Page texts for make_holdout22_pages.py (all papers, people, places, firms and events invented)."""

from plainpages import A

PAGES = []

# 1 ---------------------------------------------------------------- 证券 page with an index box
PAGES.append(
    dict(
        key="zhengquan",
        not_enc=["utf-8"],
        name="zh_gbk_crlf_zhengquan_stock_page_hangqing_index_box_list_lines_shouping_kicker_byline_line_chart_caption_zhitu_midsentence_xiazhuan_jump_gongsi_dongtai_items_fengxian_tishi_furniture",
        enc="gbk",
        bom=False,
        crlf=True,
        width=40,
        cjk=True,
        date="2026-11-26",
        page="B2",
        note="滨江商报 B2 证券, GBK, CRLF. Masthead (3 furniture lines). A 市场数据 box: label, title 昨日收盘, five index/turnover lines kept whole (one paragraph each), source line 数据来源 (the box's last paragraph). 收评 under the kicker 沪深股市 with a byline line; the chart caption and 本报数据部\u3000制图 dropped inside a sentence of paragraph 2; the last paragraph ends mid-sentence at （下转B3版）. 公司动态: four ■ items (■ is markup), the running head inside the second. 投资者说 column signed □\u3000秦\u3000川. Foot: the risk notice (furniture).",
        pieces=[
            "f:滨江商报",
            "f:2026年11月26日　星期四　B2　证券",
            "f:本版主编　韦　东　　美编　邵　兰",
            "",
            A(
                section=[None, "市场数据"],
                kicker=["市场数据", None],
                title="昨日收盘",
                head=["x:市场数据", "x:昨日收盘", ""],
                raw=True,
                paragraphs=[
                    "上证指数　　3412.56　　+28.07　　+0.83%",
                    "深证成指　　10863.19　　+121.44　　+1.13%",
                    "创业板指　　2187.40　　+35.62　　+1.66%",
                    "沪深两市成交额　　9846亿元",
                    "上涨家数　　3871　　下跌家数　　1264",
                    "数据来源：本报数据部",
                ],
                tail=[""],
            ),
            A(
                kicker="沪深股市",
                title="券商板块领涨　两市成交额逼近万亿",
                head=["x:沪深股市", "x:券商板块领涨　两市成交额逼近万亿", "x:本报记者　陆文彬", ""],
                byline=["本报记者　陆文彬", "陆文彬"],
                paragraphs=[
                    "昨日沪深股市震荡走高，三大指数全线收涨。券商、软件服务和电力设备板块涨幅居前，煤炭、银行板块小幅调整。两市成交额较前一交易日放大逾一千二百亿元，北向资金全天净买入46.3亿元。",
                    "早盘两市小幅低开，随后券商股集体发力，带动指数翻红。午后软件服务板块接力上攻，多只个股涨停，创业板指涨幅一度超过2%。临近收盘部分资金获利了结，指数涨幅有所收窄。",
                    "从个股表现看，两市超过七成个股上涨，涨停个股92只，跌停个股9只。本地上市公司中，江海电缆、恒峰物流涨幅居前，南湖药业小幅收跌。有分析人士指出，成交量能否持续放大，是判断行情能否延续的关键。",
                    "滨江证券首席策略分析师程浩然认为，近期市场成交持续活跃，说明场外资金入市意愿增强，但指数在3400点附近面临前期密集成交区的压力，短期或以震荡为主。他建议投资者关注业绩确定性较高的板块，不宜盲目追高，",
                ],
                ins={(1, 1): ["", "c:图为昨日上证指数分时走势。", "k:本报数据部　制图", ""]},
                tail=["f:（下转B3版）", ""],
            ),
            "x:公司动态",
            "",
            A(
                section=["公司动态", None],
                kicker=[None, "公司动态"],
                title="江海电缆拟投资12亿元建设新基地",
                head=["x:■江海电缆拟投资12亿元建设新基地"],
                paragraphs=[
                    "江海电缆昨晚公告，公司拟在滨江经济开发区投资12亿元建设海底电缆生产基地，项目分两期建设，预计2028年底全部投产，达产后可新增年产值约30亿元。"
                ],
            ),
            A(
                section=["公司动态", None],
                kicker=[None, "公司动态"],
                title="南湖药业一款新药获批上市",
                head=["x:■南湖药业一款新药获批上市"],
                paragraphs=[
                    "南湖药业公告，公司研发的治疗慢性心力衰竭的一类新药已获国家药品监督管理局批准上市。公司表示，该药的上市将丰富公司心血管产品线，但短期内对公司业绩影响较小。"
                ],
                ins={(0, 1): ["f:滨江商报　2026.11.26　证券　B2"]},
            ),
            A(
                section=["公司动态", None],
                kicker=[None, "公司动态"],
                title="恒峰物流前三季度净利增长两成",
                head=["x:■恒峰物流前三季度净利增长两成"],
                paragraphs=[
                    "恒峰物流披露，公司前三季度实现营业收入58.7亿元，同比增长14.2%；实现净利润3.1亿元，同比增长20.6%。公司称，冷链业务量增长较快，是业绩增长的主要原因。"
                ],
            ),
            A(
                section=["公司动态", None],
                kicker=[None, "公司动态"],
                title="滨海智能下周申购",
                head=["x:■滨海智能下周申购"],
                paragraphs=[
                    "滨海智能将于12月1日开始网上申购，发行价格为每股18.56元，申购上限为1.2万股。公司主要生产工业机器人减速器，本次募集资金将用于扩大产能和建设研发中心。"
                ],
            ),
            "",
            A(
                section=["投资者说", None],
                kicker=[None, "投资者说"],
                title="别让“消息股”掏空钱袋子",
                head=["x:投资者说", "x:别让“消息股”掏空钱袋子", "x:□　秦　川", ""],
                byline=["秦川", "□　秦　川"],
                paragraphs=[
                    "每逢行情转暖，各种“内部消息”就在群里流传开来，某某股要重组、某某公司要拿大单，说得有鼻子有眼。不少投资者信以为真，追进去之后才发现消息子虚乌有，股价一路下跌。",
                    "投资说到底是对公司价值的判断。与其四处打听消息，不如静下心来读读公司的年报和公告，看看它靠什么赚钱、赚的钱是不是真金白银。市场越热闹，越要守住自己的钱袋子。",
                    "监管部门近年来持续打击编造、传播虚假信息的行为，投资者如果发现有人荐股收费、承诺收益，应当提高警惕，必要时向监管部门举报，不给骗子可乘之机。",
                ],
            ),
            "",
            "f:本版信息仅供参考，不构成投资建议。据此操作，风险自担。",
        ],
    )
)

# 2 ---------------------------------------------------------------- 高考 page with a 咨询 Q&A column
PAGES.append(
    dict(
        key="gaokao",
        not_enc=["gbk"],
        name="zh_utf8bom_gaokao_jiaoyu_page_pici_fenshuxian_list_lines_zhaosheng_zixun_qa_wen_da_paragraphs_dayi_zhuanjia_byline_running_head_midsentence_kaosheng_jiazhang_signature_tixing_box",
        enc="utf-8",
        bom=True,
        crlf=False,
        width=42,
        cjk=True,
        date="2026-06-25",
        page="7",
        note="临川晚报 教育周刊 page 7, UTF-8 with BOM, LF. Lead: kicker, title, 本报讯（记者\u3000邹晴） lead, three 批次线 lines (one paragraph each), the running head inside a sentence. 招生咨询 Q&A column: head, answering expert line (byline), three 问：/答： pairs, one paragraph each; the asker's bracketed signature stays in the 问 paragraph. 本报讯 brief with two names; 温馨提示 box. Foot: editor and phone line.",
        pieces=[
            "f:临川晚报　教育周刊",
            "f:2026年6月25日　星期四　第7版",
            "",
            A(
                kicker="今日起可查询高考成绩",
                title="我省公布2026年普通高校招生录取控制分数线",
                head=["x:今日起可查询高考成绩", "x:我省公布2026年普通高校招生录取控制分数线", ""],
                byline=[None, "邹晴"],
                paragraphs=[
                    "本报讯（记者　邹晴）6月24日，省教育考试院公布了我省2026年普通高校招生各批次录取控制分数线。考生可从6月25日零时起，通过省教育考试院网站或手机短信查询本人成绩。",
                    "各批次录取控制分数线如下：",
                    "本科一批　物理类　523分　历史类　531分",
                    "本科二批　物理类　418分　历史类　446分",
                    "高职专科批　200分",
                    "省教育考试院提醒，考生如对成绩有疑问，可在6月27日前向所在市、县招生考试机构申请复核。志愿填报将于6月30日开始，分三个阶段进行，考生须在规定时间内登录网上填报系统，逾期不予补报。",
                ],
                ins={(5, 2): ["f:教育周刊　2026.6.25"]},
            ),
            "",
            A(
                section=["招生咨询", None],
                kicker=[None, "招生咨询"],
                title="分数出来了，志愿怎么填？",
                head=["x:招生咨询", "x:分数出来了，志愿怎么填？", "x:答疑专家：谭立新（临川大学招生办公室主任）", ""],
                byline=["答疑专家：谭立新（临川大学招生办公室主任）", "谭立新"],
                paragraphs=[
                    "问：孩子考了物理类541分，刚过一本线不多，是冲一冲好学校，还是求稳选一般的学校？（考生家长　周女士）",
                    "答：分数刚过线的考生，建议采用“冲、稳、保”的梯度填报。可以拿出一两个志愿冲一冲往年录取位次略高于自己的学校，中间志愿填报位次相当的学校，最后一定要留出两三个保底志愿。填报时要看位次，不要只看分数。",
                    "问：服从专业调剂有什么好处？会不会被调到不喜欢的专业？（考生　黄子轩）",
                    "答：服从调剂可以大大降低退档的风险。确实有可能被调到不太理想的专业，但很多高校允许新生入学后申请转专业。考生可以提前查阅高校招生章程，了解转专业的条件和比例。",
                    "问：我想报考师范类专业，听说有公费师范生，报考有什么条件？（考生　廖思雨）",
                    "答：公费师范生在提前批录取，免缴学费和住宿费，并按月发放生活补助，但毕业后须回生源所在县的中小学任教六年以上。报考前要和家人商量好，并按要求参加面试。",
                ],
            ),
            "",
            A(
                title="市教育局开通志愿填报公益咨询热线",
                head=["x:市教育局开通志愿填报公益咨询热线", ""],
                byline=[None, "邹晴"],
                paragraphs=[
                    "本报讯（记者　邹晴　通讯员　卢静）为帮助考生科学填报志愿，市教育局从6月26日起开通公益咨询热线，由全市四十余名有经验的高中教师轮流值守，每天上午9点至晚上9点免费为考生和家长答疑。",
                ],
            ),
            "",
            A(
                section=["温馨提示", None],
                kicker=[None, "温馨提示"],
                title="谨防“志愿填报”骗局",
                head=["x:温馨提示", "x:谨防“志愿填报”骗局", ""],
                paragraphs=[
                    "每年高考成绩公布后，总有一些机构打着“内部指标”“低分高录”的幌子收取高额费用。省教育考试院提醒，高校招生没有任何“内部指标”，考生和家长切勿轻信，一旦发现可拨打当地招生考试机构电话举报。",
                ],
            ),
            "",
            "f:本版编辑　方　芳　　电话　0794-8812345",
        ],
    )
)

# 3 ---------------------------------------------------------------- 1984 通讯 with 小标题 and a 短评
PAGES.append(
    dict(
        key="tongxun1984",
        not_enc=["utf-8"],
        name="zh_utf16le_bom_1984_dangbao_tongxun_yinti_zhuti_byline_line_xiao_biaoti_headings_duanping_box_benbao_pinglunyuan_xinhuashe_dianxun_dateline_running_head_midsentence",
        enc="utf-16-le",
        bom=True,
        crlf=False,
        width=34,
        cjk=True,
        date="1984-05-12",
        page="2",
        note="江南日报 1984-05-12 第二版, UTF-16 LE with BOM, LF. A 通讯 under a 引题 (kicker) with a byline line 本报记者\u3000X\u3000通讯员\u3000Y and three 小标题 (headings) before paragraphs 2-4; the running head inside a sentence of paragraph 3. A 短评 signed 本报评论员. A 本报讯 item with no reporter. A 新华社 dispatch (dateline stays in paragraph 1).",
        pieces=[
            "f:江南日报",
            "f:一九八四年五月十二日　星期六　第二版",
            "",
            A(
                kicker="记专业户刘桂芳承包鱼塘",
                title="一塘春水富一家",
                head=["x:记专业户刘桂芳承包鱼塘", "x:一塘春水富一家", "x:本报记者　钱国梁　通讯员　吴长顺", ""],
                byline=["本报记者　钱国梁　通讯员　吴长顺", "钱国梁"],
                paragraphs=[
                    "清晨，薄雾还没有散去，刘桂芳已经撑着小船在塘里投放饲料了。这位四十二岁的农家妇女，是湖口公社前进大队有名的养鱼专业户。去年，她承包的二十三亩鱼塘产鲜鱼一万一千多斤，纯收入六千二百元。",
                    "前进大队的这口塘，过去归生产队集体养鱼，年年亏本，后来干脆荒着。一九八二年春天，大队实行鱼塘承包，刘桂芳第一个报了名。有人劝她：“这口塘是个无底洞，你一个妇道人家，莫去背这个包袱。”她没有动摇，和丈夫一起清塘、修坝，一个冬天挑了两千多担塘泥。手上磨出了血泡，她用布条一缠，第二天照样下塘。",
                    "头一年，塘里的鱼得了病，死了不少。刘桂芳急得睡不着觉。她步行十几里路跑到县水产站请教技术员，又托人从城里买来养鱼的书，晚上就着煤油灯一页一页地看。她学会了合理搭配鱼种、按时防病，第二年鱼塘产量翻了一番。去年冬天，她又拿出一千元钱，在塘边盖起了两间饲料房，还买了一台粉碎机，把米糠、豆饼粉碎了喂鱼，成本降了不少。",
                    "日子好过了，刘桂芳没有忘记乡亲们。她把自己摸索出来的经验讲给大家听，还赊给困难户鱼苗一万多尾。在她的带动下，大队今年又有十一户社员承包了鱼塘。有人问她今后有什么打算，她擦了擦手上的饲料，笑着说：“等塘里的鱼再多些，我想办个鱼苗场，让全公社的人都养上好鱼。”",
                ],
                pre={1: ["h:包下荒塘"], 2: ["h:向书本要办法"], 3: ["h:富了不忘乡亲"]},
                ins={(2, 2): ["f:江南日报　一九八四年五月十二日　第二版"]},
            ),
            "",
            A(
                section=["短评", None],
                kicker=[None, "短评"],
                title="为专业户撑腰",
                head=["x:短评", "x:为专业户撑腰", "x:本报评论员", ""],
                byline=["本报评论员", None],
                paragraphs=[
                    "刘桂芳靠勤劳和科学致富，是一件大好事。可是，有的地方对专业户还不放心，怕他们富得太快，又是摊派，又是眼红，甚至有人说他们是“钻了政策的空子”。这种做法是不对的，它挫伤的是农民发展生产的积极性。",
                    "各级领导要为专业户撑腰，帮助他们解决资金、技术、销路上的困难，让更多的农民放开手脚，勤劳致富。农民富起来了，国家才能富起来。",
                ],
            ),
            "",
            A(
                title="湖口公社办起农民技术夜校",
                head=["x:湖口公社办起农民技术夜校", ""],
                paragraphs=[
                    "本报讯　湖口公社今年春天办起了农民技术夜校，每周一、四晚上各上课一次，请县农技站、水产站的技术员讲课，内容有水稻栽培、养鱼、养猪和果树管理。开学两个月来，已有三百多名青年农民报名听课，最远的学员要走七八里山路。",
                    "夜校不收学费，课本由公社印发。不少学员说，听了课，心里有了底，种田养鱼的门道也多了。前进大队青年社员周小毛去年学会了柑桔嫁接，今年帮本队和邻队嫁接了两千多株，自己也增加了收入。公社党委书记表示，夜校要一直办下去，还准备请省里的专家来讲课。",
                ],
            ),
            "",
            A(
                title="全省夏粮长势良好",
                head=["x:全省夏粮长势良好", ""],
                source=[None, "新华社"],
                paragraphs=[
                    "新华社南昌五月十一日电　据省农业厅调查，全省今年小麦、油菜长势普遍好于去年。目前，各地正抓紧田间管理，防治病虫害，力争夏粮夏油丰收。据预测，今年全省夏粮总产可望比去年增长一成左右，油菜籽增产的幅度更大。",
                ],
            ),
            "",
            "f:本版编辑　张志远",
        ],
    )
)

# 4 ---------------------------------------------------------------- Taiwan 地方版 with 鄉鎮 briefs
PAGES.append(
    dict(
        key="difang",
        not_enc=["utf-8", "big5"],
        name="zht_cp950_crlf_taiwan_difang_ban_xiangzhen_place_label_briefs_jizhe_xiang_baodao_leads_caption_sheying_midsentence_xiajie_jump_cp950_only_char",
        enc="cp950",
        bom=False,
        crlf=True,
        width=34,
        cjk=True,
        date="2026-11-24",
        page="B3",
        note="南嶺日報 B3 嘉南地方, cp950 (圍碁's 碁 is outside strict Big5), CRLF. ROC date. Lead: 引題, 主題 with a full-width space, 【記者X／後壁報導】 lead, caption + （記者X／攝影） inside a sentence, （下接B4版） after a cut sentence. 鄉鎮快遞 column: six items, each a 【鄉鎮】 place label over its head, with a 【記者X／鄉鎮報導】 lead; the running head inside the third.",
        pieces=[
            "f:南嶺日報",
            "f:中華民國一一五年十一月二十四日　星期二　B3　嘉南地方",
            "",
            A(
                kicker="返鄉青年接手老稻田",
                title="有機米打進超商　老農笑開懷",
                head=["x:返鄉青年接手老稻田", "x:有機米打進超商　老農笑開懷", ""],
                byline=[None, "蔡明志"],
                paragraphs=[
                    "【記者蔡明志／後壁報導】後壁區三十二歲青年黃冠霖三年前辭去台北的工程師工作，回鄉接手祖父留下的四公頃稻田，改種有機米。今年一期稻作收成後，他與連鎖超商簽約，自有品牌「菁寮米」正式上架，讓一起契作的十二位老農收入增加近三成。",
                    "今年六十八歲的老農陳阿土說，他種了一輩子的田，從來沒想過自己種的米可以放在便利商店賣，「少年仔肯做，我們這些老的也願意跟著試看看」。他的兩分地今年改為有機耕作，收購價比公糧高出一倍。",
                    "黃冠霖說，剛回來時，阿公反對他不噴農藥，說「草會比稻子長得快」。他只好每天清晨下田拔草，晚上上網找資料，還到農改場上課，向專家請教病蟲害的防治方法。第一年產量只有慣行農法的六成，虧了將近四十萬元，連女朋友都勸他回台北。但他堅持下來，還把稻田旁的空地改成農事體驗區，讓都市來的親子遊客下田插秧，增加一些收入。幾年下來，土壤慢慢變好，",
                ],
                ins={(1, 1): ["", "c:黃冠霖（右）與老農在稻田邊檢視剛收割的稻穀。", "k:（記者蔡明志／攝影）", ""]},
                tail=["f:（下接B4版）", ""],
            ),
            "x:鄉鎮快遞",
            "",
            A(
                section=["鄉鎮快遞", None],
                kicker=["【新營】", "新營", None],
                title="老街彩繪牆完工",
                head=["x:【新營】", "x:老街彩繪牆完工"],
                byline=[None, "林佩君"],
                paragraphs=[
                    "【記者林佩君／新營報導】新營區公所邀請在地藝術家，在中正路老街兩側十八面牆上完成彩繪，主題為早年糖廠五分車與甘蔗田，吸引不少民眾前往拍照。區長表示，明年將再爭取經費，把彩繪延伸到火車站前的巷弄。"
                ],
            ),
            A(
                section=["鄉鎮快遞", None],
                kicker=["【鹽水】", "鹽水", None],
                title="蜂炮古蹟導覽班開課",
                head=["x:【鹽水】", "x:蜂炮古蹟導覽班開課"],
                byline=[None, "林佩君"],
                paragraphs=[
                    "【記者林佩君／鹽水報導】鹽水區文史協會開辦古蹟導覽人員培訓班，共有四十五位居民報名，課程包括武廟歷史、月津港變遷及解說技巧，結業後將在明年元宵節期間上場服務遊客，向遊客介紹蜂炮的由來與習俗。"
                ],
            ),
            A(
                section=["鄉鎮快遞", None],
                kicker=["【白河】", "白河", None],
                title="國小學童圍碁賽奪冠",
                head=["x:【白河】", "x:國小學童圍碁賽奪冠"],
                byline=[None, "陳怡安"],
                paragraphs=[
                    "【記者陳怡安／白河報導】白河國小學童在全縣國小圍碁錦標賽中表現亮眼，拿下團體組冠軍及個人組兩面金牌。指導老師吳文雄說，學校每週三下午開設圍碁社團，孩子們都很投入，有幾位學生假日還會到社區的老人會找阿公下棋。"
                ],
                ins={(0, 2): ["f:南嶺日報　嘉南地方　B3"]},
            ),
            A(
                section=["鄉鎮快遞", None],
                kicker=["【柳營】", "柳營", None],
                title="酪農推鮮乳節",
                head=["x:【柳營】", "x:酪農推鮮乳節"],
                byline=[None, "蔡明志"],
                paragraphs=[
                    "【記者蔡明志／柳營報導】柳營區酪農產業發展協會下月六日在八老爺牧場舉辦鮮乳節，現場有擠牛奶體驗、鮮乳品嚐及親子彩繪，協會並推出在地鮮乳禮盒，盼讓更多人認識柳營的乳品產業。"
                ],
            ),
            A(
                section=["鄉鎮快遞", None],
                kicker=["【將軍】", "將軍", None],
                title="漁港夜市試營運",
                head=["x:【將軍】", "x:漁港夜市試營運"],
                byline=[None, "林佩君"],
                paragraphs=[
                    "【記者林佩君／將軍報導】將軍漁港假日夜市本週五起試營運三個月，共有六十個攤位，以在地漁獲及小吃為主。區公所表示，將視試營運情形及附近居民意見，再決定是否常態經營，也會加派人員維持交通及環境清潔。"
                ],
            ),
            A(
                section=["鄉鎮快遞", None],
                kicker=["【東山】", "東山", None],
                title="咖啡節週末登場",
                head=["x:【東山】", "x:咖啡節週末登場"],
                byline=[None, "陳怡安"],
                paragraphs=[
                    "【記者陳怡安／東山報導】東山咖啡節本週六、日在仙湖休閒農場舉行，二十多家在地咖啡莊園將設攤，提供手沖體驗及烘豆教學，區公所並規劃接駁車往返東山市區，並呼籲民眾多利用大眾運輸前往，以免山路塞車。"
                ],
            ),
            "",
            "f:本版主編　謝雅雯",
        ],
    )
)

# 5 ---------------------------------------------------------------- HK 2000s 體育 page, Big5-HKSCS
PAGES.append(
    dict(
        key="tiyu",
        not_enc=["utf-8", "cp950", "big5"],
        name="zht_big5hkscs_hk_2008_tiyu_page_jiazu_liansai_jifenbang_table_rows_match_report_cantonese_quotes_gaa_zo_hai_caption_midsentence_tiyu_kuaixun_items",
        enc="big5hkscs",
        bom=False,
        crlf=False,
        width=36,
        cjk=True,
        date="2008-03-17",
        page="C2",
        note="維城日報 2008-03-17 C2 體育, Big5-HKSCS (嘅 咗 喺 哋 啲 outside cp950), LF. Match report with Cantonese quotes, caption + credit inside a sentence; a second report; 甲組聯賽積分榜 (header row and four rows, one paragraph each); 波經閒談 column signed 文：阿強; 體育快訊 items (head line directly over text), the running head inside the third.",
        pieces=[
            "f:維城日報　體育",
            "f:二○○八年三月十七日　星期一　C2",
            "",
            A(
                kicker="甲組聯賽",
                title="東灣補時絕殺　三分帶走",
                head=["x:甲組聯賽", "x:東灣補時絕殺　三分帶走", ""],
                byline=[None, "梁家豪"],
                paragraphs=[
                    "【本報記者梁家豪報道】甲組聯賽昨日在旺角大球場上演榜首之爭，東灣憑替補前鋒區志恒補時第三分鐘的頭槌，以二比一擊敗北嶺，將領先優勢擴大至五分。昨日入場觀眾達四千三百人，是本季聯賽的最高紀錄。",
                    "北嶺開賽後控制大局，上半場第二十分鐘先開紀錄，巴西外援施路華右路突破後低射入網。換邊後東灣加強攻勢，第六十八分鐘由隊長馮家俊罰入十二碼扳平。當全場以為賽果已定之際，區志恒接應角球頂入，全場東灣球迷歡聲雷動，多名後備球員衝入場內慶祝，球證向其中兩人出示黃牌。",
                    "賽後區志恒笑言：「我入場之前教練同我講，最後嗰幾分鐘一定有機會，叫我喺禁區等。我頂嗰陣都唔知入咗未，聽到啲球迷叫先知。」東灣主教練黎啟明則表示：「今場贏得好辛苦，但聯賽仲有六輪，冇嘢係穩陣嘅。」",
                    "北嶺主帥彭家輝對球隊補時失守感到失望，他認為球員在最後階段注意力不足：「我哋輸咗場波唔緊要，最緊要係學識點樣守住。」北嶺下週中將作客南區，補賽一場。",
                ],
                ins={(1, 2): ["", "c:區志恒（中）頂入致勝球後與隊友慶祝。", "k:本報記者　何志強攝", ""]},
            ),
            "",
            A(
                title="南區大勝警察　升上第三",
                head=["x:南區大勝警察　升上第三", ""],
                byline=[None, "鄧偉文"],
                paragraphs=[
                    "【本報記者鄧偉文報道】另一場賽事，南區在香港仔運動場以四比零大勝維城警察，積分升上第三位。南區前鋒杜子健獨中兩元，連同上輪賽事，他已連續三場有入球，暫時以十四球高踞射手榜首位。警察方面，門將梁振華上半場受傷退下，後備門將經驗不足，連失三球，全隊士氣大受打擊。",
                    "杜子健賽後表示：「隊友傳得好，我只係負責射。希望下一場可以繼續贏落去。」",
                ],
            ),
            "",
            A(
                title="甲組聯賽積分榜",
                head=["x:甲組聯賽積分榜"],
                raw=True,
                paragraphs=[
                    "球隊　　賽　勝　和　負　積分",
                    "東灣　　22　15　4　3　49",
                    "北嶺　　22　13　5　4　44",
                    "南區　　21　12　3　6　39",
                    "維城警察　22　10　6　6　36",
                ],
                tail=[""],
            ),
            A(
                section=["波經閒談", None],
                kicker=[None, "波經閒談"],
                title="本地球員要有機會",
                head=["x:波經閒談", "x:本地球員要有機會", "x:文：阿強", ""],
                byline=["文：阿強", "阿強"],
                paragraphs=[
                    "區志恒今季大部分時間坐後備席，昨日一上場就做英雄，證明本地球員唔係冇料，只係欠缺機會。不少球會寧願花錢請外援，也不願意給年輕球員上陣時間，長遠來說對香港足球並無好處。",
                    "希望各球會主教練多啲信任本地小將，畀佢哋喺比賽中成長。球迷入場睇波，都係想睇到自己人落場。",
                ],
            ),
            "",
            "x:體育快訊",
            "",
            A(
                section=["體育快訊", None],
                kicker=[None, "體育快訊"],
                title="港隊乒乓球員晉級八強",
                head=["x:港隊乒乓球員晉級八強"],
                paragraphs=[
                    "在卡塔爾舉行的國際乒乓球公開賽昨日進行女單第三圈賽事，港隊小將鄺詠琪以四比二擊敗日本選手，晉級八強。她賽後說：「今日發揮得幾好，下一場會盡力。」八強賽她將對賽韓國種子球員，兩人過往對賽一勝一負。"
                ],
            ),
            A(
                section=["體育快訊", None],
                kicker=[None, "體育快訊"],
                title="維馬報名人數創新高",
                head=["x:維馬報名人數創新高"],
                paragraphs=[
                    "維城馬拉松籌委會公布，今年賽事報名人數超過五萬二千人，創歷屆新高。籌委會提醒跑手注意天氣，賽前一晚要早啲休息。"
                ],
            ),
            A(
                section=["體育快訊", None],
                kicker=[None, "體育快訊"],
                title="學界籃球賽決賽週六舉行",
                head=["x:學界籃球賽決賽週六舉行"],
                paragraphs=[
                    "學界籃球比賽男子甲組決賽將於本週六在修頓室內場館舉行，由衛冕冠軍聖保祿書院對維城華仁中學。主辦單位預計入場觀眾超過一千人，門票免費派發，即日起可到各區體育館索取，每人限取兩張。"
                ],
                ins={(0, 1): ["f:維城日報　C2　二○○八年三月十七日"]},
            ),
            "",
            "f:體育版編輯：盧國雄",
        ],
    )
)

# 6 ---------------------------------------------------------------- 讣告 and 启事 page, GB18030
PAGES.append(
    dict(
        key="fugao",
        not_enc=["utf-8", "gbk"],
        name="zh_gb18030_lf_difang_dangbao_fugao_zhisang_weiyuanhui_signed_shengping_obituary_gengzheng_qishi_xunren_qishi_yishi_shengming_ads_furniture_rare_char_name",
        enc="gb18030",
        bom=False,
        crlf=False,
        width=36,
        cjk=True,
        date="2026-11-19",
        page="4",
        note="渠州日报 第4版 综合, GB18030 (the name 王𬘭, U+2C62D, is outside GBK), LF. An official 讣\u3000告 signed by the 治丧委员会 (byline) with a date line (credit); the 生平 with the running head inside a sentence; a 本报讯 news story; 更正启事 signed 本报编辑部; 寻人启事; 迁址启事 signed by the office; paid 遗失声明 lines and the ad/editor line are furniture.",
        pieces=[
            "f:渠州日报",
            "f:2026年11月19日　星期四　第4版　综合",
            "",
            A(
                title="讣　告",
                head=["x:讣　告", ""],
                byline=["王𬘭同志治丧委员会", None],
                paragraphs=[
                    "渠州市政协原副主席、中国共产党优秀党员王𬘭同志，因病医治无效，于2026年11月16日14时20分在渠州逝世，享年八十六岁。",
                    "王𬘭同志遗体告别仪式定于2026年11月20日上午9时在渠州市殡仪馆举行。",
                ],
                tail=["x:　　　　　　　　　　王𬘭同志治丧委员会", "k:　　　　　　　　　　　　2026年11月18日", ""],
            ),
            A(
                title="王𬘭同志生平",
                head=["x:王𬘭同志生平", ""],
                paragraphs=[
                    "王𬘭同志，1940年3月出生于渠州县三汇镇，1958年参加工作，1961年加入中国共产党。",
                    "王𬘭同志早年在渠州县农业局从事农业技术推广工作，长期深入田间地头，主持推广的水稻旱育稀植技术在全县普及，使粮食单产提高两成以上。改革开放后，他先后任县农业局副局长、局长，副县长，1998年任渠州市政协副主席，2003年退休。在政协工作期间，他多次带队深入山区调研，提出的关于加快山区农村道路建设的提案，推动全市新修村道三百多公里。",
                    "王𬘭同志一生忠诚于党，坚持原则，作风朴实，生活节俭，对自己和家属要求严格，从不利用职权为亲友谋取私利。退休后仍关心家乡农业发展，多次捐资助学。他的逝世，使我们失去了一位好党员、好干部。",
                ],
                ins={(1, 2): ["f:渠州日报　第4版　2026.11.19"]},
            ),
            "",
            A(
                title="渠州各界人士将送别王𬘭同志",
                head=["x:渠州各界人士将送别王𬘭同志", ""],
                byline=[None, "袁晓东"],
                paragraphs=[
                    "本报讯（记者　袁晓东）王𬘭同志逝世的消息传出后，市内外许多单位和个人发来唁电唁函，连日来，不少市民和农技人员自发来到王𬘭同志家中吊唁。在三汇镇，当年跟随他推广旱育秧的老农张德明说：“王局长一年到头泡在田里，裤腿上总是泥巴，我们都叫他泥腿子局长。”",
                    "据了解，遵照王𬘭同志生前遗愿，丧事从简，家属谢绝花圈挽联，并将部分丧葬费捐给三汇镇中心小学，用于奖励品学兼优的农家子弟。他的女儿王小梅说，父亲生前常说，“我是农民的儿子，一辈子只做了一件事，就是让乡亲们多打粮食”。",
                ],
            ),
            "",
            A(
                title="更正启事",
                head=["x:更正启事"],
                byline=["本报编辑部", None],
                paragraphs=[
                    "本报11月17日第2版《城北新区又添一所学校》一文中，“计划明年9月投入使用”应为“计划后年9月投入使用”。特此更正，并向读者致歉。欢迎读者继续对本报的报道提出批评意见。",
                ],
                tail=["x:　　　　　　　　　　　　本报编辑部", ""],
            ),
            A(
                title="寻人启事",
                head=["x:寻人启事"],
                paragraphs=[
                    "李德贵，男，73岁，小名贵娃，渠州市城南区人，身高约1.65米，患有老年痴呆症，记忆力差，于11月15日上午从家中走失，走失时身穿深蓝色棉袄、黑色裤子、黑色布鞋，说话带三汇口音，平时喜欢在河边和菜市场一带走动。家人已向公安机关报案，连日来四处寻找未果。有知其下落者请与家属联系，必有重谢。联系电话：13981234567。",
                ],
                tail=[""],
            ),
            A(
                title="迁址启事",
                head=["x:迁址启事"],
                byline=["渠州市城南区社会保险事务中心", None],
                paragraphs=[
                    "因工作需要，我中心自2026年12月1日起迁至城南区滨河路88号政务服务中心二楼办公，咨询电话不变。给您带来的不便，敬请谅解。",
                ],
                tail=["x:　　　　　　　　渠州市城南区社会保险事务中心", ""],
            ),
            "f:遗失声明",
            "f:渠州市鑫源建材经营部遗失营业执照副本，声明作废。",
            "f:刘永红遗失渠州市第一人民医院出生医学证明一份，声明作废。",
            "",
            "f:广告热线：0818-2226677　　责任编辑：袁　敏",
        ],
    )
)

# 7 ---------------------------------------------------------------- Finnish regional daily, ISO-8859-15
PAGES.append(
    dict(
        key="suomi",
        not_enc=["utf-8"],
        name="fi_latin9_crlf_maakuntalehti_kicker_title_ingressi_byline_line_long_compound_hyphenation_caption_kuva_midsentence_jatkuu_sivulla_jump_stt_end_line_lyhyesti_runin_briefs",
        enc="iso-8859-15",
        bom=False,
        crlf=True,
        width=58,
        cjk=False,
        parsep=True,
        date="2026-11-27",
        page="4",
        note="Järviseudun Sanomat, page 4 Maakunta, ISO-8859-15 (Šostakovitšin), CRLF; blank lines between paragraphs, line-end hyphenation. Lead: capital kicker, title, ingressi (subtitle), capital byline line; caption + Kuva: credit inside a paragraph between two sentences; the story cut mid-sentence at Jatkuu sivulla 5. An STT story ending on (STT). LYHYESTI: four run-in items (title = the first sentence, ending with a period); the running foot inside the second.",
        pieces=[
            "f:JÄRVISEUDUN SANOMAT",
            "f:Perjantai 27. marraskuuta 2026",
            "f:4 | MAAKUNTA",
            "",
            A(
                kicker="KOULUVERKKO",
                title="Ylämaan kyläkoulu saa jatkoaikaa",
                subtitle="Kunnanvaltuusto päätti äänin 18-13, että Kivijärven koulu toimii ainakin lukuvuoden 2028 loppuun.",
                byline=["RIIKKA HALONEN", "Riikka Halonen"],
                head=[
                    "x:KOULUVERKKO",
                    "x:Ylämaan kyläkoulu saa jatkoaikaa",
                    "",
                    "x:Kunnanvaltuusto päätti äänin 18-13, että Kivijärven",
                    "x:koulu toimii ainakin lukuvuoden 2028 loppuun.",
                    "",
                    "x:RIIKKA HALONEN",
                    "",
                ],
                paragraphs=[
                    "Ylämaan kunnanvaltuusto hylkäsi torstai-iltana sivistyslautakunnan esityksen Kivijärven koulun lakkauttamisesta. Kouluun jää siis toistaiseksi kolmekymmentäkaksi oppilasta ja kolme opettajaa.",
                    "Valtuustosalin lehterillä istui toistakymmentä vanhempaa, jotka puhkesivat aplodeihin äänestystuloksen selvittyä. Kyläyhdistyksen puheenjohtaja Jukka Mäkinen kiitti valtuutettuja kokouksen jälkeen.",
                    "- Koulu on kylän sydän. Jos se suljetaan, nuoret perheet eivät muuta tänne, Mäkinen sanoi.",
                    "Sivistysjohtaja Anne Lindroos muistutti, että oppilasmäärän ennustetaan laskevan kahdeksaantoista vuoteen 2030 mennessä. Hänen mukaansa kunnan on pakko tarkastella kouluverkkoa uudelleen viimeistään seuraavan valtuustokauden alussa, koska oppilaskohtaiset kustannukset ovat Kivijärvellä lähes kaksinkertaiset kirkonkylän kouluun verrattuna ja",
                ],
                ins={
                    (1, 1): [
                        "c:Kivijärven koulun oppilaat seurasivat kokousta etäyhteyden kautta.",
                        "k:Kuva: Pekka Rautio",
                        "",
                    ]
                },
                tail=["", "f:Jatkuu sivulla 5", ""],
            ),
            A(
                title="Poliisi varoittaa puhelinhuijareista",
                source=[None, "STT"],
                paragraphs=[
                    "Itä-Suomen poliisi varoittaa puhelinhuijauksista, joissa soittaja esittäytyy pankin turvallisuusasiantuntijaksi ja pyytää uhria kertomaan verkkopankkitunnuksensa. Alueella on tällä viikolla tehty yksitoista rikosilmoitusta, ja rahaa on menetetty yhteensä yli satatuhatta euroa. Useimmat uhreista ovat olleet yli seitsemänkymmenvuotiaita.",
                    "Poliisin mukaan pankki ei koskaan kysy tunnuksia puhelimessa. Jos epäilee joutuneensa huijauksen kohteeksi, kannattaa heti soittaa omaan pankkiin ja tehdä rikosilmoitus.",
                ],
                head=["x:Poliisi varoittaa puhelinhuijareista", ""],
                tail=["", "k:(STT)", ""],
            ),
            "x:LYHYESTI",
            "",
            A(
                section=["LYHYESTI", None],
                kicker=[None, "LYHYESTI"],
                title="Kirjastoauto uudelle reitille",
                lead="Kirjastoauto uudelle reitille.",
                paragraphs=[
                    "Ylämaan kirjastoauto alkaa joulukuussa pysähtyä myös Rantalan ja Vehkalahden kylissä. Uudet aikataulut löytyvät kunnan verkkosivuilta."
                ],
                tail=[""],
            ),
            A(
                section=["LYHYESTI", None],
                kicker=[None, "LYHYESTI"],
                title="Sinfoniakonsertti kirkossa",
                lead="Sinfoniakonsertti kirkossa.",
                paragraphs=[
                    "Järviseudun kamariorkesteri soittaa Šostakovitšin ja Sibeliuksen musiikkia Ylämaan kirkossa sunnuntaina kello 18. Vapaa pääsy, ohjelma 10 euroa."
                ],
                ins={(0, 1): ["", "f:JÄRVISEUDUN SANOMAT | Perjantai 27.11.2026", ""]},
                tail=[""],
            ),
            A(
                section=["LYHYESTI", None],
                kicker=[None, "LYHYESTI"],
                title="Joulutori avautuu lauantaina",
                lead="Joulutori avautuu lauantaina.",
                paragraphs=[
                    "Ylämaan perinteinen joulutori avataan torilla lauantaina kello 10. Myyntipaikkoja on varattu neljäkymmentä, ja joukossa on paikallisia käsityöläisiä, leipureita ja kalastajia. Joulupukki vierailee torilla kello 13."
                ],
                tail=[""],
            ),
            A(
                section=["LYHYESTI", None],
                kicker=[None, "LYHYESTI"],
                title="Tienparannustyöt alkavat",
                lead="Tienparannustyöt alkavat.",
                paragraphs=[
                    "Elinkeino-, liikenne- ja ympäristökeskus aloittaa maantien 4571 perusparannuksen maanantaina. Töiden aikana tiellä on nopeusrajoitus 50 kilometriä tunnissa."
                ],
            ),
        ],
    )
)

# 8 ---------------------------------------------------------------- Turkish local paper, ISO-8859-9
PAGES.append(
    dict(
        key="turkce",
        not_enc=["utf-8"],
        name="tr_latin5_yerel_gazete_ust_baslik_spot_haber_merkezi_byline_aa_dateline_caption_foto_midsentence_devami_sayfa_jump_kisa_kisa_items_dotted_capital_i",
        enc="iso-8859-9",
        bom=False,
        crlf=False,
        width=56,
        cjk=False,
        parsep=True,
        date="2026-11-25",
        page="3",
        note="Karadeniz Ekspres, Sayfa 3 Bölge, ISO-8859-9 (İ ı ş ğ), LF. Lead: capital üst başlık (kicker), title, spot (subtitle), Haber Merkezi (byline); caption + Foto: credit inside a sentence; cut at Devamı Sayfa 7'de. An AA story with a KARAÇAM (AA) - dateline and the running head inside a sentence. KISA KISA: three items.",
        pieces=[
            "f:KARADENİZ EKSPRES",
            "f:25 Kasım 2026 Çarşamba",
            "f:SAYFA 3 | BÖLGE",
            "",
            A(
                kicker="FINDIK ÜRETİCİSİ ZOR DURUMDA",
                title="Kooperatif alım fiyatını açıkladı",
                subtitle="Fındık Tarım Satış Kooperatifi, kabuklu fındığın kilogramını 148 liradan alacak. Üreticiler fiyatı düşük buldu.",
                byline=["Haber Merkezi", None],
                head=[
                    "x:FINDIK ÜRETİCİSİ ZOR DURUMDA",
                    "x:Kooperatif alım fiyatını açıkladı",
                    "",
                    "x:Fındık Tarım Satış Kooperatifi, kabuklu fındığın",
                    "x:kilogramını 148 liradan alacak. Üreticiler fiyatı düşük buldu.",
                    "",
                    "x:Haber Merkezi",
                    "",
                ],
                paragraphs=[
                    "Yeşilköy ilçesindeki kooperatifin yönetim kurulu dün yaptığı toplantıda yeni sezonun alım fiyatını belirledi. Kooperatif Başkanı İsmail Özdemir, fiyatın dünya piyasalarındaki gelişmeler ve kooperatifin mali durumu dikkate alınarak belirlendiğini söyledi.",
                    'Üreticiler ise açıklanan fiyatın maliyetleri karşılamadığını savunuyor. Geçen yıl kooperatif fiyatı 135 lira olarak açıklamıştı. Gübre ve işçilik ücretlerinin son bir yılda neredeyse iki katına çıktığını belirten çiftçi Hüseyin Yıldırım, "Bahçeye harcadığımız parayı bile çıkaramıyoruz" dedi.',
                    "Ziraat Odası Başkanı Fatma Kılıç da kooperatifin fiyatı yeniden gözden geçirmesini istedi. Kılıç, üreticinin ürününü tüccara düşük fiyatla satmak zorunda kalmaması için devletin destekleme alımlarını artırması gerektiğini belirterek",
                ],
                ins={
                    (1, 1): [
                        "",
                        "c:Yeşilköy'de fındık toplayan üreticiler fiyat açıklamasını bekliyordu.",
                        "k:Foto: Mehmet Aydın",
                        "",
                    ]
                },
                tail=["", "f:Devamı Sayfa 7'de", ""],
            ),
            A(
                title="Sahil yolunda heyelan: Trafik tek şeritten sağlanıyor",
                head=["x:Sahil yolunda heyelan: Trafik tek şeritten sağlanıyor", ""],
                source=[None, "AA"],
                paragraphs=[
                    "KARAÇAM (AA) - Karaçam ile Yeşilköy arasındaki sahil yolunda sabah saatlerinde meydana gelen heyelan nedeniyle yolun bir bölümü trafiğe kapandı. Karayolları ekiplerinin çalışmasıyla ulaşım tek şeritten kontrollü olarak sağlanıyor.",
                    "İlçe Kaymakamı Ali Rıza Demir, heyelanda can kaybı ya da yaralanma olmadığını açıkladı. Demir, bölgede yağışların sürmesi halinde yolun tamamen kapatılabileceğini, sürücülerin alternatif güzergah olarak yayla yolunu kullanabileceğini söyledi.",
                ],
                ins={(0, 2): ["", "f:KARADENİZ EKSPRES | 25.11.2026", ""]},
            ),
            "",
            "x:KISA KISA",
            "",
            A(
                section=["KISA KISA", None],
                kicker=[None, "KISA KISA"],
                title="Kütüphaneye yeni bölüm",
                head=["x:Kütüphaneye yeni bölüm"],
                paragraphs=[
                    "İlçe Halk Kütüphanesi'nde çocuklar için masal odası açıldı. Oda hafta içi her gün 10.00 ile 17.00 arasında hizmet verecek. Cumartesi günleri ise gönüllü öğretmenler çocuklara masal okuyacak."
                ],
                tail=[""],
            ),
            A(
                section=["KISA KISA", None],
                kicker=[None, "KISA KISA"],
                title="Yeşilköy'de kan bağışı kampanyası",
                head=["x:Yeşilköy'de kan bağışı kampanyası"],
                paragraphs=[
                    "Kızılay Yeşilköy Şubesi, cuma ve cumartesi günleri Belediye Meydanı'nda kan bağışı kampanyası düzenleyecek. Şube Başkanı Nuri Şahin, bağışçıların yanlarında kimlik kartı getirmeleri gerektiğini hatırlattı."
                ],
                tail=[""],
            ),
            A(
                section=["KISA KISA", None],
                kicker=[None, "KISA KISA"],
                title="Balıkçılara eğitim",
                head=["x:Balıkçılara eğitim"],
                paragraphs=[
                    "Karaçam Su Ürünleri Kooperatifi, üyelerine deniz güvenliği ve ilk yardım konularında iki günlük eğitim verdi. Eğitime 64 balıkçı katıldı. Kursu tamamlayanlara sertifikaları Liman Başkanı Erol Güneş tarafından verildi."
                ],
            ),
        ],
    )
)

# 9 ---------------------------------------------------------------- Vietnamese provincial paper, UTF-8
PAGES.append(
    dict(
        key="tiengviet",
        not_enc=["cp1252", "gbk"],
        name="vi_utf8_bao_tinh_sapo_bold_lead_author_caps_end_line_caption_anh_midsentence_xem_tiep_trang_jump_ttxvn_end_tin_van_items_tone_marks",
        enc="utf-8",
        bom=False,
        crlf=False,
        width=60,
        cjk=False,
        hyphenate=False,
        parsep=True,
        date="2026-11-23",
        page="5",
        note="Báo Sông Lam, page 5, UTF-8 (NFC tone marks), LF, not hyphenated. Lead: title, sapo (subtitle), caption + Ảnh: credit inside a sentence, (Xem tiếp trang 6), the author's name in capitals right-set after the jump (byline). A TTXVN story signed TTXVN at its end (source), the running head inside it. TIN VẮN: three run-in items (title, then a spaced dash).",
        pieces=[
            "f:BÁO SÔNG LAM",
            "f:Thứ Hai, ngày 23 tháng 11 năm 2026",
            "f:Trang 5 - Kinh tế - Xã hội",
            "",
            A(
                title="Nông dân Tân Phước trúng mùa bưởi đỏ",
                subtitle="Năm nay, hơn 300 hộ dân ở xã Tân Phước thu hoạch bưởi đỏ với sản lượng tăng gần gấp rưỡi so với năm trước, giá bán ổn định.",
                byline=["NGUYỄN THU HÀ", "Nguyễn Thu Hà"],
                head=[
                    "x:Nông dân Tân Phước trúng mùa bưởi đỏ",
                    "",
                    "x:Năm nay, hơn 300 hộ dân ở xã Tân Phước thu hoạch bưởi đỏ với",
                    "x:sản lượng tăng gần gấp rưỡi so với năm trước, giá bán ổn định.",
                    "",
                ],
                paragraphs=[
                    "Những ngày này, các vườn bưởi ở xã Tân Phước nhộn nhịp người thu hái. Ông Lê Văn Thành, một nhà vườn có thâm niên hơn hai mươi năm, cho biết gia đình ông có 1,5 héc-ta bưởi đỏ, năm nay thu khoảng 18 tấn quả, trừ chi phí còn lãi gần 400 triệu đồng.",
                    "Theo ông Thành, bí quyết là chăm sóc theo hướng hữu cơ, bón phân chuồng ủ hoai và hạn chế thuốc bảo vệ thực vật. Quả bưởi vì thế có vỏ đỏ đẹp, múi ngọt, được thương lái đến tận vườn đặt mua.",
                    "Chủ tịch UBND xã Tân Phước Trần Minh Đức cho biết, toàn xã hiện có 420 héc-ta bưởi, trong đó 120 héc-ta đã được cấp mã số vùng trồng. Xã đang phối hợp với hợp tác xã xây dựng thương hiệu bưởi đỏ Tân Phước để đưa sản phẩm vào các siêu thị và hướng tới xuất khẩu, đồng thời",
                ],
                ins={(1, 1): ["", "c:Ông Lê Văn Thành kiểm tra bưởi đỏ trước khi thu hoạch.", "k:Ảnh: Phạm Quang", ""]},
                tail=["", "f:(Xem tiếp trang 6)", "", "x:                                        NGUYỄN THU HÀ", ""],
            ),
            A(
                title="Khởi công cầu Bến Đá",
                head=["x:Khởi công cầu Bến Đá", ""],
                source=["TTXVN", None],
                paragraphs=[
                    "Sáng 22/11, tỉnh đã khởi công xây dựng cầu Bến Đá bắc qua sông Lam, tổng mức đầu tư hơn 560 tỷ đồng. Cây cầu dài 820 mét, dự kiến hoàn thành vào cuối năm 2028, giúp rút ngắn quãng đường từ các huyện phía nam về trung tâm tỉnh khoảng 25 ki-lô-mét.",
                ],
                ins={(0, 2): ["", "f:BÁO SÔNG LAM - Thứ Hai, 23/11/2026", ""]},
                tail=["", "x:                                                  TTXVN", ""],
            ),
            "x:TIN VẮN",
            "",
            A(
                section=["TIN VẮN", None],
                kicker=[None, "TIN VẮN"],
                title="Hội thi nấu ăn ngon",
                lead="Hội thi nấu ăn ngon -",
                paragraphs=[
                    "Hội Liên hiệp Phụ nữ huyện Yên Lạc vừa tổ chức hội thi nấu ăn ngon với sự tham gia của 18 đội. Giải nhất thuộc về đội xã Yên Hòa với món cá kho làng Vũ."
                ],
                tail=[""],
            ),
            A(
                section=["TIN VẮN", None],
                kicker=[None, "TIN VẮN"],
                title="Sửa chữa đường liên xã",
                lead="Sửa chữa đường liên xã -",
                paragraphs=[
                    "Huyện Thanh Sơn đang khẩn trương sửa chữa tuyến đường liên xã Thanh Hà - Thanh Mai dài 7 ki-lô-mét bị hư hỏng sau mưa lũ, dự kiến hoàn thành trước Tết Nguyên đán."
                ],
                tail=[""],
            ),
            A(
                section=["TIN VẮN", None],
                kicker=[None, "TIN VẮN"],
                title="Cấp thẻ bảo hiểm y tế cho người cao tuổi",
                lead="Cấp thẻ bảo hiểm y tế cho người cao tuổi -",
                paragraphs=[
                    "Bảo hiểm xã hội tỉnh đã cấp hơn 2.300 thẻ bảo hiểm y tế miễn phí cho người từ 75 tuổi trở lên chưa có lương hưu hoặc trợ cấp."
                ],
            ),
        ],
    )
)

# 10 --------------------------------------------------------------- 1863 American war-time weekly
PAGES.append(
    dict(
        key="civilwar",
        not_enc=[],
        name="en_us_1863_ascii_civil_war_weekly_latest_from_the_army_stacked_decks_special_dispatch_correspondence_signed_pseudonym_local_items_ad_midcolumn_hyphenation",
        enc="ascii",
        bom=False,
        crlf=False,
        width=46,
        cjk=False,
        indent="    ",
        date="1863-07-09",
        page=None,
        note="The Millbrook Sentinel, 1863-07-09, ASCII, LF; indented paragraphs, line-end hyphenation, no page number. LATEST FROM THE ARMY with three decks between ---- rules (subtitle), [SPECIAL DISPATCH ...] (credit), the paper's name as running head inside a sentence. A letter from the company, [Correspondence ...] (credit), signed VIGILANT. (byline). LOCAL MATTERS: three run-in items (title, then a spaced double dash); a three-line dry-goods advertisement inside a sentence of the first (furniture).",
        pieces=[
            "f:THE MILLBROOK SENTINEL.",
            "f:MILLBROOK, OHIO, THURSDAY, JULY 9, 1863.",
            "",
            A(
                title="LATEST FROM THE ARMY.",
                subtitle=["The Great Battle in Pennsylvania. The Enemy Falling Back. Our Losses Heavy.", None],
                head=[
                    "x:LATEST FROM THE ARMY.",
                    "x:----",
                    "x:The Great Battle in Pennsylvania.",
                    "x:----",
                    "x:The Enemy Falling Back.",
                    "x:----",
                    "x:Our Losses Heavy.",
                    "x:----",
                    "k:[SPECIAL DISPATCH TO THE SENTINEL.]",
                    "",
                ],
                paragraphs=[
                    "COLUMBUS, July 8. -- Dispatches received here this morning from headquarters confirm the report that the rebel army is in full retreat toward the Potomac, closely pursued by our cavalry. The roads are said to be almost impassable from the late rains, and a great quantity of wagons and stores has been destroyed or left behind by the enemy.",
                    "The losses on both sides in the three days' fighting are very heavy. It is stated that the Ohio regiments suffered severely on the second day, when they held the line against repeated charges.",
                    "The Governor has ordered that lists of the killed and wounded be forwarded to the county seats as fast as they are received. Surgeons and nurses from this part of the State have been called for, and a number left Columbus last evening by special train.",
                ],
                ins={(0, 4): ["", "f:THE MILLBROOK SENTINEL.", ""]},
            ),
            "",
            A(
                title="LETTER FROM THE MILLBROOK GUARDS.",
                head=["x:LETTER FROM THE MILLBROOK GUARDS.", "k:[Correspondence of the Sentinel.]", ""],
                byline=["VIGILANT.", None],
                paragraphs=[
                    "CAMP NEAR FREDERICK, MD., July 1. -- Friend Harlan: -- We have been marching hard for nine days, and the boys are pretty well worn out, but in good spirits. Many of them have no shoes, and march barefooted over the stony pikes without complaint.",
                    "Corporal Amos Whitcomb and Private Daniel Fry, both of Millbrook, are down with fever and have been sent to the hospital at Frederick. The rest of the Millbrook boys are well and send their respects to their friends at home.",
                    "We expect a fight any day. Yours, in haste,",
                ],
                tail=["x:                              VIGILANT.", ""],
            ),
            "x:LOCAL MATTERS.",
            "",
            A(
                section=["LOCAL MATTERS.", None],
                kicker=[None, "LOCAL MATTERS."],
                title="FOURTH OF JULY.",
                lead="FOURTH OF JULY. --",
                paragraphs=[
                    "The day passed off quietly in our village. There was no celebration, owing to the anxiety felt for the news from the army, but the church bells were rung at noon and the flag was raised on the court house."
                ],
                ins={
                    (0, 2): [
                        "",
                        "f:DRY GOODS! DRY GOODS!",
                        "f:J. W. PATTERSON & CO.",
                        "f:Have just received a large stock of calicoes.",
                        "",
                    ]
                },
            ),
            A(
                section=["LOCAL MATTERS.", None],
                kicker=[None, "LOCAL MATTERS."],
                title="RUNAWAY HORSE.",
                lead="RUNAWAY HORSE. --",
                paragraphs=[
                    "On Monday morning a horse belonging to Mr. Silas Dunham took fright at a passing train near the depot and ran through Main street at a furious rate, upsetting a wagon loaded with flour in front of Baxter's store. No person was injured, but the wagon was badly broken."
                ],
            ),
            A(
                section=["LOCAL MATTERS.", None],
                kicker=[None, "LOCAL MATTERS."],
                title="SOLDIERS' AID SOCIETY.",
                lead="SOLDIERS' AID SOCIETY. --",
                paragraphs=[
                    "The ladies of the Soldiers' Aid Society will meet at the residence of Mrs. Harlan on Saturday afternoon, to pack a box of lint, bandages and dried fruit for the hospitals. Contributions are earnestly solicited."
                ],
            ),
        ],
    )
)

# 11 --------------------------------------------------------------- Quebec French daily, Windows-1252
PAGES.append(
    dict(
        key="quebec",
        not_enc=["utf-8"],
        name="fr_ca_cp1252_crlf_quotidien_regional_surtitre_chapeau_byline_line_paper_credit_guillemets_nbsp_caption_photo_credit_caps_midsentence_voir_page_jump_presse_canadienne_end_en_bref_items",
        enc="cp1252",
        bom=False,
        crlf=True,
        width=54,
        cjk=False,
        parsep=True,
        date="2026-11-28",
        page="A7",
        note="Le Courrier du Fjord, A7 Actualités, Windows-1252 (« » with no-break spaces, ’), CRLF. Lead: surtitre (kicker), title, chapeau (subtitle), capital byline line with the paper's name under it (credit); caption + PHOTO credit inside a sentence; cut at Voir TRAVERSE en page A9. A Presse Canadienne story (MONTRÉAL — dateline; the agency line at its end is a credit), the running head inside a sentence. EN BREF: three items.",
        pieces=[
            "f:LE COURRIER DU FJORD",
            "f:SAMEDI 28 NOVEMBRE 2026",
            "f:A7 | ACTUALITÉS",
            "",
            A(
                kicker="TRAVERSIER",
                title="La traverse de l’Anse-aux-Pins reprendra en janvier",
                subtitle="Québec confirme un budget de 4,2 millions $ pour réparer le quai, fermé depuis l’été.",
                byline=["MARIE-ÈVE GAGNON", "Marie-Ève Gagnon"],
                head=[
                    "x:TRAVERSIER",
                    "x:La traverse de l’Anse-aux-Pins reprendra en janvier",
                    "",
                    "x:Québec confirme un budget de 4,2 millions $ pour",
                    "x:réparer le quai, fermé depuis l’été.",
                    "",
                    "x:MARIE-ÈVE GAGNON",
                    "k:Le Courrier du Fjord",
                    "",
                ],
                paragraphs=[
                    "Les résidants de la rive nord pourront de nouveau traverser le fjord en bateau dès le 15 janvier. Le ministère des Transports a confirmé vendredi qu’il financera en totalité la réfection du quai de l’Anse-aux-Pins, endommagé par une tempête en juillet.",
                    "«\xa0C’est un soulagement énorme\xa0», a lancé la mairesse de Saint-Firmin, Johanne Tremblay, qui réclamait une solution depuis des mois. Depuis la fermeture du quai, les travailleurs de la rive nord doivent faire un détour de près de 90 kilomètres pour se rendre à l’usine de Port-Alfred.",
                    "Selon le ministère, les travaux commenceront la semaine prochaine et comprendront le remplacement des pieux de bois par des pieux d’acier. Le traversier lui-même a été inspecté et ne nécessite que des réparations mineures, mais son équipage devra suivre une nouvelle formation avant la reprise du service, ce qui",
                ],
                ins={
                    (1, 1): [
                        "",
                        "c:Le quai de l’Anse-aux-Pins est fermé depuis la tempête du 12 juillet.",
                        "k:PHOTO LUC BOUCHARD, LE COURRIER DU FJORD",
                        "",
                    ]
                },
                tail=["", "f:Voir TRAVERSE en page A9", ""],
            ),
            A(
                title="Hausse des tarifs d’électricité de 3 % en avril",
                head=["x:Hausse des tarifs d’électricité de 3 % en avril", ""],
                source=[None, "La Presse Canadienne"],
                paragraphs=[
                    "MONTRÉAL — Les tarifs résidentiels d’électricité augmenteront de 3 % le 1er avril prochain, a annoncé la Régie de l’énergie. Pour une maison moyenne, la hausse représente environ 5 $ par mois.",
                    "Des associations de consommateurs ont dénoncé la décision, qu’elles jugent trop lourde pour les ménages à faible revenu. Elles demandent au gouvernement de plafonner les hausses au taux d’inflation, comme il l’avait fait les années précédentes.",
                ],
                ins={(0, 2): ["", "f:LE COURRIER DU FJORD | SAMEDI 28 NOVEMBRE 2026", ""]},
                tail=["", "k:La Presse Canadienne", ""],
            ),
            "x:EN BREF",
            "",
            A(
                section=["EN BREF", None],
                kicker=[None, "EN BREF"],
                title="Collecte de sang",
                head=["x:Collecte de sang"],
                paragraphs=[
                    "Héma-Fjord tiendra une collecte de sang mardi, de 13 h à 20 h, au sous-sol de l’église de Saint-Firmin. L’objectif est de 120 donneurs."
                ],
                tail=[""],
            ),
            A(
                section=["EN BREF", None],
                kicker=[None, "EN BREF"],
                title="Panne de courant à Saint-Firmin",
                head=["x:Panne de courant à Saint-Firmin"],
                paragraphs=[
                    "Près de 1200 clients d’Hydro-Québec ont été privés d’électricité pendant plus de six heures jeudi soir à Saint-Firmin, après qu’un arbre fut tombé sur une ligne durant les forts vents. Le service a été rétabli vers 2 h du matin."
                ],
                tail=[""],
            ),
            A(
                section=["EN BREF", None],
                kicker=[None, "EN BREF"],
                title="Patinoire ouverte",
                head=["x:Patinoire ouverte"],
                paragraphs=[
                    "La patinoire extérieure du parc Bellevue ouvrira samedi si le froid se maintient. Les heures d’ouverture seront affichées sur la page Facebook de la municipalité."
                ],
            ),
        ],
    )
)
