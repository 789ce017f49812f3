"""An officer's own chat with the page: linking their Messenger account, and checking in.

The officer gets a one-time code (`python -m bot roster link USERNAME`, or the
console) and sends "trực 12345678" to the page: that links their PSID. Sending
"trực" afterwards checks in and opens the 24-hour window in which the bot may
message them; "hết trực" closes it. Checking in is coming on duty: the notices
held because nobody could be reached go to that officer at once, after the
bot's answer (casework/notices.py). Anything else from them, or "trực" from a
citizen, goes on to the citizen's conversation as before.
"""

import datetime as dt
import re
import zoneinfo

from casework.notices import release_for_officer
from core.folding import fold_command
from storage.duty_roster import check_in, check_out, linked_officer, use_link_code
from storage.outbox import enqueue_text

LINK = re.compile(r"^truc (\d{8})$")
CHECK_IN_WORDS = {"truc", "nhan truc", "check in"}
CHECK_OUT_WORDS = {"het truc", "nghi truc", "check out"}

LINKED = "Đã liên kết tài khoản Messenger này với cán bộ {name}."
BAD_CODE = (
    "Mã liên kết không đúng hoặc đã hết hạn (mỗi mã dùng một lần, trong 30 phút). "
    "Anh/chị lấy mã mới trong console hoặc bằng lệnh `python -m bot roster link`."
)
CHECKED_IN = (
    "Anh/chị đã nhận trực. Trợ lý sẽ báo hồ sơ mới qua Messenger đến {until}. "
    'Gửi "trực" lại để gia hạn thêm 24 giờ, "hết trực" để dừng nhận tin.'
)
CHECKED_OUT = 'Anh/chị đã hết trực: trợ lý sẽ không nhắn tin báo hồ sơ nữa. Gửi "trực" để nhận lại.'


def handle(db, cfg, psid, inp):
    """True if the input was an officer's command (and is answered here), else False."""
    if inp.kind != "text":
        return False
    folded = fold_command(inp.text)
    match = LINK.match(folded)
    if match:
        officer_id = use_link_code(db, match.group(1), psid)
        if officer_id is None:
            enqueue_text(db, psid, BAD_CODE)
            return True
        officer = linked_officer(db, psid)
        check_in(db, officer_id, inp.timestamp)
        _say(
            db,
            cfg,
            psid,
            LINKED.format(name=officer["full_name"] or officer["username"])
            + "\n"
            + _checked_in_text(cfg, inp.timestamp),
        )
        release_for_officer(db, cfg, officer_id)
        return True
    if folded not in CHECK_IN_WORDS | CHECK_OUT_WORDS:
        return False
    officer = linked_officer(db, psid)
    if officer is None:
        return False
    if folded in CHECK_OUT_WORDS:
        check_out(db, officer["id"])
        _say(db, cfg, psid, CHECKED_OUT)
    else:
        check_in(db, officer["id"], inp.timestamp)
        _say(db, cfg, psid, _checked_in_text(cfg, inp.timestamp))
        release_for_officer(db, cfg, officer["id"])
    return True


def _checked_in_text(cfg, timestamp_ms):
    until = dt.datetime.fromtimestamp(timestamp_ms / 1000 + 24 * 3600, zoneinfo.ZoneInfo(cfg["TIMEZONE"]))
    return CHECKED_IN.format(until=f"{until:%H:%M %d/%m/%Y}")


def _say(db, cfg, psid, text):
    enqueue_text(db, psid, text)
