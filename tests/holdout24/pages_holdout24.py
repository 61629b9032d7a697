"""Page texts for make_holdout24_pages.py (all papers, people, places, firms and events invented)."""

from make_holdout24_pages import A

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
                head=["x:旅美乡亲捐资三百万元", "x:百年侨校焕新颜　琅琅书声回村来", "x:本报记者　余嘉欣　通讯员　关志朋", ""],
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
        name="zh_utf16be_bom_lf_tianqi_shenghuo_fuwu_page_forecast_table_rows_shenghuo_zhishu_box_qixiangtai_source_credit_first_snow_story_tingshui_tongzhi_signed_xianxing_list_bianmin_phone_lines",
        enc="utf-16-be",
        bom=True,
        crlf=False,
        width=38,
        cjk=True,
        date="2026-12-03",
        page="12",
        note="北原晚报 第12版 天气·服务, UTF-16 BE with BOM, LF. A story on the first snow with a byline line; the forecast table (label 未来三天, title 本市天气预报, a header row and three rows, one paragraph each, source line a credit) and a 生活指数 box (four rows); a 停水通知 signed by the water company with its date line (credit); a 限行提示 list; 便民电话 lines (an article, one paragraph per line). Furniture: header line, running foot inside the story, the hotline line at the foot.",
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
                ],
                tail=["k:（数据来源：北原市气象台）", ""],
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
                title="便民电话",
                head=["x:便民电话", ""],
                raw=True,
                paragraphs=[
                    "供热服务热线　96118",
                    "供水抢修热线　96611",
                    "燃气抢修电话　0431-88652200",
                    "市民服务热线　12345",
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
                    "靠岸的时候，船头轻轻碰了一下石阶。赵有福第一个跳下去，帮着把一位挑担子的老汉扶上船，又回头冲儿子喊：“稳住舵，别急！”那声音在江面上传出去很远，惊起了芦苇丛里的几只水鸟。",
                ],
                ins={(3, 1): ["f:本版编辑　柳　絮　　邮箱　fukan@qcrb.cn"]},
                tail=["f:　　　　　　　　　　　　　　（未完待续）", ""],
            ),
        ],
    )
)
