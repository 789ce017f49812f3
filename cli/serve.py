"""`python -m bot serve`: check what an admin can get wrong, then serve.

The checks run in the order an admin meets the problems (settings, the data
folder, the port, the database) before any thread starts. Each failure is one
sentence that says what to fix, printed as `Error: …` with exit status 1:
the admin reads it in `journalctl`, where a traceback helps nobody.
"""

import errno
import getpass
import os
import socket
import sqlite3
import tempfile
import traceback

import click
from waitress.server import create_server

from cli.serve_workers import start_worker_process, stop_worker_process, web_only_overrides
from core.config import Config
from core.live_checks import placeholder_settings
from sandbox.simulator.delivery import server_url
from storage import connect
from storage.backup import BackupError, hold_server_lock
from storage.migrations import SchemaTooNew
from storage.officers import AccountError, count_officers, create_officer, generate_password
from webhook import create_app

SECRET_HINTS = {  # nosec B105 # hints, not secrets
    "APP_SECRET": "the app secret from Meta (App settings → Basic)",
    "VERIFY_TOKEN": "any string, typed again in the app's webhook settings",
    "SECRET_KEY": 'a random key from `python -c "import secrets; print(secrets.token_hex(32))"`',
    "ZALO_APP_SECRET": "the app's secret key at Zalo for Developers (docs/zalo.md)",
    "ZALO_OA_SECRET_KEY": "the OA secret key of the app's Official Account settings (docs/zalo.md)",
}


class StartupError(click.ClickException):
    """Printed as `Error: <message>`, exit status 1."""


def check_secrets(cfg):
    """A live page with a placeholder secret would accept forged webhooks or forged sessions."""
    if cfg["SANDBOX"]:
        return
    bad = placeholder_settings(cfg)
    if bad:
        settings = dict.fromkeys(name.split()[0].upper() for name in bad)  # a page's app_secret: APP_SECRET
        hints = "; ".join(f"{name}: {SECRET_HINTS[name]}" for name in settings)
        token = (
            "PAGE_ACCESS_TOKEN is"
            if cfg["PAGE_ACCESS_TOKEN"]
            else "PAGES_FILE has page tokens"
            if cfg.get("PAGES")
            else "ZALO_OA_ID is"
        )
        raise StartupError(
            f"{token} set, so this is a live page, but {', '.join(bad)} "
            f"{'is' if len(bad) == 1 else 'are'} empty or 'change-me': set "
            f"{'it' if len(bad) == 1 else 'them'} in .env"
            f"{' or PAGES_FILE' if cfg.get('PAGES') else ''} ({hints})."
        )


def check_data_folders(cfg):
    """Create the folders and really write in them: permissions, read-only disks, a file in the way."""
    folders = {
        "DATABASE_PATH": os.path.dirname(os.path.abspath(cfg["DATABASE_PATH"])),
        "ATTACHMENTS_DIR": os.path.abspath(cfg["ATTACHMENTS_DIR"]),
    }
    for setting, folder in folders.items():
        try:
            os.makedirs(folder, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder):
                pass
        except OSError as exc:
            raise StartupError(
                f"The data folder {folder} cannot be written ({exc.strerror}): create it and "
                f"let the user {getpass.getuser()} write it, or set {setting} in .env."
            ) from None


def check_port(cfg):
    """Try the port before anything starts: a second `serve` must not start a second set of workers.

    The port is only really taken once the app is ready, so that nobody's request hangs while the
    database is migrated; `listen` reports the (unlikely) loss of the port in between the same way.
    """
    host, port = cfg["HOST"], cfg["PORT"]
    try:
        for family, kind, proto, _, address in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM):
            with socket.socket(family, kind, proto) as probe:
                probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as waitress does
                probe.bind(address)
    except OSError as exc:
        raise StartupError(_listen_problem(exc, host, port)) from None


def listen(app, cfg):
    host, port = cfg["HOST"], cfg["PORT"]
    try:
        return create_server(
            app,
            host=host,
            port=port,
            threads=cfg["WAITRESS_THREADS"],
            ident="pakn-bot",
            clear_untrusted_proxy_headers=True,
            max_request_body_size=max_body_bytes(cfg) + 1,  # waitress refuses a body of this size or more
            **proxy_settings(cfg),
        )
    except OSError as exc:
        raise StartupError(_listen_problem(exc, host, port)) from None


def max_body_bytes(cfg):
    """The largest body a request may carry, enforced by waitress before it buffers anything: a
    `Content-Length` over it is answered 413 at once, a chunked body is cut when it gets there.
    Waitress's own default is 1 GB, spooled to disk while a connection waits for it; Flask's
    MAX_BODY_BYTES check came only after. In the sandbox, the stand-in's CDN takes a phone's photo
    (up to ATTACHMENT_MAX_BYTES); the live app has no such route."""
    limit = cfg["MAX_CONTENT_LENGTH"]
    return max(limit, cfg["ATTACHMENT_MAX_BYTES"]) if cfg["SANDBOX"] else limit


def proxy_settings(cfg):
    """Behind nginx or Caddy every request comes from the proxy: without this, the login limit
    counts every visitor as one address (20 wrong passwords anywhere lock everyone out) and the
    audit log records 127.0.0.1 for all. The proxy's own X-Forwarded-For entry is the one trusted."""
    if not cfg["TRUSTED_PROXY"]:
        return {}
    return {
        "trusted_proxy": cfg["TRUSTED_PROXY"],
        "trusted_proxy_count": 1,
        "trusted_proxy_headers": {"x-forwarded-for", "x-forwarded-proto"},
    }


def _listen_problem(exc, host, port):
    if exc.errno == errno.EADDRINUSE:
        return (
            f"Port {port} on {host} is already in use (is PAKN Bot already running?): stop that "
            "program or set another PORT in .env."
        )
    if exc.errno == errno.EACCES:
        return f"Port {port} needs root: set PORT above 1024 in .env and let the reverse proxy use 443."
    return f"Cannot listen on {host}:{port} ({exc}): set HOST to an address of this machine in .env."


def open_app(cfg, overrides=None):
    path = cfg["DATABASE_PATH"]
    try:
        return create_app(overrides)
    except SchemaTooNew as exc:
        raise StartupError(f"The database {path} cannot be used: {exc}.") from None
    except sqlite3.DatabaseError as exc:
        raise StartupError(
            f"The database {path} cannot be opened ({exc}): check that it is a PAKN Bot "
            "database this user can write, or restore a backup."
        ) from None


def first_admin_password(db_path):
    """Sandbox only: an `admin` account when there is none, its password returned once."""
    db = connect(db_path)
    try:
        if count_officers(db):
            return None
        password = generate_password()
        create_officer(db, "admin", password, role="admin", full_name="Quản trị (sandbox)")
        return password
    except AccountError:  # another process made it a moment ago
        return None
    finally:
        db.conn.close()


def announce(cfg):
    base = server_url(cfg)
    click.echo(f"PAKN Bot on {base} (database {cfg['DATABASE_PATH']})")
    if not cfg["SANDBOX"]:
        return
    click.echo("Sandbox mode: no PAGE_ACCESS_TOKEN, so replies go to the built-in Graph stand-in, not Facebook.")
    click.echo(f"  Messenger simulator (the citizen's phone): {base}/simulator")
    click.echo(f"  Officer console:                           {base}/console")
    password = first_admin_password(cfg["DATABASE_PATH"])
    if password:
        click.echo(
            f"  First console login: admin / {password}   (shown only this once; a new one: "
            "python -m bot officer reset-password admin --generate)"
        )


def run_server():
    try:
        cfg = Config().as_dict()
    except ValueError as exc:
        raise StartupError(f"{exc}.") from None
    try:
        check_secrets(cfg)
        check_data_folders(cfg)
        lock = hold_server_lock(cfg["DATABASE_PATH"])
        check_port(cfg)
        app = open_app(cfg, web_only_overrides(cfg))
        app.extensions["pakn_server_lock"] = lock  # held as long as the app, i.e. until the process ends
        server = listen(app, cfg)
        announce(app.config)
        start_worker_process(app, cfg)
    except BackupError as exc:
        raise StartupError(f"{str(exc)[0].upper()}{str(exc)[1:]}.") from None
    except click.ClickException:
        raise
    except Exception as exc:  # noqa: BLE001 - unforeseen: the details, then the sentence
        traceback.print_exc()
        raise StartupError(
            f"PAKN Bot could not start ({exc.__class__.__name__}: {exc}); the details are above."
        ) from None
    try:
        server.run()
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        stop_worker_process(app)


@click.command(help="Run the production server (waitress) on HOST:PORT.")
def serve():
    run_server()
