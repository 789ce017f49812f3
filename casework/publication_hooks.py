"""Keep the public page in step with the console's workflow: a case leaves it when reopened or
reclassified (say, to a denunciation), and joins it when resolved with the citizen's agreement.
Registered with the workflow by runtime/rules.py."""

from casework.publishing import refresh


def refresh_on_status(db, cfg, report, old_status, new_status, note, officer):
    if "resolved" in (old_status, new_status):
        refresh(db, cfg, report["id"])


def refresh_on_reclassify(db, cfg, report, officer):
    refresh(db, cfg, report["id"])
