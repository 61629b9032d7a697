"""Lines into blocks: which printed lines are a table's rows, on short pages written for each case."""

from paperarchive.pipeline import clean_text


def test_a_standings_table_set_apart_under_a_results_block_keeps_a_row_a_paragraph():
    page = (
        "Ridge FC edge Dale Town, 2–1\n"
        "By Sam Hale\n\n"
        "HOLLOW – Ridge FC beat Dale Town by\n"
        "two goals to one on Sunday at the\n"
        "river ground, and they stay on top of\n"
        "the league with three rounds to play.\n\n"
        "The winner came from a corner ten\n"
        "minutes from the end of the match.\n"
        "Round 4 results\n\n"
        "Ridge      2–1  Dale\n"
        "Hollow     0–0  Brook\n"
        "Mill       3–2  Glen\n\n"
        "Table\n\n"
        "Team       W   L\n"
        "Ridge      6   2\n"
        "Brook      5   3\n"
        "Mill       4   4\n"
        "Dale       2   6\n\n"
        "Brook host the leaders\n"
        "on Saturday\n"
        "HOLLOW – Brook United meet Ridge FC\n"
        "on Saturday in the match that may\n"
        "decide the league this season.\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert [" ".join(p.split()) for p in articles["Table"].paragraphs] == ["Team W L", "Ridge 6 2", "Brook 5 3", "Mill 4 4", "Dale 2 6"]
    assert articles["Brook host the leaders on Saturday"].kicker is None



def test_small_ads_set_solid_part_where_a_telephone_number_ends_and_a_bold_lead_opens():
    page = (
        "桥头社区新开便民菜店\n\n"
        "　　桥头社区的便民菜店昨天开门，每天早上七点\n"
        "营业，蔬菜比附近的农贸市场便宜一成，买菜的居\n"
        "民从早上排到了中午。\n\n"
        "　　菜店负责人说，店里的菜每天从城郊的基地直\n"
        "接运来，中间不经过批发，所以价格能便宜一些。\n\n"
        "　　居民说，以后买菜不用再跑远路了。\n\n"
        "招聘\n"
        "招面点师　河西面馆招面点师1名，会做包子，月\n"
        "薪4800元。电话：13800451276\n"
        "招保安　河西小区招保安2名，五十岁以下，月薪\n"
        "3600元。电话：0551-6234871\n"
    )
    ads = [p for a in clean_text(page).articles for p in a.paragraphs if "电话" in p]
    assert ads == [
        "招面点师　河西面馆招面点师1名，会做包子，月薪4800元。电话：13800451276",
        "招保安　河西小区招保安2名，五十岁以下，月薪3600元。电话：0551-6234871",
    ]


def test_latin_small_ads_set_solid_stay_text_each_its_own_paragraph():
    page = (
        "Market hall opens on Monday\n\n"
        "HOLLOW – The new market hall by the\n"
        "river opens on Monday morning with\n"
        "forty stalls for farmers and traders.\n\n"
        "The council built the hall in a year,\n"
        "and the rents are the same as before.\n\n"
        "Jobs\n"
        "BAKER: Wanted at the corner bakery\n"
        "for early hours, a month's trial. Ring\n"
        "0917-266-4410\n"
        "DRIVER: Van, licence. Ring\n"
        "0928-503-1174\n\n"
        "Rooms\n"
        "ROOM: Near the school, 1,200 a month.\n"
        "Ring 0936-802-4419\n"
        "FLAT: Two rooms, 3,500. Ring\n"
        "0915-266-0137\n"
    )
    ads = [p for a in clean_text(page).articles for p in a.paragraphs if "Ring" in p]
    assert ads == [
        "BAKER: Wanted at the corner bakery for early hours, a month's trial. Ring 0917-266-4410",
        "DRIVER: Van, licence. Ring 0928-503-1174",
        "ROOM: Near the school, 1,200 a month. Ring 0936-802-4419",
        "FLAT: Two rooms, 3,500. Ring 0915-266-0137",
    ]


def test_a_telephone_number_wrapped_under_its_abbreviated_label_stays_in_its_paragraph():
    page = (
        "Ferry adds a Sunday run\n\n"
        "PORT ELLIS – The island ferry will sail\n"
        "on Sundays from next month, the owners\n"
        "said on Tuesday after a year of asking.\n\n"
        "Tickets cost the same as on weekdays.\n\n"
        "For sale\n"
        "BOAT: A small rowing boat with oars\n"
        "and a cover, kept in a shed. Tel.\n"
        "0917-266-4410\n"
        "NETS: Three fishing nets, nearly new,\n"
        "with floats and a bag. Tel.\n"
        "0928-503-1174\n"
    )
    paragraphs = [p for a in clean_text(page).articles for p in a.paragraphs]
    assert "BOAT: A small rowing boat with oars and a cover, kept in a shed. Tel. 0917-266-4410" in paragraphs
    assert "NETS: Three fishing nets, nearly new, with floats and a bag. Tel. 0928-503-1174" in paragraphs


def test_a_small_ads_number_wrapped_under_its_last_sentence_stays_in_the_ad():
    page = (
        "河口晚报\n\n"
        "夜市摊位明起抽签\n\n"
        "　　河口夜市新增摊位四十个，明天上午在街道\n"
        "办抽签，每户限报一个。\n\n"
        "出租\n"
        "　　单间出租　北门单间，带卫生间，月租900元。\n"
        "电话：13956012278\n"
        "　　车位出租　北门小区地下车位，月租200元。\n"
        "电话：0551-6230094\n"
    )
    paragraphs = [p for a in clean_text(page).articles for p in a.paragraphs]
    assert "单间出租　北门单间，带卫生间，月租900元。电话：13956012278" in paragraphs
    assert "车位出租　北门小区地下车位，月租200元。电话：0551-6230094" in paragraphs


def test_a_latin_small_ads_bare_number_wrapped_under_its_last_sentence_stays_in_the_ad():
    page = (
        "Ferry adds a Sunday run\n\n"
        "PORT ELLIS – The island ferry will sail\n"
        "on Sundays from next month, the owners\n"
        "said on Tuesday after a year of asking.\n\n"
        "For sale\n"
        "  BOAT: A small rowing boat with oars\n"
        "and a cover, kept in a shed.\n"
        "0917-266-4410\n"
        "  NETS: Three fishing nets, nearly new.\n"
        "0928-503-1174\n"
    )
    paragraphs = [p for a in clean_text(page).articles for p in a.paragraphs]
    assert "BOAT: A small rowing boat with oars and a cover, kept in a shed. 0917-266-4410" in paragraphs
    assert "NETS: Three fishing nets, nearly new. 0928-503-1174" in paragraphs


def test_a_code_kept_whole_under_its_labels_colon_stays_in_its_paragraph():
    page = (
        "河口晚报\n\n"
        "遗失声明\n\n"
        "　　河口市顺达物流有限公司不慎遗失营业执照\n"
        "副本一份，统一社会信用代码：\n"
        "91340100MA2T6KQ31B，特此声明作废。\n\n"
        "河口晚报社　地址：河口市滨江路8号\n"
    )
    paragraphs = [p for a in clean_text(page).articles for p in a.paragraphs]
    assert "河口市顺达物流有限公司不慎遗失营业执照副本一份，统一社会信用代码：91340100MA2T6KQ31B，特此声明作废。" in paragraphs


def test_forecast_rows_ending_on_a_temperature_range_are_rows_where_the_column_was_not_measured():
    # a short page (its column not measured): the table glued under the story, a sun box under it
    page = clean_text(
        "江州晚报\n2041年12月3日　星期二　　第8版　天气\n\n"
        "冷空气南下\n明天全市降温6℃\n本报记者　何　岚\n\n"
        "　　受冷空气影响，明天我市气温将明显下\n降，城区最高气温由今天的16℃降到10℃。\n\n"
        "　　市气象台提醒市民及时添衣，注意防寒\n保暖，出门记得带伞。\n"
        "全市明日天气\n"
        "城区　多云转阴　4～10℃\n西湖镇　阴　2～9℃\n南山乡　小雨　-1～6℃\n\n"
        "日出日落\n日出　06:55　日落　17:02\n月出　11:20　月落　22:41\n\n"
        "江州晚报社　　热线：0000-1234567\n"
    )
    tables = [a for a in page.articles if a.title == "全市明日天气"]
    assert [a.paragraphs for a in tables] == [["城区　多云转阴　4～10℃", "西湖镇　阴　2～9℃", "南山乡　小雨　-1～6℃"]]


# A harbour page written for the case: a timetable whose 10:00 row is starred, its footnote under the
# rows, a blank line, then a notice under its own head with a labelled row (blank-line paragraphs, wrapped at 20).
FERRY_TIMETABLE_OVER_A_NOTICE = (
    "南湾渡口时刻表\n"
    "开船　码头　到港\n"
    "07:00　东屿码头　07:40\n"
    "10:00＊　东屿码头　10:40\n"
    "15:30　东屿码头　16:10\n"
    "＊逢周三停航\n\n"
    "南湾码头栈桥检修公告\n"
    "　　南湾码头一号栈桥下月起检修，旅客请\n"
    "改从二号栈桥上下船。\n\n"
    "检修时间：5月1日至5月20日\n\n"
    "南湾港务站"
)


def test_a_footnote_on_a_starred_row_is_the_timetables_last_paragraph_not_the_next_kicker():
    clean = clean_text(FERRY_TIMETABLE_OVER_A_NOTICE)
    table, notice = clean.articles
    assert table.title == "南湾渡口时刻表"
    assert table.paragraphs[-2:] == ["15:30　东屿码头　16:10", "＊逢周三停航"]
    assert (notice.kicker, notice.title) == (None, "南湾码头栈桥检修公告")


def test_a_starred_line_set_apart_under_rows_that_carry_no_star_is_no_footnote_of_theirs():
    # (flush under them it is: a table's note on its star, classify._note_flush_under_rows)
    page = FERRY_TIMETABLE_OVER_A_NOTICE.replace("10:00＊", "10:00").replace("16:10\n＊", "16:10\n\n＊")
    assert "＊逢周三停航" not in clean_text(page).articles[0].paragraphs
    assert "＊逢周三停航" in clean_text(FERRY_TIMETABLE_OVER_A_NOTICE.replace("10:00＊", "10:00")).articles[0].paragraphs


def test_an_hours_tables_holiday_note_is_its_last_paragraph_though_no_row_carries_the_star():
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　健康\n\n"
        "镇卫生院新添彩超室\n"
        "本报记者　江　沐\n"
        "　　青禾镇卫生院新添的彩超室本周投入使用，\n"
        "居民不必再去县城做检查。\n\n"
        "　　院长说，彩超室每天上午开放。\n\n"
        "就诊时间\n"
        "科室　日期　时间　地点\n"
        "全科　周一至周五　8:00-17:00　一楼\n"
        "牙科　周三、周六　9:00-11:30　二楼\n"
        "中医　周二、周四　14:00-17:00　三楼\n"
        "*法定假日停诊\n\n"
        "健康讲堂\n"
        "冬天洗澡　水别太烫\n"
        "　　水温太高会让皮肤发干发痒，老人洗澡水\n"
        "温以四十度左右为宜。\n\n"
        "　　洗完澡要及时擦干，涂些润肤霜，再穿\n"
        "上保暖的衣服。\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert articles["就诊时间"].paragraphs[-1] == "*法定假日停诊"
    column = articles["冬天洗澡\u3000水别太烫"]
    assert "健康讲堂" in (column.kicker, column.section)  # a 讲堂 column name is a section since fix172b


def test_a_clinicians_signature_flush_under_an_indented_columns_last_sentence_is_no_line_of_it():
    """On an indent-only page the signature under a column's last line that fills the measure is
    the column's byline, not the paragraph's tail."""
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　健康\n\n"
        "镇卫生院新添彩超室\n"
        "本报记者　江　沐\n"
        "　　青禾镇卫生院新添的彩超室本周投入使用，\n"
        "居民不必再去县城做检查。\n"
        "　　院长说，彩超室每天上午开放，下午用来给\n"
        "住院病人做检查。\n"
        "　　来做检查的居民要带好身份证和医保卡。\n\n"
        "医生说\n"
        "眼睛干涩　别乱滴眼药\n"
        "　　看手机久了眼睛发干，先闭眼休息几分钟，\n"
        "多眨眨眼，再看看远处的树。\n"
        "　　眼药水要按医生说的用，不要自己买来天天\n"
        "滴，用完要盖好瓶盖，开封一个月后就要扔掉。\n"
        "青禾县中医院　主治医师　江　沐\n\n"
        "青禾日报社　　新闻热线：0718-3520100\n"
    )
    column = clean_text(page).articles[-1]
    assert column.paragraphs[-1] == "眼药水要按医生说的用，不要自己买来天天滴，用完要盖好瓶盖，开封一个月后就要扔掉。"
    assert column.byline is not None and column.byline.startswith("青禾县中医院")


def test_labelled_fields_set_apart_inside_a_notice_are_its_rows_not_a_head_over_its_text():
    page = (
        "河西街管道施工通告\n"
        "　　因供水管道更换，河西街桥头至米市口\n"
        "路段封闭一条车道。\n\n"
        "施工时间：6月1日至6月9日\n"
        "绕行路线：新桥路—河西街\n\n"
        "　　请过往车辆提前规划路线。\n\n"
        "河西区市政所"
    )
    (notice,) = clean_text(page).articles
    assert notice.title == "河西街管道施工通告"
    assert notice.paragraphs[1:3] == ["施工时间：6月1日至6月9日", "绕行路线：新桥路—河西街"]


def test_labelled_fields_flush_under_an_indented_paragraph_are_rows_of_their_own():
    # (a launch's timetable, its cells padded with spaces, over a quay notice whose paragraphs open on an indent)
    page = (
        "Lancha nueva\n"
        "Por: Ana Luz Mora\n\n"
        "   TAMURI – Lancha nakoro tamuri sanaweta ko-\n"
        "rapa ninoku, ewari tamesa bokuna yarawa.\n"
        "   Sanewa kuripa tamesa ninoku korapa yaru-\n"
        "wa, bokuna ewari tamuri sanaweta kopari.\n"
        "   Yarawa tamesa bokuna sanewa kuripa.\n\n"
        "Lancha Tamuri\n"
        "Sale   Puerto        Llega\n"
        "06:00  Boka Nueva    09:00\n"
        "08:30* Sanewa        10:00\n"
        "13:00  Boka Nueva    16:00\n"
        "* Lunes no\n\n"
        "Aviso del muelle\n"
        "   Tamuri muelle sanaweta korapa nino-\n"
        "kutanewa, lancha tamesa yaruwaneta.\n"
        "Desde: 01.10.2042\n"
        "Hasta: 15.10.2042\n"
        "   Sanewa kuripa bokuna tamesa.\n"
        "Oficina del Muelle de Tamuri\n"
    )
    notice = clean_text(page).articles[-1]
    assert notice.paragraphs[:3] == ["Tamuri muelle sanaweta korapa ninokutanewa, lancha tamesa yaruwaneta.", "Desde: 01.10.2042", "Hasta: 15.10.2042"]


def test_a_signer_set_flush_under_an_indented_notices_last_sentence_is_no_line_of_it():
    # (a notice on a page whose paragraphs open on an indent: its issuing office flush under the
    # last sentence, a blank line under it, then the next piece)
    page = (
        "Ferry to the islands\n"
        "By Ruth Anning\n\n"
        "  EASTBY – The morning ferry to the outer\n"
        "islands leaves the quay at six from Monday,\n"
        "an hour earlier than last summer.\n"
        "  Fares stay as they were, the harbour\n"
        "board says, and the late boat still runs.\n"
        "  Tickets are sold on the quay itself.\n\n"
        "Quay notice\n"
        "  The east quay will close for repairs to\n"
        "its steps, and boats will use the west quay.\n"
        "  Pilots must report at the harbour office.\n"
        "Harbour Board of Eastby\n\n"
        "Harbour news\n"
        "  The new lights on the breakwater are lit.\n"
    )
    notice = next(a for a in clean_text(page).articles if a.title == "Quay notice")
    assert notice.paragraphs[-1] == "Pilots must report at the harbour office."
    assert "Harbour Board of Eastby" not in " ".join(notice.paragraphs)


def test_a_chinese_signer_set_flush_under_an_indented_notices_last_sentence_is_no_line_of_it():
    # (wrapped at twenty characters; the notice's last sentence fills its line)
    page = (
        "东湾渡轮加开早班\n"
        "　　东湾渡轮公司表示，下月起每天早上加开\n"
        "两班渡轮，方便住在岛上的居民出岛上班。\n"
        "　　公司说，新班次的船票价格与原来相同，\n"
        "学生和长者仍可享受半价优惠。\n\n"
        "东湾码头维修通告\n"
        "　　东湾码头一号泊位需要维修，期间渡轮改\n"
        "在二号泊位上落。\n"
        "维修日期：5月3日至5月20日\n"
        "　　市民如有查询，可致电码头管理处。\n"
        "东湾渡轮服务组\n\n"
        "码头新增候船座位\n"
        "　　东湾码头新增三十个候船座位，并加装遮\n"
        "阳棚，方便市民候船。\n"
    )
    notice = next(a for a in clean_text(page).articles if a.title == "东湾码头维修通告")
    assert notice.paragraphs[-1] == "市民如有查询，可致电码头管理处。"


def test_a_tables_head_flush_under_a_sentence_over_rows_with_no_header_is_the_tables_title():
    page = (
        "Ferry to the islands\n"
        "By Ruth Anning\n\n"
        "EASTBY – The morning ferry to the outer\n"
        "islands leaves the quay at six from Monday,\n"
        "an hour earlier than last summer.\n\n"
        "Fares stay as they were, the harbour board\n"
        "says, and the late Eastby boat runs daily.\n"
        "Eastby Ferry\n"
        "06:00  Outer Isle   07:30\n"
        "09:00* Gull Rock    09:40\n"
        "13:00  Outer Isle   14:30\n"
        "* No boat on Sundays\n\n"
        "Quay notice\n"
        "The east quay will close for repairs.\n"
    )
    articles = clean_text(page).articles
    assert articles[0].paragraphs[-1] == "Fares stay as they were, the harbour board says, and the late Eastby boat runs daily."
    assert articles[1].title == "Eastby Ferry"


def test_a_vote_tables_long_motion_names_over_their_counts_are_rows_each():
    page = (
        "柳岸晚报\n2042年5月6日　星期二　　第3版　人大之窗\n\n"
        "镇人大会议\n"
        "泵站扩容改造方案获通过\n"
        "本报记者　岳　川\n\n"
        "　　昨天，镇人大召开第五次会议，审议并表\n"
        "决通过了柳岸公园防洪排涝泵站扩容改造方\n"
        "案，会议由镇人大主席团主持。\n\n"
        "　　按照方案，泵站的排水能力将提高一倍，\n"
        "工程计划在汛期到来之前全部完工。\n\n"
        "表决结果\n"
        "议题　赞成　反对　弃权\n"
        "柳岸公园防洪排涝泵站扩容改造方案　18　2　1\n"
        "镇区农贸市场周边道路拓宽工程计划　20　0　1\n"
        "合计　38　2　2\n\n"
        "下次会议议程\n"
        "　　下次会议定于6月5日上午举行。\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert articles["表决结果"].paragraphs == [
        "议题\u3000赞成\u3000反对\u3000弃权",
        "柳岸公园防洪排涝泵站扩容改造方案\u300018\u30002\u30001",
        "镇区农贸市场周边道路拓宽工程计划\u300020\u30000\u30001",
        "合计\u300038\u30002\u30002",
    ]


ROLL_CALL_GLUED_UNDER_A_STORY = (
    "EASTBY GAZETTE · Tuesday, 6 May 2042 · Page 4\n\n"
    "Council\n"
    "Harbour board backs new ferry quay\n"
    "By Ruth Anning\n\n"
    "EASTBY – The harbour board voted on Monday\n"
    "to build a new ferry quay at the east end\n"
    "of the harbour before next summer.\n\n"
    "The chairman said the work would start in\n"
    "June, once the fishing season was over.\n"
    "How they voted\n"
    "Margaret Holloway  For\n"
    "Ann Pryce          For\n"
    "Tom Wood           Against\n"
    "Jo Lister          For\n"
    "Total: For 3, Against 1\n\n"
    "Next meeting\n"
    "The board meets again on Monday, 2 June.\n"
)


def test_a_label_flush_under_a_sentence_over_a_run_of_two_cell_rows_is_no_line_of_the_paragraph():
    story = clean_text(ROLL_CALL_GLUED_UNDER_A_STORY).articles[0]
    assert story.paragraphs[-1] == "The chairman said the work would start in June, once the fishing season was over."


def test_a_list_label_under_a_full_line_ending_its_sentence_is_a_row_of_its_own():
    # (a notice's field filled the column and ended its sentence; the documents' label under it,
    # a word and its colon, opens the list, no tail of the field)
    from paperarchive.blocks import _label_under_a_sentence

    assert _label_under_a_sentence("对象：城西街道范围内申请转入三至六年级的学生。", "所需证件：", 10, 38)
    assert not _label_under_a_sentence("记者昨天在城西小学看到，家长们正在填写表格，", "所需证件：", 10, 38)


def test_a_telephone_number_under_a_chinese_fields_label_goes_on_the_field():
    from paperarchive.blocks import _number_under_its_label

    assert _number_under_its_label("地点：城西小学教务处，电话：", "0736-6621508。")
    assert not _number_under_its_label("地点：城西小学教务处。", "0736-6621508。")


# A Latin property page written for the listings rules: a report, its listings column glued under
# its last sentence (a label, then ads opened on their leads in capitals and closed on a number),
# a price table set apart under the column.
_PORTVALE_REPORT = (
    "Harbour Homes\n"
    "Flat prices climb by the new bridge\n"
    "By Ann Lowe\n\n"
    "PORTVALE – Flat prices near the new bridge\n"
    "rose by a tenth this spring, agents say.\n\n"
    "Buyers from the city now look at the old\n"
    "quarter as well, where rents stay low.\n"
)


def test_a_label_flush_under_a_sentence_over_a_small_ads_lead_is_no_line_of_the_paragraph():
    page = _PORTVALE_REPORT + (
        "Lettings\n"
        "MILL ROAD: two rooms, 48 m², garden,\n"
        "900 a month, tel. 0455 2218 7731\n"
        "QUAY STREET: one room over the shop,\n"
        "650 a month, tel. 0455 2290 4416\n"
    )
    story = clean_text(page).articles[0]
    assert story.paragraphs[-1] == "Buyers from the city now look at the old quarter as well, where rents stay low."


def test_a_small_ads_number_wrapped_between_its_groups_still_closes_the_ad():
    page = _PORTVALE_REPORT + (
        "Homes to let\n"
        "MILL ROAD: two rooms, 48 m², garden,\n"
        "900 a month, tel. 0455 2218 7731\n"
        "QUAY STREET: one room over the shop,\n"
        "650 a month, water and light paid, 0455 2290\n"
        "4416\n"
        "HILL LANE: three rooms, 90 m², garage,\n"
        "1,400 a month, tel. 0455 3307 5528\n"
    )
    listings = next(a for a in clean_text(page).articles if a.title == "Homes to let")
    assert listings.paragraphs[1] == "QUAY STREET: one room over the shop, 650 a month, water and light paid, 0455 2290 4416"
    assert len(listings.paragraphs) == 3


def test_rows_of_a_name_a_figure_and_a_signed_change_in_per_cent_are_a_tables_with_no_header_row():
    page = _PORTVALE_REPORT + (
        "\n"
        "Average prices\n"
        "Northgate    1.150.000   +4,5%\n"
        "Old Quarter  1.620.000   +2,1%\n"
        "Riverside    980.000     -0,8%\n"
        "Source: Portvale Agents Guild\n\n"
        "Ask the lawyer\n"
        "Who pays for a broken boiler?\n\n"
        "Q: My landlord says the boiler is mine to mend. Is it?\n\n"
        "A: No. The landlord keeps the heating in repair.\n"
    )
    table = next(a for a in clean_text(page).articles if a.title == "Average prices")
    assert [" ".join(p.split()) for p in table.paragraphs] == [
        "Northgate 1.150.000 +4,5%", "Old Quarter 1.620.000 +2,1%", "Riverside 980.000 -0,8%", "Source: Portvale Agents Guild",
    ]


def test_a_philippine_source_line_closes_a_tables_rows_and_the_column_name_under_it_is_no_part_of_it():
    page = _PORTVALE_REPORT + (
        "\n"
        "Presyo ng lupa\n"
        "Barangay   P/sq m  Taas\n"
        "Poblacion  4,200   +9%\n"
        "Mabini     3,600   +5%\n"
        "Rizal      2,900   +1%\n"
        "Pinagkunan: Samahan ng mga Ahente\n"
        "Tanong sa Abogado\n"
        "Sino ang magbabayad sa sirang bubong?\n\n"
        "T: Sabi ng may-ari, ako raw ang magpapaayos ng bubong. Tama ba?\n\n"
        "S: Hindi. Ang may-ari ang nag-aayos ng bubong ng paupahan.\n"
    )
    articles = clean_text(page).articles
    table = next(a for a in articles if a.title == "Presyo ng lupa")
    assert table.paragraphs[-1] == "Pinagkunan: Samahan ng mga Ahente"
    assert "Sino ang magbabayad sa sirang bubong?" in [a.title for a in articles]


def test_a_head_glued_under_an_editors_reply_is_the_next_letters_head_not_its_texts_first_line():
    page = (
        "Letters\n\n"
        "Lamps out on Quay Road\n"
        "Three lamps on Quay Road have been dark since\n"
        "the storm. Walking home from the ferry is a\n"
        "gamble on the puddles.\n\n"
        "— Nora Velde, Quayside\n\n"
        "Editor's note: the harbour board says the lamps\n"
        "will be mended before the end of the month.\n"
        "Old timetable in the shelter\n"
        "The timetable pinned in the shelter still shows\n"
        "the winter sailings. Could someone replace it?\n\n"
        "— Piet Holm, Ness\n"
    )
    first, second = clean_text(page).articles
    assert first.paragraphs[-1] == "Editor's note: the harbour board says the lamps will be mended before the end of the month."
    assert (second.title, second.byline) == ("Old timetable in the shelter", "Piet Holm, Ness")
    assert second.paragraphs == ["The timetable pinned in the shelter still shows the winter sailings. Could someone replace it?"]


_ORCHARD_PAGE = (
    "梨园迎来采摘季\n"
    "本报记者　聂　川\n\n"
    "　　连日来，河湾村的梨园里人来人往，果农们忙着\n"
    "采摘、分拣、装箱，今年全村梨子产量比去年多\n"
    "了两成，收购商提前半个月就上门订货。\n"
    "　　村里还建起了分拣线，一天能处理二十吨鲜果。\n\n"
    "便民信息\n"
    "　　转让旧拖拉机：五成新，手续齐全，价格面议。\n"
    "电话：138 2207 4419\n"
    "　　求购梨树苗：嫁接苗五百株，要求根系完整。电\n"
    "话：0745-3318206\n"
    "　　代收果品：上门收购，当天结账。电话：0745-3310072\n"
)


def test_a_run_in_ads_number_flush_under_its_text_closes_the_ad():
    ads = next(a for a in clean_text(_ORCHARD_PAGE).articles if a.title == "便民信息")
    assert ads.paragraphs == [
        "转让旧拖拉机：五成新，手续齐全，价格面议。电话：138 2207 4419",
        "求购梨树苗：嫁接苗五百株，要求根系完整。电话：0745-3318206",
        "代收果品：上门收购，当天结账。电话：0745-3310072",
    ]


def test_a_route_table_with_no_header_glued_under_a_report_keeps_a_row_a_paragraph():
    """Rows each opening on a route's code, its two ends joined by a dash, what changed after a comma
    (`blocks._LIST_ROWS`): no header over them and no row a sentence, yet a table, not one wrapped
    paragraph."""
    page = (
        "TOWN WEEKLY · Friday, 10 July 2043 · Page 5 · Transport\n\n"
        "Buses reach the new estate\n\n"
        "By Anna Reyes\n\n"
        "The town's buses now reach the new estate on\n"
        "the hill, the transport office said on Monday.\n\n"
        "Riders from the estate used to walk to the\n"
        "main road for a bus; now one stops at the gate.\n"
        "Route changes\n"
        "B1 Eastby–Hilltop, extended\n"
        "B2 Eastby–Lowport, two an hour\n"
        "B5 Lowport–Eastby, on Sundays\n"
        "* No B1 on public holidays.\n\n"
        "Town Weekly · news@town.example.org\n"
    )
    table = next(a for a in clean_text(page).articles if a.title == "Route changes")
    assert table.paragraphs[:3] == ["B1 Eastby–Hilltop, extended", "B2 Eastby–Lowport, two an hour", "B5 Lowport–Eastby, on Sundays"]


def test_a_tables_starred_note_set_apart_over_a_boxs_rule_is_the_tables_last_row():
    """blocks.footnotes_under_marked_rows: a box opens on its rule, so the note under a table's
    rows, a blank line over that rule, is the table's last row, not the box's kicker."""
    page = (
        "青禾日报\n2043年3月9日　星期一　　第4版　就业\n\n"
        "机械厂扩招\n"
        "　　本报讯　青禾机械厂新上两条生产线，本月起\n"
        "招收焊工和仓管员，报名的人已经排到下周。\n\n"
        "本周岗位\n"
        "焊工　8人　5000-6500元　青禾机械\n"
        "仓管员　5人　3800-4500元　青禾物流\n"
        "*以上岗位均包食宿\n\n"
        "─────────────────────\n"
        "春季招聘会通知\n"
        "时间：3月20日（周五）上午9:00-12:00\n"
        "地点：青禾市人才市场一楼\n"
        "　　　　　　　　　　　　　青禾市人才中心\n"
        "　　　　　　　　　　　　　　2043年3月6日\n"
        "─────────────────────\n"
    )
    table, box = clean_text(page).articles[1:3]
    assert table.paragraphs[-1] == "*以上岗位均包食宿"
    assert (box.kicker, box.title) == (None, "春季招聘会通知")


def test_a_fact_box_label_asked_as_a_question_glued_under_the_last_sentence_heads_its_points():
    page = (
        "湖边新建观鸟台\n\n"
        "　　市湿地公园在东湖边新建了三座观鸟台，市民可以在台上\n"
        "用望远镜观看越冬的候鸟，公园还请来志愿者现场讲解。\n"
        "你知道吗？\n"
        "(1)候鸟每年秋天从北方飞来，春天再飞回去。\n"
        "(2)观鸟时要保持安静，不要用闪光灯拍照。\n"
        "(3)东湖去年冬天记录到的候鸟有四十多种。\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["湖边新建观鸟台", "你知道吗？"]
    assert articles[0].paragraphs[-1].endswith("志愿者现场讲解。")
    assert articles[1].paragraphs[0] == "(1)候鸟每年秋天从北方飞来，春天再飞回去。"


def test_a_latin_fact_box_label_asked_as_a_question_heads_its_bulleted_points():
    page = (
        "Ferry timetable changes\n"
        "By Tom Reyes\n\n"
        "The island ferry will leave half an hour earlier from Monday, the\n"
        "harbour office said.\n\n"
        "Did you know?\n"
        "· The ferry has crossed the strait since 1962.\n"
        "· It carries up to forty cars a trip.\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Ferry timetable changes", "Did you know?"]


def test_a_crosshead_flush_between_indented_paragraphs_is_a_heading_of_the_story():
    page = (
        "Village kilns fired again\n"
        "By Ana Morrow\n"
        "    Three families in the hill villages\n"
        "lit their wood kilns this week for the\n"
        "first time in ten years.\n"
        "Clay from the river bank\n"
        "    The clay comes from the river bank,\n"
        "where the children dig it out in baskets\n"
        "after the floods go down.\n"
        "    Each kiln burns for two days before\n"
        "the pots can be taken out.\n"
    )
    (story,) = clean_text(page).articles
    assert story.headings == ["Clay from the river bank"]
    assert len(story.paragraphs) == 3


def test_a_chinese_ingredient_line_holding_two_ingredients_is_one_row():
    from paperarchive.blocks import list_rows

    lines = ["用料", "牛腩　600克", "白萝卜　1根　　　生姜　3片", "香菜　少许", "步骤"]
    assert sorted(list_rows(lines)) == [1, 2, 3]


def test_a_glossary_label_flush_under_the_last_answer_heads_its_entries():
    page = (
        "Weir opens to the fish\n"
        "    The new weir on the creek lets trout\n"
        "swim upstream again, the council says.\n"
        "    Its fish ladder has nine steps, each\n"
        "a little higher than the one below it.\n"
        "    Rangers will count the fish on the\n"
        "ladder twice a week until the autumn.\n"
        "\n"
        "Ask the ranger\n"
        "    Q: When do the trout come up the\n"
        "creek?\n"
        "    A: In the spring, when the water runs\n"
        "high and cold from the hills after rain.\n"
        "Words to know\n"
        "Weir — a low wall across a river that\n"
        "holds the water back.\n"
        "Fish ladder — steps of water the fish\n"
        "can jump up.\n"
    )
    articles = clean_text(page).articles
    assert articles[-1].title == "Words to know"
    assert articles[-1].paragraphs[0] == "Weir — a low wall across a river that holds the water back."
    assert articles[-2].paragraphs[-1] == "A: In the spring, when the water runs high and cold from the hills after rain."


# A box of two death notices set solid: each name printed straight under the signature set flush
# right at the column's edge under the notice above.
SIGNED_NOTICES = (
    "THE VALE COURIER · Friday, 9 March 2046 · Page 12\n\n"
    "A new bridge for the mill road\n"
    "By Ruth Vale\n\n"
    "The county will build a new bridge over\n"
    "the mill stream this summer, the council\n"
    "said on Tuesday at its monthly meeting.\n\n"
    "----------------------------------------\n"
    "Deaths\n"
    "Agnes Pellow\n"
    "Agnes Pellow of Eastby, born May 2, 1950,\n"
    "died March 4, aged 95. Service Monday,\n"
    "March 12, at Hill Chapel.\n"
    "                              The family\n"
    "Walter Crane\n"
    "Walter Crane of Mill End, born June 9,\n"
    "1944, died March 5, aged 101. Service on\n"
    "Tuesday, March 13, at St Anne's.\n"
    "                              The family\n"
    "----------------------------------------\n"
)


def test_a_signature_flush_right_under_a_notice_signs_it_and_the_name_under_it_heads_the_next():
    notices = [a for a in clean_text(SIGNED_NOTICES).articles if a.title in ("Agnes Pellow", "Walter Crane")]
    assert [(a.title, a.byline, len(a.paragraphs)) for a in notices] == [("Agnes Pellow", "The family", 1), ("Walter Crane", "The family", 1)]
    assert notices[1].paragraphs[0].startswith("Walter Crane of Mill End") and "The family" not in (notices[1].section or "") + (notices[1].kicker or "")
