"""The citizen's verdict on the ward's answer.

When a case is resolved and Messenger allows an automated message (inside 24 h
of the citizen's last message: RESPONSE, never HUMAN_AGENT), the bot asks for a
rating (steps in bot/flow.py, handlers in satisfaction/steps.py). A hotline
caller's rating is the one the officer hears on the follow-up call
(satisfaction/views.py). "Không hài lòng" reopens the case, and only a leader
may close it again (satisfaction/review.py).
"""
