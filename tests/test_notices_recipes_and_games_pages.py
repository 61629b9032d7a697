"""Notices signed by the body that issued them and dated under it, a recipe's parts, a glossary
box, a crossword's clues, a travel box's address row, a games page's section label, and the paper's
own lines at the foot: the plans of notices, food, science, games, travel and family pages.
Pages written for these rules (not copied from any gold page); each test fails without its rule."""

from paperarchive.pipeline import clean_text

NOTICES = (
    "临川日报　2027年5月6日　星期四　第12版\n"
    "公告　　　广告热线：0571-86001234\n\n"
    "临川市河西片区雨污分流工程招标公告\n"
    "　　一、招标人：临川市河西城市建设有限公司。\n"
    "　　二、工程概况：改造雨污管道约4.2公里，工期180日历天。\n"
    "　　三、报名时间：2027年5月8日至5月14日。\n"
    "　　联系人：周先生　电话：0571-86005566\n"
    "临川市河西城市建设有限公司\n\n"
    "临川市河西区人民法院公告\n"
    "　　孙国栋：本院受理原告临川农商银行诉你借款合同纠纷一案，因\n"
    "你下落不明，向你公告送达起诉状副本及开庭传票。自本公告发出之\n"
    "日起经过三十日即视为送达，逾期将依法缺席判决。\n"
    "临川市河西区人民法院\n"
    "　　二〇二七年五月六日\n\n"
    "刊登公告请持有效证件到本报广告部办理　　地址：临川市解放路18号\n"
)


def test_a_notice_is_signed_by_its_issuer_under_its_contact_line():
    tender = clean_text(NOTICES).articles[0]
    assert tender.byline == "临川市河西城市建设有限公司"
    assert tender.paragraphs[-1] == "联系人：周先生\u3000电话：0571-86005566"


def test_a_courts_notice_is_signed_by_the_court_and_dated_under_it():
    page = clean_text(NOTICES)
    court = page.articles[1]
    assert court.byline == "临川市河西区人民法院"
    assert court.paragraphs[-1] == "二〇二七年五月六日"
    assert any("本报广告部" in line for line in page.furniture)  # the paper's desk and address, at the foot
    assert not any("本报广告部" in p for a in page.articles for p in a.paragraphs)


def test_a_picture_from_the_papers_files_credits_a_caption_in_mid_sentence():
    page = (
        "临川日报　2027年5月6日　星期四　第3版\n\n"
        "社保卡丢了　手机上就能挂失\n"
        "本报记者　方　舟\n"
        "　　从5月1日起，临川市民丢失社保卡后，可以在手机上挂失，并\n"
        "在网上\n\n"
        "市民在社保中心窗口办理补卡手续。\n"
        "（本报资料图片）\n\n"
        "申请补办，新卡将邮寄到家。\n"
        "　　社保中心介绍，去年全市补办社保卡一万多张。\n"
    )
    story = clean_text(page).articles[0]
    assert story.byline.replace("\u3000", "") == "本报记者方舟"
    assert story.paragraphs[0].endswith("并在网上申请补办，新卡将邮寄到家。")
    assert [c.text for c in story.captions] == ["市民在社保中心窗口办理补卡手续。"]


def test_a_recipes_parts_are_its_headings_not_boxes():
    page = (
        "南灣日報　2027年1月20日　星期三\nC4　飲食　　　責任編輯：黃家寶\n\n"
        "蘿蔔牛腩\n文：何嘉欣\n\n"
        "　　冬天燉一鍋蘿蔔牛腩，湯濃肉腍，配白飯最好。\n\n"
        "材料\n\n牛腩　600克\n白蘿蔔　1條\n薑　3片\n\n"
        "做法\n\n"
        "　　1. 牛腩切件，汆水後洗淨。\n\n"
        "　　2. 加水及薑片燉一個半小時，再下蘿蔔燉半小時即成。\n"
    )
    (recipe,) = clean_text(page).articles
    assert recipe.title == "蘿蔔牛腩" and recipe.headings == ["材料", "做法"]
    assert "牛腩\u3000600克" in recipe.paragraphs


def test_a_glossary_under_a_feature_is_a_box_of_its_own():
    page = (
        "临川日报　2027年5月6日　星期四　第7版　科学\n\n"
        "苔藓：城市里的“空气监测员”\n"
        "本报记者　林　溪\n\n"
        "　　下过雨的墙角，常常长出一片绿茸茸的苔藓。研究人员发现，苔藓\n"
        "对空气中的重金属十分敏感，可以用来监测城市的空气质量。\n\n"
        "名词解释\n\n"
        "　　假根：苔藓没有真正的根，靠细丝状的假根固定在地面上。\n"
        "　　孢子：苔藓用来繁殖的细小颗粒，随风传播。\n"
    )
    feature, box = clean_text(page).articles
    assert box.title == "名词解释" and len(box.paragraphs) == 2 and not feature.headings


GAMES = (
    "NOVA KURIERO · Sabato, 6 marto 2027 · Pagino 11\n"
    "LUDI\n\n"
    "Krucvorto No. 40\n\n"
    "1. Urbo en Francia (5)\n"
    "4. Kolor di la cielo (4)\n"
    "6. Ne granda (5)\n"
    "7. Animalo qua latras (4)\n\n"
    "Sendez vua solvuri til la 20ma di marto.\n"
)


def test_a_crosswords_clues_are_rows_and_the_pages_section_label_is_furniture():
    page = clean_text(GAMES)
    (puzzle,) = page.articles
    assert puzzle.title == "Krucvorto No. 40" and not puzzle.kicker
    assert puzzle.paragraphs[:4] == ["1. Urbo en Francia (5)", "4. Kolor di la cielo (4)", "6. Ne granda (5)", "7. Animalo qua latras (4)"]
    assert "LUDI" in page.furniture


def test_a_travel_boxs_rows_hold_an_address_with_dots():
    page = (
        "LO PAÍS · Dissabte, 6 de març de 2027 · Pagina 14\n\n"
        "Un pont sus Garona\n"
        "Per Anna Sarrat\n\n"
        "Quan se passa eth pont, era carretera seguís eth riu enquia eth\n"
        "vilatge, e en mens d'ua ora s'arriba ara plaça deth mercat.\n"
        "Era glèisa vielha e es ostaus de pèira son ath torn dera plaça, e\n"
        "eth dimars i a mercat de hormatge e de mèu des pastors dera val.\n"
        "Entà minjar, es restaurants dera plaça servissen garbura e un\n"
        "confit de guit que hèn encara coma en temps des sues pairs.\n\n"
        "Se i anatz\n"
        "Com i arribar: N-230, 40 km\n"
        "Entrada: 4 €\n"
        "Ostau: de 10.00 a 18.00\n"
        "Informacion: info@pont.example.fr\n"
    )
    box = clean_text(page).articles[-1]
    assert box.title == "Se i anatz" and box.paragraphs[-1] == "Informacion: info@pont.example.fr" and len(box.paragraphs) == 4


FAMILY = (
    "PEB XOV XWM – Fresno, California – Hnub Tuesday, 9 Lub Peb Hlis 2027\n\n"
    "Sib Yuav\n\n"
    "Tsev neeg Lis thiab tsev neeg Vaj zoo siab qhia tias Kub Lis thiab\n"
    "Ntxhi Vaj tau sib yuav rau hnub tim 20 Lub Ob Hlis 2027. Lawv ua\n"
    "tshoob hauv Fresno, muaj ntau tus qhua tuaj koom. Tsev\n"
    "neeg yuav noj mov ua kev zoo siab rau lub hli tom ntej.\n\n"
    "Peb Xov Xwm – Xa koj cov xov xwm tsev neeg thiab koj cov duab tuaj rau tsevneeg@pebxovxwm.example.com\n"
)


def test_an_address_on_the_page_joins_no_two_words_of_its_text():
    (wedding,) = clean_text(FAMILY).articles
    assert "Tsev neeg yuav noj mov" in wedding.paragraphs[-1]


def test_the_papers_call_for_news_with_its_address_is_furniture():
    page = clean_text(FAMILY)
    assert page.articles[0].paragraphs[-1].endswith("rau lub hli tom ntej.")
    assert any("tsevneeg@" in line for line in page.furniture)
