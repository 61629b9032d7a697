"""Blocks → blocks with a `Kind`: what each block is, judged from the block alone.

Context (is this short line a kicker, a label or a subhead? is this sentence a
photo caption?) is decided later, by the repair rules and by `segment`.
Each pattern below is named and shown with a line it matches and one it does not.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache, partial

from .anchored import AnyAtStart
from .blocks import (
    AUTHOR_NOTE,
    BOOK_DATA_ROW,
    BY_A_NAME,
    CAPITALS_LABEL_LINE,
    CLOCK,
    CROSSWORD_WAY,
    DATA_SOURCE,
    EDITORS_REPLY,
    ENTRY_LABEL,
    FIELDS_LINE,
    FIGURE_AFTER_SPACES,
    GLUED_ROW,
    LATIN_FIELD,
    LAWYER_SIGNS,
    LINE_IN_BRACKETS,
    LIST_BULLETS,
    RESULT_LINE,
    RULE_LINE,
    SHOWING_ROW,
    SPEC_LINE,
    bullet_of,
    is_list_row,
    is_small_ad,
    is_table_row,
    item_number,
    row_shape,
)
from .chars import (
    CHINESE_DAY,
    LABEL_GLOSS,
    REPORTER_START,
    SENTENCE_FINAL,
    common_han,
    display_width,
    ends_sentence,
    first_letter,
    in_capitals,
    is_cjk,
    latin_ratio,
    opens_list_item,
    padded_name,
    quotation_left_open,
    small_capitals_jumble,
    unpad_names,
)
from .latindates import LATIN_DATE, LATIN_MONTH_YEAR, LATIN_WEEKDAY
from .models import Block, Kind

# Box and bullet marks printed before bylines and credits: `□安娜`, `■本报记者`, `◎李文傑`.
BOX_MARKS = "□■◆◇●○▲△☆★◎"
_BOX = f"[{BOX_MARKS}]"
# Marks that point at a photo: the line after one is its caption ("▲老人们在食堂用餐。"), not a byline.
CAPTION_MARKS = "▲△"

# `# 标题` / `## 小标题`: markdown-like headings from OCR exports.
# Matches "## 以“点”为基， 靶向夯实工作根基"; not "#1 ranked" (no space).
MARKUP_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")
_RUN_ON_DOTS = re.compile(r"\s*(?:\.{2,}|…)$")  # a head's dots running on to the next head
# A whole line set in bold by a layout model's markdown: "**社区食堂开进老旧小区**"; not "**" inside a sentence.
MARKUP_EMPHASIS = re.compile(r"^(\*\*|__)(\S(?:.*\S)?)\1$")

# Editor credits in the page footer: "□编辑/杜燕葵", "责任编辑：王伟", "本版主編：鄭雅文", "藝文中心主編／許雅雯";
# not "编辑部召开会议".
EDITOR_CREDIT = re.compile(
    # the page's editor set apart by a wide space, no colon: "本版编辑　邱　岚　　组版　冯小东"
    # (or the desk's name: "地方中心主編　蔡明哲")
    r"^(?:本版(?:编辑|編輯|责编|責編|主编|主編)|责任编辑|責任編輯|[\u4e00-\u9fff]{2,6}(?:主编|主編))\u3000+[\u4e00-\u9fff]|"
    # ("本版", this page's, names no one else: a plain space will do, "本版编辑 周敏 电话 0716-8801234")
    r"^本版(?:编辑|編輯|责编|責編|主编|主編) [\u4e00-\u9fff]|"
    # (the editor named before another post, the same way: "編輯　葉怡君　美編　卓世豪")
    r"^(?:编辑|編輯)\u3000+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}\u3000+(?:美编|美編|版式|组版|組版|校对|校對|审校|審校)\u3000+[\u4e00-\u9fff]|"
    # the desk's name before its editor's post and a colon: "副刊編輯：何詠詩　美術：鄭家明"
    rf"^{_BOX}?\s*(?:本版|[\u4e00-\u9fff]{{2,4}}(?=主编|主編|编辑|編輯))?(?:责任编辑|責任編輯|美术编辑|美術編輯|主编|主編|编辑|編輯|责编|責編|版式|美编|美編|审校|審校|校对|校對|"
    r"组版|組版|设计|設計|制图|製圖|照排|终审|終審|签发|簽發|值班(?:编委|編委|总编|總編|主任|编辑|編輯))\s*[/／:：]"
    # the editor named after another of the paper's staff, a wide space between: "指導老師：劉雅婷　　總編輯：蔡明哲",
    # "地方中心主任：童建勳　　本版編輯：魏筱涵"
    r"|^(?:[\u4e00-\u9fff]{2,6}[：:]\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}(?:\u3000+|\s{2,}))+[\u4e00-\u9fff]{0,3}(?:编辑|編輯|主编|主編)[：:]"
    # the same two posts and names with the spaces an engine dropped or narrowed: "本版责编威远版式洪晓",
    # "本版责编 戚远 版式 洪 晓" (RapidOCR, Tesseract), or three, "本版编辑 郑敏 美编 刘洋 校对 许可"; nothing else on the line
    r"|^(?:本版)?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}"
    r"(?:\s*(?:美术编辑|美術編輯|美编|美編|版式|组版|組版|校对|校對|审校|審校)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}){1,2}$"
)
# A hotline and its number, as a page's foot prints it: "慈善热线：0532-86617000", "民生熱線：2888 6123"
# (Hong Kong and Macau set a space inside the number).
_HOTLINE_FIELD = r"[\u4e00-\u9fff]{0,6}(?:热线|熱線|电话|電話)[：:]\s*[\d（）()－-](?:[\d（）()－-]| (?=\d)){6,}"
# The page's note on its pictures: those not credited are file pictures.
_PAGE_PICTURES = r"[（(]?本版(?:图片|圖片|照片)(?:除署名外|除注明外|除註明外|除標明外|除标明外)?(?:均|皆)?(?:为|為|係|系)(?:资料图片|資料圖片|资料照片|資料照片|资料图|資料圖)[)）]?。?$"
# The imprint and contact box: "新闻热线：0000-96000  投稿邮箱：…", "社址：…  零售价：1.50元";
# not "记者热线采访了……。" (no label followed by a colon).
_HOTLINES = "新闻热线|新聞熱線|广告热线|廣告熱線|发行热线|發行熱線|订阅热线|訂閱熱線|热线电话|熱線電話"
IMPRINT = re.compile(
    # (and the readers' own line, the paper's: "讀者服務專線：(03)935-2281")
    rf"(?:{_HOTLINES}|读者服务专线|讀者服務專線|投稿邮箱|投稿郵箱|本版邮箱|本版郵箱|本版信箱|社址|邮编|郵編|零售价|零售價|定价|定價|印刷|网址|網址)\s*[:：]"
    rf"|(?:{_HOTLINES})\s*[0-9０-９][0-9０-９ -]{{5,}}"
    # the paper's own address, as older papers foot a page: "本報館址　望平街　電話九一二三四"
    r"|(?:本報|本报)(?:館址|馆址|社址|地址)"
    # a campus or company paper's licence and its editors' office: "准印证号：（江）0217", "内部资料　免费交流",
    # "本报编辑部　地址：学府路88号"
    # where to send contributions, a field of the foot: "桦溪日报社　　来稿请寄：府前路9号"
    r"|(?:来稿|來稿|来函|來函)(?:请寄|請寄)\s*[:：]"
    r"|准印证号|準印證號|内部资料|內部資料|(?:本报|本報)(?:编辑部|編輯部)"
    # the paper's notice desk and where to find it: "刊登公告请持有效证件到本报广告部办理　　地址：滨江路88号"
    r"|(?:本报|本報)(?:广告部|廣告部|广告中心|廣告中心|发行部|發行部)[^。！？\s]{0,12}(?:\u3000|\s{2,})\s*(?:地址|电话|電話)[：:]"
    # a works paper's foot: who compiles it, and that it is not for sale ("…分局政治处编印　　内部发行")
    r"|内部发行|內部發行|^[\u4e00-\u9fff]{2,16}(?:编印|編印)(?=[\s\u3000]|$)"
)
# (every match of IMPRINT holds a colon, 热/熱, 本, 印 or 部 (`anchored.needs_one_of`, tests/test_cleaner_cpu80.py):
# a line with none, most of a page's short lines, is not searched through the whole alternation)
_IMPRINT_MARK = re.compile("[:：热熱本印部]")
# The standing call for letters printed in every issue: "本版園地公開，歡迎讀者投書。來函請寄…本報保留刪改權利。";
# not a story that quotes "欢迎投稿" (it is longer than a notice and has none of its other phrases).
STANDING_NOTICE = re.compile(
    r"歡迎(?:讀者)?投[書稿]|欢迎(?:读者)?投[书稿]|來[函稿]請寄|来[函稿]请寄|保留(?:刪改|删改|修改|刪節|删节)(?:之)?[權权]利"
    # "本欄歡迎讀者來函，來函請附真實姓名及聯絡電話，本報有權刪改。" (Hong Kong)
    r"|歡迎(?:讀者)?來函|欢迎(?:读者)?来函|來函請附|来函请附|有[權权](?:刪改|删改|修改|刪節|删节)"
    # a letters page's own address: "来信请寄：汾河晚报读者信箱（太原市迎泽大街188号，邮编030001）"
    r"|^(?:来信请寄|來信請寄)[：:]"
    r"|\bLetters (?:to the editor )?(?:must|should) be\b|\breserves? the right to edit\b"
    # "Letters of up to 250 words may be emailed to … Include your name, town and a daytime phone number."
    r"|\bLetters (?:of (?:up to )?\d+ words )?(?:may|must|should|can) be (?:e-?mailed|sent|submitted|mailed)\b"
    r"|\bInclude your (?:full )?name\b|\bdaytime (?:tele)?phone\b"
    # The standing corrections policy: "Corrections: The Courier-Journal corrects errors of fact. Call 555-0188."
    r"|^Corrections?\s*:|\bcorrects? (?:all |significant )?errors\b"
    # The obituary policy: "Obituaries are published free of charge. Send them to obits@… by noon Monday."
    r"|\b(?:Obituaries|Death notices|Announcements) (?:are|will be) (?:published|printed) (?:free|at no charge)\b"
    r"|\bSend (?:them|obituaries|notices|announcements|items|submissions|letters) to \S+@\S+",
    re.IGNORECASE,
)
_NOTICE_WIDTH = 320  # display columns: a boxed notice runs to a few lines
# Where a STANDING_NOTICE phrase can begin (keep the two in step): its first two Chinese characters,
# or a letter that its English words' first letters match ignoring case (İ ı ſ K fold to i, s, k).
# Most lines of a Chinese page have none, and are not scanned with the whole notice pattern,
# which IGNORECASE and its anchors keep re from skipping through quickly.
_NOTICE_START = re.compile("歡迎|欢迎|來[函稿信]|来[函稿信]|保留|有[權权]|[A-Za-z\u0130\u0131\u017f\u212a]")
_WEB_CONTROL = (
    "返回目录|返回目錄|打印本页|打印本頁|关闭窗口|關閉窗口|上一版|下一版|上一篇|下一篇|本版导航|本版導航|版面导航|版面導航"
    "|本版标题导航|本版標題導航|返回主页|返回首页|返回首頁"
)
# The register number a gazette prints over each of its paid notices, on a line of its own:
# "[1286]", "[388 b]" (Staats-Anzeiger 1857, Allgemeine Preußische Zeitung 1843).
NOTICE_NUMBER = re.compile(r"^\[\d{1,5}(?: ?[a-z])?\]$", re.IGNORECASE)
# A serial's instalment ends on "to be continued" in its paper's language, a line of its own.
_CONTINUED = (
    "(?i:Fortsetzung folgt|[AÀ] suivre|Suite au prochain numéro|Continuará|Continua|Segue|Wordt vervolgd|Fortsättning följer"
    "|Fortsættes|Fortsettes|Ciąg dalszy nastąpi|Pokračování příště|Pokračovanie nabudúce|Jatkuu|Folytatjuk|Ad yettwakemmel"
    "|I'w barhau|Le leanúint|Bersambung|Itutuloy|Devam edecek|Itaendelea)"
)
# Lines a paper prints the same in every issue, never a story's text, kicker or subhead: the
# serial's "（待续）" / "未完待续" / "（完）", a disclaimer under a table ("（数据仅供参考，不构成投资建议）")
# or a horoscope ("（星座运势仅供娱乐）"),
# and the imprint of the footer ("示范日报社出版"). Not "本报将继续关注" (a sentence of the story).
# The line that closes a piece or an instalment: "（完）", "（未完待续）", "(To be continued)"; a serial's
# episode ends on when it goes on: "（明日續）", "（下期续）". (Tesseract spaces the brackets out: "( 完 )")
_PIECE_CLOSED = rf"^[（(]?\s*(?:待续|待續|未完待续|未完待續|未完|完|全文完|本文完|续完|續完|本篇完|(?:明日|明天|下期|下周|下週)(?:续|續|再续|再續)|To be continued|The End|{_CONTINUED})[。.]?\s*[)）]?[。.]?$"
PIECE_CLOSED = re.compile(_PIECE_CLOSED)
STANDING_LINE = re.compile(
    _PIECE_CLOSED +
    # The time a breaking story was last updated, under its head: "（更新：7月14日　上午6时40分）",
    # "(Updated 6.40am)": the edition's, no word of the story.
    r"|^[（(](?:更新|更新時間|更新时间|Updated|Update)[：:\s]\s*[^()（）]{1,30}[)）]$"
    # A German serial's instalment line: its number, the mark that it goes on and the reprint notice,
    # any of them alone or together, "51)  (Fortſetzung.)  [Nachdruck verboten.]" (Tesseract: "51) (Fortſezung.)
    # [Nachdru> verboten.)"); before, the instalment's first paragraph; not its number alone ("51)": a list's item).
    # (the line opens on the number or a bracket: asked before the line is scanned for the words)
    r"|^(?=[\d(\[])(?=.*(?:Fort|Nachdr))(?:\d{1,3}\s*[)\]]\s*)?(?:[(\[]\s*Fort[sſ]\S{2,6}ung(?:\s+folgt)?\.?\s*[)\]]\s*)?(?:[(\[]\s*Nachdr\S{1,4}\s+verboten\.?\s*[)\]]?)?$"
    # The issue's count of its pages, boxed on the front page: "Die heutige Nummer umfaßt 10 Seiten."
    # (General-Anzeiger, Halle, 1897; before: the kicker of the leader's head under it), "This issue
    # consists of 16 pages.", "Ce numéro contient 6 pages.".
    r"|^(?i:(?:(?:die|unſere|unsere|diese|vorliegende)\s+)?(?:heutige\s+)?(?:nummer|ausgabe)\s+(?:umfa(?:ß|ss|s)t|enth[äa]lt|besteht\s+aus)"
    r"|(?:this|to-?day'?s|the\s+present)\s+(?:issue|number|paper)\s+(?:consists\s+of|contains|comprises)|(?:ce|le\s+présent)\s+numéro\s+(?:contient|comprend))"
    r"\s+\d{1,3}\s+(?i:seiten|pages)\.?$"
    # An opinion page's standing notice that the pieces speak for their writers, not necessarily for the
    # paper: "Opinionet e botuara në këtë faqe shprehin pikëpamjet e autorëve dhe jo domosdoshmërisht
    # të redaksisë.", "The views expressed here are the writers' own and not necessarily those of the
    # paper." (before: the last op-ed's last paragraph).
    r"|^(?=.{0,100}(?:[Aa]ut(?:or|hor)|[Ww]riter))[^.!?]{10,160}"
    r"\b(?:not necessarily|nicht unbedingt|nicht notwendigerweise|jo domosdoshm[eë]risht|no necesariamente|non necessariamente|pas nécessairement|niet noodzakelijk)\b"
    r"[^.!?]{0,40}(?:paper|editor|Redaktion|Zeitung|redaksi|gazet|rédaction|journal|redacci|periódico|redazione|giornale|redactie|krant|those of (?:the )?[A-Z])[^.!?]{0,30}[.]?$"
    # (and the page's foot, with the risk its reader takes: "…不构成投资建议。据此操作，风险自担。";
    # not a table's own note on the rows above it, "以上匯價僅供參考，實際以銀行櫃檯公布為準。",
    # "说明：…气温为预报最低气温，仅供参考。": the box's text)
    r"|^(?!以上|说明|說明|注[：:]|备注|備註)[（(]?[^（）()。]{0,30}(?:仅供参考|僅供參考|仅供娱乐|僅供娛樂|不构成投资建议|不構成投資建議|不作为投资依据|不作為投資依據)[^（）()。]{0,30}[)）]?。?"
    r"(?:(?:据此|據此)[^（）()。]{0,12}(?:风险自担|風險自擔)。?)?$"
    # (a horoscope's "Horoscopes are for entertainment only."; a page foot's "as broadcast" disclaimer,
    # unbracketed, no full stop, maybe with the page's other foot fields: "节目如有变动以电视台播出为准　　岚州都市报社";
    # in brackets under a price list, "（價格以現場為準）", it is the list's note: test_new26_engine_rows)
    r"|^[^（）()。！？，]{2,20}(?:以|请以|請以)[^（）()。！？，]{2,16}(?:为准|為準)(?:(?:\u3000|\s{2,})\S.{0,40})?$"
    r"|^(?i:[\w ]{0,40}\bfor entertainment (?:purposes )?only)\.?$"
    # The page's own credit, whose copy or pictures it prints and who puts it out with the paper:
    # "（本版稿件由新华社供稿）", "本版由澧源市生态环境局　澧源日报社联合主办", "本版广告内容由广告主负责"
    # (a column's, "（本栏稿件由市疾控中心提供）" under its box, credits the box: `SUPPLIED_BY`).
    # (its data's too, after the foot's other fields: "梧川晚报社　　气象服务电话：12121　　本版数据由梧川市气象台提供")
    r"|^(?:[^\s。！？]{2,24}(?:\u3000\u3000|\s{2,}))*[（(]?本版(?:稿件|图片|圖片|图文|圖文|内容|內容|广告内容|廣告內容|数据|數據|资料|資料)?(?:均|皆|全部)?由[^。！？（）()]{2,40}"
    r"(?:供稿|提供|主办|主辦|协办|協辦|承办|承辦|联办|聯辦|负责|負責)[)）]?。?(?:(?:\u3000|\s{2,})\S.{0,40})?$"
    # and whose its pictures are: "本版图片除署名外均为资料图片", after the page's hotline or not
    rf"|^(?:{_HOTLINE_FIELD}(?:\u3000|\s{{2,}}))?" + _PAGE_PICTURES +
    # (an older paper's: "上海申江時報館印行　每份國幣二百元")
    r"|^\S{2,12}(?:报社|報社|报馆|報館)(?:出版|主办|主辦|编印|編印|印行|发行|發行)(?:\s|$)"
    # A web page's placeholder for the picture it dropped, and its call to scan it: "[二维码]",
    # "扫一扫　关注江城晨报官方微信"; a page's call to scan for more: "扫码看视频", "扫描二维码阅读全文".
    r"|^[\[［]\s*(?:二维码|二維碼|图片|圖片|照片)\s*[\]］]$"
    r"|^(?:扫一扫|掃一掃|扫码|掃碼|扫描二维码|掃描二維碼)[\s\u3000]*(?:关注|關注|订阅|訂閱|下载|下載|看|观看|觀看|收看|收听|收聽|阅读|閱讀|查看|了解)[^。！？]{0,30}$"
    # A letters page's address alone, with no e-mail after it: "来信请寄：北京王府井大街东方人民报读者来信组".
    r"|^(?:来信请寄|來信請寄)[：:][^。！？]{2,60}$"
    # The paper's call for news tips and its hotline: "社区新闻线索请拨打本报热线　96355", "报料热线：96888",
    # a Taiwan desk's "桐灣日報社會組　　爆料專線：(05)2317-7100".
    r"|^[^。！？，]{0,10}(?:新闻线索|新聞線索|报料|報料|爆料)[^。！？，]{0,12}(?:热线|熱線|电话|電話|专线|專線)[：:\s\u3000]*[\d（）()－-]{5,}$"
    # A gazette's register number of a notice, on a line of its own: "[1286]", "[388 b]".
    rf"|{NOTICE_NUMBER.pattern}"
    # The Central News Agency's editor tag closing its story, with the ROC date: "（編輯：蔡明哲）1150508";
    # a web edition's, or a paper's that copies one, with no date: "（责任编辑：俞菲）", "（编辑　俞　菲）".
    r"|^[（(](?:責任編輯|责任编辑|責編|责编|編輯|编辑)(?:[：:]\s*|\s+)(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])"
    r"(?:[/／、][\u4e00-\u9fff\U00020000-\U0003134f·]{2,4})?[)）](?:\s*\d{7})?$"
    # A digital paper's (数字报) web controls and its copyright foot: "返回目录　打印本页　关闭窗口",
    # "本版导航", "溪源日报社版权所有　未经许可不得转载"; the page's name before its controls: "第03版：地方新闻　　上一版　　下一版".
    rf"|^(?:第\s*[A-Z]?\d{{1,3}}\s*版[：:]\s*\S{{1,10}}\s*)?(?:{_WEB_CONTROL})(?:\s*(?:{_WEB_CONTROL}))*$"
    r"|^\S{0,12}(?:版权所有|版權所有)\s*(?:[，,]?\s*)(?:未经|未經)\S{0,6}(?:不得|禁止)(?:转载|轉載|复制|複製)\S{0,8}$",
    re.IGNORECASE,
)

# The paper's own ad, a line set into a column wherever it fits: a call in capitals with "!" and
# a telephone number ("SUBSCRIBE TODAY! Home delivery $48 a year. Call 555-0142.").
HOUSE_AD = re.compile(
    r"^(?:SUBSCRIBE|ADVERTISE|RENEW|JOIN|ADVERTISING|SUBSCRIPTIONS|DELIVERY|GET)(?: [A-Z]{2,}){0,3}!"
    r".{0,120}?\b(?:Call|call|CALL|Phone|phone|Tel\.?)\s+(?:\(\d{3}\)\s*)?\d{3}-\d{4}\.?$"
)
# A pointer to another page: a teaser box's "第2版 滨海港…", a jump line "（下转第3版）".
# The word for a page in the most-read papers' languages, and its abbreviations.
_PAGE_WORD = (
    r"(?:pages?|p\.|pp\.|Seite|S\.|pagina|página|pág\.|pag\.|str\.|strona|stronie|strony|side|sida|sidan|sivu|sivulla"
    r"|oldal(?:on)?|стр\.|страница|sayfa|halaman|hal\.|blz\.|sz\.|psl\.|lpp\.)"
)
# A jump line in brackets: the bracketed line ends on the page's number, or names the page word before it.
BRACKETED_JUMP = re.compile(
    rf"^\((?=[^()]{{0,40}}\b{_PAGE_WORD})[^()\d]{{2,40}}?\s?(?:{_PAGE_WORD}\s*)?[A-Z]?\d{{1,3}}\.?(?:\s*{_PAGE_WORD})?\)\.?$",
    re.IGNORECASE,
)
# Jump lines in the archive's other languages: sending the story on ("Suite en page 5", "Jatkuu
# sivulla 5", "Folytatás a 3. oldalon", "Continúa en la pág. 8") or bringing it back ("Suite de la
# page 1", "Jatkoa sivulta 1", "Viene de la página 1"); `segment` records where each half goes.
JUMP_ON_WORDS = (
    r"Suite (?:en |à la )?page|Lire la suite (?:en )?page|Fortsetzung auf Seite|(?:Segue|Continua) (?:a|in) pagina"
    r"|Contin[úu]a en (?:la )?p[áa]g|(?:Pasa|Sigue) a la p[áa]g|Continua na p[áa]gina|Jatkuu sivulla"
    r"|Forts(?:ättning|\.) på sidan|Fortsættes på side|Fortsetter på side|Vervolg op pagina|Ciąg dalszy na str"
    r"|Pokračování na str|Folytatás a(?= \d{1,3}\. oldalon)|Nastavak na str|Nastavak na(?= \d{1,3}\. stranic)|Bersambung ke hal|Sundan sa pahina"
    r"|Parhad ar dudalen|Framhald á bls|Inaendelea (?:Uk|ukurasa)|Ikompli f['’]pa[ġg]na|Nukelta į|Continuare (?:în|in) pagina"
    r"|Pokračovanie na str|Järg lk|Turpinājums(?= \d{1,3}\. lpp)|Framhald á síðu"
    r"|Ardı(?= \d{1,3}-[^\W\d_]{1,3} səhifədə)|Devamı(?= \d{1,3}\. sayfada)"
)
JUMP_FROM_WORDS = (
    r"Suite de la page|Fortsetzung von Seite|(?:Segue|Continua) da pagina|(?:Viene|Continuación) de (?:la )?p[áa]g"
    r"|Continuação da p[áa]gina|Jatkoa sivulta|Forts(?:ättning|\.) från sidan|Fortsat fra side|Fortsettelse fra side"
    r"|Vervolg van pagina|Ciąg dalszy ze str|Pokračování ze str|Folytatás az?(?= \d{1,3}\. oldalról)|Nastavak sa str|Nastavak sa?(?= \d{1,3}\. stranic)"
    r"|Sambungan dari hal|Mula sa pahina|Parhad o dudalen|Framhald af bls|Inatoka (?:Uk|ukurasa)|Ikompli minn pa[ġg]na"
    r"|Atkelta iš|Continuare din pagina|Pokračovanie zo str|Algus lk|Sākums(?= \d{1,3}\. lpp)|Framhald av síðu"
    r"|Əvvəli(?= \d{1,3}-[^\W\d_]{1,3} səhifədə)|Baştarafı(?= \d{1,3}\. sayfada)"
)
# Such a line's words and the page they name ("Inaendelea Uk. 6": the page is `jump_page`).
WORDED_JUMP_PAGE = rf"(?:{JUMP_ON_WORDS}|{JUMP_FROM_WORDS})\.?\s?[^()\d]{{0,8}}?(?P<worded_page>[A-Z]?\d{{1,3}})"
_WORDED_JUMP = rf"^\(?{WORDED_JUMP_PAGE}\.?(?: oldal(?:on|ról)| stranic[ie]| psl| lpp| p| sayfada|-[^\W\d_]{{1,3}} səhifədə)?\)?\.?$"
# The page a Chinese jump line names: "第3版", "A4版", "第A4版", "4版", "第四版", "二版"; Hong Kong
# papers name the lettered page alone: "A4", "C4".
_CJK_JUMP_PAGE = r"第?\s*(?:[A-HＡ-Ｈ]\s?[0-9０-９]{1,2}\s*版?|[0-9０-９]{1,3}\s*版|[一二三四五六七八九十]{1,3}\s*版)"
# The words that send a story on: "（下转第3版）", "（转A4版）", "（紧转A4版）", "▶下转A4版", "（转下页）".
_CJK_JUMP_ON = r"(?:下转|下轉|紧转|緊轉|转至|轉至|转见|轉見|转|轉|續見|续见)"
CJK_JUMP_ON = re.compile(rf"^[（(]?\s*[▶►→]?\s*{_CJK_JUMP_ON}\s*(?:{_CJK_JUMP_PAGE}|下[页頁])")
# A front page's index row: two or more cells, each a page, its section and a headline, read as one
# line or block when the cells stand side by side: "第4版　经济　港口年吞吐量创新高　第9版　国际　多国迎来寒潮天气",
# or with the engine's spaces lost, "第2版要闻　市两会下周开幕 第6版教育寒假托管班报名开始". Before: a paragraph
# of the teaser above it; after: furniture. One cell alone ("第6版的文章…") could be a sentence's line.
_INDEX_CELL_PAGE = r"第\s*[0-9０-９]{1,3}\s*版"
# Or a labelled strip whose cells end on the page: the label ("导读", "今日内容", "今期內容"), then two
# or more cells, each a section or a headline and, after a dot, a colon or a wide space, its page
# ("第2版", "A2-A4", "P.2"), set apart by wide spaces or bars. Before: "导读　乡镇·第2版　民生·第3版　副刊·第4版",
# "今日内容　地方：A2-A4　副刊：A6", "今期內容：屋邨食堂　P.2｜長者學堂　P.4" a paragraph of the story or brief above or
# below it (or an article of its own); after: furniture.
_STRIP_PAGE = r"(?:第\s*[0-9０-９]{1,3}\s*[版页頁]|[A-H][0-9]{1,2}(?:[-–][A-H]?[0-9]{1,2})?版?|P\.\s?[0-9]{1,3})"
_STRIP_CELL = rf"[^，。；！？、,;!?\s｜|：:·・]{{2,16}}(?:[·・：:]|\u3000+){_STRIP_PAGE}"
_INDEX_STRIP = (
    r"(?:今日|本期|今期|本版)?(?:导读|導讀|内容|內容|要目|目录|目錄)(?:\s*[：:]\s*|\u3000+)"
    rf"{_STRIP_CELL}(?:(?:\u3000+|\s*[｜|]\s*){_STRIP_CELL})+$"
)
# Latin-script papers print the strip on one line under its label and a colon, each cell a section
# and its page, the cells parted by a middle dot, a bullet or a bar: "En esta edición: Campo, pág. 4
# · Deportes, pág. 9", "Inside: Farms 3 · Schools 5 · Sports 8", "Dans ce numéro : Vie locale, page 2
# · Sports, page 6". Before: a paragraph of the story above or below it; after: furniture.
_LATIN_INDEX_CELL = rf"[^\W\d_][^\d·•|:.!?]{{0,30}}?,?\s(?:{_PAGE_WORD}\s?)?[A-Z]?\d{{1,3}}"
LATIN_INDEX_STRIP = rf"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){{0,3}}\s?:\s{_LATIN_INDEX_CELL}(?:\s[·•|]\s{_LATIN_INDEX_CELL})+"
PAGE_INDEX_ROW = re.compile(
    rf"^(?:{_INDEX_CELL_PAGE}(?:(?!{_INDEX_CELL_PAGE})[^，。；！？、,;!?]){{3,24}}){{2,}}$"
    rf"|^{_INDEX_STRIP}"
    rf"|^{LATIN_INDEX_STRIP}$"
)
PAGE_POINTER = re.compile(
    r"^(?:第\s*[0-9０-９]+\s*版|[A-H][0-9]{1,2}\s*版)\s+\S"
    # A jump line, maybe naming the page's section after a dot ("（转A4版·要闻）"); Taiwan papers send
    # a story on "below" ("（下接B3版）"), and a mainland paper brings it back ("（上接第一版）", "（接上页）").
    rf"|^[（(]?\s*[▶►→]?\s*(?:{_CJK_JUMP_ON}|下接|上接|紧接|緊接|接|承)\s*(?:{_CJK_JUMP_PAGE}|[上下][页頁])(?:\s*[·•・]\s*[\u4e00-\u9fff]{{2,4}})?\s*[)）]?$"
    # A pointer to a related story on another page: "（相关新闻见A4版）", "（相關報導見A5）", "（详见第3版）".
    rf"|^[（(]\s*(?:相关|相關)?(?:新闻|新聞|报道|報導|報道|评论|評論|图片|圖片)?(?:详|詳)?(?:见|見)\s*{_CJK_JUMP_PAGE}\s*[)）]$"
    r"|^[【\[]?(?:本报|本報)?(?:今日|本期|本版)?(?:导读|導讀)[】\]]?$"
    r"|^\(?(?:Continued|Cont'd|Contd\.?) (?:on|from|[c0]n) Page \w+\.?\)?\.?$"
    # Italian, Spanish and Portuguese jump lines: "SEGUE A PAGINA 14", "(Pasa a la página 16)",
    # "Continúa en la pág. 8", "(Continua na página 5)".
    r"|^\(?(?:Segue|Continua|Continúa|Sigue|Pasa|Viene|Vem) (?:a|da|dalla|de|en|na|in) (?:la |a )?(?:pagina|página|pág\.|pag\.) ?\d{1,3}\)?\.?$"
    # Older papers spell the page out, and OCR reads Page as Pago: "Continued on Pago Three.",
    # "Continued on Fourth Page."; in brackets the full stop goes inside them, and OCR reads the o
    # of "on" as c or 0: "(Continued cn second page.)" (Tesseract on the National Tribune, 1898,
    # where the line was joined to the sentence the story broke off in).
    r"|^\(?(?:Continued|Cont'd) (?:on|from|[c0]n) (?:the )?(?:Pag[eo] [A-Za-z]+|[A-Za-z]+ Pag[eo])\.?\)?\.?$"
    # A modern jump line naming the story's keyword: "See BRIDGES, Page A6", "BRIDGES from Page A1",
    # or under the jump head alone: "From Page A1".
    r"|^\(?See [A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,2},? (?:on )?(?:Page|P\.) ?[A-Z]?\d{1,3}\)?\.?$"
    r"|^\(?(?:[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,2},? )?(?:from|From|FROM) (?:Page|PAGE) ?[A-Z]?\d{1,3}\)?\.?$"
    # German papers' continuation notes, pointing to the next page, a supplement or the main sheet:
    # "Fortſetzung von „Wirtſchaft des Auslandes“ auf der nächſten Seite.", "(Fortſetzung des
    # Nichtamtlichen in der Erſten Beilage.)", "(Fortſetzung aus dem Hauptblatt.)", "(Weitere
    # „Statiſtiſche Nachrichten“ ſ. i. d. Erſten Beilage.)".
    r"|^\(?Fort[sſ]etzung\b[^()]{0,60}?\b(?:auf|in|aus)\b[^()]{0,30}?\b(?:Seite|Beilage|Hauptblatt)\.?\)?$"
    r"|^\(?Weitere\b[^()]{0,60}?\b(?:[sſ]\.|[sſ]iehe)\s[^()]{0,30}?\b(?:Seite|Beilage|Hauptblatt)\.?\)?$"
    # In brackets, in any language, ending on the page: "(Ciąg dalszy na str. 6)", "(Vervolg op pagina 7)",
    # "(Fortsättning sidan 4)", "(Folytatás a 3. oldalon)".
    rf"|{BRACKETED_JUMP.pattern}"
    rf"|{_WORDED_JUMP}"
    # A labelled pointer to a story on another page, in any language: "LEIA MAIS: Prefeitura amplia
    # horário de postos de saúde (página B4)", "CZYTAJ TEŻ: … (str. 5)".
    rf"|^[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){{0,2}}:\s.{{3,80}}\(\s*{_PAGE_WORD}\s*[A-Z]?\d{{1,3}}\s*\)\.?$"
    # A pointer to a related story on another page: "> Lire aussi en page 12", "» Mehr dazu auf Seite 5".
    r"|^[>»→►▶]?\s*(?:Lire aussi|Voir aussi|Lire également|Lire notre|Siehe auch|Mehr dazu|Lesen Sie auch|See also|Read more)"
    r"\b[^.!?]{0,40}?\b(?:page|Seite|S\.|p\.)\s*[A-Z]?\d{1,3}\.?$",
    re.IGNORECASE,
)

# The credit of a drawing set in a 副刊's text, "插图　郭晓岚", "題圖：林一", "漫画/陈川": it has
# no caption, so the line above it is the text's, not a caption.
DRAWN_BY = re.compile(r"^(?:插图|插圖|插画|插畫|题图|題圖|漫画|漫畫)\s*[/／:：\u3000 ]?\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}$")
# The word for a photo (or for "taken") that opens a photographer's credit in Latin-script papers,
# each in Title Case or capitals, with the word for "by" after it where the language puts one:
# "Foto: Anna Berg", "Bild: Lena Ek", "Kuva: Pekka Rautio" (Finnish), "Llun: Rhys Bowen" (Welsh),
# "Ljósmynd: Einar Þórsson" (Icelandic), "Fotó: Nagy Gábor" (Hungarian), "Ảnh: Phạm Quang"
# (Vietnamese), "(Picha na Salim Omari)" (Swahili), "(Kuha ni Mark Villanueva)" (Tagalog),
# "Argazkia: Iker Goikoetxea" (Basque), "Dealbh: Ruairidh MacLeòid" (Scottish Gaelic),
# "Luc'hskeudenn: Yann Kerlann" (Breton), "Whakaahua: Rāwiri Hēnare" (Māori), "Potrèt: Ryan Isenia" (Papiamentu),
# "Snimio: Tomislav Kurtović" (Croatian, Serbian, Bosnian: "shot by", Snimila for a woman),
# "Fotografija: Matej Zupan" (Slovene, Croatian, Lithuanian), "Tūtū: Mereana Tangi" (Cook Islands Māori),
# "Bilt: Famielje Thiessen" (Plautdietsch), "Ekifaananyi: Nalubega Joan" (Luganda, "picture"); a map's or a
# chart's maker: "Infografia: Notísia di Ilha" (Portuguese and the creoles that spell as it does), "Infografía: Ana Gil" (Spanish);
# "Fotô: Mario Jaccod" (Arpitan), "Fotò" (the Italian dialects that accent it); a drawing's or a cartoon's
# maker in Spanish, as papers writing other languages of Latin America credit it: "Dibujo: Ana Gil", "Ilustración: Ana Gil".
# A map's or a chart's maker, on a line of its own under its caption: the word for drawing it, a colon and
# the name in brackets ("（制图：庹　𬭚）"), or the paper's word for its own drawing and the name a wide space
# apart ("本报制图　柴　屹"); not the footer's post and name with no bracket, "制图：冯小东" (`EDITOR_CREDIT`).
_NAME_PADDED = r"[\u4e00-\u9fff\U00020000-\U0003134f·](?:\u3000?[\u4e00-\u9fff\U00020000-\U0003134f·]){1,3}"
MAP_OR_CHART_BY = re.compile(
    rf"^[（(](?:制图|製圖|绘图|繪圖)\s*[：:／/]\s*{_NAME_PADDED}[)）]$|^(?:本报|本報)(?:制图|製圖)\u3000+{_NAME_PADDED}$"
)
_PHOTO_WORDS = (
    "Foto Fotos Fotó Fotografía Fotografia Fotografie Bild Billede Kuva Ljósmynd Mynd Llun Picha Kuha Ảnh"
    " Fotografija Zdjęcie Snímek Slika Snimio Snimila Fotoğraf Gambar Larawan Pilt Kép Фото Ritratt Argazkia Argazkiak Dealbh Grianghraf"
    " Luc'hskeudenn Whakaahua Potrèt Potret Sary Hoto Àwòrán Aworan Isithombe Sawir Mfonyin Mfonini Tūtū Bilt"
    " Ekifaananyi Infografia Infografía Fotô Fotò Dibujo Ilustración"
)
PHOTO_WORD = (
    # (Acholi's "Cal" and Juba Arabic's "Sura" only before their colon: "Cal Thomas" is a
    # columnist's name, a "sura" a chapter of the Quran; and a map's maker, "Graphic: Afrinyus", a
    # cartoon's, "Drawing: Aaron Gela", holdout94's Torres Strait Creole editorial)
    "(?:" + "|".join(f"{word}|{word.upper()}" for word in _PHOTO_WORDS.split()) + r"|Fot\.|Cal(?=:)|Sura(?=:)|Graphic(?=:)|Drawing(?=:))"
    r"(?:\s+(?:na|ni|by|von|van|de|di|por|av|af|oleh|NA|NI|BY|VON|DE|DI|POR|AV|AF|OLEH))?"
)
# A photo credit: "□本报记者 廖冬云摄" (撰 is a common OCR misread of 摄), "（图/新华社）", "(Photo by Jane Doe)",
# "BEN CARTER/STAFF PHOTOGRAPHER".
# Not "□本报通讯员 万鹏程" (a byline).
# A picture from the paper's files, named for where it came from: "（档案照片）", "（資料圖片）", "资料图片",
# maybe for whose files, in brackets or not: "本报资料图片", "新华社资料照片", "（本报资料图片）".
FILE_PICTURE = re.compile(
    r"^[（(](?:档案|檔案|资料|資料)(?:照片|图片|圖片|照|图|圖)[)）]$|^(?:本报|本報|[\u4e00-\u9fff]{1,6}(?:社|报|報))?(?:档案|檔案|资料|資料)(?:照片|图片|圖片)$"
    r"|^[（(](?:本报|本報|[\u4e00-\u9fff]{1,6}(?:社|报|報))(?:档案|檔案|资料|資料)(?:照片|图片|圖片)[)）]$"
    # An old photo's credit carries the year it was taken, no one who took it: "（资料图片，摄于1958年）",
    # "（資料照片，攝於1955年）"; in Latin pages the words for a file photo, the year after a comma or
    # none: "(Foto de archivo, 1952)", "(Archive photo)".
    r"|^[（(](?:档案|檔案|资料|資料)(?:照片|图片|圖片)[，,]\s*(?:摄|攝)(?:于|於)\d{4}年[)）]$"
    r"|^\((?:Foto de archivo|Foto de arquivo|Archive photo|File photo)(?:,\s*\d{4})?\)$"
)
_AGENCY_SUPPLIED = r"(?:新华社|新華社|中新社|美联社|美聯社|路透社|法新社)(?:发|發)(?:[（(][^（）()。，]{2,20}[)）])?"
PHOTO_CREDIT = re.compile(
    # (not a map's or a diagram's name: "美食地图", "多瑙河中下游示意图", "地铁线路图" head boxes)
    # (nor a sentence an engine read with ASCII commas, ending on 圖: "答:我十六歲跟阿叔落地盤,最初冇人教你睇圖")
    rf"^(?:{_BOX}\s*)?[（(]?[^。，！？（）(),?!]{{1,30}}?(?:摄|攝|撰|供图|供圖|(?<![地意线線])(?:图|圖))\s*[)）]?$"
    # Taiwan's form, the post after a slash: "記者林雅婷／攝影", "記者陳冠宇/翻攝", a campus paper's
    # "（學生記者　王思涵／攝影）"; the post tells it, where the engine lost glyphs of the name too
    # (holdout47 僑社 page, RapidOCR: "記者琪/攝影" for 記者譚詠琪／攝影, taken for the lead's byline).
    # The slash may be left out, or lost by the engine: "記者許筱涵攝影" (holdout71's pharmacy page, RapidOCR).
    r"|^[（(]?(?:学生|學生|实习|實習|特约|特約)?(?:记者|記者|特派员|特派員)\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{1,4}\s*[／/∕]?\s*(?:攝影|摄影|翻攝|翻摄)[)）]?$"
    # A news agency's picture, supplied: "新华社发", "新華社發（記者李剛攝）".
    rf"|^[（(]?{_AGENCY_SUPPLIED}[)）]?$"
    # A cartoon's or a drawing's maker, the name then 作, 绘 or 画 a space apart: "钟小楠　作", "林　霏　繪",
    # "阿蔡　畫"; or a slash between, as Taiwan sets a maker's post ("許家綺／繪"); or the whole in
    # brackets ("（蔡欣怡　绘）").
    r"|^[（(]?[\u4e00-\u9fff\U00020000-\U0003134f·](?:\u3000?[\u4e00-\u9fff\U00020000-\U0003134f·]){1,3}(?:\u3000+|\s*[／/]\s*)(?:作|绘|繪|画|畫)[)）]?$"
    # or a pupil's, the school and class in brackets between: "林子轩（南岭小学四年级）绘"
    r"|^[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}[（(][\u4e00-\u9fff0-9０-９（）()]{2,16}[)）]\s*(?:作|绘|繪)$"
    r"|^[(（]?[—–-]?\s*(?:[\w.\s]{1,30}\s)?(?:Photo|PHOTO|Photograph|Staff photo)\b.{0,60}?[)）]?$"
    # Italian, Spanish and Portuguese: "FOTO: JAVIER RUIZ", "(Foto Rinaldi)", "Fotografía: Ana Gil".
    # Polish and Russian too ("Fot. Marek Nowak", "Фото: Иван Петров"); the source may name its office
    # after a slash ("Foto: Divulgação/SES").
    rf"|^[(（]?{PHOTO_WORD}(?!\w)\s*[:/]?\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿА-Я][\w.'’ /-]{{1,40}}[)）]?$"
    # or a word for who took it, in lower case: "Foto: autorka", "Foto: archív"
    rf"|^{PHOTO_WORD}:\s*[a-zß-öø-ÿā-ſ]{{3,20}}$"
    # Most languages build their word for a photo on the stem the others share, a colon after it:
    # "Ifoto: Eric Habimana" (Kinyarwanda), "Fotografija: Ana Kos", "Photographie : Luc Morel".
    rf"|^[(（]?[A-Za-z]{{0,2}}(?:[Ff]oto|FOTO|[Pp]hoto|PHOTO)[a-zA-Z]{{0,7}}\s?:\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’ /-]{{1,40}}[)）]?$"
    r"|^[A-Z][A-Za-z.'’ -]{2,40}/(?:STAFF |Staff )?(?:PHOTOGRAPHER|Photographer|PHOTO|Photo)$"
    # Lithuanian names the photographer first, as Chinese does: "Autorės nuotr.", "Jono Petraičio nuotr.".
    r"|^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]*){0,2} (?:nuotr\.|nuotrauka)$"
    # The photographer in capitals, a slash, the paper or agency: "JORDAN PIKE/Courier-Journal", "ANA REYES/AP".
    r"|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3} ?/ ?(?:The )?[A-Z][\w.&'’-]*(?:[ -][A-Z][\w.&'’-]*){0,3}$"
    # Who took it, after the word for photo: "（图/本报记者 孔川）", "（摄影：林青）".
    r"|^[（(]?(?:图|圖|摄影|攝影|照片)\s*[/／:：]\s*[^（）()。，]{1,24}[)）]?$"
    # or after the paper's post, in brackets, as Singapore and Malaysia print it: "（本报摄影　郑炜庭）".
    r"|^[（(](?:本报|本報)(?:摄影|攝影)(?:记者|記者)?\s*[\u4e00-\u9fff\U00020000-\U0003134f·](?:\s?[\u4e00-\u9fff\U00020000-\U0003134f·]){1,3}[)）]$"
    rf"|{FILE_PICTURE.pattern}"
    # Who drew it, or the map or chart it captions.
    rf"|{DRAWN_BY.pattern}|{MAP_OR_CHART_BY.pattern}"
)
# Who took it: a credit line that is surely not the end of a wrapped sentence ending in 图 (a
# reporter, a correspondent, an intern: "实习生　冉　悦　摄").
# (or a name set a space apart from 摄, as no sentence sets it: "冯　雪　摄", "林雨　攝")
_CREDIT_WHO = re.compile(
    rf"^{_BOX}|^[（(]|记者|記者|摄影|攝影|通讯员|通訊員|实习生|實習生|供图|供圖|[A-Za-z]|^[\u4e00-\u9fff](?:[\u3000 ]?[\u4e00-\u9fff]){{1,3}}[\u3000 ]+(?:摄|攝)$"
)

# A headline that ends on 图 (a picture, a drawing, a map: "老师傅教后生看图纸" has none, "老师傅教
# 后生睇圖" does): six characters or more run together, no one who took a photo named, no mark
# setting a name apart from 图 ("冯雪　图", "（图/新华社）").
_HEADLINE_ON_TU = re.compile(r"^[\u4e00-\u9fff“”「」《》]{5,}(?<!供)[图圖]$")


def _headline_ending_on_tu(text: str) -> bool:
    """Whether a line that reads as a photo credit (`PHOTO_CREDIT`) is a headline ending on 图.

    >>> _headline_ending_on_tu("老師傅教後生睇圖"), _headline_ending_on_tu("本报记者冯雪图"), _headline_ending_on_tu("冯　雪　图")
    (True, False, False)
    """
    return _HEADLINE_ON_TU.match(text) is not None and _CREDIT_WHO.search(text) is None


# A label made only of column names: "评论观点", "要闻", "SPORTS"; not "昌吉州教育系统".
_LATIN_CAPITAL = "[A-ZÀ-ÖØ-ÞĀĂĄĆĊČĎĐĒĖĘĚĞĠĦĪĮİĹĽŁŃŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚ&]"
SECTION_NAME = re.compile(
    r"^(?:评论|評論|观点|觀點|要闻|要聞|新闻|新聞|时评|時評|社论|社論|言论|言論|专题|專題|专版|專版|副刊|文化|"
    r"体育|體育|国际|國際|国内|國內|财经|財經|经济|經濟|社会|社會|民生|教育|法治|综合|綜合|视点|視點|"
    r"关注|關注|聚焦|特稿|理论|理論|读者|讀者|文艺|文藝|健康|科技|地方|本地|城市|乡村|鄉村|论坛|論壇|周刊|週刊|"
    r"时政|時政|综述|綜述|短评|短評|快评|快評|社评|社評|热评|熱評|述评|述評|漫评|漫評|图片新闻|圖片新聞|图说|圖說|"
    r"快讯|快訊|简讯|簡訊|速递|速遞|专访|專訪|访谈|訪談|人物|纪实|紀實|调查|調查|随笔|隨筆|书评|書評|编者按|編者按|"
    r"来函|來函|来信|來信|投书|投書|"
    # the banners of older papers (telegrams, the city's own news) and a tribute column
    r"专电|專電|要电|要電|本埠|外埠|追思|港闻|港聞|澳闻|澳聞|两岸|兩岸|\s|·)+$"
    r"|^(?:[A-Z&]+\s?){1,3}$"
    # (and the capitals of the other Latin-script languages, an article hyphened to its noun or
    # elided: "RÖVIDEN", "LA REGIÓN", "ZPRÁVY Z REGIONU", Maltese "FIL-QOSOR", Limburgish "IN 'T KORT")
    rf"|^(?:['’]?{_LATIN_CAPITAL}+(?:[-'’]{_LATIN_CAPITAL}+)?\s?){{1,3}}$"
)
# Labels of boxes set beside a story, printed after a box mark like a byline: "■链接", "◆延伸阅读";
# a link box is named for what it links, any word of two: "知识链接", "法条链接", "政策鏈接"; a glossary,
# a box of facts or a person's career beside a feature: "名词解释", "你知道吗", "人物简历".
BOX_LABEL = re.compile(
    r"^[\u4e00-\u9fff]{0,2}(?:链接|鏈接)$|^(?:延伸阅读|延伸閱讀|背景资料|背景資料|小贴士|小貼士|记者手记|記者手記|编后|編後|相关新闻|相關新聞|温馨提示|溫馨提示"
    r"|名词解释|名詞解釋|你知道吗|你知道嗎|人物简历|人物簡歷|新闻背景|新聞背景|相关阅读|相關閱讀)$"
)
# A German or French byline, its opener a label like "By": "VON SABINE KRÄMER", "Von Jörg Wendel",
# "Par Claire Mornet"; a name of two to four capitalised words, so not "Par ailleurs, le maire…".
# Italian, Spanish and Portuguese papers likewise: "di Chiara Benedetti", "Por Ana Ruiz"; and Dutch,
# Nordic, Indonesian and Filipino ones: "Door Sanne de Vries", "Av Erik Lund", "Oleh RIZKY PRATAMA", "Ni CARMELA REYES";
# Welsh, Swahili and Croatian ones: "Gan ELIN MAELOR", "Na Rehema Mussa", "Piše: Marija Kovačević"
# (and Slovene: an engine without the language's model drops the caron or reads š as S, "Pise:", "PiSe:");
# Afrikaans ones, and a Central European paper's label: "Deur Annelie Swanepoel", "Autor: Jan Novák";
# Maltese and Romanian ones: "minn Ġużi Vella", "de Ioana Pop" (lower case only: "DE" opens capitals heads);
# Albanian ones: "Nga Arta Hoxha"; Breton, West Frisian, Māori and Papiamentu ones: "Gant Soazig Le Bihan",
# "Troch Sjoukje de Vries", "Nā Aroha Tipene", "Pa: Mireille Martis"; Kurmanji's round the name (`_CIRCUMFIX_BY`).
# After the name, the town the writer filed from: "Na MWANDISHI WETU, Tanga". A surname's particle in
# lower case: Dutch, Portuguese, Spanish ones, Filipino "Ni Ramon dela Cruz", Malay "Oleh Ahmad bin Ismail".
BY_WORDS = (
    "VON|Von|VUM|Vum|VUN|Vun|PAR|Par|DI|Di|di|POR|Por|por|DOOR|Door|DEUR|Deur|AF|Af|AV|Av|OLEH|Oleh|NI|Ni|GAN|Gan|NA|Na|PIŠE:|Piše:|PISE:|Pise:|PiSe:"
    "|AUTOR:|Autor:|MINN|Minn|minn|NGA|Nga|de|GANT|Gant|TROCH|Troch|NĀ|Nā|PA:|Pa:|DA|Da|da|SƔUR|Sɣur"
    # "written by" in Finnish, Estonian, Latvian, Lithuanian, Hungarian, Czech, Slovak, Polish, Icelandic:
    # "Kirjoittanut Aino Lehto", "Kirjutas Mari Tamm", "Írta Kovács Anna", "Napsala Jana Nová".
    "|Kirjoittanut|Kirjoitti|Kirjoittaja:|Kirjutas|Kirjuttanu|Autors:|Autorius:|Raksta|Rašo|Parengė|Sagatavoja|Írta:?|Napsal|Napsala"
    "|Napísal|Napísala|Napisał|Napisała|Eftir"
    # Malagasy and Yoruba: "Nataon'i Lalaina Rasoanaivo", "Lati ọwọ Adebayo Ọladele" (read "Lati owo"
    # by an engine with no Yoruba model, its dots below lost).
    "|Nataon'i|Nataon’i|NATAON'I|Lati ọwọ|Láti ọwọ́|LATI ỌWỌ|Lati owo|LATI OWO"
    # Acehnese and Banjar: "Lé Nurul Hayati" (read "Le" by an engine with no Acehnese model), "Ulih Ahmad Fauzan";
    # Brunei Malay spells Malay's "Oleh" so: "Olih Siti Rahmah Haji Osman" (before: the deck under the head).
    "|Lé|LÉ|Ulih|ULIH|Olih|OLIH"
)
# (Berber and West African names open on capitals of Latin Extended-B: "Sɣur Ɛli At Ɛmer", "Ɗanladi")
_NAME_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ"
# Modifier letters that belong to the word they stand in: the prime (Skolt Sámi "SAAʹǨǨ", the soft
# sign of transliterated Russian), the double prime, the turned and the plain apostrophe letter ("ʻ", "ʼ").
_MODIFIER_PRIMES = "\u02b9-\u02bc"
# Nguni languages fuse "by" to the name: "NguNomvula Mkhize" (isiZulu, isiXhosa, isiNdebele).
_FUSED_BY = r"(?:NGU|Ngu)(?=[A-ZÀ-ÖØ-Þ])"
# Kurmanji puts "by" round the name: "Ji aliyê Berfîn Demir ve".
BY_BEFORE_NAME, BY_AFTER_NAME = "Ji aliyê|JI ALIYÊ", "ve|VE"
_CIRCUMFIX_BY = rf"(?P<circumfix>{BY_BEFORE_NAME})\s+"
EUROPEAN_BYLINE = re.compile(
    rf"^(?:(?:{BY_WORDS})\s+|{_FUSED_BY}|{_CIRCUMFIX_BY})(?:[{_NAME_CAPITAL}][\w.'’-]*\s+|(?:de|van|der|den|ter|da|dos|del|la|dela|delos|della|von|bin|binti)\s+){{1,3}}[{_NAME_CAPITAL}][\w'’-]+"
    rf"(?:,\s+[{_NAME_CAPITAL}][\w'’-]+(?:[ -][{_NAME_CAPITAL}][\w'’-]+)?)?(?(circumfix)\s+(?:{BY_AFTER_NAME}))$"
)
# A Spanish paper's byline names the writer and the place, in capitals, a bar between them:
# "MARÍA JOSÉ LLORENTE | VALDEORCA", or the desk's name ("REDACCIÓ | Cervera"), or a columnist
# and what they are, a dot between ("XOÁN CASTRO · Mestre xubilado"); not a running head
# ("14 | COMARCAS | Diario…": more items, a number).
NAME_AT_PLACE = re.compile(
    r"^(?P<who>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’-]+){1,3}|REDACCIÓ|REDACCIÓN|REDAZIONE|REDACÇÃO)"
    r"\s+[|/·•]\s+[A-ZÀ-ÖØ-Þ][\w'’ .-]{2,30}$"
)
# The paper's own writer, unnamed, in the paper's language, on a line of its own under the headline:
# "Van onze verslaggever", "Von unserem Korrespondenten in Wien" (in long s, and with the desk's letter:
# "Von unſerem Berliner H.-Mitarbeiter."), "De notre envoyé spécial",
# "Dal nostro inviato", "De nuestro corresponsal", "Från vår korrespondent", "Od naszego korespondenta",
# "From Our Own Correspondent". Each paper words it so, and no sentence or headline is only that.
OWN_STAFF = re.compile(
    r"^\(?(?:Van (?:onze|onzen?)|Von (?:un[sſ]erem|un[sſ]erer|un[sſ]eren)|De (?:notre|nos|nuestro|nuestra|nuestros)|Dal(?:la)? (?:nostr[oa]|nostri)"
    r"|D[oa] (?:noss[oa])|Fr[åa]n (?:vår|vor|vores)|Fra (?:vår|vor|vores)|Od (?:naszego|naszej|našeho|naší|nášho)|De nia|(?:From|By|FROM|BY) (?:[Oo]ur|OUR))"
    r"(?: [\w'’-]+){0,2}? (?:[A-ZÄÖÜ]{1,3}\.-)?(?i:verslaggevers?|correspondent(?:e|en)?|redactie|medewerkers?|korrespondent(?:en|in)?|berichterstatter(?:in)?"
    r"|mitarbeiter(?:in)?|redaktion|envoy[ée]e?s? sp[ée]ciale?s?|envoy[ée]e?|correspondante?s?|r[ée]daction|inviat[oaie]|corrispondent[ei]|redazione"
    r"|corresponsal(?:es)?|redacci[óo]n|enviad[oa] especial|correspondente|reporter|medarbetare|korespondenta|wysłannika|zpravodaje|zpravodajky|redakce"
    r"|staff(?: reporter| writer)?|own correspondent|special correspondent|korespondanto)"
    # where the writer is, or who ("De nia korespondanto Petro Kovalski")
    r"(?: (?:(?:in|te|aus|à|au|en|a|in|em|i|w|ve?|at)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){0,2})?\.?\)?$"
)
# An older paper's own man in the district, under the place's name, naming no one: "(FROM OUR OWN
# CORRESPONDENT.)", "(From a Correspondent.)", "(BY OUR SPECIAL REPORTER.)".
UNNAMED_CORRESPONDENT = re.compile(
    r"^\((?i:(?:from|by) (?:our|an?)(?: (?:own|special|travelling))* (?:correspondent|reporter))\.?\)$"
)
# The names of columns a reporter writes, printed like a byline over their own headline: "记者手记",
# "记者观察", "記者追蹤", "记者再访" (a follow-up of a story the page exposed). A kicker, not the reporter's name.
_REPORTER_COLUMN = r"(?:手记|手記|观察|觀察|调查|調查|探访|探訪|连线|連線|体验|體驗|追踪|追蹤|札记|札記|视点|視點|走基层|走基層|蹲点|蹲點|再访|再訪|回访|回訪|暗访|暗訪)\s*$"
REPORTER_COLUMN = re.compile(rf"^(?:本报|本報)?(?:记者|記者){_REPORTER_COLUMN}")
# "By JOHN SMITH". (RapidOCR drops the space after "By" before a name in capitals: "ByLENA
# MORALES", and after "BY" in capitals: "BYEDWARD IRVING.", "BYMARTHA LANE.", "BYEDWARDIRVING."
# (the name's space lost too); an old paper's soldier-writer signs with his company and regiment:
# "BY R. E. McBRIDE, Co. C, 190th Pa.")
# The glued "BY" is known by the name's shape after it, not by a list of words that open on "by":
# the rest of the line is a name, two to four words in capitals (no "AND", "OF", "IN", "AT", … among
# them, the first no possessive), or one run of capitals and its full stop. A heading that opens on
# such a word is no name: "BYRON AT MISSOLONGHI.", "BYZANTIUM AND ROME.", "BYRON'S LAST WINTER.",
# "BYPRODUCTS OF COAL.", "BYWAYS." (a one-word head is kept by its length: a name's run is 7+).
_NAME_WORD_IN_CAPITALS = r"(?!(?:AND|OF|THE|IN|AT|ON|TO|FOR|FROM|WITH|OR|IS|AS|BY|A|AN)\b)[A-Z][A-Z'’-]*\.?"
_GLUED_NAME = (
    r"(?=[A-Z]{3,}(?:\.?\s+" + _NAME_WORD_IN_CAPITALS + r"){1,3}\s*$|[A-Z]{7,}\.\s*$)"
    r"(?!GONE|WAY|LAW|STAND|PASS|PRODUCT|WORD|ZANT|PLAY|ROAD|LINE|TE[S ]|STREET|ELECTION)"
)
BY_GLUED_TO_A_NAME = r"BY" + _GLUED_NAME
SIGNED_BY = re.compile(
    r"^(?:(?:By|BY|by)\s+|By(?=[A-Z]{2})|" + BY_GLUED_TO_A_NAME + r")(?!(?:TELEGRAPH|CABLE|WIRE|MAIL)\.?$)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}(?:\s*(?:,|and)\s*[A-Z][\w.'’ -]+)?"
    r"(?:,\s*[A-Z0-9][\w.'’ -]+)?$"
    # (a pen name in its quotes, the opening one an engine may read as a speck: "By “Australian Native.”", "By * AusTRALIAN Native.’’")
    r"|^(?:By|BY)\s+[“\"‘'«*]\s?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}[”\"’'»]{1,2}$"
)
# A writer's line naming each one's part, the part's word before the name or after it, set off by a
# slash, a bar, a colon or a dot, the text's part first: "文｜莫小川", "文·图／莫小川", "撰文：莫小川
# 摄影：何雨", "口述：王大爷　整理：本报记者　莫小川", "◎文／本报记者　莫小川　图／受访者提供",
# "莫小川／文　何雨／图", "本报记者　莫小川　文／图". No headline names its words' parts so (a book's
# data line goes on past them: "作者：X　出版社：…"); a photo's or a drawing's credit alone ("图／X",
# "插圖：X") names no writer.
# (the writer who took the photos too, the two parts joined: "文·图", "文、攝影／何宜蓁")
# (a Malaysian paper's reporter is labelled by the report: "报道：罗嘉敏　摄影：黄子杰")
_TEXT_PART = r"(?:文|撰文|作者|口述|整理|采写|採寫|报道|報導|报导|采访|採訪|文图|文圖|图文|圖文|(?:撰)?文\s*[·/／、]\s*(?:图|圖|摄影|攝影|摄|攝))"
_PART = rf"(?:{_TEXT_PART}|图|圖|摄影|攝影|摄|攝)"
# (a reporter's post may name the newsroom: "融媒体记者", "全媒体记者", "首席记者"; a teller is named
# after what the teller is, a wide space between: "口述：学员　冯桂兰", "口述：退休教师　何淑珍")
_PART_NAME = (
    r"(?:(?:本报|本報)?(?:融媒体|融媒體|全媒体|全媒體|首席|见习|見習)?(?:记者|記者|通讯员|通訊員|实习生|實習生)[\s\u3000]*|[\u4e00-\u9fff]{2,4}\u3000+)?"
    r"(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])"
)
# A writer who also took the photos says so after the name: "文／图", "文·摄", "文并摄", "文並圖".
_WROTE_AND_SHOT = r"文\s*(?:[／/·]\s*|[并並])(?:图|圖|摄|攝)"
# (an engine may lose the wide space between two parts: "撰文/許雅婷攝影/鄭家豪", RapidOCR's
# reading of "撰文／許雅婷　攝影／鄭家豪"; the next part's word and its mark still part them)
WRITERS_PARTS = re.compile(
    rf"^(?:{_BOX}\s*)?{_TEXT_PART}\s*[：:／/｜|]\s*{_PART_NAME}(?:[\s\u3000]*{_PART}\s*[：:／/｜|]\s*{_PART_NAME})*$"
    rf"|^{_PART_NAME}\s*[／/]\s*{_TEXT_PART}(?:[\s\u3000]+{_PART_NAME}\s*[／/]\s*{_PART})*$"
    # the part after the name, a space between: "本报记者　莫小川　文并摄", "莫小川　文"
    rf"|^{_PART_NAME}[\s\u3000]+(?:{_WROTE_AND_SHOT}|文)$"
)
# Southeast Asian and Hong Kong papers: "报道：林美华", "文：陈小明", "採訪：李家豪、張惠玲", the writer
# who took the photos too: "报道／摄影：郑伟杰".
# A column's expert signs with the credential the law asks him to print, in brackets after the name:
# "文：陳志明律師（MARN 1798321）" (an Australian migration agent's number), "文：林嘉欣（註冊營養師）".
_CREDENTIAL = r"(?:[（(][^（）()]{2,30}[)）])?"
LABELLED_WRITER = re.compile(rf"^(?:{_BOX}\s*)?" + r"(?:报道|報導|报导|撰文|文|采访|採訪|图文|圖文)(?:\s*[／/]\s*(?:摄影|攝影|图|圖))?\s*[：:]\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}(?:[、\s]+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}){0,3}" + _CREDENTIAL + "$")
# A writer's initials in lower case and brackets, as German, Swiss and Romansh papers sign: "(skr)", "(lma)";
# or in capitals with their full stops, as French and Walloon papers sign a brief: "(J. B.)", "(A.M.)".
KUERZEL = re.compile(r"^\(\s*(?:[a-zäöü]{2,4}|(?:[A-ZÀ-ÖØ-Þ]\.\s?){2,3})\s*\)$")
# A byline: "□安娜", "□本报通讯员 汤璇 柴悦", "本报评论员", "By JOHN SMITH"; not "□编辑/杜燕葵", nor a
# table's legend, a mark for each word: "●營業　○公休".
BYLINE = re.compile(
    rf"^{_BOX}\s*[^{SENTENCE_FINAL}，/／{BOX_MARKS}]{{1,40}}$"
    r"|^(?:本报|本報|本刊)?(?:实习|實習|特约|特約|见习|見習|首席)?(?:记者|記者|通讯员|通訊員|摄影记者|攝影記者|评论员|評論員|编译|編譯)"
    # (not a lead run on after its reporter's line, a wide space between: "記者何嘉欣報導　劇集《海上明月》今晚")
    rf"(?!{_REPORTER_COLUMN})(?![^。，]*?(?:报道|報導|报导|報道)[\s\u3000：:]+\S{{2}})(?:\s*[^\s？?][^。，：:？?]{{0,30}})?$"
    # (a Taiwan paper sets a bullseye between the word and the name: "文◎何昱廷", "圖◎林小雨"; a cartoon
    # is signed by who drew it: "绘／龙小溪")
    r"|^(?:实习生|實習生|文 ?[/／◎] ?图?|文 ?[/／◎] ?圖?|(?:圖|图|攝影|摄影) ?◎|(?:绘|繪)\s?[/／◎])\s*\S[^。，：:]{0,30}$"
    # A serial's or an essay's author, "著" (wrote) after the name: "秋水　著", "張恨水著".
    r"|^[\u4e00-\u9fff]{2,4}[\s\u3000]*著$"
    # A column's compiler under its head, "辑" (compiled) after the name or the desk, a wide space between:
    # "本报资料室　辑", "李　明　辑录" (a from-our-files column's items are the paper's own, picked out).
    r"|^[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,7}[\s\u3000]+(?:辑|輯|辑录|輯錄)$"
    # A paper's contributing writer, the post before the name: "特约撰稿　莫小川", "本报特约撰稿人：莫小川".
    r"|^(?:本报|本報|本刊)?(?:特约|特約)撰稿人?[\s\u3000：:]+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}(?:[\s\u3000、]+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}){0,2}$"
    # A children's page's reporter is a pupil, the name set apart: "小记者　陈语桐（实验小学五年级）　指导老师　许丽华"
    # (not a head: "小记者走进消防救援站").
    r"|^(?:小|学生|學生)(?:记者|記者)[\s\u3000]+[^\s？?][^。，：:？?]{0,30}$"
    r"|" + LABELLED_WRITER.pattern +
    # The expert who answers a Q&A column or explains a find, under its head: "答疑专家：谭立新（临川大学招生办主任）",
    # "解读专家：X（省博物馆研究馆员）", "点评嘉宾：X"; or named after the office they answer for, a
    # wide space between: "答疑：市住房公积金管理中心　柯晓岚".
    # A law column's answering lawyer, the name maybe spaced to the width of three, the firm in
    # brackets: "解答律师：詹　𬬭（沣浦衡正律师事务所）" (before: the head's deck).
    r"|^(?:(?:答疑|解读|解讀|点评|點評|主讲|主講)(?:专家|專家|嘉宾|嘉賓|老师|老師)?|解答(?:律师|律師|专家|專家|老师|老師))\s*[：:]\s*(?:[\u4e00-\u9fff]{2,20}(?:\u3000|\s{2,}))?"
    r"(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}|[\u4e00-\u9fff\U00020000-\U0003134f]\u3000[\u4e00-\u9fff\U00020000-\U0003134f]{1,2})(?:\s*[（(][^（）()。，]{2,30}[)）])?$"
    # A column's expert, the profession the name is signed with before it, a wide space between:
    # "国家二级心理咨询师　梁　宛", "执业律师　陈明", "注册营养师　林嘉欣".
    r"|^[\u4e00-\u9fff]{0,8}(?:咨询师|諮詢師|律师|律師|医师|醫師|营养师|營養師|药师|藥師|心理师|心理師|理财师|理財師|会计师|會計師|规划师|規劃師)"
    r"[\s\u3000]+[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,3}$"
    # A reporter's report in the brackets of a lead, on a line of its own under the headline:
    # "【本報記者黃志強報道】" (a Hong Kong paper; the lead's text starts on the next line).
    r"|^[【〔［\[]\s*(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\u4e00-\u9fff·、\s]{2,20}?(?:报道|報道|報導|报导)\s*[】〕］\]]$"
    # Another paper's reporter: "示例文化报记者 苏墨".
    r"|^[^\s，。：:]{2,12}(?:记者|記者|通讯员|通訊員)\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}(?:[\s、]+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,5}){0,3}$"
    r"|^(?:From (?:staff|wire|staff and wire) reports|Staff reports?|(?:The )?Associated Press)\.?$"
    # A review's or a feature's writer, named with the kind of piece: "Review by Sam Kerr".
    r"|^(?:Review|Reviewed|Text|Words|Story|Interview|Photos|Pictures) by [A-ZÀ-ÖØ-Þ][\w.'’-]+(?: [A-ZÀ-ÖØ-Þ][\w.'’-]+){0,3}(?<!\.)$"
    # Who wrote a commentary, printed after it: "（作者为示例大学公共管理学院副教授沈知远）".
    r"|" + AUTHOR_NOTE.pattern +
    r"|" + SIGNED_BY.pattern +
    # A German serial's writer under its title, named with the kind of work: "Roman von Nataly v. Eſchſtruth.",
    # "Novelle von Paul Heyſe." (before: read with the title as the page's running head, or as its text).
    r"|^(?:Roman|Novelle|Erzählung|Humoreske|Skizze)\s+von\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w.'’-]*(?:\s+[\w.'’-]+){0,4}$" +
    # German and French papers open the byline with their own word: "VON SABINE KRÄMER", "Par Claire Mornet".
    r"|" + EUROPEAN_BYLINE.pattern +
    # A Nordic paper names the writer and the photographer on one line: "TEKST: Kari Nordahl  FOTO: Ola Berg";
    # others label the text in their language, maybe with the photos: "Texto: Uxía Barreiro" (Galician,
    # Spanish, Portuguese), "Testo: …" (Italian), "Besedilo in foto: Maja Kranjc" (Slovene), "Testua eta
    # argazkiak: …" (Basque), "Teksti: …" (Finnish), "Tekstur: …" (Faroese); a name may open on any
    # Latin capital: "Tekst a foto: Jan Šimko", "Tekst: Łucja Żak".
    r"|^(?:TEKST|Tekst|TEXT|Text|TEXTO|Texto|TESTO|Testo|BESEDILO|Besedilo|Teksts|Tekstas|Szöveg|TESTUA|Testua|TEKSTI|Teksti|TEKSTUR|Tekstur)"
    r"(?:\s+(?:in|y|e|i|og|och|und|ja|a|és|un|ir|eta|&)\s+(?:[Ff]oto|[Ff]otos|FOTO|FOTOS|[Ff]otografie|[Ff]otografías?|[Ff]otografias?|[Bb]ilder|[Kk]uvat|[Aa]rgazkiak?))?\s*:\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’-]*){1,3}(?:\s+(?:FOTO|Foto|BILD|Bild)\s*:\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’-]*(?:\s[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’-]*){1,3})?$"
    # A writer's Kürzel set right under a German story: "(skr)", "(dpa)"; "(pol)" opens a police item.
    r"|" + KUERZEL.pattern +
    # The writer's title on the line under the name: "Ledger Staff Writer", "Special Correspondent".
    # ("Sentinel Staff": the paper's name and "Staff", under "By Jenna Soto")
    r"|^(?:[A-Z][\w.'’-]*\s+){0,3}(?:Staff Writer|Staff Reporter|Correspondent|Contributing Writer|Staff Photographer)$"
    # (or the paper's name and the writer's beat: "Tribune Sports Writer", "Herald Education Reporter")
    r"|^(?:[A-Z][\w.'’-]*\s+){1,2}(?:Sports|Business|Political|Education|Health|Arts|Court|City|Farm|Science|Features|Music|Food|Travel)\s+(?:Writer|Reporter|Editor|Correspondent)$"
    r"|^(?:[A-Z][\w.'’-]*\s+){1,3}Staff$"
    # A paper's own reporter, unnamed: "Evening Telegraph Reporter", "Our Own Reporter".
    r"|^(?:[A-Z][\w.'’-]*\s+){1,3}Reporter$"
    # The writer's name in capitals, a comma, their post in lower case, as Estonian and Finnish papers
    # sign under the deck: "MARI TAMM, ajakirjanik", "JUHA KORPI, toimittaja", "KAIDO SARV, reporter".
    # RapidOCR may lose the spaces ("KAIDOSARV,reporter"), and Tesseract read the specks of a scan
    # beside the short line as quotes ("‘KAIDO SARV, reporter”").
    r"|^[‘'“\"]?[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]+){0,3}\s*,\s*"
    r"(?:reporter|ajakirjanik|toimetaja|toimittaja|korrespondent|fotograaf|kolumnist)[’'”\"]?$"
    # An Indian or Commonwealth paper's own desk, under the headline: "Sentinel News Service", "Express News Service".
    r"|^(?:[A-Z][\w.'’-]*\s+){1,2}News Service$"
    r"|" + NAME_AT_PLACE.pattern +
    r"|" + OWN_STAFF.pattern +
    # A wire writer's desk: "AP Business Writer", "Associated Press Sports Writer".
    r"|^(?:AP|Associated Press|Reuters|Bloomberg)(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?:Writer|Reporter|Editor|Correspondent)$"
    r"|" + UNNAMED_CORRESPONDENT.pattern
)
# The English byline forms that stand on a line of their own, never inside a paragraph.
# Not an old paper's banner over its wire news, "BY TELEGRAPH." (a section: see SECTION_NAME).
_ENGLISH_BYLINE = re.compile(
    r"^(?:By|BY|VON|Von|PAR|Par)\s+(?!(?:TELEGRAPH|CABLE|WIRE|MAIL)\.?$)(?:the\s+)?(?:[“\"‘'«*]\s?)?[A-ZÀ-ÖØ-Þ]"
    # (a columnist's in lower case under the column's head, the name and nothing after it: "by Madame Clio";
    # a review's or a feature's, naming the kind of piece: "Review by Sam Kerr", "Words by Ana Reyes")
    r"|^(?:by|(?:Review|Reviewed|Text|Words|Story|Interview|Photos|Pictures) by)\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]+){0,3}(?<!\.)$|(?:Staff Writer|Staff Reporter|Correspondent|Writer|Reporter|[A-Z]\w+ Staff)$"
    r"|^\((?:From|FROM|By|BY) .{1,40}(?:Correspondent|CORRESPONDENT|Reporter|REPORTER)\.?\)$"
)
_ENGLISH_BYLINE_OPENS = "BVPbRTWSIP("  # By, VON, Par, by, Review by …, (From …
_ENGLISH_BYLINE_ENDS = ("Writer", "Reporter", "Correspondent", "Staff")

# Latin-script news agencies that sign a story with their name alone: "(ANSA)", "EFE | SEVILLA".
_AGENCIES = r"ANSA|AGI|Adnkronos|EFE|Europa Press|Lusa|PTI|IANS|UNI|AFP|Reuters|Belga|APA|Keystone-SDA|Télam|TÉLAM|ANTARA|Antara|TTXVN|Bernama|BERNAMA|Yonhap|Kyodo"
# Any agency by its initials in capitals, alone in brackets on the story's last line: "(PAP)", "(AP)",
# "(ČTK)"; no agency list can hold every country's, and no sentence is a bracketed acronym. (Initials
# in lower case are the writer's, as a German paper signs: "(skr)".)
_AGENCY_ACRONYM = r"[A-ZÀ-ÖØ-ÞĀ-Ž]{2,5}"
# "来源：人民日报", "（来源：新华社）", "（中央社）", "Source: Reuters", and the old wire line "Special to The Daily Record.".
# The word a paper's name ends on, which a piece written for it names it by ("For the Journal.").
_PAPER_WORDS = (
    r"(?:Journal|Herald|Gazette|Times|Tribune|Advertiser|Courier|Register|Post|Chronicle|Intelligencer|Republican|Democrat"
    r"|Press|Transcript|Observer|Sentinel|Spy|Argus|Mirror|Telegraph|Whig|Patriot|Enquirer|Standard|Recorder|Messenger|Examiner)"
)
SOURCE = re.compile(
    r"^[(（]?\s*(?:来源|來源|稿件来源|稿件來源|Source|SOURCE)\s*[：:]\s*(?P<name>.+?)\s*[)）]?$"
    # A news agency's name in brackets after the story it sent: "（中央社）"; or the desk's mark for a
    # story drawn from several reports: "（综合报道）", "（綜合外電）".
    r"|^[(（](?P<agency>中央社|新华社|新華社|中新社|路透社|美联社|美聯社|法新社|共同社|塔斯社|综合报道|綜合報導|綜合報道|综合外电|綜合外電|"
    + _AGENCIES + r"|" + _AGENCY_ACRONYM + r")[)）]$"
    # or the paper it was translated or taken from: "（譯自泰文《晨光報》）", "（摘自《南方周末》）".
    r"|^[(（](?:譯自|译自|編譯自|编译自|摘譯自|摘译自|轉載自|转载自|摘自)(?P<translated>[^（）()，。]{2,30})[)）]$"
    # or naming the reports it drew on: "（综合新华社、央视新闻）", "（綜合中央社、聯合報報導）".
    r"|^[(（](?P<combined>(?:综合|綜合)(?:自)?[\u4e00-\u9fffA-Za-z《》]{2,12}(?:[、，,][\u4e00-\u9fffA-Za-z《》]{2,12}){0,3}(?:报道|報道|報導|消息)?)[)）]$"
    # In brackets too, whatever mark the engine read them as: "{Special to The New-York Tribune
    # by French Cable.)", "[BY TELEGRAPH TO THE TRIBUNE.]" (New-York Tribune, 1903).
    r"|^[\[({<]?\s*(?P<special>Special (?:Dispatch |Telegram |Correspondence |Cable )?to (?:The |the )?[A-Z][\w .'&-]{2,60}?\.?)\s*[\])}>]?$"
    r"|^[\[({<]\s*(?P<telegraph>BY (?:TELEGRAPH|CABLE|WIRE|SPECIAL WIRE) TO THE [A-Z][A-Z .'&-]{2,40}?)\s*\.?\s*[\])}>]$"
    # A piece written for this paper, credited so over its title in the papers of the 1800s: "For
    # the Journal.", "[Written for the Chicopee Weekly Journal.]", the paper named by its last word.
    # (a speck after its stop an engine reads as a quote: "For the Chicopee Journal.'", RapidOCR)
    r"|^[\[(]?\s*(?P<written_for>(?:Written |Composed |Translated )?[Ff]or [Tt]he (?:[A-Z][\w.'&-]* ){0,3}" + _PAPER_WORDS + r"\.?)\s*[\])]?\.?['’‘]?$"
    # A wire's credit in brackets under the headline, as American papers set it: "(By United Press)",
    # "(By International News Service)"; an agency's, like a bracketed acronym, is no writer's byline.
    r"|^[(\[]By (?:the |The )?(?P<by_wire>[A-Z][\w.'&-]*(?: [A-Z][\w.'&-]*){0,4})\s*[)\]]\.?$"
    # The wire's name on a line of its own under the writer's: "By JANE DOE" / "Associated Press".
    # (a Nordic or Central European wire signs so under the headline: "TT", "NTB", "Ritzau", "ČTK", "ANP")
    r"|^(?P<wire>(?:The )?Associated Press|Reuters|Agence France-Presse|Bloomberg News|TT|NTB|Ritzau|STT|ANP|ČTK|TASR|PAP|MTI|dpa|" + _AGENCIES + r")$"
    # A Danish paper closes an agency's story on its name between slashes: "/ritzau/", "/ritzau/AFP/".
    r"|^/(?P<slashed>[^\W\d_]{2,12}(?:/[^\W\d_]{2,12})?)/$"
    # A European agency's name and the place it filed from, as a Spanish or Italian paper sets it
    # under the headline: "EFE | SEVILLA", "ANSA / ROMA".
    r"|^(?P<agency_at>" + _AGENCIES + r")\s*[|/]\s*[A-ZÀ-ÖØ-Þ][\w .'’-]{1,30}$"
    # A syndicated column's syndicate in brackets under its last line: "(Washington Post Writers
    # Group)", "(Creators Syndicate)", "(Tribune Content Agency)", "(King Features Syndicate)".
    r"|^\((?P<syndicate>(?:[A-Z][\w.'’&-]* ){1,4}(?:Writers Group|Syndicate|Content Agency|News Service|Features))\)$"
    # An item clipped from another paper, credited on a line of its own under it by a dash and the word
    # the papers of the 1800s used for their exchanges: "--Exchange.", "—Ex.", "—Selected."
    r"|^(?:--|—|–)\s*(?P<clipped>Exchange|Ex|Selected)\.?$"
    # A reprinted old story's paper and issue in brackets under it: "（原載1936年3月8日星期日《湑州民報》）",
    # "(El Eco de Oriente, martes 23 de febrero de 1937)"; the issue's date and weekday say no running head.
    r"|^[（(](?:原載|原载|原刊)[^（）()《》]{0,24}《(?P<reprinted>[^《》]{2,16})》[)）]$"
    rf"|^\((?P<reprinted_latin>[A-ZÀ-ÖØ-Þ][\w'’.&-]*(?: [\w'’.&-]+){{0,5}}), (?:(?i:{LATIN_WEEKDAY.pattern}),? )?(?:{LATIN_DATE.pattern})\)$"
)

# A part of a long Chinese article, numbered in Chinese: "一、数字化为基层治理提供了新工具".
CHINESE_PART = re.compile(r"^[一二三四五六七八九十]{1,3}、[^，。；！？]{2,30}$")
# A subtitle under a headline: "——昌吉市拓宽城市基层治理格局工作综述"; not "——" alone.
SUBTITLE = re.compile(r"^(?:——|──|—|--)\s*(?P<text>\S.{1,80})$")


def _dashed_deck(line: str) -> bool:
    """A deck opened by its dash (`SUBTITLE`: "——记市劳动模范周丽萍"), or a pull quote's attribution
    ("— Priya Natarajan, Brookfield Institute"); in Latin text one dash opens a line of dialogue or
    an interview's question or answer too, as Spanish, Catalan, Portuguese and Asturian papers
    print them ("—¿Cómo empezasti a cantar?"), in running words whose wrapped lines read on.

    >>> _dashed_deck("——记市劳动模范周丽萍"), _dashed_deck("— Priya Natarajan, Brookfield Institute"), _dashed_deck("—¿Cómo empezasti a cantar tonada?")
    (True, True, False)
    """
    deck = SUBTITLE.match(line)
    if deck is None or not line.startswith("—") or line.startswith("——") or latin_ratio(line) < 0.5:
        return deck is not None
    return headline_case(deck.group("text")) and not ends_sentence(line)

# The opening of a news story with its place and reporters:
# "本报讯 记者廖冬云、实习生王景源报道：" → byline "记者廖冬云、实习生王景源";
# "新华社北京10月28日电（记者张三）"; "BOSTON, March 13 —". Not "近年来，昌吉市…".
_REPORTERS = r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者)[^：:，。（）()]{1,60}?"
_NAMED = r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}"
# The news agencies whose telegrams Chinese papers of the 1920s to 1940s printed under their name.
_CJK_AGENCIES = "中央社|路透社|美聯社|美联社|合眾社|合众社|哈瓦斯社|海通社|國民社|国民社|電通社|电通社|日聯社|日联社|同盟社|塔斯社"
DATELINE = re.compile(
    r"^(?:本报讯|本報訊|本报[^\s，。]{1,8}电|本報[^\s，。]{1,8}電|新华社[^\s，。]{0,12}电|新華社[^\s，。]{0,12}電"
    # The Central News Agency's opening in brackets: "（中央社記者溫立翔台北26日電）" → byline "記者溫立翔".
    r"|[（(]\s*(?:中央社|中新社)\s*(?P<cna>(?:記者|记者)[\u4e00-\u9fff\U00020000-\U0003134f·]{2,3})?\s*[\u4e00-\u9fff]{2,3}\s*\d{1,2}\s*日\s*[電电]\s*[)）]"
    # Tesseract spaces the date's digits out: "新华社栖川 3 月 8 日电"
    r"|(?:新华社|新華社)[^\s，。\d]{1,12} \d{1,2} ?月 ?\d{1,2} ?日 ?[电電]"
    r"|中新[社网網][^\s，。]{0,12}[电電]|[^\s，。]{1,6}(?:网|網|报|報|台|社)[讯訊]"
    # A place and a day, as Malaysian and Singapore dailies open a story: "（新山10日讯）", or a
    # place and 综合 for a story drawn from several reports: "（吉隆坡综合讯）";
    # and as old telegrams did, the day in Chinese numerals: "南京十七日電　" (1930s Shanghai), with
    # the hour and the paper's own wire: "北平二十九日下午九時本社專電　", "太原二十八日專電　".
    r"|[（(][\u4e00-\u9fff]{2,8}?(?:\s*[0-9０-９]{1,2}\s*日|综合|綜合)\s*[讯訊电電][)）]"
    # (or the place alone before 讯: "（新山讯）第十二届新山华文书展…")
    r"|[（(][\u4e00-\u9fff]{2,4}[讯訊][)）](?=\S)"
    # A news agency's telegram of those years, before the place or after the day: "中央社福州八日電　",
    # "路透社八日倫敦電　".
    rf"|(?:{_CJK_AGENCIES})?[\u4e00-\u9fff]{{2,4}}[一二三四五六七八九十廿卅]{{1,3}}日(?:[上下]午[一二三四五六七八九十]{{1,3}}[时時])?(?:本社)?(?:专|專)?[电電](?=[\s\u3000])"
    rf"|(?:{_CJK_AGENCIES})[一二三四五六七八九十廿卅]{{1,3}}日[\u4e00-\u9fff]{{2,4}}[电電](?=[\s\u3000]))\s*"
    rf"(?:[（(]\s*(?P<quoted>{_REPORTERS})\s*[)）]|(?P<by>{_REPORTERS})\s*(?:报道|報導|报导|報道)?\s*[：:]"
    # Names with no 报道： after them, then the date: "本报讯 记者周明远 通讯员何丽 11月9日，"
    rf"|(?P<bare>{_NAMED}(?:[\s、]+{_NAMED})*)(?=\s+[0-9０-９]{{1,2}}月))?"
    # (a place in capitals with its accents and glottal marks: "EBTÚN –", "KEAʻAU —")
    r"|^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ʻ -]{1,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z .]+\))?\s*(?:[—–]{1,2}|--?(?=\s))\s"
    # Taiwan's form: "〔記者林冠廷／台北報導〕", "【記者呂佳穎／台南報導】" → byline "記者林冠廷".
    r"|^[〔［\[【]\s*(?P<slashed>(?:記者|记者|實習記者|实习记者|編譯|编译|特派員|特派员)[^／/∕〕］\]】]{1,20})[／/∕][^〕］\]】]{1,12}[〕］\]】]"
    # The reporter first, with no agency before: "记者赵一鸣报道 今年以来", "本報記者 李大華 報導：",
    # or in brackets as Hong Kong and Macau papers print it: "【本報記者鄧偉文報道】", with the
    # place after the name as overseas Chinese dailies do: "【本報記者陳立文紐約報導】" (a name of
    # four only right before the word: "【本報記者梁家豪列治文報道】" names 梁家豪 in 列治文).
    r"|^[〔［\[【]?(?P<reported>(?:本报|本報)?(?:记者|記者|通讯员|通訊員)\s*"
    r"(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}(?=\s*(?:报道|報導|报导|報道))|[\u4e00-\u9fff\U00020000-\U0003134f·]{2,3})(?:[\s、]+(?:(?:记者|記者|通讯员|通訊員)\s*)?[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}){0,3})"
    r"(?:[\u4e00-\u9fff]{2,4})?\s*(?:报道|報導|报导|報道)(?:\s*[：:]|\s*[〕］\]】]|\s+)"
    # The paper's own news with no reporter named, in brackets (Macau): "【本報消息】".
    r"|^[〔［\[【](?:本报|本報)消息[〕］\]】]"
)
# A month's name in English, French or German, or its abbreviation with a full stop ("Nov.", "Dez.", "janv.");
# and as German papers of the 18th century dated: the Latin genitive ("vom 23. Junii") or the old
# German name ("den 19. Heumonat", "den 12. Jenner").
MONTH_NAME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
    r"|januar|j[äa]nner|februar|m[äa]rz|juni|juli|oktober|dezember"
    r"|januarii|februarii|martii|aprilis|maii|junii|julii|augusti|septembris|octobris|novembris|decembris"
    r"|jenner|hornung|lenzmonat|ostermonat|wonnemonat|brachmonat|heumonat|augstmonat|herbstmonat|weinmonat|wintermonat|christmonat"
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|janv|f[ée]vr?|avr|juil|d[ée]c|febr|okt|dez)\.)(?!\w)",
    re.IGNORECASE,
)
# An entry of a list set in running text, opening on its letter or number: "a) den Rahmentarif…".
LETTERED_ENTRY = re.compile(r"^(?:[a-z]|\d{1,2})\)\s")
# A dated item of older European papers opens on its place and date: "Wien, 29. Juni.",
# "Bordeaux, 14 mars.", "Paris, 1er avril.", "London, April 30.—", "Kaßel, vom 29. Sept.".
DATED_ITEM = re.compile(
    r"^(?:Aus |De |From )?[A-ZÄÖÜÉ][\w'’.-]+(?: [\w'’.-]+){0,3}, (?:den |vom |le |du )?(?:\d{1,2}(?:\.|er|st|nd|rd|th)? ?"
    rf"(?i:{MONTH_NAME.pattern})|(?i:{MONTH_NAME.pattern}) \d{{1,2}}\b)"
)
# A report's dateline as German papers set it, the place (misread in lower case, or after an
# agency's sign of a few lower-case letters), a comma, the day with its stop and the month:
# "eca New York, 17. Jan. (Telegr.)", "caesen, 17. Jan." (the Kölnische Zeitung's PAGE text, 1924);
# or a letter-spaced place the engine kept a few glyphs of, a space apart ("P a r i s, 27. Dez."
# read "a s, 27. Dez.": Der Nordstern, 1878, NMT's ALTO).
# A report opens there: no sentence goes on into a dateline. Not a weekday ("am Montag, 12. Jan.").
_REPORT_DATELINE = re.compile(
    rf"^(?:(?:[a-zß-ÿ]{{2,4}} )?[^\W\d_][\w'’.-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.-]+){{0,2}}|[^\W\d_](?: [^\W\d_])+), \d{{1,2}}\. ?(?i:{MONTH_NAME.pattern})"
)
_WEEKDAY_NAME = re.compile(r"\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\b", re.IGNORECASE)


def opens_on_a_dateline(text: str) -> bool:
    """A report's dateline opens the text (`_REPORT_DATELINE`), not a day named in a sentence.

    >>> opens_on_a_dateline("eca New York, 17. Jan. (Telegr.) Das"), opens_on_a_dateline("caesen, 17. Jan. (Telegr.) Der")
    (True, True)
    >>> opens_on_a_dateline("am Montag, 12. Jan. im Rathaus"), opens_on_a_dateline("on Monday, 12 January")
    (False, False)
    >>> opens_on_a_dateline("a s, 27. Dez. Die Regierung"), opens_on_a_dateline("a, 27. Dez. Die Regierung")
    (True, False)
    """
    found = _REPORT_DATELINE.match(text)
    return found is not None and _WEEKDAY_NAME.search(found.group()) is None
# The opening of a news story told by the reporter: "记者从市公交集团获悉", "記者日前從…了解到".
NEWS_LEAD = re.compile(r"^(?:本报|本報)?(?:记者|記者)(?:近日|日前|昨天|今天|昨日|今日)?(?:从|從|在|于|於)[^，。]{2,30}?(?:获悉|獲悉|了解到|瞭解到|得知)")


def is_story_lead(text: str) -> bool:
    """A news story's first words: its dateline ("本报讯", "新华社…电", "【記者X／Y報導】",
    "记者X报道", "WASHINGTON (AP) —") or the reporter's "记者从…获悉". A short line right above
    one is that story's headline.

    >>> is_story_lead("【記者林雅婷／台中報導】台中市政府社會局昨日宣布"), is_story_lead("近年来，昌吉市")
    (True, False)
    >>> is_story_lead("（槟城10日讯）升旗山机构宣布"), is_story_lead("杭州十七日電　連日天氣晴和、")
    (True, True)
    >>> is_story_lead("（10日讯）"), is_story_lead("又訊　該路滬杭段亦擬"), is_story_lead("（吉隆坡综合讯）马币昨天")
    (False, False, True)
    >>> is_story_lead("（新山讯）第十二届新山华文书展"), is_story_lead("（据新华社电）")
    (True, False)
    >>> is_story_lead("漢口三日上午十時本社專電　鄂省府昨開會"), is_story_lead("長沙五日專電　湘省今冬"), is_story_lead("專電")
    (True, True, False)
    >>> is_story_lead("【本報記者鄧偉文報道】另一場賽事，"), is_story_lead("【本報消息】議員高世文日前"), is_story_lead("【本報記者】")
    (True, True, False)
    >>> is_story_lead("【本報記者陳立文紐約報導】華人社團"), is_story_lead("【本報記者陳立文紐約】")
    (True, False)
    >>> is_story_lead("中央社福州八日電　閩北各縣"), is_story_lead("路透社八日倫敦電　英國國會"), is_story_lead("中央社消息")
    (True, True, False)
    """
    return DATELINE.match(text) is not None or NEWS_LEAD.match(text) is not None


# A writer's name on a line of its own, as a commentary prints it under its headline: "林木", "欧阳晓晴".
# Common surnames only (simplified and traditional), so that a two-character headline is not taken for one.
_SURNAMES = (
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖蕭田董"
    "袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹"
    "薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬"
    "伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴"
    "霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡"
    "车車项項连連麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔边邊卞姬师師仇栾欒隋商"
    "刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺洪郁"
)
PERSONAL_NAME = re.compile(
    rf"^(?:欧阳|歐陽|司马|司馬|上官|诸葛|諸葛|东方|東方|皇甫|慕容|令狐|夏侯)[\u4e00-\u9fff]{{1,2}}$|^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}$"
)
# A writer's name with "报道" after it, as Singapore and Malaysian dailies sign a story under its
# headline: "陈佩玲　报道", "林伟强、张美玲 报道" (common surnames only: no headline ends so).
_NAME_REPORTED = re.compile(
    rf"^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[、\s]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}){{0,3}}\s*(?:报道|報導|报导|報道)$"
)
# A reader's letter signed under its text, maybe with the district in brackets and set right
# with full-width spaces: "讀者　梁秀英（東灣）", "读者 王建国"; a name of two padded to the width of
# three: "读者　詹　涛（滨河社区）".
_READER_SIGNATURE = re.compile(
    rf"^(?:——\s*)?(?:讀者|读者)[\s\u3000]*[{_SURNAMES}](?:\u3000[\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,2}})(?:[（(][\u4e00-\u9fff]{{2,8}}[)）])?$"
    # or a surname the list lacks, where the label and the bracketed place both say so: "读者　缑明远（东关社区）"
    # (before: a memories piece signed so at its foot kept the name as its last paragraph; after: its byline)
    r"|^(?:——\s*)?(?:讀者|读者)[\s\u3000]*[\u4e00-\u9fff](?:\u3000[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2})[（(][\u4e00-\u9fff]{2,8}[)）]$"
    # where the reader lives first, as a letters page signs a letter: "太原市读者　郭建平", "小店区读者　王先生"
    r"|^[\u4e00-\u9fff]{1,8}(?:讀者|读者)[\s\u3000]+[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}$"
    # or with no space left between them (an OCR engine drops it), where the place and the name say so:
    # "青禾市东湖区读者吴雪梅"
    rf"|^[\u4e00-\u9fff]{{1,8}}(?:市|区|區|县|縣|镇|鎮|乡|鄉|街道|村)(?:讀者|读者)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}$"
    # or the place and the name alone, a space apart, as a letters page signs under each letter:
    # "城东区　王秀兰", "江城县 陈明先生"
    rf"|^[\u4e00-\u9fff]{{1,8}}(?:市|区|區|县|縣|镇|鎮|乡|鄉|街道|村)[\s\u3000]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:先生|女士)?$"
    # or by the handle a reader writes under online, in brackets: "（網名：山系阿May）", "（网名：小满）"
    r"|^[（(](?:網名|网名|網友|网友)[：:]\s*[^（）()，。！？]{1,16}[)）]$"
    # or, as Taiwan's dailies sign a reader's letter flush right under it, the name with the town
    # and the trade after a middle dot in brackets: "王大同（新竹縣・工程師）", "李秀蘭（花蓮市）"; Big5 has
    # no middle dot, so a page in it sets a full-width comma there: "鄭惠如（屏東縣，退休教師）" (before: a
    # line of the text, the letter unsigned; after: the letter's byline)
    rf"|^[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}\s*[（(][\u4e00-\u9fff]{{2,8}}(?:\s*[・·‧･．，,]\s*[\u4e00-\u9fff]{{2,8}})?[)）]$"
)


def reader_signed(text: str) -> bool:
    """A reader's signature under a letter (`_READER_SIGNATURE`), which the segmenter asks of the
    byline that signed the open letter (`segment._Reader.letter_under_a_readers_signature`).

    >>> reader_signed("王大同（新竹縣・工程師）"), reader_signed("鄭惠如（屏東縣，退休教師）"), reader_signed("李秀蘭（花蓮市）")
    (True, True, True)
    >>> reader_signed("候車亭的座椅　請別再拆了"), reader_signed("迷惘嘅阿敏")
    (False, False)
    >>> reader_signed("读者　缑明远（东关社区）"), reader_signed("读者　缑明远")
    (True, False)
    """
    return _READER_SIGNATURE.match(text) is not None


# A document's signature, printed under its text: "Signé le baron PASQUIER, préfet de police,",
# "Signé ALEXANDRE." (Journal des Débats 1814, under a proclamation and a declaration), "(Signed)
# J. SMITH", "gez. von Moltke": official papers printed whole end so; who signed, no head.
SIGNED = re.compile(
    r"^\(?(?:Sign[ée]|Signed|Gez(?:eichnet)?|gez(?:eichnet)?|Firmado|Firmato|Getekend)\)?[.,:]?\s+"
    r"(?:[a-zà-ÿ'’]+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w.'’-]*"  # "Signé le comte de NESSELRODE."
)
# A pull quote: a sentence set large inside a story, with its speaker: "“…” — Helen Kowalski".
PULL_QUOTE = re.compile(r'^["“「].{10,200}["”」]\s*[—–―]{1,2}\s*[A-Z\u4e00-\u9fff][\w .\'’\u4e00-\u9fff·-]{1,40}$')
# A running foot of contact details in English: "A3 | cvcourier.example | Have a news tip? Call …",
# "Ledger newsroom: (555) 010-4400 | letters@prairieledger.example" (fewer bars, more contacts).
_CONTACT_WORDS = r"\bnews tips?\b|\bnewsroom\b|\bsubscribe\b|\bcirculation\b|\badvertising\b|©|\bwww\.|https?://"
_CONTACT_PHONE = r"\(\d{3}\)\s*\d{3}-\d{4}"
_CONTACT = re.compile(rf"{_CONTACT_WORDS}|\S+@\S+\.\w+|{_CONTACT_PHONE}", re.IGNORECASE)
# The same without its e-mail address, for a line with no "@": `\S+@` tried from every position of
# a line without spaces (a Chinese line) is quadratic, and can match nothing there.
_CONTACT_BUT_EMAIL = re.compile(rf"{_CONTACT_WORDS}|{_CONTACT_PHONE}", re.IGNORECASE)

# Running heads and feet: dates, weekdays, page numbers, paper names, section banners.
_FW_DIGIT = "0-9０-９"
DATE_CN = re.compile(
    # The year's zero printed as a circle in Hong Kong: "二○二六年一月八日" (U+25CB, not 〇).
    # (a Thai Chinese paper gives the Buddhist year, the Western one in brackets: "佛曆2569年（2026年）11月25日")
    rf"(?P<y>[{_FW_DIGIT}]{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年\s*[)）]?\s*"
    rf"(?P<m>[{_FW_DIGIT}]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*"
    rf"(?P<d>[{_FW_DIGIT}]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号號]"
)
# The Republic of China calendar used in Taiwan: "中華民國115年4月16日" (year 115 = 2026), and
# in numerals by the papers of the 1930s: "中華民國二十四年三月十八日" (1935).
_CN_COUNT = "一二三四五六七八九十"
DATE_ROC = re.compile(
    rf"(?:中華民國|中华民国|民國|民国)\s*(?P<roc>[{_FW_DIGIT}]{{1,3}}|[{_CN_COUNT}]{{1,4}})\s*年\s*"
    rf"(?P<m>[{_FW_DIGIT}]{{1,2}}|[{_CN_COUNT}]{{1,3}})\s*月\s*(?P<d>[{_FW_DIGIT}]{{1,2}}|[{_CN_COUNT}]{{1,3}})\s*日"
)
_MONTHS = ("january february march april may june july august september october november december").split()
DATE_EN = re.compile(
    r"\b(?P<mon>" + "|".join(m[:3] + rf"(?:{m[3:]})?\.?" for m in _MONTHS) + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b",
    re.IGNORECASE,
)
DATE_ISO = re.compile(r"\b(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\b")
WEEKDAY = re.compile(
    r"星期[一二三四五六日天]|[周週][一二三四五六日]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]"
    r"|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b",
    re.IGNORECASE,
)
# A weekday in the possessive, alone or with its part of the day ("SATURDAY NIGHT'S", "Monday's"):
# a story's head saying whose paper or sitting it reports, never a date line's or running head's day.
DAY_POSSESSIVE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:night|evening|morning|afternoon))?['’]s\b", re.IGNORECASE)
# The lunar date a masthead prints beside the solar one: "农历丙午年七月初六", "農曆十月初七";
# the word alone opens headlines ("華埠商會籌備農曆新年活動").
LUNAR = re.compile(r"(?:农历|農曆)(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年|(?:闰|閏)?[正一二三四五六七八九十冬腊臘]{1,2}月)\S{0,8}")
# The Buddhist era's year a Thai Chinese paper prints before the Western date: "佛曆2569年　西曆2026年12月18日".
BUDDHIST_YEAR = re.compile(rf"(?:佛曆|佛历)\s*[{_FW_DIGIT}]{{4}}\s*年")
PAGE_NUMBER = re.compile(
    # Republican-era papers count sheets and pages: "第二張（六）", "第三張　（十）".
    rf"第\s*[{_FW_DIGIT}一二三四五六七八九十]+\s*(?:[版页頁]|[張张](?:\s*[（(][{_FW_DIGIT}一二三四五六七八九十]+[)）]|$))"
    # a metro paper's lettered section: "第A3版", "第Ｂ２版"
    rf"|第\s*[A-HＡ-Ｈ]\s?[{_FW_DIGIT}]{{1,2}}\s*版"
    r"|\b[A-H]\s?\d{1,2}\b(?:\s*版)?"
    rf"|^[{_FW_DIGIT}]{{1,3}}\s*版$"
    r"|\bPAGE\s+(?:\d+|[A-Z]+)\b"
    r"|^[-—–\s]*\d{1,3}[-—–\s]*$",
    re.IGNORECASE,
)
PAPER_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:日报|日報|公报|公報|晚报|晚報|时报|時報|早报|早報|晨报|晨報|商报|商報|快报|快報|都市报|都市報|青年报|青年報|周报|週報|导报|導報|新报|新報|大学报|大學報|校报|校報)"
    # any other paper named for whom or what it serves ("泓江侨报", "青川县报", "江南农民报"), not a
    # word that ends in 报 ("天气预报", "情报", "通报", a column's "一周治安播报")
    r"|[\u4e00-\u9fff]{2,8}(?<![预預汇匯举舉简簡通海电電捷喜警情季申呈谍諜战戰回播])(?:报|報)(?![道告名刊社])"
    r"|\b(?:THE\s+)?(?:[A-Z][A-Za-z.'&]*\s+){0,4}(?:GAZETTE|TIMES|HERALD|TRIBUNE|JOURNAL|POST|NEWS|CHRONICLE|COURIER|"
    r"DISPATCH|OBSERVER|STAR|SUN|EXAMINER|REGISTER|REPUBLICAN|DEMOCRAT|ADVERTISER|GLOBE|SENTINEL|LEDGER|RECORD|PRESS|"
    r"BULLETIN|GUARDIAN|ENTERPRISE|INDEPENDENT|REVIEW|PATRIOT|CITIZEN|LEADER|EAGLE|BEE|ADVOCATE|MERCURY|INQUIRER|ARGUS)\b",
    re.IGNORECASE,
)
ISSUE_CODE = re.compile(
    r"国内统一连续出版物号|國內統一連續出版物號|邮发代号|郵發代號|CN\s?\d{2}-\d{4}|ISSN\s?\d{4}-\d{3}[\dX]"
    # an issue's number and the running count since the first: "第812期（总第1946期）"
    rf"|第\s*[{_FW_DIGIT}]+\s*期\s*[（(]\s*(?:总|總)第\s*[{_FW_DIGIT}]+\s*期\s*[)）]"
    # the body that publishes it, opening a masthead's line: "中共江岸机床厂委员会主办　　第347期"
    r"|^[\u4e00-\u9fff]{2,20}(?:主办|主辦)(?=[\s\u3000]|$)"
)
# An English paper's dateline under its masthead, its volume and number around its place and date:
# "VOL. XII. CENTERVILLE, KANSAS, THURSDAY, NOVEMBER 26, 1896. NO. 47." (with `DATE_EN` in it).
_VOLUME_AND_NUMBER = re.compile(r"^(?:VOL|Vol)\.\s?[IVXLC\d]+\b.*\b(?:NO|No)\.\s?\d[\d,]*\.?$")
# Words in Title Case with no "The" before them: a headline line that ends on a paper's word ("Times", "Review").
_TITLE_CASE_NAME = re.compile(r"^(?!The\b)[A-Z][a-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)*$")
# A running head's section banner in capitals and the page number, set a wide space apart:
# "CITY  5", "SPORT  22", "7  NATION"; not a headline's number ("SEVEN HURT IN CRASH ON ROUTE 9").
SECTION_AND_PAGE = re.compile(r"^[A-Z][A-Z&'-]+(?: [A-Z&'-]+){0,2}\s{2,}\d{1,3}$|^\d{1,3}\s{2,}[A-Z][A-Z&'-]+(?: [A-Z&'-]+){0,2}$")
# A chess column's move pair in algebraic notation, its number perhaps lost by the engine: "3. d4 cxd4",
# "12. O-O Bb7+", ". Nc3 a6". Its squares read as lettered pages ("e4", "c5": `PAGE_NUMBER`).
_CHESS_MOVE = r"(?:[KQRBN]?[a-h]?[1-8]?x?[a-h][1-8](?:=[QRBN])?|O-O(?:-O)?)[+#]?[!?]{0,2}"
CHESS_MOVES = re.compile(rf"^\d{{0,3}}\s*\.{{1,3}}\s*{_CHESS_MOVE}(?:\s+(?:\.\.\.\s*)?{_CHESS_MOVE})?$")
_FURNITURE_TOKENS = (DATE_CN, DATE_ROC, DATE_EN, DATE_ISO, WEEKDAY, LUNAR, BUDDHIST_YEAR, PAGE_NUMBER, PAPER_NAME, ISSUE_CODE)
# PAPER_NAME's Chinese names end on 报 or 報 and its English ones are words of ASCII letters (each
# holds one no case-folding reaches from outside ASCII): a line with neither is not searched for
# one, as its runs of Han characters are tried at every character ("秋青州工商联": 8 µs).
_TOKENS_BUT_PAPER_NAME = tuple(pattern for pattern in _FURNITURE_TOKENS if pattern is not PAPER_NAME)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_SEPARATORS = re.compile(r"[\s|｜·•,，/／\-—–]+")
# Signs of running text, which a running head never has: a Chinese clause mark, or three
# words in lower case. Checked first because most lines of a page are running text.
_RUNNING_TEXT = re.compile(r"[，。、；！？]|(?:\b[a-z][a-z'’]+\b.*){3}")
# A run-in item on its box mark: a name of a few characters, a colon, and its text running on.
_RUN_IN_ITEM = re.compile(r"^.[^\s：:]{2,12}[：:][^\s：:]{6,}")
_MAX_FURNITURE_WIDTH = 90
# Where the page's editors follow the running foot on its line: a space, or the quote mark an
# engine reads a wide space as ("桐江日报 ”第6版 教育 责任编辑: 方 敏").
_BEFORE_A_CREDIT = re.compile(r"[\s“”]+(?=\S)")
_CREDIT_WORD = re.compile("编|編|责|責|版式|美|校")
_LABELLED = re.compile("[:：]")  # a labelled item before the credit: a web copy's meta line ("来源：…　作者：…"), no running foot
# A masthead row spread across the page, its pieces set flush left and flush right: an engine's
# text output keeps the spaces between them (Tesseract: 清河晚报, 100 spaces, 2026年3月12日 …).
_PAGE_WIDE_SPACE = re.compile(r"[ \u3000]{4,}")


def _foot_and_credit(text: str) -> bool:
    """A running foot with the page's editors after it on one line: the paper, the page and
    the section, then the editor's credit.

    >>> _foot_and_credit("沂川晚报　A11　体育　责任编辑：卢　航　美编：夏　青")
    True
    >>> _foot_and_credit("桐江日报 ”第6版 教育 责任编辑: 方 敏 版式: 林 一")  # as Tesseract read it
    True
    >>> _foot_and_credit("他说，编辑：王伟的稿子很好")
    False
    >>> _foot_and_credit("2026-03-02 10:20:05　来源：江城晚报　作者：林一舟　责任编辑：王晓")  # a web copy's meta line
    False

    Or the page's section alone, or a hotline, before the credit, the desk's other contacts set
    a wide space apart after it (before: "民生熱線：2888 6123　　地址：澳門新馬路36號5樓　　校對：陸家駿",
    holdout42's Macau page, was the last brief's paragraph):

    >>> _foot_and_credit("公益·慈善　　责任编辑：阎　婕"), _foot_and_credit("慈善热线：0532-86617000　　本版校对：侯　静")
    (True, True)
    >>> _foot_and_credit("读者热线：0571-8866 1234　　地址：滨江路18号　　校对：钱　明")
    True
    >>> _foot_and_credit("查詢電話：2855 4410　　地點：工人體育場　　主持：區嘉欣")  # an event's details, no credit
    False

    Or the paper's name and the section with no page between them (before: "…目前已备青禾日报　农村
    责任编辑：邬　岚足种子和化肥" was read into the sentence it cut):

    >>> _foot_and_credit("青禾日报　农村　责任编辑：邬　岚"), _foot_and_credit("青禾日报　春播　备耕　编辑：邬　岚")
    (True, False)
    """
    for gap in _BEFORE_A_CREDIT.finditer(text):
        head = text[: gap.start()]
        if EDITOR_CREDIT.match(text[gap.end() :]) and (
            not _LABELLED.search(head) and is_furniture(head) or _SECTION_ALONE.match(head) or _CONTACT_FIELDS.match(head) or _paper_and_section(head)
        ):
            return True
    return False


_SECTION_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,4})?$")  # "公益·慈善"


def _paper_and_section(head: str) -> bool:
    """A running foot of the paper's name and its section, a wide space apart: "青禾日报　农村"."""
    fields = _FIELD_SPACE.split(head)
    return len(fields) == 2 and PAPER_NAME.fullmatch(fields[0]) is not None and _SECTION_ALONE.match(fields[1]) is not None
# The paper's own address as its foot prints it beside a hotline: "地址：澳門新馬路36號5樓".
_ADDRESS_FIELD = r"(?:地址|社址|館址|馆址)[：:]\s*[^\s，。；]{4,30}"
# A page's foot of its contacts alone, set a wide space apart: a hotline, or a hotline and the address.
_CONTACT_FIELDS = re.compile(rf"^{_HOTLINE_FIELD}(?:(?:\u3000|\s{{2,}})\s*(?:{_HOTLINE_FIELD}|{_ADDRESS_FIELD}))*$")


# An American paper's folio line under its masthead counts the issue's pages ("FOURTEEN PAGES",
# "56 PAGES") beside the weekday and the year; running text gives neither count nor day in capitals.
_NUMBER_WORD = r"(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|(?:THIR|FOUR|FIF|SIX|SEVEN|EIGH|NINE)TEEN|(?:TWENTY|THIRTY|FORTY|FIFTY|SIXTY)(?:-[A-Z]{3,5})?)"
_PAGE_COUNT = re.compile(rf"\b(?:\d{{1,3}}|{_NUMBER_WORD})\s+PAGES\b")
_WEEKDAY_IN_CAPITALS = re.compile(r"\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b")
# The folio line's date in capitals, its year as the OCR read it: a misread figure ("NOVEMBER 15,
# 3920-THIRTY-SIX PAGES." for 1920) leaves it a date still.
_DATE_IN_CAPITALS = re.compile(r"\b(?:JAN|FEB|MARCH|APRIL|MAY|JUNE|JULY|AUG|SEPT?|OCT|NOV|DEC)[A-Z]*\.? \d{1,2},? ?\d{4}(?!\d)")
# The issue's number closing the folio line, where a weekly or a young daily prints no page count:
# "… THURSDAY MORNING, MARCH 3, 1887. NUMBER 258" (the OCR's "NUMBEK 258" too).
_ISSUE_NUMBER_CLOSING = re.compile(r"\b(?:NO\.|N[A-Z]{5})\s?\d{1,5}\.?$")
# Its price, on a line of its own: "PRICE THREE CENTS.", "Price One Penny".
_PRICE_LINE = re.compile(r"^(?:PRICE|Price)\s+(?:ONE|TWO|THREE|FOUR|FIVE|One|Two|Three|Four|Five|\d)\s+(?:CENTS?|Cents?|PENCE|Pence|PENNY|Penny)\.?$")


# The standing lines of an Australian or British country paper's head band, each a line of its
# own however the OCR read its letters (The Blue Mountain Echo, Katoomba, 1924): its imprint
# ("PRINTED AND PUBLISHED AT KATOOMBA EVERY FRIDAY MORNING."), its registration for the post
# ("Registered at the G.P.O., Sydney, for transmission by post as a newspaper.", read "Registered at
# ihe GPU, Sydney, …"), the towns it circulates in, five and more ("Circulating in Katoomba,
# Lithgow, Jenolan Caves, …", read "Cireulatiug in …"), the boasts in its ears ("HAS A GUARANTEED
# CIRCULATION", "ESTABLISHED 35 YEARS.", read "YRARA") and its volume and number on a short line
# ("Vol. XLVI. No. 1853.", read "Vol. XLVI No nti,"). Not a story's "printed and published" in
# lower case, nor a line that names a volume in a sentence ("Vol. II of his memoirs appeared …").
_CIRCULATION_LIST = r"^Cir[a-z]{5,9} (?:in|throughout) (?:[A-Z][\w'’]*(?: [A-Z][\w'’]*){0,2}[,.] ){5}"
_MASTHEAD_BAND_LINE = (
    r"^PRINTED AND PUBLISHED (?:AT|BY|IN|EVERY)\b[^a-z]{0,80}\bEVERY\b[^a-z]{0,40}$"
    r"|^Registered (?:at|with) (?:the|\S{3}) G\.? ?P\.? ?[OU0]\.?,"
    rf"|{_CIRCULATION_LIST}"
    r"|^[A-Z0-9 .,]{0,40}\bGUARANTEED CIRCULATION\.?$|^ESTABLISHED \d{1,3} Y[A-Z]{4}\.?$"
    r"|^(?:VOL|Vol)\.? ?[IVXLC]{1,7}\.?(?:$|[ ,]+(?:NO|No)\b.{0,30}$)"
)


# The standing lines of an American paper's front page round its masthead, each on a line of its
# own: its price in words ("TWO CENTS.", "ONE CENT."), the issue's number ("No. 27,960."), its entry
# at the post office ("Entered as second-class matter post office Washington, D. C.") and its sworn
# circulation ("Saturday's Net Circulation, 86,145", "Circulation, Month of July, 1916, Daily
# Average, 79,828; Sunday, 56,570.").
_MASTHEAD_STANDING = re.compile(
    r"^(?:ONE|TWO|THREE|FOUR|FIVE|TEN) CENTS?\.?$"
    r"|^(?:No|NO)\. ?\d{1,3},\d{3}\.?$"
    r"|^Entered (?:as|at) .{0,40}\b(?:second|third)[- ]class\b"
    r"|^(?:[A-Z][a-z]+'s )?(?:Net |Daily |Sworn )?Circulation\b[^.!?]{0,80}\d{1,3},\d{3}"
    # its yearly subscription, the issue's number the OCR ran into it: "PER YEAR $1.00", "YEAR $1.00 NO.34"
    r"|^(?:(?:PER|A) )?(?:YEAR|ANNUM),? ?\$ ?\d{1,2}(?:\.\d\d)?(?: (?:No|NO)\. ?\d{1,5}\.?)?$"
    # An Australian or British country paper's (`_MASTHEAD_BAND_LINE`).
    r"|" + _MASTHEAD_BAND_LINE
)


def _masthead_folio(text: str) -> bool:
    """The folio line of an American paper's masthead, however much of the masthead's row the OCR
    ran into it (the volume, the weather ear, its junk), or the paper's price on its own line, or
    another of the standing lines round the masthead (`_MASTHEAD_STANDING`).

    Before (Chronicling America's plain text of The Salt Lake Tribune, 1911): "KTlSx111"' 156,
    established aprixi ib, i87L SALT LAKE CITY, UTAH, SUNDAY MORNING-, SEPTEMBER 17, 1911. weather
    t od a y Fair. ' 56 PAGES FIVE CENTS." opened the first story's text. After: furniture.

    >>> _masthead_folio("NEW-YORK, FRIDAY, MAY 1, 1903.—FOURTEEN PAGES."), _masthead_folio("PRICE THREE CENTS.")
    (True, True)
    >>> _masthead_folio("The report, printed on FRIDAY, ran to 56 pages in 1903.")
    False
    >>> _masthead_folio("WASHINGTON, D. C., MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES.")  # 1920, one figure misread
    True
    >>> [_masthead_folio(t) for t in ("TWO CENTS.", "No. 31,204.", "Entered as second-class matter at the post office, Omaha, Neb.", "Yesterday's Net Circulation, 61,877")]
    [True, True, True, True]
    >>> _masthead_folio("PER YEAR $1.00"), _masthead_folio("YEAR $1.00 NO.34"), _masthead_folio("Per year $1.00 is asked.")
    (True, True, False)
    >>> _masthead_folio("The circulation of the paper rose to 61,877 copies last year, the owners said.")
    False
    >>> _masthead_folio("NINTH YEAR. DAYTON, MONDAY MORNING, MAY 2, 1892. NUMBER 77"), _masthead_folio("He left on MONDAY, MAY 2, 1892, with NUMBER 77")
    (True, False)
    """
    if _PRICE_LINE.match(text) or _MASTHEAD_STANDING.match(text):
        return True
    # (asked of every line: the word the page count needs first, which few lines hold)
    if _ends_on_a_figure_or_point(text) and _ISSUE_NUMBER_CLOSING.search(text) and _WEEKDAY_IN_CAPITALS.search(text) and _DATE_IN_CAPITALS.search(text) and not any(ch.islower() for ch in text):
        return True  # the issue's number closing a line all in capitals, no page count: "… THURSDAY MORNING, MARCH 3, 1887. NUMBER 258"
    return bool("PAGES" in text and _PAGE_COUNT.search(text) and _WEEKDAY_IN_CAPITALS.search(text) and (_YEAR.search(text) or _DATE_IN_CAPITALS.search(text)))


# An entry of a web edition's list of the page's headlines: "·溪源新增三条定制公交线路".
_LIST_ENTRY = re.compile(r"^[·•・]\s*(?P<entry>\S.*)$")


# A line inside a drawn box, between its side rules: "│本報啟事　　　│".
_BOXED_LINE = re.compile(r"^(?P<left>[│┃║])(?P<inner>.*?)[\s\u3000]*(?P<right>[│┃║])$")
# A notice's label: the paper's own notice (本報啟事), an announcement or a statement.
_NOTICE_LABEL = re.compile(r"^\S{0,6}(?:啟事|启事|通告|公告|聲明|声明|告示)$")


def _drawn_boxes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Lines between the side rules of a box drawn in box-drawing characters lose the rules (kept
    as the block's mark) and are read for what they say; a box headed by a notice's label
    ("本報啟事": the paper closes for a holiday) is the paper's notice, furniture like its imprint.
    The box's top and bottom rules are rule lines (`drop_rule_lines`).

    Before: "┌────┐" / "│本報啟事　　│" / "│四月五日清明節本報休刊一天，│" / … : a story titled "│本報啟事　│".
    After:  furniture "本報啟事", "四月五日清明節本報休刊一天，", …
    """
    out: list[Block] = []
    notice = False
    for block in blocks:
        boxed = _BOXED_LINE.match(block.text) if len(block.lines) == 1 else None
        if boxed is None:
            notice = False
            out.append(block)
            continue
        inner = boxed.group("inner").strip().strip("\u3000")
        notice = notice or _NOTICE_LABEL.match(inner) is not None  # the box's lines so far held a notice's label
        lines = (inner,) if inner else block.lines
        unboxed = block.with_(lines=lines, kind=Kind.UNKNOWN, mark=boxed.group("left") + boxed.group("right"))
        out.append(unboxed.with_(kind=Kind.FURNITURE) if notice else classify_block(unboxed).with_(mark=unboxed.mark))
    return tuple(out)


def _navigation_lists(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A web edition's list of the page's headlines ("本版导航" and, one a line, "·" and a
    headline that the page prints again over its story) is furniture, not a story's text: every
    entry names a line printed elsewhere on the page.

    Before: a first story "本版导航·溪源新增三条定制公交线路·万亩茶园…" (a 数字报 export).
    After: the list in the page's furniture, one entry a line.
    """
    out = list(blocks)

    def listed(block: Block) -> bool:
        return block.kind is not Kind.FURNITURE and all(_LIST_ENTRY.match(line) for line in block.lines)

    printed: set[str] | None = None  # every line of the page, listed when a list is found (an entry, bulleted, is none of them)
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and listed(blocks[end]):
            end += 1  # (an entry a block, each opened on its bullet: `blocks.LIST_BULLETS`)
        run = [line for block in blocks[i:end] for line in block.lines]
        if len(run) >= 2:
            printed = printed if printed is not None else {line for block in blocks for line in block.lines}
            if all(_LIST_ENTRY.match(line).group("entry") in printed for line in run):
                out[i:end] = [block.with_(kind=Kind.FURNITURE) for block in blocks[i:end]]
        i = max(end, i + 1)
    return tuple(out)


# A news site's page chrome, copied with its story into a text file: the browser's title ("…去处_滨江新闻网"),
# breadcrumbs ("首页 > 新闻中心 > 本地新闻"), tool lines ("字号：大 中 小", "分享到：微信　微博",
# "【纠错】　【打印本页】"), "上一篇：…" / "下一篇：…", a related story's link with its date
# ("· 我市今年将新建改建口袋公园50处（2026-03-12）") and the copyright ("版权所有：滨江新闻网…").
# Not "首页新闻" or a sentence that names 分享 ("分享到朋友圈的照片…" has no colon and runs on).
WEB_CHROME = re.compile(
    r"^.{4,80}_[^_\s]{0,12}(?:网|網|在线|在線|客户端|客戶端|频道|頻道|新闻|新聞|报|報|日报|日報)$"
    r"|^(?:首页|首頁|主页|主頁|网站首页|網站首頁|当前位置|當前位置)\s*[：:]?\s*(?:[>＞›»→]\s*[^>＞›»→。，]{1,12}\s*){1,5}$"
    r"|^(?:字号|字號)\s*[：:]|^分享到\s*[：:]|^【(?:纠错|糾錯|打印本页|打印本頁|打印|关闭窗口|關閉窗口|收藏|推荐|推薦)】"
    r"|^(?:上一篇|下一篇|上一条|下一條|下一条|上一條)\s*[：:]"
    r"|^[·•・]\s*\S.{2,60}[（(]\d{4}-\d{1,2}-\d{1,2}[)）]$"
    r"|^(?:版权所有|版權所有)\s*[：:©]?"
)
# The heading of a site's related links, furniture when the links follow it: "相关新闻".
_RELATED_HEAD = re.compile(r"^(?:相关新闻|相關新聞|相关阅读|相關閱讀|相关链接|相關鏈接|相关稿件|相關稿件)$")
# A site's meta line under the headline: "2026-11-29 08:35:12　来源：滨江日报　作者：周晓　责任编辑：李梅".
_WEB_META = re.compile(r"^(?P<stamp>\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)[\s\u3000]+(?P<rest>\S.*[：:].*)$")
_META_ITEM = re.compile(r"^(?P<label>来源|來源|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|发布时间|發佈時間|浏览|瀏覽|阅读|閱讀)\s*[：:]\s*(?P<value>\S.*)$")


def _web_edition_chrome(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A story copied from a news site keeps the site's chrome: each such line is furniture, a
    line of its own, and the meta line under the headline gives the story its source and writer.

    Before: BODY "2026-11-29 08:35:12　来源：滨江日报　作者：周晓　责任编辑：李梅" / "字号：大 中 小　　打印" / ….
    After: FURNITURE "2026-11-29 08:35:12", BYLINE "作者：周晓", SOURCE "来源：滨江日报",
    FURNITURE "责任编辑：李梅", FURNITURE "字号：大 中 小　　打印".
    """
    if not any(WEB_CHROME.match(line) or _WEB_META.match(line) for block in blocks for line in block.lines):
        return blocks
    out: list[Block] = []
    for block in blocks:
        if block.kind is Kind.FURNITURE or not any(_chrome_line(block.lines, n) or _WEB_META.match(line) for n, line in enumerate(block.lines)):
            out.append(block)
            continue
        for n, line in enumerate(block.lines):
            part = block.with_(lines=(line,), start=block.start + n, gap=block.gap if n == 0 else 0, indent=False)
            meta = _WEB_META.match(line)
            if meta and all(_META_ITEM.match(item) for item in re.split(r"\u3000+|\s{2,}", meta.group("rest").strip())):
                out.append(part.with_(lines=(meta.group("stamp"),), kind=Kind.FURNITURE))
                out.extend(_meta_items(part, re.split(r"\u3000+|\s{2,}", meta.group("rest").strip())))
            elif _chrome_line(block.lines, n):
                out.append(part.with_(kind=Kind.FURNITURE))
            else:
                out.append(classify_block(part.with_(kind=Kind.UNKNOWN)))
    return tuple(out)


# A broadcast listing's line, a time then the programme: "19:00　新闻联播", "20:00 纪录片：大河之畔（1）", "7.30 News".
_LISTING = re.compile(r"^\d{1,2}[:：.]\d{2}[\s\u3000]+\S")
_MIN_LISTINGS = 3
_LISTING_WIDTH = 40  # display cells: a listing is a time and a title, never a paragraph's line
_MIN_VENUE_ROWS = 2  # timed rows under a venue's name (one row under a short line may be a story's time)
# A broadcast's row: a time and one programme, no further cell ("19:30　老街坊说事", "10:00 Basketball
# Replay (R)"), where a cinema's row goes on with its format and price ("10:20　长河落日　2D　35元").
_PROGRAMME_ROW = re.compile(r"^\d{1,2}[:：.]\d{2}[ \u3000]+[^\u3000]+$")
_MIN_VENUES = 2


# A reader's letter opens by greeting the editor: "编辑同志：", "編輯先生：", "记者同志：".
SALUTATION = re.compile(r"^(?:编辑|編輯|记者|記者)(?:同志|先生|女士|老师|老師)?[：:]")
# A reader's question as a Q&A column prints it, the asker named: "读者郁女士问：", "網友「小林」問：".
_READER_ASKS = re.compile(r"^(?:读者|讀者|网友|網友|市民|居民|听众|聽眾)\S{0,8}?(?:问|問)[：:]")
# A reader's question opened by the bare label, no asker named: "问：", "問：".
_BARE_ASKS = re.compile(r"^[问問][：:]")
_QUESTION_HEAD_WIDTH = 48  # display cells


def _question_heads_over_letters(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A letters page heads each letter with the reader's question, a line of its own ending in
    "？", set apart over the letter: a headline, though it ends its sentence.

    Before: BODY "退休后到外地随子女生活，医保怎么转？" / BODY "编辑同志：我今年六十二岁…".
    After: SHORT "退休后到外地随子女生活，医保怎么转？", the letter's headline. So is a Q&A column's
    question over the reader's words (`_READER_ASKS`): "孩子转学要准备哪些材料？" / "读者郁女士问：…";
    and, flush under the column's name, over a question opened by the bare label (`_BARE_ASKS`):
    "街坊信箱" / "舊樓加裝升降機　點樣申請？" / "" / "　　問：…" (holdout107's 漁民信箱; before, a line of
    the story above, the column's name its heading).

    >>> asked = (Block(("小区能装充电桩吗？",), 5, gap=1, kind=Kind.BODY), Block(("　　读者王先生问：我家楼下……",), 6, gap=1, indent=True, kind=Kind.BODY))
    >>> _question_heads_over_letters(asked)[0].kind.value
    'headline'
    >>> label = Block(("街坊信箱",), 5, kind=Kind.SHORT)
    >>> head = Block(("舊樓加裝升降機　點樣申請？",), 6, kind=Kind.BODY)
    >>> bare = Block(("　　問：我住嘅舊樓冇升降機……",), 8, gap=1, indent=True, kind=Kind.BODY)
    >>> _question_heads_over_letters((label, head, bare))[1].kind.value, _question_heads_over_letters((label, head, bare.with_(gap=0)))[1].kind.value
    ('headline', 'body')
    """
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        if block.kind is Kind.BODY and len(block.lines) == 1 and not block.indent and _asks_as_a_head(block.text):
            opening = blocks[i + 1].text.lstrip("\u3000 ")
            if SALUTATION.match(opening) and block.gap >= 1:
                out[i] = block.with_(kind=Kind.SHORT)
            elif _READER_ASKS.match(opening) and (block.gap >= 1 or i > 0 and blocks[i - 1].kind is Kind.SHORT or _glued_under_an_answer(blocks, i)):  # (or flush under the column's name)
                out[i] = block.with_(kind=Kind.HEADLINE)  # each question opens an item of its own, never a subhead
            elif _BARE_ASKS.match(opening) and block.gap == 0 and i > 0 and blocks[i - 1].kind is Kind.SHORT and blocks[i + 1].gap >= 1:
                out[i] = block.with_(kind=Kind.HEADLINE)  # (flush under the column's name, the question set apart under it)
    return tuple(out)


def _glued_under_an_answer(blocks: tuple[Block, ...], i: int) -> bool:
    """Block `i`, a question set flush, is glued straight under the last answer's closing
    sentence (the page's running head may stand between) and over the next question's indented
    opening: the Q&A column's next item, printed with no blank line (holdout98's 律师门诊: before,
    "网购衣服不合身，七天内能退吗？" a line of the first item's text).

    >>> answer = Block(("　　……入住当天最好和房东一起拍照留存。",), 3, indent=True, kind=Kind.BODY)
    >>> head = Block(("网购衣服不合身，七天内能退吗？",), 4, kind=Kind.BODY)
    >>> asked = Block(("　　读者问：我在网店买了一件外套……",), 5, indent=True, kind=Kind.BODY)
    >>> _glued_under_an_answer((answer, head, asked), 1), _glued_under_an_answer((answer.with_(lines=("还是",)), head, asked), 1)
    (True, False)
    """
    above = next((b for b in reversed(blocks[:i]) if b.kind is not Kind.FURNITURE), None)
    return blocks[i + 1].indent and above is not None and above.kind is Kind.BODY and ends_sentence(above.text)


def _line_set_close_between(blocks: tuple[Block, ...], i: int) -> bool:
    """Block `i` is one line of text set flush and close between the lines over and under it, as
    a headline's stack sets its lines (a title that asks, a standfirst over the byline)."""
    block = blocks[i]
    return block.kind is Kind.BODY and len(block.lines) == 1 and block.gap == blocks[i + 1].gap == 0 and not block.indent


def _question_heads_in_stacks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A question printed as a headline between the kicker over it and the byline (or the
    expert's line) under it, all three set close, ends its sentence yet is the story's title.

    Before: SHORT "健身房突然闭店　数百会员卡里余额难退" / BODY "预付卡“说没就没”，钱该找谁要？" /
    BYLINE "本报记者　谭晓雯". After: SHORT "预付卡“说没就没”，钱该找谁要？", a headline's line.

    >>> page = (Block(("招生咨询",), 22, gap=1, kind=Kind.SHORT), Block(("分数出来了，志愿怎么填？",), 23, kind=Kind.BODY), Block(("答疑专家：谭立新",), 24, kind=Kind.SHORT))
    >>> _question_heads_in_stacks(page)[1].kind.value
    'short'
    >>> table = (page[0], page[1], Block(("品种　　甲店　　乙店",), 24, kind=Kind.ROW))
    >>> _question_heads_in_stacks(table)[1].kind.value
    'short'
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            _line_set_close_between(blocks, i)
            and _asks_as_a_head(block.text)
            and above.kind is Kind.SHORT
            and below.kind in (Kind.SHORT, Kind.BYLINE, Kind.ROW)  # (or over the table it asks of: "冬至食材邊度平？" / "貨品　　甲超市　　乙超市")
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


def _asks_as_a_head(text: str) -> bool:
    """One short question, as a headline that asks is set: no full stop before its "？"."""
    return text.endswith(("？", "?")) and "。" not in text and display_width(text) <= _QUESTION_HEAD_WIDTH


# What opens a question that is no headline: an interview's or a reader's label ("问：", "记者：",
# "Q："), or a list's number ("1.", "二、").
_LABELLED_QUESTION = re.compile(r"^(?:[问問答]|Q|A|记者|記者|主持人)\s*[：:]|^[\d一二三四五六七八九十]{1,2}\s*[、.．)）]")


def _question_heads_set_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A headline that asks, set flush on a line of its own with a blank line over it (or under a
    label set close over it), right over its byline or over text indented as a paragraph starts,
    ends its sentence yet is the story's title, where the text above it has ended (a line under a
    photo's credit may be the rest of a sentence the photo cut). Set so inside a story, it is a
    subhead: a head all the same, not a line of the text.

    Before: BODY "冬季流感高发，孩子该不该打疫苗？" / BYLINE "本报记者　邝宁" (and SHORT "市民热线" /
    BODY "小区垃圾清运不及时怎么办？" / BODY "　　市民王女士来电：…"). After: SHORT, the story's headline.

    >>> page = (Block(("他们已经完成了任务。",), 3, indent=True, kind=Kind.BODY), Block(("流感季，孩子该不该打疫苗？",), 4, gap=1, kind=Kind.BODY), Block(("本报记者　邝宁",), 5, kind=Kind.BYLINE))
    >>> _question_heads_set_apart(page)[1].kind.value
    'short'
    """
    out = list(blocks)
    text_above = ""
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        if (
            block.kind is Kind.BODY
            and len(block.lines) == 1
            and not block.indent
            and below.gap == 0
            and _asks_as_a_head(block.text)
            and _LABELLED_QUESTION.match(block.text) is None
            and (
                block.gap >= 1 and (not text_above or ends_sentence(text_above)) and (i == 0 or blocks[i - 1].kind is not Kind.CREDIT)
                or i > 0 and blocks[i - 1].kind is Kind.SHORT and block.gap == 0
            )
            # (or over its deck: "垃圾分类进小区，难在哪里？" / "——访市城管局环卫处处长陶立新")
            and (below.kind is Kind.BYLINE or below.kind is Kind.BODY and below.indent or _dashed_deck_under_a_question(block, below))
        ):
            out[i] = block.with_(kind=Kind.SHORT)
        if block.kind is Kind.BODY:
            text_above = block.text
    return tuple(out)


def _dashed_deck_under_a_question(block: Block, below: Block) -> bool:
    """A deck opened by its dash (副题, "——访…") set flush under a question: the question is the
    headline it is the deck of, as an interview's head is printed ("垃圾分类进小区，难在哪里？" /
    "——访市城管局环卫处处长陶立新" / "本报记者　柯岩"; before: the question the story's first
    paragraph, the deck its byline). Not a quotation's question over the dash that names who asked it.

    >>> question = Block(("老街改造，钱从哪里来？",), 4, gap=1, kind=Kind.BODY)
    >>> deck = Block(("——访区住建局局长韩一鸣",), 5, kind=Kind.SUBTITLE)
    >>> _dashed_deck_under_a_question(question, deck), _dashed_deck_under_a_question(question.with_(lines=("“钱从哪里来？”",)), deck)
    (True, False)
    """
    return below.kind is Kind.SUBTITLE and below.text.startswith("——") and block.text[:1] not in "“「『‘\"'"


def _in_a_run(labelled: list[bool]) -> list[bool]:
    """Which labelled lines stand next to another: a listing's or a box's labelled lines come
    in runs, and one labelled line alone is a sentence's or a caption's.

    >>> _in_a_run([True, False, True, True, False])
    [False, False, True, True, False]
    """
    return [
        here and (i > 0 and labelled[i - 1] or i + 1 < len(labelled) and labelled[i + 1]) for i, here in enumerate(labelled)
    ]


# The labelled lines of an event notice: "時間：12月5日（週六）上午10時", "地点：市图书馆二楼"; a
# notice's when and where may name what they are of: "停水时间：12月3日8:00—20:00", "停水范围：解放路…";
# and whom to call: "联系人：王女士", "联系电话：…", "咨询热线：…", "报名电话：…".
# A notice's last line saying where to call, its label ending on the asking, then the number:
# "停电咨询：0597-3361958", "报修电话：0731-96888" (`_dates_under_a_signer`, `segment`'s signer under it).
# A briefs item's contact row on the bare "询：" ("询：林秀英　016-553 2871"): before, SHORT under the
# item's text, the kicker of the next item's head; after, the item's last paragraph. A service's
# line on "专线"/"專線" ("申請專線：1966（前5分鐘免費）"): before, the box's subtitle; after, its row.
CALL_LINE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:咨询|諮詢|电话|電話|热线|熱線)[：:]\s*[\d（）()－-][\d（）()－ -]{5,}\d$")
EVENT_FACT = re.compile(
    r"^(?:(?:[\u4e00-\u9fff]{1,3})?(?:时间|時間|日期|地点|地點|范围|範圍|区域|區域)|(?:联系|聯絡|聯繫|咨询|諮詢|报名|報名)?(?:电话|電話|热线|熱線)|(?:[\u4e00-\u9fff]{1,3})?(?:专线|專線)"
    r"|地址|费用|費用|报名|報名|对象|對象|主办|主辦"
    rf"|咨询|諮詢|询|詢|票价|票價|名额|名額|联系人|聯絡人|聯繫人){LABEL_GLOSS}[：:]\s*\S"
)


def _event_fact_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An events listing prints each item as its name over labelled lines (`EVENT_FACT`); the
    lines are the item's text, never headlines, and the short line over them is its headline.

    Before: SHORT "長者免費報稅講座" / SHORT "時間：12月5日（週六）上午10時至12時" / BODY "地點：…" /
    SHORT "電話：（212）555-0142". After: HEADLINE, then BODY, BODY, BODY.

    >>> page = (Block(("冬季流感疫苗接种日",), 3, gap=1, kind=Kind.SHORT), Block(("时间：12月6日下午1时",), 4, gap=1, kind=Kind.SHORT), Block(("地点：社区中心",), 5, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _event_fact_lines(page)]
    ['headline', 'body', 'body']
    """
    labelled = [bool(EVENT_FACT.match(b.text)) and b.kind in (Kind.SHORT, Kind.BODY) for b in blocks]
    facts = _in_a_run(labelled)
    # (one such line alone under a notice's or a story's text is its last line: "有知情者请与家属联系。" /
    # "联系人：王女士　　电话：13907360000", "…擅长关节疾病的治疗。" / "" / "坐诊时间：每月第二个周三上午　　地点：…";
    # not a label over the next story's head)
    facts = [fact or here and i > 0 and blocks[i - 1].kind is Kind.BODY and len(blocks[i].lines) == 1 for i, (fact, here) in enumerate(zip(facts, labelled))]
    out = list(blocks)
    for i, fact in enumerate(facts):
        if not fact:
            continue
        out[i] = out[i].with_(kind=Kind.BODY)
        # (a labelled row over them is the box's row, no head: "演員：黃志輝、何美儀" over "日期：…")
        if i and not facts[i - 1] and out[i - 1].kind is Kind.SHORT and not _LABELLED_ROW.match(out[i - 1].text) and not _numbered_part_of_a_notice(out, i - 1):
            out[i - 1] = out[i - 1].with_(kind=Kind.HEADLINE)
    return tuple(out)


def _numbered_part_of_a_notice(blocks: list[Block], at: int) -> bool:
    """A numbered part's head (`CHINESE_PART`: "三、联系方式") under the same notice's earlier
    numbered heads ("一、招聘岗位", "二、任职要求") is the notice's next heading, even over its
    labelled contact rows ("联系人：…", "电话：…"): never the headline of an item of its own.

    Before: "三、联系方式" over "联系人：符女士" / "电话：…" was a headline, opening an article
    that took the firm's signature as its byline. After: a short line, the notice's third heading.

    >>> part = lambda text: Block((text,), 1, gap=1, kind=Kind.SHORT)
    >>> heads = [part("一、招聘岗位"), part("二、任职要求"), part("三、联系方式")]
    >>> _numbered_part_of_a_notice(heads, 2), _numbered_part_of_a_notice(heads[2:], 0)
    (True, False)
    """
    if CHINESE_PART.match(blocks[at].text) is None:
        return False
    return any(block.kind is Kind.SHORT and CHINESE_PART.match(block.text) is not None for block in blocks[:at])


_MIN_GUIDE_ENTRIES = 2
_GUIDE_NAME_WIDTH = 24  # display cells: a shop's, a place's or a show's name


def _guide_entries(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A guide's entries (a 美食地图's shops, a walk's stops, a week's shows), each its name over
    one labelled line (`EVENT_FACT`: "地址：…　　人均：12元") over a paragraph saying what it
    is: the name is the entry's headline and the labelled line its first paragraph (a row), not
    a small ad's lines, since an ad never goes on to a paragraph of prose. Two entries or more,
    as a guide lists them; a lone labelled line under a short one is a notice's or a box's.

    Before: SHORT "■王婆婆糍粑" / SHORT "地址：沅陵县太常街17号　　人均：12元" / BODY "现打的糯米糍粑…"
    (the name and the address taken as a paid notice). After: HEADLINE, ROW, BODY.

    >>> entry = lambda name, fact, text: (Block((name,), 1, gap=1, kind=Kind.SHORT, mark="■"),
    ...     Block((fact,), 2, gap=1, indent=True, kind=Kind.SHORT), Block((text,), 3, gap=1, indent=True, kind=Kind.BODY))
    >>> guide = (*entry("李记豆花", "地址：南门街8号　　人均：15元", "豆花现点现做，配一碟油辣子。"),
    ...          *entry("河畔茶馆", "地址：沿河路21号　　人均：30元", "临河的老茶馆，午后常有人来下棋。"))
    >>> [b.kind.value for b in _guide_entries(guide)]
    ['headline', 'row', 'body', 'headline', 'row', 'body']
    >>> [b.kind.value for b in _guide_entries(guide[:3])]
    ['short', 'short', 'body']
    """

    def fact(i: int) -> bool:
        return 0 <= i < len(blocks) and len(blocks[i].lines) == 1 and blocks[i].kind in (Kind.SHORT, Kind.BODY) and EVENT_FACT.match(blocks[i].text) is not None

    entries = [
        i
        for i in range(1, len(blocks) - 1)
        if fact(i)
        and not fact(i - 1)
        and not fact(i + 1)
        and len(blocks[i - 1].lines) == 1
        and blocks[i - 1].kind in (Kind.SHORT, Kind.BYLINE)  # (a name marked "■" reads as a writer's)
        and display_width(blocks[i - 1].text) <= _GUIDE_NAME_WIDTH
        and not ends_sentence(blocks[i - 1].text)
        and blocks[i + 1].kind is Kind.BODY
        and ends_sentence(blocks[i + 1].lines[-1])
    ]
    if len(entries) < _MIN_GUIDE_ENTRIES:
        return blocks
    out = list(blocks)
    for i in entries:
        out[i - 1] = out[i - 1].with_(kind=Kind.HEADLINE)
        out[i] = out[i].with_(kind=Kind.ROW)
    return tuple(out)


# A book's data as a review or a 书讯 prints it under the book's title, ending on its price:
# "《白鹭洲》，林静秋著，江南文艺出版社2026年9月出版，定价：58.00元",
# "作者：王守仁　出版社：西南人民出版社　定价：68元", "《河口的钟声》　作者：闻砚秋　出版：…　定价：58.00元".
BOOK_DATA = re.compile(
    r"^(?:《[^《》]{1,30}》[，,]\s*\S{1,20}著[，,]|(?:《[^《》]{1,30}》[\s\u3000]+)?(?:作者|著者)[：:]"
    # (or its fields set a wide space apart, the author's role after the name: "《渡口的灯》　宁渡川　著　…　定价58元")
    r"|《[^《》]{1,30}》\u3000+[^\s\u3000]{1,12}\u3000+(?:著|编|編|译|譯|主编|主編|文／图|文／圖)\u3000).{2,80}"
    # (in the currency's sign where the paper prints one: "定价：RM38", "定價：NT$380", "售價：HK$98"; the colon may be left out)
    r"(?:(?:定价|定價|售价|售價)[：:]?\s*(?:(?:RM|S\$|NT\$|HK\$|US\$|\$|新臺幣|新台币|港幣|港币)\s?)?"
    # (or the price a field of its own, its currency named and no label: "…　青嶂出版社　新臺幣320元", "…　南岸书局　新元24")
    r"|(?<=\u3000)(?:新臺幣|新台币|新台幣|港幣|港币|新元|新幣|新币|令吉|人民币|人民幣|澳門幣|澳门币))[0-9０-９.]+\s*(?:元|令吉)?$"
)


# A row of a data box: a label and its value, set as a paragraph ("驱动形式：后驱单电机／四驱双电机",
# "CLTC续航：单电机版720公里", "指导价：19.98万元至24.58万元"); no question's or answer's label.
# A list of posts spaces its shorter labels out to the longest's width: "會　　長：梁永康" over
# "副 會 長：陳志豪、何美玲".
_LABELLED_ROW = re.compile(rf"^(?![问問答QA][：:])(?:[\u4e00-\u9fff]{{2,4}}{LABEL_GLOSS}|[\u4e00-\u9fffA-Za-z0-9]{{2,8}}|[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){{1,3}})[：:][^。！？]{{2,}}$")
# A Chinese box's label as Tesseract misreads it (`engine_label_taken_off`): a rule's stroke
# before it ("||地點:"), a space before its colon ("日期 : 即日至12月28日") or between its glyphs
# ("管制路 段:", the space at most three glyphs before the colon: `inside`).
ENGINE_LABEL_MISREAD = re.compile(r"^[|｜]+\s*|(?<=[\u4e00-\u9fff]) +(?=(?P<inside>[\u4e00-\u9fff]{1,3})?[:：])")
# A field of a results list's or a timetable's row, set apart from the next by a wide space: "頭馬：金運來".
_LABELLED_FIELD = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}{LABEL_GLOSS}|[\u4e00-\u9fffA-Za-z0-9]{{1,6}})[：:]")
_FIELD_SPACE = re.compile(r"\u3000+|\s{2,}")
_MIN_ROW_FIELDS = 3
# A Chinese sentence's mark; compiled once, as `_labelled_row` asks it of every short block.
_CJK_SENTENCE_MARK = re.compile(r"[。！？]")


def _labelled_row(lines: tuple[str, ...]) -> bool:
    """A data box's row (`_LABELLED_ROW`), or a list's row of fields set a wide space (or a line's
    end) apart, two of them labelled or more, no sentence in it: "第一場　一千二百米　頭馬：金運來　騎師：" /
    "何子朗　獨贏：46.5".

    >>> _labelled_row(("第三场　一千四百米　头马：醒目仔　骑师：", "潘文杰　独赢：28.0")), _labelled_row(("地址：府前巷3号　人均：8元",))
    (True, True)
    >>> _labelled_row(("本报讯　记者：今年以来，全市新增就业岗位一万个。",))
    False
    >>> _labelled_row(("會　　長：周志成",)), _labelled_row(("副 會 長：林美華、黃家輝",))
    (True, True)
    """
    text = "".join(lines)
    # (a space inside the label only in a row of one line: a wrapped row so read, two lines
    # under a head the engine cut off its headline, "管制路 段:中山路、復興" / "及溪洲大橋" under
    # "管制", would leave that head to head the story's text)
    if _LABELLED_ROW.match(text) or _LABELLED_ROW.match(engine_label_taken_off(text, inside=len(lines) == 1)):
        return True
    if _CJK_SENTENCE_MARK.search(text):
        return False  # a sentence's mark (asked before the fields are cut: most lines hold one)
    fields = [field for line in lines for field in _FIELD_SPACE.split(line)]
    return len(fields) >= _MIN_ROW_FIELDS and sum(_LABELLED_FIELD.match(f) is not None for f in fields) >= 2


def engine_label_taken_off(text: str, inside: bool = True) -> str:
    """A box's labelled line with the engine's misreads of its label taken off
    (`ENGINE_LABEL_MISREAD`): the row a written page prints, so `_LABELLED_ROW` (and
    `formats.reading._engine_cjk_fact`) knows it. A space inside the label is left where not
    `inside` (`_labelled_row`'s row wrapped onto a second line).

    Before: "||耶點:香港中央圖書館", "日期 : 即日至12 月 28 日", "管制路 段:中山路".
    After: "耶點:香港中央圖書館", "日期: 即日至12 月 28 日", "管制路段:中山路".

    >>> engine_label_taken_off("||耶點:香港中央圖書館"), engine_label_taken_off("日期 : 即日至12 月 28 日")
    ('耶點:香港中央圖書館', '日期: 即日至12 月 28 日')
    >>> engine_label_taken_off("管制路 段:中山路"), engine_label_taken_off("他 说 今天下雨:")
    ('管制路段:中山路', '他 说 今天下雨:')
    >>> engine_label_taken_off("||管制路 段 :中山路", inside=False)
    '管制路 段:中山路'
    """
    if " " not in text and text[:1] not in "|｜":
        return text  # (every misread is a bar at the start or a space: most rows hold neither, and the search is ~4 µs)
    return ENGINE_LABEL_MISREAD.sub(lambda m: m.group() if m.group("inside") and not inside else "", text)


def _labelled_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The rows of a data box, each a label and its value indented as a paragraph, are its
    paragraphs, one a row (a table's row, `Kind.ROW`): a row short enough to read as a headline
    is no head, and a row ends no sentence, yet never runs on into the next.

    Before: "车身尺寸：4890×1935×1680毫米" / "驱动形式：后驱单电机／四驱双电机" (a kicker) /
    "电池容量：82.5kWh磷酸铁锂电池" (its title) / "指导价：19.98万元至24.58万元" (the next story's kicker).
    After: four paragraphs of the box.

    >>> box = (Block(("车身尺寸：4890毫米，轴距2920毫米",), 1, indent=True, kind=Kind.BODY), Block(("驱动形式：后驱单电机",), 3, gap=1, indent=True, kind=Kind.SHORT))
    >>> [b.kind.value for b in _labelled_rows(box)]
    ['row', 'row']
    >>> [b.kind.value for b in _labelled_rows(box[1:])]  # one such line alone is no box
    ['short']
    >>> [b.kind.value for b in _labelled_rows((Block(("售價：HK$388　續航：30小時　重量：46克",), 24, gap=1, kind=Kind.SHORT),))]  # unless it holds three fields
    ['row']

    A list of such rows (a 光荣榜's "铸造车间：齐长林　曹秀英") may be signed under its last row by
    the bodies that issued it, a blank line after them (`_signature_line`): its byline, not the
    next story's kicker.

    >>> listing = (*box, Block(("厂工会　厂团委",), 4, kind=Kind.SHORT), Block(("安全月检查查出隐患二十一处",), 6, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _labelled_rows(listing)]
    ['row', 'row', 'byline', 'short']
    """
    labelled = [b.kind in (Kind.BODY, Kind.SHORT) and len(b.lines) <= 2 and _labelled_row(b.lines) for b in blocks]
    set_apart = [
        indent or flush or listed or under
        for indent, flush, listed, under in zip(
            (b.indent for b in blocks), _under_a_colon(blocks, labelled), _flush_runs(blocks, labelled), _facts_under_text(blocks, labelled), strict=True
        )
    ]
    rows = _in_a_run([here and apart for here, apart in zip(labelled, set_apart, strict=True)])
    rows = [row or here and _spec_line(block) for row, here, block in zip(rows, labelled, blocks, strict=True)]
    out = [block.with_(kind=Kind.ROW) if row else block for block, row in zip(blocks, rows, strict=True)]
    for i in range(1, len(out)):
        below = out[i + 1] if i + 1 < len(out) else None
        # (a table's last row of two cells under rows of three or more signs nothing: "日出　05:24　日落　18:39" / "紫外線　過量級")
        table = out[i].gap == 0 and _row_of_cells(out[i - 1].lines[-1])
        if rows[i - 1] and not rows[i] and _signature_line(out[i].text) and _signature_under(out[i], out[i - 1]) and (below is None or below.gap >= 1) and not table:
            out[i] = out[i].with_(kind=Kind.BYLINE)
        elif _row_under_rows(out[i - 1], out[i], below):
            out[i] = out[i].with_(kind=Kind.ROW)
    return tuple(out)


_SCORE = re.compile(r"\d\s*[:：]\s*\d")  # a match's score or a time of day: "21:2", "10:30"
_ROW_SPACING = 1  # a box's rows as an engine sets them: a line's space apart, where a written page sets them flush
_MIN_FLUSH_ROWS = 3  # flush labelled lines in a run: two may be a head's kicker and title, three are a list


def _spec_line(block: Block) -> bool:
    """A line of three labelled fields or more, set a wide space apart: a product's or a flat's
    specs, "售價：HK$388　續航：30小時　重量：46克", a row wherever it stands (no head is so labelled;
    before, set apart under a review's text, the kicker of the verdict box under it)."""
    return len(block.lines) == 1 and sum(_LABELLED_FIELD.match(field) is not None for field in _FIELD_SPACE.split(block.text)) >= _SPEC_FIELDS


_SPEC_FIELDS = 3


def _flush_runs(blocks: tuple[Block, ...], labelled: list[bool]) -> list[bool]:
    """Which labelled lines stand in a run of three or more, set flush one under another with no
    blank line (or, as Tesseract lays a box's rows out, a line's space apart, `_ROW_SPACING`): a
    list's rows under its box's title, neither indented nor under a colon.

    Before: "第一批文明家庭名单" / "城东街道：钱小芳家庭　赵大山家庭" / "城西街道：孙立新家庭" /
    "江滨街道：吴国强家庭" (the next story's section and kicker). After: the box's three rows. So
    too a box read by Tesseract (holdout56's PDF), its label misread (`engine_label_taken_off`):
    "墨緣四十載書法聯展" / "日期 : 即日至12 月 28 日" / "時間 : 上午十時至下午七時" /
    "||耶點:香港中央圖書館展覽館" / "人入場: 免費", each a space apart. Before: a kicker, a
    title, a subtitle over the next story's text. After: the box's four rows.

    >>> rows = [Block((t,), n, kind=Kind.SHORT) for n, t in enumerate(("城东街道：钱小芳家庭", "城西街道：孙立新家庭", "江滨街道：吴国强家庭"))]
    >>> _flush_runs(tuple(rows), [True] * 3), _flush_runs(tuple(rows[:2]), [True] * 2)
    ([True, True, True], [False, False])
    >>> _flush_runs(tuple(row.with_(gap=1) for row in rows), [True] * 3)
    [True, True, True]
    """
    out = [False] * len(blocks)
    i = 0
    while i < len(blocks):
        end = i
        # (the run's spacing is its second row's: a labelled line set wider under flush rows heads
        # what follows, "難度：★★★☆☆" / "交通：九巴94號" / "" / "行山日記：第一次去咗蚺蛇尖"; and
        # a score, "松江队21:2临川青年", is a results table's line, which only a flush run takes)
        spacing = min(blocks[i + 1].gap, _ROW_SPACING) if i + 1 < len(blocks) else 0
        while end < len(blocks) and labelled[end] and (end == i or blocks[end].gap <= spacing) and not (spacing and _SCORE.search(blocks[end].text)):
            end += 1
        if end - i >= _MIN_FLUSH_ROWS:
            out[i:end] = [True] * (end - i)
        i = max(end, i + 1)
    return out


def _facts_under_text(blocks: tuple[Block, ...], labelled: list[bool]) -> list[bool]:
    """Which labelled lines are set flush under a story's text that ended its sentence, one after
    another: the story's facts ("…最高可獲新台幣二萬元。" / "申請期限：9月1日至10月15日" /
    "洽詢電話：(03)822-7171轉320"), not the next story's section and kicker.

    >>> text = Block(("縣府獎助學金即日起受理申請。",), 1, indent=True, kind=Kind.BODY)
    >>> facts = [Block((t,), n, kind=Kind.SHORT) for n, t in ((2, "申請期限：9月1日至10月15日"), (3, "洽詢電話：(03)822-7171"))]
    >>> _facts_under_text((text, *facts), [False, True, True]), _facts_under_text((text, facts[0].with_(gap=1)), [False, True])
    ([False, True, True], [False, False])
    """
    out = [False] * len(blocks)
    for i in range(1, len(blocks)):
        above = blocks[i - 1]
        under_text = above.kind is Kind.BODY and ends_sentence(above.text) or out[i - 1]
        out[i] = labelled[i] and blocks[i].gap == 0 and under_text
    return out


def _under_a_colon(blocks: tuple[Block, ...], labelled: list[bool]) -> list[bool]:
    """Which labelled lines are set flush under the paragraph whose colon opens them, one after
    another with no blank line: a notice's list ("现将有关事项通告如下：" / "管制时间：12月5日0时至20日24时" /
    "管制路段：二桥东桥头至西桥头"), which an indent alone marks elsewhere.

    >>> intro = Block(("现将有关事项通告如下：",), 1, indent=True, kind=Kind.BODY)
    >>> rows = [Block((text,), n, kind=Kind.SHORT) for n, text in ((2, "管制时间：12月5日0时至20日24时"), (3, "管制路段：二桥东桥头至西桥头"))]
    >>> _under_a_colon((intro, *rows), [False, True, True]), _under_a_colon((rows[0].with_(gap=1), rows[1]), [True, True])
    ([False, True, True], [False, False])
    """
    out = [False] * len(blocks)
    for i in range(1, len(blocks)):
        opened = out[i - 1] or blocks[i - 1].text.endswith(("：", ":"))
        out[i] = labelled[i] and blocks[i].gap == 0 and opened
    return out


def _row_under_rows(above: Block, block: Block, below: Block | None = None) -> bool:
    """A label and its figure set flush under a table's rows is the table's last row, not a head:
    "参考价格：每人398元（含住宿、餐券）" under a route's "第三天　码头—东门　坐渡船看江景"; not a
    web page's "来源：滨江日报" under its time, nor the box's supplier (`SUPPLIED_BY`).

    Under a table's row of cells set a wide space apart (`is_table_row`) any label and its value
    with a blank line under it is the table's last line, figure or not: "洽詢：新竹市動物保護教育園區"
    under an adoption list's "C09　奶茶　　♀　　　5歲　　溫和已結紮" (before, the next story's kicker);
    a line flush over more (a weather panel's "空气质量：良" over its source) is left to the panel.

    >>> row, asked = Block(("C09　奶茶　　♀　　　5歲　　溫和已結紮",), 8, kind=Kind.BODY), Block(("洽詢：新竹市動物保護教育園區",), 9, kind=Kind.SHORT)
    >>> _row_under_rows(row, asked), _row_under_rows(row, asked, Block(("冬天毛孩怕冷嗎？",), 11, gap=1, kind=Kind.SHORT))
    (True, True)
    >>> _row_under_rows(row, asked.with_(gap=1))  # set apart: a head's kicker
    False

    The row over it must be one of a table's, under another, not a slogan of three phrases set
    apart ("理性购彩　量力而行　不向未成年人销售彩票" over a page's hotline).

    >>> _row_under_rows(row.with_(gap=1), asked)
    False

    So is a line of cells set the same wide space apart, two of them with no figure, under a row
    read as one and closing the box: a weather panel's "紫外線　過量級" under "日出　05:24　日落　18:39" (before, the kicker of
    the panel under it).

    >>> _row_under_rows(Block(("日出　05:24　日落　18:39",), 10, kind=Kind.ROW), Block(("紫外線　過量級",), 11, kind=Kind.SHORT))
    True
    """
    closes = below is None or below.gap >= 1
    cells = above.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and len(above.lines) == 1 and is_table_row(above.text) and closes and not above.gap
    return (
        (above.kind is Kind.ROW and _FIGURE.search(block.text) is not None or cells)
        and block.gap == 0
        and block.kind in (Kind.SHORT, Kind.BODY)
        and len(block.lines) == 1
        and (_labelled_row(block.lines) or cells and above.kind is Kind.ROW and row_shape(block.text) == (2, False))
    )


_BOX_NAME_WIDTH = 30  # display cells: a product's or a list's name, not a sentence


def _box_names_over_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's name set flush under its label and over its rows (`_labelled_rows`) is the box's
    headline, the label over it its section: a model's name in Latin letters reads as neither a
    head nor a paragraph's end ("新品速递" / "青岚 Note 12 Pro" / "屏幕：6.7英寸…").

    Before: SHORT "新品速递" / BODY "星河 Pad 9 Lite" / ROW "屏幕：11英寸LCD" / ROW "电池：8000mAh"
    (the box a heading and a paragraph of the story above). After: the name a HEADLINE.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> box = (b("新品速递", Kind.SHORT, 1), b("星河 Pad 9 Lite", Kind.BODY), b("屏幕：11英寸LCD", Kind.ROW), b("电池：8000mAh", Kind.ROW))
    >>> [x.kind.value for x in _box_names_over_rows(box)]
    ['short', 'headline', 'row', 'row']
    >>> _box_names_over_rows((box[0], b("记者走访了多家门店。", Kind.BODY), *box[2:]))[1].kind.value  # a sentence names no box
    'body'
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        label, name, row = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            label.kind is Kind.SHORT
            and len(label.lines) == 1
            and (label.gap >= 1 or i == 1)
            and name.kind in (Kind.BODY, Kind.SHORT)
            and len(name.lines) == 1
            and name.gap == 0
            and display_width(name.text) <= _BOX_NAME_WIDTH
            and not re.search(r"[。！？；，：:;,!?]", name.text)
            and row.kind is Kind.ROW
            and row.gap == 0
        ):
            out[i] = name.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _book_data_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A book's data line (`BOOK_DATA`), maybe wrapped onto a second line that reads alone like
    an imprint ("年9月出版，定价：58.00元"), is the first paragraph of the review or the item it
    heads, a row of data of its own: not a headline, nor the next paragraph's start, nor
    furniture. (holdout21–32's READMEs make a data line a paragraph, one a printed line;
    holdout19's alone made a book's data a credit.)

    >>> page = (Block(("《白鹭洲》，林静秋著，江南文艺出版社2026",), 9, gap=1, kind=Kind.SHORT), Block(("年9月出版，定价：58.00元",), 10, kind=Kind.FURNITURE))
    >>> [(b.kind.value, b.lines) for b in _book_data_lines(page)]
    [('row', ('《白鹭洲》，林静秋著，江南文艺出版社2026', '年9月出版，定价：58.00元'))]

    A book's title right over its data (a 书讯 item) is the item's headline:

    >>> item = (Block(("《茶路千年》",), 46, gap=1, kind=Kind.SHORT), Block(("作者：王守仁　出版社：西南人民出版社　定价：68元",), 47, kind=Kind.BODY))
    >>> [b.kind.value for b in _book_data_lines(item)]
    ['headline', 'row']

    So is a test drive's spec line under its text, its figures in cells and its price last
    (`_PRICED_SPECS`): before, "排量1.5升　CVT变速箱　售价RM79,800起" was the kicker of the
    correction box under it (holdout81).

    >>> page = (Block(("后座空间是它最大的卖点。",), 20, kind=Kind.BODY), Block(("排量1.5升　CVT变速箱　售价RM79,800起",), 21, kind=Kind.SHORT))
    >>> [b.kind.value for b in _book_data_lines(page)]
    ['body', 'row']
    """
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        below = blocks[i + 1] if i + 1 < len(blocks) and blocks[i + 1].gap == 0 and len(blocks[i + 1].lines) == 1 else None
        if len(block.lines) == 1 and (_PRICED_SPECS.match(block.text) or _RELEASE_DETAILS.match(block.text)) and _last_text_is_body(out):
            out.append(block.with_(kind=Kind.ROW, indent=False))  # a product's specs and price under its review (a running foot between)
            continue
        if len(block.lines) <= 2 and BOOK_DATA.match("".join(block.lines)):
            data = block
        elif len(block.lines) == 1 and below is not None and BOOK_DATA.match(block.text + below.text):
            data, skip = block.with_(lines=(*block.lines, *below.lines)), True
        else:
            out.append(block)
            continue
        if out and out[-1].kind is Kind.SHORT and block.gap == 0:
            out[-1] = out[-1].with_(kind=Kind.HEADLINE)  # the book's title over it heads its item, no photo's caption
        out.append(data.with_(kind=Kind.ROW, indent=False))
    return _list_labels_glued_under_book_data(tuple(out))


def _list_labels_glued_under_book_data(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A list's label set solid between a review's closing book data (`BOOK_DATA`, a row by now)
    and the list's rows, read as a row of them, is the list's head: a few words, no cells, no
    figure. Before: ROW "《兔子灯》　言小岫　文／图　…　定价45元" / ROW "本周童书畅销榜" / ROW "排名　书名　作者"
    (the label a row of the review); after: SHORT "本周童书畅销榜", the list's title.

    >>> b = lambda text, kind=Kind.ROW: Block((text,), 1, kind=kind)
    >>> page = (b("《河湾人家》　祝晓川　著　北岭文艺出版社　定价52元"), b("本周畅销书"), b("排名　书名　作者"), b("1　《河湾人家》　祝晓川"))
    >>> [x.kind.value for x in _list_labels_glued_under_book_data(page)]
    ['row', 'short', 'row', 'row']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        data, label, row = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            data.kind is Kind.ROW
            and BOOK_DATA.match("".join(data.lines))
            and label.kind is Kind.ROW
            and len(label.lines) == 1
            and label.gap == 0
            and display_width(label.text) <= _BOX_NAME_WIDTH
            and re.fullmatch(r"[\u4e00-\u9fff]+", label.text) is not None
            and row.kind is Kind.ROW
        ):
            out[i] = label.with_(kind=Kind.SHORT)
    return tuple(out)


# A book's data as a Latin review prints it, its imprint closing on the year, the pages and maybe the
# price: "Stare hiže. Marija Lalli. Edizioni Kruč, 2042. 184 str. 16 €", "… Pua Press, 2042. 148 pp. SBD 120".
LATIN_BOOK_DATA = re.compile(
    r"^[^\W\d_][^.]{1,60}\.\s.{2,100}\b(?:1[5-9]|20)\d\d\.\s+\d{1,4}\s*(?:pp|p|pág|págs|str|s|S|f|sid|old|lk)\.(?:\s+\S.{0,15})?$"
)


def _latin_book_data_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin book's data (`LATIN_BOOK_DATA`), set flush on a line or two under the review's byline
    or at its foot, is a paragraph of its own, its lines one: a row of data, neither run into the text
    under it for want of a stop nor joined on by the head under it. Before: "Nga Taranga o te Fenua.
    Rosa Tauraki." / "Pua Press, 2042. 148 pp. SBD 120" / "" / "HONIARA – Ko Rosa…" one paragraph;
    after: the data one paragraph, the text another.

    >>> data = Block(("Stare hiže. Marija Lalli. Edizioni Kruč,", "2042. 184 str. 16 €"), 5, gap=1, kind=Kind.BODY)
    >>> [b.kind.value for b in _latin_book_data_lines((data, Block(("KRUČ – Marija Lalli je napisala knjigu.",), 8, gap=1, kind=Kind.BODY)))]
    ['row', 'body']

    A book note's details line (`LATIN_BOOK_DETAILS`) is one too, and the label right over it heads
    the note, as a 书讯's does (`_book_data_lines`): before, "Books" the kicker and the details the
    title (or the note's deck).

    >>> note = (Block(("Books",), 9, gap=1, kind=Kind.SHORT), Block(("Ŵandu, by Rashid Makawa · Lakeshore Books · MK 8,500",), 10, kind=Kind.BODY))
    >>> [b.kind.value for b in _latin_book_data_lines(note)]
    ['headline', 'row']
    """
    out: list[Block] = []
    for block in blocks:
        details = block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) == 1 and LATIN_BOOK_DETAILS.match(block.text) is not None
        if details and out and out[-1].kind is Kind.SHORT and len(out[-1].lines) == 1 and block.gap == 0:
            out[-1] = out[-1].with_(kind=Kind.HEADLINE)
        if details or (
            block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) <= 2 and not block.indent and (LATIN_BOOK_DATA.match(" ".join(block.lines)) or _RELEASE_DETAILS.match(block.text))
        ):
            block = block.with_(kind=Kind.ROW, indent=False)
        out.append(block)
    return tuple(out)


_LATIN_STANZA_SHARE = 0.6  # of the page's measure: a stanza's every line stops short of this


def _latin_stanzas_under_a_poets_byline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin poem's stanzas under its title and its poet's byline: two blocks or more of two
    short lines or more each (every line under three fifths of the page's measure), flush, the
    first under the byline and the rest a blank line apart. Each stanza is one paragraph, its lines
    run on (the gold sets' Latin stanza), and ends at its blank line though its last line ends no
    sentence: a row, never joined to the stanza under it, that ends its piece as an ad's last line
    set in does (`Block.ends_set_in`), so no text further down resumes the poem's last stanza.

    Before: SHORT "Ripple" / BYLINE "By Ana Kettle" / BODY "The reeds lean" ⏎ "toward the water" / BODY
    "and the heron" ⏎ "waits" (one paragraph of both stanzas, joined on to the next piece's text).
    After: ROW "The reeds lean toward the water", ROW "and the heron waits".

    >>> b = lambda *lines, kind=Kind.BODY, gap=1: Block(lines, 1, gap=gap, kind=kind)
    >>> prose = b("The ferry left at dawn and the whole village came down", "to the jetty to see it go out past the reef.")
    >>> page = (prose, b("Ripple", kind=Kind.SHORT), b("By Ana Kettle", kind=Kind.BYLINE, gap=0), b("The reeds lean", "toward the water"), b("and the heron", "waits"))
    >>> [(x.kind.value, x.lines) for x in _latin_stanzas_under_a_poets_byline(page)][3:]
    [('row', ('The reeds lean toward the water',)), ('row', ('and the heron waits',))]
    """
    measure = max((display_width(line) for b in blocks if len(b.lines) >= 2 for line in b.lines), default=0)

    def stanza(block: Block, first: bool) -> bool:
        return (
            block.kind in (Kind.BODY, Kind.SHORT)
            and not block.indent
            and len(block.lines) >= 2
            and (block.gap <= 1 if first else block.gap == 1)
            and all(display_width(line) <= _LATIN_STANZA_SHARE * measure and line[-1:] != "-" for line in block.lines)
            and latin_ratio(block.text) >= 0.5
        )

    out = list(blocks)
    for i in range(1, len(blocks)):
        if blocks[i].kind is not Kind.BYLINE or blocks[i - 1].kind is not Kind.SHORT:
            continue
        end = i + 1
        while end < len(blocks) and stanza(blocks[end], end == i + 1):
            end += 1
        if end - i - 1 >= _MIN_STANZAS:
            out[i + 1 : end] = [b.with_(lines=(" ".join(line.strip() for line in b.lines),), kind=Kind.ROW, ends_set_in=True) for b in blocks[i + 1 : end]]
    return tuple(out)


# A new release's details line at its box's foot, its fields set a wide space (or a middle dot) apart,
# a count among them and the price last: "邬晴川　著　澧江文艺出版社　236页　48元", "南风音乐　10首　41分钟　45令吉",
# "Sakur Records · 12 tracks · NT$450", "Mirasol Dangkawan · Tanaw Press · 164 pp. · PHP 380".
_RELEASE_DETAILS = re.compile(
    r"^(?:[^\s\u3000]+\u3000+){1,5}[0-9０-９]+(?:页|頁|首|张|張)\u3000+(?:[^\s\u3000]+\u3000+){0,2}[0-9０-９]+(?:元|令吉)$"
    r"|^(?:[^·]{2,40} · ){1,3}\d+ (?:tracks|songs|pp\.) · (?:[A-Z][A-Za-z]{1,3}\$?|\$) ?\d[\d,.]*$"
)
# A book note's details on one line under its label, the fields parted by middle dots: the title and
# its author, the publisher, the price ("Ŵandu ŵa Nyanja, by Rashid Makawa · Lakeshore Books · MK 8,500").
LATIN_BOOK_DETAILS = re.compile(r"^[^·,]{2,60}, (?:by|de|di|von|par|por) [^·]{2,40} · [^·]{2,40} · (?:[A-Z][A-Za-z]{0,3}\$?|\$) ?\d[\d,.]*$")


def _last_text_is_body(blocks: list[Block]) -> bool:
    """Whether the last block that is no furniture is text (a running foot may stand between)."""
    text = next((b for b in reversed(blocks) if b.kind is not Kind.FURNITURE), None)
    return text is not None and text.kind is Kind.BODY


# A product's specs in cells set a wide space apart, a figure in one of them at least, and its
# price last: "排量1.5升　CVT变速箱　售价RM79,800起", "续航720公里　指导价19.98万元起".
_PRICED_SPECS = re.compile(
    r"^(?=[^\u3000]*\d[^\u3000]*\u3000)(?:[^\s\u3000]+\u3000+){1,6}"
    r"(?:售价|售價|定价|定價|价格|價格|指导价|指導價|建议售价|建議售價)[：:]?\s*(?:RM|S\$|NT\$|HK\$|US\$|\$)?\s?[0-9０-９][0-9０-９,.]*\s*(?:万元|萬元|元|令吉)?起?$"
)


# Who annotated, compiled or supplied a box's text (or a story's tip), in brackets on a line of its
# own under it: "（市棋院教练　龙振邦　评注）", "（本栏稿件由澴水市科协提供）", "（新闻线索提供者：李先生　奖金50元）";
# no photographer's credit ("（记者 卢思远 摄）", "（圖／交通局提供）" credit a photo, `lift_caption`), no sentence.
SUPPLIED_BY = re.compile(
    r"^[（(][^（）()。！？，,／/]{2,40}?(?:评注|評註|评点|評點|点评|點評|讲评|講評|整理|提供|供稿|辑录|輯錄|编译|編譯|审校|審校)[)）]$"
    r"|^[（(](?:新闻|新聞)?(?:线索|線索)?(?:提供者|提供人|供稿|供图|供圖|整理|评注|評註)\s*[：:][^（）()。！？]{2,40}[)）]$"
    # or unbracketed, a box's supplier named after a colon: "线路提供：西岭青禾国际旅行社", "资料整理：方　晴"
    r"|^[\u4e00-\u9fff]{1,4}(?:提供|供稿|整理|評註|评注)\s*[：:][^（）()。！？，,]{2,30}$"
)



def credits_no_photo(text: str) -> bool:
    """A credit line that names who drew a picture or supplied the text (`DRAWN_BY`,
    `SUPPLIED_BY`) or the figures (`DATA_SOURCE`): the block above it is text, no photo's caption.

    >>> credits_no_photo("（本栏稿件由澴水市科协提供）"), credits_no_photo("插图　郭晓岚"), credits_no_photo("（记者　卢思远　摄）")
    (True, True, False)
    >>> credits_no_photo("Avots: novada pašvaldība")
    True
    """
    return DRAWN_BY.match(text) is not None or SUPPLIED_BY.match(text) is not None or DATA_SOURCE.match(text) is not None or _NOTE_ON_THE_PIECE.match(text) is not None

# A note in brackets on the piece itself, under its text: a disclaimer or a word on where it
# stands ("（本文僅供參考，不構成法律意見。）", "（本文仅代表作者个人观点）").
_NOTE_ON_THE_PIECE = re.compile(r"^[（(]本文[^（）()]{2,40}[)）]$")


def _notes_on_the_piece(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A note on the piece itself (`_NOTE_ON_THE_PIECE`) on a line of its own under its text is
    the piece's credit, not its last paragraph. Before: a lawyer's column closing on a paragraph
    "（本文僅供參考，不構成法律意見。）" (holdout48); after: its credit.

    >>> text, note = Block(("建議儘早諮詢註冊移民代理。",), 1, kind=Kind.BODY), Block(("（本文仅代表作者个人观点）",), 3, gap=1, kind=Kind.BODY)
    >>> [b.kind.value for b in _notes_on_the_piece((text, note))], _notes_on_the_piece((note,))[0].kind.value
    (['body', 'credit'], 'body')
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block = out[i]
        if block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) == 1 and _NOTE_ON_THE_PIECE.match(block.text) and out[i - 1].kind is Kind.BODY:
            out[i] = block.with_(kind=Kind.CREDIT)
    return tuple(out)


def _supplied_by_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A bracketed line under a box's text or rows that names who annotated, compiled or
    supplied it (`SUPPLIED_BY`), a blank line, the page's end or the next piece's head after it,
    is a credit of the box, not a kicker of the next story nor a paragraph (nor a word of that
    head: "（青川市实验中学供稿）" flush over "本周电视节目", a schedule box's label).

    Before: a 棋谱's moves, then "（市棋院教练　龙振邦　评注）" read as the kicker of the story
    under it. After: the box's credit.

    >>> box = (Block(("1．炮二平五　马8进7",), 7, kind=Kind.ROW), Block(("（市棋院教练　龙振邦　评注）",), 8, kind=Kind.SHORT), Block(("老年桥牌联赛开打",), 10, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _supplied_by_lines(box)]
    ['row', 'credit', 'short']
    >>> [b.kind.value for b in _supplied_by_lines((box[0], Block(("（记者　卢思远　摄）",), 8, kind=Kind.SHORT)))]
    ['row', 'short']

    So is one under a name alone set apart, a portrait's caption (`lift_caption` takes the two):
    "…谈一谈，" / "" / "林慧芬" / "（受访者提供）" / "" / "了解她在…" (before: the caption's second line).

    >>> portrait = (Block(("林慧芬",), 7, gap=1, kind=Kind.SHORT), Block(("（受访者提供）",), 8, kind=Kind.SHORT))
    >>> [b.kind.value for b in _supplied_by_lines(portrait)]
    ['short', 'credit']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        below = out[i + 1] if i + 1 < len(out) else None
        if (
            out[i].kind is Kind.SHORT
            and (out[i - 1].kind in (Kind.BODY, Kind.ROW) or portrait_name(out[i - 1]))
            and (below is None or below.gap >= 1 or below.kind is Kind.SHORT)
            and SUPPLIED_BY.match(out[i].text)
        ):
            out[i] = out[i].with_(kind=Kind.CREDIT, indent=False)
    return tuple(out)


def portrait_name(block: Block) -> bool:
    """A name alone on a line set apart (`PERSONAL_NAME`, maybe padded: "林慧芬", "柯　平"): what a
    portrait's caption says.

    >>> portrait_name(Block(("林慧芬",), 3, gap=1, kind=Kind.SHORT)), portrait_name(Block(("阅读推广",), 3, gap=1, kind=Kind.SHORT))
    (True, False)
    """
    return block.kind is Kind.SHORT and block.gap >= 1 and len(block.lines) == 1 and PERSONAL_NAME.match(unpad_names(block.text)) is not None


# A Chinese paper's name as its masthead prints it, first on the page: "青川县报", "中興晚報", "南嶺大學校刊".
_MASTHEAD_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:(?<![预預通播])(?:报|報)|刊)$")  # (not "天气预报", "一周治安播报")
_FIELD_GAP = re.compile(r"[\s\u3000]+")
_FIELD_BAR = re.compile(r"[\s\u3000]*[｜|／][\s\u3000]*")
# a section's name, a page's or an issue's number, a romanised or translated name ("A VOZ CHINESA DE SÃO PAULO")
# (a section of two names joined by a dot as the paper's name and its own are: "宗教．社區", "气象·生活")
_MASTHEAD_FIELD = re.compile(r"^(?![·．‧・])[\u4e00-\u9fff0-9０-９A-Za-z·．‧・]{1,10}(?<![·．‧・])$|^[A-Za-zÀ-ÖØ-öø-ÿ.&'’]{2,40}$")
# The words of a name in Latin letters, run together as one field: "SING CHOW MORNING POST".
_LATIN_WORD_SPACE = re.compile(r"(?<=[A-Za-z.&'’]) (?=[A-Za-z])")
_MAX_MASTHEAD_FIELDS = 4


# A Latin-script paper's name as its masthead prints it: words of letters, no figure ("KELEIER BRO
# KERNE", "Te Pānui o Ngāti Rangiwai"), maybe opened by an article of one letter ("O DIARIO D'A CANAL")
# or an elided one ("'O VICO"), an article's apostrophe closing a word ("GUTH A' CHAOLAIS", a Gaelic paper's),
# the first word's too: a glottal stop written so ("KABARA' MANGKASARA'", Makassarese; before, the name
# was no masthead and the page's foot "Kabara' Mangkasara' – redaksi@…" a paragraph); a colon inside a
# word, Tohono O'odham's mark of a long vowel ("HA'ICU A:GA"; before, its foot "Ha'icu A:ga · aga@…" a paragraph).
_LATIN_MASTHEAD_NAME = re.compile(r"^['’]?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^\W\d_]*['’]?(?:[ '’-][^\W\d_]+(?::[^\W\d_]+)*['’]?){1,5}$")
# A name of one word in capitals, set over the edition line or beside the date: "SIDLANGAN"; its
# capitals those of any Latin alphabet (`_NAME_CAPITAL`), a modifier letter after one a part of the
# word: Skolt Sámi's prime ("SAAʹǨǨ"; before, no masthead, and its foot "Saaʹǩǩ · saakk@…" a paragraph
# of the box above it), the soft sign of transliterated Russian ("GAZETAʹ"), Nenets' glottal stop
# ("NENEJʼ"). (`.isupper()` is asked of it as well: the Latin ranges hold the small letters too.)
_ONE_WORD_MASTHEAD = re.compile(rf"^(?:[{_NAME_CAPITAL}][{_MODIFIER_PRIMES}]?){{4,}}$")


def _over_the_edition_line(blocks: tuple[Block, ...]) -> bool:
    """The page's top line is its masthead: page furniture already, or set flush over the edition
    line, fields set apart with the year in one ("Ang Pamantalaan sang Panay • Disyembre 20, 2026 • Pahina 3")."""
    top = blocks[0]
    if top.kind is Kind.FURNITURE:
        return True
    if len(top.lines) > 1 or len(blocks) < 2 or blocks[1].gap:
        return False
    edition = blocks[1].lines[0]
    return _YEAR.search(edition) is not None and len(_LATIN_HEAD_FIELDS.split(edition)) >= 3
# What a running foot sets beside the paper's name: its page, separators, the issue's number.
_FOLIO_AND_MARKS = re.compile(r"[\d\s|·•*–—,./£€$-]*")  # (the copy's price too: "£1.20", "1,20 €")
# The page's section after a mark in a running head or foot, up to the next mark or the line's
# end: "| Iindaba |", "• Tala Faʻalotoifale •", "/ Bidda e territòriu", "— NIUS BILONG PROVINS", "*  MEGYEI KRÓNIKA";
# or the paper's motto there: "- Pàipear-naidheachd na coimhearsnachd -", one that opens on a
# one-letter word too: "– Z naszich wsi", "– O nas a wokoło", or an elided article: "- 'E quartiere".
_SECTION_AFTER_A_MARK = re.compile(
    r"(?:[|·•/*]|\s[–—-])\s*['’]?(?:[^\W\d_]{2,15}|[^\W\d_](?=\s[^\W\d_]))(?:[\s-][^\W\d_]{1,15}){0,3}\s*(?=[|·•/*]|[–—-]\s|$)"
)
# A page's number after the language's word for a page: "Pagina 3", "Sivu 12", "Ikhasi 3".
_WORD_FOR_PAGE = re.compile(r"\b[^\W\d_]{1,8}\.?\s*\d{1,3}\b")


def _names_chinese_paper(name: str, line: str) -> bool:
    """A line made of the paper's name and a few short fields: "青川县报　综合新闻　第3版"; the
    page's name may be joined to it by a middle dot, as a running head sets it: "沙洲日报·民生信箱".

    >>> _names_chinese_paper("沙洲日报", "沙洲日报·民生信箱"), _names_chinese_paper("沙洲日报", "沙洲日报·民生信箱收到来信三百封")
    (True, False)

    or set apart by a bar or a slash: "柔南新闻｜南洲日报", "溪洲時報／彰化縣新聞".

    >>> _names_chinese_paper("南洲日报", "柔南新闻｜南洲日报"), _names_chinese_paper("星洲晨报", "星洲晨报　SING CHOW MORNING POST")
    (True, True)
    >>> _names_chinese_paper("巴黎華聲報", "巴黎華聲報　LA VOIX CHINOISE DE PARIS ÉDITION")
    True
    >>> _names_chinese_paper("巴黎華聲報", "華聲報．社區新聞"), _names_chinese_paper("巴黎華聲報", "聲報．社區新聞"), _names_chinese_paper("巴黎華聲報", "華聲報．社區新聞稿件徵集中")
    (True, False, False)
    >>> _names_chinese_paper("溪洲時報", "溪洲時報／彰化縣新聞"), _names_chinese_paper("溪洲時報", "溪洲時報／彰化縣新聞中心主任帶隊訪問")
    (True, False)

    The dot may be any of the middle and full stops papers set there: "維港晚報．海釣天地" (a
    full-width full stop), "竹塹日報‧毛孩生活" (Taiwan's hyphenation point), "千島日報・華社".

    >>> _names_chinese_paper("維港晚報", "維港晚報．海釣天地"), _names_chinese_paper("竹塹日報", "竹塹日報‧毛孩生活")
    (True, True)
    >>> _names_chinese_paper("竹埤日報", "竹埤日報．宗教．社區")  # a page of two sections
    True

    Or the line is the page's foot of the paper's contacts: its name, then a wide space and a
    telephone, an address or an e-mail, maybe the page's editor after them (before, the brief
    above ended on "千岛日报　Jl. Gajah Mada No. 88, Jakarta Barat　　电话：(021) 555-6688").

    >>> _names_chinese_paper("竹塹日報", "竹塹日報　讀者服務專線：(03)555-1234　　本版美編：賴思妤")
    True
    >>> _names_chinese_paper("千岛日报", "千岛日报　Jl. Gajah Mada No. 88, Jakarta Barat　　电话：(021) 555-6688")
    True
    >>> _names_chinese_paper("千岛日报", "千岛日报　电话：(021) 555-6688，欢迎读者来电反映华社新闻线索")  # a sentence
    False
    """
    if line.startswith(name) and _HAN_ONLY.fullmatch(line, len(name)) and SECTION_NAME.match(line[len(name) :]):
        return True  # (or the page's name run on to it: "南嶼時報副刊", a running head read inside a sentence)
    if name not in line:
        # (a running head may drop the place the masthead's name opens with: "聖保羅華聲報" over "華聲報．僑社新聞")
        return any(line.startswith(name[k:]) and _SHORT_NAME_HEAD.fullmatch(line.strip(), len(name) - k) for k in range(1, len(name) - 2))
    if _paper_contacts_foot(name, line.strip()):
        return True
    head = line.strip()
    if head.startswith(name) and _SHORT_NAME_HEAD.match(head, len(name)):
        head = f"{name} {head[len(name) + 1 :]}"  # (the dot after a name on no 报 or 刊: "狮城晨讯·警政与法庭")
    fields = _FIELD_GAP.split(_LATIN_WORD_SPACE.sub("", _FIELD_BAR.sub(" ", _NAME_DOT.sub(" ", head, 1))))
    return name in fields and len(fields) <= _MAX_MASTHEAD_FIELDS and all(_MASTHEAD_FIELD.match(f) for f in fields)


_HAN_ONLY = re.compile(r"[\u4e00-\u9fff]{2,6}")
# The rest of a running head after the paper's name: the dot and the page's name.
_SHORT_NAME_HEAD = re.compile(r"[·．‧・･•][\u4e00-\u9fff]{2,6}")
# The dot a running head sets between the paper's name and the page's: a middle dot, a full-width
# full stop, Taiwan's hyphenation point, the katakana middle dot.
_NAME_DOT = re.compile(r"(?<=[报報刊])[·．‧・･•](?=[\u4e00-\u9fff])")
# A contact field of the paper's foot: a labelled telephone ("讀者服務專線：(03)555-1234", "电话：…"), an e-mail;
# or the number of one of its desks or offices labelled by its name ("分类广告部：0739-8826415",
# "交通新闻部：0736-7712058", a branch's "峇株办事处：07-431 8806").
# (or its readers' service: "讀者服務：04-2358-6120"; or a hotline's short service number, five or
# six figures: "读者热线：96123")
_PAPER_CONTACT = re.compile(
    r"[\u4e00-\u9fff]{0,8}(?:热线|熱線|专线|專線|电话|電話|查询|查詢|服务|服務|部|办事处|辦事處)[：:]\s*[\d（）()－+-](?:[\d（）()－-]| (?=\d)){6,}"
    r"|[\u4e00-\u9fff]{0,4}(?:热线|熱線)[：:]\s*\d{5,6}(?!\d)|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
_RUN_ON_CONTACT = re.compile(rf"(?=(?:{_PAPER_CONTACT.pattern}))")
_FOOT_WIDTH = 80  # characters: a foot line of the paper's contacts


def _paper_contacts_foot(name: str, line: str) -> bool:
    """The paper's name, a wide space, then its contacts (`_PAPER_CONTACT`) and maybe its address and
    the page's editor, all on one line and no sentence in it: the page's foot. The name may be the
    paper's office's, company's or newsroom's (社, 有限公司, 編輯部, maybe 出版 after them): "洄瀾日報社　花蓮市中正路300號　服務電話：(03)832-6600", its
    address's label straight after it: "芷兰日报社地址：芷兰市迎宾路16号　　订报热线：0745-2268100".

    >>> _paper_contacts_foot("竹塹日報", "竹塹日報社　新竹市中正路1號　服務電話：(03)555-1234")
    True
    >>> _paper_contacts_foot("竹塹日報", "竹塹日報社地址：新竹市中正路1號　服務電話：(03)555-1234")
    True
    >>> _paper_contacts_foot("楓城華報", "楓城華報編輯部：多倫多登打士西街（Dundas St. W.）333號　電話：(416) 555-0188")
    True
    >>> _paper_contacts_foot("維港晚報", "維港晚報有限公司出版　　讀者熱線：2388 6600"), _paper_contacts_foot("湄江晚报", "湄江晚报社　　读者热线：96555")
    (True, True)
    >>> _paper_contacts_foot("維港晚報", "維港晚報體育組　　電話：2388 6611"), _paper_contacts_foot("維港晚報", "維港晚報讀者熱線：2388 6600　　每天9時至18時")
    (True, True)
    >>> _paper_contacts_foot("湄江晚报", "湄江晚报社　　分类广告部：0851-6612345"), _paper_contacts_foot("湄江晚报", "湄江晚报社　　分类广告部")
    (True, False)

    A desk's or a branch office's number is the foot's as well: "湄江晚报社　　交通新闻部：0851-6612046",
    "湄江晚报社　　北区办事处：06-951 7230" (before: a paragraph of the box or story above it).

    >>> _paper_contacts_foot("湄江晚报", "湄江晚报社　　交通新闻部：0851-6612046"), _paper_contacts_foot("湄江晚报", "湄江晚报社　　北区办事处：06-951 7230")
    (True, True)

    Its readers' service's number, or its address alone, labelled, a street and its number: "洛川晚报社　地址：洛川市书院街9号",
    "洛川晚報社　讀者服務：02-2345-6789" (before: the last row of the box above it, a leak; after: the foot).

    >>> _paper_contacts_foot("洛川晚报", "洛川晚报社　地址：洛川市书院街9号"), _paper_contacts_foot("洛川晚報", "洛川晚報社　讀者服務：02-2345-6789")
    (True, True)
    >>> _paper_contacts_foot("洛川晚报", "洛川晚报社　地址：请见第2版"), _paper_contacts_foot("洛川晚报", "洛川晚报社在书院街9号")
    (False, False)
    """
    office = _PAPER_OFFICE.match(line, len(name)).end()
    # (or its desk's labelled line run on to the name: "北川晨报民生热线：0431-96180")
    gap = (
        (_FIELD_SPACE.match(line, office) or _ADDRESS_LABEL.match(line, office) or (office > len(name) and _DESK_COLON.match(line, office)) or _RUN_ON_CONTACT.match(line, office))
        if line.startswith(name)
        else None
    )
    rest = line[gap.end() :] if gap else ""
    if rest and _PAPER_ADDRESS.fullmatch(line[office:].lstrip("\u3000 ")):
        return True  # its address alone: "洛川晚报社　地址：洛川市书院街9号"
    return bool(rest) and len(line) <= _FOOT_WIDTH and not _CJK_CLAUSE.search(rest) and _PAPER_CONTACT.search(rest) is not None


_CJK_CLAUSE = re.compile(r"[，。！？；]")
_ADDRESS_LABEL = re.compile(r"(?:地址|地點|地点)[：:]\s*")
# The paper's address, labelled, a street and its number (maybe a floor): "地址：洛川市书院街9号".
_PAPER_ADDRESS = re.compile(r"(?:社址|地址)[：:]\s*[\u4e00-\u9fff]{2,20}\d{1,5}(?:[-－]\d{1,5})?[号號](?:\d{1,3}[楼樓])?")
# The paper's office, company or newsroom after its name, maybe as its publisher, the address
# after a colon: "楓城華報編輯部：多倫多…", "維港晚報有限公司出版　　讀者熱線：…".
# (or one of its desks: "南屏時報體育組　　電話：(04)2235-6600", "…读者服务中心", "…資料室")
_PAPER_OFFICE = re.compile(r"(?:社|有限公司|編輯部|编辑部|[\u4e00-\u9fff]{1,4}?(?:組|组|部|中心|室|办事处|辦事處))?(?:出版)?")
_DESK_COLON = re.compile(r"[：:]\s*")


_RUNNING_DASHES = "–—-"  # a running line's fields set apart
_IMPRINT_REST = 72  # characters of an imprint after the paper's name: a street and its number, a town, an e-mail


def _latin_paper_name(masthead: str) -> re.Pattern:
    """The paper's name as its own lines print it: whole, or cut short to its first words (two
    at least, one of them a word, not an article), as a running head sets it beside the page's
    section: "El Vigía – Comunidad" under the masthead "EL VIGÍA ZAMBOANGUEÑO".

    >>> [bool(_latin_paper_name("EL VIGÍA ZAMBOANGUEÑO").match(line)) for line in ("El Vigía – Comunidad", "El Vigíax", "El – Comunidad")]
    [True, False, False]
    >>> bool(_latin_paper_name("LA VOZ DEL ALTO VALLE").match("La Voz – Comarca"))
    True
    """
    words = masthead.split()
    names = [" ".join(words[:k]) for k in range(len(words), 1, -1) if any(word.casefold() not in _ARTICLES for word in words[:k])]
    return re.compile("|".join(rf"{re.escape(name)}(?!\w)" for name in names) or re.escape(masthead), re.IGNORECASE)


# The articles a paper's name may open on: no name of their own ("El – Comunidad" names no paper).
_ARTICLES = frozenset("el la los las le les l' lo il gli the die der das de het den det a o os as an".split())


def _names_latin_paper(name: re.Pattern, line: str) -> bool:
    """A line that is the paper's name (any case) beside its page number and the issue's date or
    month, set single-spaced or not: "4 Te Pānui o Ngāti Rangiwai Hakihea 2026" under the masthead
    "TE PĀNUI O NGĀTI RANGIWAI"; not a sentence that names the paper.

    >>> paper = re.compile("Te Pānui o Ngāti Rangiwai", re.IGNORECASE)
    >>> _names_latin_paper(paper, "4 Te Pānui o Ngāti Rangiwai Hakihea 2026"), _names_latin_paper(paper, "Read Te Pānui o Ngāti Rangiwai in 2026")
    (True, False)
    >>> _names_latin_paper(paper, "Wharangi 5 - Te Pānui o Ngāti Rangiwai"), _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai, page 5, said so")
    (True, False)
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai  |  Hākinakina  |  7")
    True

    The name may open a running head that gives the page's section alone, after a mark:
    "Te Pānui o Ngāti Rangiwai / Ngā Take ā-Iwi", "TE PĀNUI O NGĀTI RANGIWAI — HĀKINAKINA".

    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai / Ngā Take"), _names_latin_paper(paper, "TE PĀNUI O NGĀTI RANGIWAI — HĀKINAKINA")
    (True, True)
    >>> _names_latin_paper(paper, "TE PĀNUI O NGĀTI RANGIWAI  *  HĀKINAKINA")  # a star between
    True
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai - Te reo o Rangiwai - $1.50")  # its motto and price
    True
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai – O te iwi")  # a motto opening on a one-letter word
    True
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai — the iwi's paper, read by all")
    False

    Or its imprint, the town and the e-mail address after the name:

    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai, Whakatāne - panui@rangiwai.example.nz")
    True
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai, write to us, please send it to panui@rangiwai.example.nz")
    False
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai · Newsroom: Whakatāne · Phone: 07 555 0140")
    True
    >>> _names_latin_paper(paper, "Te Pānui o Ngāti Rangiwai – send us your family's news: whanau@rangiwai.example.nz")
    True
    """
    named = name.search(line)
    if named is None:
        return False
    rest = f"{line[: named.start()]} {line[named.end() :]}"
    dated = LATIN_DATE.search(rest) or LATIN_MONTH_YEAR.search(rest)
    if dated:
        rest = f"{rest[: dated.start()]} {rest[dated.end() :]}"
    rest = _WORD_FOR_PAGE.sub(" 0 ", rest, count=1)  # "Pagina 3 - La Gasetta da Müstair": the page, in the page's own word
    rest, sections = _SECTION_AFTER_A_MARK.subn("|", rest, count=1)  # "Isaziso SaseBhayi  |  Iindaba  |  2": the page's section
    opens_the_line = not line[: named.start()].strip()
    if opens_the_line and len(rest) <= _IMPRINT_REST and (_EMAIL.search(rest) or _LABELLED_PHONE.search(rest)) and not _LOWER_CLAUSE.search(rest):
        # the paper's imprint: its town and its e-mail ("Vengê Çewlîgî, Bingöl - xeber@venge.example"), or its
        # newsroom's telephone ("Moravski glasnik · Redakcija: Čačak · Telefon: 032 555 140")
        return True
    if opens_the_line and rest.lstrip()[:1] in _RUNNING_DASHES and len(rest) <= 2 * _IMPRINT_REST and _EMAIL.search(rest):
        # set off from the name by a dash, as a running line's fields are, the paper's call for news and where
        # to send it: "Hmoob Xov Xwm – Xa koj cov xov xwm tsev neeg tuaj rau tsevneeg@hmoobxovxwm.example.com"
        return True
    return _FOLIO_AND_MARKS.fullmatch(rest) is not None and (dated is not None or any(ch.isdigit() for ch in rest) or opens_the_line and sections == 1)


def _paper_name_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The paper's name that opens the page (its masthead's first field) names the page's own
    lines: any line made of that name and a few short fields set a space apart (the page's
    section, its number, the issue's) is furniture, the masthead and the running heads and feet
    alike, wherever the page printed them (inside a paragraph's block, between two halves of a
    sentence).

    Before: SHORT "中興晚報　　　　　影劇新聞" (the first story's headline); BODY "…首次走出国门。" /
    "青川县报　综合新闻　第3版" / "全乡今年…" (the foot in an item's text). After: both FURNITURE, and
    the paragraph runs on from "…国门。" to "全乡今年…".

    >>> page = (Block(("青川县报",), 1, kind=Kind.SHORT), Block(("这是该乡首次走出国门。", "青川县报　综合新闻　第3版", "全乡今年种植猕猴桃。"), 3, kind=Kind.BODY))
    >>> [(b.kind.value, b.lines) for b in _paper_name_lines(page)][1:]
    [('body', ('这是该乡首次走出国门。', '全乡今年种植猕猴桃。')), ('furniture', ('青川县报　综合新闻　第3版',))]
    >>> page = (page[0], Block(("这是该乡首次走出国门。", "青川县报　综合新闻　第3版"), 3, kind=Kind.BODY), Block(("全乡今年种植猕猴桃。",), 5, kind=Kind.BODY))
    >>> [(b.kind.value, b.lines) for b in _paper_name_lines(page)][1:]
    [('body', ('这是该乡首次走出国门。', '全乡今年种植猕猴桃。')), ('furniture', ('青川县报　综合新闻　第3版',))]

    A one-word name in capitals names the page too when it is the masthead (over the edition line,
    or furniture): "SIDLANGAN" over "SIDLANGAN • Balita sang Banwa", a running head between two
    halves of a sentence.

    >>> page = (Block(("SIDLANGAN",), 1, kind=Kind.FURNITURE), Block(("ang tulay", "SIDLANGAN • Balita sang Banwa", "sa Jaro."), 3, kind=Kind.BODY))
    >>> [(b.kind.value, b.lines) for b in _paper_name_lines(page)][1:]
    [('body', ('ang tulay', 'sa Jaro.')), ('furniture', ('SIDLANGAN • Balita sang Banwa',))]

    The name alone over the page is then its masthead, no story's kicker: "IZWI LASEMGUNGUNDLOVU"
    over a foot "Izwi LaseMgungundlovu  |  Izindaba  |  3".

    >>> page = (Block(("IZWI LASEMGUNGUNDLOVU",), 1, kind=Kind.SHORT), Block(("Izwi LaseMgungundlovu  |  Izindaba  |  3",), 30, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _paper_name_lines(page)]
    ['furniture', 'furniture']

    Where the page opens its paragraphs indented, the text set flush under such a line goes on
    the paragraph above it, a blank line between or not:

    >>> text = [Block((f"第{n}段写完了。",), 2 * n, gap=1, indent=True, kind=Kind.BODY) for n in range(1, 7)]
    >>> page = (Block(("澳風日報",), 1, kind=Kind.SHORT), *text, Block(("澳風日報·留學移民",), 14, gap=1, kind=Kind.BODY), Block(("已經在讀的學生仍按舊規定處理。",), 16, gap=1, kind=Kind.BODY))
    >>> [b.lines for b in _paper_name_lines(page)][6:]
    [('第6段写完了。', '已經在讀的學生仍按舊規定處理。'), ('澳風日報·留學移民',)]
    """
    if not blocks:
        return blocks
    top = blocks[0]
    # (a name set beside its romanised form reads as a line of text: "南洲日报　NAN ZHOU DAILY")
    top_line = top.kind is Kind.BODY and len(top.lines) == 1 and not ends_sentence(top.text)
    if top.kind not in (Kind.SHORT, Kind.FURNITURE) and not top_line:
        return blocks
    name = _FIELD_GAP.split(top.lines[0].strip())[0]
    latin_name = _LATIN_HEAD_FIELDS.split(top.lines[0].strip())[0]
    chinese = _MASTHEAD_NAME.match(name) is not None or _name_opening_the_foot(name, blocks)
    if chinese:
        names_the_page = partial(_names_chinese_paper, name)
    elif _LATIN_MASTHEAD_NAME.match(latin_name) or _ONE_WORD_MASTHEAD.match(latin_name) and latin_name.isupper() and _over_the_edition_line(blocks):
        names_the_page = partial(_names_latin_paper, _latin_paper_name(latin_name))
    else:
        return blocks

    out: list[Block] = []
    cut: int | None = None  # where in `out` the paragraph is that such a line (the last block) cut
    # (on a Chinese page text set flush under the line goes on, blank line or not, where the paragraph
    # stopped inside a sentence or the page opens its paragraphs indented: "…回到幫助年輕畢業生積累工作經
    # 驗的原意”。" / "" / "澳風日報·留學移民" / "" / "已經在讀的學生…")
    # (Chinese pages only: elsewhere the line after may be a jump line in an unknown language,
    # "Ke hoʻomau ʻia ma ka ʻaoʻao 6", that `_jumps_under_cut_text` finds later under the cut text)
    indented = chinese and _paragraphs_indented(blocks)
    for at, block in enumerate(blocks):
        marked = [] if _row_flush_between_rows(blocks, at) else [n for n, line in enumerate(block.lines) if names_the_page(line)]
        if cut is not None and not marked and block.kind is Kind.BODY and (block.gap == 0 or indented or chinese and not ends_sentence(out[cut].text)) and not block.indent:
            out[cut] = out[cut].with_(lines=out[cut].lines + block.lines, kind=Kind.BODY)  # set flush under the line: the paragraph goes on
            cut = None
            continue
        cut = None
        if not marked:
            out.append(block)
            continue
        if block.kind is Kind.FURNITURE or len(marked) == len(block.lines):
            # (a short line cut at a comma is a paragraph's first words, no head: "　　不過提提大家，")
            cut = len(out) - 1 if out and (out[-1].kind is Kind.BODY or chinese and out[-1].kind is Kind.SHORT and out[-1].text[-1:] in "，、") else None
            out.append(block.with_(kind=Kind.FURNITURE))
            continue
        # The block's other lines are one paragraph still, printed around the line (after it, as
        # `join_column_break` leaves what interrupts a paragraph); a line that opens the block stays first.
        heads = [n for k, n in enumerate(marked) if n == k]
        rest = tuple(line for n, line in enumerate(block.lines) if n not in marked)
        out.extend(Block((block.lines[n],), block.start + n, gap=block.gap if n == 0 else 0, kind=Kind.FURNITURE) for n in heads)
        if rest:
            first = len(heads)
            out.append(block.with_(lines=rest, start=block.start + first, gap=0 if heads else block.gap, indent=block.indent and not heads))
            cut = len(out) - 1 if marked[-1] == len(block.lines) - 1 and block.kind is Kind.BODY else None
        out.extend(Block((block.lines[n],), block.start + n, kind=Kind.FURNITURE) for n in marked if n not in heads)
    masthead = out[0].text.casefold()
    if out[0].kind is Kind.SHORT and len(out[0].lines) == 1 and any(b.kind is Kind.FURNITURE and masthead in b.text.casefold() for b in out[1:]):
        out[0] = out[0].with_(kind=Kind.FURNITURE)  # the masthead's name alone, its running foot named below: no story's kicker
    return tuple(out)


def _name_opening_the_foot(name: str, blocks: tuple[Block, ...]) -> bool:
    """A name of Han characters alone atop the page, printed again as the first field of a line
    already known for furniture (the page's foot: "狮城晨讯　　新闻热线：…"), is the paper's name though
    it ends on no 报 or 刊 (a 晨讯, a 新闻): its running head "狮城晨讯·警政与法庭" names the page too.
    Before: that running head between a quotation's halves was a subhead, the next column's label
    flush under it read into the story. After: furniture (`_paper_name_lines`).

    >>> foot = Block(("南岛晨讯　　新闻热线：6555 0123",), 40, gap=1, kind=Kind.FURNITURE)
    >>> _name_opening_the_foot("南岛晨讯", (Block(("南岛晨讯",), 1, kind=Kind.SHORT), foot)), _name_opening_the_foot("法庭新闻", (foot,))
    (True, False)

    So where the foot is the name, a wide space and the paper's contacts (`_paper_contacts_foot`),
    though no rule read it for furniture yet: "南岛晨讯　　读者热线：6555 0123" (before: a story's last
    line, the name no paper's and its running head "南岛晨讯·汽车" a subhead; after: both furniture).

    >>> _name_opening_the_foot("南岛晨讯", (Block(("南岛晨讯",), 1, kind=Kind.SHORT), foot.with_(lines=("南岛晨讯　　读者热线：6555 0123",), kind=Kind.SHORT)))
    True
    """
    return _HAN_NAME.match(name) is not None and any(
        b.kind is Kind.FURNITURE and _FIELD_GAP.split(b.lines[0].strip())[0] == name or len(b.lines) == 1 and _paper_contacts_foot(name, b.lines[0]) for b in blocks[1:]
    )


_HAN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def _row_flush_between_rows(blocks: tuple[Block, ...], at: int) -> bool:
    """A table's row set flush between two more rows (no blank line over or under it) is a row,
    though a cell of it names the paper and another reads as a page number: a running head or
    foot is never set inside a table. Before: "1   Manau Poi     16.9." / "2   Mali Hka      23.9."
    / "3   Bum Ntsa      30.9." on the page of "MALI HKA SHIGA" (holdout123's Jingpho episode
    list): the middle row furniture, its "2" the page's number. After: three rows.

    >>> rows = tuple(Block((t,), n, kind=Kind.ROW) for n, t in enumerate(("1   Lake Day   4.5.", "2   Port Vila   11.5.", "3   Hill Road   18.5."), 1))
    >>> _row_flush_between_rows(rows, 1), _row_flush_between_rows(rows, 2)
    (True, False)
    """
    if not 0 < at < len(blocks) - 1:
        return False
    above, block, below = blocks[at - 1 : at + 2]
    return all(b.kind is Kind.ROW and len(b.lines) == 1 for b in (above, block, below)) and not block.gap and not below.gap


# A letter's signature: where the writer lives and who they are, no sentence in it:
# "河南省许昌县　刘长林", "北京市　一个工人读者", "莱阳县供销合作社".
_LETTER_SIGNER = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf·]{2,12}(?:\u3000+[\u4e00-\u9fff\u3400-\u4dbf·]{2,8}){0,2}$")


def _letter_signatures(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a letters page (a letter there opens "编辑同志："), a short line set in under a letter's
    last sentence, with a blank line or the page's foot under it, is the letter's signature,
    not the next letter's kicker: "…请编辑同志指教。" / "　　　　　　　　河南省许昌县　刘长林" / "" /
    "收购站不该压级压价". After: BYLINE "河南省许昌县　刘长林".

    >>> page = (Block(("编辑同志：",), 1, indent=True, kind=Kind.BODY), Block(("请编辑同志指教。",), 2, indent=True, kind=Kind.BODY),
    ...     Block(("河南省许昌县　刘长林",), 3, indent=True, kind=Kind.SHORT), Block(("收购站不该压级压价",), 5, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _letter_signatures(page)]
    ['body', 'body', 'byline', 'short']
    """
    if not any(SALUTATION.match(block.text) for block in blocks):
        return blocks
    out = list(blocks)
    for i, block in enumerate(blocks[1:-1], 1):
        above, below = blocks[i - 1], blocks[i + 1]
        if (
            block.kind is Kind.SHORT
            and block.indent
            and block.gap == 0
            and len(block.lines) == 1
            and above.kind is Kind.BODY
            and ends_sentence(above.lines[-1])
            and (below.gap or below.kind is Kind.FURNITURE)
            and _LETTER_SIGNER.match(block.text)
        ):
            out[i] = block.with_(kind=Kind.BYLINE)
    return tuple(out)


# A brief's head run into its first line, as a 简讯 column prints its items: the head (in bold
# on the page, plain in the text), a full-width space, then the item's text:
# "城关镇老旧小区改造完工　本月中旬，", "●電車加價　英商電車公司呈請自下". Not a dateline
# ("本报讯　10月8日", "又訊　該路"), a reporter's line ("记者　张帆"), nor a price or a rank
# ("１．絕地任務（美）　　二千一百萬元": punctuation in the head).
# A head of two phrases keeps its own space: "坪洲碼頭維修　部分班次改泊　坪洲公眾碼頭下".
_RUNIN_ITEM = re.compile(
    r"^(?P<head>[\u4e00-\u9fff\u3400-\u4dbfA-Za-z0-9０-９「」『』“”《》·]{2,16}(?:\u3000[\u4e00-\u9fff\u3400-\u4dbf]{2,10}(?=\u3000))?)(?:\u3000+|\s{2,})(?P<text>\S.*)$"
)
# Or, on an item's mark, a name and a colon, the text straight after it: "■嘉裕茶餐廳集團：集團宣布本月內…".
_COLON_RUNIN_ITEM = re.compile(r"^(?P<head>[^\s：:，。、；]{2,12})：(?P<text>\S.*)$")
# Or the head in heavy brackets, the text straight after it: "【温州同乡会捐款助学】旅法温州同乡会日前…".
_BRACKETED_RUNIN_ITEM = re.compile(r"^【(?P<head>[^【】]{2,20})】(?P<text>\S.*)$")
# (nor a dispatch's place, two characters set apart from its news: "南京　財政部以近來…"; no brief's head is so short;
# nor a date alone, a chronicle's entry opening on its day: "1月30日　会馆在馆所礼堂举行新春团拜，", "2027年3月　…";
# nor a year alone, a from-our-files column's item opening on the year it ran: "【1959年】本报消息：首批…")
_CN_DAY_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"
_NOT_A_RUNIN_HEAD = re.compile(
    r"[讯訊电電]$|^(?:本报|本報|新华社|新華社|中新社|中央社)|记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|^[\u4e00-\u9fff]{2}$"
    r"|^[0-9０-９]{4}年$"
    rf"|^(?:[0-9０-９]{{4}}年)?{_CN_DAY_NUMBER}月(?:{_CN_DAY_NUMBER}[日号號](?:[至－—-]{_CN_DAY_NUMBER}[日号號])?)?$"
)
# Nor a speaker's tag: a box of quotes opens each on who speaks, where they live (or what they do)
# then their name, in heavy brackets: "【3号楼　胡秀兰】以前一下雨…", "【退休教师　王建国】…". The tag is
# part of the quote (before: each tag a story's title, the box's head its section; after: the box one
# story of quotes, each a paragraph opening on its tag).
_SPEAKER_TAG = re.compile(rf"^[^\s【】]{{1,8}}[\s\u3000]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}$")
# A what's-on entry's text after its venue opens on when the event is: its day and the weekday in
# brackets ("3月19日（周六）晚7时30分，…", "6月18日（禮拜六）　…") or an hour, maybe every day's ("每天9时至17时").
_EVENT_WHEN = re.compile(
    r"^(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日[（(](?:周|週|星期|礼拜|禮拜)[一二三四五六日天][）)]"
    r"|(?:每天|每日|每周[一二三四五六日]|每週[一二三四五六日])?(?:上午|下午|晚上|晚间|晚間|晚|早上)?[0-9０-９]{1,2}[时時点點])"
)
_RUNIN_ITEM_TEXT = 16  # characters: an item runs on this far at least after its head (a sentence, not a table's cell)
_MIN_RUNIN_ITEMS = 2  # a column of briefs: one head run in alone may be a paragraph's name or a speaker's


def _bulleted(line: str) -> bool:
    """A Chinese line opening on a bullet the grouping left in its text (an item of several
    lines, no indent): "●長洲新渡輪下月投入服務　渡輪公司宣布，兩艘"."""
    return line[:1] in BOX_MARKS and is_cjk(line[1:2])


def _runin_item(block: Block, below: Block | None, when_first: bool = False) -> tuple[str, tuple[str, ...]] | None:
    """The run-in head of a brief and the brief's lines without it, or None. The item opens a
    paragraph (indented, or marked with a bullet) and its text runs on in clauses (a running
    foot read into it may keep it from ending a sentence); a bullet line may be a block of its
    own over the rest of its item. `when_first`: its text may open on when (`_whats_on_entry`)."""
    if block.kind is Kind.SHORT and block.mark and len(block.lines) == 1:
        if below is None or below.kind is not Kind.BODY or below.gap or below.indent:
            return None
        rest = below.lines
    elif block.kind is Kind.BODY and (block.indent or block.mark or _bulleted(block.lines[0])):
        rest = block.lines[1:]
    else:
        return None
    first = block.lines[0][1:] if _bulleted(block.lines[0]) else block.lines[0]
    found = _RUNIN_ITEM.match(first) or _BRACKETED_RUNIN_ITEM.match(first)
    if found is None and (block.mark or _bulleted(block.lines[0])):
        found = _COLON_RUNIN_ITEM.match(first)  # (on its mark, the head may end on a colon: "■恒記海味：老字號海味舖…")
    if found is None or _NOT_A_RUNIN_HEAD.search(found["head"]) or is_story_lead(block.lines[0]):
        return None
    if found.re is _BRACKETED_RUNIN_ITEM and _SPEAKER_TAG.match(found["head"]):
        return None  # (a quote opening on its speaker's tag)
    if not when_first and _whats_on_entry(found["text"]):
        return None
    if is_small_ad(block.text):
        return None  # (a small ad's bold lead is the ad's first words, not a brief's head: `is_small_ad`)
    lines = (found["text"], *rest)
    text = "".join(lines)
    if len(text) < _RUNIN_ITEM_TEXT or not re.search(r"[，、；。]", text):
        return None
    return found["head"], lines


def _whats_on_entry(text: str) -> bool:
    """A what's-on column's entry, its venue set a wide space before when the event is
    (`_EVENT_WHEN`), is a paragraph of the column under its label, the venue kept at its start
    (holdout87's what's-on box, holdout170's log), not a brief under a run-in head. Before:
    "本周演出" / "　　市文化馆　4月2日（周六）晚7时，…" / "　　江滨书屋　4月3日（周日）下午3时，…" read
    as two stories titled "市文化馆" and "江滨书屋"; after: one story, a paragraph an entry.

    >>> _whats_on_entry("4月2日（周六）晚7时，民乐专场"), _whats_on_entry("每天9时至17时，免费"), _whats_on_entry("本月中旬，城关镇两个小区")
    (True, True, False)
    """
    return _EVENT_WHEN.match(text) is not None


# A critic's verdict, a label and its rating in stars, in a count of stars or out of five (or ten):
# "推荐指数：★★★★", "本报评分：四星", "Score: 4/5".
_VERDICT = re.compile(
    r"^[\u4e00-\u9fff]{2,6}[：:](?:[★☆]{1,5}|[一二三四五](?:星|颗星|顆星)半?)$|^[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’]{1,11}: \d(?:[.,]\d)?/(?:5|10)$"
)


def _verdict_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A critic's verdict (`_VERDICT`) on a line of its own under a review's text is the review's
    last paragraph (holdout121's rating line, holdout103's rating rows), a row: not the next
    piece's section or kicker. Before: "…free, until 30 April." / "Score: 4/5" / "What's on this
    week" (the verdict the column's section); after: ROW "Score: 4/5", the review's.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> [x.kind.value for x in _verdict_lines((b(Kind.BODY, "The show runs until May."), b(Kind.SHORT, "Score: 4/5"), b(Kind.SHORT, "What's on")))]
    ['body', 'row', 'short']
    >>> [x.kind.value for x in _verdict_lines((b(Kind.SHORT, "本报评分：四星"),))]  # no review above
    ['short']
    """
    out: list[Block] = []
    for block in blocks:
        verdict = block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and _VERDICT.match(block.text) is not None
        out.append(block.with_(kind=Kind.ROW, indent=False) if verdict and _last_text_is_body(out) else block)
    return tuple(out)


# A what's-on entry opening on its day and the weekday in brackets, or on a weekly day, a wide space
# before the venue: "11月19日（周六）　沂岚青年剧场，…", "每周五　江心码头茶社，…"; not a timetable's
# row, the hours after the day ("7月26日（周二）　9:00—16:00" under a stop's name).
_DAY_LED_ENTRY = re.compile(
    r"^(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日[（(](?:周|週|星期|礼拜|禮拜)[一二三四五六日天][）)]|(?:每周|每週|逢)[\u4e00-\u9fff]{1,3})\u3000+(?![0-9０-９])"
)
# Or, in Latin script, the day (or a weekly day) and a dash: "Saturday 13 February – Town Hall, 6 p.m.: …".
_LATIN_WEEKLY = "(?:every|each) "
_LATIN_DAY_LED_ENTRY = re.compile(rf"^(?:{_LATIN_WEEKLY})?(?:{LATIN_WEEKDAY.pattern})[^-–—.:]{{0,24}} [-–—] (?=[^\W\d_])", re.IGNORECASE)
# After a venue and its dash, when the event is: a weekday and its date or hour ("Saturday 16 April, 7 p.m.:"),
# or a weekly day ("every Wednesday"); not a police log's place and the bare day it happened ("Mill Lane –
# Saturday, a van was taken").
_LATIN_WHEN_AFTER_A_VENUE = re.compile(rf"(?:{_LATIN_WEEKLY}(?:{LATIN_WEEKDAY.pattern})|(?:{LATIN_WEEKDAY.pattern}),? [0-9])", re.IGNORECASE)
_MIN_WHATS_ON_ENTRIES = 2


def _whats_on_line(line: str) -> bool:
    """A what's-on entry's first line: a venue, a wide space (or a dash, in Latin script) and when
    the event is, or the day and a wide space (or a dash) before the venue. "澧岚剧院　3月19日（周六）晚7时，…",
    "Harbour Hall – Saturday 16 April, 7 p.m.: …", "5月21日（周六）　县剧场，…", "Saturday 9 May – Town Hall, …"."""
    if _DAY_LED_ENTRY.match(line):
        return True
    venue = _RUNIN_ITEM.match(line)
    if venue is not None:
        return _whats_on_entry(venue["text"])
    if _LATIN_DAY_LED_ENTRY.match(line):
        return True
    dashed = _DASHED_RUN_IN_HEAD.match(line)
    return dashed is not None and _LATIN_WHEN_AFTER_A_VENUE.match(line[dashed.end() :]) is not None


def _whats_on_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line over two what's-on entries or more (`_whats_on_line`) is the column's label,
    its headline: the column is one article, a paragraph an entry (holdout87's what's-on box),
    though the label stands solid under a review's last line. Before: "…周一闭馆。" / "本周演出" /
    "　　市文化馆　4月2日（周六）晚7时，…" / "　　江滨书屋　4月3日（周日）下午3时，…", the label a
    heading of the review and the entries its paragraphs; after: HEADLINE "本周演出" over them.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.BODY, "展期到4月30日。"), b(Kind.SHORT, "本周演出"), b(Kind.BODY, "市文化馆　4月2日（周六）晚7时，民乐专场。"),
    ...     b(Kind.BODY, "江滨书屋　4月3日（周日）下午3时，读诗会。"))
    >>> [x.kind.value for x in _whats_on_labels(page)]
    ['body', 'headline', 'body', 'body']
    >>> [x.kind.value for x in _whats_on_labels(page[:3])][1]  # one entry: no column
    'short'
    >>> stops = (b(Kind.SHORT, "桂园广场"), b(Kind.ROW, "7月26日（周二）　9:00—16:00"), b(Kind.ROW, "7月30日（周六）　9:00—16:00"))
    >>> [x.kind.value for x in _whats_on_labels(stops)][0]  # a stop's name over its hours: a timetable's
    'short'
    """
    out = list(blocks)
    # (each block's run of text up to the next head, an entry's wrapped lines may be rows of their own,
    # and the entries counted as prefix sums: one pass, however long the page)
    run_end = [len(blocks)] * (len(blocks) + 1)
    for k in range(len(blocks) - 1, -1, -1):
        run_end[k] = run_end[k + 1] if blocks[k].kind in (Kind.BODY, Kind.ROW) else k
    is_entry = [_whats_on_line(x.lines[0]) for x in blocks]
    entries_before = list(itertools.accumulate(is_entry, initial=0))
    for i, label in enumerate(blocks[:-1]):
        end = run_end[i + 1]
        if (
            label.kind in (Kind.SHORT, Kind.BODY) and len(label.lines) == 1 and not ends_sentence(label.text)
            and display_width(label.text) <= _BOX_NAME_WIDTH and not is_entry[i]
            and is_entry[i + 1] and i + 1 < end and entries_before[end] - entries_before[i + 1] >= _MIN_WHATS_ON_ENTRIES
        ):
            out[i] = label.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _runin_item_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A column of briefs whose heads are run in (`_RUNIN_ITEM`): each head becomes a headline
    of its own over its item's text, so that every item is a story under its head (and signs
    off on its own "（通讯员　王丽）"), where two items or more on the page are set so. A headline,
    not a short line: under a brief's text a short line would be read as a subhead of it.

    Before: BODY "　　城关镇老旧小区改造完工　本月中旬，" / "城关镇东街、北门两个老旧小区改造工程" / …
    (all the briefs one story under the column's head "乡镇简讯", each head in its paragraph).
    After: HEADLINE "城关镇老旧小区改造完工" / BODY "本月中旬，" / "城关镇东街、…", and so for each item.

    >>> column = (Block(("乡镇简讯",), 1, gap=1, kind=Kind.SHORT),
    ...     Block(("城关镇老旧小区改造完工　本月中旬，城关", "镇两个老旧小区改造工程全部完工。"), 2, indent=True, kind=Kind.BODY),
    ...     Block(("马鞍乡猕猴桃首次出口　11月22日，一辆", "冷链货车从马鞍乡出发，运往广州。"), 4, indent=True, kind=Kind.BODY))
    >>> [(b.kind.value, b.text) for b in _runin_item_heads(column)][1:3]
    [('headline', '城关镇老旧小区改造完工'), ('body', '本月中旬，城关\\n镇两个老旧小区改造工程全部完工。')]
    >>> len(_runin_item_heads(column[:2])) == 2  # one alone: not a column of briefs
    True
    """
    items = {i: item for i, block in enumerate(blocks) if (item := _runin_item(block, blocks[i + 1] if i + 1 < len(blocks) else None))}
    # A column's first brief under its label may tell first when ("周六故事会　每周六上午10点，…") where the
    # brief set apart under it is run in on a head of its own: a column of briefs, not a what's-on list.
    for i in range(1, len(blocks) - 1):
        label, below = blocks[i - 1], blocks[i + 1]
        if i not in items and i + 1 in items and label.kind is Kind.SHORT and len(label.lines) == 1 and label.gap and below.gap and not _whats_on_entry(items[i + 1][1][0]):
            if item := _runin_item(blocks[i], below, when_first=True):
                items[i] = item
    if len(items) < _MIN_RUNIN_ITEMS:
        return blocks
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        if i not in items:
            out.append(block)
            continue
        head, lines = items[i]
        out.append(Block((head,), block.start, gap=block.gap, indent=block.indent, kind=Kind.HEADLINE, mark=block.mark))
        out.append(Block(lines, block.start, gap=0, kind=Kind.BODY))
        skip = block.kind is Kind.SHORT  # the bullet's line took the rest of its item from the block under it
    return tuple(out)


def _listings_panels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A TV or radio listings panel (a heading, channel names, time and programme lines, the
    "以电视台播出为准" notice) is furniture, though a column break set it inside a story's
    sentence: a run of short lines printed together, many of them opening with a time.

    Before: SHORT "今日荧屏" / SHORT "中央一套（CCTV-1）" / SHORT "12:00　新闻30分" / … between
    "…用生疏的家乡话" and "和父母隔空聊天。". After: all FURNITURE, so the sentence joins across them.
    """
    out = list(blocks)
    start = 0
    while start < len(out):
        end = start + 1
        while end < len(out) and out[end].gap == 0:
            end += 1
        lines = [line for block in out[start:end] for line in block.lines]
        inside = next((out[k] for k in range(start - 1, -1, -1) if out[k].kind is not Kind.FURNITURE), None)
        # (under its own page's head, not inside a sentence, a listing is the story: "今日影讯" over a cinema's rows)
        cut = inside is not None and inside.kind is Kind.BODY and not ends_sentence(inside.lines[-1])
        # (a Latin sentence cut so goes on in lower case under the panel: a line over it in sentence
        # case that the text under it does not finish is the listing's head, "Sa ki asou radyo jòdi-a")
        after = next((b for b in out[end:] if b.kind is not Kind.FURNITURE), None)
        cut = cut and (latin_ratio(inside.text) < 0.5 or after is not None and first_letter(after.text).islower())
        timed = sum(bool(_LISTING.match(line)) for line in lines) if cut else 0  # (counted only inside a cut sentence)
        if cut and timed >= _MIN_LISTINGS and 2 * timed >= len(lines) and all(display_width(line) <= _LISTING_WIDTH for line in lines):
            for j in range(start, end):
                out[j] = out[j].with_(kind=Kind.FURNITURE)
        start = end
    return tuple(out)


def _channels_over_programmes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A day's listings, each channel's name flush over its programmes (a time and one title a
    row; a table's rows may have taken a name with a figure, "竹風有線第3台", or a frequency,
    "综合广播　FM 95.8"), make each channel an article titled by its name (holdout70's reading),
    not a heading of one story under the label over them: the label reads as a briefs column's,
    and glued under a story's last line it is no paragraph of that story. So too the picks' label
    glued under the last row, over heads that open on their time, each flush over its blurb.

    Before (holdout156's Rarámuri page): BODY "Kíte ra'ichá" (the story's last paragraph) / SHORT "Radio Bawichi 98.3 FM" / ROW
    "06:00 Kuira ba" / … / BODY "We gará" / BODY "07:00 Radio Bawichi – Ochérame ra'ichá" ⏎ blurb
    (the channels HEADINGs of one story, the picks its rows). After: SHORT label, HEADLINE channels,
    SHORT picks' label, SHORT pick's head over its BODY blurb.

    >>> b = lambda text, kind, gap=0: Block(tuple(text.split("/")), 1, gap=gap, kind=kind)
    >>> page = (b("The fair opens at noon.", Kind.BODY, 1), b("On air today", Kind.BODY), b("Radio Kestrel 97.1 FM", Kind.SHORT),
    ...         b("06:00 Morning Call", Kind.ROW), b("07:00 News (R)", Kind.ROW), b("Channel 5", Kind.SHORT, 1), b("19:00 News", Kind.ROW),
    ...         b("20:00 Film: The Ford", Kind.ROW), b("Our picks", Kind.BODY), b("19:00 Channel 5 – News/The council votes.", Kind.BODY))
    >>> [x.kind.value for x in _channels_over_programmes(page)]
    ['body', 'short', 'headline', 'row', 'row', 'headline', 'row', 'row', 'short', 'short', 'body']
    >>> cinemas = (b("Rex", Kind.SHORT, 1), b("10:20　长河落日　2D　35元", Kind.ROW), b("13:45　雾城　2D　30元", Kind.ROW))
    >>> _channels_over_programmes(cinemas * 2) == cinemas * 2  # a cinema's rows go on with format and price
    True
    """

    def rows_end(i: int) -> int:
        j = i + 1
        while j < len(blocks) and blocks[j].gap == 0 and blocks[j].kind is not Kind.FURNITURE and all(_PROGRAMME_ROW.match(line) for line in blocks[j].lines):
            j += 1
        return j

    def a_label(block: Block) -> bool:
        return len(block.lines) == 1 and display_width(block.text) <= _LISTING_WIDTH and not ends_sentence(block.text) and not _LISTING.match(block.text)

    channels = [
        i for i, block in enumerate(blocks)
        if block.kind in (Kind.SHORT, Kind.BODY, Kind.ROW) and a_label(block)
        and sum(len(row.lines) for row in blocks[i + 1 : rows_end(i)]) >= _MIN_VENUE_ROWS
    ]
    if len(channels) < _MIN_VENUES or blocks[channels[0]].gap:
        # (a head set apart over the first channel, a blank line under it, titles one listing whose
        # channels are its headings, `_venues_over_listings`: "TV I KVELD" ⏎⏎ "NRK1" / "18.45 …")
        return blocks
    out = list(blocks)
    for i in channels:
        out[i] = blocks[i].with_(kind=Kind.HEADLINE)
        for j in range(i + 1, rows_end(i)):
            if blocks[j].kind is Kind.SHORT:
                out[j] = blocks[j].with_(kind=Kind.ROW)  # (the last row glued over a label reads as a head: "18:30　故事大王（重播）" / "今晚推荐")
    label = channels[0] - 1
    if label >= 0 and blocks[label].kind is Kind.BODY and a_label(blocks[label]):
        out[label] = blocks[label].with_(kind=Kind.SHORT)
    picks = rows_end(channels[-1])
    if picks + 1 < len(blocks) and blocks[picks].kind is Kind.BODY and a_label(blocks[picks]) and _LISTING.match(blocks[picks + 1].lines[0]):
        out[picks] = blocks[picks].with_(kind=Kind.SHORT)
        # (each pick's head flush over its blurb in one block, a blank line over the next: the head its own line)
        for j in range(picks + 1, len(blocks)):
            block = blocks[j]
            head = block.lines[0]
            if block.kind is Kind.BODY and len(block.lines) > 1 and _LISTING.match(head) and display_width(head) <= _LISTING_WIDTH and not ends_sentence(head):
                out[j] = [block.with_(lines=(head,), kind=Kind.SHORT), block.with_(lines=block.lines[1:], start=block.start + 1, gap=0)]
            elif block.kind is not Kind.BODY or block.gap:
                break
    return tuple(x for item in out for x in (item if isinstance(item, list) else (item,)))


def _venues_over_listings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two short lines or more, each set flush over its own run of timed rows (a cinema and its
    screenings, a channel and its programmes), are the listing's headings, not heads of stories
    of their own: the listing's head over the first one is its story's title.

    Before: SHORT "今日影讯" / SHORT "湄川影城（人民路店）" / BODY "10:20　长河落日　2D　35元" / … /
    SHORT "星光国际影院" / BODY "11:00　海上钢琴课　2D　32元" / … (each cinema a story, the
    listing's head its section). After: the cinemas HEADINGs of the story "今日影讯".

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("今日影讯", Kind.SHORT, 1), b("湄川影城", Kind.SHORT, 1), b("10:20　长河落日　35元", Kind.BODY), b("13:45　小猫警长　30元", Kind.BODY),
    ...         b("星光影院", Kind.SHORT, 1), b("11:00　雾城　32元", Kind.BODY), b("15:10　小猫警长　40元", Kind.BODY))
    >>> [x.kind.value for x in _venues_over_listings(page)]
    ['headline', 'heading', 'body', 'body', 'heading', 'body', 'body']
    >>> [x.kind.value for x in _venues_over_listings(page[:4])][1]  # one venue alone: a box's head
    'short'

    A table's header row, its column names set apart by wide spaces, between the list's head and
    its first venue is the table's first row, and the line above it the head (holdout107's ship
    movements under arriving and leaving heads). Before: HEADLINE "Ship   Flag   Berth   Time" (the
    list's head a kicker over it). After: ROW, and the head over it the HEADLINE.

    >>> page = (b("Port calls, 19 July", Kind.SHORT, 1), b("Ship          Flag      Berth  Time", Kind.SHORT, 1), b("Arriving", Kind.SHORT, 1),
    ...         b("Sea Wren      Panama    3      09.15", Kind.ROW, 1), b("Gull Star     Malta     1      11.40", Kind.ROW),
    ...         b("Leaving", Kind.SHORT, 1), b("Tern Bay      Liberia   2      13.00", Kind.ROW, 1), b("Sea Wren      Panama    3      22.45", Kind.ROW))
    >>> [x.kind.value for x in _venues_over_listings(page)][:3]
    ['headline', 'row', 'heading']
    """

    def timed_rows(i: int, named: bool, apart: bool) -> int:
        count = 0
        for block in blocks[i + 1 :]:
            # (with `named`, a list's rows of words; with `apart`, the first a blank line under the venue)
            # (rows a data panel made furniture are the panel's: holdout13's listings panel)
            # (a time and a show, or a show and its times: "«Ri ajq'ij» 18:00", `SHOWING_ROW`)
            listed = block.kind is Kind.ROW and not re.search(r"\d", block.text) if named else block.kind is not Kind.FURNITURE and all(
                _LISTING.match(line) or SHOWING_ROW.match(line) for line in block.lines
            )
            if block.gap > (apart and count == 0) or not listed:
                break
            count += len(block.lines)
        return count

    # (the lines a venue's name may be, one a block, narrow, no sentence: measured once for the three kinds of venue)
    names = [i for i, block in enumerate(blocks) if len(block.lines) == 1 and display_width(block.lines[0]) <= _LISTING_WIDTH and not ends_sentence(block.lines[0])]

    def venues_by(named: bool, apart: bool) -> list[int]:
        return [
            i
            for i in names
            # (a channel's name and number may read as a page's folio, "SABC 2", where a head stands over the
            # guide and a blank line under each venue; a folio read in over flush rows is one: holdout49's "Promet 7")
            if blocks[i].kind in ((Kind.SHORT, Kind.BODY, Kind.FURNITURE) if apart else (Kind.SHORT, Kind.BODY)) and timed_rows(i, named, apart) >= _MIN_VENUE_ROWS
        ]

    def head_of(venues: list[int]) -> int:
        # (a table's header row over the first venue is the table's, its head the line above it:
        # "Kappala ri Dérmaga, 19 Juli" / "" / "Kappala   Bandéra   Wattu" / "" / "Polé" / "" / "KM Sinar  Indonésia  06.30")
        head = venues[0] - 1 if venues else -1
        if head >= 1 and len(blocks[head].lines) == 1 and len(CELL_GAP.findall(blocks[head].text)) >= 2 and names_columns(blocks[head].text):
            return head - 1
        return head

    def under_a_head(venues: list[int]) -> bool:
        head = head_of(venues)
        # (not a section and its page read in over the first venue: holdout49's "Promet 7")
        return (
            len(venues) >= _MIN_VENUES and head >= 0 and len(blocks[head].lines) == 1 and blocks[head].kind in (Kind.SHORT, Kind.BYLINE, Kind.BODY)
            and not ends_sentence(blocks[head].text) and not blocks[head].text[-1:].isdigit()
        )

    venues = venues_by(named=False, apart=False)
    if len(venues) < _MIN_VENUES:
        # Venues a blank line over their timed rows ("SABC 2" / "" / "17:30 Zwa vhana…"), or schools over
        # their graduates' names, each a row of words ("Sta. Lucia High School" / "" / "Aquino, Maria Teresa C."),
        # are the list's headings only under the list's own head ("Ding Migtapus"); channels set so with no
        # head over them are boxes of their own (holdout70's TV page), and rows of figures under their
        # heads stay boxes of their own (holdout36's two lottery draws).
        venues = venues_by(named=False, apart=True)
        if not under_a_head(venues):
            venues = venues_by(named=True, apart=True)
            if not under_a_head(venues):
                return blocks
    out = list(blocks)
    for i in venues:
        out[i] = out[i].with_(kind=Kind.HEADING)
    head = head_of(venues)
    if head < venues[0] - 1:
        out[head + 1] = blocks[head + 1].with_(kind=Kind.ROW)
    if head >= 0 and blocks[head].kind in (Kind.SHORT, Kind.BYLINE, Kind.BODY) and len(blocks[head].lines) == 1 and not ends_sentence(blocks[head].text):
        out[head] = blocks[head].with_(kind=Kind.HEADLINE)
    return tuple(out)


def _chrome_line(lines: tuple[str, ...], n: int) -> bool:
    line = lines[n]
    if WEB_CHROME.match(line):
        return True
    return bool(_RELATED_HEAD.match(line)) and n + 1 < len(lines) and WEB_CHROME.match(lines[n + 1]) is not None


def _meta_items(part: Block, items: list[str]) -> list[Block]:
    """The writer first, then the source, so that the story under its headline takes both."""
    kinds = {"作者": Kind.BYLINE, "记者": Kind.BYLINE, "記者": Kind.BYLINE, "来源": Kind.SOURCE, "來源": Kind.SOURCE}
    made = [part.with_(lines=(item,), gap=0, kind=kinds.get(_META_ITEM.match(item).group("label"), Kind.FURNITURE)) for item in items]
    return sorted(made, key=lambda b: (b.kind is not Kind.BYLINE, b.kind is not Kind.SOURCE))


def classify(blocks: tuple[Block, ...], hard_wrapped: bool = False, latin: float | None = None) -> tuple[Block, ...]:
    """Give every block a kind and take layout markup (`#`, `□`) off the headings and bylines.

    On a hard-wrapped page a short line may be a paragraph's fragment, so Latin
    headlines there must look like headlines (capitals or Title Case); with one
    line per paragraph, a short unpunctuated line is a heading in any case.
    `latin`: the blocks' `latin_ratio`, where the caller has it: a text page's, measured on
    its text before grouping (the blocks hold its every line, less only white space).
    """
    # A layout format may already know a block's kind from where it is printed (a running
    # head in the page's top row) or from its own markup (a caption region): kept.
    classified = _whats_on_labels(_verdict_lines(_venues_over_listings(_channels_over_programmes(_listings_panels(_web_edition_chrome(_drawn_boxes(_navigation_lists(_layout_model_headings(
        _drawings_named_over_their_maker(_classified_in_turn(_captions_over_a_labelled_credit(_paper_credits_apart(_source_lines_over_text(blocks))), hard_wrapped))
    )))))))))
    classified = _slogans_under_the_running_head(_index_rows_under_their_label(_jumps_on_at_the_end(_jump_lines_run_in(_notice_numbers_run_in(classified)))))
    classified = _this_day_entries(_signatures_over_an_answer_label(classified))
    if (latin_ratio("".join(b.text for b in blocks)) if latin is None else latin) < 0.5:
        classified = _headlines_on_their_leads(_first_lines_at_the_indent(_leads_cut_in_the_byline(_byline_continuations(_standfirsts(_lines_of_verse(_stanzas_read_whole(_verse(_list_continued_notes(_list_order_notes(_pen_names_under_heads(_subheads_under_a_last_sentence(_signing_days(_end_bylines(_dashed_signatures(_sayings_over_their_speakers(_rows_of_cells(_sources_under_the_text(_credited_lines_apart(_commentator_labels_over_heads(classified))))))))))))))))))))
        # (a contributor's line under a head that asks, once the question reads as a head)
        classified = _answerers_between_chinese_turns(_head_lines_over_a_byline(_headline_cut_at_a_clause_mark(classified)))
        classified = _runin_item_heads(_letter_signatures(_affiliated_writers(_question_heads_set_apart(_question_heads_in_stacks(_question_heads_over_letters(_supplied_by_lines(_book_data_lines(_box_names_over_rows(_labelled_rows(_guide_entries(_event_fact_lines(_paper_name_lines(classified)))))))))))))
        classified = _dates_under_a_signer(_signed_pieces_under_a_signed_piece(_contact_paragraphs_wrapped_in_a_bracket(_officers_signing_a_notice(_notice_items_labels(_subheads_between_labelled_rows(_first_labelled_row_under_a_head(_labelled_rows_read_as_a_head(_bracketed_subheads_over_labelled_rows(classified)))))))))
        classified = _marked_list_items(_marked_brief_heads(_figures_over_labels(_charts_set_in(_captions_under_the_last_paragraph(_paragraph_openings_cut_by_a_column_break(_paragraph_openings_cut_by_a_caption(_artwork_labels(classified))))))))
        classified = _branch_office_at_the_foot(_foot_repeating_the_running_head(_desk_line_at_the_foot(_notes_on_the_piece(classified))))
        classified = _figure_rows_closing_items(_sentences_going_on_under_a_credit(_charts_credited_to_source_and_maker(classified)))
        classified = _piece_heads_glued_under_rows(_answerer_in_brackets_at_the_column_foot(_pros_and_cons_boxes(classified)))
        classified = _question_labels_over_lists(classified)
        return _table_labels_glued_under_a_paragraph(_ranges_wrapped_across_rows(_han_box_rows_cut_where_a_line_stops_short(_items_in_a_signed_ruled_box(_signed_poem_under_a_table(_log_labels_glued_under_a_last_sentence(_heads_over_the_years_of_a_life(_closing_lines_over_a_family_signature(_document_numbers_under_a_notice_head(_rows_boxes_glued_under_a_carried_tail(_box_heads_glued_under_a_carried_tail(_heads_glued_under_a_read_back_tail(_columns_named_like_papers(_fields_under_fields(_particle_headlines(_mastheads(_headlines_over_leads(_attributed_quotes(_text_before_jumps(classified)))))))))))))))))))
    classified = _reporting_credits(_imprint_at_the_foot(_data_sources_under_text(_briefs_opened_by_a_fist(_stanzas_of_one_length(_latin_book_data_lines(classified))))))
    classified = _latin_stanzas_under_a_poets_byline(classified)
    classified = _heads_over_a_continued_from_line(_captions_set_across(_page_flags(_ears_beside_a_nameplate(_ears_over_folio(_circulation_list_run_on(_top_day_and_folio_lines(_masthead_over_edition_line(_edition_lines(_jumps_under_cut_text(_credited_lines_apart(_running_fields_alone(_names_repeated_in_running_lines(_running_lines_of_the_top_fields(_desk_lines(_paper_name_lines(_rows_between_rows(_parts_of_a_list(_heads_under_a_credit(_credits_under_the_pages_label(_credits_in_an_unknown_word(_credits_atop_the_text(_initials_apart(_running_lines_inside_text(classified))))))))))))))))))))))))
    classified = _dashed_item_heads(_dashed_items_inside_a_block(_standing_heads_named_like_papers(_starred_item_heads(_run_in_brief_heads(_ads_read_into_a_sentence(_section_labels_under_the_running_head(classified)))))))
    classified = _deck_and_byline_under_a_head(_title_case_decks(_headline_second_lines(_cut_headlines_run_on(_capitals_run_on(_text_before_jumps(classified))))))
    classified = _writers_with_their_post(_kickers_over_obituary_heads(_scores_under_their_heads(_heads_over_place_leads(_heads_stacked_over_a_dateline_lead(_heads_stacked_over_bylines(_heads_set_apart_over_bylines(_headline_cut_at_a_clause_mark(_heads_over_bare_names(_head_lines_over_a_labelled_writer(_head_lines_cut_at_a_figure(_bare_names_in_their_heads_block(_heads_over_list_rows(_heads_glued_over_labels(_writers_by_an_unknown_by(_answerers_between_turns(_labelled_writers_atop_their_text(_names_over_emails(_byline_continuations(_writers_over_their_paper(_datelines_alone(_dated_openings_run_in(classified))))))))))))))))))))))
    # after the English lead-in heads, which take the short lines flush on their briefs first
    classified = _sentence_ends_under_a_caption(_sentence_case_heads_set_apart(_lead_in_heads(_notices_run_in_under_a_signature(_signatures(_heads_flush_on_a_sentence(_signature_lines_apart(_headlines_over_leads(_attributed_quotes(classified)))))))))
    if hard_wrapped:
        classified = _bylines_under_the_lead(_head_stacks_over_text(_heads_spaced_on_flush_pages(_heads_wider_than_the_column(_full_lines_over_a_dropped_caption(_sentences_wrapped_to_the_column(classified))))))
        classified = _lead_cut_short_under_its_byline(_lead_wrapped_under_a_kicker(classified))
    # what the head stacks left: a headline over text
    classified = _bylines_over_their_heads(_numbers_to_call(_heads_over_verse(_letter_heads_over_greetings(_sources_under_rows(_sitting_heads(_unnamed_credits(_datelines_under_bylines(_letters_place_and_date_under_its_head(_heads_after_a_wide_gap(_heads_under_a_box_kicker(_heads_glued_under_a_signature(classified))))))))))))
    classified = _heads_glued_under_a_spec_line(_question_heads_under_a_glued_label(_column_heads_stacked_under_a_carried_tail(_heads_glued_under_a_carried_tail(_heads_opening_the_text_under_a_carried_tail(_heads_read_into_a_carried_tail(_fields_under_fields(_foot_repeating_the_running_head(_sentences_closing_rows(classified)))))))))
    classified = _signers_with_a_degree(_signers_over_the_page_foot(_briefs_column_labels(_brief_texts_read_as_heads(_labels_glued_over_dateline_items(_heads_flush_under_a_label(_organisers_signing_a_memorial(_labels_over_a_remembered_name(_header_rows_under_a_box_head(classified)))))))))
    classified = _signed_for_a_body_at_the_foot(_label_and_head_glued_under_a_boxs_foot_rule(_head_lines_read_as_a_byline(_run_in_item_after_headed_briefs(_latin_labelled_runs(_latin_labelled_lines_apart(_items_in_a_signed_ruled_box(_fields_in_a_ruled_box(_head_lines_across_a_colon(classified)))))))))
    classified = _question_labels_over_lists(_log_labels_glued_under_a_last_sentence(_latin_dates_set_in_under_an_issuer(_place_and_date_under_a_signer(classified))))
    classified = _flush_heads_between_indented_paragraphs(classified)
    return _signed_poem_under_a_table(_foot_opening_on_the_papers_name(_places_over_name_and_figure_rows(_heads_set_apart_under_a_table(classified))))


def _question_labels_over_lists(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A fact box's label asked as a question, one short line over the box's first numbered or
    bulleted point ("你知道吗？" / "(1)热成像镜头拍的不是光…"), is the box's head, not a sentence of
    text: its question mark ends it like one, but no sentence stands alone over a list's first item.
    Before: BODY "你知道嗎？" (a paragraph of the feature above); after: SHORT, the box's title.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> box = (b(Kind.BODY, "你知道嗎？"), b(Kind.ROW, "一、台灣每年有感地震約一千次。"), b(Kind.ROW, "二、地震波分成P波和S波。"))
    >>> [x.kind.value for x in _question_labels_over_lists(box)]
    ['short', 'row', 'row']
    >>> [x.kind.value for x in _question_labels_over_lists((b(Kind.BODY, "为什么？"), b(Kind.BODY, "因为下雨了。")))]
    ['body', 'body']
    """
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        first = item_number(below.text) == 1 or bullet_of(below) in LIST_BULLETS
        if block.kind is Kind.BODY and len(block.lines) == 1 and block.text[-1:] in "？?" and display_width(block.text) <= _HEADLINE_WIDTH and first and below.gap == 0:
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


def _flush_heads_between_indented_paragraphs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Latin page whose paragraphs open on an indent, one short flush line that ends no
    sentence, flush under a paragraph that ended its sentence and over an indented paragraph, is a
    head in whatever case it is set (a crosshead in sentence case, "Where the clay comes from"), not
    a paragraph: no paragraph opens flush there, nor ends on no stop (`blocks._latin_head_over_an_indent`).

    >>> b = lambda text, indent: Block((text,), 1, indent=indent, kind=Kind.BODY)
    >>> run = (b("The kilns burn for two days.", True), b("Where the clay comes from", False), b("The families dig it out.", True))
    >>> [x.kind.value for x in _flush_heads_between_indented_paragraphs(run)]
    ['body', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.kind is Kind.BODY
            and len(block.lines) == 1
            and not block.indent
            and below.indent
            and below.gap == 0
            and above.kind is Kind.BODY
            and ends_sentence(above.text)
            and not ends_sentence(block.text)
            and block.text[-1:] not in ",;:"
            and block.text[:1].isupper()
            and display_width(block.text) <= _HEADLINE_WIDTH
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


# A poem's line, its label's or its title's: a phrase with no figure, no table's cell gap, no label's colon.
_POEM_LINE = re.compile(r"^(?!.*(?:\d|\s\s|\u3000)).*[^：:]$")
_POEM_NAME_WIDTH = 20  # display columns: the poet's bare name, no sentence
_MIN_POEM_LINES = 4  # label, title and two lines of verse at least
_POEM_HEAD_ENDS = SENTENCE_FINAL + ".,，、"  # a label, a title or a name ends on no mark


_TABLE_LABEL_WIDTH = 16  # display cells: "本周蔬果价", "當季蔬果行情"


def _table_labels_glued_under_a_paragraph(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A table's label printed straight under a paragraph's last line (no blank line, no indent:
    read as the paragraph's last line) and straight over the table's rows is the table's head:
    a few characters, no punctuation, no figure, under a line that ends no sentence (an info
    line's price, a list's last entry) — a sentence going on over rows would end on its stop or colon.

    Before: BODY "地址：福寿巷12号　营业时间：6:00—14:00" / "两人约44元" / "本周蔬果价" over ROW
    "品名　价格　哪里买". After: BODY "地址：…" / "两人约44元", SHORT "本周蔬果价" (the table's title,
    not run into the info line: "…44元本周蔬果价").

    >>> b = lambda kind, *lines: Block(lines, 1, kind=kind)
    >>> page = (b(Kind.BODY, "地址：福寿巷12号　营业时间：6:00—14:00", "两人约44元", "本周蔬果价"), b(Kind.ROW, "品名　价格　哪里买"))
    >>> [(x.kind.value, x.lines) for x in _table_labels_glued_under_a_paragraph(page)][:2]
    [('body', ('地址：福寿巷12号\u3000营业时间：6:00—14:00', '两人约44元')), ('short', ('本周蔬果价',))]
    >>> len(_table_labels_glued_under_a_paragraph((b(Kind.BODY, "价格比上周略有回落，具体如", "下表所示"), page[1])))  # a sentence going on
    2
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        label = block.lines[-1]
        if (
            block.kind is Kind.BODY and len(block.lines) >= 2
            and below is not None and below.kind is Kind.ROW and below.gap == 0
            and display_width(label) <= _TABLE_LABEL_WIDTH
            and not re.search(r"[\d\s。！？；，、：:;,.!?（）()「」“”]", label)
            and re.search(r"[\d元]$", block.lines[-2]) is not None
        ):
            out.append(block.with_(lines=block.lines[:-1]))
            out.append(Block((label,), block.start + len(block.lines) - 1, kind=Kind.SHORT))
            continue
        out.append(block)
    return tuple(out)


# A line breaking a span of hours or figures right after its dash: "营业时间：7:00—" over "20:00　两人约58元".
_RANGE_OPEN_AT_LINE_END = re.compile(r"\d[—–～~-]$")
_RANGE_GOES_ON = re.compile(r"^\d")


def _ranges_wrapped_across_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two lines read as rows (cells set apart by full-width spaces), the first breaking off right
    after a range's dash and the second going on with its figure, are one line set solid and
    wrapped at the measure, as an eatery's info line is printed: a paragraph of two lines, not
    two rows (no row ends on an open range). A Chinese line runs on with no space.

    Before: ROW "地址：吉庇巷21号　营业时间：7:00—" / ROW "20:00　两人约58元". After: BODY
    "地址：吉庇巷21号　营业时间：7:00—20:00　两人约58元".

    >>> b = lambda text: Block((text,), 1, kind=Kind.ROW)
    >>> [(x.kind.value, x.lines) for x in _ranges_wrapped_across_rows((b("地址：吉庇巷21号　营业时间：7:00—"), b("20:00　两人约58元")))]
    [('body', ('地址：吉庇巷21号\u3000营业时间：7:00—20:00\u3000两人约58元',))]
    >>> len(_ranges_wrapped_across_rows((b("枇杷　每斤15元　北峰果园"), b("蛏子　每斤28元　马尾码头"))))
    2
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None and above.kind is Kind.ROW and block.kind is Kind.ROW and block.gap == 0
            and len(above.lines) == 1 and len(block.lines) == 1
            and _RANGE_OPEN_AT_LINE_END.search(above.text) and _RANGE_GOES_ON.match(block.text)
        ):
            out[-1] = above.with_(lines=(above.text + block.text,), kind=Kind.BODY)
            continue
        out.append(block)
    return tuple(out)


def _signed_poem_under_a_table(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short poem set a blank line under a timetable's last row: its label, its title and its
    lines, flush, none with a cell gap or a figure, closed by the poet's bare name set flush right.
    A table ends where a line set apart that is no row stands; the label is the poem's (section or
    kicker), the line under it the title, each stanza one paragraph (a Chinese stanza keeps its
    printed lines, a Latin one's run on) and the name its byline, not rows of the table above.

    Before: ROW "《补锅》　石溪镇老礼堂　6月4日14:00" / SHORT "小诗" / SHORT "插秧" / SHORT "父亲倒退着走" / …
    / SHORT "舒禾苗" (set right): the table's last paragraphs. After: HEADING "小诗" (a label, never run
    into the title), SHORT "插秧", BODY "父亲倒退着走\n一行一行\n…", BYLINE "舒禾苗".

    >>> b = lambda text, kind=Kind.SHORT, gap=0, **kw: Block((text,), 1, gap=gap, kind=kind, **kw)
    >>> page = (b("Hall  Sat 6 p.m.", Kind.ROW), b("Songs", gap=1), b("River", Kind.ROW), b("River, river,", Kind.ROW), b("carry the boats,", Kind.ROW),
    ...         b("Amina Jilo", Kind.ROW, indent=True))
    >>> [(x.kind.value, x.lines) for x in _signed_poem_under_a_table(page)][1:]
    [('heading', ('Songs',)), ('short', ('River',)), ('body', ('River, river,', 'carry the boats,')), ('byline', ('Amina Jilo',))]
    >>> [x.kind.value for x in _signed_poem_under_a_table(page[:-1])]  # unsigned: no poem
    ['row', 'short', 'row', 'row', 'row']
    """
    out: list[Block | list[Block]] = list(blocks)
    i = 1
    while i < len(blocks):
        end = i
        stanzas: list[list[tuple[str, Block]]] = []  # each line with the block it was printed in
        while (
            blocks[i - 1].kind is Kind.ROW
            and blocks[i].gap > 0
            and end < len(blocks)
            and blocks[end].kind in (Kind.SHORT, Kind.BODY, Kind.ROW)
            and (end == i or blocks[end].gap <= 1)
            and not (blocks[end].indent or blocks[end].set_right)
            and all(_POEM_LINE.match(line) and display_width(line) <= _VERSE_LINE_WIDTH for line in blocks[end].text.split("\n"))
        ):
            if end == i or blocks[end].gap > 0 or "\n" in blocks[end].text:  # a stanza apart (`_verse` made one block of it)
                stanzas.append([])
            stanzas[-1].extend((line, blocks[end]) for line in blocks[end].text.split("\n"))
            end += 1
        name = blocks[end] if end < len(blocks) and stanzas and len(stanzas[0]) >= _MIN_POEM_LINES else None
        if (
            name is None
            or not (name.indent or name.set_right)
            or name.gap > 1
            or len(name.lines) != 1
            or display_width(name.text) > _POEM_NAME_WIDTH
            or _POEM_LINE.match(name.text) is None
            or name.text[-1:] in _POEM_HEAD_ENDS
            or any(line[-1:] in _POEM_HEAD_ENDS for line, _ in stanzas[0][:2])
        ):
            i = max(end, i + 1)
            continue
        (label, at), (title, under) = stanzas[0][:2]
        poem = [at.with_(lines=(label,), kind=Kind.HEADING), under.with_(lines=(title,), kind=Kind.SHORT, gap=0)]
        for n, stanza in enumerate([stanzas[0][2:], *stanzas[1:]]):
            lines = [line for line, _ in stanza]
            first = stanza[0][1]
            joined = tuple(lines) if latin_ratio("".join(lines)) >= 0.5 else ("\n".join(lines),)
            poem.append(first.with_(lines=joined, kind=Kind.BODY, gap=first.gap if n else 0))
        out[i] = [*poem, name.with_(kind=Kind.BYLINE)]
        out[i + 1 : end + 1] = [[]] * (end - i)
        i = end + 1
    return tuple(x for b in out for x in (b if isinstance(b, list) else [b]))


def _heads_set_apart_under_a_table(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set a blank line under the last row of a table printed flush under its label,
    over text set apart under it, heads the next piece: a table has no subhead under its rows, and
    the text under it is no row. (A list set apart under a piece's subhead, a recipe's ingredients,
    goes on into the piece's next subhead: "Ingredients" / "" / "2 kg yams" / "" / "Method".)

    Before: SHORT "Places at the school" / ROW "Total        94" / SHORT "Ask the head teacher" / BODY
    "Q: How many…? A: Some five hundred…" (the short line a subhead, the Q&A the table's last
    paragraphs). After: a HEADLINE.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Places at the school", Kind.SHORT), b("Total        94", Kind.ROW, 0), b("Ask the head teacher", Kind.SHORT), b("Q: How many applied? A: Five hundred.", Kind.BODY))
    >>> [x.kind.value for x in _heads_set_apart_under_a_table(page)], _heads_set_apart_under_a_table((page[0], page[1].with_(gap=1), *page[2:]))[2].kind.value
    (['short', 'row', 'headline', 'body'], 'short')
    """
    out = list(blocks)
    for i in range(2, len(out) - 1):
        block, text = out[i], out[i + 1]
        if not (out[i - 1].kind is Kind.ROW and block.kind is Kind.SHORT and len(block.lines) == 1 and block.gap >= 1 and text.kind is Kind.BODY):
            continue
        first = i - 1
        while first > 0 and out[first - 1].kind is Kind.ROW and out[first].gap == 0:
            first -= 1
        if first > 0 and out[first].gap == 0 and out[first - 1].kind in (Kind.SHORT, Kind.HEADLINE):
            out[i] = block.with_(kind=Kind.HEADLINE)
    return tuple(out)


# A Latin list's row: a name in words, a run of spaces, a figure of one to three digits (an age, a
# count): "Alvīne Kārkliņa       90", "Jon Berg     85".
_NAME_AND_FIGURE_ROW = re.compile(r"^[^\W\d_][^\d]{1,40}?\S {2,}\d{1,3}$")
# Or a name, a run of spaces and a place of a word to three (an island, a village): "Tiare
# Baraniko      Abemama", "Ana Lopa     San Juan" (holdout118's Kiribati awardees by school).
_NAME_AND_PLACE_ROW = re.compile(r"^[^\W\d_][^\d]{1,40}?[^\W\d_] {2,}[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$")
# A place's name over such rows: a word to three, letters only (a hyphen, an apostrophe).
_PLACE_OVER_ROWS = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,2}$")


def _places_over_name_and_figure_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two place names or more (`_PLACE_OVER_ROWS`), each set apart over rows of a name and a
    figure aligned by spaces (`_NAME_AND_FIGURE_ROW`, flush under one another), one after the other,
    split a list into parts: each name a heading of the list, each row a paragraph, as
    `_bracketed_subheads_over_labelled_rows` takes a Chinese box's (named
    `_places_over_name_and_figure_rows`). A one-line head over the list's lead-in (a line ending
    on a colon) heads the list, under a story that ended its sentence or under the page's furniture.

    Before: "…kūlõbõd.“" / "Jõvvõ sindimpǟvaks!" / "" / "Jūlijs pidūbõd sūrõ sindimpǟva:" / "" /
    "Kūolka" / "" / "Alvīne Kārkliņa       90" / "Kārlis Zēbergs        85" / "" / "Irē" / "" /
    "Grieta Šmite          95" … (holdout117's Livonian birthday list: its head the story's last
    paragraph, "Irē" the title of a story of its own, a flush row dropped as furniture). After: the
    list's head its title, the villages its headings, each row a paragraph. So too a head glued
    under a story's last sentence straight over the first part, and rows of a name and a place:
    "…aia reirei.”" / "Ataei aika a anaa te buoka" / "" / "Nanotasi High School" / "" / "Tiare
    Baraniko      Abemama" … (holdout118's Kiribati awardees by school; before, the rows a title,
    a kicker and a section). After: the head the list's title, the schools headings, rows paragraphs.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "They sang, and all went home."), b(Kind.BODY, 0, "Happy birthday!"), b(Kind.BODY, 1, "In July they turn:"),
    ...         b(Kind.BODY, 1, "Kolka"), b(Kind.BODY, 1, "Anna Berg       90"), b(Kind.FURNITURE, 0, "Jon Lind        85"),
    ...         b(Kind.SHORT, 1, "Mazirbe"), b(Kind.BODY, 1, "Grete Smit      95"))
    >>> [x.kind.value for x in _places_over_name_and_figure_rows(page)]
    ['body', 'headline', 'body', 'heading', 'row', 'row', 'heading', 'row']
    >>> [x.kind.value for x in _places_over_name_and_figure_rows(page[:6])]  # one place: no parts
    ['body', 'body', 'body', 'body', 'body', 'furniture']
    >>> page = (b(Kind.BODY, 1, "They came home."), b(Kind.SHORT, 0, "Prize winners"), b(Kind.SHORT, 1, "Hill School"),
    ...         b(Kind.SHORT, 1, "Ana Lopa     San Juan"), b(Kind.SHORT, 1, "Lake College"), b(Kind.SHORT, 1, "Tom Reyes    Bayan"))
    >>> [x.kind.value for x in _places_over_name_and_figure_rows(page)]
    ['body', 'headline', 'heading', 'row', 'heading', 'row']
    """
    out = list(blocks)
    heads: list[int] = []
    i = 0
    while i < len(blocks) - 1:
        head, first = blocks[i], blocks[i + 1]
        if not (
            head.kind in (Kind.SHORT, Kind.BODY) and len(head.lines) == 1 and head.gap >= 1 and _PLACE_OVER_ROWS.match(head.text)
            and first.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and first.gap >= 1 and _name_and_figure_row(first)
        ):
            i += 1
            continue
        k = i + 2
        while k < len(blocks) and blocks[k].gap == 0 and blocks[k].kind in (Kind.BODY, Kind.SHORT, Kind.ROW, Kind.FURNITURE) and _name_and_figure_row(blocks[k]):
            k += 1
        if heads and heads[-1] != -1 and not _rows_run_to(blocks, heads[-1], i):
            heads.append(-1)  # a break: the parts must follow one another
        heads.append(i)
        i = k
    parts = heads[: heads.index(-1)] if -1 in heads else heads
    if len(parts) < 2:
        return blocks
    for i in parts:
        out[i] = blocks[i].with_(kind=Kind.HEADING)
        k = i + 1
        while k < len(blocks) and (k == i + 1 or blocks[k].gap == 0) and _name_and_figure_row(blocks[k]):
            out[k] = blocks[k].with_(kind=Kind.ROW)
            k += 1
    lead_in, head = parts[0] - 1, parts[0] - 2
    if not blocks[lead_in].text.endswith(":"):
        head = lead_in  # no lead-in: the list's head stands straight over its first part
    if head >= 1 and (head == lead_in or blocks[lead_in].kind is Kind.BODY and len(blocks[lead_in].lines) == 1):
        top, above = blocks[head], blocks[_text_above(out, head)]
        if (
            top.kind in (Kind.BODY, Kind.SHORT) and len(top.lines) == 1 and not any(mark in top.text for mark in ".,;:")
            and latin_ratio(top.text) >= 0.5 and display_width(top.text) <= _LATIN_HEADLINE_WIDTH
            and (above.kind is Kind.FURNITURE or above.kind is Kind.BODY and ends_sentence(above.text))
        ):
            out[head] = top.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _name_and_figure_row(block: Block) -> bool:
    """One line of a list's row: a name, a run of spaces, a figure (`_NAME_AND_FIGURE_ROW`) or a
    place (`_NAME_AND_PLACE_ROW`)."""
    return len(block.lines) == 1 and any(row.match(block.text) for row in (_NAME_AND_FIGURE_ROW, _NAME_AND_PLACE_ROW))


def _rows_run_to(blocks: tuple[Block, ...], head: int, at: int) -> bool:
    """Every block between the place head `head` and block `at` is a row of its part."""
    return all(_name_and_figure_row(block) for block in blocks[head + 1 : at])


# Who signs for a body, after the formula "for the committee": a short word (and maybe an article)
# and the body's name, a colon, then the name and after a comma the post: "Kwa Kamati: Purity
# Kinya, Mwandĩki", "For Committee: Ann Lee, Secretary", "Pour le Bureau: Marc Roy, Président".
_SIGNED_FOR_A_BODY = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,3}(?: [a-zà-öø-ÿ]{1,3})? [A-ZÀ-ÖØ-Þ][^\W\d_]+: "
    r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [A-ZÀ-ÖØ-Þ][^\W\d_.]*\.?){1,3}, [A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [^\W\d_]+){0,2}$"
)


def _signed_for_a_body_at_the_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A notice signed for its body, on one line set apart under its last sentence and over the
    page's foot or end (`_SIGNED_FOR_A_BODY`), is the notice's byline (holdout93's ruling for a
    notice signed by its issuer), not its last paragraph (named `_signed_for_a_body_at_the_foot`).

    Before: "…arete kandi yawe ya ũmemba." / "" / "Kwa Kamati: Purity Kinya, Mwandĩki" / "" / foot
    (a paragraph; holdout114's Kimeru meeting notice). After: the line the byline.

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "Members bring their cards."), b(Kind.SHORT, "For Committee: Ann Lee, Secretary"), b(Kind.FURNITURE, "The Daily · p. 6"))
    >>> [x.kind.value for x in _signed_for_a_body_at_the_foot(page)]
    ['body', 'byline', 'furniture']
    >>> [x.kind.value for x in _signed_for_a_body_at_the_foot((page[0], b(Kind.SHORT, "Tickets: Town Hall, Main Street")))]
    ['body', 'short']
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        line, above = blocks[i], blocks[i - 1]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            line.kind in (Kind.SHORT, Kind.BODY)
            and len(line.lines) == 1
            and line.gap >= 1
            and (below is None or below.kind is Kind.FURNITURE)
            and above.kind is Kind.BODY
            and ends_sentence(above.text)
            and _SIGNED_FOR_A_BODY.match(line.text.strip()) is not None
        ):
            out[i] = line.with_(kind=Kind.BYLINE)
    return tuple(_issuer_and_place_date_at_the_foot(out))


def _issuer_and_place_date_at_the_foot(blocks: list[Block]) -> list[Block]:
    """A notice's issuer and its place-and-date row (`_PLACE_AND_DATE`), each a line set apart,
    in either order, under the notice's last sentence and over the page's foot or end: the issuer
    is the byline, the date row the notice's last paragraph (holdout93's ruling, holdout108's for a
    row naming its place). The issuer is a name and its post after a comma (`_NAME_AND_POST`:
    the date above it, French-style), or a body the notice's text opens on ("Kimvuka kia … kizayisa
    binkundi …", "the fund tells its members …").

    Before: "…sadisu ko." / "" / "Kimvuka kia Mavimpi kia Ngungu" / "" / "Mbanza-Ngungu, 15 Septembre
    2032" (a paragraph, the date a piece of its own) and "…munganga." / "" / "Kananga, 8 Octobre 2032" /
    "" / "Ilunga Mbuyi, Mukokeshi wa Kasa" (both a piece of their own; holdout116's Kikongo and Tshiluba
    notices). After: the byline and the notice's last paragraph.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> end = [b(Kind.BODY, 1, "Bring your card."), b(Kind.SHORT, 1, "Kananga, 8 Octobre 2032"), b(Kind.SHORT, 1, "Ilunga Mbuyi, Head of the Fund")]
    >>> [x.kind.value for x in _issuer_and_place_date_at_the_foot(end)]
    ['body', 'body', 'byline']
    >>> notice = [b(Kind.BODY, 1, "The Health Mutual of Ngungu tells its members:"), b(Kind.BODY, 1, "Pay by the 10th."),
    ...           b(Kind.SHORT, 1, "The Health Mutual of Ngungu"), b(Kind.SHORT, 1, "Mbanza-Ngungu, 15 Septembre 2032")]
    >>> [x.kind.value for x in _issuer_and_place_date_at_the_foot(notice)]
    ['body', 'body', 'byline', 'body']
    >>> [x.kind.value for x in _issuer_and_place_date_at_the_foot(notice[1:])]
    ['body', 'short', 'short']
    """
    foot = len(blocks)
    while foot > 0 and blocks[foot - 1].kind is Kind.FURNITURE:
        foot -= 1
    if foot < 3:
        return blocks
    first, second, above = blocks[foot - 2], blocks[foot - 1], blocks[foot - 3]
    if not (
        all(x.kind in (Kind.SHORT, Kind.BODY) and len(x.lines) == 1 and x.gap >= 1 for x in (first, second))
        and above.kind is Kind.BODY and ends_sentence(above.text)
    ):
        return blocks
    for date, issuer in ((first, second), (second, first)):
        name = issuer.text.strip()
        if _PLACE_AND_DATE.match(date.text.strip()) is None or not _date_line(date.text.strip()) or any(ch.isdigit() for ch in name) or ends_sentence(name):
            continue
        opens_the_text = len(name.split()) >= _ISSUER_WORDS and any(
            x.kind is Kind.BODY and x.text.startswith(name + " ") for x in blocks[max(0, foot - 2 - _ISSUER_TEXT_BLOCKS) : foot - 2]
        )
        if (date is first and _NAME_AND_POST.match(name)) or opens_the_text:
            out = list(blocks)
            out[blocks.index(issuer)], out[blocks.index(date)] = issuer.with_(kind=Kind.BYLINE), date.with_(kind=Kind.BODY)
            return out
    return blocks


# A signer's name and post: "Ilunga Mbuyi, Mukokeshi wa Kasa" (two or three capitalised words, a
# comma, a post of a word or four).
_NAME_AND_POST = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}, [A-ZÀ-ÖØ-Þ][\w'’-]+(?: [\w'’-]+){0,3}$")
_ISSUER_WORDS = 3  # a body's name the notice opens on: "Kimvuka kia Mavimpi kia Ngungu"
_ISSUER_TEXT_BLOCKS = 12  # how far up the notice's text may name it


def _head_lines_read_as_a_byline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head's last line opened by a preposition that is also a paper's word for "by" in lower
    case ("di", "de", "da": `EUROPEAN_BYLINE`), flush under the head and flush over the real byline
    (itself opened by a word for "by"), is the head's, not a second byline (named
    `_head_lines_read_as_a_byline`): a story has one byline line under its head.

    Before: "Musim tane padi doh mulo" / "di Pasir Mas" / "Oleh Nik Faridah Nik Hassan" (the title
    cut short, the byline "di Pasir Mas Oleh …"; holdout114's Kelantan Malay page). After: the
    title "Musim tane padi doh mulo di Pasir Mas", the byline "Oleh Nik Faridah Nik Hassan".

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 1, "Musim tane padi doh mulo"), b(Kind.BYLINE, 0, "di Pasir Mas"), b(Kind.BYLINE, 0, "Oleh Nik Faridah Nik Hassan"))
    >>> [(x.kind.value, x.lines) for x in _head_lines_read_as_a_byline(page)]
    [('short', ('Musim tane padi doh mulo', 'di Pasir Mas')), ('byline', ('Oleh Nik Faridah Nik Hassan',))]
    >>> len(_head_lines_read_as_a_byline(page[:2] + (b(Kind.BODY, 1, "Il testo."),)))
    3
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            out
            and out[-1].kind in (Kind.SHORT, Kind.HEADLINE)
            and block.kind is Kind.BYLINE
            and below is not None
            and below.kind is Kind.BYLINE
            and block.gap == 0
            and below.gap == 0
            and len(block.lines) == len(below.lines) == 1
            and block.text[:1].islower()
            and EUROPEAN_BYLINE.match(block.text.strip()) is not None
            and below.text[:1].isupper()
            and EUROPEAN_BYLINE.match(below.text.strip()) is not None
        ):
            out[-1] = out[-1].with_(lines=out[-1].lines + block.lines)
            continue
        out.append(block)
    return tuple(out)


# A Latin box's field opening its line: a label of one or two words from a capital (or a word and
# its number), a colon (the space after it an engine may drop), then its value: "Taimi:E tolu aho",
# "Tarikh: 19 hingga 20"; or a middle dot before a value from a capital or a figure, as a schedule
# sets its rows: "Wiki 6·Polio, Penta" (never a Catalan "Il·lusió", its middle dot inside a word).
# The value opens on no lower-case letter: a sentence's "Result: the bridge" runs on, and a book
# list's "Pisto: colección de poesías…" is an entry's title, not a box's field.
# Tesseract's eng model reads a schedule's middle dot as a hyphen or a dash between spaces ("Wiki
# 6 - Polio, Penta"; `_schedule_dot_read_as_a_dash`): taken as the dot, spaces both sides, never a
# hyphen inside a word ("Zeanuri-Gorbeia").
_LATIN_LABEL_OPENING = re.compile(r"^([^\W\d_][\w'’-]{1,15}(?: ?\d{1,3}| [^\W\d_][\w'’-]{0,15})?)(?:: ?| ?· ?| [-–] )([^\s:·])")
_MIN_LABELLED_OPENINGS = 2
# Lines at most in a field, its value wrapped: a family notice's "Verehelicht: Hr. …" running on
# for eight lines under its label is a paragraph of its own kind, not a box's row.
_MAX_FIELD_LINES = 3


def _opens_on_a_latin_label(line: str) -> bool:
    """Whether a line opens on a Latin label from a capital and its colon (`_LATIN_LABEL_OPENING`).

    >>> _opens_on_a_latin_label("Taimi:E tolu aho ma e lua po"), _opens_on_a_latin_label("Tarikh: 19 hingga 20 Disember")
    (True, True)
    >>> _opens_on_a_latin_label("the river rose: a metre"), _opens_on_a_latin_label("10:30 Mass"), _opens_on_a_latin_label("地址：府前巷3号")
    (False, False, False)
    >>> _opens_on_a_latin_label("Wiki 6·Polio, Penta"), _opens_on_a_latin_label("Anapozaliwa · BCG"), _opens_on_a_latin_label("Il·lusió i feina")
    (True, True, False)
    >>> _opens_on_a_latin_label("Pisto: colección de poesías gallegas")
    False

    The dot read as a dash between spaces (holdout51's Swahili
    vaccination box in hOCR: "Wiki 6 - Polis, Penta, PCV,"); a hyphen in a word is none:

    >>> _opens_on_a_latin_label("Wiki 6 - Polio, Penta"), _opens_on_a_latin_label("Anapozaliwa – BCG"), _opens_on_a_latin_label("Zeanuri-Gorbeia bidea")
    (True, True, False)

    A dateline's place in capitals before its dash opens a story, not a row (holdout111's
    Sassarese page: "SÀSSARI - Dumenigga è isthaddu abbertu" over "Platamona: 14,8 chilòmetri"):

    >>> _opens_on_a_latin_label("SÀSSARI - Dumenigga è isthaddu"), _opens_on_a_latin_label("APIA – E kamata te malaga")
    (False, False)
    """
    match = _LATIN_LABEL_OPENING.match(line)
    if match is not None and line[match.end(1):match.start(2)].strip() in ("-", "–") and match.group(1).isupper():
        return False  # a dateline's place in capitals and its dash, "SÀSSARI - Dumenigga…"
    return match is not None and match.group(1)[0].isupper() and not match.group(2).islower() and (line[match.end(1)] == ":" or not match.group(2).isalpha() or match.group(2).isupper())


def _latin_labelled_lines_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A block of text two of whose lines (or more) open on a Latin label and its colon holds a
    box's labelled fields set flush one under another, the layout's grouping (RapidOCR's lines
    grouped by their spacing, Tesseract's paragraphs) having read them as one paragraph, or as the
    tail of the story's last paragraph over the box: each labelled line opens a paragraph of its
    own, the lines under it its value's wrapped tail.

    Before (holdout85's Tokelauan travel box, RapidOCR): "Vaa:E tahi te malaga ina" / "vaiaho e lua
    mai Apia." / "Taimi:E tolu aho ma e lua po" / "Tau:$320ki te tagatae tahi," / "alu ma foki." one
    paragraph, "Taimi" and "Tau" run together; after: three. Before (holdout53's Malay craft fair):
    "…di pameran kraf hujung minggu ini" / "Tarikh:19 hingga 20 Disember" / "Masa:10 pagi hingga 6
    petang" one paragraph; after: the story's last sentence, then two fields.

    >>> box = Block(("Vaa: E tahi te malaga i", "nā vaiaho e lua.", "Taimi: E tolu aho", "Tau: $320 ki te tagata,", "alu ma foki."), 5, kind=Kind.BODY)
    >>> [b.lines for b in _latin_labelled_lines_apart((box,))]
    [('Vaa: E tahi te malaga i', 'nā vaiaho e lua.'), ('Taimi: E tolu aho',), ('Tau: $320 ki te tagata,', 'alu ma foki.')]
    >>> [b.start for b in _latin_labelled_lines_apart((box,))]
    [5, 7, 8]

    One such line in a paragraph is a sentence's word and its colon, or a caption's credit: kept;
    so are labelled lines whose value runs on past three lines (a family notice's "Verehelicht: Hr.
    …" over "Geboren: …", real13), or opens in lower case (a book list's "Pisto: colección…", real22).

    >>> text = Block(("The mayor said it plainly.", "Result: the bridge stays shut", "until May."), 9, kind=Kind.BODY)
    >>> _latin_labelled_lines_apart((text,)) == (text,)
    True
    """
    out: list[Block] = []
    for block in blocks:
        opening = [k for k, line in enumerate(block.lines) if k and _opens_on_a_latin_label(line)]
        if not (block.kind is Kind.BODY or _schedule_lines_taken_for_a_head(block, opening)) or len(opening) + _opens_on_a_latin_label(block.lines[0]) < _MIN_LABELLED_OPENINGS:
            out.append(block)
            continue
        cuts = [0, *opening, len(block.lines)]
        if any(b - a > _MAX_FIELD_LINES for a, b in zip(cuts, cuts[1:]) if _opens_on_a_latin_label(block.lines[a])):
            out.append(block)
            continue
        for n, (a, b) in enumerate(zip(cuts, cuts[1:])):
            piece = block.lines[a:b]
            kind = Kind.ROW if _opens_on_a_latin_label(piece[0]) else block.kind
            out.append(block.with_(lines=piece, kind=kind) if n == 0 else block.with_(lines=piece, start=block.start + a, gap=0, indent=False, kind=kind))
    return tuple(out)


def _head_lines_across_a_colon(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head's first line may end on its colon, the head going on flush under it in a shorter
    fragment over the byline ("Beach council says:" / "lights off in May" / "By …"): the two lines
    are one headline, not a line of text (a colon ends no head, so the layout read it as text)
    over a head of its own. Before: the first line a paragraph joined to the fragment, read as the
    deck under the kicker taken for the title; after: kicker "Conseil", title "Konsey ero kawana
    wa: lampu dapo weju poko".

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> stack = (b(Kind.SHORT, 1, "Council"), b(Kind.BODY, 0, "Beach council says:"), b(Kind.SHORT, 0, "lights off in May"), b(Kind.BYLINE, 0, "By Ann Lee"))
    >>> [(x.kind.value, x.lines) for x in _head_lines_across_a_colon(stack)][1:3]
    [('headline', ('Beach council says:', 'lights off in May')), ('byline', ('By Ann Lee',))]
    >>> _head_lines_across_a_colon((b(Kind.BODY, 0, "The mayor said it plainly."), *stack[1:])) == (b(Kind.BODY, 0, "The mayor said it plainly."), *stack[1:])  # under text: a sentence's
    True
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        above = out[-1] if out else None
        fragment, under = (blocks[i + 1], blocks[i + 2]) if i + 2 < len(blocks) else (None, None)
        if (
            fragment is not None
            and under is not None
            and block.kind is Kind.BODY
            and len(block.lines) == len(fragment.lines) == 1
            and block.text.endswith(":")
            and (above is None or block.gap or above.kind in (Kind.SHORT, Kind.HEADLINE, Kind.FURNITURE))
            and fragment.kind in (Kind.SHORT, Kind.BODY)
            and fragment.gap == 0
            and not ends_sentence(fragment.text)
            and display_width(fragment.text) <= display_width(block.text)
            and under.kind is Kind.BYLINE
        ):
            out.append(block.with_(lines=block.lines + fragment.lines, kind=Kind.HEADLINE))
            i += 2
            continue
        out.append(block)
        i += 1
    return tuple(out)


# A Latin box's field, whatever the case of its value: a label of a word or two, its colon (a
# French one spaced off it) and the value, "Objet : éclairage de la plage", "Tonas: lopo fe'u".
_BOXED_FIELD = re.compile(r"^[^\W\d_][\w'’-]{0,15}(?: [^\W\d_][\w'’-]{0,15})? ?: \S")
_MIN_BOXED_FIELDS = 3  # fields in a box: a notice's subject, place and time, not a sentence's word and its colon
_MAX_BOX_BLOCKS = 12  # blocks between a box's rules: a notice, not a page's stories between two rules


def _fields_in_a_ruled_box(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A notice boxed solid between two rule lines prints its fields flush, a line each, a label
    and its colon opening the line ("Subject: …", "Place: …", "Time: …"): each field is a row of
    the notice's text, its wrapped tail with it, whatever the case of its value (the box, not the
    capital, says it is a field). Flush short lines over nothing else read as heads: before,
    "Tonas: lopo fe'u nbi kuan ha" the notice's title and the next two fields its subtitle, or
    three fields one title; after, three paragraphs of the notice. The line flush under the top
    rule and over the first field is the notice's name, its headline: before, "Avis de
    consultation" a paragraph run into the field under it.

    >>> b = lambda kind, *lines: Block(lines, 1, kind=kind)
    >>> rule = b(Kind.SHORT, "==========")
    >>> box = (rule, b(Kind.SHORT, "Public Hearing"), b(Kind.SHORT, "Subject: the school roofs", "Place: town hall"), b(Kind.BODY, "Time: 9 a.m., all", "welcome."), rule)
    >>> [(x.kind.value, x.lines) for x in _fields_in_a_ruled_box(box)][1:4]
    [('headline', ('Public Hearing',)), ('row', ('Subject: the school roofs',)), ('row', ('Place: town hall',))]
    >>> _fields_in_a_ruled_box(box)[4].lines
    ('Time: 9 a.m., all', 'welcome.')
    >>> _fields_in_a_ruled_box(box[1:]) == box[1:]  # no rule over them: a story's lines
    True
    """
    rules = [len(b.lines) == 1 and RULE_LINE.match(b.text.strip()) is not None for b in blocks]
    cut: dict[int, list[Block]] = {}
    for top in (i for i, rule in enumerate(rules) if rule):
        foot = next((k for k in range(top + 1, min(len(blocks), top + _MAX_BOX_BLOCKS + 2)) if rules[k]), None)
        if foot is None or any(b.gap for b in blocks[top + 1:foot + 1]):
            continue
        inside = [(k, n) for k in range(top + 1, foot) for n, line in enumerate(blocks[k].lines) if _BOXED_FIELD.match(line)]
        if len(inside) < _MIN_BOXED_FIELDS:
            continue
        name = blocks[top + 1]
        if len(name.lines) == 1 and name.kind in (Kind.BODY, Kind.SHORT) and not _BOXED_FIELD.match(name.text) and not ends_sentence(name.text) and inside[0][0] == top + 2 and not inside[0][1]:
            cut[top + 1] = [name.with_(kind=Kind.HEADLINE)]  # the notice's name, flush under the rule over its fields
        for k in {k for k, _ in inside}:
            block = blocks[k]
            cuts = [0, *(n for kk, n in inside if kk == k and n), len(block.lines)]
            cut[k] = [
                block.with_(lines=block.lines[a:e], kind=Kind.ROW if _BOXED_FIELD.match(block.lines[a]) else block.kind, **({} if a == 0 else {"start": block.start + a, "gap": 0, "indent": False}))
                for a, e in zip(cuts, cuts[1:])
            ]
        held = top + 1  # the block whose last piece a tail joins
        for k in range(top + 2, foot):
            field = cut.get(held, [blocks[held]])[-1]
            if k not in cut and _field_wrapped_onto(field, blocks[k], display_width(blocks[top].text.strip())):
                cut[held] = [*cut.get(held, [blocks[held]])[:-1], field.with_(lines=field.lines + blocks[k].lines)]
                cut[k] = []
            else:
                held = k
    return tuple(piece for k, block in enumerate(blocks) for piece in cut.get(k, [block]))


_SIGNED_FOOT = 2  # the issuer set in over its date: "      Harbour Board" / "   Eastby, 3 May 2045"


def _items_in_a_signed_ruled_box(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A notice boxed solid between two rule lines and signed at its foot (the issuer set in over
    its date, a line each) prints its items flush, each a row of its text, labelled or not: the
    rules and the signature, not a colon, say it is a notice. The line flush under the top rule,
    ending no sentence, is its name. Before: "=====" / "Old photos wanted" / "Photos of the bay
    before 1980" / "Photos are scanned and given back" / "   Harbour Library" / "   Eastby, 3 May
    2045" / "=====" read as a kicker, a title and a subtitle running into the next column; after,
    the name a headline over two rows, the signature under them (`_fields_in_a_ruled_box` takes
    the boxes whose items open on their labels).

    >>> b = lambda kind, text, indent=False: Block((text,), 1, kind=kind, indent=indent)
    >>> rule = b(Kind.SHORT, "==========")
    >>> box = (rule, b(Kind.SHORT, "Old photos wanted"), b(Kind.SHORT, "Photos of the bay before 1980"), b(Kind.BODY, "Photos are scanned and given back"),
    ...        b(Kind.SHORT, "Harbour Library", True), b(Kind.SHORT, "Eastby, 3 May 2045", True), rule)
    >>> [x.kind.value for x in _items_in_a_signed_ruled_box(box)]
    ['short', 'headline', 'row', 'row', 'short', 'body', 'short']
    >>> _items_in_a_signed_ruled_box(box[:4] + box[6:]) == box[:4] + box[6:]  # not signed: a story's lines
    True
    """
    rules = [len(b.lines) == 1 and RULE_LINE.match(b.text.strip()) is not None for b in blocks]
    out = list(blocks)
    for top in (i for i, rule in enumerate(rules) if rule):
        foot = next((k for k in range(top + 1, min(len(blocks), top + _MAX_BOX_BLOCKS + 2)) if rules[k]), None)
        if foot is None or foot - top < _SIGNED_FOOT + 3 or any(b.gap for b in blocks[top + 1 : foot + 1]):
            continue
        name, items, signature = blocks[top + 1], range(top + 2, foot - _SIGNED_FOOT), blocks[foot - _SIGNED_FOOT : foot]
        issuer, date = signature
        # the date under the issuer may read as the page's own date line ("2045年11月20日"); the issuer over it says whose
        signed = all(len(x.lines) == 1 and (x.indent or x.set_right) for x in signature) and issuer.kind is not Kind.FURNITURE and (date.kind is not Kind.FURNITURE or any(d.search(date.text) for d in (DATE_CN, DATE_ROC, DATE_EN, DATE_ISO)))
        flush = all(not (blocks[k].indent or blocks[k].set_right) and (blocks[k].kind in (Kind.BODY, Kind.SHORT, Kind.FURNITURE) or _han_box_row(blocks[k])) for k in items)  # (no Latin labelled fields: `_fields_in_a_ruled_box`'s)
        if not (signed and flush and len(name.lines) == 1 and name.kind in (Kind.BODY, Kind.SHORT) and not ends_sentence(name.text)):
            continue
        out[top + 1] = name.with_(kind=Kind.HEADLINE)
        out[foot - 1] = blocks[foot - 1].with_(kind=Kind.BODY)  # the date: the notice's last line, not the issuer's second
        if issuer.kind is Kind.ROW:  # (a Han box's rows took the issuer set right among them)
            out[foot - 2] = issuer.with_(kind=Kind.SHORT)
        held = top + 2  # the row whose last line a wrapped tail joins ("When: Saturday, 18 May, 2" / "p.m.")
        measure = display_width(blocks[top].text.strip())  # (a Han line's cells are two: the rule's strokes full-width)
        for k in items:
            row = out[held].with_(kind=Kind.ROW)
            if k > held and (_field_wrapped_onto(row, blocks[k], measure) or _han_tail_wrapped_onto(row, blocks[k], 2 * measure)):
                out[held], out[k] = row.with_(lines=row.lines + blocks[k].lines), None
            else:
                out[k], held = blocks[k].with_(kind=Kind.ROW), k
    return tuple(x for x in out if x is not None)



# A Han line's first unbreakable piece: a run of figures or Latin letters, or a character with the
# closing marks no line may open on.
_HAN_LINE_OPENING = re.compile(r"[A-Za-z0-9.,:%/-]+|.[，。、；：！？）」』”]*")


def _han_box_rows_cut_where_a_line_stops_short(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """In a Han notice boxed between two rules (drawn a full-width cell a stroke, so the box's
    measure is twice the rule's width), a row's line that stops short of the measure, though the
    next line's opening would have fitted on it, ends its item: the next line opens another.
    Before: "免费座位：当天排队入场，额满为止" / "请勿携带玻璃瓶及宠物入场，离场时请将垃圾" / "带走。" one
    row, the second item run into the first; after, two rows.

    >>> rule = Block(("─" * 20,), 1, kind=Kind.SHORT)
    >>> row = Block(("免费座位：当天排队入场，额满为止", "请勿携带玻璃瓶及宠物入场，离场时请将垃圾", "带走。"), 2, kind=Kind.ROW)
    >>> [x.lines for x in _han_box_rows_cut_where_a_line_stops_short((rule, row, rule))][1:3]
    [('免费座位：当天排队入场，额满为止',), ('请勿携带玻璃瓶及宠物入场，离场时请将垃圾', '带走。')]
    >>> _han_box_rows_cut_where_a_line_stops_short((rule, row.with_(kind=Kind.BODY), rule))[1].lines == row.lines  # text, not a row
    True
    """
    rules = [len(b.lines) == 1 and RULE_LINE.match(b.text.strip()) is not None for b in blocks]
    cut: dict[int, list[Block]] = {}
    for top in (i for i, rule in enumerate(rules) if rule):
        foot = next((k for k in range(top + 1, min(len(blocks), top + _MAX_BOX_BLOCKS + 2)) if rules[k]), None)
        if foot is None or any(b.gap for b in blocks[top + 1 : foot + 1]):
            continue
        measure = 2 * display_width(blocks[top].text.strip())
        for k in range(top + 1, foot):
            block = blocks[k]
            if block.kind is not Kind.ROW or len(block.lines) < 2 or latin_ratio(block.text) >= 0.5:
                continue
            ends = [n + 1 for n, line in enumerate(block.lines[:-1]) if _han_line_stops_short(line, block.lines[n + 1], measure)]
            cuts = [0, *ends, len(block.lines)]
            cut[k] = [block.with_(lines=block.lines[a:e], **({} if a == 0 else {"start": block.start + a, "gap": 0, "indent": False})) for a, e in zip(cuts, cuts[1:])]
    return tuple(piece for k, block in enumerate(blocks) for piece in cut.get(k, [block]))


def _han_line_stops_short(line: str, below: str, measure: int) -> bool:
    """Whether a Han line ends short of the `measure` though the opening of the line `below` it
    (`_HAN_LINE_OPENING`) would have fitted on it: the printer ended an item there, not a line."""
    return _han_width(line) + _han_width(_HAN_LINE_OPENING.match(below).group()) <= measure


def _han_width(text: str) -> int:
    """A Han line's width in cells, its curly quotes and dashes (ambiguous in width) set full-width
    as a Chinese font sets them: "生产的“青雀”电" is 14, not 12."""
    return display_width(text) + sum(ch in "“”‘’—…" for ch in text)


def _han_box_row(block: Block) -> bool:
    """A Han box's line already read as a row, or a labelled one read as a writer's line:
    "地点：市图书馆一楼", "主讲：林　岚" (the speaker's line, no byline of the box's)."""
    return (
        len(block.lines) == 1 and latin_ratio(block.text) < 0.5
        and (block.kind is Kind.ROW or (block.kind is Kind.BYLINE and _LABELLED_ROW.match(block.text) is not None))
    )


def _han_tail_wrapped_onto(row: Block, block: Block, measure: int) -> bool:
    """Whether `block` is the wrapped tail of a Han box's row, split off as a row of its own: the
    row's last line fills the `measure` and ends no sentence, no label opens the tail, and the
    tail is set flush.
    Before: "内容：七十年代以前河湾区街景、戏院和码头" / "的相片" two rows; after, one."""
    return (
        latin_ratio(row.text) < 0.5 and not ends_sentence(row.text) and bool(block.text.strip()) and block.gap == 0 and not (block.indent or block.set_right)
        and block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and _LABELLED_ROW.match(block.lines[0]) is None
        and not _han_line_stops_short(row.lines[-1], block.lines[0], measure)
    )

def _field_wrapped_onto(field: Block, block: Block, measure: int) -> bool:
    """Whether `block` is the wrapped tail of a boxed notice's field, split off as a line of its
    own (a date line, a short line): the field's last line could not have held the tail's first
    word within the box's `measure` (its rule's width), so the printer broke it there. Before:
    "Andau: Senin, 29 Juni 2043 – Jumat, 3" / "Juli 2043, jam 08.00–13.00." two rows, the first
    taken for a date line; after, one. A short field ("Nbi: Kantor Dewan" over "Ma sekau? …"), a
    field ending its sentence, a line opening on its own label or number, or a line set in (the
    issuer at the box's foot) is no tail."""
    word = block.lines[0].split(maxsplit=1)[0] if block.text.strip() else ""
    return (
        field.kind is Kind.ROW
        and _BOXED_FIELD.match(field.lines[0]) is not None
        and not ends_sentence(field.text)
        and block.kind in (Kind.BODY, Kind.SHORT, Kind.FURNITURE)
        and block.gap == 0
        and not (block.indent or block.set_right)
        and bool(word)
        and display_width(field.lines[-1]) + 1 + display_width(word) > measure
        and not _BOXED_FIELD.match(block.lines[0])
        and not _LATIN_NUMBERED_ITEM.match(block.lines[0])
    )


def _schedule_lines_taken_for_a_head(block: Block, opening: list[int]) -> bool:
    """Whether a short block (read as a head or a kicker) is a box's schedule, every line of it a
    label, its dot and a value: "Abenduak 20·Gorbeia (Zeanuri)" / "Urtarrilak 10 ·Txindoki
    (Larraitz)" / "Urtarrilak 24·Anboto (Urkiola)" (holdout51's Basque outings box, RapidOCR),
    before one head over nothing, after three rows. A head of one line, or of lines not all
    labelled ("Gaur: Mendira" / "joan gara"), stays a head.

    >>> rows = Block(("Abenduak 20·Gorbeia (Zeanuri)", "Urtarrilak 10 ·Txindoki (Larraitz)"), 1, kind=Kind.SHORT)
    >>> _schedule_lines_taken_for_a_head(rows, [1]), _schedule_lines_taken_for_a_head(rows.with_(lines=("Gaur: Mendira", "joan gara")), [])
    (True, False)
    """
    return block.kind is Kind.SHORT and len(block.lines) >= _MIN_LABELLED_OPENINGS and len(opening) == len(block.lines) - 1 and _opens_on_a_latin_label(block.lines[0])


_MIN_RUN_ROWS = 4  # labelled lines in a run: a notice's box, not a sentence's word and its colon
_ROW_WORDS = 8  # words at most in such a row: a label and a short value


def _latin_labelled_runs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Four Latin lines or more set flush one under another (no blank line between them), each a
    label of a word or two, a colon and a short value (`_LATIN_LABELLED_ROW`), are a notice's box
    of rows, one a row, whatever the case of a value ("Nguru: ɓaleejo…"), and however the layout
    grouped them (a short row ends a Latin paragraph, so each row under it stands alone and reads
    as a head).

    Before (a lost-horse notice): BODY "Nguru: ɓaleejo, daneere e hoore" / "Duubi: 6", SHORT
    "Nokku: Gede, ɓadii Podor", SHORT "Joom mum: Haaruuna Sal", SHORT "Noddu: 77 412 36 58" (the
    last rows heads of the story above). After: five ROWs.

    >>> b = lambda gap, kind, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> box = (b(1, Kind.BODY, "Farbe: braun, weißer Fleck", "Alter: 7"), b(0, Kind.SHORT, "Ort: Sulzfeld"), b(0, Kind.SHORT, "Halter: Hans Maier"))
    >>> [(x.kind.value, x.text) for x in _latin_labelled_runs(box)]
    [('row', 'Farbe: braun, weißer Fleck'), ('row', 'Alter: 7'), ('row', 'Ort: Sulzfeld'), ('row', 'Halter: Hans Maier')]
    >>> [x.kind.value for x in _latin_labelled_runs(box[1:])]  # three are not enough
    ['short', 'short']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and _rows_block(blocks[end]) and (end == i or blocks[end].gap == 0):
            end += 1
        if sum(len(block.lines) for block in blocks[i:end]) < _MIN_RUN_ROWS:
            out.append(blocks[i])
            i += 1
            continue
        for block in blocks[i:end]:
            for k, line in enumerate(block.lines):
                out.append(block.with_(lines=(line,), kind=Kind.ROW) if k == 0 else block.with_(lines=(line,), start=block.start + k, gap=0, indent=False, kind=Kind.ROW))
        i = end
    return tuple(out)


def _rows_block(block: Block) -> bool:
    """A block whose every line is a short Latin labelled row (`_latin_labelled_runs`)."""
    return block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and all(
        _LATIN_LABELLED_ROW.match(line) is not None and len(line.split()) <= _ROW_WORDS and not ends_sentence(line) for line in block.lines
    )


_SIGNER_AT_THE_FOOT_WORDS = (1, 5)  # a desk's, a department's or a family's name: "Sɛbɛnnikɛlaw", "Fishriz Dipaatment", "Charley pe Dowd tillikums"


def _signers_over_the_page_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line of a few words, no sentence, set apart under the page's last story's text or
    rows and over nothing but the page's foot, signs that story: its byline, not a head over
    nothing nor a paragraph. "…Laisns      kip it pan di bot" / "" / "Fishriz Dipaatment" / "" /
    "Di Wesside Nyooz ◊ 22 Kraal Rohd…" (holdout83's Belize Kriol rules box) and "…kopa nesika
    tumtum." / "" / "Charley pe Dowd tillikums" (holdout93's Chinook memorial notice): before, a
    paragraph of its own. So is one word under a sentence's end, the editors signing a correction:
    "…an ka kalanbagaw fɛ." / "" / "Sɛbɛnnikɛlaw" / "" / foot (holdout118's Dyula `Latilenni`;
    before, a paragraph, read as text as it is a word of text).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.ROW, 0, "Egg         no tek lobsta wid egg"), b(Kind.SHORT, 1, "Fishriz Dipaatment"), b(Kind.FURNITURE, 1, "Di Wesside Nyooz ◊ nyooz@example.bz"))
    >>> [x.kind.value for x in _signers_over_the_page_foot(page)]
    ['row', 'byline', 'furniture']
    >>> [x.kind.value for x in _signers_over_the_page_foot(page[:1] + (b(Kind.SHORT, 1, "Fishriz Dipaatment"), b(Kind.BODY, 0, "Di rulz stan."), page[2]))]
    ['row', 'short', 'body', 'furniture']
    >>> [x.kind.value for x in _signers_over_the_page_foot((b(Kind.BODY, 1, "We regret the error."), b(Kind.BODY, 1, "Toimitus"), page[2]))]
    ['body', 'byline', 'furniture']
    """
    foot = len(blocks)
    while foot > 0 and blocks[foot - 1].kind is Kind.FURNITURE:
        foot -= 1
    i = foot - 1
    if foot == len(blocks) or i < 1:
        return blocks
    block, above = blocks[i], blocks[i - 1]
    words = block.text.split()
    if not (
        (block.kind is Kind.SHORT or block.kind is Kind.BODY and len(words) == 1)  # (one word reads as text)
        and (len(words) > 1 or ends_sentence(above.text))
        and len(block.lines) == 1 and block.gap >= 1 and above.kind in (Kind.BODY, Kind.ROW)
        and _SIGNER_AT_THE_FOOT_WORDS[0] <= len(words) <= _SIGNER_AT_THE_FOOT_WORDS[1] and first_letter(block.text).isupper()
        and not ends_sentence(block.text) and not any(ch.isdigit() or ch in ":;,|·•◊" for ch in block.text) and not block.text.isupper()
        and latin_ratio(block.text) >= 0.5
    ):
        return blocks
    return (*blocks[:i], block.with_(kind=Kind.BYLINE), *blocks[i + 1 :])


# A professional's degree after a signer's name, as lawyers, doctors and accountants sign an
# answer or a column across Latin papers: "S.H." and "M.H." (Indonesian law degrees), "Esq.",
# "Ph.D.", "M.D.", "LL.B.", "CPA"; one or more, each after a comma.
_DEGREES_AFTER_A_NAME = re.compile(r"(?:,\s(?:S\.H\.|M\.H\.|S\.E\.|M\.Si\.|M\.Kn\.|Esq\.|Ph\.D\.|M\.D\.|LL\.[BM]\.|J\.D\.|CPA))+$")
# A lawyer's title before the name: "Atty. Rosa Lim" (Philippine papers).
_ATTORNEY = "Atty. "


def _name_with_a_degree(text: str) -> bool:
    """A signer's name with a lawyer's or a doctor's degree after it (`_DEGREES_AFTER_A_NAME`) or
    the title "Atty." before it, perhaps after a label's word and colon ("Pengacara:", "lawyer").

    >>> _name_with_a_degree("Pengacara: Ani Rumbewas, S.H."), _name_with_a_degree("Tomas Reyes, Esq."), _name_with_a_degree("Atty. Rosa Lim")
    (True, True, True)
    >>> _name_with_a_degree("Tomas Reyes, Manila"), _name_with_a_degree("Harga naik, S.H."), _name_with_a_degree("Atty. fees")
    (False, False, False)
    """
    words = text.split()
    if words and _label_word(words[0]):
        words = words[1:]
    name = " ".join(words)
    degrees = _DEGREES_AFTER_A_NAME.search(name)
    if degrees is not None:
        name = name[: degrees.start()]
    elif name.startswith(_ATTORNEY):
        name = name[len(_ATTORNEY) :]
    else:
        return False
    return _capitalised_name(name.split())


def _signers_with_a_degree(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A name with its degree or the lawyer's title (`_name_with_a_degree`) on a line of its own,
    flush or a blank line under text that ends its sentence, with no text under it (the page's
    foot, a rule, the next head, or nothing), signs the piece above: a Q&A's answering lawyer,
    a doctor's column. Its byline, not its last paragraph.

    Before: BODY "J: Tanah adat dijual lewat musyawarah." / SHORT "Pengacara: Ani Rumbewas, S.H." /
    FURNITURE (a paragraph, on an indent-only page where no blank line set it apart). After: BYLINE.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "J: Tanah adat dijual lewat musyawarah."), b(Kind.SHORT, 0, "Pengacara: Ani Rumbewas, S.H."), b(Kind.FURNITURE, 1, "Warta Biak · 3"))
    >>> [x.kind.value for x in _signers_with_a_degree(page)], [x.kind.value for x in _signers_with_a_degree(page[:2] + (b(Kind.BODY, 1, "Tanah adat dijual."),))]
    (['body', 'byline', 'furniture'], ['body', 'short', 'body'])
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        block, above = blocks[i], blocks[i - 1]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and block.gap <= 1
            and above.kind is Kind.BODY and ends_sentence(above.text)
            and (below is None or below.kind is not Kind.BODY)
            and _name_with_a_degree(block.text)
        ):
            out[i] = block.with_(kind=Kind.BYLINE)
    return tuple(out)


_LABEL_OVER_A_HEAD_WORDS = 3  # a column's label: "Smɔl Nyus", "Pyetje për patentën"
_HEAD_UNDER_A_LABEL_WORDS = 10  # a head of a line or two, not a paragraph's sentence
_FLUSH_HEAD_END = re.compile(r"(?:[^\W_]|\?)$")  # no stop, or a question's mark


def _heads_flush_under_a_label(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin column's label (three words or fewer, no stop), a head of a line or two flush under
    it that ends on no stop or asks a question, and the text a blank line under that: the label
    and the head are a head group (the label the head's kicker or section, `segment`), not a title
    over a paragraph that stops short. A paragraph ends on its stop, and text set apart by a blank
    line does not open straight under a head.

    Before: "Pyetje për patentën" the title, "Sa herë mund ta bëjë provimin / me makinë?" a
    paragraph of its text. After: both short lines; "Smɔl Nyus" / "Nyu rod fɔ Luba dɔn opin"
    the same, the head no longer read into the item's text.

    >>> b = lambda lines, kind, gap=1: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(("Pyetje për patentën",), Kind.HEADING), b(("Sa herë mund ta bëjë provimin", "me makinë?"), Kind.BODY, 0),
    ...         b(("Pyetje: Vajza ime bëri provimin me", "makinë dy herë."), Kind.BODY))
    >>> [x.kind.value for x in _heads_flush_under_a_label(page)][:2]
    ['short', 'short']
    >>> page = (page[0], b(("Sa herë mund ta bëjë provimin", "me makinë."), Kind.BODY, 0), page[2])
    >>> [x.kind.value for x in _heads_flush_under_a_label(page)][:2]
    ['heading', 'body']

    A label in capitals is left to the kickers' rules: "FOE RINKS" / "Blocks desiring to have" is a
    notice's head over its text cut by the engine (real17's Topaz Times, 1944), not a head group.

    >>> page = (b(("FOE RINKS",), Kind.HEADLINE), b(("Blocks desiring to have",), Kind.BODY, 0), b(("their ice rink filled with.",), Kind.BODY))
    >>> [x.kind.value for x in _heads_flush_under_a_label(page)][:2]
    ['headline', 'body']

    The label may itself be glued under the story's last words carried past the running foot
    (`_label_glued_under_a_carried_tail`): "Guovdátj · Sijdda" / "" / "juoligin,” Páve javllá." /
    "Ruoná sáhka" / "Ådå bussa skåvllåj" / "" / "Suohkan…". Before, label and head read into the
    story's last paragraph with the item's text; after, the two a head group over the item.

    >>> page = (b(("“Mij vuolgep dasi ahte”",), Kind.BODY), b(("Guovdátj · Sijdda",), Kind.FURNITURE), b(("juoligin,” Páve javllá.",), Kind.BODY),
    ...         b(("Ruoná sáhka",), Kind.BODY, 0), b(("Ådå bussa skåvllåj",), Kind.BODY, 0), b(("Suohkan biedjá ådå bussa.",), Kind.BODY))
    >>> [x.kind.value for x in _heads_flush_under_a_label(page)][2:]
    ['body', 'short', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        label, head, text = out[i - 1], out[i], out[i + 1]
        words = head.text.split()
        if (
            (label.kind in (Kind.HEADLINE, Kind.HEADING, Kind.SHORT) or _label_glued_under_a_carried_tail(out, i - 1))
            and len(label.lines) == 1
            and 1 <= len(label.text.split()) <= _LABEL_OVER_A_HEAD_WORDS
            and label.text[-1:].isalnum()
            and not label.text.isupper()  # (a label in capitals over a head: `segment._capitals_kicker`'s)
            and head.kind is Kind.BODY
            and head.gap == 0
            and len(head.lines) <= 2
            and 3 <= len(words) <= _HEAD_UNDER_A_LABEL_WORDS
            and _FLUSH_HEAD_END.search(head.text) is not None
            and not re.search(r"[,;:]", head.text)
            and text.kind is Kind.BODY
            and text.gap >= 1
            and latin_ratio(label.text + head.text) >= 0.5
        ):
            out[i - 1], out[i] = label.with_(kind=Kind.SHORT), head.with_(kind=Kind.SHORT)
    return tuple(out)


def _label_glued_under_a_carried_tail(blocks: list[Block], i: int) -> bool:
    """blocks[i] is a line of text flush under a story's last words carried past the running head
    or foot (a line or two set apart under the furniture, ending the sentence): where a head
    flush under it follows (`_heads_flush_under_a_label`), a column's label glued to the story."""
    if i < 2:
        return False
    furniture, tail, label = blocks[i - 2], blocks[i - 1], blocks[i]
    return (
        label.kind is Kind.BODY
        and label.gap == 0
        and tail.kind is Kind.BODY
        and tail.gap >= 1
        and len(tail.lines) <= _CARRIED_TAIL_LINES
        and ends_sentence(tail.text)
        and furniture.kind is Kind.FURNITURE
    )


# An item's text opening on its place in capitals and a spaced dash: "KUDGO – …", "SAINT PIERRE-PORT – …".
_PLACE_IN_CAPITALS_OPENING = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ʻ-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ʻ-]+){0,3} [–—] \S")


def _labels_glued_over_dateline_items(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A column's label (three words or fewer, no stop, not in capitals) printed straight under a
    story's last sentence, over an item's head flush under it, whose text a blank line below opens
    on a place in capitals and a spaced dash (`_PLACE_IN_CAPITALS_OPENING`): a briefs column glued
    under the story. The label is a short line of the column's head group (its section or kicker,
    `segment`), not the story's last paragraph: no paragraph ends on a line of two words with no
    stop set flush over a head, and the items' datelines say that news begins under it.

    Before: "…wakat ning tʋʋmdã sẽn kẽnda.”" / "Gʋvɛrnema kibay" (a paragraph of the story) /
    "Lekoll a yiibu paalse Kudgo" / "" / "KUDGO – Gʋvɛrnema…". After: the label a short line over
    the item's head.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Bunsi a yeelame tɩ b na n kẽnda.”", Kind.BODY), b("Komin kibay", Kind.BODY, 0),
    ...         b("Lekoll paalg Kaya", Kind.SHORT, 0), b("KAYA – Gʋvɛrnema na n yik lekoll.", Kind.BODY))
    >>> [x.kind.value for x in _labels_glued_over_dateline_items(page)]
    ['body', 'short', 'short', 'body']

    Text under the head that opens on no place in capitals leaves the line to the story:

    >>> page = page[:3] + (b("Gʋvɛrnema na n yik lekoll.", Kind.BODY),)
    >>> [x.kind.value for x in _labels_glued_over_dateline_items(page)]
    ['body', 'body', 'short', 'body']

    Or the item's text flush under its head, and the next brief under it a one-line head set apart
    over its text flush under it (`_next_brief_set_apart`), no dateline needed. Before: "…janiw
    wawanakax mich'unkaniti sapxiwa." / "Juk'ut yatiyu" / "Waka qulliri purini" / "Waka qulliri
    Tupi markaru…" / "" / "Irpa q'ipi puriti" / "Lima marka…" (holdout151's Jaqaru briefs: label,
    head and text read into the story's last paragraph). After: label and head a short line each
    over the first brief's text.

    >>> page = (b("Yachachiqkuna kusisqa kachkanku.", Kind.BODY), b("Uchuy willakuy", Kind.BODY, 0), b("Mayu chaka allichasqa", Kind.BODY, 0),
    ...         b("Mayu chaka kunan p'unchaw kichakun.", Kind.BODY, 0), b("Musuq radio", Kind.HEADLINE), b("Radio sapa p'unchaw willan.", Kind.BODY, 0))
    >>> [x.kind.value for x in _labels_glued_over_dateline_items(page)][:4]
    ['body', 'short', 'short', 'body']
    >>> [x.kind.value for x in _labels_glued_over_dateline_items(page[:4])][:4]  # no brief after it: the story's
    ['body', 'body', 'body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 2):
        above, label, head, text = out[i - 1], out[i], out[i + 1], out[i + 2]
        if (
            label.kind is Kind.BODY
            and label.gap == 0
            and len(label.lines) == 1
            and 1 <= len(label.text.split()) <= _LABEL_OVER_A_HEAD_WORDS
            and label.text[-1:].isalpha()
            and not label.text.isupper()
            and above.kind is Kind.BODY
            and ends_sentence(above.lines[-1])
            and head.kind in (Kind.SHORT, Kind.BODY)
            and head.gap == 0
            and len(head.lines) <= 2
            and 3 <= len(head.text.split()) <= _HEAD_UNDER_A_LABEL_WORDS
            and not ends_sentence(head.text)
            and text.kind is Kind.BODY
            and (
                text.gap >= 1 and _PLACE_IN_CAPITALS_OPENING.match(text.text) is not None
                or text.gap == 0 and _next_brief_set_apart(out, i + 3)
            )
            and latin_ratio(label.text + head.text) >= 0.5
        ):
            out[i], out[i + 1] = label.with_(kind=Kind.SHORT), head.with_(kind=Kind.SHORT)
    return tuple(out)


def _briefs_column_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A briefs column's label, a line of a word to four with no stop, flush over its first
    brief's one-line head (as short) over the brief's text, under a sentence's end or a table's last row:
    the column's label (SHORT), not a paragraph's last line. A hard-wrapped page reads a short
    line in lower case after its first word as a fragment of text.

    Before: "…the season opener." / "In short" / "Volleyball" / "The girls' team won 3–1…"
    made "In short" a paragraph and "Volleyball" the story's subhead. After: the label over
    its first brief's head, each brief a story of its own.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Rovers play Town on Sunday.", Kind.BODY), b("In short", Kind.BODY), b("Volleyball", Kind.SHORT), b("The girls' team won 3–1 at home.", Kind.BODY))
    >>> [x.kind.value for x in _briefs_column_labels(page)]
    ['body', 'short', 'short', 'body']
    >>> page = (b("Rovers play Town on", Kind.BODY), b("Sunday at home", Kind.BODY)) + page[2:]  # a sentence going on
    >>> [x.kind.value for x in _briefs_column_labels(page)]
    ['body', 'body', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 2):
        above, label, head, text = blocks[i - 1 : i + 3]
        if (
            label.kind is Kind.BODY
            and head.kind in (Kind.SHORT, Kind.BODY)
            and text.kind is Kind.BODY
            and not head.gap
            and not text.gap
            and _briefs_head(label)
            and _briefs_head(head)
            and (above.kind is Kind.BODY and ends_sentence(above.lines[-1]) or above.kind in (Kind.BODY, Kind.ROW) and is_table_row(above.lines[-1]))
            and ends_sentence(text.text)
        ):
            out[i], out[i + 1] = label.with_(kind=Kind.SHORT), head.with_(kind=Kind.SHORT)
            # the column's next briefs, each head set apart over its short text, take the first's shape
            j = i + 3
            while j + 1 < len(blocks) and blocks[j].gap and _briefs_head(blocks[j]) and _brief_text(blocks[j + 1]):
                out[j], out[j + 1] = blocks[j].with_(kind=Kind.SHORT), blocks[j + 1].with_(kind=Kind.BODY)
                j += 2
    return tuple(out)


def _briefs_head(block: Block) -> bool:
    """A briefs column's label or a brief's head: one line of a word to four, a capital first, no stop."""
    return len(block.lines) == 1 and len(block.text.split()) <= 4 and block.text[:1].isupper() and block.text.rstrip()[-1:].isalpha()


def _brief_text(block: Block) -> bool:
    """A brief's text flush under its head: three lines at most, ending its sentence."""
    return block.kind in (Kind.BODY, Kind.SHORT) and not block.gap and len(block.lines) <= 3 and ends_sentence(block.text)


def _brief_texts_read_as_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On an indent-only page, a short text at the paragraph indent ending its sentence, flush
    under a one-line head set apart and flush left, where the item above it is a head over its
    text at the indent the same way: the brief's text (a paragraph), not a second head line. A
    head is flush left and stops on no stop; the brief's text wraps short and stops.

    Before: "Kpɔlu-tii" / "    Totota pɛrɛ-kpɔlu-tii kaa kilomita" / "feerɛ yɛlɛ-kpanaŋ." / "" /
    "Bɔɔlu" / "    Gbarnga bɔɔlu-kpanaŋ-nuai kaa Salala" / "ma Sunday." (holdout151's Kpelle briefs:
    the last text SHORT, read as a head, the item run into the one above). After: a paragraph
    under its head, an item of its own.

    >>> b = lambda text, kind, gap, indent: Block((text, "ma pɛlɛ."), 1, gap=gap, indent=indent, kind=kind)
    >>> h = lambda text: Block((text,), 1, gap=1, kind=Kind.SHORT)
    >>> page = (h("Kɔlɔ-tii"), b("Suakoko kɔlɔ-tii kaa kilomita feerɛ", Kind.BODY, 0, True), h("Wúru"), b("Totota wúru-nuai kaa", Kind.SHORT, 0, True))
    >>> [x.kind.value for x in _brief_texts_read_as_heads(page)]
    ['short', 'body', 'short', 'body']
    >>> page = page[:3] + (b("Totota wúru-nuai kaa", Kind.SHORT, 0, False),)  # flush: a head's second line
    >>> [x.kind.value for x in _brief_texts_read_as_heads(page)]
    ['short', 'body', 'short', 'short']
    """
    out = list(blocks)
    for i in range(3, len(blocks)):
        text, head, above, above_head = blocks[i], blocks[i - 1], blocks[i - 2], blocks[i - 3]
        if (
            text.kind is Kind.SHORT
            and text.indent
            and text.gap == 0
            and len(text.lines) <= 3
            and ends_sentence(text.text)
            and _flush_one_line_head_set_apart(head)
            and above.kind is Kind.BODY
            and above.indent
            and above.gap == 0
            and _flush_one_line_head_set_apart(above_head)
            and latin_ratio(text.text) >= 0.5
        ):
            out[i] = text.with_(kind=Kind.BODY)
    return tuple(out)


def _flush_one_line_head_set_apart(block: Block) -> bool:
    """A brief's head: one line, flush left, a blank line over it, no stop at its end."""
    return (
        block.kind in (Kind.HEADLINE, Kind.SHORT)
        and block.gap >= 1
        and not block.indent
        and len(block.lines) == 1
        and not ends_sentence(block.text)
    )


def _next_brief_set_apart(blocks: list[Block], j: int) -> bool:
    """blocks[j] is the next brief of a column: a head of one line set apart (a headline or a
    short line, a blank line over it) over its text flush under it. Where the first item's text
    stands flush under its head, the items after it in that shape say the briefs begin there
    (`_labels_glued_over_dateline_items`), as their datelines do elsewhere."""
    if j + 1 >= len(blocks):
        return False
    head, text = blocks[j], blocks[j + 1]
    return (
        head.kind in (Kind.HEADLINE, Kind.SHORT)
        and head.gap >= 1
        and len(head.lines) == 1
        and not ends_sentence(head.text)
        and text.kind is Kind.BODY
        and text.gap == 0
    )


# A row a review's verdict box opens on its sign: a plus for what is good, a minus for what is not.
_SIGNED_ROW = re.compile(r"^[＋+➕✚－−➖][^\s＋+－−]")
# A row of a list box: a short first cell (a half-day, a name), a full-width space, the item; or
# a day with its weekday in brackets and its hours, two cells and no more ("7月26日（周二）　9:00—16:00",
# a schedule's row under its site's head; a programme's day of five cells is a table's row).
_CELLED_ROW = re.compile(r"^(?:[^\s\u3000]{1,6}\u3000+[^\s\u3000]|\d{1,2}月\d{1,2}日[（(][^\s\u3000（）()]{1,3}[）)]\u3000+[^\s\u3000]+$)")
# A contents list's row: a title, dot leaders run straight on it, its page ("老码头……3", "夜渡·····18").
_LEADER_ROW = re.compile(r"^[^\s\u3000…·.]{1,24}(?:…{2,}|·{4,}|\.{4,})\d{1,4}$")
# A row of a box that names one thing, a kind or an item, no cell, no figure, no clause: "支票存款",
# "共同基金、股票" (a coverage box's rows under its heads set apart, `_pros_and_cons_boxes`).
_ITEM_ROW = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff、·]{1,11}$")
_PROS_CONS_LABEL_WIDTH = 8  # display cells: "優點", "缺点", "好處": a word, no clause
_BOX_LABEL_WIDTH = 18  # a celled box's label: "任命", "1月11日（星期二）", a date with its weekday
_BOX_FIELD_ROW = re.compile(r"^[^\s：:。，]{1,8}[：:]\S")  # "建議售價：新臺幣12,990元", "評分：★★★★☆（4／5）"
_BOX_NOTE_ROW = re.compile(r"^[（(][^（）()]+[）)]$")  # "（日程如有调整，以大会通知为准）": the box's last row


# A table's unit line with no brackets: "单位：元/公斤", "單位：公噸" (the bracketed one is furniture);
# the unit may name what it measures in brackets after it: "单位：微克/立方米（PM2.5）".
UNIT_LINE = re.compile(r"^(?:单位|單位)[：:][^\s，。；（）()]{1,20}(?:[（(][^\s，。；（）()]{1,12}[）)])?$")
# One column's unit, the column named before it: "门幅单位：厘米", "價格單位：新臺幣元", "频率单位MHz",
# "时间为UTC" (a unit line only where the header row under it names that column, and one line may
# name several, a comma apart: "时间为UTC，频率单位MHz": `segment.unit_line_over_rows`).
# A Latin table's unit line: a currency or a unit named after "in" or "per" ("Prices in KSh",
# "All figures in USD", "Price per kg"), a unit line only over the table's header row.
LATIN_UNIT_LINE = re.compile(
    r"^[A-Z][a-z]+(?: [a-z]+){0,2} (?:in|per) (?:[KUT]Sh|R[sp]|[A-Z]{3}|[€$£¥₱₹]|(?:shilling|peso|dollar|euro)s?|kg|tonnes?|litres?|ha)\.?$"
)
COLUMN_UNIT_LINE = re.compile(r"^(?P<column>[\u4e00-\u9fff]{2,4})(?:(?:单位|單位)[：:]?|[为為])[^\s，。；（）()]{1,20}$")


def _piece_heads_glued_under_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of words read as a table's last row (set in cells as the rows are), flush under rows
    of figures and flush over a writer's line that signs the text under it, is the head of a
    signed piece glued under the table (an almanac's column under a tide table), not a row: no
    table is signed between its rows and its text. Before: "滿潮　21:16　133公分" / "霜降　柿子紅了"
    (a row) / "文／黃秀鳳" / "今天霜降，…"; after, "霜降　柿子紅了" a head over its byline.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("高潮　21:16　5.4米", Kind.ROW), b("冬至　汤圆当家", Kind.ROW), b("文／林　荷", Kind.BYLINE), b("今天冬至，家家煮汤圆。", Kind.BODY, 1))
    >>> [x.kind.value for x in _piece_heads_glued_under_rows(page)]
    ['row', 'short', 'byline', 'body']
    >>> [x.kind.value for x in _piece_heads_glued_under_rows(page[:3])]  # no text under the writer's line: the table's signer
    ['row', 'row', 'byline']
    """
    out = list(blocks)
    for i in range(1, len(out) - 2):
        block, above, writer, text = out[i], out[i - 1], out[i + 1], out[i + 2]
        if (
            block.kind is Kind.ROW
            and len(block.lines) == 1
            and block.gap == 0
            and not re.search(r"\d", block.text)
            and above.kind is Kind.ROW
            and re.search(r"\d", above.text) is not None
            and writer.kind is Kind.BYLINE
            and writer.gap == 0
            and text.kind is Kind.BODY
            and ends_sentence(text.text)
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


def _pros_and_cons_boxes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box with heads inside: its head, then short labels each over rows, every line a line of
    its own flush (or a blank line) under the last. The head is the box's title, the labels its
    headings, each line a row. Two shapes of rows, one shape a box:

    - a review's verdict box: labels ("優點", "缺點") over rows opening on a plus or a minus
      sign (both signs in the box), then labelled rows (the price, the rating) to its end;
    - a list box (`_CELLED_ROW`): labels (a kind, "任命" / "免去"; a day with its weekday,
      "1月11日（星期二）") over rows of a short first cell, a full-width space and the item
      ("柯明哲　市发展和改革委员会主任", "上午　开幕大会"), closed by a bracketed note row.

    Before: "Nova 8評測總結" / "優點" / "＋電池續航長" / "缺點" / "－夜拍雜訊多" / "評分：★★★★☆" all
    read as paragraphs of the review above. After: an article of its own, two headings.

    >>> lines = ("X5評測總結", "優點", "＋螢幕大", "＋電池耐用", "缺點", "－機身重", "評分：★★★☆☆")
    >>> out = _pros_and_cons_boxes(tuple(Block((t,), k, gap=0, kind=Kind.SHORT) for k, t in enumerate(lines)))
    >>> [b.kind.value for b in out]
    ['headline', 'heading', 'row', 'row', 'heading', 'row', 'row']

    One label over signed rows is a list, no verdict box: left alone.

    >>> out = _pros_and_cons_boxes(tuple(Block((t,), k, gap=0, kind=Kind.SHORT) for k, t in enumerate(lines[:4])))
    >>> {b.kind.value for b in out}
    {'short'}

    Before: "市政府人事任免" / "任命" (read as the byline) / "周文　市财政局局长" / "免去" (read as a
    paragraph) / "吴刚　市财政局局长职务" / "（常委会第五次会议通过）". After: the kinds headings, the
    rest rows; the day heads of an agenda box ("3月2日（星期一）" over "上午　开幕会") the same.

    >>> lines = ("市政府人事任免", "任命", "周文　市财政局局长", "免去", "吴刚　市财政局局长职务", "（常委会第五次会议通过）")
    >>> out = _pros_and_cons_boxes(tuple(Block((t,), k, gap=int(t[0] != "（"), kind=Kind.SHORT) for k, t in enumerate(lines)))
    >>> [b.kind.value for b in out]
    ['headline', 'heading', 'row', 'heading', 'row', 'row']
    >>> lines = ("会议日程", "3月2日（星期一）", "上午　开幕会", "下午　分组讨论", "3月3日（星期二）", "上午　闭幕会")
    >>> [b.kind.value for b in _pros_and_cons_boxes(tuple(Block((t,), k, gap=1, kind=Kind.SHORT) for k, t in enumerate(lines)))]
    ['headline', 'heading', 'row', 'row', 'heading', 'row']

    A table's header row of three column names or more over group heads is no box's head: the
    table's title stands over it (`Segmenter.header_row_over_a_group_head`). Before: "品种　单位　本周
    　上周　涨跌幅" / "水果" / "草莓　元/斤　12.00…" / "水产品" / "草鱼　元/斤　9.00…" made the header
    row a box's headline under the table's title, a kicker; after: left alone.

    >>> table = ("品种　单位　本周　上周　涨跌幅", "水果", "草莓　元/斤　12.00", "水产品", "草鱼　元/斤　9.00")
    >>> {b.kind.value for b in _pros_and_cons_boxes(tuple(Block((t,), k, gap=1, kind=Kind.SHORT) for k, t in enumerate(table)))}
    {'short'}

    - a contents list (`_LEADER_ROW`): part heads ("辑一　码头", a number and a name) over rows of a
      title, dot leaders and its page ("老码头……3"), an afterword's row under the last part's.

    Before (holdout121's contents list): "《河埠旧事》目录（节选）" / "辑一　码头" / "老码头……3" … /
    "辑二　船" / "我的第一条船……27" / "桐油……35" / "辑三　人家" … made the second part's rows a title
    and the part heads nothing. After: the part heads headings, every row a paragraph.

    >>> lines = ("《山居》目录", "卷一　春", "竹笋……3", "雨后……9", "卷二　秋", "柿子……15", "跋……21")
    >>> [b.kind.value for b in _pros_and_cons_boxes(tuple(Block((t,), k, gap=0, kind=Kind.SHORT) for k, t in enumerate(lines)))]
    ['headline', 'heading', 'row', 'row', 'heading', 'row', 'row']

    Lines cut short in a paragraph, or one label, are no box: left alone.

    >>> out = _pros_and_cons_boxes(tuple(Block((t,), k, gap=1, kind=Kind.SHORT) for k, t in enumerate(lines[:4])))
    >>> {b.kind.value for b in out}
    {'short'}
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        labels: list[int] = []
        rows: list[int] = []
        fields = False  # the labelled rows (or the note row) under the rows have begun: no more labels
        row_shape = None  # the first row's shape, the box's: `_SIGNED_ROW` or `_CELLED_ROW`
        k = i + 1
        while k < len(out) and len(out[k].lines) == 1 and out[k].kind in (Kind.SHORT, Kind.BODY, Kind.ROW):
            text = out[k].text
            if out[k].gap > (0 if row_shape is _SIGNED_ROW else 1):  # a list box may set its labels apart
                break
            shape = _SIGNED_ROW if _SIGNED_ROW.match(text) else _CELLED_ROW if _CELLED_ROW.match(text) else _LEADER_ROW if _LEADER_ROW.match(text) else None
            if shape is None and _ITEM_ROW.match(text) and not _set_apart_alone(out, k):
                shape = _ITEM_ROW  # (a line alone between blank lines is a label over such rows, no row)
            if shape is not None and labels and not fields and row_shape in (None, shape):
                rows.append(k)
                row_shape = shape
            elif (_BOX_FIELD_ROW.match(text) and (row_shape is _SIGNED_ROW or row_shape is _ITEM_ROW and out[k].gap == 0) or _BOX_NOTE_ROW.match(text) and row_shape is _CELLED_ROW and out[k].gap == 0) and k - 1 in rows:
                rows.append(k)
                fields = True
            elif (
                (k == i + 1 or k - 1 in rows and not fields)
                and display_width(text) <= (_PROS_CONS_LABEL_WIDTH if row_shape is _SIGNED_ROW else _BOX_LABEL_WIDTH)
                and not _CJK_STOP_INSIDE.search(text)
                and not _SIGNED_ROW.match(text)
            ):
                labels.append(k)
            else:
                break
            k += 1
        head = out[i]
        unit = i if i >= 1 and UNIT_LINE.match(head.text) and head.gap == 0 and out[i - 1].kind is Kind.SHORT and len(out[i - 1].lines) == 1 else None
        if unit is not None:
            # (a table's unit line heads no box: the title over it does, the unit its first row:
            # "慈心基金會121年度收支決算表" / "單位：新臺幣元" / "收入" / "捐款收入　78,215,430" …)
            head = out[i - 1]
        signed = {out[j].text[:1] for j in rows if _SIGNED_ROW.match(out[j].text)}
        verdict = (
            row_shape is _SIGNED_ROW and signed & set("＋+➕✚") and signed & set("－−➖")
            and all(out[j].gap == 0 and display_width(out[j].text) <= _PROS_CONS_LABEL_WIDTH for j in labels)
            and all(out[j].gap == 0 for j in rows)
        )
        # (a contents list's part heads may part their number from their name: "辑一　码头" over "老码头……3")
        listed = row_shape is _CELLED_ROW and not any("\u3000" in out[j].text or CELL_GAP.search(out[j].text) for j in labels) or row_shape is _LEADER_ROW
        # (a coverage box's heads stand alone between blank lines, each over a run of two item rows or more)
        listed = listed or row_shape is _ITEM_ROW and all(_set_apart_alone(out, j) and j + 2 in rows for j in labels)
        if (
            len(labels) >= 2 and labels[0] == i + 1 and all(j + 1 in rows for j in labels)
            and (verdict or listed)
            and head.kind is Kind.SHORT and len(head.lines) == 1 and not ends_sentence(head.text)
            and _cells(head.text) < 3  # (a table's header row of column names over its group heads heads no box: `Segmenter.group_head_over_rows`)
        ):
            if unit is not None:
                out[i - 1], out[i] = head.with_(kind=Kind.HEADLINE), out[i].with_(kind=Kind.ROW)
            else:
                out[i] = head.with_(kind=Kind.HEADLINE)
            for j in labels:
                out[j] = out[j].with_(kind=Kind.HEADING)
            for j in rows:
                out[j] = out[j].with_(kind=Kind.ROW)
            i = k
            continue
        i += 1
    return tuple(out)


def _set_apart_alone(blocks: list[Block], k: int) -> bool:
    """Whether a block stands between blank lines, above and below (the page's last block, above)."""
    return blocks[k].gap > 0 and (k + 1 == len(blocks) or blocks[k + 1].gap > 0)


def _header_rows_under_a_box_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's header row (`names_columns`) under the box's head and flush over its first row
    (a line of cells a wide space apart, `is_table_row`) is the box's first row, a paragraph, not
    its title under the head as kicker.

    Before (a fiesta programme): SHORT "Fiesta de San Roque" / SHORT "Día      Hora   Acto" /
    BODY "15 agosto  9:00   Misa" …: the header row the box's title, its head the kicker. After:
    the header row BODY, so the head is the box's title and the header its first paragraph.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 1, "Fiesta de San Roque"), b(Kind.SHORT, 1, "Día      Hora   Acto"), b(Kind.BODY, 0, "15 agosto  9:00   Misa"))
    >>> [x.kind.value for x in _header_rows_under_a_box_head(page)]
    ['short', 'body', 'body']
    >>> [x.kind.value for x in _header_rows_under_a_box_head(page[1:])]
    ['short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        head, header, row = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            head.kind is Kind.SHORT
            and len(head.lines) == 1
            and not CELL_GAP.search(head.text)
            and header.kind is Kind.SHORT
            and len(header.lines) == 1
            and names_columns(header.text)
            and row.kind in (Kind.BODY, Kind.ROW)
            and row.gap == 0
            and len(row.lines) == 1
            and is_table_row(row.text)
        ):
            out[i] = header.with_(kind=Kind.BODY)
    return tuple(out)


def _labels_over_a_remembered_name(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A memorial notice's label of a word or three (no sentence, no capital needed: "In memoria",
    "Mbu awôm") flush over the name it remembers and the life's years under the name is the
    notice's label, a head line, not a paragraph of the piece above (a hard-wrapped page takes a
    short line not in Title Case for a paragraph's fragment).

    Before: BODY "In memoria" / SHORT "Maria Rossi" / SUBTITLE "1931 – 2020": the label the last
    paragraph of the story over the notice. After: SHORT, the notice's kicker over its title.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.BODY, "In memoria"), b(Kind.SHORT, "Maria Rossi"), b(Kind.SUBTITLE, "1931 – 2020"))
    >>> [x.kind.value for x in _labels_over_a_remembered_name(page)]
    ['short', 'short', 'subtitle']
    >>> [x.kind.value for x in _labels_over_a_remembered_name((b(Kind.BODY, "She died in 2020."),) + page[1:])]
    ['body', 'short', 'subtitle']
    """
    out = list(blocks)
    for i in range(len(blocks) - 2):
        label, name, years = blocks[i : i + 3]
        if (
            label.kind is Kind.BODY
            and len(label.lines) == 1
            and len(label.text.split()) <= _MEMORIAL_LABEL_WORDS
            and label.text[-1:].isalpha()
            and name.kind is Kind.SHORT
            and name.gap == 0
            and len(name.lines) == 1
            and years.gap == 0
            and LIFE_YEARS_LINE.match(years.text) is not None
        ):
            out[i] = label.with_(kind=Kind.SHORT)
    return tuple(out)


_MEMORIAL_LABEL_WORDS = 3


def _organisers_signing_a_memorial(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The lines at a memorial notice's foot, set apart under its text, one organiser a line (a
    clan, a village, an association), nothing but names (no sentence, no clause), over the page's
    foot or nothing: one signature, the notice's byline joined in print order, not a heading over
    paragraphs. The notice is known by its life's years under the name it remembers.

    Before: SUBTITLE "1931 – 2020" / BODY "…invitano tutti." / SHORT "Famiglia Rossi" / BODY
    "Circolo di Bardi" / SHORT "Parrocchia San Rocco": a heading and two paragraphs. After: one
    BYLINE "Famiglia Rossi Circolo di Bardi Parrocchia San Rocco".

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SUBTITLE, 0, "1931 – 2020"), b(Kind.BODY, 1, "Le famiglie invitano tutti."),
    ...         b(Kind.SHORT, 1, "Famiglia Rossi"), b(Kind.BODY, 0, "Circolo di Bardi"), b(Kind.SHORT, 0, "Parrocchia San Rocco"))
    >>> [(x.kind.value, x.text) for x in _organisers_signing_a_memorial(page)][2:]
    [('byline', 'Famiglia Rossi Circolo di Bardi Parrocchia San Rocco')]
    >>> len(_organisers_signing_a_memorial(page[1:]))
    4
    """
    out = list(blocks)
    i = len(out)
    while i > 0 and out[i - 1].kind is Kind.FURNITURE:
        i -= 1
    end = i
    while i > 0 and end - i < _ORGANISER_LINES[1] and _organisers_line(out[i - 1]) and (i == end or out[i].gap == 0):
        i -= 1
    start = i
    if not _ORGANISER_LINES[0] <= end - start <= _ORGANISER_LINES[1] or out[start].gap < 1 or start == 0 or out[start - 1].kind not in (Kind.BODY, Kind.ROW):
        return blocks
    k = start - 1
    while k > 0 and out[k].kind in (Kind.BODY, Kind.ROW):
        k -= 1
    if LIFE_YEARS_LINE.match(out[k].text) is None:
        return blocks
    signers = out[start:end]
    joined = Block((" ".join(b.text for b in signers),), signers[0].start, gap=signers[0].gap, kind=Kind.BYLINE)
    return tuple(out[:start] + [joined] + out[end:])


_ORGANISER_LINES = (2, 4)


def _organisers_line(block: Block) -> bool:
    """An organiser's name on a line of its own: a few words, the first capitalised, no sentence or clause."""
    return (
        block.kind in (Kind.SHORT, Kind.BODY)
        and len(block.lines) == 1
        and block.text[:1].isupper()
        and len(block.text.split()) <= _ORGANISER_WORDS
        and re.search(r"[.,;:!?()\d]", block.text) is None
    )


_ORGANISER_WORDS = 6


_DATE_ALONE = re.compile(f"^{CHINESE_DAY}$")
# (or in the Republic of China calendar, as a Taiwan office dates its notice: "中華民國118年4月10日")
_ROC_DATE_ALONE = re.compile(f"^{DATE_ROC.pattern}$")


def _contact_paragraphs_wrapped_in_a_bracket(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paragraph giving a number to call, indented as the text's paragraphs are, whose line
    breaks inside its bracket (the hours), the bracket closed by the short line flush under it,
    is a paragraph of the text, not the page's hotline: a page's foot is set flush and never
    wraps. Before: FURNITURE "查詢熱線：2836 7105（星期一至五上午9" / SHORT "時至下午6時）" (the
    first line lost to the furniture, the second a paragraph of its own). After: one BODY block
    of both lines.

    >>> hotline = Block(("查詢熱線：2836 7105（星期一至五上午9",), 5, gap=1, indent=True, kind=Kind.FURNITURE)
    >>> rest = Block(("時至下午6時）",), 6, kind=Kind.SHORT)
    >>> [(x.kind.value, x.text) for x in _contact_paragraphs_wrapped_in_a_bracket((hotline, rest))]
    [('body', '查詢熱線：2836 7105（星期一至五上午9\\n時至下午6時）')]
    >>> len(_contact_paragraphs_wrapped_in_a_bracket((hotline.with_(indent=False), rest)))
    2
    """
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            below is not None
            and block.kind is Kind.FURNITURE
            and block.indent
            and len(block.lines) == 1
            and below.gap == 0
            and not below.indent
            and len(below.lines) == 1
            and below.kind in (Kind.SHORT, Kind.BODY)
            and block.text.count("（") == block.text.count("）") + 1
            and below.text.count("）") == below.text.count("（") + 1
            and _PAPER_CONTACT.search(block.text) is not None
        ):
            out.append(block.with_(lines=block.lines + below.lines, kind=Kind.BODY))
            skip = True
        else:
            out.append(block)
    return tuple(out)


# A box's sub-head in lenticular brackets alone on its line: "【渡輪】", "【人流管制】".
_BRACKETED_SUBHEAD = re.compile(r"^【[^【】\s]{1,8}】$")
# A box's labelled row: a label of a few characters (arrows allowed: "中環→長洲"), a colon, its value; no sentence.
_BOX_LABELLED_ROW = re.compile(r"^[^\s：:，。！？]{2,12}[：:][^。！？]{2,40}$")


def _bracketed_subheads_over_labelled_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two or more sub-heads in lenticular brackets (`_BRACKETED_SUBHEAD`), each set apart over
    labelled rows flush under it ("中環→長洲：上午加開6班", `_BOX_LABELLED_ROW`), split a box into
    parts: each sub-head is a heading of the box, each row a paragraph (holdout113's ruling, as
    holdout101's numbered heads over rows). Before: "太平清醮特別交通安排" / "" / "【渡輪】" / "" /
    "中環→長洲：…" / "長洲→中環：…" / "" / "【人流管制】" / "" / "長洲碼頭：…" … made the box's head,
    the first sub-head and its first row one section, the second row a kicker, "人流管制" the title.
    After: the head the box's title, the two sub-heads its headings, the rows its paragraphs.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 0, "特別交通安排"), b(Kind.SHORT, 1, "【渡輪】"), b(Kind.SHORT, 1, "中環→長洲：加開6班"),
    ...         b(Kind.SHORT, 1, "【人流管制】"), b(Kind.ROW, 1, "長洲碼頭：單向人流"))
    >>> [x.kind.value for x in _bracketed_subheads_over_labelled_rows(page)]
    ['headline', 'heading', 'row', 'heading', 'row']
    >>> [x.kind.value for x in _bracketed_subheads_over_labelled_rows(page[:3])]  # one sub-head: no parts
    ['short', 'short', 'short']
    """
    heads = [
        i
        for i in range(len(blocks) - 1)
        if blocks[i].kind in (Kind.SHORT, Kind.BODY, Kind.HEADING)
        and len(blocks[i].lines) == 1
        and _BRACKETED_SUBHEAD.match(blocks[i].text)
        and blocks[i + 1].kind in (Kind.SHORT, Kind.BODY, Kind.ROW)
        and len(blocks[i + 1].lines) == 1
        and _BOX_LABELLED_ROW.match(blocks[i + 1].text)
    ]
    if len(heads) < 2:
        return blocks
    out = list(blocks)
    box = heads[0] - 1
    if box >= 0 and blocks[box].kind is Kind.SHORT and len(blocks[box].lines) == 1 and not _BRACKETED_SUBHEAD.match(blocks[box].text):
        out[box] = blocks[box].with_(kind=Kind.HEADLINE)  # the box's own head, over its first sub-head
    for i in heads:
        out[i] = blocks[i].with_(kind=Kind.HEADING)
        k = i + 1
        while k < len(blocks) and blocks[k].kind in (Kind.SHORT, Kind.BODY, Kind.ROW) and len(blocks[k].lines) == 1 and _BOX_LABELLED_ROW.match(blocks[k].text) and (k == i + 1 or blocks[k].gap == 0):
            out[k] = blocks[k].with_(kind=Kind.ROW)
            k += 1
    return tuple(out)


def _box_labelled_line(text: str) -> bool:
    """A box's labelled row (`_BOX_LABELLED_ROW`) whose label holds no figure: "东经：108°12′" is
    labelled, a clock time's colon ("17:00", "献血屋8:30一17:30") labels nothing.

    >>> _box_labelled_line("东经：108°12′—108°31′"), _box_labelled_line("17:00"), _box_labelled_line("献血屋8:30一17:30")
    (True, False, False)
    """
    return _BOX_LABELLED_ROW.match(text) is not None and not re.search(r"\d", re.split(r"[：:]", text, maxsplit=1)[0])


def _labelled_rows_run(blocks: list[Block] | tuple[Block, ...], i: int, step: int) -> int:
    """How many labelled rows (`_BOX_LABELLED_ROW`, one line each, read as text or rows) run flush
    from blocks[i] on, down (`step` 1) or up (`step` -1): a labelled box's rows, no line set apart
    between them."""
    count = 0
    while 0 <= i < len(blocks):
        row = blocks[i]
        if row.kind not in (Kind.BODY, Kind.ROW) or len(row.lines) != 1 or not _box_labelled_line(row.text):
            break
        if step == 1 and count and row.gap:
            break
        count += 1
        if step == -1 and row.gap:
            break
        i += step
    return count


def _labelled_rows_read_as_a_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of a label, a colon and its value (`_BOX_LABELLED_ROW`) flush under two or more such
    rows of a notice or box is the next of its rows, though cells parted by full-width spaces made
    it read as a short head ("双溪乡　石门乡"): a head names what follows, it does not go on
    labelling the rows above it. Before: "东经：108°12′—108°31′" / "北纬：28°05′—28°19′" / "涉及乡镇：
    双溪乡　石门乡　岩口镇" / "" / "落区内群众须于…" made the last row the title of an article holding
    the notice's closing paragraph and its issuer. After: the notice's row, a paragraph.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "时间：5月3日9:00"), b(Kind.BODY, 0, "地点：北岸码头"), b(Kind.SHORT, 0, "参加单位：东区　西区"), b(Kind.BODY, 1, "请各单位准时到场。"))
    >>> [x.kind.value for x in _labelled_rows_read_as_a_head(page)]
    ['body', 'body', 'body', 'body']
    >>> [x.kind.value for x in _labelled_rows_read_as_a_head(page[1:])]  # one row above: no box to go on
    ['body', 'short', 'body']
    """
    out = list(blocks)
    for i in range(2, len(blocks)):
        block = blocks[i]
        if (
            block.kind is Kind.SHORT
            and block.gap == 0
            and len(block.lines) == 1
            and _box_labelled_line(block.text)
            and _labelled_rows_run(blocks, i - 1, -1) >= 2
        ):
            out[i] = block.with_(kind=blocks[i - 1].kind)
    return tuple(out)


def _first_labelled_row_under_a_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's labelled rows (`_box_labelled_line`), three or more flush under the box's head, the
    first short (and maybe the next), are the box's items, not the head's title or deck. Before: "集市日交通管制通告" / "路段：老街（邮电所至供销社）" / "时间：11月10日…" /
    "绕行：…" made the head a kicker and the first row the title; after: the head the title, each
    row a paragraph. The last row may be the detour's sentence, on its stop ("改道：…新村路。":
    before, the box's two first rows its title and deck, the head a kicker).

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 1, "封路通告"), b(Kind.SHORT, 0, "路段：北街（东门至新桥）西侧"), b(Kind.BODY, 0, "时间：5月3日9时至17时"), b(Kind.BODY, 0, "绕行：车辆请经南街、西街绕行，公交站"))
    >>> [x.kind.value for x in _first_labelled_row_under_a_head(page)]
    ['short', 'body', 'body', 'body']
    >>> page = (*page[:2], b(Kind.SHORT, 0, "日期：5/3至9/3"), b(Kind.BODY, 0, "改道：车辆请改走南街。"))
    >>> [x.kind.value for x in _first_labelled_row_under_a_head(page)]
    ['short', 'body', 'body', 'body']
    """
    def item(row: Block) -> bool:
        # (a row may be one sentence on its stop, the detour's instruction: "改道：往市区车辆请改用新村路。")
        return row.kind in (Kind.SHORT, Kind.BODY) and row.gap == 0 and _box_labelled_line(row.lines[0].removesuffix("。"))

    out = list(blocks)
    i = 1
    while i < len(blocks):
        if blocks[i - 1].kind is not Kind.SHORT or blocks[i].kind is not Kind.SHORT or not item(blocks[i]):
            i += 1
            continue
        end = i + 1
        while end < len(blocks) and item(blocks[end]):
            end += 1
        if end - i >= 3 and any(row.kind is Kind.BODY for row in blocks[i:end]):
            out[i:end] = [row.with_(kind=Kind.BODY) for row in blocks[i:end]]
        i = end  # a run's later rows are read with it, not as runs of their own
    return tuple(out)


def _subheads_between_labelled_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line with no colon and no sentence's mark, flush between a notice's labelled rows
    (`_BOX_LABELLED_ROW`: a row flush above it, two or more flush under it), heads the rows under
    it: a heading of the notice, as a bracketed sub-head over such rows is
    (`_bracketed_subheads_over_labelled_rows`), not the title of a piece of its own. Before:
    "指导教师：裘文彬　教授" / "答辩委员会" / "主席：邢振宇　教授" / "委员：甘　露　苏启明" / … made the
    committee's line a title and cut the notice in two. After: its heading, the rows its paragraphs.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 0, "申请人：王小明"), b(Kind.SHORT, 0, "评审小组"), b(Kind.BODY, 0, "组长：陈立　研究员"), b(Kind.BODY, 0, "成员：李文　赵敏"))
    >>> [x.kind.value for x in _subheads_between_labelled_rows(page)]
    ['body', 'heading', 'body', 'body']
    >>> [x.kind.value for x in _subheads_between_labelled_rows(page[:3])]  # one row under it
    ['body', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 2):
        block = blocks[i]
        if (
            block.kind is Kind.SHORT
            and block.gap == 0
            and len(block.lines) == 1
            and display_width(block.text) <= 16
            and not re.search(r"[：:，,。！？!?；;、\s]", block.text)
            and _labelled_rows_run(blocks, i - 1, -1) >= 1
            and blocks[i + 1].gap == 0
            and _labelled_rows_run(blocks, i + 1, 1) >= 2
        ):
            out[i] = block.with_(kind=Kind.HEADING)
    return tuple(out)


# The label a Taiwan official notice sets over its numbered items, alone on its line: "公告事項：".
_NOTICE_ITEMS_LABEL = re.compile(r"^(?:公告事項|公告事项)[：:]$")
_FIRST_ITEM = re.compile(r"^[一壹][、，]")


def _notice_items_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A notice's items label (`_NOTICE_ITEMS_LABEL`), one line between the notice's `主旨：`/`依據：`
    lines and its first numbered item ("一、…"), heads the items: a heading of the notice, as its
    numbered heads are (holdout101's ruling), not a paragraph. Before: "依據：…函辦理。" / "公告事項：" /
    "一、收購期間：…" made the label a paragraph of its own. After: the notice's heading.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.BODY, "依據：縣政府函辦理。"), b(Kind.BODY, "公告事項："), b(Kind.BODY, "一、收購期間：自6月21日起。"))
    >>> [x.kind.value for x in _notice_items_labels(page)]
    ['body', 'heading', 'body']
    >>> [x.kind.value for x in _notice_items_labels(page[:2] + (b(Kind.BODY, "收購期間自6月21日起。"),))]
    ['body', 'body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.kind in (Kind.BODY, Kind.SHORT)
            and len(block.lines) == 1
            and _NOTICE_ITEMS_LABEL.match(block.text)
            and above.kind is Kind.BODY
            and below.kind is Kind.BODY
            and _FIRST_ITEM.match(below.text)
        ):
            out[i] = block.with_(kind=Kind.HEADING)
    return tuple(out)


def _officers_signing_a_notice(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A notice's officers' line (`OFFICERS_SIGNING`: "理事長　廖文雄　總幹事　黃啟明"), one line under
    a paragraph that ends its sentence, signs the notice: its byline, as an issuer's line is
    (holdout93's ruling), not the title of a piece of its own. Before: "…請農友攜帶身分證、印章及存摺
    辦理。" / "理事長　廖文雄　總幹事　黃啟明" / "中華民國121年6月9日" made the officers the title of an
    article holding the date. After: the notice's byline, the date its last paragraph.

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.BODY, "三、請農友攜帶身分證辦理。"), b(Kind.SHORT, "理事長　廖文雄　總幹事　黃啟明"), b(Kind.BODY, "中華民國121年6月9日"))
    >>> [x.kind.value for x in _officers_signing_a_notice(page)]
    ['body', 'byline', 'body']
    >>> [x.kind.value for x in _officers_signing_a_notice((b(Kind.BODY, "三、請農友攜帶"),) + page[1:])]
    ['body', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        block, above = blocks[i], blocks[i - 1]
        if block.kind is Kind.SHORT and len(block.lines) == 1 and OFFICERS_SIGNING.match(block.text) and above.kind is Kind.BODY and ends_sentence(above.lines[-1]):
            out[i] = block.with_(kind=Kind.BYLINE)
    return tuple(out)


def _dates_under_a_signer(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A date alone on its line (`CHINESE_DAY`, no weekday, no paper's name) under a short line
    that signs the text above it (a union's, a firm's name set under a statement's or a notice's
    last paragraph or row), over the page's foot or nothing, is the statement's date: its last
    paragraph, not the page's furniture (a page's date line prints the paper's name or the weekday).
    The signer may be read already as the notice's byline: "特此公示。" / BYLINE "某市规划局" / "2028年10月9日"
    (a date in figures; or in Chinese numerals on a page that dates itself in figures only,
    `_dated_in_figures_only`: there it is the signer's own date, in the official style, and no line
    of the page's furniture. A page that prints its own date in Chinese numerals, "一九六二年三月十四日
    星期三" over a notice signed "江岭铁路分局" / "一九六二年三月十日", dates its lines as its furniture
    does, and the line is left as it was read: holdout34's gold keeps it out of the text.)

    Before: "…加重拖欠工資的罰則。" / "汀灣紮鐵業職工會" / "二〇二八年九月四日" / foot (the date dropped).
    After: the date a paragraph of the statement.

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "三、政府修例，加重罰則。"), b(Kind.SHORT, "某某職工會"), b(Kind.FURNITURE, "二〇二八年九月四日"), b(Kind.FURNITURE, "某報社　熱線：2873 4160"))
    >>> [x.kind.value for x in _dates_under_a_signer(page)]
    ['body', 'short', 'body', 'furniture']
    >>> [x.kind.value for x in _dates_under_a_signer((page[0], page[2], page[3]))]
    ['body', 'furniture', 'furniture']
    >>> dated = page[2].with_(lines=("2028年9月4日",))
    >>> [x.kind.value for x in _dates_under_a_signer((page[0], page[1].with_(kind=Kind.BYLINE), dated, page[3]))]
    ['body', 'byline', 'body', 'furniture']
    >>> [x.kind.value for x in _dates_under_a_signer((page[0], page[1].with_(kind=Kind.BYLINE), *page[2:]))][2]
    'furniture'
    >>> top = b(Kind.FURNITURE, "某日报　2028年9月5日　星期二")
    >>> [x.kind.value for x in _dates_under_a_signer((top, page[0], page[1].with_(kind=Kind.BYLINE), *page[2:]))][3]
    'body'

    The notice's last line may say where to call (`CALL_LINE`), read as a short line. Before:
    "停电咨询：0597-3361958" / "泾澜供电公司" / "2030年5月13日" (the date dropped, the call line a kicker
    over the signer); after: the call line and the date paragraphs of the notice.

    >>> call = b(Kind.SHORT, "报修咨询：0731-5566778")
    >>> [x.kind.value for x in _dates_under_a_signer((call, page[1], dated, page[3]))]
    ['body', 'short', 'body', 'furniture']

    A Taiwan office dates its notice in the Republic of China calendar. Before: "特此公告。" /
    "某縣政府" / "中華民國118年4月10日" / foot (the date dropped); after: the notice's last paragraph.

    >>> roc = page[2].with_(lines=("中華民國118年4月10日",))
    >>> [x.kind.value for x in _dates_under_a_signer((page[0], page[1], roc, page[3]))]
    ['body', 'short', 'body', 'furniture']
    """
    out = list(blocks)
    figures_only = _dated_in_figures_only(blocks)
    for i in range(2, len(blocks)):
        block, signer, text = blocks[i], blocks[i - 1], blocks[i - 2]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind is Kind.FURNITURE
            and len(block.lines) == 1
            and (_DATE_ALONE.match(block.text.strip()) is not None or _ROC_DATE_ALONE.match(block.text.strip()) is not None)
            and (signer.kind is Kind.SHORT or signer.kind is Kind.BYLINE and (figures_only or re.search(r"\d", block.text) is not None))
            and len(signer.lines) == 1
            and not ends_sentence(signer.text)
            and (text.kind in (Kind.BODY, Kind.ROW) or _call_line_of_the_notice(blocks, i - 2))
            # (or a list's head glued flush under the date, the list the notice announced: "2033年7月20日" /
            # "抗洪救灾捐款芳名（第一批）"; set apart, the next notice's head, the date is the page's as read)
            and (after is None or after.kind is Kind.FURNITURE or after.kind is Kind.SHORT and after.gap == 0 and len(after.lines) == 1 or _closing_rule(after))
        ):
            out[i] = block.with_(kind=Kind.BODY)
            if text.kind is Kind.SHORT:
                out[i - 2] = text.with_(kind=Kind.BODY)  # (the line to call, a line of the notice, not a head over its signer)
            elif text.kind is Kind.FURNITURE:
                out[i - 2] = text.with_(kind=Kind.ROW)  # (the box's last row)
        elif _dated_at_the_indent_under_a_notice(block, signer, after):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _call_line_of_the_notice(blocks: tuple[Block, ...], k: int) -> bool:
    """The line that says where to call (`CALL_LINE`) over a notice's signer: read as a short line,
    or as the page's hotline where it stands flush under the box's rows. Before: "適用對象：所有僱員"
    / "查詢電話：2481 7300" / "某勞工事務處" / "2045年6月12日" (the call line and the date dropped as
    furniture); after, both lines of the notice.

    >>> b = lambda kind, text, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> box = (b(Kind.ROW, "適用對象：所有僱員"), b(Kind.FURNITURE, "查詢電話：2481 7300"))
    >>> _call_line_of_the_notice(box, 1), _call_line_of_the_notice((box[1],), 0), _call_line_of_the_notice((box[0], box[1].with_(gap=1)), 1)
    (True, False, False)
    """
    text = blocks[k]
    if CALL_LINE.match(text.text.strip()) is None:
        return False
    return text.kind is Kind.SHORT or text.kind is Kind.FURNITURE and text.gap == 0 and k > 0 and blocks[k - 1].kind is Kind.ROW


def _closing_rule(after: Block) -> bool:
    """A rule line flush under a notice's date: the notice is boxed between rules, and its foot is
    the rule under it, not the next piece (`_dates_under_a_signer`). Before: "…准时参加。" /
    "　　　　某小区业主大会筹备组" / "　　　　　　2042年4月1日" / "──────" (the date the page's, furniture);
    after: the notice's last paragraph.

    >>> rule = Block(("─────────",), 9, kind=Kind.SUBTITLE)
    >>> _closing_rule(rule), _closing_rule(rule.with_(gap=1)), _closing_rule(Block(("某某公告",), 9, kind=Kind.SHORT))
    (True, False, False)
    """
    return after.gap == 0 and len(after.lines) == 1 and RULE_LINE.match(after.text.strip()) is not None


def _next_item_or_foot(after: Block | None) -> bool:
    """What may stand under a notice's date set at the paragraph indent
    (`_dated_at_the_indent_under_a_notice`): the page's foot or nothing, or the head of the next
    item on the page: a notice's date is set at its end wherever the notice stands, mid-page over
    the next notice's head as well as over the foot.

    >>> b = lambda kind, text, gap=1: Block((text,), 9, gap=gap, kind=kind)
    >>> _next_item_or_foot(None), _next_item_or_foot(b(Kind.SHORT, "某某法院公告")), _next_item_or_foot(b(Kind.BODY, "　　本院受理……"))
    (True, True, False)
    """
    return after is None or after.kind in (Kind.FURNITURE, Kind.SHORT, Kind.HEADLINE)


def _dated_at_the_indent_under_a_notice(block: Block, above: Block, after: Block | None) -> bool:
    """A date alone on its line (`_DATE_ALONE`, in figures), set at the paragraph indent straight
    under a notice's last paragraph, over the next item's head or the foot: the notice's date, signed
    with no issuer's line between (the issuer named in the text: "招标人：…港航管理处　联系人：…").
    Before: "　　招标人：溪城市港航管理处　联系人：倪先生" / "　　2027年6月9日" / "溪城市青屿区人民法院公告" (the date
    dropped as the page's, holdout69); after: the tender notice's last paragraph. A page's own date
    line is set flush, with the paper's name or the weekday.

    >>> b = lambda kind, text, gap=0, indent=True: Block((text,), 9, gap=gap, kind=kind, indent=indent)
    >>> above, head = b(Kind.BODY, "招标人：某某管理处　联系人：倪先生"), b(Kind.SHORT, "某某法院公告", 1, False)
    >>> _dated_at_the_indent_under_a_notice(b(Kind.FURNITURE, "2027年6月9日"), above, head)
    True
    >>> _dated_at_the_indent_under_a_notice(b(Kind.FURNITURE, "2027年6月9日", indent=False), above, head)
    False
    """
    return (
        block.kind is Kind.FURNITURE
        and block.indent
        and block.gap == 0
        and len(block.lines) == 1
        and _DATE_ALONE.match(block.text.strip()) is not None
        and re.search(r"\d", block.text) is not None
        and above.kind is Kind.BODY
        and above.indent
        and _next_item_or_foot(after)
    )


def _dated_in_figures_only(blocks: tuple[Block, ...]) -> bool:
    """Whether the page's furniture prints a date (`CHINESE_DAY`) and every one in figures: "澄岭日报
    2028年6月20日　星期二" (yes), "一九六二年三月十四日　星期三" (no: the page dates itself in
    Chinese numerals). `_dates_under_a_signer` asks it.

    >>> b = lambda text: Block((text,), 1, kind=Kind.FURNITURE)
    >>> _dated_in_figures_only((b("澄岭日报　2028年6月20日　星期二"),)), _dated_in_figures_only((b("一九六二年三月十四日　星期三"),))
    (True, False)
    >>> _dated_in_figures_only((b("第5版　全国"),)), _dated_in_figures_only((b("2028年6月20日　星期二"), b("二〇二八年六月十九日")))
    (False, True)
    """
    # (a date alone on its line is no page's date line, which prints the paper's name or the weekday)
    lines = [block.text for block in blocks if block.kind is Kind.FURNITURE and not _DATE_ALONE.match(block.text.strip())]
    dates = [found.group() for line in lines for found in _DAY_IN_A_LINE.finditer(line)]
    return bool(dates) and all(re.search(r"\d", date) for date in dates)


_DAY_IN_A_LINE = re.compile(CHINESE_DAY)


# A Chinese headline's line: no mark of a clause or a sentence in it, figures and quotes allowed.
_CJK_HEAD_LINE = re.compile(r"^[\u4e00-\u9fff0-9０-９A-Za-z%％.“”「」《》\u3000 ]{4,30}$")


def _head_lines_over_a_byline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two lines set flush together a blank line under what came before (or under the page's
    furniture), flush over a byline, neither with a mark of a clause or a sentence in it, are a
    Chinese head's decks, each on its line, not a paragraph: no paragraph runs two lines without
    a comma. Before: BODY "城区公办小学今年计划招收新生5200人" "一年级新生6月1日起网上登记" / BYLINE
    "本报记者　柯　蔓　通讯员　邹文睿" (the kicker and the title read as the story's first paragraph).
    After: two SHORT lines, the kicker (引题) and the title for `segment`.

    >>> head = Block(("城区公办小学今年计划招收新生5200人", "一年级新生6月1日起网上登记"), 3, gap=1, kind=Kind.BODY)
    >>> [(x.kind.value, x.text) for x in _head_lines_over_a_byline((head, Block(("本报记者　柯　蔓",), 5, kind=Kind.BYLINE)))][:2]
    [('short', '城区公办小学今年计划招收新生5200人'), ('short', '一年级新生6月1日起网上登记')]
    >>> text = head.with_(lines=("昨天市教体局公布了今年城区公办小学一年", "级招生方案，城区31所公办小学今年计划"))
    >>> [x.kind.value for x in _head_lines_over_a_byline((text, Block(("本报记者　柯　蔓",), 5, kind=Kind.BYLINE)))]
    ['body', 'byline']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        above = blocks[i - 1] if i else None
        if (
            block.kind is Kind.BODY
            and len(block.lines) == 2
            and not block.indent
            and (block.gap >= 1 or above is None or above.kind is Kind.FURNITURE)
            and below is not None
            and below.kind is Kind.BYLINE
            and below.gap == 0
            and all(_CJK_HEAD_LINE.match(line.strip()) and latin_ratio(line) < 0.5 for line in block.lines)
        ):
            out.append(block.with_(lines=block.lines[:1], kind=Kind.SHORT))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, kind=Kind.SHORT))
        elif _head_over_a_labelled_writer(block, above):
            out.append(block.with_(lines=block.lines[:1], kind=Kind.SHORT))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, kind=Kind.BYLINE))
        else:
            out.append(block)
    return tuple(out)


def _head_over_a_labelled_writer(block: Block, above: Block | None) -> bool:
    """A head's line set flush over a writer's line labelled by the report (`LABELLED_WRITER`:
    "报道／摄影：林佩珊", as Singapore and Malaysian papers sign under the head), a blank line
    under what came before, is the head and its byline, not one paragraph. Before: BODY
    "漫步加东老街　遗产步行路线周六推出" "报道／摄影：林佩珊" (the head and byline run into the lead).
    After: a SHORT head over a BYLINE.

    >>> b = Block(("老街步行路线周六推出", "报道／摄影：林佩珊"), 3, gap=1, kind=Kind.BODY)
    >>> _head_over_a_labelled_writer(b, None), _head_over_a_labelled_writer(b.with_(lines=("他说，路线周六推出", "报道：林佩珊")), None)
    (True, False)
    """
    return (
        block.kind is Kind.BODY
        and len(block.lines) == 2
        and not block.indent
        and (block.gap >= 1 or above is None or above.kind is Kind.FURNITURE)
        and _CJK_HEAD_LINE.match(block.lines[0].strip()) is not None
        and latin_ratio(block.lines[0]) < 0.5
        and LABELLED_WRITER.match(block.lines[1].strip()) is not None
    )


# A Chinese head: a phrase of a few characters, no mark of a clause or a sentence in it.
_CJK_HEAD = re.compile(r"^[\u4e00-\u9fff“”「」《》〈〉]{2,12}$")


_REPORTERS_WORD = re.compile(r"[记記]者|通[讯訊]员|通[讯訊]員|本[报報]")


def _signed_pieces_under_a_signed_piece(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head inside a piece signed under its title, over text signed at its end by someone
    else, heads a piece of its own: two writers, two pieces, the second glued under the first.
    "外婆的菜園" / "興安國小六年級　游芷晴" / (the essay) / "指導老師評語" / (the comment) /
    "指導老師　呂佳蓉" (a teacher's comment under a pupil's prize essay; before, the comment's head
    was a subhead of the essay, and its signer the byline of an empty piece). A subhead in a
    piece its writer signs at both ends, or signed at one end only, stays a subhead; so does one in
    a reporter's story (a notice its office signs may close a news story's text).

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.SHORT, "外婆的菜园"), b(Kind.BYLINE, "实验小学六年级　游芷晴"), b(Kind.BODY, "外婆说，菜急不得。"),
    ...         b(Kind.SHORT, "老师点评"), b(Kind.BODY, "文章写得真切。"), b(Kind.BYLINE, "指导老师　吕佳蓉"))
    >>> [x.kind.value for x in _signed_pieces_under_a_signed_piece(page)]
    ['short', 'byline', 'body', 'headline', 'body', 'byline']
    >>> [x.kind.value for x in _signed_pieces_under_a_signed_piece(page[:5] + (b(Kind.BYLINE, "实验小学六年级　游芷晴"),))][3]
    'short'
    """
    out = list(blocks)
    for i, end in enumerate(blocks):
        closed = i + 1 == len(blocks) or blocks[i + 1].gap >= 1 or blocks[i + 1].kind is Kind.FURNITURE
        if end.kind is not Kind.BYLINE or i < 5 or not closed:
            continue
        k = i - 1
        while k > 0 and blocks[k].kind is Kind.BODY:
            k -= 1
        head = blocks[k]
        if k == i - 1 or head.kind is not Kind.SHORT or len(head.lines) != 1 or _CJK_HEAD.match(head.text) is None:
            continue
        j = k - 1
        while j > 0 and blocks[j].kind is Kind.BODY:
            j -= 1
        top = blocks[j]
        if (
            j < k - 1
            and j > 0
            and top.kind is Kind.BYLINE
            and top.text != end.text
            and _REPORTERS_WORD.search(top.text) is None
            and blocks[j - 1].kind in (Kind.SHORT, Kind.HEADLINE)
        ):
            out[k] = head.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _heads_glued_under_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head flush under a story's last words carried over a running head (a line or two set apart
    under the furniture, ending the sentence), over text flush under it, opens the next story: a
    subhead stands apart inside a story's running text, not glued to its last words over a column's
    break. "…shout fe dem" / "Da Emily Bay Nyuus · Sport" / "gels." / "Quintal brudda win da bowls" /
    "Tom an Ben Quintal win…" (holdout88's Norfuk page; before, the column's subhead). Latin pages
    only: a Chinese story's 小标题 stands so, its text indented under it (holdout34's railway paper).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "Kum daun an shout fe dem"), b(Kind.FURNITURE, 1, "Da Emily Bay Nyuus · Sport"), b(Kind.BODY, 1, "gels."),
    ...         b(Kind.SHORT, 0, "Quintal brudda win da bowls"), b(Kind.BODY, 0, "Tom an Ben Quintal win da pairs", "lass Sundieh."))
    >>> [x.kind.value for x in _heads_glued_under_a_carried_tail(page)][3]
    'headline'
    """
    out = [
        block.with_(kind=Kind.HEADLINE)
        if _glued_under_a_carried_tail(blocks, i)
        and (
            blocks[i + 1].gap == 0 or blocks[i + 1].kind is Kind.ROW or _box_of_fields_under(blocks, i) or _lead_in_over_rows(blocks, i + 1)
            or _header_row_over_rows(blocks, i + 1) or _question_set_apart(blocks[i + 1]) or _signed_letter_from(blocks, i + 1)
            or _rows_or_items_a_lead_in_under(blocks, i)
        )
        else block
        for i, block in enumerate(blocks)
    ]
    return tuple(_box_rows_apart(out, blocks))


def _box_rows_apart(out: list[Block], blocks: tuple[Block, ...]) -> list[Block]:
    """Under a head glued under a carried tail, a block of box rows set a blank line under it
    (`_LATIN_BOX_ROW`, three or more, the head's by `_rows_or_items_a_lead_in_under`) is one row
    a line, and so is each line flush under them: "Buda 8/12: gulem, …" / "Wraspati 9/12: …" /
    "Sukra 10/12: …" / "Pituduh: jaga tlabah yéning ujan." / "Sumber: Stasiun Cuaca Tabanan"
    (holdout114's Balinese weather box; before, one paragraph and a credit)."""
    result: list[Block] = []
    i = 0
    while i < len(out):
        block = out[i]
        result.append(block)
        i += 1
        if not (block.kind is Kind.HEADLINE and blocks[i - 1].kind is not Kind.HEADLINE and i < len(out)):
            continue
        if out[i].kind is Kind.SHORT and _header_row_over_rows(tuple(out[i : i + 2]), 0):
            # (a table's header row flush under the head, read as a short line: its first row, not the
            # piece's subtitle: "Copa ajedrez" / "Fase Equipos        Resultado" / "Semifinal …   3–1")
            result.append(out[i].with_(kind=Kind.ROW))
            i += 1
            continue
        rows = out[i]
        if rows.gap < 1 or rows.kind is not Kind.BODY or len(rows.lines) < _ROWS_UNDER_A_GLUED_HEAD or not all(_LATIN_BOX_ROW.match(line) for line in rows.lines):
            continue
        # (a data source's line flush under them too, as the table's last row: "Sumber: Stasiun Cuaca
        # Tabanan", which `_data_sources_under_text` took for a credit under "Pituduh: …" ending its sentence)
        while i < len(out) and (out[i].kind in (Kind.BODY, Kind.SHORT) or out[i].kind is Kind.CREDIT and DATA_SOURCE.match(out[i].text)) and (out[i] is rows or out[i].gap == 0):
            under = out[i]
            result.extend(under.with_(lines=(line,), start=under.start + n, gap=under.gap if n == 0 else 0, indent=False, kind=Kind.ROW) for n, line in enumerate(under.lines))
            i += 1
    return result


# A box's row of a Latin page: a label of a word or two, a day and its date among them ("Buda
# 8/12"), a colon, then a value of no sentence: "Buda 8/12: gulem, ujan sanja, 23–30 °C",
# "Senanga: Lui, Mwandi, Nande".
_LATIN_BOX_ROW = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’./-]+){0,2}: [^\W_][^.!?;:]{0,60}$")
# A numbered item of a list: "1. Mahoya na kwambĩrĩria mũcemanio."
_LATIN_NUMBERED_ITEM = re.compile(r"^(\d{1,2})\. [^\W\d_]")
_ROWS_UNDER_A_GLUED_HEAD = 3  # a box's rows, or a list's items: two may be a short paragraph's lines


def _rows_or_items_a_lead_in_under(blocks: tuple[Block, ...], i: int) -> bool:
    """Set a blank line under blocks[i], a box's labelled rows (`_LATIN_BOX_ROW`) or a list's items
    numbered from 1 (`_LATIN_NUMBERED_ITEM`), three or more, maybe under a lead-in paragraph and a
    one-line head of the list: the head glued under a story's carried tail is a box's or a
    notice's, not the story's subhead (named `_rows_or_items_a_lead_in_under`). "…kadi mangkin,
    panén ring sasih Maret jagi" / "Pawarta Tabanan · Tetanén" / "" / "becik.”" / "Cuaca anggén krama
    tani" / "" / "Buda 8/12: gulem, ujan sanja, 23–30 °C" / "Wraspati 9/12: …" (holdout114's
    Balinese weather box; before, the story's last heading, the rows its paragraph), "Mũcemanio
    Mũnene jwa Mwaka" / "" / "Amemba bonthe…" / "" / "Ajenda" / "" / "1. Mahoya…" (its Kimeru
    meeting notice).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> head = b(Kind.SHORT, 0, "Farm weather")
    >>> _rows_or_items_a_lead_in_under((head, b(Kind.BODY, 1, "Mon 8/12: cloudy, 23–30 °C", "Tue 9/12: rain, 22–28 °C", "Wed 10/12: dry, 23–29 °C")), 0)
    True
    >>> notice = (head, b(Kind.BODY, 1, "Members are asked to the meeting."), b(Kind.SHORT, 1, "Agenda"),
    ...           b(Kind.BODY, 1, "1. Prayer."), b(Kind.BODY, 1, "2. Minutes."), b(Kind.BODY, 1, "3. Accounts."))
    >>> _rows_or_items_a_lead_in_under(notice, 0), _rows_or_items_a_lead_in_under(notice[:5], 0)
    (True, False)
    """
    k = i + 1
    if k >= len(blocks) or blocks[k].gap < 1:
        return False
    lines = [line for block in blocks[k : k + 6] if block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) for line in block.lines]
    if _rows_or_items_from(lines):
        return True
    if blocks[k].kind is not Kind.BODY:  # (else a lead-in paragraph, maybe a one-line head under it)
        return False
    k += 1
    if k < len(blocks) and blocks[k].kind is Kind.SHORT and len(blocks[k].lines) == 1 and not _LATIN_NUMBERED_ITEM.match(blocks[k].text):
        k += 1
    lines = [line for block in blocks[k : k + 6] if block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) for line in block.lines]
    return _rows_or_items_from(lines)


# A reading list's entry: the author's surname, initials, a colon, the title ("Heredia, R.: El pañí
# de los pozos", "Ames, K. L.: Rivers"), its place and year maybe on the line under it.
_AUTHOR_ENTRY = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?, (?:[A-ZÀ-ÖØ-Þ]\. ?){1,3}: \S")
_ENTRY_LINES = 3  # lines an entry may run to


def _rows_or_items_from(lines: list[str]) -> bool:
    """The first lines are three box rows or more, a list's items numbered 1, 2, 3, or three
    entries of a reading list (`_AUTHOR_ENTRY`, each maybe wrapped: holdout120's Caló box "Pa
    chanelar más" glued under the story's carried "naide»."; before, the story's subhead).

    >>> _rows_or_items_from(["Ames, K.: Rivers of the", "north. York, 2030.", "Bell, T.: Salt. Hull, 2031.", "Cole, A. B.: Tides.", "Leeds, 2029."])
    True
    """
    if len(lines) >= _ROWS_UNDER_A_GLUED_HEAD and all(_LATIN_BOX_ROW.match(line) for line in lines[:_ROWS_UNDER_A_GLUED_HEAD]):
        return True
    window = lines[: _ROWS_UNDER_A_GLUED_HEAD * _ENTRY_LINES]
    if window and _AUTHOR_ENTRY.match(window[0]) and sum(_AUTHOR_ENTRY.match(line) is not None for line in window) >= _ROWS_UNDER_A_GLUED_HEAD:
        return True
    items = [_LATIN_NUMBERED_ITEM.match(line) for line in lines]
    numbers = [int(m.group(1)) for m in items if m]
    return numbers[:_ROWS_UNDER_A_GLUED_HEAD] == list(range(1, _ROWS_UNDER_A_GLUED_HEAD + 1)) and items[0] is not None


def _question_heads_under_a_glued_label(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Q&A column's label of a word or three, glued under a story's carried tail (the head
    `_heads_glued_under_a_carried_tail` found), over the column's question head flush under it (a
    line or two ending on "?") and the column's turns a blank line below, each opened by its
    label word (`WORD_TURN`): the label is the column's name over its head (a kicker), the
    question the head, not the label the title and the question its first paragraph (named
    `_question_heads_under_a_glued_label`).

    Before: "…nǔblɛ.”" / "Jonɔ lɛ sín kanbyɔ" (title) / "Etɛ un ná wà nú ali-xlɛtɔ ɖé" ⏎ "blɛ mì?"
    (text) / "" / "Kanbyɔ: …". After: the label SHORT, the question the HEADLINE.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.HEADLINE, 0, "Lukijat kysyvät"), b(Kind.BODY, 0, "Mitä teen, jos opas", "pettää?"), b(Kind.BODY, 1, "Kysymys: Opas otti rahat."))
    >>> [x.kind.value for x in _question_heads_under_a_glued_label(page)]
    ['short', 'headline', 'body']
    >>> [x.kind.value for x in _question_heads_under_a_glued_label(page[:2] + (b(Kind.BODY, 1, "Opas otti rahat."),))]
    ['headline', 'body', 'body']

    So is a column's name set apart over its question, flush, the reader's turn on its indent
    under it (an indent-only page): "Kukwe mikani" / "¿Ño radio känti?" / "   Kukwe: Ti nikani…"
    (before, the name the title and the question a paragraph).

    >>> page = (b(Kind.SHORT, 1, "Lukijat kysyvät"), b(Kind.BODY, 0, "Mitä teen, jos opas pettää?"), Block(("Kysymys: Opas otti rahat.",), 1, indent=True, kind=Kind.BODY))
    >>> [x.kind.value for x in _question_heads_under_a_glued_label(page)]
    ['short', 'headline', 'body']
    """
    out = list(blocks)
    for i in range(len(blocks) - 2):
        label, question, turn = blocks[i], blocks[i + 1], blocks[i + 2]
        if (
            (label.kind is Kind.HEADLINE and label.gap == 0 or label.kind is Kind.SHORT and _opens_a_paragraph(turn))
            and len(label.lines) == 1
            and len(label.text.split()) <= _COLUMN_LABEL_WORDS
            and label.text[-1:].isalpha()
            and latin_ratio(label.text) >= 0.5
            and question.kind is Kind.BODY
            and question.gap == 0
            and len(question.lines) <= 2
            and question.text.rstrip().endswith("?")
            and WORD_TURN.match(question.text) is None
            and turn.kind is Kind.BODY
            and _opens_a_paragraph(turn)
            and WORD_TURN.match(turn.text) is not None
        ):
            out[i], out[i + 1] = label.with_(kind=Kind.SHORT), question.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _opens_a_paragraph(block: Block) -> bool:
    """A blank line over the block, or its indent on a page that indents its paragraphs."""
    return block.gap >= 1 or bool(block.indent)


_COLUMN_LABEL_WORDS = 4  # "Jonɔ lɛ sín kanbyɔ", "Lukijat kysyvät": a column's name, not a headline


def _column_heads_stacked_under_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Q&A column's three head lines read as one block flush under a story's last words carried
    past the running head: its label of a word or four, its question head ending on "?" and its
    answerer's line (`_ANSWERERS_LINE`: a word or two, a colon, an initial and a name), over the
    column's first turn set apart and opened by its label word (`WORD_TURN`). The label is the
    column's kicker, the question its title, the answerer's line its byline, not all three the
    story's paragraph (named `_column_heads_stacked_under_a_carried_tail`).

    Before: "…kúnge" / "Nókis aqshamı – Ekonomika" / "qaldırmań.”" / "Salıq boyınsha soraw-juwap" ⏎
    "Pensionerler jer salıǵın tóley me?" ⏎ "Juwap beriwshi: D. Tájimuratova" (one paragraph with the
    first question and answer; holdout116's Karakalpak tax column). After: kicker, title, byline.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "the last"), b(Kind.FURNITURE, 1, "The Courier · Money"), b(Kind.BODY, 1, "words.”"),
    ...         b(Kind.BODY, 0, "Tax questions", "Do pensioners pay land tax?", "Answered by: D. Tajimuratova"), b(Kind.BODY, 1, "Question: I am 65. Do I pay?"))
    >>> [(x.kind.value, x.text) for x in _column_heads_stacked_under_a_carried_tail(page)][3:6]
    [('short', 'Tax questions'), ('headline', 'Do pensioners pay land tax?'), ('byline', 'Answered by: D. Tajimuratova')]
    >>> len(_column_heads_stacked_under_a_carried_tail(page[:4] + (b(Kind.BODY, 1, "I am 65. Do I pay?"),)))
    5
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        lines = block.lines
        turn = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            i >= 2 and block.kind is Kind.BODY and block.gap == 0 and len(lines) == 3
            and blocks[i - 2].kind is Kind.FURNITURE and blocks[i - 1].kind is Kind.BODY and blocks[i - 1].gap >= 1
            and len(blocks[i - 1].lines) <= _CARRIED_TAIL_LINES and ends_sentence(blocks[i - 1].text)
            and len(lines[0].split()) <= _COLUMN_LABEL_WORDS and lines[0][-1:].isalpha() and first_letter(lines[0]).isupper()
            and lines[1].rstrip().endswith("?") and WORD_TURN.match(lines[1]) is None
            and _ANSWERERS_LINE.match(lines[2].strip()) is not None
            and turn is not None and turn.kind is Kind.BODY and turn.gap >= 1 and WORD_TURN.match(turn.text) is not None
            and latin_ratio(block.text) >= 0.5
        ):
            out.extend(
                block.with_(lines=(line,), start=block.start + n, gap=0, indent=False, kind=kind)
                for n, (line, kind) in enumerate(zip(lines, (Kind.SHORT, Kind.HEADLINE, Kind.BYLINE)))
            )
            continue
        out.append(block)
    return tuple(out)


# An answerer's line: a word or two naming who answers, a colon, an initial maybe and a surname:
# "Juwap beriwshi: D. Tájimuratova" (Karakalpak "answer giver"), "Answered by: D. Tajimuratova".
_ANSWERERS_LINE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’]{2,15}(?: [\w'’]{2,15})?: (?:[A-ZÀ-ÖØ-Þ]\. )?[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?$")


def _heads_read_into_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's head flush under a story's last words carried past the running head, read into
    their block as its last line (the line above it ends the sentence, the head none, and the
    box's lead-in or rows stand a blank line under it), leaves the block: `_heads_glued_under_a_carried_tail`
    then takes it as the box's head. "Jornal · Xikola" / "tela.” Anu pasadu … ⏎ Ministéliu da
    sinkwenta bolsa so. ⏎ Bolsa d'Xtudu 2027/2028" / "" / "Dosumentu ku mina fô da:" / "1. Kópia…"
    (before, the head the story's last paragraph's last words).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "The new hall will open on"), b(Kind.FURNITURE, 1, "The Courier · Schools"),
    ...         b(Kind.BODY, 1, "Monday, the head said.", "Grants for 2027"), b(Kind.BODY, 1, "You will need:"), b(Kind.ROW, 1, "1. A form;"), b(Kind.ROW, 0, "2. A photo."))
    >>> [(x.kind.value, x.lines) for x in _heads_read_into_a_carried_tail(page)[2:4]]
    [('body', ('Monday, the head said.',)), ('short', ('Grants for 2027',))]
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        lines = block.lines
        if (
            2 <= i < len(blocks) - 1 and block.kind is Kind.BODY and block.gap >= 1 and 2 <= len(lines) <= _CARRIED_TAIL_LINES + 1 and blocks[i - 1].kind is Kind.FURNITURE
            and ends_sentence(lines[-2]) and not ends_sentence(lines[-1]) and lines[-1][-1:] not in ",;:-" and first_letter(lines[-1]).isupper()
            and len(lines[-1].split()) <= _HEAD_IN_A_TAIL_WORDS and latin_ratio(block.text) >= 0.5
            and blocks[i + 1].gap >= 1 and (_lead_in_over_rows(blocks, i + 1) or blocks[i + 1].kind is Kind.ROW or _header_row_over_rows(blocks, i + 1))
        ):
            out.append(block.with_(lines=lines[:-1]))
            out.append(block.with_(lines=lines[-1:], start=block.start + len(lines) - 1, gap=0, indent=False, kind=Kind.SHORT))
            continue
        out.append(block)
    return tuple(out)


_HEAD_IN_A_TAIL_WORDS = 5  # a box's head read as a carried tail's last line: "Bolsa d'Xtudu 2027/2028"


def _heads_opening_the_text_under_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The next story's head glued over its text, flush under a story's last words carried past
    the running head, read as the text's first line: a line of no sentence, broken where the next
    line's first word would have fitted on it, over a line opening on a capital, leaves the block
    as a line of its own; `_heads_glued_under_a_carried_tail` then takes it as the story's head.
    "Nouvèl Bayou Chikòt · paj 6" / "" / "lakou." / "Klib-la va fé so kours dan bayou" / "Klib
    Pirog Bayou Chikòt va fé so kours" / … (holdout83's Louisiana Creole page: before, the head the
    club news's first words, run into the story above; titles 1/2).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "Sé pou ça li montré yé sa samdi-la,", "dan so"), b(Kind.FURNITURE, 1, "Nouvèl Bayou · paj 6"), b(Kind.BODY, 1, "lakou."),
    ...         b(Kind.BODY, 0, "Klib-la va fé so kours dan bayou", "Klib Pirog Bayou Chikòt va fé so kours", "annyèl dimanch 12 désanm. Tou moun"))
    >>> [(x.kind.value, x.lines[0]) for x in _heads_opening_the_text_under_a_carried_tail(page)[3:]]
    [('short', 'Klib-la va fé so kours dan bayou'), ('body', 'Klib Pirog Bayou Chikòt va fé so kours')]
    >>> page = page[:3] + (b(Kind.BODY, 0, "Klib-la va fé so kours dan bayou ki", "Klib Pirog Bayou Chikòt va fé so kours", "annyèl dimanch 12 désanm. Tou moun"),)
    >>> [x.kind.value for x in _heads_opening_the_text_under_a_carried_tail(page)][3:]  # a line run to the column: text
    ['body']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        lines = block.lines
        if (
            2 <= i and block.kind is Kind.BODY and block.gap == 0 and len(lines) >= _TEXT_UNDER_A_HEAD_LINES + 1
            and blocks[i - 2].kind is Kind.FURNITURE and blocks[i - 1].kind is Kind.BODY and blocks[i - 1].gap >= 1
            and len(blocks[i - 1].lines) <= _CARRIED_TAIL_LINES and ends_sentence(blocks[i - 1].text)
            and not ends_sentence(lines[0]) and lines[0][-1:] not in ",;:-–—" and first_letter(lines[0]).isupper() and first_letter(lines[1]).isupper()
            and len(lines[0].split()) <= _HEAD_OPENING_THE_TEXT_WORDS and latin_ratio(block.text) >= 0.5
            and display_width(lines[0]) + 1 + display_width(lines[1].split()[0]) <= max(display_width(line) for line in lines[1:])
        ):
            out.append(block.with_(lines=lines[:1], kind=Kind.SHORT))
            out.append(block.with_(lines=lines[1:], start=block.start + 1, gap=0, indent=False))
            continue
        out.append(block)
    return tuple(out)


_TEXT_UNDER_A_HEAD_LINES = 2  # a story's text under its glued head: a sentence or two, wrapped
_HEAD_OPENING_THE_TEXT_WORDS = 10
# Spaces between a Latin table's cells, set to line up: "No. Ngan        Iskul Marka".
CELL_GAP = re.compile(r"\S {2,}\S")


def names_columns(text: str) -> bool:
    """A table's header row: column names, cells apart by runs of spaces, and no sentence.

    >>> names_columns("No. Name        School  Rating"), names_columns("He said  it was over.")
    (True, False)
    """
    return CELL_GAP.search(text) is not None and not ends_sentence(text)


# A line's last word a day and month in figures, each closed by its point, maybe a year after them
# ("Mubpie laavvoedahke, 16.9.", "Konsèrt sabda 3.10.2031."): the last point is the date's.
_DATE_IN_FIGURES_AT_END = re.compile(r"[^\W\d_],?\s+(?:0?[1-9]|[12]\d|3[01])\.\s?(?:0?[1-9]|1[0-2])\.(?:\d{2,4}\.?)?$")


def _ends_on_a_date_in_figures(text: str) -> bool:
    """A head whose last point closes a date in figures (`_DATE_IN_FIGURES_AT_END`), no sentence:
    a next evening's running order's head, "Mubpie laavvoedahke, 16.9.", glued under a story's
    carried last words over its time / performer rows.

    >>> _ends_on_a_date_in_figures("Konsèrt sabda, 3.10."), _ends_on_a_date_in_figures("Konsèrt sabda 3.10.2031.")
    (True, True)
    >>> _ends_on_a_date_in_figures("The hall opens at 18.30."), _ends_on_a_date_in_figures("Prices rose by 3.5 per cent.")
    (False, False)
    """
    return _ends_on_a_figure_or_point(text) and _DATE_IN_FIGURES_AT_END.search(text) is not None


def _ends_on_a_figure_or_point(text: str) -> bool:
    """Whether the line's last character (before one closing newline, where a `$` may match) is a
    figure or a point: the cheap test before a `$`-anchored pattern searched over the whole line
    that must end so (`_DATE_IN_FIGURES_AT_END`, `_ISSUE_NUMBER_CLOSING`), which most lines fail.

    >>> _ends_on_a_figure_or_point("NUMBER 77"), _ends_on_a_figure_or_point("3.10.\\n"), _ends_on_a_figure_or_point("Konsèrt sabda"), _ends_on_a_figure_or_point("")
    (True, True, False, False)
    """
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last == "." or last.isdecimal()


def _rows_of_cells_set_apart(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i], set a blank line apart, and the block flush under it are each a row of one line,
    its cells apart by runs of spaces and no sentence (`names_columns`): a table's rows with no
    header row, a running order's "18.00   Sara Bientie" / "18.45   Noere vuelietjæjjah".

    >>> b = lambda gap, text: Block((text,), 1, gap=gap, kind=Kind.BODY)
    >>> _rows_of_cells_set_apart((b(1, "19.00   Ane Kuoljok"), b(0, "19.40   Lars Jåma")), 0)
    True
    >>> _rows_of_cells_set_apart((b(1, "19.00   Ane Kuoljok"), b(0, "The doors open at seven.")), 0)
    False
    """
    rows = blocks[i : i + 2]
    return (
        len(rows) == 2 and rows[0].gap >= 1 and rows[1].gap == 0
        and all(row.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and len(row.lines) == 1 and names_columns(row.text) for row in rows)
    )


def _header_row_over_rows(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i] is a table's header row (`names_columns`), one line flush over the table's rows.
    "Miâ-chhù Sèⁿ-miâ      Ha̍k-hāu" / "1   Gô͘ Ka-hoân   Tang-mn̂g Kok-sió"."""
    return (
        i + 1 < len(blocks) and blocks[i].kind in (Kind.BODY, Kind.SHORT) and len(blocks[i].lines) == 1 and names_columns(blocks[i].text)
        and blocks[i + 1].kind is Kind.ROW and blocks[i + 1].gap == 0
    )


def _heads_glued_under_a_spec_line(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A review's last line, its product's specs parted by middle dots, is its row; a line of no
    sentence flush under it and over text flush under that heads the next piece: "Layar 6,5 inci ·
    128 GB · 5.000 mAh" / "Menara baru di Tomohon" / "Operator seluler so bapasang…" (holdout90's
    Manado phone review; before, spec line and head one heading of the review).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 1, "Layar 6,5 inci · 128 GB · 5.000 mAh"), b(Kind.SHORT, 0, "Menara baru di Tomohon"), b(Kind.BODY, 0, "Operator seluler so bapasang menara"))
    >>> [x.kind.value for x in _heads_glued_under_a_spec_line(page)]
    ['row', 'headline', 'body']
    """
    out = list(blocks)
    for i in range(len(out) - 2):
        spec, head, text = out[i], out[i + 1], out[i + 2]
        if (
            spec.kind in (Kind.SHORT, Kind.ROW)
            and len(spec.lines) == 1
            and SPEC_LINE.match(spec.text)
            and head.kind in (Kind.SHORT, Kind.BODY)
            and head.gap == 0
            and len(head.lines) == 1
            and not ends_sentence(head.text)
            and text.kind is Kind.BODY
            and text.gap == 0
        ):
            out[i], out[i + 1] = spec.with_(kind=Kind.ROW), head.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _question_set_apart(block: Block) -> bool:
    """A question of one line set apart, an explainer's first: "¿Andi ma klase tan sé?" (holdout91's
    Palenquero Q&A box under "Ma pregunta", glued under the story's carried last word)."""
    return block.gap >= 1 and len(block.lines) == 1 and block.text.endswith(("?", "？"))


def _lead_in_over_rows(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i] is a line that opens a list with a colon, over its rows: "Wi bin lendim mowa
    langa Septemba:" / "1  Lilboi Go Fishing  N. Thompson" (holdout90's Kriol library chart, whose
    head stood glued under the story's carried last word).

    So does a notice's lead-in paragraph of a few lines ending on its colon, over its rows set a
    blank line below (`_LEAD_IN_LINES`): "Kimvuka kia Mavimpi … kiza-" / "yisa binkundi …" / "…
    ngonda zina boye:" / "" / "Nkundi   Ku ngonda" / "Muntu mosi   3.000 FC" (holdout116's Kikongo
    rates notice glued under the story's carried last words; before, its head the story's last
    heading, the notice the story's paragraphs).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> lead = b(Kind.BODY, 1, "The fund tells its members that from", "1 May the dues are these:")
    >>> _lead_in_over_rows((lead, b(Kind.ROW, 1, "Single      3.000 FC")), 0), _lead_in_over_rows((lead.with_(lines=lead.lines[:1]), b(Kind.BODY, 1, "Single")), 0)
    (True, False)
    """
    return (
        i + 1 < len(blocks) and 1 <= len(blocks[i].lines) <= _LEAD_IN_LINES and blocks[i].lines[-1].rstrip().endswith(":")
        and blocks[i + 1].kind is Kind.ROW and (len(blocks[i].lines) == 1 or blocks[i].kind is Kind.BODY)
    )


_LEAD_IN_LINES = 4  # a notice's lead-in over its rows: a sentence or two, never a story's long paragraph


def _columns_named_like_papers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Chinese page, a line of Han characters alone that `PAPER_NAME` matches ("警情快报",
    "治安快报"), below the page's first story and set flush over text, is a column's label, not the
    paper's name: the page names its paper at the top and in its running heads and foot, set apart,
    never flush over a paragraph; and another paper's name than the masthead's.

    Before: FURNITURE "警情快报" under "…请到平台上核实。”" / "湄岗晚报·政法视窗", over "　　凌晨2时，…"
    (the police log's entries read into the court report). After: SHORT.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.FURNITURE, 0, "沙洲晚报"), b(Kind.BODY, 1, "他说：“请到平台上核实。”"), b(Kind.FURNITURE, 1, "沙洲晚报·法治"),
    ...         b(Kind.FURNITURE, 0, "警情快报"), b(Kind.BODY, 0, "凌晨2时，民警接到报警。"))
    >>> [x.kind.value for x in _columns_named_like_papers(page)][3], [x.kind.value for x in _columns_named_like_papers(page[:1] + page[3:])][1]
    ('short', 'furniture')
    """
    masthead = _FIELD_GAP.split(blocks[0].lines[0].strip())[0] if blocks else ""
    out: list[Block] = []
    stories = False
    for i, block in enumerate(blocks):
        under = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            stories
            and block.kind is Kind.FURNITURE
            and _HAN_NAME.match(block.text) is not None
            and block.text != masthead
            and PAPER_NAME.fullmatch(block.text) is not None
            and under is not None
            and under.kind is Kind.BODY
            and under.gap == 0
        ):
            block = block.with_(kind=Kind.SHORT)
        stories = stories or block.kind is Kind.BODY and ends_sentence(block.text)
        out.append(block)
    return tuple(out)


def _heads_glued_under_a_read_back_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Chinese page that sets its paragraphs a blank line apart, a head flush under a story's
    last words carried past the running head (read back into the paragraph, the running head left
    under it), over text flush under it, opens the next piece: there a story's 小标题 is set apart
    as its paragraphs are, and a column glued under the story's end has its label so.

    Before: "…真正的" / "桐岫日報．法庭與警政" / "被害人。」" / "警政快訊" / "　　晚間8時，…" / "" /
    "　　凌晨1時許，…": the label a heading of the court report, the log's entries its paragraphs.
    After: the label a headline.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "他说：“请到平台上核实。”"), b(Kind.FURNITURE, 1, "沙洲日报·法治"), b(Kind.SHORT, 0, "警情通报"),
    ...         b(Kind.BODY, 0, "凌晨2时，民警接到报警。"), b(Kind.BODY, 1, "上午9时，一名老人走失。"))
    >>> [x.kind.value for x in _heads_glued_under_a_read_back_tail(page)][2]
    'headline'

    On an indent-only page (its text flush under every line) the line stays a subhead:

    >>> [x.kind.value for x in _heads_glued_under_a_read_back_tail(page[:4] + (page[4].with_(gap=0),))][2]
    'short'
    """
    return tuple(
        block.with_(kind=Kind.HEADLINE)
        if _under_the_furniture_after_a_sentence(blocks, i)
        and i + 2 < len(blocks)
        and blocks[i + 1].kind is Kind.BODY
        and blocks[i + 1].gap == 0
        and blocks[i + 2].kind is Kind.BODY
        and blocks[i + 2].gap >= 1
        and blocks[i - 2].gap >= 1
        else block
        for i, block in enumerate(blocks)
    )


def _box_heads_glued_under_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Chinese page, such a head set a blank line over a box's labelled line heads the box, not
    the story (a story's 小标题 has its text indented under it): "…防住纪冬是这场" / "桐溪日报·体育" /
    "比赛的关键。" / "预计首发" / "" / "开球：3月20日（周六）15:30　市民球场" (holdout88; before, the story's
    last heading).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "防住纪冬是这场"), b(Kind.FURNITURE, 1, "桐溪日报·体育"), b(Kind.BODY, 1, "比赛的关键。"),
    ...         b(Kind.SHORT, 0, "预计首发"), b(Kind.BODY, 1, "开球：3月20日（周六）15:30　市民球场"))
    >>> [x.kind.value for x in _box_heads_glued_under_a_carried_tail(page)][3]
    'headline'

    So does a head over a column of small ads, each opened by its kind in brackets (`_small_ads_under`):
    "…离公司也" / "槿川日报·安居" / "近。”" / "房屋租赁信息" / "" / "【整租】…" / "" / "【合租】…" (holdout93's
    rental column; before, the story's last heading, the ads its paragraphs).

    >>> page = page[:3] + (b(Kind.SHORT, 0, "房屋租赁信息"), b(Kind.BODY, 1, "【整租】两室一厅，月租1600元。"), b(Kind.BODY, 1, "【合租】次卧出租，月租650元。"))
    >>> [x.kind.value for x in _box_heads_glued_under_a_carried_tail(page)][3]
    'headline'

    So does a notice's head over its document's number (`_document_number_under`): "…从西侧副航道" /
    "东屿日报·港航" / "绕行。" / "东屿海事局航行警告" / "" / "东航警〔2031〕0017号" / "" / "　　…" (holdout107's
    navigation warning; before, the story's last heading, the number the warning's title).

    >>> page = page[:3] + (b(Kind.SHORT, 0, "东屿海事局航行警告"), b(Kind.BODY, 1, "东航警〔2031〕0017号"), b(Kind.BODY, 1, "　　作业期间…").with_(indent=True))
    >>> [x.kind.value for x in _box_heads_glued_under_a_carried_tail(page)][3]
    'headline'

    So does a guide's head over its numbered steps, each opening on its number and the step's
    name with a colon (`_numbered_steps_under`): "…就可以" / "溆阳日报·惠民周刊" / "办理。”" /
    "社保卡补换办理指南" / "" / "　　1.挂失：拨打12333，…" / "" / "　　2.申请：…" (before, the
    story's last heading, the steps its paragraphs). The steps stay paragraphs.

    >>> page = page[:3] + (b(Kind.SHORT, 0, "医保卡办理指南"), b(Kind.BODY, 1, "1.申请：带上身份证到窗口填表。"), b(Kind.BODY, 1, "2.领卡：十个工作日后领卡。"))
    >>> [x.kind.value for x in _box_heads_glued_under_a_carried_tail(page)][3:]
    ['headline', 'body', 'body']
    """
    out = list(blocks)
    for i in range(len(blocks)):
        if (_glued_under_a_carried_tail(blocks, i) or _under_the_furniture_after_a_sentence(blocks, i)) and (
            _box_of_fields_under(blocks, i) or _small_ads_under(blocks, i) or _document_number_under(blocks, i) or _numbered_steps_under(blocks, i)
        ):
            out[i] = blocks[i].with_(kind=Kind.HEADLINE)
            k = i + 1  # (its labelled lines its rows, none a head: "开球：…" / "青山队：鲍岩、晏骁…")
            while k < len(blocks) and blocks[k].kind in (Kind.SHORT, Kind.BODY) and len(blocks[k].lines) == 1 and ENTRY_LABEL.match(blocks[k].text):
                out[k] = blocks[k].with_(kind=Kind.ROW)
                k += 1
    return tuple(out)


def _rows_boxes_glued_under_a_carried_tail(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Chinese page, a one-line head flush under the furniture, the story's carried last words
    read back into its paragraph over it (`_under_the_furniture_after_a_sentence`), heads a box when
    the lines set a blank line under it are rows (`_box_rows_under`): three or more flush lines,
    each a whole sentence or a row of cells. The head opens the box's piece and each line is a row
    of its own. "…开窗通风。" / "沄城晚报·气象·生活" / "未来一周天气" / "" / "3月4日　周四　小雨　14～19℃" /
    … (holdout81's outlook; before, the story's heading, its rows lost), "…過路處。」" / "翠澳日報．港聞"
    / "街坊點睇" / "" / "黃伯（82歲）：「…」" / "陳太（主婦）：「…」" (holdout92's vox pop; before, the
    story's heading, the sayings one paragraph of it).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "比赛的关键。"), b(Kind.FURNITURE, 1, "桐溪日报·体育"), b(Kind.SHORT, 0, "他们说"),
    ...         b(Kind.BODY, 1, "老李：“踢得好。”", "小王：“还要练。”", "阿芳：“下次再来。”"), b(Kind.FURNITURE, 1, "桐溪日报社"))
    >>> [(x.kind.value, x.lines) for x in _rows_boxes_glued_under_a_carried_tail(page)][2:5]
    [('headline', ('他们说',)), ('row', ('老李：“踢得好。”',)), ('row', ('小王：“还要练。”',))]
    >>> page = page[:3] + (b(Kind.BODY, 1, "老李说，今天的比赛", "踢得很好，大家都很开心。"),) + page[4:]
    >>> [x.kind.value for x in _rows_boxes_glued_under_a_carried_tail(page)][2:4]
    ['short', 'body']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        end = _box_rows_under(blocks, i) if _under_the_furniture_after_a_sentence(blocks, i) else 0
        if not end:
            out.append(blocks[i])
            i += 1
            continue
        out.append(blocks[i].with_(kind=Kind.HEADLINE))
        for k in range(i + 1, end):
            block = blocks[k]
            for n, line in enumerate(block.lines):
                out.append(block.with_(lines=(line,), start=block.start + n, gap=block.gap if n == 0 else 0, indent=False, kind=Kind.ROW))
        i = end
    return tuple(out)


_BOX_ROW_CHARS = 30  # a box's row: "3月10日　周三　多云　13～22℃", "黃伯（82歲）：「行多十分鐘好辛苦。」"
_BOX_ROWS = 3  # a box of rows has three or more; two lines may be a short paragraph
_CELLS_APART = re.compile(r"\S\u3000+\S")


def _box_rows_under(blocks: tuple[Block, ...], i: int) -> int:
    """The end of the run of rows set a blank line under blocks[i] (0 if none): flush blocks of a
    page's text, none indented, their lines (three or more, none past `_BOX_ROW_CHARS`) each a whole
    sentence or a row of cells apart by ideographic spaces, running to the furniture or the page's end.
    The table's source line under its rows is its last row (`_source_under_rows`: "资料来源：各州伊斯兰宗教局"
    under a table of fasting times by town; before, it ended the run short of the furniture, the
    table's head and header row a kicker over a title)."""
    k = i + 1
    if k >= len(blocks):
        return 0
    glued = blocks[k].gap < 1
    lines = 0
    while k < len(blocks) and blocks[k].kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and (k == i + 1 or blocks[k].gap == 0):
        block = blocks[k]
        row = _message_line if glued else _box_row_line
        if block.indent or not all(len(line) <= _BOX_ROW_CHARS and row(line) for line in block.lines):
            return 0
        lines += len(block.lines)
        k += 1
    if lines < _BOX_ROWS or (k < len(blocks) and blocks[k].kind is not Kind.FURNITURE):
        return 0
    return k


def _box_row_line(line: str) -> bool:
    """A line of a box set apart under its head: a whole sentence, a row of cells, a table's source."""
    return ends_sentence(line) or _CELLS_APART.search(line) is not None or TABLE_SOURCE.match(line) is not None


def _message_line(line: str) -> bool:
    """A line of a message printed line by line as it arrived, flush under its box's head: each
    line stops on a mark of its own (a sentence's or a clause's end, "…今日到期，" / "…兌換禮品：",
    where wrapped text stops anywhere), or is a bare web address, or a labelled row ("熱線：2591 7730").
    Before: "騙案短訊樣本" glued under a carried tail, the specimen's lines read as one paragraph of
    the story. After: the box's head, a row a line (`_rows_boxes_glued_under_a_carried_tail`).

    >>> [_message_line(t) for t in ("【某公司】閣下積分將於今日到期，", "scam-points.example.com", "熱線：2591 7730", "老李说今天的比赛")]
    [True, True, True, False]
    """
    return (
        _box_row_line(line)
        or line.endswith(("，", ","))
        or _WEB_ADDRESS.fullmatch(line) is not None
        or ENTRY_LABEL.match(line) is not None
    )


# A small ad's kind in lenticular brackets opening it: "【整租】", "【商铺】" (a story's paragraph may
# open on its run-in dateline, "【本報訊】", but its next paragraph never on another).
BRACKETED_KIND = re.compile(r"^【[^】\s]{1,6}】\S")


def _document_number_under(blocks: tuple[Block, ...], i: int) -> bool:
    """The line under blocks[i] is a document's number alone ("东航警〔2031〕0017号", `DOCUMENT_NUMBER`),
    over the text at the paragraph's indent: blocks[i] is the head of the notice it numbers."""
    number, text = blocks[i + 1 : i + 2], blocks[i + 2 : i + 3]
    return (
        len(number) == len(text) == 1
        and len(number[0].lines) == 1
        and not number[0].indent
        and DOCUMENT_NUMBER.match(number[0].text.strip()) is not None
        and text[0].indent
    )


# A step's number and name with its colon, opening its paragraph: "1.挂失：", "2、申请：", "3．缴费：".
_NUMBERED_STEP = re.compile(r"^(?P<n>[1-9])[.．、]\s*[\u4e00-\u9fff]{1,6}[：:]")


def _numbered_steps_under(blocks: tuple[Block, ...], i: int) -> bool:
    """Two paragraphs or more under blocks[i], set a blank line under it, are a guide's steps
    numbered from 1 in turn, each opening on its number and the step's name (`_NUMBERED_STEP`):
    "1.挂失：…", "2.申请：…". The head over them names the guide.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> head = Block(("办理指南",), 1, kind=Kind.SHORT)
    >>> _numbered_steps_under((head, b("1.申请：带上身份证。"), b("2.领卡：当场领取。")), 0)
    True
    >>> _numbered_steps_under((head, b("2.申请：带上身份证。"), b("3.领卡：当场领取。")), 0)
    False
    """
    steps = blocks[i + 1 : i + 3]
    numbers = [_NUMBERED_STEP.match(b.text.strip()) if b.kind is Kind.BODY else None for b in steps]
    return len(steps) == 2 and steps[0].gap >= 1 and all(numbers) and [m.group("n") for m in numbers] == ["1", "2"]


def _small_ads_under(blocks: tuple[Block, ...], i: int) -> bool:
    """Two paragraphs or more under blocks[i], set a blank line under it, each a small ad opened by
    its kind in brackets (`BRACKETED_KIND`): a column of small ads, which the head over it names."""
    ads = blocks[i + 1 : i + 3]
    return len(ads) == 2 and ads[0].gap >= 1 and all(b.kind is Kind.BODY and BRACKETED_KIND.match(b.text) for b in ads)


def _under_the_furniture_after_a_sentence(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i] is a one-line head flush under the furniture, the story's carried last words read
    back into its paragraph over it (the paragraph ends its sentence)."""
    return (
        2 <= i < len(blocks) - 1
        and blocks[i].kind is Kind.SHORT
        and blocks[i].gap == 0
        and len(blocks[i].lines) == 1
        and blocks[i - 1].kind is Kind.FURNITURE
        and blocks[i - 2].kind is Kind.BODY
        and ends_sentence(blocks[i - 2].text)
    )


def _signed_letter_from(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i:] are a letter: paragraphs of text, the last ending its sentence, signed under it
    by a name and its town. "Eso lo ol nes" / "" / "Ai laik tok eso…" / "" / "Lillian Nona, Badu",
    glued under the editorial's carried last word (holdout94's Torres Strait Creole page; before,
    the letter's head a subhead of the editorial, its signature the editorial's byline)."""
    k = i
    while k < len(blocks) and blocks[k].kind is Kind.BODY:
        k += 1
    return i < k < len(blocks) and ends_sentence(blocks[k - 1].text) and _signed_from_a_town(blocks[k])


def _glued_under_a_carried_tail(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i] is a one-line head flush under a story's last words carried past the furniture."""
    if not 2 <= i < len(blocks) - 1:
        return False
    furniture, tail, head = blocks[i - 2], blocks[i - 1], blocks[i]
    return (
        # (a head with a figure in it may read as text: "Top 5 buk langa laibri", over a list's lead-in;
        # a label of two words, "Ma pregunta", over an explainer's first question)
        (
            head.kind is Kind.SHORT
            or head.kind is Kind.BODY
            and (not ends_sentence(head.text) or head.text.endswith("?") or _ends_on_a_date_in_figures(head.text))  # (a box's name may ask: "Aage ka hoi?")
            and (
                _lead_in_over_rows(blocks, i + 1) or _question_set_apart(blocks[i + 1]) or blocks[i + 1].kind is Kind.ROW or _header_row_over_rows(blocks, i + 1)
                or _rows_of_cells_set_apart(blocks, i + 1)
            )
        )
        and head.gap == 0
        and len(head.lines) == 1
        # (text, or a table's rows: "How we reach hey" / "2019 Sep   Govament…", or its header row over
        # them, read as a short line: "Copa ajedrez" / "Fase Equipos        Resultado" / "Final Pebas – Huanta   2–2")
        and (blocks[i + 1].kind in (Kind.BODY, Kind.ROW) or _header_row_over_rows(blocks, i + 1) or _unit_line_over_two_rows(blocks, i + 1))
        and tail.kind is Kind.BODY
        and len(tail.lines) <= _CARRIED_TAIL_LINES
        and (ends_sentence(tail.text) or _SIGNED_BY_AN_AGENCY.search(tail.text) is not None)
        and furniture.kind is Kind.FURNITURE
        and tail.gap >= 1
    )


def _box_of_fields_under(blocks: tuple[Block, ...], i: int) -> bool:
    """A blank line under blocks[i], and a box's labelled line: "开球：…", "When: …"."""
    below = blocks[i + 1]
    return below.gap >= 1 and (ENTRY_LABEL.match(below.lines[0]) is not None or LATIN_FIELD.match(below.lines[0]) is not None)


_CARRIED_TAIL_LINES = 2  # a story's last words carried past a running head
# A story's last sentence signed by its agency in brackets: "…znèn. (Agenzì Tramontèna)".
_SIGNED_BY_AN_AGENCY = re.compile(r"[.!?][”\"’]? \([A-ZÀ-ÖØ-Þ][\w'’-]*(?: [A-ZÀ-ÖØ-Þ][\w'’-]*)?\)$")


def _drawings_named_over_their_maker(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A drawing's label and a name of a few characters (`DRAWN_BY`) with the maker's credit
    flush under it names the drawing: "插图：江心夜雨" / "邵小舟　绘" are a caption and its credit
    (before, two credits and a caption of no text).

    >>> page = (Block(("插图：江心夜雨",), 4, gap=1, kind=Kind.CREDIT), Block(("邵小舟　绘",), 5, kind=Kind.CREDIT))
    >>> [b.kind.value for b in _drawings_named_over_their_maker(page)], _drawings_named_over_their_maker(page[:1]) == page[:1]
    (['caption', 'credit'], True)
    """
    out = list(blocks)
    for i in range(len(blocks) - 1):
        block, below = blocks[i], blocks[i + 1]
        if block.kind is Kind.CREDIT and below.kind is Kind.CREDIT and not below.gap and DRAWN_BY.match(block.text) and not DRAWN_BY.match(below.text):
            out[i] = block.with_(kind=Kind.CAPTION)
    return tuple(out)


def _fields_under_fields(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line opening on a field's label (`ENTRY_LABEL`, `LATIN_FIELD`), flush under a
    paragraph that opens on one too, is the box's next field, no head: a travel box's "美食：海蛎煎、
    糟鳗鱼、霞浦紫菜" under "住宿：…需提前预订。" (before, a subhead of the story above the box); a
    review's verdict "Score: 4/5" under "Bad: camera in low light, speaker." (before, the next
    story's title, its own head pushed to the subtitle).

    >>> page = (Block(("Bad: camera in low light, speaker.",), 3, kind=Kind.BODY), Block(("Score: 4/5",), 4, kind=Kind.SHORT))
    >>> [b.kind.value for b in _fields_under_fields(page)], _fields_under_fields(page[1:]) == page[1:]
    (['body', 'body'], True)
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        if blocks[i].kind is Kind.SHORT and _field_under_a_field(blocks[i - 1], blocks[i]):
            out[i] = blocks[i].with_(kind=Kind.BODY)
    return tuple(out)


def _field_under_a_field(above: Block, block: Block) -> bool:
    """Whether `block` is a box's field flush under its field `above` (`_fields_under_fields`)."""
    # (a field closes the quotation it opens: "祁文澜：“宁可不修，不可" is an answer's shard)
    text = block.text
    fields = not block.gap and above.kind is Kind.BODY and _opens_on_a_field(text) and _opens_on_a_field(above.text)
    return fields and text.count("“") <= text.count("”") and not quotation_left_open(text)


def _opens_on_a_field(text: str) -> bool:
    return ENTRY_LABEL.match(text) is not None or LATIN_FIELD.match(text) is not None


# A columnist's name and, in brackets, the trade and town that answer for the column: "Lehua
# Kamakau (lawyer, Hilo)", "Tom Reyes (master gardener)". The bracket opens on a word in lower case.
_WRITER_WITH_POST = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.ʻ-]+(?: [A-ZÀ-ÖØ-Þ][\w'’.ʻ-]+){1,3} \([a-zà-ÿ][^()]{2,40}\)$")


def _writers_with_their_post(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A name with its trade in brackets (`_WRITER_WITH_POST`) flush under a head, over the text,
    is the column's writer; a question under the column's name, over that line, is the head.
    Before: "Aks Aunty Lehua" / "Who get da mangoes?" / "Lehua Kamakau (lawyer, Hilo)" gave the
    question as the first paragraph and the writer as a subhead (holdout81); after: title and byline.

    >>> page = (Block(("Aks Aunty Lehua",), 4, gap=1, kind=Kind.SHORT), Block(("Who get da mangoes?",), 5, kind=Kind.BODY),
    ...     Block(("Lehua Kamakau (lawyer, Hilo)",), 6, kind=Kind.SHORT), Block(("Q: My mango tree stay on my side.",), 8, gap=1, kind=Kind.BODY))
    >>> [b.kind.value for b in _writers_with_their_post(page)]
    ['short', 'short', 'byline', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if block.kind is not Kind.SHORT or block.gap or below.kind is not Kind.BODY or not _WRITER_WITH_POST.match(block.text):
            continue
        if above.kind is Kind.SHORT:
            out[i] = block.with_(kind=Kind.BYLINE)
        elif above.kind is Kind.BODY and len(above.lines) == 1 and above.text.endswith("?") and i >= 2 and blocks[i - 2].kind is Kind.SHORT and not above.gap:
            out[i - 1], out[i] = above.with_(kind=Kind.SHORT), block.with_(kind=Kind.BYLINE)
    return tuple(out)


# A life's years on a line of their own, an obituary's deck: "1938–2027", "(1938 – 2027)", "* 1938 † 2027".
LIFE_YEARS_LINE = re.compile(r"^\(?(?:\*\s?)?\d{4}\s?(?:[–—-]|†)\s?†?\s?\d{4}\)?$")
def lifes_years_line(text: str) -> bool:
    """The years of a life on a line of their own (`LIFE_YEARS_LINE`), birth to death within a
    lifetime: "1938–2027", not a tide's or a shop's hours "0612-1830", "1530-1800".

    >>> lifes_years_line("1938–2027"), lifes_years_line("0612-1830"), lifes_years_line("1530-1800"), lifes_years_line("2027")
    (True, False, False, False)
    """
    if LIFE_YEARS_LINE.match(text) is None:
        return False
    born, died = (int(year) for year in re.findall(r"\d{4}", text))
    return 1500 <= born <= died <= born + 120


# The years of a life in brackets on a line of their own, an obituary's deck under its head: "（1941—2028）".
BRACKETED_LIFE_YEARS = re.compile(r"^[（(](?:1[5-9]|20)\d\d ?[-–—]{1,2} ?(?:1[5-9]|20)\d\d[)）]$")


def _scores_under_their_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of its own kind under a head, over the byline or the text, is no second line of
    the head: a match report's score is the head's deck over the byline, the text's first line
    over the text (as `MATCH_RESULT`'s are; a results list has two rows or more); an obituary's
    years under the name are its deck, and under a head wrapped onto a second line too (a score
    line under two lines may be a table's; the years of a life are not).

    Before: SHORT "Rovers edge Harbour in extra time" / SHORT "ROVERS 3, HARBOUR 2 (a.e.t.)" /
    BYLINE "By TOM ASHCROFT" (one title of both); SHORT "Hein Thiessen" / SHORT "1938–2027".
    After: the score and the years SUBTITLEs.

    >>> b = lambda text, kind: Block((text,), 1, kind=kind)
    >>> page = (b("Rovers edge Harbour in extra time", Kind.SHORT), b("ROVERS 3, HARBOUR 2 (a.e.t.)", Kind.SHORT), b("By TOM ASHCROFT", Kind.BYLINE))
    >>> [x.kind.value for x in _scores_under_their_heads(page)]
    ['short', 'subtitle', 'byline']
    >>> [x.kind.value for x in _scores_under_their_heads((b("Hein Thiessen", Kind.SHORT), b("1938–2027", Kind.SHORT), b("Hein wea jebuare.", Kind.BODY)))]
    ['short', 'subtitle', 'body']
    >>> [x.kind.value for x in _scores_under_their_heads((Block(("Hein Thiessen Voss, a Lakeby", "miller, dies"), 1, kind=Kind.SHORT), b("1938–2027", Kind.SHORT), b("By Anna Berg", Kind.BYLINE)))]
    ['short', 'subtitle', 'byline']
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        head, line, below = blocks[i - 1], blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        if not (
            head.kind in (Kind.SHORT, Kind.HEADLINE)
            and (len(head.lines) == 1 or (len(head.lines) == 2 and lifes_years_line(line.text)))
            and RESULT_LINE.match(head.text) is None
            and line.kind is Kind.SHORT
            and len(line.lines) == 1
            and below is not None
            and below.kind in (Kind.BYLINE, Kind.BODY)
        ):
            continue
        if RESULT_LINE.match(line.text) or MATCH_RESULT.match(line.text):
            out[i] = line.with_(kind=Kind.SUBTITLE if below.kind is Kind.BYLINE else Kind.BODY)
        elif LIFE_YEARS_LINE.match(line.text):
            out[i] = line.with_(kind=Kind.SUBTITLE)
    return tuple(out)


def _heads_over_the_years_of_a_life(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An obituary's head, a line that ends no sentence, over the years of the life in brackets on
    a line of their own, over the byline: the head, not a paragraph, whatever it opens on (a
    quotation mark), and the years a line of their own, not the head's text run on (an
    indent-only page groups the head and the years, both flush, into one block).

    Before: BODY "“甘奶奶”的诊室熄灯了" / SHORT "（1952—2042）" / BYLINE, and BODY
    "郝德明：在山乡放了四十一年露天电影" + "（1950—2042）" / BYLINE (holdout158's city and county
    obituaries: the head a paragraph, or the kicker's deck). After: the head SHORT over the years.

    >>> b = lambda kind, *lines: Block(lines, 1, kind=kind)
    >>> page = (b(Kind.BODY, "“周师傅”的修车铺关门了"), b(Kind.SHORT, "（1948—2030）"), b(Kind.BYLINE, "本报记者　林青"))
    >>> [x.kind.value for x in _heads_over_the_years_of_a_life(page)]
    ['short', 'short', 'byline']
    >>> [(x.kind.value, x.lines) for x in _heads_over_the_years_of_a_life((b(Kind.BODY, "老船工走了", "（1948—2030）"), page[2]))]
    [('short', ('老船工走了',)), ('short', ('（1948—2030）',)), ('byline', ('本报记者　林青',))]
    >>> [x.kind.value for x in _heads_over_the_years_of_a_life((b(Kind.BODY, "他走了。"), page[1], page[2]))]
    ['body', 'short', 'byline']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        under = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if block.kind is not Kind.BODY or under is None or ends_sentence(block.lines[0]):
            out.append(block)
        elif len(block.lines) == 2 and BRACKETED_LIFE_YEARS.match(block.lines[1]) and under.kind is Kind.BYLINE:
            out += [block.with_(lines=block.lines[:1], kind=Kind.SHORT), block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False, kind=Kind.SHORT)]
        elif len(block.lines) == 1 and under.kind is Kind.SHORT and BRACKETED_LIFE_YEARS.match(under.text) and after is not None and after.kind is Kind.BYLINE:
            out.append(block.with_(kind=Kind.SHORT))
        else:
            out.append(block)
    return tuple(out)


def _kickers_over_obituary_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A word or two on a line of their own, flush over an obituary's head with the years of the
    life under it, is the head's kicker, not a paragraph of a word.

    Before: BODY "Nachruf" / SHORT "Hein Thiessen, the miller of the lower valley" / SUBTITLE
    "1938–2027" (holdout158's Potawatomi and Sinama obituaries: the kicker an article of its own,
    with no title). After: the kicker SHORT.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Nachruf", Kind.BODY, 1), b("Hein Thiessen, the miller of the lower valley", Kind.SHORT), b("1938–2027", Kind.SUBTITLE))
    >>> [x.kind.value for x in _kickers_over_obituary_heads(page)]
    ['short', 'short', 'subtitle']
    >>> [x.kind.value for x in _kickers_over_obituary_heads((page[0], page[1], b("Sein Leben", Kind.SUBTITLE)))]
    ['body', 'short', 'subtitle']
    """
    out = list(blocks)
    for i in range(len(blocks) - 2):
        kicker, head, years = blocks[i : i + 3]
        words = kicker.text.split()
        if (
            kicker.kind is Kind.BODY
            and len(kicker.lines) == 1
            and 1 <= len(words) <= 2
            and kicker.text[:1].isupper()
            and kicker.text[-1:].isalpha()
            and head.kind in (Kind.SHORT, Kind.HEADLINE)
            and not head.gap
            and years.kind is Kind.SUBTITLE
            and lifes_years_line(years.text)
        ):
            out[i] = kicker.with_(kind=Kind.SHORT)
    return tuple(out)


def _bylines_over_their_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An opinion page sets the writer's line over the piece's head: a byline led by its word
    ("Vun Hein Kürten", "Par Anne Morel"), a blank line over it, the head flush under it (a line
    of three words or more, no sentence), a blank line, the text. The byline and the head are
    the next piece's: the head is read first, the byline under it.

    Before: "…un dat flöck." / "" / BYLINE "Vun Trude Esser" / SHORT "De Kneip es et Wonnzemmer vum
    Veedel" / "" / "En minger Stroß…" (the byline the piece above's, the head a subhead of it).
    After: HEADLINE "De Kneip es et Wonnzemmer vum Veedel" / BYLINE "Vun Trude Esser" / "En minger Stroß…".
    """
    out = list(blocks)
    for i in range(len(out) - 2):
        byline, head, text = out[i], out[i + 1], out[i + 2]
        above = out[i - 1] if i else None
        if (
            byline.kind is Kind.BYLINE
            and len(byline.lines) == 1
            and EUROPEAN_BYLINE.match(byline.text) is not None
            and (above is None or byline.gap >= 1 and (above.kind is not Kind.BODY or ends_sentence(above.text)))
            and head.kind in (Kind.SHORT, Kind.BODY, Kind.HEADING)
            and len(head.lines) == 1
            and head.gap == 0
            and len(head.text.split()) >= 3
            and not ends_sentence(head.text)
            and _CO_WRITER.match(head.text) is None
            and text.kind is Kind.BODY
            and text.gap >= 1
        ):
            out[i], out[i + 1] = head.with_(kind=Kind.HEADLINE, gap=byline.gap), byline.with_(gap=0)
            if above is not None and above.kind is Kind.SHORT and ends_sentence(above.text):
                # (a sentence of short lines over it ends the piece above, no kicker of this one:
                # "Hein Kürten es Vürsitzender vum Radclub" / "Ihrefeld.", its writer's note)
                out[i - 1] = above.with_(kind=Kind.BODY)
    return tuple(out)


_CLOSING_WORDS = 3  # words at least in a list's closing sentence (a head's stub, "Results.", has fewer)


_MEASURED_LINES = 8  # printed lines of text at least, to know the column's width from the widest


def text_column(blocks: tuple[Block, ...], but: int | None = None) -> int:
    """The width of the page's text: nine in ten printed lines of its paragraphs (all but block
    `but`'s, the one to measure against it) are no wider; 0 where too few are printed to tell.
    A caption over two lines of 58 characters on a page of 39-character lines is set across
    the columns, all of it caption.

    >>> text = Block(("Batho ba fetang sekete ba bokane", "ka Moqebelo o fetileng ho shebella") * 4, 9, kind=Kind.BODY)
    >>> text_column((text,)), text_column((text,), but=0)
    (34, 0)
    """
    # (nor the lines over a credit: a caption's, set to its own measure)
    credited = {n - 1 for n, block in enumerate(blocks) if block.kind is Kind.CREDIT}
    widths = sorted(
        display_width(line) for n, block in enumerate(blocks) if n != but and n not in credited and block.kind is Kind.BODY and len(block.lines) >= 2 for line in block.lines
    )
    return widths[int(len(widths) * 0.9)] if len(widths) >= _MEASURED_LINES else 0


_ACROSS = 1.25  # a line a quarter wider than the page's text is set to another measure (`blocks.overwide`)


def _captions_set_across(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a page whose photos are credited, a sentence on a line or two of its own, set apart
    from the text above and below, each line a quarter wider than the page's text, is a caption
    set across the columns, not a paragraph.

    Before: BODY "Ntate Tšeliso Mohale o hlokomela pere ea hae pele ho lebelo." (61 characters)
    between two paragraphs of 39-character lines, a credited caption higher up. After: CAPTION.
    """
    if not any(block.kind is Kind.CREDIT for block in blocks):
        return blocks
    out = list(blocks)
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if not (block.kind is Kind.BODY and len(block.lines) <= 2 and block.gap >= 1 and (below is None or below.gap >= 1) and ends_sentence(block.text)):
            continue
        column = text_column(blocks, i)
        if column and min(display_width(line) for line in block.lines) > _ACROSS * column and not (below is not None and _pull_quote_over_its_sentence(block, below)):
            if not _quotation_repeated_further_on(block, blocks[i + 1 :]):
                out[i] = block.with_(kind=Kind.CAPTION)
    return tuple(out)


# One quotation and nothing else, its marks at both ends: ”Lapset piästäh kuivil jalloil.”, “…”, 「…」.
WHOLE_QUOTATION = re.compile(r"[“”„«»「\"][^“”„«»「」\"]{8,200}[”“»«」\"]")


def _quotation_repeated_further_on(line: Block, after: tuple[Block, ...]) -> bool:
    """A quotation alone, its marks at both ends, set across the columns, that a paragraph further
    on repeats word for word: a pull quote, an answer's sentence set large before it is read (an
    interview quotes a later answer, not the text right under it), no caption.

    Before: "R: Ume baawe, kuchu" ⏎⏎ "“Itom usim betchi'ivo, itom aa'e.”" ⏎⏎ "nenkawa…" … "R: Itom usim
    betchi'ivo, itom aa'e. Itepo…" (the quotation lifted as a caption). After: left as text for
    `mark_repeated_pull_quote`.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> quote = b("“We keep the boats for our children.”")
    >>> _quotation_repeated_further_on(quote, (b("the nets dry.",), b("A: We keep the boats for our children. Then…")))
    True
    >>> _quotation_repeated_further_on(b("We keep the boats for our children."), (b("A: We keep the boats for our children."),))
    False
    """
    return WHOLE_QUOTATION.fullmatch(line.text) is not None and any(
        block.kind is Kind.BODY and _pull_quote_over_its_sentence(line, block) for block in after
    )


def _credit_in_capitals(text: str) -> bool:
    """A photo credit, or the paper's and the photographer's names in capitals parted by a slash."""
    return PHOTO_CREDIT.match(text) is not None or "/" in text and text.isupper()


_WRAP_SLACK = 6  # display cells: a wrapped line stops short of the column by a word at most
# Words of four letters or more in lower case: a line in sentence case has two, a head in Title
# Case none ("Delegations From Five States Call Upon the Republican Nominee.").
_LOWER_CASE_WORD = re.compile(r"(?<!\w)[a-zà-ÿß-ž]{4,}(?!\w)")
_SENTENCE_CASE_WORDS = 2


def _sentences_wrapped_to_the_column(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short Latin paragraph of one sentence, set apart under the text's last sentence: two
    lines or more in sentence case, the first wrapped near the column's width, the last ending on
    a full stop. Text, no head: a head is set short of the column or stops on no full stop.

    Before (holdout90's Swabian exhibition review): "…Farbstreife gmolt hot." / "" / "Dreißig
    Bilder hänget jetzt bis End" / "August em Kunschtverei." / "" / a caption (the sentence read as
    the head of a photo story). After: the review's paragraph.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "Wer en dr Kunschtverei Filstal neikommt,", "sieht zerscht bloß weiße Wänd."), b(Kind.SHORT, "Dreißig Bilder hänget jetzt bis End", "August em Kunschtverei."))
    >>> [x.kind.value for x in _sentences_wrapped_to_the_column(page)]
    ['body', 'body']
    >>> [x.kind.value for x in _sentences_wrapped_to_the_column((page[0], b(Kind.SHORT, "Council Backs Bridge", "Over the River.")))]
    ['body', 'short']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        if (
            block.kind is Kind.SHORT
            and len(block.lines) >= 2
            and above.kind is Kind.BODY
            # (no caption over its credit, nor over the paper's name as one: "KABARLEMBAYUNG/RISAHANDAYANI")
            and (i + 1 == len(out) or out[i + 1].kind in (Kind.BODY, Kind.SHORT) and not _credit_in_capitals(out[i + 1].text))
            and ends_sentence(above.lines[-1])
            and block.lines[-1].endswith(".")
            and block.text[:1].isupper()
            and len(_LOWER_CASE_WORD.findall(block.lines[0])) >= _SENTENCE_CASE_WORDS  # (German capitalises its nouns)
            and latin_ratio(block.text) >= 0.5
            and display_width(block.lines[0]) >= max(display_width(line) for line in above.lines) - _WRAP_SLACK
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _full_lines_over_a_dropped_caption(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin paragraph's first line, one sentence that fills the column's width and stops on a
    full stop, set apart under text that ends a sentence and over a caption and its credit dropped
    into the paragraph (a line over a credit, then text): the paragraph's first sentence, the rest
    of the paragraph going on under the caption. Not a head: a head is set short of the column or
    stops on no full stop, and no head stands over a photo's caption with text right under it.
    (`_sentences_wrapped_to_the_column` reads a sentence of two lines or more so; one line wrapped
    to the column is the same sentence cut where the caption was dropped.)

    Before (holdout106's Zarma column, a page of 37-character lines): "Tuyo taaga kaa Yamey Alarba
    kan bisa." / "" / "Wayborey ga hari ceeci Isa me." / "Foto: …" / "" / "Goy-izey ga…": the
    line read as the head of a new story, splitting the answer in two. After: text.

    >>> b = lambda kind, *lines, gap=1: Block(lines, 1, gap=gap, kind=kind)
    >>> text = b(Kind.BODY, "Tu: Ay baa ka ci araŋ se kaa hari ga", "kaa fuyey ra kayna kayna sohõ.")
    >>> page = (text, b(Kind.SHORT, "Koyra hari tuyo taaga ga dake sohõ."), b(Kind.BODY, "Goy-izey ga goy."),
    ...         b(Kind.CREDIT, "Foto: Ali Moussa", gap=0), b(Kind.BODY, "Hari ga kaa Alzuma hane."))
    >>> [x.kind.value for x in _full_lines_over_a_dropped_caption(page)]
    ['body', 'body', 'body', 'credit', 'body']

    A line short of the column, or with no caption under it, is left as it was read:

    >>> [x.kind.value for x in _full_lines_over_a_dropped_caption((text, b(Kind.SHORT, "Hari ga dake sohõ."), *page[2:]))][1]
    'short'
    >>> [x.kind.value for x in _full_lines_over_a_dropped_caption((text, page[1], page[4]))][1]
    'short'
    """
    out = list(blocks)
    for i in range(1, len(out) - 3):
        above, block, caption, credit, text = out[i - 1], out[i], out[i + 1], out[i + 2], out[i + 3]
        if (
            block.kind is Kind.SHORT
            and block.gap >= 1
            and above.kind is Kind.BODY
            and ends_sentence(above.lines[-1])
            and block.text[:1].isupper()
            and len(_LOWER_CASE_WORD.findall(block.text)) >= _SENTENCE_CASE_WORDS
            and latin_ratio(block.text) >= 0.5
            and (
                len(block.lines) == 1
                and block.text.endswith(".")
                and display_width(block.text) >= max(display_width(line) for line in above.lines) - _FULL_LINE_SLACK
                or _sentence_cut_by_a_dropped_caption(block, above)
            )
            and caption.kind in (Kind.BODY, Kind.SHORT, Kind.CAPTION)
            and len(caption.lines) <= 2
            and caption.gap >= 1
            and credit.kind is Kind.CREDIT
            and credit.gap == 0
            and text.kind is Kind.BODY
            and text.gap >= 1
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


_FULL_LINE_SLACK = 2  # display cells: a line filled to the column, short of it by a space at most


def _sentence_cut_by_a_dropped_caption(block: Block, above: Block) -> bool:
    """A paragraph's opening lines cut mid-sentence where a caption was dropped into it (named
    `_sentence_cut_by_a_dropped_caption`, read by `_full_lines_over_a_dropped_caption`): two or
    three lines wrapped to the column (a line but the last within a word of its width), a clause
    after a comma opening on a long word in lower case (`_clause_in_lower_case`, a sentence's, not
    a Title Case head's), and no stop at the end, the last word in lower case: its sentence goes
    on under the caption. A head is set short of the column and capitalises after its commas.

    Before (a Karo Batak hotel story): "Ketua Kumpulen Hotel Tanah Karo," / "Sabar Ginting,
    ngataken tamue si reh" / "kerina nari Medan ras" / "" / caption / credit / "" / "Pekanbaru, …"
    (the names read as Title Case, the lines a new story's head). After: text.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.SHORT)
    >>> above = Block(("Gamit na ang bagong pantalan sa bayan", "mula pa noong Lunes ng umaga."), 1, kind=Kind.BODY)
    >>> _sentence_cut_by_a_dropped_caption(b("Ayon kay Mayor Ramon Dela Cruz,", "Kalibo Port Office, darating ang", "mga barko mula"), above)
    True
    >>> _sentence_cut_by_a_dropped_caption(b("Mayor Ramon Dela Cruz, Kalibo", "Port Office, Opens New Pier"), above)
    False
    """
    if not 2 <= len(block.lines) <= 3 or ends_sentence(block.text) or not block.text[-1:].isalpha() or not block.lines[-1].split()[-1].islower():
        return False
    width = max(display_width(line) for line in above.lines)
    return _clause_in_lower_case(block.text) and any(display_width(line) >= width - _WRAP_SLACK for line in block.lines[:-1])


def _heads_wider_than_the_column(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set apart over text, wider than any printed line of the page's text, is a
    story's headline: set in larger type across the columns, no subhead (a subhead is set in
    its column, at the text's size or near it).

    Before: SHORT "Maga estudiante ya planta mangle na Talon-Talon" set flush over its lead on a
    page of 38-character lines, after a story's last paragraph (read as that story's subhead).
    After: HEADLINE, the next story's.

    >>> text = Block((*("El nuevo mercado publico na barangay" for _ in range(11)), "ya abri ayer con mas puesto."), 3, kind=Kind.BODY)
    >>> head = Block(("Maga estudiante ya planta mangle na Talon-Talon",), 16, gap=1, kind=Kind.SHORT)
    >>> [b.kind.value for b in _heads_wider_than_the_column((text, head, text))]
    ['body', 'headline', 'body']
    >>> [b.kind.value for b in _heads_wider_than_the_column((text, head.with_(lines=("Maga estudiante",)), text))]
    ['body', 'short', 'body']
    """
    # (a paragraph's lines: a line alone may be the head itself, read as text)
    widths = [display_width(line) for block in blocks if block.kind is Kind.BODY and len(block.lines) > 1 for line in block.lines]
    if len(widths) < _MEASURED_LINES:
        return blocks
    column = max(widths)
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        # under a story's last sentence (not a caption set wide inside a sentence: "…shrunk by nearly 30" /
        # "A view of the lake. — Photo: …" / "acres over…"; nor a deck under its head)
        above = next((b for b in reversed(blocks[:i]) if b.kind is not Kind.FURNITURE), None)
        ended = above is not None and above.kind is Kind.BODY and ends_sentence(above.text)
        # (or a line of text alone, set flush on its lead: the grouper parted it from its text for its
        # width, "…mändih sillan piäl." / "Kirjastoh tulou karjalankielizii kniigoi" / "Aunuksen kirjastoh…")
        if (
            # (the line of text no caption set into the text with its credit, wider still: "Winkelend publiek
            # op de Brink, zaterdagmiddag. Foto: Erik Jansen")
            (block.kind is Kind.SHORT and block.gap >= 1 or block.kind is Kind.BODY and below.gap == 0 and ". " not in block.text and display_width(block.text) <= column * 5 // 4)
            and len(block.lines) == 1
            and display_width(block.text) > column
            and below.kind is Kind.BODY
            and first_letter(below.text).isupper()
            and not ends_sentence(block.text)
            and ended
        ):
            out[i] = block.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _sentences_closing_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A sentence set in the same block right under a list's rows, a full stop at its end, is the
    list's closing note, a paragraph: no head of a story of its own (a head ends on no stop). Under
    a row that is a sentence itself (a notice's date, "Berlin, den 7. November 1843."), it is the
    signer's line.

    Before (holdout53 chess box, Tesseract): ROW "6. Be3 e5" / SHORT "Nanalo ang Puti sa ika-41 na
    tira." (then read with the label under it as a byline). After: BODY.

    >>> rows = (Block(("5. Nc3 a6",), 1, kind=Kind.ROW), Block(("6. Be3 e5",), 2, kind=Kind.ROW))
    >>> [b.kind.value for b in _sentences_closing_rows((*rows, Block(("White won on move 41.",), 3, kind=Kind.SHORT)))]
    ['row', 'row', 'body']
    >>> [b.kind.value for b in _sentences_closing_rows((*rows, Block(("Chess news",), 5, gap=1, kind=Kind.SHORT)))]
    ['row', 'row', 'short']
    """
    return tuple(
        block.with_(kind=Kind.BODY)
        if block.kind is Kind.SHORT and i and block.gap == 0 and blocks[i - 1].kind is Kind.ROW and not ends_sentence(blocks[i - 1].text)
        and len(block.text.split()) >= _CLOSING_WORDS and ends_sentence(block.text) and block.text.rstrip()[-1:] == "."
        else block
        for i, block in enumerate(blocks)
    )


_BOX_KICKER = re.compile(r"^[A-ZÀ-ÖØ-Þ]{4,}!?$")  # one word in capitals: "REMINDER", "NOTICE", "ATTENTION!"
_BOX_HEAD_WORDS = 5


def _heads_under_a_box_kicker(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's kicker, one word in capitals alone on its line ("REMINDER"), over a block whose
    first line is a short head (a few capitalised words, no figure, no mark: "Salmon Tags") and
    whose other lines are the box's notice: the head is the box's title, the rest its text.
    Before (Siletz News, 2020, three boxes so): "REMINDER" the title, "Salmon Tags (for cultural
    fishing …) Available Starting Aug. 17, 2020" its paragraph, or its deck.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.SHORT, "REMINDER"), b(Kind.BODY, "Salmon Tags", "(for cultural fishing only)", "Available Starting", "Aug. 17, 2020"))
    >>> [(block.kind.value, block.lines) for block in _heads_under_a_box_kicker(page)][1:]
    [('headline', ('Salmon Tags',)), ('body', ('(for cultural fishing only)', 'Available Starting', 'Aug. 17, 2020'))]
    >>> page = (b(Kind.SHORT, "REMINDER"), b(Kind.BODY, "The tags are available from Monday", "at the office."))
    >>> [block.kind.value for block in _heads_under_a_box_kicker(page)]
    ['short', 'body']
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        head = block.lines[0].split()
        if (
            above is not None
            and above.kind is Kind.SHORT
            and len(above.lines) == 1
            and _BOX_KICKER.match(above.text)
            and block.kind in (Kind.SHORT, Kind.BODY)
            and len(block.lines) >= 2
            and 0 < len(head) <= _BOX_HEAD_WORDS
            and all(word[:1].isupper() and _letters(word) for word in head)
        ):
            out.append(Block(block.lines[:1], block.start, gap=block.gap, kind=Kind.HEADLINE))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False, kind=Kind.BODY))
        else:
            out.append(block)
    return tuple(out)


def _heads_over_verse(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set apart over a poem's lines (rows: `blocks.verse_rows`), ending no sentence,
    is the poem's title, not a paragraph or a subhead of the story above: "Li nive" over "Li nive
    tome tot doûcetmint" / "so les teus et les tchmins," / ….

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> [x.kind.value for x in _heads_over_verse((b("The snow", Kind.BODY), b("The snow falls soft and slow", Kind.ROW), b("on roofs,", Kind.ROW, 0)))]
    ['headline', 'row', 'row']
    """
    out = list(blocks)
    for i in range(len(out) - 2):
        head, first, second = out[i], out[i + 1], out[i + 2]
        if (
            head.kind in (Kind.BODY, Kind.SHORT)
            and len(head.lines) == 1
            and head.gap >= 1
            and not ends_sentence(head.text)
            and head.text[-1:] not in ",;:"
            and display_width(head.text) <= _BOX_NAME_WIDTH
            and first.kind is second.kind is Kind.ROW
            and first.gap >= 1
            and second.gap == 0
            and second.text[:1].islower()
        ):
            out[i] = head.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _letter_heads_over_greetings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A letter's head in sentence case, flush under its page's label ("Screeuyn", "Letters") and
    set apart over the letter's greeting (`greets_the_editor`), is a head, not the letter's first
    paragraph: a greeting opens a letter right under its head.

    Before: SHORT "Screeuyn" / BODY "Ta’n Ghaelg son dy chooilley pheiagh" / BODY "Y Reagheyder
    Vie," (the label a subhead of the story above, the head run into the letter's text).
    After: the head SHORT.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Letters", Kind.SHORT, 1), b("The ferry must run in winter", Kind.BODY), b("Dear Sir,", Kind.BODY, 1), b("I write about the ferry.", Kind.BODY, 1))
    >>> [x.kind.value for x in _letter_heads_over_greetings(page)]
    ['short', 'short', 'body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        label, head, greeting = out[i - 1], out[i], out[i + 1]
        if (
            label.kind is Kind.SHORT
            and head.kind is Kind.BODY
            and head.gap == 0
            and len(head.lines) == 1
            and not ends_sentence(head.text)
            and head.text[-1:] not in ",;:"
            and greeting.gap >= 1
            and greets_the_editor(greeting.text)
        ):
            out[i] = head.with_(kind=Kind.SHORT)
    return tuple(out)


# A table's or a list's source, one labelling word and a colon: "Source: INE", "Fuente: Minagri",
# "Pukyu: Vinocanchón qhatu" (Quechua); no sentence, so no note ("Note: prices include VAT."); nor a
# figure after the label, the table's own total ("Opkomst: 61,4 procent", the turnout under a vote's rows),
# or a sum behind its currency sign, a list's fee or price row under its items ("Fee: $12 a class").
_SOURCE_UNDER_ROWS = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]{2,12}: (?![^\w\s]?\d)\S[^:]{1,60}(?<![.!?])$")


def _sources_under_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin table's or price list's source on a line of its own under its rows is the list's
    credit, not the section or the kicker of the column under it.

    Before: ROW "Habas (huk kilo) ....... S/ 5,80" / SHORT "Pukyu: Vinocanchón qhatu, 19 qhapaq
    raymi killa" / SHORT "PISI WILLAKUYKUNA" (the source that column's section). After: a CREDIT.

    >>> rows = (Block(("Papas (el kilo) ....... 2,40",), 1, kind=Kind.ROW), Block(("Fuente: mercado de Calca",), 3, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _sources_under_rows(rows)], _sources_under_rows((rows[1], rows[1]))[1].kind.value
    (['row', 'credit'], 'short')

    A key under the rows, an abbreviation the rows print in a cell and what it stands for, is a
    row of the table, as the rows over it (before: "SNC: Sulu Normal College" under "2   Sahibul,
    Ma. Luisa   SNC   92.40" a credit, the table one row short; after: a row, and the key's next
    line under it too):

    >>> rows = (Block(("2   Mara Lin    NTC   92.40",), 1, kind=Kind.ROW), Block(("5   Ana Cruz    VSC   91.80",), 2, kind=Kind.ROW))
    >>> keys = (Block(("NTC: Northern Teachers College",), 3, kind=Kind.SHORT), Block(("VSC: Valley State College",), 4, kind=Kind.SHORT))
    >>> [b.kind.value for b in _sources_under_rows(rows + keys)], _sources_under_rows(rows[:1] + keys)[2].kind.value
    (['row', 'row', 'row', 'row'], 'credit')
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block = out[i]
        if out[i - 1].kind is Kind.ROW and block.kind in (Kind.SHORT, Kind.BODY, Kind.CREDIT) and len(block.lines) == 1 and _keys_a_cell(out, i):
            out[i] = block.with_(kind=Kind.ROW)
        elif out[i - 1].kind is Kind.ROW and block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and _SOURCE_UNDER_ROWS.match(block.text):
            out[i] = block.with_(kind=Kind.CREDIT)
    return tuple(out)


# A table's key: an abbreviation in capitals, a colon and what it stands for, in Title Case ("SNC: Sulu Normal College").
TABLE_KEY = re.compile(r"^(?P<abbreviation>[A-Z]{2,6}): [A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [\w'’.-]+){1,6}$")
_KEYED_ROWS = 12  # rows over a key searched for its abbreviation


def _keys_a_cell(blocks: list[Block], i: int) -> bool:
    """Whether the line at `i` is a table's key (`TABLE_KEY`) whose abbreviation one of the rows
    over it prints as a word of its own, flush under them (no blank line between)."""
    key = TABLE_KEY.match(blocks[i].text)
    if key is None or blocks[i].gap:
        return False
    cell = re.compile(rf"(?<!\w){key.group('abbreviation')}(?!\w)")
    above = [block for block in blocks[max(0, i - _KEYED_ROWS) : i] if block.kind is Kind.ROW]
    return any(cell.search(block.text) and not TABLE_KEY.match(block.text) for block in above)


# A letter's place and date in figures, alone on a line: "Duisburg, 28.09.2029", "Ølby, 3/11/2026".
PLACE_AND_FIGURED_DATE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [\w'’.-]+){0,3}, \d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\.?$")


def _letters_place_and_date_under_its_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A letter's place and date in figures (`PLACE_AND_FIGURED_DATE`), alone on a line between
    its head and its text, are the letter's first paragraph, never a second line of its head: a
    head names no date in figures (real26's 1905 letter, holdout102's Laz letter).

    Before: "Çkimi guri Sarpis doskidu" / "Duisburg, 28.09.2029" / "" / "Didi selami…": the title
    "Çkimi guri Sarpis doskidu Duisburg, 28.09.2029". After: the head alone, the place and date
    the letter's first paragraph.

    >>> b = lambda kind, text, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, "A letter from the Ruhr"), b(Kind.SHORT, "Duisburg, 28.09.2029", 0), b(Kind.BODY, "Dear friends at home, I write."))
    >>> [block.kind.value for block in _letters_place_and_date_under_its_head(page)]
    ['short', 'body', 'body']
    >>> [block.kind.value for block in _letters_place_and_date_under_its_head(page[:1] + (b(Kind.SHORT, "Duisburg, the city of steel", 0),) + page[2:])]
    ['short', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        above, block, below = out[i - 1], out[i], out[i + 1]
        if (
            above.kind in (Kind.SHORT, Kind.HEADLINE)
            and block.kind is Kind.SHORT
            and len(block.lines) == 1
            and PLACE_AND_FIGURED_DATE.match(block.text)
            and below.kind is Kind.BODY
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _latin_dates_set_in_under_an_issuer(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin date alone on its line (`LATIN_DATE`, no place, no weekday), set in straight under
    the issuer's line, set in as well, under a notice's last sentence, over its closing rule, the
    page's foot or nothing: the notice's issuer and date flush right at its foot, the date its last
    paragraph, not the page's date line (set flush). Before: "…free of charge." / "            Eastby
    Motor Works" / "               18 April 2045" / "=====" (the date dropped as the page's); after:
    the notice's byline and last paragraph, as `_dates_under_a_signer` reads a Chinese one.

    >>> b = lambda kind, text, indent=True: Block((text,), 9, kind=kind, indent=indent)
    >>> page = (b(Kind.BODY, "Bring the car in, free of charge.", False), b(Kind.SHORT, "Eastby Motor Works"), b(Kind.FURNITURE, "18 April 2045"))
    >>> [x.kind.value for x in _latin_dates_set_in_under_an_issuer(page)]
    ['body', 'byline', 'body']
    >>> [x.kind.value for x in _latin_dates_set_in_under_an_issuer((page[0], page[1].with_(indent=False), page[2]))]
    ['body', 'short', 'furniture']
    """
    out = list(blocks)
    for i in range(2, len(blocks)):
        text, issuer, date = blocks[i - 2], blocks[i - 1], blocks[i]
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            date.kind is Kind.FURNITURE and date.indent and date.gap == 0 and LATIN_DATE.fullmatch(date.text.strip())
            and issuer.kind in (Kind.SHORT, Kind.BYLINE) and issuer.indent and len(issuer.lines) == 1 and not ends_sentence(issuer.text)
            and text.kind in (Kind.BODY, Kind.ROW) and ends_sentence(text.text)
            and (after is None or after.kind is Kind.FURNITURE or _closing_rule(after))
        ):
            out[i - 1], out[i] = issuer.with_(kind=Kind.BYLINE), date.with_(kind=Kind.BODY)
    return tuple(out)


def _place_and_date_under_a_signer(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A place and a date in figures (`PLACE_AND_FIGURED_DATE`) alone on a line under a signer's
    line (one line, no sentence) under a notice's last sentence or row: the notice's date, its
    last paragraph, as `_dates_under_a_signer` reads a Chinese one, and the line over it who
    signs it. Before: "…at the quay." / "Harbour Board of Eastby" / "Eastby, 10.07.2042" / "Short
    news" (the date the section of the brief under it); after: the notice's byline and last paragraph.

    >>> b = lambda kind, text, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, "Pilots report at the quay."), b(Kind.SHORT, "Harbour Board of Eastby"), b(Kind.SHORT, "Eastby, 10.07.2042"), b(Kind.SHORT, "Short news", 0))
    >>> [x.kind.value for x in _place_and_date_under_a_signer(page)]
    ['body', 'byline', 'body', 'short']
    >>> [x.kind.value for x in _place_and_date_under_a_signer((page[0], page[2], page[3]))]  # no signer over it
    ['body', 'short', 'short']
    """
    out = list(blocks)
    for i in range(2, len(blocks)):
        text, signer, block = blocks[i - 2], blocks[i - 1], blocks[i]
        if (
            block.kind is Kind.SHORT and len(block.lines) == 1 and PLACE_AND_FIGURED_DATE.match(block.text)
            and signer.kind in (Kind.SHORT, Kind.BYLINE) and len(signer.lines) == 1 and not ends_sentence(signer.text)
            and text.kind in (Kind.BODY, Kind.ROW) and ends_sentence(text.text)
        ):
            out[i - 1], out[i] = signer.with_(kind=Kind.BYLINE), block.with_(kind=Kind.BODY)
    return tuple(out)


def _datelines_under_bylines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A report's place and date alone on a line between its byline and its text (`dateline_alone`,
    or the place and a weekday: `_PLACE_AND_WEEKDAY`) are the report's first words, never a subhead
    or a deck: the writer, then where and when he wrote, then what he saw.

    Before (an English weekly's foreign news): "THE STRIKE IN PORTUGAL." / "By Our Special
    Correspondent." / "Lisbon, May 2." / "The harbour strike which began…": the dateline read as
    the story's first heading (under "(From Our Own Correspondent.)", its deck). After: the
    story's first paragraph.

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b(Kind.SHORT, "THE STRIKE IN PORTUGAL."), b(Kind.BYLINE, "By Our Special Correspondent."),
    ...         b(Kind.SHORT, "Lisbon, May 2."), b(Kind.BODY, "The harbour strike which began on Monday has spread."))
    >>> [block.kind.value for block in _datelines_under_bylines(page)]
    ['short', 'byline', 'body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        above, block, below = out[i - 1], out[i], out[i + 1]
        dated = dateline_alone(block.text) or _PLACE_AND_WEEKDAY.match(block.text) is not None
        if above.kind is Kind.BYLINE and block.kind is Kind.SHORT and len(block.lines) == 1 and dated and below.kind is Kind.BODY:
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


# The head of a report of one sitting of a court, a bench or a House, as papers of the 1800s set
# it over each report: the body that sat in capitals, then the day it sat, after a dash or a comma
# ("KING'S BENCH.—YESTERDAY.", "HOUSE OF LORDS—MONDAY.", "MIDDLESEX SESSIONS, Monday, Feb. 16.",
# "OLD BAILEY.—SECOND DAY."). A letter's place and weekday ("PARIS, Tuesday.") names no body that
# sits. (The engine may read a capital small: "MoNDAY"; a rule under the head as dots.)
SITTING_HEAD = re.compile(
    r"^(?:[A-Z][A-Z'’&.-]* ){0,4}(?:SESSIONS?|ASSIZES?|COURT|BENCH|PLEAS|EXCHEQUER|CHANCERY|LORDS|COMMONS|PARLIAMENT|POLICE|OFFICE|BAILEY|GUILDHALL|MANSION-HOUSE|COUNCIL|VESTRY)"
    r"(?:\.?\s?(?:[—–]|--)|,)\s?(?i:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|YESTERDAY|TO-?DAY|\S+ DAY)\b[\w.,' ]{0,16}[\s._…-]*$"
)
_SITTING_HEAD_CHARS = 60
# A member's turn in a report of a debate, his name in capitals after his title: "Mr. HUME said…",
# "Sir J. WROTTESLEY", "The CHANCELLOR of the EXCHEQUER", "Lord LIVERPOOL".
SPEAKERS_TURN = re.compile(r"^(?:Mr|Sir|Lord|Lady|Col|Capt|Dr|Earl|Marquess|Mrs|The)\.? (?:[A-Z]\. )*[A-Z][A-Z'’-]+\b")


def _sitting_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A sitting's head (`SITTING_HEAD`) alone on its line, set apart over the report's text, is
    the report's headline, not a paragraph of the report above or its subhead: each sitting is a
    report of its own.

    Before: BODY "…until Thursday." / BODY "BOW-STREET POLICE OFFICE.—THIS DAY." / BODY "Thomas
    Reeve, a hackney coachman, was charged…". After: the head a HEADLINE.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, gap=1, kind=kind)
    >>> [x.kind.value for x in _sitting_heads((b("The case stands over."), b("KING'S BENCH.—YESTERDAY."), b("The Court sat at ten.")))]
    ['body', 'headline', 'body']
    >>> _sitting_heads((b("PARIS, Tuesday."), b("The Chamber sat at two.")))[0].kind.value
    'body'
    """
    out = list(blocks)
    for i, (block, below) in enumerate(zip(blocks, blocks[1:], strict=False)):
        if (
            block.kind in (Kind.BODY, Kind.SHORT)
            and (block.gap >= 1 or i == 0)
            and SITTING_HEAD.match(block.text)
            and len(block.text) <= _SITTING_HEAD_CHARS
            and below.kind in (Kind.BODY, Kind.SHORT)
        ):
            out[i] = block.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _unnamed_credits(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The paper's credit for its own unnamed man, set under a head ("(From Our Correspondent.)",
    `UNNAMED_CORRESPONDENT`), names no writer: the page's furniture, not the story's byline. It
    read as a byline until the head stack over it was read, and leaves only then.

    >>> credit = Block(("(From our own Correspondent.)",), 5, kind=Kind.BYLINE)
    >>> [b.kind.value for b in _unnamed_credits((Block(("DALEMORE STOCK SALE.",), 3, kind=Kind.SHORT), credit))]
    ['short', 'furniture']
    """
    return tuple(
        block.with_(kind=Kind.FURNITURE) if block.kind is Kind.BYLINE and UNNAMED_CORRESPONDENT.match(block.text) else block
        for block in blocks
    )


_CUT_BY_CAPTION_BLOCKS = 4  # a caption of up to two blocks, its credit, the sentence going on
_CAPTION_BLOCK_LINES = 2


# A picture of a work of art is captioned with its label: the title, the medium, the size, the
# artist, set a wide space apart ("《溪山清远图》　纸本设色　68cm×136cm　谭立中").
_ARTWORK_LABEL = re.compile(
    r"^《[^》]{1,20}》(?=.*(?:\d\s?(?:cm|厘米|公分)?\s?[×xX]\s?\d|纸本|紙本|绢本|絹本|布面|油画|油畫|水墨|设色|設色|木刻|版画|版畫))(?:[ \u3000]+\S{1,14}){1,4}$"
)


def _artwork_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A work of art's label on a line of its own (`_ARTWORK_LABEL`) is its picture's caption,
    wherever the picture stands: no head names a medium and a size.

    Before: "…是他去年在沅水" ⏎⏎ SHORT "《溪山清远图》　纸本设色　68cm×136cm　谭立中" ⏎⏎ "写生后
    创作的…" (lifted as a headline out of place, then furniture). After: CAPTION, and the
    sentence joins round it.

    >>> label = Block(("《秋山图》　绢本水墨　45cm×90cm　林一",), 9, gap=1, kind=Kind.SHORT)
    >>> [b.kind.value for b in _artwork_labels((label, Block(("《秋山图》：一幅小画的大气象",), 11, gap=1, kind=Kind.SHORT)))]
    ['caption', 'short']
    """
    return tuple(
        block.with_(kind=Kind.CAPTION) if block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and _ARTWORK_LABEL.match(block.text) else block
        for block in blocks
    )


def _paragraph_openings_cut_by_a_caption(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paragraph's first line on the paragraph indent, cut mid-sentence by a photo whose
    caption and credit come next, is text, not a headline: the sentence goes on flush under
    the credit (the repair joins the halves round the caption).

    Before: SHORT "　　周末走访城东几处新盘，记者看到售楼处里" (a title), BODY caption, CREDIT
    "本报记者　韩某　摄", BODY "前来看房的多是…" flush. After: BODY.
    """
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind is not Kind.SHORT or not block.indent or len(block.lines) != 1 or ends_sentence(block.text):
            continue
        after = blocks[i + 1 : i + 1 + _CUT_BY_CAPTION_BLOCKS]
        credit = next((k for k, b in enumerate(after) if b.kind is Kind.CREDIT), None)
        if (
            credit  # a caption between, set apart from the cut line (not its byline and text: a headline's)
            and after[0].gap >= 1
            and all(b.kind is Kind.BODY and len(b.lines) <= _CAPTION_BLOCK_LINES for b in after[:credit])
            and credit + 1 < len(after)
            and after[credit + 1].kind is Kind.BODY
            and not after[credit + 1].indent
        ) or _cut_by_a_known_caption(after):
            out[i] = block.with_(kind=Kind.BODY)
        elif _cut_by_an_uncredited_caption(after):
            out[i] = block.with_(kind=Kind.BODY)
            if not _pull_quote_over_its_sentence(after[0], after[1]):
                out[i + 1] = after[0].with_(kind=Kind.CAPTION)
    return tuple(out)


_CUT_OPENING = 6  # characters at least of a paragraph's first line cut off at the column's foot


def _paragraph_openings_cut_by_a_column_break(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paragraph's first line on the paragraph indent, no sentence ended on it, with the rest
    of its sentence flush under a blank line or more (the column's foot), is text, not a
    subhead: a head is not set on the indent, and the text under a head opens on it.

    Before: SHORT "　　市农业农村局已组织农技人员分片" ⏎⏎⏎ BODY "进村，指导果农修剪受伤枝条、…"
    (a subhead, the paragraph cut in two). After: BODY, and the repair joins the halves.

    >>> page = (Block(("市农业农村局已组织农技人员分片",), 9, gap=0, indent=True, kind=Kind.SHORT),
    ...         Block(("进村，指导果农修剪受伤枝条、喷药防病。",), 12, gap=2, kind=Kind.BODY))
    >>> [b.kind.value for b in _paragraph_openings_cut_by_a_column_break(page)]
    ['body', 'body']
    """
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        below = blocks[i + 1]
        if (
            block.kind is Kind.SHORT
            and block.indent
            and len(block.lines) == 1
            and len(block.text) >= _CUT_OPENING  # (an engine's speck alone on the indent, "一", opens nothing)
            and not ends_sentence(block.text)
            and below.kind is Kind.BODY
            and below.gap >= 1
            and not below.indent
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _captions_under_the_last_paragraph(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a page whose photos are captioned, a sentence on a line of its own set flush right under
    a story's last paragraph, a blank line or the page's end after it, is a caption: on a page
    that indents its paragraphs, a paragraph opens on the indent.

    Before: BODY "　　區公所表示，…須事先報名。" / BODY "蓮農清晨下田採蓮子，上岸時一身泥水。" ⏎⏎
    SHORT "蓮子冰試吃　排隊半小時" (the caption the story's last paragraph). After: CAPTION.
    """
    if not any(block.kind in (Kind.CAPTION, Kind.CREDIT) for block in blocks):
        return blocks
    out = list(blocks)
    for i in range(1, len(blocks)):
        block, above = blocks[i], blocks[i - 1]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind is Kind.BODY
            and len(block.lines) == 1
            and block.gap == 0
            and not block.indent
            and ends_sentence(block.text)
            and above.kind is Kind.BODY
            and above.indent
            and ends_sentence(above.lines[-1])
            and (below is None or below.gap >= 1 and below.kind is not Kind.BODY)
        ):
            out[i] = block.with_(kind=Kind.CAPTION)
    return tuple(out)


def _cut_by_an_uncredited_caption(after: tuple[Block, ...]) -> bool:
    """A caption with no credit, one sentence on a line of its own, set apart under the cut line,
    the sentence going on flush under it: "　　今年白河種植蓮花面積約三百公頃，" ⏎⏎ "剛採下的蓮蓬。"
    ⏎⏎ "區公所規劃了十二條賞蓮路線，…". (A paragraph of its own would open on the indent.)"""
    return (
        len(after) >= 2
        and after[0].kind is Kind.BODY
        and len(after[0].lines) == 1
        and after[0].gap >= 1
        and not after[0].indent
        and ends_sentence(after[0].text)
        and after[1].kind is Kind.BODY
        and after[1].gap >= 1
        and not after[1].indent
    )


_QUOTED_LETTERS = 8  # a pull quote's sentence, letters and figures alone: "热闹不一定是好风景"


def _pull_quote_over_its_sentence(line: Block, below: Block) -> bool:
    """A line set apart inside a sentence (`_cut_by_an_uncredited_caption`, `_captions_set_across`)
    that the text going on under it repeats word for word: a pull quote, the piece's own sentence
    set large before it is read, no caption (a caption names what a picture shows). Left as text
    for `mark_repeated_pull_quote`; the line cut over it is text all the same.

    Before: "　　我做了三十年护士，" ⏎⏎ "病人要的是有人听他说话。" ⏎⏎ "见过太多病人。病人要的是有人
    听他说话。" (the line lifted as a caption). After: a pull quote, the sentence joined across it.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> _pull_quote_over_its_sentence(b("Nobody asks the nurses."), b("but in ten years of meet-", "ings nobody asks the nurses."))
    True
    >>> _pull_quote_over_its_sentence(b("Nurses at the ward door."), b("but in ten years of meet-", "ings nobody asks the nurses."))
    False
    """
    quoted = _letters_and_figures(line.text).lower()  # (its first word may be capitalised)
    return len(quoted) >= _QUOTED_LETTERS and quoted in _letters_and_figures(below.text).lower()


def _cut_by_a_known_caption(after: tuple[Block, ...]) -> bool:
    """A caption known already (a work of art's label, `_artwork_labels`) set apart under the
    cut line, the sentence going on flush under it: "　　展厅正中的《秋山图》是他去年在资水" ⏎⏎
    "《秋山图》　绢本水墨　45cm×90cm　林一" ⏎⏎ "写生后创作的…"."""
    return len(after) >= 2 and after[0].kind is Kind.CAPTION and after[0].gap >= 1 and after[1].kind is Kind.BODY and not after[1].indent


_ROWS_UNDER_A_FIRST_ROW = 2  # a table's rows, where a running head set in cells has one line under it (its date line, the office's)


def _over_rows_of_text(blocks: tuple[Block, ...], i: int, hard_wrapped: bool) -> bool:
    """A row (`blocks.table_rows`) with rows flush under it that are no furniture (`_classify_unknown`),
    two at least: a table's first row, not a running head or a page's index line set in cells, with
    only the date line or the office's address line under it."""
    under = blocks[i + 1 : i + 1 + _ROWS_UNDER_A_FIRST_ROW]
    return len(under) == _ROWS_UNDER_A_FIRST_ROW and all(
        row.kind is Kind.ROW and row.gap == 0 and _classify_unknown(row, hard_wrapped).kind is Kind.ROW for row in under
    )


def _classified_in_turn(blocks: tuple[Block, ...], hard_wrapped: bool) -> tuple[Block, ...]:
    """Each block's kind (`_classify_unknown`); a table's row flush under another, below the page's
    text, is a row whatever its cells look like: under "Grade     Nkorɔfo   Ɔha mu" the row
    "A1        48        11,3" is no running head's page and figures (before: five rows furniture,
    and the story's head and byline under them swept after them as a data panel). So is a table's
    first row, with no header over it, where rows that are no furniture stand flush under it:
    "Town Clinic    Monday-Friday  08.00-16.00  0962 114 208" over "Mobile clinic  Tuesday  …"
    (before: the first row a running head's weekday and figures, the rest run into the story above).
    """
    out: list[Block] = []
    text_seen = False
    for i, block in enumerate(blocks):
        in_a_table = text_seen and block.kind is Kind.ROW and (
            block.gap == 0 and i > 0 and blocks[i - 1].kind is Kind.ROW and out[-1].kind is Kind.ROW
            or _over_rows_of_text(blocks, i, hard_wrapped)
        )
        out.append(block if in_a_table else _classify_unknown(block, hard_wrapped))
        # (read as a head where its words are a name's: "Fonte: Sindicato Rural do Pantanal Sul")
        if out[-1].kind in (Kind.FURNITURE, Kind.SHORT) and _source_under_rows(out[:-1], block):
            out[-1] = block.with_(kind=Kind.ROW)
        if out[-1].kind in (Kind.SHORT, Kind.FURNITURE) and _note_flush_under_rows(out[:-1], block, out[-1].kind):
            out[-1] = block.with_(kind=Kind.ROW)
        if out[-1].kind is Kind.SHORT and _sentence_under_a_credit(out[:-1], out[-1]):
            out[-1] = out[-1].with_(kind=Kind.BODY)
        if out[-1].kind is Kind.BODY and _question_over_numbered_steps(block, blocks[i + 1:i + 3]):
            out[-1] = out[-1].with_(kind=Kind.SHORT)
        text_seen = text_seen or out[-1].kind not in (Kind.FURNITURE, Kind.ROW)
    return _capitals_head_going_on_to_a_comma(tuple(out))


# A head's line in capitals that stops mid-phrase: no stop, comma, colon, dash or hyphen at its end.
_CAPITALS_CUT_MID_PHRASE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]$")
# The next line in capitals ending on a comma (a misread stop, or a head going on into its deck).
_CAPITALS_LINE_ON_A_COMMA = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.\- ]+[A-ZÀ-ÖØ-ÞĀ-Ž.],$")


def _capitals_head_going_on_to_a_comma(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head in capitals set on two lines, its first line stopping mid-phrase and its second
    ending on a comma (the stop misread, or the head going on into its deck), is one head: the
    comma line was read as text (`_headline_start`: a comma ends no head), the head cut in two.
    The comma line is taken up into the head's block, off the text's block it may open.

    Before (Tesseract text of an 1898 front page): SHORT "THE UNITED" over BODY "STATES CAPITOL,",
    the title "THE UNITED" and its second line a paragraph. After: SHORT "THE UNITED" / "STATES
    CAPITOL,", one title. So a 1944 camp paper's "NOMINATIONS FOR" over "COUNCIL HELP TUES," /
    "; Nominations for new" / …: the head's second line left the story's first paragraph.

    >>> head = Block(("THE UNITED",), 1, gap=1, kind=Kind.SHORT)
    >>> [(b.lines, b.kind.value) for b in _capitals_head_going_on_to_a_comma((head, Block(("STATES CAPITOL,",), 2, kind=Kind.BODY)))]
    [(('THE UNITED', 'STATES CAPITOL,'), 'short')]
    >>> text = Block(("COUNCIL HELD TUES,", "; Nominations for new", "council members were held"), 2, kind=Kind.BODY)
    >>> [(b.lines, b.start, b.kind.value) for b in _capitals_head_going_on_to_a_comma((head, text))]
    [(('THE UNITED', 'COUNCIL HELD TUES,'), 1, 'short'), (('; Nominations for new', 'council members were held'), 3, 'body')]

    A head ended on its stop keeps to itself; so does a head over a blank line, or a text line in
    lower case: "JOHN SMITH." over "DEAR SIR," and "THE UNITED" over "states in their capitols," stay apart
    (a deck in Title Case going on to a comma is `_deck_going_on_to_a_comma`'s).

    >>> [b.kind.value for b in _capitals_head_going_on_to_a_comma((head.with_(lines=("TO THE EDITOR.",)), Block(("DEAR SIR,",), 2, kind=Kind.BODY)))]
    ['short', 'body']
    >>> [b.kind.value for b in _capitals_head_going_on_to_a_comma((head, Block(("states in their capitols,",), 2, kind=Kind.BODY)))]
    ['short', 'body']
    >>> [b.kind.value for b in _capitals_head_going_on_to_a_comma((head, Block(("STATES CAPITOL,",), 3, gap=1, kind=Kind.BODY)))]
    ['short', 'body']
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is None
            or above.kind is not Kind.SHORT
            or block.kind is not Kind.BODY
            or block.gap != 0
            or block.indent
            or not above.lines[-1][-1:].isalpha()  # (a head line cut mid-phrase: no stop, comma or dash at its end)
        ):
            out.append(block)
        elif len(above.lines) == 1 and _CAPITALS_CUT_MID_PHRASE.search(above.lines[0]) and in_capitals(above.lines[0], 4) and _CAPITALS_LINE_ON_A_COMMA.match(block.lines[0]) and in_capitals(block.lines[0], 6):
            out[-1] = above.with_(lines=above.lines + block.lines[:1])
            if len(block.lines) > 1:
                out.append(block.with_(lines=block.lines[1:], start=block.start + 1))
        elif _deck_going_on_to_a_comma(above, block):
            out[-1] = above.with_(lines=above.lines + block.lines)
        else:
            out.append(block)
    return tuple(out)


def _deck_going_on_to_a_comma(above: Block, block: Block) -> bool:
    """A deck in Title Case cut after a head line that stops mid-phrase ("…Which Did Gallant"),
    going on in a block of its own to a comma at its end: the rest of the deck, no text.

    Before (Tesseract text of an 1898 front page): SHORT "Organizations Which Did Gallant" over
    BODY "Service—Led by Good Officers, Dis-" / … / "Fields—Memorable Combats,", the deck's rest a
    paragraph (and a story of its own under it). After: one deck. So "Something of the Noble
    Building which" / "is the Pride of All Americans—The" over "Grandest Edifice in the World—De" /
    "tails of the Fire,".

    >>> above = Block(("Organizations Which Did Gallant",), 5, gap=1, kind=Kind.SHORT)
    >>> _deck_going_on_to_a_comma(above, Block(("Service—Led by Good Officers, Dis-", "cipline and Bravery Saved Them,"), 6, kind=Kind.BODY))
    True

    A sentence in lower case, or one ended inside the block, is text: "the regiment marched on to
    the river, where it camped." is no deck's, nor is "Which Did Gallant Service. Then they went,".

    >>> _deck_going_on_to_a_comma(above, Block(("the regiment marched on to the river,",), 6, kind=Kind.BODY))
    False
    >>> _deck_going_on_to_a_comma(above, Block(("Service. Then They", "Went Home,"), 6, kind=Kind.BODY))
    False

    One line alone after the head is no deck's rest to be told (a 1924 title "Leura’s Bottleneck"
    over its deck misread, "NOCMEME oh WIDE,", went into the title): two lines at least.

    >>> _deck_going_on_to_a_comma(Block(("Leura’s Bottleneck",), 1, kind=Kind.SHORT), Block(("NOCMEME oh WIDE,",), 2, kind=Kind.BODY))
    False
    """
    if not 2 <= len(block.lines) <= _DECK_LINES or not block.lines[-1].endswith(",") or not headline_case(" ".join(above.lines)):
        return False
    text = re.sub(r"(?<=\w)-\n(?=\w)", "", block.text).replace("\n", " ")
    if any(display_width(line) > _LATIN_HEADLINE_WIDTH for line in block.lines) or not _headline_start(text[:-1]):
        return False
    return headline_case(text) and not _clause_in_lower_case(text) and _TWO_LATIN_SENTENCES.search(_without_titles(text)) is None and ". " not in _without_titles(text)


def _source_under_rows(above: list[Block], block: Block) -> bool:
    """A table's source, unit or note line (`TABLE_SOURCE`) printed under its last row, flush or after one
    blank line, is the table's last row, as its header row is its first:
    "第七庭　10:00　伍家樂　無牌經營賓館" / "資料來源：司法機構" (holdout93's cause list; before, the
    source line furniture, the box one paragraph short). So it is under the note the table closes
    on: "青溪花园　　经开区　　11250" / "" / "以上均价为备案均价，…为准。" / "" / "数据来源：江洲市
    房产交易中心". The golds read such a line one way since the thirty-ninth stop
    (tests/gold/README.md), where older sets had made it a credit or the article's source.

    >>> row = Block(("第七庭　10:00　伍家樂　無牌經營賓館",), 5, kind=Kind.ROW)
    >>> note = Block(("以上均价为备案均价，实际成交价格以买卖合同为准。",), 7, gap=1, kind=Kind.BODY)
    >>> source = Block(("資料來源：司法機構",), 9, gap=1)
    >>> _source_under_rows([row], source), _source_under_rows([row, note], source), _source_under_rows([note], source)
    (True, True, False)
    >>> _source_under_rows([row], source.with_(gap=2))
    False

    So a source line is under rows still read as text, one line each, flush one under the other
    (`rows_read_as_text`); a note on the table there is not (holdout6's "※本表價格為…" stays out).

    >>> rows = [Block((t,), 5 + k, kind=Kind.BODY) for k, t in enumerate(("吉隆坡　5:47am　7:16pm", "槟城　5:55am　7:24pm", "新山　5:41am　7:07pm"))]
    >>> _source_under_rows(rows + [note.with_(gap=0)], source.with_(gap=0))
    True
    """
    # (or a Latin box's, "Fonte: Sindicato Rural do Pantanal Sul" under a farm prices box)
    if block.kind is not Kind.UNKNOWN or block.gap > 1 or len(block.lines) != 1 or TABLE_SOURCE.match(block.text) is None and DATA_SOURCE.match(block.text) is None:
        return False
    if block.text.endswith(("发布", "發布")):
        return False  # who issued a forecast: its credit, as the golds read it ("岷川市气象台　11月19日17时发布")
    if above and above[-1].kind in (Kind.BODY, Kind.SHORT) and len(above[-1].lines) == 1 and above[-1].gap <= 1:
        above = above[:-1]  # the table's closing note ("（排名不分先后）", short, is told apart later)
    # (under rows still read as text, only a source line: a note on the table, "※本表價格為…", stays out of its rows there)
    return bool(above) and (above[-1].kind is Kind.ROW or SOURCE_OF_A_TABLE.match(block.text) is not None and rows_read_as_text(above[-3:]))


def rows_read_as_text(blocks: list[Block]) -> bool:
    """Three blocks of one line each, flush one under the other, each shaped as a table's row
    (`is_table_row`): a table's rows on a page whose column was not measured, read as text until a
    later pass makes them rows. Before: "亚庇　4:22am　6:03pm" / "注：…" / "资料来源：各州伊斯兰宗教局"
    (a table of fasting times by town, its times written with am/pm) dropped the source line as
    furniture; after, it is the table's last row.

    >>> rows = [Block((t,), 5 + k, kind=Kind.BODY) for k, t in enumerate(("古晋　4:58am　6:35pm", "亚庇　4:22am　6:03pm", "沙巴　4:20am　6:01pm"))]
    >>> rows_read_as_text(rows), rows_read_as_text(rows[1:]), rows_read_as_text([Block(("记者昨天获悉，春节将至。",), 1)] + rows[1:])
    (True, False, False)
    """
    return (
        len(blocks) == 3
        and all(len(b.lines) == 1 and b.kind in (Kind.BODY, Kind.SHORT, Kind.ROW) and is_table_row(b.text) for b in blocks)
        and all(b.gap == 0 for b in blocks[1:])
    )


# A table's note opened on its label: "注：单位为元/斤", "註：…", "说明：…", "备注：…".
NOTE_ON_ITS_LABEL = re.compile(r"^(?:注|註|说明|說明|备注|備註)[：:]")


def _note_flush_under_rows(above: list[Block], block: Block, kind: Kind = Kind.SHORT) -> bool:
    """A note opened on its label (`NOTE_ON_ITS_LABEL`), one line printed flush under a table's
    last row, is a row of the table, as the source line under it is (`_source_under_rows`): its
    words, with a comma and no full stop, read as a head, which opened a new article under the
    rows. Before: "合计　30.1　37.0　33.8" / "注：单位为元/斤，均为3月8日上午价格" / "数据来源：…"
    (a price table: the note a second article's title, the source its text); after: the table's
    last two paragraphs.

    >>> row = Block(("合计　30.1　37.0　33.8",), 5, kind=Kind.ROW)
    >>> note = Block(("注：单位为元/斤，均为上午价格",), 6, kind=Kind.SHORT)
    >>> _note_flush_under_rows([row], note), _note_flush_under_rows([row], note.with_(gap=1))
    (True, False)
    >>> _note_flush_under_rows([row], note.with_(lines=("说明会今日举行",)))
    False

    So is a short note on the terms the rows hold by (`_TERMS_NOTE`, "以…为准"), though a page's
    foot prints the same words as a disclaimer: flush under the last row, it is the table's. Before:
    "周日003　杉坪队　涔北队　1.62　3.60　4.75" / "赔率以出票时为准" / page foot (an odds table:
    the note furniture); after: the table's last paragraph.

    >>> terms = Block(("价格以当日挂牌为准",), 6, kind=Kind.FURNITURE)
    >>> _note_flush_under_rows([row], terms, Kind.FURNITURE), _note_flush_under_rows([row], terms.with_(gap=1), Kind.FURNITURE)
    (True, False)
    >>> _note_flush_under_rows([row], terms.with_(lines=("节目如有变动以电视台播出为准　　岚州都市报社",)), Kind.FURNITURE)  # the foot's fields
    False

    So is a note opened on its star, as hours tables mark the days they close: "儿童区　周一至周日
    10:00-19:00" / "*节假日当天闭馆" (before: the next piece's kicker).

    >>> _note_flush_under_rows([row], note.with_(lines=("*节假日当天闭馆",))), _note_flush_under_rows([row], note.with_(lines=("*节假日当天闭馆",), gap=1))
    (True, False)
    """
    note = _TERMS_NOTE if kind is Kind.FURNITURE else NOTE_ON_ITS_LABEL
    return (
        bool(above)
        and above[-1].kind is Kind.ROW
        and block.gap == 0
        and len(block.lines) == 1
        and (note.match(block.text) is not None or kind is Kind.SHORT and _STARRED_NOTE.match(block.text) is not None)
    )


_STARRED_NOTE = re.compile(r"^[*＊※]\s*[^\s*＊※]")  # a table's note on its star: "*节假日当天闭馆", "＊每週一休館"
# A short note on the terms a table's figures hold by, one phrase: "赔率以出票时为准", "以官方公布成绩为准".
_TERMS_NOTE = re.compile(r"^[^（）()。！？，\s\u3000]{0,20}(?:以|请以|請以)[^（）()。！？，\s\u3000]{2,16}(?:为准|為準)。?$")


# Lower-case words of four letters or more a Title Case head leaves small ("Call Upon the…", "Back
# from the Front"): any other long word in lower case is a sentence's.
_HEAD_PARTICLES = frozenset("with from into onto over upon than that after under about among along".split())
_LONG_WORD = re.compile(r"[^\W\d_][^\W\d_'’]{3,}")


def _sentence_under_a_credit(above: list[Block], block: Block) -> bool:
    """A paragraph printed straight under a photo's caption and credit dropped into a story is the
    story's text going on, not the next story's head: a block of two lines or more, ending on a
    full stop, its first line as wide as the story's lines over the caption, with two lower-case
    words no Title Case head leaves small. Low German and Walser capitalise their nouns, so such a
    sentence counts as Title Case ending on a stop (`is_short`), and opened a new article.

    Before: "…Kiärken versuorgen." / caption "De Krippe in St. Remigius." / "Foto: Heinz Wessels" /
    "Daorüm hollt Laien in de lüttken Düör-" ⏎ "per an'n Hilligen Owend ne Andacht," ⏎ "met
    Krippenspill un Leeder." (a title, the rest of the story its article's text); after: the
    story's third paragraph.

    >>> body = Block(("Pastor Hubert Schulze Hessing mott met", "twee Kaplöön fiew Kiärken."), 5, kind=Kind.BODY)
    >>> cap, credit = Block(("De Krippe in St. Remigius.",), 6, kind=Kind.CAPTION), Block(("Foto: Heinz Wessels",), 7, kind=Kind.CREDIT)
    >>> para = Block(("Daorüm hollt Laien in de lüttken Düör-", "per an'n Hilligen Owend ne Andacht."), 8, kind=Kind.SHORT)
    >>> _sentence_under_a_credit([body, cap, credit], para)
    True
    >>> head = Block(("Delegations From Five States Call Upon", "the Republican Nominee."), 8, kind=Kind.SHORT)
    >>> _sentence_under_a_credit([body, cap, credit], head), _sentence_under_a_credit([body, credit], para)
    (False, False)
    """
    if len(above) < 3 or len(block.lines) < 2 or not block.lines[-1].rstrip().endswith("."):
        return False
    story, caption, credit = above[-3:]
    # (the caption is read as one only later, `repair`: here it is a line of text or a short one)
    if story.kind is not Kind.BODY or caption.kind not in (Kind.CAPTION, Kind.BODY, Kind.SHORT) or len(caption.lines) != 1 or credit.kind is not Kind.CREDIT:
        return False
    if latin_ratio(block.text) < 0.5 or len(block.lines[0]) < 0.9 * max(len(line) for line in story.lines):
        return False
    small = [w for w in _LONG_WORD.findall(block.text) if w[0].islower() and w.lower() not in _HEAD_PARTICLES]
    return len(small) >= 2


# A step's number opening its line: "1. Suba, …", "2) Mammaa …".
_STEP_NUMBER = re.compile(r"^(\d{1,2})[.)]\s+\S")
_QUESTION_HEAD_CHARS = 60


def _question_over_numbered_steps(block: Block, below: tuple[Block, ...]) -> bool:
    """A question of one line over steps numbered from 1 (its next two blocks "1. …" and "2. …") is
    the head of a box that answers it, how a custom is done, not a sentence of the story above it:
    its question mark made it text, glued under the story's last words.

    Before: "…a be tunnaa la" / running head / "luŋ doo.”" / "Kulliyo ka ke ñaadii?" / "1. Suba, …"
    (the question the story's last paragraph, the steps its text). After: the box's head.

    >>> q = Block(("Kulliyo ka ke ñaadii?",), 9)
    >>> steps = (Block(("1. Suba, almaamoo ka duwaa ke suwo", "kono."), 10, gap=1), Block(("2. Mammaa ka dindiŋo kuŋo li.",), 11, gap=1))
    >>> _question_over_numbered_steps(q, steps), _question_over_numbered_steps(q, steps[::-1])
    (True, False)
    >>> _question_over_numbered_steps(Block(("Who pays? The council said it would.",), 9), steps)
    False
    """
    text = block.text.strip()
    if len(block.lines) != 1 or not text.endswith("?") or len(text) > _QUESTION_HEAD_CHARS or text.count("?") != 1:
        return False
    if latin_ratio(text) < 0.5 or len(below) < 2:
        return False
    numbers = [_STEP_NUMBER.match(b.text) for b in below]
    return all(numbers) and [int(m.group(1)) for m in numbers] == [1, 2]


def _classify_unknown(block: Block, hard_wrapped: bool) -> Block:
    """A block's kind, unless its layout knew it; a table's row (`blocks.table_rows`) stays one
    unless it is the page's furniture: a date line and a running head set in cells, one under
    the other ("2026年11月26日　星期四　B2　证券"), are not a table."""
    if block.kind is Kind.ROW:
        furniture = classify_block(block.with_(kind=Kind.UNKNOWN), hard_wrapped)
        # (a book's price among its data rows, "定價：新臺幣380元", is no imprint's price; nor is a
        # numbered list's dated row a running head's date: "1. Kamis, 15 Mei 2042 – Kenaikan")
        return furniture if furniture.kind is Kind.FURNITURE and not BOOK_DATA_ROW.match(block.text) and not _LATIN_NUMBERED_ITEM.match(block.text) else block
    if block.kind is Kind.SHORT and SIGNED_BY.match(block.text):
        return block.with_(kind=Kind.BYLINE)  # set centred in the head stack, as a head is: "BY R. E. McBRIDE, …"
    if block.kind is Kind.SHORT and _page_in_its_language_alone(block.text):
        return block.with_(kind=Kind.FURNITURE)  # the folio in large type, read in among the heads: "Pagina 9"
    if block.kind in (Kind.SHORT, Kind.HEADLINE):
        return _head_after_speck(block, hard_wrapped) or block
    # (a line-up names its side before a colon: a block without one is not rejoined to be matched)
    if block.kind is Kind.UNKNOWN and ":" in block.text and LINE_UP.match(re.sub(r"(?<=\w)[-⸗]\n(?=\w)", "", block.text).replace("\n", " ")):
        return block.with_(kind=Kind.BODY)  # a team's line-up, however short its lines: text, no head
    if block.kind is not Kind.UNKNOWN:
        return block
    if CROSSWORD_WAY.fullmatch(block.text):
        return block.with_(kind=Kind.SHORT)  # "横向", "Down": the way a crossword's clues run, their label
    if _ANSWER_LABEL_ALONE.fullmatch(block.text):
        return block.with_(kind=Kind.HEADING)  # "答：" alone over an advice column's answer: `_ANSWER_LABEL_ALONE`
    classified = classify_block(block, hard_wrapped)
    if classified.kind is Kind.SHORT and _cut_turn(classified):
        return classified.with_(kind=Kind.BODY)  # a Q&A column's turn cut at a blank line the engine read: "答: 七级风的风速大约是每"
    if classified.kind is Kind.SHORT and TURN_LETTER.match(block.text):
        return classified.with_(kind=Kind.BODY)  # a Q&A turn on its letter, "T: Bang, aye mau buka warung…": text, however short
    if classified.kind is Kind.SHORT and len(block.lines) == 1 and FIELDS_LINE.match(block.text):
        return classified.with_(kind=Kind.BODY)  # a line of labelled fields, the piece's credits: "演出：柏灣街坊樂團　場地：社區會堂"
    return classified


# An advice column's answer label set alone on its line, in small bold over the answer: a subhead
# of the column, not its text (before: "答：" a caption, the answer's first paragraph with it, the
# reader's pen name over it run on into the answer's last paragraph; after: a heading over the
# answer). "答：", "答复：", "Reply:", "Answer:" (a Q&A's "A:" alone is its turn's letter, left).
_ANSWER_LABEL_ALONE = re.compile(r"(?:答|答[复覆]|回[复覆]|Reply|Answer)\s*[：:]")

def _signatures_over_an_answer_label(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A reader's pen name (and town) on a short line of its own under the letter's last sentence,
    over the answer's label set alone (`_ANSWER_LABEL_ALONE`): the letter's last paragraph, as
    printed (the column's host holds the byline), not a head, a byline nor the next story's kicker.

    Before: SHORT "焦虑妈妈（浙江桐庐）" between "…请您帮帮我。" and "答：" (read as the kicker of the
    story beside). After: BODY, the letter's close.

    >>> page = (Block(("请您帮帮我。",), 1, kind=Kind.BODY), Block(("困倦爸爸（江苏无锡）",), 2, kind=Kind.SHORT),
    ...         Block(("答：",), 4, gap=1, kind=Kind.HEADING), Block(("您好！",), 6, gap=1, kind=Kind.BODY))
    >>> [b.kind.value for b in _signatures_over_an_answer_label(page)]
    ['body', 'body', 'heading', 'body']
    >>> [b.kind.value for b in _signatures_over_an_answer_label((page[0], page[1].with_(kind=Kind.BYLINE), *page[2:]))]
    ['body', 'body', 'heading', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.kind in (Kind.SHORT, Kind.BYLINE)  # (set flush right, it read as a signer's byline)
            and len(block.lines) == 1
            and above.kind is Kind.BODY
            and ends_sentence(above.lines[-1])
            and below.kind is Kind.HEADING
            and _ANSWER_LABEL_ALONE.fullmatch(below.text)
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


# A Q&A column's answer label with its colon: "答：", "答:", "A:". (Not the question's: a bold
# question is printed like a subhead, and a question's shard read apart is no answer's text.)
_TURN_LABEL = re.compile(r"^(?:[答]|A)\s*[：:]\s*\S")


def _cut_turn(block: Block) -> bool:
    """A Q&A column's answer read short: one line opening on its label (`_TURN_LABEL`) with no
    stop, question mark or closing quote at its end, so its sentence goes on in the next block
    (a blank line the engine read inside the answer); an answer is the column's text, never a head.

    Before (Tesseract chi_sim text of a 气象问答 column): SHORT "答: 七级风的风速大约是每" over
    "秒十四到十七米，…", set as the Q&A's subhead. After: BODY, the answer's first line.

    >>> _cut_turn(Block(("答: 七级风的风速大约是每",), 5, kind=Kind.SHORT)), _cut_turn(Block(("问：为什么？",), 5, kind=Kind.SHORT))
    (True, False)
    """
    text = block.text
    return len(block.lines) == 1 and _TURN_LABEL.match(text) is not None and not ends_sentence(text) and not text.endswith(("？", "?", "”", "」", ":", "："))


# A team's line-up as a match report prints it: the side's name and a colon, then its players
# by position, the lines apart by semicolons, the players of a line by commas (a misread colon or
# stop may stand for either): "VfR Mannheim: Jacob; Conrad, Jakob; Fütterer, Rößling, Feth;
# Krämer, Luhmann, Lutz, Danner, Heim." Three lines at least, and the last of five or more names.
_PLAYER = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’⸗-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž\d][\w.'’⸗-]*| I{1,3}\.?){0,2}"
LINE_UP = re.compile(
    rf"^[\w.„“\"'’⸗-]+(?: [\w.„“\"'’⸗-]+){{0,3}}: {_PLAYER}(?:[;:.] {_PLAYER}(?:, {_PLAYER})*){{2,}}(?<=\w)[.,]?$"
)


# A story's first words naming its place in capitals, with the writer's or the agency's mark:
# "ROTHENBACH (pol). Ein…", "BAD TÖLZ – Die…", "WASHINGTON (AP) — More…", "SAINT-AUBIN. Le…".
# (Central European capitals too, as `_AGENCY_ACRONYM` spells them: "PELHŘIMOV - ", "HAVLÍČKŮV BROD - ".)
PLACE_LEAD = re.compile(
    r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’-]{2,}(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+){0,3}"
    # the paper's own name after the place, as Indonesian dailies sign their news: "GARUT, KABAR LEMBAYUNG — "
    r"(?:, [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+(?: [A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž'’.-]+){0,3})?"
    # a wire's day after the place: "GENEVA, May 2 (Reuters) - "
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: \([\w/]{2,8}(?: [\w/]{2,10})?\))?(?:\.| [–—-]) \S"  # (the agency's name may run to two words: "(Agencia Kumbé)")
)
_DATE_TAIL = 20  # characters: a year and a full stop, or a weekday, may follow a closing line's date


def dated_item_with_text(text: str) -> bool:
    """A dated item's opening with its news after it; a place and date alone ("Berlin, den 4. März
    1871.") closes a decree or a letter above it.

    >>> dated_item_with_text("Kaßel, vom 29. Sept. Geſtern beſuchte der Kurfürſt die Stadt."), dated_item_with_text("Berlin, den 4. März 1871.")
    (True, False)
    """
    dated = DATED_ITEM.match(text)
    return dated is not None and len(text) - dated.end() > _DATE_TAIL


def dateline_alone(text: str) -> bool:
    """A place and date with no news after it: "Berlin, 18. Auguſt 1914.", "Lisbon, May 2."."""
    return DATED_ITEM.match(text) is not None and not dated_item_with_text(text)


# A correspondent's letter dated by its place and the day of the week alone, as British and French
# papers dated their own men's letters: "PARIS, Tuesday.", "ROME, Thursday night.", "Bruxelles,
# mercredi soir.". No headline is a place and a weekday alone.
_PLACE_AND_WEEKDAY = re.compile(
    rf"^[A-ZÀ-ÖØ-Þ][\w'’.-]+(?: [\w'’.-]+){{0,3}}, (?i:{LATIN_WEEKDAY.pattern})"
    r"(?: (?i:night|morning|evening|afternoon|soir|matin|abend|morgen|nachmittag))?\.?$"
)


def opens_story(text: str) -> bool:
    """A story's first words, in any script: a dateline or a reporter's opening (`is_story_lead`),
    a place in capitals ("JIHLAVA - Kraj…", "ROTHENBACH (pol). Ein…", `PLACE_LEAD`), or a place and
    a date with the news after them ("Berlin, 29. Nov. (Eig. Drahtmeldung.) Das…"). No paragraph
    inside a story opens so, so the short lines right over one are its head.

    >>> opens_story("HAVLÍČKŮV BROD - Studenti místního gymnázia"), opens_story("Berlin, 29. Nov. (Eig. Drahtmeldung.) Das Reichskabinett hat")
    (True, True)
    >>> opens_story("Die Stadt Berlin hat"), opens_story("Berlin, den 4. März 1871.")
    (False, False)
    """
    return is_story_lead(text) or PLACE_LEAD.match(text) is not None or dated_item_with_text(text)


# The items of an English paper's edition line, set wide apart under its masthead: the issue's
# number ("No. 24,817", "Vol. LXXI No. 212"), the edition ("LATE NIGHT FINAL", "City Edition")
# and the price ("Price 4d.", "FIVE CENTS", "10p").
_ISSUE_ITEM = re.compile(
    r"^(?:(?:Vol|VOL)\.? [IVXLC\d]+,? )?(?:No|NO)\.? ?[\d,]+$"
    r"|^(?:(?:LATE|LAST|FIRST|SECOND|CITY|SPORTS|NIGHT|STOP PRESS|SPECIAL|EXTRA)\s+)*(?:FINAL|EDITION|EXTRA|SPECIAL)$"
    r"|^(?:Late|Last|First|City|Sports|Night|Special)(?: \w+)? (?:Final|Edition)$"
    r"|^(?:Price|PRICE)\s+\S{1,12}$|^(?:ONE|TWO|THREE|FIVE|TEN) (?:CENTS?|PENCE|PENNY)$|^\d{1,2}(?:d|p|c)\.?$"
)
_EDITION_GAP = re.compile(r"\s{3,}")
# The day's weather in a line at the foot of a story: "WEATHER: Fog, slow to clear; cold. Lighting-up time 4.25 p.m."
WEATHER_LINE = re.compile(r"^(?:THE )?(?:WEATHER|Weather)(?: (?:FORECAST|Forecast))?\s*[:.—–-]\s*\S.{0,160}$")


def _edition_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An English paper's edition line, its issue number, date, edition and price set wide apart
    under the masthead, and the weather line, are furniture, each item an entry of its own.

    Before: BODY "No. 24,817    TUESDAY, NOVEMBER 24, 1964    LATE NIGHT FINAL" / "Price 4d.".
    After: FURNITURE "No. 24,817", "TUESDAY, NOVEMBER 24, 1964", "LATE NIGHT FINAL", "Price 4d.".
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind is Kind.FURNITURE or len(block.lines) > 3 or not all(_edition_line(line) or WEATHER_LINE.match(line) for line in block.lines):
            out.append(block)
            continue
        for n, line in enumerate(block.lines):
            items = [line] if WEATHER_LINE.match(line) else _EDITION_GAP.split(line.strip())
            for item in items:
                out.append(block.with_(lines=(item,), kind=Kind.FURNITURE, start=block.start + n, gap=block.gap if n == 0 else 0, indent=False))
    return tuple(out)


def _edition_line(line: str) -> bool:
    items = _EDITION_GAP.split(line.strip())
    dated = [item for item in items if DATE_EN.search(item) or DATE_EU.search(item)]
    rest = [item for item in items if item not in dated]
    return all(_ISSUE_ITEM.match(item) for item in rest) and (len(dated) == 1 and len(rest) >= 1 or not dated and len(rest) == 1 and rest[0][:5].lower() == "price")


def _masthead_over_edition_line(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The lines set together at the top of the page are its running head when one of them gives
    the day: the paper's name in capitals (in one line or two), then the edition line or the day
    alone, in the paper's language, then the section and page. "NORTHBRIDGE EVENING TELEGRAPH"
    over "No. 24,817    TUESDAY, NOVEMBER 24, 1964    …"; "EL ECO DEL PARANÁ" over "Santa Fe,
    domingo 29 de noviembre de 2026 - Página 8"; "THE WIRRAWA ADVOCATE" / "AND MURRUMBIDGEE
    DISTRICT RECORDER." over "WIRRAWA, THURSDAY, NOVEMBER 30, 1916.".

    Before: the name the first story's title and "Perjantai 27. marraskuuta 2026" its text;
    "SAYFA 3 | BÖLGE" over the first headline taken for its kicker. After: all three furniture.

    >>> b = lambda text, kind=Kind.SHORT, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("DAGBLADET SØR"), b("Fredag 27. november 2026", Kind.BODY), b("SIDE 4 | NYHETER"), b("Ny bru over elva", gap=1))
    >>> [block.kind.value for block in _masthead_over_edition_line(page)]
    ['furniture', 'furniture', 'furniture', 'short']
    """
    dated = next((k for k, block in enumerate(blocks[1:5], 1) if block.gap or _edition_or_day(block)), None)
    if dated is None or blocks[dated].gap:
        return blocks
    top = dated + 1
    while top < len(blocks) and blocks[top].gap == 0 and (blocks[top].kind is Kind.FURNITURE or _section_and_page_words(blocks[top].text)):
        top += 1
    names = blocks[:dated]
    # (a short name counts: "'O VICO" over "Mensile napulitano - ottobre 2027 - paggena 3 - 1,50 €")
    if not all(len(block.lines) == 1 and block.kind in (Kind.SHORT, Kind.FURNITURE) and in_capitals(block.text, _NAME_LETTERS) for block in names):
        return blocks
    return tuple(block.with_(kind=Kind.FURNITURE) for block in blocks[:top]) + blocks[top:]


_NAME_LETTERS = 4  # a paper's name in capitals over its edition line has four letters at least


def _top_day_and_folio_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Above a page's first paragraph, a line giving the day alone ("Martes, 1 de diciembre de
    2026") or the page's number in its language with its section ("Página 5 | Cidades", "Pagina
    5 · CIUDAD") is the masthead's, wherever an engine set it among the heads: a layout reading
    puts blank lines round it, so `_masthead_over_edition_line` does not see it under the name.
    So is the name in capitals read between two such lines ("LA ATALAYA").

    Before: "Martes, 1 de diciembre de 2026" the page's first paragraph, "LA ATALAYA" the first
    story's title and "Pagina 5 · CIUDAD" its deck. After: furniture.

    >>> b = lambda text, kind=Kind.SHORT, gap=2: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Martes, 1 de diciembre de 2026", Kind.BODY), b("LA ATALAYA"), b("Página 5 · CIUDAD"), b("CIERRA EL MERCADO"),
    ...         b("Los cuarenta y dos puestos del mercado tendrán que bajar la persiana el próximo 15 de enero.", Kind.BODY),
    ...         b("Página 6", Kind.BODY))
    >>> [block.kind.value for block in _top_day_and_folio_lines(page)]
    ['furniture', 'furniture', 'furniture', 'short', 'body', 'body']

    So is the page's first line, a name of a few words, over such a day line: an editorial page's
    flag ("Lancaster Intelligencer." over "THURSDAY EVENING, DEC. 29, 1881.").

    >>> page = (b("Millbrook Herald.", gap=0), b("SATURDAY MORNING, MAY 4, 1889.", gap=1), b("The Tariff Again.", gap=1))
    >>> [block.kind.value for block in _top_day_and_folio_lines(page)]
    ['furniture', 'furniture', 'short']
    """
    # the masthead stands above the page's first paragraph
    top = next((k for k, block in enumerate(blocks) if block.kind is Kind.BODY and len(block.text) > _DAY_LINE), len(blocks))

    def day_or_folio(block: Block) -> bool:
        return len(block.lines) == 1 and (_weekday_and_date(block.text) or _section_and_page_words(block.text))

    out = [
        block.with_(kind=Kind.FURNITURE) if k < top and block.kind in (Kind.BODY, Kind.SHORT) and day_or_folio(block) else block
        for k, block in enumerate(blocks)
    ]
    for k in range(1, top - 1):
        # the name between the day and the folio (a folio alone is furniture already: `is_furniture`),
        # not a jump head under the running head
        found_around = all(out[j].kind is Kind.FURNITURE and day_or_folio(out[j]) for j in (k - 1, k + 1))
        if found_around and out[k] is blocks[k] and len(blocks[k].lines) == 1 and _in_capitals(blocks[k].text):
            out[k] = blocks[k].with_(kind=Kind.FURNITURE)
    # The page's first line, a name of a few words over the day line, is the paper's flag, however
    # misread: "Lancaster Intrlliflcncet." over "THURSDAY EVENING, DEC. 29, 1881." (an editorial page).
    flag = blocks[0] if len(blocks) > 1 else None
    if flag is not None and flag.kind in (Kind.SHORT, Kind.BODY) and len(flag.lines) == 1 and len(flag.text.split()) <= _FLAG_WORDS and out[1].kind is Kind.FURNITURE and _weekday_and_date(blocks[1].text):
        out[0] = flag.with_(kind=Kind.FURNITURE)
    return tuple(out)


# A web address written alone, in lower or upper case: "KEIZERTIMES.COM", "www.silvertonappeal.com",
# "fjardapostur.is".
_WEB_ADDRESS = re.compile(r"(?:https?://)?(?:[\w-]+\.)+(?:[a-z]{2,12}|[A-Z]{2,12})(?:/\S*)?")
_FLAG_WORDS = 3  # words at most in a page's flag


def _page_flags(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Above a page's first paragraph, the paper's web address alone on its line is furniture,
    and so is the page's flag: a name of a few words (no figure, no sentence) set between the
    page's furniture (the running head, the folio, the web address) or over it as the page's
    first line, never straight over a head as a kicker is. A modern page sets its section so,
    large, beside or under the folio ("Sports" over "Appeal Tribune, www.silvertonappeal.com";
    "KeizerOpinion" between "PAGE A4, KEIZERTIMES, FEBRUARY 20, 2015" and "KEIZERTIMES.COM").

    Before: SHORT "KeizerOpinion", SHORT "KEIZERTIMES.COM", SHORT "Love transcends societal
    rules": the flag and the address read as the column's title, its head as the deck. After:
    FURNITURE, FURNITURE, and the head is the title.

    >>> b = lambda text, kind=Kind.SHORT: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b("PAGE A4, VALLEY TIMES, MARCH 6, 2015", Kind.FURNITURE), b("ValleyOpinion"), b("VALLEYTIMES.COM"),
    ...         b("Library plans approved"), b("The council met on Tuesday night to hear the plans.", Kind.BODY))
    >>> [block.kind.value for block in _page_flags(page)]
    ['furniture', 'furniture', 'furniture', 'short', 'body']
    >>> page = (b("PAGE A4, VALLEY TIMES, MARCH 6, 2015", Kind.FURNITURE), b("Opinion"), b("Library plans approved"), page[-1])
    >>> [block.kind.value for block in _page_flags(page)]  # a kicker over its head
    ['furniture', 'short', 'short', 'body']
    >>> page = (page[0], b("BRIDGES"), b("From Page A1", Kind.FURNITURE), page[-1])
    >>> [block.kind.value for block in _page_flags(page)]  # a jump head over its jump line
    ['furniture', 'short', 'furniture', 'body']
    """
    top = next((k for k, block in enumerate(blocks) if block.kind is Kind.BODY), len(blocks))
    out = [
        block.with_(kind=Kind.FURNITURE)
        if k < top and block.kind is Kind.SHORT and len(block.lines) == 1 and _WEB_ADDRESS.fullmatch(block.text.strip())
        else block
        for k, block in enumerate(blocks)
    ]
    for k in range(min(top, len(out) - 1)):
        block, below = out[k], out[k + 1]
        words = block.text.split()
        if (
            block.kind is Kind.SHORT
            and len(block.lines) == 1
            and len(words) <= _FLAG_WORDS
            and not re.search(r"[\d.,:;!?]", block.text)
            and below.kind is Kind.FURNITURE
            and not names_a_page(below.text)  # a jump head over its jump line: "BRIDGES" / "From Page A1"
            and (k == 0 or out[k - 1].kind is Kind.FURNITURE)
        ):
            out[k] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


_EARS = 3  # blocks: what a page may print above its masthead's folio line (nameplate, ears, volume)
_WIDE_EARS = 8  # blocks, when each is an ear's few words (`_EAR_BLOCK_CHARACTERS`)
_EAR_BLOCK_CHARACTERS = 320  # the wire's notice of its rights, the longest ear; a story's column runs longer
# The weather ear's head at the top of the page, as OCR reads it: "WEATHER.", "THE WEATHER", "WEATHEK.".
_WEATHER_EAR = re.compile(r"^(?:THE )?WEATH[A-Z]{2}\.?$")
# The date line under an American paper's nameplate: the place, the weekday, the date, in capitals.
_MASTHEAD_DATE_LINE = re.compile(r"^[A-Z][A-Z.' -]{2,30}(?:, [A-Z][A-Z.' -]{0,12})?, [A-Z]+DAY(?: (?:MORNING|EVENING|AFTERNOON))?,? [A-Z][A-Za-z]{2,9}\.? \d{1,2},? \d{4}")
# The issue's date with its day and year read as one figure, as OCR runs them together: "FEBRUARY 171824.".
_DAY_RUN_INTO_YEAR = re.compile(r"^(?P<mon>" + "|".join(_MONTHS) + r")\.? \d{1,2}(?:1[6-9]|20)\d{2}\.?$", re.IGNORECASE)


def _issue_date_line(block: Block) -> bool:
    """The line of the masthead that dates the issue, already furniture: the weekday alone
    ("Mittwoch,"), or a date, with or without the volume and place round it ("Vierter Jahrgang.
    St. Cloud, Minn., Donnerstag, den 3. Januar, 1878.", "FEBRUARY 171824.").

    >>> b = lambda text: Block((text,), 1, kind=Kind.FURNITURE)
    >>> [_issue_date_line(b(t)) for t in ("Mittwoch,", "FEBRUARY 171824.", "Dritter Jahrgang. Berlin, Freitag, den 4. März 1870.")]
    [True, True, True]
    >>> [_issue_date_line(b(t)) for t in ("FROM SATURDAY NIGHT'S GAZETTE.", "No. 12.", "(To be continued.)")]
    [False, False, False]
    """
    text = block.text
    if block.kind is not Kind.FURNITURE or len(block.lines) != 1:
        return False
    weekday = LATIN_WEEKDAY.fullmatch(text.strip(" .,")) is not None
    return weekday or any(p.search(text) for p in (LATIN_DATE, DATE_EN, LATIN_MONTH_YEAR, _DAY_RUN_INTO_YEAR))


# The rest of a circulation list run on to a line of its own: names in capitals, commas between,
# four and more ("Linden, Faulconbridge, Springwood, Valley Heights, …, the Commonwealth and Foreign Parts").
_PLACE = r"(?:the |and )?[A-Z][\w'’]*(?: (?:and )?[A-Z][\w'’]*){0,3}"
_PLACES_RUN_ON = re.compile(rf"^(?:{_PLACE}[,.] ){{3,}}{_PLACE}\.?$")
_CIRCULATION_LINE = re.compile(_CIRCULATION_LIST)
_BAND_LINE = re.compile(_MASTHEAD_BAND_LINE)
_BAND_BLOCKS = 12  # blocks: how far down the page a head band's lines may be read


def _circulation_list_run_on(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A country paper's head band read into the page's first blocks: each of its standing lines
    (`_MASTHEAD_BAND_LINE`) is furniture, a line of its own however the reading grouped it, and so
    is the line its list of towns runs on to under the list's first line (`_CIRCULATION_LIST`):
    names and commas. Only among the page's first blocks (`_BAND_BLOCKS`), where a head band is.

    Before (The Blue Mountain Echo, Katoomba, 1924, Tesseract's ALTO and TSV): "Linden,
    Fauleonbridge, Springwoud, Valley Heights, Blaxland, Glenbrook, Ramu Plain, the Commonwealth and
    Foreign Parts" / "Registered at ihe GPU, Sydney, for tranemiseion by past …" opened a paragraph
    of the first story. After: furniture, the lines under them left as they were.

    >>> b = lambda *lines, kind=Kind.UNKNOWN: Block(lines, 1, kind=kind)
    >>> page = (b("Circulating in Bowral, Mittagong, Moss Vale, Bundanoon, Robertson, Berrima, Exeter,"), b("Sutton Forest, Burrawang, Wingello, the Commonwealth and Foreign Parts", "Registered at the G.P.O., Sydney, for transmission by post as a newspaper."), b("Vol. XII. No. 604.", "Smith, Jones, Brown and Green were fined."))
    >>> [(block.kind.value, block.lines) for block in _circulation_list_run_on(page)][1:]
    [('furniture', ('Sutton Forest, Burrawang, Wingello, the Commonwealth and Foreign Parts', 'Registered at the G.P.O., Sydney, for transmission by post as a newspaper.')), ('furniture', ('Vol. XII. No. 604.',)), ('unknown', ('Smith, Jones, Brown and Green were fined.',))]
    >>> _circulation_list_run_on((b("Smith, Jones, Brown, Green, White and Black were fined."),))[0].kind.value
    'unknown'
    """
    out: list[Block] = []
    listed = False  # the line before was a circulation list's first
    for k, block in enumerate(blocks):
        if k >= _BAND_BLOCKS or block.kind is Kind.FURNITURE:
            out.append(block)
            listed = k < _BAND_BLOCKS and _CIRCULATION_LINE.match(block.lines[-1]) is not None
            continue
        standing = []
        for line in block.lines:
            standing.append(_BAND_LINE.match(line) is not None or listed and _PLACES_RUN_ON.match(line) is not None)
            listed = _CIRCULATION_LINE.match(line) is not None
        if not any(standing):
            out.append(block)
            continue
        n = 0
        while n < len(block.lines):  # runs of standing lines and of the rest, each a block
            m = n
            while m < len(block.lines) and standing[m] == standing[n]:
                m += 1
            kind = Kind.FURNITURE if standing[n] else block.kind
            out.append(block.with_(lines=block.lines[n:m], start=block.start + n, kind=kind, gap=block.gap if n == 0 else 0))
            n = m
    return tuple(out)


def _ears_over_folio(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """What a page prints above its masthead's folio line (`_masthead_folio`), when that line is
    among its first blocks, is the masthead too: the nameplate, the ears beside it, the volume,
    however badly the OCR read them.

    Before (Chronicling America's text of The Salt Lake Tribune, 1911): the ears' "ntegrity backed"
    jfl A, rgA … GOOD advertising is the most" / "B good advertising Trill win …" opened the page's
    text over the furniture "… SUNDAY MORNING-, SEPTEMBER 17, 1911. … 56 PAGES FIVE CENTS.".
    After: furniture, all of it.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, kind=kind)
    >>> page = (b("ocr of the left ear, advertising pays"), b("ALBANY, SATURDAY, MARCH 2, 1907.-SIXTEEN PAGES.", Kind.FURNITURE), b("BRIDGE TOLLS TO END", Kind.SHORT))
    >>> [block.kind.value for block in _ears_over_folio(page)]
    ['furniture', 'furniture', 'short']

    Under the weather ear's head (`_WEATHER_EAR`) a capital's paper prints wider ears: the
    forecast and the temperatures, the circulation, the wire's notice, each a line or two, over the date line (a place, a weekday, a date: "WASHINGTON,
    D. C., SUNDAY MORNING, SEPTEMBER 1, 1918"); before, "WEATHER." was the first story's title.

    >>> ears = (b("WEATHER.", Kind.SHORT), b("Fair today and tomorrow."), b("Temperature: Highest, 84; lowest, 64."), b("Full report on page 3."), b("Member of the Associated Press"))
    >>> page = (*ears, b("ALBANY, SUNDAY MORNING, MARCH 3, 1907.", Kind.FURNITURE), b("BRIDGE TOLLS TO END", Kind.SHORT))
    >>> [block.kind.value for block in _ears_over_folio(page)][-3:]
    ['furniture', 'furniture', 'short']
    """
    folio = next(
        (k for k, block in enumerate(blocks[1 : _WIDE_EARS + 1], 1) if block.kind is Kind.FURNITURE and (_masthead_folio(block.text) or _MASTHEAD_DATE_LINE.match(block.text))),
        None,
    )
    # (more blocks above it only under the weather ear's head, each an ear's few words: the forecast,
    # the temperatures, the circulation, the wire's notice; a brief set beside the nameplate is text)
    wide = _WEATHER_EAR.match(blocks[0].text) is not None and all(len(block.text) <= _EAR_BLOCK_CHARACTERS for block in blocks[:folio or 0])
    if folio is None:
        return _nameplate_pieces_over_the_issue_date(blocks)
    if folio > _EARS and not wide:
        return blocks
    return tuple(block.with_(kind=Kind.FURNITURE) for block in blocks[:folio]) + blocks[folio:]


def _nameplate_pieces_over_the_issue_date(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Over the issue's date line (`_issue_date_line`), among the page's first blocks, the lines
    a reading gives one by one, each a block of one line, are the masthead's pieces: the paper's
    name round its woodcut, the number, the year, the place and weekday the date line goes on
    from. A story's text above the date runs lines together; that page is left as it was.

    Before (the Zürcher Zeitung, 1788, ABBYY's PAGE XML): the ornament read "DMWW" was the first
    story's title and "Zürcher" a kicker over "Mittwoch,"; before (The Statesman, 1824, ALTO):
    "LONDON, TITESDAY,:.." over "FEBRUARY 171824." was the first story's title. After: furniture,
    the story's own head ("Frankreich.") its title.

    >>> b = lambda text, kind=Kind.SHORT: Block((text,), 1, kind=kind)
    >>> page = (b("Nr. 7.", Kind.FURNITURE), b("XQXQ"), b("Bündner"), b("Samstag,", Kind.FURNITURE), b("Italien."), Block(("Rom, den 3. März. Der Papst hat", "gestern die Gesandten empfangen."), 1, kind=Kind.BODY))
    >>> [block.kind.value for block in _nameplate_pieces_over_the_issue_date(page)]
    ['furniture', 'furniture', 'furniture', 'furniture', 'short', 'body']
    >>> text = (Block(("The council met at noon and", "voted the new tax down."), 1, kind=Kind.BODY), b("Saturday,", Kind.FURNITURE))
    >>> [block.kind.value for block in _nameplate_pieces_over_the_issue_date(text)]
    ['body', 'furniture']
    >>> foot = (b("New road to the harbour"), b("The council opened the road, and now", Kind.BODY), b("Harbour News - 3 March 2026", Kind.FURNITURE), b("cars pass all year round.", Kind.BODY))
    >>> [block.kind.value for block in _nameplate_pieces_over_the_issue_date(foot)][:2]
    ['short', 'body']
    """
    date = next((k for k, block in enumerate(blocks[1 : _WIDE_EARS + 1], 1) if _issue_date_line(block)), None)
    if date is None or any(len(block.lines) != 1 or block.indent for block in blocks[:date]):
        return blocks
    # (a masthead already found above, its name furniture, leaves the heads under it to the page;
    # a sentence going on under the date makes the date a running foot inside a story's text)
    found = any(block.kind is Kind.FURNITURE and sum(ch.isalpha() for ch in block.text) >= _NAME_LETTERS for block in blocks[:date])
    if found or date + 1 < len(blocks) and blocks[date + 1].text[:1].islower():
        return blocks
    return tuple(block.with_(kind=Kind.FURNITURE) for block in blocks[:date]) + blocks[date:]


_NAMEPLATE_TOP = 12  # blocks: where a layout reading may put a nameplate, after its left ear
_EAR_LINE = 64  # characters: an ear's lines are short (a price, a term); a story's run the column's width
_RIGHT_EAR_LINES = 12  # lines: a notice of when and where the paper appears, its price


def _ears_beside_a_nameplate(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paper's name in capitals set between its day and its date ("VENDREDI" / "L'UNION." / "30
    Novembre 1860."), among the page's first blocks, is its nameplate; the short lines a layout
    reading puts before it are the ear beside it (the subscription prices), and the lines after the
    date that name the paper, up to the first head, the other ear (when and where it appears).

    Before (the Luxembourg national library's ALTO of L'Union, 1860): "PRIX DE L'ABONNEMENT." the
    first story's title over "5 fr. par trimestre pour la ville." …, "L'UNION." the next one's over
    "L'Union paraît tous les jours…" and "Prix de chaque numéro: 15 centimes.", the real first
    story "Avis aux abonnés." a subhead. After: furniture, all of the masthead.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, kind=kind)
    >>> page = (b("No 12.", Kind.FURNITURE), b("ABONNEMENTS.", Kind.SHORT), b("4 fr. par trimestre."), b("LUNDI", Kind.FURNITURE), b("LE COURRIER.", Kind.SHORT),
    ...         b("3 Mars 1862.", Kind.FURNITURE), b("Le Courrier paraît le lundi et le jeudi."), b("Prix du numéro: 10 centimes."),
    ...         b("Nouvelles du canton.", Kind.SHORT), b("La foire de mars aura lieu le 12, comme chaque année depuis 1820."))
    >>> [block.kind.value for block in _ears_beside_a_nameplate(page)]
    ['furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'furniture', 'short', 'body']
    """
    for k in range(1, min(len(blocks) - 1, _NAMEPLATE_TOP)):
        name, day, date = blocks[k], blocks[k - 1], blocks[k + 1]
        dated = date.kind is Kind.FURNITURE and (LATIN_DATE.search(date.text) or DATE_EN.search(date.text)) is not None
        weekday = day.kind is Kind.FURNITURE or len(day.lines) == 1 and LATIN_WEEKDAY.fullmatch(day.text.strip(" .,")) is not None
        if not (name.kind is Kind.SHORT and len(name.lines) == 1 and _in_capitals(name.text) and weekday and dated):
            continue
        left = [line for block in blocks[: k - 1] for line in block.lines]
        if any(len(line) > _EAR_LINE for line in left):
            return blocks  # (a story's text before the name: no ear, the reading order is another's)
        right = k + 2
        words = name.text.casefold().strip(" .")
        if right < len(blocks) and words in blocks[right].text.casefold():
            while right < len(blocks) and blocks[right].kind is Kind.BODY and sum(len(b.lines) for b in blocks[k + 2 : right + 1]) <= _RIGHT_EAR_LINES:
                right += 1
        return tuple(block.with_(kind=Kind.FURNITURE) for block in blocks[:right]) + blocks[right:]
    return blocks


_DAY_LINE = 60  # characters: "MILLBROOK, OHIO, THURSDAY, JULY 9, 1863." and more


def _edition_or_day(block: Block) -> bool:
    """The line under a masthead: the edition line (already furniture), or the day alone, with
    its weekday and the town at most ("SAMEDI 28 NOVEMBRE 2026", "25 Kasım 2026 Çarşamba",
    "MILLBROOK, OHIO, THURSDAY, JULY 9, 1863.")."""
    text = block.text
    if block.kind is Kind.FURNITURE:
        return bool(_ISSUE_ITEM.match(text) or DATE_EN.search(text) or LATIN_DATE.search(text) or LATIN_MONTH_YEAR.search(text))
    if len(block.lines) == 1 and _fields_set_wide_with_a_year(text):
        return True
    date = LATIN_DATE.search(text) or DATE_EN.search(text)
    if len(block.lines) != 1 or len(text) > _DAY_LINE or date is None:
        return False
    rest = LATIN_WEEKDAY.sub(" ", text[: date.start()] + " " + text[date.end() :])
    names = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    return len(names) <= 3 and all(name[0].isupper() for name in names)


def _fields_set_wide_with_a_year(line: str) -> bool:
    """An edition line in a language whose months the cleaner does not know: a few short fields set
    wide apart, one of them dated by its year ("Fraide, Disemba 4, 2026     Pes 4     K1.50").

    >>> _fields_set_wide_with_a_year("Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026      Ojú ìwé 5"), _fields_set_wide_with_a_year("Ọjọ́ Ẹtì, 4 Oṣù Kejìlá 2026")
    (True, False)

    Or three fields or four parted by a dash, a bar or a dot, as the page's running lines are
    (`_LATIN_HEAD_FIELDS`): "Jounal chak semèn nan Nò a – Vandredi 11 desanm 2026 – Paj 5 – 75 goud".

    >>> _fields_set_wide_with_a_year("Jounal chak semèn nan Nò a – Vandredi 11 desanm 2026 – Paj 5 – 75 goud")
    True
    """
    fields = _EDITION_GAP.split(line.strip())
    if len(fields) == 1 and len(fields := [f for f in _LATIN_HEAD_FIELDS.split(line.strip()) if f]) < 3:
        return False
    return 2 <= len(fields) <= _MAX_MASTHEAD_FIELDS and all(len(field) <= _DAY_LINE for field in fields) and _YEAR.search(line) is not None


def _weekday_and_date(text: str) -> bool:
    """The day alone, its weekday and its date and nothing else: "Martes, 1 de diciembre de 2026",
    "Quarta-feira, 2 de dezembro de 2026"; not a decree's "Vom 2. August 1914.".

    >>> _weekday_and_date("Martes, 1 de diciembre de 2026"), _weekday_and_date("Vom 2. August 1914.")
    (True, False)

    An evening or a morning paper names its edition after the weekday: "THURSDAY EVENING, DEC. 29, 1881.".

    >>> _weekday_and_date("THURSDAY EVENING, DEC. 29, 1881."), _weekday_and_date("Friday Morning, March 3, 1899")
    (True, True)
    """
    date = (LATIN_DATE.search(text) or DATE_EN.search(text)) if len(text) <= _DAY_LINE else None
    return (
        date is not None
        and LATIN_WEEKDAY.search(text) is not None
        and re.search(r"[^\W\d_]", _EDITION_TIME.sub("", LATIN_WEEKDAY.sub("", text[: date.start()] + text[date.end() :]))) is None
    )


_EDITION_TIME = re.compile(r"\b(?:MORNING|EVENING|AFTERNOON|Morning|Evening|Afternoon)\b")


def _section_and_page_words(text: str) -> bool:
    """A section's name and the page after its word, under the masthead: "SAYFA 3 | BÖLGE",
    "Trang 5 - Kinh tế - Xã hội"; or the page at the line's other end, the section spread from it
    to the left margin: "Ausland          Seite 6"."""
    if len(text) > _DAY_LINE or _FIGURE.search(text) is None:
        return False  # (asked first: most lines are longer or have no figure, and are not split)
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    # (the page's number ends its field: asked before the words for a page are tried)
    return bool(fields) and any(field[-1].isdecimal() and _PAGE_IN_ITS_LANGUAGE.fullmatch(field) is not None for field in (fields[0], fields[-1]))


def _page_in_its_language_alone(text: str) -> bool:
    """The page's number after its word in the page's language, alone or beside the section's
    name, is the page's folio wherever an engine read it: on a line of its own no sentence, head
    or byline is only that. Above the first paragraph `_top_day_and_folio_lines` asks more of it;
    here the section is a name of a few words ("Seite 15 | Lokales", "Pagina 9", "Side 12").
    Before: RapidOCR listed "Pagina 9" between two stories, read as a byline or a head.

    >>> _page_in_its_language_alone("Pagina 9"), _page_in_its_language_alone("Seite 15|Lokales"), _page_in_its_language_alone("Sivu 4 · Urheilu")
    (True, True, True)
    >>> _page_in_its_language_alone("Ausland                        Seite 6")
    True
    >>> _page_in_its_language_alone("Seite 15 zeigt, wie es geht"), _page_in_its_language_alone("Side 2 – what the council will not tell its voters")
    (False, False)
    """
    if not _section_and_page_words(text):
        return False  # (asked first: most lines are not split again)
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    names = fields[1:] if _PAGE_IN_ITS_LANGUAGE.fullmatch(fields[0]) else fields[:-1]
    return all(len(field.split()) <= _SECTION_WORDS and field[:1].isupper() for field in names)


_SECTION_WORDS = 3  # a section's name beside the folio: "Lokales", "Cronaca di Montevaro"
_TOP_BLOCKS = 3  # where a masthead stands: the page's first few blocks
_PAPER_NAME_WORDS = 3  # a paper's name runs to three words or more where no word list knows it


def _running_fields_alone(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of two or three words each of which is a whole field of one of the page's running
    lines (its section, its number) is that running head again, read apart from the rest of it:
    "Lokalt 8" beside the foot "8 · Lokalt · Skovbjerg Folkeblad" (a PDF's text layer reads the
    head's right-hand half among the stories' heads). Not a headline: one names what it tells.

    >>> page = (Block(("Lokalt 8",), 3, gap=1, kind=Kind.SHORT), Block(("8 · Lokalt · Skovbjerg Folkeblad",), 9, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _running_fields_alone(page)]
    ['furniture', 'furniture']

    So is the page's section in one word, set flush under the edition line at the page's top and
    a blank line above the first story ("PLATTDÜÜTSCH" under "Wümme-Kurier · Sünnavend, 12.
    Dezember 2026 · Siet 14", the foot "WÜMME-KURIER · PLATTDÜÜTSCH · SIET 14"); one word
    elsewhere may be a kicker naming the section too, set flush over its story's head.
    """
    running_lines = (_LATIN_HEAD_FIELDS.split(b.text.strip()) for b in blocks if b.kind is Kind.FURNITURE and len(b.lines) == 1)
    fields = [{field.casefold() for field in line} for line in running_lines if len(line) >= 3]
    if not fields:
        return blocks
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind not in (Kind.SHORT, Kind.HEADLINE, Kind.BODY) or len(block.lines) != 1:
            continue
        words = block.text.casefold().split()
        under_the_edition_line = (
            len(words) == 1
            and 0 < i < len(blocks) - 1
            and block.gap == 0
            and blocks[i + 1].gap >= 1
            and all(b.kind is Kind.FURNITURE for b in blocks[:i])
        )
        if (2 <= len(words) <= 3 or under_the_edition_line) and any(all(word in running for word in words) for running in fields):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


def _desk_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's desk line, its editor named after the word for the desk (`DESK_LINE`), the
    section's name before it maybe: furniture, as a Chinese page's "责任编辑：…" is. "Sport ·
    Redaktion: Jörg Kessler" under a Palatine masthead (holdout88; before, the page's first title).

    >>> [b.kind.value for b in _desk_lines((Block(("Sport · Redaktion: Jörg Kessler",), 2, kind=Kind.SHORT),))]
    ['furniture']
    """
    return tuple(
        block.with_(kind=Kind.FURNITURE)
        if block.kind in (Kind.SHORT, Kind.BODY, Kind.BYLINE) and len(block.lines) == 1 and (DESK_LINE.match(block.text) or _desk_line_under_the_masthead(blocks, i))
        else block
        for i, block in enumerate(blocks)
    )


def _desk_line_under_the_masthead(blocks: tuple[Block, ...], i: int) -> bool:
    """Right under the masthead, a section's name, a dot or a dash, then a word and a colon over
    an editor's name is the desk line in any language: "Itâlia · Redazión: Giorgio Bertòzzi",
    "Desh – Sampaadak: Shalendra Kumar" (holdout92's Romagnol and Fiji Hindi pages; before, the
    section and the title of the page's first story).

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.FURNITURE, "FIJI SAMACHAR – Budh, 5 Juun 2029 – Panna 2"), b(Kind.SHORT, "Desh – Sampaadak: Shalendra Kumar"), b(Kind.SHORT, "Ganna katai do hafta deri se suru hoi"))
    >>> _desk_line_under_the_masthead(page, 1), _desk_line_under_the_masthead(page, 2)
    (True, False)

    The section's name may be a hyphenated word ("Pag-eskwela | Editor: Rosa Lim"; before, that
    line the first story's title and its head the subtitle):

    >>> page = (b(Kind.FURNITURE, "BALITA | Lunes, 3 Mayo 2027 | Pahina 2"), b(Kind.SHORT, "Pag-eskwela | Editor: Rosa Lim"))
    >>> _desk_line_under_the_masthead(page, 1)
    True

    A spaced hyphen parts them as a dash does, where the paper sets its heads with one (a
    Tzotzil page's "K'inetik - Editora: Rosa …" under "SK'OP JTEKLUM - Lunes … - Pág. 4";
    before, the first story's title, its real head pushed down to the subtitle):

    >>> page = (b(Kind.FURNITURE, "LA VEU - Dilluns 6 d'agost de 2029 - Pàg. 4"), b(Kind.SHORT, "Festes - Editora: Marta Puig Soler"))
    >>> _desk_line_under_the_masthead(page, 1)
    True

    With no colon, the post's word is an editor's (`_SECTION_AND_NAMED_EDITOR`): "Krašts ·
    Redaktuorė Rūta Mončiūtė" (before, the first story's title, its head the subtitle; after,
    furniture); a section and a name alone are not enough:

    The post may be two words, the second in lower case (Mandinka "Aadoolu – Safeeriŋolu kuntiyo:
    Fatu Jaata", "customs – editors' chief: …"; before, the page's first title, its head the subtitle):

    >>> page = (b(Kind.FURNITURE, "KAMBIYA KIBAAROO – Araba, 12 Maarisi 2031 – Kayitoo 6"), b(Kind.SHORT, "Aadoolu – Safeeriŋolu kuntiyo: Fatu Jaata"))
    >>> _desk_line_under_the_masthead(page, 1)
    True

    So may three, a short linking word in the middle (Kikongo "Luzingu | Mfumu a nsoneka: Vuvu
    Mpanzu", "chief of writing"; holdout116: before, the page's first title, its head the subtitle):

    >>> page = (b(Kind.FURNITURE, "NSANGU | Lumbu kia tatu, 22 Septembre 2032 | Lukaya 4"), b(Kind.SHORT, "Luzingu | Mfumu a nsoneka: Vuvu Mpanzu"))
    >>> _desk_line_under_the_masthead(page, 1)
    True

    >>> page = (b(Kind.FURNITURE, "KAIMO ŽINIOS · 2027 m. kovo 6 d. · 3 psl."), b(Kind.SHORT, "Rajuons · Redaktuorius Juonas Petrauskis"))
    >>> _desk_line_under_the_masthead(page, 1), _desk_line_under_the_masthead(page[:1] + (b(Kind.SHORT, "Rajuons · Juonas Petrauskis"),), 1)
    (True, False)

    The editor's name may open on a capital of Latin Extended-A (a Łacinka page's "Hramada ·
    Redaktarka: Hanna Łabanok"; before, the first story's title, its real head the subtitle):

    >>> page = (b(Kind.FURNITURE, "NAŠA NIVA · Serada, 3 krasavika 2032 · Staronka 2"), b(Kind.SHORT, "Kultura · Redaktar: Ŭładzimier Łuk"))
    >>> _desk_line_under_the_masthead(page, 1)
    True

    Its place says so too: the page's first line, in the desk line's strictest form
    (`_DESK_LINE_AT_THE_HEAD`: two or three fields parted by dots, bullets or bars, the last a
    one-word post, a colon and a name of two or three capitalised words), whatever the language
    and whether or not the folio under it was known. Before: a Hungarian page opening on
    "Energia · Szerkesztő: Kovács Réka", its folio at the foot, read it as its first story's
    title. After: furniture.

    >>> page = (b(Kind.SHORT, "Energia · Szerkesztő: Kovács Réka"), b(Kind.SHORT, "Napelemek kerülnek az iskolák tetejére"))
    >>> _desk_line_under_the_masthead(page, 0), _desk_line_under_the_masthead(page, 1)
    (True, False)
    >>> _desk_line_under_the_masthead((b(Kind.SHORT, "Kilimo · Mhariri wa habari: Amina Juma"),), 0)  # a post of three words
    False
    >>> _desk_line_under_the_masthead((b(Kind.SHORT, "Interjú · Kovács Réka: a napelem megéri"),), 0)  # a head quoting its speaker
    False
    """
    if i == 0:
        return _DESK_LINE_AT_THE_HEAD.match(blocks[i].text) is not None
    if not (0 < i <= _DESK_LINE_BLOCKS and blocks[i - 1].kind is Kind.FURNITURE):
        return False
    return _SECTION_AND_EDITOR.match(blocks[i].text) is not None or _SECTION_AND_NAMED_EDITOR.match(blocks[i].text) is not None


_DESK_LINE_BLOCKS = 2  # the desk line stands right under the masthead's line or two
# An editor's name: two to four capitalised words, a short particle in lower case maybe before one ("Agnes de Silva");
# a capital of Latin Extended-A too ("Hanna Łabanok", "Žana Šuk": before, a Łacinka desk line the page's first title),
# or a Greek or Cyrillic one where the page's furniture is in that script ("Βιβλία · Επιμέλεια: Γιώργος Καλαμάρας" over
# Arvanitika text in Latin letters: before, the desk line the first story's title).
_DESK_CAPITAL = "A-ZÀ-ÖØ-ÞΆ-ΏΑ-ΩЀ-Я"
_EDITORS_NAME = rf"[{_DESK_CAPITAL}Ā-ž][\w'’-]+(?: (?:[a-z]{{1,3}} )?[{_DESK_CAPITAL}Ā-ž][\w'’-]+){{1,3}}"
# The post may be two words, the second in lower case: Mandinka "Safeeriŋolu kuntiyo" ("editors' chief").
# Or three, a short linking word between ("Mfumu a nsoneka", Kikongo "chief of writing": holdout116).
# The post's word may join two parts by a hyphen: Songhay "Gaakasinay – Jine-boro: Fatoumata Maïga"
# ("the one in front": before, the desk line read as the first story's title, holdout118).
_SECTION_AND_EDITOR = re.compile(
    rf"^[^\W\d_][\w&'’ -]{{1,20}}\s+[-·|•–—/]\s+[{_DESK_CAPITAL}][\w'’]{{3,15}}(?:-[^\W\d_][\w'’]{{1,12}})?(?: [^\W\d_A-ZÀ-ÖØ-Þ][\w'’]{{0,2}})?(?: [^\W\d_A-ZÀ-ÖØ-Þ][\w'’]{{2,12}})?\s*:\s*{_EDITORS_NAME}$"
)
# The desk line at the page's head, known by its form alone: a section (or the paper's name and its
# section) parted by a dot, a bullet or a bar from a one-word post, a colon and a name of two or three
# capitalised words: "Energia · Szerkesztő: Kovács Réka", "Urheilu | Toimittaja: Mikko Laine".
_DESK_LINE_AT_THE_HEAD = re.compile(
    r"^[^\W\d_][\w&'’ -]{1,20}(?:\s+[·•|]\s+[^\W\d_][\w&'’ -]{1,20})?\s+[·•|]\s+[^\W\d_][\w'’-]{2,20}\s*:\s*"
    r"[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]+){1,2}$"
)
# The same with no colon, the post's word an editor's: "Krašts · Redaktuorė Rūta Mončiūtė".
_SECTION_AND_NAMED_EDITOR = re.compile(rf"^[^\W\d_][\w&'’ -]{{1,20}}\s+[-·|•–—/]\s+(?:Redakt|Rédact|Redact|Redatt|Uredni|Szerkeszt|Toimitt|Edit)[\w'’]{{0,10}}\s+{_EDITORS_NAME}$")


# A desk line: the section's name maybe, then the desk's word and its editor's name and nothing after
# ("Sport · Redaktion: Jörg Kessler", "Editor: Ann Lowe"); not a box's field with more in it.
DESK_LINE = re.compile(
    r"^(?:[^\W\d_][\w&' ]{1,20}\s+[·|•–]\s+)?"
    r"(?:Redaktion|Redakteur(?:in)?|Redakce|Redaktor|Redaktør|Rédaction|Redacción|Redazione|Redactie|Eindredactie|Editor|Edited by|Page editor)\s*:\s*"
    rf"{_EDITORS_NAME}$"
)


def _running_lines_of_the_top_fields(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line further down made only of fields the page's top lines print (the paper's name, its
    section, set apart by dashes or dots, in any case) is a running head read inside the text, and
    the top line it repeats alone is the page's section: furniture both.

    Before (holdout88's Betawi page): "WARTA CONDET – Senen, 8 November 2027 – Halaman 6" / "Duit &
    Usaha" at the top, and "Warta Condet – Duit & Usaha" between two lines of a sentence (read as a
    subhead, the sentence's end run into it), "Duit & Usaha" the kicker. After: FURNITURE.

    >>> page = (Block(("WARTA CONDET – Senen, 8 November 2027 – Halaman 6",), 1, kind=Kind.FURNITURE), Block(("Duit & Usaha",), 2, kind=Kind.SHORT),
    ...         Block(("Tanya Duit",), 4, gap=1, kind=Kind.SHORT), Block(("Warta Condet – Duit & Usaha",), 9, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _running_lines_of_the_top_fields(page)]
    ['furniture', 'furniture', 'short', 'furniture']

    Fields parted by a spaced hyphen too ("La Veu - Festes" cutting a sentence, under "LA VEU -
    Dilluns … - Pàg. 4" / "Festes - Editora: …"; before, a head read into the box below, the
    sentence's last word glued to it as the box's section):

    >>> page = (Block(("LA VEU - Dilluns 6 d'agost de 2029 - Pàg. 4",), 1, kind=Kind.FURNITURE), Block(("Festes - Editora: Marta Puig",), 2, kind=Kind.FURNITURE),
    ...         Block(("Tornen els fills",), 4, gap=1, kind=Kind.SHORT), Block(("La Veu - Festes",), 9, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _running_lines_of_the_top_fields(page)]
    ['furniture', 'furniture', 'short', 'furniture']
    """
    top = [i for i in range(min(len(blocks), _TOP_FIELD_BLOCKS)) if len(blocks[i].lines) == 1 and blocks[i].kind in (Kind.FURNITURE, Kind.SHORT)]
    fields = {field.casefold() for i in top for field in _FIELD_SEPARATOR.split(blocks[i].text)}
    out = list(blocks)
    for i in range(_TOP_FIELD_BLOCKS, len(blocks)):
        block = blocks[i]
        if block.kind not in (Kind.SHORT, Kind.BODY) or len(block.lines) != 1 or not _FIELD_SEPARATOR.search(block.text):
            continue
        printed = [field.casefold() for field in _FIELD_SEPARATOR.split(block.text)]
        if all(field in fields for field in printed):
            out[i] = block.with_(kind=Kind.FURNITURE)
            for k in top:
                if blocks[k].kind is Kind.SHORT and blocks[k].text.casefold() in printed:
                    out[k] = blocks[k].with_(kind=Kind.FURNITURE)
    return tuple(out)


_TOP_FIELD_BLOCKS = 2  # the masthead's line and the section's under it
# Fields of a running line: set apart by a spaced dash, dot, bullet or bar ("Warta Condet – Duit & Usaha").
_FIELD_SEPARATOR = re.compile(r"\s+[-–—·•|]\s+")


def _names_repeated_in_running_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line at the top of the page that its running head or foot prints again, inside a
    line of page furniture, is the paper's name: its masthead, in any language. A name of two
    words must be one of the line's fields whole, compared without spaces (an engine may drop
    them: "LAGAZZETTADI MONTEVARO"); a section's label, one word, is left to its own tests.

    Before: SHORT "Dagblad van de Lindevallei" over the kicker "Veerpont" (one headline read of
    both), the foot "11 | Regio | Dagblad van de Lindevallei"; SHORT "EL FARO" over the foot
    "7 · El Faro · Villamar". After: FURNITURE.

    >>> page = (Block(("Dagblad van de Lindevallei",), 1, kind=Kind.SHORT), Block(("Veerpont",), 2, kind=Kind.SHORT),
    ...         Block(("11 | Regio | Dagblad van de Lindevallei",), 9, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _names_repeated_in_running_lines(page)]
    ['furniture', 'short', 'furniture']
    >>> page = (Block(("ELFARO",), 1, kind=Kind.SHORT), Block(("Villamar news",), 2, kind=Kind.SHORT), Block(("7 · El Faro · Villamar",), 9, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _names_repeated_in_running_lines(page)]
    ['furniture', 'short', 'furniture']

    A name in Title Case set directly over its dated running head is read as a line of text
    (BODY "Éislécker Wochebuet" over "Nr. 47 · Freideg, 27. November 2026 · Säit 7"); the
    foot "7 · Éislécker Wochebuet · 27.11.2026" names it all the same:

    >>> page = (Block(("Éislécker Wochebuet",), 1, kind=Kind.BODY), Block(("Nr. 47 · Freideg, 27. November 2026 · Säit 7",), 2, kind=Kind.FURNITURE),
    ...         Block(("7 · Éislécker Wochebuet · 27.11.2026",), 9, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _names_repeated_in_running_lines(page)]
    ['furniture', 'furniture', 'furniture']

    So is a name printed with its motto after a dash, the foot naming the name alone:

    >>> page = (Block(("It Wâldblêd – nijs út Sylsterwâld",), 1, kind=Kind.BODY), page[1], Block(("It Wâldblêd · 26-11-2026 · 5",), 9, gap=1, kind=Kind.FURNITURE))
    >>> [b.kind.value for b in _names_repeated_in_running_lines(page)]
    ['furniture', 'furniture', 'furniture']

    Further down the page, the name alone (after "The" or not) is the paper's house advertisement:

    >>> page = (Block(("2A Valley County Courier • April 19, 2017",), 1, kind=Kind.FURNITURE), Block(("Storm closes road",), 3, kind=Kind.SHORT),
    ...         Block(("The road was closed.",), 5, kind=Kind.BODY), Block(("The Valley County Courier",), 7, kind=Kind.SHORT), Block(("Your news source.",), 8, kind=Kind.BODY))
    >>> [b.kind.value for b in _names_repeated_in_running_lines(page)]
    ['furniture', 'short', 'body', 'furniture', 'body']
    """
    running = [b.text.casefold() for b in blocks if b.kind is Kind.FURNITURE]
    fields = {"".join(f.split()) for line in running for f in _LATIN_HEAD_FIELDS.split(line) if len(f.split()) > 1 and f != line}
    out = list(blocks)
    top = out[0] if out else None
    if top is not None and top.kind in (Kind.SHORT, Kind.BODY) and len(top.lines) > 1 and _shares_two_fields(top.lines[0].casefold(), running):
        # (the running head read into one block with the section's label under it: "… • s. 3" / "Uudizet")
        out[:1] = [Block(top.lines[:1], top.start, top.gap, kind=Kind.FURNITURE), top.with_(lines=top.lines[1:], start=top.start + 1, gap=0)]
    for i, block in enumerate(out[:_TOP_BLOCKS]):
        name = block.text.casefold()
        named = len(name.split()) >= _PAPER_NAME_WORDS and any(name in line and name != line for line in running)
        # (or its first field, the name before its motto: "It Wâldblêd – nijs út Sylsterwâld en omkriten")
        words = {"".join(name.split()), "".join(_LATIN_HEAD_FIELDS.split(name)[0].split())}
        a_line = block.kind is Kind.SHORT or block.kind is Kind.BODY and not ends_sentence(block.text)
        if a_line and len(block.lines) == 1 and (named or not words.isdisjoint(fields) or _shares_two_fields(name, running)):
            out[i] = block.with_(kind=Kind.FURNITURE)
    for i, block in enumerate(out[_TOP_BLOCKS:], _TOP_BLOCKS):
        # Further down, the paper's whole name alone on a line of its own, "The" before it or not, is
        # its house advertisement ("The Polk County Itemizer-Observer" over "Your community news
        # source.", the folio "2A Polk County Itemizer-Observer • April 19, 2017"), no story's head.
        name = re.sub(r"^the\s+", "", block.text.casefold())
        if block.kind is Kind.SHORT and len(block.lines) == 1 and len(name.split()) >= _PAPER_NAME_WORDS and any(name in line and name != line for line in running):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


def _shares_two_fields(line: str, running: list[str]) -> bool:
    """Whether a line of fields (`_LATIN_HEAD_FIELDS`) has two of them in one running line: the
    paper's name and its page, "KODIRANDU • piätinččy 17.9.2027 • s. 3" over the foot "Kodirandu •
    s. 3" (a name of one word and a page word the cleaner does not know; before, the line the first
    story's kicker). Both are casefolded.

    >>> _shares_two_fields("kodirandu • piätinččy 17.9.2027 • s. 3", ["kodirandu • s. 3"]), _shares_two_fields("kodirandu", ["kodirandu • s. 3"])
    (True, False)
    """
    mine = {field.strip() for field in _LATIN_HEAD_FIELDS.split(line)} - {""}
    return len(mine) > 2 and any(len(mine & {field.strip() for field in _LATIN_HEAD_FIELDS.split(other)}) >= 2 for other in running)


def _standing_heads_named_like_papers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paper prints its name at the top of the page (masthead, running head) or in a dated
    running foot; a bare phrase in capitals ending on a paper's word, below the page's first
    story, is a standing head over the text under it ("STOP PRESS", "LOCAL NEWS", "CITY
    RECORD"), not the paper's name, though `PAPER_NAME` matches it.

    Before: FURNITURE "STOP PRESS" over "BUS TALKS: Union leaders agreed at…" (an evening
    paper's front, 1964), the late news read into the story above. After: SHORT, its own item.
    """
    out: list[Block] = []
    stories = False
    for block in blocks:
        if block.kind is Kind.FURNITURE and stories and _bare_paper_word(block.text):
            block = block.with_(kind=Kind.SHORT)
        # (running text that ends a sentence: a masthead the engine misread is no story yet)
        stories = stories or block.kind is Kind.BODY and ends_sentence(block.text)
        out.append(block)
    return tuple(out)


def _bare_paper_word(text: str) -> bool:
    """A phrase of at most three words in capitals that `PAPER_NAME` matches whole, without "THE".

    >>> _bare_paper_word("STOP PRESS"), _bare_paper_word("THE DAILY SENTINEL"), _bare_paper_word("Local News")
    (True, False, False)
    """
    text = text.strip()
    return (
        PAPER_NAME.fullmatch(text) is not None
        and not text.upper().startswith("THE ")
        and _in_capitals(text)
        and len(text.split()) <= 3
    )


def _datelines_alone(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A story's place in capitals and its dash, on a line of their own in a narrow column, are
    the first words of the paragraph under them (`PLACE_LEAD` across the line's end), not a
    byline or a head.

    Before: BYLINE "PANGANDARAN —" / BODY "Sebanyak 120 peserta dari…". After: BODY
    "PANGANDARAN —" "Sebanyak 120 peserta dari…".

    >>> place = Block(("TAMBACOUNDA —",), 4, gap=0, kind=Kind.BYLINE)
    >>> text = Block(("Les pluies de la semaine", "ont inondé trois quartiers."), 5, gap=0, kind=Kind.BODY)
    >>> [(b.kind.value, b.lines) for b in _datelines_alone((place, text))]
    [('body', ('TAMBACOUNDA —', 'Les pluies de la semaine', 'ont inondé trois quartiers.'))]
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and above.kind in (Kind.BYLINE, Kind.SHORT, Kind.HEADLINE)
            and len(above.lines) == 1
            and re.search(r"\s[–—-]$", above.text)
            and block.kind is Kind.BODY
            and block.gap <= 1
            and PLACE_LEAD.match(f"{above.text} {block.lines[0]}") is not None
        ):
            out[-1] = block.with_(lines=(*above.lines, *block.lines), start=above.start, gap=above.gap, indent=above.indent)
        else:
            out.append(block)
    return tuple(out)


# A report's place and day on a line of their own, as `DATED_ITEM` reads them, or with the month cut
# short by the engine before its comma ("Baden-Baden, 14. Jul, Nachmittags."), and the hour or little
# more after them.
_DATED_OPENING = re.compile(
    r"^[A-ZÄÖÜÉ][\w'’.⸗-]+(?: [\w'’.⸗-]+){0,3}, (?:den |vom |le |du )?\d{1,2}(?:\.|er|st|nd|rd|th)? ?"
    rf"(?:(?i:{MONTH_NAME.pattern})|(?i:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez)(?=,))"
)


def _dated_openings_run_in(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A report's place and date on a line of their own, set short as its first line with the
    text flush under it, open its first paragraph: where nothing of a story stands above the line
    (the page's first text, or under a head), it closes nothing, as a decree's "Berlin, den 4. März
    1871." under its text does (`dateline_alone`).

    Before (Tesseract's text of a Luxemburg paper, 1861): "Baden-Baden, 14. Jul, Nachmittags." a
    paragraph of its own over "Der Mordverſuch auf den König …". After: one paragraph.

    >>> place = Block(("Baden-Baden, 14. Juli, Nachmittags.",), 1, kind=Kind.BODY)
    >>> text = Block(("Der Mordversuch auf den König von", "Preußen ist eine That des Wahns."), 2, kind=Kind.BODY)
    >>> [b.lines for b in _dated_openings_run_in((place, text))]
    [('Baden-Baden, 14. Juli, Nachmittags.', 'Der Mordversuch auf den König von', 'Preußen ist eine That des Wahns.')]
    >>> before = Block(("Der Beschluß tritt heute in Kraft.",), 1, kind=Kind.BODY)
    >>> len(_dated_openings_run_in((before, place.with_(start=2), text.with_(start=3))))
    3
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        place = above is not None and above.kind is Kind.BODY and len(above.lines) == 1 and (found := _DATED_OPENING.match(above.text)) is not None
        if (
            place
            and len(above.text) - found.end() <= _DATE_TAIL
            and ends_sentence(above.text)
            and (out[-2].kind in (Kind.SHORT, Kind.HEADLINE) if len(out) > 1 and out[-2].kind is not Kind.FURNITURE else all(b.kind is Kind.FURNITURE for b in out[:-1]))
            and block.kind is Kind.BODY
            and block.gap == 0
            and not block.indent
            and block.text[:1].isupper()
        ):
            out[-1] = block.with_(lines=(*above.lines, *block.lines), start=above.start, gap=above.gap, indent=above.indent)
        else:
            out.append(block)
    return tuple(out)


_HEAD_STACK_OVER_A_LEAD = 2  # a headline and its deck
_DECK_LEAST_WORDS = 5  # a deck says more than its head, in a sentence


def _heads_stacked_over_a_dateline_lead(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The one-line blocks set flush over a lead that opens on its dateline, none ending a sentence
    and each short of the lead's lines, are its headline and deck, in sentence case too (a page with
    no blank lines, no byline between them): "Ceasefire holds on second day" / "Talks to resume in
    Geneva on Friday" / "GENEVA, May 2 (Reuters) - A ceasefire…" (before, the head a paragraph of
    an untitled piece and the deck its title). A head may be wrapped on two lines, glued under the
    last story's end: "…the lagoon." / "Manihi: a new school for" / "the pearl farmers" / "MANIHI –
    A new school…" (`_head_wrapped_on_two_lines`; before, joined into the dateline's paragraph).

    >>> b = lambda kind, *lines: Block(lines, 1, kind=kind)
    >>> page = (b(Kind.FURNITURE, "THE DALE GAZETTE  Page 12"), b(Kind.BODY, "Ceasefire holds on second day"), b(Kind.SHORT, "Talks to resume in Geneva on Friday"),
    ...         b(Kind.BODY, "GENEVA, May 2 (Reuters) - A ceasefire", "between the two sides held for a second"))
    >>> [x.kind.value for x in _heads_stacked_over_a_dateline_lead(page)]
    ['furniture', 'short', 'subtitle', 'body']
    """
    out = list(blocks)
    for i, lead in enumerate(blocks):
        if lead.kind is not Kind.BODY or len(lead.lines) < 2 or lead.gap or not PLACE_LEAD.match(lead.lines[0]):
            continue
        widest = max(display_width(line) for line in lead.lines)
        j = i - 1
        while (
            j >= 0
            and i - j <= _HEAD_STACK_OVER_A_LEAD
            and out[j].kind in (Kind.BODY, Kind.SHORT)
            and (len(out[j].lines) == 1 or _head_wrapped_on_two_lines(out[j]))
            and not ends_sentence(out[j].text)
            and all(display_width(line) < widest for line in out[j].lines)
            and (out[j + 1].gap == 0)
        ):
            j -= 1
        if j == i - 1 or j >= 0 and out[j].kind not in (Kind.FURNITURE, Kind.BYLINE, Kind.CREDIT) and not ends_sentence(out[j].text):
            continue  # (no stack, or one under text that goes on: a paragraph's lines)
        if out[j + 1].kind is Kind.SHORT:
            continue  # (a stack whose top reads as a head already: a column's label over an item's head, "Small Small Nyus")
        for k in range(j + 1, i):
            # (the second a deck where it opens on a capital and says more than the head, in a
            # sentence: a head wrapped goes on in lower case, and a column's label over an item's
            # head says less, "Sonvsarantlim Khobro" / "Lisboant Konknni nattak" / "LISBOA - …")
            deck = k > j + 1 and out[k].text[:1].isupper() and len(out[k].text.split()) > max(len(out[k - 1].text.split()), _DECK_LEAST_WORDS - 1)
            out[k] = out[k].with_(kind=Kind.SUBTITLE if deck else Kind.SHORT)
    return tuple(out)


def _head_wrapped_on_two_lines(block: Block) -> bool:
    """A head too long for its line, wrapped: two lines, the second going on in lower case
    ("Manihi: a new school for" / "the pearl farmers")."""
    return len(block.lines) == 2 and block.lines[1][:1].islower()


def _heads_over_place_leads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short item's headline printed on the line right over its text, whose first words name
    the place in capitals (a German Ortsmarke, an English dateline): the line is a headline.

    Before: BODY "Radfahrer bei Unfall leicht verletzt" / "ROTHENBACH (pol). Ein 58-jähriger" / ….
    After: SHORT "Radfahrer bei Unfall leicht verletzt", then BODY "ROTHENBACH (pol). Ein…".

    >>> lead = Block(("GARUT, KABAR", "LEMBAYUNG — Ratusan petani", "di Kecamatan Cikajang."), 9, kind=Kind.BODY)
    >>> [b.kind.value for b in _heads_over_place_leads((lead,))]
    ['body']
    """
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        if (
            block.kind is Kind.BODY
            and len(lines) >= 3
            and PLACE_LEAD.match(lines[1])
            and not PLACE_LEAD.match(lines[0])
            and not PLACE_LEAD.match(f"{lines[0]} {lines[1]}")  # a place lead broken inside the name: "GARUT, KABAR" / "LEMBAYUNG — Ratusan…"
            and _stacked_head(block.with_(lines=lines[:1]))
        ):
            out.append(block.with_(lines=lines[:1], kind=Kind.SHORT, indent=False))
            out.append(block.with_(lines=lines[1:], start=block.start + 1, gap=0, indent=False))
        else:
            out.append(block)
    return tuple(out)


# A headline's first line cut at a clause mark: ";" ":" "," or their full-width forms, the last
# thing on the line. (No stop inside it: a sentence's, or two, are a paragraph's.)
_HEAD_LINE_ON_A_CLAUSE_MARK = re.compile(r"^[^.!?。！？]{4,}?[;:,；：，]$")
_HEAD_CUT_LINE_WIDTH = 48  # display cells: a headline's line, not a paragraph's set wide


def _headline_cut_at_a_clause_mark(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A headline set on two short lines, the first ending on a clause mark (`;` `:` `,`, or
    `；` `：` `，`), a blank line under the page's furniture or a sentence's end, flush over a
    byline: the two lines are the head, one SHORT block, not a paragraph. A line that ends on a
    clause mark reads as a sentence's part (`ends_sentence`), so grouping sets it apart from its
    second line and the head stacks (`_heads_stacked_over_bylines`, `_head_lines_over_a_byline`)
    refuse it. Before: BODY "Fire guts market;" / SHORT "200 traders count losses" / BYLINE "By
    Ama Owusu" (the head read as the lead's first paragraph, the story with no title). After:
    SHORT "Fire guts market;" "200 traders count losses" over the BYLINE, the story's title.

    >>> b = lambda kind, line, gap=0: Block((line,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, "Fire guts market;", 1), b(Kind.SHORT, "200 traders count losses"), b(Kind.BYLINE, "By Ama Owusu"))
    >>> [(x.kind.value, x.lines) for x in _headline_cut_at_a_clause_mark(page)]
    [('short', ('Fire guts market;', '200 traders count losses')), ('byline', ('By Ama Owusu',))]
    >>> said = (b(Kind.BODY, "The mayor said:", 1), b(Kind.BODY, "We will rebuild it."), b(Kind.BYLINE, "By Ama Owusu"))
    >>> [x.kind.value for x in _headline_cut_at_a_clause_mark(said)]
    ['body', 'body', 'byline']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if i + 2 < len(blocks) and _head_cut_at_a_clause_mark(blocks[i - 1] if i else None, block, blocks[i + 1], blocks[i + 2]):
            second = blocks[i + 1]
            out.append(block.with_(lines=block.lines + second.lines, kind=Kind.SHORT))
            i += 2
            continue
        out.append(block)
        i += 1
    return tuple(out)


def _head_cut_at_a_clause_mark(above: Block | None, first: Block, second: Block, byline: Block) -> bool:
    """Whether `first` and `second` are a headline's two lines parted at a clause mark over `byline`
    (`_headline_cut_at_a_clause_mark`)."""
    lines = first.lines + second.lines
    return (
        first.kind in (Kind.BODY, Kind.SHORT)
        and second.kind in (Kind.BODY, Kind.SHORT)
        and byline.kind is Kind.BYLINE
        and len(first.lines) == 1
        and len(second.lines) == 1
        and second.gap == 0
        and byline.gap == 0
        and not first.indent
        and not second.indent
        and (above is None or first.gap >= 1 and (above.kind in (Kind.FURNITURE, Kind.SHORT, Kind.ROW) or ends_sentence(above.lines[-1])))
        and _HEAD_LINE_ON_A_CLAUSE_MARK.match(first.lines[0].strip()) is not None
        and not ends_sentence(second.lines[0])
        and _CJK_STOP_INSIDE.search(second.lines[0]) is None
        and all(display_width(line) <= _HEAD_CUT_LINE_WIDTH for line in lines)
    )


def _heads_stacked_over_bylines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The lines set flush, with no blank between them, over a byline are its story's headline
    and deck, in sentence case too: German and French papers write them so.

    Before: SHORT "Gemeinderat" / BODY "Neue Sporthalle wird" "deutlich teurer" / SHORT
    "Mehrkosten von 1,2 Millionen Euro –" … / BYLINE "VON SABINE KRÄMER". After: the BODY block
    is SHORT, so the four read as kicker, title, subtitle and byline. A headline and its deck in
    sentence case, set in one block right over the byline, are parted (`_headline_and_deck`).
    """
    out = list(blocks)
    over_byline: set[int] = set()
    for i, byline in enumerate(blocks):
        if byline.kind is not Kind.BYLINE or byline.gap > 1 or i == 0:
            continue
        # flush under a short line, with no blank above: a deck set apart is read as before
        k = i - 1
        while k >= 1 and out[k].gap == 0 and out[k].kind in (Kind.SHORT, Kind.BODY) and _stacked_head(out[k]):
            k -= 1
        if out[k].kind is Kind.SHORT and _stacked_head(out[k]):
            for j in range(k + 1, i):
                out[j] = out[j].with_(kind=Kind.SHORT)
            over_byline.add(i - 1)
    # the block right over the byline may hold the headline and its deck, each on its line
    return tuple(part for n, block in enumerate(out) for part in (_headline_and_deck(block) if n in over_byline and block.kind is Kind.SHORT else [block]))


# A credit printed at the end of the caption's own line, after its last sentence:
# "…, November 3, 2025. REUTERS/Hannah Mercer", "…dell’ateneo (Foto Rinaldi)", "… on Saturday. (Photo by Jenna Cole)", "… derzeit. Foto: Jörg Wendel", "…冲刺。（新华社记者 王鹏 摄）", "…体验滑雪。（图/新华社）".
# Not "…said the Reuters report." (no agency/name form).
INLINE_CREDIT = re.compile(
    r"(?<=[.!?\"”’])\s+(?P<credit>(?:REUTERS|Reuters|AP|AFP|EPA|XINHUA|Getty Images|Bloomberg)/[A-Z][\w.'’ -]{1,40}"
    r"|\((?:AP|AFP|Reuters|REUTERS) Photo/[^)]{2,40}\)|\(Photo(?:graph)? (?:by|courtesy of) [A-Z][\w.'’ -]{1,40}\)"
    # German and French papers: "… derzeit. Foto: Jörg Wendel", "… pas. Photo C. M.", "Bild: dpa".
    # (a French initial keeps a no-break space after it: "C.\u00a0M.")
    # An Indian paper sets a dash before it: "… on Sunday. — Photo: K. Ramesh Babu".
    # Polish and Russian: "… stronę. Fot. Marek Zieliński", "Фото: Иван Петров".
    rf"|(?:[—–]\s*)?(?:Photo(?:graph)?(?: by)?|{PHOTO_WORD})(?!\w):? [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿА-Я][\w.'’ \u00a0/-]{{1,40}}"
    # A British paper's own picture, after a dash: "… this morning. — Telegraph picture."
    r"|[—–]\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:picture|pictures|photograph)\.?)$"
    # An Italian paper brackets the photographer after a caption with no full stop: "…dell’ateneo (Foto Rinaldi)".
    # (or after a full stop: "…shambani kwake, Muheza, jana. (Picha na Salim Omari)")
    rf"|(?<=[^\W\d_]|[.!?])\s+(?P<credit_paren>\((?:Photo|{PHOTO_WORD})(?!\w)\s*:?\s*[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w.'’ -]{{1,30}}\))$"
    r"|(?<=[。！？”])\s*(?P<credit_zh>[（(][^（）()。，]{2,24}[摄攝][)）]|[（(](?:图|圖|摄影|攝影)\s*[/／:：][^（）()。，]{1,24}[)）]"
    # Unbracketed, naming the photographer's post: "…里用餐。 本报记者 何明 摄", a two-character name
    # padded to three cells as bylines print it: "本报记者　周　敏　摄".
    r"|[^。，！？（）()]{0,12}(?:记者|記者|通讯员|通訊員|摄影|攝影)\s*(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])"
    r"(?:\s+(?:[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]))*\s*[摄攝]"
    r"|(?:记者|記者)\s*[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}\s*[／/]\s*(?:攝影|摄影|翻攝|翻摄)"
    # Who supplied the picture: "…书影。　出版社供图", "受访者供圖", "…演示水球实验。　新华社发".
    rf"|[^。，！？（）()\s]{{2,12}}(?:供图|供圖)|{_AGENCY_SUPPLIED})$"
)


# What every match of `INLINE_CREDIT` holds: a Latin credit a space after its caption's stop or
# quote, or a space and its bracket; a Chinese one 摄/攝, 图/圖, 供 (供图) or 社 (新华社发).
_INLINE_CREDIT_MARK = re.compile(r"[.!?\"”’]\s|\s\(|[摄攝图圖供社]")


@lru_cache(maxsize=1024)
def _inline_credit(line: str) -> re.Match | None:
    """`INLINE_CREDIT` searched through a line, answered once: `_credited_lines_apart` asks it of each
    line of a paragraph's block two or three times (`_set_into_a_sentence`, `credited_caption_line`,
    `_caption_wrapped_over_its_credit`), a search from every position (~3 µs a line). The match
    is only read (its groups and start), never changed, so one serves every asker. A line without
    `_INLINE_CREDIT_MARK`, most Chinese lines of text, is not searched."""
    return INLINE_CREDIT.search(line) if _INLINE_CREDIT_MARK.search(line) else None


def credits_a_paper(line: str) -> bool:
    """The line credits the piece under it to the paper it was written for: "For the Journal."."""
    source = SOURCE.match(line)
    return source is not None and source.group("written_for") is not None


# A dash the engine read as a question mark, set solid between a word and the next sentence's
# capital: "May 19.?The city", "Richmond?Its Probable", "Mketijio.?The mechanics".
# The printer's fist (☞) opening a brief, as engines read it: the hand itself, or a caret, an
# angle or a figure with a star ("^\"The freedmen…", "^-English capitalists…", ">9* Lieut.
# Cushing…", "7* A young woman…"), then the brief's capital.
FIST = re.compile(r"^(?:[☞☛]|\^[^\s\w]?|>\d?\*|\d\*)")
_FIST_OPENING = re.compile(FIST.pattern + r"\s?(?=[\"'“]?[A-Z])")
_FIST_BRIEFS_MIN = 2  # a column of briefs so marked, not one paragraph opening on a slip
# The fist read as a word's letters, in a column of briefs that opens two or more on a fist read as
# `FIST` reads it: one to three lower-case letters before the brief's capital ("fjr The Cincinnati
# Gazette…", "tar A man who…"); no sentence opens on a lower-case word after the last one's end.
_FIST_READ_AS_LETTERS = re.compile(r"^[a-z]{1,3} (?=[A-Z])")
# A block's mark that is such a fist, either way it was read: "☞", "^-", ">9*", or "fjr", "tar"
# (`_briefs_opened_by_a_fist` sets it; no other rule marks a block with lower-case letters).
FIST_MARK = re.compile(rf"{FIST.pattern}|^[a-z]{{1,3}}$")


def _briefs_opened_by_a_fist(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Paragraphs opened by a printer's fist are the briefs of a column of them (the Evening Star,
    1865): the fist comes off as the block's mark, so each brief is an untitled item of its own
    (`segment`), not a paragraph of the story above. Two or more such on a page. There, a fist
    read as letters (`_FIST_READ_AS_LETTERS`) opens a brief too, and so does a fist opening a
    line inside a block after the line that ended the brief above (`_fist_briefs_inside_a_block`).

    Before (Apex's ALTO): BODY "^-Kn|tti?h capitalists hare purchased…" / BODY ">9* Lieut
    Cushing, who destroyed…", paragraphs of the item "The Eight Hour Meeting." above them. After:
    the same text, marked "^-" and ">9*", each its own untitled item.

    >>> page = (Block(("☞ The mill burned.",), 1, kind=Kind.BODY), Block((">9* A ship sailed.",), 2, kind=Kind.BODY))
    >>> [(b.mark, b.lines) for b in _briefs_opened_by_a_fist(page)]
    [('☞', ('The mill burned.',)), ('>9*', ('A ship sailed.',))]
    >>> _briefs_opened_by_a_fist(page[1:]) == page[1:]
    True
    >>> [(b.mark, b.lines) for b in _briefs_opened_by_a_fist((*page, Block(("tar A barn fell.",), 3, kind=Kind.BODY)))][2]
    ('tar', ('A barn fell.',))
    """
    fists = [_FIST_OPENING.match(block.lines[0]) if block.kind is Kind.BODY and not block.mark else None for block in blocks]
    if sum(fist is not None for fist in fists) < _FIST_BRIEFS_MIN:
        return blocks
    blocks = _fist_briefs_inside_a_block(blocks)
    fists = [_fist_opening(block.lines[0]) if block.kind is Kind.BODY and not block.mark else None for block in blocks]
    return tuple(
        block.with_(lines=(block.lines[0][fist.end() :], *block.lines[1:]), mark=fist.group(0).strip()) if fist else block
        for block, fist in zip(blocks, fists, strict=True)
    )


def _fist_opening(line: str) -> re.Match | None:
    """A fist opening a line of a column of fist briefs, as `FIST` reads it or read as letters."""
    return _FIST_OPENING.match(line) or _FIST_READ_AS_LETTERS.match(line)


def _fist_briefs_inside_a_block(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """In a column of briefs opened by a fist, a line inside a block that opens on a fist (`FIST`,
    or read as letters: `_FIST_READ_AS_LETTERS`) after a line that ended its sentence opens the
    next brief: the block parts there (the engine set its indent too shallow to read).

    Before: BODY "…for which they paid $100,000 alone." / "fjr The Cincinnati Gazette says…",
    one paragraph. After: two blocks, the second opening on the fist.

    >>> block = Block(("The mill paid $5,000 alone.", "fjr The Gazette says prices rose", "all the week."), 1, kind=Kind.BODY)
    >>> [b.lines for b in _fist_briefs_inside_a_block((block,))]
    [('The mill paid $5,000 alone.',), ('fjr The Gazette says prices rose', 'all the week.')]
    >>> len(_fist_briefs_inside_a_block((block.with_(lines=("The mill paid $5,000", *block.lines[1:])),)))
    1
    """
    out: list[Block] = []
    for block in blocks:
        at = 0
        if block.kind is Kind.BODY:
            for k in range(1, len(block.lines)):
                if ends_sentence(block.lines[k - 1]) and _fist_opening(block.lines[k]):
                    out.append(block.with_(lines=block.lines[at:k], start=block.start + at, gap=0, indent=False) if at else block.with_(lines=block.lines[:k]))
                    at = k
        out.append(block.with_(lines=block.lines[at:], start=block.start + at, gap=0, indent=True) if at else block)
    return tuple(out)


def _source_lines_over_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A dispatch's source line in brackets, boxed by the engine with the text under it, is a line
    of its own (`SOURCE`), not the first words of the dispatch's paragraph.

    Before (Apex's ALTO of the Evening Star, 1868): "[Special Dispatch to the Evening Star.]" /
    "Chicago, May 19.—For the past twenty-four" / "hours the various State delegations…", one
    paragraph. After: the source line, and the paragraph opening on its dateline.

    >>> [b.lines for b in _source_lines_over_text((Block(("[Special Dispatch to the Star.]", "Boston, May 2.—The ship sailed."), 1),))]
    [('[Special Dispatch to the Star.]',), ('Boston, May 2.—The ship sailed.',)]
    """
    out: list[Block] = []
    for block in blocks:
        first = block.lines[0].strip() if block.lines else ""
        if block.kind is Kind.UNKNOWN and len(block.lines) > 1 and first[:1] in "[({" and first[-1:] in "])}" and SOURCE.match(first):
            out.extend((block.with_(lines=(block.lines[0],)), Block(block.lines[1:], block.start + 1, indent=block.indent)))
        else:
            out.append(block)
    return tuple(out)


def _paper_credits_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A credit to the paper a piece was written for, read into one block with the title under it
    (the engine set them a line apart): the credit is a block of its own, so that it is the piece's
    source (`SOURCE`) and the title stands alone as its head.

    Before: "For the Chicopee Journal." / "To Parents." as one block. After: two blocks. So is
    the writer's line under the title when the engine read it into the block as well (RapidOCR:
    "For the Chicopce Journal.'" / "To Parents." / "BYEDWARDIRVING." one region): it is a block of
    its own, the byline, not the title's second line.

    >>> [b.lines for b in _paper_credits_apart((Block(("For the Weekly Herald.", "On Keeping Bees."), 1),))]
    [('For the Weekly Herald.',), ('On Keeping Bees.',)]
    >>> [b.lines for b in _paper_credits_apart((Block(("For the Weekly Herald.", "On Keeping Bees.", "BYMARTHA LANE."), 1),))]
    [('For the Weekly Herald.',), ('On Keeping Bees.',), ('BYMARTHA LANE.',)]
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind not in (Kind.UNKNOWN, Kind.FURNITURE, Kind.SHORT, Kind.HEADLINE) or len(block.lines) < 2 or not credits_a_paper(block.lines[0]):
            out.append(block)
            continue
        out.append(block.with_(lines=block.lines[:1], kind=Kind.UNKNOWN))
        title = block.lines[1:]
        signed = len(title) >= 2 and SIGNED_BY.match(title[-1].strip()) is not None
        if signed:  # (and the writer's line under the title, read into it too)
            title = title[:-1]
        out.append(block.with_(lines=title, start=block.start + 1, gap=0, indent=False, kind=Kind.UNKNOWN))
        if signed:
            out.append(block.with_(lines=block.lines[-1:], start=block.start + len(block.lines) - 1, gap=0, indent=False, kind=Kind.UNKNOWN))
    return tuple(out)


# A credit line of a label word, its colon and a name of two to four capitalised words, the label
# in any language ("Tsswira: Anas Lmrabet", "Litratu: Jun Peñaflor", "Hip-siōng: Tēⁿ Bûn-kiat"):
# read as a credit only under a caption's sentence set into the text (`_captions_over_a_labelled_credit`).
_NAME_WORD = r"[^\W\d_][\w\u0300-\u036f'’.-]*"
LABELLED_CREDIT = re.compile(rf"^[^\W\d_][\w\u0300-\u036f'’]{{2,14}}(?:-[\w\u0300-\u036f]{{2,10}})?:\s(?=[^\W\d_])(?:{_NAME_WORD})(?:\s(?=[^\W\d_])(?:{_NAME_WORD})){{1,3}}$")
_CAPTION_SENTENCE_WORDS = 4  # a caption says who or what is pictured, and where


def _captions_over_a_labelled_credit(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin caption set into the running text as a block of two lines, its sentence over its
    credit on a label word the cleaner does not know ("…kóng," / "Gô͘ Ka-hoân tī tâi-téng kóng kò͘-sū."
    / "Hip-siōng: Tēⁿ Bûn-kiat" / "chit-má ê gín-á…"), between blank lines with text on both sides:
    the credit is a block of its own, read as a credit, so that `lift_caption` takes the caption
    and the paragraph it cut reads on across it. Before: the two lines one block, read as a head,
    as text, or the name as a byline.

    >>> text = Block(("The pupils sat the test on Monday", "in the old hall,"), 1, gap=1)
    >>> caption = Block(("Pupils leave the hall after the test.", "Retratu: Ana Pires"), 4, gap=1)
    >>> after = Block(("and the results came out", "a week later."), 7, gap=1)
    >>> [(b.lines, b.kind.value) for b in _captions_over_a_labelled_credit((text, caption, after))[1:3]]
    [(('Pupils leave the hall after the test.',), 'unknown'), (('Retratu: Ana Pires',), 'credit')]
    >>> byline = Block(("The test results are out.", "Reporter: Ana Pires"), 1, gap=1)  # no text above it
    >>> [b.lines for b in _captions_over_a_labelled_credit((byline, after))][0]
    ('The test results are out.', 'Reporter: Ana Pires')

    (The two lines may come grouped as two blocks, the credit flush under the caption: the same.)

    >>> parted = (text, Block(caption.lines[:1], 4, gap=1), Block(caption.lines[1:], 5), after)
    >>> [b.kind.value for b in _captions_over_a_labelled_credit(parted)]
    ['unknown', 'unknown', 'credit', 'unknown']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above = blocks[i - 1] if i else None
        if block.kind is Kind.UNKNOWN and len(block.lines) == 2 and _labelled_credit_set_in(above, block.lines, blocks[i + 1 : i + 2]):
            out.append(block.with_(lines=block.lines[:1]))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False, kind=Kind.CREDIT))
            continue
        if block.kind is Kind.UNKNOWN and block.gap == 0 and len(block.lines) == 1 and i >= 2 and len(blocks[i - 1].lines) == 1 and blocks[i - 1].gap >= 1:
            if blocks[i - 1].kind is Kind.UNKNOWN and _labelled_credit_set_in(blocks[i - 2], (blocks[i - 1].text, block.text), blocks[i + 1 : i + 2]):
                out.append(block.with_(kind=Kind.CREDIT))
                continue
        out.append(block)
    return tuple(out)


def _labelled_credit_set_in(above: Block | None, lines: tuple[str, ...], below: tuple[Block, ...]) -> bool:
    """Whether a caption's sentence and a labelled credit (`LABELLED_CREDIT`) stand between two
    blocks of text, a blank line each side (`_captions_over_a_labelled_credit`)."""
    return (
        above is not None and above.kind is Kind.UNKNOWN and bool(below) and below[0].kind is Kind.UNKNOWN and below[0].gap >= 1 and len(below[0].lines) >= 2
        and latin_ratio("".join(lines)) >= 0.5 and lines[0][:1].isupper() and lines[0][-1:] in ".!?"
        and len(lines[0].split()) >= _CAPTION_SENTENCE_WORDS and (LABELLED_CREDIT.match(lines[1]) is not None or _two_letter_credit(lines[1]) or _name_in_brackets_under_a_caption(lines))
    )


# A photographer's name alone in brackets, two to four capitalised words: "(Wilson Tsosie)".
_NAME_IN_BRACKETS = re.compile(rf"^\((?=[^\W\d_])(?:{_NAME_WORD})(?:\s(?=[^\W\d_])(?:{_NAME_WORD})){{1,3}}\)$")


def _name_in_brackets_under_a_caption(lines: tuple[str, ...]) -> bool:
    """A caption's sentence over its photographer's name alone in brackets (named
    `_name_in_brackets_under_a_caption`), set into the text as `_labelled_credit_set_in` asks:
    the name is the credit, the sentence the caption, however wide (a group photo's caption runs
    across the photo's two columns). Before: "Nishtłʼajígo: Harold Begay, Ella Tsinajinnie, Ray
    Nez dóó Vera Bitsui." / "(Wilson Tsosie)" read into the paragraph it cut (a Navajo page);
    after: the caption, its credit, the sentence joined across them.

    >>> _name_in_brackets_under_a_caption(("From left: Ann Lee, Bo Park and Cy Diaz.", "(Dana Ortiz)"))
    True
    >>> _name_in_brackets_under_a_caption(("From left: Ann Lee, Bo Park and Cy Diaz.", "(see page 4)"))
    False
    """
    return _NAME_IN_BRACKETS.match(lines[1]) is not None and all(word[:1].isupper() for word in lines[1][1:-1].split())


# A credit on a label of two letters from a capital (Bambara "Ja:", a photo), over a name of two to four words.
_TWO_LETTER_CREDIT = re.compile(rf"^[^\W\d_a-z][^\W\d_A-Z]:\s(?=[^\W\d_])(?:{_NAME_WORD})(?:\s(?=[^\W\d_])(?:{_NAME_WORD})){{1,3}}$")


def _two_letter_credit(line: str) -> bool:
    """A photo's credit on a label of two letters (`_TWO_LETTER_CREDIT`), which `LABELLED_CREDIT`
    (three letters at least) leaves: only under a caption's sentence set into the text
    (`_labelled_credit_set_in`), where no other line of the kind stands.

    Before: "…marifaw ni jɔw" / "" / "Baarada ka baarakɛlaw bɛ kungo lajɛ." / "Ja: Seyidu Konate" /
    "" / "kɛ ka sogow minɛ…" read the caption as a head opening a story, its credit in the text.
    After: the caption and its credit lifted, the sentence joined across them.

    >>> _two_letter_credit("Ja: Seyidu Konate"), _two_letter_credit("Ja: ni a ye"), _two_letter_credit("JA: Seyidu Konate")
    (True, False, False)
    """
    return _TWO_LETTER_CREDIT.match(line) is not None and all(word[:1].isupper() for word in line.split()[1:])


def _credited_lines_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A caption that ends on its photo credit, printed on one line, read by the OCR into the
    middle of a paragraph's block ("…de stad." / "Winkelend publiek op de Brink, zaterdagmiddag.
    Foto: Erik Jansen" / "Als die straks…"): the line leaves the block, which closes over it, and
    stands under it as a block of its own, which `lift_caption` lifts as any credited caption
    line. Dutch, Czech, Swedish and German papers print captions so."""
    out: list[Block] = []
    for block in blocks:
        lines = block.lines
        # (the lines are searched only in a paragraph's block of two lines or more, asked first; and
        # only a credited caption's line is asked whether it opens a sentence: its credit's search is
        # answered once a line, `_inline_credit`, and few lines hold one, where most Chinese lines
        # would have their letters counted to tell whether they open one)
        paragraph = block.kind is Kind.BODY and len(lines) >= 2
        at = next((k for k, line in enumerate(lines) if credited_caption_line(line) and (_opens_a_sentence(lines, k) or _set_into_a_sentence(lines, k))), None) if paragraph else None
        end = at + 1 if at is not None else None
        if at is None and paragraph:
            at, end = _caption_wrapped_over_its_credit(lines) or (None, None)
        if at is None:
            out.append(block)
            continue
        rest = block.with_(lines=lines[:at] + lines[end:])
        # (the caption opened the block: its indent was the caption's, the text under it runs on)
        out.append(rest if at else rest.with_(start=block.start + end, indent=False))
        out.append(block.with_(lines=lines[at:end], start=block.start + at, gap=0, indent=False))
    return tuple(out)


_WRAPPED_CAPTION_LINES = 3
_CAPTION_LEAST_WORDS = 3  # a caption says more than a word or two (`credited_caption_line`)


def _caption_wrapped_over_its_credit(lines: tuple[str, ...]) -> tuple[int, int] | None:
    """A Latin caption of two or three printed lines whose last ends on its photo credit, read into
    a paragraph: its last line goes on in lower case ("Councillor Ann Pryce speaks at the" /
    "meeting. Photo: Tom Eyre"), so the caption opens on the line above that starts in a capital.

    >>> _caption_wrapped_over_its_credit(("most of it from a county", "Councillor Ann Pryce speaks at the", "meeting. Photo: Tom Eyre", "grant, and would open."))
    (1, 3)
    >>> _caption_wrapped_over_its_credit(("the council said on", "Monday that it would meet. Photo: Tom Eyre"))  # no lower-case tail
    >>> _caption_wrapped_over_its_credit(("a spokesman for the", "A mediator arrives at the talks on", "Tuesday. REUTERS/Anna Keller", "mediators said."))
    (1, 3)
    """
    for k, line in enumerate(lines):
        match = _inline_credit(line) if k else None
        if match is None or not (match.group("credit") or match.group("credit_paren")):
            continue
        if not line[:1].islower() and len(line[: match.start()].split()) >= _CAPTION_LEAST_WORDS:
            continue  # (a caption's tail of a word or two before the credit goes on from the line above: "Tuesday. REUTERS/Anna Keller")
        for start in range(k - 1, max(-1, k - _WRAPPED_CAPTION_LINES), -1):
            if lines[start][:1].isupper():
                return (start, k + 1) if credited_caption_line(" ".join(lines[start : k + 1])) else None
            if not lines[start][:1].islower():
                return None
        return None
    return None


def _opens_a_sentence(lines: tuple[str, ...], k: int) -> bool:
    """A Chinese line opens a sentence where the block does or the line above ends one: under
    "…等待日出時分拍下" the line "盛開的荷花。（記者陳怡君攝）" ends a caption of three lines."""
    return k == 0 or ends_sentence(lines[k - 1]) or latin_ratio(lines[k]) >= 0.5


_CJK_CAPTION_INSIDE = 10  # characters before the credit: a caption's whole sentence, not a wrapped caption's tail


def _set_into_a_sentence(lines: tuple[str, ...], k: int) -> bool:
    """A Chinese caption of one line closed by its credit, set between two lines of a sentence
    ("“水在太空中为什么会变成球？”授课" / "航天员在空间站内演示水球实验。　新华社发" / "开始前，不少学生…"):
    a whole sentence before the credit, the text going on under it."""
    match = _inline_credit(lines[k]) if 0 < k < len(lines) - 1 else None
    return match is not None and match.group("credit_zh") is not None and len(lines[k][: match.start()].strip()) >= _CJK_CAPTION_INSIDE


def credited_caption_line(line: str) -> bool:
    """A line that is a caption of a few words closed by a photographer's credit:
    "Brněnská ulice patří k nejvytíženějším v Jihlavě. Foto: Jan Novák"; a Chinese one of one
    sentence, "市儿童医院医生为患儿检查。　本报记者　周　敏　摄" (a paragraph's line that ends a
    sentence on a credit holds a sentence's tail before that one), or one set whole in brackets
    (`BRACKETED_PICTURE`)."""
    if BRACKETED_PICTURE.match(line):
        return True
    match = _inline_credit(line)
    if match is None:
        return False
    caption = line[: match.start()].strip()
    if match.group("credit_zh"):
        return len(caption) >= _CJK_CAPTION_LEAST and re.search(r"[。！？]", caption[:-1]) is None
    if not (match.group("credit") or match.group("credit_paren")):
        return False
    return caption[:1].isupper() and len(caption.split()) >= _CAPTION_LEAST_WORDS


_CJK_CAPTION_LEAST = 6  # characters: "图为救援现场。" and longer


def signs_as_wire(source: Block) -> bool:
    """An agency's line set under a headline as a byline is: its name and place ("EFE | SEVILLA"),
    or its name alone flush under the head ("TT", "ANP"), as Nordic and Dutch papers sign wire news."""
    named = SOURCE.match(source.text)
    return AGENCY_AT.match(source.text) is not None or source.gap == 0 and named is not None and named.group("wire") is not None


AGENCY_AT = re.compile(r"^(?:" + _AGENCIES + r")\s*[|/]")  # "EFE | SEVILLA": under its headline, as a byline is
_HEADLINE_CUT_LATIN = re.compile(
    r"(?:[,:;-]|\b(?:and|or|of|the|a|an|to|for|in|on|at|with|by|e|y|o|di|de|del|della|la|il|el|los|las|è|et|und|og|och|és|ve)\b)$", re.IGNORECASE
)
_STACK_MAX = 3  # kicker, headline, deck
_STACK_CHARS = 200  # a deck may run to two lines of a wide setting; a paragraph runs longer
_HEAD_LINES = 3  # a head block of a stack runs to this many lines: a one-column head wraps to three


def _heads_set_apart_over_bylines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Italian, Spanish and Indian papers stack a story's kicker, headline and deck over its
    byline with blank lines between them, in sentence case, the deck a sentence or two: every
    block from where the last story ended (or the page's head) down to a byline is the head.

    Before: BODY "L’emergenza casa" / BODY "Affitti, a Lerano mancano duecento alloggi…" / BODY
    "L’università chiede al Comune… Il sindaco: «Progetto pronto entro l’estate»" / BYLINE
    "di Chiara Benedetti". After: the three are SHORT and printed together (gap 0), so segment
    reads kicker, title and subtitle.

    A byline with no text under it (the page ends, or the next story's head or a column's label
    follows) signs the story above at its foot: its last paragraph is no deck ("…iti probinsia."
    / BYLINE "Ni Dante Pascual" / SHORT "DAGITI DAMDAMAG"; before, the paragraph read as a head).
    """
    out = list(blocks)
    over_byline: set[int] = set()
    for i, byline in enumerate(blocks):
        if i == 0 or not (byline.kind is Kind.BYLINE or byline.kind is Kind.SOURCE and signs_as_wire(byline)):
            continue
        if _signs_at_the_foot(blocks, i):
            continue
        k = i
        # (a box's field flush under its field above is none of the head, and closes the box as a row
        # does: "Bad: …" / "Score: 4/5" / "" / "Knit one, purl one" / "By Meg Fallon")
        while k > 0 and i - k < _STACK_MAX and _set_apart_head(out[k - 1], last=k == i) and not (k > 1 and _field_under_a_field(out[k - 2], out[k - 1])):
            k -= 1
        above = out[k - 1] if k > 0 else None
        # (a box's or an index's last row closes what it holds, as a sentence does: "Annuncios · 12" /
        # "" / "Le citate vole un ponte pro pedones" / "De Marta Lind", the lead's head under the index)
        opens = above is None or above.kind in (Kind.FURNITURE, Kind.SOURCE, Kind.ROW) or ends_sentence(above.text) or k > 1 and _field_under_a_field(out[k - 2], above)
        if k == i or not opens or not all(b.kind is Kind.BODY or b.kind is Kind.SHORT for b in out[k:i]):
            continue
        if k == i - 1 and out[k].kind is Kind.SHORT:
            over_byline.add(k)  # a lone head over its byline is read so already, but may hold a deck
            continue
        out[k] = out[k].with_(kind=Kind.SHORT)
        for j in range(k + 1, i):
            out[j] = out[j].with_(kind=Kind.SHORT, gap=0)
        over_byline.add(i - 1)
    # a lone head block, or the stack's last, may hold a headline and its deck, each on its line
    # (split after: indices hold above)
    return tuple(
        part
        for n, block in enumerate(out)
        for part in (_headline_and_deck(block) if block.kind is Kind.SHORT and (block.gap or n in over_byline) else [block])
    )


def title_case_after_its_first_word(line: str) -> bool:
    """`headline_case` of a head line, its first word left out (capitalised in any case): a
    sentence-case line that names a place is no Title Case ("Makaluwas sa traffic ang mga
    motorista sa Diversion Road", "Bunscoill Ghaelgagh dy ve ny smoo").

    >>> title_case_after_its_first_word("Makaluwas sa traffic ang mga motorista sa Diversion Road"), title_case_after_its_first_word("Harbour Bridge Reopens")
    (False, True)
    """
    first, _, rest = line.strip().partition(" ")
    return headline_case(rest) if rest else headline_case(first)


def _signs_at_the_foot(blocks: tuple[Block, ...], i: int) -> bool:
    """The byline at `i`, set apart under the text over it, has no text under it: the page ends,
    or a head or a label follows that is not a text's first line with the text flush under it
    ("…, tha dje" / "kryetari i bashkisë…"; "…an Ormoc City" / "Eagles, 3–1, …"). (A byline flush
    under a deck closes its head stack, whatever an engine set under it.)"""
    if blocks[i].gap == 0:
        return False
    if i + 1 == len(blocks):
        return True
    below, after = blocks[i + 1], blocks[i + 2] if i + 2 < len(blocks) else None
    runs_on = after is not None and after.gap == 0 and after.kind is Kind.BODY
    return below.kind in (Kind.SHORT, Kind.HEADLINE) and not runs_on


def _headline_and_deck(block: Block) -> list[Block]:
    """Two sentence-case lines over a byline, the second opening with a capital, are a headline
    and its deck, each a phrase of its own ("GHMC clears Rs 420-crore plan for 150 electric buses" /
    "Depots at Uppal and Miyapur to get fast-charging points"); a headline wrapped over two
    lines goes on in lower case ("El centro de salud de Valdeorca" / "abrirá por las tardes…").
    The deck may wrap too: then it ends its sentence, as a deck does and a headline does not, or
    its wrapped lines go on in lower case under its opening capital ("Tres dies de festa pro sos
    artesanos de su" / "granitu e de su màrmaru de sa Baronia": the head's own line would be one),
    not from a joining word, where a head wraps on ("Library adds" / "Sunday hours at" / "two branches").

    >>> block = Block(("Nowy most połączy oba brzegi Wisły", "Budowa ruszy wiosną, a prom będzie", "kursował do końca 2029 roku."), 4)
    >>> [part.lines for part in _headline_and_deck(block)]
    [('Nowy most połączy oba brzegi Wisły',), ('Budowa ruszy wiosną, a prom będzie', 'kursował do końca 2029 roku.')]
    >>> len(_headline_and_deck(Block(("Nowy most połączy oba brzegi", "Wisły pod Tczewem"), 4)))  # a wrapped head
    1

    A sentence-case head whose names capitalise most of its long words still ends on a word in
    lower case, as no Title Case head does (`_in_title_case`), so its deck is split off too:

    >>> block = Block(("Boere in die Groot-Karoo kry eindelik reën", "Sommige plase het in een nag 40 mm gemeet"), 4)
    >>> [part.lines for part in _headline_and_deck(block)]
    [('Boere in die Groot-Karoo kry eindelik reën',), ('Sommige plase het in een nag 40 mm gemeet',)]
    """
    if len(block.lines) < 2:
        return [block]
    first, deck = block.lines[0], block.lines[1:]
    wraps_on = all(line[:1].islower() for line in deck[1:]) and not any(_HEADLINE_CUT_LATIN.search(line) for line in deck[:-1])
    if len(deck) > 1 and not (first[-1:].isalnum() and (ends_sentence(deck[-1]) or wraps_on)):
        return [block]
    if not deck[0][:1].isupper() or _in_title_case(first) and title_case_after_its_first_word(first) or title_case_after_its_first_word(" ".join(deck)) or _HEADLINE_CUT_LATIN.search(first):
        return [block]
    return [block.with_(lines=(first,)), block.with_(lines=deck, start=block.start + 1, gap=0)]


def _set_apart_head(block: Block, last: bool) -> bool:
    """A block that can be part of a head stack: a few lines (`_HEAD_LINES`: "Library adds" /
    "Sunday hours at" / "two branches" over its byline, on one column's measure), not indented,
    opening with a capital or a figure ("2,300 pamilya, nasa evacuation center…"), maybe inside
    the quote marks of a head that quotes its subject ("«La gaita ye lo mio»"); only the deck,
    right over the byline, may end a sentence or run past a headline's width."""
    text = block.text
    first = text.lstrip(_OPENING_QUOTE_MARKS)[:1]
    return (
        block.kind in (Kind.BODY, Kind.SHORT)
        and len(block.lines) <= _HEAD_LINES
        and not block.indent
        and len(text) <= _STACK_CHARS
        and latin_ratio(text) >= 0.5
        and (first.isupper() or first.isdigit())
        and not SECTION_AND_PAGE.match(text)
        and TURN_LETTER.match(text) is None  # (a reader's question on its letter over who answers it: "T: Bang…" / "Dijawab ame …")
        and (last or not ends_sentence(text) and all(display_width(line) <= _LATIN_HEADLINE_WIDTH for line in block.lines))
    )


_OPENING_QUOTE_MARKS = "«»“„\"‘'‹›"


def _stacked_head(block: Block) -> bool:
    text = block.text
    return (
        len(block.lines) <= 2
        and latin_ratio(text) >= 0.5
        and _headline_start(text)
        and not re.search(r"[.!?;:]", text)
        and all(display_width(line) <= _LATIN_HEADLINE_WIDTH for line in block.lines)
    )


# A telephone number after a colon, ending the line: "Anyone who sees him, call: 77 640 12 35", "Tel.: 021 555 0142".
_NUMBER_TO_CALL = re.compile(r":\s*\+?\(?\d[\d ()/.-]{5,}\d$")


def _numbers_to_call(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line under a paragraph that ends on a telephone number after a colon is the notice's
    last line, what to do (call), never a head nor the label of the next story: no head ends
    on a number to call.

    Before: BODY "Aliw Sàll, … réer na …" / SHORT "Ku ko gis, woo ci: 77 640 12 35" (Wolof:
    "whoever sees him, call") / SHORT "XIBAAR YU GÀTT": the call read as the next story's label.
    After: BODY, the missing-person notice's last paragraph.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "Tom Reid, 12, went missing on Monday at the market."), b(Kind.SHORT, "Anyone who sees him, call: 555 0142 88"), b(Kind.SHORT, "NEWS IN BRIEF"))
    >>> [x.kind.value for x in _numbers_to_call(page)]
    ['body', 'body', 'short']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        if block.kind is Kind.SHORT and len(block.lines) == 1 and above.kind is Kind.BODY and _NUMBER_TO_CALL.search(block.text):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _sentence_case_heads_set_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """German and French papers set headlines in sentence case, so `headline_case` misses them on
    a hard-wrapped page. A line or two with a blank line above and an indented paragraph under
    it (or one line set flush over its text, as a brief's), after text that ended its sentence,
    is a headline all the same: a paragraph's fragment after a column break goes on mid-sentence,
    and the paragraph under a fragment is not indented.

    Before: BODY "Stadtbücherei öffnet" / "samstags länger" between "…Zuschüsse vom Land gibt."
    and "  Die Stadtbücherei im Alten Rathaus…". After: SHORT, the next story's headline.

    So is a line set straight under a column's label of one word in any case (`_under_a_label`):
    "Listy" / "Děkujeme za nové hřiště" / "" / "Naše děti…".
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        block, above, below = out[i], out[i - 1], out[i + 1]
        text = block.text
        flush_on_text = _flush_under_text_over_a_blank(above, block, below) or _set_short_between_paragraphs(above, block, below) or _flush_over_a_poll(out, i)
        wrapped_under_a_label = _wrapped_head_under_a_label(above, block, below)
        banner = _under_a_banner(above, block) or _under_a_label(above, block) or wrapped_under_a_label or _signs_the_text_above(out, i - 1)
        if not (
            block.kind is Kind.BODY
            and len(block.lines) <= 2
            and (block.gap >= 1 or banner or flush_on_text)
            and not block.indent
            # flush over its text, or set apart under a banner in capitals ("LETTERS TO THE EDITOR" /
            # "" / "Keep the town pool open all year" / "" / "As a retired nurse…"): no fragment there
            and (below.indent or flush_on_text or len(block.lines) == 1 and (below.gap == 0 or banner or _after_a_jump(above) or _apart_over_a_wrapped_paragraph(block, below)) or _wrapped_head_set_apart(block, below) or wrapped_under_a_label)
            # (a results list's rows never run on: "3. Bay Singers, 385 points" / "" / "Ploughing match prizes")
            and (ends_sentence(above.text) or above.kind is Kind.ROW or above.kind is Kind.SHORT and _in_capitals(above.text) or banner or _after_a_jump(above) or _signs_the_text_above(out, i - 1))
        ):
            continue
        # (a colon may set the speaker or the subject apart: "Cold wave likely in north India: IMD";
        # under a rubric in capitals set apart a question may head the piece: "SPRACHECKE" / "Brauchen wir
        # das Komma?"; under a byline in capitals, set under its head stack, it is an interview's first)
        asked = text.removesuffix("?") if banner and above.gap >= 1 and len(block.lines) == 1 else text
        if _sentence_case_head(block, below, asked):
            # (wrapped on two lines flush on the text, a story's head: a subhead is one line)
            # (nor is a poll's head: its box, no subhead of the story it is glued under)
            wrapped = len(block.lines) == 2 and flush_on_text
            out[i] = block.with_(kind=Kind.HEADLINE if wrapped or _flush_over_a_poll(out, i) else Kind.SHORT)
            if above.kind is Kind.BODY and (_under_a_label(above, block) or wrapped_under_a_label):
                out[i - 1] = above.with_(kind=Kind.SHORT)  # (the label read as a line of text, over its first head)
    return tuple(out)


def _signs_the_text_above(blocks: list[Block], i: int) -> bool:
    """A name and its town under a paragraph, a byline: a letter's signature, which closes it
    ("…fix the road?" / "Tom Beckett, Westbury"), so what stands apart under it opens the next
    piece. (A writer's name alone under a deck set as text is the byline over the story.)"""
    return i >= 1 and blocks[i].kind is Kind.BYLINE and blocks[i - 1].kind is Kind.BODY and _signed_from_a_town(blocks[i])


def _sentence_case_head(block: Block, below: Block, asked: str) -> bool:
    """A Latin line or two shaped as a headline in sentence case, over text: no sentence's
    mark in it (`asked`: the text, a question's mark taken off where a question may head)."""
    text = block.text
    return (
        below.kind is Kind.BODY
        and below.text[:1].isupper()
        and latin_ratio(text) >= 0.5
        and _headline_start(text)
        and not re.search(r"[.!?;]|:(?! [A-Z])", asked)
        and all(display_width(line) <= _LATIN_HEADLINE_WIDTH for line in block.lines)
    )


def _flush_over_a_poll(blocks: list[Block], i: int) -> bool:
    """One line flush under a paragraph that ended its sentence, a blank line under it over a
    question set apart over its answers' rows: a poll's head glued under the story above it, "…Praia
    Portugis, Melaka.)" / "Pregunta di simana" / "" / "Bos ta papiá Kristang na kaza?" / "Sempri
    38%" (holdout94's Kristang column; before, the head run into the question as one paragraph)."""
    above, block = blocks[i - 1], blocks[i]
    return (
        block.gap == 0
        and len(block.lines) == 1
        and above.kind is Kind.BODY
        and ends_sentence(above.text)
        and i + 2 < len(blocks)
        and _question_set_apart(blocks[i + 1])
        and blocks[i + 2].kind is Kind.ROW
    )


def _flush_under_text_over_a_blank(above: Block, block: Block, below: Block) -> bool:
    """One line flush under a paragraph that ended its sentence, with a blank line under it over
    a paragraph wrapped on several lines: a brief's head printed with no blank line over it
    (`blocks._head_over_a_blank` set it apart: "…och lotterier." / "Halt på vägarna" / "" / "SMHI
    varnar för ishalka…"). A paragraph's own last line ends its sentence."""
    return (
        block.gap == 0
        and len(block.lines) == 1
        and above.kind is Kind.BODY
        and ends_sentence(above.text)
        and below.gap >= 1
        and len(below.lines) >= 2
        and not below.indent
    )


_LOWER_WORD = re.compile(r"\b[a-zß-ÿā-ž][^\W\d_]*")
_COMMON_WORD_USES = 2  # in lower case elsewhere on the page: a word of the language, no name


def _label_under_a_foot_rule(out: list[Block]) -> bool:
    """The last block made is a label of one line set solid under a box's closing rule line, so the
    block under it opens a column, whatever glues it on (`_label_and_head_glued_under_a_boxs_foot_rule`)."""
    if len(out) < 2:
        return False
    rule, label = out[-2:]
    return len(rule.lines) == 1 and RULE_LINE.match(rule.text.strip()) is not None and len(label.lines) == 1 and label.gap == 0 and not ends_sentence(label.text)


def _heads_flush_on_a_sentence(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paragraph's first line that ends no sentence, over a line opening with a capital on a
    word the page prints in lower case elsewhere (a common word opening a sentence, no name), is
    a head set flush on its text: prose does not run on into a new sentence without its stop.

    Before: BODY "Te akakiteanga tīvaevae i Ngatangiia" / "Ē toru ngauru tīvaevae tei akakiteia" /
    … (Cook Islands Māori, "ē" in lower case all down the page). After: SHORT, then the text.

    >>> page = (Block(("Te akakiteanga tīvaevae i Ngatangiia", "Ē toru ngauru tīvaevae tei akakiteia", "i roto ē te Maanākai ē te are."), 4, gap=1, kind=Kind.BODY),)
    >>> [(b.kind.value, b.lines[0]) for b in _heads_flush_on_a_sentence(page)]
    [('short', 'Te akakiteanga tīvaevae i Ngatangiia'), ('body', 'Ē toru ngauru tīvaevae tei akakiteia')]

    So is such a line set solid under a column's label glued under a box's closing rule
    (`_label_under_a_foot_rule`): "=====" / "Police advice" / "Lock the dinghy at night" / "A
    dinghy left…" (before, the head the first words of the column's first paragraph). There the
    rule and the label open a column already, and the word needs one use in lower case, not two,
    to be no name: "Dry the grain three days" / "Spread it thin…" (before, with "spread" printed
    once more down the column, the head ran into the first paragraph).

    >>> rule, label = Block(("=====",), 1, kind=Kind.SHORT), Block(("Police advice",), 2, kind=Kind.SHORT)
    >>> column = Block(("Chain the boat to a post every night", "Boat owners who leave the motor on", "the boat make it easy to take."), 3, kind=Kind.BODY)
    >>> [(b.kind.value, b.lines[0]) for b in _heads_flush_on_a_sentence((rule, label, column))][2:]
    [('short', 'Chain the boat to a post every night'), ('body', 'Boat owners who leave the motor on')]
    >>> grain = Block(("Dry the grain three days", "Spread it thin on the mats in the sun", "and spread it again at noon."), 3, kind=Kind.BODY)
    >>> [b.kind.value for b in _heads_flush_on_a_sentence((rule, label, grain))][2:], [b.kind.value for b in _heads_flush_on_a_sentence((grain,))]
    (['short', 'body'], ['body'])
    """
    lower: Counter[str] | None = None  # the page's words in lower case, counted once a line asks

    def common(word: str, uses: int) -> bool:
        nonlocal lower
        if lower is None:
            lower = Counter(_LOWER_WORD.findall("\n".join(block.text for block in blocks)))
        return lower[word.lower()] >= uses

    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        first, second = (block.lines + ("",))[:2]
        word = second.split(" ", 1)[0]
        glued = _label_under_a_foot_rule(out)
        if (
            block.kind is Kind.BODY
            and len(block.lines) >= 3
            and not block.indent
            and (block.gap >= 1 or above is None or above.kind is Kind.FURNITURE or glued)
            and first[-1:].isalpha()
            and _MARK_IN_A_HEAD_LINE.search(first) is None
            and 2 <= len(first.split()) <= _HEAD_WORDS
            and _ENDS_ON_A_PARTICLE.search(first) is None  # (a line ending on a particle runs on: "…cha Wakulima wa")
            and word[:1].isupper()
            and (len(word) == 1 or word[1:].islower())
            and len(second.split()) >= _SENTENCE_LINE_WORDS  # a line of prose, no table's cell
            and common(word, 1 if glued else _COMMON_WORD_USES)
        ):
            out += [block.with_(lines=(first,), kind=Kind.SHORT), block.with_(lines=block.lines[1:], start=block.start + 1, gap=0)]
            continue
        out.append(block)
    return tuple(out)


_HEAD_WORDS = 10
_SENTENCE_LINE_WORDS = 4
_MARK_IN_A_HEAD_LINE = re.compile(r"[.!?;:,]| - ")  # a sentence's or a clause's mark, a row's dash
_ENDS_ON_A_PARTICLE = re.compile(r" [a-zß-ÿ]{1,3}$")


def _sentence_ends_under_a_caption(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set apart under a caption (or a running head) that ends the sentence the text broke off in above the
    picture is that sentence's end, no head: the caption was set into the column mid-sentence.

    Before: BODY "…un im Winder gebt’s" / CAPTION "Weibsleit schaele Ebbel im Keller." / CREDIT
    "Bild: Lizzie Burkholder" / SHORT "Schnitz un Gnepp fer die ganz Gmee." (a subhead).
    After: BODY, read on from the text above the picture. So under a running head set into the
    column: "…Sien Läwe wia Oabeit, Famielje en" / FURNITURE "Ruttarewa Bote / Sied 5" / SHORT
    "Gloowe." (Plautdietsch "faith", a noun in capitals; before, a subhead).

    >>> page = (Block(("Im Winder gebt’s",), 1, kind=Kind.BODY), Block(("Leit im Keller.",), 3, gap=1, kind=Kind.SHORT),
    ...     Block(("Bild: Lizzie Burkholder",), 4, kind=Kind.CREDIT), Block(("Schnitz fer die Gmee.",), 6, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _sentence_ends_under_a_caption(page)]
    ['body', 'short', 'credit', 'body']
    """
    out = list(blocks)
    for i, block in enumerate(out):
        if block.kind is not Kind.SHORT or len(block.lines) != 1 or not block.text.endswith(".") or _in_capitals(block.text):
            continue  # (a line in capitals is a head, with its stop as old heads have it)
        k = i - 1
        while k >= 0 and (
            out[k].kind in (Kind.CAPTION, Kind.CREDIT)
            or out[k].kind is Kind.FURNITURE and out[k].gap >= 1 and out[k + 1].gap >= 1  # a running head, set apart in the column
            or out[k + 1].kind is Kind.CREDIT and k + 1 < i
        ):
            k -= 1  # (a caption is read as such once its credit lifts it: here, the line over a credit)
        if k < i - 1 and k >= 0 and out[k].kind is Kind.BODY and not ends_sentence(out[k].lines[-1]) and out[k].lines[-1][-1:].isalpha():
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _set_short_between_paragraphs(above: Block, block: Block, below: Block) -> bool:
    """One line flush between a paragraph that ended its sentence and a paragraph wrapped on
    several lines, ending no sentence though the next word would have fitted on it: a brief's
    head set flush on its text in a column of briefs with no blank lines (`blocks._head_set_short`
    set it apart: "…withdrew its" / "complaint." / "Landlord ordered to make repairs" / "A county
    judge ordered the owner of a"). A paragraph breaks its line only where the next word does not fit.
    So do a head's two lines, the first broken where the second's first word would have fitted:
    "…the mayor said." / "Church to mark 150 years" / "with open house Sunday" / "St. Mark's
    Episcopal Church on Hill Street" (before: one paragraph of the story above)."""
    if block.gap or below.gap or len(block.lines) > 2 or len(below.lines) < 2 or below.indent:
        return False
    measure = max(display_width(line) for line in below.lines)
    breaks = zip(block.lines, (*block.lines[1:], below.lines[0]))
    return (
        above.kind is Kind.BODY
        and ends_sentence(above.text)
        and not ends_sentence(block.text)
        and all(display_width(line) + 1 + display_width(after.split()[0]) <= measure for line, after in breaks)
    )


def _wrapped_head_set_apart(block: Block, below: Block) -> bool:
    """Two lines set apart by blank lines over a paragraph wrapped on several lines, the first
    broken where the next word would still have fitted the paragraph's measure: a head wrapped
    in its larger type, not a paragraph's fragment a column break cut, whose lines fill the
    measure ("Food bank seeks winter" / "volunteers" / "" / "The pantry needs twenty more…", an
    engine's text of a column of briefs: before, the head ran into the brief's first paragraph)."""
    if len(block.lines) != 2 or block.gap < 1 or below.gap < 1 or len(below.lines) < 2 or below.indent:
        return False
    first, second = block.lines
    measure = max(display_width(line) for line in below.lines)
    return display_width(first) + 1 + display_width(second.split()[0]) < measure


def _apart_over_a_wrapped_paragraph(block: Block, below: Block) -> bool:
    """One line set apart by blank lines over a paragraph wrapped on several lines, on a page that
    sets its paragraphs apart so: a column break cuts a paragraph's sentence, and the text after
    the break runs on in lower case, so the line opens the next story ("…for the new gates." / "" /
    "Register open for the spring music term" / "" / "The music school in the square opens…")."""
    return block.gap >= 1 and below.gap >= 1 and len(below.lines) >= 2 and not below.indent


_HEAD_STACK_LINES = 4  # kicker, headline, deck, byline
_DECK_WIDTH = 160  # display columns: a deck set across the story's columns runs to a sentence or two
# A writer's name, its words capitalised but for particles ("Seán Ó Cualáin", "Sjoukje de Vries"),
# perhaps after the language's word for "by", or its label for the writer and a colon ("Qoraa:
# Cali Xasan", "Tekstur: Rannvá Dalsgaard"; a label of one word); a particle may be elided into
# the word after it, as Igbo's "by" is: "Site n’aka Chidinma Eze".
_PARTICLE = r"['’]?[a-zß-öø-ÿ]{1,3}(?:['’][a-zß-öø-ÿ]{1,4})?"
_NAME_LINE = re.compile(rf"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*:?|{_PARTICLE})(?: (?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|{_PARTICLE})){{1,4}}$")
# A writer's name as Baltic and French papers set it, the surname in capitals: "Rūta JANKAUSKIENĖ",
# "Anne-Marie LEFÈVRE"; no headline's second line reads so.
_SURNAME_IN_CAPITALS = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿā-ſ]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][a-zß-öø-ÿā-ſ]+)? [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]{2,})?$")
# A wire's or a writer's mark closing a story's last sentence: "…sálů. (ČTK)", "…uitgewerkt. (ANP)".
_AGENCY_MARK_AT_END = re.compile(r"\s+[(\[][^()\[\]\s]{1,10}[)\]]$")
_CLOSED_LINE = re.compile(r"^[(\[（].{2,60}[)\]）]\.?$")  # "(Ciąg dalszy na str. 6)", "(PAP)": a unit by itself


def _head_stacks_over_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The lines over a story's first wrapped paragraph, from where the story above ended, each a
    line of its own, are its head, whatever the language and case: a kicker, a headline that ends
    no sentence, a deck (often wider than the column, so the wrapping left it whole) and a byline.
    A hard-wrapped paragraph never reads so: its lines fill the column and run on into each other.

    Before: SHORT "KOMUNIKACJA" / BODY "Nowy most na Warcie gotowy przed terminem" / BODY
    "Przeprawa łącząca… otwarta w piątek. Kierowcy zaoszczędzą nawet kwadrans." / BODY "Katarzyna
    Wójcik" over "Budowa mostu trwała…". After: the four lines are SHORT, flush, the last a BYLINE.
    """
    out = list(blocks)
    i = 0
    while i < len(out):
        end = _head_stack_end(out, i)
        if end is None:
            i += 1
            continue
        stack: list[Block] = []
        flush = []  # whether each line of the stack was printed flush on the line above it
        for n, (line, gap) in enumerate((line, block.gap if k == 0 else 0) for block in out[i:end] for k, line in enumerate(block.lines)):
            if stack and line[:1].islower():
                # a wrapped headline's next line: one headline, which opens a story even under a
                # paragraph (a subhead inside a story is a line); under a headline, a deck
                heads = len(stack) == 1 or len(stack) == 2 and flush[1] and len(stack[0].lines) == 1
                stack[-1] = stack[-1].with_(lines=(*stack[-1].lines, line), kind=Kind.HEADLINE if heads else Kind.SHORT)
            else:
                stack.append(Block((line,), out[i].start + n, gap=out[i].gap if n == 0 else 0, kind=Kind.SHORT))
                flush.append(gap == 0)
        last = stack[-1]
        named = len(stack) >= 3 and _NAME_LINE.match(last.text) or len(stack) == 2 and (
            _SURNAME_IN_CAPITALS.match(last.text) or _name_under_a_sentence_case_head(stack[0].text, last.text)
        )
        if MATCH_RESULT.match(last.text):
            stack[-1] = last.with_(kind=Kind.BODY)  # the match report's result line opens its text, under its byline too
        elif len(stack) == 2 and _saying_under_a_label(stack[0].text, last.text):
            stack[-1] = last.with_(kind=Kind.BODY)
        elif named and display_width(last.text) <= 40 and not _in_capitals(last.text):
            stack[-1] = last.with_(kind=Kind.BYLINE)
        elif len(stack) >= 2 and _in_capitals(last.text) and not _in_capitals(stack[-2].text) and display_width(last.text) <= 40 and not LATIN_FIELD.match(stack[-2].text):
            # a line in capitals under a headline that is not, right over the text, is who sent the
            # story ("AGÊNCIA ESTADUAL", "DA REDAÇÃO"): a kicker in capitals stands over the headline
            # (not under the last piece's labelled line, "Ókiyaka: 605-455-0187", where it heads the next)
            stack[-1] = last.with_(kind=Kind.BYLINE)
        out[i:end] = stack
        i += len(stack)
    return tuple(out)


def _saying_under_a_label(label: str, line: str) -> bool:
    """A box's label in capitals with one sentence flush under it, in sentence case and closed by
    a full stop, over the text: the box's first words (a proverb, a thought of the week), not a
    headline under a kicker, which ends on no full stop (a question's mark it may have).

    Before: "REFRÃO DA SEMANA" / "Devagar se vai ao longe." / "Quem tem pressa…": the label read
    as the kicker of a headline "Devagar se vai ao longe.". After: the box "REFRÃO DA SEMANA",
    its text opening on the proverb.

    >>> _saying_under_a_label("REFRÃO DA SEMANA", "Devagar se vai ao longe."), _saying_under_a_label("CULTURA", "Museu reabre as portas")
    (True, False)
    """
    return _in_capitals(label) and line.endswith(".") and not line.endswith("..") and ends_sentence(line) and not headline_case(line[:-1])


def _name_under_a_sentence_case_head(head: str, line: str) -> bool:
    """A name of two to four words in Title Case under a whole headline in sentence case is its
    writer: the headline's own next line would go on in its case ("Udalak igerileku estali
    berria eraikiko du" / "Jon Arrieta"), led perhaps by the language's "by" ("Bád breise don
    gheimhreadh" / "Le Seán Ó Cualáin"). Not under a headline cut on a joining word ("…budget
    for" / "Port Ellen"), nor under a Title Case one ("Harbour Bridge Reopens" / "After Repairs").

    >>> _name_under_a_sentence_case_head("Udalak igerileku estali berria eraikiko du", "Jon Arrieta")
    True
    >>> _name_under_a_sentence_case_head("Bád breise don gheimhreadh", "Le Seán Ó Cualáin")
    True
    >>> _name_under_a_sentence_case_head("Council approves new budget for", "Port Ellen"), _name_under_a_sentence_case_head("Harbour Bridge Reopens", "After Repairs")
    (False, False)
    >>> _name_under_a_sentence_case_head("Dödsfall i byn", "Ingrid Maria Holmström")  # a notices column's label over a name
    False
    """
    words = line.split()
    lower = sum(word[:1].islower() for word in head.split()[1:])
    return (
        2 <= len(words) <= 4
        and all(word[:1].isupper() and (word[1:].isalpha() or len(word) == 1) and not word[1:].isupper() for word in words)
        and lower >= 2
        and _HEADLINE_CUT.search(head) is None
        # (a column's label of a few words over a wider name is the label over a notice's name: "Ebore
        # ba fɔ" / "Abudu Safo Kanyiti", a Gonja notices column; a headline is wider than its writer)
        and display_width(head) > display_width(line)
    )


def _bylines_under_the_lead(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set apart between a story's lead (perex, ingress, chapeau: its first
    paragraph, set apart right under the headline) and the rest of its text is who wrote it, not
    the next story's headline: a story's byline stands under the lead in papers of every
    language ("PETR DVOŘÁK", "Karin Sjöberg" over her e-mail address, which is a credit, not
    text). A name over an e-mail address, or two or three words in capitals; a name alone in
    Title Case reads as a subhead does ("Repairs Took Months"), and so does a desk's "Van onze
    verslaggever" (neither is taken).

    Before: HEADLINE "Beskedet: Badet…" / BODY "Simhallen i Bollnäs stänger…" / BODY "Karin
    Sjöberg" "karin.sjoberg@…" / BODY "Beslutet fattades…". After: a BYLINE and a CREDIT there.
    """
    out = list(blocks)
    i = 2
    while i < len(out) - 1:
        head, lead, block, below = out[i - 2], out[i - 1], out[i], out[i + 1]
        name, *rest = block.lines
        if (
            head.kind in (Kind.SHORT, Kind.HEADLINE)
            and not ends_sentence(head.text)  # (an old paper's "THE PROBLEM SOLVED." heads a brief)
            and lead.kind is Kind.BODY
            and lead.gap >= 1
            and not lead.indent
            and len(lead.lines) >= 2
            and ends_sentence(lead.text)
            and block.kind in (Kind.SHORT, Kind.BODY)
            and block.gap >= 1
            and below.gap >= 1
            and below.kind is Kind.BODY
            and len(below.lines) >= 2
            and display_width(name) <= 40
            and not re.search(r"[\d.!?:;,]", name)
            # a name over its e-mail address, or a name in capitals; a subhead in Title Case
            # ("Repairs Took Months") or sentence case ("Die Innbrücke gesperrt") reads as one
            and (
                len(rest) == 1 and _EMAIL.fullmatch(rest[0]) is not None and _NAME_LINE.match(name) is not None
                or not rest and 2 <= len(name.split()) <= 3 and _in_capitals(name)
            )
        ):
            out[i] = block.with_(lines=(name,), kind=Kind.BYLINE)
            if rest:
                out.insert(i + 1, Block((rest[0],), block.start + 1, gap=0, kind=Kind.CREDIT))
        i += 1
    return tuple(out)


def _head_stacked_over(out: list[Block]) -> str:
    """The whole head whose last line is the last block read: its one-line blocks stacked flush
    over one another, up to the one set apart. The head is judged whole: its second line alone
    may be of words so short that it reads as Title Case. Before: "Æ Låningsvej lokket i fire
    daw:" / "båj kam mæ æ mad" / "Skrevet a Karen Bundgaard" (holdout107, West Jutlandic): the
    writer's line judged under "båj kam mæ æ mad" alone, read as Title Case, and taken for the
    story's title. After: judged under the whole head, it is the byline.

    >>> lines = [Block(("Ny bro over åen:",), 1, gap=1, kind=Kind.BODY), Block(("vi får en vej",), 2, kind=Kind.BODY)]
    >>> _head_stacked_over(lines)
    'Ny bro over åen: vi får en vej'
    """
    return " ".join(block.text for block in out[len(out) - _head_stack_depth(out) :])


def _head_stack_depth(out: list[Block]) -> int:
    """How many of the last blocks read are the one-line blocks of one head (`_head_stacked_over`)."""
    depth = 0
    for block in reversed(out[-_HEAD_LINES:]):
        if block.kind not in (Kind.BODY, Kind.SHORT, Kind.HEADLINE) or len(block.lines) != 1:
            break
        depth += 1
        if block.gap:
            break
    return depth


def _named_after_an_unknown_by(line: str, head: str, one_word: bool = False) -> bool:
    """A writer's line under `head` led by a word for "by" in a language the cleaner has no list
    for: one or two words, the last in lower case or a label's ending on a colon, then a name of
    two or three capitalised words and nothing after it. Not a Title Case head's next line, which
    goes on from a joining word ("Federal Bridge Money Falls" / "Short of Repair Backlog").
    Under a head with running words in lower case, the word may be capitalised as a line's first
    word is ("Vun Hinnerk Brüning", Low German; "Pa Rose-Mène Dorval", Haitian Creole; "Liorish
    Breesha Kermode", Manx): a word of two to seven letters, as the words for "by" are. A Title
    Case head has no word of five letters in lower case, and its next line may well be "For New Bridge".

    >>> [_named_after_an_unknown_by(s, "Su coru cantat") for s in ("dae Antonella Sanna", "Tusia e Malia Tuilagi", "Láti ọwọ́ Adébáyọ̀ Ọládélé", "Stori: Lucy Wambi")]
    [True, True, True, True]
    >>> _named_after_an_unknown_by("Tusitala: Petelo Tuʻugahala, Futuna", "ʻE fakaʻaliʻali te fale mahaki foʻou ʻo Futuna")  # and the writer's town
    True
    >>> _named_after_an_unknown_by("Wówapi kaǧé: Rosalie Iron Hawk", "Waníyetu wačhípi Kyle ektá")  # a label of two words
    True
    >>> _named_after_an_unknown_by("Mɛ e wlan: Rodrigue Sossa", "Ali-xlɛtɔ lɛ ɖò jonɔ lɛ jí")  # of three, on its colon
    True
    >>> [_named_after_an_unknown_by(s, "Su coru cantat") for s in ("granitu e de su màrmaru de sa Baronia", "Ol i no ken salim kaikai", "in 2026 Anna Berg", "to Anna Berg.")]
    [False, False, False, False]
    >>> _named_after_an_unknown_by("Short of Repair Backlog", "Federal Bridge Money Falls"), _named_after_an_unknown_by("for Flood Repairs", "Riverfront Trail Closed")
    (False, False)

    A head in sentence case whose names make it look like Title Case ends on a word in lower case,
    as no Title Case head does, so a "by" of two words that ends on a joining word names the writer:

    >>> _named_after_an_unknown_by("Tusia e Iosefa Leota", "Manumalo Palauli i le lakapī"), _named_after_an_unknown_by("Na tuhi e Mele Perez", "Ko nā Faipule fou mo nā nuku e tolu")
    (True, True)
    >>> _named_after_an_unknown_by("Vu Jang Schmit", "D'Gemeng kritt eng nei Schoul fir d'Kanner"), _named_after_an_unknown_by("For New Bridge", "Council Votes Funds")
    (True, False)
    >>> _named_after_an_unknown_by("Liorish Breesha Kermode", "Bunscoill Ghaelgagh dy ve ny smoo Kiare shamyryn noa")
    True

    A "by" may end on the joining word for "of", bound to it by an apostrophe (Malagasy
    "Nosoratan'i", "written by"; "Avy amin'i", "from"): no name's word ends so, so the word may
    be of any length, capitalised as the line's first word:

    >>> [_named_after_an_unknown_by(s, "Nahazo vary be ny tantsaha") for s in ("Nosoratan'i Hery Rakoto", "Avy amin'i Lalao Rabe")]
    [True, True]
    >>> _named_after_an_unknown_by("Bridgeton O'Neill Park", "Kids race in the park")
    False

    A head in sentence case whose running words are short (`_running_words_in_lower_case`: Walser
    "Dr Betruef tönt widr übr d Alp Wisli", no word of five letters in lower case) takes a
    capitalised "by" too: "Vo Marlies Beck" (before, the head's third line, the story untitled):

    >>> _named_after_an_unknown_by("Vo Marlies Beck", "Dr Betruef tönt widr übr d Alp Wisli")
    True
    >>> _named_after_an_unknown_by("Into Deep Water", "Rally with Crowds from Town Hall")
    False
    """
    words = line.split()
    title_case = _in_title_case(head)
    # (three words only as a verb and its joining word: Tokelauan "Na tuhi e Mele Perez", "written by";
    # or as a label of three words on its colon, a short joining word its second: Fon "Mɛ e wlan:
    # Rodrigue Sossa", "the one who wrote")
    three = len(words) > 3 and words[0].istitle() and (
        len(words[2]) <= 2 and words[2].islower() or words[2].endswith(":") and len(words[1]) <= 2 and words[1].islower()
    )
    for k in (1,) if one_word else (1, 2, 3) if three else (1, 2):
        by, name = words[:k], words[k:]
        # (a label of two words, the first capitalised: Lakota "Wówapi kaǧé: Rosalie Iron Hawk")
        label = _label_word(by[-1]) or k >= 2 and by[-1].endswith(":") and _label_word(by[0] + ":") and all(_letters(word) for word in (*by[1:-1], by[-1][:-1]))
        if title_case and not label and _HEADLINE_CUT_LATIN.search(" ".join(by)):
            continue
        bound = _BY_BOUND_BY_AN_APOSTROPHE.fullmatch(by[-1]) is not None
        capitalised_by = (
            k == 1
            and (2 <= len(by[0]) <= _CAPITALISED_BY_LETTERS and by[0].istitle() or bound and by[0][:1].isupper())
            and (any(len(word) >= 5 and word.islower() for word in head.split()) or _running_words_in_lower_case(head))
        )
        by_word = re.sub(r"['’]", "", by[-1]) if bound else by[-1]
        if label and _WRITERS_PLACE.search(" ".join(name)):
            name = _WRITERS_PLACE.sub("", " ".join(name)).split()  # a label's writer and the town he writes from: "Tusitala: Petelo Tuʻugahala, Futuna"
        if _capitalised_name(name) and all(_letters(word) for word in by[:-1]) and (label or _letters(by_word) and (by[-1].islower() or capitalised_by)):
            return True
    return False


def _running_words_in_lower_case(head: str) -> bool:
    """Two words of four letters or more in lower case that are no joining word of a Title Case
    head (`_TITLE_CASE_JOINING_WORDS`): the head runs in sentence case, whatever its names.

    >>> _running_words_in_lower_case("Dr Betruef tönt widr übr d Alp Wisli"), _running_words_in_lower_case("Rally with Crowds from Town Hall")
    (True, False)
    """
    return sum(len(word) >= 4 and word.islower() and word not in _TITLE_CASE_JOINING_WORDS for word in head.split()) >= 2


# Joining words of four letters a Title Case head keeps in lower case ("Rally with Crowds from Town Hall").
_TITLE_CASE_JOINING_WORDS = frozenset({"with", "from", "into", "over", "upon", "onto", "than", "that", "down", "near", "past", "amid", "unto", "till", "like"})


def _named_before_an_unknown_verb(line: str, head: str) -> bool:
    """A writer's line under `head` that sets the name first and the verb for "wrote" after it,
    in a language the cleaner has no word list for: a name of two or three capitalised words
    (`_capitalised_name`), then one or two short words in lower case (`_VERB_AFTER_NAME_LETTERS`
    letters at most in all), nothing after them. Mooré signs so, "Aminata Ouédraogo n gʋls"
    ("… wrote"); so do Lithuanian's "… rašė" and Sami's "… tjálij" put after the name. The head
    over it is in sentence case and not cut on a joining word, so the line is not the end of a
    head that goes on ("Pantomime season opens as" / "Peter Pan is back").

    Before: the head a paragraph of an article with no title, "Aminata Ouédraogo n gʋls" the next
    article's title. After: the head the title, the line its byline.

    >>> _named_before_an_unknown_verb("Aminata Ouédraogo n gʋls", "Komin konsɛɛy sak tɩ b me raag-paalg Sankar-yaar")
    True
    >>> _named_before_an_unknown_verb("Ieva Petrauskaitė rašė", "Savivaldybė tvirtina naują biudžetą")
    True
    >>> [_named_before_an_unknown_verb(s, "Pantomime season opens as") for s in ("Peter Pan is back", "Anna Berg wins")]
    [False, False]
    >>> [_named_before_an_unknown_verb(s, "Council backs the new market plan") for s in ("Anna Berg", "Anna Berg wins the vote", "Anna Berg, 42")]
    [False, False, False]
    >>> _named_before_an_unknown_verb("Anna Berg wins", "Tennis Final Goes To The Wire")  # a Title Case head's line
    False

    A line of two words over it is a column's label, not a head (`_HEAD_WORDS_OVER_A_WRITER`):
    Mapudungun "Pichi dungu" ("short news") over its first item's head "Palin Kurarrewe mew"
    ("palin at Curarrehue"; before, that head read as its writer, the label the item's title):

    >>> _named_before_an_unknown_verb("Palin Kurarrewe mew", "Pichi dungu")
    False

    The verb may follow two particles, a word of two letters at most each (Mandinka "Lamin Saane
    ye a safee", "Lamin Saane wrote it"; before, the head's subtitle), not a clause:

    >>> _named_before_an_unknown_verb("Lamin Saane ye a safee", "Kulliyo, Mandinkoolu la aadoo kotoo")
    True
    >>> [_named_before_an_unknown_verb(s, "Council backs the new market plan") for s in ("Anna Berg won the cup", "Anna Berg and a friend")]
    [False, False]
    """
    words = line.split()
    head_words = re.findall(r"[^\W\d_]+", head)
    if len(words) < 3 or len(head_words) < _HEAD_WORDS_OVER_A_WRITER or _in_title_case(head) or not head[-1:].isalpha():
        return False
    if head_words[-1].islower() and len(head_words[-1]) <= _TITLE_CASE_SMALL_WORD:
        return False  # the head goes on from a joining word: its next line is the head's
    for k in (1, 2, 3):
        name, verb = words[:-k], words[-k:]
        # (three words only as two particles and the verb: Mandinka "Lamin Saane ye a safee", "… wrote it")
        particles = k < 3 or all(len(word) <= _PARTICLE_LETTERS for word in verb[:-1])
        if (
            2 <= len(name) <= 3
            and particles
            and _capitalised_name(name)
            and all(_letters(word) and word.islower() for word in verb)
            and sum(len(word) for word in verb) <= _VERB_AFTER_NAME_LETTERS + (k == 3) * _PARTICLE_LETTERS
        ):
            return True
    return False


_VERB_AFTER_NAME_LETTERS = 6  # "n gʋls", "rašė": a verb and its particle, no clause
_PARTICLE_LETTERS = 2  # "ye", "a": a particle before the verb after a writer's name
_HEAD_WORDS_OVER_A_WRITER = 3  # "Pichi dungu", two words over a line, is a column's label; a head runs longer


def _named_before_an_unknown_word(line: str, head: str) -> bool:
    """The last line of a head of two lines or more, set apart over the text, that names a writer
    and then one word in lower case, longer than `_named_before_an_unknown_verb` takes, for "his
    story" or "from" (named `_named_before_an_unknown_word`): Plains Cree "Darlene Morin
    otâcimowin" ("… her story"), Navajo "Lorraine Yazzie bitsʼą́ą́dę́ę́ʼ" ("from …"). A head's
    wrapped line goes on from its joining word, or is in Title Case; one word after a name is
    not a clause. Before: the head a paragraph of an article with no title, the line the next
    article's title (or a heading); after: the head the title, the line its byline.

    >>> _named_before_an_unknown_word("Darlene Morin otâcimowin", "Wîcihiwêwak nitawêyihtâkosiwak kistapinânihk")
    True
    >>> _named_before_an_unknown_word("Anna Berg volunteers", "Town hall gets a new roof as")  # the head goes on
    False
    >>> _named_before_an_unknown_word("Anna Berg", "Town hall gets a new roof"), _named_before_an_unknown_word("Anna Berg, volunteers", "Town hall gets a new roof")
    (False, False)
    """
    words = line.split()
    head_words = re.findall(r"[^\W\d_]+", head)
    if len(words) not in (3, 4) or not head_words or _in_title_case(head) or not head[-1:].isalpha():
        return False
    if head_words[-1].islower() and len(head_words[-1]) <= _TITLE_CASE_SMALL_WORD:
        return False
    name, word = words[:-1], words[-1]
    return _capitalised_name(name) and _letters(word.replace("ʼ", "")) and word.islower() and len(word) <= _WORD_AFTER_NAME_LETTERS


_WORD_AFTER_NAME_LETTERS = 16  # "otâcimowin", "bitsʼą́ą́dę́ę́ʼ" with its accents: one word, no clause


# The town after a writer's name and a comma: ", Futuna" (one capitalised word).
_WRITERS_PLACE = re.compile(r",\s+[A-ZÀ-ÖØ-Þʻ][^\W\d_ʻ'’-]*(?:['’ʻ-][^\W\d_]+)*$")


# A "by" bound to its joining word by an apostrophe, as Malagasy binds "of" ('i) to a name: "Nosoratan'i".
_BY_BOUND_BY_AN_APOSTROPHE = re.compile(r"[^\W\d_]{2,}['’][a-z]{1,2}")


_TITLE_CASE_SMALL_WORD = 3  # letters: "of", "the", "and" end a Title Case head's line that goes on below
# The words for "by" run from "Pa" and "Vun" to Manx "Liorish": a capitalised one that long, no longer.
_CAPITALISED_BY_LETTERS = 7


def _in_title_case(head: str) -> bool:
    """A head in Title Case (`headline_case`), not one in sentence case that names a place or two
    and so has most of its long words capitalised: that one ends on a word in lower case."""
    return headline_case(head) and not _ends_in_lower_case(head)


def _ends_in_lower_case(head: str) -> bool:
    """A head's last word is a word of four letters or more in lower case: sentence case, as a
    Title Case head never ends ("Manumalo Palauli i le lakapī", not "Federal Bridge Money Falls")."""
    words = re.findall(r"[^\W\d_]+", head)
    return bool(words) and len(words[-1]) > _TITLE_CASE_SMALL_WORD and words[-1].islower()


def _label_over_a_name(line: str) -> bool:
    """A label's word and its colon, then a name: a photographer's credit in a language the
    cleaner has no word for "photo" in ("Ata: Iosefa Leota", Samoan; "Piksa: Thomas Kerua").

    >>> _label_over_a_name("Ata: Iosefa Leota"), _label_over_a_name("Ata: the hospital's new wing")
    (True, False)

    Or the word for "photo" and the word for "by", no colon ("Litrato ni Rodel Tupas", Hiligaynon).

    >>> _label_over_a_name("Litrato ni Rodel Tupas"), _label_over_a_name("Litrato ni Rodel Tupas sa plasa")
    (True, False)
    """
    words = line.split()
    if len(words) >= 3 and words[0][:1].isupper() and _letters(words[0]) and len(words[1]) <= 3 and words[1].islower() and _letters(words[1]):
        return _capitalised_name(words[2:])
    return bool(words) and _label_word(words[0]) and _capitalised_name(words[1:])


def _label_word(word: str) -> bool:
    """A label's word on its colon, from a capital: "Stori:", "Rikch'ay:" (Quechua), and one that
    ends on a glottal stop written as an apostrophe, "Panulisi':" (Makassarese "writer"; before,
    no label, so the byline "Panulisi': Ikbal Daeng Nai" was the head's subtitle). A compound
    label joined by its hyphen, "Kɔlɔ-ŋɛi:" ("paper-writer"), is one word too (before, its byline
    on an indent-only page read as the head's subtitle).

    >>> _label_word("Panulisi':"), _label_word("Rikch'ay:"), _label_word("'s:"), _label_word("Ja':")
    (True, True, False, True)
    >>> _label_word("Kɔlɔ-ŋɛi:"), _label_word("Bo-:"), _label_word("-Ka:")
    (True, False, False)
    """
    letters = _LABEL_HYPHEN.sub("", _WORD_APOSTROPHES.sub("", _LABEL_GLOTTAL_STOP.sub("", word[:-1])))
    return word.endswith(":") and word[:1].isupper() and _letters(letters)  # ("Rikch'ay:", Quechua)


# The hyphen inside a compound label's word, between two letters: "Kɔlɔ-ŋɛi:".
_LABEL_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")
# A glottal stop written as an apostrophe closing a label's word, after two letters at least: "Panulisi'".
_LABEL_GLOTTAL_STOP = re.compile(r"(?<=\w\w)['’ʼ]$")


# (or a raised dot inside a word, Garo's raka and Catalan's "l·l": a label "Sea·gipa:", "writer",
# reads as one word; before, the Garo byline "Sea·gipa: Jengchang Ch. Momin" was no label's line
# and its story's head and byline ran into the lead)
_WORD_APOSTROPHES = re.compile(r"(?<=\w)['’ʼ·](?=\w)")


# The small words inside a name: a patronymic's "son of", "daughter of" (Iban "anak", Malay "bin",
# "binti"), a Dutch or German "van", "von", a Romance "de", "da", "dos".
_NAME_PARTICLES = frozenset(("anak", "bin", "binti", "van", "von", "de", "da", "di", "del", "dos", "das", "du", "ter", "ten", "ap"))


_MIDDLE_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]?\.$")


def _capitalised_name(words: list[str]) -> bool:
    """Two or three capitalised words of letters (a hyphen or an apostrophe inside): a person's name.
    The middle one of three may be a particle in lower case, a patronymic's "son of" or a "van": "Jimbun
    anak Ngelai" (Iban), "Ahmad bin Ismail".

    >>> _capitalised_name(["Jimbun", "anak", "Ngelai"]), _capitalised_name(["Jimbun", "anak"])
    (True, False)

    The middle one of three may be an initial, a letter or two and its full stop (`_MIDDLE_INITIAL`:
    "Jengchang Ch. Momin", "Tengsil R. Marak", a Garo clan's sign), never the first or the last:

    >>> _capitalised_name(["Jengchang", "Ch.", "Momin"]), _capitalised_name(["Ch.", "Momin"]), _capitalised_name(["Anna", "Berg", "Ch."])
    (True, False, False)
    """
    if len(words) == 3 and (words[1] in _NAME_PARTICLES or _MIDDLE_INITIAL.match(words[1])):
        words = [words[0], words[2]]
    return 2 <= len(words) <= 3 and all(len(word) >= 2 and word[0].isupper() and _letters(word.replace("-", "").replace("'", "").replace("’", "")) for word in words)


def _letters(word: str) -> bool:
    """Letters only, a combining accent counting as one ("ọwọ́", "Adébáyọ̀")."""
    return bool(word) and all(ch.isalpha() or "\u0300" <= ch <= "\u036f" for ch in word)


def _credits_atop_the_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A photo's credit of a label and a name (`_label_over_a_name`: "Ata: Iosefa Leota"), which an
    engine boxed as the first line of the text's block under the caption: under a block that ends
    its sentence (the caption), the line is the credit and stands apart, and `lift_caption` lifts
    it with the caption over it, as any credited caption. No paragraph's first line is a label and
    a name alone. (The engine may lose the space after the colon, or read a speck before the label:
    `_LABEL_COLON_GLUED`, `_SPECK_BEFORE_LABEL`.)

    Before (holdout80 Mizo page, RapidOCR): BODY "Ramhlun Rangers player-te goal an thun hnuah an
    lawm." / BODY "Thlalak:Lalremruati Khiangte" "an striker Lalrinfela chuan" …: the credit opened
    the paragraph. After: CREDIT "Thlalak: Lalremruati Khiangte", BODY "an striker …".

    >>> caption = Block(("Waguliski ŵakuwona vigaŵa vipya vya msika.",), 4, gap=1, kind=Kind.BODY)
    >>> text = Block(("Chithuzi:Temwa Nyirenda", "ghakukwana na vimbuzi.", "“Tikupempha khonsolo kuti"), 5, gap=1, kind=Kind.BODY)
    >>> [(b.kind.value, b.text[:14]) for b in _credits_atop_the_text((caption, text))]
    [('body', 'Waguliski ŵaku'), ('credit', 'Chithuzi: Temw'), ('body', 'ghakukwana na ')]
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and block.kind is Kind.BODY
            and len(block.lines) > 1
            and above.kind in (Kind.BODY, Kind.CAPTION)
            and ends_sentence(above.lines[-1])
        ):
            first = _LABEL_COLON_GLUED.sub(r"\1 ", _SPECK_BEFORE_LABEL.sub("", block.lines[0]))
            if _label_word(first.split()[0]) and not first.split()[0].isupper() and _label_over_a_name(first):
                out.append(Block((first,), block.start, gap=block.gap, kind=Kind.CREDIT))
                out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False))
                continue
        out.append(block)
    return tuple(out)


def _credits_in_an_unknown_word(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A caption's block set between two halves of a sentence (the block above stops short of its
    sentence's end, the one below goes on, in lower case or on a name: "…troch de stichting
    en" / caption / "Vrienden van de KNRM, dy't…"), its last line a label and a name
    (`_label_over_a_name`) under a line that ends a sentence: that line is the caption's credit,
    in a language whose word for "photo" the cleaner does not know; it stands apart, a block of
    its own, and `lift_caption` lifts it with the caption over it, as any credited caption.

    Before: BODY "…e lua potu taotoga ma" "sefulu" / BODY "O fomaʻi ma tausimaʻi i totonu o le
    fale tipitipi fou i Salelologa." "Ata: Iosefa Leota" / BODY "moega o loʻo…". After: the
    caption's BODY, CREDIT "Ata: Iosefa Leota", and the text reads on from "sefulu" to "moega".
    So between two sentences of one quotation (`_quotation_cut`): "…a re: “Ke rekisitse dipholo tse
    tlhano." / "Balemirui ba lebelela dikgomo pele ga fantisi." "Setshwantsho: Neo Sebina" / "Madi a,
    a tla thusa bana…”" (Setswana).
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above = out[-1] if out else None
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        lines = block.lines
        if (
            block.kind is Kind.BODY
            and len(lines) >= 2
            and ends_sentence(lines[-2])
            and above is not None
            and below is not None
            and below.kind is Kind.BODY
            and (
                above.kind is Kind.BODY
                and not ends_sentence(above.text)
                # (or on a name, the caption set apart from both halves: a head's deck and byline stand flush)
                and (below.text[:1].islower() or below.text[:1].isupper() and block.gap >= 1 and below.gap >= 1)
                or above.kind is Kind.BODY and _quotation_cut(above.text, below.text)
                # (or set apart under the head stack, over the text: the story's photo under its head and byline)
                or above.kind in (Kind.SHORT, Kind.BYLINE) and block.gap >= 1 and below.gap >= 1 and below.text[:1].isupper()
                # (or set apart between two paragraphs, a line of one sentence over the credit: "…mi tu hat." /
                # "" / "Fishaman di fiks dehn lobsta trap." "Pikcha: Shanice Flowers" / "" / "Dis yaa…", Belize Kriol)
                or above.kind is Kind.BODY and len(lines) == 2 and block.gap >= 1 and below.gap >= 1 and below.text[:1].isupper()
            )
            and _label_over_a_name(lines[-1])
        ):
            out.append(block.with_(lines=lines[:-1]))
            out.append(Block(lines[-1:], block.start + len(lines) - 1, gap=0, kind=Kind.CREDIT))
            continue
        if _credit_apart_under_a_caption(out, block, below):
            out.append(block.with_(kind=Kind.CREDIT))
            continue
        out.append(block)
    return tuple(out)


def _credits_under_the_pages_label(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line opening on the label the page's credits open on (its word for "photo", learned from
    the credits `_credits_in_an_unknown_word` found), a few words after it, flush under a caption's
    one sentence set apart, is a credit too, though the text around it is no sentence cut in two:
    "Lil Kayla ketch de fus row." / "Pitcha: Darnell Fripp" / "Baskit show fuh de chillun" (the next
    story's head, flush under it), or a desk's credit for a staff photo, "Pitcha: Nyews staff"
    (Gullah; before, both credits the story's subheads, their captions its paragraphs).

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Pitcha: Darnell Fripp", Kind.CREDIT), b("Baskit pon de table.", Kind.BODY, 1), b("Pitcha: Nyews staff", Kind.SHORT))
    >>> [x.kind.value for x in _credits_under_the_pages_label(page)], _credits_under_the_pages_label(page[1:]) == page[1:]
    (['credit', 'body', 'credit'], True)
    """
    labels = {block.text.split()[0] for block in blocks if block.kind is Kind.CREDIT and block.text.split() and _label_word(block.text.split()[0])}
    if not labels:
        return blocks
    out = list(blocks)
    for i in range(1, len(blocks)):
        above, block = blocks[i - 1], blocks[i]
        words = block.text.split()
        if (
            block.kind in (Kind.SHORT, Kind.BODY)
            and len(block.lines) == 1
            and block.gap == 0
            and words[0] in labels
            and 2 <= len(words) <= _CREDIT_WORDS
            and not ends_sentence(block.text)
            and above.kind is Kind.BODY
            and len(above.lines) == 1
            and above.gap >= 1
            and ends_sentence(above.text)
        ):
            out[i] = block.with_(kind=Kind.CREDIT)
    return tuple(out)


_CREDIT_WORDS = 5  # a credit's label and a name or a desk: "Pitcha: Nyews staff"


def _rows_between_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line flush between two lines of a results table, each ending on its figure after a
    run of spaces (`FIGURE_AFTER_SPACES`), is the table's row too, though its own cells fill
    their widths with one space: "Nukunonu, Faipule  Petelo Maka    117" / "Nukunonu, Pulenuku
    Telesia Pasi   109" / "Fakaofo, Faipule   Aleki Tinielu  156" (Tokelauan; before, the middle
    row the head of a box of the rows under it).

    >>> b = lambda text, kind: Block((text,), 1, kind=kind)
    >>> page = (b("Nukunonu, Faipule  Petelo Maka    117", Kind.BODY), b("Nukunonu, Pulenuku Telesia Pasi   109", Kind.SHORT), b("Fakaofo, Faipule   Aleki Tinielu  156", Kind.BODY))
    >>> [x.kind.value for x in _rows_between_rows(page)]
    ['body', 'body', 'body']

    So a row of the same cell grid as the rows flush above and below it (as many cells, a figure
    among them) whose own cells read as a running head's page numbers around a word in capitals:
    a bingo card's "2      28  FREE   59   63" between "11     24    41   47   75" and "15     17
    39   50   71" is the card's row (before: furniture, cut into "2", "28  FREE", "59", "63" and
    lost from the table; after: a row like its neighbours).

    >>> card = (b("11     24    41   47   75", Kind.SHORT), b("2      28  FREE   59   63", Kind.FURNITURE), b("15     17    39   50   71", Kind.SHORT))
    >>> [x.kind.value for x in _rows_between_rows(card)]
    ['short', 'short', 'short']
    >>> [x.kind.value for x in _rows_between_rows((card[0], b("PAGE 4      28", Kind.FURNITURE), card[2]))]  # not the grid's shape
    ['short', 'furniture', 'short']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            not block.gap
            and not below.gap
            and all(len(b.lines) == 1 and FIGURE_AFTER_SPACES.search(b.text) for b in (above, block, below))
            and below.kind is above.kind
            and (
                block.kind is Kind.SHORT and above.kind in (Kind.BODY, Kind.ROW)
                or block.kind is Kind.FURNITURE and above.kind in (Kind.BODY, Kind.ROW, Kind.SHORT) and _row_of_the_grid_around_it(above, block, below)
            )
        ):
            out[i] = block.with_(kind=above.kind)
    return tuple(out)


def _row_of_the_grid_around_it(above: Block, block: Block, below: Block) -> bool:
    """Whether a line has the cell grid of the lines flush above and below it: as many cells, a
    figure among them (`row_shape`), three cells or more (`_rows_between_rows`)."""
    shape = row_shape(block.text)
    return shape is not None and shape[0] >= 3 and shape[1] and row_shape(above.text) == shape == row_shape(below.text)


def _parts_of_a_list(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A list's last row and the label of the list after it, on a page in a Latin script: a line
    of no sentence flush under two rows or more, a blank line under it, is the last row, whatever
    it opens on; a line of no sentence set apart by blank lines over a numbered list's first item
    ("1. …") is that list's label. Before (a Guinea-Bissau Kriol recipe): ROW "2 sabola, 3 tumati,
    1 malagueta" / BODY "Sal, iagu ku arus branku" / "" / BODY "Kuma ku bu ta fasi" / "" / BODY "1. Korta
    galinha, …" ran on as one paragraph. After: a ROW, a SHORT (the method's subhead), the step.

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("1 kilu di karni di galinha", Kind.ROW, 1), b("2 sabola, 3 tumati", Kind.ROW), b("Sal, iagu ku arus branku", Kind.BODY),
    ...     b("Kuma ku bu ta fasi", Kind.BODY, 1), b("1. Korta galinha, pui sal ku sabola.", Kind.BODY, 1))
    >>> [x.kind.value for x in _parts_of_a_list(page)]
    ['row', 'row', 'row', 'short', 'body']
    """
    out = list(blocks)
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind not in (Kind.BODY, Kind.SHORT) or len(block.lines) != 1 or ends_sentence(block.text) or block.text[-1:] in ",;:" or below is None or not below.gap:
            continue
        # (a row of the list's own kind, no label: "Inkhel leh: Thawhlehni, 4:00 PM" under a match's results is the box's next field)
        if not block.gap and i >= 2 and out[i - 1].kind is Kind.ROW and out[i - 2].kind is Kind.ROW and not out[i - 1].gap and ":" not in block.text:
            out[i] = block.with_(kind=Kind.ROW)
        elif block.kind is Kind.BODY and block.gap and below.kind is Kind.BODY and FIRST_ITEM.match(below.text):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


# A numbered list's first item: "1. Laba fijon…", "1) …".
FIRST_ITEM = re.compile(r"^1[.)] \S")


def _heads_under_a_credit(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of no sentence flush under a photo's credit, over text flush under it, where the
    text before the photo ended its sentence, is the next story's head: nothing there was cut
    for the photo to be set into. Before: CREDIT "Pitcha: Darnell Fripp" / BODY "Baskit show fuh
    de chillun" / BODY "De Penn Road library gwine hab…" (the head run into the text after it, the
    story the photo essay's; Gullah). After: a HEADLINE, its story's own (before, SHORT: the head
    a subhead of the photo essay, holdout84's Gullah page titles 1/2).

    >>> b = lambda text, kind, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("“E tek e own time.”", Kind.BODY), b("Lil Kayla ketch de fus row.", Kind.BODY, 1), b("Pitcha: Darnell Fripp", Kind.CREDIT),
    ...     b("Baskit show fuh de chillun", Kind.BODY), b("De Penn Road library gwine hab a show.", Kind.BODY))
    >>> [x.kind.value for x in _heads_under_a_credit(page)][3]
    'headline'
    """
    out = list(blocks)
    for i in range(3, len(blocks) - 1):
        text_before, credit, block, below = blocks[i - 3], blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            credit.kind is Kind.CREDIT
            and block.kind is Kind.BODY
            and len(block.lines) == 1
            and block.gap == 0
            and not ends_sentence(block.text)
            and block.text[-1:] not in ",;:"
            and below.kind is Kind.BODY
            and below.gap == 0
            and below.text[:1].isupper()
            and text_before.kind is Kind.BODY
            and ends_sentence(text_before.text)
        ):
            out[i] = block.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _credit_apart_under_a_caption(out: list[Block], block: Block, below: Block | None) -> bool:
    """The same credit on a line of its own, flush under the caption's sentence, the caption's
    block between two halves of a sentence: "…oʻgʻlim ham loy bilan" / "Kulol usta Botir Nazarov
    yarmarkada koʻza yasamoqda." / "Surat: Javlon Rahimov" / "ishlashni yaxshi koʻradi.”" (Uzbek).
    """
    return (
        block.kind is Kind.SHORT
        and len(block.lines) == 1
        and block.gap == 0
        and len(out) >= 2
        and out[-1].kind in (Kind.BODY, Kind.SHORT)  # (a caption's one short sentence may read as a head: "Ruth Kingbird gitigaaning.")
        and len(out[-1].lines) == 1
        and ends_sentence(out[-1].text)
        and out[-2].kind is Kind.BODY
        and below is not None
        and below.kind is Kind.BODY
        and (not ends_sentence(out[-2].text) and below.text[:1].islower() or _quotation_cut(out[-2].text, below.text))
        and _label_over_a_name(block.text)
    )


def _quotation_cut(above: str, below: str) -> bool:
    """A quotation the text above opens and leaves open, and the text below closes: one speaker's
    words cut by what was set between them (a caption and its credit), even at a sentence's end.

    >>> _quotation_cut("o ne a re: “Ke rekisitse dipholo tse tlhano.", "Madi a, a tla thusa bana ba me kwa sekolong.”")
    True
    >>> _quotation_cut("o ne a re: “Ke rekisitse dipholo.”", "Madi a tla thusa bana.")
    False
    """
    return quotation_left_open(above) and below.count("”") > below.count("“")


# An engine's reading of a label and the name after it, the space after the colon lost: "Walemba:Chikondi";
# a speck of a scan read as a mark before it: "* Ziaktu: Lalremruati Khiangte".
_LABEL_COLON_GLUED = re.compile(r"^([^\W\d_]{2,}:)(?=[^\W\d_])")
_SPECK_BEFORE_LABEL = re.compile(r"^[*_‘’'.|•·,]{1,2}\s+(?=[^\W\d_])")


def _labelled_writers_atop_their_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A writer's line of a label and a name (`_named_after_an_unknown_by` with its label word:
    "Stori: Lucy Wambi"), in a language the cleaner has no word for, boxed by an engine as the
    first line of the text's block under the head: the line is the byline, the rest the text. A
    paragraph's first line never stops on a name after a one-word label with no stop.

    Before (holdout82 Tumbuka page, RapidOCR): BODY "Walemba:Chikondi Mkandawire" ⏎ "RUMPHI-Walimi
    Wa" ⏎ …, under the head; the story's first paragraph opened on the writer. After: BYLINE
    "Walemba: Chikondi Mkandawire" (the space the engine lost after the colon given back), BODY.
    A speck of a scan read as a mark before the label is no part of it (holdout80's Mizo page,
    Tesseract: "* Ziaktu: Lalremruati Khiangte", a block of its own over the text).

    >>> head = Block(("Walimi wa fodya wakulindilira mtengo uwemi",), 0, kind=Kind.SHORT)
    >>> text = Block(("Walemba:Chikondi Mkandawire", "RUMPHI — Walimi wa fodya mu boma la", "Rumphi wakuti wakulindilira kuti"), 2, gap=1, kind=Kind.BODY)
    >>> [(b.kind.value, b.text[:12]) for b in _labelled_writers_atop_their_text((head, text))]
    [('short', 'Walimi wa fo'), ('byline', 'Walemba: Chi'), ('body', 'RUMPHI — Wal')]
    >>> said = Block(("Mary Chirwa: Tikupempha khonsolo", "kuti yitipe maji."), 2, gap=1, kind=Kind.BODY)
    >>> [b.kind.value for b in _labelled_writers_atop_their_text((head, said))]
    ['short', 'body']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above = out[-1] if out else None
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            above is not None
            and block.kind is Kind.BODY
            and (len(block.lines) > 1 or below is not None and below.kind is Kind.BODY)
            and above.kind in (Kind.SHORT, Kind.HEADLINE, Kind.SUBTITLE)
            and not ends_sentence(above.lines[-1])
        ):
            first = _LABEL_COLON_GLUED.sub(r"\1 ", _SPECK_BEFORE_LABEL.sub("", block.lines[0]))
            if (
                _label_word(first.split()[0])
                and not first.split()[0].isupper()  # (a place in capitals labels a list of names: "CHICAGO: Choichiro Mori")
                and _named_after_an_unknown_by(first, above.text, one_word=True)
            ):
                out.append(Block((first,), block.start, gap=block.gap, indent=block.indent, kind=Kind.BYLINE))
                if len(block.lines) > 1:
                    out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False))
                continue
        out.append(block)
    return tuple(out)


def _answerers_between_turns(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set apart between a reader's question and the answer, each opening on its turn's
    letter, that names a person after a "by" the cleaner has no word for (`_named_after_an_unknown_by`),
    is who answers: the column's byline, no subhead. "T: Bang, aye kerja…" / "Dijawab ame Haris
    Nasution" / "J: Mpok Rohani, kagak usah malu…" (holdout88's Betawi money column, "answered by").

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "T: Gimane caranye biar aye bisa nabung?"), b(Kind.SHORT, "Dijawab ame Haris Nasution"), b(Kind.BODY, "J: Mpok, kagak usah malu."))
    >>> [x.kind.value for x in _answerers_between_turns(page)]
    ['body', 'byline', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, line, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            line.kind in (Kind.SHORT, Kind.BODY)
            and len(line.lines) == 1
            and line.gap >= 1
            and above.kind is below.kind is Kind.BODY
            and (
                TURN_LETTER.match(above.text) is not None
                and TURN_LETTER.match(below.text) is not None
                and _named_after_an_unknown_by(line.text, above.lines[0])
                or _answerer_between_labelled_turns(above.text, line.text, below.text)
            )
        ):
            out[i] = line.with_(kind=Kind.BYLINE)
    return _answerer_name_and_firm_at_the_foot(_answerer_name_and_post_between_turns(_turn_openings_cut_from_their_text(tuple(out))))


def _turn_openings_cut_from_their_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A question's first line, opened by its label word (`WORD_TURN`) and ending on a short
    sentence, cut from the rest of its turn flush under it (no blank line between), is the turn's
    text when a later paragraph of the column opens on the same label: the question, not a subhead
    over it (named `_turn_openings_cut_from_their_text`).

    Before: "Kanbyɔ: Mǐ wá Wiɖa ɖò Sibiɖà." (a subhead) / "Ali-xlɛtɔ ɖé xɔ 15.000 F …? (Kossi A.,
    Lomé)" / "" / "Kanbyɔ: Un xɔ tikɛ̀ti …". After: the two blocks one, the question's paragraph.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.SHORT, 1, "Kysymys: Kävimme Turussa."), b(Kind.BODY, 0, "Opas otti rahat. Mitä teemme?"), b(Kind.BODY, 1, "Kysymys: Voiko lipun palauttaa?"))
    >>> [(x.kind.value, len(x.lines)) for x in _turn_openings_cut_from_their_text(page)]
    [('body', 2), ('body', 1)]
    >>> [x.kind.value for x in _turn_openings_cut_from_their_text(page[:2])]  # no second turn so labelled
    ['short', 'body']

    A label and a bare name over the text is the writer's line, though a box below opens a field on
    the same word (Wapishana's "Kaiwan: Aldrina Sam" over the story, "Kaiwan: Friday, 3 July…" in the
    witness box; before, the byline read into the first paragraph):

    >>> page = (b(Kind.SHORT, 1, "Kowrin: Ana Rivers"), b(Kind.BODY, 0, "EASTBY – A man was fined."), b(Kind.BODY, 1, "Kowrin: Friday, 9.00 p.m."))
    >>> [x.kind.value for x in _turn_openings_cut_from_their_text(page)]
    ['short', 'body', 'body']
    """
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        turn = WORD_TURN.match(block.text)
        text = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            turn
            and text is not None
            and block.kind is Kind.SHORT
            and len(block.lines) == 1
            and not _labelled_writer_line(block)  # (a label and a bare name: the writer's, "Kaiwan: Aldrina Sam")
            and text.kind is Kind.BODY
            and text.gap == 0
            and any(b.kind is Kind.BODY and (t := WORD_TURN.match(b.text)) is not None and t.group("label") == turn.group("label") for b in blocks[i + 2 :])
        ):
            out.append(block.with_(lines=block.lines + text.lines, kind=Kind.BODY))
            skip = True
            continue
        out.append(block)
    return tuple(out)


# Who answers, signing at the answer's foot: a short title maybe ("Me", "Dr."), a name of two or
# three capitalised words, a comma and the firm or the post ("Me Rémi Guidry, Guidry & Hébert").
_NAME_AND_FIRM = re.compile(r"^(?:(?P<title>[A-Z][a-z]{0,3}\.?) )?(?P<name>[^,]{3,40}), (?P<firm>[A-ZÀ-ÖØ-Þ][^.!?:;]{1,40})$")


def _alone_at_the_column_foot(blocks: tuple[Block, ...], i: int) -> bool:
    """Block `i` is one line of text set apart at the column's foot, the page's furniture or its
    end straight under it, below two blocks or more: where a Q&A column's answerer signs."""
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    block = blocks[i]
    return 2 <= i and block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and block.gap >= 1 and (below is None or below.kind is Kind.FURNITURE)


def _answerer_name_and_firm_at_the_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Who answers, signing set apart at the foot of a Q&A column, under its answer (the turns
    opened by their own label words above, `turns_of_two_labels`), on one line of name and then
    firm or post after a comma, is the column's byline, not the answer's last paragraph (named
    `_answerer_name_and_firm_at_the_foot`; `_answerer_name_and_post_between_turns` reads the
    line set between question and answer). The line closes the page or stands over its furniture.

    Before: "Question: … Quoi faire?" / "Réponse: Pas forcément. …" / "Si vous avez payé … créancier."
    / "Me Rémi Guidry, Guidry & Hébert" (a paragraph). After: the last line the byline.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "Kysymys: Voiko kokeen uusia?"), b(Kind.BODY, "Vastaus: Voi."), b(Kind.BODY, "Se maksaa kymmenen euroa."), b(Kind.SHORT, "Dr. Anna Virtanen, Opetushallitus"))
    >>> [x.kind.value for x in _answerer_name_and_firm_at_the_foot(page)]
    ['body', 'body', 'body', 'byline']
    >>> [x.kind.value for x in _answerer_name_and_firm_at_the_foot(page[1:])]  # no question above
    ['body', 'body', 'short']
    >>> [x.kind.value for x in _answerer_name_and_firm_at_the_foot(page[:3] + (b(Kind.SHORT, "Se maksaa, Opetushallitus"),))]
    ['body', 'body', 'body', 'short']
    """
    out = list(blocks)
    for i, line in enumerate(blocks):
        if not (_alone_at_the_column_foot(blocks, i) and blocks[i - 1].kind is Kind.BODY and ends_sentence(blocks[i - 1].text)):
            continue
        signed = _NAME_AND_FIRM.match(line.text.strip())
        if signed is None or not _capitalised_name(signed.group("name").split()):
            continue
        # the answer's turn a paragraph or two above, under the question's
        turns = [k for k in range(max(1, i - 4), i) if turns_of_two_labels(blocks[k - 1].text, blocks[k].text)]
        if turns and all(blocks[k].kind is Kind.BODY for k in range(turns[0] - 1, i)):
            out[i] = line.with_(kind=Kind.BYLINE)
    return tuple(out)


# An answerer's name alone on its line: two or three capitalised words ("Ramon Tolentino").
_NAME_ALONE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)?(?: [A-ZÀ-ÖØ-Þ][^\W\d_.]*\.?(?:['’-][^\W\d_]+)?){1,2}$")


def _answerer_name_and_post_between_turns(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Who answers, set apart between a reader's question and the answer (each opened by its own
    label word, `turns_of_two_labels`) on two lines, the name alone and under it the post, is the
    column's byline (one block, its lines joined), not a new piece's kicker and head.

    Before: "Pamangkot: …? (Liza R., Numancia)" / "Ramon Tolentino" (a kicker) / "Manedyer it
    bagahe, Kalibo airport" (a title) / "Sabat: …". After: the two lines the byline.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "Kysymys: Voiko kokeen uusia?"), b(Kind.SHORT, 1, "Anna Virtanen"), b(Kind.BODY, 0, "Tarkastaja, Opetushallitus"), b(Kind.BODY, 1, "Vastaus: Voi."))
    >>> [(x.kind.value, x.lines) for x in _answerer_name_and_post_between_turns(page)][1]
    ('byline', ('Anna Virtanen', 'Tarkastaja, Opetushallitus'))
    >>> [x.kind.value for x in _answerer_name_and_post_between_turns(page[:1] + page[2:])]
    ['body', 'body', 'body']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if 0 < i and i + 1 < len(blocks) and _name_comma_post_between_turns(blocks[i - 1], block, blocks[i + 1]):
            out.append(block.with_(kind=Kind.BYLINE))
            i += 1
            continue
        if 0 < i and i + 2 < len(blocks):
            above, post, below = blocks[i - 1], blocks[i + 1], blocks[i + 2]
            if (
                block.kind in (Kind.SHORT, Kind.BODY)
                and post.kind in (Kind.SHORT, Kind.BODY)
                and len(block.lines) == len(post.lines) == 1
                and block.gap >= 1
                and post.gap == 0
                and below.gap >= 1
                and _answerers_name_alone(block.text.strip())
                and not ends_sentence(post.text)
                and len(post.text) <= 60
                and above.kind is below.kind is Kind.BODY
                and turns_of_two_labels(above.text, below.text)
            ):
                out.append(block.with_(lines=(block.lines[0], post.lines[0]), kind=Kind.BYLINE))
                i += 2
                continue
        out.append(block)
        i += 1
    return tuple(out)


# An answerer's longer name under a title: the title, then four or five capitalised words, a
# patronymic's "Wan" or "Nik" among them ("Dr. Wan Nurul Ain Wan Salleh").
_TITLED_LONG_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,3}\. [A-ZÀ-ÖØ-Þ][^\W\d_]+(?: [A-ZÀ-ÖØ-Þ][^\W\d_]+){1,5}$")


def _answerers_name_alone(text: str) -> bool:
    """The answerer's name alone on its line (`_NAME_ALONE`), or a longer one under its title
    (`_TITLED_LONG_NAME`; named `_answerers_name_alone`): "Dr. Wan Nurul Ain Wan Salleh" / "Pusat
    Kajian Padi Lembah Kelate" between "Tanyo: …" and "Jawab: …" (holdout114's Kelantan Malay
    paddy clinic; before, the name a paragraph and the institute a head), as "Ramon Tolentino".

    >>> _answerers_name_alone("Ramon Tolentino"), _answerers_name_alone("Dr. Wan Nurul Ain Wan Salleh"), _answerers_name_alone("Dr. Ana said no")
    (True, True, False)
    """
    return _NAME_ALONE.match(text) is not None or _TITLED_LONG_NAME.match(text) is not None


def _name_comma_post_between_turns(above: Block, line: Block, below: Block) -> bool:
    """The answerer's name and post on one line, the post after a comma and in lower case (named
    `_name_comma_post_between_turns`; `_answerer_name_and_post_between_turns` reads the name and
    the post on two lines), set apart between a question and the answer, each opened by its own
    label word (`turns_of_two_labels`): the column's byline.

    Before: "Kanbyɔ: …? (Aminata S., Dakar)" / "Rosine Hounkpè, gǎn ajɔ̌ jonɔ tɔn" (a subhead) /
    "Gbeyiyi: Mi mɛ we lɛ bǐ…". After: the middle line the byline.

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> q, a = b(Kind.BODY, "Kysymys: Voiko kokeen uusia?"), b(Kind.BODY, "Vastaus: Voi.")
    >>> _name_comma_post_between_turns(q, b(Kind.SHORT, "Anna Virtanen, tarkastaja"), a)
    True
    >>> _name_comma_post_between_turns(q, b(Kind.SHORT, "Kokeet, uusinnat ja arvosanat"), a)
    False
    """
    name, comma, post = line.text.strip().partition(", ")
    return (
        line.kind in (Kind.SHORT, Kind.BODY)
        and len(line.lines) == 1
        and line.gap >= 1
        and below.gap >= 1
        and above.kind is below.kind is Kind.BODY
        and bool(comma)
        and _NAME_ALONE.match(name) is not None
        and post[:1].islower()
        and not ends_sentence(post)
        and len(post) <= _POST_CHARS
        and turns_of_two_labels(above.text, below.text)
    )


_POST_CHARS = 40


# A Q&A turn opened by its label word and a colon: "Pyetje: …", "Përgjigje: …".
WORD_TURN = re.compile(r"^(?P<label>[^\W\d_]{3,15})\s?:\s")
# Who answers, labelled, then the post in one word in lower case and the name in two or three
# capitalised words: "Përgjigjet: ekzaminatori Rosario Bua".
_LABELLED_POST_AND_NAME = re.compile(r"^[^\W\d_]{3,15}\s?:\s[^\W\d_A-ZÀ-ÖØ-Þ]{3,20}(?: [A-ZÀ-ÖØ-Þ][^\W\d_]+(?:['’-][^\W\d_]+)?){2,3}$")


def _answerer_between_labelled_turns(above: str, line: str, below: str) -> bool:
    """A labelled line naming a post and a person, set apart between a question and an answer
    each opened by its own label word (`WORD_TURN`, two different words), is who answers: the
    column's byline, as `_answerers_between_turns` reads one between turns on their letters.

    Before: "Pyetje: …? (Rosina M., Spixana)" / "Përgjigjet: ekzaminatori Rosario Bua" (a heading)
    / "Përgjigje: Me një fletë rozë…". After: the middle line the byline.

    >>> _answerer_between_labelled_turns("Kysymys: Voiko kokeen uusia?", "Vastaa: tarkastaja Anna Virtanen", "Vastaus: Voi.")
    True
    >>> _answerer_between_labelled_turns("Kysymys: Voiko kokeen uusia?", "Vastaa: Tarkastaja Anna Virtanen", "Vastaus: Voi.")
    False
    >>> _answerer_between_labelled_turns("Vastaus: Voi.", "Vastaa: tarkastaja Anna Virtanen", "Vastaus: Voi.")
    False
    """
    return turns_of_two_labels(above, below) and _LABELLED_POST_AND_NAME.match(line) is not None


def turns_of_two_labels(above: str, below: str) -> bool:
    """A question's and an answer's paragraphs, each opened by its own label word and a colon
    (`WORD_TURN`): "Pyetje: …" and "Përgjigje: …", not two items labelled alike.

    >>> turns_of_two_labels("Kysymys: Voiko kokeen uusia?", "Vastaus: Voi."), turns_of_two_labels("Vastaus: Voi.", "Vastaus: Ei.")
    (True, False)
    """
    asked, answered = WORD_TURN.match(above), WORD_TURN.match(below)
    return asked is not None and answered is not None and asked.group("label") != answered.group("label")


# A Chinese Q&A column's turns, the question's label and the answer's: "问：…", "答：…".
QUESTION_TURN = re.compile(r"^(?:问|問)\s*[：:]")
_ANSWER_TURN = re.compile(r"^答\s*[：:]")
# Who answers, on a line of its own: the post, the name and "答" ("辅导员　林慧芬　答", "律师　何　川　答", "林慧芬答").
_ANSWERED_BY = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,10}}[\s\u3000]+)?[{_SURNAMES}](?:[\u4e00-\u9fff\u3400-\u4dbf]{{1,2}}|\u3000[\u4e00-\u9fff\u3400-\u4dbf])[\s\u3000]*(?:答|解答|答复|答覆)$"
)
# Or the answerer's clinic or firm first, then, a space apart, the name with the title after it:
# "北海宠物诊所　林伟强兽医" (a Malaysian vet's column; before, the column's heading, the column no byline).
_FIRM_THEN_TITLED_NAME = re.compile(
    rf"^[\u4e00-\u9fff]{{2,16}}[\s\u3000]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:兽医|獸醫|医生|醫生|医师|醫師|律师|律師|老师|老師)$"
)
# Or labelled "answered" before the name, a doctor's or a teacher's title after it: "回答：龐穎姿醫生",
# "解答：林慧芬老师" (a Hong Kong paper's doctor's column); or, after a slash, the answerer's post and
# then, a space apart, the name: "回覆／桐林縣勞工處勞資關係科科長　卓美玲" (a Taiwan labour Q&A).
# The label may name the answerer's trade and the name be followed by the firm in brackets:
# "答覆律師：林育賢（立衡法律事務所）" (before: the column's heading; after: its byline).
_LABELLED_ANSWERER = re.compile(
    r"^(?:回答|解答|答复|答覆|回覆|回复)(?:律师|律師|医生|醫生|老师|老師|专家|專家)?[\s\u3000]*[：:／/][\s\u3000]*(?:[\u4e00-\u9fff\U00020000-\U0003134f](?:\u3000?[\u4e00-\u9fff\U00020000-\U0003134f]){1,7}"
    r"|[\u4e00-\u9fff]{2,24}[\s\u3000]+[\u4e00-\u9fff\U00020000-\U0003134f](?:\u3000?[\u4e00-\u9fff\U00020000-\U0003134f]){1,3})"
    r"(?:[（(][^（）()。，；！？\s]{2,20}[)）])?$"
)
# The answerer's post in brackets, on a line of its own under the name: "（家庭醫學專科）", "（市儿童医院儿科主任）".
_POST_IN_BRACKETS = re.compile(r"^[（(][^（）()。，；！？\s]{2,20}[)）]$")


def _answer_under_its_label(block: Block, below: Block) -> bool:
    """An answerer's line that opens on its own label ("解答：客戶服務部高級工程師　麥志康") is the
    answer's turn: the paragraphs under it need no "答：" of their own, so long as the block below
    is not the next question. Before: the line between "問：…（將軍澳　何先生）" and an unlabelled
    answer was the column's subhead and the column had no byline. After: its byline.

    >>> b = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> _answer_under_its_label(b("解答：客服部工程师　岑立新"), b("如果抄表员未能入户，账单会按估计读数计算。"))
    True
    >>> _answer_under_its_label(b("解答：客服部工程师　岑立新"), b("问：还有一个问题？"))
    False
    >>> _answer_under_its_label(b("客服部工程师　岑立新　答"), b("如果抄表员未能入户。"))
    False
    """
    text = block.text.strip()
    return (
        _LABELLED_ANSWERER.match(text) is not None
        and _OWN_ANSWER_LABEL.match(text) is not None
        and QUESTION_TURN.match(below.text) is None
    )


# The answerer's own label with its colon, standing for the answer's turn: "解答：", "回答：", "答覆："
# (not a slash: "回覆／科長　卓美玲" names a post, the answer keeps its "答：").
_OWN_ANSWER_LABEL = re.compile(r"^(?:回答|解答|答复|答覆)\s*[：:]")


def _answerers_between_chinese_turns(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set apart between a reader's question ("问：…") and the answer ("答：…") that names
    someone and ends on "答" is who answers: the column's byline, not a subhead nor a line of the
    page's furniture. "问：我的女儿今年小六…（忧心妈妈）" / "辅导员　林慧芬　答" / "答：先别急。…" (a
    parents' Q&A; before, the line was dropped as furniture). The Chinese form of
    `_answerers_between_turns`.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "问：孩子该不该上补习班？（小林妈妈）"), b(Kind.SHORT, "心理咨询师　何　川　答"), b(Kind.BODY, "答：先看孩子缺什么。"))
    >>> [x.kind.value for x in _answerers_between_chinese_turns(page)]
    ['body', 'byline', 'body']
    >>> [x.kind.value for x in _answerers_between_chinese_turns((page[0], b(Kind.SHORT, "怎么回答"), page[2]))]
    ['body', 'short', 'body']

    The line may be labelled before the name (`_LABELLED_ANSWERER`) and run over two printed lines,
    the name and then, flush under it, the post in brackets (`_POST_IN_BRACKETS`): one byline, the
    two lines joined. Before: "回答：龐穎姿醫生" / "（家庭醫學專科）" read as the column's subhead,
    "回答：龐穎姿醫生（家庭醫學專科）", and the column had no byline. After: the byline.

    >>> post = Block(("（儿科专科）",), 2, kind=Kind.SHORT)
    >>> [(x.kind.value, x.lines) for x in _answerers_between_chinese_turns((page[0], b(Kind.SHORT, "回答：岑嘉欣医生"), post, page[2]))][1:3]
    [('byline', ('回答：岑嘉欣医生', '（儿科专科）')), ('body', ('答：先看孩子缺什么。',))]

    A slash may part the label from the answerer's post and name. Before: "回覆／縣勞工處科長　卓美玲"
    between the question and the answer was the column's heading. After: its byline.

    >>> [x.kind.value for x in _answerers_between_chinese_turns((page[0], b(Kind.SHORT, "回覆／縣勞工處科長　卓美玲"), page[2]))]
    ['body', 'byline', 'body']

    The label may name the answerer's trade, the firm in brackets after the name. Before:
    "答覆律師：林育賢（立衡法律事務所）" the column's heading. After: its byline.

    >>> [x.kind.value for x in _answerers_between_chinese_turns((page[0], b(Kind.SHORT, "答覆律師：陳立群（和信法律事務所）"), page[2]))]
    ['body', 'byline', 'body']

    Or the clinic first and the name with its title after it (`_FIRM_THEN_TITLED_NAME`). Before:
    "北海宠物诊所　林伟强兽医" between the question and the answer was the column's heading. After:
    its byline.

    >>> [x.kind.value for x in _answerers_between_chinese_turns((page[0], b(Kind.SHORT, "南湾动物医院　陈志明兽医"), page[2]))]
    ['body', 'byline', 'body']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        above = out[-1] if out else None
        post = blocks[i + 1] if i + 2 < len(blocks) and _POST_IN_BRACKETS.match(blocks[i + 1].text.strip()) and blocks[i + 1].gap == 0 else None
        below = blocks[i + 2] if post is not None else blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            above is not None and below is not None
            and block.kind in (Kind.SHORT, Kind.BODY)
            and len(block.lines) == 1
            and above.kind is below.kind is Kind.BODY
            and QUESTION_TURN.match(above.text) is not None
            and (_ANSWER_TURN.match(below.text) is not None or _answer_under_its_label(block, below))
            # (the answerer's patterns last: asked of a line between a question and an answer only, not of every block)
            and any(pattern.match(block.text.strip()) is not None for pattern in (_ANSWERED_BY, _LABELLED_ANSWERER, _FIRM_THEN_TITLED_NAME))
            and (post is None or _LABELLED_ANSWERER.match(block.text.strip()) is not None and len(post.lines) == 1)
        ):
            lines = block.lines + (post.lines if post is not None else ())
            out.append(block.with_(lines=lines, kind=Kind.BYLINE))
            i += 2 if post is not None else 1
            continue
        out.append(block)
        i += 1
    return tuple(out)


# The answerer's labelled line, maybe in brackets: "（解答：積金顧問　馮家駿）", "解答：律师　何川".


def _lawyer_closing_the_column(blocks: tuple[Block, ...], i: int, inner: str) -> bool:
    """A lawyer's line in brackets (`LAWYER_SIGNS`) closing a Q&A column: one line, set apart by a
    blank line or, on a column that opens its turns indented, flush straight under the indented
    last answer; a blank line, the page's furniture or its end under it (a boxed notice may follow
    the column). The signing line of `_answerer_in_brackets_at_the_column_foot`, not at the page's foot.

    Before: "　　答：…记得保留好收据。" / "（南湖区信达律师事务所　古明远律师）" ⏎⏎ "招标公告" (the line a
    paragraph of the answer, or the notice's kicker). After: the Q&A's byline.

    >>> b = lambda text, gap=0, indent=0: Block((text,), 1, gap=gap, indent=indent, kind=Kind.SHORT)
    >>> column = (b("问：押金不退怎么办？", 0, 2), b("答：可以起诉。", 0, 2), b("（南湖区信达律师事务所　古明远律师）"), b("招标公告", 1))
    >>> _lawyer_closing_the_column(column, 2, "南湖区信达律师事务所　古明远律师"), _lawyer_closing_the_column(column[:3] + (b("招标公告"),), 2, "南湖区信达律师事务所　古明远律师")
    (True, False)
    """
    block, below = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    set_apart = block.gap >= 1 or not block.indent and blocks[i - 1].indent > 0
    closes = below is None or below.kind is Kind.FURNITURE or below.gap >= 1
    return 2 <= i and block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1 and set_apart and closes and LAWYER_SIGNS.match(inner) is not None


def _answerer_in_brackets_at_the_column_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Who answers, printed once at the foot of a Chinese Q&A column, on a line of its own under
    the last answer, labelled as the answer's turn ("解答：", `_OWN_ANSWER_LABEL`) and maybe set in
    brackets, is the column's byline, as a letter's signature is: not the last answer's paragraph.
    The line closes the page or stands over its furniture; the blocks above it are the column's
    turns, an answer ("答：…") under a question ("问：…"). The foot form of
    `_answerers_between_chinese_turns`.

    Before: "问：…？（荃湾读者　李先生）" / "答：…。" / "（解答：积金顾问　冯家骏）" (a paragraph).
    After: the last line the byline.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.BODY, "问：退休金可以提早领吗？（北区读者　陈太）"), b(Kind.BODY, "答：可以。满六十岁就能申请。"), b(Kind.SHORT, "（解答：理财顾问　韦志明）"), b(Kind.FURNITURE, "本报热线：1234 5678"))
    >>> [x.kind.value for x in _answerer_in_brackets_at_the_column_foot(page)]
    ['body', 'body', 'byline', 'furniture']
    >>> [x.kind.value for x in _answerer_in_brackets_at_the_column_foot(page[1:])]  # no question above
    ['body', 'short', 'furniture']
    >>> [x.kind.value for x in _answerer_in_brackets_at_the_column_foot(page[:2] + (b(Kind.SHORT, "（理财顾问　韦志明）"),))]  # no label
    ['body', 'body', 'short']
    """
    out = list(blocks)
    for i, block in enumerate(blocks):
        text = block.text.strip()
        bracketed = LINE_IN_BRACKETS.match(text)
        inner = bracketed.group("inner").strip() if bracketed is not None else text
        if not (_alone_at_the_column_foot(blocks, i) or bracketed is not None and _lawyer_closing_the_column(blocks, i, inner)):
            continue
        if (_OWN_ANSWER_LABEL.match(inner) is None or _LABELLED_ANSWERER.match(inner) is None) and LAWYER_SIGNS.match(inner) is None:
            continue
        # the column's turns above, an answer under a question, every block between them text
        turns = []
        for k in range(i - 1, -1, -1):
            if blocks[k].kind is not Kind.BODY:
                break
            turns.append(blocks[k].text)
        answer = next((n for n, t in enumerate(turns) if _ANSWER_TURN.match(t)), None)
        if answer is not None and any(QUESTION_TURN.match(t) for t in turns[answer + 1:]):
            out[i] = block.with_(kind=Kind.BYLINE)
    return tuple(out)


# A Latin Q&A turn's letter and its colon: "T: Bang, aye…", "J: Mpok…", "Q: …", "R: …" (a Chinese turn, "问:", has its own tests).
TURN_LETTER = re.compile(r"^[A-Z]\s?:\s")


def _writers_by_an_unknown_by(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head's last line naming its writer after a "by" the cleaner has no word for
    (`_named_after_an_unknown_by`), set flush under the head's lines with the story's text a blank
    line below, is its byline: no paragraph's last line stops on a name without its full stop.

    Before: BODY "Su coru de Siniscola cantat in Casteddu" "dae Pedru Ladu" ⏎ BODY "Su coru
    polifònicu…". After: SHORT "Su coru de Siniscola cantat in Casteddu", BYLINE "dae Pedru Ladu".
    The line may stand in a block of its own, flush under the head's: SHORT "Tusia e Malia Tuilagi";
    the story's first line may be indented, not set a line below.
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            out
            and block.kind in (Kind.BODY, Kind.SHORT)
            and block.gap == 0
            and len(block.lines) == 1
            and out[-1].kind in (Kind.BODY, Kind.SHORT, Kind.HEADLINE)
            and not ends_sentence(out[-1].lines[-1])
            and below is not None
            and below.kind is Kind.BODY
            and (below.gap >= 1 or below.indent)
            and not _letter_signed_at_its_foot(blocks, i + 1)
            and (
                _named_after_an_unknown_by(block.text, out[-1].text)
                or _named_after_an_unknown_by(block.text, _head_stacked_over(out))
                or _named_before_an_unknown_verb(block.text, out[-1].text)
                or len(out[-1].lines) >= 2 and _named_before_an_unknown_word(block.text, out[-1].text)
            )
        ):
            if out[-1].kind is Kind.BODY and len(out[-1].lines) == 1:
                out[-1] = out[-1].with_(kind=Kind.SHORT)  # the head over its writer (see below)
            if not _named_after_an_unknown_by(block.text, out[-1].text):  # (the whole head named the writer: every line of it a head's)
                stacked = max(_head_stack_depth(out), 1)
                out[-stacked:] = [b.with_(kind=Kind.SHORT) if b.kind is Kind.BODY else b for b in out[-stacked:]]
            out.append(block.with_(kind=Kind.BYLINE))
            continue
        # (a display head's block, or text set flush over an indent, only under one word: "Vun
        # Hinnerk Brüning"; "Phoebe" / "Romaneu in Quality Street" is a head's wrapped line)
        set_apart = block.kind in (Kind.BODY, Kind.SHORT) and below is not None and below.gap >= 1
        if (
            block.kind in (Kind.BODY, Kind.SHORT, Kind.HEADLINE)
            and 2 <= len(block.lines) <= _HEAD_LINES + 1
            and below is not None
            and below.kind is Kind.BODY
            and (below.gap >= 1 or below.indent)
            and block.text[:1].isupper()
            and not ends_sentence(block.lines[0])
            and latin_ratio(block.text) >= 0.5
            and (
                _named_after_an_unknown_by(block.lines[-1], " ".join(block.lines[:-1]), one_word=not set_apart)
                or set_apart and _named_before_an_unknown_verb(block.lines[-1], " ".join(block.lines[:-1]))
                or set_apart and len(block.lines) >= 3 and _named_before_an_unknown_word(block.lines[-1], " ".join(block.lines[:-1]))
            )
        ):
            # (the head's lines are a head: under a table's rows, read as one more row's text before)
            head = Kind.SHORT if block.kind is Kind.BODY and not ends_sentence(block.lines[-2]) else block.kind
            out.append(block.with_(lines=block.lines[:-1], kind=head))
            out.append(Block(block.lines[-1:], block.start + len(block.lines) - 1, gap=0, kind=Kind.BYLINE))
            continue
        out.append(block)
    return tuple(out)


def _letter_signed_at_its_foot(blocks: tuple[Block, ...], i: int) -> bool:
    """The text from block i on is a letter signed at its foot, a dash before the writer's name
    and town ("— Ana Cruz, Pisaq", `_SIGNING_DASH`, `_signed_from_a_town`) straight under its
    last paragraph: a letter names its writer there, so no line over its text is a byline
    (named `_letter_signed_at_its_foot`). Before: "Surat Pembaca" / "Halte bis Serui Kota" /
    "   Halte bis …" / "— Yohana Kapisa, Serui Kota": the letter's head read as a byline
    ("Halte bis" a word for "by", "Serui Kota" a name), the letters after it run together.
    After: the head the letter's title, signed at its foot.

    >>> b = lambda text, kind=Kind.BODY, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Halte bis ana apa atap raura."), b("Ane siso vatano."), b("— Yohana Kapisa, Serui Kota", Kind.SUBTITLE))
    >>> _letter_signed_at_its_foot(page, 0), _letter_signed_at_its_foot(page[:2] + (b("Yohana Kapisa, Serui Kota", Kind.SHORT),), 0)
    (True, False)
    """
    k = i
    while k < len(blocks) and blocks[k].kind is Kind.BODY:
        k += 1
    foot = blocks[k] if i < k < len(blocks) else None
    return foot is not None and foot.gap == 0 and _SIGNING_DASH.match(foot.text) is not None and _signed_from_a_town(foot)


def _names_over_emails(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A writer's name over an e-mail address, set apart right under a headline with no word for
    "by" before it, as Icelandic and Nordic papers sign: the byline, the address a credit (as
    `_bylines_under_the_lead` reads one under a lead).

    Before: BODY "Ný sundlaug opnuð í Hvalvík" / BODY "Guðrún Halldórsdóttir" "gudrun@…".
    After: BYLINE "Guðrún Halldórsdóttir", CREDIT "gudrun@…".

    The two lines may close the head's deck, set flush under the head in one block with it:
    BODY "Bæjarstjórn samþykkti að lengja opnunartímann" "Sigríður Þórhallsdóttir" "sigridur@…"
    (before, the first paragraph) is the deck, then the byline and its credit.

    An address alone on the line under a byline with its "by" ("Ni Ana Cruz" / "ana@…") is the
    byline's credit too, never a part of the byline.

    >>> signed = (Block(("Ni Ana Cruz",), 7, kind=Kind.BYLINE), Block(("ana@balita.example.ph",), 8, kind=Kind.BYLINE))
    >>> [b.kind.value for b in _names_over_emails(signed)]
    ['byline', 'credit']
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        deck = block.lines[:-2]
        if above is not None and above.kind is Kind.BYLINE and block.gap == 0 and len(block.lines) == 1 and _EMAIL.fullmatch(block.text):
            out.append(block.with_(kind=Kind.CREDIT))
            continue
        if (
            above is not None
            # (a sentence-case headline on a hard-wrapped page is still BODY here: one line, no stop)
            and (above.kind in (Kind.SHORT, Kind.HEADLINE) or above.kind is Kind.BODY and len(above.lines) == 1 and not ends_sentence(above.text))
            and block.kind in (Kind.SHORT, Kind.BODY)
            and (block.gap >= 1 and len(block.lines) == 2 or block.gap == 0 and 1 <= len(deck) <= _DECK_LINES_OVER_A_NAME)
            and _NAME_LINE.match(block.lines[-2]) is not None
            and _EMAIL.fullmatch(block.lines[-1]) is not None
        ):
            if deck:
                out.append(block.with_(lines=deck))
                out.append(Block(block.lines[-2:-1], block.start + len(deck), gap=0, kind=Kind.BYLINE))
            else:
                out.append(block.with_(lines=block.lines[:1], kind=Kind.BYLINE))
            out.append(Block(block.lines[-1:], block.start + len(block.lines) - 1, gap=0, kind=Kind.CREDIT))
            continue
        out.append(block)
    return tuple(out)


_DECK_LINES_OVER_A_NAME = 2  # a deck's lines; a lead of more runs on over the name as text


_LEAD_LINES = 5  # printed lines: a lead set apart under the headline is a sentence or two


def _lead_cut_short_under_its_byline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Short lines right under a story's byline that stop mid-sentence, the sentence going on in
    lower case in the block under them, are its lead's first lines: a picture set into the column
    beside them cut their measure, and an engine boxed them apart from the rest. Text, never a
    head: no head's last line runs on in lower case into the text under it.

    Before (holdout37's German page as RapidOCR read it, its byline's spaces put back): BYLINE
    "Von Katrin Albers" / SHORT "Nach fast zwanzig Jahren" "Planung wird die" "Ortsumgehung von
    Brechtal" / SHORT "gebaut.Das" / BODY "Regierungsprasidium hat am …": the lead's first words
    titled a story of their own. After: BODY, read on into the sentence.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> page = (b(Kind.SHORT, "Neue Halle für den Turnverein"), b(Kind.BYLINE, "Von Jonas Riedel"),
    ...         b(Kind.SHORT, "Nach drei Jahren Bauzeit", "bekommt der Turnverein"), b(Kind.SHORT, "seine Halle. Der"),
    ...         b(Kind.BODY, "Bürgermeister übergibt am Samstag den Schlüssel.", "Danach spielt die Kapelle."))
    >>> [block.kind.value for block in _lead_cut_short_under_its_byline(page)]
    ['short', 'byline', 'body', 'body', 'body']

    So is the lead's first line split off as a head over text flush under it, the sentence going
    on with a name: BYLINE "Ni Rey Tumulak" / SHORT "Gipildi sa Minglanilla Tigers ang Naga" /
    BODY "Sharks, 88–81, sa katapusang duwa…" (no subhead stands between a byline and the text).
    A line in capitals flush over a sentence is a box's label under a signature, no lead's words,
    and so is a label in capitals over its paragraph: "ARIES (March 21-April 19)" / "A new challenge…".
    Nor is a line flush over a lead that opens on its dateline: the next piece's head, glued under
    the signature at a column's foot, BYLINE "Tiva Pulehetoa, Hakupu" / SHORT "Kumi tagata
    lagomatai foou" / BODY "ALOFI - Kua kumi…" (holdout118's Niuean brief; before, its head and
    lead the column's last paragraph).

    >>> page = (b(Kind.BODY, "We went home happy."), b(Kind.BYLINE, "Ana Vea, Tamakautoga"), b(Kind.SHORT, "Helpers sought"),
    ...         Block(("LIKU - The clinic asks for", "more helpers."), 1, gap=0, kind=Kind.BODY))
    >>> [block.kind.value for block in _lead_cut_short_under_its_byline(page)]
    ['body', 'byline', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        byline, lead, below = out[i - 1], out[i], out[i + 1]
        flush = below.kind is Kind.BODY and below.gap == 0 and not below.indent and len(lead.lines) == 1
        if (
            byline.kind is Kind.BYLINE
            and not (lead.gap and _signs_the_text_above(out, i - 1))  # a signature, the next piece's head apart under it
            and not PLACE_LEAD.match(below.lines[0])  # a dateline opens the next piece: the line over it is its head
            and lead.kind is Kind.SHORT
            and not lead.level
            and not ends_sentence(lead.text)
            and below.kind in (Kind.BODY, Kind.SHORT)
            and (below.text[:1].islower() or flush and not _in_capitals(lead.text) and not CAPITALS_LABEL_LINE.match(lead.text))
        ):
            out[i] = lead.with_(kind=Kind.BODY)
            if below.kind is Kind.SHORT:
                out[i + 1] = below.with_(kind=Kind.BODY)
    return tuple(out)


def _lead_wrapped_under_a_kicker(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A label on a line of its own with a line or two flush under it that end no sentence, then,
    set apart, a sentence or two wrapped at the column's measure and, set apart, a name over the
    text: kicker, headline, lead (perex, ingress, chapeau) and byline, as papers of every
    European language stack a story's head. The wrapped lead reads as a paragraph, so the
    headline over it looked cut mid-sentence and was joined to it, and the name under it read
    as the next story's headline. The lead stays the story's first paragraph (papers' own
    readers disagree whether it is a deck: the golds of most held-out sets say so, holdout17's not).

    Before: SHORT "Közlekedés" / BODY "Új híd köti össze a két partot" "Tiszakeresztúrnál" /
    BODY "Tavasszal kezdődik az építkezés, a komp" "2029-ig még jár." / SHORT "Kovács Anna" /
    text: one paragraph "Új híd … Tiszakeresztúrnál Tavasszal kezdődik …", the name a story's
    headline. After: the headline SHORT, the name a BYLINE (a paper under it a CREDIT).
    """
    out = list(blocks)
    for i in range(len(out) - 4):
        kicker, head = out[i], out[i + 1]
        if not (
            kicker.kind is Kind.SHORT
            and len(kicker.lines) == 1
            and kicker.gap >= 1
            and head.kind in (Kind.BODY, Kind.SHORT, Kind.HEADLINE)
            and head.gap == 0
            and len(head.lines) <= 2
            and not head.indent
            and _headline_start(head.text)
            and head.text[-1:] not in ".!?"
        ):
            continue
        end = i + 2  # the lead: blocks set apart under the headline, to the end of a sentence
        while end < len(out) and out[end].kind is Kind.BODY and not out[end].indent and (out[end].gap == 0) is (end > i + 2) and not ends_sentence(out[end].text):
            end += 1
        if end + 2 >= len(out) or out[end].kind is not Kind.BODY or out[end].indent or (out[end].gap == 0) is not (end > i + 2) or not ends_sentence(out[end].text):
            continue
        if sum(len(block.lines) for block in out[i + 2 : end + 1]) > _LEAD_LINES:
            continue
        name, text = out[end + 1], out[end + 2]
        desk = text.kind is not Kind.BODY and end + 3 < len(out) and text.gap == 0 and len(text.lines) == 1
        if desk:
            text = out[end + 3]  # the writer's paper or desk under the name: "Le Courrier du Fjord"
        # (a name and its town under a letter sign it: the next letter's head is under them, no desk)
        if _signed_from_a_town(name) and desk:
            continue
        if not (name.gap >= 1 and (name.kind is Kind.BYLINE or _bare_name(name)) and text.kind is Kind.BODY and text.gap >= 1 and len(text.lines) >= 2):
            continue
        if name.kind is not Kind.BYLINE and _words_recur_under(name, text):
            continue  # the next brief's head, its words in its text ("Kollekte Nierstifting" / "De kollekte foar de Nierstifting…")
        if head.kind is Kind.BODY:
            out[i + 1] = head.with_(kind=Kind.SHORT)
        out[end + 1] = name.with_(kind=Kind.BYLINE)
        if desk:
            out[end + 2] = out[end + 2].with_(kind=Kind.CREDIT)
    return tuple(out)


def _heads_over_bare_names(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line in sentence case set apart under text that ended its sentence (or a list's rows),
    with a writer's name alone flush under it (`_bare_name`) and the story's text set apart under
    the name, is the story's head and the name its byline: a paragraph's line has no name under it.

    Before: ROW "…, 19.00" / BODY "Kurs serbšćiny za dorosłych" / SHORT "Jan Nowak" / BODY "Instytut
    pórucyjo…": the head read as a paragraph of the list, the name as a subhead. After: SHORT, BYLINE.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "Die Feier endete spät."), b(Kind.BODY, 1, "Neuer Kurs für Erwachsene"), b(Kind.SHORT, 0, "Anna Berger"),
    ...         b(Kind.BODY, 1, "Die Volkshochschule bietet ab März", "einen neuen Kurs an."))
    >>> [x.kind.value for x in _heads_over_bare_names(page)]
    ['body', 'short', 'byline', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 2):
        above, head, name, text = out[i - 1], out[i], out[i + 1], out[i + 2]
        if (
            (_head_line_set_apart(head, ".,!?;:") or _head_wrapped_set_apart(head, ".,!?;:"))
            # (or under the page's furniture, the first story's head: "Lavi-lakou" / "" / "Lekòl Sentàn gen swasant an" / "Mariz Jozèf")
            and (above.kind in (Kind.ROW, Kind.FURNITURE) or above.kind is Kind.BODY and ends_sentence(above.text))
            and name.gap == 0
            and _bare_name(name)
            and text.kind is Kind.BODY
            and text.gap >= 1
            and len(text.lines) >= 2
        ):
            out[i], out[i + 1] = head.with_(kind=Kind.SHORT), name.with_(kind=Kind.BYLINE)
    return tuple(out)


def _bare_names_in_their_heads_block(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head in sentence case and the writer's bare name flush under it, read as one head of two
    lines over text set apart: the name is the byline, no part of the head ("Poodiauto käü jälq
    külist läbi" / "Kaia Raudsepp" / "" / "Rõugõ ja Haanja küllin…": before, one title).

    >>> page = (Block(("Poodiauto käü jälq külist läbi", "Kaia Raudsepp"), 4, gap=1, kind=Kind.SHORT), Block(("Rõugõ ja Haanja küllin", "käü jälq poodiauto."), 7, gap=1, kind=Kind.BODY))
    >>> [(b.kind.value, b.lines[0]) for b in _bare_names_in_their_heads_block(page)]
    [('short', 'Poodiauto käü jälq külist läbi'), ('byline', 'Kaia Raudsepp'), ('body', 'Rõugõ ja Haanja küllin')]

    So is such a pair read as text where the head holds a figure, set apart under the page's
    furniture: "Ri tijob'al Xajil xuk'am 50 junab'" / "Catarina Tzoc" (K'iche', holdout83).

    >>> page = (Block(("Nimaq'ij",), 2, kind=Kind.FURNITURE), Block(("Ri tijob'al Xajil xuk'am 50 junab'", "Catarina Tzoc"), 4, gap=1, kind=Kind.BODY), page[1])
    >>> [b.kind.value for b in _bare_names_in_their_heads_block(page)]
    ['furniture', 'short', 'byline', 'body']
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        text_shaped = block.kind is Kind.BODY and block.gap >= 1 and (i == 0 or blocks[i - 1].kind is Kind.FURNITURE) and not ends_sentence(block.lines[0])
        if (block.kind is Kind.SHORT or text_shaped) and len(block.lines) == 2 and below is not None and below.kind is Kind.BODY and below.gap >= 1 and len(below.lines) >= 2:
            head, name = (block.with_(lines=(line,), start=block.start + n, gap=block.gap if n == 0 else 0, kind=Kind.SHORT) for n, line in enumerate(block.lines))
            if _bare_name(name) and not _bare_name(head) and _in_sentence_case(head.text):
                out += [head, name.with_(kind=Kind.BYLINE)]
                continue
        out.append(block)
    return tuple(out)


def _in_sentence_case(text: str) -> bool:
    """A head in sentence case: most of its words after the first in lower case ("Poodiauto käü
    jälq külist läbi"), where Title Case capitalises all but the small ones ("Council Accepts Gift of")."""
    rest = text.split()[1:]
    return bool(rest) and sum(word[:1].islower() for word in rest) * 2 > len(rest)


_PARAGRAPH_BEFORE_FURNITURE = 3  # blocks: a paragraph's lines, a running head that cut it, its last line


def _unit_line_over_two_rows(blocks: tuple[Block, ...] | list[Block], i: int) -> bool:
    """Block `i` is a short line set flush over two laid-out rows, no sentence nor figure in it:
    a table's unit line ("Prices in KSh", "单位：元/公斤") between its head and its rows. Before:
    "…mũgũnda.”" / BODY "Thogo wa irio" / "Prices in KSh" / "Irio  Kipimo  Thogo" / … (the price
    table's head glued under the story, read as its last paragraph); after: the head SHORT, as
    it is straight over the rows (`_heads_over_list_rows`).

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> rows = [b(Kind.ROW, "Irio            Kipimo  Thogo"), b(Kind.ROW, "Kahũa (cherry)  kg      92")]
    >>> _unit_line_over_two_rows([b(Kind.SHORT, "Prices in KSh"), *rows], 0), _unit_line_over_two_rows([b(Kind.SHORT, "Open 8 to 5."), *rows], 0)
    (True, False)
    """
    if i + 2 >= len(blocks):
        return False
    unit, first, second = blocks[i], blocks[i + 1], blocks[i + 2]
    return (
        unit.kind is Kind.SHORT
        and len(unit.lines) == 1
        and unit.gap == 0
        and first.gap == 0
        and first.kind is second.kind is Kind.ROW
        and re.search(r"[\d.!?;]", unit.text) is None
    )


def _heads_over_list_rows(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set apart, no sentence (it may cry out: "Congratulations!"), over a list's
    rows (`blocks.is_list_row`: a register's "Name, Place, 80 years 5.2." one a line) is the
    list's head, under text that ended its sentence or the page's furniture: a paragraph's
    line has rows under it only when it introduces them, and then it ends on a colon.

    Before: BODY "Lihkku beivviin!" (Sámi "happy birthday") over the birthday rows, read as the
    last paragraph of the story above. After: SHORT, the head of a story of rows.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> rows = (b(Kind.BODY, 1, "Aino Virtanen, Kuopio, 90 vuotta 3.2."), b(Kind.BODY, 0, "Pekka Mäki, Iisalmi, 75 vuotta 6.2."))
    >>> page = (b(Kind.BODY, 1, "Juhla päättyi myöhään."), b(Kind.BODY, 1, "Onnittelemme!"), *rows)
    >>> [x.kind.value for x in _heads_over_list_rows(page)]
    ['body', 'short', 'body', 'body']
    >>> page = (b(Kind.BODY, 1, "Juhla päättyi myöhään."), b(Kind.BODY, 1, "Syntymäpäiviään viettävät:"), *rows)
    >>> [x.kind.value for x in _heads_over_list_rows(page)]  # a sentence introduces them
    ['body', 'body', 'body', 'body']

    So is such a line over rows a layout format found by where their lines end (`Kind.ROW`, each
    maybe wrapped), under the list's label too: "Dyddiadur" / "Beth sy' 'mlaen" / "Gwener 10 Medi –
    Noson lawen," "Neuadd Penparc, 7.30" / … (holdout62, a Welsh diary; before, its first paragraph);
    and, over such rows, one set flush under the paragraph, narrower than its lines: "…Disasta Ofis
    hem sei." / "Ples fo haed taem saekolon kam" / "" / "Kukum: Skul blong Sent Piter" / …
    (holdout73; before, the cyclone story's last paragraph); narrower than the paragraph's lines
    above a running head that cut its last line off (holdout75, a pollen table under a Latin story).

    >>> rows = (b(Kind.ROW, 1, "Kukum: St Peter's School"), b(Kind.ROW, 0, "White River: Town Hall"))
    >>> page = (b(Kind.BODY, 1, "The council said the centres open", "on Friday night."), b(Kind.BODY, 0, "Where to go in the storm"), *rows)
    >>> [x.kind.value for x in _heads_over_list_rows(page)]
    ['body', 'short', 'row', 'row']
    """
    out = list(blocks)
    for i in range(1, len(out) - 2):
        above, head, first, second = out[i - 1], out[i], out[i + 1], out[i + 2]
        if _unit_line_over_two_rows(out, i + 1):
            first, second = out[i + 2], out[i + 3]  # (a table's unit line flush between its head and its rows)
        # (or a box's items on their bullets, one a line: "• Rundturen er om lag 60 km.")
        bulleted = first.mark[:1] in LIST_BULLETS and first.mark == second.mark and len(first.lines) == len(second.lines) == 1
        laid_out = first.kind is second.kind is Kind.ROW or bulleted
        # (the paragraph's lines: a running head may have cut its last line off, "…at post imbres" /
        # "pollen" / "" / "Acta Tiberina / Pagina 4" / "" / "rursus crescet." / "Index pollinis hebdomadis")
        flush = laid_out and head.gap == 0 and above.kind is Kind.BODY and display_width(head.text) < max(
            display_width(line) for block in out[max(0, i - _PARAGRAPH_BEFORE_FURNITURE) : i] if block.kind is Kind.BODY for line in block.lines
        )
        if (
            (head.gap >= 1 or flush) and _head_line(head, ".,;:?")
            # (or under the last row of a box above, which closes it as a sentence does: "Livro: Caminhos
            # da serra (2019)" / "" / "Agenda da semana" / "28 de março – Feira do livro, …"; or under a
            # small ad, whole on its telephone number, `blocks.is_small_ad`)
            and (above.kind in (Kind.FURNITURE, Kind.ROW) or above.kind is Kind.BODY and (ends_sentence(above.text) or laid_out and is_small_ad(above.text)) or laid_out and above.kind is Kind.SHORT)
            and (laid_out or all(len(row.lines) == 1 and is_list_row(row.text) for row in (first, second)))
        ):
            out[i] = head.with_(kind=Kind.SHORT)
    return tuple(out)


def _heads_glued_over_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Latin line flush under a paragraph that ended its sentence, shorter than that paragraph's
    lines and with no sentence's mark in it, over a blank line and a label or a row (`SHORT`,
    `ROW`), is a head: a paragraph's last line ends its sentence, and text cut by a column break
    goes on in a paragraph, not under a label.

    Before (holdout87, a Kaqchikel listing glued under its story): "…nkitamaj" / "kan.»" / "Ri
    xtiqatz'ët re wuqq'ij re'" / "" / "Tinamït Teatro, Chimaltenango" / "" / "«Ri ruwäch ulew»
    16:00, 19:00" (the listing's head read as the story's last paragraph). After: SHORT, its head.
    So is a column's label flush over its first item's head in capitals: "…wičhóȟ’aŋ.”" / "Wóyaka
    Čík’ala" / "WÓUŊSPE LAKȞÓTIYAPI" (holdout87's Lakota notices).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "«rik'in ri b'anob'al nkitamaj kan.»"), b(Kind.BODY, 0, "Ri xtiqatz'ët re wuqq'ij re'"), b(Kind.SHORT, 1, "Tinamït Teatro"))
    >>> [x.kind.value for x in _heads_glued_over_labels(page)]
    ['body', 'short', 'short']
    >>> [x.kind.value for x in _heads_glued_over_labels((page[0], page[1], b(Kind.BODY, 1, "chuqa' k'ïy ak'wala' xetze'en.")))]
    ['body', 'body', 'body']

    Or flush over a box's rows that open on their labels: "…said the mayor." / "How they voted" /
    "For: Pryce, Wood, Hale" / "Against: Lister, Oakes" (a vote glued under a council report).

    >>> page = (b(Kind.BODY, 0, "waited long enough, said the mayor."), b(Kind.BODY, 0, "How they voted"), b(Kind.ROW, 0, "For: Pryce, Wood, Hale"))
    >>> [x.kind.value for x in _heads_glued_over_labels(page)]
    ['body', 'short', 'row']

    Or over a box's tips numbered from 1, each set apart (`_tips_numbered_from_one_under`).
    Before: "…komundu ngwe ha tjiwa, …omundu" / "Ondjira • Omuinyo" / "wombanka.”" /
    "Omahungiriro wopolisi" / "" / "1. Yenda kombanka…" / "" / "2. O yandja…" (holdout117's Herero
    police box glued under a pension-day story: the head joined to tip 1). After: SHORT, its head.

    >>> tips = (b(Kind.BODY, 1, "1. Go to the bank with your son."), b(Kind.BODY, 1, "2. Tell nobody your PIN."))
    >>> page = (b(Kind.BODY, 1, "He said it was a shame, and that", "the police would be there."), b(Kind.BODY, 0, "Police advice"), *tips)
    >>> [x.kind.value for x in _heads_glued_over_labels(page)]
    ['body', 'short', 'body', 'body']
    >>> [x.kind.value for x in _heads_glued_over_labels((*page[:2], tips[1], tips[0]))]
    ['body', 'body', 'body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        head, below = out[i], out[i + 1]
        above = out[_text_above(out, i)]
        if (
            head.gap == 0
            and (below.kind in (Kind.SHORT, Kind.ROW) or _tips_numbered_from_one_under(out, i))
            # (or flush over a head in capitals, a column's label; or over a box's labelled rows)
            and (below.gap >= 1 or _in_capitals(below.text) or below.kind is Kind.ROW and GLUED_ROW.match(below.lines[0]) is not None)
            # (or under the last row of a box glued so)
            and (above.kind is Kind.BODY and ends_sentence(above.lines[-1]) or above.kind is Kind.ROW and below.kind is Kind.ROW and GLUED_ROW.match(above.lines[-1]) is not None)
            and _head_line(head, ".,;:?!")
            and latin_ratio(head.text) >= 0.5
            # (the paragraph's lines: a running head may have cut its last words off, "…nkitamaj" / "kan.»")
            and display_width(head.text) < max(
                (display_width(line) for block in out[max(0, i - _PARAGRAPH_BEFORE_FURNITURE) : i] if block.kind in (Kind.BODY, Kind.ROW) for line in block.lines), default=0
            )
        ):
            out[i] = head.with_(kind=Kind.SHORT)
    return tuple(out)


_TIP_NUMBER = re.compile(r"^(\d{1,2})[.)] \S")


def _tips_numbered_from_one_under(blocks: list[Block], i: int) -> bool:
    """The two paragraphs under blocks[i] are a box's tips numbered 1 and 2, each set apart after
    a blank line and opening on its number and a space ("1. Go to the bank…", "2) Tell nobody…")
    (named `_tips_numbered_from_one_under`): the line over them heads the box.

    >>> b = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> _tips_numbered_from_one_under([b("Police advice"), b("1. Go with your son."), b("2. Tell nobody.")], 0)
    True
    >>> _tips_numbered_from_one_under([b("Police advice"), b("1. Go with your son."), b("3. Tell nobody.")], 0)
    False
    """
    tips = blocks[i + 1 : i + 3]
    numbers = [_TIP_NUMBER.match(tip.text) if tip.kind is Kind.BODY and tip.gap >= 1 else None for tip in tips]
    return len(tips) == 2 and all(numbers) and [m.group(1) for m in numbers if m] == ["1", "2"]


def _text_above(blocks: list[Block], i: int) -> int:
    """The block of text over block `i`, past a running head and a credited caption the OCR set
    between them."""
    j = i - 1
    while j > 0 and (blocks[j].kind is Kind.FURNITURE or credited_caption_line(" ".join(blocks[j].lines))):
        j -= 1
    return j


def _head_line_set_apart(head: Block, marks: str) -> bool:
    """One line of text set apart after a blank, a head's line (`_head_line`): a head, if what
    stands round it says so."""
    return head.gap >= 1 and _head_line(head, marks)


def _head_lines_cut_at_a_figure(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A head of two printed lines set apart under the page's furniture, cut into two blocks where
    its second line opens on a figure (read as a list's item), over a writer's bare name flush
    under it (`_bare_name`) and text set apart: one head block again, which `_heads_over_bare_names`
    takes as the head over its byline (named `_head_lines_cut_at_a_figure`).

    Before: "Múlk hám jer salıqların" / "1-dekabrge shekem tóleń" / "Gúlnara Embergenova" / "" /
    "NÓKIS – …" (holdout116's Karakalpak page: the head an untitled paragraph, the name the title).
    After: the head's two lines one block, the name its byline.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.FURNITURE, 0, "THE COURIER – p. 6"), b(Kind.BODY, 1, "Pay your land tax by"), b(Kind.BODY, 0, "1 December, office says"),
    ...         b(Kind.SHORT, 0, "Anna Berger"), b(Kind.BODY, 1, "NUKUS – The tax office reminded", "people to pay."))
    >>> [(x.kind.value, x.lines) for x in _head_lines_cut_at_a_figure(page)][1]
    ('body', ('Pay your land tax by', '1 December, office says'))
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if 1 <= i and i + 3 < len(blocks) and blocks[i - 1].kind is Kind.FURNITURE and block.kind is Kind.BODY and block.gap >= 1 and len(block.lines) == 1:
            cut, name, text = blocks[i + 1], blocks[i + 2], blocks[i + 3]
            if (
                cut.kind is Kind.BODY and cut.gap == 0 and len(cut.lines) == 1 and cut.text[:1].isdigit()
                and not ends_sentence(block.text) and not ends_sentence(cut.text) and block.text[-1:].isalpha()
                and name.gap == 0 and _bare_name(name) and text.kind is Kind.BODY and text.gap >= 1 and len(text.lines) >= 2
                and latin_ratio(block.text) >= 0.5
            ):
                out.append(block.with_(lines=block.lines + cut.lines))
                i += 2
                continue
        out.append(block)
        i += 1
    return tuple(out)


# A writer's line labelled by a word and its colon over the bare name: "Lekhak: Ravi Ramdin",
# "Penulis: Rizal Effendi", "Kâtib: Mahamat Saleh Idriss" (the label any word, the name `_bare_name`).
# (its capital one of any Latin alphabet's, `_NAME_CAPITAL`: Skolt Sámi's "Ǩeeʹrjteei: Elli Feodoroff",
# before read as the head's deck; the label's first letter is asked to be a capital as well)
_LATIN_WRITER_LABEL = re.compile(rf"^[{_NAME_CAPITAL}][^\W\d_]{{1,15}}: (?=\S)")


def _labelled_writer_line(block: Block) -> bool:
    """A byline of a label, its colon and the writer's bare name (`_LATIN_WRITER_LABEL`), whether
    read as a byline already or not. A byline of a word and a name ("By Ana Sy", "Wid Sandra
    Buffett") is not asked: over it a column's label stands flush over its head ("Orn da Oval" /
    "Cascade gels gwen gud"), a head and its deck ("… senior title" / "Late … win over …").

    >>> b = lambda text, kind=Kind.SHORT: Block((text,), 1, kind=kind)
    >>> _labelled_writer_line(b("Lekhak: Ravi Ramdin")), _labelled_writer_line(b("Adres: Kerkstraat 12")), _labelled_writer_line(b("By Ana Sy", Kind.BYLINE))
    (True, False, False)
    """
    if len(block.lines) != 1 or block.kind not in (Kind.SHORT, Kind.BODY, Kind.BYLINE):
        return False
    label = _LATIN_WRITER_LABEL.match(block.text)
    return label is not None and block.text[0].isupper() and _bare_name(block.with_(lines=(block.text[label.end() :],), kind=Kind.SHORT))


_KICKER_HEAD_WORDS = 3  # a head's line under a kicker of one word: three words or more
_KICKER_WIDTHS = {1: 2, 2: 3}  # a kicker of one word or two: the head under it twice or three times as wide


def kicker_word_over_its_head(lines: tuple[str, ...]) -> bool:
    """Two head lines, the first one word over a second of three words or more, twice as wide at
    least: a kicker over its title (a head wrapped by sense breaks at a phrase, not after its
    first word, and a narrow column's second line is no wider). "Ferry" / "Night boat returns to
    the river" is kicker and title, not one headline.

    >>> kicker_word_over_its_head(("Ferry", "Night boat returns to the river")), kicker_word_over_its_head(("Ferry back on the river, crews", "Otley yard works late"))
    (True, False)
    >>> kicker_word_over_its_head(("Harbour", "to be dredged"))  # not twice as wide
    False

    So a kicker of two words over a head three times as wide at least: "New cars" / "Small pickup
    reaches the island dealer" is kicker and title; "Harbour works" / "to be dredged soon" is one head.

    >>> kicker_word_over_its_head(("New cars", "Small pickup reaches the island dealer")), kicker_word_over_its_head(("Harbour works", "to be dredged soon"))
    (True, False)
    """
    widths = _KICKER_WIDTHS.get(len(lines[0].split())) if len(lines) == 2 else None
    return widths is not None and len(lines[1].split()) >= _KICKER_HEAD_WORDS and display_width(lines[1]) >= widths * display_width(lines[0])


_TITLE_CASE_KICKER_WORDS = 3  # a kicker in Title Case: a rubric of three words at most


def title_case_kicker_over_a_sentence_case_head(lines: tuple[str, ...]) -> bool:
    """Two head lines, the first a rubric of up to three capitalised words with no stop, over a
    head in sentence case (capitalised, a word of it in lower case) twice as wide at least: a
    kicker over its title, not one head wrapped (a head wrapped by sense keeps one case on both
    lines). "Harbour Days" / "Boats race on the river as crowds gather" is kicker and title
    (before, one title "Harbour Days Boats race on the river …").

    >>> title_case_kicker_over_a_sentence_case_head(("Harbour Days", "Boats race on the river as crowds gather"))
    True
    >>> title_case_kicker_over_a_sentence_case_head(("Petani Garut Panen", "Cabai Di Tengah Musim Hujan Ini"))  # one case
    False
    >>> title_case_kicker_over_a_sentence_case_head(("Kulliyat al-tibb shâlat", "180 tâlib min 1240"))
    False
    """
    if len(lines) != 2:
        return False
    upper, lower = lines[0].split(), lines[1].split()
    return (
        1 <= len(upper) <= _TITLE_CASE_KICKER_WORDS
        and all(word[0].isupper() for word in upper)
        and upper[-1][-1].isalpha()
        and len(lower) >= _KICKER_HEAD_WORDS
        and lower[0][0].isupper()
        and any(word[0].islower() for word in lower[1:])
        and display_width(lines[1]) >= 2 * display_width(lines[0])
    )


def _head_lines_over_a_labelled_writer(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A page's first head, set apart under its furniture on two printed lines (wrapped by sense, not
    by the column: read as two blocks, or as a paragraph of two lines), flush over a labelled
    writer's line (`_labelled_writer_line`) and the story's text: one head over its byline.
    No line of it ends a sentence or a clause (a comma inside is a head's).

    Before (holdout119's Palembang page): SHORT "Maling motor merajalelo, wong" / SHORT "Plaju galak
    ronda lagi" / BYLINE "Penulis: …" (title and subtitle); the Chadian Arabic page's "Kulliyat
    al-tibb shâlat" / "180 tâlib min 1240" (kicker and title); the Caribbean Hindustani page's BODY
    "Brommer chori ghatal, pulis ke" "gasht se faayda" / SHORT "Lekhak: Ravi Ramdin" (an untitled
    paragraph, the byline the title). After: one HEADLINE of two lines (no deck to split off), and
    its BYLINE.

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.FURNITURE, 0, "THE COURIER · p. 3"), b(Kind.SHORT, 1, "Ferry back on the river, crews"), b(Kind.SHORT, 0, "Otley yard works late"),
    ...         b(Kind.SHORT, 0, "Writer: Anna Berger"), b(Kind.BODY, 1, "OTLEY – The ferry sails again", "from Monday."))
    >>> [(x.kind.value, x.lines) for x in _head_lines_over_a_labelled_writer(page)][1:3]
    [('headline', ('Ferry back on the river, crews', 'Otley yard works late')), ('byline', ('Writer: Anna Berger',))]
    >>> page[:1] + (b(Kind.BODY, 1, "The ferry sails again. It was", "said so."),) + page[3:] == _head_lines_over_a_labelled_writer(page[:1] + (b(Kind.BODY, 1, "The ferry sails again. It was", "said so."),) + page[3:])
    True
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        one = block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) == 2
        two = block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) == 1 and i + 1 < len(blocks) and blocks[i + 1].kind in (Kind.BODY, Kind.SHORT) and len(blocks[i + 1].lines) == 1 and blocks[i + 1].gap == 0
        after = i + (1 if one else 2)
        if (
            (one or two)
            and i >= 1
            and blocks[i - 1].kind is Kind.FURNITURE
            and block.gap >= 1
            and after + 1 < len(blocks)
            and latin_ratio(block.text) >= 0.5
        ):
            lines = block.lines if one else block.lines + blocks[i + 1].lines
            writer, text = blocks[after], blocks[after + 1]
            if (
                all(line.rstrip()[-1:] not in ".!?,;:" and display_width(line) <= _LATIN_HEADLINE_WIDTH and not _SENTENCE_BEGUN.search(line) for line in lines)
                and not kicker_word_over_its_head(lines)
                and not title_case_kicker_over_a_sentence_case_head(lines)
                and writer.gap == 0
                and _labelled_writer_line(writer)
                and text.kind is Kind.BODY
                and len(text.lines) >= 2
            ):
                out += [block.with_(lines=lines, kind=Kind.HEADLINE), writer.with_(kind=Kind.BYLINE)]
                i = after + 1
                continue
        out.append(block)
        i += 1
    return tuple(out)


def _head_wrapped_set_apart(head: Block, marks: str) -> bool:
    """A head of two printed lines set apart after a blank, wrapped as a one-column head is, each
    line a head's (`_head_line`): "Hospital Tasbaya ra ala sirpi" / "baman bara sa" (Miskito, "the
    blood bank runs low"), over the writer's bare name, read as a paragraph of two lines (before:
    BODY, and the name under it the story's title). `_heads_over_bare_names` asks the rest.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> _head_wrapped_set_apart(b("Blood bank at the hospital", "runs low before the feast"), ".,!?;:")
    True
    >>> _head_wrapped_set_apart(b("The bank ran low, the doctor", "said"), ".,!?;:"), _head_wrapped_set_apart(b("Blood bank runs low"), ".,!?;:")
    (False, False)

    So is such a head already read as a head's lines (SHORT), its second line going on in lower
    case: before, "Aban radio lidan Garifuna" / "ñein Dangriga" / "Lucía Martínez" over the
    dateline lead (holdout123, Garifuna) was one title of three lines, the name in it, no byline.
    After: the head's two lines the title, the name the byline.

    >>> _head_wrapped_set_apart(Block(("Blood bank at the hospital", "runs low before the feast"), 1, gap=1, kind=Kind.SHORT), ".,!?;:")
    True
    """
    return (
        head.gap >= 1
        and len(head.lines) == 2
        and head.kind in (Kind.BODY, Kind.SHORT)
        and _head_line(head.with_(lines=head.lines[:1], kind=Kind.BODY), marks)
        and not any(mark in head.lines[1] for mark in marks)
        and display_width(head.lines[1]) <= _LATIN_HEADLINE_WIDTH
    )


def _head_line(head: Block, marks: str) -> bool:
    """One line of text opening as a Latin headline does, none of a sentence's `marks` in it, no
    wider than a headline."""
    return (
        head.kind is Kind.BODY
        and len(head.lines) == 1
        and _headline_start(head.text)
        and not any(mark in head.text for mark in marks)
        and display_width(head.text) <= _LATIN_HEADLINE_WIDTH
    )


def _words_recur_under(line: Block, text: Block) -> bool:
    """Every word of a short line recurs in the text under it: the line is that text's head, which
    names what the text tells, no writer's name over it (a writer does not name himself in the
    first lines of his story). A brief under a column's standing head ("KOART NIJS", West Frisian)
    over the next one: "Kollekte Nierstifting" / "De kollekte foar de Nierstifting hat yn
    Sylsterwâld…" looked like a byline under the first brief read as a lead.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> _words_recur_under(b("Kollekte Nierstifting"), b("De kollekte foar de Nierstifting hat", "1.243 euro opbrocht."))
    True
    >>> _words_recur_under(b("Sjoukje de Vries"), b("It bestjoer fan De Mounle hie al twa", "jier om jild frege."))
    False
    """
    words = set(re.findall(r"[^\W\d_]+", text.text.casefold()))
    return all(word in words for word in re.findall(r"[^\W\d_]+", line.text.casefold()))


def _bare_name(block: Block) -> bool:
    """A writer's name alone on its line: "Kovács Anna", "MARIE-ÈVE GAGNON", "Sjoukje de Vries";
    a word in lower case in it is a name's particle (`_NAME_PARTICLE_WORD`), not a brief's head's word
    ("Musuq ñan Ollantaytambuman", Quechua "new road to Ollantaytambo").

    >>> [_bare_name(Block((t,), 1, kind=Kind.SHORT)) for t in ("Kovács Anna", "Sjoukje de Vries", "Musuq ñan Ollantaytambuman")]
    [True, True, False]
    """
    return (
        block.kind in (Kind.SHORT, Kind.BODY)
        and len(block.lines) == 1
        and display_width(block.text) <= 40
        and 2 <= len(block.text.split()) <= 4
        and _NAME_LINE.match(block.text) is not None
        and not re.search(r"[\d.!?:;,]", block.text)
        and all(_NAME_PARTICLE_WORD.fullmatch(word) for word in block.text.split() if word[:1].islower())
    )


# The words in lower case a name holds: "de", "van der", "da", "ó", "ní", "bin", "zu", "y".
_NAME_PARTICLE_WORD = re.compile(r"d[aeiou]s?|d[eu]l|de[nr]|van|von|te[nr]?|zu[rm]?|la|le|el|al|y|e|[oó]|n[ií]|mac|bin|binti|af|av|à|a")


def _head_stack_end(out: list[Block], i: int) -> int | None:
    """Where a head stack starting at `out[i]` ends (the index of its story's first paragraph), or None."""
    first = out[i]
    above = out[i - 1] if i > 0 else None
    if above is not None and first.gap == 0:
        return None
    opens = (
        above is None
        or first.gap >= 2  # two blank lines: plain text's strongest break, between stories
        or i == 1 and len(above.lines) == 1  # the page's top line, set apart: its running head or masthead
        or above.kind in (Kind.FURNITURE, Kind.SOURCE, Kind.BYLINE)
        or ends_sentence(_AGENCY_MARK_AT_END.sub("", above.text))
        or _CLOSED_LINE.match(above.lines[-1]) is not None
    )
    if not opens or latin_ratio(first.text) < 0.5 or not _headline_start(first.text) or _HEADLINE_CUT_LATIN.search(first.lines[-1]):
        return None  # (a headline never stops on a joining word: "…trè strumenti novi è" is a sentence cut)
    lines = 0
    j = i
    while j < len(out) and out[j].kind in (Kind.BODY, Kind.SHORT) and lines + len(out[j].lines) <= _HEAD_STACK_LINES:
        block = out[j]
        opens = first_letter(block.text).isupper() or BY_A_NAME.fullmatch(block.text) is not None  # ("'e Carmela Russo")
        if j > i and (block.gap > 1 or not opens) or block.indent or not _stack_lines(block.lines):
            break
        if j > i and _text_under_a_first_question(out, j) is not block and _writer_line(out[j - 1].lines[-1]):
            break  # under the writer's name, an interview's first question: the text's, not the stack's
        lines += len(block.lines)
        j += 1
    while j > i and not (j < len(out) and _first_paragraph_under(out[i:j], _text_under_a_first_question(out, j))):
        j -= 1
    if j == i or ends_sentence(out[i].lines[0]) or out[i].lines[0][-1:] in ".!?":
        return None  # a stack opens on a line that ends no sentence ("Artikel VI." heads an article's clause)
    # (or its writer after the language's "by" in lower case: "Site n’aka Ngozi Okafor", "'e Carmela Russo")
    if all(block.kind is Kind.SHORT and len(block.lines) == 1 for block in out[i:j]) and not (
        _SURNAME_IN_CAPITALS.match(out[j - 1].text)
        or j == i + 2 and _name_under_a_sentence_case_head(first.text, out[j - 1].text)
        or j >= i + 3 and BY_A_NAME.fullmatch(out[j - 1].text) is not None
    ):
        return None  # read as a head already (but for its writer's name, which the stack's reading finds)
    if j == i + 1 and len(first.lines) == 1 and first.gap < 2 and (above is None or above.kind is not Kind.FURNITURE):
        # a line alone between paragraphs may be a paragraph's first, set apart by the engine: a
        # head only if it is clearly shorter than the column ("Tolls stay the same"); at the
        # page's top it may be the last line of a story from the page before
        if above is None or display_width(first.text) >= 0.8 * max(display_width(line) for line in out[j].lines):
            return None
    return j


def _writer_line(line: str) -> bool:
    """A line that may name a head stack's writer: "KAREL NOVOTNÝ", "Rūta JANKAUSKIENĖ", "Anna Berg"."""
    return display_width(line) <= 40 and not ends_sentence(line) and (_in_capitals(line) or _NAME_LINE.match(line) is not None)


def _text_under_a_first_question(out: list[Block], j: int) -> Block:
    """The block a head stack's first paragraph is judged by: an interview's first question, a
    line of its own ending in "?", stands over the answer, whose wrapped lines are the text's
    ("Čo robí včelár v decembri?" / "Hlavne nič nepokazí. Včely sa…"), and a letter's greeting
    over its text ("A Eagarthóir, a chara," / "Tá soilse na sráide…")."""
    question = out[j]
    if len(question.lines) == 1 and question.kind is Kind.BODY and (question.text.endswith("?") or letter_formula(question.text)) and j + 1 < len(out):
        return out[j + 1]
    return question


def _first_paragraph_under(stack: list[Block], below: Block) -> bool:
    """`below` is the wrapped paragraph a head stack stands over, and no line of the stack is a
    paragraph's own: a line as wide as the paragraph's, flush over it or ending a stack of more,
    is a paragraph's line ("HARLOW — Margaret Ann (Dobbs)" / "Holloway, 87, of Harlow, died"),
    and a block of lines none of them
    wider than the column is a wrapped paragraph (a deck set across the columns is wider, and a
    line in capitals, a kicker's or an agency's, is none of a paragraph's)."""
    if below.kind is not Kind.BODY or len(below.lines) < 2:
        return False
    measure = max(display_width(line) for line in below.lines)
    last = stack[-1].lines[-1]
    column_wide = 0.8 * measure <= display_width(last) <= 1.15 * measure
    if (below.gap == 0 or len(stack) > 1 or len(stack[0].lines) > 1) and not _in_capitals(last) and column_wide:
        return False  # (the last line of a stack is a byline, a deck wider than the column, or a headline)
    return all(
        _wrapped_headline(block.lines, measure) or _deck_wrapped_over_a_writer(stack, k)
        if any(line[:1].islower() for line in block.lines)
        else len(block.lines) == 1 or any(_in_capitals(line) for line in block.lines) or _deck_under_headline(block.lines, measure)
        for k, block in enumerate(stack)
    )


def _deck_wrapped_over_a_writer(stack: list[Block], k: int) -> bool:
    """`stack[k]` is a deck wrapped at the column as the text is, ending no sentence (a paragraph
    ends on one), between its headline and the writer's name alone on the stack's last line:
    "Fèis a' Chaolais a' comharrachadh fichead bliadhna" / "Còrr air ceud sgoilear a' gabhail
    pàirt ann an" / "seachdain de chiùil is dannsa" / "Le Catrìona NicAoidh" (holdout32's Gaelic
    page: before, the deck was the text's first paragraph and the name a subhead).

    >>> head, name = Block(("Fèis Bharraigh aig fichead",), 3), Block(("Le Seonag Dhòmhnallach",), 8)
    >>> deck = Block(("Ceud sgoilear a' gabhail pàirt ann an", "seachdain de chiùil is dannsa"), 5)
    >>> _deck_wrapped_over_a_writer([head, deck, name], 1), _deck_wrapped_over_a_writer([head, deck.with_(lines=("Bha ceud sgoilear ann an", "seachdain de chiùil.")), name], 1)
    (True, False)
    """
    block, last = stack[k], stack[-1]
    return 0 < k == len(stack) - 2 and len(block.lines) <= 3 and not ends_sentence(block.lines[-1]) and len(last.lines) == 1 and _NAME_LINE.match(last.text) is not None


def _wrapped_headline_over(blocks: tuple[Block, ...], i: int) -> bool:
    """`blocks[i]` is a headline wrapped over lines that go on in lower case, over the wrapped text
    of `blocks[i + 1]` (`_wrapped_headline`)."""
    block, below = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        below is not None
        and below.kind is Kind.BODY
        and len(below.lines) >= 2
        and all(_goes_on_in_lower_case(line) for line in block.lines[1:])
        and _wrapped_headline(block.lines, max(display_width(line) for line in below.lines))
    )


def _wrapped_headline(lines: tuple[str, ...], measure: int) -> bool:
    """Lines over a paragraph whose breaks the column's measure did not force: each would have
    taken the next line's first word and still been narrower than the paragraph's widest line,
    and none ends a sentence. A headline wrapped by hand over two or three lines reads so in any
    language ("Oprava Brněnské ulice začne" / "až na jaře, řidiči si oddechnou"); a paragraph's
    lines fill the measure. A kicker in capitals may stand first ("DOPRAVA" over them)."""
    lines = lines[1:] if len(lines) > 1 and _in_capitals(lines[0]) and not lines[1][:1].islower() else lines
    return (
        2 <= len(lines) <= 3
        and not any(line.rstrip()[-1:] in ".!?" or "@" in line for line in lines)
        and all(len(line.split()) >= 2 for line in lines)  # a name over an e-mail address is a byline
        and all(display_width(line) + 1 + display_width(after.split()[0]) < measure for line, after in zip(lines, lines[1:]))
        and display_width(lines[-1]) < measure
    )


def _deck_under_headline(lines: tuple[str, ...], measure: int) -> bool:
    """Two lines, the second wider than the column: a headline and its deck set across the columns
    ("Mutirão zera fila de cirurgias de catarata" / "Hospital regional realizou 1.240 procedimentos
    em quatro semanas; novo mutirão…"); a wrapped paragraph's last line is its shortest."""
    return len(lines) == 2 and display_width(lines[1]) > max(display_width(lines[0]), 1.15 * measure)


def _goes_on_in_lower_case(line: str) -> bool:
    """A line that goes on a headline in sentence case wrapped over it: its words mostly in lower
    case ("až na jaře, řidiči si oddechnou"). A Title Case headline's line never starts in lower
    case: "henry Phillips" under "Stock and Good Will From Mr 1" is OCR's misreading. Nor does a
    headline's wrapped line end one sentence and begin the next: "sang P380 milyon. Nagsugod ang"
    is a paragraph's line (a caption cut it from its next words).

    >>> _goes_on_in_lower_case("až na jaře, řidiči si oddechnou"), _goes_on_in_lower_case("sang P380 milyon. Nagsugod ang")
    (True, False)
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    return sum(w[:1].islower() for w in words) > sum(w[:1].isupper() for w in words) and not _SENTENCE_BEGUN.search(line)


# One sentence ended and the next begun inside a line: a word in lower case and its full stop
# (no abbreviation's capital: "Engr. Ramon", "Dr. Smith"), then a word in capitals.
_SENTENCE_BEGUN = re.compile(r"\b[^\W\d_A-Z]{3,}[.!?]\s+[A-ZÀ-ÖØ-Þ][^\W\d_]*\s")


def _stack_lines(lines: tuple[str, ...]) -> bool:
    """Lines that can stand in a head stack: each whole (no hyphen, comma or open clause at its
    end), none wider than a deck; a line in lower case goes on a headline wrapped over it (which
    `_wrapped_headline` checks against the measure of the text under it)."""
    return all(n == 0 or line[:1].isupper() or _goes_on_in_lower_case(line) and not ends_sentence(lines[n - 1]) for n, line in enumerate(lines)) and all(
        display_width(line) <= _DECK_WIDTH and not re.search(r"[-,;:(]$", line) and not _CLOSED_LINE.match(line)
        for line in lines
    )


# A chart's title, set into the text with its figures, its note and who drew it under it:
# "图表：全市乡镇企业产值逐年增长（单位：亿元）" / "１９８１年　３．２　…" / "注：…　　本报资料室制图".
_CHART_TITLE = re.compile(r"^(?:图表|圖表)[：:]")
_CHART_DRAWN = re.compile(r"(?:制图|製圖|绘图|繪圖)$")
_CHART_LINES = 4  # a chart's figures and note under its title: a few lines


def _charts_set_in(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A chart set into a story's text: the lines flush under its title line (`_CHART_TITLE`) down
    to the one that names who drew it (`_CHART_DRAWN`: its figures, its note) are its credit, one
    block, so that `lift_caption` lifts the title as a credited caption and the text they cut reads
    on. Before: the figures, the note and the credit read into the paragraph under them (holdout17)."""
    out: list[Block | None] = list(blocks)
    for i, title in enumerate(blocks):
        if len(title.lines) != 1 or not _CHART_TITLE.match(title.text):
            continue
        end = i + 1
        while end < min(len(blocks), i + 1 + _CHART_LINES) and blocks[end].gap == 0 and blocks[end].kind in (Kind.BODY, Kind.SHORT):
            if _CHART_DRAWN.search(blocks[end].lines[-1].rstrip()):
                lines = tuple(line for b in blocks[i + 1 : end + 1] for line in b.lines)
                out[i], out[i + 1] = title.with_(kind=Kind.SHORT), blocks[i + 1].with_(lines=lines, kind=Kind.CREDIT)
                out[i + 2 : end + 1] = [None] * (end - i - 1)
                break
            end += 1
    return tuple(b for b in out if b is not None)


# A chart's credit that names both where its figures come from and who drew it, on one line:
# "数据来源：市房地产交易中心　制图：蔺　岚", "資料來源：統計處　製圖：李明".
_SOURCE_AND_MAKER = re.compile(r"^(?:数据|資料|资料|數據)?(?:来源|來源)[：:]\S.{0,40}?[\u3000 ]+(?:制图|製圖|绘图|繪圖)[：:]\s*\S.{0,12}$")


def _charts_credited_to_source_and_maker(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A chart set into a story's text, read as its title line flush over a credit that names its
    data's source and its maker (`_SOURCE_AND_MAKER`), is a caption and its credit: the title is
    the chart's caption, not a data panel's title, and the source is the chart's, not a table's
    furniture (`lift_caption` lifts the pair, and the sentence they cut reads on).

    Before: "1至5月二手住宅成交均价走势（元/平方米）" / "数据来源：市房地产交易中心　制图：蔺　岚"
    both furniture, the caption lost. After: SHORT and CREDIT, a credited caption.

    >>> page = (Block(("价格往下走以后，不少买家开始",), 1, kind=Kind.BODY),
    ...         Block(("1至5月新房成交均价走势（元/平方米）",), 3, gap=1, kind=Kind.FURNITURE),
    ...         Block(("数据来源：市统计局　制图：林　岚",), 4, kind=Kind.FURNITURE),
    ...         Block(("出手，周末看房的人多了一倍。",), 6, gap=1, kind=Kind.BODY))
    >>> [b.kind.value for b in _charts_credited_to_source_and_maker(page)]
    ['body', 'short', 'credit', 'body']
    >>> [b.kind.value for b in _charts_credited_to_source_and_maker((page[0], page[2].with_(gap=1), page[3]))]
    ['body', 'furniture', 'body']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        title, credit = blocks[i], blocks[i + 1]
        if (
            len(title.lines) == 1
            and len(credit.lines) == 1
            and credit.gap == 0
            and title.kind in (Kind.FURNITURE, Kind.SHORT, Kind.BODY)
            and not ends_sentence(title.text)
            and _SOURCE_AND_MAKER.match(credit.text.strip())
            and any(b.kind is Kind.BODY for b in blocks[:i])
            and any(b.kind is Kind.BODY for b in blocks[i + 2 :])
        ):
            out[i], out[i + 1] = title.with_(kind=Kind.SHORT), credit.with_(kind=Kind.CREDIT)
    return tuple(out)


# A figures row of a column's item: a label, its colon, a figure and its unit, then a cell or two
# more: "收盤：128.5元　漲3.5元", "收市：31.20元　跌0.4元".
_ITEM_FIGURES_ROW = re.compile(
    r"^[\u4e00-\u9fff]{1,4}[：:]\s*[-+]?\d[\d,.]*[\u4e00-\u9fff%％]{0,2}(?:\u3000+[\u4e00-\u9fff]{0,3}[-+]?\d[\d,.]*[\u4e00-\u9fff%％]{0,2}){1,3}$"
)


def _figure_rows_closing_items(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A row of labelled figures flush under an item's text, set apart from what comes next, is
    the item's last row (`Kind.ROW`, a paragraph of the item): not the kicker of the next item's
    head, nor a head of its own. A stocks-to-watch column closes each stock so.

    Before: BODY "伺服器訂單增加，法人看好出貨。" / SHORT "收盤：128.5元　漲3.5元" ⏎⏎ SHORT
    "港埔鋼鐵（2039）" (the row the next stock's kicker). After: the row the first stock's.

    >>> page = (Block(("伺服器訂單增加，法人看好出貨。",), 1, indent=True, kind=Kind.BODY),
    ...         Block(("收盤：128.5元　漲3.5元",), 2, kind=Kind.SHORT),
    ...         Block(("港埔鋼鐵（2039）",), 4, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _figure_rows_closing_items(page)]
    ['body', 'row', 'short']
    >>> [b.kind.value for b in _figure_rows_closing_items((page[0], page[1], page[2].with_(gap=0)))]
    ['body', 'short', 'short']
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        block, above = blocks[i], blocks[i - 1]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind is Kind.SHORT
            and len(block.lines) == 1
            and block.gap == 0
            and above.kind is Kind.BODY
            and ends_sentence(above.text)
            and (below is None or below.gap >= 1 or below.kind is Kind.FURNITURE)
            and _ITEM_FIGURES_ROW.match(block.text.strip())
        ):
            out[i] = block.with_(kind=Kind.ROW)
    return tuple(out)


def _sentences_going_on_under_a_credit(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The rest of a sentence cut by a photo, its first line read alone under the caption's
    credit, is text, not a head: the paragraph over the caption stops mid-sentence, and the
    line runs on, no sentence ended, into the text flush under it.

    Before: BODY "旺角一間金舖嘅店員話，" ⏎⏎ caption ⏎ CREDIT "（岑卓思攝）" ⏎⏎ SHORT
    "呢幾日多咗好多人嚟買金粒：「好多客" / BODY "覺得金價仲會升。」" (a subhead). After: BODY.

    >>> page = (Block(("店員話，",), 1, indent=True, kind=Kind.BODY), Block(("市民排隊。",), 3, gap=1, kind=Kind.CAPTION),
    ...         Block(("（岑卓思攝）",), 4, kind=Kind.CREDIT), Block(("呢幾日多咗好多人嚟買金粒：「好多客",), 6, gap=1, kind=Kind.SHORT),
    ...         Block(("覺得金價仲會升。」",), 7, kind=Kind.BODY))
    >>> [b.kind.value for b in _sentences_going_on_under_a_credit(page)]
    ['body', 'caption', 'credit', 'body', 'body']
    >>> [b.kind.value for b in _sentences_going_on_under_a_credit((page[0].with_(lines=("店員話。",)), *page[1:]))]
    ['body', 'caption', 'credit', 'short', 'body']
    """
    out = list(blocks)
    for i in range(3, len(blocks) - 1):
        block, below = blocks[i], blocks[i + 1]
        cut, caption, credit = blocks[i - 3], blocks[i - 2], blocks[i - 1]
        if (
            block.kind is Kind.SHORT
            and len(block.lines) == 1
            and not block.indent
            and not ends_sentence(block.text)
            and credit.kind is Kind.CREDIT
            and caption.kind in (Kind.CAPTION, Kind.BODY)
            and len(caption.lines) == 1
            and cut.kind is Kind.BODY
            and not ends_sentence(cut.text)
            and below.kind is Kind.BODY
            and below.gap == 0
            and not below.indent
        ):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


# A figure printed large in a data box (数说, 数据) over the words that say what it counts: a number and
# its unit or a percentage, no more ("51.6万吨", "9座", "86%"); not a date's year, month or day.
_BOX_FIGURE = re.compile(r"^[0-9０-９][0-9０-９.．,，]*\s*(?:[%％‰]|(?![年月日时時版期号號])[\u4e00-\u9fff]{1,3})$")


def _figures_over_labels(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A data box's figure on a line of its own over the words that say what it counts opens the
    paragraph of those words, a row of the box (`Kind.ROW`): no headline of a story of its own,
    and no text cut at a column break runs on into it.

    Before: "51.6万吨" (a headline) / "全县全年粮食总产量，比上年增加1.3万吨。" (its story's text).
    After: one paragraph "51.6万吨全县全年粮食总产量，比上年增加1.3万吨。" of the box it stands in.

    >>> box = (Block(("9座",), 5, gap=1, kind=Kind.SHORT), Block(("今年新建粮食烘干中心。",), 6, kind=Kind.BODY))
    >>> [(b.kind.value, b.lines) for b in _figures_over_labels(box)]
    [('row', ('9座', '今年新建粮食烘干中心。'))]
    >>> [b.kind.value for b in _figures_over_labels((box[0].with_(lines=("2026年",)), box[1]))]
    ['short', 'body']
    """
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if (
            above is not None
            and block.kind is Kind.BODY
            and block.gap <= 1
            and above.kind is Kind.SHORT
            and len(above.lines) == 1
            and _BOX_FIGURE.match(above.text.strip())
            and not (block.indent and not above.indent)
        ):
            out[-1] = block.with_(lines=(*above.lines, *block.lines), start=above.start, gap=above.gap, indent=above.indent, kind=Kind.ROW)
            continue
        out.append(block)
    return tuple(out)


_SLOGAN_WIDTH = 60  # display cells: a slogan is a line, not a paragraph


# Watchwords set side by side: three or more phrases of two to six characters ("抢晴天　抓季节　保全苗").
_PARALLEL_PHRASES = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:[　 ，,]+[\u4e00-\u9fff]{2,6}){2,}[！!]?$")


def _slogans_under_the_running_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set alone between the running head and the page's first headline, a cry ending in
    an exclamation mark, is a slogan the page prints over its stories (a 1958 page's
    "鼓足干劲，力争上游，多快好省地建设社会主义！"), not a story of its own. A page that sets
    no blank line between its paragraphs sets none around the slogan either (a 1956 page's
    "为提前完成第一个五年計劃而奋斗！" flush between its running head and first headline),
    or a works paper's watchwords, three or more short phrases set apart by spaces with no mark
    ("鼓足干劲　安全正点　多拉快跑").
    """
    out = list(blocks)
    flush = not any(b.gap for a, b in zip(blocks, blocks[1:]) if a.kind is b.kind is Kind.BODY)
    for i in range(1, len(out) - 1):
        block, below = out[i], out[i + 1]
        if out[i - 1].kind is not Kind.FURNITURE or not all(b.kind is Kind.FURNITURE for b in out[:i]):
            break
        if (
            block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW)  # (phrases set apart by spaces read as a table's row)
            and len(block.lines) == 1
            and (flush or block.gap >= 1 and below.gap >= 1)
            and below.kind in (Kind.SHORT, Kind.HEADLINE)
            and (block.text.rstrip()[-1:] in "！!" or _PARALLEL_PHRASES.match(block.text.strip()))
            and display_width(block.text) <= _SLOGAN_WIDTH
        ):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


_LABEL_WORDS_MAX = 2  # a page's section label: "NUSANTARA", "LA REGIÓN"; a headline says more
_FLUSH_LABEL_WORDS_MAX = 4  # set flush under the running head, its last line: "NOTÍCIAS DA REGIÃO"

# A brief's head run into its text, a word or three and a full stop: "Véradás. A Magyar…",
# "Adventi vásár. Szombaton…"; a sentence goes on after its first words. The stop only sets the
# head off, as a dash or a colon does: it is no part of the head (the title "Véradás").
_RUN_IN_HEAD = re.compile(r"^(?P<head>[^\W\d_a-zß-ÿ][^\W\d_]*(?:[ -][^\W\d_]+){0,2})\.\s+(?=[^\W\d_a-zß-ÿ])")
# Or set off from its text by a dash, with or without its full stop, and then it may run longer:
# "FOURTH OF JULY. -- The day passed…", "Sửa chữa đường liên xã - Huyện Thanh Sơn…", a word of
# it hyphenated ("Ceardlann sean-nóis - Beidh…"); no comma in it, so a dateline ("COLUMBUS, July
# 8. -- Dispatches…") is none.
_DASHED_RUN_IN_HEAD = re.compile(
    r"^(?P<head>[^\W\d_a-zß-ÿ][^\W\d_]*(?:['’][^\W\d_]*|-[^\W\d_]+)*(?: [^\W\d_]+(?:['’][^\W\d_]*|-[^\W\d_]+)*){0,11}\.?)\s+(?:--?|[–—])\s+(?=[^\W\d_a-zß-ÿ])"
)

# Or by a colon, a few words (five at most: a book's title, "Nga Manu o te Roto: Te tusi…") and no figure:
# "Umhlangano womphakathi: Kuzoba nomhlangano…" (isiZulu),
# a word's combining accents in it ("Ẹ̀jẹ̀ fífún: Àwọn…", Yoruba), or a glottal stop's apostrophe
# ("K'ay ti' Dios: Coro…", Mopan). Not one letter: that is an interview's run-in label, its
# question's or answer's ("T: Berapa murid…? J: Sekitar…", Indonesian tanya/jawab; "Q:", "A:").
_COLON_RUN_IN_HEAD = re.compile(
    r"^(?![^\W\d_]:)(?P<head>[^\W\d_a-zß-ÿ](?:[^\W\d_]|[\u0300-\u036f]|['’](?=[^\W\d_]|[ :]))*(?:[ -](?:[^\W\d_]|[\u0300-\u036f]|['’](?=[^\W\d_]|[ :]))+){0,4}):\s+(?=[^\W\d_a-zß-ÿ])"
)


def _run_in_brief_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Under a briefs column's name (`_briefs_banner`: "RÖVIDEN", "KORT NYTT"), paragraphs that each
    open on a head of a word or three and a full stop are the briefs, the head run into the
    text their headline: two such paragraphs in a row or more, so a story whose text happens to
    open so is left alone.

    Before: SHORT "RÖVIDEN" / BODY "Véradás. A Magyar Vöröskereszt…" / BODY "Adventi vásár.
    Szombaton…". After: HEADLINE "Véradás" (the stop sets it off) over BODY "A Magyar Vöröskereszt…", and so on,
    past a running foot printed inside the column (`_brief_past_a_foot`). A dash may set the head
    off instead (`_DASHED_RUN_IN_HEAD`): under "TIN VẮN", BODY "Hội thi nấu ăn ngon - Hội Liên
    hiệp…" is HEADLINE "Hội thi nấu ăn ngon" over BODY "Hội Liên hiệp…". So may a colon
    (`_COLON_RUN_IN_HEAD`): under "AMAFUPHI", "Ukunikela ngegazi: Isevisi yegazi…".

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> column = (b(Kind.SHORT, "HÍREK"), b(Kind.BODY, "Lomtalanítás. Szombaton lomtalanítás lesz."), b(Kind.BODY, "Vízszünet. Kedden nem lesz víz."))
    >>> [(x.kind.value, x.text) for x in _run_in_brief_heads(column)][1:3]
    [('headline', 'Lomtalanítás'), ('body', 'Szombaton lomtalanítás lesz.')]
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        banner = blocks[i]
        out.append(banner)
        i += 1
        # (a banner whose first word is also a language's "by" reads as a byline: "NĀ NŪHOU PŌKOLE",
        # Hawaiian "the short news", where Māori "Nā" signs; briefs under it say it is none)
        if len(banner.lines) != 1 or not _briefs_banner(banner, out[-2] if len(out) > 1 else None, blocks[i:]):
            continue
        j, heads = i, 0
        while j < len(blocks) and (_run_in_brief(blocks[j]) or heads and (_brief_past_a_foot(blocks, j) or _signed_under_a_brief(blocks, j))):
            heads += _run_in_brief(blocks[j])
            j += 1
        if heads < 2:
            continue
        out[-1] = banner.with_(kind=Kind.SHORT)
        if _datelined_items(blocks, i, j):
            continue  # (a log's label over its paragraphs: `_dashed_item_heads` leaves a department's items alone)
        for block in blocks[i:j]:
            head = _run_in_head(block.lines[0]) if block.kind is Kind.BODY else None
            if head is None:
                out.append(block)
                continue
            out.extend(_head_run_in_apart(block, head))
        i = j
    return tuple(out)


_BRIEF_CHARS = 400  # a brief's one paragraph: a sentence or three
_HEADED_BRIEFS_ABOVE = 2  # items under heads of their own over the run-in one


def _run_in_item_after_headed_briefs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short paragraph opening on a head of a word or three and a colon (`_COLON_RUN_IN_HEAD`),
    set apart under two briefs or more that each stand under a head of their own over one short
    paragraph, and closing the column (the page's foot, its end or the next head under it), is the
    column's next brief with its head run in, not the last item's second paragraph: its head
    is a HEADLINE over its text (as `_run_in_brief_heads` does for a column all run in).

    Before: SHORT "Storchn sin furt" / BODY "Des Storchnpaar…" / SHORT "Schildkröt »Franz« widder
    daham" / BODY "A Nachbar hat…" / BODY "Hundeschwimma: Am Sunndoch derfn die Hund…" (the dog
    swim a paragraph of the tortoise item). After: HEADLINE "Hundeschwimma" over BODY "Am
    Sunndoch…".

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> column = (b(Kind.SHORT, 0, "Störche sind fort"), b(Kind.BODY, 1, "Das Paar ist nach Afrika geflogen."), b(Kind.SHORT, 1, "Kater wieder da"),
    ...     b(Kind.BODY, 1, "Ein Nachbar fand ihn im Garten."), b(Kind.BODY, 1, "Hundeschwimmen: Am Sonntag dürfen die Hunde ins Freibad."))
    >>> [(x.kind.value, x.text) for x in _run_in_item_after_headed_briefs(column)][4:]
    [('headline', 'Hundeschwimmen'), ('body', 'Am Sonntag dürfen die Hunde ins Freibad.')]
    >>> [x.kind.value for x in _run_in_item_after_headed_briefs(column[2:])]  # one headed brief over it: a story's paragraph
    ['short', 'body', 'body']
    """
    out: list[Block] = list(blocks[: 2 * _HEADED_BRIEFS_ABOVE])
    for i in range(2 * _HEADED_BRIEFS_ABOVE, len(blocks)):
        block = blocks[i]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        head = _COLON_RUN_IN_HEAD.match(block.lines[0]) if block.kind is Kind.BODY else None
        items = blocks[i - 2 * _HEADED_BRIEFS_ABOVE : i]
        if (
            head is not None and block.gap >= 1 and len(block.text) <= _BRIEF_CHARS and ends_sentence(block.text)
            and (below is None or below.kind in (Kind.FURNITURE, Kind.SHORT, Kind.HEADLINE))
            and all(
                h.kind in (Kind.SHORT, Kind.HEADLINE) and len(h.lines) == 1 and not ends_sentence(h.text)
                and t.kind is Kind.BODY and len(t.text) <= _BRIEF_CHARS and ends_sentence(t.text)
                for h, t in zip(items[0::2], items[1::2], strict=True)
            )
        ):
            out.extend(_head_run_in_apart(block, head))
        else:
            out.append(block)
    return tuple(out)


def _datelined_items(blocks: tuple[Block, ...], i: int, j: int) -> bool:
    """The items `blocks[i:j]` each open on a place in capitals and a dash, as a story of the page
    above them opens on its dateline: "KWAMHLANGA – Amapholisa akhalimela…" (the story), then under
    "Amacala weveke" (Southern Ndebele "the week's cases") "SIYABUSWA – Indoda…", "VERENA –
    Isitolo…". The paper prints its datelines so: the items are a blotter's paragraphs, each
    opening on its dateline, not briefs under run-in heads (before: "SIYABUSWA", "VERENA" read as
    three stories' titles). A column of briefs under firms' names in capitals on a page whose
    stories print no such dateline keeps its heads ("GEREHU BEKERI – Gerehu ai bekeri…").
    Items set solid, each at the paragraph's indent right under the one before, are one piece's
    paragraphs whatever the place's case: "BRANDHILL – A farmer…" (the story), then under "Police
    log" "   Mill Lane – Saturday, a van…" / "   Upper Ferry – Sunday, two boys…" (before: "Mill
    Lane", "Upper Ferry" read as stories' titles); briefs under such heads stand a blank line apart.

    >>> story = Block(("KWAMHLANGA – Amapholisa akhalimela abalimi.",), 5, gap=1, kind=Kind.BODY)
    >>> label = Block(("Amacala weveke",), 9, kind=Kind.SHORT)
    >>> items = (Block(("SIYABUSWA – Indoda ibotjhwe.",), 11, gap=1, kind=Kind.BODY), Block(("VERENA – Isitolo sigqekezwe.",), 13, gap=1, kind=Kind.BODY))
    >>> _datelined_items((story, label, *items), 2, 4), _datelined_items((story.with_(lines=("Amapholisa akhalimela abalimi.",)), label, *items), 2, 4)
    (True, False)
    >>> solid = (Block(("Mill Lane – A van was taken.",), 11, gap=1, indent=True, kind=Kind.BODY), Block(("Upper Ferry – Two boys came home.",), 12, indent=True, kind=Kind.BODY))
    >>> _datelined_items((story, label, *solid), 2, 4), _datelined_items((story, label, solid[0], solid[1].with_(gap=1)), 2, 4)
    (True, False)
    """
    def dash(block: Block, capitals: bool = True) -> str | None:
        head = _DASHED_RUN_IN_HEAD.match(block.lines[0]) if block.kind is Kind.BODY else None
        if head is None or capitals and not in_capitals(head.group("head"), _BANNER_CAPITALS):
            return None
        return block.lines[0][head.end("head") : head.end()].strip()

    # (a place in small letters is a brief's head as often: only items set solid are taken so)
    briefs = [block for block in blocks[i:j] if _run_in_brief(block)]
    solid = all(block.gap == 0 and block.indent for block in briefs[1:])
    items = [dash(block, capitals=not solid) for block in briefs]
    return None not in items and any(dash(block) in items for block in blocks[: i - 1])


_BRIEFS_BANNER_WORDS = 3  # "RÖVIDEN", "Politsei kroonika", "Kort nytt": a name, no headline


def _dashed_brief_flush_under(below: Block) -> bool:
    """A brief set flush under its column's name (the name a blank line under what is above), its
    head in sentence case run in on a dash: "Taini news" / "Bus fares – The fare to…" (before: the
    briefs one paragraph each under the name, one article). A head in capitals is a dateline's
    place, "ALISHAN – …", a story's first words.

    >>> _dashed_brief_flush_under(Block(("Bus fares – The fare to town is ten dollars.",), 2, kind=Kind.BODY))
    True
    >>> _dashed_brief_flush_under(Block(("HILLTOWN – The fare to town is ten dollars.",), 2, kind=Kind.BODY))
    False
    """
    head = _DASHED_RUN_IN_HEAD.match(below.lines[0])
    return below.gap == 0 and head is not None and not in_capitals(head.group("head"), _BANNER_CAPITALS)


def _briefs_banner(banner: Block, above: Block | None, following: tuple[Block, ...]) -> bool:
    """A briefs column's name: a word or three in capitals ("RÖVIDEN"), or in sentence case with
    a blank line under it, after a blank or a finished story ("…vallast." / "Politsei kroonika" /
    "" / "Rõugõ vallan – Neläpäivä…", Võro "police chronicle"); on an indent-only page, over its
    first brief at the paragraph's indent ("Kort nytt" / "   Bybrua: Arbeidet starter…"); or flush
    under the one-line foot of a signed notice above, its issuer or its date row ("Harbour Board of
    Eastby" / "Short news" / "Quay – The east quay…"), which ends no sentence."""
    below = following[0] if following else None
    under_a_rule = _glued_under_a_boxs_foot_rule(above, following)
    # (its first brief's head set off by a dash: a speaker's label and its colon open an interview's turn, "Blatl: Hosto…")
    under_a_foot = above is not None and above.kind is Kind.SHORT and len(above.lines) == 1 and banner.gap == 0 and below is not None and _DASHED_RUN_IN_HEAD.match(below.lines[0]) is not None
    # (set apart over its first brief flush under it, its head set off by a dash: read as a subhead
    # of the story above, "…said the captain." / "" / "Short news" / "Buses – Free buses run…")
    over_a_dashed_brief = banner.gap >= 1 and below is not None and _dashed_brief_flush_under(below)
    set_apart = below is not None and (
        (banner.gap >= 1 or above is None or ends_sentence(above.text)) and (below.gap >= 1 or below.indent or banner.gap >= 1 and _set_solid_over_briefs_set_apart(following))
        or under_a_foot or _glued_between_a_sentence_and_a_brief(banner, above, below) or under_a_rule or over_a_dashed_brief
        # (a blank line over it, its first brief flush under it: "" / "Short news" / "Quay works: The east quay…")
        or banner.gap >= 1 and below.gap == 0 and (_opens_on_a_head_of_words(below) or _run_in_heads_each_once(following))
    )
    # (under a box's closing rule, over its briefs, a name of four words: "Talk of good health")
    return len(banner.text.split()) <= (_BRIEFS_BANNER_WORDS + under_a_rule) and (
        banner.kind in (Kind.SHORT, Kind.BYLINE) and _in_capitals(banner.text)
        # (read as a paragraph's line where it stands flush under the story before)
        or (banner.kind in (Kind.SHORT, Kind.BODY) or banner.kind is Kind.HEADING and over_a_dashed_brief)
        and set_apart and banner.text[:1].isupper() and not ends_sentence(banner.text)
    )


# A Q&A's turn opening on its speaker's label, a word and a colon: "Question: …", "Mitmopsu: …";
# or a small word and a word, where a language marks its noun so: "Ga kunua: …" (Tigak "the question").
_QA_TURN_OPENS = re.compile(r"^(?:[^\W\d_]{1,3} )?[^\W\d_][^\W\d_'’]{0,15}:\s")


def _question_apart_from_its_turn(blocks: tuple[Block, ...], i: int) -> tuple[Block, ...]:
    """blocks[i], or its question line and the Q&A turn read into its block apart, where it stands
    under a label glued under a box's closing rule: "Can I park at night?" ⏎ "Question: …"."""
    block = blocks[i]
    glued = i >= 2 and len(blocks[i - 2].lines) == 1 and RULE_LINE.match(blocks[i - 2].text.strip()) is not None and len(blocks[i - 1].lines) == 1
    if not glued or block.kind is not Kind.BODY or len(block.lines) < 2 or not block.lines[0].endswith("?") or not _QA_TURN_OPENS.match(block.lines[1]):
        return (block,)
    return block.with_(lines=block.lines[:1]), block.with_(lines=block.lines[1:], start=block.start + 1, gap=0)


def _label_and_head_glued_under_a_boxs_foot_rule(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Two short lines set solid under a box's closing rule, neither ending a sentence, over text
    flush under them, the upper the narrower, are the next column's label and its head: the rule
    closes the box as a finished sentence closes a story, and no paragraph opens on two lines that
    stop short.

    Before: "=====" / "Police advice" / "Lock the dinghy at night" / "A dinghy left on the beach…"
    read as one paragraph of the box above. After: two short lines (the column's kicker and
    title) over its text. On a page that opens its paragraphs on their indent, the upper may be
    the wider: "=====" / "New album" / "Riverside" / "   The band's first album…".

    >>> b = lambda kind, text: Block((text,), 1, kind=kind)
    >>> page = (b(Kind.SHORT, "====="), b(Kind.BODY, "Police advice"), b(Kind.BODY, "Lock the dinghy at night"), b(Kind.BODY, "A dinghy left on the beach is easy to take."))
    >>> [x.kind.value for x in _label_and_head_glued_under_a_boxs_foot_rule(page)]
    ['short', 'short', 'short', 'body']
    >>> [x.kind.value for x in _label_and_head_glued_under_a_boxs_foot_rule(page[:2] + (b(Kind.BODY, "Lock it."), page[3]))][1:3]  # a sentence: text
    ['body', 'body']
    >>> album = (page[0], b(Kind.BODY, "New album"), b(Kind.SHORT, "Riverside"), b(Kind.BODY, "The band's first album is out."))
    >>> [x.kind.value for x in _label_and_head_glued_under_a_boxs_foot_rule(album[:3] + (album[3].with_(indent=True),))], [x.kind.value for x in _label_and_head_glued_under_a_boxs_foot_rule(album)][1]
    (['short', 'short', 'short', 'body'], 'body')

    The head may be a question over a Q&A's first turn, its asker's label and colon
    (`_QA_TURN_OPENS`), the turn read into the question's block: "Readers ask" / "Can I park at
    night?" ⏎ "Question: I drive…" (before: the label, the question and its first turn one
    paragraph of the box above; after: the question its head, apart from its text).

    >>> qa = (page[0], b(Kind.BODY, "Readers ask"), Block(("Can I park at night?", "Question: I drive home late."), 1, kind=Kind.BODY))
    >>> [(x.kind.value, x.text) for x in _label_and_head_glued_under_a_boxs_foot_rule(qa)][1:]
    [('short', 'Readers ask'), ('short', 'Can I park at night?'), ('body', 'Question: I drive home late.')]
    >>> len(_label_and_head_glued_under_a_boxs_foot_rule(qa[:2] + (qa[2].with_(lines=("Can I park at night?", "I drive home late.")),)))
    3
    """
    blocks = tuple(x for i in range(len(blocks)) for x in _question_apart_from_its_turn(blocks, i))
    out = list(blocks)
    for i in range(1, len(blocks) - 2):
        rule, label, head, text = blocks[i - 1 : i + 3]
        asked = head.text.endswith("?") and _QA_TURN_OPENS.match(text.text) is not None
        stacked = all(
            x.kind in (Kind.SHORT, Kind.BODY) and len(x.lines) == 1 and x.gap == 0 and (not ends_sentence(x.text) or x is head and asked) and x.text[-1:] not in ",:;"
            for x in (label, head)
        )
        # (the upper may be the wider over text that opens on its indent: "Album itsva" / "Mapuranga" / "   Album…")
        if stacked and len(rule.lines) == 1 and RULE_LINE.match(rule.text.strip()) and text.kind is Kind.BODY and text.gap == 0 and (len(head.text) > len(label.text) or text.indent):
            out[i], out[i + 1] = label.with_(kind=Kind.SHORT), head.with_(kind=Kind.SHORT)
    return tuple(out)


# A log's entry opening on its clock time, after a word or two naming it ("Tuki 21.40, jiyax
# Rabiru – …", Truku "time"; "At 06.15, …"; "21.40 – …"), set off by a comma or a dash.
# On a Chinese page, its hour and minutes or "许" after a part of the day: "23时15分，", "凌晨2时，", "14时许，".
_TIMED_ENTRY = re.compile(rf"^(?:(?:[^\W\d_]+ ){{0,2}}{CLOCK}(?:,| [–—-]) |(?:凌晨|清晨|早上|上午|中午|下午|傍晚|晚上|晚間|晚间|深夜)?\d{{1,2}}[时時](?:\d{{1,2}}分)?[许許]?[，,])")
_TIMED_ENTRIES = 2


def _log_labels_glued_under_a_last_sentence(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A label of a word or three set solid under a story's last line, ending on a full stop, over
    two paragraphs or more that each open on a clock time (`_TIMED_ENTRY`), the first flush under
    it, is the head of a police log glued under the story: no subhead of a story stands over entries
    that each open on their hour.

    Before: BODY "…ka pulis alang Qowgan." / SHORT "Kari Pulis" / BODY "Tuki 21.40, jiyax Rabiru –
    …" / BODY "Tuki 06.15, …" (the label the court report's subhead, the entries its last
    paragraphs). After: HEADLINE "Kari Pulis", the entries its paragraphs. So on a Chinese page
    set indent-only, under a story's last words read back over the running head: "…还能继续做好" /
    "渚州日报·法治周刊" / "邻居。”" / "110接警" / "　　23时15分，…" / "　　7时30分，…".

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.BODY, 1, "The court fined him fifty dollars."), b(Kind.SHORT, 0, "Police log"),
    ...         b(Kind.BODY, 0, "At 21.40, a boat was taken."), b(Kind.BODY, 1, "At 06.15, a van was found."))
    >>> [x.kind.value for x in _log_labels_glued_under_a_last_sentence(page)][1]
    'headline'
    >>> _log_labels_glued_under_a_last_sentence(page[:3] + (b(Kind.BODY, 1, "Police said a van was found."),))[1].kind.value  # one entry: a subhead
    'short'
    >>> page = (b(Kind.BODY, 0, "他说：“还能继续做好邻居。”"), b(Kind.FURNITURE, 1, "沙洲日报·法治"), b(Kind.SHORT, 0, "警情通报"),
    ...         b(Kind.BODY, 0, "23时15分，民警接到报警。"), b(Kind.BODY, 0, "7时30分，一名老人走失。"))
    >>> _log_labels_glued_under_a_last_sentence(page)[2].kind.value
    'headline'
    """
    out = list(blocks)
    for i in range(1, len(blocks) - _TIMED_ENTRIES):
        label, first = blocks[i : i + 2]
        if not (
            label.kind is Kind.SHORT and len(label.lines) == 1 and label.gap == 0 and len(label.text.split()) <= 3
            and not ends_sentence(label.text) and first.gap == 0
        ):
            continue  # (the cheap tests first: the walks below would make a long page's pass quadratic)
        # (the story's last words may be read back over the running head printed under them)
        above = next((x for x in blocks[i - 1 :: -1] if x.kind is not Kind.FURNITURE), None)
        entries = itertools.takewhile(lambda x: x.kind is Kind.BODY and _TIMED_ENTRY.match(x.lines[0]), itertools.islice(blocks, i + 1, None))
        if above is not None and above.kind is Kind.BODY and ends_sentence(above.text) and sum(1 for _ in entries) >= _TIMED_ENTRIES:
            out[i] = label.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _glued_under_a_boxs_foot_rule(above: Block | None, following: tuple[Block, ...]) -> bool:
    """A column's name set solid under a box's closing rule line and over its first item, a head
    of two words or more run in before a colon: the rule closes the box as a finished sentence
    closes a story. Before: "=====" / "Short news" / "Quay works: The east quay…" read as one
    paragraph, "Short news Quay works: …"; after: the column's name over its briefs, "Quay works"
    the first one's head. So over briefs whose first head is a word alone, the heads none twice
    (`_run_in_heads_each_once`). A rule with a blank line over it opens a box, and the head
    under it is the box's, over its items: "" / "=====" / "Mobile licence office" / "Who: New
    drivers…" / "Where: The town hall…" / "Bring: Your card…" (before: three briefs under a column
    named "Mobile licence office"; after: the notice's head over its three items).

    >>> rule, brief = Block(("=====",), 1, kind=Kind.SHORT), Block(("Quay works: The east quay shuts.",), 3)
    >>> _glued_under_a_boxs_foot_rule(rule, (brief,)), _glued_under_a_boxs_foot_rule(rule, (brief.with_(lines=("Chair: The east quay shuts.",)),))
    (True, False)
    >>> _glued_under_a_boxs_foot_rule(rule.with_(gap=1), (brief,))  # the rule opens a box
    False
    """
    below = following[0] if following else None
    return (
        above is not None
        and below is not None
        and len(above.lines) == 1
        and RULE_LINE.match(above.text.strip()) is not None
        and above.gap == 0
        and below.gap == 0
        and (_opens_on_a_head_of_words(below) or _run_in_heads_each_once(following))
    )


_RUN_IN_BRIEFS = 3  # briefs in a row, each on its own head: "Water: …" / "Lost cards: …" / "Wells: …"


def _run_in_heads_each_once(blocks: tuple[Block, ...]) -> bool:
    """Three paragraphs or more in a row, each opening on a head of a word or more run in before
    a colon (`_COLON_RUN_IN_HEAD`), no head twice: briefs, each on its subject ("Water: The clinic
    gives…" / "Lost cards: Tell the desk…" / "Wells: Do not wash…"), not an interview's turns,
    whose speakers' labels come back ("Tali: …" / "Pita: …" / "Tali: …").

    >>> b = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> briefs = (b("Water: The clinic gives pills."), b("Lost cards: Tell the desk."), b("Wells: Do not wash in them."))
    >>> _run_in_heads_each_once(briefs), _run_in_heads_each_once(briefs[:2] + (b("Water: Boil it."),))
    (True, False)
    """
    heads: list[str] = []
    for block in blocks:
        head = _COLON_RUN_IN_HEAD.match(block.lines[0]) if block.kind is Kind.BODY else None
        if head is None:
            break
        heads.append(head.group("head"))
    return len(heads) >= _RUN_IN_BRIEFS and len(set(heads)) == len(heads)


def _set_solid_over_briefs_set_apart(following: tuple[Block, ...]) -> bool:
    """A column's name printed solid over its first brief, the briefs after it a blank line apart:
    the name is the column's, set on its first item as a head is, and the blank lines show the
    items are briefs (asked of a name with a blank line over it: one glued under the text above
    is a log's label as often, "…hinagai.”" / "Police log" / "Wharf – Saturday, police…"). Before: "" / "Short news" / "Car wash – The new car wash opens…" / "" /
    "Parking – No parking on the quay…" read as a story titled "Short news" over two paragraphs;
    after: the column's name over two briefs, "Car wash" and "Parking" their heads.

    >>> b = lambda text, gap: Block((text,), 1, gap=gap, kind=Kind.BODY)
    >>> briefs = (b("Car wash – The new car wash opens.", 0), b("Parking – No parking on the quay.", 1))
    >>> _set_solid_over_briefs_set_apart(briefs), _set_solid_over_briefs_set_apart((briefs[0], briefs[1].with_(gap=0)))
    (True, False)
    """
    return len(following) > 1 and _run_in_brief(following[0]) and _run_in_brief(following[1]) and following[1].gap >= 1


def _glued_between_a_sentence_and_a_brief(banner: Block, above: Block | None, below: Block) -> bool:
    """A column's name set solid between the finished paragraph above and its first item, whose head
    of two words or more is run in before a colon: "…mo na tautai." / "Nga tusi fou" / "Te Vaka Lasi:
    Te taranga o te vaka…" (no speaker's label of one word, "Tali: …", an interview's turn)."""
    return above is not None and banner.gap == 0 == below.gap and ends_sentence(above.text) and _opens_on_a_head_of_words(below)


def _opens_on_a_head_of_words(block: Block) -> bool:
    """A brief's head of two words or more run in before a colon (`_COLON_RUN_IN_HEAD`), no
    speaker's label of one word ("Tali: …")."""
    head = _COLON_RUN_IN_HEAD.match(block.lines[0])
    return head is not None and " " in head.group("head")


# The head of an item in a 19th-century paper's miscellany, run into its text after a dash: a
# few words in Title Case (OCR reads their small capitals as it can), maybe its full stop, then
# the dash and the text's capital: "The Fatal Flower.—Travelers who…", "Some Nose-—The
# following…". Not a dateline ("WASHINGTON, May 3.—The…", "LONDON.—The…": a place in capitals, a
# date's figures), nor a paid reading notice's end ("…Water Known.— Advt.").
# (RapidOCR reads the dash after the head's stop as a hyphen: "TuE FATAL FLowER.-Travelers who…")
_ITEM_HEAD_DASHED_ON = re.compile(
    r"^(?P<head>[A-Z][\w'’]*,?(?:\s+(?:[A-Z][\w'’]*,?|of|or|and|the|in|on|at|to|a|an|for)){0,5}\.?"
    # (or two words or more and a full stop, with a name's hyphen, an engine's "?" for a letter
    # ("Ex-Govk?sor Lawh.—We…") or a quoted word ("The Last of the '-Rebellion."—This…": the
    # opening quote read with a speck) in them: `_ITEM_HEAD_OPENS_A_LINE`'s words, quoted)
    r"|(?:[\"“‘']-?)?[A-Z][\w'’?]*(?:-[\w'’?]+)*(?:\s+(?:(?:[\"“‘']-?)?[A-Z][\w'’?]*(?:-[\w'’?]+)*|of|or|and|the|in|on|at|to|a|an|for)){1,5}\.[\"”’']?)"
    r"\s?(?:-?[—–]|--|(?<=\.)-(?=[A-Z][a-z]))\s?(?=[A-Z])(?!Advt)"
)


# An item's head in capitals with its deck, both run into the text, each closed by its stop and a
# dash, as English papers of the 1820s ran their one-paragraph stories: "BOXING.—THE FIGHT AT
# MOULSEY.—Of all the…" (OCR reads the dash as a hyphen: "THEATRES.-DRURY LANE.-Last night…").
# Two heads in capitals make no dateline ("LONDON, Feb. 16.—", a place and a date) and no
# item of a list ("DERBY.—9 to 2 agst…", figures after the dash).
_CAPITALS_HEAD_AND_DECK_RUN_IN = re.compile(
    r"^(?P<head>[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,4}\.\s?(?:-?[—–]|--?)\.?\s?[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&.-]*){0,5}\.)"
    r"\s?(?:-?[—–]|--?)\s?(?=[A-Z][a-z])"
)


def _dashed_item_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An item of an old paper's miscellany opens on its head, run into the text after a dash:
    the head is the item's headline, so each item is a story of its own, not a paragraph of the
    one above. Under a department's head whose first or second paragraph opens so ("LOCAL AND
    GENERAL." / "The Weather.—The heat…"; "POLICE COURT." / a bench's date line / "Drunkenness.—
    Thomas Byrne…"), the items are that column's paragraphs: left as they are.

    Before: BODY "Some Nose.—The following incident" / "we had from a friend who knew the party:".
    After: HEADLINE "Some Nose." over BODY "The following incident" / "we had from a friend…".

    >>> body = Block(("Some Nose.—The following incident", "we had from a friend."), 1, gap=1, kind=Kind.BODY)
    >>> [(b.kind.value, b.lines) for b in _dashed_item_heads((body,))]
    [('headline', ('Some Nose.',)), ('body', ('The following incident', 'we had from a friend.'))]
    >>> _dashed_item_heads((body.with_(lines=("LONDON.—The Times says that", "the treaty is signed.")),))[0].kind.value
    'body'
    >>> department = Block(("LOCAL AND GENERAL.",), 1, kind=Kind.HEADLINE)
    >>> [b.kind.value for b in _dashed_item_heads((department, body, body))]
    ['headline', 'body', 'body']
    """
    out: list[Block] = []
    heads = [_dashed_item_head(block, below) for block, below in zip(blocks, (*blocks[1:], None), strict=True)]
    in_a_department = False
    for k, (block, head) in enumerate(zip(blocks, heads, strict=True)):
        if block.kind in (Kind.HEADLINE, Kind.SHORT):
            in_a_department = any(below is not None for below in heads[k + 1 : k + 3])
        if head is None or in_a_department:
            out.append(block)
            continue
        out.extend(_head_run_in_apart(block, head))
    return tuple(out)


def _head_run_in_apart(block: Block, head: re.Match[str]) -> tuple[Block, Block]:
    """A paragraph whose first line opens on a run-in head (`head`), as the head's HEADLINE over
    the paragraph's text. A full stop that set the head off is left out of it, and the HEADLINE
    marked `run_in`, the sign segment reads that it was run in: "Véradás. A Magyar…" is HEADLINE
    "Véradás" (run in) over "A Magyar…"."""
    stop_off = block.lines[0][head.end("head") : head.end("head") + 1] == "."
    return (
        Block((head.group("head"),), block.start, gap=block.gap, kind=Kind.HEADLINE, run_in=stop_off),
        block.with_(lines=(block.lines[0][head.end() :], *block.lines[1:]), gap=0, indent=False, kind=Kind.BODY),
    )


# The same head opening a line inside a block: two words or more, its full stop printed, a name's hyphen
# in it ("Ex-Governor Lowe.—We understand…"), an engine's "?" for a letter it could not read ("Ex-Govk?sor
# Lawh.—"). One word is an abbreviation as often, in a list of decrees ("Kraftfahrz. — RdErl. 22. 8. 39").
_ITEM_HEAD_OPENS_A_LINE = re.compile(
    r"^(?P<head>[A-Z][\w'’?]*(?:-[\w'’?]+)*(?:\s+(?:[A-Z][\w'’?]*(?:-[\w'’?]+)*|of|or|and|the|in|on|at|to|a|an|for)){1,5}\.)"
    r"\s?(?:-?[—–]|--)\s?(?=[A-Z][a-z])(?!Advt)"
)


def _dashed_items_inside_a_block(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A miscellany's next item, its head run into its text after a dash, opening a line inside the
    block the engine boxed the item above it into, after the line that ended that item: the block
    parts there, so that the item is a paragraph (or, its head read clean, a story) of its own.
    Not a head in capitals, a dateline's place ("LONDON.—The Times…").

    Before (Apex's ALTO of the Evening Star, 1865): BODY "…of eight hours as a day's" / "labor
    among the mechanics.—Balt. Sun, 2d." / "Ex-Governor Lowe.—We understand that" / "Governor
    Bradford has declined…", one paragraph. After: two blocks, the second opening on its head.

    >>> block = Block(("The fair opened on Monday.", "Ex-Mayor Hale.—The following letter", "we had from a friend."), 1, kind=Kind.BODY)
    >>> [b.lines for b in _dashed_items_inside_a_block((block,))]
    [('The fair opened on Monday.',), ('Ex-Mayor Hale.—The following letter', 'we had from a friend.')]
    >>> len(_dashed_items_inside_a_block((block.with_(lines=("The fair opened on", *block.lines[1:])),)))
    1
    >>> len(_dashed_items_inside_a_block((block.with_(lines=("The fair opened on Monday.", "LONDON.—The Times says it.")),)))
    1
    >>> len(_dashed_items_inside_a_block((block.with_(lines=("Munition f. d. Ordn. — RdErl. 21. 8. 39.", "Kraftfahrz. — RdErl. 22. 8. 39.")),)))
    1
    """
    out: list[Block] = []
    for block in blocks:
        at = 0
        if block.kind is Kind.BODY:
            for k in range(1, len(block.lines)):
                head = _ITEM_HEAD_OPENS_A_LINE.match(block.lines[k])
                if head and ends_sentence(block.lines[k - 1]) and not head.group("head").split()[0].rstrip(".").isupper():
                    out.append(block.with_(lines=block.lines[at:k], start=block.start + at, gap=0, indent=False) if at else block.with_(lines=block.lines[:k]))
                    at = k
        out.append(block.with_(lines=block.lines[at:], start=block.start + at, gap=0, indent=False) if at else block)
    return tuple(out)


# The same head in capitals and small capitals, its dash lost and the text's first word glued
# on to its stop, as RapidOCR reads a run-in head: "ANIRIsH SERMoN.Mrs.Mulvany,ye must…" (taken
# only where the head's cases are jumbled, `chars.small_capitals_jumble`: "U.S.Senate" is no head).
_SMALL_CAPITALS_HEAD_GLUED_ON = re.compile(r"^(?P<head>[A-Z][A-Za-z'’]*(?:\s+[A-Za-z'’]+){0,4}\.)\s?(?=[A-Z])")


def _dashed_item_head(block: Block, below: Block | None = None) -> re.Match[str] | None:
    """The run-in head a paragraph of two lines or more opens on, or a line the engine parted from
    the rest of its paragraph, which goes on below in lower case (a line ending on a point looks
    like a paragraph's end: "Colonization.—The Society. The Her-" / "ald says that…"); none in
    capitals, whose first word would be a dateline's place ("SPRINGFIELD, Ill. — …") or a want
    ad's ("LOST—Between…"), but a head and its deck in capitals (`_CAPITALS_HEAD_AND_DECK_RUN_IN`)
    and a head in capitals and small capitals that the engine read in a jumble of cases
    (`chars.small_capitals_jumble`: no place's name is read so). Such a head's line, the text's
    first word after the dash and the text going on below in lower case, is the item's head though
    the engine boxed it alone, a short line: "TIUMPHS OF YANKEE GENiUs.-The" / "steamer Ericsson…"
    (the Weekly Journal 1856, RapidOCR; before, the line dropped and the item ran on from the
    story above, "steamer Ericsson…" its paragraph).

    >>> short = Block(("TRIUMPHS OF SCiEnCE.-The",), 1, kind=Kind.SHORT)
    >>> _dashed_item_head(short, Block(("steamer sailed on Monday.",), 2, kind=Kind.BODY)).group("head")
    'TRIUMPHS OF SCiEnCE.'
    >>> _dashed_item_head(short.with_(lines=("TRIUMPHS OF SCIENCE.-The",)), Block(("steamer sailed on Monday.",), 2, kind=Kind.BODY)) is None
    True

    Its dash lost, the text glued on (`_SMALL_CAPITALS_HEAD_GLUED_ON`):

    >>> glued = Block(("ANOLD SeRMoN.Mr.Brown,ye must", "go home."), 1, kind=Kind.BODY)
    >>> _dashed_item_head(glued).group("head"), _dashed_item_head(glued.with_(lines=("AN OLD SERMON.Mr.Brown,ye", "go home.")))
    ('ANOLD SeRMoN.', None)
    >>> line, rest = Block(("Colonization.—The Society. The Her-",), 1, kind=Kind.BODY), Block(("ald says that the ship sails.",), 2, kind=Kind.BODY)
    >>> _dashed_item_head(line, rest).group("head"), _dashed_item_head(line, rest.with_(lines=("The ship sails.",)))
    ('Colonization.', None)
    >>> _dashed_item_head(rest.with_(lines=("BOXING.—THE FIGHT AT MOULSEY.—Of all the", "meetings of the fancy."))).group("head")
    'BOXING.—THE FIGHT AT MOULSEY.'

    A what's-on entry opening on its weekly day and a dash (`_LATIN_DAY_LED_ENTRY`) has no head:

    >>> _dashed_item_head(rest.with_(lines=("Every Friday – Town Hall, 4 p.m.:", "choir practice, free."))) is None
    True
    """
    continued = len(block.lines) >= 2 or below is not None and below.kind is Kind.BODY and below.text[:1].islower()
    if not continued or block.kind is not Kind.BODY and not (block.kind is Kind.SHORT and len(block.lines) == 1):
        return None
    if block.kind is Kind.BODY and (decked := _CAPITALS_HEAD_AND_DECK_RUN_IN.match(block.lines[0])):
        return decked
    head = _ITEM_HEAD_DASHED_ON.match(block.lines[0])
    if head is not None and _LATIN_DAY_LED_ENTRY.match(block.lines[0]):
        return None  # a what's-on entry's weekly day, no item's head: "Every Wednesday – Town Hall, 4 p.m.: …"
    if head is None:
        glued = _SMALL_CAPITALS_HEAD_GLUED_ON.match(block.lines[0]) if block.kind is Kind.BODY else None
        return glued if glued and small_capitals_jumble(glued.group("head")) else None
    jumbled = small_capitals_jumble(head.group("head"))
    first_word = head.group("head").split()[0].rstrip(".,")
    if block.kind is Kind.SHORT and not jumbled:
        return None
    return None if len(first_word) > 1 and first_word.isupper() and not jumbled else head


# A firm's name, as a shop's or a merchant's display prints it: "JAMES ROWE & CO.", "W. FOLEY & SON", "HART BROS.",
# "W. H. BRIGGS AND SON,".
# (or the display's call and the shop's address: "TRY CHIN'S BAKERY, HIGH STREET.", "CALL AT No. 9 MAIN ST.")
_FIRM = re.compile(
    r"(?:&|\bAND)\s*(?:CO|Co|SONS?|Sons?)\b\.?|\b(?:BROS|Bros|LIMITED|LTD|Ltd)\b\.?"
    r"|^(?:TRY|BUY|CALL AT|VISIT|SHOP AT)\b.*\b(?:STREET|ST\.|ROAD|RD\.|AVENUE|AVE\.|SQUARE|STORE|SHOP)"
)
_AD_LINES = 4  # an advertiser's display read into a column: a line in capitals, the firm, its offer


def _ads_read_into_a_sentence(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An advertiser's display of a line or a few, set apart by blank lines between two halves
    of a sentence, is furniture, so that the sentence joins across it (`join_column_break`) and a
    column of briefs goes on past it (`_run_in_brief_heads`): its first line in capitals, a
    firm's name in it, the text above stopping mid-sentence, the text below going on in lower case.

    Before: BODY "…owing to the anxiety felt for the news" ⏎⏎ BODY "DRY GOODS! DRY GOODS!" /
    SHORT "J. W. PATTERSON & CO." / BODY "Have just received a large stock of calicoes." ⏎⏎
    BODY "from the army, but the church bells…". After: the three display blocks furniture.

    >>> body = lambda text, gap=1: Block((text,), 1, gap=gap, kind=Kind.BODY)
    >>> page = (body("felt for the news", 0), body("DRY GOODS! DRY GOODS!"), body("J. W. PATTERSON & CO.", 0), body("from the army"))
    >>> [b.kind.value for b in _ads_read_into_a_sentence(page)]
    ['body', 'furniture', 'furniture', 'body']
    >>> [b.kind.value for b in _ads_read_into_a_sentence((body("felt for the news", 0), body("RAILROAD MATTERS."), body("from the army")))]
    ['body', 'body', 'body']
    >>> page = (body("near the corner", 0), body("W. H. BRIGGS AND SON,"), body("SADDLERS."), body("Repairs Promptly Executed."), body("would be replaced"))
    >>> [b.kind.value for b in _ads_read_into_a_sentence(page)]
    ['body', 'furniture', 'furniture', 'furniture', 'body']
    >>> page = (body("the old wharf was", 0), body("FOR GOOD SHOES AT FAIR PRICES"), body("TRY HENRY'S STORE, KING STREET.", 0), body("closed again"))
    >>> [b.kind.value for b in _ads_read_into_a_sentence(page)]
    ['body', 'furniture', 'furniture', 'body']
    """
    out = list(blocks)
    i = 1
    while i < len(out):
        n = _ad_display_at(out, i)
        out[i : i + n] = [block.with_(kind=Kind.FURNITURE) for block in out[i : i + n]]
        i += max(n, 1)
    return tuple(out)


def _ad_display_at(blocks: list[Block], i: int) -> int:
    """How many blocks from blocks[i] on are an advertiser's display read into a sentence, or 0."""
    left, first = blocks[i - 1], blocks[i]
    if not first.gap or left.kind is not Kind.BODY or ends_sentence(left.lines[-1]) or not _in_capitals(first.lines[0]):
        return 0
    k = i + 1
    # (its lines set close, or each a blank line apart, up to the sentence's other half)
    while k < len(blocks) and (blocks[k].gap == 0 or len(blocks[k].lines) == 1 and not blocks[k].text[:1].islower()):
        k += 1
    display = blocks[i:k]
    lines = [line for block in display for line in block.lines]
    if k == len(blocks) or len(lines) > _AD_LINES or any(block.kind not in (Kind.BODY, Kind.SHORT, Kind.HEADLINE) for block in display):
        return 0
    right = blocks[k]
    if right.kind is not Kind.BODY or not right.text[:1].islower() or not any(_FIRM.search(line) for line in lines):
        return 0
    return len(display)


# An item of a miscellany column opened by a star, its head run into the text up to its stop:
# "* Die Moskito-Kannibalen. Zwischen der Regierung…", "* Ein holländischer Robinson im Eismeer? Auf…".
_STARRED_ITEM_HEAD = re.compile(r"^[*★☆]\s*(?P<head>[^\W\d_](?:[^\s.?!]*\s+){0,5}[^\s.?!]*[.?!])\s+(?=[^\W\d_a-zß-ÿ])")


def _starred_item_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Paragraphs that each open on a star and a head of a few words closed by its stop are the
    items of a miscellany column, the head run into each one's text its headline: two such in a
    row or more (the page's furniture may stand between), so one paragraph opened so is left alone.

    Before (the Bavarian State Library's hOCR of the Coburger Zeitung, 1928): one article of five
    paragraphs "* Die französische Todeslegion. Im „Daily Telegraph“ berichtet…", "* Ein
    holländischer Robinson im Eismeer? Auf der Suche…". After: five articles, each head its title.

    >>> b = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> page = (b("* Der neue Bahnhof. Am Montag wurde der Bahnhof eröffnet."), b("* Wer hat das Fahrrad? Ein Fahrrad wurde gefunden."))
    >>> [(block.kind.value, block.text) for block in _starred_item_heads(page)][:2]
    [('headline', 'Der neue Bahnhof.'), ('body', 'Am Montag wurde der Bahnhof eröffnet.')]
    >>> _starred_item_heads(page[:1]) == page[:1]
    True
    >>> reports = (b("* Lübeck, 3. März. Der Hafen ist eisfrei."), b("* Bremen, 3. März. Die Weser steigt."))
    >>> _starred_item_heads(reports) == reports
    True
    """
    # (a star before a place and its date opens a report, its dateline no head: "* Sangerhauſen, 12.
    # December. Im Wahlkreiſe…", General-Anzeiger, Halle, 1897; before, "Sangerhauſen, 12." its title)
    starred = [
        block.kind is Kind.BODY and _STARRED_ITEM_HEAD.match(block.lines[0]) is not None and not DATED_ITEM.match(block.lines[0].lstrip("*★☆ "))
        for block in blocks
    ]
    items = [i for i, star in enumerate(starred) if star]
    # (two items with nothing but the page's furniture between them)
    paired = {i for a, b in zip(items, items[1:]) if all(block.kind is Kind.FURNITURE for block in blocks[a + 1 : b]) for i in (a, b)}
    if not paired:
        return blocks
    out: list[Block] = []
    for i, block in enumerate(blocks):
        head = _STARRED_ITEM_HEAD.match(block.lines[0]) if i in paired else None
        out.extend(_head_run_in_apart(block, head) if head else (block,))
    return tuple(out)


# A "this day in past years" entry's run-in head: a year or a count of years back, then a full-width
# space ("1941年　3月8日，…", "50年前　1991年的今天，…") or, on a Latin page, a dash ("1961 – E
# b'ajxan…", "50 jab' numuy – Tama e jab' 1991…", "100 años - …"): the dash only sets the head off.
_YEAR_RUN_IN_HEAD = re.compile(
    r"^(?P<head>(?:1[5-9]|20)\d\d年|\d{1,3}年前)\u3000+(?=\S)"
    r"|^(?P<latin>(?:1[5-9]|20)\d\d|\d{1,3}(?: [^\W\d_][\w'’]*){1,2}) [–—-] (?=\S)"
)
_YEAR_ENTRIES_MIN = 2  # one paragraph opening on a year is a story's, not a column's


def _year_head(line: str) -> re.Match[str] | None:
    return _YEAR_RUN_IN_HEAD.match(line)


def _this_day_entries(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A "this day in past years" column under its label: two short paragraphs in a row or more, each
    opening on a year or a count of years back as its run-in head (`_YEAR_RUN_IN_HEAD`), are the
    column's entries, each head the HEADLINE over its text. The label is a line of its own over the
    first entry, set apart or set solid under the story above it (then read as a paragraph's line:
    a SHORT it is).

    Before: SHORT "当年今日" / BODY "1941年　3月8日，女子夜校开课。" / BODY "50年前　1991年的今天，大街铺成通车。"
    (one article's paragraphs). After: HEADLINE "1941年" over BODY "3月8日，女子夜校开课。", HEADLINE
    "50年前" over BODY "1991年的今天，大街铺成通车。".
    """
    def entry(block: Block) -> re.Match[str] | None:
        if block.kind is not Kind.BODY or len(block.text) > _BRIEF_CHARS:
            return None
        return _year_head(block.lines[0])

    def label(block: Block) -> bool:
        text = block.text
        return (
            block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) == 1
            and 0 < len(text.split()) <= 4 and len(text) <= 24 and not ends_sentence(text) and _year_head(text) is None
        )

    out: list[Block] = []
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and (entry(blocks[j]) or j > i and blocks[j].kind is Kind.FURNITURE):
            j += 1
        heads = sum(1 for block in blocks[i:j] if block.kind is not Kind.FURNITURE)
        if heads < _YEAR_ENTRIES_MIN or not out or not label(out[-1]):
            out.append(blocks[i])
            i += 1
            continue
        out[-1] = out[-1].with_(kind=Kind.SHORT)
        for item in blocks[i:j]:
            head = entry(item)
            if head is None:
                out.append(item)
                continue
            title = head.group("head") or head.group("latin")
            # (the dash that set a Latin head off its text is markup: kept as the head's mark, so it is recorded as taken off)
            separator = item.lines[0][: head.end()].replace(title, "", 1).strip()
            out.append(Block((title,), item.start, gap=item.gap, kind=Kind.HEADLINE, mark=separator, run_in=True))
            out.append(item.with_(lines=(item.lines[0][head.end() :], *item.lines[1:]), gap=0, indent=False, kind=Kind.BODY))
        i = j
    return tuple(out)


def _run_in_brief(block: Block) -> bool:
    # (not a small ad: its bold lead closed by a colon stays its first words, "LALEP: Lalep 2 kamar… Telp. 0813-7402-5581")
    return block.kind is Kind.BODY and _run_in_head(block.lines[0]) is not None and not is_small_ad(block.text)


def _signed_under_a_brief(blocks: tuple[Block, ...], j: int) -> bool:
    """A reader's signature printed on the line right under a run-in brief (name and town, maybe
    after a dash): the column of briefs goes on past it, each brief signed so ("Kitchen tips" /
    "Onions – Keep them dry…" / "— Ann Hale, Eastby" / "" / "Rice – Rinse it twice…" / "— Tom
    Reed, Westby"; before: the column stopped at the first signature, the first brief's head left
    run into its text under the column's name as its title).

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> column = (b(Kind.BODY, 0, "Onions – Keep them in a dry place."), b(Kind.SUBTITLE, 0, "— Ann Hale, Eastby"))
    >>> _signed_under_a_brief(column, 1), _signed_under_a_brief(column[:1] + (column[1].with_(gap=1),), 1)
    (True, False)
    """
    block, above = blocks[j], blocks[j - 1]
    name = _SIGNING_DASH.sub("", block.text)
    return (
        block.gap == 0 and len(block.lines) == 1 and block.kind in (Kind.BYLINE, Kind.SUBTITLE, Kind.BODY, Kind.SHORT)
        and _run_in_brief(above) and name != block.text or block.kind is Kind.BYLINE and _run_in_brief(above)
    ) and _SIGNER_TOWN.match(name) is not None


def _run_in_head(line: str) -> re.Match[str] | None:
    return _RUN_IN_HEAD.match(line) or _DASHED_RUN_IN_HEAD.match(line) or _COLON_RUN_IN_HEAD.match(line)


def _brief_past_a_foot(blocks: tuple[Block, ...], j: int) -> bool:
    """A running foot printed inside a brief, or the brief's text going on under it in lower
    case: the column of briefs goes on past them ("…musiikkia Ylämaan" / "JÄRVISEUDUN SANOMAT |
    Perjantai 27.11.2026" / "kirkossa sunnuntaina kello 18." / "Joulutori avautuu lauantaina. …")."""
    block = blocks[j]
    return block.kind is Kind.FURNITURE or block.kind is Kind.BODY and block.text[:1].islower() and blocks[j - 1].kind is Kind.FURNITURE


_SECTION_LABEL_LETTERS = 4  # "LUDI", "ARTE", "KULT": a page's section in one short word
# "Politiki", "Lavi Kartye", "Kwo i Gulu" (Acholi "life in Gulu": a short word between two capitalised)
# (any alphabet's letters after the capital: Venda's "Vhuḓimvumvusi")
# (a word may be two joined by a hyphen: "Pasaj-tan", Louisiana Creole's "pastimes", and hold a
# glottal stop's apostrophe: "Nimaq'ij", K'iche')
_CAPITALISED_LABEL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ](?:[^\W\d_]|['’ʼ](?=[^\W\d_])){2,15}(?:-[^\W\d_]{2,10})?(?: (?:[a-zß-ÿā-ž]{1,3} )?[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][^\W\d_]{2,15})?")


# A section's name of a capitalised word and a small word or two: "Leit vun do" ("people from here").
# Or an article and a word: "Te Mālamanei" ("the world", Wallisian).
_SECTION_PHRASE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,15}(?: [a-zß-ÿā-ž]{1,4}){1,2}|[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž]{1,2} [A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{2,15}")


def _section_labels_under_the_running_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's section label, a word or two in capitals set apart right under the running
    head and over the first story's head, belongs to the head ("NUSANTARA", "PROBINSIYA",
    "LA REGIÓN"): it is no story's title or kicker.

    Before: FURNITURE "HARIAN X | Senin, 30 November 2026 | Halaman 5" / SHORT "NUSANTARA" / SHORT
    "BANJIR ROB" "Ribuan Rumah…": "NUSANTARA" the first story's title. After: furniture.

    So is a longer label set flush under the running head, its last line, a blank line over the
    first story: "A VOZ DO TÂMEGA" / "Sexta-feira, 4 de dezembro… · Página 6" / "NOTÍCIAS DA
    REGIÃO" / "" / "Ponte sobre o rio…" (before, the story's kicker; or its section over
    a kicker of its own). A word of four letters is label enough there: "NIA GAZETO · … · Pagino 16" /
    "LUDI" / "" / "Problemo di shako No. 112" (Ido "games"; before, the chess problem's kicker); and a
    word or two only capitalised, flush under it: "SRANAN KORANTI — … — Blad 3" / "Politiki" / "" / "Den bakapisi…".
    """
    i = next((k for k, block in enumerate(blocks) if block.kind is not Kind.FURNITURE), len(blocks))
    if i == 0 or i + 1 >= len(blocks):
        return blocks
    label, below = blocks[i], blocks[i + 1]
    paper = blocks[0].text  # the masthead, first: a page line naming the paper names no section ("Kumbona e Lumëzës • Faqe 3")
    if len(label.text.split()) >= 2 and any(block.kind is Kind.FURNITURE and any(_page_line_names_its_section(line, paper) for line in block.lines) for block in blocks):
        return blocks  # a phrase in capitals under a page line naming the section: the story's kicker
    text = blocks[i + 2] if i + 2 < len(blocks) else None
    brief = len(below.lines) == 1 and text is not None and text.kind is Kind.BODY and text.gap == 0 and ends_sentence(text.text)
    if (
        not (brief and label.gap >= 1)  # a briefs column's name over its first item's head: "AROUND TOWN" / "Library adds Sunday hours"
        and (label.kind is Kind.SHORT or label.kind is Kind.BODY and label.gap == 0)
        and len(label.lines) == 1
        and below.gap >= 1
        and len(label.text.split()) <= (_LABEL_WORDS_MAX if label.gap >= 1 else _FLUSH_LABEL_WORDS_MAX)
        # (or a word or two flush under it, only capitalised: "Politiki", "Lavi Kartye", "Region"; a kicker
        # stands over its head, not a blank line apart)
        and (
            in_capitals(label.text, _SECTION_LABEL_LETTERS)
            or label.gap == 0 and _CAPITALISED_LABEL.fullmatch(label.text) is not None
            # (or a phrase with its small words, over a head stack of its own: "Leit vun do" / "" / "Gespreech" / "„Der Kuche…“", Hunsrik)
            or label.gap == 0 and below.kind in (Kind.SHORT, Kind.HEADLINE) and _SECTION_PHRASE.fullmatch(label.text) is not None
        )
        and not re.search(r"[\d.!?:;,]", label.text)
        # (flush under the head band, the label sits over a head set on its lead, one block yet:
        # "IUMI TOK NIUS — … — Pej 3" / "Nius" / "" / "Saekolon … Guadalcanal" / "HONIARA – Met ofis…",
        # holdout73)
        and (below.kind in (Kind.SHORT, Kind.HEADLINE) or below.kind is Kind.BODY and (len(below.lines) <= 3 and not ends_sentence(below.text) or label.gap == 0))
    ):
        return (*blocks[:i], label.with_(kind=Kind.FURNITURE), *blocks[i + 1 :])
    return blocks


def _page_line_names_its_section(text: str, paper: str = "") -> bool:
    """A page line of two fields, the section's name and the page after its word: "Ahedres · Pahina 18",
    "Kraf · Halaman 22" (top right, read before or after the paper's name). The page's section named there, words
    in capitals over the first story's head are that story's kicker (`_section_labels_under_the_running_head`): holdout53's
    "PAMBANSANG KAMPEONATO" over "Batang taga-Iloilo…" went to the furniture.

    >>> _page_line_names_its_section("Ahedres · Pahina 18"), _page_line_names_its_section("Kraf·Halaman22")
    (True, True)
    >>> _page_line_names_its_section("BALITANG TIMOG | Lunes, Nobyembre 30, 2026 | Pahina 4"), _page_line_names_its_section("Sexta-feira, 4 de dezembro · Página 6")
    (False, False)
    >>> _page_line_names_its_section("Kumbona e Lumëzës • Faqe 3", paper="KUMBONA E LUMËZËS • E enjte, 26 nëntor 2026 • Faqe 3")  # the paper's name
    False
    """
    if _FIGURE.search(text) is None:
        return False  # (asked first: most lines have no figure)
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    return (
        len(fields) == 2 and _PAGE_IN_ITS_LANGUAGE.fullmatch(fields[1]) is not None
        and 0 < len(fields[0].split()) <= _SECTION_WORDS and all(word.isalpha() for word in fields[0].split())
        and fields[0].casefold() not in paper.casefold()
    )


# A short line that ends on a page's number: "Lees verder op pagina 9", "Fortsättning på sidan 8",
# "(Pokračování na str. 4)", "Suite en page 5".
ENDS_ON_A_PAGE = re.compile(r"^[(\[]?[^\W\d_][^\d]{2,40}\s(?P<page>[A-Z]?\d{1,3})[)\]]?\.?$")
# Or names the page by its number and a case ending, as languages that inflect the number or
# put it before the word for a page print it: "Nadaljevanje na 6. strani" (Slovene), "Devamı
# Sayfa 7'de" (Turkish), "Davomi 5-sahifada" (Uzbek), "Jarraipena 7. orrialdean" (Basque).
_PAGE_INFLECTED = re.compile(r"^[(\[]?[^\W\d_][^\d,]{2,40}\s(?P<page>[A-Z]?\d{1,3})(?:\.\s[^\W\d_]{2,12}|['’-][^\W\d_]{1,12})\.?[)\]]?$")


def names_a_page(line: str, word_for_a_page: str = "") -> re.Match[str] | None:
    """A short line that ends on a page's number (its group "page"), or on the number and its
    case ending (`_PAGE_INFLECTED`): a jump line where it stands apart under text cut off
    mid-sentence. Or on the number and the page's own word for a page, as its folio prints it
    ("P'anqa 6"), in any case ending: "Qatiy 7 p'anqapi" (Quechua, "go on at page 7").

    >>> [names_a_page(line)["page"] for line in ("Lees verder op pagina 9", "Jarraipena 7. orrialdean", "Devamı Sayfa 7'de")]
    ['9', '7', '7']
    >>> names_a_page("Montag, 7. Dezember"), names_a_page("Ankunft 7 Uhr"), names_a_page("Qatiy 7 p'anqapi")
    (None, None, None)
    >>> names_a_page("Qatiy 7 p'anqapi", "p'anqa")["page"], names_a_page("Ankunft 7 Uhr", "p'anqa")
    ('7', None)
    """
    inflected = _PAGE_INFLECTED.match(line) if line.lstrip("([")[:1].isupper() else None  # (not a sentence's rest: "ob 8. uri")
    return ENDS_ON_A_PAGE.match(line) or inflected or _number_before_the_pages_word(line, word_for_a_page)


# A line that names a page by its number before a word: "Qatiy 7 p'anqapi".
_NUMBER_BEFORE_A_WORD = re.compile(r"^[(\[]?[^\W\d_][^\d,]{1,40}?\s(?P<page>[A-Z]?\d{1,3})\s(?P<word>[^\W\d_][\w'’]{2,15})[)\]]?\.?$")


def _number_before_the_pages_word(line: str, word_for_a_page: str) -> re.Match[str] | None:
    """The line ends on a page's number and the page's own word for a page, in any case ending."""
    found = _NUMBER_BEFORE_A_WORD.match(line) if word_for_a_page else None
    return found if found and found["word"].casefold().startswith(word_for_a_page) else None
# A folio's field, the page's word for a page and its number: "P'anqa 6", "Pahina 3", "Síða 4".
_FOLIO_FIELD = re.compile(r"(?P<word>[^\W\d_][\w'’]{2,10})\.?\s*\d{1,3}")


def word_for_a_page(blocks: tuple[Block, ...]) -> str:
    """The page's word for a page, as a folio field of its furniture prints it ("P'anqa 6"), in lower case."""
    for block in blocks:
        if block.kind is Kind.FURNITURE:
            for line in block.lines:
                for field in _LATIN_HEAD_FIELDS.split(line.strip()):
                    folio = _FOLIO_FIELD.fullmatch(field)
                    if folio and not _YEAR.search(field):
                        return folio["word"].casefold()
    return ""


def _heads_over_a_continued_from_line(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set apart over a bracketed line naming a page in the page's own word, with text under
    it that goes on in lower case, is the head of a story continued from that page: "Kubri jedid bi
    kalas fi shahar sita" / "(Min safa 1)" / "fi shahar sita, wazir tai turug gal…" (holdout91's
    Juba Arabic page, "Safa 3" in its running head; before, the head run into the text as its
    sentence's first words).

    >>> b = lambda kind, gap, *lines: Block(lines, 1, gap=gap, kind=kind)
    >>> page = (b(Kind.FURNITURE, 0, "SOT EL NAS – Yom Kamis – Safa 3"), b(Kind.BODY, 1, "Kubri jedid bi kalas"), b(Kind.FURNITURE, 0, "(Min safa 1)"), b(Kind.BODY, 1, "fi shahar sita, wazir…"))
    >>> [x.kind.value for x in _heads_over_a_continued_from_line(page)]
    ['furniture', 'headline', 'furniture', 'body']
    """
    stem = word_for_a_page(blocks).rstrip("'’")[:_PAGE_WORD_STEM]
    if not stem:
        return blocks
    out = list(blocks)
    for i in range(len(out) - 2):
        head, line, text = out[i], out[i + 1], out[i + 2]
        if (
            head.kind in (Kind.BODY, Kind.SHORT)
            and len(head.lines) == 1
            and not ends_sentence(head.text)
            and line.kind in (Kind.FURNITURE, Kind.BODY, Kind.SHORT)
            and len(line.lines) == 1
            and _BRACKETED_PAGE.match(line.text)
            and stem in line.text.casefold()  # (inflected maybe: "Lehtpol' 2" on top, "(Jatkand 1. lehtpolelpäi)")
            and text.kind is Kind.BODY
            and text.text[:1].islower()
        ):
            out[i] = head.with_(kind=Kind.HEADLINE)
            out[i + 1] = line.with_(kind=Kind.FURNITURE)
    return tuple(out)


_PAGE_WORD_STEM = 5  # letters: enough to know the page's word inflected ("lehtpol" in "lehtpolelpäi")
# A page named in brackets, a word or two and its number: "(Min safa 1)", "(Jatkand 1. lehtpolelpäi)".
_BRACKETED_PAGE = re.compile(r"^\((?:[^\W\d_][\w'’]*\.? ){0,2}(?:\d{1,2}\.? )?[^\W\d_][\w'’]*(?: \d{1,2})?\)$")


def _jumps_under_cut_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line set apart that ends on a page's number, right under text cut off inside a
    sentence, says where the story goes on, in any language: a jump line, the page's furniture
    ("…och ett nytt omkläd-" / "ningsrum för" / "" / "Fortsättning på sidan 8"). A story's text
    never stops mid-sentence on its page but at a jump or a column's foot. So in a language that
    sets the page's number before its word or inflects it (`names_a_page`): "…Župan je dejal," /
    "" / "Nadaljevanje na 6. strani" is furniture, and the head below it opens the next story.
    Not in a column of small ads that end on their addresses (`_pieces_ending_on_addresses`)."""
    out = list(blocks)
    page_word = word_for_a_page(blocks)
    if _pieces_ending_on_addresses(blocks, page_word):
        return blocks
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        if (
            block.kind in (Kind.BODY, Kind.SHORT)
            and len(block.lines) == 1
            and (block.gap >= 1 or _flush_jump_line(block.text))
            and (i + 1 == len(out) or out[i + 1].gap >= 1)
            and len(block.text.split()) - 1 <= JUMP_LINE_WORDS  # (the words before the page's number)
            and names_a_page(block.text, page_word) is not None
            and above.kind is Kind.BODY
            and not ends_sentence(above.text)
        ):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(part for block in out for part in _jump_line_off(block))


_ADDRESS_ENDS = 4  # pieces of a page ending on a line that names a place and its number, each another place


def _pieces_ending_on_addresses(blocks: tuple[Block, ...], page_word: str = "") -> bool:
    """A page whose pieces of two lines or more end, four of them or more, on a line that reads as
    a jump line (a word and a number, `names_a_page`), each on another word, is a column of small
    ads that end on
    the street and house number to call at, no jump to a page: jump lines name the page in one
    word ("Fortsetzung auf Seite 4", "…Seite 7"), addresses each their street. An ad's text stops
    without a stop ("Ein junger Dachshund zu verkaufen" / "Oberglaucha 3"), so its address had
    read as a jump under cut text, furniture, lost from its ad (real16's Halle 1889 small ads:
    "Gut. Pferdedünger verk. Holzplatz 5." alone and "Oberglaucha 3" under its ad dropped). A
    line alone is not counted: an agenda's day heads ("Dijous 3", "Divendres 4", holdout45's
    Catalan agenda) are no addresses, and its folio "Agenda i cultura 14" stays furniture.

    >>> ad = lambda *lines: Block(lines, 1, gap=1, kind=Kind.BODY)
    >>> ads = (ad("Ein Sofa", "billig zu verkaufen", "Lindenweg 4."), ad("Gute Karre zu verk.", "Holzplatz 5."),
    ...        ad("Ein Hund zu verkaufen", "Marktgasse 3"), ad("Wohnung zu vermiethen", "Bergstraße 12."))
    >>> _pieces_ending_on_addresses(ads)
    True
    >>> _pieces_ending_on_addresses((ad("Dijous 3"), ad("Divendres 4"), ad("Dissabte 5"), ad("Diumenge 6")))
    False
    >>> _pieces_ending_on_addresses(tuple(ad("The mayor said the bridge", "Continued on page 5") for _ in range(4)))
    False
    """
    words = set()
    for block in blocks:
        if len(block.lines) > 1 and block.kind in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN) and (named := names_a_page(block.lines[-1], page_word)) is not None:
            words.add(block.lines[-1][: named.start("page")].split()[-1].casefold())
    return len(words) >= _ADDRESS_ENDS


# A language of short words spends seven: "Ke hoʻomau ʻia ma ka ʻaoʻao 6" (Hawaiian), or eight:
# "Ó ń bá a lọ ní ojú ìwé 6" (Yoruba, "it goes on on page 6").
JUMP_LINE_WORDS = 8


def jumps_to_a_page(block: Block, page_word: str = "") -> bool:
    """A jump line in any language, as `_jumps_under_cut_text` found it: furniture of a few words
    (two at least, a folio's "Páxina 3" has one) and the page's number, one phrase, no running
    line's fields ("La Corteya | Conceyos | Páxina 3" is the running foot): "Sigue na páxina 4".
    The story goes on on that page, so the text after it is another story's, never its sentence's
    rest.

    Chinese jump lines are known by their words (`BRACKETED_JUMP`): "灣仔商報　財經　B2" is the foot.
    A page's number has two figures at most (a section's letter before them).

    >>> [jumps_to_a_page(Block((text,), 1, kind=Kind.FURNITURE)) for text in ("Sigue na páxina 4", "La Corteya  |  Conceyos  |  Páxina 3", "Páxina 3", "灣仔商報　財經　B2", "Vestre Sund har plass til 420")]
    [True, False, False, False, False]

    Or the number before the page's own word for a page (`word_for_a_page`):

    >>> jumps_to_a_page(Block(("Qatiy 7 p'anqapi",), 1, kind=Kind.FURNITURE), "p'anqa"), jumps_to_a_page(Block(("Hósdagur 26 november",), 1, kind=Kind.FURNITURE), "síða")
    (True, False)
    """
    text = block.text
    if block.kind is not Kind.FURNITURE or len(block.lines) != 1:
        return False
    jump = ENDS_ON_A_PAGE.match(text) or _number_before_the_pages_word(text, page_word)
    if jump is None:
        return False
    words = text[: jump.start("page")].split() + ([jump["word"]] if jump.re is _NUMBER_BEFORE_A_WORD else [])
    return (
        latin_ratio(text) >= 0.5
        and 2 <= len(words) <= JUMP_LINE_WORDS
        and len(jump["page"]) <= 2 + jump["page"][:1].isalpha()  # "A12", "4": not a sentence's figure ("…har plass til 420")
        and text[:1].isupper()
        and all(_letters(word.replace("ʻ", "").replace("'", "").replace("’", "")) for word in words)  # not an engine's junk: "snother first .down 80"
        and len(_LATIN_HEAD_FIELDS.split(text.strip())) == 1
    )


def _jump_line_off(block: Block) -> list[Block]:
    """The same jump line printed flush under the cut text, as the paragraph's last line
    ("…før der træffes en" / "Læs videre på side 9"): it leaves the paragraph. Not a sentence's end
    and the page it points to, as a teaser prints it: "Un linea de nocte connectera Nidau e" /
    "Ipsach ab junio. (pagina 4)"."""
    *text, last = block.lines
    if block.kind is not Kind.BODY or not text or not _flush_jump_line(last) or ends_sentence(text[-1]) or ends_sentence(last):
        return [block]
    if _two_labelled_rows(text[-1], last):
        return [block]
    return [block.with_(lines=tuple(text)), Block((last,), block.start + len(text), gap=0, kind=Kind.FURNITURE)]


# A notice's labelled row in a Latin script: a label of a word or two, a colon, its value
# ("Nguru: ɓaleejo, daneere e hoore", "Duubi: 6", "Joom mum: Haaruuna Sal").
_LATIN_LABELLED_ROW = re.compile(r"^[^\W\d_][^\W\d_'’]*(?: [^\W\d_'’]+)?: \S")


def _two_labelled_rows(above: str, last: str) -> bool:
    """A labelled row ending on a figure, under another labelled row of a notice's box, is the
    box's row (an age, a count), never a jump line: a jump line stands under text cut off
    inside a sentence, not under a label and its value.

    Before: "Nguru: ɓaleejo, daneere e hoore" / "Duubi: 6" (a lost horse's colour and age) took
    the age for a jump line to page 6, the page's furniture, and the rows under it for heads.
    After: both rows of the notice.

    >>> _two_labelled_rows("Nguru: ɓaleejo, daneere e hoore", "Duubi: 6"), _two_labelled_rows("Farbe: braun", "Alter: 7")
    (True, True)
    >>> _two_labelled_rows("ningsrum för", "Läs vidare på sidan 8"), _two_labelled_rows("der Gemeinderat hat", "Fortsetzung: Seite 6")
    (False, False)
    """
    return _LATIN_LABELLED_ROW.match(above) is not None and _LATIN_LABELLED_ROW.match(last) is not None


def _flush_jump_line(line: str) -> bool:
    """A jump line as a paragraph's last line prints it: a few words from a capital, ending on
    the page's number; not the sentence's own end ("…will be held" / "on March 27.")."""
    return len(line.split()) <= 6 and ENDS_ON_A_PAGE.match(line) is not None and (line[:1].isupper() or line[:1] in "([") and not line.endswith(".")


def _after_a_jump(above: Block) -> bool:
    """A jump line ("SEGUE A PAGINA 14", "(Pasa a la página 16)") ends what is printed of its
    story: a line set apart under it opens the next story, as after a sentence's end."""
    return above.kind is Kind.FURNITURE and (PAGE_POINTER.match(above.text) or names_a_page(above.text)) is not None


_BANNER_CAPITALS = 4  # letters


def _under_a_banner(above: Block, block: Block) -> bool:
    """A line set under a one-line banner in capitals ("LETTERS TO THE EDITOR"), a blank line
    apart or straight under it ("UZZIŅAI" / "Skolēnu pārvadājumi novadā"): the banner's first
    item's headline, since no paragraph runs on from a banner. A banner may be a short word
    ("STUTT", "KORT": "in brief")."""
    return above.kind is Kind.SHORT and len(above.lines) == 1 and in_capitals(above.text, _BANNER_CAPITALS)


def _under_a_label(above: Block, block: Block) -> bool:
    """A line set straight under a column's label set apart, a capitalised word or a few words
    ("Lëstë", "Leserbriefe", "Listy", "Baruwa mag Jasomo", Dholuo "readers' letters"): the label's
    first item's headline, as under a banner (`_under_a_banner`)."""
    words = above.text.split(" ")
    return (
        above.kind in (Kind.SHORT, Kind.BODY) and len(above.lines) == 1 and above.gap >= 1 and block.gap == 0 and not ends_sentence(above.text)
        and len(words) <= _LABEL_WORDS and all(_LABEL_WORD.fullmatch(word) for word in words) and above.text[:1].isupper() and len(block.lines) == 1
    )


_LABEL_WORDS = 4  # ("Letters to the Editor", Ambonese "Curhat deng Usi Nona")
# A label's word: letters, an elided letter's apostrophe inside it (Upper Saxon "mid'm", "with the").
_LABEL_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _wrapped_head_under_a_label(above: Block, block: Block, below: Block) -> bool:
    """A head wrapped on two lines, set straight under a column's label (`_under_a_label`), its
    second line going on in lower case, a blank line under it over a wrapped paragraph: the
    label's first item's headline, as a one-line head there is. A paragraph does not run on
    from a label, and a head's larger type wraps it short of the text's measure, which
    `_wrapped_head_set_apart` would ask of a head with a blank line over it.

    Before: SHORT "Ärscher mid'm Laden" / BODY "Waschmaschine gabudd – un geener" / "gümmerd
    sich" / "" / "Mir hamm im Audchusd…" (Upper Saxon "trouble with the shop": the head read into
    the reader's letter as its first words). After: the two lines the column's first headline.

    >>> label = Block(("Ärscher mid'm Laden",), 3, gap=1, kind=Kind.SHORT)
    >>> head = Block(("Waschmaschine gabudd – un geener", "gümmerd sich"), 4, kind=Kind.BODY)
    >>> text = Block(("Mir hamm im Audchusd ä neie Waschma-", "schine bei Elektro Lindner gegoofd."), 7, gap=1, kind=Kind.BODY)
    >>> _wrapped_head_under_a_label(label, head, text), _wrapped_head_under_a_label(label, head.with_(lines=("Waschmaschine gabudd – un geener", "Gümmerd sich")), text)
    (True, False)
    >>> _wrapped_head_under_a_label(label, head, text.with_(gap=0))
    False
    """
    return (
        len(block.lines) == 2
        and block.lines[1][:1].islower()
        and _under_a_label(above, block.with_(lines=block.lines[:1]))
        and below.gap >= 1
        and len(below.lines) >= 2
        and not below.indent
    )


def _joined_to_the_block_above(blocks: tuple[Block, ...], goes_on) -> tuple[Block, ...]:
    """Each block for which `goes_on(out, block)` names a kind is read into the block above it
    (`out[-1]`, itself perhaps joined already), which takes that kind."""
    out: list[Block] = []
    for block in blocks:
        kind = goes_on(out, block) if out else None
        if kind is None:
            out.append(block)
        else:
            out[-1] = out[-1].with_(lines=out[-1].lines + block.lines, kind=kind)
    return tuple(out)


def _capitals_run_on(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An old headline in capitals whose first line stops on ";" or "," (two clauses of one
    headline) or inside a word ("TWO THOU-" / "SAND DOLLARS") goes on in the capitals line
    under it: "WENDLING RIVER LEVEE BREAKS;" / "LOWLANDS UNDER WATER" is one headline, not a
    paragraph over a label."""
    return _joined_to_the_block_above(blocks, _capitals_line_goes_on)


def _capitals_line_goes_on(out: list[Block], block: Block) -> Kind | None:
    above = out[-1]
    if not (
        above.kind is Kind.BODY
        and len(above.lines) == 1
        and above.text.rstrip()[-1:] in ";,-"
        and _in_capitals(above.text)
        and block.kind is Kind.SHORT
        and block.gap == 0
        and len(block.lines) == 1
        and _in_capitals(block.text)
    ):
        return None
    return Kind.SHORT


def _in_capitals(text: str) -> bool:
    return in_capitals(text, 6)


# A headline line that cannot end there: it stops on a joining word or a comma ("…Cool, but").
_HEADLINE_CUT = re.compile(r"(?:,|\b(?:and|but|or|nor|of|the|a|an|to|for|in|on|at|with|from|by|as|into))$")


def _cut_headlines_run_on(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Title Case headline line that stops on a joining word ("…Six Months of") goes on in the
    next short line, though OCR set a blank line between them (Tesseract's plain text of a
    scan does): "Harbour Bridge Reopens After Six Months of" / "" / "Repairs" is one headline,
    a story's start."""
    return _joined_to_the_block_above(blocks, _cut_headline_goes_on)


def _cut_headline_goes_on(out: list[Block], block: Block) -> Kind | None:
    above = out[-1]
    if not (
        above.kind is Kind.SHORT
        and not above.level
        and len(above.lines) == 1
        and _HEADLINE_CUT.search(above.text)
        and headline_case(above.text)
        and block.kind in (Kind.SHORT, Kind.BODY)
        and block.gap <= 1
        and len(block.lines) == 1
        and block.text[:1].isupper()
        and headline_case(block.text)
        and not ends_sentence(block.text)
    ):
        return None
    # Two lines of one headline: no subhead runs so long, whatever text stands above it.
    # Under another headline they are its deck ("COUNCIL ADOPTS NEW CITY CHARTER" /
    # "Commission Plan Wins by Vote of" / "Seven to Two…"), as segment reads short lines.
    under_heads = len(out) > 1 and out[-2].kind in (Kind.SHORT, Kind.HEADLINE, Kind.HEADING)
    return Kind.SHORT if under_heads else Kind.HEADLINE


_DECK_LINES = 6  # an old paper's deck runs to five or six lines of a column; a paragraph runs on
# A stop inside a line before a capital, not after an initial or a title before a name: a second
# sentence ("N. C. Business Man Speaks", "Mr. Phillips Speaks" are one).
_SENTENCE_STOP_INSIDE = re.compile(r"(?<!\s\S)(?<!^\S)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?]\s+[A-Z]")


def _title_case_decks(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An old paper stacks its decks under the headline, each a Title Case phrase or sentence
    set in a few lines: the deck ending the stack, over the byline or the text (a rule may stand
    between), is a deck, though it wraps like a paragraph.

    Before (The National Tribune, 1898, read by Tesseract): SHORT "PENNSYLVANIA RESERVES." /
    SHORT "Career of These Veterans from Cold Harbor to Appomattox." / BODY "Organizations Which
    Did Gallant Service—Led by Good Officers, Discipline and Bravery Saved Them from Annihilation
    on Hard-Fought Fields—Memorable Combats." / BYLINE-like "BY R. E. McBRIDE, …" (the last deck
    the story's first paragraph). After: SHORT, a deck.

    A stop after an initial or a title ends no sentence: "Prominent N. C. Business Man Speaks to
    Trinity Students." under "MR. D. A. TOMPKINS, OF CHARLOTTE." is one deck (Trinity Chronicle
    1905, hOCR, the C misread "€."; before, the story's first paragraph).

    >>> head = Block(("MR. D. A. TOMPKINS, OF CHARLOTTE.",), 1, kind=Kind.SHORT)
    >>> deck = Block(("Prominent N. €. Business Man Speaks", "to Trinity Students."), 3, gap=1, kind=Kind.BODY)
    >>> text = Block(("The first lecture of the year was given", "on Friday evening in the hall."), 6, gap=1, indent=True, kind=Kind.BODY)
    >>> [b.kind.value for b in _title_case_decks((head, deck, text))]
    ['short', 'short', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        below = next((b for b in out[i + 1 :] if b.kind is not Kind.FURNITURE), None)
        if (
            block.kind is Kind.BODY
            and not block.indent
            and 2 <= len(block.lines) <= _DECK_LINES
            and above.kind in (Kind.SHORT, Kind.HEADLINE)
            and not _HEADLINE_CUT.search(above.text)  # (a sentence's first words over its rest: no head)
            and _stack_under_capitals(out, i)
            and block.text[:1].isupper()
            and latin_ratio(block.text) >= 0.5
            and headline_case(block.text)
            and not _clause_in_lower_case(block.text)
            and _SENTENCE_STOP_INSIDE.search(block.text.rstrip(".,")) is None  # a deck is one phrase or sentence
            and (below is None or below.kind in (Kind.BYLINE, Kind.SHORT) or below.kind is Kind.BODY and below.indent)
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


def _stack_under_capitals(blocks: list[Block], i: int) -> bool:
    """The heads straight over block `i` (a rule between them aside) are topped by a headline in
    capitals: a head stack, not a signature or a note over a paragraph."""
    for block in reversed(blocks[max(0, i - _DECK_LINES) : i]):
        if block.kind is Kind.FURNITURE:
            continue
        if block.kind not in (Kind.SHORT, Kind.HEADLINE):
            return False
        if _in_capitals(block.text):
            return True
    return False


def _deck_and_byline_under_a_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Straight under a head with a kicker in capitals over it, a deck of a sentence or two and
    the writer's line at its foot, set in one block with no blank line, the story's text a blank
    line below: the deck and the byline, not the story's first paragraph.

    Before: SHORT "GEMENGEROT" / SHORT "Nei Maison relais fir 120 Kanner" / BODY "Den … huet e
    Méindeg" "eestëmmeg de Projet … guttgeheescht." "Vum Marc Schroeder" ⏎⏎ BODY text. After:
    SHORT the deck's lines (the head stack's deck), BYLINE "Vum Marc Schroeder". The writer's
    name may stand bare on its line ("Leyla Həsənova", `_bare_name`).

    The head may open the block itself, a line that stops short of a sentence over the deck's
    first capital (`_head_run_into_its_deck`).
    """
    out: list[Block] = []
    skip = 0
    for i, block in enumerate(blocks):
        if skip:
            skip -= 1
            continue
        run = _flush_body_run(blocks, i) if out and _capitals_kicker_line(out[-1]) else []
        below = blocks[i + len(run)] if i + len(run) < len(blocks) else None
        # the writer's name may stand flush under the deck, a block of its own
        name_apart = below is not None and below.kind is Kind.SHORT and below.gap == 0 and len(below.lines) == 1 and _signs_the_deck(below.text)
        if below is not None and name_apart:
            below = below.with_(kind=Kind.BYLINE)
        if run and (head_and_deck := _head_run_into_its_deck(out, block.with_(lines=tuple(line for b in run for line in b.lines)), below)):
            out[-1] = out[-1].with_(kind=Kind.SHORT)
            out.extend(head_and_deck)
            out.extend([below] if name_apart else [])
            skip = len(run) - 1 + name_apart
            continue
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        deck, last = block.lines[:-1], block.lines[-1]
        if below is not None and below.gap == 0 and len(below.lines) == 1 and below.kind in (Kind.SHORT, Kind.BYLINE):
            deck, last = block.lines, below.text
            below = blocks[i + 2] if i + 2 < len(blocks) else None
            skip = 1
        if (
            block.kind is Kind.BODY
            and block.gap == 0
            and 1 <= len(deck) < _DECK_LINES
            and len(out) >= 2
            and out[-1].kind in (Kind.SHORT, Kind.BODY)  # (the head, a line no wider than the column's)
            and len(out[-1].lines) == 1
            and not ends_sentence(out[-1].text)
            and out[-2].kind is Kind.SHORT
            and in_capitals(out[-2].text, _BANNER_CAPITALS)
            and below is not None
            and below.kind is Kind.BODY
            and below.gap >= 1
            and ends_sentence(deck[-1])
            and _signs_the_deck(last)
        ):
            out[-1] = out[-1].with_(kind=Kind.SHORT)
            out.append(block.with_(lines=deck, kind=Kind.SHORT))
            out.append(Block((last,), block.start + len(deck), gap=0, kind=Kind.BYLINE))
        else:
            out.append(block)
            skip = 0
    return tuple(out)


def _signs_the_deck(line: str) -> bool:
    """The writer's line at the foot of a head stack's deck: a byline, or a name alone ("Leyla Həsənova")."""
    return BYLINE.match(line) is not None or _bare_name(Block((line,), 1, kind=Kind.BODY))


def _capitals_kicker_line(block: Block) -> bool:
    return block.kind in (Kind.SHORT, Kind.HEADLINE) and len(block.lines) == 1 and in_capitals(block.text, _BANNER_CAPITALS)


def _flush_body_run(blocks: tuple[Block, ...], at: int) -> list[Block]:
    """The text blocks from `at` set flush under one another (no blank line), up to a deck's lines:
    a head's stack the line widths cut into blocks ("…tədarük" / "olunub, bu, … çoxdur." / a name)."""
    run: list[Block] = []
    for block in blocks[at:]:
        if block.kind is not Kind.BODY or (run and block.gap) or sum(len(b.lines) for b in run) + len(block.lines) > _DECK_LINES:
            break
        run.append(block)
    return run


def _head_run_into_its_deck(above: list[Block], block: Block, below: Block | None) -> list[Block]:
    """Under a kicker in capitals, a block whose first line is a head (no sentence's end, the next
    line opening on a capital) over a deck that ends its sentence and the writer's line (its last
    line, a name, or the block under it), the story's text a blank line below: the head, the deck
    and the byline, each its own, or nothing.

    Before: SHORT "GEMEENTERIED" / BODY "Doarpshûs krijt nij dak en sinnepanielen" "De
    gemeenteried hat … frijmakke" "… begûn." / BYLINE "Troch Sjoukje de Vries" ⏎⏎ BODY text.
    After: SHORT head, SHORT deck, the byline as it was.
    """
    lines = block.lines
    if not (
        block.kind is Kind.BODY
        and block.gap == 0
        and 2 <= len(lines) <= _DECK_LINES
        and above
        and _capitals_kicker_line(above[-1])
        and not ends_sentence(lines[0])
        and _headline_start(lines[0])
        and lines[1][:1].isupper()
    ):
        return []
    signed = _signs_the_deck(lines[-1])
    deck = lines[1:-1] if signed else lines[1:]
    byline_below = below is not None and below.kind is Kind.BYLINE and below.gap == 0
    if not deck or not ends_sentence(deck[-1]) or not (signed or byline_below):
        return []
    if not byline_below and not (below is not None and below.kind is Kind.BODY and below.gap >= 1):
        return []  # the story's text a blank line under the writer's line
    out = [Block((lines[0],), block.start, gap=0, kind=Kind.SHORT), Block(deck, block.start + 1, gap=0, kind=Kind.SHORT)]
    if signed:
        out.append(Block((lines[-1],), block.start + len(lines) - 1, gap=0, kind=Kind.BYLINE))
    return out


def _headline_second_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """An English headline on two lines whose second line was read into the deck under it:
    "Grocery Prices Cool, but" / "Shoppers Still Feel the Pinch" + "Food costs rose 1.4% last
    year…". The first line stops on a joining word, so the headline goes on: the Title Case
    line leaves the deck and joins it (a lead whose first line is all names stays whole)."""
    out = list(blocks)
    for i in range(len(out) - 1):
        head, below = out[i], out[i + 1]
        if (
            head.kind is Kind.SHORT
            and len(head.lines) == 1
            and below.kind is Kind.BODY
            and below.gap == 0
            and len(below.lines) >= 2
            and latin_ratio(head.text) >= 0.5
            and headline_case(head.text)
            and _HEADLINE_CUT.search(head.text)
            and headline_case(below.lines[0])
            and not ends_sentence(below.lines[0])
            and not headline_case(below.lines[1])
        ):
            out[i + 1 : i + 2] = [
                Block((below.lines[0],), below.start, gap=0, kind=Kind.SHORT),
                below.with_(lines=below.lines[1:], start=below.start + 1, gap=0, indent=False),
            ]
    return tuple(out)


# The rest of a lead's "记者…报道：" formula on the next printed line: "舟报道 : 沉寂多年的…".
_REPORTED_REST = re.compile(r"^[\u4e00-\u9fff\U00020000-\U0003134f·]{0,4}\s*(?:报道|報導|报导|報道)\s*[：:]")


_DAYS_ONLY = re.compile(r"^(?=.*[0-9０-９])[0-9０-９年月日至到～~—–\-－（）()星期周週一二三四五六七日天\s\u3000]+$")


def _first_lines_at_the_indent(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set in at the paragraph indent under a byline is the story's first paragraph,
    not the kicker of a head under it: "本週星座運程" / "文：星月師傅" / "" / "　　3月13日至19日" / "" /
    "白羊座（3月21日至4月19日）" (the horoscope's week; before, the first sign's kicker, and the
    column's head a story of its own with no text). A line of words alone may be a subhead set at
    the indent (holdout9's 1956 "修渠的故事"): only a date or a span of days is taken.

    >>> b = lambda text, kind, gap=1, indent=False: Block((text,), 1, gap=gap, indent=indent, kind=kind)
    >>> [x.kind.value for x in _first_lines_at_the_indent((b("文：星月師傅", Kind.BYLINE, 0), b("3月13日至19日", Kind.SHORT, indent=True)))]
    ['byline', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block = out[i]
        # (a date or a span of days, figures and no clause: a subhead of words, "修渠的故事", may stand at
        # the indent too, and an engine's lead cut at a line's end, "11月30日晚8时许，汀南", is a head's piece)
        if block.kind is Kind.SHORT and block.indent and len(block.lines) == 1 and block.gap <= 1 and out[i - 1].kind is Kind.BYLINE and _DAYS_ONLY.match(block.text):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _leads_cut_in_the_byline(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A story's lead wrapped inside its reporters' names reads like a byline on its first line:
    "本报讯 记者 贺岚 通讯员 管一" / "舟报道 : 沉寂多年的…". The two are one paragraph."""
    return _joined_to_the_block_above(blocks, _lead_goes_on_from_byline)


def _lead_goes_on_from_byline(out: list[Block], block: Block) -> Kind | None:
    above = out[-1]
    if not (
        above.kind is Kind.BYLINE
        and not above.mark
        and len(above.lines) == 1
        and block.gap == 0
        and block.kind is Kind.BODY
        and _REPORTED_REST.match(block.text)
    ):
        return None
    return Kind.BODY


def _headlines_on_their_leads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A headline set directly on its story's lead, with no blank line, is read into the lead's
    block when it nearly fills the column: "“家门口托育”今年覆盖全部街道" / "本报讯 记者…报道：…".
    Its line leaves the block as a short line; a byline's line so set leaves it as the byline
    (an engine boxed "本报记者　韩松　实习生　黎明" with the lead under it: it titled a story).

    A deck (副题) in text type and the reporters' line under it are boxed so with any text, the
    reporters' line telling the head from the text: "城西新区一千六百户接通集中供暖" /
    "本报记者桑晓岚通讯员祁远" / "入冬以来，…" (before: one paragraph, the story had no byline).
    Under a head the first line is its deck.

    >>> [(b.kind.value, b.text) for b in _headlines_on_their_leads((Block(("本报记者　韩松　实习生　黎明", "本报讯　昨日上午，城东新区首座"), 1, kind=Kind.BODY),))]
    [('byline', '本报记者　韩松　实习生　黎明'), ('body', '本报讯　昨日上午，城东新区首座')]
    >>> [(b.kind.value, b.text) for b in _headlines_on_their_leads((Block(("管线年底前全部完工", "记者　桑晓岚", "入冬以来，城西新区"), 1, kind=Kind.BODY),))]
    [('short', '管线年底前全部完工'), ('byline', '记者　桑晓岚'), ('body', '入冬以来，城西新区')]
    """
    out: list[Block] = []
    for block in blocks:
        first = block.lines[0]
        head = (
            block.kind is Kind.BODY
            and len(block.lines) > 1
            and not ends_sentence(first)
            and display_width(first) <= _HEADLINE_WIDTH
            and not is_story_lead(first)
            and is_short(first, strict_case=False, particle_end=True)
        )
        if head and is_story_lead("".join(block.lines[1:])):
            kind = Kind.BYLINE if BYLINE.match(first) else Kind.SHORT
            out.append(Block((first,), block.start, gap=block.gap, indent=block.indent, kind=kind))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False))
        elif head and _reporters_line(block.lines[1]) and not BYLINE.match(first) and (len(block.lines) > 2 or _deck_over_its_reporters(out, block)):
            # under a head, its deck, not a second head pushing it up to kicker; under a column's rubric ("学思践悟"), the head
            under_head = bool(out) and out[-1].kind in (Kind.SHORT, Kind.HEADLINE) and display_width(out[-1].text) > _RUBRIC_WIDTH
            kind = Kind.SUBTITLE if under_head else Kind.SHORT
            out.append(Block((first,), block.start, gap=block.gap, indent=block.indent, kind=kind))
            out.append(Block((block.lines[1],), block.start + 1, gap=0, kind=Kind.BYLINE))
            if len(block.lines) > 2:
                out.append(block.with_(lines=block.lines[2:], start=block.start + 2, gap=0, indent=False))
        elif block.kind is Kind.BODY and len(block.lines) > 1 and _names_its_reporters(first) and out and out[-1].kind in (Kind.SHORT, Kind.HEADLINE):
            # the head boxed apart by its type, the reporters' line and the text under it still one block
            out.append(Block((first,), block.start, gap=block.gap, indent=block.indent, kind=Kind.BYLINE))
            out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False))
        else:
            out.append(block)
    return tuple(out)


# A deck's opening dash as an engine reads it: "——" as "一", "-", "_" ("一修鞋配钥匙缝补衣物不出小区").
_DASH_READ = re.compile(r"^[-—–─一_]{1,2}\s*[\u4e00-\u9fff]")


def _deck_over_its_reporters(out: list[Block], block: Block) -> bool:
    """A block of two lines, a deck and the reporters' line under it, set under a head, the
    text's block apart below: "一修鞋配钥匙缝补衣物不出小区" / "本报记者　钟丽华" under
    "社区便民维修点一年服务三万人次". Before: one paragraph of deck and names, and the story had
    neither subtitle nor byline. The line is a deck by its dash ("——", which Tesseract reads
    as "一"), or by a kicker over the head (an engine that drops the dash: three heads
    stacked); a line under one head with neither may be the head under its kicker, and is left.
    """
    stacked = len(out) > 1 and out[-2].kind in (Kind.SHORT, Kind.HEADLINE)
    return (
        len(block.lines) == 2
        and bool(out)
        and out[-1].kind in (Kind.SHORT, Kind.HEADLINE)
        and _names_its_reporters(block.lines[1])
        and (stacked or _DASH_READ.match(block.lines[0]) is not None)
    )


_RUBRIC_WIDTH = 8  # display cells: a column's rubric runs two to four characters; a head over a deck, six or more


def _reporters_line(line: str) -> bool:
    """A line of reporters' names alone, not of a photo's credit: "本报记者　桑晓岚　通讯员　祁远"."""
    return REPORTER_START.match(line) is not None and BYLINE.match(line) is not None and PHOTO_CREDIT.match(line) is None


_SECOND_POST = re.compile(r"通讯员|通訊員|实习生|實習生|记者|記者")


def _names_its_reporters(line: str) -> bool:
    """A reporters' line (`_reporters_line`) that names them: a name right after the post, or a
    second post on the line. A lead's first line that opens on the post names nobody.

    >>> [_names_its_reporters(t) for t in ("本报记者庞晓岑通讯员卢苗", "本报记者“王晓杭 “实习生 程 悦", "记者从省粮食和物资储备")]
    [True, True, False]
    """
    start = REPORTER_START.match(line)
    rest = line[start.end() :].strip(" \u3000“”") if start else ""
    named = any(PERSONAL_NAME.match(rest[:n]) for n in (2, 3)) or _SECOND_POST.search(rest) is not None
    return _reporters_line(line) and named


# Who wrote a contributed piece (a 理论 or 法治 page's), by the college, court or institute they
# write from and their name: "汀澜大学公共管理学院　钟秋言", "东城区人民法院　蒋书宁"; an engine
# drops the space or reads it as a quotation mark ("…学院”钟秋言").
AFFILIATED_WRITER = re.compile(
    r"^[\u4e00-\u9fff]{2,24}?(?:大学|大學|学院|學院|法院|检察院|檢察院|党校|黨校|研究院|研究所|医院|醫院)"
    # (the writer's post after the place, as a doctor's column signs: "县人民医院骨科主任医师　卓　㛃")
    r"(?:[\u4e00-\u9fff]{0,6}(?:医师|醫師|教授|研究员|研究員|律师|律師|营养师|營養師|护士长|護理長)\u3000)?"
    r"[\u3000 ”“\"]?(?:[\u4e00-\u9fff\u3400-\u4dbf]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff\u3400-\u4dbf])$"
    # or a pupil's, by school and grade, as a young readers' page signs a composition under its
    # title: "興安國小六年級　游芷晴", "实验小学三年级2班　龚小鹿" (the grade or a wide space after the
    # school, a surname after: "城关小学开学", "城关中学　夺冠" are heads)
    r"|^[\u4e00-\u9fff]{2,16}?(?:小学|小學|國小|国小|中学|中學|國中|国中)"
    r"(?:[一二三四五六七八九初高]{1,2}年?[级級](?:[0-9０-９一二三四五六七八九十]{1,2}班)?[\u3000 ]?|\u3000)"
    rf"[{_SURNAMES}](?:[\u4e00-\u9fff\u3400-\u4dbf]{{1,2}}|\u3000[\u4e00-\u9fff\u3400-\u4dbf])$"
)


def _affiliated_writers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A contributor's line (`AFFILIATED_WRITER`) set straight under a head, a line of its own or
    the first of the text's block, is the piece's byline.

    Before: SHORT "借名买房，房子归谁" / SHORT "东城区人民法院　蒋书宁" (the title, the head pushed up
    to its kicker); BODY "汀澜大学公共管理学院”钟秋言" "做调研，第一次去往往…" (the first
    paragraph's opening words). After: BYLINE "东城区人民法院　蒋书宁", BYLINE "汀澜大学…".

    >>> [(b.kind.value, b.text) for b in _affiliated_writers((Block(("调研要多走回头路",), 1, kind=Kind.SHORT), Block(("汀澜大学公共管理学院　钟秋言", "做调研，第一次"), 2, kind=Kind.BODY)))]
    [('short', '调研要多走回头路'), ('byline', '汀澜大学公共管理学院　钟秋言'), ('body', '做调研，第一次')]
    >>> [b.kind.value for b in _affiliated_writers((Block(("法院开庭",), 1, kind=Kind.SHORT), Block(("汀澜大学开学典礼今日举行",), 2, kind=Kind.SHORT)))]
    ['short', 'short']

    A pupil signs so by school and grade: "外婆的菜園" / "興安國小六年級　游芷晴" (before: the essay's deck).

    >>> [bool(AFFILIATED_WRITER.match(t)) for t in ("興安國小六年級　游芷晴", "实验小学三年级2班　龚小鹿", "城关小学开学", "城关中学　喜获冠军", "城关中学　夺冠")]
    [True, True, False, False, False]
    """
    out: list[Block] = []
    for block in blocks:
        first = block.lines[0]
        if (
            out
            and out[-1].kind in (Kind.SHORT, Kind.HEADLINE)
            and block.kind in (Kind.SHORT, Kind.BODY)
            and AFFILIATED_WRITER.match(first)
        ):
            out.append(Block((first,), block.start, gap=block.gap, kind=Kind.BYLINE))
            if len(block.lines) > 1:
                out.append(block.with_(lines=block.lines[1:], start=block.start + 1, gap=0, indent=False))
        else:
            out.append(block)
    return tuple(out)


# Who wrote it, in brackets under the story's last sentence, as campus and county papers sign:
# "（科学技术研究院　通讯员　何晓东）", "（文／学生记者　付雨桐　图／党委宣传部　曾凡）", "（本报记者　李华）".
END_BYLINE = re.compile(
    r"^[（(](?=[^（）()，。！？]{2,40}[)）]$)(?:文\s*[／/]|[^（）()]*?(?:通讯员|通訊員|记者|記者|实习生|實習生))[^（）()]*?(?<![摄攝])[)）]$"
)


_RUNNING_WORD = re.compile(r"[^\W\d_][\w'’]*\.?")
_NAMELESS_WORDS = frozenset({"THE", "A", "AN"})


def _running_lines_inside_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line in capitals set between two lines of one sentence that prints again only the
    words of the page's masthead (the paper's name, its town, a state cut short) is the running
    head or foot of a column the text ran past: furniture, and the sentence goes on under it.

    Before: BODY "…a devoted member of the" / "THE ADVOCATE, CENTERVILLE, KAN." / "Methodist
    church for more than forty" (a Kansas weekly of 1896 under "THE CLAY COUNTY ADVOCATE." /
    "VOL. XII. CENTERVILLE, KANSAS, …"). After: that line FURNITURE, the text around it BODY.

    >>> top = Block(("THE ORCHARD VALLEY RECORD.", "VOL. III. MILLFORD, OREGON, MAY 4, 1899."), 1, kind=Kind.SHORT)
    >>> text = Block(("the new mill was built by the", "THE RECORD, MILLFORD, ORE.", "brothers Hale in the spring."), 5, gap=1, kind=Kind.BODY)
    >>> [(b.kind.value, b.lines) for b in _running_lines_inside_text((top, text))][1:]
    [('body', ('the new mill was built by the',)), ('furniture', ('THE RECORD, MILLFORD, ORE.',)), ('body', ('brothers Hale in the spring.',))]
    >>> head = Block(("the new mill was built by the", "ORCHARD VALLEY MEN", "in the spring."), 5, gap=1, kind=Kind.BODY)
    >>> _running_lines_inside_text((top, head))[1] == head  # the masthead's words, but not its place: a head
    True
    """
    if not blocks or len(blocks[0].lines) > 2:
        return blocks
    top = [line for block in blocks[:2] for line in block.lines][:2]  # the page's first two lines
    masthead = {word.rstrip(".").upper() for line in top for word in _RUNNING_WORD.findall(line)}
    out: list[Block] = []
    for i, block in enumerate(blocks):
        # (its last line, where the sentence goes on in the block under it, set close)
        below = i + 1 < len(blocks) and blocks[i + 1].kind is Kind.BODY and not blocks[i + 1].gap
        last = len(block.lines) if below else len(block.lines) - 1
        k = next((k for k in range(1, last) if _masthead_again(block.lines[k], block.lines[k - 1], masthead)), None) if block.kind is Kind.BODY else None
        if k is None:
            out.append(block)
            continue
        out += [block.with_(lines=block.lines[:k]), Block((block.lines[k],), block.start + k, kind=Kind.FURNITURE)]
        if k + 1 < len(block.lines):
            out.append(Block(block.lines[k + 1 :], block.start + k + 1, kind=Kind.BODY))
    return tuple(out)


def _masthead_again(line: str, above: str, masthead: set[str]) -> bool:
    """`line`, under a line that stops mid-sentence, is in capitals and names nothing but the
    masthead's words: the paper's name and its town (two words at least), a word cut short
    with a stop standing for the masthead's whole word ("KAN." for "KANSAS")."""
    if ends_sentence(above) or not _in_capitals(line):
        return False
    words = [word for word in _RUNNING_WORD.findall(line) if word.rstrip(".").upper() not in _NAMELESS_WORDS]
    whole = [word for word in words if word.rstrip(".").upper() in masthead]
    cut = [word for word in words if word.endswith(".") and any(m.startswith(word[:-1].upper()) for m in masthead)]
    return len(whole) >= 2 and len(whole) + len(set(cut) - set(whole)) == len(words)


def _initials_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A writer's initials (`KUERZEL`) on the line under a story's last sentence, in its
    paragraph's block, sign the story: "…cun in nov vehichel." / "(lma)" (before: the last
    paragraph's last words).

    >>> [(b.kind.value, b.lines) for b in _initials_apart((Block(("Die Halle wird im Mai eröffnet.", "(skr)"), 4, kind=Kind.BODY),))]
    [('body', ('Die Halle wird im Mai eröffnet.',)), ('byline', ('(skr)',))]
    """
    out: list[Block] = []
    for block in blocks:
        *text, last = block.lines
        if block.kind is Kind.BODY and text and KUERZEL.match(last) and ends_sentence(text[-1]):
            out.extend((block.with_(lines=tuple(text)), Block((last,), block.start + len(text), gap=0, kind=Kind.BYLINE)))
        else:
            out.append(block)
    return tuple(out)


def _end_bylines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A byline in brackets on the line under a story's last sentence, in its paragraph's block
    or a line of its own: the story's byline, not a paragraph's end nor the next story's kicker.

    Before: BODY "…增长15%以上。" / SHORT "（科学技术研究院　通讯员　何晓东）" (the next story's kicker);
    BODY "…共1200余名新生参加。" "（文／学生记者　付雨桐　图／党委宣传部　曾凡）" (in the paragraph).
    After: BYLINE "（科学技术研究院　通讯员　何晓东）"; BODY "…参加。" and BYLINE "（文／学生记者…）".

    >>> [bool(END_BYLINE.match(t)) for t in ("（本报记者　李华）", "（文／学生记者　付雨桐）", "（记者 王一 摄）", "（记者了解到，项目已完工。）")]
    [True, True, False, False]

    A commentary's writer signs so with a name alone (`_bracketed_writer`): "（舒　扬）". A reporter
    in brackets may sign under the headline too, over the text (`_under_its_head`).
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        above = out[-1] if out else None
        last = block.lines[-1]
        reporter = END_BYLINE.match(last) is not None and not PHOTO_CREDIT.match(last)  # "（图/本报记者 孔川）" credits a photo
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        # (a kicker stands after the blank line, or the day it was signed on under it: "林府家屬　敬啟" /
        # "二〇二六年十二月七日"; a columnist signs "文：老舵" under the last sentence, or the writer's
        # note straight under the name, as a column signed at its foot prints it: "何樂民" / "（作者為…）")
        closed = below is None or below.gap >= 1 or _ISSUED_ON.match(below.text) is not None or AUTHOR_NOTE.match(below.text.strip()) is not None
        signs = (_signature_line(last) or LABELLED_WRITER.match(last) is not None or _READER_SIGNATURE.match(last) is not None) and closed
        signs = signs and not _a_word_of_the_text(last, blocks)
        # (nor a table's last row under its rows: "日出　05:24　日落　18:39" / "紫外線　過量級")
        signs = signs and not (above is not None and block.gap == 0 and _row_of_cells(above.lines[-1]))
        # (nor the head of rows set under it: "…和我现在看漫画一样。”" / "四格漫画　小满的雨伞" / "" / "①妈妈：…")
        signs = signs and not (below is not None and below.kind is Kind.ROW and below.gap >= 1)
        if _signed_off(block, above) or signs and (_signature_under(block, above) or _dated_under(block, above, below)) or _desk_signs(block, above, below) or _name_over_the_foot(block, above, below):
            out.append(block.with_(kind=Kind.BYLINE))
        # (or under the line that says whom to call: "联系人：金先生　电话：0599-82213366" / "澄川市城东建设投资有限公司")
        elif (reporter or signs) and len(block.lines) > 1 and block.kind is Kind.BODY and (ends_sentence(block.lines[-2]) or signs and EVENT_FACT.match(block.lines[-2])):
            out.append(block.with_(lines=block.lines[:-1]))
            out.append(Block((last,), block.end, gap=0, kind=Kind.BYLINE))
        elif reporter and _alone_under_a_last_sentence(block, above):
            out.append(block.with_(kind=Kind.BYLINE))
        elif reporter and _under_its_head(block, above, below):
            out.append(block.with_(kind=Kind.BYLINE))
        else:
            out.append(_bracketed_writer(block, above))
    return tuple(out)


# A Chinese sentence's end, maybe inside its closing quote: where a column or a page may break.
CJK_SENTENCE_END = re.compile(r"[。！？][”」』]?$")
# A Chinese subhead (小标题): a phrase of a few characters, no mark of a clause or a sentence in it.
_CJK_SUBHEAD = re.compile(r"^[\u4e00-\u9fff0-9０-９“”「」《》]{4,16}$")


def _subheads_under_a_last_sentence(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A Chinese paragraph's block whose line before the last ends its sentence and whose last
    line is a short phrase with no mark in it, over more text, ends on a subhead the engine read
    into the paragraph (set close under it, in the same block): the subhead stands apart.

    Before: BODY "…维修点还会定期上门为行动不便的老人服务。" / "今年再增设十五个点位" over BODY
    "区商务局有关负责人表示…" (the subhead the paragraph's end, a heading missed).
    After: BODY "…老人服务。" and SHORT "今年再增设十五个点位", a heading over the text under it.
    A paragraph's own last line goes on from a line that did not end its sentence.
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        lines = block.lines
        if (
            block.kind is Kind.BODY
            and len(lines) >= 3
            and below is not None
            and below.kind is Kind.BODY
            and _CJK_SUBHEAD.match(lines[-1].replace(" ", "")) is not None
            and lines[-1].count("“") == lines[-1].count("”")  # (a quotation cut where a caption was set in: "“我们这代人")
            and CJK_SENTENCE_END.search(lines[-2].rstrip()) is not None
            and 2 * display_width(lines[-1]) < max(display_width(line) for line in lines[:-1])
        ):
            out.append(block.with_(lines=lines[:-1]))
            out.append(Block((lines[-1],), block.end, gap=0, kind=Kind.SHORT))
        else:
            out.append(block)
    return tuple(out)


def _under_its_head(block: Block, above: Block | None, below: Block | None) -> bool:
    """One line set close between a headline and the text under it: "老戏台唱响新戏文" /
    "（本报记者　莫小川）" / "　　在龙门镇…" (before: the title, the head its kicker)."""
    return (
        len(block.lines) == 1
        and block.gap == 0
        and above is not None
        and above.kind is Kind.SHORT
        and below is not None
        and below.gap == 0
        and below.kind is Kind.BODY
    )


_MARKED_HEAD_WIDTH = 40  # display cells: a brief's head is a line; a caption may run to a sentence or two
_MARKED_HEADS = 2  # a column of briefs has two items at least


_LISTED_ITEMS = 2  # one-line items in a row at least, to be a box's list


def _marked_list_items(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A box's list: two or more one-line items in a row, each after the same mark, none with
    text of its own under it (the block under the last is no paragraph), is the box's text, an
    item a row: never heads, which the story under the box would take for its section
    and kicker. (A column of marked briefs has a paragraph under each head.)

    Before: SHORT "今日提示" / SHORT "●国家统计局公布11月PMI数据" / SHORT "●两只新股今日申购" /
    SHORT "●沪深交易所周末进行技术测试" / SHORT "本地楼市成交回暖" / BODY "本报讯…" (the items
    the story's section and kicker). After: the three items ROWs, under the box's label.

    >>> b = lambda text, mark="", kind=Kind.SHORT: Block((text,), 1, kind=kind, mark=mark)
    >>> box = (b("今日提示"), b("国家统计局公布11月PMI数据", "●"), b("两只新股今日申购", "●"), b("本地楼市成交回暖"),
    ...        b("本报讯（记者　沈佳）记者从市住建局获悉，新建商品房成交回暖。", kind=Kind.BODY))
    >>> [x.kind.value for x in _marked_list_items(box)]
    ['short', 'row', 'row', 'short', 'body']
    >>> [x.kind.value for x in _marked_list_items(box[:3] + box[4:])]  # the last item has text: a brief's head
    ['short', 'short', 'short', 'body']

    Or the items a paragraph's colon opens (`_items_under_a_colon`), though the text goes on under them.

    >>> answer = b("答：要喺已經登記參加計劃嘅私家醫護人員度用，包括：", kind=Kind.BODY)
    >>> items = (answer, b("西醫同牙醫", "●"), b("中醫", "●", Kind.BYLINE), b("視光師", "●"), b("問：點知自己仲有幾多錢？", kind=Kind.BODY))
    >>> [(x.kind.value, x.text) for x in _marked_list_items(items)][1:3]
    [('row', '●西醫同牙醫'), ('row', '●中醫')]
    """

    out = list(blocks)
    i = 0
    while i < len(blocks):
        mark = bullet_of(blocks[i])
        under_a_colon = _items_under_a_colon(blocks, i)
        kinds = (Kind.SHORT, Kind.BYLINE) if under_a_colon else (Kind.SHORT,)
        j = i
        while j < len(blocks) and blocks[j].kind in kinds and len(blocks[j].lines) == 1 and bullet_of(blocks[j]) == mark:
            j += 1
        if mark in LIST_BULLETS and j - i >= _LISTED_ITEMS and (j == len(blocks) or blocks[j].kind is not Kind.BODY or under_a_colon):
            out[i:j] = [block.with_(kind=Kind.ROW) for block in blocks[i:j]]
            if under_a_colon:  # (a printed line of the list: the bullet kept, as holdout103's "＋"/"－" rows kept theirs)
                out[i:j] = [block.with_(lines=(block.mark + block.text,), mark="") if block.mark else block for block in out[i:j]]
        i = max(j, i + 1)
    return tuple(out)


def _items_under_a_colon(blocks: tuple[Block, ...], at: int) -> bool:
    """The marked items at `at` stand flush under a paragraph that ends on a colon ("…包括："):
    the list it opens, its rows, not heads, though text goes on under them (holdout117's ruling:
    bullet rows under an answer are paragraphs of their own). Before: "答：…包括：" / "●西醫同牙醫" /
    "●中醫" / "●物理治療師同視光師" / "問：…" made the items the title, byline and heading of an
    article holding the last pair. After: three rows of the Q&A."""
    return at > 0 and blocks[at - 1].kind is Kind.BODY and blocks[at - 1].text.rstrip().endswith(("：", ":"))


def _marked_brief_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """"▲" marks a photo's caption, and also the heads of a column of briefs: where two lines
    marked so or more each stand over a paragraph of text, no credit under any, none a
    sentence, they are the briefs' heads.

    Before: SHORT "车市快讯" / CAPTION "本月起新能源车可预约上门充电" / BODY "12月起，本市…" /
    CAPTION "二手车交易市场迁至城北" / BODY "位于解放路的…". After: the two CAPTIONs are SHORT
    heads, each with its "▲" mark, so each brief is a story under the column's name.

    >>> b = lambda text, kind: Block((text,), 1, gap=1, kind=kind, mark="▲" if kind is Kind.CAPTION else "")
    >>> page = (b("车市快讯", Kind.SHORT), b("本月起新能源车可预约上门充电", Kind.CAPTION), b("12月起，本市供电部门推出移动充电车预约服务，车主可在小程序下单。", Kind.BODY),
    ...         b("二手车交易市场迁至城北", Kind.CAPTION), b("位于解放路的二手车交易市场将于12月10日整体搬迁至城北汽车城。", Kind.BODY))
    >>> [x.kind.value for x in _marked_brief_heads(page)], [x.kind.value for x in _marked_brief_heads(page[:3])]
    (['short', 'short', 'body', 'short', 'body'], ['short', 'caption', 'body'])
    """

    def head(i: int) -> bool:
        block, below = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
        return (
            block.kind is Kind.CAPTION
            and block.mark[:1] in CAPTION_MARKS
            and len(block.lines) == 1
            and display_width(block.text) <= _MARKED_HEAD_WIDTH
            and not ends_sentence(block.text)
            and below is not None
            and below.kind is Kind.BODY
            and ends_sentence(below.text)
        )

    heads = [i for i in range(len(blocks)) if head(i)]
    if len(heads) < _MARKED_HEADS:
        return blocks
    out = list(blocks)
    for i in heads:
        out[i] = out[i].with_(kind=Kind.SHORT)
    return tuple(out)


def _sources_under_the_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The paper a story was translated or taken from, in brackets on the line under its last
    sentence (`SOURCE`'s translated form), is the story's source, not its last paragraph's end.

    Before: BODY "…所需經費約一百二十億銖。" "（譯自泰文《晨光報》）". After: BODY "…億銖。" and SOURCE.

    >>> block = Block(("延長三個月所需經費約一百億銖。", "（譯自泰文《晨光報》）"), 5, kind=Kind.BODY)
    >>> [(b.kind.value, b.text) for b in _sources_under_the_text((block,))]
    [('body', '延長三個月所需經費約一百億銖。'), ('source', '（譯自泰文《晨光報》）')]
    """
    out: list[Block] = []
    for block in blocks:
        *text, last = block.lines
        source = SOURCE.match(last)
        if source and source.group("translated"):
            if block.kind is Kind.BODY and text and ends_sentence(text[-1]):
                out.extend((block.with_(lines=tuple(text)), Block((last,), block.start + len(text), gap=0, kind=Kind.SOURCE)))
                continue
            if block.kind is Kind.SHORT and not text and out and out[-1].kind is Kind.BODY and block.gap == 0:
                out.append(block.with_(kind=Kind.SOURCE))
                continue
        out.append(block)
    return tuple(out)


# A pen name in brackets, two or three glyphs, as old tabloids and supplements sign a piece under its
# title: "（紛紜）", "（丹翁）". Not what else brackets hold there: a serial's part or its end
# ("（上）", "（續完）", "（第二回）"), a number or a count ("（十二）", "（二首）", "（三則）"), a selection or
# translation ("（節選）", "（譯文）"), a desk or a wire ("（本報）", "（專電）", `SOURCE`).
_BRACKETED_PEN_NAME = re.compile(r"^[（(]\s*(?![一二三四五六七八九十百〇零上中下]+\s*[)）])([\u4e00-\u9fff]{2,3})\s*[)）]$")
_NOT_A_PEN_NAME = re.compile(r"[續续完選选摘譯译附圖图表評评論论報报社電电訊讯稿則则首篇章回節节期]")


def _pen_names_under_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A pen name in brackets on a line of its own between a headline and the text under it
    (`_BRACKETED_PEN_NAME`) signs the piece: the story's byline, not its title with the headline
    pushed up to be its kicker. No surname tells it (`PERSONAL_NAME`): a pen name is any two or
    three glyphs, the brackets say it is one.

    Before: SHORT "記縣城茶館失火事" / SHORT "（秋帆）" / BODY "前晚十時許，…" (kicker 記縣城茶館失火事,
    title （秋帆）). After: BYLINE "秋帆", the head the title. So where the name's smaller type under
    the head made it the head's deck (`reading._decks`: a vertical title column with the name in a
    narrower column beside it, real18 jingbao 1939 p7's 記馮心支被擊事 / （紛紜）, RapidOCR: subtitle
    （紛紜）, no byline; after: byline 紛紜).

    >>> head, body = Block(("記縣城茶館失火事",), 1, kind=Kind.SHORT), Block(("前晚十時許，縣城東街一家茶館失火。",), 5, gap=1, kind=Kind.BODY)
    >>> [_pen_names_under_heads((head, Block((t,), 3, gap=1, kind=Kind.SHORT), body))[1].kind.value for t in ("（秋帆）", "（續完）", "（十二）", "（中央社）")]
    ['byline', 'short', 'short', 'short']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        block, above, below = blocks[i], blocks[i - 1], blocks[i + 1]
        name = _BRACKETED_PEN_NAME.match(block.text) if len(block.lines) == 1 else None
        if (
            name
            and _NOT_A_PEN_NAME.search(name.group(1)) is None
            and block.kind in (Kind.SHORT, Kind.SUBTITLE)
            and above.kind is Kind.SHORT
            and not ends_sentence(above.lines[-1])
            and below.kind is Kind.BODY
            and block.gap <= 1
            and below.gap <= 1
        ):
            out[i] = block.with_(lines=(name.group(1),), kind=Kind.BYLINE, mark=block.text[0] + block.text[-1])
    return tuple(out)


def _bracketed_writer(block: Block, above: Block | None) -> Block:
    """A commentary's writer signing under its last sentence with a name in brackets, a line of
    its own ("（舒　扬）"), is the story's byline ("舒　扬"), not the next story's kicker or section;
    any other block is returned as it is. So is a reader signing an essay with where she lives,
    or a commentator with his desk (`_BRACKETED_SIGNER`): "…我講的就是小王子和狐狸。" / "" /
    "（沙田讀者　何嘉欣）" / "" / "閱讀快訊" (before: the next column's section, its label the kicker).

    >>> body = Block(("看似小事，却解决了大难题。",), 1, kind=Kind.BODY)
    >>> [_bracketed_writer(Block((t,), 3, gap=1, kind=Kind.SHORT), body).kind.value for t in ("（舒　扬）", "（待续）", "（沙田讀者　何嘉欣）", "（本报评论员　韦　川）")]
    ['byline', 'short', 'byline', 'byline']
    """
    name = _BRACKETED.fullmatch(block.text)
    if (
        name
        and block.kind is Kind.SHORT
        and block.gap <= 1
        and above is not None
        and above.kind is Kind.BODY
        and ends_sentence(above.lines[-1])
        and (PERSONAL_NAME.match(re.sub(r"[\s\u3000]", "", name.group(1))) or _BRACKETED_SIGNER.match(name.group(1)))
    ):
        return block.with_(lines=(name.group(1),), kind=Kind.BYLINE, mark=block.text[0] + block.text[-1])
    return block


_BRACKETED = re.compile(r"[（(]([^（）()]{2,14})[)）]")
# Who signs in those brackets besides a name alone: a reader and where she lives ("沙田讀者　何嘉欣",
# `_READER_SIGNATURE`), or the paper's commentator ("本报评论员　韦　川").
_BRACKETED_SIGNER = re.compile(
    rf"{_READER_SIGNATURE.pattern}|^(?:本报|本報)?(?:特约|特約)?(?:评论员|評論員)[\s\u3000]+[{_SURNAMES}][\s\u3000]?[\u4e00-\u9fff](?:[\s\u3000]?[\u4e00-\u9fff])?$"
)


# A line in brackets, a name or a title with no sentence in it: "（本报特约法律顾问　韩晓燕律师）".
BRACKETED_NAME = re.compile(r"^[（(][^（）()，。！？；：,.!?;:]{4,40}[)）]$")


# Who signs a piece under its last line: an office, a name, or both, in brackets or set apart:
# "（厂安全科）", "厂工会　龚　平", "装配车间　卢红梅", "厂工会　厂团委".
# (or a two-character name spaced to a three-character one's width: a pen name, "路　石"; or a pen
# name of two or three characters set solid, as an old tabloid's columnist signs: "老槍"; not a box's
# label set under the text, "链接", "背景", "相关新闻"); a notice is signed by the body that issued
# it, its name alone: "国网临江供电公司", "朝晖街道办事处", a call for contributions by the desk that
# makes it: "副刊編輯部".
# A body that issues a notice, by what its name ends on: "临江市自来水有限公司", "市疾病预防控制中心".
_ISSUING_BODY = re.compile(
    r"[\u4e00-\u9fff]{2,14}(?:公司|集团|集團|局|委员会|委員會|办公室|辦公室|办事处|辦事處|管理处|管理處|居委会|居委會|村委会|村委會|协会|協會|医院|醫院|银行|銀行|派出所|支队|支隊|大队|大隊|中心|气象台|氣象台|指挥部|指揮部|编辑部|編輯部|法院|检察院|檢察院|政府|清算组|清算組)"
)
_SIGNATURE = re.compile(
    r"[（(][\u4e00-\u9fff]{2,10}[)）]|[\u4e00-\u9fff]{2,10}(?:[\s\u3000]+[\u4e00-\u9fff]{1,10}){1,3}|[\u4e00-\u9fff][\s\u3000]+[\u4e00-\u9fff]"
    # (not a box's label: "相关链接", "她说" over a profile's quotations; nor a notice named by its
    # kind alone, glued under a story's last sentence: "…公布。”" / "鸣谢" / "我市遭受…", its head)
    r"|(?!\S*(?:链接|鏈接|相关|相關|背景|提示|资料|資料|新闻|新聞|知识|知識|档案|檔案|导读|導讀|说|說|鸣谢|鳴謝|讣告|訃告|敬贺|敬賀|恭贺|恭賀|启事|啟事|公告|通告))[\u4e00-\u9fff]{2,3}"
    r"|" + _ISSUING_BODY.pattern
)
_SIGNATURE_WIDTH = 24  # display cells
_ISSUING_BODY_WIDTH = 32  # a body's full name runs longer: "青浦区公安分局交通警察支队"


def _signature_line(text: str) -> bool:
    """A line that may sign a piece: an office or a name, in brackets or set apart from another.

    >>> [_signature_line(t) for t in ("（厂安全科）", "厂工会　龚　平", "厂子弟学校迎来建校三十周年", "夜班　车间", "柯　平", "老槍", "链接")]
    [True, True, False, True, True, True, False]
    >>> _signature_line("国网临江供电公司"), _signature_line("临江市自来水有限公司"), _signature_line("（排名不分先后）")
    (True, True, False)
    >>> _signature_line("滨城市公安局交通警察支队"), _signature_line("市疾病预防控制中心"), _signature_line("青浦区公安分局交通警察支队")
    (True, True, True)
    >>> _signature_line("（北岸出版社提供）"), _signature_line("鳴謝")
    (False, False)
    """
    # (a paragraph's last line is longer in characters than a signature is wide: not measured)
    width = _ISSUING_BODY_WIDTH if _ISSUING_BODY.fullmatch(text) else _SIGNATURE_WIDTH
    return (
        len(text) <= width
        and display_width(text) <= width
        and _SIGNATURE.fullmatch(text) is not None
        and not PHOTO_CREDIT.match(text)
        and SUPPLIED_BY.match(text) is None  # who supplied a picture or a box: "（南方灣出版社提供）"
        and _LIST_ORDER_NOTE.search(text) is None
    )


# A list's note on its order, in brackets under its last row: "（排名不分先后）", "（按姓氏笔画为序）";
# or a table's on what its rows hold: "（以上成交价均含佣金）", "（上表数据截至11月30日）"; or a list of
# places' on their hours: "（节假日照常开放）", "（逢周一闭馆）"; or a price list's on whose prices hold:
# "（實際售價以店家為準）" (an engine may read 準 as 准), no one's signature; nor a reading list's
# note on who drew it up, "（市图书馆少儿部推荐）": the list's last row, as its source line would be.
_LIST_ORDER_NOTE = re.compile(r"排名|排序|先后|先後|为序|為序|顺序|順序|^[（(](?:以上|上述|上表|表中)|开放|開放|闭馆|閉館|休馆|休館|照常营业|照常營業|[为為][准準][)）]$|(?:推荐|推薦)[)）]$")


def _dashed_signatures(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line opened by a dash under a quotation's last sentence, nothing but a blank line or the
    page's end under it, names who said it: the box's byline, not a deck (a deck stands under a
    head). Before: SHORT "名医提醒" / BODY "“…比吃什么补品都管用。”" / SUBTITLE "——市中医院主任中医师　卢秉文"
    (the next story's deck). After: BYLINE "市中医院主任中医师　卢秉文".

    >>> quote = Block(("“晚上十一点前入睡，比吃什么补品都管用。”",), 2, kind=Kind.BODY)
    >>> signed = _dashed_signatures((quote, Block(("——市中医院主任中医师　卢秉文",), 3, gap=1, kind=Kind.SUBTITLE)))
    >>> [(b.kind.value, b.text) for b in signed][1]
    ('byline', '市中医院主任中医师　卢秉文')
    """
    out = list(blocks)
    for i in range(1, len(blocks)):
        block, above = blocks[i], blocks[i - 1]
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        said = above.kind is Kind.BODY and above.text.rstrip("。")[-1:] in "”」』"
        # (a pull quote's speaker, the text under it repeating the quote, is `_attributed_quotes`')
        pulled = below is not None and below.kind is Kind.BODY and _pull_quote_over_its_sentence(above, below)
        if block.kind is Kind.SUBTITLE and len(block.lines) == 1 and block.text.startswith("——") and said and (below is None or below.gap >= 1) and not pulled:
            out[i] = block.with_(lines=(SUBTITLE.match(block.text).group("text"),), kind=Kind.BYLINE)
    return tuple(out)


def _sayings_over_their_speakers(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A quote box of several speakers: two sayings or more, each a quotation in “” (or 「」) with its
    dash line naming who said it flush under it, are the box's rows, each printed line a paragraph
    (a saying and the line that signs it), neither a deck nor the box's byline; the short line over
    the first saying is the box's head. Before: "各方声音" a subhead of the story above, each
    "——网约车司机　蒋　丰" a deck and the last one the story's byline (holdout91's national page).
    After: the box "各方声音" of six paragraphs. One saying over its speaker is `_dashed_signatures`'.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> box = (b(Kind.SHORT, 0, "群众心声"), b(Kind.BODY, 1, "“路修好了，卖菜方便多了。”"), b(Kind.SUBTITLE, 0, "——菜农　邝　平"),
    ...        b(Kind.BODY, 0, "“孩子上学不用绕远了。”"), b(Kind.SUBTITLE, 0, "——家长　岑小茹"))
    >>> [x.kind.value for x in _sayings_over_their_speakers(box)]
    ['headline', 'row', 'row', 'row', 'row']
    >>> [x.kind.value for x in _sayings_over_their_speakers(box[:3])]
    ['short', 'body', 'subtitle']
    """
    def pair_at(k: int) -> bool:
        if k + 1 >= len(blocks):
            return False
        saying, speaker = blocks[k], blocks[k + 1]
        return (
            saying.kind is Kind.BODY
            and saying.text[:1] in "“「"
            and saying.text.rstrip("。")[-1:] in "”」"
            and speaker.kind in (Kind.SUBTITLE, Kind.BYLINE, Kind.SHORT)
            and speaker.gap == 0
            and len(speaker.lines) == 1
            and speaker.text.startswith("——")
            and not ends_sentence(speaker.text)
        )

    out = list(blocks)
    i = 0
    while i < len(blocks):
        k = i
        while pair_at(k) and (k == i or blocks[k].gap == 0):
            k += 2
        if k - i >= 4:  # two sayings or more, each signed
            out[i:k] = [block.with_(kind=Kind.ROW) for block in blocks[i:k]]
            head = blocks[i - 1] if i else None
            if head is not None and head.kind is Kind.SHORT and len(head.lines) == 1 and blocks[i].gap <= 1:
                out[i - 1] = head.with_(kind=Kind.HEADLINE)
            i = k
        else:
            i += 1
    return tuple(out)


def _rows_of_cells(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Short lines set flush one under another, each of three cells or more set a wide space apart
    (`is_table_row`) and no figure in any (a panel of figures is page furniture: `mark_data_panel`),
    are a table's rows, however short: a list of prize winners under a story, "组别　　获奖者　　学校" /
    "小学低年级　吴雨桐　　城关一小" / …. Before, each read as a head line and all of them became the next
    story's section.

    >>> rows = [Block((t,), n, kind=Kind.SHORT) for n, t in enumerate(("组别　　获奖者　　学校", "初中组　　黄嘉怡　　溪口中学"))]
    >>> [b.kind.value for b in _rows_of_cells(tuple(rows))], [b.kind.value for b in _rows_of_cells(tuple(rows[:1]))]
    (['row', 'row'], ['short'])
    """
    # (a label's rows, "一车间：汤建国　刘桂芝", are `_labelled_rows`' to judge, with their signature)
    cells = [block.kind is Kind.SHORT and len(block.lines) == 1 and _cells(block.text) >= _ROW_CELLS and not _labelled_row(block.lines) for block in blocks]
    flush = [here and (i + 1 < len(blocks) and cells[i + 1] and blocks[i + 1].gap == 0 or i > 0 and cells[i - 1] and block.gap == 0) for i, (here, block) in enumerate(zip(cells, blocks))]
    return tuple(block.with_(kind=Kind.ROW) if row else block for block, row in zip(blocks, flush))


_ROW_CELLS = 3


def _row_of_cells(line: str) -> bool:
    """A table's row of three cells or more with figures in them: a data table's, whose last row
    of two cells signs nothing (a list of names, "仓库：孙玉兰　郑　强", may be signed under it)."""
    shape = row_shape(line)
    return shape is not None and shape[0] >= _ROW_CELLS and shape[1]


def _cells(line: str) -> int:
    shape = row_shape(line)  # (cells, holds a figure)
    return shape[0] if shape is not None and not shape[1] else 0


def _list_order_notes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A list's note on its order, in brackets flush under its last row, is the list's last
    paragraph, not a signature nor the next story's kicker.

    Before: ROW "匿名市民　　2万元" / SHORT "（排名不分先后）". After: the note is BODY. So is a
    table's note on its rows ("（以上成交价均含佣金）" under an auction's results: before, a signature
    run into the story's byline).

    >>> rows = (Block(("清代田黄石印章　　15-25　　41.4",), 1, kind=Kind.BODY), Block(("（以上成交价均含佣金）",), 2, kind=Kind.SHORT))
    >>> [b.kind.value for b in _list_order_notes(rows)]
    ['body', 'body']
    """
    return tuple(
        block.with_(kind=Kind.BODY)
        if block.kind is Kind.SHORT and block.gap == 0 and i and blocks[i - 1].kind in (Kind.ROW, Kind.BODY) and _CLOSED_LINE.match(block.text) and _LIST_ORDER_NOTE.search(block.text)
        else block
        for i, block in enumerate(blocks)
    )


# A list carried on from an earlier issue, so noted over its first row: "（續昨）", "（续前）", "（接上期）".
_LIST_CONTINUED = re.compile(r"^[（(](?:續|续|接)(?:昨|昨日|前|上期)[)）]$")


def _list_continued_notes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A list's note that it goes on from yesterday's issue, flush over its first row, is the
    list's first paragraph (a row), not its headline's deck.

    Before: SHORT "南部水災賑災捐款（第三批）" / SHORT "（續昨）" (its subtitle) / ROW "泰國福山同鄉會　　二十萬銖".
    After: the note a ROW.

    >>> page = (Block(("（續昨）",), 3, kind=Kind.SHORT), Block(("福山同鄉會　　二十萬銖",), 4, kind=Kind.ROW))
    >>> [b.kind.value for b in _list_continued_notes(page)]
    ['row', 'row']
    """
    return tuple(
        block.with_(kind=Kind.ROW)
        if block.kind is Kind.SHORT and _LIST_CONTINUED.match(block.text) and i + 1 < len(blocks) and blocks[i + 1].kind is Kind.ROW and blocks[i + 1].gap == 0
        else block
        for i, block in enumerate(blocks)
    )


# The day (and hour) a notice was issued, under its signer's name: "2026年12月1日16时20分"; a Taiwan
# office dates its notice in the Republic's years: "中華民國132年8月11日" (before: read as no day, the
# notice's sentence left open, so the Q&A's label under the box ran into its question as one title).
_REPUBLIC_DAY = "(?:中華民國|中华民国|民國|民国)[0-9０-９]{1,3}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
_ISSUED_ON = re.compile(rf"^(?:{CHINESE_DAY}|{_REPUBLIC_DAY})(?:[0-9０-９]{{1,2}}[时時](?:[0-9０-９]{{1,2}}分)?)?$")


def _signing_days(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The day a notice was issued on, on its line right under the body that signs it and set in
    at the page's paragraph indent, is the notice's last line, its text: "…逾期将依法缺席判决。" /
    "澄川市澄东区人民法院" / "　　二〇二七年三月二日" (before: the date alone was page furniture, as a
    running head's date is). Set flush under the signer, as most notices print it, it stays the
    signature's date, furniture; so does one set far right, as the signer is (`Block.set_right`).

    >>> signer = Block(("汶阳市防汛抗旱指挥部",), 4, kind=Kind.BYLINE)
    >>> [b.kind.value for b in _signing_days((signer, Block(("二〇二七年六月十八日",), 5, kind=Kind.FURNITURE, indent=True)))]
    ['byline', 'body']
    >>> [b.kind.value for b in _signing_days((signer, Block(("二〇二七年六月十八日",), 5, kind=Kind.FURNITURE)))]
    ['byline', 'furniture']

    A blank line may part them; a signer set in at the indent too is the notice's line as well
    ("　　江岚市城市管理局" / "" / "　　2027年9月2日": both the road notice's last paragraphs).

    >>> indented = Block(("江岚市城市管理局",), 4, kind=Kind.BYLINE, indent=True)
    >>> [b.kind.value for b in _signing_days((indented, Block(("2027年9月2日",), 6, gap=1, kind=Kind.FURNITURE, indent=True)))]
    ['row', 'row']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, signer = out[i], out[i - 1]
        if block.kind is Kind.FURNITURE and block.indent and not block.set_right and block.gap <= 1 and len(block.lines) == 1 and signer.kind is Kind.BYLINE and _ISSUED_ON.match(block.text.strip()):
            if signer.indent and len(signer.lines) == 1:
                # set in at the indent too, the signer is a line of the text: each a paragraph of its own (rows join nothing)
                out[i - 1], out[i] = signer.with_(kind=Kind.ROW), block.with_(kind=Kind.ROW)
            else:
                out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


def _dated_under(block: Block, above: Block | None, below: Block | None) -> bool:
    """A signing line set a blank line under a notice's last sentence (or its list's last row)
    with the day it was issued under it signs the notice: a head stands over text, not over a date.

    Before: BODY "3．做好水管、水表等设施的防冻工作。" / ⏎ / SHORT "澄川市气象台" / ⏎ /
    "2026年12月1日16时20分" / ⏎ / SHORT "未来三天天气" (the signer the next box's kicker).
    After: BYLINE "澄川市气象台".
    """
    return (
        block.kind is Kind.SHORT
        and block.gap == 1
        and len(block.lines) == 1
        and above is not None
        and (above.kind is Kind.ROW or above.kind is Kind.BODY and ends_sentence(above.lines[-1]))
        and below is not None
        and _ISSUED_ON.match(below.text) is not None
    )


def _a_word_of_the_text(line: str, blocks: tuple[Block, ...]) -> bool:
    """A bare word of two to four characters that the page's paragraphs use twice or more is a
    word of the text cut off at a column's foot, not a writer signing: "…光放飞就用了二十个人。" /
    "风筝" / ⏎ / caption / "升到半空时，…" on a kite festival's page (before: the byline of a
    story of its own). A writer's name is not in the text that writer signs.

    >>> text = Block(("风筝节开幕，百多只风筝升空。",), 1, kind=Kind.BODY)
    >>> _a_word_of_the_text("风筝", (text, Block(("风筝",), 3, kind=Kind.SHORT))), _a_word_of_the_text("柯平", (text,))
    (True, False)
    """
    if not _BARE_WORD.fullmatch(line):
        return False
    return sum(block.text.count(line) for block in blocks if block.kind is Kind.BODY) >= 2


_BARE_WORD = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _signature_under(block: Block, above: Block | None) -> bool:
    """A signing line (`_signature_line`) on its own straight under a piece's last sentence, with
    a blank line or the page's end after it (the caller's test), signs that piece: a kicker or the
    head of the next story stands after the blank line, not before it.

    Before: BODY "…扣发当月奖金。" / SHORT "（厂安全科）" / ⏎ / SHORT "厂子弟学校迎来建校三十周年"
    (the signature the next story's kicker). After: BYLINE "（厂安全科）".
    """
    # ("◆拾得钱包　完璧归赵": a brief's head, marked as heads are)
    return block.kind is Kind.SHORT and not block.mark and _alone_under_a_last_sentence(block, above)


def _alone_under_a_last_sentence(block: Block, above: Block | None) -> bool:
    """A one-line block printed straight under a paragraph that ended its sentence, or under a
    list's last row (a row is whole, as a sentence is): where a piece is signed. Before: ROW
    "工具车间：何永利" / SHORT "厂工会　厂团委" / ⏎ / SHORT "安全月检查查出隐患二十一处" (the list's
    signers the next story's kicker); after: the list's byline.

    >>> row = Block(("工具车间：何永利",), 7, indent=True, kind=Kind.ROW)
    >>> _alone_under_a_last_sentence(Block(("厂工会　厂团委",), 8, kind=Kind.SHORT), row)
    True
    """
    return (
        len(block.lines) == 1
        and block.gap == 0
        and above is not None
        and (above.kind is Kind.BODY and ends_sentence(above.lines[-1]) or above.kind is Kind.ROW)
    )


# The page's own desk, signing a notice it printed: "本版编辑", "本报编辑部", "编者".
# (or the paper's desk that compiled the piece: "本报资料室整理" under a chronicle's last entry)
_DESK = re.compile(r"(?:本版|本刊|本报|本報)?(?:编辑部|編輯部|编辑|編輯)|编者|編者|(?:本报|本報)[\u4e00-\u9fff]{1,6}(?:整理|辑|輯)")


def _desk_signs(block: Block, above: Block | None, below: Block | None) -> bool:
    """The desk's name alone on a line, under a paragraph that ended its sentence (straight under
    it or a blank line down) and over a blank line or the page's foot, signs the notice above:
    "…由家长陪同到本报报名。" / "" / "本版编辑" / "" / "本版投稿邮箱：…". It heads nothing.

    >>> notice = Block(("欢迎同学们踊跃投稿。",), 1, kind=Kind.BODY)
    >>> [_desk_signs(Block((t,), 3, gap=1, kind=Kind.SHORT), notice, None) for t in ("本版编辑", "编辑部的一天", "本报资料室整理")]
    [True, False, True]

    A line over rows set a blank line under it heads them, though its words name a desk: a list
    of the paper's office-holders by term, "…看见。”" / "本报历任总编辑" / "" / "第一任　周启明　1960—1971"
    (Before: BYLINE, the list with no title. After: the SHORT head of its rows), as `_end_bylines`
    keeps a signature's line over rows.

    >>> rows = Block(("第一任　林　川　1950—1962",), 5, gap=1, kind=Kind.ROW)
    >>> _desk_signs(Block(("本报历任总编辑",), 3, kind=Kind.SHORT), notice, rows), _desk_signs(Block(("本版编辑",), 3, gap=1, kind=Kind.SHORT), notice, None)
    (False, True)
    """
    return (
        block.kind is Kind.SHORT
        and len(block.lines) == 1
        and block.gap <= 1
        and _DESK.fullmatch(block.lines[0]) is not None
        and above is not None
        and above.kind is Kind.BODY
        and ends_sentence(above.lines[-1])
        and (below is None or below.gap >= 1)
        and not (below is not None and below.kind is Kind.ROW)
    )


# A signature's field before the name, the body or the rank ("城南派出所", "一级警长"): words only.
_POST_FIELD = re.compile(r"[\u4e00-\u9fff]{2,14}")


def _name_after_post(text: str) -> bool:
    """A name alone (`PERSONAL_NAME`), or last after the body and the rank set apart by full-width
    spaces, as an officer signs a column: "城南派出所　一级警长　林川"."""
    *post, name = text.split("\u3000")
    return len(post) <= 2 and PERSONAL_NAME.match(name) is not None and all(_POST_FIELD.fullmatch(field) for field in post)


def _name_over_the_foot(block: Block, above: Block | None, below: Block | None) -> bool:
    """A name alone on a line (`PERSONAL_NAME`), under a piece's last sentence and over nothing but
    the page's foot, signs that piece even a blank line down, as a layout format sets a signature
    flush right apart from the text: "…又能被后人一页页翻开。" / "" / "宋知远" / "" / "越溪日报　A7　人物"
    (holdout62, a reporter's note; before, its last paragraph). No text under it for it to head.
    So does an officer's signature, the name last after the body and the rank (`_name_after_post`),
    as a police safety column is signed: "…发现可疑情况及时报警。" / "" / "青川县公安局城南派出所　一级警长　林　川"
    / "" / "青川日报　第7版" (before: the column's last paragraph; after: its byline).

    >>> note = Block(("这份慢让文字又能被翻开。",), 1, kind=Kind.BODY)
    >>> foot = Block(("青川日报　第7版",), 5, gap=1, kind=Kind.FURNITURE)
    >>> [_name_over_the_foot(Block((t,), 3, gap=1, kind=Kind.SHORT), note, foot) for t in ("林小舟", "林中小路的秋天")]
    [True, False]
    >>> [_name_over_the_foot(Block((t,), 3, gap=1, kind=Kind.SHORT), note, foot) for t in ("城南派出所　一级警长　林　川", "城南派出所　一级警长　夜间巡逻")]
    [True, False]

    An officer's signature signs so over the next piece's label too, a blank line down: the column
    is not the page's last piece, "…可以日灌夜排。" / "" / "县农技推广中心　高级农艺师　童　芃" / "" /
    "农资信息" (before: the label's kicker; after: the column's byline). A name with no post may be
    a byline printed over the next head, and stays for the rules that read those.

    >>> label = Block(("农资信息",), 5, gap=1, kind=Kind.SHORT)
    >>> [_name_over_the_foot(Block((t,), 3, gap=1, kind=Kind.SHORT), note, label) for t in ("县农技推广中心　高级农艺师　童　芃", "林小舟")]
    [True, False]
    """
    text = unpad_names(block.text)
    return (
        block.kind is Kind.SHORT
        and len(block.lines) == 1
        and block.gap <= 1
        and _name_after_post(text)
        and above is not None
        and above.kind is Kind.BODY
        and ends_sentence(above.lines[-1])
        and (below is None or below.kind is Kind.FURNITURE or _over_the_next_label(text, below))
    )


def _over_the_next_label(signature: str, below: Block) -> bool:
    """An officer's signature (a post before the name) a blank line over a label of one line."""
    return "\u3000" in signature and below.gap >= 1 and below.kind is Kind.SHORT and len(below.lines) == 1


def _signed_off(block: Block, above: Block | None) -> bool:
    """A line in brackets set in from the margin (set right, as a sign-off is) right under a
    piece's last sentence, naming no reporter (`END_BYLINE` takes those): who answered or
    wrote the piece above (`segment` adds it to a byline it already has), never the kicker
    of the next one.

    Before: "…结合自身情况作出选择。" / "　　　　　　（本报特约法律顾问　韩晓燕律师）" / "物业能否…停水？"
    (a letters page): the adviser the next letter's kicker. After: in the reply's byline.
    """
    return (
        block.kind is Kind.SHORT
        and block.indent
        and _alone_under_a_last_sentence(block, above)
        and BRACKETED_NAME.match(block.lines[0]) is not None
        and END_BYLINE.match(block.lines[0]) is None
        and PHOTO_CREDIT.match(block.lines[0]) is None
        # (nor a list's note on its rows, "（以上均为枪声成绩）" set in under a race's results: no one signs so)
        and _LIST_ORDER_NOTE.search(block.lines[0]) is None
    )


_VERSE_LINE_WIDTH = 40  # display columns: a line of verse is a phrase, not a column's measure
_MIN_STANZAS = 2
_MIN_VERSE_LINES = 6
_MIN_VERSE_LINES_UNDER_A_BYLINE = 4  # two stanzas of two lines at least


def _verse_line(block: Block, flush: bool) -> bool:
    """One printed line opening with the paragraph indent (or set flush, on a page that indents
    its paragraphs), short, leading into nothing (":"); no data box's figure ("126条", `_BOX_FIGURE`),
    no figure at all nor a label and its colon: a programme's or a box's rows read so ("晚上7時　神功戲
    《帝女花》", "對象：六十五歲或以上長者"), a poem's lines do not."""
    line = block.lines[0] if len(block.lines) == 1 else ""
    return (
        len(block.lines) == 1
        and (block.indent or flush)
        and block.kind in (Kind.SHORT, Kind.BODY)
        and display_width(line) <= _VERSE_LINE_WIDTH
        and line[-1:] not in "：:"
        and _BOX_FIGURE.match(line) is None
        and not any("0" <= ch <= "9" for ch in line)
        and _LABELLED_FIELD.match(line) is None
    )


# A Chinese poem's line as an engine reads it: characters only, no mark, no figure.
_VERSE_TEXT = re.compile(r"^[\u4e00-\u9fff]{2,14}$")
_VERSE_LENGTHS = 3  # lengths at least among a poem's lines


def _stanzas_read_whole(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    r"""A poem's stanzas as a layout format gives them, a block of lines each, the blocks apart by
    the stanzas' gaps: two blocks or more in a run, six lines at least, every line a verse line
    (`_VERSE_TEXT`; prose has a mark within fewer). Each stanza is one paragraph that keeps its
    printed lines, as `_verse` makes a text page's.

    Before: SHORT "秋天的河很慢" ⏎ "慢得像一封信" ⏎ "从上游寄到下游" / SHORT "芦苇替它盖上邮戳" ⏎ …
    (RapidOCR's lines of a drawn 副刊 poem; joined into one line of text, a head). After: BODY
    "秋天的河很慢\n慢得像一封信\n从上游寄到下游", one a stanza.

    >>> b = lambda *lines: Block(lines, 1, gap=1, kind=Kind.SHORT)
    >>> poem = (b("秋天的河很慢", "慢得像一封信", "从上游寄到下游"), b("芦苇替它盖上邮戳", "白鹭是它的地址", "我是那个收信的人"))
    >>> [(x.kind.value, x.lines) for x in _stanzas_read_whole(poem)][0]
    ('body', ('秋天的河很慢\n慢得像一封信\n从上游寄到下游',))
    """

    def stanza(block: Block) -> bool:
        return block.kind in (Kind.SHORT, Kind.BODY) and len(block.lines) >= 2 and all(_VERSE_TEXT.match(line.strip()) for line in block.lines)

    out = list(blocks)
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and stanza(blocks[end]):
            end += 1
        lines = [line.strip() for b in blocks[i:end] for line in b.lines]
        # (a verse's lines run to as many lengths as they please; a grid's names of programmes or
        # places are cut to one or two: "今晚聚焦" / "夜间新闻" / "都市生活" …)
        if end - i >= _MIN_STANZAS and len(lines) >= _MIN_VERSE_LINES and len({len(line) for line in lines}) >= _VERSE_LENGTHS:
            out[i:end] = [b.with_(lines=("\n".join(line.strip() for line in b.lines),), kind=Kind.BODY) for b in blocks[i:end]]
        i = max(end, i + 1)
    return tuple(out)


def _verse(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A poem's stanzas: runs of short lines, each opening with the paragraph indent, set off
    by blank lines. Prose never indents a run of short lines one under another, and a stack of
    headlines (kicker, title, deck) is one run over prose, not two runs, so it takes two
    stanzas and six lines, one blank line apart, none over a byline or a news lead. Each stanza is one paragraph that keeps its printed lines; in a
    组诗 the lines that stand alone between the stanzas (two or more) are its poems' titles.

    Before: SHORT "　　老樟树" / SHORT "　　老樟树把去年的叶子" / SHORT "　　一片一片还给泥土" / …
    (every line a heading or a headline).
    After: HEADING "老樟树", BODY "老樟树把去年的叶子⏎一片一片还给泥土⏎…" (one paragraph a stanza).

    A page that sets its poems flush may print the poem's title and its poet's name, a two-character
    name padded to three, as flush as the lines under them: the run's first line is the title and its
    second the byline (`_poets_name_opening_a_run`), the stanza the lines after them.
    """
    runs: list[tuple[int, int]] = []  # [start, end) of each run of verse lines apart from its neighbours
    heads: list[int] = []  # the first lines of runs that open on a poem's title and its poet's name
    flush = _indents_its_prose(blocks)
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and _verse_line(blocks[end], flush) and (end == i or blocks[end].gap == 0):
            if end == i and closes_a_quote_it_never_opened(blocks[end].lines[0]):
                break  # a quotation's carried end, the text's above a running head, opens no stanza
            end += 1
        over_a_story = end < len(blocks) and (blocks[end].kind is Kind.BYLINE or is_story_lead(blocks[end].text))
        # (a rhyme's lines, each closed by its mark, are paragraphs of their own: `_lines_of_verse`)
        rhymed = _rhymed([b.lines[0] for b in blocks[i:end]])
        # (the first stanza may stand flush under the poem's byline: "冬陽" / "◎何家豪" / "把一整個早上" / …)
        set_off = blocks[i].gap > 0 or i > 0 and blocks[i - 1].kind is Kind.BYLINE
        if end > i and set_off and (end == len(blocks) or blocks[end].gap > 0) and not over_a_story and not rhymed:
            if flush and _poets_name_opening_a_run(blocks[i:end]):
                heads.append(i)
                i += 2
            runs.append((i, end))
            i = end
        else:
            i = max(end, i + 1)
    out = list(blocks)
    group: list[tuple[int, int]] = []
    for run in [*runs, (-1, -1)]:
        if group and run[0] == group[-1][1] and blocks[run[0]].gap == 1:  # two blank lines part stories
            group.append(run)
            continue
        stanzas = [(a, b) for a, b in group if b - a >= 2]
        # (a short poem of two stanzas flush under its poet's name: no head stack stands under a byline)
        under_a_byline = bool(stanzas) and stanzas[0][0] > 0 and blocks[stanzas[0][0] - 1].kind is Kind.BYLINE
        if len(stanzas) >= _MIN_STANZAS and sum(b - a for a, b in stanzas) >= (_MIN_VERSE_LINES_UNDER_A_BYLINE if under_a_byline else _MIN_VERSE_LINES):
            titles = [(a, b) for a, b in group if b - a == 1 and blocks[a].kind is Kind.SHORT]
            for a, b in stanzas:
                out[a] = blocks[a].with_(lines=("\n".join(line for x in blocks[a:b] for line in x.lines),), kind=Kind.BODY)
                out[a + 1 : b] = [None] * (b - a - 1)
            if len(titles) >= 2:
                for a, _ in titles:
                    out[a] = blocks[a].with_(kind=Kind.HEADING)
            for a in heads:
                if group[0][0] == a + 2:
                    out[a], out[a + 1] = blocks[a].with_(kind=Kind.SHORT), blocks[a + 1].with_(kind=Kind.BYLINE)
        group = [run]
    return tuple(b for b in out if b is not None)


_MIN_STANZA_UNDER_A_HEAD = 2  # lines of verse under the title and the poet's name


def _poets_name_opening_a_run(run: tuple[Block, ...]) -> bool:
    """A run of flush verse lines whose second line is a two-character name padded to three ("林　涛")
    and nothing else: the first is the poem's title, the second its poet (a poem's line is no
    padded name)."""
    return len(run) >= 2 + _MIN_STANZA_UNDER_A_HEAD and padded_name().fullmatch(run[1].lines[0].strip()) is not None



_STANZA_LENGTHS = range(3, 9)  # lines of a stanza of a column's verse (fewer: couplets, which `_stanzas` reads)
_MIN_REGULAR_STANZAS = 3  # stanzas at least of one length: a poem's, not a head stack's
_STANZA_BREAKS_SEEN = 0.75  # of the breaks between stanzas of that length, the engine shows a blank line at this many at least
_BLANKS_WITHIN_STANZAS = 0.4  # ... and at fewer than this share of the lines inside them (one-line items apart are no stanzas)
_VERSE_MEASURE = 48  # display columns: a line of verse in a column stops short of this
_VERSE_FRAGMENT = 0.4  # of the median line: a shorter line is a word the engine set apart, no line of its own
_CAPITALS_OPENING = 0.85  # of the lines: verse opens every line on a capital (an engine misreads a few)
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def _stanzas_of_one_length(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    r"""A poem in stanzas of one length as an engine's plain text gives it, blank lines dropped at some
    stanza breaks and set in the middle of stanzas at others: a run of short lines (body or short
    blocks, no two blank lines apart) each opening on a capital, their count a multiple of a stanza
    length of three to eight lines, and a blank line standing at three quarters or more of the breaks
    every that many lines. Prose runs its lines on in lower case; a head stack is no three stanzas.
    Each stanza is one paragraph that keeps its printed lines (as `_verse` makes them); a word the
    engine set on a line of its own, far shorter than the verse's lines, stays with the stanza above.

    Before: (Tesseract's text of an 1856 weekly's poem, thirteen five-line stanzas) "They toil on…" ⏎
    … ⏎ "And pleasures of the heart." ⏎⏎ "How many harps…" ⏎ "Whose music…" ⏎⏎ "Because with lying
    notes…" (a blank line in mid-stanza, joined into its neighbours as a sentence cut short).
    After: "They toil on…\n…\nAnd pleasures of the heart.", "How many harps…\n…\nTheir melody to
    earth,", one paragraph a stanza.

    >>> b = lambda gap, *lines: Block(lines, 1, gap=gap, kind=Kind.BODY)
    >>> poem = (b(1, "Down by the mill the water runs,", "The wheel goes round all day;"), b(1, "The miller sings,", "And grinds the corn"),
    ...         b(1, "Beneath the April sky.", "The children come at noon", "To see the grindstones play;"), b(0, "They watch the flour fall,"),
    ...         b(1, "Then home they go to tea.", "Across the meadow wide,", "The lambs are in the fold;", "The evening bells are ringing"))
    >>> [x.lines[0].count("\n") + 1 for x in _stanzas_of_one_length(poem)]
    [4, 4, 4]
    """
    out = list(blocks)
    i = 0
    while i < len(blocks):
        end = i
        while end < len(blocks) and blocks[end].kind in (Kind.SHORT, Kind.BODY) and (end == i or blocks[end].gap <= 1) and all(display_width(line) <= _VERSE_MEASURE for line in blocks[end].lines):
            end += 1
        grouped = _regular_stanzas(blocks[i:end]) if end - i >= 2 else None
        if grouped is not None:
            out[i:end] = grouped + [None] * (end - i - len(grouped))
        i = max(end, i + 1)
    return tuple(b for b in out if b is not None)


def _regular_stanzas(run: tuple[Block, ...]) -> list[Block] | None:
    """The run's lines regrouped into stanzas of one length (`_stanzas_of_one_length`), or None."""
    lines = [(line, k == 0 and block.gap > 0, block) for block in run for k, line in enumerate(block.lines)]
    widths = sorted(display_width(line) for line, _, _ in lines)
    median = widths[len(widths) // 2]
    counted = [n for n, (line, _, _) in enumerate(lines) if display_width(line) >= _VERSE_FRAGMENT * median]
    openings = [_FIRST_LETTER.search(lines[n][0]) for n in counted]
    if sum(m is not None and m.group().isupper() for m in openings) < _CAPITALS_OPENING * len(counted):
        return None
    # (a blank line over a verse line, or over the fragment standing before it)
    blank = [lines[n][1] or n > 0 and counted[k - 1] < n - 1 and any(lines[m][1] for m in range(counted[k - 1] + 1, n + 1)) for k, n in enumerate(counted)]
    best: tuple[float, int] | None = None
    for size in _STANZA_LENGTHS:
        if len(counted) % size or len(counted) // size < _MIN_REGULAR_STANZAS:
            continue
        seen = sum(blank[k] for k in range(size, len(counted), size)) / (len(counted) // size - 1)
        within = sum(blank[k] for k in range(1, len(counted)) if k % size) / (len(counted) - len(counted) // size)
        if seen >= _STANZA_BREAKS_SEEN and within <= _BLANKS_WITHIN_STANZAS and (best is None or (seen, size) > best):
            best = (seen, size)
    if best is None:
        return None
    size = best[1]
    starts = [counted[k] for k in range(0, len(counted), size)]
    starts[0] = 0
    if all(lines[n][1] or n == 0 for n in starts) and sum(block.gap > 0 for block in run[1:]) == len(starts) - 1:
        return None  # the blank lines part the stanzas already
    return [
        lines[a][2].with_(lines=("\n".join(line for line, _, _ in lines[a:b]),), kind=Kind.BODY, gap=lines[a][2].gap if lines[a][1] or a == 0 else 1)
        for a, b in zip(starts, [*starts[1:], len(lines)])
    ]


def _indents_its_prose(blocks: tuple[Block, ...]) -> bool:
    """A page that indents its paragraphs may set a poem flush, its short lines unindented: "一夜之间" /
    "田埂白了头" / … (holdout24's 副刊); prose there never runs flush in short lines."""
    return any(b.indent and b.kind is Kind.BODY for b in blocks)


def _column_measure(blocks: tuple[Block, ...]) -> int:
    """The widest line of the page's paragraphs of several lines (display cells): its column's measure."""
    return max((display_width(line) for b in blocks if b.indent and len(b.lines) > 1 for line in b.lines), default=0)


def _standfirsts(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A feature's standfirst (导语), its story told in a sentence or three on one line set across
    the columns (wider than the column's measure), between the headline and the byline, is the
    story's deck, not its first paragraph.

    Before: SHORT "“夜里的一盏灯，能照亮好多人”" / BODY "五年前，退休教师许兰芝在村里办起了夜校。如今，…"
    (one line) / BYLINE "本报记者　严　澈". After: SUBTITLE "五年前，…".

    >>> text = Block(("　　秋收时节，村里家家户户都在晒谷场上忙", "碌，父亲天不亮就下了地。"), 5, indent=True, kind=Kind.BODY)
    >>> page = (Block(("一位老农的四十个秋天",), 1, kind=Kind.SHORT), Block(("四十年来，他种下的每一粒稻谷都记在一本账上。今年秋天，记者走进他的稻田。",), 2, kind=Kind.BODY),
    ...         Block(("本报记者　龙　飞",), 3, kind=Kind.BYLINE), text)
    >>> [b.kind.value for b in _standfirsts(page)]
    ['short', 'subtitle', 'byline', 'body']
    """
    measure = _column_measure(blocks)
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            _line_set_close_between(blocks, i)
            and above.kind in (Kind.SHORT, Kind.HEADLINE)
            and below.kind is Kind.BYLINE
            and 0 < measure < display_width(block.text)
            and ends_sentence(block.text)
        ):
            out[i] = block.with_(kind=Kind.SUBTITLE)
    return tuple(out)


# A line of verse ends on a clause's mark or a sentence's: "车间的灯亮到天明，", "机床唱着不停的歌。".
_VERSE_LINE_END = "，、；。！？…"
_MIN_LINES_OF_VERSE = 4
_VERSE_SHARE_OF_MEASURE = 0.75  # a line of verse stops short of the column's measure; prose fills it


# The tune or the mode an opera's aria is sung to, in lenticular brackets over its lines: "【豫剧·二八板】",
# "【西皮流水】", "【山坡羊】". It heads the rhyme as one of its lines (a paragraph of its own), no box's title.
_TUNE_LABEL = re.compile(r"^【[^【】\s]{2,12}】$")


_QUOTE_PAIRS = ("「」", "『』", "“”")


def closes_a_quote_it_never_opened(line: str) -> bool:
    """Whether a line closes a quotation it does not open: the carried end of a sentence whose
    quotation opened above a running head ("投資。」"), never a stanza's first line.

    Before (holdout126's Taiwan box glued under the story's carried "投資。」"): "投資。」" /
    "存款保險保障範圍" / "" / "保障項目" / "" / "支票存款" / "活期存款" … read as a poem, its stanzas
    one paragraph each and its heads poems' titles; after: no poem, the box's lines its own.

    >>> closes_a_quote_it_never_opened("投資。」"), closes_a_quote_it_never_opened("「回家」"), closes_a_quote_it_never_opened("秋天的河很慢")
    (True, False, False)
    """
    return any(line.count(close) > line.count(open_) for open_, close in _QUOTE_PAIRS)


def _rhymed(lines: list[str]) -> bool:
    """Lines of verse each closed by a clause's mark or a sentence's, two of them or more by a comma,
    maybe under their tune's label (`_TUNE_LABEL`).

    >>> aria = ["柳絮飞满小河边，", "阿妹挑水过石桥。", "莫笑哥哥手脚慢，", "一担柴火换春宵。"]
    >>> _rhymed(aria), _rhymed(["【梆子·流水板】", *aria]), _rhymed(["【梆子·流水板】", *aria[:3]])
    (True, True, False)
    """
    if lines and _TUNE_LABEL.match(lines[0]):
        lines = lines[1:]
    return (
        len(lines) >= _MIN_LINES_OF_VERSE
        and all(line[-1:] in _VERSE_LINE_END for line in lines)
        and sum(line[-1] in "，、；" for line in lines) >= 2
    )


def _lines_of_verse(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A poem set in one stanza on a page that marks its paragraphs by the indent alone: a run of
    short lines, each opening on the indent and ending on a clause's mark or a sentence's, two of
    them or more on a comma. Prose never ends a paragraph on a comma, let alone two in a run, so
    each line is a paragraph of its own (a row: never run on into the next), not a deck or a
    subhead. Before: SHORT "车间的灯亮到天明，" (the poem title's deck) / BODY "机床唱着不停的歌。" /
    SHORT "铁屑像星星落下，" (a subhead) / BODY "我们把月亮车成了圆。". After: four rows.
    A page that indents its prose may set such a rhyme flush ("小雨点，沙沙沙，" / "落在田里找庄稼。"
    / …, a 童谣 under its title and byline): its lines are rows too, not one stanza (`_verse`).

    >>> poem = [Block((line,), n, indent=True, kind=kind) for n, (line, kind) in enumerate(
    ...     [("晒谷场上的风，", Kind.SHORT), ("把稻香吹进村口。", Kind.BODY), ("父亲弯下腰，", Kind.SHORT), ("捧起一年的收成。", Kind.BODY)])]
    >>> prose = Block(("　　秋收时节，村里家家户户都在晒谷场上忙碌，父亲", "天不亮就下了地。"), 9, indent=True, kind=Kind.BODY)
    >>> [b.kind.value for b in _lines_of_verse((*poem, prose))]
    ['row', 'row', 'row', 'row', 'body']
    """
    measure = _column_measure(blocks)
    flush = _indents_its_prose(blocks)
    verse = [
        _verse_line(b, flush)
        and b.lines[0][-1:] in _VERSE_LINE_END
        and display_width(b.lines[0]) <= _VERSE_SHARE_OF_MEASURE * measure
        for b in blocks
    ]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        end = i + 1 if verse[i] else i
        while end < len(blocks) and verse[end] and blocks[end].gap == 0 and end > i:
            end += 1
        if _rhymed([b.lines[0] for b in blocks[i:end]]):
            # (the tune's label over the rhyme, flush on it, is its first row: "【豫剧·二八板】")
            tuned = i > 0 and blocks[i].gap == 0 and len(blocks[i - 1].lines) == 1 and _TUNE_LABEL.match(blocks[i - 1].lines[0]) is not None
            first = i - 1 if tuned else i
            out[first:end] = [b.with_(kind=Kind.ROW) for b in blocks[first:end]]
        i = max(end, i + 1)
    return tuple(out)


def _paragraphs_set_apart(blocks: tuple[Block, ...]) -> bool:
    """Whether the page sets its paragraphs apart with a blank line: most paragraphs that
    follow one ending its sentence stand a blank line below it (where a page sets them flush,
    a short line over a paragraph says nothing about where a story starts)."""
    gaps = [b.gap for a, b in zip(blocks, blocks[1:]) if a.kind is b.kind is Kind.BODY and ends_sentence(a.lines[-1])]
    return bool(gaps) and sum(gap > 0 for gap in gaps) >= 0.75 * len(gaps)


_WIDE_GAP_HEAD_LINES = 3
_INDENTED_SHARE = 0.8  # of a page's paragraph openings: where paragraphs open indented, few are flush


def _paragraphs_indented(blocks: tuple[Block, ...]) -> bool:
    """Whether the page opens its paragraphs indented: most paragraphs that follow one ending its
    sentence (a column's top, a sentence's rest, is flush)."""
    opened = [b.indent for a, b in zip(blocks, blocks[1:]) if a.kind is b.kind is Kind.BODY and ends_sentence(a.lines[-1])]
    return len(opened) >= 3 and sum(opened) >= _INDENTED_SHARE * len(opened)


def _heads_after_a_wide_gap(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a page that sets its paragraphs a blank line apart, two blank lines are where a story
    ends: a line or three after them that end no sentence, over a paragraph, with the story above
    ended, are the next story's headline (Danish, Norwegian, Dutch pages set stories so), not a
    paragraph of its own.

    Before: BODY "…de sene afgange." / (two blank lines) / BODY "Flere unge tager en"
    "erhvervsuddannelse" / BODY "Andelen af unge…". After: that block a HEADLINE.

    So, on a page that opens its paragraphs indented, a line or three set flush over an indented
    paragraph, under a label or a story that ended ("Kort" / "Schaatsbaan zoekt" / "vrijwilligers"
    / "    De ijsclub zoekt…": an engine's reading of a narrow column).
    """
    set_apart, indented = _paragraphs_set_apart(blocks), _paragraphs_indented(blocks)
    if not (set_apart or indented):
        return blocks
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        above, block, below = blocks[i - 1], blocks[i], blocks[i + 1]
        if (
            block.kind is Kind.BODY
            and (set_apart and block.gap >= 2 or indented and below.indent and (block.gap >= 1 or above.kind is Kind.SHORT))
            and len(block.lines) <= _WIDE_GAP_HEAD_LINES
            and not block.indent
            and (block.text[:1].isupper() or block.text[:1].isdigit())
            and not ends_sentence(block.text)
            and not any(line.rstrip()[-1:] in ",;:-" for line in block.lines)
            and below.kind is Kind.BODY
            and below.text[:1].isupper()
            and len(below.lines) >= 2
            # the story above ended, or went on to another page ("…før der træffes en" / "Læs videre på side 9")
            and (above.kind in (Kind.FURNITURE, Kind.SOURCE, Kind.BYLINE, Kind.CREDIT, Kind.SHORT) or ends_sentence(above.text) or ENDS_ON_A_PAGE.match(above.lines[-1]))
        ):
            out[i] = block.with_(kind=Kind.HEADLINE)
    return tuple(out)


def _is_lead_in_head(line: str, paragraph: tuple[str, ...]) -> bool:
    """A line that can head the paragraph under it: a capital first, no sentence's end, no
    phrase left open (",", ":", "-"), a few words, and clearly shorter than the paragraph's
    lines (a paragraph's own first line fills the column).

    >>> _is_lead_in_head("Food drive beats goal", ("Students at Alder Creek Middle", "School collected 3,140 cans of"))
    True
    >>> _is_lead_in_head("He said the plan", ("would cost the town more than it", "could pay for in a single year."))
    True
    >>> _is_lead_in_head("the pantry", ("Students at Alder Creek Middle", "School collected 3,140 cans of"))
    False
    """
    words = line.split()
    return (
        line[:1].isupper()
        and not ends_sentence(line)
        and line[-1] not in ",;:-—–"
        and len(words) <= 8
        and display_width(line) <= 0.8 * max(display_width(p) for p in paragraph)
    )


# A writer's name and town signing a letter, each on a line: "Doris Whitcombe" / "Alder Creek, Ore.".
# Set in upper and lower case: a line in capitals there is the next story's headline ("LAKESIDE NINE").
_SIGNER_WORD = re.compile(r"^(?:[^\W\d_]\.|[^\W\d_]{2}[\w'’-]*)$")


# An honorific abbreviated before a signer's name: "Hon.", "Dr.", "Atty.", "Sra.", "Prof."; a
# physician's or dentist's title kept in lower case, as Indonesian and Dutch spell it: "dr.", "drg.".
_HONORIFIC = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,4}|drg?)\.$")


def _signer(text: str) -> bool:
    """A name signed on a line of its own: two to four words, each an initial or a capitalised
    word, in any Latin alphabet ("Doris Whitcombe", "M. Vītola", "Øystein Ås", "Łukasz Żak"),
    perhaps after an honorific ("Hon. Ramon D. Alcoseba").

    >>> _signer("M. Vītola"), _signer("Ólafur Þórðarson"), _signer("Doris Whitcombe"), _signer("Dr. Ana Sousa")
    (True, True, True, True)
    >>> _signer("dr. Ana Sousa"), _signer("drg. Ana Sousa"), _signer("dr. Sousa")
    (True, True, False)
    >>> _signer("Nova kurso"), _signer("GRAND OPENING"), _signer("Vītola"), _signer("Dr. Sousa")
    (False, False, False, False)
    """
    words = text.split(" ")
    if len(words) >= 3 and _HONORIFIC.match(words[0]):
        words = words[1:]
    return 2 <= len(words) <= 4 and all(
        _SIGNER_WORD.match(word) and word[0].isupper() and (word[1] == "." or word[1].islower()) for word in words
    )


_SIGNING_DASH = re.compile(r"^[–—―-]\s+")  # "– Efraín Condori" under a story's last paragraph
_SIGNER_TOWN = re.compile(r"^(?:[a-z]{1,3}(?=[A-Z]))?[A-Z][a-z][\w'’.-]*(?: (?:[A-Z][a-z][\w'’.-]*|[a-z]{1,3}(?= [A-Z]))){0,3}(?:, [A-Z][\w.]*)?$")  # "Baile an Truiseil"



def _signer_and_town(text: str) -> bool:
    """A signer's name, and perhaps the town written after it on its line: "Tomás Mac
    Fhlannchadha, Ros Muc"; maybe after a dash, as a story is signed at its end ("– Rosa Mamani").

    >>> _signer_and_town("– Rosa Mamani"), _signer_and_town("— Ana Cruz, Pisaq"), _signer_and_town("– Kay watapi")
    (True, True, False)
    >>> _signer_and_town("– Inês Tavares"), _signer_and_town("– Não vou")
    (True, False)

    A name's particles stay in lower case between its words where a dash or a town marks the line
    a signature ("— Marcos de la Cruz, Tuapurie"); a bare "Casa de Cultura" is no signer.

    >>> _signer_and_town("— Marcos de la Cruz, Tuapurie"), _signer_and_town("Casa de Cultura")
    (True, False)

    After a dash, the signer's role may follow the name in lower case, as a column is signed at its
    foot: "— Pale Tomás Ros, parish priest"; not without the dash ("Ana Cruz, the teacher").

    >>> _signer_and_town("— Pale Tomás Ros, parish priest"), _signer_and_town("Ana Cruz, parish priest")
    (True, False)
    """
    name, _, town = _SIGNING_DASH.sub("", text, count=1).partition(", ")
    dashed = _SIGNING_DASH.match(text) is not None
    if town or dashed:
        name = _without_particles(name)
    return _signer(name) and (not town or _SIGNER_TOWN.match(town) is not None or _signers_place(town) or dashed and _SIGNERS_ROLE.fullmatch(town) is not None)


_SIGNERS_ROLE = re.compile(r"[a-zß-ÿ]{3,}(?: [a-zß-ÿ]{2,}){0,2}")  # "párroco", "parish priest": lower case, no stop


def _without_particles(name: str) -> str:
    """A name without the particles inside it (`_NAME_PARTICLES`, and the article after one):
    "Marcos de la Cruz" → "Marcos Cruz", "Jan van der Berg" → "Jan Berg"."""
    words = name.split(" ")
    return " ".join(
        word for k, word in enumerate(words)
        if not (0 < k < len(words) - 1 and word.islower() and (word in _NAME_PARTICLES or words[k - 1] in _NAME_PARTICLES))
    )


def _signed_from_a_town(block: Block) -> bool:
    """A name and the town it writes from on one unindented line, a comma between: a letter's
    signature, however close under its last sentence it is set ("Margaret Hollis, Eastfield")."""
    return not block.indent and len(block.lines) == 1 and ", " in block.text and _signer_and_town(block.text)


def _answered_under(signature: Block, below: Block) -> bool:
    """The paragraph under a name and its town answers the letter they sign: the desk's reply,
    led by its label and a colon ("Aaltje Bos, Warffum" / "" / "Redaktie: De provinzie zegt…",
    holdout94's Gronings letters page), or an advice column's answer, opening on the writer's name
    ("Mama Ina, Passo" / "" / "Mama Ina yang manis, jang dolo mara…", its Ambonese page). Before,
    the signature was a subhead over the reply. A subhead over text is answered by neither.

    >>> b = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> _answered_under(b("Aaltje Bos, Warffum"), b("Redaktie: De provinzie zegt dat…")), _answered_under(b("Mama Ina, Passo"), b("Mama Ina yang manis, jang dolo mara."))
    (True, True)
    >>> _answered_under(b("Worried Mum, Eastgate"), b("Worried Mum, do not be angry yet.")), _answered_under(b("Harbour Road, Westbury"), b("The council will repave it."))
    (True, False)
    """
    name = signature.text.partition(", ")[0]
    return _REPLY_LABEL.match(below.text) is not None or EDITORS_REPLY.match(below.text) is not None or below.text.startswith(name) and not below.text[len(name) : len(name) + 1].isalnum()


# A reply's label, one word and a colon, leading the desk's answer under a letter: "Redaktie:", "Red.:", "Antwort:".
_REPLY_LABEL = re.compile(r"[A-Z][^\W\d_]{1,14}\.?:\s")


# A piece's writer signing at its foot with the post in lower case: "Mirna Bagtong, librarian", "Ana Reyes, curator".
_SIGNER_AND_POST = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,2}, [a-zß-ÿ][\w'’-]+(?: [a-zß-ÿ][\w'’-]+){0,2}$")


def _signature_lines_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A letter's signature set flush under its last sentence, which filled the line, so the
    grouping read it as the paragraph's last line: "When will the county fix the road?" / "Tom
    Beckett, Westbury" / "" / "Thank you to the volunteers" (the head under it then read as the
    paragraph going on after a blank line). A name and its town (`_signed_from_a_town`) ending a
    block that a blank line or the page's end closes, under a line that ends a sentence, leaves the
    block, a line of its own for `_signatures`. So does a name and its post in lower case, a
    column's writer signing at its foot ("…on the second floor." / "Ruth Amos, librarian").

    >>> page = (Block(("Will the county fix it?", "Tom Beckett, Westbury"), 1, kind=Kind.BODY), Block(("Thank you",), 4, gap=1, kind=Kind.SHORT))
    >>> [(b.start, b.lines) for b in _signature_lines_apart(page)]
    [(1, ('Will the county fix it?',)), (2, ('Tom Beckett, Westbury',)), (4, ('Thank you',))]
    >>> page = (Block(("It stands on the second floor.", "Ruth Amos, librarian"), 1, kind=Kind.BODY),)
    >>> [b.lines for b in _signature_lines_apart(page)]
    [('It stands on the second floor.',), ('Ruth Amos, librarian',)]
    """
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        last = block.with_(lines=block.lines[-1:], start=block.end, gap=0, indent=False, kind=Kind.SHORT)
        if (
            block.kind is Kind.BODY
            and len(block.lines) >= 2
            and ends_sentence(block.lines[-2])
            and (below is None or below.gap >= 1)
            and (_signed_from_a_town(last) or _SIGNER_AND_POST.match(last.text) is not None)
        ):
            out += [block.with_(lines=block.lines[:-1]), last]
        else:
            out.append(block)
    return tuple(out)


def _signers_place(town: str) -> bool:
    """The place a letter's writer signs from, in any Latin alphabet, perhaps with the word for
    the kind of place in lower case after its name: "Bārbeles pagastā" (Latvian, "in Bārbele
    parish"), "Šilutės rajone", "Kőszeg" (`_SIGNER_TOWN` reads only ASCII letters after the capital).
    Before: "Valdis Liepiņš, Bārbeles pagastā" under a letter was the next story's head.

    >>> _signers_place("Bārbeles pagastā"), _signers_place("Kőszeg"), _signers_place("vēl trīs"), _signers_place("Rīga 2026")
    (True, True, False, False)
    """
    words = town.split(" ")
    return len(words) <= 3 and words[0][:1].isupper() and all(word.isalpha() and word[1:].islower() for word in words)


def _closing_word(block: Block, above: Block | None) -> bool:
    """A letter's closing word, one or two on a line set apart under its last sentence, over the
    signature: "Ngiyabonga." (isiZulu, "thank you"), "Merci." ; the letter's text, no head."""
    words = block.text.split()
    return (
        block.kind is Kind.SHORT
        and len(block.lines) == 1
        and 1 <= len(words) <= 2
        and block.text[-1:] in ".,!"
        and block.text[:1].isupper()
        and above is not None
        and above.kind is Kind.BODY
        and ends_sentence(above.lines[-1])
    )


# A greeting of one word, as many languages address the editor: "Mhleli," (isiZulu), "Edita,"
# (Tok Pisin), "Redaksie,".
_ONE_WORD_GREETING = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]{2,15},")
# Or of two, "dear" and "editor" in the paper's language, the second in lower case: "Caru
# diretore," (Sardinian), whose letter may go on in lower case, as Italian letters do ("dae unu
# annu…"); not a place or a heading's words run in ("IN WALES,", "Land Law,").
TWO_WORD_GREETING = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{2,10} [a-zß-ÿ]{3,15},")


def greets_the_editor(text: str) -> bool:
    """A letter's greeting on a line of its own under its head: a formula (`letter_formula`) or
    a greeting of one word or two, as languages with no "Dear Sir," address the editor.

    >>> greets_the_editor("Edita,"), greets_the_editor("Caru diretore,"), greets_the_editor("Dear Sir,"), greets_the_editor("IN WALES,")
    (True, True, True, False)
    """
    return letter_formula(text) or _ONE_WORD_GREETING.fullmatch(text) is not None or TWO_WORD_GREETING.fullmatch(text) is not None


def letter_formula(text: str) -> bool:
    """A letter's opening or closing words on a line of their own, under its head or over its
    signature, in the letter's case: "Dear Sir,", "A Eagarthóir, a chara,", "Is mise, le meas,"
    (not a run-in head, "IN WALES,", nor an ad's first words, "1 freundliche Wohnung,").

    >>> letter_formula("Yours faithfully,"), letter_formula("IN WALES,"), letter_formula("Verordnung,")
    (True, False, False)
    """
    return (
        text.endswith(",")
        and "\n" not in text
        and display_width(text) <= 30
        and text[:1].isupper()
        and " " in text
        and any(ch.islower() for ch in text)
    )


_OFFICE_WORDS = 6  # words: "Kapitan sa Barangay Lagtang", "Secretària de la Junta"


def _office_line(text: str) -> bool:
    """A signer's office on a line of its own under the name: capitalised words, small words
    between them, no figures, no sentence ("Punong Barangay", "Alcaldesa de Sant Joan").

    >>> _office_line("Punong Barangay"), _office_line("Alcaldesa de Sant Joan"), _office_line("Lei è partita.")
    (True, True, False)
    """
    words = text.split(" ")
    return (
        len(words) <= _OFFICE_WORDS
        and text[:1].isupper()
        and text[-1:].isalpha()
        and all(word[:1].isupper() and word[1:].replace("-", "").isalpha() or word.isalpha() and word.islower() and len(word) <= 3 for word in words)
    )


def _date_line(text: str) -> bool:
    """A date on a line of its own, perhaps after its place: "Disyembre 7, 2026", "Olot, 3 de
    desembre de 2026"."""
    date = LATIN_DATE.search(text) if len(text) <= _DAY_LINE else None
    return date is not None and (not text[: date.start()] or _SIGNER_TOWN.match(text[: date.start()].rstrip(", ")) is not None) and not text[date.end() :].strip(" .")


# A notice's place-and-date row: a place in one or two capitalised words, a comma, then the date
# ("Kitui, 18/3/2030", "Roomelse, 11. Nowember 2030", "Manaure, 15 de marzo de 2028").
# The place may be a hyphenated name: "Mbanza-Ngungu, 15 Septembre 2032" (holdout116's Kikongo notice).
_PLACE_AND_DATE = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)?(?: [A-ZÀ-ÖØ-Þ][^\W\d_]+)?, (?:den )?\d")


def _place_and_date_under_an_issuer(issuer: str, line: str) -> bool:
    """A place-and-date row set apart right under a notice's issuer (no office line between) is
    the notice's last paragraph, not a credit of its signer (holdout93's ruling for a notice's date
    row, holdout108's for one naming a place). An office and a date under a signer stay credits
    (holdout44's "Punong Barangay" / "Disyembre 7, 2026"), and so does a bare date, and any date
    under an official named with an honorific ("Dra. Lucía Ferreyra Paz" / "Olavarría, 2 de …").

    Before: "Mũsyi Coach Ltd" / "" / "Kitui, 18/3/2030" (a credit, the notice's caption).
    After: the issuer the byline, "Kitui, 18/3/2030" the notice's last paragraph.

    >>> _place_and_date_under_an_issuer("Mũsyi Coach Ltd", "Kitui, 18/3/2030"), _place_and_date_under_an_issuer("Barangay", "Disyembre 7, 2026")
    (True, False)
    >>> _place_and_date_under_an_issuer("Dra. Lucía Ferreyra Paz", "Olavarría, 2 de diciembre de 2026")
    False
    """
    return _PLACE_AND_DATE.match(line.strip()) is not None and _HONORIFIC_FIRST.match(issuer.strip()) is None


_HONORIFIC_FIRST = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{1,3}\. ")  # "Dra. ", "Hon. ", "Dr. "


def _signed_stack(blocks: tuple[Block, ...], i: int) -> int:
    """How many lines under the signer at i are the office and the date that sign a notice with
    the name, one on each line, the date last: "Hon. Ramon D. Alcoseba" / "" / "Punong Barangay"
    / "" / "Disyembre 7, 2026"; 0 where no date closes them (a head and its text are no signature)."""
    for n in range(1, 4):
        line = blocks[i + n] if i + n < len(blocks) else None
        if line is None or line.gap > 1 or len(line.lines) != 1 or line.kind not in (Kind.SHORT, Kind.BODY):
            return 0
        if _date_line(line.text):
            after = blocks[i + n + 1] if i + n + 1 < len(blocks) else None
            if n == 1 and _place_and_date_under_an_issuer(blocks[i].text, line.text):
                return 0  # (the notice's last paragraph)
            return n if after is None or after.gap else 0
        if not _office_line(line.text):
            return 0
    return 0


def _signatures(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A letter signed under its text: a name on a line of its own (and its town on the next),
    a blank line under the letter's last sentence, and no paragraph of its own after it (the
    next letter's headline, the page's foot, or nothing). A subhead over text is no signature,
    nor a headline over its byline ("Wyoming Wind Farm" / "Wins Final Approval" / "By KEIKO ARLEN").

    Before: "…see who uses the pool." / "" / "Doris Whitcombe" / "Pinecrest" / "" / "Thank you,
    park volunteers" (a subhead "Doris Whitcombe Pinecrest" in the letter's text).
    After: the letter's byline "Doris Whitcombe Pinecrest". A closing word set apart over the
    signature (`_closing_word`) is the letter's last paragraph: "…nini." / "" / "Ngiyabonga." /
    "" / "Busisiwe Cele, eSinathingi" (the town's locative prefix in lower case). On a page that
    opens its paragraphs by their indent alone, the signature stands flush under the last line,
    unindented, a blank line under it: "  Mien Broder un ik…" … "…över de Backen lepen." /
    "Greta Lüdemann, Scheeßel" / "" / "Wat, wann, wo?" (before: that box's kicker).
    A notice's signer has the office and the date under the name (`_signed_stack`): credits,
    where they were the next story's section and kicker. Name and office may stand right under
    the notice's last line: "…Tenders close at 4 p.m. on April 3." / "J. R. Penhallow" / "Town
    Clerk" / "" / "IN THE DISTRICT COURT" (before: that court notice's section and kicker).
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        block, above = blocks[i], out[-1] if out else None
        stack = _signed_stack(blocks, i)
        town = blocks[i + 1] if i + 1 < len(blocks) and not stack else None
        two = town is not None and town.gap == 0 and len(town.lines) == 1 and _SIGNER_TOWN.match(town.text) is not None
        signed = 1 + stack if stack else 2 if two else 1  # the signature's lines
        after = blocks[i + signed] if i + signed < len(blocks) else None
        capitals_name = _SURNAME_IN_CAPITALS.match(block.text) is not None
        if above is not None and _closing_word(above, out[-2] if len(out) > 1 else None) and _signer_and_town(block.text):
            above = out[-1] = above.with_(kind=Kind.BODY)  # "Ngiyabonga." / "Busisiwe Cele, eSinathingi"
        noted = _note_on_the_signer(block, after)
        if (
            above is not None
            and above.kind in (Kind.BODY, Kind.ROW)  # (a poem's last line: "ratind l' Noyé come on vî conte.")
            and (ends_sentence(above.lines[-1]) or letter_formula(above.text))
            # two blank lines set the next story apart, its headline in Title Case; but a name with its
            # surname in capitals, as Baltic and French papers sign at a story's foot, flush right,
            # signs however near or far under the text an engine read it: "…blynais ir arbata." /
            # "Rūta JANKAUSKIENĖ" (before: the next box's kicker, or a heading in the story)
            # a notice's signer and office stand right under its last line, a blank line under them
            and (
                block.gap == 1
                or block.gap == 0 and (above.indent and not block.indent or two and _office_line(town.text)) and after is not None and after.gap >= 1
                or block.gap <= 2 and capitals_name
                # (the editor's reply may follow at the paragraph indent with no blank line: "— Ana Cruz, Pisaq" /
                # "   Catatan redaksi: …")
                or block.gap == 0 and _signed_from_a_town(block) and (after is None or after.gap >= 1 or EDITORS_REPLY.match(after.text) is not None)
                or block.gap == 0 and noted
            )
            # (a dashed name reads as a deck: "— Ana Cruz", signing by the note on her under it or
            # by her town after it, "— Ana Cruz, Pisaq")
            and (block.kind in (Kind.SHORT, Kind.BODY) or block.kind is Kind.SUBTITLE and _SIGNING_DASH.match(block.text) is not None and (noted or _signed_from_a_town(block)))
            and len(block.lines) == 1
            and (_signer_and_town(block.text) or capitals_name)
            # (or the next letter's head set straight under a name and its town)
            # (or set flush right, as a geometry reader tells: whatever follows, a head the engine boxed with its text)
            and (after is None or after.gap and (stack or after.kind is Kind.FURNITURE or len(after.lines) == 1) or _signed_from_a_town(block) and (len(after.lines) == 1 or _answered_under(block, after) or block.set_right) or noted or _notices_run_in_under(block, blocks, i + signed))
            # (a headline's byline; or a table's rows, which a box's name stands over: "…proper." / "" /
            # "Harvest Sundays" / "" / "Aug 8     Moriah Methodist", holdout89's Tobagonian church page)
            and (after is None or after.kind not in (Kind.BYLINE, Kind.SOURCE, Kind.CREDIT, Kind.ROW))
            and (after is None or noted or not _words_recur_under(block, after))  # the next brief's head, named in its text
        ):
            dash = _SIGNING_DASH.match(block.text)  # markup, as "By" is not: the name alone
            lines = (block.text[dash.end() :] if dash else block.text,) + (town.lines if two else ())
            out.append(block.with_(lines=lines, kind=Kind.BYLINE, mark=dash.group().strip() if dash else block.mark))
            out.extend(credit.with_(kind=Kind.CREDIT) for credit in blocks[i + 1 : i + 1 + stack])
            i += signed
            continue
        out.append(block)
        i += 1
    return tuple(out)


def _notices_run_in_under(signature: Block, blocks: tuple[Block, ...], j: int) -> bool:
    """Two notices or more from j on, each a paragraph of its own opening on a head run in on a
    colon (`_COLON_RUN_IN_HEAD`), under a dashed signature: a column signed at its foot, and the
    congregation's notices printed under it with no label of their own."""
    return _SIGNING_DASH.match(signature.text) is not None and _colon_notices_from(blocks, j) >= _MIN_RUNIN_ITEMS


def _colon_notices_from(blocks: tuple[Block, ...], j: int) -> int:
    """How many paragraphs from j on each open on a head run in on a colon and end a sentence."""
    n = j
    while n < len(blocks) and blocks[n].kind in (Kind.BODY, Kind.SHORT) and _COLON_RUN_IN_HEAD.match(blocks[n].lines[0]) and ends_sentence(blocks[n].text):
        n += 1
    return n - j


def _notices_run_in_under_a_signature(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Notices printed under a column signed at its foot with a dash (the column's byline, see
    `_signatures`), each opening on a head run in on a colon, are pieces of their own with no
    label: each head a HEADLINE over its text, not the column's last paragraphs.

    Before: BODY "…di kampung." / BYLINE "Ana Cruz, Imam" (from "— Ana Cruz, Imam") / BODY
    "Latihan qasidah: Group qasidah latihan…" / BODY "Sadaqah: Sadaqah tallu Jumaq…". After:
    HEADLINE "Latihan qasidah" over BODY "Group qasidah latihan…", HEADLINE "Sadaqah" over its text.

    >>> b = lambda kind, text, mark="": Block((text,), 1, gap=1, kind=kind, mark=mark)
    >>> page = (b(Kind.BYLINE, "Ana Cruz, parish priest", "—"), b(Kind.BODY, "Choir: The choir meets on Friday."), b(Kind.BODY, "Collection: It raised 400 dollars."))
    >>> [(x.kind.value, x.text) for x in _notices_run_in_under_a_signature(page)][1:3]
    [('headline', 'Choir'), ('body', 'The choir meets on Friday.')]
    >>> [x.kind.value for x in _notices_run_in_under_a_signature(page[:2])]  # one alone: the column's postscript
    ['byline', 'body']
    """
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        out.append(blocks[i])
        i += 1
        if out[-1].kind is not Kind.BYLINE or out[-1].mark not in "–—―-" or not out[-1].mark:
            continue
        count = _colon_notices_from(blocks, i)
        if count < _MIN_RUNIN_ITEMS:
            continue
        for block in blocks[i : i + count]:
            out.extend(_head_run_in_apart(block, _COLON_RUN_IN_HEAD.match(block.lines[0])))
        i += count
    return tuple(out)


def _heads_glued_under_a_signature(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line with no stop, set straight under a letter's signature (a name and its town,
    `_signatures`) and over text opening on a capital, is the next letter's head: nothing of a
    letter follows its signature; so is one over its byline ("Texto: Ana Cruz"), a column's head.
    Before: "…muy lejos." / "" / "— Ana Cruz, Pisaq" / "Agua para
    la escuela" / "La escuela no tiene agua…" (the head the first words of the letter's text).
    After: the head SHORT, the next letter's title. (Run after `_lead_cut_short_under_its_byline`,
    which reads a line flush under a byline as its lead's first words.)
    """
    out = list(blocks)
    for i in range(2, len(out) - 1):
        block, below = out[i], out[i + 1]
        if (
            _signs_the_text_above(out, i - 1)
            and ends_sentence(out[i - 2].lines[-1])
            and block.kind is Kind.BODY
            and block.gap == 0
            and len(block.lines) == 1
            and len(block.text.split()) <= 8
            and not ends_sentence(block.text)
            and block.text[-1] not in ",;:-—–"
            and below.gap == 0
            and (below.kind is Kind.BODY and first_letter(below.text).isupper() or below.kind is Kind.BYLINE)
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


def _note_on_the_signer(signature: Block, below: Block | None) -> bool:
    """The note on the writer in brackets straight under a name, opening on that name, as a
    column signed at its foot closes: "— Ana Cruz" / "(Ana Cruz teaches at the school in Pisaq.)".
    The name signs the piece (`_signatures`), the note is its last paragraph; before, the name was
    a deck or the next piece's head, the note its first paragraph.

    >>> b = lambda text, gap=0: Block((text,), 1, gap=gap, kind=Kind.BODY)
    >>> _note_on_the_signer(b("— Ana Cruz"), b("(Ana Cruz teaches in Pisaq.)")), _note_on_the_signer(b("Ana Cruz"), b("(Ana Cruz teaches in Pisaq.)", gap=1))
    (True, False)
    >>> _note_on_the_signer(b("Ana Cruz"), b("(Pisaq has a school.)")), _note_on_the_signer(b("Ana Cruz"), None)
    (False, False)
    """
    name = _SIGNING_DASH.sub("", signature.text, count=1).partition(", ")[0]
    return below is not None and below.gap == 0 and below.text.startswith(f"({name} ") and below.text.endswith(")")


def _data_sources_under_text(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A data source's line (`DATA_SOURCE`) under a box's last sentence credits the box's
    figures: a credit, not a head over what follows. Before: "…ap 420 000 kilometru." / "" /
    "Avots: novada pašvaldība" / "" / "LASĪTĀJU VĒSTULES" / "Paldies glābējiem" read as one
    head stack, a subhead of the box (holdout30); after: the box's credit, the letter's head apart.

    >>> text, line = Block(("Autobusi nobrauc 420 000 kilometru.",), 1, kind=Kind.BODY), Block(("Avots: novada pašvaldība",), 3, gap=1, kind=Kind.BODY)
    >>> [b.kind.value for b in _data_sources_under_text((text, line))], _data_sources_under_text((line,))[0].kind.value
    (['body', 'credit'], 'body')
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        if (
            block.kind in (Kind.SHORT, Kind.BODY)
            and len(block.lines) == 1
            and DATA_SOURCE.match(block.text)
            and (above.kind is Kind.ROW or above.kind is Kind.BODY and ends_sentence(above.lines[-1]))
        ):
            out[i] = block.with_(kind=Kind.CREDIT)
    return tuple(out)


def _closes_what_precedes(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether block i ends what stands above a possible headline: a paragraph at its sentence's
    end, a label, or a signature under a story's text. A byline under a headline does not: the
    line under it is that story's first ("By Daniel Frost" / "Pupils at Larkfield Primary")."""
    block = blocks[i]
    if block.kind is Kind.BODY:
        return ends_sentence(block.lines[-1])
    if block.kind is Kind.BYLINE:  # a letter's signature ("Doris Whitcombe"), never "By …"
        signer = _signer(block.lines[0]) and not block.lines[0].startswith(("By ", "BY "))
        return i > 0 and blocks[i - 1].kind is Kind.BODY and signer
    return True


def _alone_under_head(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether block i, after a paragraph under a short line, leaves that paragraph alone under
    it, as a brief's one paragraph is: the next head, a label, a rule, the page's end. A
    subhead has several paragraphs of its story under it ("Funding questions" / "The council…"
    / "" / "Members said…")."""
    after = blocks[i] if i < len(blocks) else None
    return after is None or after.kind is not Kind.BODY or len(after.lines) == 1 or after.gap >= 2


def lead_opens_on_the_head(head: str, lead: str) -> bool:
    """Whether a lead opens on its head's first two words: "Suuqa xoolaha oo dib u furmay" /
    "Suuqa xoolaha ee Garoowe ayaa…"."""
    words = head.casefold().split()[:2]
    return len(words) == 2 and lead.casefold().split()[:2] == words


def _lead_in_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A brief's lead-in headline: a short line with a blank line above it, set flush on its one
    paragraph, on a page that otherwise sets paragraphs a blank line apart. Weighed together:
    what precedes (a sentence's end, a label or nothing), the line (short against the
    paragraph's lines, no sentence's end), what follows (a paragraph starting a sentence,
    flush, unindented). Such a head starts a story; it is no subhead and no text.

    Over several paragraphs it is a subhead of the story it sits in ("Dredging comes first" /
    "Most of the money…" / "" / "The harbor master…"), unless its lead opens on the head's own
    first words, as a news lead names its subject and a subhead's text goes on from the story
    ("…pada pagi hari." / "" / "Pasar ikan buka lebih pagi" / "Pasar ikan di pelabuhan…" / "" /
    "Pedagang…": before, a subhead of the harbour story; after, a story of its own).

    Before: "…grant from the Friends of the Library." / "" / "Food drive beats goal" /
    "Students at Alder Creek Middle" / "School collected…" (a town's briefs column): the head
    read as the first words of the paragraph under it.
    After: "Food drive beats goal" heads a story of its own.
    """
    if not _paragraphs_set_apart(blocks):
        return blocks
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        above, below = (blocks[i - 1] if i else None), blocks[i + 1]
        if (
            block.kind in (Kind.BODY, Kind.SHORT)
            and not block.level
            and len(block.lines) == 1
            and (block.gap or above is None)
            and (above is None or _closes_what_precedes(blocks, i - 1))
            and below.kind is Kind.BODY
            and (below.gap == 0 or above is not None and above.kind is Kind.BYLINE and below.gap == 1)
            and not below.indent
            and len(below.lines) >= 2
            and below.text[:1].isupper()
            and _is_lead_in_head(block.text, below.lines)
            and not _wrapped_headline_over(blocks, i + 1)  # a kicker over its headline, not a head over text
        ):
            heads_a_story = _alone_under_head(blocks, i + 2) or lead_opens_on_the_head(block.text, below.text)
            out[i] = block.with_(kind=Kind.HEADLINE if heads_a_story else Kind.HEADING)
    return tuple(out)


# A second writer on the line under the first: "By RUTH ANSELM" / "and DARIUS KOVAC"; or the
# writer's e-mail address: "陈佩玲　报道" / "chenpl@example.sg".
# (or the writer's tie to the paper: "Especial para El Eco", "Special to The Record")
_CO_WRITER = re.compile(
    r"^(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$"
    r"|^(?:Especial para|Exclusivo para|Special to|Spécial pour|Speciale per)\s+[A-Z][\w.'’ -]{1,40}$"
)


# The paper or agency a writer works for, on a line of its own under the name: "SPECIAL TO THE
# STATESMAN JOURNAL", "The Itemizer-Observer", "USA TODAY Network" is no paper's name's last word and is left.
_WRITERS_PAPER = re.compile(
    r"^(?i:special to|for) (?:the )?\S.{1,50}$"
    r"|^(?:The |THE )?(?:[A-Z][\w'’.&]*[ -]){0,3}(?:" + _PAPER_WORDS + r"|" + _PAPER_WORDS.upper() + r")$"
)


def _writers_over_their_paper(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A two-line byline: the writer's name (with its "By" or bare, in capitals or not) set under
    a head, and under it the paper or agency the writer works for (`_WRITERS_PAPER`): both lines
    are the byline (as `_byline_continuations` takes "Special to The Record"), neither the story's
    title nor furniture.

    Before (Appeal Tribune, 2016): SHORT "Kennedy rallies to victory…", SHORT "MATT RAWLINGS",
    FURNITURE "SPECIAL TO THE STATESMAN JOURNAL"; (Itemizer-Observer, 2017) BYLINE "By Jolene
    Guzman", SHORT "The Itemizer-Observer" (read as the story's title). After: BYLINE, BYLINE.

    >>> b = lambda kind, text: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b(Kind.SHORT, "Council backs new levy"), b(Kind.SHORT, "ANNA REYES"), b(Kind.FURNITURE, "SPECIAL TO THE VALLEY HERALD"), b(Kind.BODY, "The council voted."))
    >>> [block.kind.value for block in _writers_over_their_paper(page)]
    ['short', 'byline', 'byline', 'body']
    >>> page = (b(Kind.SHORT, "Council backs new levy"), b(Kind.BYLINE, "By Anna Reyes"), b(Kind.SHORT, "The Valley-Courier"), b(Kind.BODY, "The council voted."))
    >>> [block.kind.value for block in _writers_over_their_paper(page)]
    ['short', 'byline', 'byline', 'body']

    Over a head, the paper's name is a masthead or a rubric, not the writer's paper:

    >>> page = (b(Kind.SHORT, "Council backs new levy"), b(Kind.SHORT, "Anna Reyes"), b(Kind.SHORT, "The Valley Gazette"), b(Kind.SHORT, "Spring sports"))
    >>> [block.kind.value for block in _writers_over_their_paper(page)]
    ['short', 'short', 'short', 'short']
    """
    out = list(blocks)
    for i in range(1, len(out) - 2):
        above, name, paper, below = out[i - 1], out[i], out[i + 1], out[i + 2]
        if len(paper.lines) != 1 or paper.kind not in (Kind.SHORT, Kind.FURNITURE, Kind.BODY) or not _WRITERS_PAPER.match(paper.text):
            continue
        signed = name.kind is Kind.BYLINE and len(name.lines) == 1
        bare = above.kind in (Kind.SHORT, Kind.HEADLINE) and _bare_name(name) and (name.text.isupper() or _capitalised_name(name.text.split()))
        if (signed or bare) and below.kind is Kind.BODY:
            out[i], out[i + 1] = name.with_(kind=Kind.BYLINE), paper.with_(kind=Kind.BYLINE)
    return tuple(out)


def _byline_continuations(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line naming a second writer ("and DARIUS KOVAC"), giving the writer's e-mail address
    ("chenpl@example.sg") or tie to the paper ("Especial para El Eco"), set right under a byline,
    is part of it, not the story's first paragraph (nor the headline of another)."""
    out = list(blocks)
    for i in range(1, len(out)):
        block = out[i]
        if out[i - 1].kind is Kind.BYLINE and block.gap == 0 and len(block.lines) == 1 and _CO_WRITER.match(block.text):
            out[i] = block.with_(kind=Kind.BYLINE)
    return tuple(out)


# Where a story leaves for another page: "（下转第2版）", "（續見C4）", "Continued on Page 4", "See BRIDGES, Page A6".
# A Taiwan paper sends a story on to a lettered page with 接 alone ("（接A6版）") and brings it back
# with 承 ("（承A1版）"); a mainland paper's 接 names the page it comes from ("（接第1版）", `segment.JUMP_FROM`).
JUMPS_ON = re.compile(
    rf"下转|下轉|下接|转第|轉第|續見|续见|{CJK_JUMP_ON.pattern}|^[（(]接(?:\s*[A-H][0-9０-９]{{1,2}}\s*版?|下[页頁])[)）]$|\bCont(?:inued|'d) on\b|^\(?See [A-Z]",
    re.IGNORECASE,
)


def _text_before_jumps(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line right above "（下转第2版）" is the story's text cut at its jump, not a label:
    "港区还将继续扩建码头，让更多的外贸企" / "（下转第2版）". Not a jump head over a bare "（接A1）"
    (`_jump_head_over_a_bare_jump`), which brings the story back here.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> cut = (b(Kind.BODY, 1, "…码头。"), b(Kind.SHORT, 0, "让更多的外贸企"), b(Kind.FURNITURE, 0, "（接A6版）"), b(Kind.SHORT, 1, "台股盘后"))
    >>> head = (b(Kind.FURNITURE, 0, "A3　港闻"), b(Kind.SHORT, 1, "老街明年起禁行货车"), b(Kind.FURNITURE, 0, "（接A1）"), b(Kind.BODY, 1, "的货车，都要改道。"))
    >>> [x.kind.value for x in _text_before_jumps(cut)][1], [x.kind.value for x in _text_before_jumps(head)][1]
    ('body', 'short')
    """
    out = list(blocks)
    for i, block in enumerate(out[:-1]):
        below = out[i + 1]
        if block.kind is Kind.SHORT and not block.level and below.kind is Kind.FURNITURE and JUMPS_ON.search(below.text) and not _jump_head_over_a_bare_jump(blocks, i):
            out[i] = block.with_(kind=Kind.BODY)
    return tuple(out)


# A jump line of 接 and a page alone, "（接A1）", "（接A6版）": a story ends on it to go on there ("…预估明年" /
# "（接A6版）"), or comes back under it from there, under its jump head.
BARE_JUMP = re.compile(r"^[（(]接\s*[A-H]?[0-9０-９]{1,2}\s*版?[)）]$")


def _jump_head_over_a_bare_jump(blocks: tuple[Block, ...], i: int) -> bool:
    """blocks[i] is a jump head: one line set apart from what is above it (the page's top, the
    furniture or a finished sentence), flush over a bare jump line (`BARE_JUMP`) with text under
    that. Before: "街市攤檔明年起要收電子錢" / "（接A1）" / "收銀機嘅攤檔，…" read the head as text cut at
    a jump, run into the first paragraph under it (holdout91's Hong Kong page); after, the title."""
    head, jump = blocks[i], blocks[i + 1]
    above = blocks[i - 1] if i else None
    below = blocks[i + 2] if i + 2 < len(blocks) else None
    return (
        BARE_JUMP.match(jump.text.strip()) is not None
        and len(head.lines) == 1
        and (above is None or head.gap >= 1 and (above.kind is Kind.FURNITURE or ends_sentence(above.text)))
        and not ends_sentence(head.text)
        and below is not None
        and below.kind is Kind.BODY
    )


# A jump line bringing a story back, at the start of a line (an engine misreads a glyph or two
# in it: "(上接第1]版)").
_JUMP_FROM_RUN_IN = re.compile(
    r"^[（(]\s*(?:上接|接)\s*第?\s*[A-H]?[0-9０-９]{1,2}[^)）\s]{0,2}\s*版\s*[)）]"
    r"|^\(?(?:Continued|CONTINUED)\s*(?:from|FROM)\s*(?:Page|PAGE)\s*[A-Z]?\d{1,3}\b\)?"
)


def _jump_lines_run_in(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A jump line that brings a story back, read into the text under it or into the line of
    text after it, is furniture apart from that text; a line over it that ends no sentence is
    the story's head. Engines box the pointer printed over a continuation's text with that
    text, or read it into its first line.

    >>> out = _jump_lines_run_in((Block(("东湖绿道二期全线贯通", "（上接第1版）沿湖新建的六座驿站", "已全部投入使用。"), 1, kind=Kind.BODY),))
    >>> [(b.kind.value, b.lines) for b in out]
    [('short', ('东湖绿道二期全线贯通',)), ('furniture', ('（上接第1版）',)), ('body', ('沿湖新建的六座驿站', '已全部投入使用。'))]
    >>> [(b.kind.value, b.text) for b in _jump_lines_run_in((Block(("Continued from Page A1", "that the council will vote"), 1, kind=Kind.BODY),))]
    [('furniture', 'Continued from Page A1'), ('body', 'that the council will vote')]
    """
    out: list[Block] = []
    for block in blocks:
        k, found = next(((k, m) for k, line in enumerate(block.lines) if (m := _JUMP_FROM_RUN_IN.match(line))), (None, None))
        if found is None or block.kind not in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN):
            out.append(block)
            continue
        above, line = block.lines[:k], block.lines[k]
        if above:
            head = len(above) == 1 and not ends_sentence(above[0])
            out.append(block.with_(lines=above, kind=Kind.SHORT if head else block.kind))
        out.append(Block((found.group().strip(),), block.start + k, gap=block.gap if not above else 0, kind=Kind.FURNITURE))
        rest = line[found.end() :].strip()
        text = ((rest,) if rest else ()) + block.lines[k + 1 :]
        if text:
            out.append(block.with_(lines=text, start=block.start + k + (not rest), gap=0, indent=False, kind=Kind.BODY))
    return tuple(out)


# The advertisement number a paper sets flush right after a paid notice's last sentence, on that
# line: "Der Vorstand: Best.  (17653)", "Dresden, im Dezember 1918.  (17654)", after a leader
# ("Die Direktion. ._.._ (17649)"), or on a line of its own: "(17662)". Four to six figures in
# round brackets; a year ("(1918)") is not one.
_AD_NUMBER = r"\(\s*(?!(?:1[5-9]|20)\d\d\s*\))\d{4,6}\s*\)"
_AD_NUMBER_ALONE = re.compile(rf"^{_AD_NUMBER}$")
_AD_NUMBER_RUN_IN = re.compile(rf"(?<=[.:!?])(?:\s*[._\-–—…]+)*\s+{_AD_NUMBER}$")


def _notice_numbers_run_in(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A paid notice's advertisement number, set flush right after its last sentence on that
    line or on a line of its own, is the page's furniture, not the notice's text (the engine
    reads it into the line: the signature "Best. (17653)").

    >>> out = _notice_numbers_run_in((Block(("Der Vorstand:", "Best. (17653)"), 1, kind=Kind.BODY),))
    >>> [(b.kind.value, b.lines) for b in out]
    [('body', ('Der Vorstand:', 'Best.')), ('furniture', ('(17653)',))]
    >>> [(b.kind.value, b.text) for b in _notice_numbers_run_in((Block(("(17662)",), 1, kind=Kind.SHORT),))]
    [('furniture', '(17662)')]
    >>> [b.lines for b in _notice_numbers_run_in((Block(("founded the works.", "Ended in war. (1918)"), 1, kind=Kind.BODY),))]
    [('founded the works.', 'Ended in war. (1918)')]
    >>> [b.lines for b in _notice_numbers_run_in((Block(("the town of Leer (12450)",), 1, kind=Kind.BODY),))]
    [('the town of Leer (12450)',)]
    """
    out: list[Block] = []
    for block in blocks:
        if block.kind not in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN):
            out.append(block)
            continue
        found = None
        for k, line in enumerate(block.lines):
            # (both patterns end on the number's ")" at the text's end, and the text is stripped at
            # its end: a line that does not end so is not searched through from every position)
            if not line.rstrip().endswith(")"):
                continue
            m = _AD_NUMBER_ALONE.match(line.strip()) or _AD_NUMBER_RUN_IN.search(line.rstrip())
            if m is not None:
                found = (k, line, m)
                break
        if found is None:
            out.append(block)
            continue
        k, line, m = found
        number = re.search(_AD_NUMBER, m.group()).group().strip()
        head = line.rstrip()[: m.start()].rstrip() if m.re is _AD_NUMBER_RUN_IN else ""
        above = block.lines[:k] + ((head,) if head else ())
        if above:
            out.append(block.with_(lines=above))
        out.append(Block((number,), block.start + k, gap=block.gap if not above else 0, kind=Kind.FURNITURE))
        below = block.lines[k + 1 :]
        if below:
            out.extend(_notice_numbers_run_in((block.with_(lines=below, start=block.start + k + 1, gap=0, indent=False),)))
    return tuple(out)


# A row of a front page's index box: the page it points to, by its letter and number, then the
# story's head ("A3 老旧小区加装电梯提速", "B2　春季花展周末开幕"); or the head, then its page
# ("县医院开通夜间儿科门诊　第3版").
_INDEX_BOX_ROW = re.compile(
    r"^[A-HＡ-Ｈ][0-9０-９]{1,2}(?:\s*版)?[\s\u3000]+[\u4e00-\u9fff「“《][^。！？]{3,30}$"
    r"|^[\u4e00-\u9fff「“《][^。！？]{3,30}?[\s\u3000]+(?:第\s*[0-9０-９]{1,3}\s*版|[A-HＡ-Ｈ][0-9０-９]{1,2}\s*版?)$"
)


def _index_rows_under_their_label(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The rows of an index box under its label (`PAGE_POINTER`'s "本期导读") point to other pages:
    furniture with the label, as the rows naming "第2版" are by themselves.

    Before: FURNITURE "本期导读", then "A3 老旧小区加装电梯提速" / "A5 春季花展周末开幕" read as the
    paragraphs of a story headed "本期导读". After: every row furniture.

    >>> page = (Block(("本期导读",), 1, kind=Kind.FURNITURE), Block(("A3 老旧小区加装电梯提速",), 2, kind=Kind.ROW),
    ...     Block(("县医院开通夜间儿科门诊　第3版",), 3, kind=Kind.BODY), Block(("城西快速路今起通车",), 5, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _index_rows_under_their_label(page)]
    ['furniture', 'furniture', 'furniture', 'short']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        above, block = out[i - 1], out[i]
        if (
            above.kind is Kind.FURNITURE
            and (PAGE_POINTER.match(above.text) or _INDEX_BOX_ROW.match(above.lines[-1]))
            and block.gap == 0
            and all(_INDEX_BOX_ROW.match(line) for line in block.lines)
        ):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


# A jump line sending a story on, set at the end of its text's last line after the sentence it
# cut or closed: "…增派交警疏导。（下转第3版）", "…the vote. (Continued on Page 4)".
_JUMP_ON_AT_THE_END = re.compile(
    rf"(?<=[。！？；，、”」』\w.!?;,\"”])\s*(?P<jump>[（(]\s*{_CJK_JUMP_ON}\s*{_CJK_JUMP_PAGE}[^()（）]{{0,6}}[)）]"
    r"|\((?:Continued|CONTINUED) (?:on|ON) (?:Page|PAGE) [A-Z]?\d{1,3}\))$"
)


def _jumps_on_at_the_end(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A jump line printed at the end of the text's last line is furniture apart from the text, as
    one on a line of its own is, so the story is known to go on (`Article.continues`) and the
    pointer is no part of its last paragraph.

    Before: BODY "…并在早晚高峰增" / "派交警疏导。（下转第3版）". After: BODY "…并在早晚高峰增" /
    "派交警疏导。", FURNITURE "（下转第3版）".

    >>> out = _jumps_on_at_the_end((Block(("市交通局表示将在早晚高峰增", "派交警疏导。（下转第3版）"), 1, kind=Kind.BODY),))
    >>> [(b.kind.value, b.lines) for b in out]
    [('body', ('市交通局表示将在早晚高峰增', '派交警疏导。')), ('furniture', ('（下转第3版）',))]
    """
    out: list[Block] = []
    for block in blocks:
        # (searched from every position of the last line: only where the line ends on a bracket, asked first)
        found = _JUMP_ON_AT_THE_END.search(block.lines[-1]) if block.kind is Kind.BODY and block.lines[-1][-1:] in ")）" else None
        if found is None or not block.lines[-1][: found.start()].strip():
            out.append(block)
            continue
        out.append(block.with_(lines=(*block.lines[:-1], block.lines[-1][: found.start()])))
        out.append(Block((found.group("jump"),), block.end, gap=0, kind=Kind.FURNITURE))
    return tuple(out)


# What layout-model OCR (MinerU, Marker, olmOCR) writes besides headings: picture links, HTML tables, LaTeX.
_LAYOUT_MODEL_MARKUP = re.compile(r"^!\[[^\]]*\]\(|<table\b|\$[^$\n]*\\[A-Za-z%]+[^$\n]*\$", re.IGNORECASE)


def _layout_model_headings(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a page written by a layout model, `#` and `##` say that a line is set as a heading, not
    which: such models mark kickers, headlines and subheads alike, at levels that are often
    wrong. There a marked line is a short line like any other, and its place decides what it
    is (a headline over a lead or a byline, a subhead over the text of an open story), as on a
    plain-text page; the mark only vouches that it is no fragment of a sentence. A page is taken for a layout model's when it
    holds its other markup (picture links, HTML tables, LaTeX) or marked a line that is no heading."""
    marked = [b for b in blocks if b.level]
    if not marked:
        return blocks
    misread = any(b.kind not in (Kind.HEADLINE, Kind.HEADING) for b in marked)
    if not misread and not any(_LAYOUT_MODEL_MARKUP.search(b.text) for b in blocks):
        return blocks
    return tuple(b.with_(kind=Kind.SHORT) if b.kind in (Kind.HEADLINE, Kind.HEADING) else b for b in blocks)


# A pull quote set on two lines: the quote alone, then its speaker under a dash.
_QUOTE_ALONE = re.compile(r'^["“「][^"“”「」]{10,300}["”」]$')
_ATTRIBUTION = re.compile(r"^(?:[—–―]{1,2}|--?)\s*[A-Z\u4e00-\u9fff][\w .,'’\u3000\u4e00-\u9fff·-]{1,60}$")
# The speaker's name alone on the line under the dash and title: "— Superintendent" / "Alicia Brandvold".
_SPEAKER_NAME = re.compile(r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}$")


def _attributed_quotes(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A quote standing alone with its speaker on the line under it is a pull quote, neither a
    paragraph nor a subtitle: "“We are patching things…”" / "— County Engineer Tom Reyes".
    On a hard-wrapped page the quote's line may have been run into the paragraph above
    (which ends a sentence there): it is split off. Right under a head, a quote and its speaker
    are the box's text (a quotation of the week), two paragraphs.

    >>> b = lambda kind, *lines: Block(lines, 1, gap=1, kind=kind)
    >>> box = (b(Kind.SHORT, "QUOTE OF THE WEEK"), b(Kind.BODY, "“Water is life. We look after", "our children.”"), b(Kind.SHORT, "– Chief Willie, Lenakel"))
    >>> [x.kind.value for x in _attributed_quotes(box)]
    ['short', 'body', 'body']
    """
    out: list[Block] = []
    skip = 0
    for i, block in enumerate(blocks):
        if skip:
            skip -= 1
            continue
        # the quote wrapped on lines of its own (each indented line may be a block of its own),
        # or its one line run into the paragraph above
        run = _quote_lines(blocks, i)
        whole = bool(run)
        quote = " ".join(run) if whole else block.lines[-1]
        below_at = i + (len(run) if len(block.lines) == 1 and run else 1)
        below = blocks[below_at] if below_at < len(blocks) else None
        if (
            quote[:1] in "\"“「"
            and below is not None
            and below.gap <= 1
            and block.kind in (Kind.BODY, Kind.SHORT)
            and _QUOTE_ALONE.match(quote)
            and ends_sentence(quote)  # a quoted headline ("“让老人吃上热乎饭”" over its "——" deck) is no sentence
            and (whole or len(block.lines) == 1 or ends_sentence(block.lines[-2]))
            and _ATTRIBUTION.match(below.text)
            and not ends_sentence(below.text)
        ):
            if whole and out and out[-1].kind is Kind.SHORT and below_at == i + 1:
                # under a head and over no story: the box's own text, "TOKTOK BLONG WIK" / "“Wota
                # i laef…”" / "– Jif Willie Tamata, Lenakel" (a quotation of the week), two paragraphs
                out.extend((block.with_(kind=Kind.BODY), below.with_(kind=Kind.BODY)))
                skip = 1
                continue
            if len(block.lines) > 1 and not whole:
                out.append(block.with_(lines=block.lines[:-1]))
            speaker, skip = below.text, below_at - i
            name = blocks[below_at + 1] if below_at + 1 < len(blocks) else None
            if name is not None and name.gap == 0 and name.kind is Kind.SHORT and _SPEAKER_NAME.match(name.text):
                speaker, skip = f"{speaker} {name.text}", skip + 1  # the speaker's title on one line, the name on the next
            out.append(Block((f"{quote} {speaker}",), block.end, gap=0, kind=Kind.PULL_QUOTE))
        else:
            out.append(block)
    return tuple(out)


def _quote_lines(blocks: tuple[Block, ...], i: int) -> list[str]:
    """The lines of a quote printed on two to four lines of its own from block i on, or none."""
    first = blocks[i]
    if first.kind not in (Kind.BODY, Kind.SHORT) or first.text[:1] not in "\"“「":
        return []
    if len(first.lines) > 1:
        return list(first.lines) if len(first.lines) <= 4 and _QUOTE_ALONE.match(first.text) else []
    lines = [first.text]
    for block in blocks[i + 1 : i + 4]:
        if block.gap or len(block.lines) > 1 or block.kind not in (Kind.BODY, Kind.SHORT):
            return []
        lines.append(block.text)
        if _QUOTE_ALONE.match(" ".join(lines)):
            return lines
    return []


def _headlines_over_leads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line set directly above a story's lead ("老旧电梯更新提速" over "记者赵一鸣报道 …")
    is that story's headline, never the last line of the paragraph above or a subhead: a
    headline line run into the paragraph above it (which ends its sentence there) is split
    off, above a lead or a byline ("Bridge Repairs Delayed" over "By MARK LEE"), or above the
    head it stands over (`_head_over_lead`), and one that a comma or a particle made look like
    text is a short line all the same."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        below = blocks[i + 1] if i + 1 < len(blocks) else None
        if below is None or below.gap > 1 or block.kind is not Kind.BODY:
            out.append(block)
            continue
        stacked = len(block.lines) > 1 and _head_over_lead(blocks, i + 1)
        # (a match's score over the report's lead is its first line: "Okere United 2 – 1 Ekpan Rangers")
        if MATCH_RESULT.match(block.lines[-1]) or not (opens_story(below.text) or below.kind is Kind.BYLINE and len(block.lines) > 1 or stacked):
            out.append(block)
            continue
        last = block.lines[-1]
        headline = not ends_sentence(last) and display_width(last) <= _HEADLINE_WIDTH and not opens_story(last)
        if below.gap or stacked:  # set apart by a blank line, or over a head, it must look like a headline by itself
            headline = headline and is_short(last, strict_case=False, particle_end=True)
        # over a story's opening, a Latin head may end on its full stop ("Der Reichshaushalt für 1928.")
        headline = headline or opens_story(below.text) and latin_ratio(last) >= 0.5 and _one_phrase_head(last)
        if len(block.lines) == 2 and _head_and_deck_lines(block.lines) and opens_story(below.text):
            out.extend(_headline_and_deck(block.with_(kind=Kind.SHORT)))
        elif headline and len(block.lines) == 1:
            out.append(block.with_(kind=Kind.SHORT))
        elif headline and ends_sentence(block.lines[-2]):
            out.append(block.with_(lines=block.lines[:-1]))
            out.append(Block((last,), block.end, gap=0, kind=Kind.SHORT))
        else:
            out.append(block)
    return tuple(out)


def _head_over_lead(blocks: tuple[Block, ...], i: int) -> bool:
    """Block `i` is a one-line head right under the line above it, over a story's lead: a
    standing head set right under the last line of the story above, over its first item's head,
    is read into that story's paragraph. Before: "…将在下个月的全体大会上讨论。北马简讯" /
    "玻州书展周六开幕" / "（加央29日讯）…"; after: the paragraph ends on "讨论。", and
    "北马简讯" heads the item under it."""
    head, lead = blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None
    return head.kind is Kind.SHORT and head.gap == 0 and len(head.lines) == 1 and lead is not None and lead.gap <= 1 and opens_story(lead.text)


def _paragraphs_flush(blocks: tuple[Block, ...]) -> bool:
    """Whether the page sets its paragraphs flush: a paragraph of two lines or more under one
    that ended its sentence stands with no blank line over it, mostly (then a blank line on the
    page is a head's, not a paragraph's)."""
    gaps = [
        b.gap for a, b in zip(blocks, blocks[1:])
        if a.kind is b.kind is Kind.BODY and len(a.lines) > 1 and len(b.lines) > 1 and ends_sentence(a.lines[-1])
    ]
    return len(gaps) >= 2 and sum(gap == 0 for gap in gaps) >= 0.75 * len(gaps)


def _heads_spaced_on_flush_pages(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a page that sets its paragraphs flush, a line that can be a head by itself (one phrase,
    perhaps ending on its full stop, `_one_phrase_head`), with its deck flush under it, after text
    that ended its sentence and over a blank line and a paragraph, is a head: only a head is set
    apart there. Older German and English papers print their heads so, with a full stop, and the
    blank line over one is often lost ("…der älteſte Ein=" / "wohner des Bezirks." / "Wölfe in
    Oſtpreußen?" / "" / "Aus Lyck wird berichtet, …").

    Before: BODY "Eiſenbahnunfall bei Glauchau." between "Vermiſchtes." and "" / "Geſtern abend fuhr…".
    After: SHORT, its story's headline.
    """
    if not _paragraphs_flush(blocks):
        return blocks
    out = list(blocks)
    heads: set[int] = set()  # the heads found so far
    for i in reversed(range(len(out) - 1)):  # from the foot up: a rubric ("Vermiſchtes.") stands over a head
        head = out[i]
        if head.kind is not Kind.BODY or len(head.lines) != 1 or latin_ratio(head.text) < 0.5 or not _one_phrase_head(head.text):
            continue
        above = out[i - 1] if i else None
        if above is not None and above.kind is Kind.BODY and not ends_sentence(above.lines[-1]):
            continue  # a paragraph's line after a column break
        stack = [i]
        while len(stack) < 2 and stack[-1] + 1 < len(out) and out[stack[-1] + 1].gap == 0:
            deck = out[stack[-1] + 1]
            if deck.kind not in (Kind.BODY, Kind.SHORT) or len(deck.lines) != 1 or not _one_phrase_head(deck.text):
                break
            stack.append(stack[-1] + 1)
        below = out[stack[-1] + 1] if stack[-1] + 1 < len(out) else None
        if below is None or below.gap < 1:
            continue
        if not (below.kind is Kind.BODY and len(below.lines) > 1 and below.text[:1].isupper() or stack[-1] + 1 in heads and len(stack) == 1):
            continue
        if head.gap == 0 and len(stack) > 1:
            continue  # two lines flush under a paragraph: its own last lines, or a head's, not to tell
        for j in stack:
            out[j] = out[j].with_(kind=Kind.SHORT)
        heads.add(i)
    return tuple(out)


def _head_and_deck_lines(lines: tuple[str, ...]) -> bool:
    """Two Latin lines that are a headline wrapped or a headline over its deck, each a phrase
    that opens with a capital (or a wrapped line in lower case) and ends on no sentence:
    "Koupaliště v Pelhřimově projde úpravou" / "Město chce nový tobogán i dětský bazén"."""
    first, second = lines
    return latin_ratio(first + second) >= 0.5 and _stacked_head(Block((first,), 1)) and _one_phrase_head(second, wrapped=True)


def _one_phrase_head(line: str, wrapped: bool = False) -> bool:
    """A Latin line that can be a head by itself: one phrase, no wider than a headline, opening
    with a capital (or in lower case, as a wrapped headline's second line goes on), ending on no
    mark or on one full stop or question mark, as older papers end their heads ("Wölfe in
    Ostpreußen?", "Der Reichshaushalt für 1928."); never two sentences ("Der Finanz-Minister.
    Camphausen." signs a decree).

    >>> _one_phrase_head("Der Reichshaushalt für 1928."), _one_phrase_head("Der Finanz-Minister. Camphausen.")
    (True, False)
    """
    phrase = line[:-1] if line.endswith((".", "?")) else line
    return (
        (phrase[:1].isupper() or phrase[:1].isdigit() or wrapped and phrase[:1].islower())
        and not re.search(r"[.!?;]|[,:-]$", phrase)
        and display_width(line) <= _LATIN_HEADLINE_WIDTH
    )


def _mastheads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """On a Chinese page, a line of Latin capitals printed with the running head is the
    paper's name in pinyin or English ("SHILI RIBAO"), not a section label; so is the page's
    first line, a short name, set right over the dated head (a 1947 小報's "滬　光" over
    "中華民國三十六年十二月二日　星期二　每份國幣二千元"), whatever its name ends on.

    >>> page = (Block(("滬　光",), 1, kind=Kind.SHORT), Block(("中華民國三十六年十二月二日　星期二",), 2, kind=Kind.FURNITURE), Block(("影壇",), 4, gap=1, kind=Kind.SHORT))
    >>> [b.kind.value for b in _mastheads(page)]
    ['furniture', 'furniture', 'short']
    """
    out = list(blocks)
    if len(out) > 1 and _name_over_dated_head(out[0], out[1]):
        out[0] = out[0].with_(kind=Kind.FURNITURE)
    for i, block in enumerate(out):
        above = out[i - 1] if i > 0 and block.gap <= 1 else None
        below = out[i + 1] if i + 1 < len(out) and out[i + 1].gap <= 1 else None
        beside_furniture = any(n is not None and n.kind is Kind.FURNITURE for n in (above, below))
        if block.kind is Kind.SHORT and beside_furniture and re.fullmatch(r"[A-Z][A-Z .&'-]+", block.text):
            out[i] = block.with_(kind=Kind.FURNITURE)
    return tuple(out)


def _name_over_dated_head(first: Block, below: Block) -> bool:
    return (
        first.kind is Kind.SHORT
        and len(first.lines) == 1
        and _MASTHEAD_WORD.fullmatch(re.sub(r"[\s\u3000]+", "", first.text)) is not None
        and below.kind is Kind.FURNITURE
        and below.gap == 0
        and (DATE_CN.search(below.text) or DATE_ROC.search(below.text)) is not None
    )


_MASTHEAD_WORD = re.compile(r"[\u4e00-\u9fff]{2,8}")


def _particle_headlines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A short line ending in a particle ("快递进村“最后一公里”打通了") looks like a fragment cut
    mid-sentence; set flush above an indented paragraph or a byline, it is a headline; or set
    apart over a byline a blank line below it, on a page that sets every block apart
    ("桃源河治理后白鹭回来了" / "" / "本报记者　柴　宁"); or the last line of a head stack, flush
    under its kicker, over the indented text ("曝光台" / "记者再访" / "河道旁的建筑垃圾清走了" / "" /
    "　　本报记者…").

    >>> stack = (Block(("记者再访",), 1, gap=1, kind=Kind.SHORT), Block(("河道旁的垃圾清走了",), 2, kind=Kind.BODY),
    ...     Block(("本报讯　12月12日，记者再次来到现场。",), 4, gap=1, indent=True, kind=Kind.BODY))
    >>> [b.kind.value for b in _particle_headlines(stack)]
    ['short', 'short', 'body']
    """
    out = list(blocks)
    for i, block in enumerate(out[:-1]):
        below = out[i + 1]
        under_it = below.gap == 0 and (below.indent or below.kind in (Kind.BYLINE, Kind.SUBTITLE))
        under_it = under_it or block.gap >= 1 and below.gap == 1 and below.kind is Kind.BYLINE
        under_it = under_it or block.gap == 0 and i > 0 and out[i - 1].kind is Kind.SHORT and below.gap >= 1 and below.indent and below.kind is Kind.BODY
        if block.kind is Kind.BODY and not block.indent and under_it and is_short(block.lines, particle_end=True) and not EVENT_FACT.match(block.text):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


# A match's result as a report prints it over its text, each side's score after its name:
# "Bergantiños B 1 - Ulla CF 2".
MATCH_RESULT = re.compile(
    r"^[^\W\d_][\w.'’ -]{1,30}? \d{1,2} [-–] [^\W\d_][\w.'’ -]{1,30}? \d{1,2}$"
    # (or the score between the sides: "Okere United 2 – 1 Ekpan Rangers")
    r"|^[^\W\d_][\w.'’ -]{1,30}? \d{1,2} ?[-–:] ?\d{1,2} [^\W\d_][\w.'’ -]{1,30}$"
    # (or after both sides, with the half-time score: "SV Rebland – FV Haardtrand 2:1 (0:1)")
    r"|^[^\W\d_][\w.'’ -]{1,30}? [-–] [^\W\d_][\w.'’ -]{1,30}? \d{1,2}:\d{1,2}(?: \(\d{1,2}:\d{1,2}\))?$"
)


# A list item that is a sentence ends on its stop, maybe inside closing quotes or brackets.
_ENDS_ON_A_STOP = re.compile(r"[.!?…][)\]\"”’»]*$")


# A league table's row read with single spaces: a name, no figure in it, then its figures, two to
# four ("Harbour Rangers 18 39", "San Ġwann 19 35 12"), maybe a speck after the last ("41°", "27.").
_STANDINGS_ROW = re.compile(r"^[^\W\d_][^\d]{2,30}?(?:\s+\d{1,3}){2,4}\W?$")
# A results table's row: the home side, the score, the away side ("Harbour Rangers 2–0 Old Mill"),
# specks the engine read between the cells kept ("Old Mill _ 1-1 Ċirkewwa Town").
_RESULT_ROW = re.compile(r"^[^\W\d_][^\d]{1,30}?\s\d{1,2}\s?[-–:]\s?\d{1,2}\s+[^\d]{2,30}$")
_STANDINGS_ROWS = 3


def standings_rows(lines: tuple[str, ...]) -> bool:
    """Three lines or more, each a name and the same number of figures, a league table's rows
    (`_STANDINGS_ROW`), or each a result, a results table's (`_RESULT_ROW`): page furniture, as a
    data panel is. Tesseract reads such rows as one block, single-spaced, so no cells show
    (`panels._table_row`). Before (a scanned sports page, ALTO): "Harbour Rangers 18 39" / "Old Mill
    18 36" / "Ċirkewwa Town 18 30." a paragraph of the match report; after: furniture. Prose has no
    run of lines each ending on figures, or each holding a score between names.

    >>> rows = ("Harbour Rangers 18 39", "Old Mill 18 36", "Ċirkewwa Town 18 30.")
    >>> standings_rows(rows), standings_rows(rows[:2]), standings_rows((*rows[:2], "Ċirkewwa Town 18 30 12"))
    (True, False, False)
    >>> standings_rows(("Harbour Rangers 2–0 Old Mill", "Ċirkewwa Town _ 1-1 Sea View", "Port Lane 0–3 Hilltop"))
    True
    >>> standings_rows(("The team won 18 of its 30 games", "and drew 6 more, losing 6", "in the spring of 2026"))
    False
    """
    if len(lines) < _STANDINGS_ROWS:
        return False
    if all(_RESULT_ROW.match(line.strip()) for line in lines):
        return True
    figures = set()
    for line in lines:
        if _STANDINGS_ROW.match(line.strip()) is None:
            return False
        figures.add(len(re.findall(r"\d+", line)))
    return len(figures) == 1


def classify_block(block: Block, hard_wrapped: bool = False) -> Block:
    """The kind of one block, judged from its own text.

    >>> classify_block(Block(("## 以“点”为基， 靶向夯实工作根基",), 1)).kind
    <Kind.HEADING: 'heading'>
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("□编辑/杜燕葵", "□安娜", "来源：人民日报", "木垒县")]
    ['furniture', 'byline', 'source', 'short']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("□本报记者 廖冬云撰", "（本报通讯员 苏晴 摄）", "—Gazette Photo.")]
    ['credit', 'credit', 'credit']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("（资料图片）", "资料图片", "插图　林小禾", "漫画/陈川", "本报资料图片")]
    ['credit', 'credit', 'credit', 'credit', 'credit']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("晚报记者　王　磊　实习生　陈　静", "周　敏　报道", "【本報記者周家明報道】")]
    ['byline', 'byline', 'byline']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("江陵市实验中学初二（3）班　林小禾", "指导教师：郑秋云", "本报评论员文章")]
    ['byline', 'furniture', 'short']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("小记者　陈语桐（实验小学五年级）　指导老师　许丽华", "小记者走进消防救援站")]
    ['byline', 'short']
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("Bergantiños B 1 - Ulla CF 2", "Sporting Lisboa 0 – Benfica 3")]
    ['body', 'body']
    """
    text = " ".join(block.lines)
    if len(block.lines) == 1:
        heading = MARKUP_HEADING.match(text)
        if heading:
            # Markup is evidence, not truth: a marked byline, running head or sentence is what its text says.
            level, inner = len(heading.group(1)), heading.group(2).strip()
            # (a head that runs on to the next with dots is judged without them: "# Mandela To Hold
            # Power Till 1999..." over "...Tells How He Smuggled Autobiography", no sentence's stop)
            plain = classify_block(block.with_(lines=(_RUN_ON_DOTS.sub("", inner) or inner,)), hard_wrapped)
            if plain.kind is Kind.SHORT or plain.kind is Kind.BODY and is_short(inner, strict_case=False, particle_end=True):
                kind = Kind.HEADLINE if level == 1 else Kind.HEADING
                return block.with_(lines=(inner,), kind=kind, level=level, mark=heading.group(1))
            return plain.with_(level=level, mark=heading.group(1) + plain.mark)
        if head := _head_after_speck(block, hard_wrapped):
            return head
        emphasis = MARKUP_EMPHASIS.match(text)
        if emphasis and "**" not in emphasis.group(2):
            plain = classify_block(block.with_(lines=(emphasis.group(2),)), hard_wrapped)
            return plain.with_(mark=emphasis.group(1) * 2 + plain.mark)
    if len(block.lines) == 1 and (reprint := SOURCE.match(text)) and (reprint.group("reprinted") or reprint.group("reprinted_latin")):
        return block.with_(kind=Kind.SOURCE)  # (its old issue's date and weekday are no running head's)
    if is_furniture(text) or standings_rows(block.lines):
        return _unboxed(block, Kind.FURNITURE)
    if opens_list_item(text):
        # a fact box's item, its bullet layout ("· I dag går 38 elever…"): text, never a head; a
        # row that is no sentence ("• 2 onions", an ingredient) keeps its bullet, which marks it a list's row
        # (a sentence's last mark after a figure counts: "· Åpningen er i august 2027.")
        lines = (block.lines[0][2:], *block.lines[1:]) if _ENDS_ON_A_STOP.search(block.lines[-1]) else block.lines
        return block.with_(lines=lines, kind=Kind.BODY, mark=text[0])
    if MATCH_RESULT.match(text):
        return block.with_(kind=Kind.BODY)  # a report's result line is its text's first line, no head
    if text[:1] in CAPTION_MARKS and not REPORTER_START.match(text[1:].lstrip()):
        kind = Kind.CREDIT if PHOTO_CREDIT.match(text) else Kind.CAPTION
        return _unboxed(block, kind)
    if text[:1] in BOX_MARKS and _RUNNING_TEXT.search(text):
        return block.with_(kind=Kind.BODY)  # a margin mark before running text, not a byline's box
    if text[:1] in BOX_MARKS and BOX_LABEL.match(text[1:].strip()):
        return _unboxed(block, Kind.SHORT)  # "■链接": the label of a box, above its headline
    if text[:1] in BOX_MARKS and _BOXED_HEAD.match(text[1:].strip()) and not _WRITER_WORD.search(text):
        return _unboxed(block, Kind.SHORT)  # "◆煤气泄漏　消防破门": a brief's headline, not a writer's name
    if text[:1] in BOX_MARKS and _boxed_rubric(text[1:].strip()):
        return _unboxed(block, Kind.SHORT)  # "■校园观察": a column's rubric over its head, not a writer's name
    if len(block.lines) == 2 and BYLINE.match(block.lines[0]) and _EMAIL.fullmatch(block.lines[1]):
        return block.with_(kind=Kind.BYLINE)  # the writer over an e-mail address: "Av Erik Lund" / "erik.lund@…"
    if len(block.lines) <= 2 and len(text) <= 60 and display_width(text) <= 60:
        if SOURCE.match(text):
            return block.with_(kind=Kind.SOURCE)
        if WRITERS_PARTS.match(text):
            return _unboxed(block, Kind.BYLINE)  # who wrote and who took the photos: "本报记者　莫小川　文／图"
        if PHOTO_CREDIT.match(text) and not _headline_ending_on_tu(text):
            return _unboxed(block, Kind.CREDIT)
        if _TEACHER_CREDIT.match(text):
            return block.with_(kind=Kind.FURNITURE)  # a staff line as an editor's is: no caption's credit
        if _STUDENT_BYLINE.match(text):
            return block.with_(kind=Kind.BYLINE)
        if _COMMENTATOR_PIECE.match(text):
            return block.with_(kind=Kind.SHORT)  # a column's label over the piece's title, not who wrote it
        # (names padded to the width of three read as one: "晨报记者　张　帆　实习生　李　梦")
        named = common_han(unpad_names(text))
        if _REPORTER_OVER_A_SPECK.match(text):
            return block.with_(lines=(text[:-1].rstrip(),), kind=Kind.BYLINE)
        if BYLINE.match(named) or _NAME_REPORTED.match(named) or _READER_SIGNATURE.match(text) or SIGNED.match(text):
            return _unboxed(block, Kind.BYLINE)
        if _dashed_deck(text):
            return block.with_(kind=Kind.SUBTITLE)
    if PULL_QUOTE.match(text):
        return block.with_(kind=Kind.PULL_QUOTE)
    # A speck under a line ("BLOWN OPEN." / "."), dropped later by `drop_speck_lines`, says nothing of the line.
    lines = tuple(line for line in block.lines if not _SPECK_LINE.match(line)) or block.lines
    if _dashed_brief_at_the_indent(block):
        return block.with_(kind=Kind.BODY)
    return block.with_(kind=Kind.SHORT if is_short(lines, strict_case=hard_wrapped) else Kind.BODY)


def _dashed_brief_at_the_indent(block: Block) -> bool:
    """A paragraph at the indent opening on a run-in head set off by a dash (`_DASHED_RUN_IN_HEAD`)
    and ending on its full stop is a brief, not an old head in Title Case ending on its stop: a
    head is not set at the paragraph indent. Where a language's small words are short, a brief's
    sentence reads as Title Case by its names: "   Parking at Kamali Beach - Cars may park" /
    "at Kamali Beach after dark." (before, a head, which broke the briefs' run under their label).

    >>> _dashed_brief_at_the_indent(Block(("Parking at Kamali Beach - Cars may park", "at Kamali Beach after dark."), 1, indent=True))
    True
    >>> _dashed_brief_at_the_indent(Block(("Parking at Kamali Beach - Cars may park", "at Kamali Beach after dark."), 1))
    False
    """
    return block.indent and not block.set_right and block.text.endswith(".") and _DASHED_RUN_IN_HEAD.match(block.lines[0]) is not None


_SPECK_LINE = re.compile(r"^[.,'’‘`\"“”:;|¦^]{1,3}$")
# A brief's headline marked as a byline is ("◆", "■"): phrases of four characters or more, where a
# name has two to four ("□安娜", "□江 帆", "■林志明"), unless a writer's post stands in it ("□本报记者陈思远");
# figures, Latin letters and quotation marks stand in headlines, never in names ("■江海电缆拟投资12亿元建设新基地",
# "◆“跟着非遗去旅行”线路发布", "●電台DJ轉戰網台").
_BOXED_HEAD = re.compile(r"^(?:[“‘《「]?[\u4e00-\u9fff][\u4e00-\u9fff0-9０-９A-Za-z.％%“”‘’《》「」]{4,}|[\u4e00-\u9fff]{4,}(?:[\s\u3000]+[\u4e00-\u9fff]{4,})+)$")
_WRITER_WORD = re.compile(r"记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|编辑|編輯|摄|攝|撰|供稿|整理|编译|編譯")


def _boxed_rubric(text: str) -> bool:
    """A column's rubric printed after a box mark as a byline is ("■校园观察", "●今日关注"): four
    characters, one word, that are no writer's name (a name of four has a double surname:
    "■欧阳晓晴"), nor a writer's post ("■本报记者").

    Before: BYLINE "校园观察" (an article of its own, a byline and no text, over the story it
    names). After: SHORT "校园观察", its mark "■": the rubric over the head under it.

    >>> _boxed_rubric("校园观察"), _boxed_rubric("今日关注"), _boxed_rubric("欧阳晓晴"), _boxed_rubric("本报记者"), _boxed_rubric("林志明")
    (True, True, False, False, False)
    """
    return re.fullmatch(r"[\u4e00-\u9fff]{4}", text) is not None and not PERSONAL_NAME.match(text) and not _WRITER_WORD.search(text)


# A school page's student piece: who wrote it, their school and class before the name
# ("江陵市实验中学初二（3）班　林小禾"), and the teacher who guided it, under its text
# ("指导教师：郑秋云"): credited as the page credits its editors, never the next piece's kicker.
_STUDENT_BYLINE = re.compile(
    rf"^[\u4e00-\u9fff]{{2,16}}(?:学校|中学|小学|中學|小學)[\u4e00-\u9fff0-9（）()]{{0,10}}[\s\u3000]+[{_SURNAMES}](?:[\u3000 ]?[\u4e00-\u9fff]){{1,2}}$"
)
# A reporter's post and name alone, a colon after it that opens nothing: a speck under the name the
# engine read as a mark (Tesseract, a vertical scan: "本報記者周明哲:" at the foot of the byline's
# column, the lead's first column beside it). Before: a paragraph of its own; after: the byline.
# (A colon with words after it, "记者：这项工作……", is an interview's question, no byline.)
_REPORTER_OVER_A_SPECK = re.compile(rf"^(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\s\u3000]*[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}[:：]$")
# The label of a paper's editorial by its commentator, set over the piece's title: "本报评论员文章".
_COMMENTATOR_PIECE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:评论员|評論員)文章$")
# The paper's commentator named by the post alone, no name after it: "本报评论员", "本報評論員".
COMMENTATOR_POST = re.compile(r"^(?:本报|本報|本刊)?(?:特约|特約)?(?:评论员|評論員)$")
_TEACHER_CREDIT = re.compile(rf"^(?:指导教师|指導教師|指导老师|指導老師)[：:][\s\u3000]*[{_SURNAMES}](?:[\u3000 ]?[\u4e00-\u9fff]){{1,2}}$")


_HEAD_KINDS = (Kind.SHORT, Kind.HEADLINE, Kind.HEADING, Kind.SUBTITLE)


def _commentator_labels_over_heads(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The commentator's post alone ("本报评论员"), set over a head line that stands flush on the
    text, labels the editorial as its column, as "本报评论员文章" does (`_COMMENTATOR_PIECE`); under
    a head (no head over it) it signs the piece, and stays its byline.

    Before: "本报评论员" (byline) / "路灯要修，先问问居民" / "　　城北几条小路…" made the head a
    heading of an untitled piece (holdout152's district opinion page). After: the post SHORT, the
    column's label over the title.

    >>> b = lambda kind, gap, text: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b(Kind.FURNITURE, 0, "第2版　言论"), b(Kind.BYLINE, 1, "本报评论员"), b(Kind.SHORT, 0, "路灯要修，先问问居民"), b(Kind.BODY, 0, "近日，…。"))
    >>> [x.kind.value for x in _commentator_labels_over_heads(page)]
    ['furniture', 'short', 'short', 'body']
    >>> [x.kind.value for x in _commentator_labels_over_heads((page[2].with_(gap=1), page[1].with_(gap=0), page[3]))]  # signing under its head
    ['short', 'byline', 'body']
    """
    out = list(blocks)
    for i in range(len(out) - 2):
        label, head, text = out[i], out[i + 1], out[i + 2]
        if (
            label.kind is Kind.BYLINE
            and COMMENTATOR_POST.match(label.text) is not None
            and (i == 0 or out[i - 1].kind not in _HEAD_KINDS)
            and head.kind is Kind.SHORT
            and len(head.lines) == 1
            and head.gap == 0
            and not ends_sentence(head.text)
            and text.kind is Kind.BODY
        ):
            out[i] = label.with_(kind=Kind.SHORT)
    return tuple(out)


# A speck the engine read as a mark before a line's first capital: a degree sign, a lone accent.
# (Not a bullet or a star, which may mark a list's item or a note.)
_SPECK_BEFORE = re.compile(r"^[°º˚¤^`´¨]\s+(?=[A-Z])")


def _head_after_speck(block: Block, hard_wrapped: bool) -> Block | None:
    """A one-line head the engine read a speck before: the head, the speck kept as its mark,
    so it reads as the head it is, not as a line of text. None for any other line.

    Before: BODY "° The Earthly and Heavenly." (a verse's title under its paper's credit line).
    After: SHORT "The Earthly and Heavenly.".

    >>> _head_after_speck(Block(("° The Earthly and Heavenly.",), 1), True).lines
    ('The Earthly and Heavenly.',)
    >>> _head_after_speck(Block(("° and the rest of the sentence went on",), 1), True) is None
    True
    """
    speck = _SPECK_BEFORE.match(block.lines[0]) if len(block.lines) == 1 else None
    if speck is None:
        return None
    rest = block.with_(lines=(block.lines[0][speck.end():],))
    # (a head its layout already knew for one keeps its kind)
    plain = rest if block.kind in (Kind.SHORT, Kind.HEADLINE) else classify_block(rest.with_(kind=Kind.UNKNOWN), hard_wrapped)
    return plain.with_(mark=speck.group(0).strip() + plain.mark) if plain.kind in (Kind.SHORT, Kind.HEADLINE) else None


def _unboxed(block: Block, kind: Kind) -> Block:
    first = block.lines[0]
    if first[:1] in BOX_MARKS:
        rest = first[1:].lstrip()
        return block.with_(lines=(rest, *block.lines[1:]), kind=kind, mark=first[0])
    return block.with_(kind=kind)


def is_english_byline(text: str) -> bool:
    """An English byline line ("By the Associated Press", "Ledger Staff Writer"): never a running
    head, never inside a paragraph."""
    # Asked of every line: first what each _ENGLISH_BYLINE form opens or ends with (`$` matches
    # before a last newline too), then BYLINE, anchored at the start; _ENGLISH_BYLINE, searched
    # through the whole text (a paragraph's block too), last.
    if not (text[:1] in _ENGLISH_BYLINE_OPENS or text.removesuffix("\n").endswith(_ENGLISH_BYLINE_ENDS)):
        return False
    return BYLINE.match(text) is not None and _ENGLISH_BYLINE.search(text) is not None


# A caption set whole in brackets after its word for the picture, its credit inside: "（圖：劇組在旺角街頭拍攝夜景。電視台提供）".
BRACKETED_PICTURE = re.compile(r"^[（(](?:图|圖|图片|圖片)\s*[：:／/]\s*[^（）()]{4,60}[)）]$")
# A caption's opening mark, the picture it stands for in brackets: "（图）赵海鹏主任在门诊为患者测量血压。　本报记者　陈晓　摄".
PICTURE_MARK = re.compile(r"^[（(](?:图|圖|图片|圖片)[)）]")
# A caption's closing credit in brackets, who took the picture: "…撲救不及。（記者李明攝）".
_CREDIT_IN_BRACKETS = re.compile(r"[（(][^（）()]{1,20}(?:摄|攝)[)）]$")


# A reporter's line: each post before a name set apart by a wide space ("记者　骆一鸣　通讯员　卢　晓",
# a name of two characters padded to three), or the name, a slash, the place and 报道 ("記者賴品蓁／彰化報導").
_REPORTER_SET_APART = re.compile(
    r"^(?:本报|本報)?(?:记者|記者|通讯员|通訊員)(?:　+(?:[㐀-䶿一-鿿\U00020000-\U0003134f]　[㐀-䶿一-鿿\U00020000-\U0003134f]|[㐀-䶿一-鿿\U00020000-\U0003134f·]{2,4})"
    r"(?:　+(?:记者|記者|通讯员|通訊員))?)+$"
    r"|^(?:本报|本報)?(?:记者|記者)[一-鿿\U00020000-\U0003134f·]{2,4}[／/][一-鿿]{2,6}(?:报道|報導|报导|報道)$"
    # or the writer's name first, a wide space, then 报道, as Singapore and Malaysian dailies sign a
    # story under its head: "郑家俊　报道" (before: head, byline and lead one paragraph, no title)
    rf"|^[{_SURNAMES}][一-鿿]{{1,2}}(?:、[{_SURNAMES}][一-鿿]{{1,2}}){{0,3}}　+(?:报道|報導|报导|報道)$"
    # or the label first, a colon, and the writer's name alone: "报道：林美玲", "记者：陈国华" (before:
    # a deck under the head ran on into it, one paragraph with the lead)
    rf"|^(?:报道|報導|报导|報道|记者|記者|撰文)[：:][{_SURNAMES}][一-鿿]{{1,2}}$"
)


# A notice's signer and the formula it signs with: who congratulates ("菲律濱蓮城同鄉會　敬賀"), who
# announces or thanks ("孝男　陳家明　謹啟"), who mourns ("全體同仁　敬挽"), the family that gives
# notice of a death ("子　陈建华　女　陈建芬　敬告", or in tears on a line of the mourners alone,
# opening on their kinship: "孝男　陳家明　暨全體家屬　泣告"; not the notice's last line run on to
# them, "翌日出殯　孝男…泣告", a paid notice's text).
SIGNED_WITH_A_FORMULA = re.compile(
    r"^[\u4e00-\u9fff·、（）()\s\u3000]{2,30}?[\s\u3000]*(?:敬賀|敬贺|恭賀|恭贺|同賀|同贺|謹賀|谨贺|拜賀|拜贺|謹啟|谨启|敬啟|敬启|泣啟|泣启|敬挽|敬告)$"
    r"|^(?:孝男|孝女|孝子|孝孫|孝孙|未亡人)[\s\u3000][\u4e00-\u9fff·、\s\u3000]{2,30}?[\s\u3000]泣告$"
)


# A notice's officers signing it on one line, two or three posts each with a name a wide space
# after it: "理事長　廖文雄　總幹事　黃啟明" (a Taiwan farmers' association's 公告), "局长　王　明　书记　李　强".
# Before: flush under the notice's last line, it ran on as that paragraph's last words and the date
# under it was dropped as the page's furniture. After: a line of its own, the notice's signers.
_OFFICER_POST = r"(?:理事長|理事长|總幹事|总干事|董事長|董事长|總經理|总经理|社長|社长|會長|会长|主席|主任委員|主任委员|主任|秘書長|秘书长|書記|书记|局長|局长|處長|处长|鄉長|乡长|鎮長|镇长|村長|村长|校長|校长|院長|院长)"
_OFFICER_NAME = r"[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,2}"
OFFICERS_SIGNING = re.compile(rf"^{_OFFICER_POST}\u3000+{_OFFICER_NAME}(?:\u3000+{_OFFICER_POST}\u3000+{_OFFICER_NAME}){{1,2}}$")


# (asked of each line of a text page as `group_lines` groups it, a line next to a break twice, and a
# pure function of the line: a fifth of the calls on a slice of M asked a line asked before)
@lru_cache(maxsize=4096)
def is_standalone_line(line: str) -> bool:
    """Lines that never share a block with the lines around them, even when hard-wrapped: a
    caption opened by its picture mark (`PICTURE_MARK`) set between two lines of a paragraph too.

    >>> is_standalone_line("□本报通讯员 万鹏程"), is_standalone_line("昌吉市围绕群众需求，")
    (True, False)
    >>> is_standalone_line("（图）村民在新修的渠边放水。　本报记者　何川　摄")
    True

    So is a caption marked as pointing at its photo and closed by its credit, wider than the
    column: the text under it is the sentence it was set into, not more of the caption.

    >>> is_standalone_line("▲村民在新修的渠边放水，沿岸的稻田都灌上了水。（记者何川摄）")
    True

    So is a line in brackets naming who supplied the story or box above it (`SUPPLIED_BY`):

    >>> is_standalone_line("（新闻线索提供者：王女士　奖金50元）")
    True

    So is a reporter's line that no line of running text could be (`_REPORTER_SET_APART`): the
    names set apart by wide spaces, or the place and 报道 after a slash, under a deck as wide as
    the column: "记者　骆一鸣　通讯员　卢　晓", "記者賴品蓁／彰化報導"; not "记者了解到今年全市共有".

    >>> is_standalone_line("记者　骆一鸣　通讯员　卢　晓"), is_standalone_line("記者賴品蓁／彰化報導"), is_standalone_line("记者了解到今年全市共有")
    (True, True, False)

    So is a writer's name set a wide space before 报道, as Singapore papers sign under the head;
    not a line of text that runs on to 报道.

    >>> is_standalone_line("梁伟明　报道"), is_standalone_line("梁伟明、何淑仪　报道"), is_standalone_line("梁伟明报道")
    (True, True, False)

    So is a writer's label, its colon and the name alone: "报道：林美玲"; not a line of text.

    >>> is_standalone_line("报道：林美玲"), is_standalone_line("记者：林美玲今天上午在")
    (True, False)

    So is a family's line signing in tears (`SIGNED_WITH_A_FORMULA`), opening on its kinship; not a
    notice's last words run on to it.

    >>> is_standalone_line("孝男　陳家明　暨全體家屬　泣告"), is_standalone_line("翌日出殯　孝男　陳家明　泣告")
    (True, False)

    A name may hold a character outside the common block (names in the page's patterns allow
    them all): "本报记者　甘𫖮　实习生　殷可心".

    >>> is_standalone_line("本报记者　甘𫖮　实习生　殷可心")
    True

    So may a two-character name padded to the width of three, its second character outside the
    common block: "本报记者　龚　𬀩" (before: a headline filling the column ran on into it, one
    paragraph, the story with no title and no byline).

    >>> is_standalone_line("本报记者　龚　𬀩"), is_standalone_line("记者　𬀩　岚")
    (True, True)

    Or in Extension A, which GB18030 holds and GBK does not: "本报记者　龚　䶮" (U+4DAE; before:
    the head over it ran on into it, one paragraph, no title; after: the byline on its own).

    >>> is_standalone_line("本报记者　龚　䶮"), is_standalone_line("记者　㛃　岚")
    (True, True)

    So is the maker of a map or a chart under its caption (`MAP_OR_CHART_BY`); not a sentence's line.

    >>> is_standalone_line("本报制图　柴　屹"), is_standalone_line("（制图：庹　𬭚）"), is_standalone_line("本报制图部门今年扩招")
    (True, True, False)

    So is a notice's officers' line (`OFFICERS_SIGNING`), each post a wide space from its name:

    >>> is_standalone_line("理事長　廖文雄　總幹事　黃啟明"), is_standalone_line("局长　王　明　书记　李　强"), is_standalone_line("理事長廖文雄說，今年稻穀飽滿")
    (True, True, False)
    """
    if MARKUP_HEADING.match(line) or RULE_LINE.match(line) or is_furniture(line) or PICTURE_MARK.match(line):
        return True
    if line[:1] in CAPTION_MARKS and _CREDIT_IN_BRACKETS.search(line):
        return True
    if line[:1] in BOX_MARKS:
        # (a run-in item's first line is its text too: "■嘉裕茶餐廳集團：集團宣布本月內喺將", its firm and its news)
        return not _RUNNING_TEXT.search(line) and not _RUN_IN_ITEM.match(line)
    # (a notice's signers and their formula, flush under its last line: "…举行告别仪式。" / "子　陈建华　女　陈建芬　敬告")
    if SIGNED_WITH_A_FORMULA.match(line):
        return True
    # (so do its officers, each post and name apart, flush under its last line: "…存摺辦理。" / "理事長　廖文雄　總幹事　黃啟明")
    if OFFICERS_SIGNING.match(line):
        return True
    # (a line of more characters is wider still: a paragraph's line, whose width is not remembered, is not measured)
    # (a box's data source too, in the page's language, "Fonte: Sindicato Rural do Pantanal Sul": the column's
    # name set solid under it is no more of it)
    if len(line) <= 60 and display_width(line) <= 60 and (SOURCE.match(line) or DATA_SOURCE.match(line) or _dashed_deck(line) or SUPPLIED_BY.match(line)):
        return True
    if _REPORTER_SET_APART.match(line):
        return True
    if len(line) <= 60 and (is_english_byline(line) or EUROPEAN_BYLINE.match(line) or NAME_AT_PLACE.match(line)):
        return True  # "By JANE DOE", "Deur Annelie Swanepoel", "JORDI PUIGVERT | Sant Guim": a head stack's last line
    # (or a map's or chart's maker, "本报制图　柴　屹", under its caption: `MAP_OR_CHART_BY`)
    return len(line) <= 60 and display_width(line) <= 60 and bool(PHOTO_CREDIT.match(line) and (_CREDIT_WHO.search(line) or FILE_PICTURE.match(line) or MAP_OR_CHART_BY.match(line)))


# Words and particles that do not end a Chinese headline: a line ending in one was cut mid-sentence.
# (Cantonese spends with 使 after 住 or 唔, and ends its phrase there: "月頭等生果金　街坊計住使", "唔使")
# (a head may end on 了 after a verb's result or direction, "小区门口的路灯该修了", "江豚回来了", "夜校又火了":
# 了 after anything else, "…诊金了" as an engine read a 1939 advertisement, or in a line with a clause's mark,
# "辉算了一笔账: 农场今年少雇了", or in three characters or fewer, is a sentence's piece)
_CUT_MID_SENTENCE = re.compile(r"(?:[的与和及或在对把将是从向为以于被而并且但之其等由让给跟]|(?<![住唔])使|(?<![来來去到完好满滿通火开開走掉成变變修画畫判涨漲降多少])了|^.{0,3}了|[，,：:；;].*了)$")
# Two clauses a comma apart, each closing on 了, are a headline's parallel pair, whole however 了
# follows ("麦子黄了，燕子回来了"): a sentence cut mid-way does not end both its clauses so.
_CLAUSES_CLOSING_ON_LE = re.compile(r"^[^，,：:；;]{2,}了[，,][^，,：:；;]{2,}了$")
_HEADLINE_WIDTH = 64  # display columns: 32 CJK characters
_LIST_HEADLINE_WIDTH = 40  # a headline with a comma in it is shorter still (以“点”为基，靶向…)
# A Chinese comma, or the Latin one an engine writes for it between Han characters (Tesseract's and
# RapidOCR's vertical pages: "車內設有臥鋪二節,票價另定,旅客可先期向各站購票", a story's last
# paragraph, one column, its stop lost; measured against 64 columns it read as the next story's kicker).
# (Tesseract's text spaces its glyphs apart: "旅客日多 , 決定")
_CLAUSE_COMMA = re.compile(r"[，、；]|(?<=[\u4e00-\u9fff])\s?[,;](?=\s?[\u4e00-\u9fff])")
_LATIN_HEADLINE_WIDTH = 90  # a one-line English headline: "Postal operators agree common tracking standard…"
# A sentence's stop inside a Chinese line, and two sentences in a Latin one (`is_short`, asked of
# every short block: compiled once).
_CJK_STOP_INSIDE = re.compile(r"[。！？!?]|[.;][\s”’\"]")
_TWO_LATIN_SENTENCES = re.compile(r"[!?]|\.\s+[A-Z]")


def is_short(lines: tuple[str, ...] | str, strict_case: bool = True, particle_end: bool = False) -> bool:
    """Lines that could be a headline, kicker, label or subhead: short, no full stop.

    A Chinese line ending in a particle (的, 了, 与…) is taken for a fragment cut
    mid-sentence unless `particle_end`, for a line that something else marks as a
    headline (a byline under it): "快递进村“最后一公里”打通了".

    >>> is_short("学思践悟强党性 情系桑榆传温暖"), is_short("以“点”为基，靶向夯实工作根基")
    (True, True)
    >>> is_short("激活党员活力。充分发挥党员"), is_short("神的时代责任。"), is_short("不仅为养老院老人送去了温暖与")
    (False, False, False)
    >>> is_short("麦子黄了，燕子回来了"), is_short("辉算了一笔账，农场今年少雇了")  # a head's two clauses on 了, a sentence's piece
    (True, False)
    >>> is_short(("Delegation of Mayors Appears Before Com-", "mittee on Harbors and Public Lands"))
    True
    >>> is_short("the old municipal pier at the foot of Water"), is_short("Eleven of the twelve vessels of the Har")
    (False, False)
    >>> is_short("UK ports trial paperless customs checks", strict_case=False)
    True
    >>> is_short("THRONGS AT CANTON."), is_short(("Delegations From Five States Call Upon", "the Republican Nominee."))
    (True, True)
    >>> is_short("MRS. ELLEN HOOVER DIES."), is_short("J. J. HILL CELEBRATES"), is_short("J. A.: Dr. Hausmann.")
    (True, True, True)
    >>> is_short(("Celebra-se a missa do Galo na Matriz de São", "Roque de Vila Franca, com o Padre Anselmo", "Quiroga, no Domingo 24, depois das Vésperas."))
    False
    """
    lines = (lines,) if isinstance(lines, str) else lines
    if len(lines) > 3 or any(len(line) > _LATIN_HEADLINE_WIDTH for line in lines):
        return False  # (a head has three lines at most, each no wider than a Latin one: asked before a paragraph's text is joined and read)
    text = " ".join(lines)
    if not text.endswith(".") and ends_sentence(text):
        return False  # (as below, where only a full stop can be a headline's: asked before the letters are counted, as most blocks are sentences)
    latin = latin_ratio(text) >= 0.5 and not _BILINGUAL_LABEL.match(text)
    # Old English headlines end with a full stop: "THRONGS AT CANTON.", "…Upon the Republican Nominee."
    # (not a brief's sentence thick with names: `_clause_in_lower_case`)
    stop = text.endswith(".") and latin and headline_case(text[:-1]) and not _clause_in_lower_case(text) and "." not in _without_titles(text[:-1]).replace("Mr.", "")
    stop = stop and not _facts_over_three_lines(lines)
    if (ends_sentence(text) and not stop) or DATELINE.match(text):
        return False
    if not latin:
        if _CJK_STOP_INSIDE.search(text):
            return False
        limit = _LIST_HEADLINE_WIDTH if _CLAUSE_COMMA.search(text) else _HEADLINE_WIDTH
        cut = not particle_end and _CUT_MID_SENTENCE.search(text) is not None and _CLAUSES_CLOSING_ON_LE.match(text) is None
        return len(lines) == 1 and display_width(text) <= limit and not cut
    if _TWO_LATIN_SENTENCES.search(_without_titles(text).rstrip(".")):
        return False  # two sentences
    widest = _LATIN_HEADLINE_WIDTH if len(lines) == 1 else _HEADLINE_WIDTH
    fits = len(lines) <= 3 and all(display_width(line) <= widest for line in lines)
    return fits and _headline_start(text) and (headline_case(text) or len(lines) == 1 and (not strict_case or RUBRIC_HEAD.match(text) is not None))


# Clauses after commas that each give a figure: an address's number, a day's date ("…, Avenida 12
# di Julhu, di dja 16 di Agôxtu té dja 30 di Sêtêmblu.").
_FIGURE_CLAUSES = re.compile(r",[^,]*\d[^,]*,[^,]*\d")


def _facts_over_three_lines(lines: tuple[str, ...]) -> bool:
    """Three printed lines ending on a full stop whose clauses after commas give figures are a
    sentence of facts, not an old head in Title Case ending on its stop: where a language's small
    words are of three letters or less, a sentence reads as Title Case by its long words ("Pidjidu
    sa ni Ministéliu di Xtudu, ⏎ Avenida 12 di Julhu, di dja 16 di ⏎ Agôxtu té dja 30 di Sêtêmblu.",
    a grant notice's deadline; before, a head, and the office signing under it lost as byline).

    >>> _facts_over_three_lines(("Apply at the Ministry of Schools,", "Avenue 12 July, from 16 August", "to 30 September."))
    True
    >>> _facts_over_three_lines(("Delegations From Five States Call Upon", "the Republican Nominee.")), _facts_over_three_lines(("A Head, 12 Men", "Of the Guard, Saved", "From the Fire."))
    (False, False)
    """
    return len(lines) == 3 and _FIGURE_CLAUSES.search(" ".join(lines)) is not None


# A Chinese label beside the word in the paper's other language, in capitals: "通告　AVIS", "公告　NOTICE"
# (Latin letters its most, yet a Chinese head); or with a Latin abbreviation set in it: "投資Q&A", "理財ETF".
_BILINGUAL_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:[\u3000 ]+[A-ZÀ-Ý][A-ZÀ-Ý' ]{1,20}|[A-Z][A-Z&]{1,4}[\u4e00-\u9fff]{0,4})$")
# A rubric's word or two, a colon, and a head of three to ten words, no sentence: a head in sentence
# case ("Wrestling: four titles for the Harbour club"; not an 1820 notice's "Abgereiſt: Der
# General⸗Major von Bothe, nach Schwerin.").
RUBRIC_HEAD = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]{2,15}(?: [^\W\d_]{2,15})?:\s+\S+(?:\s+\S+){2,9}(?<![.!?])$")


# In a headline set in capitals "MRS." is a title, not a sentence's end: "MRS. ELLEN HOOVER DIES.";
# nor is an initial's full stop: "J. J. HILL CELEBRATES" (Salt Lake Tribune, 1911).
# (and "VS.", a contest's or a lawsuit's two sides in a head: "HESPERIAN VS. COLUMBIAN.")
_CAPITAL_HONORIFIC = re.compile(r"\b(?:MR|MRS|DR|ST|REV|GEN|COL|CAPT|VS|[A-Z])\.")
_TITLE = re.compile(r"\b(?:Mr|Mrs|Dr|St|Rev|Prof)\.")


def _without_titles(text: str) -> str:
    """A line without the full stops that end no sentence: initials and titles in capitals, and
    titles in mixed case in a name alone (a few capitalised words, no figure): "J. A.: Dr.
    Hausmann.", a decree's signature (Reichsanzeiger, 1920), is a name; "Mrs. Lydia Barnes of
    Tipton is the guest …" and "Tuesday, March 13.—(Before Mr. J. Harding, P.M.)" are sentences.

    >>> _without_titles("J. A.: Dr. Hausmann."), _without_titles("Mrs. Barnes is the guest.")
    (' :  Hausmann.', 'Mrs. Barnes is the guest.')
    """
    text = _CAPITAL_HONORIFIC.sub("", text)
    words = re.findall(r"[^\W\d_]+", text)
    name = len(words) <= _NAME_WORDS and not any(word[:1].islower() for word in words) and not any(ch.isdigit() for ch in text)
    return _TITLE.sub("", text) if name else text


_NAME_WORDS = 3  # a name with its title: "Dr. Hausmann", "Prof. Max Klinger"


def _headline_start(text: str) -> bool:
    """Begins like a headline (capital or digit, maybe after an elided article's apostrophe:
    Neapolitan "'O furno 'e donna Carmela fa cient'anne") and does not stop mid-phrase (`,` `-` `;`)."""
    first = first_letter(text)
    return (first.isupper() or first.isdigit()) and not text.rstrip().endswith((",", "-", ";", ":"))



# After a comma, a word of four letters or more in lower case: "…Domingo 24, depois das Vésperas."
_LOWER_CLAUSE = re.compile(r", [a-zß-ÿ]{4,}")
# After a semicolon, a word of three letters or more in lower case: "…Officers, 3,294; men, 36,480."
_LOWER_AFTER_SEMICOLON = re.compile(r"; [a-zß-ÿ]{3,}")


def _clause_in_lower_case(text: str) -> bool:
    """A clause after a comma opening on a long word in lower case: a sentence's, though its names
    make it look like Title Case ("Celebra-se a missa do Galo na Matriz de São Roque de Vila
    Franca, com o Padre Anselmo Quiroga, no Domingo 24, depois das Vésperas.", a brief's text).
    A Title Case head or deck capitalises the words after its commas ("…Led by Good Officers,
    Discipline and Bravery Saved Them…"). So it does after a semicolon, where a count's row goes
    on in lower case: "Wounded or missing: Officers, 3,294; men, 36,480." (a 1918 dispatch's
    figures) was taken for a head in Title Case ending on a full stop, and left the dispatch.

    >>> _clause_in_lower_case("Wounded or missing: Officers, 3,294; men, 36,480.")
    True
    >>> _clause_in_lower_case("Strike Ends; Men Return to the Mills."), _clause_in_lower_case("Harbour Bridge Reopens.")
    (False, False)
    """
    return _LOWER_CLAUSE.search(text) is not None or _LOWER_AFTER_SEMICOLON.search(text) is not None


def headline_case(text: str) -> bool:
    """Latin headlines are in capitals or Title Case; a line of running text is not. Where accents
    break every word's run of ASCII letters short, as Yoruba's do, the words are counted whole
    (`title_case`).

    >>> headline_case("Ẹ̀jẹ̀ fífún: Àwọn òṣìṣẹ́ ilé ìwòsàn yóò gba ẹ̀jẹ̀"), headline_case("Harbour Bridge Reopens")
    (False, True)
    """
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if len(w) > 3]
    if not words:
        return title_case(text)
    return sum(w[0].isupper() for w in words) >= 0.6 * len(words)


_ACCENTED_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff](?:[A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f'’])*")


def title_case(text: str) -> bool:
    """Title Case counted on whole words, accents and all (`headline_case` counts runs of ASCII
    letters, which a signature's "Nā te whānau Ihaia" needs): "Nui bösse nao Heer" is in sentence
    case, though its one run of four ASCII letters, "Heer", is capitalised.

    >>> title_case("Nui bösse nao Heer"), title_case("Says He Knows Nothing About Kid naping of Nebraska Girl")
    (False, True)
    """
    words = [w for w in _ACCENTED_WORD.findall(text) if sum(ch.isalpha() for ch in w) > 3]
    return not words or sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _common_word(match: re.Match) -> bool:
    """A paper's name matched on a common word in lower case: a masthead prints the name's last
    word capitalised ("The Washington Post"), running text does not ("The City Council on
    Tuesday post-" / "poned a vote…", whose "…Tuesday post" is no paper).

    >>> _common_word(PAPER_NAME.search("Council on Tuesday post-")), _common_word(PAPER_NAME.search("THE DAILY POST"))
    (True, False)
    """
    return match.re is PAPER_NAME and match.group(0).split()[-1].islower()


def _day_in_the_possessive(match: re.Match, text: str) -> bool:
    """A weekday matched in the possessive (`DAY_POSSESSIVE`) dates no page: a head over a
    column's extract names whose paper it was taken from.

    Before (The Statesman, London, 1824, BL ALTO): "FROM SATURDAY NIGHT'S GAZETTE." over
    the War Office's promotions, its weekday and "GAZETTE" read as a running head, went to the
    furniture and the extract had no title. After: the extract's title.

    >>> text = "FROM SATURDAY NIGHT'S GAZETTE."
    >>> _day_in_the_possessive(WEEKDAY.search(text), text), _day_in_the_possessive(WEEKDAY.search("THE GAZETTE, SATURDAY, MAY 3"), "")
    (True, False)
    """
    return match.re is WEEKDAY and DAY_POSSESSIVE.match(text, match.start()) is not None


# A date with the month's name in German or French, day first: "14. März 2026", "13 mars 2026".
_EU_MONTHS = (
    "januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"
    "|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre"
)
DATE_EU = re.compile(rf"\b(?P<d>\d{{1,2}})\.?\s+(?P<mon>{_EU_MONTHS})\s+(?P<y>\d{{4}})\b", re.IGNORECASE)
_HEAD_ITEMS = re.compile(r"\s+[·•|｜]\s+")
_PAGE_ITEM = re.compile(r"^(?:Seite|S\.|Page|p\.)?\s*[A-Z]?\d{1,3}$", re.IGNORECASE)
_PHONE = re.compile(r"\d[\d /-]{6,}\d")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _has_email(text: str) -> bool:
    """`_EMAIL.search`, asked only of a line with an "@": tried on a line without spaces, where
    every character is `\\w`, the pattern walks the rest of the line from each position.

    >>> _has_email("投稿邮箱：chengshi@binhai.example"), _has_email("新闻热线：0000-96000")
    (True, False)
    """
    return "@" in text and _EMAIL.search(text) is not None


def _without_emails(text: str) -> str:
    return _EMAIL.sub("", text) if "@" in text else text


def _contacts(text: str) -> int:
    """How many contact details a running foot's line gives: `_CONTACT`'s and a telephone number.

    >>> _contacts("A3 | cvcourier.example | Have a news tip? Call 555-0142 or email news@cvcourier.example")
    3
    """
    return len((_CONTACT if "@" in text else _CONTACT_BUT_EMAIL).findall(text)) + (_PHONE.search(_without_emails(text)) is not None)


def _dotted_running_head(text: str) -> bool:
    """A European paper's running head, its items set apart by "·" or "|": the paper's name, a
    dated item, a page number and a section, in any order and any case.

    >>> _dotted_running_head("KREISBLATT · Dienstag, 3. Februar 2026 · Seite 14 · Aus der Region")
    True
    >>> _dotted_running_head("LE PETIT JURASSIEN | Lundi 2 février 2026 | 7 | Pays de Gex")
    True
    >>> _dotted_running_head("Am 3. Februar 2026 · so der Kreistag · fällt die Entscheidung")
    False
    """
    items = _HEAD_ITEMS.split(text)
    return (
        len(items) >= 3
        and any(DATE_EU.search(item) or DATE_EN.search(item) for item in items)
        and any(_PAGE_ITEM.match(item) for item in items)
    )


_CONTACT_FOOT_WIDTH = 120  # a foot's contacts may run wider than a running head
_FIELD_LABEL = re.compile(r"^[^\W\d_][\w .-]{0,30}:\s*")  # "Golygydd: ", "Redakcija: ", "Newsroom: "
# A telephone number after its label: "Tel.: (022) 245-18-30", "Lýsingar: tel. 45 12 30".
# The editor's name after the post ("Baş redaktor: Elçin Qasımlı", "Odgovorni urednik: Matej Kranjc").
_EDITOR_FIELD = re.compile(r"^(?:[^\W\d_]+ ){0,2}(?:[Rr]edakt|[Rr]édact|[Rr]edact|[Rr]edatt|[Uu]redni|[Ss]zerkeszt|[Tt]oimitt|[Ee]dit)[^\W\d_]*\s*:")
_LABELLED_PHONE = re.compile(r"[^\W\d_][\w .-]{0,30}:\s*(?:[^\W\d_]{1,6}\.?\s*)?\+?\(?\d[\d ()/-]{5,}\d")
# A foot's fields are set apart by a dot, a bullet, a bar or a spaced dash: "… 29170 Lanvelan - keleier@…",
# or a wide space (`_PAGE_WIDE_SPACE` leaves two).
_FOOT_ITEMS = re.compile(r"\s+[·•|｜–—-]\s+| {2,}")


# The page's staff, each post before a colon and a name in capitals: "Local News Editor: Ruth Cameron",
# "Design: Owen Pike" (a word a name or a post is written in, capitalised: "McAllister", "O'Neill", "Sub-editor").
_STAFF_WORD = r"[A-Z][\w'.-]*"
_STAFF_FIELD = re.compile(rf"((?:{_STAFF_WORD} ){{0,2}}{_STAFF_WORD}):\s*({_STAFF_WORD}(?: {_STAFF_WORD}){{1,2}}?)(?=\s+{_STAFF_WORD}(?: {_STAFF_WORD}){{0,2}}:|\s*$)")


def _staff_credits(text: str) -> bool:
    """A page's foot naming its staff, in Latin letters: two posts or more, each before a colon and
    a name of two or three capitalised words, nothing else on the line, one post an editor's
    (`_EDITOR_FIELD`), as a Chinese page's 责任编辑：王伟　美编：李岚 (`EDITOR_CREDIT`). An engine's
    plain text keeps one space between the fields, so the fields are told by their colons.

    Before (factory en_3col_larkfield, Tesseract eng plain text): "Local News Editor: Ruth
    Cameron Design: Owen Pike" under the second story was its last paragraph. After: furniture.

    >>> _staff_credits("Local News Editor: Ruth Cameron Design: Owen Pike"), _staff_credits("Editor: Ruth Cameron    Photos: Tom Reyes")
    (True, True)
    >>> _staff_credits("Editor: Ruth Cameron"), _staff_credits("Design: Owen Pike Layout: Ann Lee")  # one post; no editor's
    (False, False)
    >>> _staff_credits("The Editor: Ruth Cameron said the bridge would reopen")  # a sentence
    False
    """
    if text.count(":") < 2:
        return False
    fields, at = [], 0
    stripped = text.strip()
    while at < len(stripped):
        m = _STAFF_FIELD.match(stripped, at)
        if not m:
            return False
        fields.append(m.group(1))
        at = m.end()
        while at < len(stripped) and stripped[at].isspace():
            at += 1
    return len(fields) >= 2 and any(_EDITOR_FIELD.match(field + ":") for field in fields)


def _contact_foot(text: str) -> bool:
    """A page's foot giving the paper's or its desk's contacts, in any language: fields set apart
    by "·", "•", "|", a spaced dash or a wide space, one of them an e-mail or web address alone,
    the others names, addresses and telephone numbers, none a sentence; and more than a writer's
    name beside an address (a byline): three fields, a labelled one, a telephone number too, or a
    postal address (a figure in a field: the house's number, the postcode; or a street and a
    town after the name, commas between).

    >>> _contact_foot("Fjarðapósturinn · Hafnargötu 4, Hvalvík · sími 471 2200 · fjardapostur.is")
    True
    >>> _contact_foot("Golygydd: Nia Prydderch · papurycwm@ebost.cymru"), _contact_foot("Newsroom: 555-0142 · news@tribune.example")
    (True, True)
    >>> _contact_foot("Harbour Trust, 14 Quay Road, Porthwen | office@harbourtrust.example")  # the sender's postal address
    True
    >>> _contact_foot("Desk: 6 Mill Lane, 4410 Eastby - desk@eastby.example"), _contact_foot("Desk: 6 Mill Lane • desk@eastby.example")
    (True, True)
    >>> _contact_foot("Redazzione: 3, carrughju Fesch, 20000 Aiacciu     voce@pumonte.example.org")
    True
    >>> _contact_foot("Erik Lund · erik.lund@kuriren.example"), _contact_foot("Erik Lund - erik.lund@kuriren.example")  # a writer's byline
    (False, False)
    >>> _contact_foot("Write to us at letters@paper.example · we read every letter we receive")
    False

    Or a telephone number after its label, beside the editor's name after theirs (a word for the
    editor in most languages of Europe: "redaktor", "urednik", "rédacteur", "szerkesztő").

    >>> _contact_foot("Odgovorni urednik: Matej Kranjc · Tel.: (04) 512-33-70")
    True
    >>> _contact_foot("Tel.: (04) 512-33-70"), _contact_foot("Vstopnice v Domu kulture · Tel.: (04) 512-33-70")  # an event's box office
    (False, False)
    """
    if "@" not in text and "." not in text and ":" not in text:
        return False  # (no e-mail or web address, no label: most lines)
    fields = [f.strip() for f in _FOOT_ITEMS.split(text.strip())]
    if len(fields) < 2:
        return False  # one field: no foot, with an address or without (asked before the fields are matched: most lines)
    addresses = [f for f in fields if _EMAIL.fullmatch(_FIELD_LABEL.sub("", f)) or _WEB_ADDRESS.fullmatch(_FIELD_LABEL.sub("", f))]
    if not addresses:
        return any(map(_LABELLED_PHONE.fullmatch, fields)) and any(map(_EDITOR_FIELD.match, fields))
    others = [f for f in fields if f not in addresses]
    if any(_RUNNING_TEXT.search(f) or f.endswith(("!", "?")) for f in others):
        return False
    return (
        len(fields) >= 3
        or any(_FIELD_LABEL.match(f) or f.count(", ") >= 2 for f in fields)  # (a street address: "An Ghaoth Aniar, Sráid an Chalaidh, An Cheathrú Rua")
        or _PHONE.search(_without_emails(text)) is not None
        or any(re.search(r"\d", f) for f in others)
    )


# Who else reported a story, on a line of its own after its text, opened by a dash: "—With
# reporting by Dan Ortiz", "—May ulat ni Ana Lopez" (Tagalog), "—Con información de Luis Mora";
# or unopened, "Additional reporting by Dan Ortiz".
_REPORTING_CREDIT = re.compile(
    r"^(?:[—–]|--)\s*(?:With (?:additional )?(?:reporting|reports?) (?:by|from)|May (?:ulat|dagdag na ulat) (?:ni|nina)|Con (?:información|informaciones|reportes) de|Avec (?:la collaboration de|des informations de))\s+\S.{1,60}$"
    r"|^Additional reporting by\s+\S.{1,60}$"
)


def _reporting_credits(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line naming who else reported the story (`_REPORTING_CREDIT`) under its last paragraph is
    a credit, no paragraph of the story. Before: "…ng lungsod." / "—May ulat ni Ana Lopez" the
    story's last paragraph (a Filipino provincial page); after: a credit.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, kind=kind)
    >>> [x.kind.value for x in _reporting_credits((b("The market opens in June."), b("—With reporting by Dan Ortiz")))]
    ['body', 'credit']
    >>> [x.kind.value for x in _reporting_credits((b("Market opens"), b("—With reporting by Dan Ortiz")))]  # no text over it
    ['body', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out)):
        block, above = out[i], out[i - 1]
        if block.kind in (Kind.BODY, Kind.SHORT, Kind.SUBTITLE) and len(block.lines) == 1 and above.kind is Kind.BODY and ends_sentence(above.text) and _REPORTING_CREDIT.match(block.text):
            out[i] = block.with_(kind=Kind.CREDIT)
    return tuple(out)


def _imprint_at_the_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's last line names the paper (its masthead's name) and ends on a telephone number
    after its label: the paper's imprint, when it comes out and where to call, page furniture and
    no paragraph of the last story, though it reads as a sentence. Before: "Norðvíkarblaðið kemur
    út hvønn hósdag. Lýsingar: tel. 45 12 30" (Faroese, "comes out every Thursday. Adverts: tel.")
    the last brief's paragraph, under the masthead "NORÐVÍKARBLAÐIÐ"; after: furniture.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b("VALLEY ECHO   Thursday, 26 November 2026", Kind.FURNITURE), b("The fair opens at ten."), b("The Valley Echo comes out every Thursday. Adverts: tel. 45 12 30"))
    >>> [x.kind.value for x in _imprint_at_the_foot(page)]
    ['furniture', 'body', 'furniture']
    >>> [x.kind.value for x in _imprint_at_the_foot(page[:2] + (b("Tickets from the Valley Echo office: tel. 45 12 30 or at the door."),))]
    ['furniture', 'body', 'body']
    """
    if len(blocks) < 2 or blocks[0].kind not in (Kind.FURNITURE, Kind.SHORT):
        return blocks
    name = _LATIN_HEAD_FIELDS.split(blocks[0].lines[0].strip())[0].casefold()
    last = blocks[-1]
    if (
        len(re.findall(r"[^\W\d_]", name)) >= 4
        and last.kind is Kind.BODY
        and len(last.lines) == 1
        and name in last.text.casefold()
        and re.search(_LABELLED_PHONE.pattern + r"$", last.text) is not None
    ):
        return (*blocks[:-1], last.with_(kind=Kind.FURNITURE))
    return blocks


def _newsroom_contact(text: str) -> bool:
    """A newsroom's address line at a page's foot: an e-mail address and a telephone number on
    one short line that is no sentence.

    >>> _newsroom_contact("Kreisredaktion Lindenau · Telefon 06421 1234-0 · lindenau@example.de")
    True
    >>> _newsroom_contact("Rédaction de Gex : 04 50 12 34 56 – gex@example.fr")
    True
    >>> _newsroom_contact("Anmeldung unter 06421 1234-0 oder info@example.de bis Freitag.")
    False
    >>> _newsroom_contact("Redakce: Masarykovo nám. 12, Jihlava, tel. 567 300 111, redaktor vydání Karel Horák")
    True
    """
    # (the address or the newsroom's name first: few lines have either)
    return (_has_email(text) or _NEWSROOM.match(text) is not None) and not ends_sentence(text) and _PHONE.search(_without_emails(text)) is not None


# A Chinese page's contact field: what to call or write to, then the number or the address
# ("维权热线　0771-55128866", "地產廣告查詢　2564 8812", "投稿信箱：campus@nanling.edu.tw", a desk's
# call for news tips: "科技新闻线索：0592-5090123", "報料：9123 4567"; Singapore's and Hong Kong's word for
# e-mail: "电邮：wenyi@nanyang.example.sg").
_CONTACT_LABEL = r"(?:热线|熱線|电话|電話|查询|查詢|网址|網址|邮箱|郵箱|电邮|電郵|信箱|传真|傳真|微信公众号|微信公眾號|线索|線索|报料|報料|爆料)"
# (the labels, and a clause's or a sentence's mark, compiled once: `_contact_line` is asked of every short line)
_CONTACT_LABELS = re.compile(_CONTACT_LABEL)
_CLAUSE_OR_STOP = re.compile(r"[。，！？]")
_CONTACT_FIELD = re.compile(
    rf"(?:^|\s)[\u4e00-\u9fff]{{0,6}}{_CONTACT_LABEL}[：:\s]+(?:(?P<number>\d[\d -]{{5,}}\d)|www\.\S+|https?://\S+|[\w.-]+@[\w.-]+)"
)


# The page's section after its number in a Chinese running head: "第16版　彩市", "A3版　体育新闻".
_SECTION_AFTER_PAGE = re.compile(r"[A-Z]?第?\s*[\dA-Z一二三四五六七八九十]{1,3}\s*版[\s\u3000：:]*(?P<section>[\u4e00-\u9fff·]{2,6})")


_FOOT_CHARS = 90  # characters at most in a page's foot line
_RUNNING_PAGE_CHARS = 16  # letters and figures at most in the running head's page and section line
_FOOT_FIELD = re.compile(r"[^\W\d_]{2,}\s*[:：]\s*\w")  # a staff or contact field: "Redaktur Opini: Rahmah", "責任編輯:簡鈺婷"


# A foot's field after the paper's name: the name, a spaced join of the head's, the rest ("Ruch'ab'al Atit - Santiago Atitlán").
_NAME_BEFORE_A_JOIN = re.compile(r"^(?P<name>[^\W\d_][^·|–-]{3,40}?) (?:[·|–]|-) \S")


def _foot_opening_on_the_papers_name(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's last line, set apart, no sentence, opening on the paper's name and a spaced join
    as a line of the page's furniture opens on it (the masthead, in capitals maybe, or a running
    head), is the page's foot however its fields read (the paper's town and region): furniture.
    Before: masthead "TE VOZ DEL LAGO - Sábado…" / running head "Te Voz del Lago - Deportes" / …
    / "Te Voz del Lago - San Marcos, Sololá", the last story's paragraph; after, furniture.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b("TE VOZ DEL LAGO - Sábado 3.5.2041", Kind.FURNITURE), b("Ja ajchakineel xub'ij."), b("Te Voz del Lago - San Marcos, Sololá", Kind.SHORT))
    >>> [x.kind.value for x in _foot_opening_on_the_papers_name(page)]
    ['furniture', 'body', 'furniture']
    >>> [x.kind.value for x in _foot_opening_on_the_papers_name(page[:2] + (b("Te Voz del Pueblo - San Marcos", Kind.SHORT),))]  # another name
    ['furniture', 'body', 'short']
    """
    if len(blocks) < 3:
        return blocks
    last = blocks[-1]
    found = _NAME_BEFORE_A_JOIN.match(last.text) if last.kind in (Kind.BODY, Kind.SHORT) and len(last.lines) == 1 and last.gap >= 1 else None
    if found is None or ends_sentence(last.text):
        return blocks
    name = found.group("name").casefold() + " "
    if any(block.kind is Kind.FURNITURE and block.text.casefold().startswith(name) and _NAME_BEFORE_A_JOIN.match(block.text) for block in blocks[:-1]):
        return (*blocks[:-1], last.with_(kind=Kind.FURNITURE))
    return blocks


def _letters_and_figures(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def _foot_repeating_the_running_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's last block, one short line that repeats the running head's page and section
    line (a line of the page's first blocks, a few letters and its page's figure) and after it names
    a field of the paper's staff or contacts ("Label: name"), is the page's foot, furniture,
    however the engine read the gaps and dots between its fields. Before (holdout80's science
    page, Tesseract TSV: "竹風日報B3科學校園。責任編輯:簡鈺婷.讀者專線。03-5267-193", the wide
    spaces read as stops; holdout76's Banjar page, Tesseract txt: "Suara Banua - Opini - 4 -
    Redaktur Opini: Rahmah Fitriani", the dots read as hyphens): the last story's paragraph.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, gap=1, kind=kind)
    >>> page = (b("Suara Banua", Kind.FURNITURE), b("; Opini - 4", Kind.SHORT), b("Sungai adalah muha kota kita."), b("Suara Banua - Opini - 4 - Redaktur Opini: Rahmah Fitriani"))
    >>> [x.kind.value for x in _foot_repeating_the_running_head(page)]
    ['furniture', 'short', 'body', 'furniture']
    >>> [x.kind.value for x in _foot_repeating_the_running_head(page[:3] + (b("Opini 4 kata: ulun handak baucap tarima kasih."),))]  # a sentence
    ['furniture', 'short', 'body', 'body']
    """
    if len(blocks) < 3:
        return blocks
    last = blocks[-1]
    if last.kind not in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN) or len(last.lines) != 1 or len(last.text) > _FOOT_CHARS or ends_sentence(last.text):
        return blocks
    foot = last.text
    for line in (line for head in blocks[:4] if head is not last for line in head.lines):
        page_line = _letters_and_figures(line)
        if not 2 < len(page_line) <= _RUNNING_PAGE_CHARS or not any(ch.isdigit() for ch in page_line):
            continue
        # (where the foot repeats the page line, letters and figures alike, its fields follow)
        at = next((k for k in range(len(foot)) if _letters_and_figures(foot[k:]).startswith(page_line) and (k == 0 or is_cjk(foot[k - 1]) or not foot[k - 1].isalnum())), None)
        if at is not None and _FOOT_FIELD.search(foot, at):
            return (*blocks[:-1], last.with_(kind=Kind.FURNITURE))
    return blocks


# The paper's house before a field of the page's foot: "沅汀日报社　　"; a desk's number: "财经新闻部：0745-2290316".
_PAPER_HOUSE = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:报社|報社)[\u3000\s]+")
_DESK_FIELD = re.compile(r"[\u4e00-\u9fff]{1,8}部[：:]\s*\d[\d -]{5,}\d")


def _desk_line_at_the_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's last line a contact field whose label is the page's own section (named in the
    running head after the page's number): the section desk's hotline, page furniture; a lone
    number elsewhere is an advertisement's (`_contact_line`). A line of phrases set a wide space
    apart right over it, no sentence, is the foot's slogan, furniture with it. Before: "理性购彩
    量力而行　不向未成年人销售彩票" / "彩市热线：0731-82096616" under the page's last story, on a page
    headed "第16版　彩市": a story of their own, kicker and title; after: furniture.

    >>> b = lambda text, kind=Kind.SHORT, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("第16版　彩市", Kind.FURNITURE), b("记者从省民政厅获悉。", Kind.BODY), b("理性购彩　量力而行　不向未成年人销售彩票"), b("彩市热线：0731-82096616", gap=0))
    >>> [x.kind.value for x in _desk_line_at_the_foot(page)]
    ['furniture', 'body', 'furniture', 'furniture']
    >>> [x.kind.value for x in _desk_line_at_the_foot(page[:3] + (b("订餐热线：0731-82096616", gap=0),))]  # another's number: an ad's
    ['furniture', 'body', 'short', 'short']
    >>> _desk_line_at_the_foot(page[:2] + (b("沅汀日报社　　彩市新闻部：0745-2290316"),))[-1].kind.value  # after the paper's house
    'furniture'
    """
    head = next((m for b in blocks[:4] if b.kind is Kind.FURNITURE for m in [_SECTION_AFTER_PAGE.search(b.text)] if m), None)
    if head is None or len(blocks) < 2:
        return blocks
    last = blocks[-1]
    text = _PAPER_HOUSE.sub("", last.text)  # (after the paper's house: "沅汀日报社　　财经新闻部：0745-2290316")
    field = (_CONTACT_FIELD.match(text) or _DESK_FIELD.match(text)) if len(last.lines) == 1 and last.kind in (Kind.SHORT, Kind.BODY) else None
    if field is None or field.end() != len(text) or not text.startswith(head.group("section")):
        return blocks
    out = [*blocks[:-1], last.with_(kind=Kind.FURNITURE)]
    above = out[-2]
    if last.gap == 0 and above.kind is Kind.SHORT and len(above.lines) == 1 and len(re.split("\u3000+", above.text)) >= 3 and not re.search(r"[。，！？：]", above.text):
        out[-2] = above.with_(kind=Kind.FURNITURE)
    return tuple(out)


# A branch office's line: the town or district and 办事处 or 分社, a wide space, then its labelled
# numbers only (`_PAPER_CONTACT`): "北海办事处　　电话：04-261 3380".
_BRANCH_OFFICE_LINE = re.compile(rf"^[\u4e00-\u9fff]{{2,8}}(?:办事处|辦事處|分社)(?:[\u3000 ]{{1,4}}(?:{_PAPER_CONTACT.pattern}))+$")


def _branch_office_at_the_foot(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """The page's last line a branch office's and its numbers only (`_BRANCH_OFFICE_LINE`), no
    sentence: the paper's own foot, as Malaysian dailies print their town offices under the page,
    furniture. Before: "北海办事处　　电话：04-261 3380" a paragraph of the brief above it; after: furniture.

    >>> b = lambda text, kind=Kind.BODY: Block((text,), 1, gap=1, kind=kind)
    >>> [x.kind.value for x in _branch_office_at_the_foot((b("巴士总站新增候车亭。"), b("北海办事处\u3000\u3000电话：04-261 3380", Kind.SHORT)))]
    ['body', 'furniture']
    >>> [x.kind.value for x in _branch_office_at_the_foot((b("北海办事处\u3000\u3000电话：04-261 3380", Kind.SHORT), b("巴士总站新增候车亭。")))]
    ['short', 'body']
    """
    if not blocks or len(blocks[-1].lines) != 1 or blocks[-1].kind not in (Kind.SHORT, Kind.BODY) or not _BRANCH_OFFICE_LINE.match(blocks[-1].text.strip()):
        return blocks
    return (*blocks[:-1], blocks[-1].with_(kind=Kind.FURNITURE))


def _contact_line(text: str) -> bool:
    """The page's own contact line at its foot, no sentence in it: two fields or more, or an
    address to write to. A lone telephone number is an advertisement's, kept with its ad.

    >>> _contact_line("维权热线　0771-55128866　　微信公众号　南屏都市报民生"), _contact_line("地產廣告查詢　2564 8812　　網址　www.donggang-daily.hk")
    (True, True)
    >>> _contact_line("投稿信箱：campus@nanling.edu.tw"), _contact_line("咨询热线: 0766-8831200")
    (True, False)
    >>> _contact_line("文体新闻线索：0731-8412345　　微信公众号：湘东晚报文体")
    True
    >>> _contact_line("市民可拨打热线 12345 反映，有关部门将及时处理。")
    False
    """
    if _CLAUSE_OR_STOP.search(text):
        return False  # (a sentence's mark, in most lines, is found sooner than the field would be sought)
    field = _CONTACT_FIELD.search(text)
    if field is None:
        return False
    return field.group("number") is None or len(_CONTACT_LABELS.findall(text)) >= 2



# The classified desk's rate, near its line's start: "刊登价格：每行12元", "小廣告每行80元，三行起刊",
# "分类广告每格RM45"; in a Latin page, a sum per line or word: "Iklan baris Rp 25.000 per baris", "Ads: ₱15 a word".
_AD_RATE = re.compile(
    r"^[^。！？，]{0,6}(?:广告|廣告|刊登|价格|價格)[^。！？，]{0,3}每(?:行|格|字|则|則)"
    r"|\d(?:\s+[^\W\d_]{1,8})?\s+(?:per|a|each)\s+(?:line|word|baris|kata)\b",  # (its money's unit may stand between: "40 cents a word")
    re.IGNORECASE,
)
# The ad desk's own label opening its contact line: "分类广告部：…", "廣告專線：…", "Ad desk: …", "Bagian Iklan: …".
_AD_DESK_LABEL = re.compile(
    r"^(?:(?:分类|分類|小)?(?:广告|廣告)(?:部|专线|專線|中心|查询|查詢)|Ad(?:vertising|s)?(?: desk| office| department)?|Classifieds|(?:Bagian )?Iklan)\s*[：:]",
    re.IGNORECASE,
)


def _ad_desk(text: str) -> bool:
    """The classified desk's standing lines at its page's foot: its rates, or its own contact with a
    number. They are the page's, never one ad's (an ad opens on its lead and never prices the page's lines).
    Before: "Ad desk: Rizal St., Sindangan · (065) 224-0871" the last ad's second paragraph; after: furniture.

    >>> _ad_desk("刊登价格：每行12元，三行起登"), _ad_desk("Ads: ₱15 a word, 20 words at least")
    (True, True)
    >>> _ad_desk("Ad desk: Rizal St., Sindangan · (065) 224-0871"), _ad_desk("廣告專線：(03)8352-716　週一至週五")
    (True, True)
    >>> _ad_desk("诚聘厨师　月薪6000元起。电话：13907392716"), _ad_desk("Ads: see page 4")
    (False, False)
    """
    return _AD_RATE.search(text) is not None or _AD_DESK_LABEL.match(text) is not None and _PHONE.search(text) is not None

# The newsroom's own line opens on its name: "Redakce: Masarykovo nám. 12, Jihlava, tel. 567 300 111".
_NEWSROOM = re.compile(r"^(?:Redakce|Redaktion|Rédaction|Redactie|Redazione|Redacción|Redakcja|Redaktionen|Redaksjonen|Newsroom|Editorial office)\b")


_HEAD_FIELDS = re.compile(r"\s{2,}|\s*[|｜]\s*")
_ISSUE_FIELD = re.compile(r"^(?:Nr|No|Nº|N°|Núm|Num|Nummer|Numéro|Číslo|Årg)\.?\s*\d{1,5}$")
_YEAR = re.compile(r"\b(?:1[6-9]|20)\d{2}(?!\d)")  # (a suffix may follow: Basque "2026ko")
# (the word for the page in any language: "Paĝo 3", "Lapa 5", "Sivu 12"; or the page's number
# before its section's name in capitals: "5 HERRIAK")
_PAGE_FIELD = re.compile(r"^(?:[A-Z]?\d{1,3}|[A-Z]{1,2}\d{0,2}|[^\W\d_]{1,8}\.?\s*[A-Z]?\d{1,3}|[A-Z]?\d{1,3}\s+[^\W\d_a-zß-ÿ]{3,})$")


def _fielded_running_head(text: str) -> bool:
    """A running head in any language: three fields or more set apart by wide spaces or bars, one
    of them the year of a date, one the page ("DIÁRIO DO PLANALTO  Segunda-feira, 30 de novembro
    de 2026  CIDADES  B3"); running text puts no run of spaces between its words.

    >>> _fielded_running_head("DIÁRIO DO PLANALTO  Segunda-feira, 30 de novembro de 2026  CIDADES  B3")
    True
    >>> _fielded_running_head("In 2026  the council  met 3 times")
    False
    >>> _fielded_running_head("Nr. 280          Muldentaler Tageblatt          Mittwoch, den 30. November 1927")  # the issue's number
    True
    >>> _fielded_running_head("LA LANTERNO   Numero 214   Decembro 2026   Paĝo 3")  # Esperanto's word for the page
    True
    >>> _fielded_running_head("HERRIKO HITZA  |  2026ko abenduaren 3a, osteguna  |  7 KIROLAK")  # the page and its section
    True
    """
    if _YEAR.search(text) is None:
        return False  # (a field's year is the line's: asked first, as most lines have none)
    fields = [f for f in _HEAD_FIELDS.split(text.strip()) if f]
    return (
        len(fields) >= 3
        and any(_YEAR.search(f) for f in fields)
        and any(_PAGE_FIELD.match(f) or _ISSUE_FIELD.match(f) for f in (fields[0], fields[-1]))
        and not any(ends_sentence(f) and not f.endswith(".") for f in fields)
    )


# A Latin-script running head's fields: set apart by a wide space, a bar, a dot, a star, a lozenge or a square, or a dash
# or a slash between spaces ("SKOVBY DAGBLAD · Mandag 30. november 2026", "8 - EL ECO DEL PARANÁ -
# Domingo 29/11/2026", "DE WALCHERSE KROANTE / Zaoterdag 6 maert 2027 / bladzie 15 / € 2,10").
_LATIN_HEAD_FIELDS = re.compile(r"\s{2,}|\s*[|｜·•*◊♦¦‖■▪●]\s*|\s[-–—/]\s")
# The page, after the word for it in the paper's language: "Halaman 5", "Pahina 4", "Página 8", "side 6".
_PAGE_IN_ITS_LANGUAGE = re.compile(
    r"\b(?:page|seite|s\.|página|pág\.|pagina|halaman|hal\.|pahina|side|sida|sidan|sivu|sayfa|səhifə|síða|säit|faqe|lpp\.|puslapis|stran|tudalen|leathanach|pajenn|whārangi|wharangi|bls\.|trang|strona|strana|str\.|oldal|blz\.)\s*[A-Z]?\d{1,3}(?!\w)",
    re.IGNORECASE,
)
_BARE_PAGE = re.compile(r"^[A-Z]?\d{1,3}$")
_FIGURE = re.compile(r"\d")


# An issue's number or volume, or its price, beside a running head's date: "45. tbl.", "12. árg.",
# "No. 47", "80c", "2,50 kr"; an abbreviation or a unit against a number, no running text.
_ISSUE_MARKS = re.compile(r"\b\d{1,5}\.?\s?[^\W\d_]{1,5}\.|(?<!\w)[^\W\d_]{1,5}\.\s?\d{1,5}\b|\b\d[\d,.]*\s?[^\W\d_]{1,2}\b")


_NAME_PARTICLE = 3  # letters: "y", "ya", "de", "del"


def _dated_running_head(text: str) -> bool:
    """A Latin-script paper's running head or foot: the day in the paper's own language, and
    around it only names in capitals or Title Case (the paper, its section, the town), a weekday
    and the page; set apart as fields, or led or ended by the page's number. Running text and a
    letter's place and date ("Ølby, 28. november 2026") are neither.

    >>> _dated_running_head("HARIAN NUSA TIMUR | Senin, 30 November 2026 | Halaman 5")
    True
    >>> _dated_running_head("TISZAVIDÉKI NAPLÓ                2026. november 30., hétfő")
    True
    >>> _dated_running_head("4 PROBINSIYA Balitang Timog Lunes, Nobyembre 30, 2026")
    True
    >>> _dated_running_head("Santa Fe, domingo 29 de noviembre de 2026 - Página 8")
    True
    >>> _dated_running_head("Ølby, 28. november 2026"), _dated_running_head("Møde 3. december 2026  kl. 19 i hallen")
    (False, False)

    A weekly or monthly prints the issue's number, its volume or its price beside the date, in
    abbreviations and units in lower case; a monthly, its month with no day, in three fields:

    >>> _dated_running_head("Fimmtudagur 26. nóvember 2026 · 45. tbl. 12. árg.")
    True
    >>> _dated_running_head("Rhif 412 · Tachwedd 2026 · 80c"), _dated_running_head("Papur y Cwm · Tachwedd 2026 · 3")
    (True, True)
    >>> _dated_running_head("Ers Tachwedd 2026 · mae’r côr wedi ennill · tair gwobr")
    False
    >>> _dated_running_head("5. Juli 1920. — Drachenaufstieg von 1 ¼ a bis 3 ¼ a.")  # a table's dated row
    False

    A month the patterns do not know, in a field of its own beside the paper's name:

    >>> _dated_running_head("Guth a' Chaolais - 26 Samhain 2026"), _dated_running_head("Tha 26 Samhain 2026 - an latha mòr")
    (True, False)

    A story's dateline is none: the place in capitals and a dash (`PLACE_LEAD`), the day, and a
    comma on which the sentence runs on (before: the report's first line cut out as furniture):

    >>> _dated_running_head("BANDA – Kamis, 12 Maret 2043,"), _dated_running_head("BANDA – Kamis, 12 Maret 2043, 40 warga")
    (False, False)
    >>> _dated_running_head("BANDA POS – Kamis, 12 Maret 2043")
    True
    """
    if _YEAR.search(text) is None:
        return False  # every date the two patterns find has a year: most lines have none, and they are slow to say so
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    date = LATIN_DATE.search(text) or (LATIN_MONTH_YEAR.search(text) if len(fields) >= 3 else None)
    if date is None and len(fields) >= 2:
        date = _DAY_WORD_YEAR.search(text)  # a month the patterns do not know, in its own field
    if date is None or text[date.end() : date.end() + 1] == "," and PLACE_LEAD.match(text):
        return False
    words = text.split()
    paged = any(_BARE_PAGE.match(end) or _PAGE_IN_ITS_LANGUAGE.fullmatch(end) for end in (fields[0], fields[-1], words[0], words[-1]))
    if len(fields) < 2 and not paged:
        return False
    rest = _PAGE_IN_ITS_LANGUAGE.sub(" ", LATIN_WEEKDAY.sub(" ", text[: date.start()] + " " + text[date.end() :]))
    rest = _ISSUE_MARKS.sub(" ", rest)
    names = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    # (a paper's name may hold a short particle in lower case between its words: "Papur y Cwm",
    # "Sauti ya Pwani"; not "… von 1 ¼ a bis 3 ¼ a.")
    return len(names) <= 6 and all(name[0].isupper() or _particle_in_a_name(names, k) for k, name in enumerate(names))


# A date whose month the patterns do not know: the day, a word or two, the year ("26 nëntor 2026",
# "26 Samhain 2026", "26 ta' Novembru 2026").
_DAY_WORD_YEAR = re.compile(r"\b\d{1,2}\.?(?:\s+[^\W\d_][\w'’]*\.?){1,2}\s+(?:1[6-9]|20)\d{2}\b")


def _name_date_page(text: str) -> bool:
    """A running head in a language whose months and word for the page are not known: the
    paper's name in capitals at one end, the page (a word and its number) at the other, a date
    between, set apart by dots, bars, dashes or wide spaces. Running text has no such fields.

    >>> _name_date_page("KUMBONA E LUMËZËS • E enjte, 26 nëntor 2026 • Faqe 3")
    True
    >>> _name_date_page("Faqe 3 – E enjte, 26 nëntor 2026 – KUMBONA E LUMËZËS")
    True
    >>> _name_date_page("Results - Saturday 26 November 2026 - Round 3")  # a head's words, no paper's name
    False

    The Baltic order, year first, the day's abbreviation ending the field (`_YEAR_WORD_DAY`), and
    the page's number before its abbreviated word (`_PAGE_BEFORE_ITS_WORD`). Before: such a head
    and its desk line under it read as the first story's title; after: furniture.

    >>> _name_date_page("KAIMO ŽINIOS · Šeštadienis, 2027 m. kovo 6 d. · 3 psl.")
    True
    >>> _name_date_page("Nuo 2027 m. kovo 6 d. · kelias uždarytas · 3 psl.")  # no paper's name in capitals
    False
    """
    if _YEAR.search(text) is None:
        return False  # the date's year (asked first: most lines have none)
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    if len(fields) != 3:
        return False
    year_first = _YEAR_WORD_DAY.search(fields[1]) if _DAY_WORD_YEAR.search(fields[1]) is None else None
    if year_first is None and _DAY_WORD_YEAR.search(fields[1]) is None:
        return False
    if ends_sentence(fields[1]) and (year_first is None or year_first.end() != len(fields[1])):
        return False  # (a year-first date may end on its day's abbreviation: "17 d.")
    return any(
        (_PAGE_FIELD.match(page) or _PAGE_BEFORE_ITS_WORD.match(page)) is not None and _in_capitals(name)
        for name, page in ((fields[0], fields[2]), (fields[2], fields[0]))
    )


# A date written year first, the Baltic and Hungarian way: "2028 m. lapkričio 17 d.", "2026. november 30."
# (the year, maybe its abbreviation, a month word, the day, maybe its abbreviation).
_YEAR_WORD_DAY = re.compile(r"\b(?:1[6-9]|20)\d{2}\.?(?:\s+[^\W\d_]{1,2}\.)?\s+[^\W\d_][\w'’]*\.?\s+\d{1,2}\.?(?:\s+[^\W\d_]{1,2}\.)?")
# The page's number before the word for it, abbreviated: "5 psl.", "12 lpp.".
_PAGE_BEFORE_ITS_WORD = re.compile(r"^\d{1,3}\s+[^\W\d_]{2,5}\.$")


def _particle_in_a_name(names: list[str], k: int) -> bool:
    return len(names[k]) <= _NAME_PARTICLE and 0 < k < len(names) - 1 and names[k - 1][0].isupper() and names[k + 1][0].isupper()


def _section_and_page(text: str) -> bool:
    """A running head with no date: the page's number and the paper's name or section in
    capitals, set apart as fields ("NEWS | 6", "6 | THE RIFT VALLEY STANDARD | NEWS",
    "MEGYEI KRÓNIKA      5"); a headline's number has no such space ("SEVEN HURT ON ROUTE 9").

    >>> _section_and_page("6 | THE RIFT VALLEY STANDARD | NEWS"), _section_and_page("MEGYEI KRÓNIKA      5")
    (True, True)
    >>> _section_and_page("SEVEN HURT ON ROUTE 9"), _section_and_page("Chapter  5")
    (False, False)
    """
    if _FIGURE.search(text) is None:
        return False  # no page number (asked first: most lines have no figure)
    fields = [f for f in _LATIN_HEAD_FIELDS.split(text.strip()) if f]
    names = [f for f in fields if not _BARE_PAGE.match(f)]
    return (
        len(fields) >= 2
        and (_BARE_PAGE.match(fields[0]) or _BARE_PAGE.match(fields[-1])) is not None
        and len(names) >= 1
        and all(_in_capitals(name) or in_capitals(name, 2) and len(name.split()) == 1 for name in names)
        and not any(re.search(r"\d", name) for name in names)
    )


# Where a table's figures come from ("（数据来源：北原市气象台）", "資料來源：東港日報地產組"; the source
# may say when, in brackets: "数据来源：青川县供销合作社（3月2日）"), or who compiled it ("统计：县篮球协会").
SOURCE_OF_A_TABLE = re.compile(
    r"^[（(]?(?:(?:数据|數據|资料|資料|信息|資訊)(?:来源|來源)|统计|統計|制表|製表)[：:][^（）()。，]{2,30}(?:[（(][^（）()。，]{1,12}[)）])?[)）]?$"
)
# The lines over or under a table or a list that say where its figures come from and in what
# unit: never a story's text, its subtitle or the next box's kicker ("（单位：元/公斤）"; a source
# line under the rows is the table's last row, `_source_under_rows`), and a note on what its
# figures are, marked as a note and naming the table ("※本表價格為直營站牌價，實際售價以各站公告為準。").
TABLE_SOURCE = re.compile(
    SOURCE_OF_A_TABLE.pattern
    + r"|^[（(](?:单位|單位)[：:][^（）()。，]{1,20}[)）]$"
    r"|^(?:※|＊|\*|注[：:]|註[：:])\s*(?:本表|上表|表中|表內|表内)[^。！？]{2,60}。$"
    # who issued a forecast or a bulletin, and when: "岷川市气象台　11月19日17时发布"; an office's
    # name alone says who, no date: "青川县气象台发布" (not a head: "新版城市规划发布")
    r"|^[\u4e00-\u9fff]{2,14}[\u3000 ]+\d{1,2}月\d{1,2}日(?:\d{1,2}[时時](?:\d{1,2}分)?)?(?:发布|發布)$"
    r"|^[\u4e00-\u9fff]{2,12}(?:台|站|局|中心)\u3000?(?:发布|發布)$"
)


# A row of a data box dating what the box lists, its label naming the date: "發行日期　2026年12月10日",
# "开奖日期：2026年11月30日", "截止时间　12月20日"; not the paper's own date ("出版日期：…", a masthead's).
# A call box's deadline row says only "截止" (deadline): "截止：2032年9月30日", "報名截止：9月30日"
# (before: the page's date, furniture, and the box lost the row; after: a row of the box).
_DATED_ROW = re.compile(r"^(?![\u4e00-\u9fff]{0,2}出版)[\u4e00-\u9fff]{0,4}(?:日期|時間|时间|截止)(?:[\s\u3000]+|\s*[：:])")


# A masthead of the Qing or the early Republic dates its issue in pieces, each on its own line or
# box, with the issue's number (申報, 1872: "大清同治" / "壬申四月" / "初十日" / "第十三號"): alone on
# a line, each piece is the page's furniture.
_DATE_PIECE = re.compile(
    r"^(?:第[〇○零一二三四五六七八九十百千0-9０-９]{1,7}[號号]"
    r"|(?:大清)?(?:同治|光緒|光绪|宣統|宣统|咸豐|咸丰|道光)(?:[元一二三四五六七八九十]{1,3}年)?"
    r"|[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?(?:閏|闰)?[正一二三四五六七八九十冬臘腊]{1,2}月"
    r"|(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)日)$"
)
_DATE_PIECE_WIDTH = 10
# Asked of every line: each of their alternatives only of a line that can begin it and holds its words.
_STANDING_FURNITURE = AnyAtStart(EDITOR_CREDIT, PAGE_POINTER, PAGE_INDEX_ROW, STANDING_LINE, HOUSE_AD, TABLE_SOURCE)


def _closes_what_it_never_opened(text: str) -> bool:
    """A line ending on a full-width closing bracket it never opened is the tail of a bracket
    opened on the line above, a paragraph's text: a citation broken at a line end,
    "…（见本报1959年5" / "月14日第1版）", whose tail reads as a date and a page. No running head
    or foot closes a bracket it did not open ("第三張　（十）", "（下转第3版）"). Before: the
    tail the page's furniture, lost from its paragraph; after: the paragraph's last line.

    >>> _closes_what_it_never_opened("月14日第1版）"), _closes_what_it_never_opened("（下转第3版）")
    (True, False)
    >>> _closes_what_it_never_opened("第二張（六）"), _closes_what_it_never_opened("第3版")
    (False, False)
    """
    return text.endswith("）") and text.count("）") > text.count("（")


# (0960a055 set `_closes_what_it_never_opened` between this cache and its function: it cached that
# one-line test, and every line and block was asked the whole cascade again.)
@lru_cache(maxsize=4096)  # asked of each line when grouping lines, and again of each block
def is_furniture(text: str) -> bool:
    """Page furniture: editor credits, running heads and feet.

    A running head is a short line made almost entirely of dates, weekdays, page
    numbers, the paper's name and an issue code.

    >>> is_furniture("示例日报  2025年10月29日 星期三  第2版"), is_furniture("PAGE 5")
    (True, True)
    >>> is_furniture("南洋晨报　2026年2月11日　星期三　大马新闻　A9")  # a morning paper's running head
    True
    >>> is_furniture("本報館址　望平街　電話九一二三四"), is_furniture("( 完 )")
    (True, True)
    >>> is_furniture("Thursday."), is_furniture("星期四")
    (False, False)
    >>> is_furniture("滨江日报　2026年2月17日　农历丙午年正月初一"), is_furniture("華埠商會籌備農曆新年活動")
    (True, False)
    >>> is_furniture("中共红旗钢铁厂委员会主办　　第52期"), is_furniture("书画展由市文联主办，展期一周。")
    (True, False)
    >>> is_furniture("[4127 b]"), is_furniture("[2]"), is_furniture("[Anzeige]")  # a gazette's notice numbers
    (True, True, False)
    >>> is_furniture("申江日報　中華民國二十四年三月十八日　星期一　第三張　（十）")  # 1935, in numerals
    True
    >>> is_furniture("津沽公報　民國十八年十一月三十日　星期六　第二張（六）"), is_furniture("第二張照片")  # a 公報's sheet and page
    (True, False)
    >>> is_furniture("濠灣日報　二○二六年一月八日　星期四　C3　文化")  # the year's zero a circle
    True
    >>> is_furniture("THE HARBOR GAZETTE, SATURDAY, MARCH 14, 1925")
    True
    >>> is_furniture("10月28日，重阳节的前一天，党员前往养老园。"), is_furniture("重阳节")
    (False, False)
    >>> is_furniture("新闻热线：0000-96000  投稿邮箱：chengshi@binhai.example"), is_furniture("（下转第3版）")
    (True, True)
    >>> is_furniture("（数据来源：北原市气象台）"), is_furniture("資料來源：東港日報地產組"), is_furniture("（单位：元/公斤）")
    (True, True, True)
    >>> is_furniture("数据来源：青川县供销合作社（3月2日）"), is_furniture("青川县气象台发布"), is_furniture("新版城市规划发布")
    (True, True, False)
    >>> is_furniture("PAGE 3                THE LAKESIDE COURIER, SATURDAY, JUNE 8, 1912.")
    True
    >>> is_furniture("VOL. XXI. MILL CREEK, OHIO, FRIDAY, MARCH 3, 1899. NO. 9."), is_furniture("No. 5")
    (True, False)
    >>> is_furniture("next Friday evening.")
    False
    >>> is_furniture("FROM SATURDAY NIGHT'S GAZETTE.")  # whose paper an extract is from (`_day_in_the_possessive`)
    False
    >>> is_furniture("Later Start Times"), is_furniture("THE DAILY SENTINEL")  # a headline's line, a masthead
    (False, True)
    >>> is_furniture("本版園地公開，歡迎讀者投書。來函請寄北辰市中正路100號讀者服務組，本報保留刪改權利。")
    True
    >>> is_furniture("A3 | cvcourier.example | Have a news tip? Call 555-0142 or email news@cvcourier.example")
    True
    >>> is_furniture("ADVERTISE HERE! Reach 9,000 homes every week. Call (555) 010-2200."), is_furniture("HELP! The dam broke at 555-0100.")
    (True, False)
    >>> is_furniture("澄江晚报" + " " * 96 + "2026年5月6日 星期三 第4版 社区")  # spread across the page (`_PAGE_WIDE_SPACE`)
    True
    >>> is_furniture("發行日期　2026年12月10日"), is_furniture("开奖日期：2026年11月30日（星期日）")  # a data box's rows
    (False, False)
    >>> is_furniture("出版日期：2026年12月2日　星期三")  # the paper's own
    True
    >>> is_furniture("截止：2032年9月30日"), is_furniture("報名截止：2032年10月8日")  # a call box's deadline row
    (False, False)
    >>> is_furniture("本版责编威远版式洪晓"), is_furniture("本版责编 戚远 版式 洪 晓"), is_furniture("编辑部校对错字")  # spaces lost
    (True, True, False)
    >>> is_furniture("1. e4 c5"), is_furniture("14. Bxf7+ Kxf7"), is_furniture("A6")  # a chess column's moves
    (False, False, True)
    >>> is_furniture("Die heutige Nummer umfaßt 10 Seiten."), is_furniture("This issue consists of 16 pages.")  # the issue's size
    (True, True)
    >>> is_furniture("澧原日报　　2027年3月16日　星期二　　今日天气：多云转小雨　8～15℃")  # with the weather's ear
    True
    >>> [is_furniture(t) for t in ("大清同治", "壬申四月", "初十日", "第十三號", "第十三号工地")]  # an 1872 masthead's pieces
    [True, True, True, True, False]
    """
    if "  " in text or "\u3000" in text:  # (a run of wide space holds one or the other; most lines neither)
        text = _PAGE_WIDE_SPACE.sub("  ", text)
    if CHESS_MOVES.match(text):
        return False  # a game score's line, "1. e4 c5", its squares no lettered pages (before: the page "E4", the move lost)
    if _closes_what_it_never_opened(text):
        return False  # a citation's tail wrapped onto its own line: "月14日第1版）" (`_closes_what_it_never_opened`)
    if len(text) <= _DATE_PIECE_WIDTH and _DATE_PIECE.match(text):
        return True
    if _STANDING_FURNITURE.match(text):
        return True
    if _masthead_folio(text) or _VOLUME_AND_NUMBER.match(text) and DATE_EN.search(text):
        return True
    if is_english_byline(text) or SOURCE.match(text):
        return False  # "By the Associated Press", "Associated Press" name a wire, not this paper
    # (the line's width, measured once for the two tests below that need it: a paragraph's block, longer, is not measured)
    width = display_width(text) if len(text) <= _NOTICE_WIDTH else None
    if width is not None and width <= _NOTICE_WIDTH:
        notices = len(STANDING_NOTICE.findall(text)) if _NOTICE_START.search(text) else 0
        if notices >= 2 or notices and _has_email(text):
            return True  # two of the call's phrases, or one and the address to write to
    if len(text) <= _CONTACT_FOOT_WIDTH and (_contact_foot(text) or _staff_credits(text)):
        return True
    # Most lines of a page are running text: rule them out before the costlier tests.
    if len(text) > _MAX_FURNITURE_WIDTH or width > _MAX_FURNITURE_WIDTH or text[-1:] in "。！？":
        return False
    if _IMPRINT_MARK.search(text) and IMPRINT.search(text) or ("|" in text and _contacts(text) >= 3 - text.count("|")):
        return True
    if _CREDIT_WORD.search(text) and _foot_and_credit(text):
        return True
    if _DATED_ROW.match(text):
        return False  # a box's row dating what it lists ("發行日期　2026年12月10日"), not the page's date
    # (each test of the next two needs a figure, the page's or the year's: most lines hold none)
    figured = _FIGURE.search(text) is not None
    if figured and (SECTION_AND_PAGE.match(text) or _fielded_running_head(text) or _section_and_page(text) or _dated_running_head(text) or _name_date_page(text)):
        return True
    if figured and _page_in_its_language_alone(text):
        return True
    if _newsroom_contact(text) or _dotted_running_head(text) or _contact_line(text) or _ad_desk(text):
        return True
    if _RUNNING_TEXT.search(text):
        return False
    named = "报" in text or "報" in text or _ASCII_LETTER.search(text) is not None
    matched = [
        m for pattern in (_FURNITURE_TOKENS if named else _TOKENS_BUT_PAPER_NAME) for m in pattern.finditer(text)
        if not _common_word(m) and not _day_in_the_possessive(m, text)
    ]
    if not matched or all(m.re is WEEKDAY for m in matched):
        return False  # a weekday alone is a sentence's last word on its line ("Thursday."), no running head
    dated = any(m.re is not PAPER_NAME for m in matched)
    if not dated and _TITLE_CASE_NAME.match(text):
        return False  # "Later Start Times", a headline's second line: a masthead is set in capitals or says "The"
    # A masthead may end in a full stop ("THE EVENING STAR."); a heading that does says no "THE" ("LOCAL NEWS.").
    name = text.rstrip(".") if text[:4].upper() == "THE " else text
    strong = dated or _SEPARATORS.sub("", name) == _SEPARATORS.sub("", matched[0].group(0))
    if not strong:
        return False
    covered = set()
    for m in matched:
        covered.update(range(*m.span()))
    rest = "".join(ch for i, ch in enumerate(text) if i not in covered)
    rest = _SEPARATORS.sub("", rest)
    # What is left besides the tokens may be a section banner ("A3 地方新聞", "WORLD"): a few
    # words, never running text in lower case ("next Friday evening.").
    if re.search("[a-z]{2,}", rest):
        return False
    # (one labelled field set a wide space apart on a line naming the paper is its masthead's ear, no
    # running text: "今日天气：多云转小雨　8～15℃"; a web copy's meta fields are its story's: "来源：…　作者：…")
    named_paper = any(m.re is PAPER_NAME for m in matched)
    ears = [field for field in _FIELD_SPACE.split(text)[1:] if _LABELLED_FIELD.match(field)] if named_paper else []
    ear = display_width(_SEPARATORS.sub("", ears[0])) if len(ears) == 1 else 0
    return display_width(rest) - ear <= max(12, display_width(text) // 3)


# A document's number on a line of its own: a court's case number "（2027）渚0105民催21号", an
# office's file number "莱政告〔2027〕3号" (the year in brackets, then the office's short name and
# the serial, ending on 号/號).
DOCUMENT_NUMBER = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,8}[（(〔\[［]\d{4}[）)〕\]］][\u4e00-\u9fff\d]{1,16}|[\u4e00-\u9fff]{1,8}[〔\[［（(]\d{4}[〕\]］）)]\d{1,5})[号號]$"
)


def _document_numbers_under_a_notice_head(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A document's number (`DOCUMENT_NUMBER`) printed on its own line right under a notice's
    head, flush, over the notice's text at the paragraph indent, is the notice's first line of
    text (a row of it), not a second line of its head.

    Before: SHORT "渚阳市江北区人民法院公告" / SHORT "（2027）渚0105民催21号" / BODY "　　申请人…"
    (the two read as one head, the court's notice a subhead of the story above). After: the
    number a ROW, the head alone.

    >>> head = Block(("临江市中级人民法院公告",), 1, kind=Kind.SHORT)
    >>> text = Block(("本院受理申请人…",), 3, indent=True, kind=Kind.BODY)
    >>> [b.kind.value for b in _document_numbers_under_a_notice_head((head, Block(("（2026）临01民催7号",), 2, kind=Kind.SHORT), text))]
    ['short', 'row', 'body']
    >>> [b.kind.value for b in _document_numbers_under_a_notice_head((head, Block(("临政告〔2026〕5号",), 2, kind=Kind.SHORT), text))]
    ['short', 'row', 'body']
    >>> [b.kind.value for b in _document_numbers_under_a_notice_head((head, Block(("二〇二六年第5号",), 2, kind=Kind.SHORT), text))]
    ['short', 'short', 'body']

    So is a number set apart, a blank line over and under it, as the notice's rows are: "东屿海事局航行警告" /
    "" / "东航警〔2031〕0017号" / "" / "　　…" (holdout107's navigation warning; before, the warning's title).

    >>> apart = (head, Block(("东航警〔2031〕0017号",), 3, gap=1, kind=Kind.SHORT), text.with_(gap=1))
    >>> [b.kind.value for b in _document_numbers_under_a_notice_head(apart)]
    ['short', 'row', 'body']
    """
    out = list(blocks)
    for i in range(1, len(out) - 1):
        above, block, below = out[i - 1], out[i], out[i + 1]
        if (
            block.kind is Kind.SHORT
            and len(block.lines) == 1
            and block.gap == below.gap <= 1  # (set close on both sides, or apart on both as the box's rows are)
            and not block.indent
            and DOCUMENT_NUMBER.match(block.text.strip())
            and above.kind in (Kind.SHORT, Kind.HEADLINE)
            and below.kind is Kind.BODY
            and below.indent
        ):
            out[i] = block.with_(kind=Kind.ROW)
    return tuple(out)


# A family's signature under its notice, the names set apart and the word it signs with at the end:
# "孝男　陳昱霖　陳昱翔　暨全體家屬　泣告", "子　王　平　女　王　芳　敬告", "陈林两府　同启".
FAMILY_SIGN_OFF = re.compile(r"^(?=\S*[\s\u3000])[\u4e00-\u9fff\s\u3000]{3,30}?[\s\u3000]*(?:泣告|泣啟|泣启|敬告|謹告|谨告|謹啟|谨启|敬啟|敬启|同啟|同启|叩謝|叩谢)$")
_CLOSING_LINE_WIDTH = 44  # display cells (22 characters): a notice's formula line, its address row, its signature; a paragraph's lines run wider


def _closing_lines_over_a_family_signature(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A family's notice (訃聞, 謝啟) ends on lines set flush under its text, each a line of its
    own (the formula "叨在　鄉誼　世誼", "哀此訃聞", the "治喪處：…" address), then the family's
    signature (`FAMILY_SIGN_OFF`): the lines are the notice's rows, the signature its byline, not
    a paid notice of short lines (furniture) nor a head over them. A head read onto the
    signature's block (the next notice's, printed straight under it: "遺失聲明") is set apart again.

    Before: BODY "　　顯考陳公水木府君慟於…隨即發引火化。" / SHORT "叨在　鄉誼　世誼　戚誼　寅誼" /
    SHORT "哀此訃聞" / SHORT "治喪處：楓埔鎮頂厝里中興路112號" / BODY "孝男　…　泣告" + "遺失聲明"
    (all furniture after `notices.paid_notices`, the next notice's head with them).
    After: ROW, ROW, ROW, BYLINE, SHORT.

    >>> b = lambda kind, indent, *lines: Block(lines, 1, indent=indent, kind=kind)
    >>> page = (b(Kind.BODY, True, "顯妣林母陳太夫人慟於民國一一六年三月五日壽終，享壽八十有八。謹擇於三月十二日舉行告別式。"),
    ...         b(Kind.SHORT, False, "叨在　鄉誼　戚誼"), b(Kind.SHORT, False, "哀此訃聞"),
    ...         b(Kind.BODY, False, "孝男　林志明　暨全體家屬　泣告", "鳴謝"), b(Kind.BODY, True, "承蒙各界…特此致謝。"))
    >>> [(x.kind.value, x.text) for x in _closing_lines_over_a_family_signature(page)][1:]
    [('row', '叨在　鄉誼　戚誼'), ('row', '哀此訃聞'), ('byline', '孝男　林志明　暨全體家屬　泣告'), ('short', '鳴謝'), ('body', '承蒙各界…特此致謝。')]

    Not a signature with no text at the indent over it (a paid notice's short lines), nor one set a
    blank line apart from the lines over it:

    >>> [x.kind.value for x in _closing_lines_over_a_family_signature(page[1:])]
    ['short', 'short', 'body', 'body']
    """
    out: list[Block] = []
    for block in blocks:
        first = block.lines[0].strip() if block.lines else ""
        if (
            block.kind in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN)
            and not block.indent
            and block.gap == 0
            and len(block.lines) <= 2
            and display_width(first) <= _CLOSING_LINE_WIDTH
            and FAMILY_SIGN_OFF.match(first)
            and (len(block.lines) == 1 or display_width(block.lines[1].strip()) <= 12 and not ends_sentence(block.lines[1]))
        ):
            k = len(out)
            while k > 0 and out[k - 1].kind in (Kind.SHORT, Kind.BODY, Kind.UNKNOWN, Kind.ROW) and not out[k - 1].indent and len(out[k - 1].lines) == 1 and out[k - 1].gap == 0 and display_width(out[k - 1].text) <= _CLOSING_LINE_WIDTH:
                k -= 1
            if k > 0 and out[k - 1].kind is Kind.BODY and out[k - 1].indent:
                out[k:] = [line.with_(kind=Kind.ROW) for line in out[k:]]
                out.append(block.with_(lines=block.lines[:1], kind=Kind.BYLINE))
                if len(block.lines) == 2:
                    out.append(Block(block.lines[1:], block.start + 1, gap=0, kind=Kind.SHORT))
                continue
        out.append(block)
    return tuple(out)
