"""Logging in and out, and the session every console page but the login needs.

Failed logins are counted per account and per address: past the limit the
account is locked for a while without even checking the password, so a
password cannot be guessed by trying. A session ends when idle too long,
when too old, at logout, and when the account is disabled or its password
reset (storage/console_sessions.py).
"""
import functools
from urllib.parse import urlsplit

from flask import (Blueprint, abort, current_app, flash, g, redirect, render_template, request, session,
                   url_for)

from console.security import page_before
from storage import get_db, write_transaction
from storage.audit import record
from storage.console_sessions import (create_session, end_session, recent_failures, record_login_attempt,
                                      session_officer, touch_session)
from storage.officers import authenticate

bp = Blueprint("auth", __name__)
PUBLIC_ENDPOINTS = {"console.auth.login", "console.static"}
IP_FAILURES_FACTOR = 4  # one address may fail for a few accounts (a shared office), not for many
EXPIRED = {"expired": "Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.",
           "disabled": "Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên."}


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
    by_user, by_ip = recent_failures(db, username, ip, cfg["LOGIN_LOCK_MINUTES"])
    if by_user >= cfg["LOGIN_MAX_FAILURES"] or by_ip >= cfg["LOGIN_MAX_FAILURES"] * IP_FAILURES_FACTOR:
        with write_transaction(db):
            record(db, username or "?", "login_locked", ip=ip)
        message = (f"Đã nhập sai quá {cfg['LOGIN_MAX_FAILURES']} lần. Vui lòng thử lại sau "
                   f"{cfg['LOGIN_LOCK_MINUTES']} phút, hoặc liên hệ quản trị viên.")
        return render_template("console/login.html", error=message, username=username), 429
    officer = authenticate(db, username, password) if username and password else None
    with write_transaction(db):
        record_login_attempt(db, username, ip, officer is not None)
        if officer is None:
            record(db, username or "?", "login_failed", ip=ip)
        else:
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
    """Only back into the console: a login link must not send the officer to another site."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith("/console") or "\\" in (target or ""):
        return url_for("console.inbox.index")
    return target
