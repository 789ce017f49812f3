"""What the casework says to a citizen, in English, for foreign residents: the twins of the
citizen-facing names and notices of casework/texts.py, casework/deadlines.py and casework/new_case.py,
the same constant names and {placeholders} (tests/test_texts_en.py).

A notice goes to the citizen in the language their conversation is in (casework/citizen_voice.py).
bot/texts_en.py takes the names from here, as bot/texts.py takes them from casework/texts.py. A pure
table: it imports nothing.
"""

CATEGORY_NAMES = {
    "feedback": "Report",
    "petition": "Suggestion",
    "complaint": "Complaint",
    "denunciation": "Denunciation",
    "unsure": "Not sure (an officer will sort it)",
}
# The noun in running text ("The ward has received your {noun}").
CATEGORY_NOUNS = {
    "feedback": "report",
    "petition": "suggestion",
    "complaint": "complaint",
    "denunciation": "denunciation",
    "unsure": "request",
}
FIELD_NAMES = {
    "science": "Science",
    "technology": "Technology",
    "innovation": "Innovation",
    "digital_transformation": "Digital transformation",
    "other": "Other field",
}
STATUS_NAMES = {
    "new": "Received",
    "accepted": "Accepted",
    "in_progress": "Being handled",
    "resolved": "Resolved",
    "forwarded": "Forwarded to the competent authority",
    "rejected": "Not accepted",
}
RATING_NAMES = {"very_satisfied": "Very satisfied", "satisfied": "Satisfied", "unsatisfied": "Not satisfied"}
CHANNEL_NAMES = {"messenger": "Messenger", "zalo": "Zalo", "hotline": "Hotline"}

# The citizen is told of a status change (automated: only inside 24 h, never HUMAN_AGENT).
STATUS_NOTICE = {
    "accepted": "Your case {code} has been accepted, which means the ward has formally taken it up.",
    "in_progress": "Your case {code} is being handled by an officer.",
    "resolved": "Your case {code} has been resolved.",
    "forwarded": "Your case {code} is outside the ward's authority, so it has been forwarded to "
    "{forwarded_to} to handle.",
    "rejected": "Your case {code} was not accepted. Reason: {note}",
}
NOTICE_TAIL = "\nSend the code {code} here at any time to check on it."

# A case made by an officer from the citizen's conversation with them.
HANDOFF_CASE_OPENED = (
    "The officer has opened case {code} from what you discussed. To check on it, send the code {code} here at any time."
)

# casework/deadlines.py: acceptance and an extension, each with the new date.
ACCEPTED_TEXT = (
    "Case {code}: the ward has accepted it (formally taken it up). It will be resolved by {deadline}.\n"
    "Send the code {code} here at any time to check on it."
)
EXTENDED_TEXT = (
    "Case {code}: the time to resolve it has been extended to {deadline}. Reason: {reason}\n"
    "Send the code {code} here at any time to check on it."
)
# casework/new_case.py: said after the submission's confirmation.
HELD_NOTE = "\nThe office is closed now; the officer on duty will read your {noun} from {when}."
URGENT_NOTE = "\nAs this is urgent, the assistant has told the officer on duty at once."
