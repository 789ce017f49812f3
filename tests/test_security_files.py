"""Files that are not what they claim: a "photo" that is a web page, an SVG with a script, a program
called a PNG. The bot keeps the type the bytes have (core/filetypes.py); the console shows only real
images inline and hands everything else over as a download named for what it really is."""

import os

import pytest
from live import wait_until
from sandbox_server import add_account
from scripts import CODE, to_content

from core.filetypes import sniff
from messenger.downloads import download_due_attachments
from storage import connect

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
# name at the CDN: (the bytes, what the CDN says they are, Meta's attachment type, what they really are)
LIARS = {
    "anh-chup.jpg": (
        b"<!doctype html><title>x</title><script>alert('anh')</script>",
        "image/jpeg",
        "image",
        "text/plain",
    ),
    "so-do.svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
        "image/svg+xml",
        "image",
        "text/plain",
    ),
    "don.pdf": (b"<html><body onload=alert(3)>", "application/pdf", "file", "text/plain"),
    "hinh.png": (b"MZ\x90\x00\x03" + bytes(64), "image/png", "image", "application/octet-stream"),
    "hai-mat.gif": (b"GIF89a/*<html><script>alert(4)</script>*/", "text/html", "image", "image/gif"),
    "that.html": (PNG, "text/html", "file", "image/png"),
}
SHOWN_INLINE = {"image/gif", "image/png"}
EXTENSIONS = {"text/plain": ".txt", "application/octet-stream": ".bin", "image/gif": ".gif", "image/png": ".png"}


def file_a_case_with(chat, messenger, graph, urls):
    to_content(chat, field="technology")
    chat.say("Ảnh chụp bảng giá dịch vụ công")
    for url, kind in urls:
        chat.send(messenger.attachment(chat.psid, kind, url=url))
    for payload in ("CONTENT_DONE", "SKIP", "CONSENT_NO"):
        chat.tap(payload)
    return CODE.search(chat.tap("SUBMIT")[-1][0]).group()


@pytest.fixture
def lying_files(chat, graph, app, db, messenger):
    for name, (data, claimed, _, _) in LIARS.items():
        graph.state.files[name] = (data, claimed)
    code = file_a_case_with(
        chat, messenger, graph, [(f"{graph.url}/cdn/{name}", kind) for name, (_, _, kind, _) in LIARS.items()]
    )
    download_due_attachments(db, app.config)
    rows = db.execute("SELECT id, url, status, content_type FROM attachments ORDER BY id").fetchall()
    return code, {url.rsplit("/", 1)[1]: (attachment_id, status, stored) for attachment_id, url, status, stored in rows}


def test_the_bot_keeps_the_type_the_bytes_have(lying_files):
    _, files = lying_files
    assert {name: (status, stored) for name, (_, status, stored) in files.items()} == {
        name: ("stored", real) for name, (_, _, _, real) in LIARS.items()
    }


def test_only_real_images_are_shown_inline_and_the_rest_downloads_as_what_it_is(login, lying_files):
    code, files = lying_files
    client = login("tuan")
    page = client.get(f"/console/cases/{code}").get_data(as_text=True)
    for name, (attachment_id, _, real) in files.items():
        response = client.get(f"/console/files/{attachment_id}")
        assert response.headers["X-Content-Type-Options"] == "nosniff", name
        assert "sandbox" in response.headers["Content-Security-Policy"], name
        assert response.mimetype not in ("text/html", "image/svg+xml", "application/xhtml+xml"), name
        disposition = response.headers["Content-Disposition"]
        shown_as_image = f'src="/console/files/{attachment_id}"' in page
        if real in SHOWN_INLINE:
            assert response.mimetype == real and disposition.startswith("inline") and shown_as_image, name
        else:
            assert response.mimetype == "application/octet-stream" and not shown_as_image, name
            assert disposition.startswith("attachment"), name
        assert disposition.endswith(f"-tep-{attachment_id}{EXTENSIONS[real]}"), (name, disposition)


def test_a_file_changed_on_disk_after_the_download_is_no_longer_shown(login, lying_files, db):
    _, files = lying_files
    attachment_id = files["that.html"][0]
    (path,) = db.execute("SELECT path FROM attachments WHERE id = ?", [attachment_id]).fetchone()
    with open(path, "wb") as file:
        file.write(b"<script>alert(5)</script>")
    response = login("tuan").get(f"/console/files/{attachment_id}")
    assert response.mimetype == "application/octet-stream" and response.headers["Content-Disposition"].startswith(
        "attachment"
    )


def test_a_forged_psid_cannot_choose_where_a_file_is_written(chat, messenger, graph, app, db):
    chat.psid = "../../../tmp/ngoai"
    to_content(chat)
    chat.send(messenger.attachment(chat.psid, "image", url=graph.url + "/cdn/anh.png"))
    download_due_attachments(db, app.config)
    (path,) = db.execute("SELECT path FROM attachments WHERE status = 'stored'").fetchone()
    root = os.path.realpath(app.config["ATTACHMENTS_DIR"])
    assert os.path.commonpath([root, os.path.realpath(path)]) == root


@pytest.mark.parametrize(
    "head, expected",
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "image/jpeg"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "image/webp"),
        (b"\x00\x00\x00\x20ftypheic", "image/heic"),
        (b"\x00\x00\x00\x18ftypmp42", "video/mp4"),
        (b"\x00\x00\x00\x1cftypM4A ", "audio/mp4"),
        (b"OggS\x00\x02", "audio/ogg"),
        (b"%PDF-1.7\n", "application/pdf"),
        (
            b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        ("Xin chào, đây là đơn của tôi".encode(), "text/plain"),
        ("chữ Việt cắt giữa ký tự".encode()[:-1], "text/plain"),
        (b"\x00\x01\x02binary", "application/octet-stream"),
        (b"", "application/octet-stream"),
    ],
)
def test_file_types_are_read_from_the_bytes(head, expected):
    assert sniff(head) == expected


@pytest.mark.slow
def test_in_chromium_no_lying_file_runs_as_a_page(browser, live_bot, live_graph, live_citizen):
    """The real server and a real browser: each file either shows as an image or downloads,
    and not one of their scripts runs."""
    for name, (data, claimed, _, _) in LIARS.items():
        live_graph.state.files[name] = (data, claimed)
    citizen = live_citizen("files-browser")
    code = file_a_case_with(
        citizen,
        citizen.m,
        live_graph,
        [(f"{live_graph.url}/cdn/{name}", kind) for name, (_, _, kind, _) in LIARS.items()],
    )
    db = connect(live_bot.env["DATABASE_PATH"])
    wait_until(
        lambda: db.execute("SELECT count(*) FROM attachments WHERE status = 'stored'").fetchone()[0] >= len(LIARS),
        what="the downloads",
    )
    ids = dict(db.execute("SELECT url, id FROM attachments").fetchall())
    add_account(live_bot, "filecheck", "mat-khau-kiem-tra-tep")
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(live_bot.url + "/console/login")
    page.fill("input[name=username]", "filecheck")
    page.fill("input[name=password]", "mat-khau-kiem-tra-tep")
    page.click("button:has-text('Đăng nhập')")
    page.goto(f"{live_bot.url}/console/cases/{code}")
    assert page.locator("img.photo").count() == len(SHOWN_INLINE)
    for name, (_, _, _, real) in LIARS.items():
        url = f"{live_bot.url}/console/files/{ids[f'{live_graph.url}/cdn/{name}']}"
        if real in SHOWN_INLINE:
            page.goto(url)
            assert page.evaluate("document.contentType") == real, name
        else:
            with page.expect_download() as download:
                page.evaluate("url => { window.location.href = url }", url)
            assert download.value.suggested_filename.endswith(EXTENSIONS[real]), name
    context.close()
    assert dialogs == []
