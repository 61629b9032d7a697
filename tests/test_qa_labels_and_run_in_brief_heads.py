"""A school page's pieces read as something else: an interview's one-letter run-in labels
(`T:`/`J:`, Indonesian tanya/jawab) read as briefs' heads; a brief whose run-in head names a
notice's kind ("招聘") read as a paid notice. Pages written for the conventions."""

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

