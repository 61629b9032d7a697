"""A label set flush between a box's rows (no blank line around it) names the rows under it
inside the box: a row of the box, not the head of a story of its own. A page written for the
class (not copied from a gold page)."""

from paperarchive.pipeline import clean_text

ALMANAC = (
    "南屿日报　2027年11月7日　星期日\n"
    "第6版　生活·节令　　　责任编辑：陶　然\n\n"
    "海上风浪渐大　渔船注意避风\n\n"
    "　　市海洋预报台昨天发布消息，受冷空气影响，未来\n"
    "三天本市沿海将出现六到七级大风，浪高两到三米。\n"
    "正在海上作业的渔船要及时回港避风。\n\n"
    "今日立冬\n\n"
    "日出　06:32　　日落　17:18\n"
    "月出　09:45　　月落　19:52\n"
    "渔港潮位（南屿湾）\n"
    "高潮　05:12　17:40\n"
    "低潮　11:26　23:48\n\n"
    "　　立冬是冬季的第一个节气。民间有立冬进补的习\n"
    "俗，南方人爱吃鸡鸭鱼肉，北方人爱吃饺子。\n\n"
    "南屿日报社　　服务热线：12345\n"
)


def test_a_label_flush_between_a_boxs_rows_is_a_row_of_the_box():
    articles = clean_text(ALMANAC).articles
    assert [a.title for a in articles] == ["海上风浪渐大　渔船注意避风", "今日立冬"]
    assert articles[1].paragraphs[:5] == [
        "日出　06:32　　日落　17:18",
        "月出　09:45　　月落　19:52",
        "渔港潮位（南屿湾）",
        "高潮　05:12　17:40",
        "低潮　11:26　23:48",
    ]
