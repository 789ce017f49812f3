"""The link a department answers through: no account, one request, unguessable, and only its hash kept.

The token is HMAC-SHA256(SECRET_KEY, nonce): the database keeps the nonce and sha256(token), so a
copy of the database opens no request (the key is not in it), while the server, which has the key,
can show the officers each request's link again (`console consultations`). Checking a link needs
only the hash, so a link made by the command line opens on the server even if SECRET_KEY differs;
a list made with another key says the link cannot be shown instead of showing a wrong one.

A link is open until the request is answered or its case is closed; then it is refused, clearly.
"""

import base64
import hashlib
import hmac
import secrets

from storage.casework import CLOSED_STATUSES

PATH = "/phoi-hop/"  # the department's page (web/consultation_page.py)
STATES = ("open", "answered", "closed")


def _token(cfg, nonce):
    digest = hmac.new(str(cfg["SECRET_KEY"]).encode(), f"consultation:{nonce}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def token_hash(token):
    return hashlib.sha256(str(token).encode()).hexdigest()


def new_token(cfg):
    """(token, nonce, hash) for a new request: the token goes in the link, the other two are kept."""
    nonce = secrets.token_hex(16)
    token = _token(cfg, nonce)
    return token, nonce, token_hash(token)


def link_for(cfg, token):
    """The absolute address a department opens (PUBLIC_URL, else this server's own address)."""
    base = (cfg.get("PUBLIC_URL") or f"http://{cfg.get('HOST', '127.0.0.1')}:{cfg.get('PORT', 5000)}").rstrip("/")
    return f"{base}{PATH}{token}"


def remade_link(cfg, row):
    """The request's link again, or None when SECRET_KEY is not the one it was made with."""
    token = _token(cfg, row["token_nonce"])
    return link_for(cfg, token) if hmac.compare_digest(token_hash(token), row["token_hash"]) else None


def link_state(row):
    """open | answered | closed (the case closed before an answer came)."""
    if row["answered_at"]:
        return "answered"
    if row["case_status"] in CLOSED_STATUSES:
        return "closed"
    return "open"
