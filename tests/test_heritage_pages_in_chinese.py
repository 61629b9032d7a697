"""Chinese heritage and overseas-Chinese pages in plain text (hard line breaks on every printed
line) with three shapes of matter the cleaner read wrongly:

- an association's notice of its officers, one row a line, the posts padded to the longest's
  width with narrow spaces ("副 会 长：…", "秘 书 长：…"): a row whose names run to the column's
  edge is still one row (before, the next officer's row was read as its last line);
- a from-our-files column whose items open on the year they ran in heavy brackets ("【1965年】"):
  one article under the column's head, each item a paragraph with its year (before, each year
  the title of an article of its own), the compiler's line under the head ("本报资料部　辑") its
  byline (before, its title, the head its kicker);
- an item's citation broken at a line end, "（见本报1965年6" / "月3日第2版）": the tail is the
  item's text (before, it read as a date and a page, the page's furniture, and was lost).

Pages written for the classes (papers, associations, people and events invented)."""

from paperarchive.api import clean_file

_NOTICE_PAGE = """\
岚江日报　　2027年6月8日　星期二
第5版　乡情　　责任编辑：梅　舟

岚江何氏同乡会举行换届大会
本报记者　汪　澄
　　前天下午，岚江何氏同乡会在县侨联礼堂举行
第八届会员大会，来自巴西、新西兰等地的乡亲和
本地会员二百多人参加，选出新一届理事会。
　　新任会长何文光说，同乡会今后要多办青少年
寻根夏令营，“让年轻人知道根在哪里。”
岚江何氏同乡会公告
　　本会第八届会员大会于2027年6月6日召开，
选举产生新一届理事会，名单如下：
会　　长：何文光（巴西）
副 会 长：何少琼（新西兰）、何景明（巴西）
秘 书 长：何丽珍
财　　务：何志诚
　　特此公告。

岚江日报社出版　　乡情部热线：0768-3312456
"""

_COLUMN_PAGE = """\
澜水晚报　2027年6月3日　星期四
第11版　往事　　责任编辑：柯　岩

老码头要变成城市客厅
本报记者　聂　远
　　澜水老码头改造工程昨天开工，停用多年的货运
码头将改建为滨江公园和航运博物馆，明年国庆前
对市民开放。
　　市住建局负责人介绍，码头上三座建于上世纪五
十年代的仓库将按原样保留，改作展厅。
往事回眸
本报资料部　辑

　　【1965年】本报消息：澜水港新建的第三号泊位
昨日启用，万吨货轮可以直接靠岸装卸。（见本报1965年6
月3日第2版）

　　【1988年】本报消息：澜水港客运站开通至海岛
的夜班客船，每晚一班，单程四个小时。（见本报1988年6月3日第1版）

　　【2006年】本报消息：澜水港货运业务全部迁往
新港区，老码头停止装卸作业。（见本报2006年6月3日第4版）

澜水晚报社出版　　新闻热线：0577-6630921
"""


def _clean(tmp_path, name, text, encoding):
    page = tmp_path / name
    page.write_bytes(text.encode(encoding))
    return clean_file(page).page.articles


def test_an_officers_row_running_to_the_column_edge_does_not_take_in_the_next_row(tmp_path):
    articles = _clean(tmp_path, "gonggao.txt", _NOTICE_PAGE.replace("\n", "\r\n"), "gbk")
    notice = next(a for a in articles if a.title == "岚江何氏同乡会公告")
    assert "副 会 长：何少琼（新西兰）、何景明（巴西）" in notice.paragraphs
    assert "秘 书 长：何丽珍" in notice.paragraphs
    assert "会　　长：何文光（巴西）" in notice.paragraphs


def test_a_from_our_files_column_is_one_article_its_items_opened_by_their_year(tmp_path):
    articles = _clean(tmp_path, "huimou.txt", _COLUMN_PAGE.replace("\n", "\r\n"), "utf-16")
    column = [a for a in articles if any("【1988年】" in p for p in a.paragraphs)]
    assert len(column) == 1
    assert [p[:7] for p in column[0].paragraphs] == ["【1965年】", "【1988年】", "【2006年】"]
    assert column[0].title == "往事回眸"


def test_a_compilers_line_under_the_columns_head_is_its_byline(tmp_path):
    articles = _clean(tmp_path, "huimou.txt", _COLUMN_PAGE, "utf-8")
    column = next(a for a in articles if any("【2006年】" in p for p in a.paragraphs))
    assert column.title == "往事回眸"
    assert column.byline is not None and column.byline.startswith("本报资料部")


def test_a_citations_tail_broken_at_a_line_end_stays_in_its_item(tmp_path):
    read = clean_file(_write(tmp_path, "huimou.txt", _COLUMN_PAGE, "gb18030"))
    assert any(p.endswith("（见本报1965年6月3日第2版）") for a in read.page.articles for p in a.paragraphs)
    assert not any("第2版）" in line for line in read.page.furniture)


def _write(tmp_path, name, text, encoding):
    page = tmp_path / name
    page.write_bytes(text.encode(encoding))
    return page
