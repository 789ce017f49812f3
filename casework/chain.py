"""A case's chain of handling in one piece, for its page and its JSON (`console show --json`):
proposals, directions, requests to departments, and the answer waiting for a leader."""

from casework.chain_notices import outside_text
from casework.consultations import consultations_of
from storage.answer_drafts import latest_draft
from storage.directions import proposals_and_directions


def chain_of_case(db, cfg, report, mask=False):
    """`mask`: for a role that may not see the case's author (every free text masked)."""
    chain = proposals_and_directions(db, report["id"])
    if mask:
        for key in ("proposals", "directions"):
            chain[key] = [dict(item, text=outside_text(cfg, report, item["text"])) for item in chain[key]]
    chain["consultations"] = consultations_of(db, cfg, report, mask=mask)
    draft = latest_draft(db, report["id"])
    chain["answer_draft"] = None
    if draft is not None and draft["status"] in ("waiting", "returned"):
        chain["answer_draft"] = {
            "status": draft["status"],
            "text": outside_text(cfg, report, draft["text"]) if mask else draft["text"],
            "drafted_by": draft["drafted_by"],
            "drafted_at": draft["drafted_at"],
            "decided_by": draft["decided_by"],
            "decided_at": draft["decided_at"],
            "note": outside_text(cfg, report, draft["decision_note"]) if mask else draft["decision_note"],
        }
    return chain
