"""The Graph stand-in's CDN: what the simulator uploads, kept within bounds and never served as a page.

The stand-in runs inside the sandbox server, on the console's own origin. A file served there as
text/html (or SVG, or anything a browser would run) would be a page of the console's origin that
anyone can write: it could read a logged-in leader's console. So a file is
served with its claimed type only when that is a passive image, video or audio type, else as an
attachment of unknown type; always with nosniff and a CSP that runs nothing. Uploads live in
memory, so their number and total size are capped: the oldest go first, as the bot has long since
downloaded them (Meta's own CDN links expire too).
"""

from collections import OrderedDict

from core.filetypes import EXTENSIONS, UNKNOWN

MAX_FILES = 200
MAX_TOTAL_BYTES = 100_000_000
# Types a browser only displays or plays; never text, SVG, PDF (it can script) or an office file.
PASSIVE_TYPES = {t for t in EXTENSIONS if t.split("/")[0] in ("image", "video", "audio")}
NEVER_A_PAGE = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "no-store",
}


class BoundedFiles(OrderedDict):
    """name → (bytes, claimed type); storing one past the caps drops the oldest."""

    def __init__(self, max_files=MAX_FILES, max_bytes=MAX_TOTAL_BYTES):
        super().__init__()
        self.max_files, self.max_bytes = max_files, max_bytes

    def __setitem__(self, name, value):
        self.pop(name, None)
        super().__setitem__(name, value)
        while len(self) > self.max_files or (len(self) > 1 and self.total_bytes() > self.max_bytes):
            self.popitem(last=False)

    def total_bytes(self):
        return sum(len(data) for data, _ in self.values())


def served(data, claimed):
    """The (body, status, headers) for a stored file: never anything a browser would run."""
    content_type = (claimed or "").split(";")[0].strip().lower()
    headers = dict(NEVER_A_PAGE)
    if content_type in PASSIVE_TYPES:
        headers["Content-Type"] = content_type
    else:
        headers.update({"Content-Type": UNKNOWN, "Content-Disposition": "attachment"})
    return data, 200, headers
