"""casework/scrub.py: what a public answer must never show, and what it must keep to make sense."""

import pytest

from casework.scrub import scrub

IDENTITY = {"name": "Nguyễn Văn An", "phone": "+84902231089", "address": "Số 5 Lê Lợi, tổ dân phố 3"}


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Tôi là Nguyễn Văn An", "Nguyễn Văn An"),
        ("tôi tên nguyen van an, ở tổ 3", "nguyen van an"),  # the case's own name, unaccented
        ("gọi 0902.231.089 hoặc +84 902 231 089", "231"),
        ("số của bà Lan là 0912 345 678", "345"),  # someone else's phone
        ("ông Trần Văn B ở phòng một cửa", "Trần Văn B"),
        ("cảm ơn chị Bích", "Bích"),
        ("anh Phạm Quốc Hùng đã báo", "Hùng"),
        ("Lê Thị Mai, hàng xóm của tôi", "Lê Thị Mai"),  # a family name starts a name
        ("xe 15A-123.45 đỗ chắn lối", "123.45"),
        ("xe máy 29-B1 123.45", "123.45"),
        ("CCCD 031089001234 cấp ngày 01/01/2021", "031089001234"),
        ("CMND 031 089 001", "089 001"),
        ("hộ chiếu B1234567", "B1234567"),
        ("thư an.nguyen@gmail.com", "gmail"),
        ("nhà số 12 ngõ 5 Lạch Tray", "Lạch Tray"),
        ("ở số 5 Lê Lợi", "Lê Lợi"),
        ("ngách 34/5 bị ngập", "34/5"),
    ],
)
def test_personal_data_is_removed(text, gone):
    result = scrub(text, IDENTITY)
    assert gone not in result and "[đã ẩn]" in result


@pytest.mark.parametrize(
    "text",
    [
        "Cổng dịch vụ công không đăng nhập được",
        "Đề nghị mở lớp hướng dẫn dùng VNeID cho người cao tuổi",
        "Bị lừa mất 200.000.000 đồng qua mạng",  # an amount, not an ID
        "Phiếu trả hồ sơ số 12/PTH ngày 10/11/2026",  # a document number and a date
        "Sở Khoa học và Công nghệ Hải Phòng, Hà Nội",
        "Anh/chị vui lòng chờ kết quả.",  # the ward's polite form, no name
    ],
)
def test_what_is_not_personal_is_kept(text):
    assert scrub(text) == text


def test_adjacent_gaps_read_as_one():
    assert scrub("tôi là Nguyễn Văn An 0902 231 089", IDENTITY) == "tôi là [đã ẩn]"
