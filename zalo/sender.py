"""Drains the outbox rows of Zalo's citizens through the OA API: one queue, each channel its sender.

As Meta's sender does (messenger/sender.py): at most one message in flight per citizen, oldest
first; a row is marked `sending` before Zalo is called, and one left in doubt by a crash waits
ECHO_WAIT_SECONDS for its echo (zalo/handlers.py settles it) before it is sent again. Then Zalo's
own rules, asked again at the moment of sending (casework/window.py), since a reply may wait:

- within 48 h of the citizen's last message, anything goes, free;
- from 48 h to 7 days only a person's reply goes, billed (its row tagged BILLED for the console);
  an automated one (the bot, a status notice) is not sent;
- after 7 days nothing goes: the officer phones (the console says so and shows the number).

Zalo's error table is zalo/api.py's: a bad or expired token is refreshed once and the send tried
again, a rate limit backs off, a refusal for this citizen is final and shown to the officer.
"""

import json
import logging
import time

from casework.window import BILLED, reply_window
from core.channels import ZALO, zalo_user_id
from core.zalo_settings import zalo_accounts
from storage.db import write_transaction
from storage.outbox import mark_failed, mark_retry, mark_sent
from storage.outbox_rounds import retry_pause, send_round
from zalo.api import ZaloError
from zalo.messages import zalo_message
from zalo.oauth import RefreshFailed
from zalo.tokens import NoTokens, RefreshBusy, refresh_tokens, usable_tokens

log = logging.getLogger(__name__)
AUTOMATED = {"bot", "status_notice", "duty", "handover"}  # every other sender is an officer's account
# Our own codes for what the window refuses before Zalo is asked (Zalo's own codes are negative and small).
NOT_FREE = -90048  # an automated message past the free 48 h
WINDOW_CLOSED = -90007  # 7 days since the citizen last wrote
NO_ACCOUNT = -90001  # no OA serves this row's page


def send_due_zalo_messages(db, cfg, client, shard=(0, 1), session=None):
    """Send what is due; return seconds until the next retry is due (None: nothing pending)."""
    return send_round(db, cfg, ZALO, shard, lambda row: deliver(db, cfg, client, row, session))


def deliver(db, cfg, client, row, session=None):
    """One claimed row: sent, retried later, or failed with the reason the officer reads."""
    message = json.loads(row["message"])
    account = account_for(cfg, row)
    if account is None or "handover" in message:  # Meta's handover protocol has no Zalo side
        return _fail(db, row, NO_ACCOUNT, "no Zalo OA serves this page" if account is None else "no handover on Zalo")
    window = reply_window(db, row["psid"], page_id=row["page_id"])
    # A duty notice goes only to an officer who checked in within 24 h (casework/notify.py): free.
    checked = row["sent_by"] != "duty"
    if checked and window.state in ("closed", "none"):
        return _fail(db, row, WINDOW_CLOSED, "7 days since the citizen's last message: phone them")
    if checked and window.billed and row["sent_by"] in AUTOMATED:
        return _fail(db, row, NOT_FREE, "automated message past Zalo's free 48 hours: not sent")
    try:
        message_id = _send(db, cfg, client, account, row, zalo_message(message), session)
    except ZaloError as error:
        return _record_failure(db, cfg, row, error)
    except (NoTokens, RefreshFailed, RefreshBusy) as problem:  # the alert is up; the reply waits for a token
        return _record_failure(db, cfg, row, ZaloError(str(problem)[:300], transient=True))
    with write_transaction(db):
        mark_sent(db, row["id"], message_id)
        if window.billed and row["tag"] != BILLED:
            db.execute("UPDATE outbox SET tag = ? WHERE id = ?", [BILLED, row["id"]])


def _send(db, cfg, client, account, row, message, session):
    tokens = usable_tokens(db, cfg, account, session)
    try:
        return client.send_message(tokens["access_token"], zalo_user_id(row["psid"]), message)
    except ZaloError as error:
        if not error.bad_token:
            raise
    # -216 / -220: the token Zalo had is no good. Refresh once (or take the pair another process
    # refreshed meanwhile), then try once more.
    tokens = refresh_tokens(db, cfg, account, seen_generation=tokens["generation"], session=session)
    return client.send_message(tokens["access_token"], zalo_user_id(row["psid"]), message)


def account_for(cfg, row):
    """The OA of the row's page (several wards: each its own; one ward: its only OA)."""
    accounts = zalo_accounts(cfg)
    page = row.get("page_id")
    return next((a for a in accounts if a.page_id == page), None) or (
        accounts[0] if len(accounts) == 1 and accounts[0].page_id is None else None
    )


def _fail(db, row, code, text):
    with write_transaction(db):
        mark_failed(db, row["id"], code, text)
    log.warning("zalo outbox %s failed for good: %s", row["id"], text)


def _record_failure(db, cfg, row, error):
    text = f"{error.code if error.code is not None else error.http_status or ''} {error}".strip()[:500]
    attempts = row["attempts"] + 1
    if error.transient and attempts < cfg["OUTBOX_MAX_ATTEMPTS"]:
        with write_transaction(db):
            mark_retry(db, row["id"], time.time() + retry_pause(cfg, attempts, error), error.code, text)
        return
    _fail(db, row, error.code, text)
