"""From Meta's app-scoped user id to the page-scoped ids (PSIDs) the bot knows citizens by.

Meta's deletion callback names the person by the id *the app* knows them by; every row here is
keyed by the id *a page* knows them by. The Graph API's ID matching (`/{user-id}/ids_for_pages`,
with the app's access token `APP_ID|APP_SECRET` and its `appsecret_proof`) lists the PSIDs of the
same person on the pages of the app's business.
"""

import hashlib
import hmac

from messenger.send_api import GraphClient


def app_token(app_id, secret):
    return f"{app_id}|{secret}"


def appsecret_proof(secret, token):
    """What Meta requires beside an access token when the app demands proof of the secret."""
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()


def psids_for(cfg, user_id, app_id, secret, wanted_pages=None):
    """[(psid, page_id)] of the person on this app's pages; `wanted_pages` keeps only those pages
    (None: any page, a single-ward setup). Raises messenger.send_api.SendError when Graph cannot answer."""
    token = app_token(app_id, secret)
    client = GraphClient(cfg["GRAPH_API_URL"], token, cfg["GRAPH_TIMEOUT_SECONDS"])
    data = client.get(f"/{user_id}/ids_for_pages", {"appsecret_proof": appsecret_proof(secret, token)})
    found = []
    for row in data.get("data") or []:
        if not isinstance(row, dict) or not str(row.get("id", "")).isdigit():
            continue
        page_id = str((row.get("page") or {}).get("id", ""))
        if wanted_pages is None or page_id in wanted_pages:
            found.append((str(row["id"]), page_id or None))
    return found
