"""Lines a plain-text page sets apart in any language: a photo credit after its caption, an agency's
initials in brackets at a story's end, a jump line or a pointer to another page in brackets, and a
wire's bracketed credit under the headline. The pages are written for these tests (Czech, Swedish,
English 1930s wire copy), not copied from a gold set."""

from paperarchive.classify import BRACKETED_JUMP, PAGE_POINTER, SOURCE, is_furniture
from paperarchive.pipeline import clean_text

CZECH = """MORAVSKÝ DENÍK  |  Úterý 1. prosince 2026  |  KRAJ  |  3

DOPRAVA
Nová lávka přes Moravu je hotová
Stavbaři předali lávku o měsíc dříve. Chodci ji mohou použít už v sobotu.
Jana Nováková

Stavba lávky trvala čtrnáct měsíců a stála
osmdesát milionů korun, z nichž polovinu
zaplatil kraj. Firma dokončila práce
o měsíc dříve, než určovala smlouva.
Most je dlouhý 180 metrů a vede

Lávka vede přes řeku u starého mlýna. Foto Petr Dvořák

od nádraží až k novému parku na druhém
břehu řeky, kde město plánuje další

(Pokračování na str. 5)


Méně nezaměstnaných v kraji
Nezaměstnanost v kraji klesla v listopadu
na 3,4 procenta. Je to nejnižší hodnota
od začátku sledování v roce 2004.
(ČTK)
"""


def test_a_czech_story_keeps_its_head_caption_credit_jump_line_and_agency_apart_from_its_text():
    page = clean_text(CZECH)
    first, second = page.articles
    assert (first.kicker, first.title, first.byline) == ("DOPRAVA", "Nová lávka přes Moravu je hotová", "Jana Nováková")
    assert [(c.text, c.credit) for c in first.captions] == [("Lávka vede přes řeku u starého mlýna.", "Foto Petr Dvořák")]
    assert first.paragraphs[-1].endswith("Most je dlouhý 180 metrů a vede od nádraží až k novému parku na druhém břehu řeky, kde město plánuje další")
    assert "(Pokračování na str. 5)" in page.furniture
    assert (second.title, second.source) == ("Méně nezaměstnaných v kraji", "ČTK")
    assert second.paragraphs == ["Nezaměstnanost v kraji klesla v listopadu na 3,4 procenta. Je to nejnižší hodnota od začátku sledování v roce 2004."]


def test_jump_lines_and_pointers_in_brackets_name_a_page_in_any_language():
    for line in ("(Pokračování na str. 5)", "(Fortsättning sidan 4)", "(Suite page 12)", "(Vervolg op pagina 7)"):
        assert BRACKETED_JUMP.match(line) and is_furniture(line), line
    for line in ("(Psalm 23)", "(born 1934)", "(PAP)", "(see above)"):
        assert not BRACKETED_JUMP.match(line), line
    assert PAGE_POINTER.match("LÄS OCKSÅ: Ny busslinje till flygplatsen (sidan 9)")
    assert not PAGE_POINTER.match("Ny busslinje till flygplatsen öppnar i maj.")


def test_an_agencys_initials_or_a_wires_bracketed_credit_are_the_source():
    assert SOURCE.match("(ČTK)").group("agency") == "ČTK"
    assert not SOURCE.match("(skr)")  # a German writer's initials sign a story as a byline
    assert SOURCE.match("(By Universal Service)").group("by_wire") == "Universal Service"
    assert not SOURCE.match("(Applause)") and not SOURCE.match("(the end)")


BAOZHAI = """晚报文摘　2026年12月1日　第7版　生活

旧物改造成了新时尚
　　把旧衣服改成布包，把旧家具刷上新漆，这样
的改造课程在不少社区开了班。参加的居民说，
东西没扔，家里也更有味道了。（摘自《滨江日报》）

菜市场里的“直播间”
　　不少摊主开始在手机上直播卖菜，老顾客下单
后由摊主送货上门。市场管理方表示，将统一培训
摊主，规范直播行为。（来源：江城晚报）

图书馆延长夜间开放
　　市图书馆从本月起每晚开放到十点，自习区座
位增加了两百个。（据《南州晨报》）
"""


def test_each_digest_item_ending_on_its_bracketed_source_is_a_story_of_its_own():
    # the short line after an item's （摘自《…》） heads the next item, never a subhead of the one above
    titles = [story.title for story in clean_text(BAOZHAI).articles]
    assert titles == ["旧物改造成了新时尚", "菜市场里的“直播间”", "图书馆延长夜间开放"]


SLOGAN_PAGE = """前进日报　1959年3月8日　星期日　第三版

　　全民动员，大搞积肥运动！

春耕生产全面展开
　　本报讯　城南人民公社各生产队抢晴天、
战雨天，全面展开春耕生产。到七日止，全
社已翻耕早稻田一万二千亩，占计划的百分
之六十。社员们把积肥、修渠和选种结合

　　苦干实干加巧干！

起来，做到一边翻耕、一边施肥。公社还组
织了农具修配组，保证犁耙随坏随修。
　　各生产队普遍实行了责任到组的办法，
评比进度，每五天检查一次。
"""


def test_slogans_over_the_first_headline_or_set_apart_inside_a_sentence_are_furniture():
    page = clean_text(SLOGAN_PAGE)
    (story,) = page.articles  # the slogan under the running head opens no story of its own
    assert story.title == "春耕生产全面展开"
    assert "全民动员，大搞积肥运动！" in page.furniture and "苦干实干加巧干！" in page.furniture
    assert "结合起来，做到一边翻耕、一边施肥。" in story.paragraphs[0]
    assert len(story.paragraphs) == 2


# A page that sets no blank line between its paragraphs sets the slogan flush too.
FLUSH_SLOGAN_PAGE = """前进日报　1955年4月2日　星期六　第二版
为实现农业合作化而奋斗！
全县春播进度加快
　　本报讯　全县各农业生产合作社抓紧晴
天抢种早稻，到一日止，已播种早稻秧田三
千二百亩，占计划的百分之七十。
　　各社普遍组织了互助换工，缺少耕牛的
社由邻社调剂，保证了春播不误农时。
"""


def test_a_slogan_set_flush_under_the_running_head_of_a_page_with_no_blank_lines_is_furniture():
    page = clean_text(FLUSH_SLOGAN_PAGE)
    assert page.articles[0].title == "全县春播进度加快"
    assert "为实现农业合作化而奋斗！" in page.furniture



def test_a_slogan_of_parallel_phrases_with_no_exclamation_mark_is_furniture_too():
    # A works paper sets its watchwords as three or four short phrases set apart by spaces.
    page = clean_text(FLUSH_SLOGAN_PAGE.replace("为实现农业合作化而奋斗！", "抢晴天　抓季节　保全苗"))
    assert page.articles[0].title == "全县春播进度加快"
    assert page.articles[0].kicker is None
    assert "抢晴天　抓季节　保全苗" in page.furniture


BOXED_PAGE = """江城日报　2026年12月1日　星期二　第6版　民生

老旧小区加装电梯提速
　　本报讯　今年以来，我市老旧小区加装电梯
工作明显提速，已有一百二十部电梯投入使用。
　　市住建局表示，明年将再安排专项资金，支
持更多小区加装电梯。

【办事指南】
　　居民可向所在街道提交加装电梯申请，经业
主表决通过后，由街道协助办理审批手续。
"""


def test_a_box_label_in_lenticular_brackets_heads_its_box_without_the_brackets():
    titles = [story.title for story in clean_text(BOXED_PAGE).articles]
    assert titles == ["老旧小区加装电梯提速", "办事指南"]


FUKAN_PAGE = """南島晚報　2026年12月1日　星期二　　副刊　D4

長篇連載

海港的燈火（三十八）

文：林子謙

　船到碼頭的時候，天已經黑了。阿明
提着行李走下跳板，四處張望，卻不見
來接他的表哥；

插圖：何小萍

只好自己沿着海旁一路向前走。
　街燈一盞一盞亮起來，他想起離家那
天母親的叮囑，心裏一陣發酸。
　　　　　　　　　　（明日續）


城市筆記

巷口那間舊書店
　　　　　　　　　　陳雅文

　巷口那間舊書店開了四十年，老闆每天
早上九點準時開門，先掃地，再泡一壺茶。
　熟客都知道，店裏最好的書從來不擺在
門口，要問老闆才拿得出來。
"""


def test_a_serial_a_credit_set_into_a_clause_and_a_right_set_writer_on_a_fukan_page():
    page = clean_text(FUKAN_PAGE)
    serial, column = page.articles
    assert "（明日續）" in page.furniture  # the serial's sign-off is no story's label
    assert serial.paragraphs[0].endswith("卻不見來接他的表哥；只好自己沿着海旁一路向前走。")
    assert (column.title, column.byline) == ("巷口那間舊書店", "陳雅文")
