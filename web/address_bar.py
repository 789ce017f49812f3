"""Numbers read from the address bar: `?after=`, `?before=`, `?year=`, `/files/<id>`.

Anyone can type any number there. Werkzeug turns a ValueError raised by `type=`
into the default, so a value SQLite or a date cannot hold falls back to the
first page (or this year) instead of a 500; route converters stop at SQLite's
largest integer, so a longer id is a plain 404.
"""

SQLITE_MAX_INT = 2**63 - 1
ID = f"int(max={SQLITE_MAX_INT})"  # a route's id: f"/files/<{ID}:attachment_id>"


def row_id(text):
    """`request.args.get("after", type=row_id)`: a positive integer SQLite can store."""
    value = int(text)
    if not 0 < value <= SQLITE_MAX_INT:
        raise ValueError(f"not a row id: {text}")
    return value


def year(text):
    """`request.args.get("year", type=year)`: a year the statistics can have."""
    value = int(text)
    if not 1900 <= value <= 2200:
        raise ValueError(f"not a year of cases: {text}")
    return value
