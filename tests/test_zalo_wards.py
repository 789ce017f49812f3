"""Several wards on one server, each with its Zalo OA in its PAGES_FILE entry: a Zalo citizen is that
ward's citizen (its page, its ticket prefix, its officers), and one OA's key never speaks for another."""

import pytest
from pages_support import PAGE_A, PAGE_B, write_pages_file
from scripts import run_script
from zalo_support import APP_ID, ZALO_APP_SECRET, Zalo, ZaloChat, drain_zalo

from core.config import Config
from core.pages import officer_sees
from storage import connect
from webhook import create_app

OA_A, OA_B = "4318000000000000011", "4318000000000000022"
ZALO_A = {
    "zalo_oa_id": OA_A,
    "zalo_oa_secret_key": "oa-key-a",
    "zalo_access_token": "za-a",
    "zalo_refresh_token": "zr-a",
}
ZALO_B = {
    "zalo_oa_id": OA_B,
    "zalo_oa_secret_key": "oa-key-b",
    "zalo_access_token": "za-b",
    "zalo_refresh_token": "zr-b",
}


@pytest.fixture
def wards(tmp_path, monkeypatch, zalo_standin):
    pages_file = write_pages_file(tmp_path, {**PAGE_A, **ZALO_A}, {**PAGE_B, **ZALO_B})
    for name, value in {
        "PAGES_FILE": str(pages_file),
        "ZALO_APP_ID": APP_ID,  # one app of the province manages both OAs
        "ZALO_APP_SECRET": ZALO_APP_SECRET,
        "PAKN_ENV_FILE": "/dev/null",
    }.items():
        monkeypatch.setenv(name, value)
    cfg = Config().as_dict()
    zalo_standin.state.access_tokens |= {"za-a", "za-b"}
    app = create_app(
        {
            **cfg,
            "DATABASE_PATH": str(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "START_WORKERS": False,
            "TESTING": True,
            "ZALO_API_URL": zalo_standin.url,
            "ZALO_OAUTH_URL": zalo_standin.url,
        }
    )
    db = connect(app.config["DATABASE_PATH"])
    yield app, db
    db.conn.close()


def test_each_wards_oa_files_cases_on_its_own_page(wards, zalo_standin):
    app, db = wards
    citizen = ZaloChat(app.test_client(), app, db, Zalo(secret="oa-key-b", oa_id=OA_B), "9500000000000000001")
    last = run_script(citizen, "feedback")
    code = next(w.rstrip(".,") for text, _ in last for w in text.split() if w.startswith("LC-"))
    report = dict(next(db.query("SELECT * FROM reports WHERE code = ?", [code])))
    assert (report["page_id"], report["channel"], report["psid"]) == (PAGE_B["page_id"], "zalo", citizen.psid)
    assert officer_sees({"page_id": PAGE_B["page_id"]}, report) and not officer_sees(
        {"page_id": PAGE_A["page_id"]}, report
    )
    drain_zalo(app, db)
    sent = zalo_standin.state.messages_to(citizen.user)
    assert sent and {m["access_token"] for m in sent} == {"za-b"}  # ward B's own token


def test_one_oas_key_never_speaks_for_another_oa(wards):
    app, db = wards
    forged = Zalo(secret="oa-key-a", oa_id=OA_B)  # ward A's key, naming ward B's OA
    event = forged.text("9500000000000000002", "Xin chào")
    body = forged.body(event)
    response = app.test_client().post("/zalo/webhook", data=body, headers=forged.headers(event, body))
    assert response.status_code == 403
    assert db.execute("SELECT count(*) FROM inbound_events").fetchone() == (0,)


def test_a_global_oa_is_refused_beside_several_wards(tmp_path, monkeypatch):
    monkeypatch.setenv("PAGES_FILE", str(write_pages_file(tmp_path)))
    monkeypatch.setenv("ZALO_OA_ID", OA_A)
    with pytest.raises(ValueError, match="zalo_oa_id"):
        Config()
