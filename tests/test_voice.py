"""The bot's sentences said to each citizen (core/voice.py), and the two conventions that make every
sentence of the texts sayable so: the citizen is "anh/chị", the assistant "Trợ lý" at a sentence's
start. A sentence that broke them would be said to a grandmother as to anyone."""

import re

import pytest

import bot.rights_texts
import bot.texts
import casework.deadlines
import casework.new_case
import casework.texts
from core.voice import speak

VOICE = {"you": "bà", "me": "cháu"}


def test_a_sentence_is_said_to_a_grandmother_as_she_names_herself():
    said = speak(bot.texts.CONFIRM_FACT["name"], VOICE).format(value="Trần Thị Lan")
    assert said == "Dạ, cháu ghi họ tên là Trần Thị Lan, đúng không ạ?"
    said = speak(bot.texts.HANDOFF_OPENED, VOICE)
    assert said.startswith("Dạ, cháu đã báo cán bộ trực. Cán bộ sẽ trả lời bà ngay tại đây. Bà cứ nhắn")
    assert "Cháu sẽ không tự trả lời" in said and "quay lại trợ lý" in said  # the assistant named, not spoken as


@pytest.mark.parametrize(
    ("name", "language", "said"),
    [
        ("Ông Nguyễn Anh Tuấn", "en", "Mr Nguyễn Anh Tuấn"),
        ("Bà Lê Thị Hoa", "en", "Ms Lê Thị Hoa"),
        ("Ông Nguyễn Anh Tuấn", "vi", "Ông Nguyễn Anh Tuấn"),
        ("Ông Nguyễn Anh Tuấn", None, "Ông Nguyễn Anh Tuấn"),
        ("Nguyễn Anh Tuấn", "en", "Nguyễn Anh Tuấn"),
        ("Ông", "en", "Ông"),  # a title with no name is left as typed
    ],
)
def test_an_officers_title_in_english(name, language, said):
    from core.voice import person_named

    assert person_named(name, language) == said


def test_nothing_told_keeps_the_neutral_words_and_english_is_untouched():
    assert speak(bot.texts.HANDOFF_OPENED, {}) == bot.texts.HANDOFF_OPENED
    assert speak("Dạ, xin chào anh/chị", {"you": "em"}) == "Dạ, xin chào em"
    assert speak("Please tell us what happened.", VOICE) == "Please tell us what happened."
    assert speak("Xin chào anh/chị", {"you": "bệ hạ"}) == "Xin chào anh/chị"  # only the words of the table


def _vietnamese_sentences():
    for module in (bot.texts, bot.rights_texts, casework.texts):
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("_"):
                yield from _strings(f"{module.__name__}.{name}", value)
    yield "casework.deadlines.ACCEPTED_TEXT", casework.deadlines.ACCEPTED_TEXT
    yield "casework.new_case.URGENT_NOTE", casework.new_case.URGENT_NOTE


def _strings(where, value):
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(f"{where}[{key!r}]", item)


# "trợ lý" that names the assistant rather than speaking as it: "trợ lý tự động", "quay lại trợ lý".
_NAMED = re.compile(r"trợ lý tự động|(?:lại|với|gặp) trợ lý")


@pytest.mark.parametrize("where, sentence", list(_vietnamese_sentences()))
def test_the_assistant_speaks_of_itself_only_where_the_voice_can_say_cháu(where, sentence):
    spoken = speak(sentence, VOICE)
    left = _NAMED.sub("", spoken)
    assert "Trợ lý" not in left and "trợ lý" not in left, where


@pytest.mark.parametrize("where, sentence", list(_vietnamese_sentences()))
def test_the_citizen_is_anh_chi_with_the_slash(where, sentence):
    # "anh chị", "Anh, chị" or "bạn" would not be re-addressed to "bà".
    assert not re.search(r"\b[Aa]nh,? chị\b|\bbạn\b", sentence), where


@pytest.mark.parametrize("where, sentence", list(_vietnamese_sentences()))
def test_at_most_one_emoji(where, sentence):
    emoji = [ch for ch in sentence if ord(ch) >= 0x1F300 or 0x2600 <= ord(ch) <= 0x27BF]
    assert len(emoji) <= 1, where
