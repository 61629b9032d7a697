"""A vertically set page read column by column (Tesseract's chi_tra_vert) writes its punctuation in
Unicode's presentation forms for vertical text (︐ ︒ ︻ ︼ ﹁ ﹂): read as the full-width marks they
present, a short column ending on "︒" ends its paragraph, and the text stores ordinary marks.
A page written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = """中華民國五十八年六月二日　星期一　海濱日報　第二版
漁港擴建工程開工
︻本報訊︼漁港擴建工程昨天
上午開工︐由縣長主持動土
典禮︒
新碼頭長三百公尺︐可停泊
漁船八十艘︒
漁會理事長說︓﹁漁民等這
一天已經等了十年︒﹂
鄉立圖書館週日開放
︻本報訊︼鄉立圖書館自本月
起每逢週日上午照常開放︐
方便學生假日借書︒館方並
新購兒童讀物五百餘冊︐歡
迎鄉親多加利用︒
"""


def test_vertical_forms_read_as_full_width_marks_and_end_paragraphs():
    article, library = clean_text(PAGE).articles
    assert library.title == "鄉立圖書館週日開放"
    assert article.title == "漁港擴建工程開工"
    assert article.paragraphs == [
        "【本報訊】漁港擴建工程昨天上午開工，由縣長主持動土典禮。",
        "新碼頭長三百公尺，可停泊漁船八十艘。",
        "漁會理事長說：「漁民等這一天已經等了十年。」",
    ]
