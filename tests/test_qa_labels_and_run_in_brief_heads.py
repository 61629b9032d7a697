"""A school page's pieces read as something else: an interview's one-letter run-in labels
(`T:`/`J:`, Indonesian tanya/jawab) read as briefs' heads. Pages written for the conventions."""

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

