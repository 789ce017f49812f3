"""The duty officer's loops inside `python -m bot serve`: the e-mail queue, the daily digest with the
notices' round, the handoffs that went quiet, and the daily retention run.

`runtime/background.py` Workers starts them with its own loops. The digest loop
looks every half minute whether today is a working day, DIGEST_TIME has passed
and today's digest is not out yet; a server started late still sends it that
day. Cron may run `python -m bot digest --send` as well: the `digests` table
makes sure the day's digest goes out once. Right after it, in the same loop (so
that the morning digest carries the new cases held overnight before they are
sent one by one), the notices' round: urgent cases and handoffs nobody opened in
time are escalated, held and failed notices whose time came are tried again, and
queued ones are settled as their e-mails and messages are. A new event wakes it,
so an urgent case out of office hours is escalated at once.
"""

import logging

from bot.handoff_quiet import CHECK_EVERY_SECONDS as QUIET_CHECK_SECONDS
from bot.handoff_quiet import close_quiet_handoffs
from casework.digest import send_digest
from casework.escalation import escalate_overdue
from casework.mailer import send_due_emails
from casework.notices import run_notice_round, settle_notices
from casework.retention_schedule import CHECK_EVERY_SECONDS as RETENTION_CHECK_SECONDS
from casework.retention_schedule import run_scheduled_retention
from casework.ward import Ward
from core.clock import now
from core.settings import check_duty_settings, digest_time
from runtime.loop import Loop
from storage.db import write_transaction
from storage.digests import digest_of

log = logging.getLogger(__name__)
CHECK_EVERY_SECONDS = 30


def run_scheduled_digest(db, cfg):
    """Send today's digest if it is due and not out yet; the result of `send_digest`, or None."""
    ward = Ward(db, cfg)
    local = now().astimezone(ward.tz)
    today = local.date()
    if local.time() < digest_time(cfg) or not ward.calendar.is_working_day(today) or digest_of(db, today):
        return None
    result = send_digest(db, cfg, today)
    log.info("daily digest %s: %s, %s notices", today, result["status"], result["notices"])
    return result


def run_notices(db, cfg):
    """Escalate what waited too long, then the notices' round; how many notices were queued."""
    with write_transaction(db):
        escalated = escalate_overdue(db, cfg)
        queued = run_notice_round(db, cfg)
    if escalated:
        log.info("escalated %s urgent cases or handoffs nobody opened", escalated)
    return escalated + queued


class DutyLoops:
    def __init__(self, cfg, wake_sender):
        check_duty_settings(cfg)  # test configurations too, not only the environment
        path = cfg["DATABASE_PATH"]

        def mail_step(db):
            delay = send_due_emails(db, cfg)
            if delay == 0:  # e-mails went: their notices are sent (or failed) now, not at the next round
                settle_notices(db)
            return delay

        self.mailer = Loop("mailer", path, mail_step)

        def digest_step(db):
            sent = run_scheduled_digest(db, cfg)
            if run_notices(db, cfg) or sent:
                self.mailer.wake()
                wake_sender()
            return CHECK_EVERY_SECONDS

        self.digest = Loop("digest", path, digest_step)

        def quiet_step(db):  # handoffs nobody wrote in for the quiet time close
            if close_quiet_handoffs(db, cfg):
                wake_sender()  # a thread-control call may be queued
            return QUIET_CHECK_SECONDS

        self.handoffs = Loop("handoffs", path, quiet_step)

        # The retention periods, applied once a day.
        def retention_step(db):
            run_scheduled_retention(db, cfg)
            return RETENTION_CHECK_SECONDS

        self.retention = Loop("retention", path, retention_step)
        self.loops = [self.mailer, self.digest, self.handoffs, self.retention]

    def wake(self):
        """New e-mails may be queued (a report was submitted), and an urgent case may wait for nobody."""
        self.mailer.wake()
        self.digest.wake()
