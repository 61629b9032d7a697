"""The printed text of the seven tests/real30 crops, typed once each, read from the scan (zoomed).

Shen Bao 申報 No. 1, Shanghai, 大清同治壬申三月二十三日 / 英四月三十日 = Tuesday 30 April 1872. Vertical
traditional Chinese, columns right to left, no punctuation in the print (the gold adds none). Glyph
forms as printed (爲, 欵, 説 is printed 說). The honorific gaps before 國家, 皇朝, 貴客 and 四方君子 are
whitespace, which the scorer deletes, so the gold leaves them out. Each crop is written as one gold
and copied to each of Tesseract's four outputs of that crop.
"""

DATE = "1872-04-30"

NOTE_TAIL = (
    "Vertical traditional Chinese, columns read right to left, unpunctuated as printed; glyph forms "
    "as printed (爲, 欵, 筭). Honorific gaps before 國家/皇朝/貴客/四方君子 are left out (whitespace). "
    "Gold written by reading the scan (zoomed crops, column by column), with the OCR beside it, "
    "never copied from it. Score with --fuzzy 0.9."
)


def article(title, paragraphs, byline=None, section=None, kicker=None, subtitle=None):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


SIGNED_HOUSE = ["申報主人謹白", "申報主人", None]

GAOBAI = {
    "stem": "shenbao_1872-04-30_p1_masthead_benguan_gaobai",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, first sheet: the masthead band (the sheet "
        "mark 第一章 above it; 申報 in large type between two boxes, right 大清同治 over "
        "壬申三月二十三日, left 第一號 over 英四月三十日) and, under it, the paper's founding "
        "editorial 本館告白 (title), one unbroken paragraph of fifteen columns signed 申報主人謹白 "
        "at the foot of the last column (byline; or none, left in the paragraph). The masthead "
        "name 申報 is page furniture but is not listed: it recurs in the text (設申報於上洋, "
        "申報主人) and the scorer's leak test matches substrings. The other notice under the "
        "masthead (本館條例, its own crop) is blanked. Uncertain: 干寶 (the glyph is worn, "
        "干 or 于), 事屬繼興 (屬 read for a worn glyph). " + NOTE_TAIL
    ),
    "page": {
        "furniture": ["第一章", "大清同治", "壬申三月二十三日", "第一號", "英四月三十日"],
        "date": DATE,
        "page": "1",
    },
    "articles": [
        article(
            "本館告白",
            [
                "今天下可傳之事甚多矣而湮沒不彰者比比皆是其故何歟蓋無好事者爲之紀載遂"
                "使奇聞逸事闃然無稱殊可嘆惜也溯自古今以來史記百家載籍極博山經地志紀述"
                "綦詳然所載皆前代之遺聞已往之故事且篇幅浩繁文辭高古非薦紳先生不能有也"
                "非文人學士不能觀也至於稗官小說代有傳書若張華志博物干寶記搜神齊諧爲志"
                "怪之書虞初爲文章之選凡茲諸類均可流觀維其事或荒誕無稽其文皆典贍有則是"
                "僅能助儒者之清談未必爲雅俗所共賞求其紀述當今時事文則質而不俚事則簡而"
                "能詳上而學士大夫下及農工商賈皆能通曉者則莫如新聞紙之善矣新聞紙之製創"
                "自西人傳於中土向見香港唐字新聞體例甚善今仿其意設申報於上洋凡國家之"
                "政治風俗之變遷中外交涉之要務商賈貿易之利弊與夫一切可驚可愕可喜之事足"
                "以新人聽聞者靡不畢載務求其真實無妄使觀者明白易曉不爲浮誇之辭不述荒唐"
                "之語庶幾留心時務者於此可以得其機而出謀生理者於此亦不至受其欺此新聞之"
                "作固大有益於天下也且夫天下至廣也其事亦至繁也而其人又散處不能相見也夫"
                "誰能廣覽而周知哉自新聞紙出而凡可傳之事無不遍播於天下矣自新聞紙出而世"
                "之覽者亦皆不出戶庭而知天下矣豈不善哉惟是事屬繼興例若初創或恐囿於方隅"
                "限於知識遺漏滋多尚希四方君子進而教之匡其不逮實有厚望焉"
            ],
            byline=SIGNED_HOUSE,
        )
    ],
}

TIAOLI = {
    "stem": "shenbao_1872-04-30_p1_benguan_tiaoli",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, first sheet, left of 本館告白 under the "
        "masthead: the paper's terms 本館條例 (title), an opening paragraph (啟者…一切爲幸) and three "
        "numbered items, each opening with 一 and a column of its own (prices per sheet; verse "
        "and essays printed free; weighty opinions printed free). In the opening paragraph and "
        "the third item, 貴客 and 皇朝 follow a blank of two or three glyphs in mid-column (the "
        "honorific space), the sentence running on. "
        "Uncertain: 冀 (流佈四方, worn). " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": DATE, "page": "1"},
    "articles": [
        article(
            "本館條例",
            [
                "啟者新聞紙之設原欲以闢新奇廣聞觀冀流佈四方者也使不事遐搜博採以擴我見"
                "聞復何資兼聽並觀以傳其新異是不可徒拘拘于一鄉一邑也茲本館特將條例開列"
                "于左如貴客願賜教或樂觀者祈惠顧一切爲幸",
                "一本新報議價于上海各店零賣每張取錢八文各遠處發賣每張取錢十文本館躉賣"
                "每張取錢六文",
                "一如有騷人韻士有願以短什長篇惠教者如天下各名區竹枝詞及長歌紀事之類概"
                "不取值",
                "一如有名言讜論實有係乎國計民生地利水源之類者上關皇朝經濟之需下知"
                "小民稼穡之苦附登斯報概不取酬",
            ],
        )
    ],
}

RATES = {
    "stem": "shenbao_1872-04-30_p2_advert_rates",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, second sheet (the mark 第二章 above the "
        "frame), its first six columns: two numbered items (一…) of the paper's notice to "
        "advertisers, untitled: rates for Chinese advertisements by the fifty characters and "
        "the day, and for foreigners' advertisements (洋壹元 the fifty characters; 代譯). The "
        "notice runs on in the next crops (p2_sales_and_delivery, p2_notes_signed) and is "
        "signed 申報主人謹白 there. " + NOTE_TAIL
    ),
    "page": {"furniture": ["第二章"], "date": DATE, "page": "2"},
    "articles": [
        article(
            None,
            [
                "一如有招貼告白貨物船隻經紀行情等欵願刊入本館新報者以五十字爲式買一天者"
                "取刊貲二百五十文倘字數多者每加十字照加錢五十文買二天者取錢一百五十文"
                "字數多者每加十字照加錢三十文起筭如有願買三四天者該價與第二天同",
                "一如有西人告白欲附刻本館新報中者每五十字取洋壹元倘五十字之外欲再添字數"
                "每一字加洋一分並先收刊貲此止論附刊一天之例若欲買日子長久本館新報限于"
                "篇幅該價另議如係西字本館代譯亦可",
            ],
        )
    ],
}

SALES = {
    "stem": "shenbao_1872-04-30_p2_sales_and_delivery",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, second sheet, columns 7-16: four more "
        "numbered items (一…) of the notice begun in p2_advert_rates, untitled: foreigners' "
        "shipping and auction notices; advertising from Suzhou and Hangzhou through the "
        "news-vendors; delivery by hired carriers (八文 a sheet, 六文 a month in advance, 二文 for "
        "the carrier); sale through the letter hongs (信局) to the capital and the provinces. "
        "Each item starts a new column with 一; its run-over lines are flush. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": DATE, "page": "2"},
    "articles": [
        article(
            None,
            [
                "一西人告白惟輪船開行日期及拍賣二欵刻貲照中國告白一例倘係西字欲本館譯出"
                "者第一天該價加中國刻貲一半並祈先惠",
                "一蘇杭等處地方有欲刻告白者即向該賣報店司事人說明某街坊某生理並須作速寄"
                "來該價另加一半爲賣報人飯貲",
                "一本館新聞開設伊始今僱人分送各行號或沿街零買如貴客欲看者請向該送報人"
                "取閱每張取錢八文如有願買一月之新報者先請向送報人注明入冊本館上期收一"
                "月之價每張先取錢六文餘二文爲送報人飯貲俟其于月底自取以免逐日零星收錢"
                "之累",
                "一本館之設新報原冀流傳廣遠故設法由信局帶往京都及各省銷售貴信局如有每日"
                "躉買一二百張者請先赴本館注明入冊以便逐日分送本館議價每張六文該價于月"
                "底筭賬時再付如各處不能銷售俟月底仍將新報交回本館不取價貲",
            ],
        )
    ],
}

NOTES_SIGNED = {
    "stem": "shenbao_1872-04-30_p2_notes_signed",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, second sheet, columns 17-19: the last two "
        "numbered items of the notice to advertisers and buyers (untitled; begun in "
        "p2_advert_rates), then, run on after a gap at the foot of the second item's column, the "
        "closing sentence 以上各欵本館經營伊始條例未週望四方君子賜教爲幸 (its own paragraph: the "
        "gap marks it off as the gaps between the items do), and the signature 申報主人謹白 set "
        "low in the last column (byline; or none). An editor could leave the closing sentence "
        "in the second item's paragraph. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": DATE, "page": "2"},
    "articles": [
        article(
            None,
            [
                "一貴客如有欲販至他處銷售其價錢一切均與信局一式請赴本館面議可也",
                "一本館新報概係躉賣貴客如欲零買請向送報各店自取本館事繁不能兼顧也",
                "以上各欵本館經營伊始條例未週望四方君子賜教爲幸",
            ],
            byline=SIGNED_HOUSE,
        )
    ],
}

YOUBAI = {
    "stem": "shenbao_1872-04-30_p2_benguan_youbai",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, second sheet, columns 20-22: a "
        "postscript of three items (untitled), each opening with 一 but run on in the same "
        "column after a gap (一本館因京報…, 一本館新報今當創始…), the second with a blank before "
        "皇朝 (the honorific space, the sentence running on: 爲　皇朝象魏之書), "
        "signed 本館又白 low in the last column (byline; or none). " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": DATE, "page": "2"},
    "articles": [
        article(
            None,
            [
                "一本館新報第一二次間日一發以後每晨一發因現當創始事務殷繁未能舉畢爾",
                "一本館因京報爲皇朝象魏之書理宜全遵頒發故逐日全刻概不刪節",
                "一本館新報今當創始篇幅狹小日後聞見漸廣當改易篇幅之制",
            ],
            byline=["本館又白", None],
        )
    ],
}

HORSE_RACE = {
    "stem": "shenbao_1872-04-30_p2_horse_race",
    "note": (
        "申報 Shen Bao (Shanghai), No. 1, 30 April 1872, second sheet, the last four columns: "
        "the first news item, the spring race meeting, under the head 馳馬角勝 (title, set "
        "three glyphs down in a column of its own); one paragraph that runs off the sheet "
        "mid-sentence (…負者退然氣沮而旁), its end not on this page. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": DATE, "page": "2"},
    "articles": [
        article(
            "馳馬角勝",
            [
                "西人于廿二至念四日連日馳馬角勝負定于十二鐘馳三次停一點鐘稍爲休息再馳"
                "至夜方散當其馳馬之際西人則異樣結束務求精彩或二三騎或三四騎連轡而行風"
                "馳電疾石走沙飛各向前驅不爲後殿倘行次齊整無有參差則勝負均焉若一騎稍有"
                "前後則高下立判勝者揚揚自得負者退然氣沮而旁"
            ],
        )
    ],
}

SOURCES = [GAOBAI, TIAOLI, RATES, SALES, NOTES_SIGNED, YOUBAI, HORSE_RACE]
