"""Folding: commands and searches match however Vietnamese was typed."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.folding import clean_text, fold, fold_command


@pytest.mark.parametrize(
    "typed, folded",
    [
        ("Đường", "duong"),
        ("nước", "nuoc"),
        ("hòa", "hoa"),
        ("hoà", "hoa"),
        ("HỦY", "huy"),
        (unicodedata.normalize("NFD", "Khiếu nại"), "khieu nai"),
        ("  Tố   cáo ", "to cao"),
        ("đĐ", "dd"),
    ],
)
def test_fold_examples(typed, folded):
    assert fold(typed) == folded


@given(st.text())
def test_fold_is_idempotent_and_ignores_normal_form(text):
    assert fold(fold(text)) == fold(text)
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


@given(st.text())
def test_folded_text_has_no_combining_marks_and_no_d_stroke(text):
    folded = fold(text)
    assert "đ" not in folded and "Đ" not in folded
    assert not any(unicodedata.combining(c) for c in folded)


def test_fold_command_drops_punctuation():
    assert fold_command("Hủy!") == fold_command("huy") == "huy"


@given(st.text())
def test_clean_text_removes_control_characters_but_keeps_lines(text):
    cleaned = clean_text(text)
    assert "\x00" not in cleaned
    assert all(c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cs") for c in cleaned)
