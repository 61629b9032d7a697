"""Chinese pages in the layouts the nineteenth stop's new set showed lost: a reporter's line set
flush under a deck as wide as the column (the names set apart by wide spaces, or the place and
报道 after a slash), read as the deck's wrapped line; a head and a deck that are each a pair of
phrases, over the reporter's line, read as a glossary's rows; the paper's name and the page's
section after a slash, printed between two halves of a sentence; the page's foot of its desk's
head and editor, or of its hotline and its note on file pictures; a told-to piece's writers'
line; a writer named after the court they sit in; a photo credited to an intern (实习生); a congratulation signed a blank line under it.
Pages written for the classes (a 教育 page, a Hong Kong 地產 page, a Taiwan 社會 page, an
Indonesian Chinese daily's 社團 page), not copied from any gold page."""

from paperarchive.pipeline import clean_text

EDUCATION = """汀州日报
2026年12月15日　星期二　第6版　教育周刊

寒假托管服务覆盖全市小学
教育局提醒：托管不得组织集体补课、不得收取额外费用
记者　童一帆　通讯员　阮　林
　　记者昨天从市教育局获悉，今年寒假全市112所
公办小学将全部开设托管服务，学生自愿报名，每
天托管时间为上午8时至下午5时。
　　教育局相关负责人介绍，托管期间以阅读、体育、
兴趣活动为主，学校不得组织集体补课。家长可通

城南小学的学生在托管教室里阅读课外书。
实习生　苗　禾　摄

过学校公众号报名，报名截至12月25日。

教育热线：0597-2233445　　本版图片除署名外均为资料图片
"""

HONG_KONG = """東灣日報　2026年12月16日　星期三
C4　地產　　　　編輯：鄺家豪　　美術：譚雅詩

新盤首輪推售　兩日沽清三百伙
二手交投回升　業主紛紛收窄議價空間
本報記者　梁穎欣
　　將軍澳一個新盤上周末首輪推售三百伙，兩日
內全數沽清，發展商表示會盡快加推。
　　代理指，近期二手交投亦見回升，不少業主收
窄議價空間，部分屋苑成交價較上月高出約百分
之三。

東灣日報　地產　C4
"""

TAIWAN = """北港時報
中華民國115年12月17日　星期四　第5版　社會

詐騙集團假冒檢警　婦人險匯百萬
行員察覺有異報警　警方及時攔阻
記者蘇柏翰／北港報導

一名六十多歲婦人日前接到自稱檢察官的電話，
對方稱她涉及洗錢案，要求她將存款匯到「監管帳
戶」。婦人到銀行臨櫃辦理時神情緊張，行員察覺

北港時報／社會新聞

有異，立即通報警方，警員到場後確認是詐騙，
及時攔下這筆一百二十萬元的匯款。

警方提醒，檢警不會以電話要求民眾匯款，接到
類似電話應撥打165反詐騙專線查證。

社會中心主任：曾柏翰　　本版編輯：何雅筑　　讀者專線：(05)783-1122
"""

TOLD_AND_JUDGED = """澜江晚报
2026年12月18日　星期五　第9版　法治·人生

八十岁，我学会了用手机
口述：退休教师　何淑珍　整理：本报记者　韩　雪

　　我教了一辈子书，退休以后最怕的就是跟不上
时代。孙女教我用手机视频，我学了三天才学会。

以案说法
楼上漏水淹了楼下，物业要担责吗？
澜江市中级人民法院　林　霏

　　张先生家的天花板被楼上漏水泡坏，物业以
“不是我们的管道”为由拒绝处理。法院审理认为，
物业未及时履行维修管理义务，应承担相应责任。
"""

INDONESIAN_CHINESE = """椰城商報
2026年12月19日　星期六　第8版　社團

福清同鄉會捐贈百箱大米
本報記者　陳家樂

（雅加達訊）椰城福清同鄉會日前向北雅加達一
個漁村捐贈一百箱大米及一批文具，三百多戶村
民受惠。

同鄉會主席林國輝表示，該會每年年底都會下鄉
送暖，今年特別加送文具，幫助村內小學的學生。

村長在答謝時說，華社多年來一直關心村民，大
家都記在心裏。

敬賀
本會理事林志強先生令千金林美玲小姐與黃
家豪先生謹訂於十二月二十七日在雅加達舉
行婚禮，謹此敬賀。

椰城福清同鄉會　敬賀

簡訊
萬隆華校舉辦書法比賽

（萬隆訊）萬隆三所華校日前聯合舉辦學生書法
比賽，六十多名學生參賽。
"""


def test_a_reporters_line_set_apart_under_a_wide_deck_is_the_byline():
    story = clean_text(EDUCATION).articles[0]
    assert (story.title, story.subtitle) == ("寒假托管服务覆盖全市小学", "教育局提醒：托管不得组织集体补课、不得收取额外费用")
    assert story.byline is not None and story.byline.startswith("记者　童一帆")
    taiwan = clean_text(TAIWAN).articles[0]
    assert (taiwan.subtitle, taiwan.byline) == ("行員察覺有異報警　警方及時攔阻", "記者蘇柏翰／北港報導")


def test_a_photo_credited_to_an_intern_between_two_halves_of_a_sentence_is_a_caption():
    story = clean_text(EDUCATION).articles[0]
    assert [caption.text for caption in story.captions] == ["城南小学的学生在托管教室里阅读课外书。"]
    assert "家长可通过学校公众号报名" in story.paragraphs[-1]


def test_a_pair_of_phrases_over_a_wider_pair_is_the_title_over_its_deck_not_table_rows():
    story = clean_text(HONG_KONG).articles[0]
    assert (story.title, story.subtitle, story.byline) == ("新盤首輪推售　兩日沽清三百伙", "二手交投回升　業主紛紛收窄議價空間", "本報記者　梁穎欣")
    taiwan = clean_text(TAIWAN).articles[0]
    assert taiwan.title == "詐騙集團假冒檢警　婦人險匯百萬"


def test_the_papers_name_and_section_after_a_slash_between_two_halves_of_a_sentence_is_furniture():
    page = clean_text(TAIWAN)
    assert "北港時報／社會新聞" in page.furniture
    assert "行員察覺有異，立即通報警方" in page.articles[0].paragraphs[0]


def test_the_pages_foot_of_desk_editor_and_hotline_is_furniture():
    taiwan = clean_text(TAIWAN)
    assert "社會中心主任：曾柏翰" in taiwan.furniture
    assert not any("讀者專線" in p for a in taiwan.articles for p in a.paragraphs)
    education = clean_text(EDUCATION)
    assert "教育热线：0597-2233445　　本版图片除署名外均为资料图片" in education.furniture
    assert education.articles[0].paragraphs[-1].endswith("报名截至12月25日。")


def test_a_told_to_writers_line_and_a_writer_named_after_the_court_are_bylines():
    told, judged = clean_text(TOLD_AND_JUDGED).articles
    assert told.title == "八十岁，我学会了用手机"
    assert told.byline is not None and told.byline.startswith("口述：退休教师　何淑珍　整理：本报记者")
    assert judged.title == "楼上漏水淹了楼下，物业要担责吗？"
    assert judged.byline is not None and judged.byline.startswith("澜江市中级人民法院")
    assert judged.subtitle is None


def test_a_congratulation_signed_a_blank_line_under_it_is_signed_not_the_next_briefs_section():
    greeting, brief = clean_text(INDONESIAN_CHINESE).articles[1:]
    assert greeting.byline == "椰城福清同鄉會　敬賀"
    assert brief.title == "萬隆華校舉辦書法比賽"
    assert "椰城福清同鄉會" not in (brief.section or "") + (brief.kicker or "")


def test_where_to_send_contributions_in_the_pages_foot_is_furniture():
    page = clean_text(
        "渠南晚报\n\n"
        "社区小事\n"
        "　　老街口的公告栏换了新玻璃，居民说看通知方便多了。\n\n"
        "渠南晚报社　　来稿请寄：渠南县学前路12号\n"
    )
    assert "渠南晚报社　　来稿请寄：渠南县学前路12号" in page.furniture
    assert not any("来稿请寄" in p for a in page.articles for p in a.paragraphs)


def test_a_title_ending_on_le_after_a_quoted_word_is_the_title():
    # (了 after a quoted verb closes a headline, "机器人“上班”了": no sentence cut mid-way)
    page = (
        "校园新事\n"
        "新图书馆的机器人“上班”了\n"
        "借书还书不用排队　一台机器人管三层楼\n"
        "本报记者　严　松\n"
        "　　城东中学的新图书馆上周开放，一台会走路的\n"
        "机器人帮学生借书还书，还能把书送回书架。\n"
        "　　馆长说，机器人每天要走两千多步。\n"
    )
    (story,) = clean_text(page).articles
    assert story.title == "新图书馆的机器人“上班”了"
