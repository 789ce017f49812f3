"""`POST /webhook` answered in front of Flask: the acknowledgement path without the web framework.

Measured in-process (bench/inprocess.py), Flask's request machinery (the
request context, URL matching, the before/after-request hooks of the console,
CSRF and the database, the session interface, `jsonify`) cost about as much
as everything the webhook itself does: parse, commit, answer. None of it is
needed by Meta's deliveries: no cookie, no form, no template. So the app's
WSGI entry answers a well-formed POST /webhook itself, with the very same
checks (`messenger.intake.acknowledge`: signature, JSON, pages, commit), and
hands everything else to Flask untouched, including a webhook POST it does
not recognise at once (no Content-Length, or a body over MAX_BODY_BYTES: Flask
answers those as before, 413 included).
"""

import json

from werkzeug.exceptions import InternalServerError

from messenger.intake import acknowledge

REASONS = {200: "200 OK", 400: "400 BAD REQUEST", 403: "403 FORBIDDEN", 500: "500 INTERNAL SERVER ERROR"}


class WebhookFastPath:
    """Wraps `app.wsgi_app`: `app.wsgi_app = WebhookFastPath(app)`."""

    def __init__(self, app):
        self.app, self.flask = app, app.wsgi_app

    def __call__(self, environ, start_response):
        length = self._length(environ)
        if length is None:
            return self.flask(environ, start_response)
        body = environ["wsgi.input"].read(length)  # read once: the signature and the parser share it
        try:
            status, answer = acknowledge(
                self.app.config, body, environ.get("HTTP_X_HUB_SIGNATURE_256"), self.app.extensions["pakn_workers"]
            )
        except Exception:  # noqa: BLE001 - as Flask would: the same log line, the same JSON 500
            self.app.logger.exception("Exception on /webhook [POST]")  # Meta delivers it again later
            status, answer = 500, {"error": InternalServerError.description, "status": 500}
        payload = json.dumps(answer, separators=(",", ":"), sort_keys=True).encode() + b"\n"
        start_response(REASONS[status], [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))])
        return [payload]

    def _length(self, environ):
        """The body's length when this is a delivery the fast path takes, else None (Flask's turn)."""
        if environ.get("PATH_INFO") != "/webhook" or environ.get("REQUEST_METHOD") != "POST":
            return None
        try:
            length = int(environ.get("CONTENT_LENGTH") or "")
        except ValueError:
            return None
        limit = self.app.config.get("MAX_CONTENT_LENGTH")
        return length if length >= 0 and (limit is None or length <= limit) else None
