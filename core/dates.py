"""Dates as people type them: 20/02/2026 as on paper, or 2026-02-20."""

import datetime as dt


def parse_date(text: str) -> dt.date | None:
    """A date typed as people write it (20/02/2026) or ISO (2026-02-20); None if it is not one."""
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            pass
    return None
