"""The text of every holdout165 page, written once: the page is drawn from it and the gold is made from it.

All papers, columnists, readers, writers and events are invented; real towns and regions are only settings. A field
given as a list lists every acceptable reading; its first element is the one printed. Body items: a string is a
paragraph; ("h", t) a heading (the column's small `答：` / `Reply:` label, the puzzle's `横` / `Across`); ("r", t) a
one-line paragraph set flush right (a reader's pen name and town); ("a", t) a paragraph in small type (the last
puzzle's answers). A leisure page holds an advice column (a reversed label, head, the columnist's byline, a reader's
letter signed with a pen name and town, the answer under a small label), a horoscope box set as a grid (`grid`: a
bold name over one or two lines a cell), a puzzle (`puzzle`: a drawn crossword or number grid, numbered clues under
two headings, the last puzzle's answers in small type), a short piece (a humorous column or a serial's instalment
ending on `（待续）` / `To be continued`, furniture), a running head and a page foot.
"""

import datetime
import re

WEEKDAYS_ZH = "一二三四五六日"
NUMBER_WORDS = {  # Atayal and Bunun numbers used in the Latin pages' number clues
    "qutux": 1, "sazing": 2, "cyugal": 3, "payat": 4, "magal": 5, "mspat": 8,
    "tasa": 1, "dusa": 2, "tau": 3, "pat": 4, "hima": 5, "vau": 8, "siva": 9,
}


def check_date(iso, printed, zh=True):
    """The printed date line names the weekday the date falls on."""
    day = datetime.date.fromisoformat(iso)
    want = "星期" + WEEKDAYS_ZH[day.weekday()] if zh else day.strftime("%A")
    assert want in printed, (iso, printed, want)


def entries(pattern):
    """(holdout165) The numbered cells and the across and down entries of a crossword pattern (`#` black): a white
    cell is numbered when an across or a down entry of two or more cells starts on it. Returns
    (numbers {(row, col): n}, [(n, answer)] across, [(n, answer)] down), the answer the pattern's own letters."""
    rows, cols = len(pattern), len(pattern[0])

    def white(r, c):
        return 0 <= r < rows and 0 <= c < cols and pattern[r][c] != "#"

    n, numbers, across, down = 0, {}, [], []
    for r in range(rows):
        for c in range(cols):
            if not white(r, c):
                continue
            a = not white(r, c - 1) and white(r, c + 1)
            d = not white(r - 1, c) and white(r + 1, c)
            if a or d:
                n += 1
                numbers[(r, c)] = n
            if a:
                k = c
                while white(r, k):
                    k += 1
                across.append((n, pattern[r][c:k]))
            if d:
                k = r
                while white(k, c):
                    k += 1
                down.append((n, "".join(pattern[j][c] for j in range(r, k))))
    return numbers, across, down


def check_puzzle(art, labels, yesterday=None, numeric=False):
    """The clues' numbers are the grid's: under the first label one clue per across entry, under the second one per
    down entry, in order. With `numeric`, each clue (an expression: digits, × + − and number words) equals its
    answer. With `yesterday` (a pattern), the answers line lists that grid's answers in order."""
    _n, across, down = entries(art["puzzle"])
    body = art["body"]
    i, j = body.index(("h", labels[0])), body.index(("h", labels[1]))
    for clues, want in ((body[i + 1 : j], across), ([b for b in body[j + 1 :] if isinstance(b, str)], down)):
        assert len(clues) == len(want), (clues, want)
        for clue, (n, answer) in zip(clues, want):
            m = re.match(r"(\d+)[．.] (.*)$|(\d+)．(.*)$", clue)
            num, text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            assert int(num) == n, (clue, n)
            if numeric and re.fullmatch(r"[\d×+−a-z ]+", text):
                expr = text.replace("×", "*").replace("−", "-")
                for word, v in NUMBER_WORDS.items():
                    expr = re.sub(rf"\b{word}\b", str(v), expr)
                assert eval(expr) == int(answer), (clue, answer)
    if yesterday:
        _n, ya, yd = entries(yesterday)
        line = [b for b in body if isinstance(b, tuple) and b[0] == "a"][0][1]
        got = re.findall(r"(\d+)[．.] (\S+)|(\d+)．(\S+?)(?=　|\s|$)", line)
        pairs = [(int(a or c), b or d) for a, b, c, d in got]
        assert pairs == ya + yd, (pairs, ya + yd)


def advice(label, title, byline, letter, signature, reply_label, answer):
    return {
        "label": label,
        "section": [label, None],
        "title": title,
        "byline": byline,
        "body": letter + [("r", signature), ("h", reply_label)] + answer,
    }


# ---------------------------------------------------------------- 1. simplified, four columns, grid across the page

check_date("2028-09-18", "2028年9月18日　星期一")
P1_PUZZLE = ["合情合理", "二##所", "为##当", "一目了然"]
P1_YESTERDAY = ["一草一木", "帆##已", "风##成", "顺水推舟"]

XIUXIAN = {
    "stem": "zh_sim_leisure_page_xiuxian_four_columns_advice_column_over_two_humour_column_crossword_column_horoscope_grid_four_a_row_across_page",
    "script": "zh_sim",
    "tess": ("chi_sim", "hocr"),
    "scan": False,
    "ncols": 4,
    "markup": ["1", "2", "3"],
    "masthead": ["青溪晚报", "2028年9月18日　星期一", "第12版　休闲"],
    "date": "2028-09-18",
    "page": ["第12版　休闲", "12"],
    "foot": "青溪晚报　第12版　休闲　　责任编辑：戴思远　　来信请寄：青溪晚报知心信箱",
    "note": "A leisure page (`休闲`) of four columns: an advice column over two columns (a reversed label `知心信箱`, head, the host's byline, a mother's letter signed flush right `焦虑妈妈（浙江桐庐）`, a small heading `答：`, the answer); beside it a humorous column in one column (head, byline) and a crossword in the fourth column (head `填字游戏`, a drawn four-by-four idiom frame with its small clue numbers, clues under `横` and `竖`, yesterday's answers in small type); under a rule a horoscope box across the page (a reversed label `星座运势`, head, byline, twelve cells four a row, each a bold sign name over one or two lines).",
    "rows": [
        [
            (
                [
                    advice(
                        "知心信箱",
                        "孩子迷上短视频，我该怎么办？",
                        ["主持人　苏晓雯", "苏晓雯"],
                        [
                            "苏老师：您好！我的儿子今年十二岁，刚上初一。暑假里他迷上了短视频，每天一刷就是三四个小时，作业总要拖到深夜才写。",
                            "开学以后，我把手机收了起来，他就整天不说话，还跟我大吵了一架。我和他爸爸都要上班，实在不知道该怎么管。",
                            "是该继续收手机，还是干脆不管了？请您帮帮我。",
                        ],
                        "焦虑妈妈（浙江桐庐）",
                        "答：",
                        [
                            "焦虑妈妈：您好！十二岁的孩子正在长大，越是硬管，他越想反抗。收走手机只能管住一时，管不住他的心。",
                            "不妨和孩子坐下来，一起商量一个用手机的时间表，比如每天做完作业后看半小时，周末可以多一点。规则是一起定的，孩子才愿意遵守。",
                            "更重要的是，给他找点比手机更有意思的事。周末带他去爬山、打球，或者一起做顿饭。孩子有了别的乐趣，自然就放下手机了。",
                        ],
                    )
                    | {"ncol": 2}
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "我家的“遥控器之争”",
                        "byline": ["文／宋一乐", "宋一乐"],
                        "ncol": 1,
                        "body": [
                            "我家有一台电视，却有三个人想看。父亲要看戏曲，母亲要看养生节目，我要看球赛。",
                            "为了一个遥控器，全家每天晚上都要“谈判”一次。后来父亲想了个办法：谁洗碗，谁拿遥控器。",
                            "结果第一天，三个人抢着洗碗，一个碗洗了三遍。第二天，母亲早早吃完饭，先把自己的碗洗了，拿起遥控器就不放了。",
                            "如今我们家的碗是全小区最干净的，可电视还是母亲说了算。",
                        ],
                    }
                ],
                2,
                1,
            ),
            (
                [
                    {
                        "title": "填字游戏",
                        "ncol": 1,
                        "puzzle": P1_PUZZLE,
                        "cell": 52,
                        "body": [
                            ("h", "横"),
                            "1．说话做事合乎情理，也合乎道理。",
                            "3．一眼就能看得清清楚楚。",
                            ("h", "竖"),
                            "1．把两样东西合成一样。",
                            "2．按道理应当这样。",
                            ("a", "昨日答案　横：1．一草一木　3．顺水推舟　竖：1．一帆风顺　2．木已成舟"),
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "grid": True,
                        "label": "星座运势",
                        "section": ["星座运势", None],
                        "title": "本周星座运势（9月18日—24日）",
                        "byline": ["文／星　语", "星　语", "星语"],
                        "per_row": 4,
                        "cells": [
                            ("白羊座", "工作上有新任务，别急着推辞，试一试会有收获。"),
                            ("金牛座", "花钱前多想一想，周末适合在家整理房间。"),
                            ("双子座", "老朋友会来联系，约出来喝杯茶吧。"),
                            ("巨蟹座", "家人需要你的陪伴，早点下班回家。"),
                            ("狮子座", "运动运不错，适合去爬山或者游泳。"),
                            ("处女座", "小事别太较真，放松心情，睡个好觉。"),
                            ("天秤座", "适合学点新东西，读一本好书也不错。"),
                            ("天蝎座", "说话前先想一想，少和同事争论。"),
                            ("射手座", "出行运好，周末适合去郊外走走。"),
                            ("摩羯座", "忙了很久，该给自己放个假了。"),
                            ("水瓶座", "好点子很多，记得随手写下来。"),
                            ("双鱼座", "心情起伏大，多听听音乐，散散步。"),
                        ],
                    }
                ],
                0,
                4,
            ),
        ],
    ],
}
check_puzzle(XIUXIAN["rows"][0][2][0][0], ("横", "竖"), P1_YESTERDAY)

# ---------------------------------------------------------------- 2. Taiwan, three columns, clues beside the serial

check_date("2028-10-16", "2028年10月16日　星期一")
P2_PUZZLE = ["一草一木", "帆##已", "風##成", "順水推舟"]
P2_YESTERDAY = ["合情合理", "二##所", "為##當", "一目了然"]

FUKAN = {
    "stem": "zh_tra_leisure_page_fukan_three_columns_serial_over_two_crossword_clues_narrow_column_beside_horoscope_grid_three_a_row_advice_column_beside",
    "script": "zh_tra",
    "tess": ("chi_tra", "tsv"),
    "scan": False,
    "ncols": 3,
    "markup": ["1", "2", "3"],
    "masthead": ["翠堤日報", "2028年10月16日　星期一", "C6　副刊"],
    "date": "2028-10-16",
    "page": ["C6　副刊", "C6"],
    "foot": "翠堤日報　C6　副刊　　主編：鄭雅琪　　投稿信箱：fukan@cuidi.example.tw",
    "note": "A Taiwan leisure page (`副刊`) of three columns: a serial's instalment over two columns (head `阿嬤的柑仔店（十二）`, byline, ending on `（待續）` flush right); beside it in a narrow column a crossword (head `填字遊戲`, a drawn four-by-four idiom frame with its small clue numbers, clues under `橫` and `直`, the last issue's answers in small type); under a rule a horoscope box over two columns (a reversed label `星座運勢`, head, byline, twelve cells three a row) and beside it an advice column in one column (a reversed label `心事信箱`, head, the columnist's byline, a reader's letter signed flush right `左右為難（宜蘭羅東）`, a small heading `答：`, the answer).",
    "rows": [
        [
            (
                [
                    {
                        "title": "阿嬤的柑仔店（十二）",
                        "byline": ["文／林雨青", "林雨青"],
                        "ncol": 2,
                        "jump": "（待續）",
                        "body": [
                            "上回說到，小芸在柑仔店的閣樓裡，找到一本泛黃的帳簿。",
                            "帳簿的最後一頁，用鉛筆寫著十幾個名字，名字後面是一筆一筆的小數目：三塊、五塊、十二塊。",
                            "「這是什麼？」小芸拿著帳簿下樓問阿嬤。阿嬤戴上老花眼鏡，看了很久，才笑著說：「那是村子裡的孩子欠的糖錢。」",
                            "「欠了幾十年，都沒還？」",
                            "「他們那時候都窮，買一顆糖也要賒帳。後來長大了，搬到城裡，就忘了。」阿嬤把帳簿合上，「我也從來沒想過要他們還。」",
                            "小芸翻到第一個名字，愣住了。那是她爸爸的名字。",
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "填字遊戲",
                        "ncol": 1,
                        "puzzle": P2_PUZZLE,
                        "cell": 56,
                        "body": [
                            ("h", "橫"),
                            "1．一根草、一棵樹，比喻極小的東西。",
                            "3．順著水流推船，比喻順著情勢做事。",
                            ("h", "直"),
                            "1．船掛著帆順風而行，比喻非常順利。",
                            "2．木頭已經做成了船，比喻事情已經無法改變。",
                            ("a", "上期答案　橫：1．合情合理　3．一目了然　直：1．合二為一　2．理所當然"),
                        ],
                    }
                ],
                2,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "grid": True,
                        "label": "星座運勢",
                        "section": ["星座運勢", None],
                        "title": "本週星座運勢",
                        "byline": ["文／星月老師", "星月老師"],
                        "per_row": 3,
                        "cells": [
                            ("牡羊座", "工作節奏加快，記得按時吃飯。"),
                            ("金牛座", "有意外的小收入，別急著花掉。"),
                            ("雙子座", "適合和朋友聚會，聊聊近況。"),
                            ("巨蟹座", "週末陪家人吃頓飯，心情會變好。"),
                            ("獅子座", "表現的機會來了，大方說出想法。"),
                            ("處女座", "別把事情都攬在身上，學著分工。"),
                            ("天秤座", "適合整理房間，丟掉用不到的東西。"),
                            ("天蠍座", "少喝冷飲，多喝溫水，注意腸胃。"),
                            ("射手座", "出遊運佳，可以安排一趟小旅行。"),
                            ("摩羯座", "耐心等待，好消息就在週末。"),
                            ("水瓶座", "學習運不錯，適合報名新課程。"),
                            ("雙魚座", "多聽少說，朋友會感謝你的體貼。"),
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    advice(
                        "心事信箱",
                        "婆婆總愛幫我帶孩子，該拒絕嗎？",
                        ["回信／張曉晴", "張曉晴"],
                        [
                            "曉晴姐：我和先生住在婆婆家附近。女兒兩歲，婆婆每天都來幫忙帶，可是她總給孩子吃糖，還不讓孩子自己吃飯。",
                            "我說了幾次，婆婆就不高興。我該不該請她不要再來了？",
                        ],
                        "左右為難（宜蘭羅東）",
                        "答：",
                        [
                            "左右為難：您好！婆婆願意幫忙，是出於愛，這一點值得先謝謝她。",
                            "帶孩子的想法不同，不必一次說清楚。可以先從一件事開始，例如請婆婆幫忙，一起讓孩子練習自己吃飯。",
                            "也可以請先生出面溝通，效果常常比您自己說更好。",
                        ],
                    )
                    | {"ncol": 1}
                ],
                2,
                1,
            ),
        ],
    ],
}
check_puzzle(FUKAN["rows"][0][1][0][0], ("橫", "直"), P2_YESTERDAY)

# ---------------------------------------------------------------- 3. simplified (scanned), two columns, zodiac grid

check_date("2028-11-13", "2028年11月13日　星期一")
P3_PUZZLE = ["365#", "1#24", "2842", "#1#8"]
P3_YESTERDAY = ["2049", "4#1#", "8192", "#6#4"]

FUKAN_SCAN = {
    "stem": "zh_sim_scan_leisure_page_fukan_two_columns_advice_column_across_both_zodiac_grid_four_a_row_number_grid_puzzle_beside_humour_column",
    "script": "zh_sim",
    "tess": ("chi_sim", "alto"),
    "scan": True,
    "seed": 165003,
    "angle": 0.6,
    "ncols": 2,
    "markup": [str(n) for n in range(1, 7)],
    "masthead": ["北塘晚报", "2028年11月13日　星期一", "A16　副刊"],
    "date": "2028-11-13",
    "page": ["A16　副刊", "A16"],
    "foot": "北塘晚报　A16　副刊　　本版编辑：高丽君",
    "note": "A leisure page (`副刊`) of two columns (scanned): an advice column across both columns (a reversed label `家长里短`, head, the host's byline, a retired woman's letter signed flush right `一个人看家（河北保定）`, a small heading `答：`, the answer); under a rule a zodiac box across the page (a reversed label `生肖运势`, head, byline, twelve cells four a row, each a bold `属鼠`… over one line); under another rule a number-grid puzzle in the first column (head `数字填空`, a drawn four-by-four grid with its small clue numbers, clues under `横` and `竖`, yesterday's answers in small type) and a humorous column in the second.",
    "rows": [
        [
            (
                [
                    advice(
                        "家长里短",
                        "退休后老伴天天钓鱼，家里冷清了",
                        ["主持人　何　静", "何　静", "何静"],
                        [
                            "何老师：我今年六十二岁，去年和老伴一起退休。本以为可以一起出去走走，没想到他迷上了钓鱼，天不亮就出门，天黑才回来。",
                            "孩子们都在外地工作，家里就剩我一个人，每天对着电视，心里空落落的。跟他说了几次，他总说钓鱼能锻炼身体。",
                        ],
                        "一个人看家（河北保定）",
                        "答：",
                        [
                            "一个人看家：您好！退休后两个人的生活节奏不一样，是很常见的事。老伴有了爱好，其实是好事。",
                            "您不妨也给自己找点乐子，比如参加社区的合唱队、书法班，认识几个新朋友。",
                            "也可以跟老伴商量，每周留出一两天，两个人一起去公园、逛早市。有时候陪他去钓一次鱼，也许您也会喜欢上。",
                        ],
                    )
                    | {"ncol": 2}
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "grid": True,
                        "label": "生肖运势",
                        "section": ["生肖运势", None],
                        "title": "本周生肖运势（11月13日—19日）",
                        "byline": ["文／周易安", "周易安"],
                        "per_row": 4,
                        "cells": [
                            ("属鼠", "做事要有计划，别临时抱佛脚。"),
                            ("属牛", "遇到难题，可以多问问老同事。"),
                            ("属虎", "运动时注意安全，别扭伤了脚。"),
                            ("属兔", "家里有喜事，心情不错。"),
                            ("属龙", "适合学习新本领，事半功倍。"),
                            ("属蛇", "注意休息，别熬夜追剧。"),
                            ("属马", "出门办事顺利，早去早回。"),
                            ("属羊", "少管闲事，多顾自己的身体。"),
                            ("属猴", "点子多，但要一件一件去做。"),
                            ("属鸡", "理财要稳，别听信小道消息。"),
                            ("属狗", "和朋友小聚，聊得很开心。"),
                            ("属猪", "天冷了，记得给家里老人添衣。"),
                        ],
                    }
                ],
                0,
                2,
            ),
        ],
        [
            (
                [
                    {
                        "title": "数字填空",
                        "ncol": 1,
                        "puzzle": P3_PUZZLE,
                        "cell": 58,
                        "body": [
                            ("h", "横"),
                            "1．平年一年的天数",
                            "3．一天有多少小时",
                            "5．1421×2",
                            ("h", "竖"),
                            "1．13×24",
                            "2．4×131",
                            "4．107×4",
                            "6．9×9",
                            ("a", "昨日答案　横：1．2049　3．8192　竖：1．248　2．419　4．16　5．24"),
                        ],
                    }
                ],
                0,
                1,
            ),
            (
                [
                    {
                        "title": "我的“健步走”",
                        "byline": ["文／韩大为", "韩大为"],
                        "ncol": 1,
                        "body": [
                            "老伴给我买了一块运动手表，说每天要走够一万步。第一天，我在小区里转了十圈，才走了八千步。",
                            "第二天，我想了个办法，坐在沙发上使劲甩胳膊，不一会儿就过了一万步。",
                            "老伴看了手表，夸我进步大。晚上孙子来了，一眼就看出了问题：“爷爷，你走了一万步，心率怎么一直是七十？”",
                            "从那以后，我只好老老实实去公园走路。走了一个月，倒真瘦了三斤。",
                        ],
                    }
                ],
                1,
                1,
            ),
        ],
    ],
}
check_puzzle(FUKAN_SCAN["rows"][2][0][0][0], ("横", "竖"), P3_YESTERDAY, numeric=True)
# 横1 (a common year: 365 days) and 横3 (a day: 24 hours) are word clues, checked by hand

# ---------------------------------------------------------------- 4. Atayal (Taiwan), three columns, grid across the page

check_date("2028-09-25", "Monday 25 September 2028", zh=False)
P4_PUZZLE = ["2049", "4#1#", "8192", "#6#4"]
P4_LASTWEEK = ["365#", "1#24", "2842", "#1#8"]

ATAYAL = {
    "stem": "tay_atayal_leisure_page_three_columns_horoscope_grid_four_a_row_across_page_advice_column_over_two_number_grid_beside_humour_column_across_three",
    "script": "latin",
    "tess": ("eng", "txt"),
    "scan": False,
    "ncols": 3,
    "markup": [str(n) for n in range(1, 6)],
    "masthead": ["Qalang Tayal", "Monday 25 September 2028", "Page 8 · Leisure"],
    "date": "2028-09-25",
    "page": ["Page 8 · Leisure", "8"],
    "foot": "Qalang Tayal · Page 8 · Leisure · Fuxing, Taoyuan",
    "note": "An Atayal (Taiwan) weekly's leisure page of three columns: a horoscope box across the page (a reversed label `Hosi`, head, byline, twelve cells four a row, each a bold sign name over one line); under a rule an advice column over two columns (a reversed label `Kmal Yaki`, head, the columnist's name, a mother's letter signed flush right `Yaya Tayal (Jianshi)`, a small heading `Reply:`, the answer) and beside it a number grid (head, a drawn four-by-four grid with its small clue numbers, clues under `Across` and `Down`, last week's answers in small type); under another rule a humorous column across the three columns.",
    "rows": [
        [
            (
                [
                    {
                        "grid": True,
                        "label": "Hosi",
                        "section": ["Hosi", None],
                        "title": "Horoscope · 25 September – 1 October",
                        "byline": "Yumin Hayung",
                        "per_row": 4,
                        "cells": [
                            ("Aries", "Musa su rgyax. Lokah su."),
                            ("Taurus", "Maniq su bunga ru trakis."),
                            ("Gemini", "Mqas su ru yaba ru yaya su."),
                            ("Cancer", "Mhngaw su qutux ryax."),
                            ("Leo", "Tminun su kawas qani."),
                            ("Virgo", "Qwalax ryax qani. Ini su musa llyung."),
                            ("Libra", "Mqas su ru ulaqi su."),
                            ("Scorpio", "Musa su qalang na yutas su."),
                            ("Sagittarius", "Musa su rgyax ru mama su."),
                            ("Capricorn", "Mhngaw su sazing ryax."),
                            ("Aquarius", "Lokah su. Mqas su kawas qani."),
                            ("Pisces", "Musa su llyung, maniq su qulih."),
                        ],
                    }
                ],
                0,
                3,
            ),
        ],
        [
            (
                [
                    advice(
                        "Kmal Yaki",
                        "Ini kmal squ yaya ka ulaqi mu",
                        ["Yaki Temu", "Temu"],
                        [
                            "Lokah su, Yaki. Musa Taipei ka ulaqi mu mlikuy kawas qani. Ini kmal squ yaya na, ini muah qalang.",
                            "Nanu ga kbalay mu? Ini baq saku.",
                        ],
                        "Yaya Tayal (Jianshi)",
                        "Reply:",
                        [
                            "Lokah su, Yaya Tayal. Mqyanux Taipei ka ulaqi su. Kbalay na ga, cyux mtzyuwaw.",
                            "Kmal su squ ulaqi su: “Mqas saku, lokah su.” Ini su kmal “swa ini su muah?”",
                            "Muah qalang ka ulaqi su byacing sazing ru cyugal. Mhuway su.",
                        ],
                    )
                    | {"ncol": 2}
                ],
                0,
                2,
            ),
            (
                [
                    {
                        "title": "Number grid",
                        "ncol": 1,
                        "puzzle": P4_PUZZLE,
                        "cell": 58,
                        "body": [
                            ("h", "Across"),
                            "1. 2000 + 49",
                            "3. 2 × 4096",
                            ("h", "Down"),
                            "1. 8 × 31",
                            "2. 400 + 19",
                            "4. payat × payat",
                            "5. cyugal × mspat",
                            ("a", "Last week: Across 1. 365 3. 24 5. 2842 · Down 1. 312 2. 524 4. 428 6. 81"),
                        ],
                    }
                ],
                2,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "title": "Yaba mu ru telebi",
                        "byline": "Watan Silan",
                        "ncol": 3,
                        "body": [
                            "Kya qutux telebi ngasal myan. Yaba mu ga, mqas mita yakyu. Yaya mu ga, mqas mita lmuhuw.",
                            "Ryax qani, kmal ka yaba mu: “Ima maniq bunga nqwa, nya mita telebi.” Musa maniq kwara ka tayal ngasal.",
                            "Mqas ka yaya mu. Ini baq maniq bunga ka yaba mu. Ki, yaya mu mita telebi ryax kwara.",
                        ],
                    }
                ],
                0,
                3,
            ),
        ],
    ],
}
check_puzzle(ATAYAL["rows"][1][1][0][0], ("Across", "Down"), P4_LASTWEEK, numeric=True)

# ---------------------------------------------------------------- 5. Bunun (Taiwan, scanned), four columns

check_date("2028-10-23", "Monday 23 October 2028", zh=False)
P5_PUZZLE = ["125#9", "4#169", "3600#", "#1#72"]
P5_LASTWEEK = ["2049", "4#1#", "8192", "#6#4"]

BUNUN_SCAN = {
    "stem": "bnn_scan_bunun_leisure_page_four_columns_serial_over_three_number_grid_narrow_column_beside_horoscope_grid_three_a_row_advice_column_over_two",
    "script": "latin",
    "tess": ("eng", "hocr"),
    "scan": True,
    "seed": 165005,
    "angle": -0.5,
    "ncols": 4,
    "markup": [str(n) for n in range(1, 9)],
    "masthead": ["Asang Bunun", "Monday 23 October 2028", "Page 10 · Leisure"],
    "date": "2028-10-23",
    "page": ["Page 10 · Leisure", "10"],
    "foot": "Asang Bunun · Page 10 · Leisure · Haiduan, Taitung",
    "note": "A Bunun (Taiwan) weekly's leisure page of four columns (scanned): a serial's instalment over three columns (head `Tama Biung mas ludun (4)`, byline, ending on `To be continued` flush right) and beside it in a narrow column a number grid (head, a drawn five-by-four grid with its small clue numbers, clues under `Across` and `Down`, last week's answers in small type); under a rule a horoscope box over two columns (a reversed label `Bintuhan`, head, byline, twelve cells three a row) and beside it an advice column over two columns (a reversed label `Tina Savi`, head, the columnist's name, a father's letter signed flush right `Tama Alang (Yanping)`, a small heading `Reply:`, the answer).",
    "rows": [
        [
            (
                [
                    {
                        "title": "Tama Biung mas ludun (4)",
                        "byline": "Umav Takisvilainan",
                        "ncol": 3,
                        "jump": "To be continued",
                        "body": [
                            "Mudan Biung mas ludun ka tama tu hanian. Maqtu tu mihumisang, masihal a vali.",
                            "Mudaan sia daan, mais ludun a haiap tama tu dehanin. Tasa tu uvaz, Alang, tupa: “Tama, maqa a mudanin tu asang?”",
                            "Tupa a Biung: “Tau tu hanian. Na mudan mita mas buan tu dehanin.”",
                            "Mais mavala a vali, mudan Biung ka Alang sia lumah tu ludun. Maun a Alang mas maduq, mataz a Biung mas pasibutbut.",
                            "Mais mudan tu hanian, mihumisang a Biung ka Alang mas tasa tu bunun. Bunun a sia asang tu dusa. Maun a dusa tu bunun mas maduq, mataz mas pasibutbut.",
                            "Mais tau tu hanian, na minsuma a Biung ka Alang sia asang. Haiap a Alang mas daan tu ludun, haiap mas buan tu dehanin.",
                            "Tupa a Biung: “Uvaz, masihal a ludun. Na mudan ta mais dusa tu buan.”",
                            "Mais bunuan a buan, tupa a Alang: “Tama, uninang.”",
                        ],
                    }
                ],
                0,
                3,
            ),
            (
                [
                    {
                        "title": "Number grid",
                        "ncol": 1,
                        "puzzle": P5_PUZZLE,
                        "cell": 60,
                        "body": [
                            ("h", "Across"),
                            "1. hima × hima × hima",
                            "4. 13 × 13",
                            "6. 60 × 60",
                            "8. vau × siva",
                            ("h", "Down"),
                            "1. 11 × 13",
                            "2. 500 + 10",
                            "3. 9 × 11",
                            "5. 600 + 7",
                            "7. 60 + 1",
                            ("a", "Last week: Across 1. 2049 3. 8192 · Down 1. 248 2. 419 4. 16 5. 24"),
                        ],
                    }
                ],
                3,
                1,
            ),
        ],
        [
            (
                [
                    {
                        "grid": True,
                        "label": "Bintuhan",
                        "section": ["Bintuhan", None],
                        "title": "Horoscope · 23–29 October",
                        "byline": "Savi Istanda",
                        "per_row": 3,
                        "cells": [
                            ("Aries", "Masihal a hanian. Mudan mas ludun."),
                            ("Taurus", "Maun mas maduq ka tina."),
                            ("Gemini", "Mihumisang ka tasa tu uvaz."),
                            ("Cancer", "Minsuma mas asang ka tama."),
                            ("Leo", "Masihal a buan tu dusa."),
                            ("Virgo", "Mudaan mas daan, masihal."),
                            ("Libra", "Uninang mas tina ka tama."),
                            ("Scorpio", "Maun mas iskan ka uvaz."),
                            ("Sagittarius", "Mudan mas ludun tau tu hanian."),
                            ("Capricorn", "Masihal a vali, mudaan mas daan."),
                            ("Aquarius", "Mihumisang, masihal a buan."),
                            ("Pisces", "Mudan mas lumah ka tina."),
                        ],
                    }
                ],
                0,
                2,
            ),
            (
                [
                    advice(
                        "Tina Savi",
                        "Uvaz tu mudan Taipei",
                        ["Tina Savi Ispalidav", "Savi Ispalidav"],
                        [
                            "Mihumisang, Tina Savi. Mudan Taipei a uvaz tu dusa, maqtu tu tasa tu buan. Na minsuma sia asang mais Malahtangia?",
                            "Maqa a na sia tama? Uninang.",
                        ],
                        "Tama Alang (Yanping)",
                        "Reply:",
                        [
                            "Mihumisang, Tama Alang. Masihal a uvaz su sia Taipei. Pakadaidaz su mas uvaz mais hanian tu pat.",
                            "Mais Malahtangia, tupa su: “Minsuma, uvaz. Maun ta mas maduq.”",
                            "Minsuma a uvaz su. Uninang.",
                        ],
                    )
                    | {"ncol": 2}
                ],
                2,
                2,
            ),
        ],
    ],
}
check_puzzle(BUNUN_SCAN["rows"][0][1][0][0], ("Across", "Down"), P5_LASTWEEK, numeric=True)

PAGES = [XIUXIAN, FUKAN, FUKAN_SCAN, ATAYAL, BUNUN_SCAN]
