"""`python -m bot console list|show|reply|status|note|assign|classify`: the console's case actions
without a browser, as the officer named with `--as` or as `cli` (cli/acting.py). The operations
and their checks are casework/'s, the console's too: a refusal is the same sentence as on the
case page.
"""

import json

import click

from casework import texts
from casework.answers import answer_citizen, call_instead
from casework.case_edits import add_note, assign, reclassify
from casework.chain import chain_of_case
from casework.workflow import case_by_code_for, change_status
from cli.acting import acting_officer, as_option, attempt, json_option
from cli.support import fail, open_db, settings
from core.case_rules import CATEGORIES, FIELDS, STATUSES
from storage.reports import list_reports, report_as_json, report_by_code


def _context(code, acting_as):
    """(db, cfg, report, officer) or exit with the reason: another ward's case does not exist for
    an officer of one ward, as on the console."""
    db = open_db()
    officer = acting_officer(db, acting_as)
    return db, settings(), attempt(case_by_code_for, db, code, officer), officer


@click.command("reply", help="Answer the citizen in Messenger (the window decides how, or whether, it goes).")
@click.argument("code")
@click.argument("text")
@as_option
@json_option
def reply(code, text, acting_as, as_json):
    db, cfg, report, officer = _context(code, acting_as)
    result = attempt(answer_citizen, db, cfg, report["id"], text, officer)
    options = result.window.send_options() if result.sent else {}
    if as_json:
        click.echo(
            json.dumps(
                {
                    "code": report["code"],
                    "sent": result.sent,
                    **({"held": True} if result.held else {}),  # waiting for a leader's approval
                    "window": result.window.state,
                    **options,
                },
                ensure_ascii=False,
            )
        )
    if result.held:
        return None if as_json else click.echo(texts.ANSWER_HELD.format(code=report["code"]))
    if not result.sent:
        fail(
            f"Đã lưu câu trả lời vào hồ sơ {report['code']}, nhưng {texts.chat_channel_name(report['psid'])} "
            "không gửi được. " + call_instead(cfg, report, officer)
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
    db, cfg, report, officer = _context(code, acting_as)
    result = attempt(
        change_status, db, cfg, report["id"], status.strip().lower(), note, officer, forwarded_to=forwarded_to
    )
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
    channel = texts.chat_channel_name(report["psid"])
    told = ("đã báo" if result.notified else "chưa báo được") + f" người dân qua {channel}"
    click.echo(f"Hồ sơ {report['code']}: {result.old_status} → {result.new_status} ({told}).")


@click.command("note", help="Add an internal note to a case (never sent to the citizen).")
@click.argument("code")
@click.argument("text")
@as_option
def note(code, text, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    attempt(add_note, db, cfg, report["id"], text, officer)
    click.echo(f"Đã lưu ghi chú nội bộ cho hồ sơ {report['code']}.")


@click.command("assign", help="Hand a case to an officer (USERNAME `-` leaves it unassigned).")
@click.argument("code")
@click.argument("username")
@as_option
def assign_case(code, username, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    target = attempt(assign, db, cfg, report["id"], "" if username == "-" else username, officer)
    who = f"giao cho {target['username']}." if target else "chưa giao cho ai."
    click.echo(f"Hồ sơ {report['code']}: {who}")


@click.command(
    "classify",
    help=f"Set a case's category ({', '.join(CATEGORIES)}) and field ({', '.join(FIELDS)}).",
)
@click.argument("code")
@click.argument("category")
@click.argument("field")
@as_option
def classify(code, category, field, acting_as):
    db, cfg, report, officer = _context(code, acting_as)
    attempt(reclassify, db, cfg, report["id"], category.strip().lower(), field.strip().lower(), officer)
    click.echo(
        f"Hồ sơ {report['code']}: {texts.CATEGORY_NAMES[category.strip().lower()]}, "
        f"{texts.FIELD_NAMES[field.strip().lower()]}."
    )


@click.command("list", help="List cases, newest first.")
@click.option("--status", help="Only cases with this status (new, accepted, in_progress, ...).")
@click.option("--limit", default=100, show_default=True, help="How many cases.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def console_list(status, limit, as_json):
    db = open_db()
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
    db = open_db()
    report = report_by_code(db, code.strip().upper())
    if report is None:
        fail(texts.NO_SUCH_CASE_CODE.format(code=code.strip()))
    data = report_as_json(db, report)
    data.update(chain_of_case(db, settings(), report))
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


COMMANDS = [console_list, console_show, reply, status, note, assign_case, classify]
