"""The simulator driven by Playwright, as a person would use it on a phone.

`Phone` is what the browser test uses; run as a script it also makes the
README's screenshot from a running sandbox server:

    .venv/bin/python -m sandbox.simulator.phone http://127.0.0.1:5000 docs/simulator.png

Chromium is Debian's (`/usr/bin/chromium`): no browser is ever downloaded.
"""

import base64
import sys
import tempfile

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PHONE_SIZE = {"width": 375, "height": 812}

# Draws a "photo" of a broken login page in the browser: a real PNG without a drawing library.
_DRAW_PHOTO = """() => {
  const c = document.createElement("canvas"); c.width = 480; c.height = 360;
  const g = c.getContext("2d");
  const sky = g.createLinearGradient(0, 0, 0, 360); sky.addColorStop(0, "#cfd8dc"); sky.addColorStop(1, "#90a4ae");
  g.fillStyle = sky; g.fillRect(0, 0, 480, 360);
  g.fillStyle = "#263238"; g.fillRect(60, 40, 360, 250);
  g.fillStyle = "#ffffff"; g.fillRect(75, 55, 330, 220);
  g.fillStyle = "#1565c0"; g.fillRect(75, 55, 330, 40);
  g.fillStyle = "#fff"; g.font = "bold 18px sans-serif"; g.fillText("Cổng dịch vụ công", 90, 82);
  g.fillStyle = "#c62828"; g.font = "bold 24px sans-serif"; g.fillText("Lỗi 503", 200, 150);
  g.fillStyle = "#37474f"; g.font = "18px sans-serif"; g.fillText("Không đăng nhập được", 145, 190);
  g.fillStyle = "#37474f"; g.fillRect(200, 290, 80, 30); g.fillRect(150, 318, 180, 12);
  return c.toDataURL("image/png").split(",")[1];
}"""


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)


class Phone:
    """One citizen's Messenger on a phone-sized page."""

    def __init__(self, page, base_url):
        self.page, self.base_url = page, base_url.rstrip("/")

    def open(self):
        self.page.goto(self.base_url + "/simulator")
        self.page.wait_for_selector("#citizen option", state="attached")
        return self

    def new_citizen(self):
        self.page.click("#new-citizen")
        return self.page.eval_on_selector("#citizen", "s => s.value")

    def get_started(self):
        self.page.click("#get-started")

    def bot_bubbles(self):
        return self.page.locator(".msg.bot .bubble")

    def wait_for_reply(self, timeout=15_000):
        """Until the bot has answered the citizen's last action; the text of its latest message."""
        self.page.wait_for_function(
            "() => { const m = document.querySelectorAll('.msg'); return m.length > 0 &&"
            " m[m.length - 1].classList.contains('bot'); }",
            timeout=timeout,
        )
        return self.bot_bubbles().last.inner_text()

    def wait_for_text(self, pattern, timeout=15_000):
        """Until a message from the bot matches `pattern` (a string or a compiled regex); its text."""
        bubble = self.bot_bubbles().filter(has_text=pattern).last
        bubble.wait_for(timeout=timeout)
        return bubble.inner_text()

    def quick_replies(self):
        return self.page.locator("#quick-replies button").all_inner_texts()

    def tap(self, title):
        """Tap a quick reply once the bot has offered it (Playwright waits for it)."""
        self.page.locator("#quick-replies button", has_text=title).first.click()

    def say(self, text):
        self.page.fill("#text", text)
        self.page.press("#text", "Enter")

    def make_photo(self, folder):
        path = f"{folder}/loi-dang-nhap.png"
        with open(path, "wb") as out:
            out.write(base64.b64decode(self.page.evaluate(_DRAW_PHOTO)))
        return path

    def send_photo(self, path):
        self.page.set_input_files("#photo-input", path)


def take_screenshot(base_url, target):
    """A citizen mid-report: typed Vietnamese, a photo, the bot's answers and its quick replies."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as folder:
        browser = launch(p)
        page = browser.new_page(viewport=PHONE_SIZE, device_scale_factor=2, locale="vi-VN")
        phone = Phone(page, base_url).open()  # a new browser: the page makes a new citizen
        phone.get_started()
        phone.wait_for_reply()
        for action, value in [
            ("tap", "Gửi phản ánh"),
            ("tap", "Phản ánh"),
            ("tap", "Chuyển đổi số"),
            ("say", "Cổng dịch vụ công báo lỗi, tôi không đăng nhập được từ sáng nay."),
            ("photo", None),
            ("tap", "Xong"),
        ]:
            if action == "photo":
                phone.send_photo(phone.make_photo(folder))
            else:
                getattr(phone, action)(value)
            phone.wait_for_reply()
        page.wait_for_function("() => [...document.images].every(i => i.complete)")
        page.screenshot(path=target)
        browser.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python -m sandbox.simulator.phone SERVER_URL TARGET.png")
    take_screenshot(sys.argv[1], sys.argv[2])
