"""Photos and files at any moment: kept, and acknowledged in one line ("Đã nhận 1 ảnh").

Every file is downloaded as it arrives (handlers/messages.py); this decides whose it is and says so.
During a report it goes with the draft (the content step takes its own). Before any report it is
offered as the first file of a new one. After a ticket it joins the citizen's open case, as every
message after submission does, and the case's officer is told (casework/followups.py: once, until
they open the case).
"""

from bot import menu
from bot import report_steps as rs
from bot.acknowledge import back_to_step, received_line
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
        back_to_step(turn, turn.fmt(turn.texts.FILES_FOR_DRAFT, received=line))
        return True
    report = open_case_of(turn.db, turn.conv["psid"], turn.cfg.get("PAGE_ID"))
    if report is not None:
        add_to_case(turn, report, files, line)
        return True
    start_with_files(turn, files, line)
    return True


def start_with_files(turn, files, line):
    """No report yet: the files are the first of a new one; the first question follows."""
    intro = turn.fmt(turn.texts.INTRO) + "\n" if turn.conv["step"] is None else ""
    turn.enter("menu")
    rs.start_report(turn, ask=False)
    turn.draft["attachments"] = len(files)
    turn.goto("category", prefix=intro + turn.fmt(turn.texts.FILES_FIRST, received=line))


def add_to_case(turn, report, files, line):
    """Files for the open case: its thread, one line said, its officer told; a question that was
    waiting (more for the case, or new?) is asked again."""
    menu.add_to_thread(turn, report, quiet=True)  # the line below says it
    turn.report_id = report["id"]
    said = turn.fmt(turn.texts.FILES_ADDED, received=line, code=report["code"])
    if turn.step in (None, "menu"):
        turn.enter("menu")
        turn.say(said, menu.MENU)
    else:
        back_to_step(turn, said)
