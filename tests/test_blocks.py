"""Lines into blocks: which printed lines are a table's rows, on short pages written for each case."""

from paperarchive.pipeline import clean_text


def test_a_standings_table_set_apart_under_a_results_block_keeps_a_row_a_paragraph():
    page = (
        "Ridge FC edge Dale Town, 2–1\n"
        "By Sam Hale\n\n"
        "HOLLOW – Ridge FC beat Dale Town by\n"
        "two goals to one on Sunday at the\n"
        "river ground, and they stay on top of\n"
        "the league with three rounds to play.\n\n"
        "The winner came from a corner ten\n"
        "minutes from the end of the match.\n"
        "Round 4 results\n\n"
        "Ridge      2–1  Dale\n"
        "Hollow     0–0  Brook\n"
        "Mill       3–2  Glen\n\n"
        "Table\n\n"
        "Team       W   L\n"
        "Ridge      6   2\n"
        "Brook      5   3\n"
        "Mill       4   4\n"
        "Dale       2   6\n\n"
        "Brook host the leaders\n"
        "on Saturday\n"
        "HOLLOW – Brook United meet Ridge FC\n"
        "on Saturday in the match that may\n"
        "decide the league this season.\n"
    )
    articles = {a.title: a for a in clean_text(page).articles}
    assert [" ".join(p.split()) for p in articles["Table"].paragraphs] == ["Team W L", "Ridge 6 2", "Brook 5 3", "Mill 4 4", "Dale 2 6"]
    assert articles["Brook host the leaders on Saturday"].kicker is None


def test_forecast_rows_ending_on_a_temperature_range_are_rows_where_the_column_was_not_measured():
    # a short page (its column not measured): the table glued under the story, a sun box under it
    page = clean_text(
        "江州晚报\n2041年12月3日　星期二　　第8版　天气\n\n"
        "冷空气南下\n明天全市降温6℃\n本报记者　何　岚\n\n"
        "　　受冷空气影响，明天我市气温将明显下\n降，城区最高气温由今天的16℃降到10℃。\n\n"
        "　　市气象台提醒市民及时添衣，注意防寒\n保暖，出门记得带伞。\n"
        "全市明日天气\n"
        "城区　多云转阴　4～10℃\n西湖镇　阴　2～9℃\n南山乡　小雨　-1～6℃\n\n"
        "日出日落\n日出　06:55　日落　17:02\n月出　11:20　月落　22:41\n\n"
        "江州晚报社　　热线：0000-1234567\n"
    )
    tables = [a for a in page.articles if a.title == "全市明日天气"]
    assert [a.paragraphs for a in tables] == [["城区　多云转阴　4～10℃", "西湖镇　阴　2～9℃", "南山乡　小雨　-1～6℃"]]
