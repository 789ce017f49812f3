"""Meta's `signed_request`: `<signature>.<payload>`, both base64url without padding.

The signature is HMAC-SHA256 of the payload's base64url text (not of the decoded JSON) keyed with
the app secret; the payload names the algorithm, the app-scoped user id and when Meta issued it.
Anything else is refused with the reason, before any data is touched: a wrong algorithm, a wrong
signature, text that is not base64url, a payload that is not a JSON object with a user id, and a
request issued more than MAX_AGE_SECONDS ago (or later than CLOCK_SKEW_SECONDS from now), or past
its own `expires`.

The bound: Meta posts the callback when the person removes the app, so a genuine request is seconds
old; an hour leaves room for Meta's retries and a slow clock. A request older than that is a replay
of one seen before (answered from `data_requests` by its first confirmation) or of one captured
somewhere (a log, a proxy): it must not erase what the person wrote to the ward since.
"""

import base64
import binascii
import hashlib
import hmac
import json
import re
import time

ALGORITHM = "HMAC-SHA256"
MAX_AGE_SECONDS = 3600
CLOCK_SKEW_SECONDS = 300
MAX_LENGTH = 4096  # Meta's are a few hundred characters
_BASE64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_USER_ID = re.compile(r"^[0-9]{1,32}$")


class BadSignedRequest(ValueError):
    """Refused; `signature_wrong` tells a forgery (403) from a malformed request (400)."""

    def __init__(self, reason, signature_wrong=False):
        super().__init__(reason)
        self.signature_wrong = signature_wrong


def verify(signed_request, secrets, now=None):
    """(payload, the secret that signed it) for the first of `secrets` whose signature matches."""
    if not isinstance(signed_request, str) or not signed_request or len(signed_request) > MAX_LENGTH:
        raise BadSignedRequest("signed_request missing or too long")
    parts = signed_request.split(".")
    if len(parts) != 2 or not all(_BASE64URL.match(part) for part in parts):
        raise BadSignedRequest("signed_request is not two base64url parts joined by a dot")
    signature, payload_text = _decode(parts[0]), parts[1]
    payload = _payload(payload_text)
    if str(payload.get("algorithm", "")).upper() != ALGORITHM:
        raise BadSignedRequest(f"algorithm must be {ALGORITHM}")
    matched = [s for s in secrets if s and hmac.compare_digest(sign_part(s, payload_text), signature)]
    if not matched:
        raise BadSignedRequest("signature does not match the app secret", signature_wrong=True)
    if not _USER_ID.match(str(payload.get("user_id", ""))):
        raise BadSignedRequest("payload has no numeric user_id")
    _check_fresh(payload, time.time() if now is None else now)
    return payload, matched[0]


def _check_fresh(payload, now):
    issued, expires = payload.get("issued_at"), payload.get("expires") or 0
    if not isinstance(issued, int) or isinstance(issued, bool) or not isinstance(expires, int):
        raise BadSignedRequest("payload has no issued_at time")
    if issued < now - MAX_AGE_SECONDS:
        raise BadSignedRequest(f"expired: issued more than {MAX_AGE_SECONDS // 60} minutes ago")
    if issued > now + CLOCK_SKEW_SECONDS:
        raise BadSignedRequest("issued_at is in the future")
    if expires and expires < now:
        raise BadSignedRequest("expired: past its expires time")


def sign_part(secret, payload_text):
    return hmac.new(secret.encode(), payload_text.encode("ascii"), hashlib.sha256).digest()


def make(secret, payload):
    """A signed_request as Meta builds it (tests, and the stand-in's documentation by example)."""
    payload_text = _encode(json.dumps(payload).encode())
    return _encode(sign_part(secret, payload_text)) + "." + payload_text


def _payload(text):
    try:
        payload = json.loads(_decode(text))
    except (UnicodeDecodeError, ValueError):
        raise BadSignedRequest("payload is not JSON") from None
    if not isinstance(payload, dict):
        raise BadSignedRequest("payload is not a JSON object")
    return payload


def _decode(part):
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        raise BadSignedRequest("not base64url") from None


def _encode(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")
