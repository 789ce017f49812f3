"""Who may see a denouncer's identity, and what everyone else sees instead.

The Law on Denunciations 2018 (Art. 47) keeps the denouncer's name, address
and phone confidential. Roles listed in IDENTITY_ROLES (default leader and
admin) see them, and every such view is audit-logged; any other role sees
"(bảo mật)" in the inbox, the case page, the exports and the JSON, and the
identity is blanked out of the transcript too (the citizen typed it there).
"""

from casework import texts
from core.case_rules import is_protected
from core.redaction import redact

IDENTITY_FIELDS = ("name", "phone", "address")


def identity_roles(cfg):
    return {role.strip() for role in str(cfg.get("IDENTITY_ROLES", "leader,admin")).split(",") if role.strip()}


def may_see_identity(role, cfg):
    return role in identity_roles(cfg)


def hides_identity(report, role, cfg):
    """True when this role must not see this case's author."""
    return is_protected(report) and not may_see_identity(role, cfg)


def redact_text(text, report):
    """The text with the author's name, phone and address blanked out, however they were typed."""
    return redact(text, {field: report[field] for field in IDENTITY_FIELDS})


def masked_report(report):
    """A copy of the row safe to show a role that may not see its author."""
    safe = {
        key: (redact_text(value, report) if isinstance(value, str) else value) for key, value in dict(report).items()
    }
    safe.update(name=None, phone=None, address=None, psid=None, identity_hidden=True)
    return safe


def masked_json(data, report):
    """`report_as_json`'s shape with the author left out (keys kept, values null)."""
    safe = {key: (redact_text(value, report) if isinstance(value, str) else value) for key, value in data.items()}
    safe["citizen"] = {"name": None, "phone": None, "address": None, "hidden": True}
    safe["psid"] = None
    if "messages" in data:
        safe["messages"] = [dict(m, text=redact_text(m["text"], report)) for m in data["messages"]]
    # A stored file's path is data/attachments/<psid>/…, and Meta's URL can carry the sender too: the
    # officer gets a file by its id (/console/files/<id>), never by where it lies.
    safe["attachments"] = [dict(a, path=None, url=None) for a in data.get("attachments") or ()]
    return safe


def citizen_label(report, hidden):
    """The inbox's "citizen" cell."""
    if hidden:
        return texts.MASKED
    return report["name"] or texts.ANONYMOUS
