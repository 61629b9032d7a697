"""Civil-defence pages in Chinese: a flood-drill story over a table of warning signals whose foot is
the paper's office and its address alone; a Taiwan typhoon drill over a box whose foot is the
paper's office and its readers' service number; a volunteers' call box whose deadline row says
only "截止". Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

SIGNALS = """洛川晚报　　2031年6月11日　星期三
第3版　平安洛川　　编辑：袁　楠

13日上午　沿江社区开展防汛演练
本报记者　宋　棠
　　记者昨天从市应急管理局获悉，6月13日上午9时，
沿江6个社区将开展防汛撤离演练，届时将鸣放汛情
警报，请居民按指引撤离到安置点。
　　市应急管理局值班科负责人孔德明说，“听到信号
不要慌，跟着网格员走就行”。
汛情警报信号说明
信号　鸣放方式　含义
撤离准备　鸣10秒停10秒，反复5遍　准备撤离
立即撤离　鸣3秒停3秒，反复20遍　马上撤离
解除警报　连续鸣响2分钟　可以返回
资料来源：洛川市应急管理局

洛川晚报社　地址：洛川市书院街9号
"""

TYPHOON = """澐港日報　中華民國122年8月2日　星期六
B3　地方新聞　　編輯：周佩君

颱風演練6日登場　沿海封路1小時
記者吳冠廷／澐港報導
　　今年度颱風防災演練將於6日在澐港登場，上午
10時起沿海道路實施封閉1小時，居民須前往避難所。
　　消防局長許文達提醒，「聽到廣播就出門，不要
等到水淹進屋」。
颱風演練封路須知
日期：中華民國122年8月6日（星期三）
時間：10時至11時，共1小時
範圍：濱海路全線
洽詢：澐港市消防局　07-555-0123

澐港日報社　讀者服務：07-555-0188
"""

VOLUNTEERS = """港灣日報　2031年10月15日　星期三
A8　社區動態　　編輯：溫子謙

醫療輔助隊招新　街坊：想學急救
記者　馮樂怡

　　醫療輔助隊今個月開始招募新隊員，今年打算招
150人，隊員放假接受急救訓練，大型活動時就會
喺場當值。

醫療輔助隊招募隊員

資格：18至50歲香港居民
訓練：每月兩個星期六
截止：2031年11月15日
查詢：2345 6789（辦公時間）

港灣日報有限公司　新聞熱線：2345 0000
"""


def test_the_paper_office_and_its_address_alone_under_a_table_is_the_foot() -> None:
    story, table = clean_text(SIGNALS).articles
    assert table.title == "汛情警报信号说明"
    assert table.paragraphs[1] == "撤离准备　鸣10秒停10秒，反复5遍　准备撤离"
    assert table.paragraphs[-1] == "资料来源：洛川市应急管理局"


def test_the_paper_office_and_its_readers_service_under_a_box_is_the_foot() -> None:
    story, box = clean_text(TYPHOON).articles
    assert box.title == "颱風演練封路須知"
    assert box.paragraphs[-1] == "洽詢：澐港市消防局　07-555-0123"
    assert len(box.paragraphs) == 4


def test_a_deadline_row_of_a_call_box_stays_a_row() -> None:
    box = clean_text(VOLUNTEERS).articles[-1]
    assert box.title == "醫療輔助隊招募隊員"
    assert box.paragraphs == ["資格：18至50歲香港居民", "訓練：每月兩個星期六", "截止：2031年11月15日", "查詢：2345 6789（辦公時間）"]
