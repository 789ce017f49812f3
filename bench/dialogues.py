"""Multi-turn dialogues played through the real webhook and the real conversation, in-process: each
citizen's script (typed words, taps, photos, time passing, an officer's action) and, after any turn,
what must be true. The format is documented in docs/understanding.md (Measured), the checks are
bench/dialogue_checks.py, the figures bench/dialogue_report.py. Each dialogue is a citizen of its own
(their own PSID) on one fresh database seeded as a new ward starts, so what one files never shows in
another's look-up.
"""

import json
import os
import tempfile
import time

from bench.dialogue_checks import CHECKS, Seen
from bench.dialogue_report import figures
from casework.handoffs import close_by_officer
from casework.workflow import allowed_next, change_status
from messenger.signature import sign
from runtime.worker import process_pending_events
from storage import connect
from storage.handoffs import open_handoff_of
from webhook import create_app

SECRET = "bench-dialogues"  # nosec B105 # a throwaway app secret for an in-process app
PAGE = "1"
OFFICER = {"id": None, "username": "bench", "role": "admin"}
PHOTO_URL = "https://scontent.xx.fbcdn.net/v/t1/{n}.jpg"
ACTIONS = ("say", "tap", "postback", "send", "later", "officer")


def load_dialogues(path):
    with open(path, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("//")]


def measure_dialogues(path):
    """Play every dialogue of `path`; returns the figures and, for each dialogue missed, what failed."""
    dialogues = load_dialogues(path)
    with tempfile.TemporaryDirectory(prefix="pakn-dialogues-") as folder:
        app = create_app(
            {
                "DATABASE_PATH": os.path.join(folder, "bot.db"),
                "APP_SECRET": SECRET,
                "PAGE_ACCESS_TOKEN": "bench",  # nosec B105 # the bench stand-in's token, not a secret
                "SANDBOX": False,
                "START_WORKERS": False,
                "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
                "TESTING": True,
            }
        )
        db = connect(app.config["DATABASE_PATH"])
        try:
            outcomes = [Citizen(app, db, f"dialogue-{n}").play(dialogue) for n, dialogue in enumerate(dialogues)]
        finally:
            db.conn.close()
    return figures(dialogues, outcomes, path)


class Citizen:
    """One citizen on Messenger: signed events to /webhook, the worker run, replies read from the outbox."""

    def __init__(self, app, db, psid):
        self.app, self.db, self.psid = app, db, psid
        self.client = app.test_client()
        self.clock = int(time.time() * 1000)
        self.outbox_seen, self.mids = 0, 0

    def play(self, dialogue):
        """[(check, expected, met)] for every expectation of the dialogue, in order."""
        seen, results = Seen(self.psid), []
        for turn in dialogue["turns"]:
            action = next((a for a in ACTIONS if a in turn), None)
            if action is None:
                raise ValueError(f"{dialogue.get('id')}: a turn needs one of {ACTIONS}: {turn}")
            before = seen.snapshot(self.db, self.app.config)
            replies = self.act(action, turn[action])
            seen.after_turn(self.db, self.app.config, replies, before)
            for check, expected in (turn.get("expect") or {}).items():
                if check not in CHECKS:
                    raise ValueError(f"{dialogue.get('id')}: no such check {check!r} (bench/dialogue_checks.py)")
                expected = self.with_code(expected)
                results.append((check, expected, bool(CHECKS[check](seen, expected))))
        return results

    def with_code(self, value):
        """ "{last_code}" in a typed text or an expectation: the code of this citizen's latest case."""
        if isinstance(value, str):
            return value.replace("{last_code}", self.last_code() or "AQ-2026-00000")
        if isinstance(value, list):
            return [self.with_code(v) for v in value]
        return value

    def act(self, action, value):
        if action == "later":
            self.clock += int(float(value) * 3600 * 1000)
            return []
        if action == "officer":
            self.officer(value)
            return self.replies()
        self.post(self.event(action, value))
        return self.replies()

    def event(self, action, value):
        self.clock += 1000
        self.mids += 1
        mid = f"m-{self.psid}-{self.mids}"
        if action == "postback":
            return self._base(postback={"mid": mid, "title": value, "payload": value})
        if action == "tap":
            return self._base(message={"mid": mid, "text": value, "quick_reply": {"payload": value}})
        if action == "send":  # "photo", "file", "sticker"
            kind = {"photo": "image"}.get(value, value)
            payload = {"url": PHOTO_URL.format(n=mid)}
            if kind == "sticker":
                payload["sticker_id"] = 369239263222822
            return self._base(message={"mid": mid, "attachments": [{"type": kind, "payload": payload}]})
        return self._base(message={"mid": mid, "text": self.with_code(value)})

    def _base(self, **part):
        return {"sender": {"id": self.psid}, "recipient": {"id": PAGE}, "timestamp": self.clock, **part}

    def post(self, event):
        body = json.dumps({"object": "page", "entry": [{"id": PAGE, "time": self.clock, "messaging": [event]}]})
        body = body.encode()
        headers = {"X-Hub-Signature-256": sign(SECRET, body), "Content-Type": "application/json"}
        self.client.post("/webhook", data=body, headers=headers)
        process_pending_events(self.db, self.app.config)

    def replies(self):
        """[(text, [payloads])] queued for this citizen since the last call."""
        rows = list(
            self.db.query(
                "SELECT id, message FROM outbox WHERE psid = ? AND id > ? ORDER BY id", [self.psid, self.outbox_seen]
            )
        )
        if rows:
            self.outbox_seen = rows[-1]["id"]
        messages = [json.loads(row["message"]) for row in rows]
        return [(m["text"], [q["payload"] for q in m.get("quick_replies") or []]) for m in messages if "text" in m]

    def officer(self, what):
        """An officer's act from the console: "close_handoff", or a status of the citizen's latest case."""
        cfg = self.app.config  # each operation runs in its own transaction (storage/db.py)
        if what == "close_handoff":
            handoff = open_handoff_of(self.db, cfg.get("PAGE_ID") or None, self.psid)
            if handoff is not None:
                close_by_officer(self.db, cfg, handoff["id"], OFFICER)
            return
        report = self.db.execute(
            "SELECT id, status FROM reports WHERE psid = ? ORDER BY id DESC", [self.psid]
        ).fetchone()
        if report is not None:
            for status in status_path(report[1], what):
                change_status(self.db, cfg, report[0], status, "Bench", OFFICER)

    def last_code(self):
        row = self.db.execute("SELECT code FROM reports WHERE psid = ? ORDER BY id DESC", [self.psid]).fetchone()
        return row[0] if row else None


def status_path(old, new):
    """The statuses an officer passes through from `old` to `new` in the console, fewest first: a script
    says where the case ends ("resolved"), the workflow says the steps ("new" is accepted first)."""
    paths = [[old]]
    while paths:
        path = paths.pop(0)
        if path[-1] == new:
            return path[1:]
        paths += [path + [step] for step in allowed_next(path[-1]) if step not in path]
    raise ValueError(f"no way from {old!r} to {new!r}")
