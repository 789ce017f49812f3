"""The console's status workflow moves deadlines: acceptance (thụ lý) starts the resolution period.

`console.workflow.change_status` runs the hooks registered with
`on_status_change` inside its transaction; this module registers ours when it
is imported. It is imported wherever statuses change: by `duty.scheduler`
(the web app's workers) and `duty.cli` (the command line).
"""
from console.workflow import on_status_change
from duty.deadlines import record_acceptance
from storage.clock import now

ACCEPTING = ("accepted", "in_progress")  # straight to "in progress" accepts the case too


def start_resolution_on_acceptance(db, report, old_status, new_status, note, officer):
    if old_status == "new" and new_status in ACCEPTING:
        by = officer["username"] if isinstance(officer, dict) else str(officer)
        record_acceptance(db, report["id"], now(), by=by)


on_status_change(start_resolution_on_acceptance)
