"""understanding.commands: commands inside a report are recognised, and answers are not taken for them."""

import pytest

from understanding.commands import correction, finishes


@pytest.mark.parametrize("text", ["xong rồi", "xong roi", "đủ rồi ạ", "hết", "Xong!", "dạ vậy thôi ạ", "done"])
def test_finishing_the_content(text):
    assert finishes(text)


@pytest.mark.parametrize(
    "text",
    [
        "hết tiền trong tài khoản sau khi cài app",
        "cán bộ làm xong rồi mới báo lỗi",
        "không",
        "",
        "đủ giấy tờ nhưng vẫn bị trả hồ sơ",
    ],
)
def test_an_answer_is_not_a_finish(text):
    assert not finishes(text)


@pytest.mark.parametrize(
    "text, step",
    [
        ("sửa số điện thoại", "phone"),
        ("sua sdt", "phone"),
        ("Đổi địa chỉ giúp em", "address"),
        ("sửa lại họ tên", "name"),
        ("tôi muốn sửa nội dung", "content"),
        ("sửa thời gian", "place_time"),
        ("đổi lĩnh vực", "field"),
        ("sửa phân loại", "category"),
        ("change my phone number", "phone"),
    ],
)
def test_a_correction_names_its_step(text, step):
    assert correction(text) == step


@pytest.mark.parametrize(
    "text",
    [
        "Số 5 Lê Lợi, tổ dân phố 3",
        "sửa",
        "cán bộ đổi địa chỉ trụ sở mà không báo trước nên tôi đến nhầm nơi hai lần",
        "0902 231 089",
    ],
)
def test_an_answer_is_not_a_correction(text):
    assert correction(text) is None
