"""`/phoi-hop/<token>`: a department answers an officer's request through its link, with no account.

The link opens one request (casework/consultation_links.py) and shows the case as a role that may
not see a protected person sees it, without the citizen's contact, files or conversation
(casework/consultation_answers.py). Every visit is counted like a login (storage/login_limit.py):
an address that keeps trying links that open nothing waits, as a password guesser does. The form
has the app's CSRF token like every form; the page is never stored (`no-store`) and never sends
its address on (`no-referrer`: the token is in it). A used or expired link says so and shows nothing.
"""

from flask import Blueprint, current_app, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import RequestEntityTooLarge

from casework import texts
from casework.consultation_answers import (
    ALLOWED_TYPES,
    MAX_FILES,
    LinkRefused,
    answer_request,
    department_view,
    refusal_of,
    request_for_token,
)
from casework.workflow import CaseError
from core.pages import page_config
from storage import write_transaction
from storage.login_limit import claim_attempt, succeeded
from web.db import get_db
from web.security import add_security_headers

bp = Blueprint(
    "consultation_page",
    __name__,
    url_prefix="/phoi-hop",
    template_folder="templates",
    static_folder="static",
    static_url_path="/static",
)
LIMIT_KEY = "#phoi-hop"  # the login limit's "account" for every link: no officer's name starts with #


@bp.after_request
def headers(response):
    response = add_security_headers(response)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


@bp.route("/<token>", methods=["GET", "POST"])
def request_page(token):
    cfg, db = current_app.config, get_db()
    attempt = claim_attempt(db, LIMIT_KEY, request.remote_addr, cfg["LOGIN_MAX_FAILURES"], cfg["LOGIN_LOCK_MINUTES"])
    if attempt is None:
        return _message(texts.LINK_TOO_MANY_TRIES.format(minutes=cfg["LOGIN_LOCK_MINUTES"]), 429)
    try:
        row = request_for_token(db, token[:200])
    except LinkRefused as refused:
        return _message(str(refused), 404)
    with write_transaction(db):
        succeeded(db, attempt)  # a real link: not a guess
    refused = refusal_of(cfg, row)
    if refused:
        return _message(str(refused), 410)
    if request.method == "GET":
        return _form(db, cfg, row)
    try:
        files = [(f.filename or "", f.read()) for f in request.files.getlist("files") if f.filename]
        answer_request(
            db,
            cfg,
            token,
            request.form.get("answer", ""),
            files,
            request.form.get("answered_by", ""),
            request.remote_addr,
        )
    except LinkRefused as refused:
        return _message(str(refused), 410)
    except CaseError as error:
        return _form(db, cfg, row, str(error), 400)
    workers = current_app.extensions.get("pakn_workers")
    if workers:  # the officer's notice by Messenger now (e-mail: the mailer's next look, within 30 s)
        workers.wake_sender()
    return render_template("consultation/done.html", ward=_ward(cfg, row)), 200


@bp.errorhandler(RequestEntityTooLarge)
def too_large(error):
    return _message(texts.CONSULT_BODY_TOO_LARGE.format(limit=_limit_mb(current_app.config)), 413)


@bp.errorhandler(CSRFError)
def form_expired(error):
    return _message(texts.CONSULT_FORM_EXPIRED, 400)


def _form(db, cfg, row, error=None, status=200):
    typed = {"answer": request.form.get("answer", ""), "answered_by": request.form.get("answered_by", "")}
    return (
        render_template(
            "consultation/request.html",
            view=department_view(db, cfg, row),
            ward=_ward(cfg, row),
            error=error,
            typed=typed,
            max_files=MAX_FILES,
            accept=",".join(sorted(ALLOWED_TYPES)),
            limit_bytes=cfg["MAX_CONTENT_LENGTH"],
            limit_mb=_limit_mb(cfg),
        ),
        status,
    )


def _message(message, status):
    return render_template("consultation/message.html", message=message), status


def _ward(cfg, row):
    return page_config(cfg, row["page_id"])["WARD_NAME"]


def _limit_mb(cfg):
    return round(cfg["MAX_CONTENT_LENGTH"] / 1_000_000, 1)
