"""Photos and files on the case page: shown or downloaded, and never a way out of ATTACHMENTS_DIR."""

import os

import pytest
from scripts import CODE, to_content

from messenger.downloads import download_due_attachments


@pytest.fixture
def photo(chat, graph, app, db, messenger):
    """A feedback with a photo of the broken street light, downloaded from the stand-in's CDN."""
    to_content(chat, field="technology")
    chat.say("Đèn đường ở ngõ 12 bị hỏng")
    chat.send(messenger.attachment(chat.psid, url=graph.url + "/cdn/den-duong.png"))
    for payload in ("CONTENT_DONE", "SKIP", "CONSENT_NO"):
        chat.tap(payload)
    code = CODE.search(chat.tap("SUBMIT")[-1][0]).group()
    download_due_attachments(db, app.config)
    (attachment_id, path) = db.execute("SELECT id, path FROM attachments WHERE status = 'stored'").fetchone()
    return code, attachment_id, path


def test_a_photo_shows_on_the_case_page_and_downloads(login, photo):
    code, attachment_id, _ = photo
    client = login("tuan")
    page = client.get(f"/console/cases/{code}").get_data(as_text=True)
    assert f'<img class="photo" src="/console/files/{attachment_id}"' in page
    shown = client.get(f"/console/files/{attachment_id}")
    assert shown.status_code == 200 and shown.mimetype == "image/png" and shown.data.startswith(b"\x89PNG")
    download = client.get(f"/console/files/{attachment_id}?download=1")
    assert download.mimetype == "application/octet-stream"
    assert f"{code}-tep-{attachment_id}.png" in download.headers["Content-Disposition"]


def test_a_file_of_another_type_is_only_ever_downloaded(login, photo, db):
    code, attachment_id, _ = photo
    db.execute("UPDATE attachments SET content_type = 'text/html' WHERE id = ?", [attachment_id])
    response = login("tuan").get(f"/console/files/{attachment_id}")
    assert response.mimetype == "application/octet-stream"
    assert response.headers["Content-Disposition"].startswith("attachment")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    "bad_path",
    [
        "/etc/passwd",
        "{root}/../bot.db",
        "{root}/../../../../etc/hostname",
        "{root}/link-out",
        "{root}/no-such-file.png",
    ],
)
def test_a_path_outside_the_attachments_folder_is_never_served(login, photo, db, app, bad_path):
    code, attachment_id, _ = photo
    root = app.config["ATTACHMENTS_DIR"]
    os.symlink("/etc/hostname", os.path.join(root, "link-out"))
    db.execute("UPDATE attachments SET path = ? WHERE id = ?", [bad_path.format(root=root), attachment_id])
    assert login("tuan").get(f"/console/files/{attachment_id}").status_code == 404


def test_a_draft_attachment_belongs_to_no_case_and_is_not_served(login, chat, messenger, db, app, graph):
    to_content(chat)
    chat.send(messenger.attachment("7001", url=graph.url + "/cdn/draft.png"))
    download_due_attachments(db, app.config)
    (attachment_id, report_id) = db.execute("SELECT id, report_id FROM attachments").fetchone()
    assert report_id is None
    assert login("tuan").get(f"/console/files/{attachment_id}").status_code == 404
    assert login("tuan").get("/console/files/999999").status_code == 404
