"""Chinese consumer and market pages: a weekly price table whose group heads stand between its
header row and its rows; a maker's recall notice whose numbered part heads open right under its
title, its hotline row closed by its hours in brackets over "特此公告。"; a Taiwan office's notice
dated in the Republic of China calendar under its signer. Pages written for the classes (not
copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

PRICES = (
    "澄江晚报　2027年3月18日　星期四\n"
    "第5版　民生·市场　　责任编辑：柯　岩\n\n"
    "草莓大量上市　水果价格连降两周\n"
    "本报记者　鲍　宁\n\n"
    + wrap("记者从市物价监测站了解到，随着本地大棚草莓大量上市，本周水果零售价格继续下降，水产品价格则基本稳定。")
    + "\n"
    + wrap("在江北批发市场，草莓每斤卖到十二元，比上周")
    + "\n澄江晚报·民生\n\n"
    "便宜了两元。\n"
    "本周水果水产零售价格\n\n"
    "品种　单位　本周　上周　涨跌幅\n\n"
    "水果\n\n"
    "草莓　元/斤　12.00　14.00　-14.3%\n"
    "苹果　元/斤　6.50　6.50　持平\n"
    "香蕉　元/斤　3.80　3.60　+5.6%\n"
    "柑橘　元/斤　4.20　4.50　-6.7%\n\n"
    "水产品\n\n"
    "草鱼　元/斤　9.00　9.20　-2.2%\n"
    "鲫鱼　元/斤　13.50　13.50　持平\n"
    "鲜虾（基围虾）　元/斤　38.00　36.00　+5.6%\n"
    "数据来源：澄江市物价监测站\n\n"
    "澄江晚报社　　新闻热线：0719-5512300\n"
)

RECALL = (
    "临川日报　2027年11月2日　星期二\n"
    "第7版　质量·消费　　责任编辑：甘　露\n\n"
    "乐行童车召回两批次推车　折叠锁扣可能松脱\n"
    "本报记者　尤　航\n\n"
    + wrap("本地企业临川乐行童车有限公司日前发布公告，召回今年春季生产的两批次婴儿推车，共计二千三百辆。")
    + "\n"
    + wrap("公司负责人介绍，部分推车的折叠锁扣弹簧偏软，推车受到颠簸时锁扣可能松脱。")
    + "\n临川日报·质量消费\n\n"
    "关于召回部分乐行婴儿推车的公告\n\n"
    "一、召回原因\n\n"
    + wrap("部分产品折叠锁扣弹簧硬度不足，推车受到颠簸时锁扣可能松脱，存在夹伤隐患。")
    + "\n二、召回范围\n\n"
    "产品名称　型号　生产批次　生产日期\n"
    "婴儿推车　LX-360　2027C03　2027.03.02-04.15\n"
    "婴儿推车　LX-380　2027C09　2027.04.16-05.30\n\n"
    "三、处理办法\n\n"
    + wrap("用户可凭产品到原购买商场或本公司售后网点免费更换锁扣，不愿更换的可以退货。")
    + "\n咨询电话：400-820-5561（工作日9:00-17:00）\n\n"
    "　　特此公告。\n\n"
    "临川乐行童车有限公司\n\n"
    "2027年10月28日\n\n"
    "临川日报社出版　　新闻热线：0794-6120388\n"
)

ROC_DATED = (
    "東港日報　中華民國117年9月5日　星期五\n"
    "B3　消費生活\n\n"
    "美語補習班突停課　家長學費恐難追回\n"
    "記者蕭育婷／東港報導\n"
    + wrap("東港市區一家美語補習班上週突然停課，家長發現業者已聯絡不上，預繳的學費合計約新臺幣八百萬元。")
    + wrap("市府消保官表示，已要求業者限期說明，並請家長在期限內登記，以便協助求償。")
    + "市府家長學費登記公告\n"
    + wrap("為協助家長取回預繳學費，本府自即日起受理登記，相關事項如下：")
    + "登記期間：117年9月8日至10月7日\n"
    "登記方式：線上填表或至本府消保官室\n"
    "　　特此公告。\n"
    "東港市政府\n"
    "中華民國117年9月5日\n\n"
    "東港日報社　讀者服務專線：(07)833-2165\n"
)


def test_a_price_tables_group_heads_are_its_headings_its_header_row_its_first_paragraph():
    table = clean_text(PRICES).articles[-1]
    assert table.title == "本周水果水产零售价格"
    assert table.headings == ["水果", "水产品"]
    assert table.paragraphs[0] == "品种　单位　本周　上周　涨跌幅"
    assert table.paragraphs[-1] == "数据来源：澄江市物价监测站"
    assert len(clean_text(PRICES).articles) == 2


def test_a_recall_notices_title_heads_it_over_its_first_numbered_part():
    notice = clean_text(RECALL).articles[-1]
    assert notice.title == "关于召回部分乐行婴儿推车的公告"
    assert notice.kicker is None
    assert notice.headings == ["一、召回原因", "二、召回范围", "三、处理办法"]


def test_a_hotline_row_closed_by_its_hours_is_a_paragraph_apart_from_the_closing_formula():
    notice = clean_text(RECALL).articles[-1]
    assert "咨询电话：400-820-5561（工作日9:00-17:00）" in notice.paragraphs
    assert "特此公告。" in notice.paragraphs
    assert notice.paragraphs[-1] == "2027年10月28日"


def test_a_notice_dated_in_the_roc_calendar_under_its_signer_keeps_its_date():
    notice = clean_text(ROC_DATED).articles[-1]
    assert notice.paragraphs[-1] == "中華民國117年9月5日"
