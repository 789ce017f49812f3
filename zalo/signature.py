"""Zalo's `X-ZEvent-Signature: mac=<hex>`: SHA-256 of app id + raw body + timestamp + secret key.

A plain SHA-256 of the joined bytes, not an HMAC, over the exact bytes received (never
re-serialised JSON); the timestamp is the body's own field. Which secret, the OA's or the app's,
is ZALO_SIGNATURE_KEY's choice (core/zalo_settings.py). The compare is constant-time.
"""

import hashlib
import hmac


def mac(app_id, body, timestamp, secret):
    """The hex digest Zalo sends for `body` (bytes)."""
    joined = str(app_id).encode("utf-8") + body + str(timestamp).encode("utf-8") + str(secret).encode("utf-8")
    return hashlib.sha256(joined).hexdigest()


def header_for(app_id, body, timestamp, secret):
    """The header value Zalo would send (the stand-in and the tests sign with it)."""
    return "mac=" + mac(app_id, body, timestamp, secret)


def mac_is_valid(app_id, body, timestamp, secret, header):
    """Does `header` carry the mac of `body`? False for any missing part."""
    if not app_id or not secret or timestamp in (None, "") or not isinstance(header, str):
        return False
    given = header.strip()
    given = given[4:] if given.lower().startswith("mac=") else given
    return hmac.compare_digest(mac(app_id, body, timestamp, secret).encode(), given.lower().encode("ascii", "replace"))
