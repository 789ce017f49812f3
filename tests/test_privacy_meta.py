"""What Meta's App Review asks for: the privacy policy page, and the data deletion callback with its
signed_request, ID matching through the Graph stand-in and the status page."""

import base64
import time

import pytest
from databases import migrated_database
from messenger_support import APP_SECRET, PAGE_ID, Chat, Messenger
from pages_support import PAGE_A, PAGE_B, write_pages_file
from scripts import file_case

from core.pages import load_pages
from messenger.signed_request import make, sign_part
from storage import connect
from webhook import create_app

APP_USER = "10150000000000042"  # the app-scoped id Meta names in the callback


def payload(**changes):
    """What Meta signs, issued now (a request issued over an hour ago is refused as expired)."""
    return {"algorithm": "HMAC-SHA256", "expires": 0, "issued_at": int(time.time()), "user_id": APP_USER, **changes}


def make_app(tmp_path, graph_url="http://127.0.0.1:9", **settings):
    return create_app(
        {
            "DATABASE_PATH": migrated_database(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "APP_SECRET": APP_SECRET,
            "APP_ID": "555000555",
            "VERIFY_TOKEN": "verify-me",
            "PAGE_ACCESS_TOKEN": "page-token",
            "GRAPH_API_URL": graph_url + "/v21.0",
            "SANDBOX": False,
            "START_WORKERS": False,
            "TESTING": True,
            **settings,
        }
    )


@pytest.fixture
def meta_app(tmp_path, graph):
    return make_app(tmp_path, graph.url)


@pytest.fixture
def meta_db(meta_app):
    database = connect(meta_app.config["DATABASE_PATH"])
    yield database
    database.conn.close()


@pytest.fixture
def citizen(meta_app, meta_db):
    return Chat(meta_app.test_client(), meta_app, meta_db, Messenger())


def ask_deletion(app, signed):
    return app.test_client().post("/meta/data-deletion", data={"signed_request": signed})


def case(db, code):
    return next(db.query("SELECT * FROM reports WHERE code = ?", [code]))


def test_privacy_page_is_built_from_the_wards_settings(tmp_path):
    app = make_app(
        tmp_path,
        WARD_NAME="UBND phường Hòa Bình",
        HOTLINE="0225 3 999 888",
        RECEPTION_ADDRESS="Số 1 Hòa Bình",
        PRIVACY_EMAIL="dulieu@hoabinh.gov.vn",
        RETENTION_DRAFT_DAYS=14,
        RETENTION_FILES_DAYS=200,
        RETENTION_PERSONAL_DAYS=400,
        OFFICIAL_RECORD_YEARS=20,
    )
    response = app.test_client().get("/chinh-sach-quyen-rieng-tu")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "default-src 'self'" in response.headers["Content-Security-Policy"]
    for fact in (
        "UBND phường Hòa Bình",
        "0225 3 999 888",
        "Số 1 Hòa Bình",
        "dulieu@hoabinh.gov.vn",
        "14 ngày",
        "200 ngày",
        "400 ngày",
        "20 năm",
        "14 days",
        "20 years",
        "dữ liệu của tôi",
        "rút lại đồng ý",
        "xóa dữ liệu của tôi",
        "Nghị định 356/2025/NĐ-CP",  # the law as it stands from 1 January 2026
        "2 ngày làm việc",
        "2 working days",
    ):
        assert fact in page, fact
    assert "13/2023" not in page
    assert page.index("Chính sách quyền riêng tư") < page.index('lang="en"') < page.index("Privacy policy")


def test_every_citation_names_the_decree_in_force():
    """Decree 356/2025/NĐ-CP replaced Decree 13/2023/NĐ-CP on 1 January 2026: the old one is named only
    as the one replaced, in texts, templates, docs and comments alike."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parent.parent
    stale = []
    for path in root.rglob("*"):
        if path.suffix not in {".py", ".html", ".md", ".env", ".txt", ".js"} or {".venv", ".git", "tests"} & set(
            path.relative_to(root).parts
        ):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            if "13/2023" in line and "replaced" not in line:
                stale.append(f"{path.relative_to(root)}:{number}")
    assert stale == []


def test_each_ward_has_its_own_privacy_page(tmp_path):
    app = make_app(tmp_path, PAGES=load_pages(write_pages_file(tmp_path)))
    client = app.test_client()
    ward_b = client.get(f"/chinh-sach-quyen-rieng-tu?trang={PAGE_B['page_id']}").get_data(as_text=True)
    ward_a = client.get(f"/chinh-sach-quyen-rieng-tu?trang={PAGE_A['page_id']}").get_data(as_text=True)
    controller = '<strong class="controller">{}</strong>'
    assert controller.format(PAGE_B["ward_name"]) in ward_b and PAGE_B["hotline"] in ward_b
    assert controller.format(PAGE_A["ward_name"]) in ward_a and PAGE_B["hotline"] not in ward_a
    assert client.get("/chinh-sach-quyen-rieng-tu?trang=999").status_code == 404


def test_a_valid_request_erases_what_the_law_allows_and_the_status_page_says_so(meta_app, meta_db, citizen, graph):
    petition, complaint = file_case(citizen, "petition"), file_case(citizen, "complaint")
    graph.state.app_users[APP_USER] = [(citizen.psid, PAGE_ID)]
    response = ask_deletion(meta_app, make(APP_SECRET, payload()))
    assert response.status_code == 200
    answer = response.get_json()
    assert set(answer) == {"url", "confirmation_code"} and answer["url"].endswith(answer["confirmation_code"])
    assert case(meta_db, petition)["psid"] is None and case(meta_db, petition)["name"] is None
    assert case(meta_db, complaint)["psid"] == citizen.psid  # an official record, kept
    status = meta_app.test_client().get(answer["url"].replace("http://localhost", ""))
    page = status.get_data(as_text=True)
    assert status.status_code == 200 and "1 phản ánh, kiến nghị đã được ẩn danh" in page
    assert "1 hồ sơ khiếu nại, tố cáo được giữ nguyên" in page and "10 năm" in page
    assert "Nguyễn Văn An" not in page and citizen.psid not in page
    actors = {(row["actor"], row["action"]) for row in meta_db.query("SELECT * FROM audit_log")}
    assert ("meta", "data_delete") in actors


def test_nothing_matched_is_said_on_the_status_page(meta_app, meta_db, citizen, graph):
    code = file_case(citizen, "petition")
    answer = ask_deletion(meta_app, make(APP_SECRET, payload(user_id="777"))).get_json()
    page = meta_app.test_client().get(f"/meta/data-deletion/{answer['confirmation_code']}").get_data(as_text=True)
    assert "Không tìm thấy dữ liệu nào" in page and "Nothing matched" in page
    assert case(meta_db, code)["psid"] == citizen.psid


def test_graph_down_keeps_the_request_and_says_it_is_not_done(meta_app, meta_db, citizen, graph):
    code = file_case(citizen, "petition")
    graph.state.app_users[APP_USER] = [(citizen.psid, PAGE_ID)]
    graph.state.inject({"status": 500, "body": {"error": {"message": "down", "code": 2}}})
    answer = ask_deletion(meta_app, make(APP_SECRET, payload())).get_json()
    page = meta_app.test_client().get(f"/meta/data-deletion/{answer['confirmation_code']}").get_data(as_text=True)
    assert "chưa đối chiếu được" in page
    assert case(meta_db, code)["psid"] == citizen.psid


def _tampered():
    signature, _signed = make(APP_SECRET, payload()).split(".")
    other = make(APP_SECRET, payload(user_id="999")).split(".")[1]
    return f"{signature}.{other}"


REFUSED = {
    "wrong secret": (make("another-app-secret", payload()), 403),
    "tampered payload": (_tampered(), 403),
    "algorithm": (make(APP_SECRET, payload(algorithm="HMAC-SHA1")), 400),
    "no algorithm": (make(APP_SECRET, {"user_id": APP_USER}), 400),
    "no dot": (make(APP_SECRET, payload()).replace(".", ""), 400),
    "three parts": (make(APP_SECRET, payload()) + ".abc", 400),
    "not base64url": ("ab+c/==.e30", 400),
    "payload not JSON": (make(APP_SECRET, payload()).split(".")[0] + ".bm90IGpzb24", 400),
    "user id not a number": (make(APP_SECRET, payload(user_id="../me")), 400),
    "empty": ("", 400),
}


@pytest.mark.parametrize("name", REFUSED)
def test_a_bad_signed_request_is_refused_and_touches_nothing(meta_app, meta_db, citizen, graph, name):
    code = file_case(citizen, "petition")
    graph.state.app_users[APP_USER] = [(citizen.psid, PAGE_ID)]
    signed, status = REFUSED[name]
    assert ask_deletion(meta_app, signed).status_code == status
    assert meta_db.execute("SELECT count(*) FROM data_requests").fetchone()[0] == 0
    assert case(meta_db, code)["psid"] == citizen.psid


def test_a_signed_payload_that_is_not_an_object_is_refused(meta_app):
    payload = base64.urlsafe_b64encode(b"[1, 2]").rstrip(b"=").decode()
    signature = base64.urlsafe_b64encode(sign_part(APP_SECRET, payload)).rstrip(b"=").decode()
    assert ask_deletion(meta_app, f"{signature}.{payload}").status_code == 400


def test_an_unknown_confirmation_code_is_a_404(meta_app):
    assert meta_app.test_client().get("/meta/data-deletion/0123456789abcdef").status_code == 404


def test_with_several_apps_a_request_erases_only_on_the_pages_of_the_app_that_signed_it(tmp_path, graph):
    from pages_support import PageMessenger

    PSIDS = {"AQ": "3000111", "LC": "3000222"}  # page-scoped: one person, two ids
    page_a, page_b = dict(PAGE_A, app_id="111111"), dict(PAGE_B, app_id="222222")
    app = make_app(tmp_path, graph.url, PAGES=load_pages(write_pages_file(tmp_path, page_a, page_b)))
    db = connect(app.config["DATABASE_PATH"])
    try:
        codes = {}
        for page in (page_a, page_b):
            citizen = Chat(app.test_client(), app, db, PageMessenger(page), psid=PSIDS[page["ward_code"]])
            codes[page["ward_code"]] = file_case(citizen, "petition")
            assert codes[page["ward_code"]].startswith(page["ward_code"] + "-")
        # Meta knows the same person on both pages; only ward B's app asks.
        graph.state.app_users[APP_USER] = [(PSIDS["AQ"], PAGE_A["page_id"]), (PSIDS["LC"], PAGE_B["page_id"])]
        assert ask_deletion(app, make(PAGE_B["app_secret"], payload())).status_code == 200
        assert case(db, codes["LC"])["psid"] is None
        assert case(db, codes["AQ"])["psid"] == PSIDS["AQ"]
    finally:
        db.conn.close()
