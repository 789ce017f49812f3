"""Logging in and out, and the session every console page but the login needs.

Failed logins are counted per account and address (storage/login_limit.py):
past the limit the account is locked from that address for a while without
even checking the password, so a password cannot be guessed by trying, and
its owner elsewhere still gets in. An account failing from many addresses is
never locked for everyone (anyone could keep its owner out so): the addresses
that failed for it wait, an address that has not is still checked. A session ends when idle too long,
when too old, at logout, and when the account is disabled or its password
reset (storage/console_sessions.py).
"""

import functools
from urllib.parse import urlsplit

from flask import Blueprint, abort, current_app, flash, g, redirect, render_template, request, session, url_for

from storage import write_transaction
from storage.audit import record
from storage.console_sessions import create_session, end_session, session_officer, touch_session
from storage.login_limit import claim_attempt, succeeded
from storage.officers import authenticate
from web.db import get_db
from web.security import page_before

bp = Blueprint("auth", __name__)
PUBLIC_ENDPOINTS = {"console.auth.login", "console.static"}
EXPIRED = {
    "expired": "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
    "disabled": "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.",
}


# Addresses an open page asks every few seconds (live updates): they must not keep an unattended
# screen logged in past SESSION_IDLE_MINUTES.
POLLING_ENDPOINTS = {"console.conversations.list_json", "console.conversations.messages_json"}


def load_officer():
    """Before every console request: who is logged in; everyone else goes to the login page."""
    g.officer = None
    token = session.get("sid")
    if token:
        cfg = current_app.config
        db = get_db()
        officer, why = session_officer(db, token, cfg["SESSION_IDLE_MINUTES"], cfg["SESSION_MAX_HOURS"])
        if officer is None:
            session.pop("sid", None)
            if why in EXPIRED:
                flash(EXPIRED[why], "warning")
        else:
            if request.endpoint not in POLLING_ENDPOINTS:  # a page polling by itself is not the officer
                touch_session(db, token)
            g.officer = dict(officer)
    if g.officer is None and request.endpoint not in PUBLIC_ENDPOINTS:
        return redirect(url_for("console.auth.login", next=_back_after_login()))
    return None


def _back_after_login():
    """Where to return: this page, or for a form (which cannot be replayed) the page it was on;
    the text being typed waits in the browser (console.js keeps drafts) and is put back there."""
    if request.method == "GET":
        return request.full_path.rstrip("?")
    return page_before() or url_for("console.inbox.index")


def role_required(*roles):
    def decorate(view):
        @functools.wraps(view)
        def wrapped(*args, **kwargs):
            if g.officer["role"] not in roles:
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorate


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        if g.officer:
            return redirect(url_for("console.inbox.index"))
        return render_template("console/login.html", next=request.args.get("next", ""))
    cfg, db = current_app.config, get_db()
    username = request.form.get("username", "").strip()[:100]
    password = request.form.get("password", "")
    ip = request.remote_addr
    attempt = claim_attempt(db, username, ip, cfg["LOGIN_MAX_FAILURES"], cfg["LOGIN_LOCK_MINUTES"])
    if attempt is None:
        with write_transaction(db):
            record(db, username or "?", "login_locked", ip=ip)
        message = (
            f"Đã nhập sai quá {cfg['LOGIN_MAX_FAILURES']} lần. Vui lòng thử lại sau "
            f"{cfg['LOGIN_LOCK_MINUTES']} phút, hoặc liên hệ quản trị viên."
        )
        return render_template("console/login.html", error=message, username=username), 429
    officer = authenticate(db, username, password) if username and password else None
    with write_transaction(db):
        if officer is None:
            record(db, username or "?", "login_failed", ip=ip)
        else:
            succeeded(db, attempt)
            end_session(db, session.get("sid", ""))  # whatever this browser held before ends here
            token = create_session(db, officer["id"], ip)
            record(db, officer, "login", ip=ip)
    if officer is None:
        message = "Tên đăng nhập hoặc mật khẩu chưa đúng. Anh/chị vui lòng nhập lại."
        return render_template("console/login.html", error=message, username=username), 401
    session.clear()  # a fresh session (and CSRF token) after login: nothing planted before it survives
    session["sid"] = token
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout():
    db = get_db()
    with write_transaction(db):
        end_session(db, session.get("sid", ""))
        record(db, g.officer, "logout", ip=request.remote_addr)
    session.clear()
    flash("Anh/chị đã đăng xuất.", "info")
    return redirect(url_for("console.auth.login"))


def _safe_next(target):
    """Only back into the console: a login link must not send the officer to another site, nor
    hold a control character (CR/LF cannot go into a Location header: it was a 500)."""
    parts = urlsplit(target or "")
    if (
        parts.scheme
        or parts.netloc
        or not parts.path.startswith("/console")
        or "\\" in (target or "")
        or any(ord(char) < 32 or ord(char) == 127 for char in target)
    ):
        return url_for("console.inbox.index")
    return target
