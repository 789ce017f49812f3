"""`POST /zalo/webhook`: the ward's Zalo OA's events, checked, stored, answered 200, processed after.

As `/webhook` does for Meta: check the signature, commit the event to SQLite, wake the workers,
answer. No Zalo call and no conversation here: Zalo expects its answer within about 2 s and
retries (30 s, 5 min, 15 min, 30 min, 1 h) before it unsubscribes the app. A redelivery has the
same key (zalo/events.py: the message's `msg_id`, or a hash of the event), so it changes nothing.
The event is stored whole, under the citizen's key `zalo:<user id>` on the ward's page.
"""

import json
import logging

from flask import Blueprint, jsonify, request

from core.channels import zalo_psid
from core.unicode_repair import may_hold_surrogates, repair
from core.zalo_settings import zalo_accounts
from storage.events import screen_rows
from storage.group_commit import commit_events
from zalo.events import event_key, event_name, event_time, oa_and_user, raw_timestamp
from zalo.signature import mac_is_valid

log = logging.getLogger(__name__)
HEADER = "X-ZEvent-Signature"


def init_app(app):
    """Mount `/zalo/webhook` on `app`, reading `app.config`; the workers are looked up per delivery,
    as for `/webhook`, since `bot serve` hands them to a process of their own after the app is built."""
    bp = Blueprint("zalo_intake", __name__)

    @bp.post("/zalo/webhook")
    def receive_zalo_event():
        body = request.get_data(cache=False)  # 413 above MAX_CONTENT_LENGTH
        status, answer = acknowledge(app.config, body, request.headers.get(HEADER), app.extensions["pakn_workers"])
        return jsonify(answer), status

    app.register_blueprint(bp)


def acknowledge(cfg, body, header, workers):
    """Check, parse, commit, wake: (HTTP status, JSON answer). Nothing is stored unless signed."""
    accounts = zalo_accounts(cfg)
    event = _parsed(body)
    if event is None:  # nothing to read the timestamp from: it cannot be a body Zalo signed
        log.warning("zalo webhook: refused a body that is not a JSON event")
        return 403, {"error": "invalid signature"}
    stamp = raw_timestamp(event)
    signed = [a for a in accounts if mac_is_valid(a.app_id, body, stamp, a.signing_secret, header)]
    if not signed:
        log.warning("zalo webhook: refused a body with a missing or wrong signature")
        return 403, {"error": "invalid signature"}
    oa_id, user_id = oa_and_user(event, {a.oa_id for a in accounts})
    account = next((a for a in signed if a.oa_id == oa_id), None)
    if account is None and oa_id is None and len(signed) == 1:
        account = signed[0]
    if account is None:
        log.warning("zalo webhook: refused an event signed by one app that names another OA")
        return 403, {"error": "OA not served by the app that signed this event"}
    if may_hold_surrogates(body):
        event = repair(event)  # a lone surrogate would fail the hash and the INSERT
    row = _row(event, user_id, account)
    rows, refused = screen_rows([row]) if row else ([], 1)
    new = commit_events(cfg["DATABASE_PATH"], rows) if rows else 0
    if new:
        workers.wake()
    # 200 even when refused: it can never be stored, and a redelivery would change nothing.
    return 200, {"status": "EVENT_RECEIVED", "events": len(rows), "new": new, "refused": refused}


def _parsed(body):
    try:
        event = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    return event if isinstance(event, dict) else None


def _row(event, user_id, account):
    timestamp = event_time(event)
    if not user_id or timestamp is None:
        log.warning("zalo webhook: skipped a %s event without a user or timestamp", event_name(event))
        return None
    return {
        "event_key": event_key(event),
        "page_id": account.page_id,
        "psid": zalo_psid(user_id),
        "kind": event_name(event),
        "timestamp": timestamp,
        "body": json.dumps(event, ensure_ascii=False),
    }
