"""Chinese results and listings pages, as plain text, in the shapes the sixty-fourth stop's
written set (holdout124) printed, each page written here anew after that set was opened: a
results table whose one cell holds a competitor's several tries, figures set apart by
half-width spaces (a mark in capitals for a try with no figure), wider than a cell of one
figure, glued under a story and over a note row; a log of Latin codes and figures under a line
naming its columns' units ("時刻為北京時間，噸位單位萬噸"), a comma apart, set over the header row."""

from paperarchive.pipeline import clean_text

SWIM = """澄屿晚报　　2029年7月2日　星期一
第10版　体育周刊　　责任编辑：祁　澈

少年射击赛收官　十五岁女孩夺冠
本报记者　柯　澜

　　7月1日，全市少年射击锦标赛在射击馆落幕，
二百多名选手参加了十二个项目的比赛。
　　女子十米气步枪决赛中，十五岁的甘若溪打出
513.9环，夺得冠军。
澄屿晚报·体育周刊
十米气步枪决赛成绩
单位：环
名次　选手　五组成绩　总成绩
1　甘若溪　102.4 103.1 101.8 104.0 102.6　513.9
2　葛书宁　101.7 102.9 103.3 101.2 102.5　511.6
3　裘梦竹　100.9 102.2 101.6 102.8 101.4　508.9
4　闵一诺　101.1 100.6 DNS 102.0 101.9　DNS
注：DNS为未出场。

澄屿晚报社　　新闻热线：0598-6617302
"""


def test_a_row_whose_cell_holds_several_figures_a_half_width_space_apart_is_a_row_of_its_own():
    articles = clean_text(SWIM).articles
    assert [article.title for article in articles] == ["少年射击赛收官　十五岁女孩夺冠", "十米气步枪决赛成绩"]
    table = articles[1]
    assert table.paragraphs == [
        "单位：环",
        "名次　选手　五组成绩　总成绩",
        "1　甘若溪　102.4 103.1 101.8 104.0 102.6　513.9",
        "2　葛书宁　101.7 102.9 103.3 101.2 102.5　511.6",
        "3　裘梦竹　100.9 102.2 101.6 102.8 101.4　508.9",
        "4　闵一诺　101.1 100.6 DNS 102.0 101.9　DNS",
        "注：DNS为未出场。",
    ]


SHIPS = """青屿日報　　2029年5月6日　星期日
第8版　港口　　責任編輯：龐　沅

新碼頭啟用首週　進出港船舶過百艘
本報記者　湛　汐
　　青屿港新建的三號碼頭上週一正式啟用，首
週共有一百零六艘次船舶進出港，比去年同期
多出兩成，港務局全天安排引航員輪值。
　　港務局副局長鄔定遠介紹，新碼頭水深十五
米，可停靠十萬噸級貨輪，裝卸效率比老碼頭
高出三成，他說：“以後大船不必再排隊等候

青屿日報·港口

泊位。”
青屿港三號碼頭進出港船舶（摘錄）
時刻為北京時間，噸位單位萬噸
日期　時刻　呼號　噸位　航向
5月1日　06:40　BZQX7　12.6　NE
5月1日　14:05　VRTK3　8.3　SW
5月2日　09:52　D5MR9　10.1　SE
5月3日　21:18　BPLA4　6.7　N

青屿日報社　　讀者熱線：0596-2284471
"""


def test_a_line_naming_columns_units_a_comma_apart_over_the_header_row_is_the_logs_first_paragraph():
    articles = clean_text(SHIPS).articles
    log = articles[-1]
    assert log.title == "青屿港三號碼頭進出港船舶（摘錄）"
    assert log.subtitle is None
    assert log.paragraphs[:3] == ["時刻為北京時間，噸位單位萬噸", "日期　時刻　呼號　噸位　航向", "5月1日　06:40　BZQX7　12.6　NE"]
    assert log.paragraphs[-1] == "5月3日　21:18　BPLA4　6.7　N"
