"""The officer sees on each answer whether Messenger delivered it and whether the citizen read it:
Meta's receipts as documented (no timestamp, only a watermark), posted signed to the
real server, and the case page read in real Chromium."""

import json
import time

import pytest
import requests
from messenger_support import APP_SECRET, PAGE_ID
from sandbox_server import add_account, run_bot
from scripts import CODE, run_script

from messenger.signature import sign
from storage import connect

pytestmark = pytest.mark.slow
PASSWORD = "mat-khau-xem-bien-nhan"


def receipt(psid, kind, watermark):
    """A receipt exactly as Meta documents message_deliveries / message_reads: no timestamp."""
    part = {"watermark": watermark}
    if kind == "delivery":
        part["mids"] = []
    body = json.dumps(
        {
            "object": "page",
            "entry": [
                {
                    "id": PAGE_ID,
                    "time": watermark,
                    "messaging": [{"sender": {"id": psid}, "recipient": {"id": PAGE_ID}, kind: part}],
                }
            ],
        }
    ).encode()
    return body


def post(server, body):
    response = requests.post(
        server.url + "/webhook",
        data=body,
        timeout=10,
        headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(APP_SECRET, body)},
    )
    assert response.status_code == 200 and response.json()["new"] == 1, response.text
    server.settle()


def marks(page, url):
    """The receipt mark on each of the bot's answers, in order ('' where there is none)."""
    page.goto(url)
    return [m.locator(".tag.receipt").all_inner_texts() for m in page.locator(".msg.out").all()]


def test_answers_show_delivered_then_read_from_the_watermarks(browser, live_bot, live_citizen):
    citizen = live_citizen(f"receipts-{int(time.time() * 1000)}")
    code = CODE.search(run_script(citizen, "feedback")[-1][0]).group()
    db = connect(live_bot.env["DATABASE_PATH"])
    claims = [
        row[0]
        for row in db.execute(
            "SELECT o.claimed_at FROM messages m JOIN outbox o ON o.id = m.outbox_id JOIN reports r"
            " ON r.id = m.report_id WHERE r.code = ? ORDER BY m.id",
            [code],
        )
    ]
    assert len(claims) >= 5 and all(claims)
    add_account(live_bot, "bienNhan", PASSWORD)
    page = browser.new_page()
    page.goto(live_bot.url + "/console/login")
    page.fill("input[name=username]", "bienNhan")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    url = f"{live_bot.url}/console/cases/{code}"
    assert marks(page, url) == [[]] * len(claims)  # no receipt yet: no mark

    # Delivered up to just before the last answer was handed to Meta: all but the last.
    post(live_bot, receipt(citizen.psid, "delivery", int(claims[-1] * 1000) - 1))
    assert marks(page, url) == [["đã nhận"]] * (len(claims) - 1) + [[]]
    shown = json.loads(run_bot(live_bot, "console", "show", code, "--json").stdout)  # the same in the CLI's JSON
    assert [m["receipt"] for m in shown["messages"] if m["direction"] == "out"] == ["delivered"] * (len(claims) - 1) + [
        None
    ]

    post(live_bot, receipt(citizen.psid, "read", int(time.time() * 1000)))
    assert marks(page, url) == [["đã xem"]] * len(claims)  # read implies delivered
    page.close()
