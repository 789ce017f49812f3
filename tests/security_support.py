"""Helpers for the security tests: every route of an app with a URL to call it, and the database's
content to compare before and after a request that must change nothing."""

import os

import pytest

from core.clock import now_iso
from storage import write_transaction

STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}


def routes(app):
    """[(rule, method)] for every route and method of the app (HEAD and OPTIONS aside)."""
    return sorted(
        ((rule, method) for rule in app.url_map.iter_rules() for method in rule.methods - {"HEAD", "OPTIONS"}),
        key=lambda p: (p[0].rule, p[1]),
    )


def url_for_rule(app, rule, method, values):
    """The rule's path with `values` for its arguments; a new argument name must be taught here."""
    missing = set(rule.arguments) - set(values)
    if missing:
        pytest.fail(f"{rule.rule}: give the security tests a value for {sorted(missing)} (URL_VALUES)")
    adapter = app.url_map.bind("localhost")
    return adapter.build(rule.endpoint, {name: values[name] for name in rule.arguments}, method=method)


def database_content(db):
    """Every row of every table: the same before and after a request means it had no effect."""
    return list(db.conn.iterdump())


def attach_file(db, app, report_id, psid, data, content_type, name="tep"):
    """A stored attachment of a case, as the downloader leaves it: the file under ATTACHMENTS_DIR."""
    folder = os.path.join(app.config["ATTACHMENTS_DIR"], psid)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"{name}.bin")
    with open(path, "wb") as file:
        file.write(data)
    with write_transaction(db):
        return (
            db["attachments"]
            .insert(
                {
                    "psid": psid,
                    "report_id": report_id,
                    "type": "file",
                    "url": f"https://cdn.example/{name}",
                    "status": "stored",
                    "path": path,
                    "size": len(data),
                    "content_type": content_type,
                    "created_at": now_iso(),
                }
            )
            .last_pk
        )
