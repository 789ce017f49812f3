"""Zalo's token refresh: `POST {ZALO_OAUTH_URL}/v4/oa/access_token`.

Form fields `refresh_token`, `app_id`, `grant_type=refresh_token`, header `secret_key: <app
secret>`. Zalo answers a new pair: `{"access_token", "refresh_token", "expires_in": "90000"}`
(seconds, as a string; the access token lives about 25 h, the refresh token about 3 months), and
the refresh token just used is spent. A refusal is `{"error": <negative code>, "error_name", …}`.
Nothing here logs or raises with a token in it.
"""

import requests

REFRESH_PATH = "/v4/oa/access_token"
DEFAULT_EXPIRES_IN = 90_000  # 25 h, when Zalo's answer does not say


class RefreshFailed(Exception):
    """`spent`: Zalo refused the refresh token itself (used already, expired, revoked): only a new
    pair from the admin helps. Otherwise the refresh may be tried again."""

    def __init__(self, message, spent=False, code=None):
        super().__init__(message)
        self.spent, self.code = spent, code


def refresh_pair(oauth_url, app_id, app_secret, refresh_token, timeout=10, session=None):
    """(access token, refresh token, seconds the access token lives) or RefreshFailed."""
    http = session or requests
    try:
        response = http.post(
            (oauth_url or "").rstrip("/") + REFRESH_PATH,
            data={"refresh_token": refresh_token, "app_id": app_id, "grant_type": "refresh_token"},
            headers={"secret_key": app_secret},
            timeout=timeout,
        )
    except (requests.Timeout, requests.ConnectionError) as exc:
        raise RefreshFailed(f"Zalo OAuth unreachable ({exc.__class__.__name__})") from None
    if response.status_code >= 500:
        raise RefreshFailed(f"Zalo OAuth answered HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    access, refresh = data.get("access_token"), data.get("refresh_token")
    if isinstance(access, str) and access and isinstance(refresh, str) and refresh:
        return access, refresh, _seconds(data.get("expires_in"))
    code = data.get("error") if isinstance(data.get("error"), int) else None
    reason = data.get("error_name") or data.get("error_description") or data.get("message")
    reason = reason if isinstance(reason, str) else f"HTTP {response.status_code}"
    # Zalo's refusals (a spent or revoked refresh token, a wrong app secret) are final for this pair.
    raise RefreshFailed(f"Zalo refused the refresh ({code if code is not None else '?'}: {reason[:200]})", True, code)


def _seconds(value):
    try:
        seconds = int(str(value).strip())
    except (TypeError, ValueError):
        return DEFAULT_EXPIRES_IN
    return seconds if 60 <= seconds <= 10 * DEFAULT_EXPIRES_IN else DEFAULT_EXPIRES_IN
