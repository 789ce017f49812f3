"""`python -m bot console add --channel hotline …`: record a call from the command line, the same
case the console's form makes (checks, code, deadline, summary, duty notices, audit)."""

import json

import click

from casework.hotline import CallError, check_call, link_messenger, messenger_matches, record_call
from casework.identity import may_see_identity
from casework.workflow import NotAllowed
from cli.acting import acting_officer, as_option, json_option
from cli.support import fail, open_db, settings
from core.case_rules import CATEGORIES, FIELDS
from storage.casework import report_by_id


@click.command(
    "add",
    help="Record a case received outside Messenger (a hotline call), with the same code "
    "series, deadlines, summaries and workflow.",
)
@click.option(
    "--channel", type=click.Choice(["hotline"]), default="hotline", show_default=True, help="Where the case came from."
)
@click.option("--category", type=click.Choice(CATEGORIES), required=True, help="Category of the case.")
@click.option("--field", type=click.Choice(FIELDS), required=True, help="Field of the case.")
@click.option("--content", required=True, help="What the caller reported.")
@click.option("--name", default="", help="Caller's full name (needs --consent).")
@click.option("--phone", default="", help="Caller's phone, e.g. 0902 231 089 (needs --consent).")
@click.option("--address", default="", help="Caller's address (needs --consent).")
@click.option("--consent", is_flag=True, help="The caller agreed orally to their contact details being kept.")
@click.option("--urgent", is_flag=True, help="Urgent: the officers on duty are told at once.")
@click.option("--publish", is_flag=True, help="The caller agreed orally to publication on /cong-khai.")
@click.option(
    "--link-messenger",
    "link",
    is_flag=True,
    help="Link the caller to the one Messenger or Zalo citizen who gave the same phone.",
)
@as_option
@json_option
def add_case(channel, link, acting_as, as_json, **values):
    db, cfg = open_db(), settings()
    officer = acting_officer(db, acting_as)
    try:
        report_id, code, duty = record_call(db, cfg, check_call(values), officer)
        report = report_by_id(db, report_id)
        matches = messenger_matches(db, report, may_see_identity(officer["role"], cfg))
        if link and len(matches) != 1:
            raise CallError(
                f"Hồ sơ {code} đã ghi, nhưng chưa liên kết: có {len(matches)} người dân nhắn tin (Messenger, "
                "Zalo) với số điện thoại này (cần đúng 1)."
            )
        if link:
            link_messenger(db, cfg, report, matches[0]["psid"], officer)
    except NotAllowed as error:
        fail(f"Hồ sơ {code} đã ghi, nhưng chưa liên kết: {error}")
    except CallError as error:
        fail(str(error))
    result = {
        "code": code,
        "channel": channel,
        "deadline": duty.deadline.isoformat(),
        "urgent": duty.urgent,
        "linked": bool(link),
        "messenger_matches": [m["codes"] for m in matches],
    }
    if as_json:
        return click.echo(json.dumps(result, ensure_ascii=False))
    click.echo(
        f"Đã ghi nhận hồ sơ {code} ({channel}), hạn {duty.deadline:%d/%m/%Y}."
        + (f" Đã liên kết {matches[0]['channel']}." if link else "")
        + (
            " Người dân nhắn tin cùng số điện thoại: "
            + ", ".join(f"{m['codes']} ({m['channel']})" for m in matches)
            + "."
            if matches and not link
            else ""
        )
    )
