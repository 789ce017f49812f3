"""`python -m bot zalo …`: the Zalo OA's token pair, for the ward's IT admin.

`set-tokens` takes a new pair (from Zalo for Developers, after the OA authorised the app: docs/zalo.md)
from standard input, two lines, access token then refresh token, or from the options; `status` says
how long the pair lives and whether a refresh failed; `refresh` refreshes now. No token is ever
printed: the status shows its end, its source and its generation only.
"""

import datetime as dt
import sys

import click

from cli.support import fail, open_db, settings, show_json
from core.zalo_settings import with_sandbox_zalo, zalo_accounts
from storage.alerts import open_alerts
from storage.zalo_tokens import token_row
from zalo.oauth import DEFAULT_EXPIRES_IN, RefreshFailed
from zalo.tokens import NoTokens, RefreshBusy, alert_kind, refresh_tokens, set_tokens


@click.group("zalo", help="The ward's Zalo Official Account: its token pair (docs/zalo.md).")
def zalo_group():
    pass


def _account(oa_id):
    accounts = zalo_accounts(with_sandbox_zalo(settings()))
    if not accounts:
        fail("Chưa cấu hình Zalo OA (ZALO_OA_ID trong .env, hoặc zalo_oa_id trong PAGES_FILE).")
    if oa_id is None and len(accounts) > 1:
        fail(f"Có {len(accounts)} Zalo OA: chọn một bằng --oa ({', '.join(a.oa_id for a in accounts)}).")
    account = next((a for a in accounts if oa_id in (None, a.oa_id)), None)
    if account is None:
        fail(f"Không có Zalo OA {oa_id} (các OA: {', '.join(a.oa_id for a in accounts)}).")
    return account


WAITING = "Một tiến trình khác đang làm mới cặp mã: chờ nó xong rồi dùng cặp mã mới."
oa_option = click.option("--oa", "oa_id", help="The OA's id (only needed with several wards' OAs).")


@zalo_group.command("set-tokens", help="Store a new token pair: two lines on stdin (access, then refresh).")
@oa_option
@click.option("--access-token", help="The access token (else read from stdin).")
@click.option("--refresh-token", help="The refresh token (else read from stdin).")
@click.option(
    "--expires-in",
    type=click.IntRange(60, 10 * DEFAULT_EXPIRES_IN),
    default=DEFAULT_EXPIRES_IN,
    show_default=True,
    help="Seconds the access token still lives (Zalo gives 25 h).",
)
def set_tokens_command(oa_id, access_token, refresh_token, expires_in):
    account = _account(oa_id)
    if not (access_token and refresh_token):
        lines = [line.strip() for line in sys.stdin.read().splitlines() if line.strip()]
        access_token = access_token or (lines.pop(0) if lines else "")
        refresh_token = refresh_token or (lines.pop(0) if lines else "")
    if not access_token or not refresh_token:
        fail("Cần cả mã truy cập (access token) và mã làm mới (refresh token): hai dòng trên stdin.")
    db = open_db()
    generation = set_tokens(db, account, access_token, refresh_token, expires_in)
    click.echo(f"Đã lưu cặp mã mới cho Zalo OA {account.oa_id} (thế hệ {generation}).")


@zalo_group.command("status", help="How long the token pair lives, and any failed refresh (no token shown).")
@oa_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object.")
def status_command(oa_id, as_json):
    account = _account(oa_id)
    db = open_db()
    row = token_row(db, account.oa_id)
    alert = next((a for a in open_alerts(db) if a["kind"] == alert_kind(account)), None)
    status = {
        "oa_id": account.oa_id,
        "page_id": account.page_id,
        "has_tokens": row is not None,
        "access_expires_at": _when(row["access_expires_at"]) if row else None,
        "generation": row["generation"] if row else None,
        "source": row["source"] if row else None,
        "updated_at": row["updated_at"] if row else None,
        "last_error": row["last_error"] if row else None,
        "alert": alert["message"] if alert else None,
    }
    if as_json:
        return show_json(status)
    if row is None:
        click.echo(f"Zalo OA {account.oa_id}: chưa có cặp mã (python -m bot zalo set-tokens).")
        return None
    click.echo(
        f"Zalo OA {account.oa_id}: mã truy cập hết hạn {status['access_expires_at'] or 'chưa rõ'}; "
        f"thế hệ {row['generation']} ({row['source']}, {row['updated_at']})."
    )
    if alert:
        click.echo(f"Cảnh báo: {alert['message']}")
    return None


@zalo_group.command("refresh", help="Refresh the token pair now (one process at a time; the others wait).")
@oa_option
def refresh_command(oa_id):
    account = _account(oa_id)
    cfg, db = with_sandbox_zalo(settings()), open_db()
    try:
        row = refresh_tokens(db, cfg, account, on_wait=lambda: click.echo(WAITING, err=True))
    except (RefreshFailed, RefreshBusy, NoTokens) as problem:
        fail(f"Không làm mới được: {problem}")
    click.echo(
        f"Zalo OA {account.oa_id}: cặp mã thế hệ {row['generation']}, hết hạn {_when(row['access_expires_at'])}."
    )


def _when(seconds):
    if not seconds:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).isoformat(timespec="seconds")
