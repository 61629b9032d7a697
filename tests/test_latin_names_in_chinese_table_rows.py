"""Chinese tables whose rows name a place in Latin letters: a Singapore paper's bus-stop works
listed by road ("Pasir Ris Industrial Drive　6　4　2"), a Macau paper's street lamps listed by the
Portuguese street name ("Avenida de Almeida Ribeiro　42　36　6"). A row holding no Han character
is still a Chinese table's row when its cells are set apart by ideographic spaces
(`blocks.set_as_a_chinese_row`), so its Latin name may be wider than a Chinese cell. Pages
written for the rules (not copied from any gold page)."""

from paperarchive.api import clean_file

BUS_STOPS = """星洲晨报　2036年3月4日　星期二
第7版　社区　　编辑：周慧敏

巴士站加盖顶棚　年底前完工
记者　陈伟杰
　　陆路交通管理局昨天说，西区共有24个巴士站将
加盖顶棚，至今已完成15个，其余9个将在年底前完工。
　　当局发言人说，施工期间巴士站会暂时移到附近，
乘客可留意站旁的告示。
西区巴士站顶棚工程进度
路名　车站　已完工　施工中
Jurong West Street 91　5　3　2
Upper Bukit Timah Road　6　4　2
Choa Chu Kang Avenue　4　2　2
Pasir Ris Industrial Drive　6　4　2
Clementi Road　3　2　1
合计　24　15　9

星洲晨报社　　新闻热线：6319 8888
"""

STREET_LAMPS = """澳濠日報　2036年9月17日　星期三
第5版　城市　　編輯：梁嘉欣

舊區換LED路燈　夜間更光亮
記者　何綺雯
　　市政署昨日表示，中區四條街道的舊式路燈正陸續
更換為LED燈，至今已換燈124盞，其餘12盞將於下月
完成，耗電可減少約四成。
　　市政署人員說，新路燈光線較集中，不會照入兩旁
住宅，晚上走在街上也更覺安全，居民反應良好。
　　他又說，換燈工程多在深夜進行，以免影響交通，
市民如發現路燈損壞，可致電市政署熱線報告。
中區更換路燈情況
街道　原有　已更換　待更換
Rua da Praia Grande　37　37　0
Avenida de Almeida Ribeiro　42　36　6
Travessa do Bispo　18　18　0
Rua de Cinco de Outubro　39　33　6
合計　136　124　12

澳濠日報社　　新聞熱線：2833 1234
"""


def _articles(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return clean_file(str(path)).page.articles


def test_a_long_latin_road_name_in_a_chinese_table_is_a_row_of_its_own(tmp_path) -> None:
    story, table = _articles(tmp_path, "bus_stops.txt", BUS_STOPS)
    assert story.title == "巴士站加盖顶棚　年底前完工"
    assert table.title == "西区巴士站顶棚工程进度"
    assert table.paragraphs == [
        "路名　车站　已完工　施工中",
        "Jurong West Street 91　5　3　2",
        "Upper Bukit Timah Road　6　4　2",
        "Choa Chu Kang Avenue　4　2　2",
        "Pasir Ris Industrial Drive　6　4　2",
        "Clementi Road　3　2　1",
        "合计　24　15　9",
    ]


def test_a_portuguese_street_name_wider_than_a_chinese_cell_stays_a_row(tmp_path) -> None:
    story, table = _articles(tmp_path, "street_lamps.txt", STREET_LAMPS)
    assert story.title == "舊區換LED路燈　夜間更光亮"
    assert table.title == "中區更換路燈情況"
    assert table.paragraphs[2:] == ["Avenida de Almeida Ribeiro　42　36　6", "Travessa do Bispo　18　18　0", "Rua de Cinco de Outubro　39　33　6", "合計　136　124　12"]
