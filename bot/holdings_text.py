"""What "dữ liệu của tôi" shows: one line per case and per consent, dates as the citizen reads them."""

import datetime as dt

from bot import rights_texts as texts
from bot import texts as bot_texts
from casework.promised_dates import format_date, local_date

MAX_CASES_LISTED = 10  # one message stays readable on a phone


def holdings_lines(held, zone):
    """The lines for `casework.erasure.holdings(...)`: cases (newest ten), consents, the chat's size."""
    return [
        *_case_lines(held["cases"], zone),
        *_consent_lines(held["consents"], zone),
        texts.DATA_MESSAGES.format(count=held["messages"]),
    ]


def _case_lines(cases, zone):
    if not cases:
        return [texts.DATA_NO_CASES]
    lines = [
        texts.DATA_CASE.format(
            code=c["code"],
            category=bot_texts.CATEGORY_NAMES.get(c["category"], c["category"]),
            date=_day(zone, c["created_at"]),
            status=bot_texts.STATUS_NAMES.get(c["status"], c["status"]),
            contact=texts.DATA_CASE_CONTACT if c["has_contact"] else "",
        )
        for c in cases[-MAX_CASES_LISTED:]
    ]
    if len(cases) > MAX_CASES_LISTED:
        lines.append(texts.DATA_MORE_CASES.format(count=len(cases) - MAX_CASES_LISTED))
    return lines


def _consent_lines(consents, zone):
    if not consents:
        return [texts.DATA_NO_CONSENTS]
    return [
        texts.DATA_CONSENT.format(
            purpose=texts.CONSENT_PURPOSES.get(c["purpose"], c["purpose"]),
            answer=texts.CONSENT_ANSWERS.get(c["answer"], c["answer"]),
            date=_day(zone, c["at"]),
            withdrawn=texts.DATA_CONSENT_WITHDRAWN.format(date=_day(zone, c["withdrawn_at"]))
            if c["withdrawn_at"]
            else "",
        )
        for c in consents
    ]


def _day(zone, iso):
    return format_date(local_date(dt.datetime.fromisoformat(iso), zone))
