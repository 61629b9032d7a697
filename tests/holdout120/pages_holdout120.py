"""The text of every holdout120 page, written once: make_holdout120_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-118 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets the title directly above the lead. `("row", line)` prints a line of a list, box, table or notice (one gold
paragraph per printed line; a row holding `\n` prints its lines one under the other and is one gold paragraph, the
Latin lines joined by one space); `("h", line)` a heading inside an article; `("end", line)` a printed line that is
no paragraph of the gold (a notice's issuer: the byline). `{cap}` drops the caption and its credit into a paragraph,
`{run}` the running head; `~` marks where a Latin word may be split at a line end. The Latin rows are padded to their
columns by `cells()` (holdout116's and 118's), so the printed spacing is reproducible. All papers, universities,
observatories, stations, societies, companies, people, sums, telephone numbers and events (the launch, the eclipse,
the passes, the sky figures) are invented; real places (towns, districts, islands, volcanoes, coordinates) are
settings only.
"""


def cells(widths, *texts, right=False):
    """A Latin row whose cells are padded to `widths` (the gold keeps one space); the last cell flush right if asked."""
    *lead, last = texts
    row = "".join(text.ljust(w) for text, w in zip(lead, widths))
    return row + (last.rjust(widths[-1]) if right else last)


DABIAN = {
    "name": "zh_gbk_lf_university_page_retired_engineer_phd_story_byline_caption_credit_running_head_midquote_glued_thesis_defence_notice_labelled_rows_committee_head_over_chair_members_secretary_rows_closing_paragraph_signed_by_graduate_school_date_row",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "溱阳日报 2034-06-14 第5版 科教周刊, GBK, LF; indent-only paragraphs, wrapped at 22. A university page: a "
    "62-year-old retired engineer will defend his doctoral thesis next week (title with a full-width gap, the byline "
    "line `本报记者　邬　珩`, a caption and its credit inside a sentence, the supervisor's “” quotation cut by the "
    "running head before `实验室。”`), then, with no blank line, **the graduate school's `博士学位论文答辩公告`: labelled "
    "rows (candidate, school, thesis title, supervisor), the head `答辩委员会` (a heading) over a chair row, a members "
    "row and a secretary row, then time and place rows, a closing paragraph `欢迎全校师生参加旁听。`, the issuer's line "
    "`溱阳大学研究生院` (the byline) and the date row**; the notice is an article, its head the title, each printed "
    "row a paragraph.",
    "date": "2034-06-14", "page": "5",
    "head": ["溱阳日报　　2034年6月14日　星期三", "第5版　科教周刊　　责任编辑：荀　霁"],
    "foot": ["溱阳日报社出版　　新闻热线：0731-5526094"],
    "furniture": ["溱阳日报", "2034年6月14日", "星期三", "第5版", "科教周刊", "责任编辑：荀　霁", "溱阳日报·科教周刊",
                  "溱阳日报社出版", "新闻热线：0731-5526094"],
    "run": ["溱阳日报·科教周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["六旬工程师读博五年　下周登台答辩", "本报记者　邬　珩"], "title": "六旬工程师读博五年　下周登台答辩",
         "byline": ["本报记者　邬　珩", "邬　珩", "邬珩"],
         "captions": ["卢建华在实验室检测混凝土试块。"], "credits": ["（本报记者　邬　珩　摄）"],
         "body": ["今年62岁的卢建华从市建筑设计院退休后，2029年考入溱阳大学材料科学与工程学院攻读博士学位。下周二，"
                  "他将参加博士学位论文答辩。",
                  "卢建华的研究方向是高寒地区混凝土的冻融损伤。五年里，他跑遍了省内{cap}七个高海拔工地，采集了两千多组"
                  "试块数据，论文初稿前后改了十一稿。",
                  "导师裘文彬教授说，卢建华是课题组里年纪最大的学生，却从不缺席组会，“他比年轻人还拼，每天早上第一个到"
                  "{run}实验室。”"]},
        {"glued": True, "lines": ["博士学位论文答辩公告"], "title": "博士学位论文答辩公告",
         "byline": ["溱阳大学研究生院", None],
         "body": [("row", "答辩人：卢建华"),
                  ("row", "学院：材料科学与工程学院"),
                  ("row", "论文题目：高寒地区混凝土冻融损伤机理研究"),
                  ("row", "指导教师：裘文彬　教授"),
                  ("h", "答辩委员会"),
                  ("row", "主席：邢振宇　教授（江源理工大学）"),
                  ("row", "委员：甘　露　苏启明　裘文彬　庞　岳"),
                  ("row", "秘书：冉　菁"),
                  ("row", "时间：2034年6月20日（星期二）14:30"),
                  ("row", "地点：材料楼305会议室"),
                  "欢迎全校师生参加旁听。",
                  ("end", "溱阳大学研究生院"),
                  ("row", "2034年6月13日")]},
    ],
}

CANHAI = {
    "name": "zh_gb18030_crlf_space_page_rocket_debris_evacuation_story_byline_rare_char_caption_credit_running_head_midquote_glued_debris_fall_zone_notice_time_longitude_latitude_township_rows_signed_by_county_government_date_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "澄州晚报 2034-07-19 第6版 科技视界, GB18030 (`䶮` U+4DAE, CJK Extension A, in the reporter's name and credit; "
    "not in GBK), CRLF; blank-line paragraphs, wrapped at 21. A space page: three townships of an invented county "
    "move 4107 people out before a commercial rocket's first stage falls in their hills on Friday (title with a "
    "full-width gap, the byline line `本报记者　钟　䶮`, a caption and its credit inside a sentence, the township "
    "head's “” quotation cut by the running head before `捡拾。”`), then, with no blank line, **the county's notice "
    "`关于做好火箭残骸落区安全防范工作的通告`: a paragraph, a time row, a longitude row and a latitude row in degrees "
    "and minutes (`东经：108°12′—108°31′`), a townships row, a paragraph of instructions, the issuer's line "
    "`澄岭县人民政府` (the byline) and the date row**; the notice is an article, its head the title.",
    "date": "2034-07-19", "page": "6",
    "head": ["澄州晚报　　2034年7月19日　星期三", "第6版　科技视界　　责任编辑：邝　霓"],
    "foot": ["澄州晚报社　　读者热线：0856-7713402"],
    "furniture": ["澄州晚报", "2034年7月19日", "星期三", "第6版", "科技视界", "责任编辑：邝　霓", "澄州晚报·科技视界",
                  "澄州晚报社", "读者热线：0856-7713402"],
    "run": ["澄州晚报·科技视界"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["火箭残骸将落澄岭山区　三乡镇周五疏散", "本报记者　钟　\u4dae"],
         "title": "火箭残骸将落澄岭山区　三乡镇周五疏散",
         "byline": ["本报记者　钟　\u4dae", "钟　\u4dae", "钟\u4dae"],
         "captions": ["乡干部上门发放疏散通知。"], "credits": ["（本报记者　钟　\u4dae　摄）"],
         "body": ["记者昨天从澄岭县获悉，7月21日上午，一枚商业运载火箭将从西北某发射场升空，其一级残骸预计落在该县"
                  "双溪乡、石门乡和岩口镇交界的山区。",
                  "县应急管理局局长柏青松介绍，落区内共有1326户、4107名群众需要临时转移。全县已设{cap}18个安置点，"
                  "备好了饮用水、食品和常用药品。",
                  "双溪乡乡长滕晓梅说，乡干部这几天挨家挨户上门通知，“听到三声长鸣警报就往安置点走，残骸落地后千万不要"
                  "上山{run}捡拾。”"]},
        {"glued": True, "lines": ["关于做好火箭残骸落区安全防范工作的通告"],
         "title": "关于做好火箭残骸落区安全防范工作的通告", "byline": ["澄岭县人民政府", None],
         "body": ["根据航天发射任务安排，我县部分区域为火箭残骸落区。为确保群众生命财产安全，现将有关事项通告如下：",
                  ("row", "落区时间：7月21日10:30—11:30"),
                  ("row", "东经：108°12′—108°31′"),
                  ("row", "北纬：28°05′—28°19′"),
                  ("row", "涉及乡镇：双溪乡　石门乡　岩口镇"),
                  "落区内群众须于7月21日9时前转移至指定安置点。发现残骸请勿靠近、触摸，立即拨打110报告。",
                  ("end", "澄岭县人民政府"),
                  ("row", "2034年7月18日")]},
    ],
}

YUESHI = {
    "name": "zht_big5_lf_taiwan_science_page_total_lunar_eclipse_story_byline_caption_credit_running_head_midquote_glued_eclipse_phase_times_table_phase_and_time_rows_next_day_mark_note_row_source_row",
    "encoding": "big5", "not_in": [], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "鹿埔日報 2034-09-27 A10 科學新知 (`中華民國123年9月27日`), Big5, LF; blank-line paragraphs, wrapped at 20. A "
    "Taiwan science page: a total lunar eclipse on Friday night, visible from first contact to last, and an invented "
    "astronomy centre's free viewing (title with a full-width gap, the byline line `記者葉芷晴／鹿埔報導`, a caption "
    "and its credit inside a sentence, the centre's guide's 「」 quotation cut by the running head before `看到。」`), "
    "then, with no blank line, **the table `月全食各階段時刻`: seven rows `phase　time` in order (`半影食始　19:02` to "
    "`半影食終　00:56（次日）`), the last running past midnight and marked `（次日）`**, a `註：` row and a source row; "
    "the table is an article, its head the title, each printed row a paragraph.",
    "date": "2034-09-27", "page": "A10",
    "head": ["鹿埔日報　中華民國123年9月27日　星期三", "A10　科學新知　　編輯：唐怡君"],
    "foot": ["鹿埔日報社　讀者服務專線：(06)572-3318"],
    "furniture": ["鹿埔日報", "中華民國123年9月27日", "星期三", "A10", "科學新知", "編輯：唐怡君", "鹿埔日報．科學新知",
                  "鹿埔日報社", "讀者服務專線：(06)572-3318"],
    "run": ["鹿埔日報．科學新知"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["月全食週五登場　全程都看得到", "記者葉芷晴／鹿埔報導"], "title": "月全食週五登場　全程都看得到",
         "byline": ["記者葉芷晴／鹿埔報導", "葉芷晴"],
         "captions": ["天文館人員調整觀測用望遠鏡。"], "credits": ["（記者葉芷晴攝）"],
         "body": ["今年唯一一次月全食將在本週五（29日）晚間登場，全臺各地從初虧到復圓都看得到，全食階段長達84分鐘。",
                  "鹿埔天文教育館當晚將在館前廣場架設八臺望遠鏡，{cap}開放民眾免費觀測，並在館方網站同步直播。",
                  "天文館解說員溫志豪說，月全食時月亮會變成暗紅色，「不需要任何濾鏡，只要天氣好，用肉眼就能"
                  "{run}看到。」"]},
        {"glued": True, "lines": ["月全食各階段時刻"], "title": "月全食各階段時刻",
         "body": [("row", "半影食始　19:02"),
                  ("row", "初虧　20:05"),
                  ("row", "食既　21:17"),
                  ("row", "食甚　21:59"),
                  ("row", "生光　22:41"),
                  ("row", "復圓　23:53"),
                  ("row", "半影食終　00:56（次日）"),
                  ("row", "註：時刻均為臺灣時間。"),
                  ("row", "資料來源：鹿埔天文教育館")]},
    ],
}

GUANXING = {
    "name": "zht_big5hkscs_crlf_hong_kong_science_page_light_pollution_stargazing_story_cantonese_byline_caption_credit_running_head_midquote_glued_stargazing_spots_list_place_and_star_rating_rows_note_row_source_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鶴汀日報 2034-10-18 A12 科普天地, Big5-HKSCS (`嘅 喺 咗 揸`; in neither cp950 nor Big5), CRLF; indent-only "
    "paragraphs, wrapped at 20. A Hong Kong science page in Cantonese: an invented stargazing society measures the "
    "city's light pollution and its members drive ever further to see stars (title with a full-width gap, the byline "
    "line `記者　龐穎欣`, a caption and its credit inside a sentence, the chairman's 「」 quotation cut by the running "
    "head before `睇到。」`), then, with no blank line, **the list `觀星好去處`: five rows `place　rating`, each place "
    "closed by a rating of five filled or hollow stars (`西貢萬宜水庫東壩　★★★★★`, `大埔海濱公園　★★☆☆☆`)**, a `註：` "
    "row and a source row; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2034-10-18", "page": "A12",
    "head": ["鶴汀日報　2034年10月18日　星期三", "A12　科普天地　　編輯：歐陽朗"],
    "foot": ["鶴汀日報社　　新聞熱線：2861 3047"],
    "furniture": ["鶴汀日報", "2034年10月18日", "星期三", "A12", "科普天地", "編輯：歐陽朗", "鶴汀日報．科普天地",
                  "鶴汀日報社", "新聞熱線：2861 3047"],
    "run": ["鶴汀日報．科普天地"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["光害愈嚟愈嚴重　市區睇星難上難", "記者　龐穎欣"], "title": "光害愈嚟愈嚴重　市區睇星難上難",
         "byline": ["記者　龐穎欣", "龐穎欣"],
         "captions": ["觀星會會員喺西貢睇星。"], "credits": ["（龐穎欣攝）"],
         "body": ["本港光害全球數一數二。天文團體維港觀星會最新量度發現，尖沙咀晚上嘅天空光度係郊野公園嘅一百倍以上，"
                  "市區淨係睇到十幾粒星。",
                  "觀星會主席區兆麟話，近年多咗新屋苑同大型廣告燈箱，{cap}連以前好暗嘅新界村落都光咗好多，會員要揸車去"
                  "更遠嘅地方。",
                  "佢話：「以前喺大埔海邊都見到銀河，而家要揸車入到萬宜水庫先至{run}睇到。」"]},
        {"glued": True, "lines": ["觀星好去處"], "title": "觀星好去處",
         "body": [("row", "西貢萬宜水庫東壩　★★★★★"),
                  ("row", "大嶼山昂坪　★★★★☆"),
                  ("row", "大帽山　★★★☆☆"),
                  ("row", "石澳　★★★☆☆"),
                  ("row", "大埔海濱公園　★★☆☆☆"),
                  ("row", "註：星愈多，光害愈少。"),
                  ("row", "資料來源：維港觀星會")]},
    ],
}

GUOJING = {
    "name": "zh_utf16le_bom_lf_space_page_space_station_passes_story_byline_caption_credit_running_head_midquote_glued_pass_forecast_table_header_row_date_time_range_direction_arrow_max_elevation_rows_note_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 23, "indent": "\u3000\u3000", "blank": True,
    "note": "晗州晚报 2034-08-07 第8版 科学生活, **UTF-16 LE with BOM**, LF; blank-line paragraphs, wrapped at 23. A space "
    "page: the space station crosses the city's sky five times this week, three of them bright enough for the naked "
    "eye (title with a full-width gap, the byline line `本报记者　窦　蓁`, a caption and its credit inside a sentence, "
    "the astronomy society secretary's “” quotation cut by the running head before `空间站。”`), then, with no blank "
    "line, **the table `空间站过境预报（晗州）`: a header row `日期　时间　方向　最高仰角` over five rows of a date with "
    "its weekday, a time range, a direction with an arrow and an elevation in degrees (`8月7日（周一）　20:14—20:19　"
    "西北→东南　72°`)**, and a `注：` row; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2034-08-07", "page": "8",
    "head": ["晗州晚报　　2034年8月7日　星期一", "第8版　科学生活　　责任编辑：阚　琳"],
    "foot": ["晗州晚报社出版　　新闻热线：0577-6630281"],
    "furniture": ["晗州晚报", "2034年8月7日", "星期一", "第8版", "科学生活", "责任编辑：阚　琳", "晗州晚报·科学生活",
                  "晗州晚报社出版", "新闻热线：0577-6630281"],
    "run": ["晗州晚报·科学生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["空间站本周五次过境　抬头就能看见", "本报记者　窦　蓁"], "title": "空间站本周五次过境　抬头就能看见",
         "byline": ["本报记者　窦　蓁", "窦　蓁", "窦蓁"],
         "captions": ["天文爱好者在江堤上拍摄空间站的轨迹。"], "credits": ["（本报记者　窦　蓁　摄）"],
         "body": ["本周，空间站将五次从我市上空飞过，其中周一、周三和周六三次仰角较高、亮度较大，天气晴好时肉眼就能"
                  "看到。",
                  "市天文爱好者协会秘书长阮嘉明介绍，空间站过境时像一颗{cap}明亮的星星，从西边或西北方向升起，几分钟内"
                  "就划过整个天空。",
                  "他提醒市民，观测时不需要望远镜，找一处视野开阔的地方即可，“看到一颗不闪烁、匀速移动的亮星，那就是"
                  "{run}空间站。”"]},
        {"glued": True, "lines": ["空间站过境预报（晗州）"], "title": "空间站过境预报（晗州）",
         "body": [("row", "日期　时间　方向　最高仰角"),
                  ("row", "8月7日（周一）　20:14—20:19　西北→东南　72°"),
                  ("row", "8月8日（周二）　21:02—21:06　西→南　31°"),
                  ("row", "8月9日（周三）　20:15—20:21　西北→东　85°"),
                  ("row", "8月10日（周四）　21:03—21:07　西→南　28°"),
                  ("row", "8月12日（周六）　20:16—20:22　西→东　64°"),
                  ("row", "注：时间为北京时间，阴雨天无法观测。")]},
    ],
}

XINYUE = {
    "name": "zh_utf8_nobom_crlf_malaysia_science_page_crescent_moon_sighting_story_byline_xinshan_xun_opener_caption_credit_running_head_midquote_glued_crescent_data_box_sunset_moonset_age_altitude_elongation_rows_source_row",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "南柔日报 (an invented Johor Chinese daily) 2034-12-11 第7版 科学与教育, UTF-8 without BOM, CRLF; indent-only "
    "paragraphs, wrapped at 21. A Malaysian science page: an invented Johor Bahru observatory is one of the sites "
    "looking for the new crescent that decides whether Hari Raya falls tomorrow (title with a full-width gap, the "
    "byline line `记者　黄秀慧`, the lead opened by `（新山讯）`, a caption and its credit inside a sentence, the "
    "observatory head's “” quotation cut by the running head before `看得到。”`), then, with no blank line, **the box "
    "`今晚新月观测数据（新山）`: labelled rows of sky figures in local time and in degrees and minutes (`日落时间：晚上"
    "7时09分`, `月龄：14小时52分`, `月亮高度：4°51′`, `日月角距：7°18′`)** and a source row; the box is an article, "
    "its head the title, each printed row a paragraph.",
    "date": "2034-12-11", "page": "7",
    "head": ["南柔日报　2034年12月11日　星期一", "第7版　科学与教育　　编辑：廖慧珊"],
    "foot": ["南柔日报社　　新闻热线：07-338 2146"],
    "furniture": ["南柔日报", "2034年12月11日", "星期一", "第7版", "科学与教育", "编辑：廖慧珊", "南柔日报·科学与教育",
                  "南柔日报社", "新闻热线：07-338 2146"],
    "run": ["南柔日报·科学与教育"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["天文台今晚观测新月　开斋节日期待定", "记者　黄秀慧"], "title": "天文台今晚观测新月　开斋节日期待定",
         "byline": ["记者　黄秀慧", "黄秀慧"],
         "captions": ["观测站人员调整望远镜方向。"], "credits": ["（黄秀慧摄）"],
         "body": ["（新山讯）宗教当局今晚将在全国29个观测点观测新月，以决定开斋节是否在明天。新山天文观测站是其中之一。",
                  "观测站主任莫哈末阿兹兰说，今晚日落后新月离地平线只有约5度，{cap}月牙又细又暗，能否看到要看西边天空"
                  "的云量。",
                  "他说，如果今晚各观测点都看不到新月，开斋节便顺延一天，“月亮太低、太细，就算用望远镜也不一定"
                  "{run}看得到。”"]},
        {"glued": True, "lines": ["今晚新月观测数据（新山）"], "title": "今晚新月观测数据（新山）",
         "body": [("row", "日落时间：晚上7时09分"),
                  ("row", "月落时间：晚上7时36分"),
                  ("row", "月龄：14小时52分"),
                  ("row", "月亮高度：4°51′"),
                  ("row", "日月角距：7°18′"),
                  ("row", "资料来源：新山天文观测站")]},
    ],
}

NATIJA = {
    "name": "shu_cp1252_crlf_chadian_arabic_university_page_medical_entrance_results_story_byline_dateline_caption_credit_running_head_midquote_glued_top_candidates_numbers_four_to_a_row_aligned_by_spaces_closing_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Al-Khabar Anjamêna (an invented Chadian Arabic daily in Latin letters, N'Djamena, Chad) 2034-08-23 Safha 3 "
    "Ilim wa Giray, cp1252 (`â ê î ô û é · – “ ”`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A "
    "university page: an invented university's medical faculty admits 180 of 1240 candidates (title over two lines, "
    "byline line `Kâtib: Mahamat Saleh Idriss`, the dateline `ANJAMÊNA –` opening the lead, a caption and its credit "
    "inside a sentence, an admitted student's “” quotation cut by the running head before `hillitna.”`), then, with no "
    "blank line, **the list `Nimar al-awwalîn al-itnâshar`: the twelve best candidates by their exam numbers only, "
    "four numbers a row aligned by runs of spaces (`0733  0215  1102  0418`), in rank order, and a closing row sending "
    "the other 168 to the university's board**; the list is an article, its head the title, each printed row a "
    "paragraph (one space kept between numbers).",
    "date": "2034-08-23", "page": "3",
    "head": ["AL-KHABAR ANJAMÊNA · Al-arba'a 23 Ut 2034 · Safha 3", "Ilim wa Giray · Mudîr al-tahrîr: Hawa Abakar"],
    "foot": ["Al-Khabar Anjamêna · khabar@alkhabar.example.td"],
    "furniture": ["AL-KHABAR ANJAMÊNA", "Al-arba'a 23 Ut 2034", "Safha 3", "Ilim wa Giray",
                  "Mudîr al-tahrîr: Hawa Abakar", "Al-Khabar Anjamêna · Ilim wa Giray", "Al-Khabar Anjamêna",
                  "khabar@alkhabar.example.td"],
    "run": ["Al-Khabar Anjamêna · Ilim wa Giray"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kulliyat al-tibb shâlat", "180 tâlib min 1240", "Kâtib: Mahamat Saleh Idriss"],
         "title": "Kulliyat al-tibb shâlat 180 tâlib min 1240",
         "byline": ["Kâtib: Mahamat Saleh Idriss", "Mahamat Saleh Idriss"],
         "captions": ["Al-tullâb yagru al-natîja."], "credits": ["Sûra: Adoum Hassan"],
         "body": ["ANJAMÊNA – Jâmiat Anjamêna al-Jadîde marragat amis natîjat imtihân al-dukhûl hint kulliyat "
                  "al-tibb. Min 1240 tâlib al-dakhalo al-imtihân, 180 bas najaho.",
                  "Amîdat al-kulliya, al-duktûra Fatimé Ousmane, gâlat al-imtihân al-sana di bigi gâsi min al-sana "
                  "al-fâtat, ashân al-kulliya {cap}mâ indaha bakân katîr: al-fusûl wa mustashfa al-giray dayyigîn.",
                  "Wilêd min al-nâjihîn, Abakar Dji~brine, gâl: “Abûi mât bala daktôr fî al-hille. Ana nidôr nabga "
                  "daktôr wa nigabbil nixaddim fî {run}hillitna.”"]},
        {"glued": True, "lines": ["Nimar al-awwalîn al-itnâshar"], "title": "Nimar al-awwalîn al-itnâshar",
         "body": [("row", cells((6, 6, 6), "0733", "0215", "1102", "0418")),
                  ("row", cells((6, 6, 6), "0951", "0087", "1210", "0364")),
                  ("row", cells((6, 6, 6), "0629", "0140", "0876", "1033")),
                  ("row", "Al-168 al-bâgîn fî al-lôha.")]},
    ],
}

AQSARNIIT = {
    "name": "ikt_utf8_bom_lf_inuinnaqtun_science_page_aurora_research_cameras_story_byline_dateline_caption_credit_running_head_midquote_glued_aurora_forecast_table_header_night_kp_rows_aligned_by_spaces_note_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Ulluriaq (an invented Inuinnaqtun weekly; `ulluriaq`, star; Iqaluktuuttiaq, Nunavut) 2034-12-06 Makpigaq 4 "
    "Ihivriurniq, UTF-8 with BOM (`· – “ ”`), LF; blank-line paragraphs, wrapped at 37 with hyphenation. A science "
    "page: an invented Arctic research station sets five new cameras on the land to film the aurora, and its "
    "researcher turns to the elders' knowledge (title over two lines, byline line `Titiraqti: Bella Kitigon`, the "
    "dateline `IQALUKTUUTTIAQ –` opening the lead, a caption and its credit inside a sentence, an elder's “” "
    "quotation cut by the running head before `ublumi.”`), then, with no blank line, **the space-weather table "
    "`Aqsarniit takunnaqtut qanuq`: a header row `Unnuaq  Kp` over five rows `night  Kp index` aligned by runs of "
    "spaces (`Tisaipa 6  5`), and a note row reading the index**; the table is an article, its head the title, each "
    "printed row a paragraph (one space kept between cells).",
    "date": "2034-12-06", "page": "4",
    "head": ["ULLURIAQ · Pingatsiq 6 Tisaipa 2034 · Makpigaq 4", "Ihivriurniq · Aulapkaiyi: Annie Kapakatoak"],
    "foot": ["Ulluriaq · tuhaqtat@ulluriaq.example.ca"],
    "furniture": ["ULLURIAQ", "Pingatsiq 6 Tisaipa 2034", "Makpigaq 4", "Ihivriurniq", "Aulapkaiyi: Annie Kapakatoak",
                  "Ulluriaq · Ihivriurniq", "Ulluriaq", "tuhaqtat@ulluriaq.example.ca"],
    "run": ["Ulluriaq · Ihivriurniq"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Aqsarniit ihivriuqtauyut", "Iqaluktuuttiami", "Titiraqti: Bella Kitigon"],
         "title": "Aqsarniit ihivriuqtauyut Iqaluktuuttiami",
         "byline": ["Titiraqti: Bella Kitigon", "Bella Kitigon"],
         "captions": ["Aqsarniit Iqaluktuuttiami unnuami."], "credits": ["Piksaliuqti: Sam Tikhak"],
         "body": ["IQALUKTUUTTIAQ – Ukiuqtaqtumi Ihiv~riurvik atuliqtuq talimanik nutaanik piksaliurutinik aqsarniit "
                  "ihivriurutigillugit. Piksaliurutit unnuakkut tamaita aqsarniit piksaliurivaktait nunami tahamani.",
                  "Ihivriuqti Naomi Hakongak uqaqtuq inutuqait qauyimayaita ikayuutauyut. Inutuqait {cap}uqariaqtut "
                  "aqsarniit qanuq hilamut atauttikkut aulayut ukiumi.",
                  "Inutuqaq Moses Kaniak uqaqtuq: “Nuta~raulluta angayuqaaptigut uqaqtut aqsarniit "
                  "hivuuraqtailiniaqtavut. Hapkuat uqausiit itqaqtavut {run}ublumi.”"]},
        {"glued": True, "lines": ["Aqsarniit takunnaqtut qanuq"], "title": "Aqsarniit takunnaqtut qanuq",
         "body": [("row", cells((12,), "Unnuaq", "Kp")),
                  ("row", cells((12,), "Tisaipa 6", "5")),
                  ("row", cells((12,), "Tisaipa 7", "6")),
                  ("row", cells((12,), "Tisaipa 8", "4")),
                  ("row", cells((12,), "Tisaipa 9", "3")),
                  ("row", cells((12,), "Tisaipa 10", "5")),
                  ("row", "Kp 5 amma angiyuq: takunnaqtut.")]},
    ],
}

DOCTORA = {
    "name": "rmq_latin1_cr_calo_university_page_first_gitana_doctor_story_byline_dateline_caption_credit_running_head_midquote_glued_further_reading_box_author_title_city_year_entries_hanging_continuation_lines",
    "encoding": "latin-1", "not_in": [], "newline": "\r", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "El Chipé Calé (an invented Caló paper of Andalusia's Gitanos, Granada) 2034-05-17 Página 7 Sinar y Chanelar, "
    "ISO 8859-1 (`á é í ó ú ñ « » ·`; Latin-1 has no dash), **CR** line ends; blank-line paragraphs, wrapped at 36 "
    "with hyphenation. A university page: the first Gitana of the Sacromonte to take a doctorate defends her chemistry "
    "thesis on cleaning well water cheaply (title over two lines, byline line `Por Manuel Fajardo Santiago`, the "
    "dateline `GRANADA -` opening the lead, a caption and its credit inside a sentence, her «» quotation of her "
    "father cut by the running head before `naide».`), then, with no blank line, **the further-reading box `Pa "
    "chanelar más`: three book entries `Author, I.: Title. City, year.`, each printed over two lines, the second "
    "indented under the first (a hanging continuation line)**; the box is an article, its head the title, each entry "
    "one paragraph (its two lines joined by one space).",
    "date": "2034-05-17", "page": "7",
    "head": ["EL CHIPÉ CALÉ · Miércoles 17 de mayo de 2034 · Página 7", "Sinar y Chanelar · Redactora: Pastora Amaya"],
    "foot": ["El Chipé Calé · redaccion@chipecale.example.es"],
    "furniture": ["EL CHIPÉ CALÉ", "Miércoles 17 de mayo de 2034", "Página 7", "Sinar y Chanelar",
                  "Redactora: Pastora Amaya", "El Chipé Calé · Sinar y Chanelar", "El Chipé Calé",
                  "redaccion@chipecale.example.es"],
    "run": ["El Chipé Calé · Sinar y Chanelar"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Remedios Heredia, la primera", "calí doctora del Sacromonte", "Por Manuel Fajardo Santiago"],
         "title": "Remedios Heredia, la primera calí doctora del Sacromonte",
         "byline": ["Por Manuel Fajardo Santiago", "Manuel Fajardo Santiago"],
         "captions": ["Remedios Heredia en el laboratorio."], "credits": ["Foto: Rocío Amador"],
         "body": ["GRANADA - La chaví Remedios Heredia, de 31 berjes, ha sinao la primera calí del Sacromonte que se "
                  "doctora. El lunes presentó su tesis de quí~mica en la Escuela Superior de Ciencias del Darro, y el "
                  "tribunal le diñó un sobresaliente.",
                  "Cinco berjes ha currelao Remedios en el laboratorio, buscando cómo lim~piar el pañí de los "
                  "{cap}pozos del Albaicín sin diñar mucho parné en productos caros. Su dai vendía claveles en la "
                  "plaza y su bato era herrero.",
                  "Remedios dice que to se lo debe a su familia: «Mi bato no chanelaba leer, pero me decía que lo "
                  "que una lleva en la chola no se lo nicobela {run}naide»."]},
        {"glued": True, "lines": ["Pa chanelar más"], "title": "Pa chanelar más",
         "body": [("row", "Heredia, R.: El pañí de los pozos\n   del Albaicín. Granada, 2033."),
                  ("row", "Amaya, J.: Calós y gachós en la\n   escuela. Sevilla, 2029."),
                  ("row", "Montoya, C.: Diccionario del caló\n   andaluz. Jaén, 2031.")]},
    ],
}

STUFEN = {
    "name": "uln_utf16be_bom_crlf_unserdeutsch_science_page_volcano_watch_story_byline_dateline_caption_credit_running_head_midquote_glued_alert_levels_key_level_and_meaning_rows_aligned_by_spaces_current_level_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 37, "indent": "", "blank": True,
    "note": "Gazelle Blatt (an invented Unserdeutsch paper, Rabaul, East New Britain, Papua New Guinea) 2034-03-15 Seite 5 "
    "Wissen, **UTF-16 BE with BOM** (`ä ö ü · – “ ”`), CRLF; blank-line paragraphs, wrapped at 37 with hyphenation. A "
    "science page: an invented volcano station counts three times more small quakes under Tavurvur and raises its "
    "watch to level 2 (title over two lines, byline line `Schreiber: Peter Kleinschmidt`, the dateline `RABAUL –` "
    "opening the lead, a caption and its credit inside a sentence, an old woman's “” quotation cut by the running "
    "head before `Gerüchte.”`), then, with no blank line, **the key `Was de Stufen bedeuten`: four rows pairing a "
    "level with its meaning, aligned by runs of spaces (`Stufe 1   Alles ruhig`), and a row giving the level now "
    "(`Jetzt: Stufe 2`)**; the key is an article, its head the title, each printed row a paragraph (one space kept).",
    "date": "2034-03-15", "page": "5",
    "head": ["GAZELLE BLATT · Mittwoch 15. März 2034 · Seite 5", "Wissen · Redakteurin: Paula Rotenbach"],
    "foot": ["Gazelle Blatt · blatt@gazelleblatt.example.pg"],
    "furniture": ["GAZELLE BLATT", "Mittwoch 15. März 2034", "Seite 5", "Wissen", "Redakteurin: Paula Rotenbach",
                  "Gazelle Blatt · Wissen", "Gazelle Blatt", "blatt@gazelleblatt.example.pg"],
    "run": ["Gazelle Blatt · Wissen"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Tavurvur is wieder", "am wackeln", "Schreiber: Peter Kleinschmidt"],
         "title": "Tavurvur is wieder am wackeln",
         "byline": ["Schreiber: Peter Kleinschmidt", "Peter Kleinschmidt"],
         "captions": ["De Vulkan Tavurvur bei Rabaul."], "credits": ["Foto: Josef Tomar"],
         "body": ["RABAUL – De Leute bei de Vulkan-Station in Rabaul hat gesagt, de Erde unter Tavurvur is wieder am "
                  "wackeln. Letzte Woche sie hat 214 kleine Erdbeben gezählt, mehr wie dreimal so viel wie in "
                  "Februar.",
                  "Station-Chef Michael Tovue hat gestern gesagt, de Vulkan is jetzt bei Stufe 2. De Leute bei Matupit un "
                  "{cap}Rabaul-Stadt muss noch nich weggehen, aber sie muss fertig machen de Sachen fi weglaufen.",
                  "Alte Mama Elisabeth Schmidt von Vunapope hat gesagt: “Ich hat gesehen, wie de Asche hat runter~"
                  "gekommen, wo ich war noch klein. Wir muss hören auf de Station, nich auf de {run}Gerüchte.”"]},
        {"glued": True, "lines": ["Was de Stufen bedeuten"], "title": "Was de Stufen bedeuten",
         "body": [("row", cells((10,), "Stufe 1", "Alles ruhig")),
                  ("row", cells((10,), "Stufe 2", "Unruhig, sei bereit")),
                  ("row", cells((10,), "Stufe 3", "Ausbruch kann kommen")),
                  ("row", cells((10,), "Stufe 4", "Ausbruch, alle muss weg")),
                  ("row", "Jetzt: Stufe 2")]},
    ],
}

PAGES = [DABIAN, CANHAI, YUESHI, GUANXING, GUOJING, XINYUE, NATIJA, AQSARNIIT, DOCTORA, STUFEN]
