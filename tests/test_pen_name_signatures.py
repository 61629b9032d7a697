"""An old weekly's country correspondence and soldiers' letters, each signed with a pen name in
capitals flush under its text ("JOSIAH.", "VIGILANT."): the name is the letter's byline, not the
next story's headline. A page written for the convention, not copied from any gold page."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "COUNTRY CORRESPONDENCE.\n"
    "\n"
    "CEDAR BOTTOM.\n"
    "\n"
    "Dec. 2.--Wheat sowing is all done in this vicinity.\n"
    "Abe Lincoln Smith has moved onto the old Barker place.\n"
    "The singing school meets at the Cedar Bottom school house every\n"
    "Tuesday evening and is well attended by the young folks.\n"
    "OLD SUBSCRIBER.\n"
    "\n"
    "WILLOW SPRINGS.\n"
    "\n"
    "Dec. 1.--Mrs. Ann Tuttle is visiting her sister in Emporia.\n"
    "The new church is enclosed and the plastering will begin next week.\n"
    "Jim Harper lost a fine cow last week by eating too much green corn\n"
    "in the field south of the creek.\n"
    "PLOWBOY.\n"
    "\n"
    "COURT HOUSE NEWS.\n"
    "\n"
    "The district court will convene on Monday next, Judge Martin presiding.\n"
    "There are twenty-one cases on the docket, most of them civil suits\n"
    "about land titles and unpaid notes.\n"
)


def test_a_pen_name_flush_under_a_letter_signs_it_and_the_next_head_opens_the_next_letter():
    articles = clean_text(_PAGE).articles
    signed = {a.paragraphs[0][:6]: a.byline for a in articles if a.paragraphs[0].startswith("Dec.")}
    assert signed == {"Dec. 2": "OLD SUBSCRIBER.", "Dec. 1": "PLOWBOY."}
    assert "WILLOW SPRINGS." in [a.title for a in articles]
    assert "COURT HOUSE NEWS." in [a.title for a in articles]
    assert "PLOWBOY." not in [a.title for a in articles]


def test_a_head_in_capitals_set_apart_from_the_text_above_is_no_signature():
    page = _PAGE.replace("in the field south of the creek.\nPLOWBOY.\n", "in the field south of the creek.\n\nPLOWBOY.\n")
    articles = clean_text(page).articles
    # a head (or, over another head in capitals, a department's banner), never the letter's signer
    assert "PLOWBOY." not in [a.byline for a in articles]
    assert "PLOWBOY." in [a.title for a in articles] + [a.section for a in articles]


# A Chinese tabloid's column, paragraphs marked by the indent alone, its writer's pen name set solid
# under the last line, the paper's address under a blank line; and a story whose box follows flush.
_TABLOID = (
    "滬談\n"
    "茶樓閒話\n"
    "\u3000\u3000近來茶價又漲，老茶客一壺龍井要多付兩\n"
    "角，茶樓老闆也說進貨難。\n"
    "\u3000\u3000不過茶客照舊天天來坐，一壺茶，一張報，\n"
    "一坐就是半日。\n"
    "阿福\n"
    "\n"
    "社址：上海漢口路一二〇號　電話：九三一〇五\n"
)


def test_a_pen_name_set_solid_under_a_chinese_column_signs_it():
    column = clean_text(_TABLOID).articles[0]
    assert column.title == "茶樓閒話" and column.byline == "阿福"
    assert column.paragraphs[-1] == "不過茶客照舊天天來坐，一壺茶，一張報，一坐就是半日。"


def test_a_boxs_label_flush_under_the_text_is_no_pen_name():
    page = _TABLOID.replace("阿福\n\n", "链接\n\n茶樓的由來\n\u3000\u3000上海最早的茶樓開在城隍廟一帶。\n\n")
    column = clean_text(page).articles[0]
    assert column.byline is None
