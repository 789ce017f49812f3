"""Drains the e-mail queue through the ward's SMTP server (SMTP_HOST, SMTP_PORT, …).

A server that is down or answers 4xx is retried with backoff; a 5xx answer
(unknown mailbox, refused login) fails the e-mail for good, keeps it in the
table with the server's words, and raises an alert the admin sees in
/healthz, so nothing is lost silently.
"""

import email.utils
import logging
import smtplib
import ssl
import time
from email.message import EmailMessage

from storage.alerts import clear_alert, raise_alert
from storage.db import write_transaction
from storage.email_outbox import (
    claim_due_emails,
    mark_email_failed,
    mark_email_retry,
    mark_email_sent,
    next_email_due_at,
)

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 10
BASE_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
SMTP_TIMEOUT_SECONDS = 20


def smtp_configured(cfg):
    return bool(cfg.get("SMTP_HOST"))


def send_due_emails(db, cfg):
    """Send what is due; seconds until the next retry (None: nothing pending)."""
    if not smtp_configured(cfg):
        return None
    rows = claim_due_emails(db)
    if rows:
        _send_batch(db, cfg, rows)
        return 0
    due = next_email_due_at(db)
    return None if due is None else max(0.0, due - time.time())


def _send_batch(db, cfg, rows):
    try:
        with _connect(cfg) as smtp:
            for row in rows:
                _send_one(db, smtp, cfg, row)
    except (OSError, smtplib.SMTPException) as error:  # could not talk to the server at all
        with write_transaction(db):
            for row in db.query(
                "SELECT * FROM email_outbox WHERE status = 'sending' AND id IN (%s)"  # nosec B608 # constant fragments, values bound
                % ",".join("?" * len(rows)),
                [r["id"] for r in rows],
            ):
                _failed(db, row, error, transient=not _permanent(error))


def _send_one(db, smtp, cfg, row):
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = cfg["SMTP_FROM"], row["to_addr"], row["subject"]
    message["Date"] = email.utils.formatdate(localtime=True)
    message["Message-ID"] = email.utils.make_msgid(idstring=f"pakn-{row['id']}")
    message.set_content(row["body"])
    try:
        smtp.send_message(message)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPDataError, smtplib.SMTPSenderRefused) as error:
        with write_transaction(db):
            _failed(db, row, error, transient=not _permanent(error))
        return
    with write_transaction(db):
        mark_email_sent(db, row["id"])
        clear_alert(db, "email_failed")


def _connect(cfg):
    host, port, security = cfg["SMTP_HOST"], int(cfg["SMTP_PORT"]), (cfg.get("SMTP_SECURITY") or "none").lower()
    if security == "ssl":
        smtp = smtplib.SMTP_SSL(host, port, timeout=SMTP_TIMEOUT_SECONDS, context=ssl.create_default_context())
    else:
        smtp = smtplib.SMTP(host, port, timeout=SMTP_TIMEOUT_SECONDS)
        if security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
    if cfg.get("SMTP_USER"):
        smtp.login(cfg["SMTP_USER"], cfg.get("SMTP_PASSWORD") or "")
    return smtp


def _permanent(error):
    """5xx answers do not get better by retrying; 4xx and network trouble may."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return all(code >= 500 for code, _ in error.recipients.values())
    code = getattr(error, "smtp_code", None)
    return isinstance(code, int) and code >= 500


def _failed(db, row, error, transient):
    text = f"{error.__class__.__name__}: {error}"[:500]
    attempts = row["attempts"] + 1
    if transient and attempts < MAX_ATTEMPTS:
        pause = min(BASE_RETRY_SECONDS * 2 ** (attempts - 1), MAX_RETRY_SECONDS)
        return mark_email_retry(db, row["id"], time.time() + pause, text)
    mark_email_failed(db, row["id"], text)
    raise_alert(db, "email_failed", f"Không gửi được e-mail tới {row['to_addr']}: {text}")
    log.warning("e-mail %s to %s failed for good: %s", row["id"], row["to_addr"], text)
