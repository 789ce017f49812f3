"""Every rule that runs when a case changes, registered in one place; and how a conversation with
a person ends when an officer closes it (the bot's menu again), handed to the casework the same way.

The app factory (webhook.py) and the command line (cli/__init__.py) both call
`register_rules()` before anything can change a case, as Datasette lists its
built-in plugins in one place: a rule is never switched on by an import, so an
entry point cannot forget one and silently drop a permission check.
"""

from bot.menu import end_handoff_with_menu
from bot.rating_hooks import ask_for_rating
from casework.acceptance import start_resolution_on_acceptance
from casework.followups import seen_on_status_change
from casework.handoffs import set_conversation_ending
from casework.publication_hooks import refresh_on_reclassify, refresh_on_status
from casework.ratings import only_a_leader_closes_a_reviewed_case
from casework.workflow import on_reclassify, on_status_change

# In the order they run inside the change's transaction: the permission check first, so a refused
# change does nothing else.
STATUS_RULES = (
    only_a_leader_closes_a_reviewed_case,  # a case an unsatisfied citizen reopened: leaders close it
    seen_on_status_change,  # whoever moves a case has seen it: no "tin mới", no escalation
    start_resolution_on_acceptance,  # thụ lý starts the resolution period (deadlines)
    refresh_on_status,  # /cong-khai gains or loses the case
    ask_for_rating,  # resolved: ask the citizen's verdict inside 24 h
)
RECLASSIFY_RULES = (
    refresh_on_reclassify,  # a case that became a denunciation leaves /cong-khai
)


def register_rules():
    """Register every rule with the workflow; calling it again changes nothing."""
    for rule in STATUS_RULES:
        on_status_change(rule)
    for rule in RECLASSIFY_RULES:
        on_reclassify(rule)
    set_conversation_ending(end_handoff_with_menu)
