"""An opera page's boxes: an aria's lines under its tune's label in lenticular brackets ("【梆子·流水板】")
are rows, one a paragraph, the label the first (not a stanza with the head over it, nor a photo's
caption over the box's supplier line); and a table's note at the paragraph's indent under its rows,
however it gives a telephone number, is the box's last paragraph, not a paid notice. A page written
for the class (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "溪山晚报　2027年4月2日　星期五　第7版　戏曲\n\n"
    "老剧场修缮完工\n"
    "本报记者　邬　晴\n\n"
    "　　溪山老剧场修缮工程日前完工，剧场保留了原\n"
    "有的木结构戏台和雕花栏杆，座位由三百个增加到\n"
    "四百二十个，还新装了空调和字幕屏。老剧场建于\n"
    "上世纪五十年代，曾是全县唯一的演出场所，近十\n"
    "年来因年久失修一度停用。\n"
    "　　剧场负责人表示，修缮期间施工队尽量保留了\n"
    "老剧场的原貌，戏台的木地板也是按原样铺设的。\n"
    "四月起，剧场每周六晚上都有演出，票价从三十元\n"
    "到两百元不等，老年人凭证可享半价优惠。\n\n"
    "四月演出信息\n\n"
    "日期　　剧目　　　　剧场　　　票价\n"
    "4月3日　《花木兰》　溪山老剧场　60—200元\n"
    "4月10日　《秦香莲》　溪山老剧场　60—200元\n"
    "4月17日　折子戏专场　文化宫　　30元\n\n"
    "　　订票：溪山老剧场售票处，或拨打\n"
    "0571-6633221。\n\n"
    "唱段赏析\n"
    "《花木兰》选段\n\n"
    "【梆子·流水板】\n"
    "柳絮飞满小河边，\n"
    "阿妹挑水过石桥。\n"
    "莫笑哥哥手脚慢，\n"
    "一担柴火换春宵。\n\n"
    "（溪山市梆子剧团供稿）\n\n"
    "票友之家\n"
    "社区戏迷协会换届\n\n"
    "　　本报讯　城南社区戏迷协会日前换届，新一届理事会\n"
    "由九人组成，会员已有一百二十人。\n"
)

ARIA = ["【梆子·流水板】", "柳絮飞满小河边，", "阿妹挑水过石桥。", "莫笑哥哥手脚慢，", "一担柴火换春宵。"]


def _article(page, title):
    return next(a for a in page.articles if a.title == title)


def test_the_aria_under_its_tune_is_rows_of_its_own_box():
    page = clean_text(PAGE)
    aria = _article(page, "《花木兰》选段")
    assert aria.kicker == "唱段赏析"
    assert aria.paragraphs == ARIA
    assert not any("柳絮" in c.text for a in page.articles for c in a.captions)


def test_the_tables_booking_note_is_its_last_paragraph():
    page = clean_text(PAGE)
    table = _article(page, "四月演出信息")
    assert table.paragraphs[-1] == "订票：溪山老剧场售票处，或拨打0571-6633221。"
    assert not any("订票" in line for line in page.furniture)
