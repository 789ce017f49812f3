"""Keep the public page in step with the console's workflow: a case leaves it when reopened or
reclassified (say, to a denunciation), and joins it when resolved with the citizen's agreement.
Registered on import; imported by the console pages and the command line (publication/views.py,
hotline/cli.py)."""
from console.workflow import on_reclassify, on_status_change
from publication.publishing import refresh


@on_status_change
def refresh_on_status(db, report, old_status, new_status, note, officer):
    if "resolved" in (old_status, new_status):
        refresh(db, report["id"])


@on_reclassify
def refresh_on_reclassify(db, report, officer):
    refresh(db, report["id"])
