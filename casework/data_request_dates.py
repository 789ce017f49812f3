"""When a data subject's request must be answered: within 2 working days (Decree 356/2025/NĐ-CP,
under the Personal Data Protection Law 91/2025/QH15, both in force from 1 January 2026).

Counted as every other period of the ward (core/calendar.py): from the day after the request came
in, on its ward's working days (public holidays, the officers' table of days off and make-up
Saturdays), a last day off moving to the next working day (Civil Code 2015, Arts. 147-148). The chat's
requests are answered at once; what waits (a Meta request whose ID matching failed) is listed with
this date on the console (console/data_requests.py) and on its status page.
"""

from casework.ward import Ward
from core.calendar import WORKING
from core.pages import page_config

ANSWER_WITHIN = (2, WORKING)


def due_date(db, cfg, request):
    """The last day to answer `request` (a data_requests row), on its ward's calendar."""
    ward = Ward(db, page_config(cfg, request["page_id"]))
    return ward.calendar.period_end(ward.local_date(request["created_at"]), *ANSWER_WITHIN)


def with_due_dates(db, cfg, requests, today=None):
    """Each request with `due_on` (a date) and `overdue` (still waiting after its last day)."""
    out = []
    for request in requests:
        due = due_date(db, cfg, request)
        ward_today = today or Ward(db, page_config(cfg, request["page_id"])).local_date()
        out.append(dict(request, due_on=due, overdue=request["answered_at"] is None and ward_today > due))
    return out
