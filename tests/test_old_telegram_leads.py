"""An old paper's telegram opens on its place, its day in Chinese numerals, maybe the hour, and
the paper's own wire ("漢口三日上午十時本社專電　", "長沙五日專電　"): a story's lead, so the short
line over it is that story's headline, not a subhead of the story above. A page written for the
rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18, indent="")


def test_each_telegram_under_its_head_is_a_story():
    page = (
        "要電\n\n"
        + "鄂省府決修武漢堤工\n"
        + wrap("漢口三日上午十時本社專電　鄂省府昨開會、議決撥款修築武漢沿江堤工、限明春汛前完竣、以防水患。")
        + "\n湘省今冬禁運穀米出境\n"
        + wrap("長沙五日專電　湘省今秋收成欠佳、省府令各縣今冬一律禁運穀米出境、違者充公。")
    )
    titles = [a.title for a in clean_text(page).articles]
    assert titles == ["鄂省府決修武漢堤工", "湘省今冬禁運穀米出境"]
