"""The officers' guide in pictures (docs/huong-dan-can-bo.md): real Chromium walks the console's screens,
checks that each shows what the guide says, and writes the pictures into docs/img/, so they stay current.

The console runs as a real server (waitress) on a real SQLite file, in live mode against the Graph
stand-in, holding a ward's year: fourteen answered and rated cases from January to October (one
reopened by an unsatisfied citizen), then an ordinary fortnight: a complaint left overdue, a
denunciation, a feedback with a photo answered and rated, a petition from last evening, a hotline
call, an urgent report, a citizen waiting for an officer and a question the bot has no answer to.
Every case comes from a signed Messenger conversation (or a call recorded with `python -m bot console
add`), each officer's step from the command line, on the day and hour the clock is moved to; the
pictures are taken on Thursday 10/12/2026 at 09:12, so the same console gives the same pictures.
"""

import datetime as dt
import io
import pathlib
import zipfile
from zoneinfo import ZoneInfo

import pytest
import requests
import time_machine
from click.testing import CliRunner
from console_support import CODE, drain_to
from live import GraphStandin, LocalServer
from messenger_support import APP_SECRET, PAGE_ID, Chat, Messenger

from bot.texts import TITLES
from cli import cli
from console import texts
from messenger.downloads import download_due_attachments
from sandbox.simulator.phone import Phone
from storage import connect
from webhook import create_app

pytestmark = pytest.mark.slow
ROOT = pathlib.Path(__file__).resolve().parent.parent
IMG = ROOT / "docs" / "img"
ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = dt.datetime(2026, 12, 10, 9, 12, tzinfo=ZONE)
PASSWORD = "mat-khau-can-bo-phuong-2026"
OFFICERS = (("tuan", "officer", "Phạm Văn Tuấn"), ("hoa", "officer", "Vũ Thị Hoa"), ("lan", "leader", "Nguyễn Thị Lan"))


def contact(name, phone, address):
    return [("tap", "CONSENT_YES"), ("say", name), ("say", phone), ("say", address)]


COMPLAINT = [
    ("say", "chào phường"),
    ("tap", "MENU_COMPLAINT"),
    ("tap", "FIELD_TECHNOLOGY"),
    (
        "say",
        "Tôi nộp hồ sơ xin cấp phép kinh doanh dịch vụ internet ngày 10/11 nhưng bị trả lại, phiếu không ghi lý do.",
    ),
    ("tap", "CONTENT_DONE"),
    ("say", "Bộ phận một cửa UBND phường, ngày 17/11/2026"),
    ("say", "Phiếu trả hồ sơ số 12/PTH ngày 17/11/2026"),
    ("say", "Bộ phận một cửa phường"),
    ("say", "Đề nghị phường xem xét lại và nhận hồ sơ của tôi"),
    *contact("Đỗ Văn Thành", "0913 456 789", "Số 18 ngõ 42 Trần Phú, tổ dân phố 6"),
    ("tap", "SUBMIT"),
]
DENUNCIATION = [
    ("say", "alo"),
    ("tap", "MENU_DENOUNCE"),
    ("tap", "FIELD_INNOVATION"),
    ("say", "Có người tự xưng cán bộ phường thu tiền để làm nhanh hồ sơ hỗ trợ khởi nghiệp."),
    ("tap", "CONTENT_DONE"),
    ("tap", "SKIP"),
    ("say", "Ông Trần Văn B, cán bộ tiếp nhận hồ sơ"),
    ("say", "Đòi 2 triệu đồng ngày 25/11/2026, tôi còn giữ tin nhắn"),
    *contact("Hoàng Thị Hạnh", "0988 123 456", "Số 7 Lê Lợi, tổ dân phố 3"),
    ("tap", "SUBMIT"),
]
FEEDBACK = [
    ("postback", "GET_STARTED"),
    ("tap", "MENU_REPORT"),
    ("tap", "CATEGORY_FEEDBACK"),
    ("tap", "FIELD_DIGITAL_TRANSFORMATION"),
    ("say", "Từ sáng nay tôi không đăng nhập được Cổng dịch vụ công bằng tài khoản VNeID, màn hình báo lỗi."),
    ("photo", "loi-dang-nhap.png"),
    ("tap", "CONTENT_DONE"),
    ("say", "Tại nhà, sáng 07/12/2026"),
    *contact("Phạm Minh Đức", "0904 567 123", "Số 3 ngõ 15 Lạch Tray, tổ dân phố 2"),
    ("tap", "SUBMIT"),
]
PETITION = [
    ("say", "Xin chào"),
    ("tap", "MENU_REPORT"),
    ("tap", "CATEGORY_PETITION"),
    ("tap", "FIELD_DIGITAL_TRANSFORMATION"),
    (
        "say",
        "Đề nghị phường mở lớp hướng dẫn cài đặt và dùng VNeID mức 2 cho người cao tuổi ở tổ dân phố 4, "
        "nhiều cụ chưa biết dùng điện thoại thông minh.",
    ),
    ("tap", "CONTENT_DONE"),
    ("tap", "SKIP"),
    *contact("Trần Thị Mai", "0936 789 012", "Số 25 Đà Nẵng, tổ dân phố 4"),
    ("tap", "SUBMIT"),
]
URGENT = [
    ("postback", "GET_STARTED"),
    ("tap", "MENU_REPORT"),
    ("tap", "CATEGORY_FEEDBACK"),
    ("tap", "FIELD_DIGITAL_TRANSFORMATION"),
    ("say", "Có trang Facebook giả mạo trang của phường, đang nhắn tin thu tiền làm chữ ký số của người dân."),
    ("tap", "CONTENT_DONE"),
    ("say", "Sáng nay 10/12/2026"),
    ("tap", "CONSENT_NO"),
    ("tap", "SUBMIT_URGENT"),
]


# Earlier this year, answered and closed: (day, month, category, field, what the citizen wrote, verdict).
HISTORY = [
    (
        12,
        1,
        "feedback",
        "DIGITAL_TRANSFORMATION",
        "Máy lấy số thứ tự ở bộ phận một cửa bị treo cả buổi sáng.",
        "SATISFIED",
    ),
    (
        3,
        2,
        "petition",
        "TECHNOLOGY",
        "Đề nghị lắp thêm wifi miễn phí ở sân nhà văn hóa tổ dân phố 1.",
        "VERY_SATISFIED",
    ),
    (
        24,
        2,
        "feedback",
        "DIGITAL_TRANSFORMATION",
        "Trang thông tin điện tử của phường không mở được trên điện thoại.",
        "SATISFIED",
    ),
    (9, 3, "petition", "SCIENCE", "Đề nghị phổ biến mô hình trồng rau thủy canh cho các hộ gia đình.", None),
    (1, 4, "feedback", "TECHNOLOGY", "Camera an ninh ở ngõ 25 không hoạt động từ tuần trước.", "UNSATISFIED"),
    (
        20,
        4,
        "petition",
        "DIGITAL_TRANSFORMATION",
        "Đề nghị hướng dẫn thanh toán học phí qua ứng dụng cho phụ huynh.",
        "VERY_SATISFIED",
    ),
    (
        14,
        5,
        "feedback",
        "DIGITAL_TRANSFORMATION",
        "Nộp hồ sơ trực tuyến xong không nhận được tin nhắn xác nhận.",
        "SATISFIED",
    ),
    (
        8,
        6,
        "petition",
        "INNOVATION",
        "Đề nghị tổ chức buổi giới thiệu khởi nghiệp cho thanh niên trong phường.",
        "SATISFIED",
    ),
    (2, 7, "feedback", "TECHNOLOGY", "Loa truyền thanh ở tổ dân phố 6 phát tiếng rè, khó nghe.", None),
    (
        27,
        7,
        "feedback",
        "DIGITAL_TRANSFORMATION",
        "Mã QR thanh toán lệ phí ở bộ phận một cửa không quét được.",
        "VERY_SATISFIED",
    ),
    (
        18,
        8,
        "petition",
        "DIGITAL_TRANSFORMATION",
        "Đề nghị có thêm người hướng dẫn dịch vụ công trực tuyến vào thứ Bảy.",
        "SATISFIED",
    ),
    (10, 9, "feedback", "TECHNOLOGY", "Wifi ở nhà văn hóa tổ dân phố 3 chậm, không tải được biểu mẫu.", "SATISFIED"),
    (
        6,
        10,
        "petition",
        "SCIENCE",
        "Đề nghị tập huấn sử dụng phân bón hữu cơ vi sinh cho hộ trồng cây cảnh.",
        "VERY_SATISFIED",
    ),
    (29, 10, "feedback", "DIGITAL_TRANSFORMATION", "Ứng dụng VNeID báo sai địa chỉ thường trú của tôi.", "SATISFIED"),
]
ANSWER = "Phường đã xử lý việc anh/chị báo. Cảm ơn anh/chị đã phản ánh, kiến nghị với phường."


def at(day, hour, minute):
    """The clock moved to that moment in the ward, and held there."""
    return time_machine.travel(dt.datetime(2026, day[1], day[0], hour, minute, tzinfo=ZONE), tick=False)


class Ward:
    """The ward's server, its database, the Graph stand-in, and its citizens and officers."""

    def __init__(self, tmp_path, graph):
        self.graph = graph
        self.config = {
            "DATABASE_PATH": str(tmp_path / "bot.db"),
            "ATTACHMENTS_DIR": str(tmp_path / "files"),
            "APP_SECRET": APP_SECRET,
            "VERIFY_TOKEN": "verify-me",
            "PAGE_ACCESS_TOKEN": "page-token",
            "GRAPH_API_URL": graph.url + "/v21.0",
            "SANDBOX": False,
            "START_WORKERS": False,
            "ATTACHMENT_HOSTS": "127.0.0.1",
        }
        self.app = create_app(self.config)
        self.db = connect(self.config["DATABASE_PATH"])
        self.client = self.app.test_client()
        self.server = LocalServer(self.app)
        self.url = self.server.url
        self.codes = {}

    def bot(self, *args, stdin=None):
        """`python -m bot ARGS` on this ward's database (in-process, the same click group)."""
        env = {
            "DATABASE_PATH": self.config["DATABASE_PATH"],
            "PAGE_ACCESS_TOKEN": "page-token",
            "APP_SECRET": APP_SECRET,
        }
        result = CliRunner().invoke(cli, list(args), input=stdin, env=env, catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    def citizen(self, psid, script):
        chat = Chat(self.client, self.app, self.db, Messenger(), psid=psid)
        replies = []
        for action, value in script:
            if action == "postback":
                replies = chat.send(chat.m.postback(psid, value))
            elif action == "photo":
                replies = chat.send(chat.m.attachment(psid, url=f"{self.graph.url}/cdn/{value}"))
            elif action == "tap":
                replies = tap(chat, value)
            else:
                replies = getattr(chat, action)(value)
        self.deliver()
        return chat, replies

    def file(self, name, psid, script):
        chat, replies = self.citizen(psid, script)
        self.codes[name] = CODE.search(replies[-1][0]).group()
        return chat

    def deliver(self):
        """What the workers do after the 200: send the replies, fetch the files."""
        drain_to(self.graph, self.db, self.app)
        download_due_attachments(self.db, self.app.config)

    def read_everything(self, chat):
        """The citizen's Messenger says it showed every message so far (a read receipt)."""
        watermark = int(dt.datetime.now(dt.UTC).timestamp() * 1000)
        chat.post(
            {
                "sender": {"id": chat.psid},
                "recipient": {"id": PAGE_ID},
                "timestamp": watermark,
                "read": {"watermark": watermark},
            }
        )

    def close(self):
        self.server.close()
        self.db.conn.close()


@pytest.fixture(scope="module")
def ward(tmp_path_factory, browser):
    graph = GraphStandin()
    ward = Ward(tmp_path_factory.mktemp("ward"), graph)
    page = browser.new_page()
    photo = pathlib.Path(Phone(page, graph.url).make_photo(tmp_path_factory.mktemp("photo")))  # the simulator's
    page.close()
    requests.put(graph.url + "/cdn/loi-dang-nhap.png", data=photo.read_bytes(), headers={"Content-Type": "image/png"})
    try:
        fill(ward)
        yield ward
    finally:
        ward.close()
        graph.close()


def tap(chat, payload):
    """A quick reply carries its button's title, as Messenger sends it."""
    return chat.send(chat.m.quick_reply(chat.psid, payload, title=TITLES[payload]))


def fill(ward):
    """A year of the ward, and its last fortnight in detail, each step on its own day and hour."""
    with at((5, 1), 8, 0):
        for username, role, name in OFFICERS:
            ward.bot("officer", "add", username, "--role", role, "--full-name", name, stdin=PASSWORD + "\n")
        ward.bot("roster", "set", "default", "tuan")
    for n, (day, month, category, field, content, verdict) in enumerate(HISTORY):
        with at((day, month), 9 + n % 6, 10):
            chat = ward.file(f"history-{n}", f"old-{n}", history_script(category, field, content))
        with at((day + 1, month), 8, 30):  # inside 24 hours: the bot may ask for a verdict
            officer = ("tuan", "hoa")[n % 2]
            close(ward, ward.codes[f"history-{n}"], ANSWER, officer, "Đã chuyển bộ phận phụ trách", "Đã xử lý xong")
            if verdict:
                chat.m = Messenger()  # the citizen's phone, that day
                tap(chat, f"RATE_{verdict}")
                ward.deliver()
    with at((20, 11), 8, 0):
        ward.bot("roster", "set", "10/12/2026", "tuan", "hoa")
    with at((23, 11), 14, 20):
        ward.file("complaint", "thanh", COMPLAINT)
    with at((24, 11), 9, 5):
        ward.bot("console", "assign", ward.codes["complaint"], "hoa", "--as", "lan")
    with at((1, 12), 10, 5):
        ward.file("denunciation", "hanh", DENUNCIATION)
    with at((7, 12), 15, 30):
        duc = ward.file("feedback", "duc", FEEDBACK)
    with at((8, 12), 9, 30):
        answer = (
            "Chào anh Đức, phường đã kiểm tra: sáng 07/12 Cổng dịch vụ công quốc gia bảo trì, nay đã đăng nhập "
            "lại được bằng VNeID. Nếu còn lỗi, anh gọi đường dây nóng hoặc nhắn vào đây để cán bộ hỗ trợ."
        )
        notes = ("Đã hỏi Trung tâm phục vụ hành chính công", "Cổng đã hoạt động lại, đã trả lời người dân")
        close(ward, ward.codes["feedback"], answer, "tuan", *notes)
    with at((8, 12), 10, 15):
        duc.m = Messenger()  # his phone's clock: events carry the moment they are sent
        ward.read_everything(duc)
        tap(duc, "RATE_SATISFIED")
        duc.say("Cảm ơn phường, tôi đã đăng nhập được rồi.")
        tap(duc, "PUBLISH_YES")
        ward.deliver()
    with at((9, 12), 16, 45):
        ward.file("petition", "mai", PETITION)
    with at((10, 12), 8, 40):
        ward.bot(
            "console", "add", "--channel", "hotline", "--category", "feedback", "--field", "technology",
            "--content", "Ông Hùng gọi báo: wifi miễn phí ở nhà văn hóa tổ dân phố 5 mất kết nối từ hôm qua.",
            "--name", "Lê Văn Hùng", "--phone", "0912 345 678", "--address", "Tổ dân phố 5", "--consent",
            "--as", "tuan",
        )  # fmt: skip
    with at((10, 12), 8, 55):
        asking, _ = ward.citizen("quang", [("say", "Cho hỏi đăng ký chữ ký số cho hộ kinh doanh cần giấy tờ gì ạ?")])
        tap(asking, "MENU_OFFICER")
        asking.say("Hộ tôi có hai người cùng đứng tên, tôi muốn hỏi trực tiếp cán bộ.")
        ward.deliver()
    with at((10, 12), 9, 5):
        ward.file("urgent", "lien", URGENT)
    with at((10, 12), 9, 8):
        ward.citizen("son", [("say", "Cho hỏi phường có hỗ trợ lắp camera ở ngõ 12 không ạ?")])  # not in the base


def history_script(category, field, content):
    return [
        ("postback", "GET_STARTED"),
        ("tap", "MENU_REPORT"),
        ("tap", f"CATEGORY_{category.upper()}"),
        ("tap", f"FIELD_{field}"),
        ("say", content),
        ("tap", "CONTENT_DONE"),
        ("tap", "SKIP"),
        ("tap", "CONSENT_NO"),
        ("tap", "SUBMIT"),
    ]


def close(ward, code, answer, officer, working_note, closing_note):
    """An officer answers the citizen, works on the case and closes it, from the command line."""
    ward.bot("console", "reply", code, answer, "--as", officer)
    ward.bot("console", "status", code, "in_progress", "--note", working_note, "--as", officer)
    ward.bot("console", "status", code, "resolved", "--note", closing_note, "--as", officer)
    ward.deliver()


@pytest.fixture
def console(browser, ward):
    """Chromium showing a 1280 px wide screen in a 1000 px picture, the server's clock on Thursday
    10/12/2026, 09:12."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900}, device_scale_factor=0.78125)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    # The printable đơn names no icon, so Chromium asks for /favicon.ico (404): the one error let through.
    page.on(
        "console",
        lambda m: errors.append(m.text) if m.type == "error" and "/favicon.ico" not in m.location["url"] else None,
    )
    with time_machine.travel(NOW, tick=False):
        yield page
    context.close()
    assert errors == []


def picture(target, name, **options):
    """The picture NAME (in docs/img/) of the page or of one part of it."""
    IMG.mkdir(exist_ok=True)
    target.screenshot(path=str(IMG / f"{name}.png"), **options)


def picture_of_page(page, name, down_to=None):
    """The picture NAME of the page from its top to the end of its content (or of `down_to`)."""
    bottom = (down_to or page.locator("main")).bounding_box()
    scrolled = page.evaluate("window.scrollY")
    height = bottom["y"] + scrolled + bottom["height"] + 12
    picture(page, name, clip={"x": 0, "y": 0, "width": page.viewport_size["width"], "height": height}, full_page=True)


def picture_between(page, first, last, name):
    """The picture NAME from the top of `first` to the bottom of `last`, the page's width."""
    scrolled = page.evaluate("window.scrollY")
    top, end = first.bounding_box(), last.bounding_box()
    y = top["y"] + scrolled - 8
    clip = {"x": 0, "y": y, "width": page.viewport_size["width"], "height": end["y"] + scrolled + end["height"] + 8 - y}
    picture(page, name, clip=clip, full_page=True)


def picture_around(page, locator, name, before=1, after=1):
    """The picture NAME of the messages around the one `locator` finds, not the whole thread."""
    messages = page.locator(".thread .msg")
    index = next(
        i for i in range(messages.count()) if messages.nth(i).evaluate("(m, t) => m === t", locator.element_handle())
    )
    boxes = [
        messages.nth(i).bounding_box() for i in range(max(0, index - before), min(messages.count(), index + after + 1))
    ]
    top, bottom = min(b["y"] for b in boxes) - 8, max(b["y"] + b["height"] for b in boxes) + 8
    thread = page.locator(".thread").bounding_box()
    clip = {"x": thread["x"], "y": top, "width": thread["width"], "height": bottom - top}
    picture(page, name, clip=clip, full_page=True)


def log_in(page, ward, username):
    page.goto(ward.url + "/console/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector("h1:has-text('Hộp thư hồ sơ')")


def card(page, title):
    return page.locator("section.card", has=page.locator(f"h2:has-text('{title}')"))


def test_an_officer_walks_the_console(console, ward):
    page, codes = console, ward.codes
    page.goto(ward.url + "/console/")
    page.wait_for_selector("h1:has-text('Đăng nhập')")
    picture(page.locator("section.login"), "dang-nhap")
    log_in(page, ward, "tuan")

    rows = page.locator("table.inbox tbody tr")
    assert rows.count() == 6 + len(HISTORY)
    assert "Quá hạn" in page.locator("tr", has=page.locator(f"a:has-text('{codes['complaint']}')")).inner_text()
    assert texts.MASKED in page.locator("tr", has=page.locator(f"a:has-text('{codes['denunciation']}')")).inner_text()
    picture_of_page(page, "hop-thu", down_to=rows.nth(7))

    page.fill("input[name=q]", "dang nhap vneid")  # typed without accents
    page.click("button:has-text('Lọc')")
    assert [r.inner_text().split("\t")[0] for r in rows.all()] == [codes["feedback"]]
    picture_of_page(page, "hop-thu-tim-kiem")
    page.goto(ward.url + "/console/?overdue=1")
    overdue = {r.inner_text().split("\t")[0] for r in rows.all()}
    assert overdue == {codes["complaint"], codes["history-4"]}  # the camera, reopened by an unsatisfied citizen
    assert (
        "Người dân chưa hài lòng"
        in page.locator("tr", has=page.locator(f"a:has-text('{codes['history-4']}')")).inner_text()
    )

    with page.expect_download() as download:
        page.click("a:has-text('Excel (XLSX)')")
    workbook = zipfile.ZipFile(io.BytesIO(pathlib.Path(download.value.path()).read_bytes()))
    assert "xl/worksheets/sheet1.xml" in workbook.namelist()
    picture(page.locator("form.filters"), "bo-loc")
    picture(page.locator("p.exports"), "xuat-excel")

    # The petition: last evening's, so Messenger still delivers an answer at once.
    page.goto(ward.url + f"/console/cases/{codes['petition']}")
    assert "VNeID mức 2 cho người cao tuổi" in page.inner_text(".thread")
    assert "Câu trả lời gửi ngay qua Messenger" in page.inner_text(".window")
    picture(page, "ho-so")
    reply = card(page, "Trả lời người dân")
    page.select_option("select.template-picker", label="Đã nhận, đang xem xét")
    picture(reply, "tra-loi")
    page.fill(
        "#reply-text", "Chào chị Mai, phường đã nhận kiến nghị và sẽ báo lịch lớp hướng dẫn VNeID trong tuần tới."
    )
    page.click("button:has-text('Gửi trả lời')")
    page.wait_for_selector(f".flash:has-text('{texts.REPLY_SENT}')")

    status = card(page, "Đổi trạng thái")
    page.select_option("select[name=status]", "accepted")
    page.fill("textarea[name=note]", "Kiến nghị hợp lý, giao tổ công nghệ số chuẩn bị lớp học.")
    picture(status, "doi-trang-thai")
    page.click("button:has-text('Đổi trạng thái')")
    page.wait_for_selector(f".flash:has-text('{texts.STATUS_NOTIFIED.strip().rstrip('.')}')")

    page.fill("textarea[aria-label='Ghi chú nội bộ']", "Đã hẹn nhà văn hóa tổ 4 sáng thứ Bảy 19/12.")
    picture(card(page, "Ghi chú nội bộ"), "ghi-chu")
    page.click("button:has-text('Lưu ghi chú')")
    page.wait_for_selector(f".flash:has-text('{texts.NOTE_ADDED.split(' (')[0]}')")
    page.select_option("select[name=username]", "hoa")
    picture(card(page, "Giao hồ sơ"), "giao-viec")
    page.click("button:has-text('Giao')")
    page.wait_for_selector(f".flash:has-text('{texts.ASSIGNED.format(name='Vũ Thị Hoa')}')")
    history = card(page, "Lịch sử xử lý")
    assert texts.AUDIT_ACTIONS["note"] in history.inner_text() and texts.AUDIT_ACTIONS["assign"] in history.inner_text()
    picture(history, "lich-su")

    # The feedback answered on Tuesday: more than 24 hours, less than 7 days since the citizen wrote.
    page.goto(ward.url + f"/console/cases/{codes['feedback']}")
    assert page.locator(".thread img.photo").count() == 1
    assert "đã xem" in page.inner_text(".thread")
    assert "HUMAN_AGENT" in card(page, "Trả lời người dân").inner_text()
    picture_around(page, page.locator(".thread .msg", has=page.locator("img.photo")), "ho-so-anh", before=2, after=1)
    picture(card(page, "Trả lời người dân"), "tra-loi-sau-24-gio")
    picture(card(page, "Mức hài lòng của người dân"), "hai-long")

    # The complaint: more than 7 days, Messenger no longer reaches the citizen.
    page.goto(ward.url + f"/console/cases/{codes['complaint']}")
    window = card(page, "Trả lời người dân")
    assert "Vui lòng gọi điện" in window.inner_text() and "0913 456 789" in window.inner_text()
    picture(window, "tra-loi-sau-7-ngay")
    picture(page.locator(".case-head"), "ho-so-khieu-nai")
    page.goto(ward.url + f"/console/cases/{codes['complaint']}/application")
    assert "Đỗ Văn Thành" in page.inner_text("body") and "Phiếu trả hồ sơ số 12/PTH" in page.inner_text("body")
    picture_of_page(page, "in-don", down_to=page.locator("body"))

    # The denunciation, to an officer: the denouncer stays hidden.
    page.goto(ward.url + f"/console/cases/{codes['denunciation']}")
    sender = card(page, "Thông tin người dân gửi")
    assert "Hoàng Thị Hạnh" not in page.content() and "danh tính người tố cáo chỉ lãnh đạo" in sender.inner_text()
    picture(sender, "to-cao-can-bo")

    page.click("nav a:has-text('Trò chuyện')")
    page.wait_for_selector("h1:has-text('Trò chuyện với người dân')")
    listed = page.inner_text("table.conversations")
    assert "Hộ tôi có hai người cùng đứng tên" in listed and "lắp camera ở ngõ 12" in listed
    assert "Phạm Văn Tuấn" in page.inner_text("#on-duty")
    picture_of_page(page, "tro-chuyen")
    page.click("table.conversations a")
    page.wait_for_selector("h1:has-text('Trò chuyện #')")
    picture_of_page(page, "tro-chuyen-chi-tiet")

    page.click("nav a:has-text('Ghi cuộc gọi')")
    page.wait_for_selector("h1:has-text('Ghi nhận cuộc gọi')")
    picture_of_page(page, "ghi-cuoc-goi")

    page.click("nav a:has-text('Lịch trực')")
    page.wait_for_selector("h1:has-text('Lịch trực')")
    roster = page.inner_text("#roster")  # each officer with how a notice reaches them (none yet, here)
    assert "Vũ Thị Hoa (chưa nhận được tin), Phạm Văn Tuấn (chưa nhận được tin)" in roster
    picture(page.locator("#roster"), "lich-truc")
    picture(page.locator("#messenger"), "messenger-cua-toi")

    page.click("nav a:has-text('Mẫu trả lời')")
    picture_of_page(page, "mau-tra-loi")


def test_a_leader_sees_the_figures_the_log_and_the_denouncer(console, ward):
    page, codes = console, ward.codes
    log_in(page, ward, "lan")
    page.goto(ward.url + f"/console/cases/{codes['denunciation']}")
    sender = card(page, "Thông tin người dân gửi")
    assert "Hoàng Thị Hạnh" in sender.inner_text()
    picture(sender, "to-cao-lanh-dao")

    page.click("nav a:has-text('Thống kê')")
    page.wait_for_selector("h1:has-text('Thống kê năm 2026')")
    assert page.locator("svg.chart rect").count() >= 2
    picture_of_page(page, "thong-ke", down_to=page.locator("main .grid").first)
    satisfaction = page.locator("section.satisfaction")
    assert f"{len([h for h in HISTORY if h[-1]]) + 1} lượt đánh giá" in satisfaction.first.inner_text()
    picture_between(page, satisfaction.first, satisfaction.last, "thong-ke-hai-long")

    page.click("nav a:has-text('Nhật ký')")
    assert "Xem danh tính người tố cáo" in page.inner_text("main")
    picture_of_page(page, "nhat-ky", down_to=page.locator("table.audit tbody tr").nth(7))

    page.click("nav a:has-text('Hỏi đáp')")
    picture_of_page(page, "hoi-dap", down_to=page.locator("main section.card").first)
