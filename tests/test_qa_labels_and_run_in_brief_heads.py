"""A school page's pieces read as something else: an interview's one-letter run-in labels
(`T:`/`J:`, Indonesian tanya/jawab) read as briefs' heads; a brief whose run-in head names a
notice's kind ("招聘") read as a paid notice; a Q&A's head set apart under a table's rows read as
the table's subhead; a kicker naming the results posted ("放榜") read as a title's first line.
Pages written for the conventions."""

from paperarchive.pipeline import clean_text

_QA_PAGE = (
    "Sekolah pelabuhan menerima murid baru\n"
    "\n"
    "  Sekolah baru di pelabuhan menerima murid\n"
    "pertama pada hari Senin, dan empat kelasnya\n"
    "sudah penuh untuk tahun ini.\n"
    "  Orang tua menunggu di gerbang sekolah\n"
    "untuk melihat daftar di papan pengumuman.\n"
    "\n"
    "Kata kepala sekolah\n"
    "  T: Berapa murid yang mendaftar tahun ini? J:\n"
    "Sekitar lima ratus, lebih banyak dari tahun\n"
    "lalu; kelas sudah penuh, jadi tidak semua\n"
    "bisa diterima.\n"
    "  T: Bagaimana murid yang tidak diterima? J:\n"
    "Mereka bisa mendaftar di sekolah kota, dan\n"
    "tidak ada biaya pendaftaran di sana.\n"
)


def test_one_letter_labels_of_a_qa_are_no_brief_heads():
    # (each question with its answer one paragraph, its labels kept, under the Q&A's head)
    qa = clean_text(_QA_PAGE).articles[-1]
    assert qa.title == "Kata kepala sekolah"
    assert qa.paragraphs == [
        "T: Berapa murid yang mendaftar tahun ini? J: Sekitar lima ratus, lebih banyak dari tahun lalu; kelas sudah penuh, jadi tidak semua bisa diterima.",
        "T: Bagaimana murid yang tidak diterima? J: Mereka bisa mendaftar di sekolah kota, dan tidak ada biaya pendaftaran di sana.",
    ]


_BRIEFS_PAGE = (
    "县一中新校区九月启用\n"
    "\n"
    "　　记者从县教育局获悉，县一中新校区建设已\n"
    "全部完工，九月起高一新生将在新校区上课。\n"
    "　　新校区占地一百二十亩，有教学楼三栋。\n"
    "\n"
    "校园简讯\n"
    "　　图书馆延时开放　县图书馆暑期每天延长\n"
    "开放两小时，方便学生借阅。\n"
    "\n"
    "　　校车增开班次　下学期起，城西小学校车\n"
    "每天增开两个班次。\n"
    "\n"
    "　　校医招聘　县里今年为山区小学招聘校医\n"
    "十二名，下月中旬面试。\n"
)


def test_a_brief_headed_by_a_notice_word_stays_a_brief():
    titles = [a.title for a in clean_text(_BRIEFS_PAGE).articles]
    assert titles[-3:] == ["图书馆延时开放", "校车增开班次", "校医招聘"]


_TABLE_PAGE = (
    "HARBOUR WEEKLY\n"
    "Friday, 10 July 2043 · Page 4 · Schools\n"
    "\n"
    "Harbour school opens its doors\n"
    "\n"
    "The new harbour school took its first\n"
    "pupils on Monday, and its three classes\n"
    "are already full for the coming year.\n"
    "\n"
    "Parents waited at the gate in the rain\n"
    "to see the lists on the notice board.\n"
    "Places at the harbour school\n"
    "Class        Pupils\n"
    "Class 7-A    30\n"
    "Class 7-B    28\n"
    "Total        58\n"
    "Source: District Schools Office\n"
    "\n"
    "Ask the head teacher\n"
    "\n"
    "Q: When do lessons begin? A: On the\n"
    "first Monday of August, at eight.\n"
    "\n"
    "Q: Is there a fee? A: No fee is asked\n"
    "of any pupil from the district.\n"
)


def test_a_short_line_set_apart_under_a_tables_rows_heads_the_next_piece():
    articles = clean_text(_TABLE_PAGE).articles
    assert [a.title for a in articles][-2:] == ["Places at the harbour school", "Ask the head teacher"]
    assert articles[-1].paragraphs[0] == "Q: When do lessons begin? A: On the first Monday of August, at eight."


_KICKER_PAGE = (
    "职校对口单招放榜\n"
    "两校录取新生六百余人\n"
    "本报记者　华晓岚\n"
    "\n"
    "　　本报讯　市内两所职业学校昨天公布对口单\n"
    "招录取结果，共录取新生六百名。\n"
)


def test_a_kicker_naming_the_results_posted_stays_over_its_title():
    story = clean_text(_KICKER_PAGE).articles[0]
    assert (story.kicker, story.title) == ("职校对口单招放榜", "两校录取新生六百余人")
