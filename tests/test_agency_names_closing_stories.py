"""A news agency's name alone on the line under a story's text signs it as the story's source;
it heads nothing under it. Page written for this test (no gold page's text)."""

from paperarchive.pipeline import clean_text

VIETNAMESE_PAGE = """BÁO MIỀN SÔNG - Thứ Sáu, 5/3/2027 - Trang 4

Khánh thành trường mầm non xã Phú Lộc

Sáng 4/3, huyện đã khánh thành trường mầm non xã Phú Lộc
với 12 phòng học, một nhà bếp và một sân chơi rộng, đón
hơn 300 cháu từ tháng tới. Tổng vốn đầu tư cho công trình
là 18 tỷ đồng từ ngân sách tỉnh và huyện.

Trước đây, các cháu phải học nhờ trong nhà văn hóa thôn,
phòng học chật và thiếu ánh sáng. Phụ huynh trong xã rất
phấn khởi khi con em được học trong ngôi trường mới.

                                                   TTXVN

TIN NGẮN

Hội chợ nông sản - Hội chợ nông sản huyện sẽ mở cửa từ
ngày 10/3 tại sân vận động trung tâm, với hơn 80 gian
hàng của các hợp tác xã trong tỉnh.

Sửa đường liên thôn - Tuyến đường liên thôn dài 3 ki-lô-mét
đang được sửa chữa và sẽ xong trước mùa mưa, giúp người
dân đi lại thuận tiện hơn.
"""


def test_an_agency_name_set_under_a_story_is_its_source_not_a_head():
    story, *briefs = clean_text(VIETNAMESE_PAGE).articles
    assert (story.title, story.source) == ("Khánh thành trường mầm non xã Phú Lộc", "TTXVN")
    assert "TTXVN" not in [b.title for b in briefs]
    assert [b.title for b in briefs] == ["Hội chợ nông sản", "Sửa đường liên thôn"]
