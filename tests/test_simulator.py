"""The simulator's server side: sandbox only, Meta-shaped signed events, clear refusals."""

import json

import pytest
from databases import migrated_database

from sandbox.simulator import event_for
from sandbox.simulator.delivery import SANDBOX_PAGE_ID, delivery_body
from webhook import create_app


@pytest.fixture
def sandbox_client(tmp_path):
    app = create_app(
        {
            "DATABASE_PATH": migrated_database(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "SANDBOX": True,
            "PAGE_ACCESS_TOKEN": "",
            "GRAPH_API_URL": "",
            "START_WORKERS": False,
            "TESTING": True,
        }
    )
    return app.test_client()


@pytest.mark.parametrize(
    "path", ["/simulator", "/simulator/api/citizens", "/simulator/static/simulator.js", "/graph-standin/_sent"]
)
def test_not_there_on_a_live_page(client, path):
    assert client.get(path).status_code == 404


def test_send_is_not_there_on_a_live_page(client):
    assert client.post("/simulator/api/send", json={"psid": "1", "kind": "text", "text": "x"}).status_code == 404


def test_the_phone_page_in_sandbox_mode(sandbox_client):
    page = sandbox_client.get("/simulator")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "UBND phường Ái Quốc" in html and 'name="viewport"' in html
    profile = json.loads(html.split('<script type="application/json" id="profile">')[1].split("</script>")[0])
    assert profile["get_started"] == {"payload": "GET_STARTED"}


@pytest.mark.parametrize(
    "action, problem",
    [
        (None, "JSON"),
        ({"psid": "../etc", "kind": "text", "text": "x"}, "PSID"),
        ({"psid": "1", "kind": "text", "text": "   "}, "trống"),
        ({"psid": "1", "kind": "quick_reply"}, "payload"),
        ({"psid": "1", "kind": "attachment", "type": "image", "url": "javascript:alert(1)"}, "http"),
        ({"psid": "1", "kind": "attachment", "type": "sticker", "url": "http://x/y.png"}, "image"),
        ({"psid": "1", "kind": "text", "text": "x" * 5001}, "5000"),
        ({"psid": "1", "kind": "telepathy"}, "kind"),
    ],
)
def test_bad_input_is_refused_with_a_reason(sandbox_client, action, problem):
    response = sandbox_client.post("/simulator/api/send", json=action)
    assert response.status_code == 400 and problem in response.get_json()["error"]


def test_events_have_meta_shapes():
    text = event_for({"psid": "42", "kind": "text", "text": "Đường nước"})
    assert text["sender"] == {"id": "42"} and text["recipient"] == {"id": SANDBOX_PAGE_ID}
    assert text["message"]["text"] == "Đường nước" and text["message"]["mid"].startswith("m_")
    tap = event_for({"psid": "42", "kind": "quick_reply", "payload": "MENU_REPORT", "title": "Gửi phản ánh"})
    assert tap["message"]["quick_reply"] == {"payload": "MENU_REPORT"} and tap["message"]["text"] == "Gửi phản ánh"
    button = event_for({"psid": "42", "kind": "postback", "payload": "GET_STARTED", "title": "Bắt đầu"})
    assert button["postback"]["payload"] == "GET_STARTED"
    photo = event_for({"psid": "42", "kind": "attachment", "type": "image", "url": "http://h/cdn/a.png"})
    assert photo["message"]["attachments"] == [{"type": "image", "payload": {"url": "http://h/cdn/a.png"}}]
    assert text["timestamp"] < tap["timestamp"] < button["timestamp"] < photo["timestamp"]


def test_body_is_escaped_ascii_like_meta():
    body = delivery_body(event_for({"psid": "42", "kind": "text", "text": "hoà"}))
    assert body.isascii() and b"\\u00e0" in body
    assert json.loads(body)["entry"][0]["messaging"][0]["message"]["text"] == "hoà"
