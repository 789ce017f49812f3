"""`python -m bot console list|show|reply|status|note|assign|export`: the console's core actions without a browser.

Each acts as an officer named with `--as` (audit-logged under that name) or,
without it, as `cli`: whoever runs commands on the server, who can read the
database anyway. Refusals exit non-zero with one clear sentence.
"""

import json
import sys

import click

from casework import texts
from casework.identity import may_see_identity
from casework.workflow import CaseError, add_note, assign, change_status
from cli.support import open_db as _db
from cli.support import settings
from console.export import export_rows, write_csv, write_xlsx
from console.formatting import today_in
from console.replies import answer_citizen, call_instead
from core.case_rules import CATEGORIES, STATUSES
from storage.audit import record
from storage.officers import officer_by_username
from storage.reports import list_reports, report_as_json, report_by_code
from storage.search import InboxFilter, count_reports, iter_reports

CLI_ACTOR = {"id": None, "username": "cli", "role": "admin"}


def fail(message):
    click.echo(message, err=True)
    sys.exit(1)


def attempt(change, *args, **kwargs):
    """Run a workflow change; a refusal is one sentence and exit status 1."""
    try:
        return change(*args, **kwargs)
    except CaseError as error:
        fail(str(error))


def _context(code, acting_as):
    """(db, report, officer) or exit with the reason."""
    db = _db()
    report = report_by_code(db, code.strip().upper())
    if report is None:
        fail(f"Không có hồ sơ {code}.")
    return db, report, _officer(db, acting_as)


def _officer(db, acting_as):
    if not acting_as:
        return CLI_ACTOR
    officer = officer_by_username(db, acting_as)
    if officer is None or officer["disabled"]:
        fail(f'Không có cán bộ đang làm việc với tên đăng nhập "{acting_as}".')
    return dict(officer)


as_option = click.option(
    "--as", "acting_as", metavar="USERNAME", help="Act as this officer (recorded in the audit log). Default: cli."
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")


@click.command("reply", help="Answer the citizen in Messenger (the window decides how, or whether, it goes).")
@click.argument("code")
@click.argument("text")
@as_option
@json_option
def reply(code, text, acting_as, as_json):
    db, report, officer = _context(code, acting_as)
    result = attempt(answer_citizen, db, report["id"], text, officer)
    options = result.window.send_options() if result.sent else {}
    if as_json:
        click.echo(
            json.dumps(
                {"code": report["code"], "sent": result.sent, "window": result.window.state, **options},
                ensure_ascii=False,
            )
        )
    if not result.sent:
        fail(
            f"Đã lưu câu trả lời vào hồ sơ {report['code']}, nhưng Messenger không gửi được. "
            + call_instead(report, hidden=False)
        )
    if not as_json:
        click.echo(
            f"Đã xếp câu trả lời vào hàng gửi cho hồ sơ {report['code']} ({options['messaging_type']}"
            f"{', ' + options['tag'] if options['tag'] else ''})."
        )


@click.command("status", help=f"Change a case's status ({', '.join(STATUSES)}), with a note saying why.")
@click.argument("code")
@click.argument("status")
@click.option("--note", default="", help="Why (required): kept in the history and the audit log.")
@click.option("--to", "forwarded_to", help="For `forwarded`: the competent body the case goes to.")
@as_option
@json_option
def status(code, status, note, forwarded_to, acting_as, as_json):
    db, report, officer = _context(code, acting_as)
    new_status = status.strip().lower()
    result = attempt(change_status, db, settings(), report["id"], new_status, note, officer, forwarded_to=forwarded_to)
    if as_json:
        return click.echo(
            json.dumps(
                {
                    "code": report["code"],
                    "from": result.old_status,
                    "to": result.new_status,
                    "citizen_told": result.notified,
                    "window": result.window.state,
                }
            )
        )
    told = "đã báo người dân qua Messenger" if result.notified else "chưa báo được người dân qua Messenger"
    click.echo(f"Hồ sơ {report['code']}: {result.old_status} → {result.new_status} ({told}).")


@click.command("note", help="Add an internal note to a case (never sent to the citizen).")
@click.argument("code")
@click.argument("text")
@as_option
def note(code, text, acting_as):
    db, report, officer = _context(code, acting_as)
    attempt(add_note, db, report["id"], text, officer)
    click.echo(f"Đã lưu ghi chú nội bộ cho hồ sơ {report['code']}.")


@click.command("assign", help="Hand a case to an officer (USERNAME `-` leaves it unassigned).")
@click.argument("code")
@click.argument("username")
@as_option
def assign_case(code, username, acting_as):
    db, report, officer = _context(code, acting_as)
    target = attempt(assign, db, report["id"], "" if username == "-" else username, officer)
    who = f"giao cho {target['username']}." if target else "chưa giao cho ai."
    click.echo(f"Hồ sơ {report['code']}: {who}")


@click.command("export", help="Export cases to PATH (.csv with BOM for Excel, or .xlsx).")
@click.argument("path", type=click.Path(dir_okay=False, writable=True))
@click.option("--status", type=click.Choice(STATUSES), help="Only cases with this status.")
@click.option("--category", help=f"Only this category ({', '.join(CATEGORIES)}).")
@click.option("--field", help="Only this field.")
@click.option("--overdue", is_flag=True, help="Only open cases past their deadline.")
@click.option("--query", default="", help="Only cases matching this search (like the console's).")
@click.option("--channel", type=click.Choice(["messenger", "hotline"]), help="Only cases from this channel.")
@as_option
def export(path, status, category, field, overdue, query, channel, acting_as):
    cfg = settings()
    db = _db()
    officer = _officer(db, acting_as)
    flt = InboxFilter(
        status=status,
        category=category,
        field=field,
        overdue=overdue,
        query=query,
        today=today_in(cfg),
        channel=channel,
    )
    identity = may_see_identity(officer["role"], cfg)
    total = count_reports(db, flt, identity)
    rows = export_rows(iter_reports(db, flt, identity), officer["role"], cfg, flt.today)
    with click.progressbar(rows, length=total, label=f"Xuất {total} hồ sơ") as bar:
        if path.lower().endswith(".xlsx"):
            write_xlsx(bar, path)
        else:
            with open(path, "w", encoding="utf-8", newline="") as out:
                write_csv(bar, out)
    record(
        db,
        officer,
        "export",
        detail={"format": path.rsplit(".", 1)[-1], "count": total, "with_identity": identity, "path": path},
    )
    click.echo(f"Đã xuất {total} hồ sơ ra {path}.")


@click.command("list", help="List cases, newest first.")
@click.option("--status", help="Only cases with this status (new, accepted, in_progress, ...).")
@click.option("--limit", default=100, show_default=True, help="How many cases.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def console_list(status, limit, as_json):
    db = _db()
    reports = [report_as_json(db, r, with_messages=False) for r in list_reports(db, status, limit)]
    if as_json:
        return click.echo(json.dumps(reports, ensure_ascii=False, indent=2))
    if not reports:
        return click.echo("Không có hồ sơ nào.")
    for r in reports:
        click.echo(
            f"{r['code']}  {r['status']:<11} {r['category']:<12} {r['field']:<22} "
            f"hạn {r['deadline']}  {r['content'][:60]!s}".replace("\n", " ")
        )


@click.command("show", help="Show one case with its whole conversation.")
@click.argument("code")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
def console_show(code, as_json):
    db = _db()
    report = report_by_code(db, code.strip().upper())
    if report is None:
        click.echo(f"Không có hồ sơ {code}.", err=True)
        sys.exit(1)
    data = report_as_json(db, report)
    if as_json:
        return click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    click.echo(
        f"{data['code']} · {texts.CATEGORY_NAMES.get(data['category'])} · "
        f"{texts.FIELD_NAMES.get(data['field'])} · {data['status']} · hạn {data['deadline']}"
    )
    click.echo(f"Người gửi: {data['citizen']['name'] or 'ẩn danh'} {data['citizen']['phone'] or ''}")
    click.echo(f"Nội dung: {data['content']}")
    for m in data["messages"]:
        click.echo(f"  [{m['at'][:16]}] {'→' if m['direction'] == 'out' else '←'} {m['text']}")


COMMANDS = [console_list, console_show, reply, status, note, assign_case, export]
