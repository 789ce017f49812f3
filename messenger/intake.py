"""`/webhook`: Meta's verification handshake and the signed event deliveries.

The POST path does as little as possible: check the signature, parse, commit
every event to SQLite, wake the worker, answer 200. No Graph call, no
conversation logic: Meta times out slow webhooks and eventually disables them.
`init_app` mounts both on an app with that app's settings and workers.
"""

import json
import logging

from flask import Blueprint, jsonify, request

from core.pages import verify_tokens
from handlers import citizen_of, classify, kind_in
from messenger.pages import signed_by
from messenger.unicode_repair import may_hold_surrogates, repair
from storage.events import event_key, screen_rows
from storage.group_commit import commit_events

log = logging.getLogger(__name__)


def init_app(app):
    """Mount `/webhook` on `app`, reading `app.config`; the workers are looked up per delivery,
    since `bot serve` hands them to a process of their own after the app is built."""
    bp = Blueprint("intake", __name__)

    @bp.get("/webhook")
    def verify_subscription():
        args = request.args
        if args.get("hub.mode") == "subscribe" and args.get("hub.verify_token") in verify_tokens(app.config):
            return args.get("hub.challenge", ""), 200, {"Content-Type": "text/plain"}
        return "verification failed", 403

    @bp.post("/webhook")
    def receive_events():
        body = request.get_data(cache=False)  # 413 above MAX_CONTENT_LENGTH
        signature = request.headers.get("X-Hub-Signature-256")
        status, answer = acknowledge(app.config, body, signature, app.extensions["pakn_workers"])
        return jsonify(answer), status

    app.register_blueprint(bp)


def acknowledge(cfg, body, signature, workers):
    """Check, parse once, commit every event, wake the workers: (HTTP status, JSON answer).

    Shared by this view and the WSGI fast path in front of Flask (messenger/fast_intake.py)."""
    allowed_pages = signed_by(cfg, body, signature)
    if allowed_pages is None:
        log.warning("webhook: rejected a body with a missing or wrong signature")
        return 403, {"error": "invalid signature"}
    try:
        delivery = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return 400, {"error": "body is not JSON"}
    if not isinstance(delivery, dict) or delivery.get("object") != "page":
        return 400, {"error": "object must be 'page'"}
    if not speaks_only_for(delivery, allowed_pages):
        log.warning("webhook: refused a body signed by one app that names another app's page")
        return 403, {"error": "page not served by the app that signed this body"}
    suspect = may_hold_surrogates(body)  # checked on the bytes: the common body skips both steps below
    if suspect:
        delivery = repair(delivery)  # a lone surrogate would fail the hash and the INSERT
    rows, refused = events_of(delivery)
    screened_out = 0
    if suspect:  # whatever the repair missed is refused alone, never with the whole delivery
        rows, screened_out = screen_rows(rows)
    # Shared with the deliveries arriving meanwhile; returns once their transaction has committed.
    new = commit_events(cfg["DATABASE_PATH"], rows) if rows else 0
    if new:
        workers.wake()
    # 200 even when some were refused: they can never be stored, and a redelivery would change nothing.
    return 200, {"status": "EVENT_RECEIVED", "events": len(rows), "new": new, "refused": refused + screened_out}


def speaks_only_for(delivery, allowed_pages):
    """Does every entry name a page of the app whose secret signed the body? (Several wards on one
    server: ward A's secret must not let anyone post events into ward B's page.)"""
    if allowed_pages == "any":
        return True
    entries = delivery.get("entry")
    return all(
        str(entry.get("id")) in allowed_pages
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict)
    )


def events_of(delivery):
    """Every `messaging` and `standby` event of every entry, as rows to store, and how many
    were refused: each event on its own, so one bad event never costs another citizen's."""
    rows, refused = [], 0
    entries = delivery.get("entry")
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        for field in ("messaging", "standby"):
            events = entry.get(field)
            for event in events if isinstance(events, list) else []:
                try:
                    row = _row(entry, event, field)
                except Exception:  # noqa: BLE001 - a shape nobody foresaw costs this event only
                    log.exception("webhook: refused an event that could not be read")
                    row = None
                if row:
                    rows.append(row)
                else:
                    refused += 1
    return rows, refused


def _row(entry, event, field="messaging"):
    if not isinstance(event, dict):
        return None
    shape = classify(event)
    kind = kind_in(field, event)  # every event of the standby field is "standby": recorded, never answered
    psid = citizen_of(event, shape)  # a standby echo's citizen is its recipient too
    timestamp = event_time(event, shape)
    if psid is None or timestamp is None:
        log.warning("webhook: skipped a %s event without a sender or timestamp", kind)
        return None
    page_id = entry.get("id")
    return {
        "event_key": event_key(event),
        "page_id": str(page_id) if page_id is not None else None,
        "psid": psid,
        "kind": kind,
        "timestamp": timestamp,
        "body": json.dumps(event, ensure_ascii=False),
    }


def event_time(event, kind):
    """Meta's timestamp (ms); a receipt as Meta documents it has none, and its watermark says
    when it holds. None when neither is a plausible number."""
    timestamp = event.get("timestamp")
    if timestamp is None and kind in ("read", "delivery"):
        timestamp = event[kind].get("watermark")
    if not isinstance(timestamp, int) or isinstance(timestamp, bool) or not 0 <= timestamp < 2**53:
        return None
    return timestamp
