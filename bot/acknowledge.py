"""What the bot says around an aside: a file acknowledged in one line ("Đã nhận 1 ảnh"), and the
step on screen again in one short line.

After something said aside (a question answered, a photo kept, a case looked up) the step's choices
stay and "Gặp cán bộ" is offered; the long question with its explanations is not said again.
"""

from bot import facts


def received_line(turn, files):
    """ "Đã nhận 1 ảnh", "Đã nhận 2 ảnh và 1 tệp"."""
    counts = {}
    for attachment in files:
        counts[attachment["type"]] = counts.get(attachment["type"], 0) + 1
    parts = [turn.texts.FILE_COUNT[kind][n > 1].format(n=n) for kind, n in counts.items()]
    return turn.texts.FILES_RECEIVED.format(files=turn.texts.FILES_JOINED.join(parts))


def back_to_step(turn, prefix):
    step = turn.step
    if step == "confirm_fact":  # the fact itself again, in its one line: "choose below" would say nothing
        line = facts.question(turn)
    else:
        line = turn.fmt(turn.texts.STEP_AGAIN.get(step) or turn.texts.STEP_AGAIN_ANY)
    turn.ask(step, prefix=prefix, question=line, extra=("MENU_OFFICER",))
