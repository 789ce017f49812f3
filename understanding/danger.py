"""Danger now: a fraud in progress, money being lost now, people at risk.

`danger_in(text)` names which ("scam" or "people"), or None. It decides that the ward's approved
safety advice comes first and that the case is urgent before any question (bot/danger.py). A fraud is
what a fraudster asks for (an OTP, an app to install, a transfer: `phrases.SCAM_ASKS`) together with
how a fraudster asks it (a call, a name of the police or a bank, a demand: `phrases.SCAM_WHO`); money
going now (`phrases.MONEY_NOW`) is a fraud too. A question about frauds in general ("có người gọi đòi
OTP thì làm sao?") is flagged too: the advice is the right answer either way, and the conversation
marks urgent only what is told as happening.
"""

from understanding import phrases as P
from understanding.normalize import contains, normalize

KINDS = ("scam", "people")
# The ward's knowledge-base entry holding each kind's safety advice (seeded by storage/migrations.py).
ADVICE_KEYS = {"scam": "danger_scam", "people": "danger_people"}


def danger_in(text):
    """ "scam", "people" or None."""
    words = normalize(text)
    if not words:
        return None
    if _has(words, P.MONEY_NOW) or (_has(words, P.SCAM_ASKS) and _has(words, P.SCAM_WHO)):
        return "scam"
    if _has(words, P.PEOPLE_AT_RISK):
        return "people"
    return None


def _has(words, phrase_list):
    return any(contains(words, phrase) for phrase in phrase_list)
