"""What a message carries besides its text, in the shapes Meta has sent over the years."""

import pytest

from bot import texts
from handlers.shared_content import file_attachments, is_sticker, reaction_text, shared_text


def message(*attachments, text=None, **extra):
    return {"mid": "m_1", **({"text": text} if text else {}), "attachments": list(attachments), **extra}


@pytest.mark.parametrize(
    "link, text, expected",
    [
        (
            {"type": "fallback", "payload": None, "title": "Bài viết", "URL": "https://example.vn/a"},
            "",
            "Bài viết (https://example.vn/a)",
        ),
        (
            {"type": "fallback", "payload": {"url": "https://example.vn/a", "title": "Bài viết"}},
            "",
            "Bài viết (https://example.vn/a)",
        ),
        (
            {"type": "fallback", "payload": None, "title": "Bài viết", "URL": "https://example.vn/a"},
            "https://example.vn/a",
            "https://example.vn/a\nBài viết",
        ),  # pasted: the url once, its title added
        (
            {"type": "fallback", "payload": None, "URL": "https://example.vn/a"},
            "https://example.vn/a",
            "https://example.vn/a",
        ),
        ({"type": "fallback", "payload": None, "title": "Chỉ có tiêu đề"}, "", "Chỉ có tiêu đề"),
    ],
)
def test_a_shared_link_becomes_text(link, text, expected):
    assert shared_text(message(link, text=text), text) == expected
    assert file_attachments(message(link, text=text)) == []


@pytest.mark.parametrize(
    "coordinates",
    [
        {"lat": 91, "long": 0},
        {"lat": "20.8", "long": 106.6},
        {"lat": float("nan"), "long": 1},
        {"lat": True, "long": 1},
        {},
    ],
)
def test_a_location_without_sound_coordinates_adds_nothing(coordinates):
    item = {"type": "location", "payload": {"coordinates": coordinates}}
    assert shared_text(message(item), "") == ""


def test_a_location_becomes_coordinates_and_a_map_link():
    item = {"type": "location", "payload": {"coordinates": {"lat": 20.85, "long": 106.7}}}
    assert shared_text(message(item), "") == texts.SHARED_LOCATION.format(
        lat="20.85", long="106.7", map_url=texts.MAP_URL.format(lat="20.85", long="106.7")
    )


@pytest.mark.parametrize("sticker_id", [369239263222822, 369239343222814, 369239383222810])
def test_every_size_of_like_is_a_like_never_a_file(sticker_id):
    like = message(
        {"type": "image", "payload": {"url": "https://cdn.fbsbx.com/l.png", "sticker_id": sticker_id}},
        sticker_id=sticker_id,
    )
    assert is_sticker(like) and file_attachments(like) == [] and reaction_text(like) == texts.LIKE_SHOWN


def test_another_sticker_is_a_sticker():
    sticker = message(
        {"type": "image", "payload": {"url": "https://cdn.fbsbx.com/s.png", "sticker_id": 1}}, sticker_id=1
    )
    assert reaction_text(sticker) == texts.STICKER_SHOWN and file_attachments(sticker) == []


def test_files_are_kept_and_odd_items_ignored():
    items = [
        {"type": "image", "payload": {"url": "https://cdn.fbsbx.com/a.jpg"}},
        "junk",
        {"type": "file", "payload": {"url": ""}},
        {"type": "video", "payload": None},
        {"type": "audio", "payload": {"url": "https://cdn.fbsbx.com/b.mp4"}},
    ]
    assert file_attachments(message(*items)) == [
        {"type": "image", "url": "https://cdn.fbsbx.com/a.jpg"},
        {"type": "audio", "url": "https://cdn.fbsbx.com/b.mp4"},
    ]


@pytest.mark.parametrize("sticker_id", [{"id": 1}, [369239263222822], "369239263222822", True, None])
def test_a_sticker_id_of_the_wrong_type_is_a_sticker_not_a_crash(sticker_id):
    """Found by the hypothesis test of hostile input: a dict in `sticker_id` failed the worker."""
    message = {"sticker_id": sticker_id, "attachments": [{"type": "image", "payload": {"sticker_id": sticker_id}}]}
    assert reaction_text(message) == texts.STICKER_SHOWN
