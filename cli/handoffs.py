"""`python -m bot console handoffs|answer|close-handoff|make-case`: conversations with a person,
without a browser.

The same operations as the console's "Trò chuyện" (casework/handoffs.py,
casework/handoff_cases.py), as `cli` or the officer named with `--as`. A citizen
is named by PSID, as the server's operator sees them; `--page` picks the page
when a server has several. Refusals exit non-zero with one sentence.
"""

import datetime as dt
import json
import zoneinfo

import click

from casework.handoff_cases import turn_into_case
from casework.handoffs import answer_handoff, close_by_officer, open_handoff_of
from cli.acting import acting_officer, as_option, attempt, json_option
from cli.support import open_db, settings
from core.case_rules import CATEGORIES, FIELDS
from storage.handoffs import open_handoffs, thread_of

page_option = click.option("--page", "page_id", metavar="PAGE_ID", help="The page, if the server has several.")


def _as_dict(db, handoff):
    return {
        "id": handoff["id"],
        "psid": handoff["psid"],
        "page_id": handoff["page_id"],
        "since": handoff["opened_at"],
        "reason": handoff["reason"],
        "answered": handoff["first_answer_at"] is not None,
        "page_inbox": bool(handoff["inbox_control"]),
        "messages": [
            {"direction": m["direction"], "text": m["text"], "at": m["at"]} for m in thread_of(db, handoff["id"])
        ],
    }


def _context(psid, page_id, acting_as):
    """(db, cfg, the open conversation, officer) or exit with the reason."""
    db = open_db()
    officer = acting_officer(db, acting_as)
    return db, settings(), attempt(open_handoff_of, db, psid, page_id, officer), officer


def _sent_as(window):
    options = window.send_options()
    return f"{options['messaging_type']}{', ' + options['tag'] if options['tag'] else ''}"


@click.command("handoffs", help="List open conversations with a person: PSID, since when, the messages.")
@json_option
def handoffs(as_json):
    db = open_db()
    rows = [_as_dict(db, h) for h in open_handoffs(db)]
    if as_json:
        return click.echo(json.dumps(rows, ensure_ascii=False))
    if not rows:
        return click.echo("Không có cuộc trò chuyện nào đang mở.")
    zone = zoneinfo.ZoneInfo(settings()["TIMEZONE"])
    for row in rows:
        since = dt.datetime.fromisoformat(row["since"])
        since = (since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)).astimezone(zone)
        click.echo(
            f"#{row['id']}  PSID {row['psid']}  từ {since:%d/%m/%Y %H:%M}{'  (đã trả lời)' if row['answered'] else ''}"
        )
        for message in row["messages"]:
            click.echo(f"    {'→' if message['direction'] == 'out' else '←'} {message['text']}")


@click.command("answer", help="Answer a citizen outside a case, in their open conversation (PSID).")
@click.argument("psid")
@click.argument("text")
@page_option
@as_option
def answer(psid, text, page_id, acting_as):
    db, cfg, handoff, officer = _context(psid, page_id, acting_as)
    window = attempt(answer_handoff, db, cfg, handoff["id"], text, officer)
    click.echo(f"Đã xếp câu trả lời vào hàng gửi cho PSID {psid} ({_sent_as(window)}).")


@click.command("close-handoff", help="End a citizen's conversation with a person: the bot answers again.")
@click.argument("psid")
@page_option
@as_option
def close_handoff(psid, page_id, acting_as):
    db, cfg, handoff, officer = _context(psid, page_id, acting_as)
    attempt(close_by_officer, db, cfg, handoff["id"], officer)
    click.echo(f"Đã kết thúc cuộc trò chuyện #{handoff['id']} (PSID {psid}): trợ lý trả lời lại.")


@click.command("make-case", help="Turn a citizen's open conversation into a case; the conversation closes.")
@click.argument("psid")
@click.option("--category", required=True, help=f"The case's category ({', '.join(CATEGORIES)}).")
@click.option("--field", required=True, help=f"The case's field ({', '.join(FIELDS)}).")
@click.option("--content", required=True, help="The case's content (see `console handoffs` for the thread).")
@page_option
@as_option
def make_case(psid, category, field, content, page_id, acting_as):
    db, cfg, handoff, officer = _context(psid, page_id, acting_as)
    code = attempt(turn_into_case, db, cfg, handoff["id"], officer, category, field, content)
    click.echo(f"Đã lập hồ sơ {code} từ cuộc trò chuyện #{handoff['id']} (PSID {psid}).")


COMMANDS = [handoffs, answer, close_handoff, make_case]
