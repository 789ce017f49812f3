"""Fixtures for the duty officer's tests: a real SMTP server (aiosmtpd), officers on duty,
a Messenger clock set to a chosen moment. Test modules import the fixtures they use."""

import datetime as dt
import email
import email.policy
import itertools
import threading
import zoneinfo

import pytest
from aiosmtpd.controller import Controller
from live import free_port

from storage import write_transaction
from storage.duty_roster import new_link_code, set_roster
from storage.officers import create_officer

HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def local(*args):
    """A moment in the ward's time zone: local(2026, 3, 2, 9, 0)."""
    return dt.datetime(*args, tzinfo=HCM)


class Inbox:
    """An aiosmtpd handler that keeps what it received, and refuses the addresses in `refuse`."""

    def __init__(self):
        self.messages, self.refuse = [], set()
        self.changed = threading.Condition()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.changed:
            self.messages.append(message)
            self.changed.notify_all()
        return "250 Message accepted for delivery"

    def bodies(self):
        with self.changed:
            return [m.get_content() for m in self.messages]


@pytest.fixture
def smtp_server(app):
    """A real SMTP server on a local port; the app sends its e-mails there."""
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(
        SMTP_HOST="127.0.0.1", SMTP_PORT=port, SMTP_SECURITY="none", SMTP_USER="", SMTP_FROM="pakn@aiquoc.example"
    )
    yield inbox
    controller.stop()


def add_officer(db, username, email=None, on_duty="default"):
    with write_transaction(db):
        officer_id = create_officer(db, username, "a-long-password", full_name=username.title(), email=email)
        if on_duty:
            current = [r[0] for r in db.execute("SELECT officer_id FROM duty_roster WHERE day = ?", [on_duty])]
            set_roster(db, on_duty, current + [officer_id])
    return officer_id


def link_messenger(chat_factory, db, officer_id, psid):
    """The officer sends the one-time code from their own Messenger: returns their chat."""
    with write_transaction(db):
        code = new_link_code(db, officer_id)
    officer_chat = chat_factory(psid)
    replies = officer_chat.say(f"trực {code}")
    assert "Đã liên kết" in replies[0][0]
    return officer_chat


def at_moment(chat, moment):
    """Make the citizen's next events carry Meta timestamps from `moment` on."""
    chat.m._clock = itertools.count(int(moment.timestamp() * 1000), 1000)
    return chat
