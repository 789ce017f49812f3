"""Meta's data deletion request carried out: from the app-scoped id to the citizen on each page, erased.

The callback (web/meta_deletion.py) and the console (an officer finishing a request that waited
because Graph did not answer, console/data_requests.py) both come here. The person is erased only
on the pages of the app that signed the request (ID matching keeps those pages), each (page, PSID)
on its own page (casework/erasure.py): ward B's app never touches ward A's citizen of the same id.
A request is recorded in the same write transaction as what it erased, under the hash of its
signed_request: a replay, even one that arrives while the first is still asking Graph, gets the
first request's confirmation code and erases nothing.
"""

import hashlib
import logging

from casework import erasure
from core.pages import page_config
from messenger import id_matching
from messenger.send_api import SendError
from storage import audit
from storage.data_requests import answer_request, record_request, request_by_key
from storage.db import write_transaction

log = logging.getLogger(__name__)
ACTOR = "meta"  # the audit log's actor: the request came through Meta's callback
VIA = "qua Facebook (Meta)"


def apps(cfg):
    """app secret → (app id, the page ids it serves, or None for a single ward)."""
    if not cfg.get("PAGES"):
        return {cfg["APP_SECRET"]: (cfg.get("APP_ID", ""), None)}
    found = {}
    for page in cfg["PAGES"]:
        app_id, pages = found.get(page["APP_SECRET"], (page.get("APP_ID") or cfg.get("APP_ID", ""), set()))
        found[page["APP_SECRET"]] = (app_id, pages | {page["PAGE_ID"]})
    return found


def request_key(signed_request):
    return hashlib.sha256(signed_request.encode()).hexdigest()


def handle(db, cfg, signed_request, user_id, secret):
    """The confirmation code of this request: a new one carried out, or a replay's first answer."""
    key = request_key(signed_request)
    first = request_by_key(db, key)
    if first is not None:
        log.info("data deletion request: a replay of %s, answered as before", first["code"])
        return first["code"]
    app_id, pages = apps(cfg)[secret]
    matched, failed = _match(cfg, user_id, app_id, secret, pages)
    with write_transaction(db):
        first = request_by_key(db, key)  # a replay that came in while this one asked Graph
        if first is not None:
            return first["code"]
        outcome = {"matched": 0, "unmatched_reason": "graph"} if failed else erase_matched(db, cfg, matched)
        code = record_request(
            db,
            "meta",
            "delete",
            outcome,
            page_id=_page_of(pages, matched),
            answered=not failed,
            request_key=key,
            app_user_id=user_id,
        )
        _audit(db, outcome, code)
    return code


def finish_waiting(db, cfg, request, actor=ACTOR):
    """An officer (`actor`) retries a request that waited: matched and erased now, or SendError again."""
    secret, (app_id, pages) = _app_of_page(cfg, request["page_id"])
    matched = id_matching.psids_for(cfg, request["app_user_id"], app_id, secret, pages)
    with write_transaction(db):
        outcome = erase_matched(db, cfg, matched, actor)
        answer_request(db, request["id"], outcome)
        _audit(db, outcome, request["code"], actor)
    return outcome


def erase_matched(db, cfg, matched, actor=ACTOR):
    """Erase each matched (PSID, page) on its own page, in the caller's transaction; the counts."""
    outcome = {"matched": len(matched), "anonymised": 0, "kept": 0}
    for psid, page_id in matched:
        page_cfg = page_config(cfg, page_id) if cfg.get("PAGES") else cfg  # one ward: all its rows
        anonymised, kept = erasure.erase_and_log(db, page_cfg, psid, actor, VIA)
        outcome["anonymised"] += len(anonymised)
        outcome["kept"] += len(kept)
    return outcome


def _match(cfg, user_id, app_id, secret, pages):
    try:
        return id_matching.psids_for(cfg, user_id, app_id, secret, pages), False
    except SendError as error:  # kept, so the ward can finish it from the console; the page says so
        log.error("data deletion request: ID matching failed: %s", error)
        return [], True


def _page_of(pages, matched):
    """The ward a request is shown as (its status page, the console): the one page it touched, else
    the app's first page (an app serving one ward); None for a single ward."""
    if pages is None:
        return None
    touched = {page for _, page in matched}
    return touched.pop() if len(touched) == 1 else min(pages)


def _app_of_page(cfg, page_id):
    for secret, (app_id, pages) in apps(cfg).items():
        if pages is None or page_id in pages:
            return secret, (app_id, pages)
    raise SendError(f"no app serves page {page_id} any more")


def _audit(db, outcome, code, actor=ACTOR):
    audit.record(
        db,
        actor,
        "data_delete",
        detail=dict(outcome, request=code),
        note="Yêu cầu xóa dữ liệu qua Facebook (Meta)"
        + ("" if outcome["matched"] else ": không tìm thấy người dân nào khớp."),
    )
