"""Who may see a protected person's identity, and what everyone else reads instead.

The Law on Denunciations 2018 (Art. 47) keeps the denouncer's name, address and phone confidential,
and the protection belongs to the person: whoever started or filed a denunciation on a page is
protected in every case and conversation of theirs there (core/case_rules.py: `is_protected`).
Roles listed in IDENTITY_ROLES (default leader and admin) see them, and every such view is
audit-logged; any other role sees "(bảo mật)" for the contact in the inbox, the case page, the
exports and the JSON, and every text of the person through a `Blanker` (core/redaction.py): the
identities they gave in any of their cases on that page, every phone, e-mail and name they typed
for themselves, however written.
"""

from casework import texts
from core.case_rules import STORY_TEXTS, is_protected
from core.pages import page_config
from core.redaction import Blanker
from storage.protected_people import IDENTITY_FIELDS, identities_of

# The free texts of a case row that a person may have written their identity into.
CASE_TEXTS = (*STORY_TEXTS, "summary", "answer", "forwarded_to")


def identity_roles(cfg):
    return {role.strip() for role in str(cfg.get("IDENTITY_ROLES", "leader,admin")).split(",") if role.strip()}


def may_see_identity(role, cfg):
    return role in identity_roles(cfg)


def hides_identity(subject, role, cfg):
    """True when this role must not see the author of `subject` (a case, a handoff)."""
    return is_protected(subject) and not may_see_identity(role, cfg)


def blanker(subject, db=None, cfg=None, shown=(), known=None):
    """How the author of `subject` (a case or a handoff row) is blanked for a role that may not see
    them: with `db`, every identity they gave on that page (all their cases, their draft); the names
    they type in `shown` (the texts about to be shown); the ward's own hotline kept. `known`: a dict
    reused across the rows of one export, so each person is looked up once."""
    own = [{field: subject.get(field) for field in IDENTITY_FIELDS}] if "code" in subject else []
    key = (subject.get("page_id") or "", subject.get("psid"))
    if db is not None and key[1]:
        if known is None or key not in known:
            found = identities_of(db, *key)
            if known is not None:
                known[key] = found
        else:
            found = known[key]
        own += found
    hotline = page_config(cfg, subject.get("page_id")).get("HOTLINE") if cfg else None
    return Blanker(own, shown, keep_phones=[hotline] if hotline else ())


def redact_text(text, report, blank=None):
    """The text as a role that may not see the author of `report` reads it."""
    return (blank or blanker(report))(text)


def masked_report(report, blank=None):
    """A copy of the row safe to show a role that may not see its author."""
    blank = blank or blanker(report)
    safe = dict(report)
    safe.update({key: blank(safe[key]) for key in CASE_TEXTS if isinstance(safe.get(key), str)})
    safe.update(name=None, phone=None, address=None, psid=None, identity_hidden=True)
    return safe


def masked_json(data, report, blank=None):
    """`report_as_json`'s shape with the author left out (keys kept, values null)."""
    blank = blank or blanker(report)
    safe = dict(data)
    safe.update({key: blank(safe[key]) for key in CASE_TEXTS if isinstance(safe.get(key), str)})
    safe["citizen"] = {"name": None, "phone": None, "address": None, "hidden": True}
    safe["psid"] = None
    if "messages" in data:
        safe["messages"] = [dict(m, text=blank(m["text"])) for m in data["messages"]]
    # A stored file's path is data/attachments/<psid>/…, and Meta's URL can carry the sender too: the
    # officer gets a file by its id (/console/files/<id>), never by where it lies.
    safe["attachments"] = [dict(a, path=None, url=None) for a in data.get("attachments") or ()]
    return safe


def citizen_label(report, hidden):
    """The inbox's "citizen" cell."""
    if hidden:
        return texts.MASKED
    return report["name"] or texts.ANONYMOUS
