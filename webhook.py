"""The Flask application: `create_app()` builds it, `app` is the WSGI entry point.

Start-up applies migrations before anything is served, then starts the
background workers, which first process whatever a crash left pending.
"""

import logging

from flask import Flask, jsonify
from flask.sessions import SecureCookieSessionInterface

from core.config import SANDBOX_GRAPH_PREFIX, Config, load_env_file
from core.zalo_settings import SANDBOX_ZALO_PREFIX, with_sandbox_zalo, zalo_accounts
from runtime.background import Workers
from runtime.rules import register_rules
from storage import connect
from storage.migrations import apply_migrations
from web.db import init_app
from zalo.tokens import seed_tokens


class SessionsForPeopleOnly(SecureCookieSessionInterface):
    """Meta's deliveries carry no cookie and need no session: building the signing
    serializer for each one was a third of the acknowledgement path's time (bench/)."""

    def open_session(self, app, request):
        if request.path in ("/webhook", "/healthz", "/zalo/webhook"):
            return self.session_class()  # empty, never saved
        return super().open_session(app, request)


def create_app(test_config=None):
    app = Flask(__name__)
    app.session_interface = SessionsForPeopleOnly()
    app.config.from_mapping(Config().as_dict())
    if test_config:
        app.config.update(test_config)
    if app.config["SANDBOX"] and not app.config["GRAPH_API_URL"]:
        app.config["GRAPH_API_URL"] = f"http://{app.config['HOST']}:{app.config['PORT']}{SANDBOX_GRAPH_PREFIX}/v21.0"
    app.config.update(with_sandbox_zalo(app.config))  # the sandbox's own OA, played by its stand-in
    zalo = zalo_accounts(app.config)  # [] without Zalo: no route, no loop, nothing
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    register_rules()  # before anything can change a case
    db = connect(app.config["DATABASE_PATH"])
    apply_migrations(db)
    for account in zalo:  # the settings' token pair, unless the database holds a newer one
        seed_tokens(db, account)
    db.conn.close()
    init_app(app)

    from messenger import intake
    from web import health

    intake.init_app(app)
    app.register_blueprint(health.bp)
    if zalo:
        from zalo import intake as zalo_intake  # POST /zalo/webhook

        zalo_intake.init_app(app)
    import console  # the officer's console at /console, and CSRF on every form of the app

    console.init_app(app)
    from web import public  # /cong-khai: answered cases, no login

    app.register_blueprint(public.bp)
    from web import consultation_page  # /phoi-hop/<token>: a department answers an officer's request

    app.register_blueprint(consultation_page.bp)
    from web import (
        meta_deletion,  # the privacy policy, Meta's deletion callback
        policy,
    )

    app.register_blueprint(policy.bp)
    app.register_blueprint(meta_deletion.bp)
    if app.config["SANDBOX"]:
        from sandbox import graph_standin

        standin = graph_standin.create_blueprint()
        app.register_blueprint(standin, url_prefix=SANDBOX_GRAPH_PREFIX)
        if app.config["START_WORKERS"] or app.config.get("ECHO_SENDS"):  # echo sends back like Meta, so a
            # crash leaves nothing in doubt (ECHO_SENDS: the workers run in a process of their own)
            standin.state.send_echoes_to(
                f"http://{app.config['HOST']}:{app.config['PORT']}/webhook", app.config["APP_SECRET"]
            )
        from sandbox import simulator, zalo_standin

        zalo_bp = zalo_standin.create_blueprint()
        app.register_blueprint(zalo_bp, url_prefix=SANDBOX_ZALO_PREFIX)
        if zalo and (app.config["START_WORKERS"] or app.config.get("ECHO_SENDS")):
            zalo_bp.state.send_echoes_to(f"http://{app.config['HOST']}:{app.config['PORT']}/zalo/webhook", zalo[0])
        app.register_blueprint(simulator.bp)
    _register_error_pages(app)
    from messenger.fast_intake import WebhookFastPath

    app.wsgi_app = WebhookFastPath(app)  # Meta's deliveries answered without Flask's request machinery

    workers = Workers(app.config)
    app.extensions["pakn_workers"] = workers
    if app.config["START_WORKERS"]:
        workers.start()
    return app


def _register_error_pages(app):
    """A clear JSON error for every 4xx on the API, never a bare 500 page."""
    from werkzeug.exceptions import HTTPException

    @app.errorhandler(HTTPException)
    def http_error(error):
        return jsonify(error=error.description, status=error.code), error.code


def __getattr__(name):
    """`webhook:app` for WSGI servers, built on first access (imports stay side-effect free), with
    `.env` loaded as `python -m bot` does."""
    if name == "app":
        load_env_file()
        globals()["app"] = create_app()
        return globals()["app"]
    raise AttributeError(name)
