"""A notice printed straight under a story, no blank line over its head or under it, is an article
of its own: an issuer's notice titled by its issuer or subject and its kind ("…关于…的公告",
"…人民法院公告", "…清算公告"), its document number on a line of its own its first paragraph, its
issuer its byline; a family's 訃聞 with its formula lines and signature, and a 遺失聲明 column glued
under that signature. Pages written for the rules (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def _story(paper: str, head: str, *paragraphs: str, tail: str) -> str:
    """A masthead, a story whose last sentence a running head cuts, and its carried tail (no newline after)."""
    *text, last = paragraphs
    return (
        f"{paper}　　2027年5月12日　星期三\n第8版　公告　　责任编辑：郑　岚\n\n{head}\n"
        + "".join(wrap(p) for p in text)
        + wrap(last)
        + f"\n{paper}·公告\n\n{tail}\n"
    )


def test_an_issuers_notice_glued_under_a_story_is_an_article_signed_by_the_issuer():
    page = (
        _story(
            "青岚日报",
            "滨江路改造工程本月动工",
            "本报讯　记者从市城建局获悉，滨江路改造工程将于本月下旬动工，工期约十个月。",
            "市城建局介绍，改造需要征收沿线部分土地，有关公告今天在本版刊登，沿线居民可到街道办事处",
            tail="了解。",
        )
        + "青岚市人民政府关于滨江路改造工程征收土地的公告\n"
        + wrap("为实施滨江路改造工程，市人民政府决定征收沿江街道部分集体土地，现将有关事项公告如下：")
        + wrap("一、征收范围：沿江街道红星村第二村民小组部分土地。")
        + wrap("二、自本公告发布之日起，任何单位和个人不得在征收范围内抢栽抢建。")
        + "青岚市人民政府\n\n青岚日报社出版　　公告刊登热线：0571-5520011\n"
    )
    story, notice = clean_text(page).articles
    assert story.title == "滨江路改造工程本月动工" and story.headings == []
    assert story.paragraphs[-1].endswith("了解。")
    assert notice.title == "青岚市人民政府关于滨江路改造工程征收土地的公告"
    assert notice.byline == "青岚市人民政府"
    assert [p[:2] for p in notice.paragraphs] == ["为实", "一、", "二、"]


def test_a_court_notice_keeps_its_case_number_and_a_liquidation_notice_glued_under_it_is_its_own():
    page = (
        _story(
            "湄江晚报",
            "票据遗失可申请公示催告",
            "本报讯　市中级人民法院昨天提醒，企业遗失银行承兑汇票后，可以向法院申请公示催告。",
            "法官介绍，公示催告期间无人申报的，法院将作出判决宣告票据无效，申请人可凭判决向付款行",
            tail="请求付款。",
        )
        + "湄江市湖西区人民法院公告\n"
        + "（2027）湄0102民催8号\n"
        + wrap("申请人湄江市顺达物流有限公司因遗失银行承兑汇票一张，向本院申请公示催告。")
        + wrap("自公告之日起六十日内，利害关系人应向本院申报权利。")
        + "湄江市湖西区人民法院\n"
        + "湄江市宏远贸易有限公司清算公告\n"
        + wrap("本公司股东会决议解散公司，并成立清算组。请各债权人自本公告发布之日起四十五日内向清算组申报债权。")
        + "联系人：龚明　电话：0851-6623310\n"
        + "湄江市宏远贸易有限公司清算组\n\n"
        + "湄江晚报社　　分类广告部：0851-6612345\n"
    )
    story, court, firm = clean_text(page).articles
    assert story.headings == []
    assert court.title == "湄江市湖西区人民法院公告" and court.byline == "湄江市湖西区人民法院"
    assert court.paragraphs[0] == "（2027）湄0102民催8号"
    assert court.paragraphs[1].startswith("申请人")
    assert firm.title == "湄江市宏远贸易有限公司清算公告" and firm.byline == "湄江市宏远贸易有限公司清算组"
    assert firm.paragraphs[-1] == "联系人：龚明　电话：0851-6623310"
    assert not any("分类广告部" in p for a in (story, court, firm) for p in a.paragraphs)


def test_a_funeral_notice_keeps_its_formula_lines_and_signature_and_a_lost_papers_column_under_it():
    page = (
        "竹溪日報　中華民國116年4月8日　星期四\nB3　社區　　編輯：蘇明芳\n\n"
        "老校長林清河辭世　學生追思\n"
        + wrap("【記者周文彬／竹溪報導】擔任竹溪國小校長十八年的林清河，本月三日辭世，享壽八十九歲。")
        + wrap("學生說：「校長每天早上都站在校門口，叫得出每個孩子的名字。」家屬訂十七日舉行告別式，訃聞刊於本")
        + "\n竹溪日報．社區\n\n版。\n"
        + "訃聞\n"
        + wrap("顯考林公清河府君慟於中華民國一一六年四月三日壽終正寢，享壽八十有九。謹擇於四月十七日上午九時舉行家奠禮，十時公奠禮。")
        + "叨在　鄉誼　世誼　學誼\n"
        + "哀此訃聞\n"
        + "治喪處：竹溪鎮中正路56號\n"
        + "孝男　林志遠　林志明　暨全體家屬　泣告\n"
        + "遺失聲明\n"
        + wrap("陳美玉遺失竹溪鎮土地所有權狀一紙，聲明作廢。")
        + wrap("竹溪鎮農會遺失統一發票專用章一枚，聲明作廢。")
        + "\n竹溪日報社　訃聞刊登專線：(03)555-2816\n"
    )
    story, funeral, lost = clean_text(page).articles
    assert story.headings == []
    assert funeral.title == "訃聞" and funeral.byline == "孝男　林志遠　林志明　暨全體家屬　泣告"
    assert funeral.paragraphs[1:] == ["叨在　鄉誼　世誼　學誼", "哀此訃聞", "治喪處：竹溪鎮中正路56號"]
    assert lost.title == "遺失聲明"
    assert [p[:3] for p in lost.paragraphs] == ["陳美玉", "竹溪鎮"]
