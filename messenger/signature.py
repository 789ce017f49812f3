"""Meta's `X-Hub-Signature-256`: HMAC-SHA256 of the raw body, keyed by the app secret."""

import hashlib
import hmac


def sign(secret, body):
    """The header value Meta would send for `body` (bytes)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def signature_is_valid(secret, body, header):
    """Constant-time compare against the exact bytes received, never re-serialised JSON."""
    if not secret or not header or not header.startswith("sha256="):
        return False
    return hmac.compare_digest(sign(secret, body).encode(), header.encode("ascii", "replace"))
