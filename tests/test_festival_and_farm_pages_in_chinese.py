"""Religion, festival and farm pages in Chinese (holdout113's and holdout114's shapes): an official
notice's head over two lines is one title; a table's source row under rows of times written with
am/pm is its last row; a unit line over a price table's header is its first row, not a deck; a
box split by bracketed sub-heads has them as headings; a Taiwan 公告's `公告事項：` is its heading
and its officers' line its byline. Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

_STORY = (
    "溪源日报　　2033年3月9日　星期三\n"
    "第5版　乡村　　责任编辑：汤　敏\n\n"
    "春耕备耕物资供应充足\n"
    "本报记者　梅　远\n\n"
    "　　记者昨天从县农业农村局获悉，今年全县化肥、\n"
    "种子等春耕物资储备比去年增加一成，价格总体\n"
    "平稳。\n\n"
    "　　县农资公司经理郜明说，各乡镇网点已经备足\n"
    "货源，“农民在家门口就能买到放心的农资，不\n"
    "\n溪源日报·乡村\n\n"
    "用再往城里跑。”\n"
)
_FOOT = "\n溪源日报社出版　　新闻热线：0731-5550188\n"


def _notice(head: str) -> str:
    return (
        _STORY
        + head
        + "\n\n各乡镇农业服务站，各有关农户：\n\n"
        "　　为做好2033年春耕良种补贴工作，现将有关事\n"
        "项通知如下：\n\n"
        "　　1.补贴对象为本县种粮农户和种粮大户。\n\n"
        "　　2.申请截止时间为2033年4月30日。\n\n"
        "咨询电话：0731-5550217\n\n"
        "溪源县农业农村局\n\n"
        "2033年3月8日\n" + _FOOT
    )


def test_an_issuers_notice_head_over_two_lines_is_one_title():
    page = clean_text(_notice("溪源县农业农村局关于做好2033年\n春耕良种补贴申请工作的通知"))
    notice = page.articles[-1]
    assert notice.title == "溪源县农业农村局关于做好2033年春耕良种补贴申请工作的通知"
    assert notice.kicker is None


def test_a_notice_head_opening_on_guanyu_over_two_lines_is_one_title():
    page = clean_text(_notice("关于做好2033年春耕期间良种补贴\n申请登记工作的通知"))
    notice = page.articles[-1]
    assert notice.title == "关于做好2033年春耕期间良种补贴申请登记工作的通知"
    assert notice.kicker is None


def test_a_source_row_under_rows_of_times_with_am_pm_is_the_tables_last_row():
    page = (
        "南洋日报　　2033年11月5日　星期六\n"
        "A7　全国　　编辑：许　晴\n\n"
        "斋月市集今起开放\n"
        "报道：林美玲\n\n"
        "　　（吉隆坡4日讯）全国各地的斋月市集今天起\n"
        "陆续开放，摊贩一早就开始搭棚。\n\n"
        "　　一名摊贩说，今年摊位租金比去年贵了一\n"
        "成，“不过生意应该不\n"
        "\n南洋日报·全国\n\n"
        "会差。”\n"
        "11月5日各地封斋开斋时间\n\n"
        "地区　封斋　开斋\n"
        "吉隆坡　5:51am　7:12pm\n"
        "怡保　5:55am　7:15pm\n"
        "马六甲　5:49am　7:10pm\n"
        "关丹　5:40am　7:01pm\n"
        "注：各地时间以州宗教局公布为准。\n"
        "资料来源：各州伊斯兰宗教局\n"
        "\n南洋日报社　　新闻热线：03-555 0101\n"
    )
    table = clean_text(page).articles[-1]
    assert table.title == "11月5日各地封斋开斋时间"
    assert table.paragraphs[0] == "地区　封斋　开斋"
    assert table.paragraphs[-1] == "资料来源：各州伊斯兰宗教局"


def test_a_unit_line_over_a_price_tables_header_is_its_first_row_not_a_deck():
    page = (
        "江湄晚报　　2033年6月2日　星期四\n"
        "第8版　市场　　责任编辑：卢　岩\n\n"
        "新蒜上市价格走低　姜价小幅上扬\n"
        "本报记者　霍　然\n"
        "　　记者昨天从城东农贸批发市场了解到，本地\n"
        "新蒜这几天集中上市，每天进场的大蒜比上周多\n"
        "了一倍，批发价格比上个月下降了三成左右，生\n"
        "姜的价格则略有上扬。\n"
        "　　市场管理处负责人车志远说，眼下每天进场\n"
        "的蔬菜在900吨左右，\n\n"
        "商户在市场里分拣刚刚运到的新蒜。\n"
        "本报记者　霍　然　摄\n\n"
        "其中本地菜已占到一半，外地调入的土豆、洋葱\n"
        "价格也在走低。\n"
        "　　生姜方面，去年存货不多，价格还会再涨一\n"
        "些。车志远预计，下周菜价总体将保持平稳，“只\n"
        "要天气不出大的变化，供应\n\n"
        "江湄晚报·市场\n\n"
        "不会有问题。”\n"
        "城东农贸批发市场\n"
        "6月1日部分蔬菜批发价格\n"
        "单位：元/公斤\n"
        "品名　最低价　最高价　均价\n"
        "大蒜　3.20　4.60　3.90\n"
        "生姜　6.00　8.40　7.20\n"
        "土豆　1.80　2.60　2.20\n"
        "洋葱　1.40　2.20　1.80\n"
        "芹菜　2.00　3.00　2.50\n\n"
        "江湄晚报社　　新闻热线：0746-5550123\n"
    )
    table = clean_text(page).articles[-1]
    assert table.title == "6月1日部分蔬菜批发价格"
    assert table.subtitle is None
    assert table.paragraphs[:2] == ["单位：元/公斤", "品名　最低价　最高价　均价"]


def test_bracketed_subheads_split_a_box_into_headings_over_its_rows():
    page = (
        "灣畔日報　　2033年9月14日　星期三\n"
        "A5　節慶　　編輯：容　嘉\n\n"
        "大澳端午龍舟遊涌　街坊齊齊睇熱鬧\n"
        "記者　岑穎欣\n\n"
        "　　大澳一年一度嘅龍舟遊涌下週六舉行，街坊\n"
        "會今年預計有過萬人入村睇熱鬧。\n\n"
        "　　街坊會主席話，今年會加派人手維持秩序，\n"
        "「大家早啲入村，唔好擠喺最後\n"
        "\n灣畔日報．節慶\n\n"
        "一刻。」\n"
        "龍舟遊涌特別交通安排\n\n"
        "【巴士】\n\n"
        "東涌→大澳：上午加開8班\n"
        "大澳→東涌：20:00至23:00每15分鐘一班\n\n"
        "【封路】\n\n"
        "大澳永安街：下午2時起暫停通行\n"
        "吉慶後街：遊涌期間只准行人\n"
        "查詢：運輸署熱線2804 0000\n"
        "\n灣畔日報社　　讀者熱線：2594 0000\n"
    )
    box = clean_text(page).articles[-1]
    assert box.title == "龍舟遊涌特別交通安排"
    assert box.headings == ["【巴士】", "【封路】"]
    assert box.paragraphs[0] == "東涌→大澳：上午加開8班"
    assert box.paragraphs[-1] == "查詢：運輸署熱線2804 0000"


def test_a_taiwan_notices_items_label_is_a_heading_and_its_officers_sign_it():
    page = (
        "溪北日報　　中華民國122年7月3日　星期日\n"
        "A9　農業　　編輯：施　瑜\n\n"
        "二期稻作育苗開跑\n"
        "記者林靜宜／溪北報導\n\n"
        "　　二期稻作育苗作業本週開始，鄉內育苗場已\n"
        "經排滿訂單。\n\n"
        "　　育苗場負責人說，今年秧苗長得很好，「只\n"
        "要天氣穩定，插秧就\n"
        "\n溪北日報．農業\n\n"
        "沒問題。」\n"
        "溪北鄉農會公告\n"
        "　　主旨：公告本會辦理122年第二期稻作育苗\n"
        "訂購事宜。\n"
        "　　依據：本會理事會決議辦理。\n"
        "公告事項：\n"
        "　　一、訂購期間：自122年7月5日起至7月20\n"
        "日止。\n"
        "　　二、訂購地點：本會供銷部。\n"
        "理事長　郭文德　總幹事　陳志明\n"
        "中華民國122年7月2日\n"
        "\n溪北日報社　讀者服務專線：(05)555-0100\n"
    )
    notice = clean_text(page).articles[-1]
    assert notice.title == "溪北鄉農會公告"
    assert notice.headings == ["公告事項："]
    assert notice.byline == "理事長　郭文德　總幹事　陳志明"
    assert notice.paragraphs[-2:] == ["二、訂購地點：本會供銷部。", "中華民國122年7月2日"]
