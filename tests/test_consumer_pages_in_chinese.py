"""Consumer and motoring pages of Chinese dailies: a review's verdict box of pros and cons glued
under the review (its head the box's title, its labels headings, each line a row), a complaints
column whose reader's complaint and shop's reply each close on a signature in brackets, and a
Singapore story signed under its head with the name before 报道. Pages written for the rules,
not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A laptop review in traditional characters, its last words under the running head, then flush
# under them the verdict box: its head, two labels each over signed rows, a price and a rating row.
VERDICT_PAGE = """\
岳濱日報　2029年2月8日　星期四
C3　科技新知　　編輯：韋佳蓉

翎峰S14筆電試用　輕巧但散熱吃力
記者杭宇婷／新竹報導

　　筆電品牌翎峰上月推出新款S14，機身重量
不到一公斤，主打學生和常出差的上班族。記者
試用十天，每天帶著通勤完全不覺得負擔。

　　鍵盤手感紮實，長時間打字也不累，但
連續剪輯影片半小時後，機身底部明顯發燙，風
扇噪音也跟著變大。翎峰表示，下個月會推出更新
改善散熱，不過是否有效仍待

岳濱日報．科技新知

觀察。
S14試用心得
優點
＋機身輕，單手就拿得起
＋鍵盤手感好
缺點
－高負載時底部發燙
－風扇噪音大
建議售價：新臺幣32,900元
評分：★★★☆☆（3／5）

岳濱日報社　讀者服務專線：(04)2235-6610
"""


def test_a_verdict_box_of_pros_and_cons_is_its_own_article_with_its_labels_as_headings():
    articles = clean_text(VERDICT_PAGE).articles
    assert [a.title for a in articles] == ["翎峰S14筆電試用　輕巧但散熱吃力", "S14試用心得"]
    assert articles[0].paragraphs[-1].endswith("是否有效仍待觀察。")
    assert articles[1].headings == ["優點", "缺點"]
    assert articles[1].paragraphs == [
        "＋機身輕，單手就拿得起",
        "＋鍵盤手感好",
        "－高負載時底部發燙",
        "－風扇噪音大",
        "建議售價：新臺幣32,900元",
        "評分：★★★☆☆（3／5）",
    ]


# A Hong Kong complaints column on its own: the label, the head, the reader's complaint signed in
# brackets, the shop's reply signed by its department, the editor's note; a blank line apart.
COMPLAINTS_PAGE = """\
灣景日報　2029年3月21日　星期三
A11　港聞　　編輯：麥詠芝

讀者來信
網購吸塵機到貨即壞　等咗兩個月

　　我一月喺網上買咗一部吸塵機，一開機就
冇反應，即刻聯絡客服，佢哋叫我寄返去檢查，
到而家兩個月都未有消息。（讀者　區生）

　　店方回應：經檢查後確認電池故障，本店
已於上星期寄出新機，並退回運費。對於延誤，
本店深表歉意。（晴峰家電網店客戶服務組）

　　編者按：貨品有問題，消費者應該即時拍
照留證據，同保留所有對話記錄。
"""


def test_a_complaint_and_a_reply_each_signed_in_brackets_end_their_paragraphs():
    article = clean_text(COMPLAINTS_PAGE).articles[-1]
    assert article.title == "網購吸塵機到貨即壞　等咗兩個月"
    assert len(article.paragraphs) == 3
    assert article.paragraphs[0].endswith("（讀者　區生）")
    assert article.paragraphs[1].startswith("店方回應：") and article.paragraphs[1].endswith("（晴峰家電網店客戶服務組）")
    assert article.paragraphs[2].startswith("編者按：")


# A Malaysian story signed under its head with the writer's name first, a wide space, then 报道,
# no blank line between them; the lead a blank line under.
SIGNED_PAGE = """\
槟海日报　2029年4月3日　星期二
第9版　社区　　编辑：邱丽芳

15号巴士改道下月实行　车程缩短2.5公里
林淑仪　报道

　　本地巴士公司宣布，新开的15号路线将于
下个月1日正式通车，连接三个住宅区和轻快铁
站，每二十分钟一班。

　　住在花园区的退休教师说，以后去医院
不用再转两趟车了。
15号巴士新路线车费（令吉）

路段　成人　学生　乐龄人士
花园区至轻快铁站　1.20　0.60　0.60
花园区至医院　1.50　0.80　0.70
资料来源：巴士公司公布的车费表（4月2日）
"""


def test_a_name_then_baodao_under_the_head_is_the_byline():
    article = clean_text(SIGNED_PAGE).articles[0]
    assert article.title == "15号巴士改道下月实行　车程缩短2.5公里"
    assert article.byline == "林淑仪　报道"
    assert article.paragraphs[0].startswith("本地巴士公司宣布")
    assert article.paragraphs[-1].endswith("不用再转两趟车了。")
