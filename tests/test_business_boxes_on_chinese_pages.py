"""Boxes and columns of a Chinese daily's business pages, as plain text (hard line breaks, a
running head cutting the story's last sentence, a caption set into a sentence, the box glued
under the story). Each page written here, in the shapes holdout95's Chinese pages showed the
cleaner losing: a chart's caption over a credit naming its data's source and its maker, a
stocks-to-watch column whose items each close on a row of figures, a price board printed after
the story on a page too short to measure its column, and a sentence cut by a photo whose rest
opens on a line read alone under the credit."""

from paperarchive.pipeline import clean_text

CHART_PAGE = """澄川晚报　　2028年3月16日　星期四
第8版　楼市　　责任编辑：郜　宁

新房成交连涨三个月　刚需占六成
本报记者　晏　澜
　　市住房保障中心昨天公布，2月全市新建
商品住宅成交2480套，环比增加9.6%，已连
续三个月上涨。
　　一家楼盘的销售经理说，

1至2月新建住宅成交套数走势（套）
数据来源：市住房保障中心　制图：晏　澜

春节后来看房的多是首次置业的年轻人。
　　业内人士认为，成交回暖主要得益于
房贷利率下调，后市仍需观察。
"""


def test_a_charts_title_over_its_source_and_maker_is_a_credited_caption():
    story = clean_text(CHART_PAGE).articles[0]
    assert [c.text for c in story.captions] == ["1至2月新建住宅成交套数走势（套）"]
    assert "制图" in story.captions[0].credit
    assert story.paragraphs[1] == "一家楼盘的销售经理说，春节后来看房的多是首次置业的年轻人。"


STOCKS_PAGE = """嶺北日報　中華民國117年4月12日　星期三
B3　財經　　編輯：饒若晴

電子股領漲　台股收高95點
　　【記者施宛真／台北報導】台股昨天在電子
股帶動下上漲95點，加權指數收在20,615點，
成交金額新台幣2,870億元。
　　分析師說，外資連兩天買超，短線可望維
持高檔整理。
今日觀察股
禾豐光電（5127）
　　車用面板訂單回流，第一季營收年增兩成，
法人看好下半年。
收盤：64.3元　漲1.8元

嶺北航運（2693）
　　運價止跌回升，法人預估第二季可望轉虧
為盈。
收盤：22.15元　漲0.35元

嶺北日報社　客服專線：(04)2231-5580
"""


def test_each_stock_closes_on_its_own_row_of_figures_no_kicker_of_the_next():
    articles = clean_text(STOCKS_PAGE).articles
    assert [a.title for a in articles[1:]] == ["禾豐光電（5127）", "嶺北航運（2693）"]
    assert articles[1].paragraphs == ["車用面板訂單回流，第一季營收年增兩成，法人看好下半年。", "收盤：64.3元　漲1.8元"]
    assert articles[2].paragraphs == ["運價止跌回升，法人預估第二季可望轉虧為盈。", "收盤：22.15元　漲0.35元"]
    assert articles[2].kicker != "收盤：64.3元　漲1.8元"


BOARD_PAGE = """濠灣日報　2028年2月9日　星期三
B6　財經　　編輯：祁詠欣

銀價急升　首飾店客似雲來
記者　翟朗晴

　　國際銀價昨日再升，一度突破每盎司
33.6美元，創十年新高。本地首飾店嘅銀器價
格亦跟住上調，每兩賣出價升至三百五十一
元。

　　北角一間首飾店嘅店主話，

市民喺首飾店門外睇價。
（翟朗晴攝）

呢個星期多咗好多人嚟買銀條同銀幣：「好多
人話銀價會升，一買就買十幾兩。」

　　亦有市民趁高位將屋企啲舊銀器拎出嚟賣。
有分析員提醒，銀價短期升得太急，隨時會

濠灣日報．財經

回落。
貴金屬價格（港元）

品種　賣出　買入
金條（每兩）　26,980　25,920
飾金（每兩）　28,100　23,300
白銀（每兩）　351　276

濠灣日報社　　財經熱線：2861 0093
"""


def test_a_price_board_printed_after_the_story_keeps_its_rows_as_a_box():
    articles = clean_text(BOARD_PAGE).articles
    assert len(articles) == 2
    assert articles[0].paragraphs[-1] == "亦有市民趁高位將屋企啲舊銀器拎出嚟賣。有分析員提醒，銀價短期升得太急，隨時會回落。"
    assert articles[1].title == "貴金屬價格（港元）"
    assert articles[1].paragraphs == ["品種　賣出　買入", "金條（每兩）　26,980　25,920", "飾金（每兩）　28,100　23,300", "白銀（每兩）　351　276"]


def test_the_rest_of_a_sentence_cut_by_a_photo_reads_on_under_the_credit():
    story = clean_text(BOARD_PAGE).articles[0]
    assert story.paragraphs[1] == "北角一間首飾店嘅店主話，呢個星期多咗好多人嚟買銀條同銀幣：「好多人話銀價會升，一買就買十幾兩。」"
    assert [c.text for c in story.captions] == ["市民喺首飾店門外睇價。"]
    assert not story.headings
