"""The console's status workflow moves deadlines: acceptance (thụ lý) starts the resolution period.

`casework.workflow.change_status` runs the rules registered with
`on_status_change` inside its transaction; runtime/rules.py registers this one,
for the app and the command line alike.
"""

from casework.deadlines import record_acceptance
from core.case_rules import ACCEPTED_STATUSES
from core.clock import now


def start_resolution_on_acceptance(db, cfg, report, old_status, new_status, note, officer):
    if old_status == "new" and new_status in ACCEPTED_STATUSES:
        by = officer["username"] if isinstance(officer, dict) else str(officer)
        record_acceptance(db, cfg, report["id"], now(), by=by)
