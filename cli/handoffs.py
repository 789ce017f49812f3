"""`python -m bot console handoffs|answer|close-handoff`: conversations with a person, without a browser.

The same actions as the console's "Trò chuyện" (console/handoffs.py), as
`cli` or the officer named with `--as`. A citizen is named by PSID, as the
server's operator sees them; `--page` picks the page when a server has several.
Refusals exit non-zero with one sentence.
"""

import json
import zoneinfo

import click

from cli.cases import _db, _officer, as_option, attempt, fail, json_option
from cli.support import settings
from console.formatting import parse_moment
from console.handoffs import answer_handoff, close_by_officer
from storage.handoffs import open_handoffs, thread_of

page_option = click.option("--page", "page_id", metavar="PAGE_ID", help="The page, if the server has several.")


def _open_one(db, psid, page_id):
    found = [h for h in open_handoffs(db, psid=psid.strip()) if page_id is None or h["page_id"] == page_id]
    if not found:
        fail(f"Không có cuộc trò chuyện đang mở với PSID {psid}.")
    if len(found) > 1:
        fail(f"PSID {psid} có cuộc trò chuyện mở trên nhiều trang: chọn một bằng --page.")
    return found[0]


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


@click.command("handoffs", help="List open conversations with a person: PSID, since when, the messages.")
@json_option
def handoffs(as_json):
    db = _db()
    rows = [_as_dict(db, h) for h in open_handoffs(db)]
    if as_json:
        return click.echo(json.dumps(rows, ensure_ascii=False))
    if not rows:
        return click.echo("Không có cuộc trò chuyện nào đang mở.")
    zone = zoneinfo.ZoneInfo(settings()["TIMEZONE"])
    for row in rows:
        since = parse_moment(row["since"]).astimezone(zone)
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
    db = _db()
    handoff = _open_one(db, psid, page_id)
    window = attempt(answer_handoff, db, handoff["id"], text, _officer(db, acting_as))
    options = window.send_options()
    click.echo(
        f"Đã xếp câu trả lời vào hàng gửi cho PSID {psid} ({options['messaging_type']}"
        f"{', ' + options['tag'] if options['tag'] else ''})."
    )


@click.command("close-handoff", help="End a citizen's conversation with a person: the bot answers again.")
@click.argument("psid")
@page_option
@as_option
def close_handoff(psid, page_id, acting_as):
    db = _db()
    handoff = _open_one(db, psid, page_id)
    attempt(close_by_officer, db, settings(), handoff["id"], _officer(db, acting_as))
    click.echo(f"Đã kết thúc cuộc trò chuyện #{handoff['id']} (PSID {psid}): trợ lý trả lời lại.")


COMMANDS = [handoffs, answer, close_handoff]
