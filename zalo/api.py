"""A small client for the Zalo OA API on `requests`: consultation messages, and its error table.

Zalo answers HTTP 200 even when it refuses: the body's `error` is 0 on success, a negative code
otherwise. What each code means for the outbox:

- -216 and -220: the access token is invalid or expired: refresh once, then try again;
- -32: too many requests: back off;
- -213, -217, -227, -230, -232, -234, -244: permanent for this citizen (not a follower, blocked,
  inactive, outside the 7-day window, …): marked failed, the officer told why;
- HTTP 5xx, timeouts, dropped connections: transient, retried with backoff.

Any other code is taken as permanent (shown with its number): retrying a refused request
unchanged only fails again.
"""

import requests

SEND_PATH = "/v3.0/oa/message/cs"
TOKEN_CODES = {-216, -220}
RATE_LIMIT_CODES = {-32}
PERMANENT_CODES = {-213, -217, -227, -230, -232, -234, -244}
OUTSIDE_WINDOW_CODES = {-230, -232}


class ZaloError(Exception):
    def __init__(self, message, code=None, http_status=None, transient=False, ambiguous=False):
        super().__init__(message)
        self.code, self.http_status, self.transient, self.ambiguous = code, http_status, transient, ambiguous

    @property
    def bad_token(self):
        return self.code in TOKEN_CODES

    @property
    def rate_limited(self):
        return self.code in RATE_LIMIT_CODES


class ZaloClient:
    def __init__(self, api_url, timeout=10, session=None):
        self.api_url = (api_url or "").rstrip("/")
        self.timeout = timeout
        self.session = session or requests.Session()

    def send_message(self, access_token, user_id, message):
        """Send one consultation message; return Zalo's message id or raise ZaloError."""
        body = {"recipient": {"user_id": user_id}, "message": message}
        try:
            response = self.session.post(
                self.api_url + SEND_PATH,
                json=body,
                timeout=self.timeout,
                headers={"access_token": access_token, "Content-Type": "application/json"},
            )
        except (requests.Timeout, requests.ConnectionError) as exc:
            never_sent = isinstance(exc, requests.ConnectTimeout) or (
                isinstance(exc, requests.ConnectionError) and "NewConnectionError" in repr(exc)
            )
            raise ZaloError(f"network: {exc.__class__.__name__}", transient=True, ambiguous=not never_sent) from exc
        data = _json(response)
        if response.status_code >= 500:
            raise ZaloError(f"HTTP {response.status_code}", http_status=response.status_code, transient=True)
        code = data.get("error") if isinstance(data.get("error"), int) else None
        if response.ok and code == 0:
            result = data.get("data") if isinstance(data.get("data"), dict) else {}
            message_id = result.get("message_id") or result.get("msg_id")
            return str(message_id) if message_id is not None else None
        text = data.get("message") if isinstance(data.get("message"), str) else f"HTTP {response.status_code}"
        if code is None:  # not Zalo's shape (a proxy's page, a 4xx without a body): not worth repeating
            raise ZaloError(text[:300], http_status=response.status_code)
        transient = code in TOKEN_CODES or code in RATE_LIMIT_CODES
        raise ZaloError(text[:300], code=code, http_status=response.status_code, transient=transient)


def _json(response):
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
