"""The chain in real Chromium against the real server: an officer asks a department from the case
page's form, the department opens its link in a browser of its own (no account), answers with a
file, and the answer is on the case page."""

import re
from pathlib import Path

import pytest
from sandbox_server import run_bot
from scripts import run_script

from console import texts

pytestmark = pytest.mark.slow
CODE = re.compile(r"AQ-\d{4}-\d{5}")
LINK = re.compile(r"http://[^\s]+/phoi-hop/[A-Za-z0-9_-]+")
PASSWORD = "mat-khau-cua-can-bo-hoa"
ROOT = Path(__file__).resolve().parent.parent
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def watched(browser):
    """A fresh context and page; every script error, CSP refusal or 4xx/5xx is collected."""
    context = browser.new_context(locale="vi-VN", viewport={"width": 1366, "height": 900})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("response", lambda r: errors.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    return context, page, errors


def test_the_consultation_form_and_the_departments_answer_page_in_chromium(browser, live_bot, live_citizen, tmp_path):
    code = CODE.search(run_script(live_citizen("browser-chain"), "petition")[-1][0]).group()
    run_bot(live_bot, "officer", "add", "hoa", "--role", "officer", input=PASSWORD + "\n")
    context, page, errors = watched(browser)
    page.goto(live_bot.url + f"/console/cases/{code}")
    page.fill("input[name=username]", "hoa")
    page.fill("input[name=password]", PASSWORD)
    page.click("button:has-text('Đăng nhập')")
    page.wait_for_selector(f"h1:has-text('{code}')")

    page.click("summary:has-text('Đề nghị đơn vị cung cấp thông tin, cho ý kiến')")
    page.select_option("form.consult-form select[name=department]", "Trung tâm Hành chính công")
    page.fill("form.consult-form input[name=due]", "2099-01-05")
    page.fill("form.consult-form textarea[name=question]", "Đề nghị cho biết lịch mở lớp VNeID tại bộ phận một cửa.")
    page.click("button:has-text('Gửi đề nghị phối hợp')")
    flash = page.wait_for_selector(".flash.warning:has-text('/phoi-hop/')").inner_text()
    link = LINK.search(flash).group()
    assert "Trung tâm Hành chính công" in page.inner_text(".consultations")

    department, form, department_errors = watched(browser)  # the department's own browser: no session
    form.goto(link)
    assert "lịch mở lớp VNeID" in form.inner_text("section.question")
    assert "người cao tuổi" in form.inner_text("section.case:not(.question)")  # what the case is about
    (tmp_path / "lich-hoc.png").write_bytes(PNG)
    form.fill("textarea[name=answer]", "Lớp mở sáng thứ Bảy hằng tuần từ 07/12, tại tầng 1.")
    form.fill("input[name=answered_by]", "Vũ Mạnh Tú, Phó Giám đốc")
    form.set_input_files("input[name=files]", str(tmp_path / "lich-hoc.png"))
    form.click("button:has-text('Gửi trả lời')")
    form.wait_for_selector("h1:has-text('Đã nhận trả lời')")
    form.goto(link)  # a used link: refused, and shows nothing of the case
    assert "đã được trả lời" in form.inner_text("main") and "người cao tuổi" not in form.inner_text("main")
    department.close()
    assert [e for e in department_errors if "410" not in e] == []  # only the used link's refusal

    proposal = "Mở thêm lớp hướng dẫn VNeID cho người cao tuổi vào sáng thứ Bảy."
    run_bot(live_bot, "console", "propose", code, proposal, "--as", "hoa")
    run_bot(live_bot, "officer", "add", "lan", "--role", "leader", input=PASSWORD + "\n")
    direction = "Đồng ý. Đồng chí Hoa phối hợp Trung tâm Hành chính công, trả lời công dân trước 10/12."
    run_bot(live_bot, "console", "direct", code, direction, "--as", "lan")
    page.reload()
    chain = page.inner_text("section.chain")
    assert proposal in chain and direction in chain
    # README's picture of the chain: the officer's proposal, the leader's direction, the department's answer.
    boxes = [section.bounding_box() for section in page.locator("section.chain").all()]
    top, bottom = min(b["y"] for b in boxes), max(b["y"] + b["height"] for b in boxes)
    left, right = min(b["x"] for b in boxes), max(b["x"] + b["width"] for b in boxes)
    scroll_x, scroll_y = page.evaluate("[window.scrollX, window.scrollY]")  # the boxes are the viewport's
    clip = {"x": left + scroll_x, "y": top + scroll_y, "width": right - left, "height": bottom - top}
    page.screenshot(path=str(ROOT / "docs" / "chain.png"), clip=clip, full_page=True)
    answer = page.inner_text(".consultations")
    assert "Lớp mở sáng thứ Bảy hằng tuần" in answer and "Vũ Mạnh Tú" in answer
    assert texts.LINK_STATES["answered"] in answer and "Tải tệp lich-hoc.png" in answer
    context.close()
    assert errors == []
