"""`python -m bot console propose|direct|consult|consultations|approve|send-back`: the chain of
handling the ward's notice sets (§3.1-3.2), without a browser.

The operations are casework/'s (directions.py, consultations.py, approval.py), the console's too,
as `cli` or the officer named with `--as`: an officer's `direct` is refused with the console's
sentence, on stderr, exit status 1.
"""

import datetime as dt

import click

from casework.approval import approve_answer, send_back
from casework.consultations import ask_department, listed_consultations
from casework.directions import direct, propose
from casework.mailer import send_due_emails
from casework.texts import chat_channel_name
from cli.acting import acting_officer, as_option, attempt, json_option
from cli.cases import _context
from cli.support import DATE, fail, open_db, settings, show_json


@click.command("propose", help="Record a proposal of how to handle a case (đề xuất), for the leaders.")
@click.argument("code")
@click.argument("text")
@as_option
def propose_command(code, text, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    attempt(propose, db, cfg, report["id"], text, officer)
    click.echo(f"Đã ghi đề xuất cho hồ sơ {report['code']}.")


@click.command("direct", help="Record a leader's direction on a case (ý kiến chỉ đạo); leaders and admins only.")
@click.argument("code")
@click.argument("text")
@as_option
def direct_command(code, text, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    notices = attempt(direct, db, cfg, report["id"], text, officer)
    told = f" (đã báo {len(notices)} kênh)" if notices else " (chưa báo được ai: hồ sơ chưa giao hoặc không có kênh)"
    click.echo(f"Đã ghi ý kiến chỉ đạo cho hồ sơ {report['code']}{told}.")


@click.command("consult", help="Ask a department for information or advice on a case, by a due date.")
@click.argument("code")
@click.argument("text")
@click.option("--department", required=True, help="The department's name (`department list`), accents optional.")
@click.option("--due", type=DATE, required=True, help="Answer by this date, YYYY-MM-DD or DD/MM/YYYY.")
@as_option
@json_option
def consult_command(code, text, department, due, acting_as, as_json):
    db, cfg, report, officer = _context(code, acting_as)
    asked = attempt(ask_department, db, cfg, report["id"], department, due, text, officer)
    send_due_emails(db, cfg)  # the department's e-mail goes now, server or not (the claim stops double sends)
    if as_json:
        return show_json(
            {
                "code": report["code"],
                "id": asked.id,
                "department": asked.department,
                "due": asked.due.isoformat(),
                "working_days_left": asked.working_days_left,
                "emailed_to": asked.emailed_to,
                "link": asked.link,
            }
        )
    sent = (
        f"đã gửi e-mail tới {asked.emailed_to}"
        if asked.emailed_to
        else "đơn vị chưa có e-mail: gửi liên kết này cho họ"
    )
    click.echo(
        f"Đã gửi yêu cầu phối hợp hồ sơ {report['code']} tới {asked.department}, hạn {asked.due:%d/%m/%Y} "
        f"(còn {asked.working_days_left} ngày làm việc); {sent}:\n{asked.link}"
    )


def _left(item):
    if item["link_state"] == "answered":
        return "đã trả lời " + ("đúng hạn" if item["answered_on_time"] else "trễ hạn")
    if item["link_state"] == "closed":
        return "hồ sơ đã đóng"
    days = item["working_days_left"]
    return f"quá hạn {-days} ngày làm việc" if days < 0 else f"còn {days} ngày làm việc"


@click.command("consultations", help="List requests to departments: due dates, working days left, each link.")
@click.option("--overdue", is_flag=True, help="Only those past their due date and unanswered.")
@as_option
@json_option
def consultations_command(overdue, acting_as, as_json):
    db = open_db()
    items = listed_consultations(db, settings(), acting_officer(db, acting_as), overdue=overdue)
    if as_json:
        return show_json(items)
    if not items:
        return click.echo("Không có yêu cầu phối hợp nào" + (" quá hạn." if overdue else "."))
    for item in items:
        due = dt.date.fromisoformat(item["due"])
        click.echo(f"{item['code']}  {item['department']}  hạn {due:%d/%m/%Y} ({_left(item)})")
        if item["link_state"] == "open":
            click.echo(f"    {item['link'] or 'liên kết không hiện lại được (SECRET_KEY đã đổi)'}")


@click.command("approve", help="Approve and send the answer waiting on a case; leaders and admins only.")
@click.argument("code")
@as_option
@json_option
def approve_command(code, acting_as, as_json):
    db, cfg, report, officer = _context(code, acting_as)
    result = attempt(approve_answer, db, cfg, report["id"], officer)
    if as_json:
        return show_json({"code": report["code"], "sent": result.sent, "window": result.window.state})
    if not result.sent:
        fail(
            f"Đã duyệt câu trả lời hồ sơ {report['code']} và lưu vào hồ sơ, nhưng {chat_channel_name(report['psid'])} "
            "không gửi được."
        )
    click.echo(f"Đã duyệt và xếp gửi câu trả lời hồ sơ {report['code']}.")


@click.command("send-back", help="Return the answer waiting on a case to its officer, with a note saying why.")
@click.argument("code")
@click.argument("note")
@as_option
def send_back_command(code, note, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    attempt(send_back, db, cfg, report["id"], note, officer)
    click.echo(f"Đã trả lại câu trả lời hồ sơ {report['code']} cho cán bộ soạn.")


COMMANDS = [
    propose_command,
    direct_command,
    consult_command,
    consultations_command,
    approve_command,
    send_back_command,
]
