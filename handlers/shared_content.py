"""What a citizen's message carries besides its text: files, shared links, locations, likes.

Files are evidence to download. A shared link (Meta's `fallback` attachment) and
a location carry no file: their url, title and coordinates become text, so they
count as content and reach the officer (they used to be dropped). A
like or sticker is a reaction, never content or a file, even though Meta sends
its picture as an `image` attachment.
"""

import math

from bot import texts

FILE_TYPES = ("image", "video", "audio", "file")
# Meta's thumbs-up "like", in its three sizes (sent when the citizen taps the 👍 button).
LIKE_STICKER_IDS = {369239263222822, 369239343222814, 369239383222810}
MAX_SHARED = 500  # characters of one link's title or url kept


def is_sticker(message):
    return bool(message.get("sticker_id")) or any(a.get("type") == "sticker" for a in _items(message))


def reaction_text(message):
    """How the thread shows a like or a sticker."""
    ids = [message.get("sticker_id")] + [
        a["payload"].get("sticker_id") for a in _items(message) if isinstance(a.get("payload"), dict)
    ]
    # Only numbers can be Meta's like: a forged list or object in the field is just not one.
    is_like = any(isinstance(i, int) and not isinstance(i, bool) and i in LIKE_STICKER_IDS for i in ids)
    return texts.LIKE_SHOWN if is_like else texts.STICKER_SHOWN


def file_attachments(message):
    """[{type, url}] for the attachments that carry a file to download (none for a sticker)."""
    if is_sticker(message):
        return []
    found = []
    for item in _items(message):
        payload = item.get("payload") if isinstance(item.get("payload"), dict) else {}
        if item.get("type") in FILE_TYPES and isinstance(payload.get("url"), str) and payload["url"]:
            found.append({"type": item["type"], "url": payload["url"]})
    return found


def shared_text(message, text):
    """The message's text with its shared links and locations written out."""
    parts = [text] if text else []
    for item in _items(message):
        if item.get("type") == "fallback":
            parts.extend(_link(item, text))
        elif item.get("type") == "location":
            parts.extend(_location(item))
    return "\n".join(parts)


def placeholder_of(message):
    """What the thread shows for a message nothing could be read from (a location without
    coordinates, an attachment of a kind Meta added later)."""
    kinds = [a.get("type") for a in _items(message)]
    return "[vị trí]" if "location" in kinds else "[tệp]" if kinds else "[tin nhắn trống]"


def _link(item, text):
    """Meta documents `{"type": "fallback", "payload": null, "title", "URL"}`; newer deliveries put
    url and title in the payload."""
    payload = item.get("payload") if isinstance(item.get("payload"), dict) else {}
    url = _string(item.get("URL")) or _string(item.get("url")) or _string(payload.get("url"))
    title = _string(item.get("title")) or _string(payload.get("title"))
    if url and url in text:  # the citizen pasted the link: add its title only
        return [title] if title and title not in text else []
    if url and title:
        return [texts.SHARED_LINK.format(title=title, url=url)]
    return [url or title] if (url or title) else []


def _location(item):
    payload = item.get("payload") if isinstance(item.get("payload"), dict) else {}
    coordinates = payload.get("coordinates") if isinstance(payload.get("coordinates"), dict) else {}
    lat, long = _number(coordinates.get("lat"), 90), _number(coordinates.get("long"), 180)
    if lat is None or long is None:
        return []
    lat, long = f"{lat:.6f}".rstrip("0").rstrip("."), f"{long:.6f}".rstrip("0").rstrip(".")
    return [texts.SHARED_LOCATION.format(lat=lat, long=long, map_url=texts.MAP_URL.format(lat=lat, long=long))]


def _items(message):
    items = message.get("attachments")
    return [a for a in items if isinstance(a, dict)] if isinstance(items, list) else []


def _string(value):
    return value.strip()[:MAX_SHARED] if isinstance(value, str) else ""


def _number(value, bound):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return float(value) if math.isfinite(value) and -bound <= value <= bound else None
