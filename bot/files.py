"""Photos and files at any moment: kept, and acknowledged in one line ("Đã nhận 1 ảnh").

Every file is downloaded as it arrives (handlers/messages.py); this decides whose it is and says so.
During a report it goes with the draft (the content step takes its own). Before any report it is
offered as the first file of a new one. After a ticket it joins a case only when the citizen says so:
one tap ("Thêm vào hồ sơ cũ"), or when they are already sending more for that case ("gửi thêm ảnh"),
and the case's officer is told.
"""

from bot import free_text, menu
from bot import report_steps as rs
from bot.acknowledge import back_to_step, received_line
from casework.followup_notice import notify_case_followup
from storage.reports import open_case_of

KEPT = rs.KEPT_ATTACHMENTS


def kept(inp):
    return [a for a in inp.attachments if a["type"] in KEPT]


def take_files(turn):
    """A message with files at any step but the content step (which keeps its own); False when it
    has no file worth keeping (a sticker's image), for the step to answer."""
    files = kept(turn.inp)
    if not files:
        return False
    line = received_line(turn, files)
    if rs.has_draft(turn.draft) and rs.in_report(turn):
        turn.draft["attachments"] = turn.draft.get("attachments", 0) + len(files)
        back_to_step(turn, turn.texts.FILES_FOR_DRAFT.format(received=line))
        return True
    adding = adding_to(turn)
    if adding is not None:
        return add_to_case(turn, adding, files, line)
    report = open_case_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is not None:  # joins the case only if the citizen says so: one tap
        turn.enter("menu")
        free_text.offer_more_or_new(turn, report, line, files=len(files))
        return True
    start_with_files(turn, files, line)
    return True


def start_with_files(turn, files, line):
    """No report yet: the files are the first of a new one; the first question follows."""
    intro = turn.fmt(turn.texts.INTRO) + "\n" if turn.conv["step"] is None else ""
    turn.enter("menu")
    rs.start_report(turn, ask=False)
    turn.draft["attachments"] = len(files)
    turn.goto("category", prefix=intro + turn.texts.FILES_FIRST.format(received=line))


def adding_to(turn):
    adding = turn.draft.get("adding_to")
    if not adding or turn.step not in (None, "menu") or turn.inp.timestamp > adding["until"]:
        return None
    return next(turn.db.query("SELECT * FROM reports WHERE id = ?", [adding["id"]]), None)


def add_to_case(turn, report, files, line):
    """Files the citizen chose to add to a filed case: its thread, its officer told, one line said."""
    menu.add_to_thread(turn, report, quiet=True)  # the line below says it
    notify_case_followup(turn.db, turn.cfg, report, len(files))
    turn.report_id = report["id"]
    turn.say(turn.fmt(turn.texts.FILES_ADDED, received=line, code=report["code"]), menu.MENU)
    free_text.remember_adding(turn, report, turn.inp.timestamp)
    return True
