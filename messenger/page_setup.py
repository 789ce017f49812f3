"""The page's Messenger Profile and webhook fields, set by command (`python -m bot setup-page`,
cli/page_setup.py).

Meta's UI for these is easy to get subtly wrong and impossible to review, so
the profile lives here, built from the ward's config. `set_up_page` reads what
the page has and posts only what differs: a second run changes nothing.
"""

from bot import texts
from core.config import graph_token
from core.policy_links import policy_menu_items
from messenger.send_api import GraphClient

GREETING_MAX = 160  # Meta cuts longer greetings
PROFILE_FIELDS = ("get_started", "greeting", "persistent_menu", "ice_breakers")
# The webhook fields the bot handles (handlers/); echoes settle replies sent before a crash.
WEBHOOK_FIELDS = (
    "messages",
    "messaging_postbacks",
    "message_echoes",
    "message_reactions",
    "message_reads",
    "message_deliveries",
    "message_edits",
    "messaging_referrals",
    "standby",
    "messaging_handovers",
)  # handover: thread control with Meta's Page inbox
MENU_PAYLOADS = ("MENU_REPORT", "MENU_LOOKUP", "MENU_OFFICER")
ICE_BREAKERS = (
    ("Tôi muốn gửi phản ánh, kiến nghị", "MENU_REPORT"),
    ("Tôi muốn khiếu nại", "MENU_COMPLAINT"),
    ("Tôi muốn tố cáo", "MENU_DENOUNCE"),
    ("Tra cứu hồ sơ đã gửi", "MENU_LOOKUP"),
)
GREETINGS = {
    "default": (
        "Xin chào anh/chị! Đây là trợ lý tự động của {ward}, tiếp nhận phản ánh, kiến nghị, "
        'khiếu nại, tố cáo. Bấm "Bắt đầu" để gửi.',
        "Xin chào anh/chị! Đây là trợ lý tự động của phường, tiếp nhận phản ánh, kiến nghị, "
        'khiếu nại, tố cáo. Bấm "Bắt đầu" để gửi.',
    ),
    "en_US": (
        "Hello! This is the automated assistant of {ward}. It takes feedback, petitions, complaints "
        "and denunciations. Tap Get Started.",
        "Hello! This is the ward's automated assistant. It takes feedback, petitions, complaints "
        "and denunciations. Tap Get Started.",
    ),
}


def greeting_text(template, short, ward_name):
    """The greeting with the ward's name, or without it when a long name would pass 160 characters."""
    text = template.format(ward=ward_name)
    return text if len(text) <= GREETING_MAX else short


def messenger_profile(cfg):
    """The whole profile, as POSTed to /me/messenger_profile."""
    return {
        "get_started": {"payload": "GET_STARTED"},
        "greeting": [
            {"locale": locale, "text": greeting_text(*pair, cfg["WARD_NAME"])} for locale, pair in GREETINGS.items()
        ],
        "persistent_menu": [
            {
                "locale": "default",
                "composer_input_disabled": False,
                "call_to_actions": [{"type": "postback", "title": texts.TITLES[p], "payload": p} for p in MENU_PAYLOADS]
                + policy_menu_items(cfg),
            }
        ],  # the privacy policy, one tap away (App Review asks for it)
        "ice_breakers": [
            {
                "locale": "default",
                "call_to_actions": [{"question": question, "payload": payload} for question, payload in ICE_BREAKERS],
            }
        ],
    }


def graph_client(cfg):
    """The Graph API of this config: Meta's, or in sandbox mode the stand-in inside the running server."""
    from core.config import SANDBOX_GRAPH_PREFIX

    url = cfg["GRAPH_API_URL"] or f"http://{cfg['HOST']}:{cfg['PORT']}{SANDBOX_GRAPH_PREFIX}/v21.0"
    return GraphClient(url, graph_token(cfg), cfg["GRAPH_TIMEOUT_SECONDS"])


def profile_changes(client, desired):
    """The fields of `desired` that the page does not have exactly."""
    data = client.get("/me/messenger_profile", {"fields": ",".join(PROFILE_FIELDS)}).get("data") or [{}]
    current = data[0] if isinstance(data[0], dict) else {}
    return {field: value for field, value in desired.items() if current.get(field) != value}


def missing_webhook_fields(client, app_id):
    """The fields our app is not subscribed to yet, and what it is subscribed to now."""
    apps = client.get("/me/subscribed_apps").get("data") or []
    ours = [a for a in apps if isinstance(a, dict) and (not app_id or str(a.get("id", app_id)) == str(app_id))]
    current = set(ours[0].get("subscribed_fields") or []) if len(ours) == 1 else set()
    return [f for f in WEBHOOK_FIELDS if f not in current], current


def describe(field, value):
    """One line a person can check against what Messenger shows."""
    if field == "get_started":
        return f"payload {value['payload']}"
    if field == "greeting":
        return " | ".join(f"{g['locale']} ({len(g['text'])} chars): {g['text']}" for g in value)
    if field == "persistent_menu":
        return " · ".join(f"{a['title']} ({a.get('payload') or a.get('url')})" for a in value[0]["call_to_actions"])
    return " · ".join(f"{a['question']} ({a['payload']})" for a in value[0]["call_to_actions"])


def set_up_page(client, cfg, dry_run=False):
    """Post what the page's profile lacks of `messenger_profile(cfg)` and subscribe the webhook fields
    it misses (nothing with `dry_run`): (the desired profile, the fields changed, the fields missing).
    Graph's refusals raise SendError (`graph_problem` says it in one sentence)."""
    desired = messenger_profile(cfg)
    changes = profile_changes(client, desired)
    missing, current = missing_webhook_fields(client, cfg["APP_ID"])
    if changes and not dry_run:
        client.post("/me/messenger_profile", changes)
    if missing and not dry_run:
        fields = sorted(current | set(WEBHOOK_FIELDS))  # keep what someone else subscribed
        client.post("/me/subscribed_apps", {"subscribed_fields": ",".join(fields)})
    return desired, changes, missing


def graph_problem(client, error):
    if error.code == 190:
        return f"Meta refused PAGE_ACCESS_TOKEN ({error}): generate a new page token and put it in .env."
    if error.http_status is None:
        return (
            f"Cannot reach the Graph API at {client.base_url} ({error}): in sandbox mode start the "
            "server first (`make run`), otherwise check GRAPH_API_URL and the network."
        )
    return f"The Graph API answered {error.http_status}: {error}; check GRAPH_API_URL and the page token."
