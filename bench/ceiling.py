"""The ceiling: a bare Flask app that only checks the signature and answers 200.

Served by waitress exactly as `python -m bot serve` serves the bot (same
thread count, same options), so the ratio of the two request rates is what our
acknowledgement path (parse, classify, commit to SQLite) costs on top of the
web stack itself. `python -m bench.ceiling PORT` runs it.
"""

import os
import sys

from flask import Flask, jsonify, request

from core.config import Config
from messenger.signature import signature_is_valid


def create_ceiling_app(secret):
    app = Flask(__name__)

    @app.post("/webhook")
    def receive_events():
        body = request.get_data(cache=False)
        if not signature_is_valid(secret, body, request.headers.get("X-Hub-Signature-256")):
            return jsonify(error="invalid signature"), 403
        return jsonify(status="EVENT_RECEIVED"), 200

    @app.get("/healthz")
    def healthz():
        return jsonify(status="ok")

    return app


def serve_like_the_bot(app, port):
    """The waitress call of `bot serve`, with the bot's own thread setting."""
    from waitress import serve

    serve(
        app,
        host="127.0.0.1",
        port=port,
        threads=Config().WAITRESS_THREADS,
        ident="pakn-bot",
        clear_untrusted_proxy_headers=True,
    )


if __name__ == "__main__":
    serve_like_the_bot(create_ceiling_app(os.environ["APP_SECRET"]), int(sys.argv[1]))
