"""The English text table (bot/texts_en.py) matches the Vietnamese one (bot/texts.py).

Every citizen-facing constant of bot/texts.py, and the citizen-facing names and notices of
casework/texts.py, has an English twin: same dict keys, same {placeholder} names in each string,
quick-reply titles within Meta's 20 characters, and no Vietnamese letters left untranslated.
"""

import ast
import string

import pytest

import bot.texts
import bot.texts_en
import casework.deadlines
import casework.new_case
import casework.texts
import casework.texts_en

CASEWORK_CITIZEN = (
    "CATEGORY_NAMES",
    "CATEGORY_NOUNS",
    "FIELD_NAMES",
    "STATUS_NAMES",
    "RATING_NAMES",
    "CHANNEL_NAMES",
    "STATUS_NOTICE",
    "NOTICE_TAIL",
)


def _vietnamese_table():
    table = {
        name: value for name, value in vars(bot.texts).items() if name.isupper() and isinstance(value, (str, dict))
    }
    table.update({name: getattr(casework.texts, name) for name in CASEWORK_CITIZEN})
    return table


VI = _vietnamese_table()


def _strings(value, where):
    """(where, string) for a string, or for each string of a (nested) dict."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{where}[{key!r}]")


def _placeholders(text):
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _english(name):
    assert hasattr(bot.texts_en, name), f"bot/texts_en.py has no {name}"
    return getattr(bot.texts_en, name)


def test_the_vietnamese_table_is_found():
    assert {"TITLES", "ASK", "REASK", "WELCOME", "SUMMARY_LINES", "STATUS_NOTICE"} <= set(VI)


def _imports(module):
    with open(module.__file__, encoding="utf-8") as source:
        tree = ast.parse(source.read())
    return [node for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))]


def test_the_english_tables_are_pure_tables():
    # bot.texts_en imports only casework.texts_en (the English the casework sends), which imports
    # nothing: neither can ever sit in an import circle.
    assert [node.module for node in _imports(bot.texts_en)] == ["casework.texts_en"]
    assert not _imports(casework.texts_en)


@pytest.mark.parametrize("name", sorted(VI))
def test_every_constant_has_english_with_the_same_shape(name):
    vi, en = VI[name], _english(name)
    assert type(en) is type(vi), name
    if isinstance(vi, dict):
        assert set(en) == set(vi), f"{name}: keys differ"
    vi_strings, en_strings = dict(_strings(vi, name)), dict(_strings(en, name))
    assert set(en_strings) == set(vi_strings), f"{name}: nested keys differ"
    for where, text in vi_strings.items():
        assert isinstance(en_strings[where], str), where
        assert _placeholders(en_strings[where]) == _placeholders(text), where


@pytest.mark.parametrize("payload", sorted(bot.texts.TITLES))
def test_titles_fit_a_quick_reply(payload):
    title = bot.texts_en.TITLES[payload]
    assert 1 <= len(title) <= 20, (payload, title)


@pytest.mark.parametrize("name", sorted(VI))
def test_no_vietnamese_letters_are_left(name):
    # English needs no accented letter at all; any non-ASCII letter is Vietnamese left untranslated.
    for where, text in _strings(_english(name), name):
        leftover = sorted({ch for ch in text if ch.isalpha() and not ch.isascii()})
        assert not leftover, (where, leftover)


def test_english_strings_are_not_empty():
    for name in VI:
        for where, text in _strings(_english(name), name):
            assert text.strip(), where


# Notices the casework sends the citizen from its own modules, and their English twins.
CASEWORK_NOTICES = {
    "ACCEPTED_TEXT": casework.deadlines.ACCEPTED_TEXT,
    "EXTENDED_TEXT": casework.deadlines.EXTENDED_TEXT,
    "HELD_NOTE": casework.new_case.HELD_NOTE,
    "URGENT_NOTE": casework.new_case.URGENT_NOTE,
    "HANDOFF_CASE_OPENED": casework.texts.HANDOFF_CASE_OPENED,
}


@pytest.mark.parametrize("name", sorted(CASEWORK_NOTICES))
def test_every_casework_notice_has_english_with_the_same_placeholders(name):
    english = getattr(casework.texts_en, name)
    assert _placeholders(english) == _placeholders(CASEWORK_NOTICES[name])
    assert not [ch for ch in english if ch.isalpha() and not ch.isascii()]
