"""CSRF on every form, cookies that stay where they belong, and headers that keep pages in their box.

Flask-WTF checks a token on every POST/PUT/PATCH/DELETE of the app, except
the paths that are not forms: /webhook (Meta signs it), the Graph stand-in
and the simulator (they speak Meta's protocol). Exempting by path, not by
blueprint name, keeps the rule right whatever registers those blueprints.
"""

from urllib.parse import urlsplit

from flask import request
from flask_wtf.csrf import CSRFProtect

# Meta signs these, or Zalo does (/zalo/webhook); the stand-ins and the simulator are the sandbox's.
EXEMPT_PREFIXES = ("/webhook", "/graph-standin", "/simulator", "/meta/data-deletion", "/zalo/webhook", "/zalo-standin")
csrf = CSRFProtect()


def init_app(app):
    cfg = app.config
    cfg.setdefault("WTF_CSRF_TIME_LIMIT", None)  # the token lives as long as the session, which expires
    cfg["WTF_CSRF_CHECK_DEFAULT"] = False  # checked below, with the exemptions by path
    cfg.update(
        SESSION_COOKIE_NAME="pakn_console",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=cookies_secure(cfg),
    )
    csrf.init_app(app)

    @app.before_request
    def check_csrf():
        if (
            request.method in cfg["WTF_CSRF_METHODS"]
            and not request.path.startswith(EXEMPT_PREFIXES)
            and cfg.get("WTF_CSRF_ENABLED", True)
        ):
            csrf.protect()


def cookies_secure(cfg):
    """COOKIE_SECURE if set; else on in live mode (behind HTTPS), off in the sandbox (plain http)."""
    setting = str(cfg.get("COOKIE_SECURE") or "").strip().lower()
    if setting:
        return setting not in ("0", "false", "no")
    return not cfg.get("SANDBOX", False)


def add_security_headers(response):
    """Console pages: no framing, no inline script, no third-party anything (there is no internet)."""
    response.headers.setdefault(
        "Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; style-src 'self'; "
        "script-src 'self'; frame-ancestors 'none'; form-action 'self'",
    )
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "same-origin")
    if not (request.endpoint or "").endswith(".static"):
        # Set, not defaulted: send_file's "no-cache" still lets a browser or proxy keep a citizen's
        # photo or an export on disk; "no-store" does not.
        response.headers["Cache-Control"] = "no-store"
    return response


def page_before():
    """The console page the officer came from, to go back to (never another site), or None."""
    referrer = urlsplit(request.referrer or "")
    if referrer.netloc == request.host and referrer.path.startswith("/console"):
        return referrer.path + (f"?{referrer.query}" if referrer.query else "")
    return None
