"""A markets page's story under its kicker and a head printed over two lines that names a listed
firm ("… Ltd") and a day, capitalised: the kicker, the head its title, the story no paid notice. A page written for the
convention, not copied from any gold page."""

import textwrap

from conftest import farm_page_lead

from paperarchive.pipeline import clean_text

_TEXT = (
    "PORTSEA – Coastline Fisheries Ltd shares rose 0.12 on their first day of trading, to close at 1.46 after a busy morning.",
    "The company runs six boats out of the old harbour and a smokehouse on the quay, and sells most of its catch inland.",
    "Analyst Mary Dunn said the price reflected the firm's steady catch and its new cold store, but warned it was early days.",
)


def _page(kicker: str, width: int = 32) -> str:
    return (
        "HARBOUR TIMES · Wednesday 3.06.2026 · Page 7\nBusiness · Editor: Ann Ray\n\n"
        f"{kicker}\nCoastline Fisheries Ltd\nup on Harbour Day\nBy: Peter Vale\n\n"
        + "\n\n".join(textwrap.fill(p, width) for p in _TEXT)
        + "\n"
    )


def test_a_kicker_over_a_head_printed_over_two_lines_is_its_kicker():
    story = clean_text(_page("Markets")).articles[0]
    assert (story.kicker, story.title) == ("Markets", "Coastline Fisheries Ltd up on Harbour Day")


def test_a_head_naming_a_firm_over_its_byline_is_no_paid_notice():
    story = clean_text(_page("Market day")).articles[0]
    assert story.title is not None and story.title.endswith("Coastline Fisheries Ltd up on Harbour Day")
    assert story.paragraphs == list(_TEXT)


def test_a_chinese_columns_label_with_a_latin_abbreviation_in_it_is_its_kicker():
    # (glued under the rates box's source line, over the column's head and byline: "理财Q&A" is a
    # Chinese label, though Latin letters are half its letters)
    page = (
        farm_page_lead()
        + "\n今日金价\n"
        "品名　买入　卖出\n"
        "足金（元/克）　580.00　596.00\n"
        "白银（元/千克）　7300　7520\n"
        "铂金（元/克）　226.00　241.00\n"
        "数据来源：河湾银行\n"
        "理财Q&A\n"
        "退休金该不该买理财产品？\n"
        "理财顾问　宋晓川\n\n"
        "　　问：我今年刚退休，每月有四千元退休金，银行推荐\n"
        "我买理财产品，可以买吗？\n"
        "　　答：先留足一年的生活费，再考虑风险低的产品，不要\n"
        "把钱都放在一个篮子里。\n"
    )
    column = clean_text(page).articles[-1]
    assert (column.kicker, column.title, column.byline) == ("理财Q&A", "退休金该不该买理财产品？", "理财顾问\u3000宋晓川")


def test_a_latin_boxs_source_line_is_its_last_row_and_the_column_glued_under_it_is_apart():
    # (the source line names a body long enough to read as a head, and the tip column's name is
    # set solid under it)
    page = (
        _page("Markets", 42)
        + "\nFarm prices\n"
        + "Product                 Buying    Selling\n"
        + "Wheat (60 kg bag)       141,20     144,80\n"
        + "Maize (60 kg bag)        68,40      70,10\n"
        + "Calf (head)           2.450,00   2.520,00\n"
        + "Fonte: Cooperativa Agrícola do Vale Sul\n"
        + "Tips\n"
        + "Keep a year of savings aside\n"
        + "By: Rosa Lima\n\n"
        + textwrap.fill("Before you buy shares, keep a year of your household's spending in a savings account you can reach.", 42)
        + "\n"
    )
    *_, box, column = clean_text(page).articles
    assert box.title == "Farm prices" and box.paragraphs[-1] == "Fonte: Cooperativa Agrícola do Vale Sul"
    assert (column.kicker, column.title) == ("Tips", "Keep a year of savings aside")


def test_a_rates_box_under_a_header_set_close_and_closed_by_its_source_keeps_a_row_a_line():
    # (two column heads a single space apart; the tip column's name set solid under the source line)
    rows = (
        "Currency             Buying Selling",
        "US dollar             15.82   16.05",
        "Pound sterling        20.14   20.49",
        "Euro                  17.21   17.50",
        "Rand (100)            85.10   87.40",
        "Source: Harbour Forex Bureau",
    )
    page = (
        _page("Markets")
        + "\nExchange rates\n"
        + "\n".join(rows)
        + "\nMoney tips\nKeep a year of savings aside\nBy: Rosa Lima\n\n"
        + textwrap.fill("Before you buy shares, keep a year of your household's spending in a savings account you can reach.", 32)
        + "\n"
    )
    *_, box, column = clean_text(page).articles
    assert box.title == "Exchange rates" and [" ".join(p.split()) for p in box.paragraphs] == [" ".join(r.split()) for r in rows]
    assert (column.kicker, column.title) == ("Money tips", "Keep a year of savings aside")
