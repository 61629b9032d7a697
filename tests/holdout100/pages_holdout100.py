"""The text of every holdout100 page, written once: make_holdout100_pages.py prints it and writes the gold.

The page format is holdout99's (see pages_holdout99.py, itself holdout88's, holdout86's, holdout83's, holdout77's,
holdout75's and holdout73's), unchanged: `"glued": True` on an article prints its first line straight under the previous
article's last line, with no blank line; `"tight": True` sets the title directly above the lead. `("row", line)` prints
a line of a list or box (one gold paragraph per printed line); `("h", line)` a subhead (a gold heading); `("end", line)`
a printed line that is no paragraph of the gold (a signature, a sign-off); `("more", line)` the same with no blank line
before it. `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin
word may be split at a line end. The Latin box rows are padded to their columns by `aligned()` (holdout98's helper), so
the printed spacing is reproducible. All papers, people, families, shops, kitchens, stalls, prices, figures and events
are invented; real places are settings only.
"""


def aligned(*cells, widths):
    """A Latin box row: every cell but the last padded to its column (the gold keeps one space)."""
    return "".join(cell.ljust(width) for cell, width in zip(cells[:-1], widths)) + cells[-1]


CAIPU = {
    "name": "zh_gbk_crlf_food_page_zhoumo_chufang_recipe_column_label_head_wen_byline_caption_credit_running_head_midsentence_glued_recipe_box_servings_head_shicai_zuofa_headings_item_amount_header_row_numbered_step_rows",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汀渚日报 2029-01-13 第11版 美食, GBK, CRLF; blank-line paragraphs, two-space indent, wrapped at 22. A food "
    "page: a recipe column (the label `周末厨房` (the section; kicker or none accepted), the head, the writer's line "
    "`文／祁　禾`, a caption and its credit inside a sentence, a “” quotation, the running head in mid-sentence), "
    "then, with no blank line under its last line, the recipe box `葱油拌面（两人份）` (its head, servings in brackets, "
    "the title): the subhead `食材` (a heading) over a header row `品名　用量` and six item-and-amount rows, the subhead "
    "`做法` (a heading) over five numbered step rows, each printed line a paragraph.",
    "date": "2029-01-13", "page": "11",
    "head": ["汀渚日报　　2029年1月13日　星期六", "第11版　美食　　责任编辑：闵　蕾"],
    "foot": ["汀渚日报社出版　　投稿邮箱：chufang@tingzhu.example.cn"],
    "furniture": ["汀渚日报", "2029年1月13日", "星期六", "第11版", "美食", "责任编辑：闵　蕾", "汀渚日报·美食",
                  "汀渚日报社出版", "投稿邮箱：chufang@tingzhu.example.cn"],
    "run": ["汀渚日报·美食"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["周末厨房", "外婆的一碗葱油拌面", "文／祁　禾"],
         "section": ["周末厨房", None], "kicker": [None, "周末厨房"], "title": "外婆的一碗葱油拌面",
         "byline": ["文／祁　禾", "祁　禾", "祁禾"],
         "captions": ["熬好的葱油色泽红亮。"], "credits": ["祁　禾　摄"],
         "body": ["小时候每到周六中午，外婆总会端出一大碗葱油拌面。面是街口买的细面，葱是她在阳台花盆里种的，"
                  "一勺葱油拌下去，满屋子都是香味。",
                  "外婆说，葱油好不好，全看火候。火大了葱会发苦，{cap}火小了香味出不来，要守在锅边慢慢熬，"
                  "“急不得”。",
                  "如今外婆已经八十多岁，不大下厨了。我照着她教的法子做了几回，孩子们都说和太婆家的{run}一个"
                  "味道。"]},
        {"glued": True, "lines": ["葱油拌面（两人份）"], "title": "葱油拌面（两人份）",
         "body": [("h", "食材"),
                  ("row", "品名　用量"),
                  ("row", "细面条　250克"),
                  ("row", "小葱　8根"),
                  ("row", "生抽　2勺"),
                  ("row", "老抽　半勺"),
                  ("row", "白糖　1小勺"),
                  ("row", "食用油　4勺"),
                  ("h", "做法"),
                  ("row", "1. 小葱洗净切段，葱白、葱绿分开。"),
                  ("row", "2. 冷锅冷油放葱白，小火熬至微黄。"),
                  ("row", "3. 放入葱绿，熬到焦黄后捞出葱段。"),
                  ("row", "4. 关火，倒入生抽、老抽和白糖拌匀。"),
                  ("row", "5. 面条煮熟沥干，淋上葱油拌匀即可。")]},
    ],
}

BIJIA = {
    "name": "zh_gb18030_lf_household_budget_page_three_shop_basket_price_story_byline_rare_char_caption_credit_running_head_midquote_glued_price_comparison_table_header_item_three_shop_columns_rows_total_row_note_row_source_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "澴川晚报 2029-03-09 第6版 居家, GB18030 (`\U0002b4e7` U+2B4E7 in the reporter's name, not in GBK), LF; "
    "indent-only paragraphs, wrapped at 21. A household-budget page: the same basket of five foods priced at a "
    "wet market, a supermarket and a shopping app (title, byline line, the totals in the text, a caption and its "
    "credit inside a sentence, a shopper's “” quotation cut by the running head before `二三十块。”`), then, with no "
    "blank line under it, the table `五样家常菜三处价格`: a header row `品名　农贸市场　超市　网购平台`, five item rows "
    "with a price for each shop, a `合计` row (the sums the story gives), a `注：` note row and a `数据来源：` row; "
    "the table is an article, its head the title, each printed line a paragraph.",
    "date": "2029-03-09", "page": "6",
    "head": ["澴川晚报　　2029年3月9日　星期五", "第6版　居家　　责任编辑：阮　笙"],
    "foot": ["澴川晚报社　　新闻热线：0716-8823405"],
    "furniture": ["澴川晚报", "2029年3月9日", "星期五", "第6版", "居家", "责任编辑：阮　笙", "澴川晚报·居家",
                  "澴川晚报社", "新闻热线：0716-8823405"],
    "run": ["澴川晚报·居家"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["同一篮菜　农贸市场比超市便宜近两成", "本报记者　邬　\U0002b4e7"],
         "title": "同一篮菜　农贸市场比超市便宜近两成",
         "byline": ["本报记者　邬　\U0002b4e7", "邬　\U0002b4e7", "邬\U0002b4e7"],
         "captions": ["市民在城南农贸市场挑选蔬菜。"], "credits": ["（本报记者　邬　\U0002b4e7　摄）"],
         "body": ["一家三口一周的菜，在哪儿买最划算？3月8日上午，记者选了青菜、土豆、西红柿、猪肉和鸡蛋五样"
                  "家常菜，分别到城南农贸市场、一家连锁超市和一个网购平台比价。",
                  "结果显示，五样菜各买一斤，农贸市场合计30.1元，超市37.0元，网购平台33.8元。农贸市场比"
                  "超市便宜6.9元，{cap}差价近两成。",
                  "在超市买菜的市民项女士说，超市离家近，还能刷卡，“贵一点也认了”。网购平台的价格居中，但满59元"
                  "才免配送费。家住城南的单先生则每周六一早去农贸市场，“买一周的菜，能省{run}二三十块。”"]},
        {"glued": True, "lines": ["五样家常菜三处价格"], "title": "五样家常菜三处价格",
         "body": [("row", "品名　农贸市场　超市　网购平台"),
                  ("row", "青菜　3.0　3.8　3.5"),
                  ("row", "土豆　2.2　2.6　2.4"),
                  ("row", "西红柿　4.5　5.9　5.2"),
                  ("row", "猪肉（前腿）　14.8　17.9　16.5"),
                  ("row", "鸡蛋　5.6　6.8　6.2"),
                  ("row", "合计　30.1　37.0　33.8"),
                  ("row", "注：单位为元/斤，均为3月8日上午价格"),
                  ("row", "数据来源：本报记者实地采集")]},
    ],
}

LIAOLI = {
    "name": "zht_big5_crlf_taiwan_home_page_community_kitchen_parent_child_cooking_class_story_jizhe_baodao_tight_head_caption_credit_running_head_midquote_glued_baoming_zixun_notice_date_place_fee_places_signup_rows",
    "encoding": "big5", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": "嵐港日報 2029-05-24 B3 好生活 (`中華民國118年5月24日`), Big5 (strict), CRLF; indent-only paragraphs, wrapped "
    "at 21. A Taiwan home page: a community kitchen that cooks seniors' lunches on weekdays opens parent-and-child "
    "cooking classes (the title directly above its `【記者顏若芸／花蓮報導】` lead, a caption and its credit inside a "
    "sentence, a parent's 「」 quotation cut by the running head before `光了」。`), then, with no blank line under it, "
    "the notice `親子料理班報名資訊`: labelled rows for date, place, fee (NT$ per pair, food included), places and "
    "sign-up; the notice is an article, its head the title, each printed line a paragraph, its label kept.",
    "date": "2029-05-24", "page": "B3",
    "head": ["嵐港日報　中華民國118年5月24日　星期四", "B3　好生活　　編輯：溫郁琦"],
    "foot": ["嵐港日報社　　讀者服務專線：03-8356120"],
    "furniture": ["嵐港日報", "中華民國118年5月24日", "星期四", "B3", "好生活", "編輯：溫郁琦", "嵐港日報　好生活",
                  "嵐港日報社", "讀者服務專線：03-8356120"],
    "run": ["嵐港日報　好生活"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["社區廚房開親子料理班　大小廚師一起包水餃"], "tight": True,
         "title": "社區廚房開親子料理班　大小廚師一起包水餃", "byline": [None, "記者顏若芸", "顏若芸"],
         "captions": ["志工示範包水餃的手法。"], "credits": ["（記者顏若芸攝）"],
         "body": ["【記者顏若芸／花蓮報導】花蓮市美崙社區的共餐廚房平日為長輩準備午餐，下月起週末開放給親子，"
                  "開辦兩梯次料理班，由志工教大人小孩一起包水餃、做蔥油餅。",
                  "社區發展協會總幹事鄔美蘭說，{cap}共餐廚房設備齊全，週末卻空著，很可惜；讓孩子動手做菜，也能"
                  "多認識食材從哪裡來。",
                  "去年曾帶孩子參加試辦課程的柯先生說，兒子回家後天天吵著要包水餃，「連平常不吃的韭菜都吃{run}"
                  "光了」。"]},
        {"glued": True, "lines": ["親子料理班報名資訊"], "title": "親子料理班報名資訊",
         "body": [("row", "日期：6月9日、16日（週六）上午9時至11時"),
                  ("row", "地點：美崙社區活動中心一樓廚房"),
                  ("row", "費用：每組一大一小新臺幣300元（含食材）"),
                  ("row", "名額：每梯次12組，額滿為止"),
                  ("row", "報名：03-8321765（社區發展協會）")]},
    ],
}

XINXIANG = {
    "name": "zht_big5hkscs_lf_hong_kong_family_page_readers_letter_cantonese_column_label_head_salutation_run_in_reader_signature_row_reply_salutation_caption_credit_running_head_midsentence_columnist_sign_off_glued_tight_head_brief",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "潮灣日報 2029-07-12 C4 家庭, Big5-HKSCS (`嘅 嚟 咗 哋 嗰 黐`; in neither cp950 nor Big5), LF; blank-line "
    "paragraphs, wrapped at 20. A Hong Kong family page: a letters column in Cantonese (the label `蘇姑娘信箱` (the "
    "section; kicker or none accepted), the head, a daughter-in-law's letter opened by the salutation `蘇姑娘：` run "
    "into its first paragraph, her pen-name signature `兩頭唔到岸嘅新抱（將軍澳）` on a line of its own (a paragraph of "
    "the letter), the reply opened `新抱：`, a caption and its credit inside a sentence, the running head before the "
    "last word `佢啦。`, and the columnist's sign-off `——蘇姑娘` on a line of its own under the reply (the byline, its "
    "`——` markup)), then, with no blank line under the sign-off, a brief whose title sits directly above its text.",
    "date": "2029-07-12", "page": "C4",
    "head": ["潮灣日報　2029年7月12日　星期四", "C4　家庭　　編輯：麥穎彤"],
    "foot": ["潮灣日報社　　來信請寄：letters@chiuwan.example.hk"],
    "furniture": ["潮灣日報", "2029年7月12日", "星期四", "C4", "家庭", "編輯：麥穎彤", "潮灣日報．家庭", "潮灣日報社",
                  "來信請寄：letters@chiuwan.example.hk"],
    "run": ["潮灣日報．家庭"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["蘇姑娘信箱", "家婆日日嚟湊孫　我好似外人"], "section": ["蘇姑娘信箱", None],
         "kicker": [None, "蘇姑娘信箱"], "title": "家婆日日嚟湊孫　我好似外人", "byline": ["蘇姑娘", None],
         "captions": ["湊孫大小事，兩代都要多溝通。"], "credits": ["（資料圖片）"],
         "body": ["蘇姑娘：我同老公結婚五年，個女兩歲。自從我返工，家婆就日日嚟我哋屋企湊孫，我好感激，但佢乜都要"
                  "跟佢嗰套：食咩、幾點瞓、著幾多件衫，我講咗都冇用。",
                  "老公成日叫我忍吓，話老人家好心。我而家放工返到屋企，個女淨係黐住嫲嫲，我好似變咗外人。我係咪"
                  "太小器？",
                  ("row", "兩頭唔到岸嘅新抱（將軍澳）"),
                  "新抱：你唔係小器，你係攰。返工已經好辛苦，返到屋企仲覺得自己插唔到手，邊個都會唔開心。",
                  "你家婆肯日日嚟幫手，{cap}證明佢疼個孫，亦信得過你哋。問題唔係邊個啱，而係大家冇講清楚分工。",
                  "不如同老公先傾好，揀一兩樣你最緊要嘅，例如瞓覺時間，再一齊同家婆講。其他小事，就由{run}佢啦。",
                  ("end", "——蘇姑娘")]},
        {"glued": True, "tight": True, "lines": ["兩代湊孫講座　下月開鑼"], "title": "兩代湊孫講座　下月開鑼",
         "body": ["灣仔一間社福機構下月3日晚上舉辦講座，由社工分享兩代人點樣分工湊孫，費用全免，名額四十個，"
                  "即日起網上報名。"]},
    ],
}

QINZI = {
    "name": "zh_utf16be_bom_crlf_family_weekly_page_childrens_nature_trail_story_byline_caption_credit_running_head_midsentence_glued_zhoumo_qinzi_outings_box_numbered_place_row_then_ticket_hours_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "湄江晚报 2029-04-20 第10版 家庭周刊, UTF-16 BE with BOM, CRLF; blank-line paragraphs, two-space indent, "
    "wrapped at 22. A family weekly page: two new children's nature trails open in a forest park (title, byline "
    "line, a caption and its credit inside a sentence, a “” name, the running head in mid-sentence), then, with no "
    "blank line under it, the box `周末亲子好去处`: four numbered outings, each over two printed lines (the numbered "
    "place `1. …`, then a line of ticket, hours and who it suits); the box is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2029-04-20", "page": "10",
    "head": ["湄江晚报　　2029年4月20日　星期五", "第10版　家庭周刊　　责任编辑：葛　翎"],
    "foot": ["湄江晚报社　　周刊热线：0771-5562840"],
    "furniture": ["湄江晚报", "2029年4月20日", "星期五", "第10版", "家庭周刊", "责任编辑：葛　翎", "湄江晚报·家庭周刊",
                  "湄江晚报社", "周刊热线：0771-5562840"],
    "run": ["湄江晚报·家庭周刊"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["春游正当时　城郊新添两条儿童自然步道", "本报记者　卞　岚"],
         "title": "春游正当时　城郊新添两条儿童自然步道", "byline": ["本报记者　卞　岚", "卞　岚", "卞岚"],
         "captions": ["孩子们在步道旁观察昆虫。"], "credits": ["本报记者　卞　岚　摄"],
         "body": ["气温回升，不少家长开始琢磨周末带孩子去哪儿。记者从市园林局获悉，青屏山森林公园新修的两条儿童"
                  "自然步道本周六起开放，全程不到两公里，沿途设有二十多块认植物、识鸟类的小牌子。",
                  "园林局工作人员介绍，{cap}步道坡度平缓，三岁以上的孩子可以自己走完。入口处还能免费领取“自然"
                  "观察卡”，集齐印章可换一枚纪念徽章。",
                  "工作人员提醒，山上早晚温差大，家长要给孩子带件外套，{run}并看好孩子，不要离开步道。"]},
        {"glued": True, "lines": ["周末亲子好去处"], "title": "周末亲子好去处",
         "body": [("row", "1. 青屏山森林公园儿童自然步道"),
                  ("row", "免费　8:00—17:30　适合3岁以上"),
                  ("row", "2. 湄江湿地公园观鸟长廊"),
                  ("row", "免费　全天开放　望远镜可借用"),
                  ("row", "3. 市科技馆“小小厨房”科学展"),
                  ("row", "门票20元　9:00—17:00　周一闭馆"),
                  ("row", "4. 南郊草莓采摘园"),
                  ("row", "采摘每斤35元　8:00—18:00")]},
    ],
}

MEISHIJIE = {
    "name": "zh_utf8_bom_lf_malaysia_food_page_george_town_hawker_food_festival_story_baodao_sheying_byline_binchengxun_opener_caption_credit_running_head_midsentence_glued_stalls_and_hours_box_header_zone_stalls_hours_rows_dates_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "榴城日报 2029-08-15 A11 饕餮 (a Malaysian Chinese daily; simplified), UTF-8 with BOM, LF; blank-line "
    "paragraphs, two-space indent, wrapped at 22. A food page: a George Town hawker food festival (title, byline "
    "line `报道／摄影：骆永发`, the lead opened by `（槟城15日讯）`, a caption and its credit inside a sentence, two “” "
    "names, the running head before the last word `垃圾。`), then, with no blank line under it, the box "
    "`摊位与营业时间`: a header row `区域　摊位　营业时间`, four zone rows (stall counts adding up to the story's 86, "
    "Malaysian hours `下午5时至午夜12时`) and a bracketed dates row; the box is an article, its head the title, each "
    "printed line a paragraph.",
    "date": "2029-08-15", "page": "A11",
    "head": ["榴城日报　　2029年8月15日　星期三", "A11　饕餮　　编辑：颜淑仪"],
    "foot": ["榴城日报有限公司　　地方新闻热线：04-2275613"],
    "furniture": ["榴城日报", "2029年8月15日", "星期三", "A11", "饕餮", "编辑：颜淑仪", "榴城日报·饕餮",
                  "榴城日报有限公司", "地方新闻热线：04-2275613"],
    "run": ["榴城日报·饕餮"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["乔治市小贩美食节周五开锣", "报道／摄影：骆永发"], "title": "乔治市小贩美食节周五开锣",
         "byline": ["报道／摄影：骆永发", "骆永发"],
         "captions": ["摊主试做今年的招牌炒粿条。"], "credits": ["（骆永发摄）"],
         "body": ["（槟城15日讯）一年一度的乔治市小贩美食节，本周五至周日在滨海草场举行，今年共有86个摊位，比去年"
                  "多出十多个，主办单位预计三天可吸引逾五万人次。",
                  "筹委会主席许振源今日在记者会上说，{cap}今年特别设立“老字号区”，邀请经营三十年以上的老摊主参与，"
                  "让年轻一代尝尝“古早味”。",
                  "他提醒公众，草场附近停车位有限，最好乘搭巴士前往；主办单位也呼吁食客自备餐具，减少{run}垃圾。"]},
        {"glued": True, "lines": ["摊位与营业时间"], "title": "摊位与营业时间",
         "body": [("row", "区域　摊位　营业时间"),
                  ("row", "A区（炒粿条、福建面）　28　下午5时至午夜12时"),
                  ("row", "B区（老字号）　18　下午4时至晚上11时"),
                  ("row", "C区（糖水、甜品）　22　下午3时至晚上11时"),
                  ("row", "D区（素食）　18　中午12时至晚上10时"),
                  ("row", "（8月17日至19日，入场免费）")]},
    ],
}

WEKU = {
    "name": "gaa_utf8_nobom_lf_ga_family_page_miishee_sane_births_weddings_anniversaries_column_label_three_announcements_each_family_signature_line_caption_credit_running_head_midsentence_glued_heads_under_signatures",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Ŋkra Wiemɔ (an invented Accra daily) 2029-09-22 Page 9 Shia kɛ Weku, UTF-8 without BOM (`ɛ ɔ ŋ Ŋ Ɔ ·`), LF; "
    "blank-line paragraphs, wrapped at 36 with hyphenation. A Ga family page: the column label `Miishɛɛ Sane` (joyful "
    "news; the first announcement's section, accepted but not expected on the others, the kicker accepted on each) over "
    "three announcements, a birth, a wedding (its title over two lines, a caption and its credit inside a sentence) "
    "and a fortieth anniversary (the running head before the last word `miishɛɛ.`), each signed by its family on a "
    "line of its own (the byline) and each next head printed straight under the signature above it.",
    "date": "2029-09-22", "page": "9",
    "head": ["ŊKRA WIEMƆ · Hɔɔ, 22 September 2029 · Page 9", "Shia kɛ Weku"],
    "foot": ["Ŋkra Wiemɔ · weku@nkrawiemo.example.gh"],
    "furniture": ["ŊKRA WIEMƆ", "Hɔɔ, 22 September 2029", "Page 9", "Shia kɛ Weku", "Ŋkra Wiemɔ · Shia kɛ Weku",
                  "Ŋkra Wiemɔ", "weku@nkrawiemo.example.gh"],
    "run": ["Ŋkra Wiemɔ · Shia kɛ Weku"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Miishɛɛ Sane", "Gbekɛ nuu ko ba"], "section": ["Miishɛɛ Sane", None],
         "kicker": [None, "Miishɛɛ Sane"], "title": "Gbekɛ nuu ko ba",
         "byline": ["Lamptey weku lɛ, Dansoman", "Lamptey weku lɛ"],
         "body": ["Wɔjie Nyɔŋmɔ yi akɛ eha wɔ gbekɛ nuu. Afɔ lɛ yɛ Korle Bu hela~tsamɔhe lɛ yɛ Juɔ, 11 September "
                  "2029, ni egbɛi ji Nii Ayi Lamptey.",
                  "Nyɛ fee ni nyɛ~sɔle nyɛha wɔ lɛ, oyi~wala~dɔŋŋ.",
                  ("end", "Lamptey weku lɛ, Dansoman")]},
        {"glued": True, "lines": ["Kwaku kɛ Akweley bote", "gbalashihilɛ mli"],
         "section": [None, "Miishɛɛ Sane"], "kicker": [None, "Miishɛɛ Sane"],
         "title": "Kwaku kɛ Akweley bote gbalashihilɛ mli", "byline": ["Odoi kɛ Mensah weku lɛ"],
         "captions": ["Kwaku kɛ Akweley yɛ jamɔ lɛ sɛɛ."], "credits": ["Foto: Kofi Tetteh"],
         "body": ["Odoi kɛ Mensah weku lɛ mii~ja~je akɛ Kwaku Odoi kɛ Akweley Mensah bote gbalashi~hilɛ mli yɛ Hɔɔ, "
                  "15 Sep~tem~ber 2029, yɛ Osu sɔlemɔ~tsu lɛ mli.",
                  "Jamɔ lɛ sɛɛ lɛ, {cap}wekumɛi kɛ naanyɛ~mɛi ba shia lɛ ni amɛye nii kɛ miishɛɛ. Nyɔŋmɔ ajɔɔ amɛ.",
                  ("end", "Odoi kɛ Mensah weku lɛ")]},
        {"glued": True, "lines": ["Afii 40 yɛ gbalashihilɛ mli"], "section": [None, "Miishɛɛ Sane"],
         "kicker": [None, "Miishɛɛ Sane"], "title": "Afii 40 yɛ gbalashihilɛ mli",
         "byline": ["Amɛbii kɛ amɛnabii"],
         "body": ["Ataa Nii Okai Tagoe kɛ Naa Korkor Tagoe ye afii 40 yɛ gbala~shi~hilɛ mli yɛ Soo, 20 September 2029. "
                  "Amɛbii enumɔ kɛ amɛnabii nyɔŋma kɛ enyɔ jie Nyɔŋmɔ yi yɛ amɛ~hewɔ.",
                  "Wɔkpaa Nyɔŋmɔ fai akɛ eha amɛ hewalɛ ni amɛye afii babaoo ekoŋŋ kɛ {run}miishɛɛ.",
                  ("end", "Amɛbii kɛ amɛnabii")]},
    ],
}

VIC_W = (20,)
RESTAURANT = {
    "name": "vic_macroman_cr_virgin_islands_creole_food_page_restaurant_week_story_by_byline_dateline_caption_credit_running_head_midsentence_glued_who_open_when_box_header_kitchen_hours_rows_aligned_by_spaces_phone_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "The Cane Bay Daily (an invented St. Croix daily) 2029-10-11 Page 12 Home & Table, Mac OS Roman (`’ “ ” – é`), "
    "CR line ends; blank-line paragraphs, wrapped at 40 with hyphenation. A Virgin Islands Creole (Crucian) food "
    "page: Restaurant Week (title over two lines, byline line `By Delroy Hendricks`, the dateline `CHRISTIANSTED –`, a "
    "caption and its credit inside a sentence, an organizer's “” quotation, the running head before the last word "
    "`tip.`), then, with no blank line under it, the box `Who open when`: a header row `Kitchen  Hours`, five "
    "kitchen-and-hours rows aligned by runs of spaces and a phone row; the box is an article, its head the title, "
    "each printed line a paragraph (one space kept).",
    "date": "2029-10-11", "page": "12",
    "head": ["THE CANE BAY DAILY – Page 12", "Thursday, October 11, 2029 – Home & Table"],
    "foot": ["The Cane Bay Daily – food@canebay.example.vi"],
    "furniture": ["THE CANE BAY DAILY", "Page 12", "Thursday, October 11, 2029", "Home & Table",
                  "The Cane Bay Daily – Home & Table", "The Cane Bay Daily", "food@canebay.example.vi"],
    "run": ["The Cane Bay Daily – Home & Table"], "labels": [], "markup": [" – "] * 4,
    "articles": [
        {"lines": ["Restaurant Week bring Crucian", "food to town", "By Delroy Hendricks"],
         "title": "Restaurant Week bring Crucian food to town", "byline": ["By Delroy Hendricks", "Delroy Hendricks"],
         "captions": ["Chef Marisol Petersen wid she kallaloo."], "credits": ["Photo: Kareem Canton"],
         "body": ["CHRISTIANSTED – Restaurant Week does start Monday, an’ dis year twelve kitchen from "
                  "Fred~erik~sted to Christian~sted sign up fo’ sell a three-course Crucian plate fo’ $25 a head.",
                  "Or~ga~nizer Lorna Heyliger say {cap}de idea simple. “We want people fo’ eat local, from de fish to "
                  "de fungi an’ de johnny cake. Dem tourist does come fo’ de beach, but dem does remember de food.”",
                  "She say some place does full up by seven o’clock, so call ahead, an’ carry small bill fo’ de "
                  "{run}tip."]},
        {"glued": True, "lines": ["Who open when"], "title": "Who open when",
         "body": [("row", aligned("Kitchen", "Hours", widths=VIC_W)),
                  ("row", aligned("Mama Ivy’s Kitchen", "11 am – 3 pm", widths=VIC_W)),
                  ("row", aligned("Harbor Fish Pot", "5 pm – 10 pm", widths=VIC_W)),
                  ("row", aligned("Sugar Mill Grill", "Noon – 9 pm", widths=VIC_W)),
                  ("row", aligned("Salt River Shack", "4 pm – 11 pm", widths=VIC_W)),
                  ("row", aligned("Lime Tree Café", "7 am – 2 pm", widths=VIC_W)),
                  ("row", "Full list: (340) 555-0142")]},
    ],
}

GUARD = {
    "name": "frr_cp1252_crlf_north_frisian_fering_home_page_uun_a_guard_garden_column_label_head_faan_writer_line_caption_credit_running_head_midsentence_writers_note_last_paragraph_glued_tight_head_flower_market_brief",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Feer Bleed (an invented Föhr daily) 2029-11-03 Sidj 7 Hüs & Hof, Windows-1252 (`ä ö ü å · „ “`; the quotes at 0x84 and 0x93, outside Latin-1), CRLF; "
    "blank-line paragraphs, wrapped at 38 with hyphenation. A North Frisian (Fering) home page: a garden column (the "
    "label `Uun a guard` (the section; kicker or none accepted), the head, the writer's line `Faan Inken Jensen` (the "
    "byline, the name alone accepted), a caption and its credit inside a sentence, the running head before the last "
    "word `smok.`, and the writer's note in brackets, the column's last paragraph), then, with no blank line under "
    "the note, a flower-market brief whose title sits directly above its text.",
    "date": "2029-11-03", "page": "7",
    "head": ["FEER BLEED · Saninj, 3. Nofember 2029 · Sidj 7", "Hüs & Hof"],
    "foot": ["Feer Bleed · guard@feerbleed.example.de"],
    "furniture": ["FEER BLEED", "Saninj, 3. Nofember 2029", "Sidj 7", "Hüs & Hof", "Feer Bleed · Hüs & Hof",
                  "Feer Bleed", "guard@feerbleed.example.de"],
    "run": ["Feer Bleed · Hüs & Hof"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Uun a guard", "Nü mut a tulpen uun a grünj", "Faan Inken Jensen"],
         "section": ["Uun a guard", None], "kicker": [None, "Uun a guard"], "title": "Nü mut a tulpen uun a grünj",
         "byline": ["Faan Inken Jensen", "Inken Jensen"],
         "captions": ["Tulpenbulwen uun en kurew."], "credits": ["Foto: Arfst Petersen"],
         "body": ["Di hiarst as a bääst tidj, am tulpen an kroo~ku~sen tu setten. A grünj as noch waarem, an a bulwen "
                  "kön rötjer slå, iar di wonter komt. Min mam sää åltidj: „Tulpen wel kuul feet haa.“",
                  "Ik set a bul~wen trii tooch so jip, üs jo grat san. Wan dü det ei mååst, {cap}frees jo ütj uun a "
                  "wonter. An set jo ei tu tacht bi ar~koder, jo wel rüm haa.",
                  "Wan a grünj swaar an wäät as, do du en hunj~fol sunj oner~för. Do rootet a bul~wen ei, an uun't "
                  "föör~aasj stun a tulpen rocht {run}smok.",
                  "(Inken Jensen hää en guard uun Olersem an skraft arke muun för üs.)"]},
        {"glued": True, "tight": True, "lines": ["Blummenmarkt uun Wik"], "title": "Blummenmarkt uun Wik",
         "body": ["Di Blummenmarkt üüb a Sanwaal uun Wik as üüb Saninj, 10. Nofember, faan 9 bit 13 ööder. Diar "
                  "jaft at bulwen, busker an tee för a bäären."]},
    ],
}

TAYO_W = (8,)
BOUGNA = {
    "name": "cks_latin1_lf_tayo_family_page_lakwizin_bougna_recipe_column_label_head_name_byline_caption_credit_headings_amount_item_rows_aligned_by_spaces_numbered_steps_running_head_midstep_glued_tight_head_market_brief",
    "encoding": "latin-1", "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Lö Zurnal Sin-Lwi (an invented daily of Saint-Louis, New Caledonia) 2029-12-08 Paz 5 Fanmi, ISO 8859-1 "
    "(`é è ò ö Ö`; no quotes), LF; blank-line paragraphs, wrapped at 38 with hyphenation. A Tayo family page: "
    "a recipe column for a chicken bougna (the label `Lakwizin` (the section; kicker or none accepted), the head, the "
    "byline line, the name alone `Odile Manéwa`, an intro with a caption and its credit inside a sentence, the "
    "subheads `Sa ki fo` and `Kòma pu fé` (headings), six amount-and-item rows aligned by runs of spaces (one space "
    "kept in the gold), four numbered steps, each one paragraph, the running head inside step 3), then, with no blank "
    "line under the last step, a market brief whose title sits directly above its text.",
    "date": "2029-12-08", "page": "5",
    "head": ["LÖ ZURNAL SIN-LWI | samdi 8 désanm 2029 | Paz 5", "Fanmi"],
    "foot": ["Lö Zurnal Sin-Lwi | fanmi@zurnal.example.nc"],
    "furniture": ["LÖ ZURNAL SIN-LWI", "samdi 8 désanm 2029", "Paz 5", "Fanmi", "Lö Zurnal Sin-Lwi | Fanmi",
                  "Lö Zurnal Sin-Lwi", "fanmi@zurnal.example.nc"],
    "run": ["Lö Zurnal Sin-Lwi | Fanmi"], "labels": [], "markup": [" | "] * 4,
    "articles": [
        {"lines": ["Lakwizin", "Bougna poul pu Nowèl", "Odile Manéwa"], "section": ["Lakwizin", None],
         "kicker": [None, "Lakwizin"], "title": "Bougna poul pu Nowèl", "byline": ["Odile Manéwa"],
         "captions": ["Bougna lé paré, li sòr dan fur."], "credits": ["Foto: Jean-Yves Ounou"],
         "body": ["Pu Nowèl, dan fanmi mwa sa fé bou~gna. Mémé té ka fé li dan fur ek ròs, {cap}mé twa ka~pab fé "
                  "li dan fur lakaz osi. Sa lé pu uit mun.",
                  ("h", "Sa ki fo"),
                  ("row", aligned("1", "gro poul", widths=TAYO_W)),
                  ("row", aligned("2 kg", "nyam", widths=TAYO_W)),
                  ("row", aligned("1 kg", "patat du", widths=TAYO_W)),
                  ("row", aligned("4", "banan vèr", widths=TAYO_W)),
                  ("row", aligned("2", "kok rapé", widths=TAYO_W)),
                  ("row", aligned("8", "fey banan", widths=TAYO_W)),
                  ("h", "Kòma pu fé"),
                  "1. Mèt kok rapé dan dlo cho, près li by~en pu fé lè kok.",
                  "2. Pèl nyam, patat ek banan, kup zòt an gro mor~so. Kup poul an mor~so osi.",
                  "3. Mèt fey banan an krwa, mèt poul ek lé lé~gim la~dan, vèrs lè kok {run}lésu. Ferm byen, atas ek "
                  "fil.",
                  "4. Kwi dan fur pan~dan dé zèr, 180 degré. Manz li byen cho."]},
        {"glued": True, "tight": True, "lines": ["Marsé Nowèl dan Sin-Lwi"], "title": "Marsé Nowèl dan Sin-Lwi",
         "body": ["Marsé Nowèl lé samdi 15 désanm, dépi 7 zèr ziska midi, koté légliz. Sa gan nyam, fey banan ek "
                  "kok pu bougna."]},
    ],
}

PAGES = [CAIPU, BIJIA, LIAOLI, XINXIANG, QINZI, MEISHIJIE, WEKU, RESTAURANT, GUARD, BOUGNA]
