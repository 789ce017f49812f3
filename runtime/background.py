"""The threads that work after the 200: events, then sends, then downloads.

Each loop owns one database connection and sleeps until woken (a new event,
a new reply) or until its next retry is due.
"""

import logging

import requests

from core.config import graph_token
from core.zalo_settings import with_sandbox_zalo, zalo_accounts
from messenger.download_pool import DownloadPool
from messenger.pages import PageClients
from messenger.send_api import GraphClient
from messenger.sender import send_due_messages
from runtime.loop import Loop
from runtime.scheduler import DutyLoops
from runtime.worker import BATCH, process_pending_events
from runtime.zalo_loops import ZaloLoops

log = logging.getLogger(__name__)
IDLE_SECONDS = 30
# Replies queued by another process (`python -m bot console reply` on the command line)
# cannot wake this one's senders: they look again this often when idle.
SENDER_IDLE_SECONDS = 2
# What a group of events needs woken (waking threads for nothing cost a tenth of the CPU under
# load): Meta's receipts and reactions are ignored, and only `attachments` carry a file to fetch.
IGNORED = {"read", "delivery", "reaction", "user_received_message", "user_seen_message", "user_reacted_message"}
NO_FILES = IGNORED | {"text", "quick_reply", "postback", "echo", "referral", "edit", "unknown"}
NO_FILES |= {"user_send_text", "user_send_sticker", "oa_send_text", "follow", "unfollow"}  # Zalo's commonest


def graph_session(cfg):
    """A session that reads proxy settings (HTTPS_PROXY, NO_PROXY) once, not on every send:
    re-reading the environment and ~/.netrc was a sixth of each send's CPU under load."""
    session = requests.Session()
    session.proxies.update(requests.utils.get_environ_proxies(cfg["GRAPH_API_URL"] or "http://localhost"))
    session.trust_env = False
    return session


class Workers:
    """Started by the app factory; `wake()` is called after events are stored."""

    def __init__(self, cfg):
        cfg = with_sandbox_zalo(cfg)  # the sandbox's own OA, as the app factory gave the web process
        path = cfg["DATABASE_PATH"]
        self.client = GraphClient(
            cfg["GRAPH_API_URL"], graph_token(cfg), cfg["GRAPH_TIMEOUT_SECONDS"], graph_session(cfg)
        )
        # Several senders, each with its own citizens and connection to Meta: while one waits for
        # Meta's answer the others send (one thread spent most of its time waiting).
        self.senders = [self._sender_loop(cfg, path, k) for k in range(cfg.get("SENDER_THREADS", 5))]
        self.downloads = DownloadPool(cfg, path, lambda: self.downloader.wake())
        self.downloader = Loop("downloader", path, self.downloads.step)
        self.events = Loop("events", path, self._process_events(cfg))
        self.duty = DutyLoops(cfg, self.wake_sender)  # e-mail, digest, quiet handoffs, retention: runtime/scheduler.py
        self.loops = [self.events, *self.senders, self.downloader] + self.duty.loops
        accounts = zalo_accounts(cfg)
        self.zalo = ZaloLoops(cfg, accounts) if accounts else None  # nothing Zalo without an OA
        if self.zalo:
            self.loops += self.zalo.loops
        self.started = False

    def _sender_loop(self, cfg, path, k):
        client = (
            self.client
            if k == 0
            else GraphClient(cfg["GRAPH_API_URL"], graph_token(cfg), cfg["GRAPH_TIMEOUT_SECONDS"], graph_session(cfg))
        )
        client = PageClients(cfg, client)  # each page's own token (several wards, core/pages.py)
        shard = (k, cfg.get("SENDER_THREADS", 5))
        return Loop(f"sender-{k}", path, lambda db: send_due_messages(db, cfg, client, shard), idle=SENDER_IDLE_SECONDS)

    def _process_events(self, cfg):
        def step(db):
            kinds = set()
            handled = process_pending_events(db, cfg, kinds)
            if kinds - IGNORED:
                for sender in self.senders:  # not wake_sender(): this may run before start() returns
                    sender.wake()
                if self.zalo:
                    self.zalo.wake_senders()
                if kinds - NO_FILES:
                    self.downloader.wake()
                self.duty.wake()
            return 0 if handled == BATCH else None

        return step

    def start(self):
        for loop in self.loops:
            loop.start()
        self.started = True

    def wake(self):
        if self.started:
            self.events.wake()

    def wake_sender(self):
        if self.started:
            for sender in self.senders:
                sender.wake()
            if self.zalo:
                self.zalo.wake_senders()

    def stop(self):
        self.downloads.stop()
        for loop in self.loops:
            loop.stop()
        for loop in self.loops:
            loop.join(timeout=5)
