"""`python -m bot chat` (cli/chat.py): the Messenger simulator in a terminal, for a server without a browser.

It plays the citizen's phone against a running sandbox server the same way
the browser simulator does: signed events to `/webhook`, replies read from
the Graph stand-in as they are sent (a watcher thread prints them the moment
they arrive). Quick replies are numbered: typing the number taps it.
`--channel zalo` plays a citizen of the ward's Zalo OA instead: events signed as Zalo signs them
to `/zalo/webhook`, replies read at the Zalo stand-in, its buttons numbered the same way.
"""

import os
import sys
import threading
import time
import uuid

import click
import requests

from core.zalo_settings import SANDBOX_ZALO_PREFIX, with_sandbox_zalo, zalo_accounts
from messenger.page_setup import messenger_profile
from sandbox.simulator import zalo_delivery
from sandbox.simulator.delivery import (
    attachment_event,
    attachment_type,
    deliver,
    postback_event,
    quick_reply_event,
    server_url,
    text_event,
    upload,
)

HELP = (
    "Gõ tin nhắn rồi Enter; gõ số để bấm nút trả lời nhanh.\n"
    "/start: nút Bắt đầu · /menu: menu của trang · /photo ĐƯỜNG_DẪN: gửi ảnh · "
    "/file ĐƯỜNG_DẪN: gửi tệp · /quit: thoát"
)
POLL_SECONDS = 0.25
REPLY_WAIT_SECONDS = 15


class TerminalPhone:
    """One citizen's chat: sends what is typed, prints what the bot sends."""

    def __init__(self, base_url, app_secret, psid, menu):
        self.base_url, self.app_secret, self.psid, self.menu = base_url.rstrip("/"), app_secret, psid, menu
        from core.config import SANDBOX_GRAPH_PREFIX

        self.standin = self.base_url + SANDBOX_GRAPH_PREFIX
        self.cdn = self.standin  # files go to the Graph stand-in's CDN, whichever channel
        self.who = "psid"  # how the stand-in's record names the citizen
        self.http = requests.Session()
        self.choices = []  # [(event builder, payload, title)] that a number taps
        self.cursor = 0
        self.replied = threading.Event()
        self.lock = threading.Lock()

    def connect(self):
        """Start reading after what was already sent: a new chat shows only new replies."""
        try:
            response = self.http.get(f"{self.standin}/_sent", params={self.who: self.psid, "after": 2**62}, timeout=5)
        except requests.ConnectionError:
            raise click.ClickException(
                f"Cannot reach PAKN Bot at {self.base_url}: start it in another terminal "
                "with `make run` (sandbox mode, PAGE_ACCESS_TOKEN unset)."
            ) from None
        if response.status_code == 404:
            raise click.ClickException(
                f"The server at {self.base_url} is not in sandbox mode: the chat needs "
                "its Graph stand-in, so run it with PAGE_ACCESS_TOKEN unset."
            )
        self.cursor = response.json()["next"]
        threading.Thread(target=self._watch, daemon=True, name="chat-replies").start()

    def _watch(self):
        while True:
            try:
                data = self.http.get(
                    f"{self.standin}/_sent", params={self.who: self.psid, "after": self.cursor}, timeout=5
                ).json()
            except (requests.RequestException, ValueError):
                time.sleep(1)  # the server restarts: keep the chat open
                continue
            self.cursor = 0 if data["next"] < self.cursor else data["next"]
            for sent in data["messages"]:
                self._show(sent["message"])
            time.sleep(POLL_SECONDS)

    def _show(self, message):
        text = message.get("text") or f"[{(message.get('attachment') or {}).get('type', 'tin nhắn')}]"
        quick = [q for q in message.get("quick_replies") or [] if q.get("content_type", "text") == "text"]
        with self.lock:
            click.echo("Trợ lý: " + text.replace("\n", "\n        "))
            if quick:
                self.choices = [(quick_reply_event, q["payload"], q["title"]) for q in quick]
                self._echo_choices()
        self.replied.set()

    def _echo_choices(self):
        click.echo("  " + "  ".join(f"[{n}] {title}" for n, (_, _, title) in enumerate(self.choices, 1)))

    def handle(self, line):
        """Act on one typed line; False when the citizen leaves."""
        line = line.rstrip("\r\n")
        command, _, argument = line.partition(" ")
        if command in ("/quit", "/thoat"):
            return False
        if command == "/menu":
            with self.lock:
                self.choices = [(postback_event, a["payload"], a["title"]) for a in self.menu]
                self._echo_choices()
            return True
        if command == "/start":
            return self.send(postback_event(self.psid, "GET_STARTED", "Bắt đầu"))
        if command in ("/photo", "/file"):
            return self.send_file(argument.strip())
        if line.strip().isdigit() and 1 <= int(line) <= len(self.choices):
            build, payload, title = self.choices[int(line) - 1]
            click.echo(f"→ {title}")
            return self.send(build(self.psid, payload, title))
        if line.strip():
            if not sys.stdin.isatty():  # piped input is not on the screen: show what was said
                click.echo(f"→ {line}")
            return self.send(self.text_event(line))
        return True

    def text_event(self, text):
        return text_event(self.psid, text)

    def file_event(self, type_, url):
        return attachment_event(self.psid, type_, url)

    def post(self, event):
        return deliver(self.base_url + "/webhook", self.app_secret, event, http=self.http)

    def send_file(self, path):
        try:
            with open(os.path.expanduser(path), "rb") as handle:
                data = handle.read()
        except OSError as exc:
            click.echo(f"Không mở được tệp {path!r}: {exc.strerror}.", err=True)
            return True
        import mimetypes

        content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
        extension = os.path.splitext(path)[1].lower()[:9] or ".bin"
        url = upload(self.cdn, uuid.uuid4().hex + extension, data, content_type, http=self.http)
        click.echo(f"→ [{os.path.basename(path)}]")
        return self.send(self.file_event(attachment_type(content_type), url))

    def send(self, event):
        self.replied.clear()
        response = self.post(event)
        if response.status_code == 403:
            raise click.ClickException(
                "The server refused the signature: run the chat with the same APP_SECRET (or ZALO_* keys, "
                ".env) as the server."
            )
        if response.status_code != 200:
            click.echo(f"/webhook answered {response.status_code}: {response.text[:200]}", err=True)
        elif not self.replied.wait(REPLY_WAIT_SECONDS):
            click.echo("(Trợ lý chưa trả lời; câu trả lời sẽ hiện ra khi đến.)")
        return True


class ZaloTerminalPhone(TerminalPhone):
    """The same chat on the ward's Zalo OA: a button's payload comes back as the citizen's text."""

    def __init__(self, base_url, account, user_id, menu):
        super().__init__(base_url, None, user_id, menu)
        self.account = account
        self.standin = self.base_url + SANDBOX_ZALO_PREFIX
        self.who = "user_id"

    def _show(self, message):
        text = message.get("text") or "[tin nhắn]"
        buttons = ((message.get("attachment") or {}).get("payload") or {}).get("buttons") or []
        taps = [b for b in buttons if b.get("type") == "oa.query.show"]
        with self.lock:
            click.echo("Trợ lý: " + text.replace("\n", "\n        "))
            if taps:
                self.choices = [(self._typed, b["payload"], b["title"]) for b in taps]
                self._echo_choices()
        self.replied.set()

    def _typed(self, user_id, payload, title):
        return zalo_delivery.text_event(self.account, user_id, payload)

    def _menu_event(self, user_id, payload, title):
        if payload == "GET_STARTED":
            return zalo_delivery.follow_event(self.account, user_id)
        return zalo_delivery.text_event(self.account, user_id, title)

    def handle(self, line):
        command = line.strip().partition(" ")[0]
        if command == "/start":
            return self.send(zalo_delivery.follow_event(self.account, self.psid))
        if command == "/menu":
            with self.lock:
                self.choices = [(self._menu_event, a["payload"], a["title"]) for a in self.menu]
                self._echo_choices()
            return True
        return super().handle(line)

    def text_event(self, text):
        return zalo_delivery.text_event(self.account, self.psid, text)

    def file_event(self, type_, url):
        return zalo_delivery.attachment_event(self.account, self.psid, type_, url)

    def post(self, event):
        return zalo_delivery.deliver(self.base_url + "/zalo/webhook", self.account, event, http=self.http)


def run_chat(cfg, url=None, psid=None, channel="messenger"):
    """Chat on standard input and output until /quit or its end, as `psid` (default: a new citizen),
    on the ward's Facebook page or its Zalo Official Account."""
    cfg = with_sandbox_zalo(cfg)
    menu = messenger_profile(cfg)["persistent_menu"][0]["call_to_actions"]
    psid = psid or str(int(time.time() * 1000))
    if channel == "zalo":
        accounts = zalo_accounts(cfg)
        if not accounts:
            raise click.ClickException("This configuration has no Zalo OA (ZALO_OA_ID): nothing to chat with.")
        phone = ZaloTerminalPhone(url or server_url(cfg), accounts[0], psid.removeprefix("zalo:"), menu)
    else:
        phone = TerminalPhone(url or server_url(cfg), cfg["APP_SECRET"], psid, menu)
    phone.connect()
    where = "Zalo OA của " if channel == "zalo" else ""
    who = "Zalo user_id" if channel == "zalo" else "PSID"
    click.echo(f"Người dân {who} {phone.psid} đang nhắn tin tới {where}{cfg['WARD_NAME']} ({phone.base_url}).")
    click.echo(HELP)
    try:
        for line in sys.stdin:
            if not phone.handle(line):
                break
    except KeyboardInterrupt:
        pass
    except requests.RequestException as exc:
        raise click.ClickException(
            f"Lost the server at {phone.base_url} ({exc.__class__.__name__}): is it still running?"
        ) from None
