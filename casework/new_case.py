"""What a new case gets at submission besides being stored: urgency, its first deadline (logged),
its summary, and the notice to the officers on duty, all in the submission's transaction.

`bot/submission.py` calls `on_report_submitted` right after `create_report` and
tells the citizen the deadline and the note this returns.
"""

from dataclasses import dataclass, field

from casework import texts_en
from casework.deadlines import start_deadline
from casework.notify import notify_new_report
from casework.summaries import case_texts, refresh_summary, urgency_reasons
from core.office_hours import describe_moment

HELD_NOTE = "\nHiện ngoài giờ làm việc, cán bộ trực sẽ đọc {noun} của anh/chị từ {when}."
URGENT_NOTE = "\nTrợ lý đã báo ngay cho cán bộ trực, vì đây là việc khẩn cấp."


@dataclass
class Submitted:
    deadline: object  # datetime.date, the same as reports.deadline
    urgent: bool
    held: bool
    notices: list = field(default_factory=list)
    opens_at: object = None  # when an officer next reads, if the office is closed

    def citizen_note(self, noun, language="vi"):
        """Out of office hours: an urgent case that reached an officer says so; any other, when an
        officer will read it (a duty officer on Messenger may read it sooner: the bot promises no more).
        Vietnamese is written to "anh/chị": the conversation says it to them (core/voice.py)."""
        if self.opens_at is None:
            return ""
        table = texts_en if language == "en" else None
        if self.urgent and self.notices:
            return table.URGENT_NOTE if table else URGENT_NOTE
        held = table.HELD_NOTE if table else HELD_NOTE
        return held.format(noun=noun, when=describe_moment(self.opens_at, language))


def on_report_submitted(db, cfg, report_id, received_at, urgent_requested=False):
    report = _report(db, report_id)
    urgent = bool(urgent_requested or urgency_reasons(case_texts(report), cfg))
    if urgent:
        db.execute(
            "UPDATE reports SET urgent = 1, urgent_at = coalesce(urgent_at, created_at) WHERE id = ?", [report_id]
        )
    deadline = start_deadline(db, cfg, report_id, received_at)
    refresh_summary(db, cfg, report_id)
    outcome = notify_new_report(db, cfg, _report(db, report_id), received_at)
    return Submitted(
        deadline=deadline,
        urgent=urgent,
        held=outcome["held"],
        notices=outcome["notified"],
        opens_at=outcome["opens_at"],
    )


def _report(db, report_id):
    return next(db.query("SELECT * FROM reports WHERE id = ?", [report_id]))
