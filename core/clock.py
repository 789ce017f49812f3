"""Time in one place, so tests can move it (time-machine patches `datetime`)."""

import datetime as dt

UTC = dt.timezone.utc


def now():
    return dt.datetime.now(UTC)


def now_iso():
    return now().isoformat(timespec="milliseconds")


def from_ms(ms):
    return dt.datetime.fromtimestamp(ms / 1000, UTC)
