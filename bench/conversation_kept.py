"""Every labelled story, sent as a citizen's FIRST message through the real webhook and the real
conversation, must reach the case's content: the share `python -m bench understanding` reports as
"stories kept in the draft (through /webhook)". The rules may classify right and the wiring still drop
the words; this checks the words where the officer will read them.
"""

import json
import os
import tempfile

from messenger.signature import sign
from runtime.worker import process_pending_events
from storage import connect
from webhook import create_app

SECRET = "bench-understanding"  # nosec B105 # a throwaway app secret for an in-process app


def stories_kept(corpus):
    """{"right": n, "total": n, "lost": [texts]} for the corpus's report stories."""
    stories = [line["text"] for line in corpus if line["intent"] == "report" and line.get("story")]
    with tempfile.TemporaryDirectory(prefix="pakn-kept-") as folder:
        app = create_app(
            {
                "DATABASE_PATH": os.path.join(folder, "bot.db"),
                "APP_SECRET": SECRET,
                "PAGE_ACCESS_TOKEN": "bench",
                "SANDBOX": False,  # nosec B105 # an in-process app, no Meta
                "START_WORKERS": False,
                "GRAPH_API_URL": "http://127.0.0.1:9/v21.0",
                "TESTING": True,
            }
        )
        client, db = app.test_client(), connect(app.config["DATABASE_PATH"])
        lost = [text for number, text in enumerate(stories) if not _kept(client, db, app, f"kept-{number}", text)]
        db.conn.close()
    return {"right": len(stories) - len(lost), "total": len(stories), "lost": lost}


def _kept(client, db, app, psid, text):
    event = {
        "sender": {"id": psid},
        "recipient": {"id": "1"},
        "timestamp": 1_780_000_000_000,
        "message": {"mid": f"m-{psid}", "text": text},
    }
    body = json.dumps({"object": "page", "entry": [{"id": "1", "time": 1, "messaging": [event]}]}).encode()
    client.post(
        "/webhook", data=body, headers={"X-Hub-Signature-256": sign(SECRET, body), "Content-Type": "application/json"}
    )
    process_pending_events(db, app.config)
    row = db.execute("SELECT draft FROM conversations WHERE psid = ?", [psid]).fetchone()
    return row is not None and text.strip() in json.loads(row[0]).get("content", [])
