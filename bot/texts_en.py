"""What the bot says, in English, for foreign residents of the ward.

One text table per language: bot/texts.py is Vietnamese and the default; this table holds the
same constant names, the same dict keys and the same {placeholders}, so the conversation picks
a table (bot/turn.py, Turn.texts) and never branches on language. It also carries English for the
citizen-facing names and notices that casework/texts.py gives Vietnamese speakers (category,
field, status, rating and channel names, STATUS_NOTICE, NOTICE_TAIL).

It is a table: it imports only casework/texts_en.py (the English names and notices the casework
sends too), which imports nothing, so nothing can import it in a circle. tests/test_texts_en.py
checks it against bot/texts.py and casework/texts.py.

Same voice as the Vietnamese: the ward's automated assistant, never a person; polite and warm,
short plain sentences, a legal term explained the first time a message uses it, never blaming
the citizen, and every message ends with what the citizen can do next. Proper names (the ward,
the hotline officer, the reception address) come from placeholders; dates are dd/mm/yyyy.
"""

from casework.texts_en import (  # noqa: F401 - one source
    CATEGORY_NAMES,
    CATEGORY_NOUNS,
    CHANNEL_NAMES,
    FIELD_NAMES,
    HANDOFF_CASE_OPENED,
    NOTICE_TAIL,
    RATING_NAMES,
    STATUS_NAMES,
    STATUS_NOTICE,
)

# Quick reply titles: Meta cuts them at 20 characters. Citizens may also type them (bot/flow.py).
TITLES = {
    "MENU_REPORT": "Send a report",
    "MENU_COMPLAINT": "Complaint",
    "MENU_DENOUNCE": "Denunciation",
    "MENU_LOOKUP": "Look up a case",
    "MENU_OFFICER": "Talk to an officer",
    "CATEGORY_FEEDBACK": "Report",
    "CATEGORY_PETITION": "Suggestion",
    "CATEGORY_COMPLAINT": "Complaint",
    "CATEGORY_DENUNCIATION": "Denunciation",
    "CATEGORY_UNSURE": "Not sure",
    "FIELD_SCIENCE": "Science",
    "FIELD_TECHNOLOGY": "Technology",
    "FIELD_INNOVATION": "Innovation",
    "FIELD_DIGITAL_TRANSFORMATION": "Digital transform.",
    "FIELD_OTHER": "Other field",
    "CONTENT_DONE": "Done",
    "SKIP": "Skip",
    "CONSENT_YES": "I agree",
    "CONSENT_NO": "I do not agree",
    "ANONYMOUS": "Send anonymously",
    "SUBMIT": "Send",
    "SUBMIT_URGENT": "Send - urgent",
    "EDIT": "Edit",
    "EDIT_CATEGORY": "Type",
    "EDIT_FIELD": "Field",
    "EDIT_CONTENT": "Description",
    "EDIT_PLACE_TIME": "Place and time",
    "EDIT_DETAILS": "Details",
    "EDIT_CONTACT": "Contact",
    "YES": "Yes",
    "NO": "No",
    "ADD_TO_CASE": "Add to my case",
    "NEW_REPORT": "A new matter",
    "WITHDRAW_YES": "Withdraw it",
    "WITHDRAW_NO": "Keep it",
    "RESUME": "Continue",
    "AS_TOLD": "As told above",
    "FACT_YES": "Yes, that's right",
    "FACT_EDIT": "Change it",
    "CMD_BACK": "Back",
    "CMD_CANCEL": "Cancel",
    "CMD_RESTART": "Start over",
    # After a case is resolved (bot/rating_steps.py).
    "RATE_VERY_SATISFIED": "Very satisfied",
    "RATE_SATISFIED": "Satisfied",
    "RATE_UNSATISFIED": "Not satisfied",
    "RATE_SKIP": "Skip",
    "PUBLISH_YES": "Yes, publish it",
    "PUBLISH_NO": "Do not publish",
}


WELCOME = (
    "Hello! This is the automated assistant of {ward_name}. It receives reports, suggestions, "
    "complaints and denunciations about science, technology, innovation and digital transformation.\n"
    "{hotline_line}\n"
    "What would you like to do? Please choose an option below."
)
MENU_AGAIN = "Please choose an option below to start."
HOTLINE_LINE = "Hotline: {hotline} ({hotline_officer})."
PERSON_LINE = 'To reach a person, tap "Talk to an officer".'
CALL_HOTLINE = "If it is urgent, call {hotline}."
CALL_BACK = (
    'If it is urgent, tap "Talk to an officer": the officer on duty will write back, or call you back '
    "if you leave your phone number."
)
CALL_BACK_IN_HANDOFF = "If it is urgent, send your phone number here and the officer on duty will call you back."
SORRY = {
    "hotline": "The ward is sorry that your call went unanswered.",
    "angry": "The assistant is sorry for the trouble you have had.",
    "distressed": "The assistant is sorry this has happened to you.",
}

ASK = {
    "category": (
        "What would you like to send?\n"
        "• Report: tell the ward about something that is not right.\n"
        "• Suggestion: propose an idea to help the ward do better.\n"
        "• Complaint: ask the ward to review a decision or an act of an office or an official "
        "that you believe is wrong and affects your rights.\n"
        "• Denunciation: report that an office, organisation or person has broken the law.\n"
        'If you are not sure, choose "Not sure" and an officer will sort it for you.'
    ),
    "field": "Which field is this about? Please choose one below.",
    "content": (
        "Please tell us what happened. You can send several messages, with photos, videos, "
        'voice recordings or files. When you have sent everything, press "Done".'
    ),
    "place_time": (
        "Where and when did this happen? (for example: the community hall of residential group 3, "
        "morning of 20/11/2026)\n"
        'If it does not apply, press "Skip".'
    ),
    "complaint_act": (
        "Which decision or act is your complaint about? Please describe it (for example: the number "
        "and date of the decision, or what was done)."
    ),
    "complaint_by": "Which office or person made that decision or did that act?",
    "complaint_request": "What would you like the ward to do about it?",
    "accused": "Who are you denouncing (name, position and office, if you know them)?",
    "violation": ("What did that person do wrong? Please describe what they did, when, and any evidence you have."),
    "consent": (
        "So that an officer can contact you and reply, the ward needs to keep your full name, phone "
        "number and address. They are used only to handle what you send, under the Personal Data "
        "Protection Law.{confidential}\nDo you agree?"
    ),
    "name": "Please type your full name.",
    "phone": (
        "What is your phone number? (like 09xx xxx xxx; for a foreign number, include the country "
        "code, like +44 20 7946 0958)"
    ),
    "withdraw": (
        "Do you want to withdraw your {noun} {code}? If you do, the ward records it and stops handling "
        "this case, and the officer is told. Withdrawing is your right as the sender (Law on "
        "Complaints 2011, Article 10). Please choose below."
    ),
    "address": "What is your address? (house number, street, residential group)",
    "confirm": (
        '{summary}\n\nPlease check the details. Press "Send" to send, "Edit" to change something, '
        'or "Cancel". If it is urgent (fraud, lost money, danger), press "Send - urgent" so the '
        "officer on duty is told at once."
    ),
    "more_or_new": "You have case {case_code} being handled. Is this message more for that case, or a new matter?",
    "edit_pick": "Which part would you like to change?",
    "confirm_cancel": "Are you sure you want to cancel? What you have entered will be deleted.",
    "rights_confirm": "Please choose Yes to confirm, or No to keep things as they are.",
    "lookup": "Please send your case code (for example: {example_code}).",
    "resume": "Welcome back. You were in the middle of sending a {noun}. Would you like to continue?",
    "rating": "How do you rate the way your case was resolved? Please choose one below.",
    "rating_comment": 'Would you like to add a comment? Type it here, or press "Skip".',
    "publish_consent": (
        "The ward would like to publish your question and its answer on its public page, so others "
        "with the same question can read it. Names, phone numbers, addresses, ID numbers and vehicle "
        "plates are removed before publishing. This is optional, and separate from your agreement to "
        "let the ward keep your contact details. Do you agree to publication?"
    ),
    "anonymous": (
        "By law, a complaint or denunciation can only be handled if it gives the sender's name and "
        "address. You can agree to give these details, or send anonymously: then this is recorded as a "
        "report, and an officer still looks into it."
    ),
}
CATEGORY_AGAIN = (
    'Which would you like to send: a report, a suggestion, a complaint or a denunciation? If unsure, choose "Not sure".'
)
CONFIRM_FACT = {
    "name": "The assistant has your full name as {value}. Is that right?",
    "phone": "The assistant has your phone number as {value}. Is that right?",
    "letter_o": (
        'The number "{typed}" has a letter o where a 0 should be. The assistant reads it as {value}. Is that right?'
    ),
    "letter_l": (
        'The number "{typed}" has a letter l where a 1 should be. The assistant reads it as {value}. Is that right?'
    ),
    "address": "The assistant has your address as {value}. Is that right?",
    "place_time": "The assistant has where and when it happened as: {value}. Is that right?",
    "complaint_act": "The assistant has the decision or act complained about as: {value}. Is that right?",
    "complaint_by": "The assistant has it as made by {value}. Is that right?",
    "complaint_request": "The assistant has your request as: {value}. Is that right?",
    "accused": "The assistant has the person denounced as: {value}. Is that right?",
    "violation": "The assistant has what that person did as: {value}. Is that right?",
}

SKIP_HINT = '\nIf you prefer not to give this, press "Skip".'
CONFIDENTIAL_NOTE = " Under the Law on Denunciations, the identity of the person who denounces is kept confidential."
OPTIONAL_CONTACT_NOTE = " If you do not agree, you can still send anonymously; the ward will reply on Messenger."

REASK = {
    "not_text": "This step needs typed text; the assistant cannot read stickers, photos or voice messages here.",
    "choice": "The assistant did not understand that choice.",
    "stale": "That step is already done; this is where we are now.",
    "not_content": "The assistant cannot read stickers or likes. Please type text, or send photos, videos or files.",
    "empty_content": 'Nothing has been received yet. Please tell us what happened before pressing "Done".',
    "too_short": "That answer is a little short; please add a few more details.",
    "name": "The assistant could not recognise a name. Please type your full name, for example: Anna Smith.",
    "phone": (
        'The phone number "{value}" does not look right. Please type a Vietnamese mobile or landline '
        "number, like 09xx xxx xxx, or a foreign number with its country code, for example: +44 20 7946 0958."
    ),
    "not_own_phone": ("{value} is the ward's number, not yours. Please type your own phone number."),
    "content_kept": 'Received. You can send more text, photos or files; when you are done, press "Done".',
    "cannot_skip": "This part is needed to handle a complaint or denunciation.",
}
OFFER_OFFICER = 'If this is hard to answer, press "Talk to an officer" and an officer will help you.'

STEP_AGAIN = {
    "category": "Let's continue: please choose the type below.",
    "field": "Let's continue: please choose the field below.",
    "content": 'Let\'s continue: tell the rest of what happened, or press "Done" when you have finished.',
    "place_time": 'Let\'s continue: where and when did this happen? (or press "Skip")',
    "complaint_act": "Let's continue: which decision or act is your complaint about?",
    "complaint_by": "Let's continue: which office or person made that decision or did that act?",
    "complaint_request": "Let's continue: what do you ask the ward to do?",
    "accused": "Let's continue: whom are you denouncing?",
    "violation": "Let's continue: what did that person do wrong?",
    "consent": "Let's continue: do you agree that the ward keeps your name, phone number and address?",
    "anonymous": "Let's continue: will you give your details, or send anonymously?",
    "name": "Let's continue: please tell us your full name.",
    "phone": "Let's continue: what is your phone number?",
    "address": "Let's continue: what is your address?",
    "confirm": 'Let\'s continue: press "Send" to send, "Edit" to change something, or "Cancel".',
    "edit_pick": "Let's continue: which part would you like to change?",
    "lookup": "Send a case code if you want to look it up (for example: {example_code}).",
    "resume": 'Press "Continue" to go on with what you started.',
}
STEP_AGAIN_ANY = "Let's continue: please choose an option below."
NO_ANSWER_HERE = (
    "The assistant has no official answer of the ward to this question, so it does not guess; the question "
    "has been passed on to an officer."
)
ASIDE_THANKS = "You are welcome."
ASIDE_GREETING = "The assistant is still here."
ASIDE_AUTOMATED = (
    "This is the automated assistant of {ward_name}, not a person. If you would like to talk with an officer, "
    'press "Talk to an officer".'
)
UNREAD_BY_FAULT = (
    "The assistant ran into an error reading this message. It has been passed to an officer, who will read "
    "it and reply. If it is urgent, call {hotline}."
)
ASIDE_THANKS_KEPT = 'Thank you. What you started is kept: whenever you need it, press "Continue".'
ASIDE_GREETING_KEPT = 'The assistant is still here. What you started is kept: press "Continue" to go on.'
STORY_ADDED = "The assistant has added this to what you are sending."
CONTACT_NOTED = (
    "The assistant has noted the contact details you sent. If you agree, you only confirm them, without typing "
    "them again."
)

DANGER_TOLD = "The assistant has told the officer on duty at once (even outside office hours) and noted this as urgent."
DANGER_FALLBACK = "If it is urgent, call the police on 113 at once, or the ward's hotline {hotline}."

FILE_COUNT = {
    "image": ("{n} photo", "{n} photos"),
    "video": ("{n} video", "{n} videos"),
    "audio": ("{n} voice message", "{n} voice messages"),
    "file": ("{n} file", "{n} files"),
}
FILES_JOINED = " and "
FILES_RECEIVED = "Received {files}."
FILES_FOR_DRAFT = "{received} The assistant will send it with what you are sending."
FILES_FIRST = (
    "{received} The assistant keeps it as the first file of a new report. Please choose the type below, or "
    'press "Cancel" if you do not want to send one.'
)
FILES_ADDED = "{received} The assistant has added it to case {code} and told the officer in charge."
CONTENT_FILES_KEPT = '{received} You can send more text, photos or files; when you have finished, press "Done".'

SUMMARY_LINES = {
    "category": "Type: {}",
    "field": "Field: {}",
    "content": "Description: {}",
    "attachments": "Photos/files: {}",
    "place_time": "Place and time: {}",
    "complaint_act": "Decision or act complained about: {}",
    "complaint_by": "Made by: {}",
    "complaint_request": "Request: {}",
    "accused": "Person denounced: {}",
    "violation": "What they did: {}",
    "name": "Full name: {}",
    "phone": "Phone: {}",
    "address": "Address: {}",
}
SUMMARY_HEADER = "Summary of what you are sending:"
ANONYMOUS_LINE = "Contact: anonymous (the ward replies on Messenger)"

SUBMITTED = (
    "Thank you. The ward has received your {noun}. Case code: {code}.\n"
    "{deadline_line}\n"
    "To check on it, send the code {code} here at any time. {urgent_call}"
)
# The first deadline the citizen is told: an answer, or for a complaint or denunciation its acceptance,
# then how long resolution takes once accepted (periods from DEADLINES, core/deadline_rules.py).
DEADLINE_LINES = {
    "answer": "Expected reply by: {deadline}.",
    "accept": "Expected acceptance by: {deadline} (acceptance means the ward formally takes up your case).",
}
RESOLUTION_PERIODS = {
    "complaint": "Once accepted, the ward resolves it within {resolve} days ({complex} days if the case is complex).",
    "denunciation": "Once accepted, the ward resolves it within {resolve} days; a complex case may be extended.",
}
SUBMITTED_FORMAL = (
    "\nPlease note: by law, a {noun} needs a signed letter or must be presented in person. An officer "
    "will contact you to complete the letter, or you can come to {reception} during office hours."
)
CANCELLED = "Cancelled. You can start again at any time with an option below."
NOTHING_TO_CANCEL = "You have nothing in progress. Choose an option below to start."
WITHDRAWN = (
    "The ward has recorded that you withdrew case {code}, and the officer has been told. You can send "
    "something new with an option below."
)
NOT_WITHDRAWN = "All right, case {code} will be handled as usual."
CORRECTING = "All right, let's change this part."
# What was done, answered "as told": the story holds it (bot/report_steps.py: as_told).
AS_TOLD_VALUE = "As told in the content above."
CONFIRM_RESTART = "Are you sure you want to start again from the beginning? What you have entered will be deleted."
RESTARTED = "Sure, let's start again from the beginning."
NOT_CANCELLED = "All right, let's continue."
NOTHING_TO_GO_BACK = "This is already the first step."
OFFICER_REQUESTED = (
    "The assistant has told the officer on duty, who will reply to you here during office hours. "
    "If it is urgent, please call {hotline} ({hotline_officer})."
)
THREAD_ADDED = (
    "The assistant has added your message to case {code} for the officer to read. "
    "To send something new, choose an option below."
)
LOOKUP_RESULT = "Case {code} ({category_name}): {status}.\nLast updated: {updated}.{answer}"
LOOKUP_ANSWER = "\nThe ward's reply: {answer}"
LOOKUP_NOT_FOUND = (
    "The assistant could not find case {code} among the cases sent from this account. "
    "Please check the code. {urgent_call}"
)
LOOKUP_BAD_CODE = "A case code looks like {example_code}. Please send the code again."
LOOKUP_MY_CASES = "Cases sent from this Messenger account:\n{lines}\nSend a code to see its details."
LOOKUP_CASE_LINE = "• {code}: {category_name}, {status}, sent on {created}"
LOOKUP_NO_CASES = (
    "No cases have been sent from this Messenger account yet. If you called the hotline, please call "
    "{hotline} again to check on your case."
)

# Satisfaction and publication, after a case is resolved (bot/rating_steps.py).
RATING_INTRO = "Your case {code} has been resolved. The ward would like to hear what you think."
RATING_THANKS = "Thank you for your rating."
RATING_UNSATISFIED = (
    "The ward is sorry that the result did not satisfy you. Case {code} has been reopened for the ward's "
    "leaders to review. Please tell us what you were not satisfied with."
)
RATING_DONE = "Thank you. Your feedback helps the ward serve you better."
PUBLISH_AGREED = "Thank you for agreeing. The ward will publish it after removing personal details."
PUBLISH_DECLINED = "All right, the ward will not publish this case."


# Free text (bot/free_text.py): what the assistant says when the citizen types instead of tapping.
INTRO = "Hello, this is the automated assistant of {ward_name}."
THANKS_REPLY = "Thank you. Whenever you need us, please choose an option below."
NOT_UNDERSTOOD = (
    "The assistant did not quite understand, so your message has been passed to an officer. Would "
    "you like to send a report, look up a case or talk to an officer? Please choose below."
)
FAQ_FOOTER = "If you need anything else, please choose an option below."
NO_ANSWER = (
    "The assistant has no official answer from the ward to this question, so it will not guess. Your "
    'question has been passed to an officer. You can send a report, or tap "Talk to an officer" to ask '
    "the officer on duty."
)
STORY_KEPT = "The assistant has noted what you wrote; there is no need to tell it again."
STORY_KEPT_FOR_REPORT = (
    'If you want to report this, press "Send a report": the assistant has kept what you wrote, so there is '
    "no need to tell it again."
)
ABOUT_CASE = "The assistant notes that this is about case {code}; an officer will read the two together."
OUT_OF_SCOPE = "Please note: this is usually handled by {handler}{phone}. The ward still takes it and passes it on."
OFFICIAL_DENOUNCED = (
    "Please note: a denunciation of a ward official is resolved by the Chairperson of the ward People's "
    "Committee (Law on Denunciations 2018, Art. 13), never by the office where that official works. The "
    "denouncer's identity is kept confidential."
)
SUGGEST_CATEGORY = "The assistant understands this as a {category_name}. Tap to confirm, or choose another type."
SUGGEST_CATEGORY_LEGAL = (
    "What you wrote may be a {category_name}. As that has legal weight, please choose the right type yourself below."
)
FIELD_GUESS = "\nThe assistant's guess is {field_name} (the first button)."

# What a shared link or location becomes in the report, and how a like or a sticker shows in the thread.
SHARED_LINK = "{title} ({url})"
SHARED_LOCATION = "Location: {lat}, {long} (map: {map_url})"
MAP_URL = "https://www.google.com/maps?q={lat},{long}"
LIKE_SHOWN = "[👍 like]"
STICKER_SHOWN = "[sticker]"

# "Talk to an officer": a person answers instead of the assistant (bot/handoff.py).
HANDOFF_OPENED = (
    "The assistant has told the officer on duty, who will answer you right here. Please write what "
    "you need: every message goes to the officer and the assistant will not reply on its own. "
    'To come back to the assistant, send "menu".'
)
HANDOFF_OPENED_CLOSED_OFFICE = (
    "The assistant has told the officer on duty. The office is closed now: an officer "
    "will read your messages from {when}. {urgent_call} You can write what you need here; to come back "
    'to the assistant, send "menu".'
)
HANDOFF_WAITING = (
    'You are waiting for an officer; your messages have been passed on. To come back to the assistant, send "menu".'
)
HANDOFF_ENDED = "The officer has ended the conversation. The assistant is here again: please choose below."
HANDOFF_ENDED_DRAFT = (
    "The officer has ended the conversation. This is the automated assistant of {ward_name}, here to help "
    'again. You have a {noun} in progress: press "Continue" to go on, or "Cancel" if you no longer need it.'
)
