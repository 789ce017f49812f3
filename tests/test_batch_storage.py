"""One delivery, many events: each stored or refused on its own, in-process."""

import sqlite3

import pytest

from messenger.unicode_repair import repair
from storage.events import record_delivery


def row(key, body="{}"):
    return {
        "event_key": key,
        "page_id": "100200300400500",
        "psid": "7001",
        "kind": "text",
        "timestamp": 1764380001000,
        "body": body,
    }


def test_a_row_sqlite_cannot_take_costs_only_itself(db):
    """Defence in depth behind the repair: an unencodable row falls back to one insert per event."""
    rows = [row("k1"), row("k2", body='{"text": "Xin chào \ud83d"}'), row("k3")]
    assert record_delivery(db, rows) == (2, 1)
    assert [r[0] for r in db.execute("SELECT event_key FROM inbound_events ORDER BY id")] == ["k1", "k3"]
    assert record_delivery(db, rows) == (0, 1)  # a redelivery: nothing new, the bad one refused again


def test_a_database_that_cannot_write_still_fails_the_request(db):
    """A locked or broken database is not the event's fault: the webhook fails and Meta redelivers."""
    db.execute("DROP TABLE inbound_events")
    with pytest.raises(sqlite3.OperationalError):
        record_delivery(db, [row("k1")])


def test_repair_keeps_valid_text_and_pairs_and_mends_keys():
    assert repair({"a\udc00": ["Xin chào 😀", "\ud83d", 5, None]}) == {"a\ufffd": ["Xin chào 😀", "\ufffd", 5, None]}
