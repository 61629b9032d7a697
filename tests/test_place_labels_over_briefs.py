"""A column of local briefs, each under its town in lenticular brackets ("【竹東】"), as Taiwan
地方版 pages print them: the town is each brief's kicker, the column's name each brief's
section, from the second brief on as on the first. A page written for the rule (not copied from
any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18)


def test_each_town_in_brackets_is_its_briefs_kicker_under_the_columns_name():
    page = (
        "北埔日報　桃竹苗綜合　B2\n\n"
        "客庄短波\n\n"
        "【竹東】\n"
        "老街燈籠節點燈\n"
        + wrap("【記者彭雅雯／竹東報導】竹東鎮公所在中正路老街掛上三百盞手繪燈籠，由鎮內國小學生彩繪，點燈儀式吸引上千名民眾參加。")
        + "【北埔】\n"
        "擂茶體驗營開放報名\n"
        + wrap("【記者古明達／北埔報導】北埔鄉農會開辦擂茶體驗營，每梯次二十人，學員可學習擂茶的由來與作法，結業時還能帶回自己擂的茶。")
        + "【關西】\n"
        "仙草產季提前登場\n"
        + wrap("【記者彭雅雯／關西報導】今年秋天雨量適中，關西仙草提早兩週收成，農會預估產量較去年增加一成，價格維持平穩。")
    )
    briefs = clean_text(page).articles
    assert [a.title for a in briefs] == ["老街燈籠節點燈", "擂茶體驗營開放報名", "仙草產季提前登場"]
    assert [a.kicker for a in briefs] == ["【竹東】", "【北埔】", "【關西】"]
    assert [a.section for a in briefs] == ["客庄短波"] * 3
