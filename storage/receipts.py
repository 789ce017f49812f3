"""Meta's and Zalo's delivery and read receipts, as the marks an officer sees on each answer.

A receipt does not name messages one by one: its watermark says that everything
the page sent this citizen up to that moment was delivered (or read). Receipts
are stored like every event (messenger/intake.py, their watermark as their time), so
the marks are read from them here rather than kept in a table of their own. Zalo's
`user_received_message` and `user_seen_message` name message ids, but Zalo sends them when the
chat shows or is opened, which covers everything the OA sent before: their time is their watermark.
"""

import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

_WATERMARKS = """
    SELECT max(CASE WHEN kind = 'delivery' AND typeof(json_extract(body, '$.delivery.watermark')) = 'integer'
                    THEN json_extract(body, '$.delivery.watermark')
                    WHEN kind = 'user_received_message' THEN timestamp END),
           max(CASE WHEN kind = 'read' AND typeof(json_extract(body, '$.read.watermark')) = 'integer'
                    THEN json_extract(body, '$.read.watermark')
                    WHEN kind = 'user_seen_message' THEN timestamp END)
    FROM inbound_events WHERE psid = ? AND kind IN ('delivery', 'read', 'user_received_message', 'user_seen_message')
      AND (? IS NULL OR page_id = ?)"""


def watermarks(db: Database, psid: str, page_id: str | None = None) -> tuple[int | None, int | None]:
    """(delivered_ms, read_ms) for what the page sent `psid`; a read message was delivered too."""
    delivered, read = db.execute(_WATERMARKS, [psid, page_id, page_id]).fetchone()
    return max(delivered or 0, read or 0) or None, read


def receipt_marks(db: Database, psid: str, outbox_ids: Sequence[int], page_id: str | None = None) -> dict[int, str]:
    """{outbox_id: 'read' | 'delivered'} for the sent messages the watermarks cover.

    A message counts from when it was handed to Meta (claimed): Meta stamps it a moment later, and a
    citizen's messages go one at a time, so an earlier message's watermark never covers a later one."""
    delivered, read = watermarks(db, psid, page_id)
    if not delivered or not outbox_ids:
        return {}
    placeholders = ", ".join("?" * len(outbox_ids))
    marks = {}
    for outbox_id, claimed_at, sent_at in db.execute(
        f"SELECT id, claimed_at, sent_at FROM outbox WHERE status = 'sent' AND id IN ({placeholders})",  # nosec B608 # only "?" placeholders are joined
        list(outbox_ids),
    ):
        handed_ms = claimed_at * 1000 if claimed_at else _iso_ms(sent_at)
        if handed_ms is None:
            continue
        if read and handed_ms <= read:
            marks[outbox_id] = "read"
        elif handed_ms <= delivered:
            marks[outbox_id] = "delivered"
    return marks


def _iso_ms(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return dt.datetime.fromisoformat(text).timestamp() * 1000
    except (TypeError, ValueError):
        return None
