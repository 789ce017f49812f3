"""`/simulator`: a Messenger (or Zalo) chat on a phone, played in the browser, in sandbox mode only.

It talks to the bot only the way Meta does. The page never holds the app
secret: it asks `POST /simulator/api/send` to build the Meta-shaped event,
and that endpoint signs it with the app's secret and POSTs it over HTTP to
this server's own `/webhook`, as Meta would. Signing on the server keeps it
working when the page is opened from a phone on the LAN (WebCrypto exists
only on https or localhost) and when `.env` sets its own APP_SECRET. Photos
and files go to the Graph stand-in's CDN first, and the replies are read
where the bot sent them: the stand-in's record of the Send API. A switch turns the phone into
Zalo: the same bot on the ward's Official Account, the events built and signed as Zalo does
(zalo_delivery.py) and posted to `/zalo/webhook`, the replies read at the Zalo stand-in.
"""

import re

import requests
from flask import Blueprint, abort, current_app, jsonify, render_template, request

from core.channels import ZALO_PREFIX
from core.zalo_settings import SANDBOX_ZALO_PREFIX, zalo_accounts
from messenger.page_setup import messenger_profile
from sandbox.simulator import zalo_delivery
from sandbox.simulator.delivery import (
    ATTACHMENT_TYPES,
    attachment_event,
    deliver,
    postback_event,
    quick_reply_event,
    server_url,
    text_event,
)
from web.db import get_db

bp = Blueprint(
    "simulator",
    __name__,
    url_prefix="/simulator",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
PSID = re.compile(r"^(zalo:)?[0-9A-Za-z_-]{1,64}$")  # a Zalo citizen's key is zalo:<user id>
MAX_TEXT = 5000


@bp.before_request
def sandbox_only():
    """Registered in sandbox mode only; this guards against a live app that registers it anyway."""
    if not current_app.config.get("SANDBOX"):
        abort(404)


@bp.get("")
def phone():
    from core.config import SANDBOX_GRAPH_PREFIX

    cfg = current_app.config
    return render_template(
        "simulator/phone.html",
        ward_name=cfg["WARD_NAME"],
        hotline=cfg["HOTLINE"],
        profile=messenger_profile(cfg),
        standin=SANDBOX_GRAPH_PREFIX,
        zalo_standin=SANDBOX_ZALO_PREFIX if zalo_accounts(cfg) else "",
    )


@bp.get("/api/citizens")
def citizens():
    """Citizens who already talked to the bot, most recent first, to pick one up again."""
    rows = get_db().query("SELECT psid, step, updated_at FROM conversations ORDER BY updated_at DESC LIMIT 50")
    return jsonify(citizens=list(rows))


@bp.post("/api/send")
def send():
    action = request.get_json(silent=True)
    if isinstance(action, dict) and str(action.get("psid") or "").startswith(ZALO_PREFIX):
        return send_zalo(action)
    try:
        event = event_for(action)
    except ValueError as problem:
        return jsonify(error=str(problem)), 400
    cfg = current_app.config
    try:
        response = deliver(server_url(cfg) + "/webhook", cfg["APP_SECRET"], event, field=_field(event))
    except requests.RequestException as exc:
        return jsonify(error=f"Không gửi được tới /webhook ({exc.__class__.__name__})."), 502
    if response.status_code != 200:
        return jsonify(error=f"/webhook trả lời {response.status_code}: {response.text[:200]}"), 502
    return jsonify(event=event, webhook=response.json())


def send_zalo(action):
    """The same actions on the Zalo look: signed as Zalo signs, posted to /zalo/webhook."""
    cfg = current_app.config
    accounts = zalo_accounts(cfg)
    if not accounts:
        return jsonify(error="Máy chủ này không có Zalo OA."), 400
    try:
        event = zalo_event_for(accounts[0], action)
    except ValueError as problem:
        return jsonify(error=str(problem)), 400
    try:
        response = zalo_delivery.deliver(server_url(cfg) + "/zalo/webhook", accounts[0], event)
    except requests.RequestException as exc:
        return jsonify(error=f"Không gửi được tới /zalo/webhook ({exc.__class__.__name__})."), 502
    if response.status_code != 200:
        return jsonify(error=f"/zalo/webhook trả lời {response.status_code}: {response.text[:200]}"), 502
    return jsonify(event=event, webhook=response.json())


def zalo_event_for(account, action):
    """The Zalo event for what the person did in the OA's chat; ValueError says what was wrong."""
    psid, kind = action.get("psid"), action.get("kind")
    if not isinstance(psid, str) or not PSID.match(psid):
        raise ValueError("Mã người dùng Zalo chỉ gồm chữ, số, '-' và '_', tối đa 64 ký tự.")
    user_id = psid[len(ZALO_PREFIX) :]
    text, payload, title = (_string(action, key) for key in ("text", "payload", "title"))
    if kind == "postback" and payload == "GET_STARTED":  # "Quan tâm": following the OA greets
        return zalo_delivery.follow_event(account, user_id)
    if kind in ("quick_reply", "postback"):  # a button sends its payload as the citizen's text
        text = title or payload
    if kind in ("text", "quick_reply", "postback"):
        if not text.strip():
            raise ValueError("Tin nhắn đang trống.")
        return zalo_delivery.text_event(account, user_id, text)
    if kind == "attachment":
        type_, url = _string(action, "type"), _string(action, "url")
        if type_ not in ATTACHMENT_TYPES or not url.startswith(("http://", "https://")):
            raise ValueError("Tệp đính kèm cần loại (image, video, audio, file) và địa chỉ http(s).")
        return zalo_delivery.attachment_event(account, user_id, type_, url)
    raise ValueError("kind phải là text, quick_reply, postback hoặc attachment.")


def _field(event):
    """As Meta does: while the stand-in's Page inbox owns the thread, the bot gets `standby` events."""
    standin = current_app.blueprints.get("graph_standin")
    inbox = getattr(getattr(standin, "state", None), "page_inbox", None)
    from sandbox.standin_handover import PRIMARY_APP_ID

    return "standby" if inbox and inbox.owner_of(event["sender"]["id"]) != PRIMARY_APP_ID else "messaging"


def event_for(action):
    """The Meta event for what the person did on the page; ValueError says what was wrong."""
    if not isinstance(action, dict):
        raise ValueError("Cần gửi JSON dạng {psid, kind, ...}.")
    psid, kind = action.get("psid"), action.get("kind")
    if not isinstance(psid, str) or not PSID.match(psid):
        raise ValueError("Mã người dân (PSID) chỉ gồm chữ, số, '-' và '_', tối đa 64 ký tự.")
    text, payload, title = (_string(action, key) for key in ("text", "payload", "title"))
    if kind == "text":
        if not text.strip():
            raise ValueError("Tin nhắn đang trống.")
        return text_event(psid, text)
    if kind in ("quick_reply", "postback"):
        if not payload:
            raise ValueError("Thiếu payload của nút.")
        return (quick_reply_event if kind == "quick_reply" else postback_event)(psid, payload, title or payload)
    if kind == "attachment":
        type_, url = _string(action, "type"), _string(action, "url")
        if type_ not in ATTACHMENT_TYPES or not url.startswith(("http://", "https://")):
            raise ValueError("Tệp đính kèm cần loại (image, video, audio, file) và địa chỉ http(s).")
        return attachment_event(psid, type_, url)
    raise ValueError("kind phải là text, quick_reply, postback hoặc attachment.")


def _string(action, key):
    value = action.get(key) or ""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ValueError(f"{key} phải là chuỗi, tối đa {MAX_TEXT} ký tự.")
    return value
