"""The Zalo OA's threads in the workers: its senders, and the token refresh ahead of expiry.

Started with the other loops by runtime/background.py when the server has an OA (core/zalo_settings.py).
The senders drain the outbox rows of Zalo's citizens (zalo/sender.py), each thread its own citizens
as Meta's senders do; the token loop refreshes each OA's pair an hour before it ends (zalo/tokens.py),
under the database lease, so several processes never refresh the same pair twice.
"""

import requests

from runtime.loop import Loop
from zalo.api import ZaloClient
from zalo.sender import send_due_zalo_messages
from zalo.tokens import refresh_due_tokens, seed_tokens

SENDER_THREADS = 2  # a ward's OA is a quiet channel next to Meta's; each thread keeps its citizens in order
SENDER_IDLE_SECONDS = 2  # replies queued by another process: looked for this often when idle


class ZaloLoops:
    def __init__(self, cfg, accounts):
        path = cfg["DATABASE_PATH"]
        self.senders = [
            Loop(f"zalo-sender-{k}", path, self._sender_step(cfg, (k, SENDER_THREADS)), idle=SENDER_IDLE_SECONDS)
            for k in range(SENDER_THREADS)
        ]
        session = requests.Session()
        seeded = []

        def token_step(db):
            if not seeded:  # the settings' pair, unless the table's is newer
                for account in accounts:
                    seed_tokens(db, account)
                seeded.append(True)
            return refresh_due_tokens(db, cfg, accounts, session)

        self.tokens = Loop("zalo-tokens", path, token_step)
        self.loops = [*self.senders, self.tokens]

    @staticmethod
    def _sender_step(cfg, shard):
        session = requests.Session()  # one connection to Zalo per thread
        client = ZaloClient(cfg["ZALO_API_URL"], cfg["GRAPH_TIMEOUT_SECONDS"], session)
        return lambda db: send_due_zalo_messages(db, cfg, client, shard, session)

    def wake_senders(self):
        for sender in self.senders:
            sender.wake()
