"""Page texts for make_holdout24_pages.py (all papers, people, places, firms and events invented)."""

from plainpages import A

PAGES = []

# 1 ---------------------------------------------------------------- 侨乡 page: overseas-Chinese news
PAGES.append(
    dict(
        key="qiaoxiang",
        not_enc=["utf-8"],
        name="zh_gbk_crlf_qiaoxiang_qiaoqing_page_huaqiao_donation_english_names_brackets_us_dollar_caption_midsentence_haiwai_qiaoxun_diamond_items_qiaopi_letter_quote_running_head_midsentence",
        enc="gbk",
        bom=False,
        crlf=True,
        width=40,
        cjk=True,
        date="2026-11-20",
        page="5",
        note="泓江侨报 第5版 侨乡·侨情, GBK, CRLF. Masthead (2 furniture lines). Lead: kicker, title, byline line with reporter and 通讯员; overseas donors with English names in brackets (one broken over a line end), 美元 and 加元 figures; a caption and its credit dropped inside a sentence of paragraph 2. 海外侨讯 column label over three ◆ items (◆ is markup), the running head inside the second. A 本报讯（记者 X） 座谈会 story. A 侨批 story quoting the letter as its own paragraph. Foot: editor line (furniture).",
        pieces=[
            "f:泓江侨报",
            "f:2026年11月20日　星期五　第5版　侨乡·侨情",
            "",
            A(
                kicker="旅美乡亲捐资三百万元",
                title="百年侨校焕新颜　琅琅书声回村来",
                head=[
                    "x:旅美乡亲捐资三百万元",
                    "x:百年侨校焕新颜　琅琅书声回村来",
                    "x:本报记者　余嘉欣　通讯员　关志朋",
                    "",
                ],
                byline=["本报记者　余嘉欣　通讯员　关志朋", "余嘉欣"],
                paragraphs=[
                    "11月18日上午，泓江市沙坪镇南湾村的育英学校新教学楼正式落成。这所由旅美华侨于1921年创办的侨校，在海外乡亲三百万元人民币的捐助下，迎来了建校以来规模最大的一次改造。",
                    "捐资发起人、美国旧金山（San Francisco）南湾同乡会会长伍绍棠（Thomas Ng）今年已经78岁，他专程带着三名孙辈回乡出席落成仪式。“我小时候就在这里读书，那时候教室漏雨，冬天大家挤在一起取暖。”他说，乡亲们在海外打拼不容易，但一听说母校要翻新，一个月就凑齐了四十多万美元。",
                    "加拿大温哥华（Vancouver）的乡亲余美华（May Yee）也发来视频祝贺，她和丈夫捐出的五万加元，将用于设立奖教奖学基金，每年奖励品学兼优的学生和扎根乡村的教师。",
                    "据了解，新教学楼共四层，设有十二间教室、一间图书室和一间侨史陈列室。陈列室里摆放着上百件老物件，从泛黄的侨批、船票到早年侨胞寄回的课本，记录着一代代南湾人漂洋过海、心系桑梓的故事。",
                ],
                ins={(1, 2): ["", "c:图为伍绍棠（左二）与育英学校师生在新教学楼前合影。", "k:通讯员　关志朋　摄", ""]},
                tail=[""],
            ),
            "x:海外侨讯",
            "",
            A(
                section=["海外侨讯", None],
                kicker=[None, "海外侨讯"],
                title="槟城泓江会馆庆祝成立九十周年",
                head=["x:◆槟城泓江会馆庆祝成立九十周年"],
                paragraphs=[
                    "马来西亚槟城泓江会馆日前举行成立九十周年庆典，来自新加坡、印尼和泓江本地的六百多名乡亲出席。会馆会长陈国雄（Tan Kok Hung）表示，会馆将继续开办华文班，让年轻一代记得自己的根。"
                ],
            ),
            A(
                section=["海外侨讯", None],
                kicker=[None, "海外侨讯"],
                title="秘鲁侨胞举办中华美食节",
                head=["x:◆秘鲁侨胞举办中华美食节"],
                paragraphs=[
                    "秘鲁利马（Lima）华人社团近日联合举办第三届中华美食节，烧腊、云吞和泓江濑粉吸引了大批当地市民排队品尝。主办方介绍，美食节收入将全部捐给当地一所华文学校。"
                ],
                ins={(0, 1): ["f:泓江侨报　2026.11.20　侨乡·侨情"]},
            ),
            A(
                section=["海外侨讯", None],
                kicker=[None, "海外侨讯"],
                title="澳洲乡亲寻根团抵达泓江",
                head=["x:◆澳洲乡亲寻根团抵达泓江"],
                paragraphs=[
                    "由澳大利亚悉尼（Sydney）泓江同乡会组织的寻根团一行三十二人，本周抵达泓江，将用一周时间走访祖居村落、祭拜先人，并参观侨乡博物馆。"
                ],
            ),
            "",
            A(
                title="侨界人士建言乡村振兴",
                head=["x:侨界人士建言乡村振兴", ""],
                byline=[None, "梁慧敏"],
                paragraphs=[
                    "本报讯（记者　梁慧敏）11月17日，市委统战部、市侨联联合召开侨界人士座谈会，二十多位归侨侨眷代表和海外侨团负责人围绕侨乡文旅、侨房保护和青年交流等话题建言献策。",
                    "归侨代表黄志坚建议，把散落在各镇的侨房、碉楼串成一条参观线路，请老华侨讲述亲身经历，让游客“听得到故事、留得住乡愁”。市侨联负责人表示，将把大家的意见整理成专题报告，报送有关部门研究采纳。",
                ],
            ),
            "",
            A(
                title="一封百年侨批　牵出一段寻亲路",
                head=["x:一封百年侨批　牵出一段寻亲路", ""],
                byline=[None, "余嘉欣"],
                paragraphs=[
                    "本报讯（记者　余嘉欣）一封1926年从古巴寄回的侨批，让分隔百年的两支族人重新联系上。上月，市侨乡博物馆工作人员在整理捐赠文物时，发现了这封保存完好的家书。信中写道：",
                    "“字奉母亲大人膝下：儿在夏湾拿一切平安，今付回银二十元，祈查收。家中弟妹读书之事，望母亲勿省此费。”",
                    "工作人员根据信封上的地址和姓名，辗转联系到寄信人在古巴的后人。本月初，双方通过视频第一次见面，年过七旬的后人捧着复印件久久不语。",
                ],
                ins={(2, 1): [""]},
            ),
            "",
            "f:责任编辑　伍　颖　　美术编辑　陈　晓　　校对　关　宁",
        ],
    )
)

# 2 ---------------------------------------------------------------- 天气与生活服务 page with a forecast table
PAGES.append(
    dict(
        key="tianqi",
        not_enc=["utf-8", "utf-16-le"],
        name="zh_utf16be_bom_lf_tianqi_shenghuo_fuwu_page_forecast_table_rows_shenghuo_zhishu_box_qixiangtai_source_credit_first_snow_story_tingshui_tongzhi_signed_xianxing_list_wenxin_tishi_box",
        enc="utf-16-be",
        bom=True,
        crlf=False,
        width=38,
        cjk=True,
        date="2026-12-03",
        page="12",
        note="北原晚报 第12版 天气·服务, UTF-16 BE with BOM, LF. A story on the first snow with a byline line; the forecast table (label 未来三天, title 本市天气预报, a header row and three rows, one paragraph each, the source line the last) and a 生活指数 box (four rows); a 本报讯（记者　乔　宇） story on buses in the snow; a 停水通知 signed by the water company with its date line (credit); a 限行提示 list; a 温馨提示 box. Furniture: header line, running foot inside the story, the hotline line at the foot.",
        pieces=[
            "f:北原晚报　2026年12月3日　星期四　第12版　天气·服务",
            "",
            A(
                kicker="今冬首场降雪本周末到来",
                title="降温八九摄氏度　出行请多加小心",
                head=["x:今冬首场降雪本周末到来", "x:降温八九摄氏度　出行请多加小心", "x:本报记者　乔　宇", ""],
                byline=["本报记者　乔　宇", "乔宇"],
                paragraphs=[
                    "记者昨日从市气象台获悉，受新一股较强冷空气影响，本周六夜间到周日我市将迎来今冬首场降雪，全市大部地区有小雪，北部山区局地中雪，最低气温将降至零下八摄氏度左右，与前几日相比下降八到九摄氏度。",
                    "市气象台首席预报员韩立新介绍，此次降雪持续时间不长，但降温明显，且伴有四到五级偏北风，体感温度较低。周日早晨部分路段可能出现道路结冰，提醒驾车市民减速慢行，保持安全车距，尽量避开高架桥和坡道。",
                    "市城管部门表示，已提前备足融雪剂两千余吨，落雪即扫，确保主干道和公交线路畅通。供热部门也将根据气温变化适时提高供水温度，居民家中室温如低于十八摄氏度，可拨打供热服务热线反映。",
                ],
                ins={(1, 2): ["f:2026.12.3　北原晚报　天气·服务　12"]},
                tail=[""],
            ),
            A(
                kicker=["未来三天", None],
                section=[None, "未来三天"],
                title="本市天气预报",
                head=["x:未来三天", "x:本市天气预报", ""],
                raw=True,
                paragraphs=[
                    "日期　　天气　　　　气温　　　　风力",
                    "4日　　晴转多云　　-6～3℃　　北风3～4级",
                    "5日　　多云转小雪　-7～-1℃　　北风4～5级",
                    "6日　　小雪转阴　　-8～-2℃　　北风3～4级",
                    "（数据来源：北原市气象台）",
                ],
                tail=[""],
            ),
            A(
                title="生活指数",
                head=["x:生活指数", ""],
                raw=True,
                paragraphs=[
                    "穿衣指数　寒冷　建议着羽绒服、棉帽",
                    "感冒指数　较易发　注意防寒保暖",
                    "晨练指数　不宜　宜改为室内锻炼",
                    "洗车指数　不宜　未来两天有降雪",
                ],
                tail=[""],
            ),
            A(
                title="雪天公交加密班次　地铁延长运营",
                head=["x:雪天公交加密班次　地铁延长运营", ""],
                byline=[None, "乔宇"],
                paragraphs=[
                    "本报讯（记者　乔　宇）针对周末降雪天气，市公交集团昨日发布出行保障方案：周日早高峰，全市四十六条骨干线路将增加配车一百二十余部，发车间隔缩短至五分钟以内；地铁一号线、二号线末班车延后半小时。",
                    "公交集团提醒，雪天路滑，车辆进站、起步速度会放慢，乘客候车时请站在站台安全线以内，上下车时扶好扶手。老年乘客如无急事，可错开早晚高峰出行。实时到站信息可通过“北原公交”手机应用查询。",
                    "此外，市交警部门将在全市二十六处易结冰路段和桥梁增派警力，引导车辆有序通行。降雪期间如遇交通事故，双方无人员伤亡的，可先拍照取证后将车辆移至路边，再通过手机快速处理，避免造成道路拥堵。",
                ],
                tail=[""],
            ),
            A(
                title="停水通知",
                head=["x:停水通知", ""],
                byline=["北原市自来水有限公司", None],
                paragraphs=[
                    "因供水管网改造施工，12月5日9时至21时，和平路以北、新华街以东、胜利大街以西、北环路以南区域将停止供水。请相关用户提前做好储水准备，施工结束后将尽快恢复供水，由此带来的不便敬请谅解。",
                ],
                tail=["x:北原市自来水有限公司", "k:2026年12月2日", ""],
            ),
            A(
                title="限行提示",
                head=["x:限行提示", ""],
                raw=True,
                paragraphs=[
                    "12月4日（周五）　尾号5和0限行",
                    "12月7日（周一）　尾号1和6限行",
                    "限行时间为7时至20时，限行范围为三环路以内（不含三环路）。",
                ],
                tail=[""],
            ),
            A(
                title="温馨提示",
                head=["x:温馨提示", ""],
                paragraphs=[
                    "入冬以来，我市已发生多起一氧化碳中毒事件。使用煤炉、炭火取暖的家庭，睡前务必熄灭炉火，保持室内通风；燃气热水器切勿安装在浴室内。一旦出现头痛、恶心、乏力等症状，应立即开窗通风，迅速离开现场并拨打120。",
                ],
                tail=[""],
            ),
            "f:本版热线　0431-88607712　　电子邮箱　fuwu@beiyuanwb.cn",
        ],
    )
)

# 3 ---------------------------------------------------------------- 副刊 page: essay, poem, serial instalment
PAGES.append(
    dict(
        key="fukan",
        not_enc=["utf-8", "gbk"],
        name="zh_gb18030_lf_fukan_literary_page_essay_wen_slash_byline_poem_short_lines_stanzas_changpian_lianzai_instalment_number_shangqi_tiyao_weiwan_daixu_4byte_name_editor_midsentence",
        enc="gb18030",
        bom=False,
        crlf=False,
        width=36,
        cjk=True,
        date="2026-11-29",
        page="8",
        note="青川日报 第8版 副刊·川上, GB18030 (𫖮 U+2B5AE in a poet's name, not in GBK), LF. An essay with 文／X under the title and an illustration credit inside a sentence; a poem (title, □ signature, short unwrapped lines; each stanza one paragraph, its lines joined with \\n); a 长篇连载 instalment (banner, title with its number （四十七）, 文／X, a 上期提要 paragraph, dialogue, （未完待续） furniture); the editor line read inside a sentence of the serial.",
        pieces=[
            "f:青川日报",
            "f:2026年11月29日　星期日　第8版　副刊·川上",
            "",
            A(
                title="老屋的灶台",
                head=["x:老屋的灶台", "x:文／孙晚禾", ""],
                byline=["文／孙晚禾", "孙晚禾"],
                paragraphs=[
                    "老屋拆掉那年，我特意回去看了一眼灶台。它蹲在厨房的角落里，被烟火熏得发黑，灶膛口还留着半截没烧完的柴。母亲说，这灶台比我的岁数还大，是父亲结婚那年亲手砌的。",
                    "小时候，灶台是家里最暖和的地方。冬天放学回来，我总是先钻到灶膛前烤手，看母亲往锅里贴玉米饼子。火光一跳一跳，映得她的脸红红的。饼子出锅，她先掰一块给我，自己再去喂猪。",
                    "后来我到城里工作，用上了燃气灶，做饭快了，却总觉得饭菜少了点什么。有一回和母亲通电话，说起想吃她贴的饼子，她在那头笑：“傻孩子，那是柴火的味道，也是饿出来的味道。”",
                    "如今老屋没了，灶台也没了。可每当闻到谁家烧柴的烟味，我还是会停下脚步，好像听见母亲在喊我回家吃饭。",
                ],
                ins={(1, 1): ["", "k:插图　黎　青", ""]},
                tail=[""],
            ),
            A(
                title="霜降",
                head=["x:霜降", "x:□周𫖮", ""],
                byline=["周𫖮", "□周𫖮"],
                raw=True,
                paragraphs=[
                    "一夜之间\n田埂白了头\n父亲的咳嗽\n比鸡叫得还早",
                    "他把最后一垄萝卜\n收进地窖\n像把一年的话\n藏进不说话的土里",
                    "我站在院门口\n看炊烟慢慢升起\n霜落在瓦上\n也落在他的鬓角",
                    "这一年的收成\n都在他弯下去的腰里\n而我能带走的\n只有一袋晒干的辣椒",
                ],
                parsep=True,
                tail=[""],
            ),
            A(
                section=["【川上随笔】", "川上随笔", None],
                kicker=[None, "川上随笔", "【川上随笔】"],
                title="冬日宜读书",
                head=["x:【川上随笔】", "x:冬日宜读书", "x:◎林一苇", ""],
                byline=["林一苇", "◎林一苇"],
                paragraphs=[
                    "古人说“冬者岁之余”，农事已毕，正好读书。我小时候不懂这个道理，只知道冬天夜长，一家人围着火盆，父亲读《三国》，我们听得入迷，常常忘了添炭。",
                    "如今读书的地方换成了暖气房，书也换成了手机里的电子书，可我还是喜欢捧一本纸书。翻页的声音沙沙的，像窗外的落雪，让人心里安静下来。一年忙到头，留几个冬夜给自己，读几页闲书，也算是对自己的一点犒赏。",
                    "前几天整理书架，翻出一本二十年前买的《唐诗三百首》，扉页上还有我用铅笔写的日期。那时候读诗，只觉得字句好听；如今再读“晚来天欲雪，能饮一杯无”，才品出其中的暖意。原来有些书，是要等人走过一段路才读得懂的。",
                ],
                tail=[""],
            ),
            "x:长篇连载",
            "",
            A(
                section=["长篇连载", None],
                kicker=[None, "长篇连载"],
                title="江上人家（四十七）",
                head=["x:江上人家（四十七）", "x:文／韩冬青", ""],
                byline=["文／韩冬青", "韩冬青"],
                paragraphs=[
                    "上期提要：秋汛过后，船老大赵有福决定把渡船交给儿子赵小川，自己上岸开一家小饭馆，母亲却坚决不同意。",
                    "天还没亮，江面上起了雾。赵小川解开缆绳，回头看见父亲站在码头上，手里攥着那只用了二十年的铜烟袋。",
                    "“爹，你回去吧，雾大，我慢慢开。”",
                    "赵有福没吭声，只是把烟袋往腰里一别，跳上了船。“头一趟，我陪你走。”他在船尾坐下，眯着眼看江水，像是要把每一道水纹都记住。",
                    "船到江心，雾渐渐散了。对岸的村子露出一排灰瓦，几个等船的人正朝这边招手。赵小川忽然觉得，这条他从小看到大的江，今天好像变宽了。",
                    "回程的时候，父亲一直没说话。快到码头时，他才把那只铜烟袋塞到儿子手里：“船上风大，别学我抽烟。这个你留着，算是个念想。”赵小川攥着烟袋，手心里还留着父亲的温度。",
                    "靠岸的时候，船头轻轻碰了一下石阶。赵有福第一个跳下去，帮着把一位挑担子的老汉扶上船，又回头冲儿子喊：“稳住舵，别急！”那声音在江面上传出去很远，惊起了芦苇丛里的几只水鸟。",
                ],
                ins={(3, 1): ["f:本版编辑　柳　絮　　邮箱　fukan@qcrb.cn"]},
                tail=["f:　　　　　　　　　　　　　　（未完待续）", ""],
            ),
        ],
    )
)

# 4 ---------------------------------------------------------------- 1934 Shanghai page: 句读 marks only, stacked heads
PAGES.append(
    dict(
        key="minguo",
        not_enc=["utf-8"],
        name="zht_cp950_crlf_1934_shanghai_benbu_xinwen_judou_circle_marks_only_stacked_three_deck_heads_benguan_zhuandian_items_riyue_dateline_lutoushe_dispatch_ad_midcolumn",
        enc="cp950",
        bom=False,
        crlf=True,
        width=34,
        cjk=True,
        date="1934-11-09",
        page=None,
        note="瀛海報 民國二十三年十一月九日 第三張, cp950, CRLF. 1930s style: no modern marks, only 。 and 、 as 句读 (。 at every pause), Chinese numerals, 17-cell columns with a U+3000 indent. 本埠新聞 banner over two stories with three-deck heads (引題 kicker, 主題 title, 副題 subtitle); a thermos-flask advertisement printed inside a sentence (furniture). 本館專電 banner over two items (title line, text opening with the place, （八日專電） at the end); a 路透社 dispatch. No page number printed (第三張 is the sheet).",
        pieces=[
            "f:瀛海報　中華民國二十三年十一月九日　星期五　第三張",
            "",
            "x:本埠新聞",
            "",
            A(
                section=["本埠新聞", None],
                kicker="市商會昨開常會",
                title="議決救濟絲業辦法",
                subtitle="呈請市府轉咨財部減免繭捐",
                head=["x:市商會昨開常會", "x:議決救濟絲業辦法", "x:呈請市府轉咨財部減免繭捐", ""],
                paragraphs=[
                    "市商會於昨日下午二時。在會所舉行第十七次常會。到會執行委員沈伯言、方仲和、徐季良等十九人。由沈伯言主席。首由秘書報告上次議決各案辦理經過。次即討論絲業救濟問題。",
                    "據繅絲業同業公會來函稱。本年生絲銷路呆滯。價格慘跌。本埠絲廠開工者不及三成。工人失業者數逾萬人。若不從速設法救濟。則本業前途不堪設想等語。當經議決。呈請市政府轉咨財政部。將本年繭捐酌予減免。並請中國、交通兩銀行。對於絲廠押款。從寬通融。以資維持云。",
                ],
                ins={(1, 2): ["f:▲鴻昌牌熱水瓶　冬令必備　各大公司均有出售"]},
                tail=[""],
            ),
            A(
                section=["本埠新聞", None],
                kicker="閘北昨晨大火",
                title="焚燬民房二十餘幢",
                subtitle="一老婦未及逃出葬身火窟",
                head=["x:閘北昨晨大火", "x:焚燬民房二十餘幢", "x:一老婦未及逃出葬身火窟", ""],
                paragraphs=[
                    "閘北寶興路福安里。昨晨四時許。第十四號門牌某姓家中。因灶間失慎。火勢猛烈。頃刻之間。延及左右鄰居。救火會聞警。即驅車前往灌救。至六時始告熄滅。計焚燬平房二十餘幢。損失約在二萬元以上。",
                    "該里第十六號住戶張姓老婦。年已七十有二。雙目失明。未及逃出。竟葬身火窟。其子聞耗。痛不欲生。起火原因。現由公安局派員查勘中。",
                    "按該處房屋。多係板壁搭蓋。巷道狹窄。救火車不能駛入。水龍須由寶興路口接引。以致延誤時刻。附近居民。咸謂此後當由當局設法改善云。",
                ],
                ins={(0, 3): [""]},
                tail=[""],
            ),
            A(
                section=["本埠新聞", None],
                kicker="新米登場而米價不跌",
                title="米業公會昨議平價",
                head=["x:新米登場而米價不跌", "x:米業公會昨議平價", ""],
                paragraphs=[
                    "本埠米價。自上月以來。逐步上漲。現新米雖已登場。而市價仍在每石十二元以上。貧民生計。大受影響。米業同業公會有鑒於此。特於昨日下午召集各米行代表。在公會開會討論。",
                    "議決各米行一律以公平價格出售。不得囤積居奇。並推代表五人。赴無錫、常州一帶。調查產米情形。設法增加來源。一面呈請社會局派員隨時稽查。以平市價云。",
                    "又據米業中人談。本年各地秋收。尚稱豐稔。惟因運輸不便。各地米商。多觀望不前。故本埠存米。較往年為少。若交通恢復。則米價當可回落云。",
                ],
                tail=[""],
            ),
            "x:本館專電",
            "",
            A(
                section=["本館專電", None],
                kicker=[None, "本館專電"],
                title="財部令各關嚴緝私運白銀",
                head=["x:財部令各關嚴緝私運白銀"],
                paragraphs=[
                    "南京　財政部以近來白銀私運出口之風甚熾。影響金融至鉅。昨特令各海關監督。嚴飭所屬。認真查緝。凡私運銀元銀條者。一經查獲。全數充公。並依法懲處。（八日專電）",
                ],
            ),
            A(
                section=["本館專電", None],
                kicker=[None, "本館專電"],
                title="蘇省府議決興修運河堤工",
                head=["x:蘇省府議決興修運河堤工"],
                paragraphs=[
                    "鎮江　省府昨開第六百四十次會議。議決興修運河東堤工程。需款四十二萬元。由建設廳會同財政廳籌撥。限於明年春汛以前完工。（八日專電）",
                ],
            ),
            "",
            A(
                title="閩省匪氛漸靖",
                head=["x:閩省匪氛漸靖", ""],
                byline=[None, "中央社"],
                source=[None, "中央社"],
                paragraphs=[
                    "中央社福州八日電　閩北各縣。經保安隊分路進剿後。匪氛漸靖。建甌、浦城間交通。已於昨日恢復。郵件亦照常遞送。",
                ],
                tail=[""],
            ),
            A(
                title="英國國會昨日開幕",
                head=["x:英國國會昨日開幕", ""],
                byline=[None, "路透社"],
                source=[None, "路透社"],
                paragraphs=[
                    "路透社八日倫敦電　英國國會本屆會期。於今日午前開幕。英王親臨上院宣讀演辭。略謂政府對於國際和平。仍當竭力維持。對於國內失業問題。亦將提出新案。以謀救濟云。",
                    "又電　上院議長開會後。即宣布休會。下院則由首相提出答謝演辭案。反對黨領袖起而質詢政府之失業政策。辯論甚烈。至晚間始散會。",
                ],
                tail=[""],
            ),
        ],
    )
)

# 5 ---------------------------------------------------------------- Hong Kong 地產 page with a transactions list
PAGES.append(
    dict(
        key="dichan",
        not_enc=["utf-8", "cp950", "big5"],
        name="zht_big5hkscs_lf_hk_dichan_property_page_xinpan_story_sq_ft_prices_lift_char_zhunyi_cantonese_quote_chengjiao_list_rows_loushi_column_signed_wen_daiyong_jump_running_head_midsentence",
        enc="big5hkscs",
        bom=False,
        crlf=False,
        width=40,
        cjk=True,
        date="2026-11-28",
        page="B6",
        note="東港日報 B6 地產, Big5-HKSCS (𨋢 嘅 咗 啲 邨 埗, not in cp950), LF. A 新盤 story (kicker, title, 【本報訊】 lead, 呎價 figures, a buyer's Cantonese quote), ending mid-sentence at （續見B7） (furniture); a 二手成交 list (label, title, header row and five rows, one paragraph each; 資料來源 line its last paragraph); a 樓市 column signed 文：X under its head; two 地產快訊 items, the running head inside one. Foot: the advertising line.",
        pieces=[
            "f:東港日報　2026年11月28日　星期六　B6　地產",
            "",
            A(
                kicker="長沙灣新盤首輪推售",
                title="三百伙兩日沽清　平均呎價1.8萬",
                head=["x:長沙灣新盤首輪推售", "x:三百伙兩日沽清　平均呎價1.8萬", ""],
                paragraphs=[
                    "【本報訊】長沙灣新盤「海逸峰」首輪推售的三百伙單位，兩日內全數沽清，套現約十四億元。發展商表示，買家以本地用家為主，約三成來自深水埗及長沙灣一帶，稍後將加推第二批單位。",
                    "首批單位實用面積由二百六十八至五百九十二平方呎，折實平均呎價約一萬八千元，最平一伙開放式單位折實售價約四百六十萬元。項目設有三部𨋢，住客會所設於平台，步行往地鐵站約五分鐘。",
                    "在售樓處排隊嘅陳先生話，佢同太太睇咗好多個盤，最後揀呢度係因為近地鐵。「啲價錢算合理，唔使供到咁辛苦，早啲上車好過等。」他透露，首期大部分由父母資助。",
                    "有代理指出，近月新盤定價貼近二手市價，吸引不少上車客入市。不過本港息口仍處高位，加上下月將有多個新盤登場，發展商之間的價格競爭料將加劇，",
                ],
                ins={(2, 1): ["", "c:「海逸峰」售樓處外昨日大排長龍。", "k:本報記者　梁偉康攝", ""]},
                tail=["f:（續見B7）", ""],
            ),
            A(
                kicker=["二手成交", None],
                section=[None, "二手成交"],
                title="上周主要屋苑成交",
                head=["x:二手成交", "x:上周主要屋苑成交", ""],
                raw=True,
                paragraphs=[
                    "屋苑　　　　單位　　　　面積（呎）　成交價",
                    "太古城　　　海天閣高層　　812　　1180萬",
                    "美孚新邨　　九期低層　　　655　　　718萬",
                    "沙田第一城　46座中層　　　327　　　488萬",
                    "黃埔花園　　十二期高層　　868　　1086萬",
                    "麗港城　　　十九座中層　　702　　　806萬",
                    "資料來源：東港日報地產組",
                ],
                tail=[""],
            ),
            A(
                section=["樓市縱橫", None],
                kicker=[None, "樓市縱橫"],
                title="上車盤唔好只睇價錢",
                head=["x:樓市縱橫", "x:上車盤唔好只睇價錢", "x:文：黃志朗", ""],
                byline=["文：黃志朗", "黃志朗"],
                paragraphs=[
                    "年輕人買第一層樓，往往只計首期同月供，其實管理費、維修基金同樓齡都要計埋。樓齡超過四十年嘅單位，銀行估價可能偏低，按揭成數亦未必做得足，隨時要多拎幾十萬首期。",
                    "另外，細單位嘅呎價通常偏高，將來換樓時升值幅度未必追得上。入市之前，不妨多睇幾個屋苑，比較一下交通、校網同配套，揀一個自己住得舒服、將來又易轉手嘅單位，先至係上策。",
                ],
                tail=[""],
            ),
            A(
                title="多間銀行再加按揭回贈",
                head=["x:多間銀行再加按揭回贈", "x:本報記者　何嘉欣", ""],
                byline=["本報記者　何嘉欣", "何嘉欣"],
                paragraphs=[
                    "新盤市場轉旺，銀行爭相搶攻按揭生意。本周至少三間銀行上調現金回贈，貸款額五百萬元以上的客戶，最高可獲貸款額百分之二點二的回贈，部分銀行更豁免提早還款罰息。",
                    "有按揭轉介公司負責人表示，近日查詢個案較上月增加約四成，不少買家會先申請「預批」，確保入市時資金到位。他提醒，買家應留意回贈附帶的鎖息期及罰息條款，不要只看回贈多少。",
                    "另外，有銀行亦推出「綠色按揭」，凡購買獲綠色建築認證的新盤單位，可享較低按息。業界估計，隨著下月多個新盤登場，銀行之間的按揭戰仍會持續一段時間。",
                ],
                tail=[""],
            ),
            "x:地產快訊",
            "",
            A(
                section=["地產快訊", None],
                kicker=[None, "地產快訊"],
                title="將軍澳商場翻新完成",
                head=["x:將軍澳商場翻新完成"],
                paragraphs=[
                    "將軍澳「翠灣廣場」斥資三億元翻新工程已完成，商場新增兩層美食廣場及兒童遊樂區，下月一日重開。管理公司表示，全場出租率已達九成半。",
                ],
            ),
            A(
                section=["地產快訊", None],
                kicker=[None, "地產快訊"],
                title="元朗地皮流標",
                head=["x:元朗地皮流標"],
                paragraphs=[
                    "地政總署昨日公布，元朗一幅住宅用地因入標價未達底價而流標。有測量師認為，發展商對新界西北住宅需求取態審慎，估計政府會重新檢討該地的規劃參數。",
                ],
                ins={(0, 1): ["f:東港日報　B6　地產　2026年11月28日"]},
            ),
            "",
            "f:地產廣告查詢　2564 8812　　網址　www.donggang-daily.hk",
        ],
    )
)

# 6 ---------------------------------------------------------------- 民生·维权 page: 投诉/回音 pairs
PAGES.append(
    dict(
        key="weiquan",
        not_enc=["gbk"],
        name="zh_utf8_crlf_minsheng_weiquan_page_prepaid_card_investigation_byline_line_shixi_sheng_consumer_quotes_tousu_huiyin_paired_items_shuju_list_xiaofei_tishi_box_running_head_midsentence",
        enc="utf-8",
        bom=False,
        crlf=True,
        width=42,
        cjk=True,
        date="2026-11-24",
        page="A07",
        note="南屏都市报 A07 民生·维权, UTF-8 (no BOM), CRLF. An investigation of a closed gym's prepaid cards (kicker, title, byline line with 实习生, a member's and the owner's quotes, the running head inside a sentence); 投诉直通车 label over three items, each a title, a 【投诉】 paragraph and a 【回音】 paragraph (labels kept); a 数据 box (title, four list lines); a 消费提示 box. Foot: the hotline line.",
        pieces=[
            "f:南屏都市报　2026年11月24日　星期二　A07　民生·维权",
            "",
            A(
                kicker="健身房突然闭店　数百会员卡里余额难退",
                title="预付卡“说没就没”，钱该找谁要？",
                head=[
                    "x:健身房突然闭店　数百会员卡里余额难退",
                    "x:预付卡“说没就没”，钱该找谁要？",
                    "x:本报记者　谭晓雯　实习生　孟佳",
                    "",
                ],
                byline=["本报记者　谭晓雯　实习生　孟佳", "谭晓雯"],
                paragraphs=[
                    "上周五晚上，家住南屏市东湖区的刘女士像往常一样去小区附近的健身房锻炼，却发现大门紧锁，门上贴着一张“内部装修，暂停营业”的告示。此后一周，健身房再也没有开门，工作人员的电话也打不通了。",
                    "“我上个月刚续了两年的卡，花了三千六百元，一次都还没用上。”刘女士说。记者调查发现，像她这样的会员有三百多人，卡内余额从几百元到上万元不等，不少人是在闭店前一个月内被“充值打八折”的活动吸引续卡的。",
                    "记者联系上该健身房的经营者林某，他表示，因为房租上涨、客源减少，店铺已经亏损半年多，“不是想跑路，是真的撑不下去了”。他承诺将在一个月内拿出退款方案，但对具体的退款比例和时间，没有给出明确答复。",
                    "东湖区市场监管局工作人员介绍，目前已对该健身房立案调查，并督促经营者登记会员信息、制定退款计划。律师提醒，消费者应保存好合同、付款凭证和聊天记录，必要时可以集体向法院提起诉讼。",
                ],
                ins={(2, 1): ["f:南屏都市报　A07　2026.11.24"], (3, 2): [""]},
                tail=[""],
            ),
            "x:投诉直通车",
            "",
            A(
                section=["投诉直通车", None],
                kicker=[None, "投诉直通车"],
                title="网购冰箱送到时外壳凹陷",
                head=["x:网购冰箱送到时外壳凹陷"],
                paragraphs=[
                    "【投诉】市民周先生反映，他在某电商平台购买了一台冰箱，送货上门时发现侧面有明显凹陷，要求换货，商家却以“已签收”为由拒绝。",
                    "【回音】经记者联系，平台客服核实后已为周先生办理换货，新冰箱于11月20日送达，周先生表示满意。",
                ],
            ),
            A(
                section=["投诉直通车", None],
                kicker=[None, "投诉直通车"],
                title="培训机构退费一拖再拖",
                head=["x:培训机构退费一拖再拖"],
                paragraphs=[
                    "【投诉】读者吴女士说，她为孩子报名的美术班因老师离职停课，机构答应退还剩余的两千四百元学费，但两个月过去了仍未到账。",
                    "【回音】区教育局工作人员表示，已约谈该机构负责人，机构承诺本月底前全额退款。本报将继续关注。",
                ],
            ),
            A(
                section=["投诉直通车", None],
                kicker=[None, "投诉直通车"],
                title="外卖少送一份菜",
                head=["x:外卖少送一份菜"],
                paragraphs=[
                    "【投诉】读者小郑反映，点外卖时付了三份菜的钱，只收到两份，联系商家无人回复。",
                    "【回音】平台已核实情况，向小郑退还了少送菜品的费用，并对商家作出警告处理。",
                ],
            ),
            "",
            A(
                kicker=["数据", None],
                section=[None, "数据"],
                title="10月我市12315受理情况",
                head=["x:数据", "x:10月我市12315受理情况", ""],
                raw=True,
                paragraphs=[
                    "受理投诉　4862件",
                    "为消费者挽回经济损失　318.6万元",
                    "预付式消费投诉　927件，同比增长31.2%",
                    "网络购物投诉　1735件，居各类投诉首位",
                ],
                tail=[""],
            ),
            A(
                title="消费提示",
                head=["x:消费提示", ""],
                paragraphs=[
                    "办理预付卡前，要查看经营者的营业执照和经营状况，不要被大额优惠冲昏头脑；单次充值金额不宜过大，并签订书面合同，写明退款条件。一旦发现经营者有闭店迹象，应及时向市场监管部门反映。",
                ],
                tail=[""],
            ),
            "f:维权热线　0771-55128866　　微信公众号　南屏都市报民生",
        ],
    )
)

# 7 ---------------------------------------------------------------- Welsh papur bro (community monthly)
PAGES.append(
    dict(
        key="cymraeg",
        not_enc=["ascii"],
        name="cy_utf8_lf_papur_bro_welsh_community_monthly_gan_byline_line_circumflex_w_y_hyphenation_caption_llun_credit_midsentence_parhad_ar_dudalen_jump_running_foot_midsentence_or_pentrefi_runin_village_items",
        enc="utf-8",
        bom=False,
        crlf=False,
        width=50,
        cjk=False,
        parsep=True,
        date=None,
        page="3",
        note="Papur y Cwm (a Welsh papur bro, monthly) page 3, UTF-8, LF. Blank lines between paragraphs. Lead with a `Gan X` byline line, Welsh syllable hyphenation at line ends (w and y are vowels, ll dd ff ng rh kept whole; ŵ ŷ â ô in words), a caption and `Llun: X` credit inside a sentence, cut mid-sentence at `Parhad ar dudalen 7` (furniture); a choir story with the running foot inside a sentence; O'R PENTREFI label over three run-in village items (title: the capital village name with its period). The issue line gives the month only, so page.date is null.",
        pieces=[
            "f:PAPUR Y CWM",
            "f:Rhif 412 · Tachwedd 2026 · 80c",
            "",
            A(
                title="Agor Hwb Cymunedol yn yr Hen Ysgol",
                head=["x:Agor Hwb Cymunedol yn yr Hen Ysgol", "", "x:Gan ELIN MAELOR", ""],
                byline=["Gan ELIN MAELOR", "ELIN MAELOR"],
                paragraphs=[
                    "Daeth dros gant o bobl ynghyd nos Wener diwethaf i weld yr hen ysgol gynradd yn Llanddewi Fach yn agor fel hwb cymunedol newydd. Mae’r adeilad wedi bod yn wag ers i’r ysgol gau yn 2019, ac mae pwyllgor o wirfoddolwyr wedi bod yn codi arian ers tair blynedd i’w adnewyddu.",
                    "Bydd yr hwb yn cynnig caffi bach, llyfrgell fenthyg, swyddfa bost ddwywaith yr wythnos a lle i grwpiau lleol gyfarfod. Cafodd y gwaith ei ariannu gan grant o £180,000 gan gronfa’r loteri, ynghyd â £42,000 a godwyd yn lleol drwy nosweithiau cwis, ffeiriau a thaith gerdded noddedig.",
                    "Dywedodd cadeirydd y pwyllgor, Gwilym Tudur: “Roedd colli’r ysgol yn ergyd fawr i’r pentref. Rydyn ni eisiau i’r adeilad fod yn galon i’r gymuned unwaith eto, yn lle i bawb, o’r plant lleiaf i’r henoed.”",
                    "Bydd y caffi ar agor bob bore o ddydd Llun i ddydd Sadwrn, a’r gobaith yw cyflogi dau berson lleol yn rhan-amser o’r flwyddyn newydd. Mae’r pwyllgor yn dal i chwilio am wirfoddolwyr i helpu gyda’r llyfrgell ac i",
                ],
                ins={
                    (2, 1): [
                        "",
                        "c:Torri’r rhuban: Gwilym Tudur a disgyblion Ysgol Bro Dewi yn agor yr hwb.",
                        "k:Llun: Rhys Bowen",
                        "",
                    ]
                },
                tail=["f:Parhad ar dudalen 7", ""],
            ),
            A(
                title="Côr Meibion y Cwm yn Cipio’r Wobr Gyntaf",
                head=["x:Côr Meibion y Cwm yn Cipio’r Wobr Gyntaf", ""],
                paragraphs=[
                    "Roedd dathlu mawr yn y Llew Coch nos Sadwrn wedi i Gôr Meibion y Cwm ennill y wobr gyntaf yng nghystadleuaeth y corau meibion yn Eisteddfod Talaith y Gororau. Canodd y côr ddau ddarn, gan gynnwys trefniant newydd o’r emyn-dôn ‘Glan Alaw’ gan yr arweinydd, Meirion Hughes.",
                    "Dyma’r tro cyntaf i’r côr ennill y gystadleuaeth ers 1998. Mae’r aelodau bellach yn paratoi ar gyfer eu cyngerdd Nadolig blynyddol yng Nghapel Bethel ar 19 Rhagfyr, pan fydd côr plant yr ysgol yn ymuno â nhw am y tro cyntaf.",
                    "Mae croeso i ddynion o bob oed ymuno â’r côr, sy’n ymarfer bob nos Iau yn festri Bethel am hanner awr wedi saith. Does dim angen gallu darllen cerddoriaeth, meddai’r ysgrifennydd, Emyr Puw: “Y cyfan sydd ei angen yw llais a pharodrwydd i gael hwyl.”",
                ],
                ins={(1, 2): ["f:Papur y Cwm · Tachwedd 2026 · 3"]},
                tail=[""],
            ),
            "x:O’R PENTREFI",
            "",
            A(
                section=["O’R PENTREFI", None],
                kicker=[None, "O’R PENTREFI"],
                title="CWMGLAS",
                lead="CWMGLAS.",
                paragraphs=[
                    "Llongyfarchiadau i Mair a Huw Jenkins, Tŷ Newydd, ar ddathlu eu priodas aur ddiwedd y mis. Cafwyd parti yn neuadd y pentref gyda’r teulu a llu o ffrindiau, a chacen wedi’i phobi gan eu hwyres, Lowri."
                ],
                tail=[""],
            ),
            A(
                section=["O’R PENTREFI", None],
                kicker=[None, "O’R PENTREFI"],
                title="PENTRE-BACH",
                lead="PENTRE-BACH.",
                paragraphs=[
                    "Diolch i bawb a gefnogodd y bore coffi yn y festri ddydd Sadwrn. Codwyd £612 tuag at gronfa to’r capel, a bydd y gwaith atgyweirio yn dechrau cyn y gwanwyn."
                ],
                tail=[""],
            ),
            A(
                section=["O’R PENTREFI", None],
                kicker=[None, "O’R PENTREFI"],
                title="LLANDDEWI FACH",
                lead="LLANDDEWI FACH.",
                paragraphs=[
                    "Bydd Gŵyl Gerdd y Gaeaf yn cael ei chynnal yn yr hwb newydd nos Wener, 11 Rhagfyr, am 7 o’r gloch. Mynediad am ddim, ond croeso i roddion at gostau’r gwresogi a’r dŵr poeth."
                ],
                tail=[""],
            ),
            "f:Golygydd: Nia Prydderch · papurycwm@ebost.cymru",
        ],
    )
)

# 8 ---------------------------------------------------------------- Icelandic regional weekly
PAGES.append(
    dict(
        key="islenska",
        not_enc=["utf-8"],
        name="is_latin1_crlf_icelandic_regional_weekly_thorn_eth_byline_line_email_credit_compound_hyphenation_caption_ljosmynd_midsentence_framhald_a_bls_jump_running_head_midsentence_stuttar_frettir_items",
        enc="iso-8859-1",
        bom=False,
        crlf=True,
        width=46,
        cjk=False,
        parsep=True,
        date="2026-11-26",
        page="2",
        note="Fjarðapósturinn (an Icelandic regional weekly) page 2, ISO-8859-1 (þ ð æ ö á), CRLF. Lead with a byline line and the reporter's e-mail on the next line (credit), long compounds hyphenated at line ends, Icelandic quotes „…“ (U+201E/U+201C are not in Latin-1, so written ,,…\" as such papers' text exports do), a caption and `Ljósmynd: X` inside a sentence; a fishing story with the running head inside a sentence, cut at `Framhald á bls. 6` (furniture); STUTTAR FRÉTTIR label over three items with their own heads. Foot: the paper's address line.",
        pieces=[
            "f:FJARÐAPÓSTURINN",
            "f:Fimmtudagur 26. nóvember 2026 · 45. tbl. 12. árg.",
            "",
            A(
                title="Ný sundlaug opnuð í Hvalvík",
                head=["x:Ný sundlaug opnuð í Hvalvík", "", "x:Guðrún Halldórsdóttir", "k:gudrun@fjardapostur.is", ""],
                byline="Guðrún Halldórsdóttir",
                paragraphs=[
                    "Ný sundlaug var formlega opnuð í Hvalvík á laugardaginn að viðstöddu fjölmenni. Laugin er tuttugu og fimm metra löng og henni fylgja tveir heitir pottar, vaðlaug fyrir börn og gufubað. Framkvæmdir hófust haustið 2024 og kostuðu um 1.400 milljónir króna.",
                    'Bæjarstjórinn, Sigurður Ólafsson, sagði við opnunina að gamla laugin hefði lengi verið orðin of lítil fyrir bæinn. ,,Hér hittist fólk á öllum aldri, og sundlaugin er eins konar samkomustaður bæjarbúa," sagði hann.',
                    "Aðsókn fyrstu dagana hefur verið mjög góð og hafa yfir þrjú þúsund gestir komið í laugina. Opið verður frá klukkan 6.30 til 22 á virkum dögum og frá 9 til 19 um helgar. Íþróttafélagið Þróttur hyggst einnig hefja sundæfingar fyrir börn strax eftir áramót.",
                    "Gamla sundlaugin, sem byggð var árið 1962, verður rifin á næsta ári. Á lóðinni er ráðgert að reisa leikskóla, en bæjarstjórn á enn eftir að taka endanlega ákvörðun um það.",
                ],
                ins={
                    (1, 1): [
                        "",
                        "c:Börn úr Grunnskóla Hvalvíkur stungu sér fyrst allra í nýju laugina.",
                        "k:Ljósmynd: Einar Þórsson",
                        "",
                    ]
                },
                tail=[""],
            ),
            A(
                title="Loðnuvertíðin lofar góðu",
                head=["x:Loðnuvertíðin lofar góðu", ""],
                paragraphs=[
                    "Útgerðarfélagið Hafaldan í Hvalvík hefur fengið úthlutað um átján þúsund tonna loðnukvóta fyrir komandi vertíð. Framkvæmdastjóri félagsins, Jóhanna Björnsdóttir, segir að gert sé ráð fyrir að skipin haldi til veiða strax eftir áramót, ef veður leyfir.",
                    ',,Þetta skiptir miklu máli fyrir atvinnulífið hér, bæði í fiskvinnslunni og á höfninni," segir Jóhanna. Um áttatíu manns starfa hjá félaginu allt árið og bætast yfirleitt þrjátíu til fjörutíu við á vertíðinni. Félagið hefur einnig keypt nýja',
                ],
                ins={(0, 2): ["f:2 · Fjarðapósturinn · 26. nóvember 2026"]},
                tail=["f:Framhald á bls. 6", ""],
            ),
            "x:STUTTAR FRÉTTIR",
            "",
            A(
                section=["STUTTAR FRÉTTIR", None],
                kicker=[None, "STUTTAR FRÉTTIR"],
                title="Jólamarkaður í félagsheimilinu",
                head=["x:Jólamarkaður í félagsheimilinu", ""],
                paragraphs=[
                    "Kvenfélagið Björk heldur sinn árlega jólamarkað í félagsheimilinu Skjólbrekku laugardaginn 5. desember. Þar verður boðið upp á handverk, laufabrauð og heitt súkkulaði. Allur ágóði rennur til heilsugæslunnar."
                ],
                tail=[""],
            ),
            A(
                section=["STUTTAR FRÉTTIR", None],
                kicker=[None, "STUTTAR FRÉTTIR"],
                title="Vegurinn um Skarðsheiði lokaður",
                head=["x:Vegurinn um Skarðsheiði lokaður", ""],
                paragraphs=[
                    "Vegagerðin lokaði veginum um Skarðsheiði á þriðjudagskvöld vegna snjóflóðahættu. Vegfarendum er bent á að fylgjast með færð á vef Vegagerðarinnar áður en lagt er af stað."
                ],
                tail=[""],
            ),
            A(
                section=["STUTTAR FRÉTTIR", None],
                kicker=[None, "STUTTAR FRÉTTIR"],
                title="Kórinn syngur í kirkjunni",
                head=["x:Kórinn syngur í kirkjunni", ""],
                paragraphs=[
                    "Kirkjukór Hvalvíkur heldur aðventutónleika í Hvalvíkurkirkju sunnudaginn 6. desember klukkan 17. Á efnisskránni eru íslensk og erlend jólalög. Aðgangur er ókeypis en tekið verður við frjálsum framlögum til orgelsjóðs."
                ],
                tail=[""],
            ),
            "f:Fjarðapósturinn · Hafnargötu 4, Hvalvík · sími 471 2200 · fjardapostur.is",
        ],
    )
)

# 9 ---------------------------------------------------------------- Croatian local daily
PAGES.append(
    dict(
        key="hrvatski",
        not_enc=["utf-8"],
        name="hr_cp1250_lf_croatian_local_daily_nadnaslov_kicker_lead_subtitle_pise_byline_line_lj_nj_hyphenation_caption_foto_midsentence_nastavak_jump_crna_kronika_items_ukratko_runin_euro_sign",
        enc="cp1250",
        bom=False,
        crlf=False,
        width=48,
        cjk=False,
        parsep=False,
        indent="   ",
        date="2026-11-27",
        page="5",
        note="Posavski list (a Croatian local daily) page 5, Windows-1250 (č ć đ š ž, € 0x80, „…“ at 0x84 and 0x93, which ISO-8859-2 would misread), LF. Paragraphs start with a three-space indent and no blank lines inside a story. Lead: capital nadnaslov (kicker), title, bold lead (subtitle), `Piše: X` byline line, hyphenation at line ends (lj nj kept whole), a caption and `Foto: X` inside a sentence, cut at `Nastavak na 6. stranici` (furniture); CRNA KRONIKA label over two headed items, the running head inside one; UKRATKO label over two run-in items (title: the lead-in with its period).",
        pieces=[
            "f:POSAVSKI LIST",
            "f:Petak, 27. studenoga 2026. · Broj 8412 · 1,20 €",
            "",
            A(
                kicker="GRADSKO VIJEĆE",
                title="Obnova tržnice počinje u ožujku",
                subtitle="Radovi će trajati osam mjeseci, a prodavači će za to vrijeme raditi na privremenoj lokaciji kod autobusnog kolodvora",
                byline=["Piše: Marija Kovačević", "Marija Kovačević"],
                head=[
                    "x:GRADSKO VIJEĆE",
                    "x:Obnova tržnice počinje u ožujku",
                    "",
                    "x:Radovi će trajati osam mjeseci, a prodavači će za",
                    "x:to vrijeme raditi na privremenoj lokaciji kod",
                    "x:autobusnog kolodvora",
                    "",
                    "x:Piše: Marija Kovačević",
                    "",
                ],
                paragraphs=[
                    "Gradsko vijeće Brodskog Vrha na sjednici održanoj u četvrtak jednoglasno je prihvatilo projekt obnove gradske tržnice vrijedan 2,4 milijuna eura. Više od polovice iznosa osigurano je iz europskih fondova, a ostatak će podmiriti grad iz proračuna za sljedeće dvije godine.",
                    "Gradonačelnik Tomislav Perić istaknuo je da je tržnica u lošem stanju već desetljećima. „Krov prokišnjava, nema tople vode ni pristupa za osobe s invaliditetom. Naši poljoprivrednici i kupci zaslužuju bolje uvjete“, rekao je Perić.",
                    "Radovi bi trebali započeti početkom ožujka, a završetak se očekuje do kraja listopada. Za to vrijeme prodavači će raditi na parkiralištu kod autobusnog kolodvora, gdje će grad o svom trošku postaviti montažne štandove, struju i vodu.",
                    "Prema projektu, tržnica će dobiti novi natkriveni prostor s osamdeset prodajnih mjesta, hladnjaču za mliječne proizvode i javni sanitarni čvor. Predsjednica udruge prodavača Ljiljana Knežević pozdravila je odluku, ali je upozorila da privremena lokacija mora imati dovoljno parkirališnih mjesta, jer bi u protivnom",
                ],
                ins={
                    (1, 1): ["c:Stara tržnica u središtu grada otvorena je 1968. godine", "k:Foto: Ivan Šimić"],
                    (3, 3): [""],
                },
                tail=["f:Nastavak na 6. stranici", ""],
            ),
            "x:CRNA KRONIKA",
            "",
            A(
                section=["CRNA KRONIKA", None],
                kicker=[None, "CRNA KRONIKA"],
                title="Sudar na raskrižju kod škole",
                head=["x:Sudar na raskrižju kod škole"],
                paragraphs=[
                    "U srijedu oko 7.40 sati na raskrižju Zagrebačke i Školske ulice sudarila su se dva osobna automobila. Lakše je ozlijeđena 34-godišnja vozačica, kojoj je pomoć pružena u bolnici. Policija je utvrdila da drugi vozač nije poštovao znak obveznog zaustavljanja.",
                ],
                ins={(0, 2): ["f:POSAVSKI LIST · 27. studenoga 2026. · 5"]},
                tail=[""],
            ),
            A(
                section=["CRNA KRONIKA", None],
                kicker=[None, "CRNA KRONIKA"],
                title="Ukradena kosilica iz dvorišta",
                head=["x:Ukradena kosilica iz dvorišta"],
                paragraphs=[
                    "Nepoznati počinitelj je u noći s ponedjeljka na utorak iz dvorišta obiteljske kuće u Sajmišnoj ulici otuđio motornu kosilicu vrijednu oko 600 eura. Policija moli građane koji imaju bilo kakvu informaciju da se jave na broj 192.",
                ],
                tail=[""],
            ),
            "x:UKRATKO",
            "",
            A(
                section=["UKRATKO", None],
                kicker=[None, "UKRATKO"],
                title="Advent u parku",
                lead="Advent u parku.",
                paragraphs=[
                    "Adventski sajam u Gradskom parku otvara se u subotu, 28. studenoga, u 17 sati. Do Badnjaka će svake večeri nastupati lokalni zborovi i tamburaški sastavi, a kućice s kuhanim vinom i fritulama radit će do 22 sata."
                ],
            ),
            A(
                section=["UKRATKO", None],
                kicker=[None, "UKRATKO"],
                title="Knjižnica dulje radi",
                lead="Knjižnica dulje radi.",
                paragraphs=[
                    "Gradska knjižnica od prosinca radi i subotom od 8 do 13 sati. Učenici i studenti mogu se učlaniti besplatno uz predočenje iskaznice."
                ],
            ),
            "",
            "f:Redakcija: Trg bana Jelačića 3, Brodski Vrh · tel. 035 441 200 · redakcija@posavski-list.hr",
        ],
    )
)

# 10 --------------------------------------------------------------- Swahili (Tanzanian) daily
PAGES.append(
    dict(
        key="kiswahili",
        not_enc=["ascii"],
        name="sw_utf8bom_lf_swahili_tanzanian_daily_habari_za_mikoani_na_mwandishi_wetu_byline_line_shilingi_figures_caption_picha_na_credit_midsentence_inaendelea_uk_jump_running_head_midsentence_habari_kwa_ufupi_items",
        enc="utf-8",
        bom=True,
        crlf=False,
        width=52,
        cjk=False,
        parsep=True,
        hyphenate=False,
        date="2026-11-25",
        page="4",
        note="Sauti ya Pwani (a Tanzanian Swahili daily) page 4 HABARI ZA MIKOANI, UTF-8 with BOM, LF, not hyphenated. Lead with a `Na MWANDISHI WETU, Tanga` byline line, shilingi figures (Sh 1,850, shilingi milioni 420), a caption and `(Picha na X)` credit inside a sentence, cut at `Inaendelea Uk. 6` (furniture); a second story with a `Na X, Pangani` byline line and the running head inside a sentence; HABARI KWA UFUPI label over two headed items. Foot: the paper's contact line.",
        pieces=[
            "f:SAUTI YA PWANI",
            "f:Jumatano, Novemba 25, 2026 · Toleo Na. 3127 · Sh 800",
            "f:HABARI ZA MIKOANI",
            "",
            A(
                title="Wakulima wa mkonge Tanga walalamikia bei",
                head=["x:Wakulima wa mkonge Tanga walalamikia bei", "", "x:Na MWANDISHI WETU, Tanga", ""],
                byline=["Na MWANDISHI WETU, Tanga", "MWANDISHI WETU"],
                paragraphs=[
                    "WAKULIMA wadogo wa mkonge katika Wilaya ya Muheza mkoani Tanga wameiomba Serikali kuingilia kati kushuka kwa bei ya zao hilo, ambayo imeshuka kutoka Sh 1,850 hadi Sh 1,200 kwa kilo katika kipindi cha miezi mitatu.",
                    "Wakizungumza jana katika mkutano wa hadhara uliofanyika katika Kijiji cha Mkuzi, wakulima hao walisema gharama za uzalishaji zimepanda, huku wanunuzi wakipunguza bei bila maelezo ya kuridhisha.",
                    'Mwenyekiti wa Chama cha Ushirika cha Wakulima wa Mkonge Muheza, Hamisi Juma, alisema chama chake kina wanachama zaidi ya 600 ambao wamewekeza jumla ya shilingi milioni 420 katika mashamba yao. "Tukiendelea hivi, wakulima wengi wataacha kulima mkonge na kurudi kwenye mazao mengine," alisema.',
                    "Akijibu malalamiko hayo, Afisa Kilimo wa Wilaya, Neema Shabani, alisema ofisi yake imeanza mazungumzo na wanunuzi wakubwa ili kuweka bei elekezi kabla ya msimu ujao wa mavuno, na kwamba",
                ],
                ins={
                    (1, 1): [
                        "",
                        "c:Mkulima Hamisi Juma akionyesha mkonge uliovunwa shambani kwake, Muheza, jana.",
                        "k:(Picha na Salim Omari)",
                        "",
                    ]
                },
                tail=["f:Inaendelea Uk. 6", ""],
            ),
            A(
                title="Shule mpya ya sekondari yafunguliwa Pangani",
                head=["x:Shule mpya ya sekondari yafunguliwa Pangani", "", "x:Na Rehema Mussa, Pangani", ""],
                byline=["Na Rehema Mussa, Pangani", "Rehema Mussa"],
                paragraphs=[
                    "WANAFUNZI zaidi ya 300 wa Kata ya Bweni wilayani Pangani hawatalazimika tena kutembea umbali wa kilomita 12 kila siku kwenda shule, baada ya shule mpya ya sekondari kufunguliwa rasmi jana.",
                    "Shule hiyo, iliyojengwa kwa gharama ya shilingi milioni 580 kwa ushirikiano wa Serikali na wananchi, ina madarasa manane, maabara mbili, maktaba na nyumba nne za walimu. Mkuu wa Wilaya ya Pangani, Zuberi Athumani, aliwapongeza wananchi kwa kuchangia nguvu kazi na vifaa vya ujenzi.",
                    "Mkuu wa shule hiyo, Mwalimu Fatuma Said, alisema shule imeanza na walimu tisa na inatarajia kupokea wanafunzi wa kidato cha kwanza 160 mwezi Januari mwakani. Aliwaomba wazazi kuhakikisha watoto wao wanafika shule kwa wakati.",
                ],
                ins={(1, 2): ["f:SAUTI YA PWANI Jumatano, Novemba 25, 2026 4"]},
                tail=[""],
            ),
            "x:HABARI KWA UFUPI",
            "",
            A(
                section=["HABARI KWA UFUPI", None],
                kicker=[None, "HABARI KWA UFUPI"],
                title="Kivuko cha Pangani chakarabatiwa",
                head=["x:Kivuko cha Pangani chakarabatiwa", ""],
                paragraphs=[
                    "Huduma za kivuko cha Pangani zitasitishwa kwa siku tatu kuanzia Jumamosi ili kupisha ukarabati wa injini. Wasafiri wameshauriwa kutumia barabara ya Muheza wakati huo."
                ],
                tail=[""],
            ),
            A(
                section=["HABARI KWA UFUPI", None],
                kicker=[None, "HABARI KWA UFUPI"],
                title="Wavuvi wapewa boti mpya",
                head=["x:Wavuvi wapewa boti mpya", ""],
                paragraphs=[
                    "Vikundi vitano vya wavuvi wa Kigombe vimekabidhiwa boti tano zenye injini pamoja na nyavu, vyenye thamani ya shilingi milioni 95, kupitia mfuko wa maendeleo ya uvuvi wa Halmashauri ya Wilaya ya Muheza."
                ],
                tail=[""],
            ),
            "f:Sauti ya Pwani, S.L.P. 512, Tanga · Simu 027 264 1180 · habari@sautiyapwani.co.tz",
        ],
    )
)
