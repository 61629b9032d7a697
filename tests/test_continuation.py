"""A story continued on another page of its issue is one article: in search, in show, in JSON.

The pages are written as papers print them: a Chinese front page sending its lead story on
with "（下转第3版）" and page 3 taking it up after "（上接第1版）"; an English A1 sending two
stories to A6 by keyword ("See BRIDGES, Page A6" … "BRIDGES, from Page A1"), printed there in
the other order.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest
from conftest import cli_path
from typer.testing import CliRunner

from paperarchive.api import Archive
from paperarchive.cli import app
from paperarchive.continuation import Half, links

runner = CliRunner()

CN_PAGE_1 = """南浦日报
2025年11月10日 星期一 第1版

港区集装箱吞吐量创新高
本报讯（记者 周明远）11月9日，南浦港集团发布数据，前10个月港区集装
箱吞吐量达到412万标箱，同比增长8.6%。集团负责人介绍，今年新开通的
三条外贸航线带来了大量货源，冷链、汽车滚装等新业务也成为新的增长点。
港区还将继续扩建码头，新建的两个深水泊位预计明年投入使用，让更多的外贸企
（下转第3版）

市民公园北门改造完工
本报讯（记者 李晓雯）经过四个月的施工，市民公园北门改造工程日前完工。
新建的入口广场增加了无障碍坡道和休息座椅，周边三条公交线路的站点也作了调整。
"""

CN_PAGE_3 = """南浦日报
2025年11月10日 星期一 第3版 要闻

（上接第1版）
业享受到便利。集团还将在南浦综合保税区建设集装箱智慧堆场，通过自动化
设备提升装卸效率，预计明年全年吞吐量将突破500万标箱。

图书馆延长周末开放时间
本报讯（记者 陈思）从本周六起，市图书馆周末开放时间延长至晚上九点，
自习区和少儿阅览区同步延长开放。
"""

# The next day's page 3 also takes up a story from page 1: of its own issue, never of this one.
CN_NEXT_DAY_PAGE_3 = """南浦日报
2025年11月11日 星期二 第3版 要闻

（上接第1版）
冷库二期工程也将同步开工，建成后港区冷链仓储能力将翻一番。
"""

EN_PAGE_A1 = """THE COUNTY COURIER          Thursday, March 14, 2024          PAGE A1

County Weighs $4 Million
Plan to Repair Old Bridges
By JANE DOE
Staff Writer
MILLBROOK — County commissioners on Tuesday heard a plan to repair
seven aging bridges over the next three years, a project engineers
said would cost about $4 million and close some roads for months.
The worst of them, the Mill Creek bridge on Route 9, has been limited
to vehicles under ten tons since an inspection last spring found
corrosion in its steel beams.
See BRIDGES, Page A6

Board Delays Vote on
Later School Start Times
By MARK LEE
Staff Writer
The Millbrook school board on Monday put off a vote on moving the
high school's first bell to 8:30 a.m., after parents asked how bus
routes and after-school jobs would be affected.
See SCHOOLS, Page A6
"""

EN_PAGE_A6 = """THE COUNTY COURIER          Thursday, March 14, 2024          PAGE A6

Parents Ask About Buses, Jobs
SCHOOLS, from Page A1
Superintendent Carla Reyes said the district would survey families
over the spring and bring a revised plan to the board in May.

County Seeks State Grant for Bridge Work
BRIDGES, from Page A1
Commissioners did not vote on the plan. Chairman Tom Hale said the
county would apply for a state grant that could cover half the cost,
and that detours would be posted weeks before any closure.

Library Sale Raises $2,300
By ANN WU
Staff Writer
The Friends of the Millbrook Library raised $2,300 at its winter book
sale, the group said Wednesday.
"""


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def pages(tmp_path) -> dict[str, Path]:
    root = tmp_path / "archive"
    return {
        "cn1": write(root, "nanpu-ribao/2025-11-10/1.txt", CN_PAGE_1),
        "cn3": write(root, "nanpu-ribao/2025-11-10/3.txt", CN_PAGE_3),
        "en1": write(root, "county-courier/2024-03-14/A1.txt", EN_PAGE_A1),
        "en6": write(root, "county-courier/2024-03-14/A6.txt", EN_PAGE_A6),
    }


def only_hit(archive: Archive, query: str):
    results = archive.search(query)
    assert results.total == 1 and len(results.hits) == 1, [(h.id, h.stored.page) for h in results.hits]
    return results.hits[0]


@pytest.mark.parametrize("order", [("cn1", "cn3"), ("cn3", "cn1")])
def test_a_chinese_story_ingested_page_by_page_is_one_hit_naming_both_pages(tmp_path, pages, order):
    archive = Archive(tmp_path / "ix")
    first = archive.ingest([pages[order[0]]])
    assert first.complete
    # Alone, the half is a normal article that says where it goes on or comes from.
    alone = only_hit(archive, "吞吐量")
    assert alone.stored.pages == (alone.stored.page,) and not alone.stored.parts
    archive.close()
    archive.ingest([pages[order[1]]])

    for term, matched_page, snippet in (("周明远", "1", "412万标箱"), ("智慧堆场", "3", "智慧堆场")):
        hit = only_hit(archive, term)
        assert hit.stored.pages == ("1", "3")
        assert hit.stored.story_title == "港区集装箱吞吐量创新高"
        assert hit.stored.page == matched_page  # the half that matched gives the snippet
        assert snippet in "".join(f.text for f in hit.snippets)
    # A term printed in both halves: still one hit, one story.
    both = only_hit(archive, "吞吐量")
    assert [p.page for p in both.stored.parts] == ["1", "3"]
    story = archive.show(both.stored.parts[1].id)  # either half's id shows the whole story
    assert [p.page for p in story.parts] == ["1", "3"]
    assert story.parts[0].article.paragraphs[-1].endswith("让更多的外贸企")
    assert story.parts[1].article.paragraphs[0].startswith("业享受到便利")
    archive.close()


# A Hong Kong paper's "see the rest on A4"; a Taiwan paper's 接 (on to) and 承 (back from).
@pytest.mark.parametrize(("jump_on", "jump_from"), [("（下转A4版）", "（上接A1版）"), ("（續見A4）", "（上接A1版）"), ("（接A4版）", "（承A1版）")])
def test_lettered_chinese_pages_join_too(tmp_path, jump_on, jump_from):
    root = tmp_path / "archive"
    write(root, "nanpu-ribao/2025-11-10/A1.txt", CN_PAGE_1.replace("第1版", "A1版").replace("（下转第3版）", jump_on))
    write(root, "nanpu-ribao/2025-11-10/A4.txt", CN_PAGE_3.replace("第3版", "A4版").replace("（上接第1版）", jump_from))
    archive = Archive(tmp_path / "ix")
    archive.ingest([root])
    assert only_hit(archive, "智慧堆场").stored.pages == ("A1", "A4")
    archive.close()


def test_a_story_jumping_twice_is_read_through_three_pages(tmp_path):
    root = tmp_path / "archive" / "nanpu-ribao" / "2025-11-10"
    write(root, "1.txt", CN_PAGE_1)
    middle = CN_PAGE_3.replace("预计明年全年吞吐量将突破500万标箱。", "预计明年全年吞吐量将突破500万标箱。冷链码头的\n（下转第7版）")
    write(root, "3.txt", middle)
    write(root, "7.txt", "南浦日报\n2025年11月10日 星期一 第7版\n\n（上接第3版）\n建设也在加快，二期工程计划明年三月开工。\n")
    archive = Archive(tmp_path / "ix")
    archive.ingest([root])
    hit = only_hit(archive, "二期工程")
    assert hit.stored.pages == ("1", "3", "7") and hit.stored.page == "7"
    story = archive.show(hit.stored.parts[0].id)
    assert [p.article.paragraphs[0][:4] for p in story.parts] == ["本报讯（", "业享受到", "建设也在"]
    archive.close()


def test_english_jumps_are_matched_by_their_keyword(tmp_path, pages):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages["en6"]])
    archive.ingest([pages["en1"]])
    bridges = only_hit(archive, "detours")
    assert bridges.stored.pages == ("A1", "A6")
    assert bridges.stored.story_title == "County Weighs $4 Million Plan to Repair Old Bridges"
    assert "Mill Creek bridge" in bridges.stored.parts[0].article.paragraphs[0]
    schools = only_hit(archive, "Superintendent")
    assert schools.stored.story_title == "Board Delays Vote on Later School Start Times"
    assert schools.stored.pages == ("A1", "A6")
    assert "first bell" in schools.stored.parts[0].article.paragraphs[0]
    library = only_hit(archive, "Library")
    assert not library.stored.parts  # a story printed whole on A6 joins nothing
    archive.close()


def test_the_cli_prints_one_hit_and_the_whole_story(tmp_path, pages):
    index = str(tmp_path / "ix")
    assert runner.invoke(app, ["--index", index, "ingest", str(pages["cn3"])]).exit_code == 0
    assert runner.invoke(app, ["--index", index, "ingest", str(pages["cn1"])]).exit_code == 0
    plain = runner.invoke(app, ["--index", index, "search", "智慧堆场"])
    assert plain.exit_code == 0
    [line] = plain.output.splitlines()
    article_id, date, paper, page, title, snippet = line.split("\t")
    assert (date, paper, page, title) == ("2025-11-10", "nanpu-ribao", "1 → 3", "港区集装箱吞吐量创新高")
    assert "智慧堆场" in snippet

    found = runner.invoke(app, ["--index", index, "search", "吞吐量", "--json"])
    [hit] = [json.loads(line) for line in found.output.splitlines()]
    assert hit["pages"] == ["1", "3"] and [p["page"] for p in hit["parts"]] == ["1", "3"]
    assert hit["parts"][1]["path"].endswith("nanpu-ribao/2025-11-10/3.txt")

    shown = runner.invoke(app, ["--index", index, "show", article_id, "--no-pager"]).output
    assert "nanpu-ribao · 2025-11-10 · p.1 → p.3" in shown.splitlines()[0]
    first, second = shown.index("part 1 of 2: p.1"), shown.index("part 2 of 2: p.3")
    assert first < shown.index("让更多的外贸企") < second < shown.index("业享受到便利")
    files = runner.invoke(app, ["--index", index, "search", "智慧堆场", "--paths"]).output.splitlines()
    assert files == [str(pages["cn1"].resolve()), str(pages["cn3"].resolve())]
    assert runner.invoke(app, ["--index", index, "search", "吞吐量", "--count"]).output == "1\n"
    as_json = json.loads(runner.invoke(app, ["--index", index, "show", article_id, "--json"]).output)
    assert as_json["pages"] == ["1", "3"] and as_json["parts"][1]["paragraphs"][0].startswith("业享受到便利")


def test_the_installed_command_joins_pages_ingested_together(tmp_path, pages, env):
    index = str(tmp_path / "ix")
    cli = cli_path()
    subprocess.run([cli, "--index", index, "ingest", str(pages["en1"].parent), "-q"], env=env, check=True)
    out = subprocess.run([cli, "--index", index, "search", "Hale"], env=env, capture_output=True, text=True, check=True)
    [line] = out.stdout.splitlines()
    assert line.split("\t")[3] == "A1 → A6"
    ids = subprocess.run([cli, "--index", index, "show", "-"], input=out.stdout, env=env, capture_output=True, text=True, check=True)
    assert ids.stdout.index("Mill Creek bridge") < ids.stdout.index("Chairman Tom Hale")


def test_a_half_without_its_partner_says_where_it_continues(tmp_path, pages):
    index = str(tmp_path / "ix")
    runner.invoke(app, ["--index", index, "ingest", str(pages["cn1"])])
    found = json.loads(runner.invoke(app, ["--index", index, "search", "周明远", "--json"]).output)
    assert (found["pages"], found["parts"], found["continues"]) == (["1"], [], "3")
    shown = runner.invoke(app, ["--index", index, "show", found["id"], "--no-pager"]).output
    assert shown.rstrip().endswith("(continued on p.3)")


def test_pruning_or_changing_a_page_unjoins_cleanly(tmp_path, pages):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages["cn1"].parent])
    assert only_hit(archive, "周明远").stored.pages == ("1", "3")
    archive.close()

    # Page 3 read again with another story in the continuation's place: the join goes.
    pages["cn3"].write_text(CN_PAGE_3.replace("（上接第1版）\n", ""), encoding="utf-8")
    archive.ingest([pages["cn3"]])
    assert only_hit(archive, "周明远").stored.pages == ("1",)
    archive.close()
    pages["cn3"].write_text(CN_PAGE_3, encoding="utf-8")
    archive.ingest([pages["cn3"]])
    assert only_hit(archive, "周明远").stored.pages == ("1", "3")
    archive.close()

    pages["cn3"].unlink()
    assert archive.prune(force=True).pages == 1
    hit = only_hit(archive, "吞吐量")
    assert (hit.stored.pages, hit.stored.parts, hit.stored.article.continues) == (("1",), (), "3")
    with sqlite3.connect(tmp_path / "ix" / "catalog.sqlite") as db:
        assert db.execute("SELECT count(*) FROM continuations").fetchone() == (0,)
    assert archive.check().ok
    archive.close()


def test_never_joined_across_issues(tmp_path, pages):
    write(tmp_path / "archive", "nanpu-ribao/2025-11-11/3.txt", CN_NEXT_DAY_PAGE_3)
    archive = Archive(tmp_path / "ix")
    archive.ingest([tmp_path / "archive" / "nanpu-ribao"])
    assert only_hit(archive, "冷库二期").stored.pages == ("3",)
    assert only_hit(archive, "周明远").stored.pages == ("1", "3")
    archive.close()


def test_a_story_counts_once_in_totals_and_pages_of_hits(tmp_path, pages):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages["cn1"].parent])
    # 本报讯 opens three stories, in four articles: the port story's halves count once.
    everything = archive.search("本报讯", limit=None)
    assert everything.total == 3 and len(everything.hits) == 3
    first, rest = archive.search("本报讯", limit=1), archive.search("本报讯", limit=2, offset=1)
    assert first.total == 3 and first.cut
    assert [h.id for h in first.hits + rest.hits] == [h.id for h in everything.hits]
    assert archive.search("吞吐量", limit=1).total == 1
    archive.close()


def test_a_catalog_from_before_joins_gets_them_at_its_next_ingest(tmp_path, pages):
    index = tmp_path / "ix"
    archive = Archive(index)
    archive.ingest([pages["cn1"].parent])
    archive.close()
    with sqlite3.connect(index / "catalog.sqlite") as db:  # as a format 3 catalog was written before
        db.execute("DROP TABLE continuations")
        db.execute("DROP INDEX pages_by_issue")
    assert archive.check().ok
    assert only_hit(archive, "周明远").stored.pages == ("1",)  # read-only: no joins, no error
    archive.close()
    archive.ingest([pages["cn1"].parent])  # every file unchanged: the catalog is upgraded in place
    assert only_hit(archive, "周明远").stored.pages == ("1", "3")
    assert archive.check().ok
    archive.close()


def test_reindex_keeps_the_joins(tmp_path, pages):
    archive = Archive(tmp_path / "ix")
    archive.ingest([pages["en1"].parent])
    archive.reindex()
    assert only_hit(archive, "detours").stored.pages == ("A1", "A6")
    archive.close()


# A 1910 front page in a Chronicling America batch, its jump spelled out as papers then printed it.
HISTORIC_SEQ_1 = """TAFT TALKS OF
TARIFF AT ERIE
President Outlines Plans for the
Coming Session of Congress.
ERIE, Pa., Sept. 16.—President Taft
spoke to a crowd of several thousand
at the fair grounds this afternoon, and
was cheered when he said that the
tariff board would report to Congress
before the end of the year, so that
the revision of each schedule could be
taken up on the facts and not on
Continued on Page Three.
"""

HISTORIC_SEQ_3 = """TAFT TALKS OF TARIFF
Continued from First Page.
guesswork. He spoke for nearly an
hour and left for Buffalo at six o'clock.
COUNTY FAIR CLOSES.
The county fair closed last night
with the largest attendance in its
history, the directors said.
"""


def test_a_jump_spelled_out_on_an_old_page_joins_too(tmp_path):
    batch = tmp_path / "batch" / "sn85066387" / "1910-09-17" / "ed-1"
    write(batch, "seq-1/ocr.txt", HISTORIC_SEQ_1)
    write(batch, "seq-3/ocr.txt", HISTORIC_SEQ_3)
    archive = Archive(tmp_path / "ix")
    archive.ingest([tmp_path / "batch"])
    hit = only_hit(archive, "Buffalo")
    assert hit.stored.pages == ("1", "3") and hit.stored.story_title == "TAFT TALKS OF TARIFF AT ERIE"
    assert hit.stored.parts[0].article.paragraphs[-1].endswith("taken up on the facts and not on")
    archive.close()


def test_two_jumps_to_one_page_without_keyword_or_repeated_headline_stay_apart():
    sent = [Half("p1-01", "1", continues="3", title="港区集装箱吞吐量创新高"), Half("p1-02", "1", continues="3", title="市民公园北门改造完工")]
    taken_up = [Half("p3-01", "3", continued_from="1"), Half("p3-02", "3", continued_from="1")]
    assert links(sent + taken_up) == []
    # A continuation that repeats its headline (or most of it) says which it is; the other is then alone.
    taken_up[1] = Half("p3-02", "3", continued_from="1", title="港区吞吐量创新高")
    assert links(sent + taken_up) == [("p1-01", "p3-02"), ("p1-02", "p3-01")]


def test_keywords_decide_and_different_keywords_never_join():
    assert links([Half("a1-01", "A1", continues="A6", key="BRIDGES"), Half("a6-01", "A6", continued_from="A1", key="SCHOOLS")]) == []
    assert links([Half("a1-01", "A1", continues="A06", key="Bridges"), Half("a6-01", "A6", continued_from="a1", key="BRIDGES")]) == [
        ("a1-01", "a6-01")
    ]
    # The page the jump names must be the page the other half is on.
    assert links([Half("a1-01", "A1", continues="A7", key="BRIDGES"), Half("a6-01", "A6", continued_from="A1", key="BRIDGES")]) == []


FI_PAGE_1 = """JÄRVILAAKSON SANOMAT
Torstai 12. maaliskuuta 2026

Kunta korjaa vanhan sillan
ensi kesänä
Kunnanvaltuusto päätti maanantaina korjata Myllypuron vanhan sillan,
jonka kantavuutta on jouduttu rajoittamaan jo kahden vuoden ajan.
Korjaus maksaa noin 400 000 euroa, ja tie on suljettuna
Jatkuu sivulla 5

Koulun kirjasto avataan uudelleen
Yläkoulun kirjasto avataan remontin jälkeen ensi maanantaina.
"""

FI_PAGE_5 = """JÄRVILAAKSON SANOMAT
Torstai 12. maaliskuuta 2026

Jatkoa sivulta 1
kolme kuukautta. Kiertotie merkitään viikkoja ennen töiden alkua.
"""


@pytest.mark.parametrize(
    "on, back",
    [
        ("Jatkuu sivulla 5", "Jatkoa sivulta 1"),
        ("Suite en page 5", "Suite de la page 1"),
        ("Folytatás a 5. oldalon", "Folytatás az 1. oldalról"),
        ("Nastavak na 5. stranici", "Nastavak s 1. stranice"),  # the page's number before its word, as Hungarian sets it
        ("(Continúa en la pág. 5)", "(Viene de la página 1)"),
        ("Ikompli f'paġna 5", "Ikompli minn paġna 1"),  # Maltese
        ("Nukelta į 5 psl.", "Atkelta iš 1 psl."),  # Lithuanian
        ("Continuare în pagina 5", "Continuare din pagina 1"),  # Romanian
        ("Pokračovanie na str. 5", "Pokračovanie zo str. 1"),  # Slovak
        ("Järg lk 5", "Algus lk 1"),  # Estonian
        ("Nukelta į 5 p.", "Atkelta iš 1 p."),  # Lithuanian, the short form
        ("Turpinājums 5. lpp.", "Sākums 1. lpp."),  # Latvian
        ("Framhald á síðu 5", "Framhald av síðu 1"),  # Faroese
        ("Ardı 5-ci səhifədə", "Əvvəli 1-ci səhifədə"),  # Azerbaijani: the page an ordinal
        ("Devamı 5. sayfada", "Baştarafı 1. sayfada"),  # Turkish
    ],
)
def test_jump_lines_in_other_languages_join_the_halves(tmp_path, on, back):
    root = tmp_path / "archive" / "jarvilaakson-sanomat" / "2026-03-12"
    write(root, "1.txt", FI_PAGE_1.replace("Jatkuu sivulla 5", on))
    write(root, "5.txt", FI_PAGE_5.replace("Jatkoa sivulta 1", back))
    archive = Archive(tmp_path / "ix")
    archive.ingest([tmp_path / "archive"])
    hit = only_hit(archive, "Kiertotie")
    assert hit.stored.pages == ("1", "5")
    assert hit.stored.story_title == "Kunta korjaa vanhan sillan ensi kesänä"
    assert only_hit(archive, "Yläkoulun").stored.pages == ("1",)  # the next story is its own
    archive.close()
