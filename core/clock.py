"""Time in one place, so tests can move it (time-machine patches `datetime`)."""

import datetime as dt

UTC = dt.timezone.utc


def now() -> dt.datetime:
    return dt.datetime.now(UTC)


def now_iso() -> str:
    return now().isoformat(timespec="milliseconds")


def from_ms(ms: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(ms / 1000, UTC)
