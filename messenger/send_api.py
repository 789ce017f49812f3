"""A small Send API client on `requests`.

Old wrappers (pymessenger, fbmessenger) are abandoned and verify signatures
wrongly; this is all we need. Errors are sorted into transient (retry with
backoff) and permanent (record and show the officer), as Meta documents.
"""

import requests

# Graph error codes worth retrying: unknown/temporary (1, 2, 1200), rate limits (4, 17, 32, 613).
TRANSIENT_CODES = {1, 2, 4, 17, 32, 613, 1200}
RATE_LIMIT_CODES = {4, 17, 32, 613}
BAD_TOKEN = 190


class SendError(Exception):
    def __init__(self, message, code=None, subcode=None, transient=False, http_status=None, ambiguous=False):
        super().__init__(message)
        self.code, self.subcode, self.transient, self.http_status = code, subcode, transient, http_status
        # The request may have reached Meta (a read timeout, a dropped connection): only
        # Meta's echo can tell whether the citizen got it, so a retry must wait for it.
        self.ambiguous = ambiguous

    @property
    def rate_limited(self):
        return self.code in RATE_LIMIT_CODES


class GraphClient:
    def __init__(self, base_url, token, timeout=10, session=None):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.session = session or requests.Session()

    def send_message(self, psid, message, messaging_type="RESPONSE", tag=None):
        """Send one message; return Meta's message id or raise SendError."""
        body = {"recipient": {"id": psid}, "messaging_type": messaging_type, "message": message}
        if tag:
            body["tag"] = tag
        return self.post("/me/messages", body).get("message_id")

    def post(self, path, body):
        try:
            response = self.session.post(
                self.base_url + path, json=body, timeout=self.timeout, params={"access_token": self.token}
            )
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise _network_error(exc) from exc
        return _result(response)

    def get(self, path, params=None):
        try:
            response = self.session.get(
                self.base_url + path, timeout=self.timeout, params=dict(params or {}, access_token=self.token)
            )
        except (requests.Timeout, requests.ConnectionError) as exc:
            raise SendError(f"network: {exc.__class__.__name__}", transient=True) from exc
        return _result(response)


def _network_error(exc):
    never_sent = isinstance(exc, requests.ConnectTimeout) or (
        isinstance(exc, requests.ConnectionError) and "NewConnectionError" in repr(exc)
    )
    return SendError(f"network: {exc.__class__.__name__}", transient=True, ambiguous=not never_sent)


def _result(response):
    try:
        data = response.json()
    except ValueError:
        data = {}
    if response.ok and isinstance(data, dict) and "error" not in data:
        return data
    error = data.get("error") if isinstance(data, dict) and isinstance(data.get("error"), dict) else {}
    code = error.get("code")
    transient = response.status_code >= 500 or code in TRANSIENT_CODES or bool(error.get("is_transient"))
    if code in (551, 100, BAD_TOKEN, 10):
        transient = False
    message = error.get("message") or f"HTTP {response.status_code}"
    raise SendError(
        message, code=code, subcode=error.get("error_subcode"), transient=transient, http_status=response.status_code
    )
