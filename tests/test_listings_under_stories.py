"""Listings a Chinese service page sets under a story: a start list whose head row names its
columns on a page too short to measure its column, a column of small ads each opened by its kind
in brackets and closed by a note, a box's rows with their source line under them, flush or set
apart, after the table's note or not. Pages
written here for the rules, in places of their own."""

from test_page_plans import _cjk, _lines

from paperarchive.pipeline import clean_text


def test_a_start_lists_rows_under_its_head_row_stay_paragraphs_on_a_short_page():
    page = _lines(
        "岚溪晚报　2027年7月3日　星期六",
        "B6　体育　　编辑：祁晓雁",
        "",
        "泳坛新星冲击百米纪录",
        *_cjk("（本报讯）市游泳锦标赛明天在体育中心开赛，十五岁的林晓雯将冲击女子百米自由泳纪录。"),
        "",
        *_cjk("教练说她近来状态很好。"),
        "",
        "女子100米自由泳决赛",
        "",
        "道次　姓名　单位　报名成绩",
        "1　林晓雯　东岭队　58.12",
        "2　陈诗琪　西港队　58.47",
        "3　吴家敏　北湖队　59.03",
        "4　黄雨桐　南山队　59.30",
        "（成绩以秒计）",
        "",
    )
    story, box = clean_text(page).articles
    assert box.title == "女子100米自由泳决赛"
    assert box.paragraphs[:2] == ["道次\u3000姓名\u3000单位\u3000报名成绩", "1\u3000林晓雯\u3000东岭队\u300058.12"]
    assert box.paragraphs[-1] == "（成绩以秒计）"


def test_a_column_of_small_ads_glued_under_a_carried_tail_is_its_own_piece_one_ad_a_paragraph():
    page = _lines(
        "澄岭日报　2027年9月15日　星期三",
        "第8版　生活　　责任编辑：韩　露",
        "",
        "旧物交换集市周末开市",
        "本报记者　林　岑",
        "",
        *_cjk("市图书馆广场本周六将举办旧物交换集市，市民可带闲置书籍、玩具和小家电前来交换，现场还有义务维修摊位。"),
        "",
        *_cjk("主办方介绍，上次集市共有三百多名市民参加，成交物品两千余件，不少人说“既省钱又"),
        "",
        "澄岭日报·生活",
        "",
        "环保”。",
        "二手物品信息",
        "",
        "\u3000\u3000【出售】九成新儿童自行车一辆，适合六",
        "至九岁，售价120元。电话：136****2281",
        "",
        "\u3000\u3000【求购】二手钢琴一台，品牌不限，价格",
        "面议。电话：138****5107",
        "",
        "\u3000\u3000【赠送】绿萝两盆，自提，限本周内。",
        "电话：155****3390",
        "",
        "（本栏信息由刊登者提供，交易前请当面验货）",
        "",
        "澄岭日报社　　分类广告热线：0766-5213370",
        "",
    )
    story, ads = clean_text(page).articles
    assert story.paragraphs[-1].endswith("不少人说“既省钱又环保”。")
    assert ads.title == "二手物品信息"
    assert [p[:4] for p in ads.paragraphs] == ["【出售】", "【求购】", "【赠送】", "（本栏信"]
    assert ads.paragraphs[0].endswith("电话：136****2281")


def test_a_boxs_source_line_flush_under_its_rows_is_the_boxs_last_paragraph():
    page = _lines(
        "汀洲日報　2027年4月21日　星期三",
        "A6　港聞　　編輯：葉嘉欣",
        "",
        "巴士新線下月通車",
        "記者　梁詠芝",
        "",
        *_cjk("運輸署昨日宣布，來往汀洲碼頭與新區的兩條巴士新線將於下月一日起通車，車費劃一六元。", 19),
        "",
        *_cjk("有居民表示，新線可省下轉車時間，希望日後加密班次。", 19),
        "",
        "新線首末班時間",
        "",
        "路線　起點　首班　末班",
        "88　汀洲碼頭　6:00　23:30",
        "89　新區總站　6:15　23:45",
        "資料來源：運輸署",
        "",
        "汀洲日報社　　新聞熱線：2755 3190",
        "",
    )
    story, box = clean_text(page).articles
    assert box.title == "新線首末班時間"
    assert box.paragraphs == ["路線\u3000起點\u3000首班\u3000末班", "88\u3000汀洲碼頭\u30006:00\u300023:30", "89\u3000新區總站\u30006:15\u300023:45", "資料來源：運輸署"]


def test_a_column_label_and_its_head_under_a_tables_source_line_open_the_next_piece():
    # the source line is the table's last paragraph (tests/gold/README.md) and closes it as a
    # sentence's end would: the label and the head under it are no wrapped subhead of the table
    page = _lines(
        "汀洲日報　2027年4月21日　星期三",
        "B2　地產　　編輯：葉嘉欣",
        "",
        "上周新盤成交",
        "",
        "屋苑　　單位　　面積　　成交價",
        "海逸峰　三座高層　512　808萬",
        "翠灣軒　一座低層　430　612萬",
        "東港灣　五座中層　688　990萬",
        "資料來源：本報地產組",
        "",
        "樓市縱橫",
        "租樓定買樓要計清楚",
        "文：鄭家朗",
        "",
        *_cjk("很多年輕人問應該租樓還是買樓，其實要先計清楚首期、月供同埋自己打算住幾耐，唔好一時衝動。", 19),
        "",
        *_cjk("如果打算長住，買樓可以慢慢供；如果工作未定，租樓反而靈活啲。", 19),
        "",
    )
    table, column = clean_text(page).articles
    assert table.paragraphs[-1] == "資料來源：本報地產組"
    assert column.title == "租樓定買樓要計清楚"
    assert "樓市縱橫" in (column.section, column.kicker)
    assert column.byline == "文：鄭家朗"


def test_a_source_line_set_apart_under_a_tables_closing_note_is_the_tables_last_paragraph():
    page = _lines(
        "岚溪晚报　2027年5月12日　星期三",
        "A5　民生　　编辑：祁晓雁",
        "",
        "二手房成交量连续三月回升",
        "记者　梁晓雯",
        "",
        *_cjk("　　市房产交易中心昨天发布数据，上月全市二手住宅成交二千一百套，环比增长百分之八，连续三个月回升。", 20),
        "",
        "上月各区二手房均价",
        "",
        "城区　　　　均价（元/平方米）",
        "东湖区　　　　12860",
        "西岭区　　　　10420",
        "南港区　　　　9780",
        "",
        "　　以上均价为网签均价，仅供参考。",
        "",
        "数据来源：岚溪市房产交易中心",
        "",
        "置业课堂",
        "首套房契税怎么算？",
        "答疑：市税务局　周文涛",
        "",
        *_cjk("　　问：我今年第一次买房，面积九十平方米，契税要交多少？", 20),
        "",
        *_cjk("　　答：家庭唯一住房面积在九十平方米及以下的，按百分之一的税率缴纳契税。", 20),
        "",
    )
    story, table, column = clean_text(page).articles
    assert table.title == "上月各区二手房均价"
    assert table.paragraphs[-2:] == ["以上均价为网签均价，仅供参考。", "数据来源：岚溪市房产交易中心"]
    assert column.title == "首套房契税怎么算？"
    assert "置业课堂" in (column.section, column.kicker)


def test_a_tables_head_set_apart_under_a_small_ad_closed_on_its_number_is_the_tables_title():
    page = (
        "Flat prices climb by the new bridge\n"
        "By Ann Lowe\n\n"
        "PORTVALE – Flat prices near the new bridge\n"
        "rose by a tenth this spring, agents say.\n\n"
        "Homes to let\n"
        "MILL ROAD: two rooms, 48 m², garden,\n"
        "900 a month, tel. 0455 2218 7731\n"
        "QUAY STREET: one room over the shop,\n"
        "650 a month, tel. 0455 2290 4416\n\n"
        "Average prices\n"
        "District     Per m²      Change\n"
        "Northgate    1,150       up 4%\n"
        "Old Quarter  1,620       up 2%\n"
        "Source: Portvale Agents Guild\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert articles["Homes to let"].paragraphs[-1] == "QUAY STREET: one room over the shop, 650 a month, tel. 0455 2290 4416"
    assert "Average prices" in articles
